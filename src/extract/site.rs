//! Profile-driven extraction: apply one [`Profile`]'s selectors to a page.
//!
//! Every field is independent: a selector that does not match leaves the field `None` (or
//! empty) and [`super::extract_html`] falls back to page metadata or the generic extractor.
//! Byline elements found inside the body are removed from the body text.

use chrono::{DateTime, FixedOffset};
use scraper::{ElementRef, Html};

use super::date::parse_datetime;
use super::dom::{is_placeholder, paragraphs, plain_text, Excluded};
use super::meta::clean;
use super::profile::{Profile, Sel};

/// What a profile found on a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SiteFields {
    /// Headline.
    pub title: Option<String>,
    /// Lead paragraph, prefix not yet stripped.
    pub sapo: Option<String>,
    /// Body paragraphs (empty when no body selector matched).
    pub body: Vec<String>,
    /// Byline(s), joined with ", ".
    pub author: Option<String>,
    /// Publication time from the profile's date rules.
    pub published: Option<DateTime<FixedOffset>>,
    /// Category.
    pub category: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
}

impl SiteFields {
    /// True when the profile recognised article content (a title or a body).
    pub fn found_article(&self) -> bool {
        self.title.is_some() || !self.body.is_empty()
    }
}

/// Text of a matched element: `content` for `<meta>`, else the element's visible text.
/// Unrendered template placeholders count as empty.
fn value_text(el: ElementRef<'_>, excluded: Option<&Excluded>) -> String {
    let text = if el.value().name() == "meta" {
        el.value().attr("content").map(clean).unwrap_or_default()
    } else {
        match excluded {
            Some(ex) => paragraphs(el, ex).join(" "),
            None => plain_text(el),
        }
    };
    if is_placeholder(&text) {
        String::new()
    } else {
        text
    }
}

/// The first non-empty text any selector yields, selectors tried in order.
fn first_text(doc: &Html, sels: &[Sel], excluded: Option<&Excluded>) -> Option<String> {
    sels.iter().find_map(|s| {
        doc.select(&s.selector).map(|el| value_text(el, excluded)).find(|t| !t.is_empty())
    })
}

/// All non-empty, distinct texts of the first selector that yields any, with the elements.
fn all_texts<'a>(doc: &'a Html, sels: &[Sel]) -> (Vec<String>, Vec<ElementRef<'a>>) {
    for s in sels {
        let mut texts: Vec<String> = Vec::new();
        let mut els = Vec::new();
        for el in doc.select(&s.selector) {
            let t = value_text(el, None);
            if t.is_empty() {
                continue;
            }
            els.push(el);
            let parts: Vec<String> = if el.value().name() == "meta" {
                t.split(',').map(|p| p.trim().to_string()).collect()
            } else {
                vec![t]
            };
            for p in parts {
                if !p.is_empty() && !texts.contains(&p) {
                    texts.push(p);
                }
            }
        }
        if !texts.is_empty() {
            return (texts, els);
        }
    }
    (Vec::new(), Vec::new())
}

/// Applies `profile` to `doc`.
pub fn extract(doc: &Html, profile: &Profile) -> SiteFields {
    let root = doc.root_element();
    let mut excluded = Excluded::new();
    excluded.add_matches(root, profile.exclude.iter().map(|s| &s.selector));

    let (authors, author_els) = all_texts(doc, &profile.author);
    for el in &author_els {
        excluded.insert(el);
    }

    let published = profile.published.iter().find_map(|rule| {
        doc.select(&rule.selector.selector).find_map(|el| {
            let raw = match &rule.attr {
                Some(a) => el.value().attr(a).map(clean)?,
                None => plain_text(el),
            };
            parse_datetime(&raw)
        })
    });

    let mut body = Vec::new();
    'outer: for s in &profile.body {
        for container in doc.select(&s.selector) {
            let mut ex = excluded.clone();
            ex.add_builtin(container);
            let paras = paragraphs(container, &ex);
            if !paras.is_empty() {
                body = paras;
                break 'outer;
            }
        }
    }

    SiteFields {
        title: first_text(doc, &profile.title, None),
        sapo: first_text(doc, &profile.sapo, Some(&excluded)),
        body,
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        published,
        category: first_text(doc, &profile.category, None),
        tags: all_texts(doc, &profile.tags).0,
    }
}
