//! Page metadata that does not depend on a site profile.
//!
//! [`PageMeta::read`] collects, once per page: titles (`og:title`, `twitter:title`,
//! `meta[name=title]`, the first `h1`, `<title>`), the canonical URL (`link[rel=canonical]`,
//! `og:url`), descriptions, `article:published_time` (entity-decoded, `sites.md` §1.2),
//! JSON-LD (`NewsArticle` and kin, also inside `@graph` and arrays, every string
//! entity-decoded after parsing, `sites.md` §1.4), `time[datetime]`, `meta` pubdate-style
//! tags, visible header dates (§4), tags (`news_keywords`, `article:tag`, `keywords`) and
//! author metadata. All strings are NFC with whitespace collapsed.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::date::{parse_datetime, parse_machine_datetime};
use super::dom::{plain_text, squash};

/// Compiles a selector that is a constant of this module.
fn sel(s: &str) -> Selector {
    // The selectors below are literals checked by the unit tests; a typo would show there.
    Selector::parse(s).unwrap_or_else(|_| panic!("invalid built-in selector {s}"))
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static HEADINGS: LazyLock<Selector> = LazyLock::new(|| sel("h1, h2, h3, h4"));
static LINK: LazyLock<Selector> = LazyLock::new(|| sel("a[href]"));
static LINK_CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel~='canonical']"));
static JSONLD: LazyLock<Selector> =
    LazyLock::new(|| sel("script[type='application/ld+json'], script[type='application/json+ld']"));
static TIME_DATETIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static VISIBLE_DATE: LazyLock<Selector> = LazyLock::new(|| {
    // Class values match case-sensitively: camel-cased names ("DateCreated", "PublishDate")
    // are listed beside the lower-case ones.
    sel("[class*='date'], [class*='Date'], [class*='time'], span[id*='lblDate'], \
         [class*='publish'], time")
});
/// Byline candidates kept: the page's own comes after those of menus and teasers on some pages.
const MAX_BYLINES: usize = 8;

static BYLINE: LazyLock<Selector> = LazyLock::new(|| {
    // Class values match case-sensitively: camel-cased names ("SGTOAuthor") beside the rest.
    sel("[class*='author'], [class*='Author'], [class*='byline'], [id*='author'], \
         [itemprop='author'], [rel~='author'], a[href*='/tac-gia/'], [class*='tac-gia'], \
         [class*='tacgia']")
});
static RELATED_ANCESTOR: LazyLock<Selector> = LazyLock::new(|| {
    sel("aside, nav, footer, [class*='related'], [class*='relate-'], li, [class*='comment']")
});

/// What JSON-LD says about the article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonLd {
    /// True when an `Article`-like object (`NewsArticle`, `Article`, `BlogPosting`, ...) was found.
    pub is_article: bool,
    /// `headline` (or `name`) of the article object.
    pub headline: Option<String>,
    /// `description` of the article object.
    pub description: Option<String>,
    /// `datePublished`.
    pub date_published: Option<DateTime<FixedOffset>>,
    /// `dateCreated`.
    pub date_created: Option<DateTime<FixedOffset>>,
    /// `dateModified`.
    pub date_modified: Option<DateTime<FixedOffset>>,
    /// Names of `author` entries that are people (or plain strings).
    pub authors: Vec<String>,
    /// `keywords` (string split on commas, or array).
    pub keywords: Vec<String>,
    /// `articleSection`.
    pub section: Option<String>,
    /// `BreadcrumbList` names in position order.
    pub breadcrumb: Vec<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
}

/// Profile-independent metadata of one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// `og:title`.
    pub og_title: Option<String>,
    /// `twitter:title` or `meta[name=title]`.
    pub meta_title: Option<String>,
    /// Text of the first non-empty `h1`.
    pub h1: Option<String>,
    /// `<title>` with a trailing ` | Site` segment removed.
    pub title_tag: Option<String>,
    /// Absolute `link[rel=canonical]`, else absolute `og:url`.
    pub canonical: Option<String>,
    /// `meta[name=description]`, else `og:description`; `og:description` when the plain one is
    /// a shortened copy of it.
    pub description: Option<String>,
    /// The other of `meta[name=description]` and `og:description` when they differ: a page may
    /// give search engines one summary and show (and share) another as its lead.
    pub other_description: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// `og:type`.
    pub og_type: Option<String>,
    /// `article:published_time` (entity-decoded before parsing) in a machine format (ISO 8601,
    /// as Open Graph prescribes, or RFC 2822).
    pub article_published: Option<DateTime<FixedOffset>>,
    /// `article:published_time` written in a locale's shape instead ("9/5/2026 10:17:01 PM"):
    /// its day and month order is a guess, so it ranks below JSON-LD dates.
    pub article_published_loose: Option<DateTime<FixedOffset>>,
    /// `meta[name=pubdate]`, `meta[name=timestamp]`, `meta[itemprop=datePublished]`, ...
    pub meta_pubdate: Option<DateTime<FixedOffset>>,
    /// First parseable `time[datetime]`.
    pub time_datetime: Option<DateTime<FixedOffset>>,
    /// First parseable visible date in a date/time-classed element (outside related boxes).
    pub visible_date: Option<DateTime<FixedOffset>>,
    /// With no visible `h1`: the bold line right above the first printed date and time (an old
    /// template's headline in a `<b>` or `<font>`).
    pub dated_heading: Option<String>,
    /// With no visible `h1`: the paragraph right below that date when it opens with a bracketed
    /// stamp ("(Dân trí) - …"), an old template's lead.
    pub dated_lead: Option<String>,
    /// JSON-LD facts.
    pub jsonld: JsonLd,
    /// `news_keywords`, else `article:tag`, else `keywords`.
    pub tags: Vec<String>,
    /// `meta[name=author]`, `article:author` when not a URL, `itemprop=author`.
    pub authors: Vec<String>,
    /// `article:section`.
    pub section: Option<String>,
    /// Short texts of visible byline elements (`class*=author`, `itemprop=author`, author
    /// links), outside related boxes, in document order, at most three.
    pub bylines: Vec<String>,
}

impl PageMeta {
    /// Reads all metadata of `doc`.
    pub fn read(doc: &Html) -> PageMeta {
        let mut m = PageMeta::default();
        let mut keywords = Vec::new();
        let mut news_keywords = Vec::new();
        let mut generators: Vec<String> = Vec::new();
        let mut article_tags = Vec::new();
        let mut og_url = None;
        let mut og_description = None;
        for el in doc.select(&META) {
            let v = el.value();
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Some(content) = v.attr("content") else {
                continue;
            };
            let text = clean(content);
            if text.is_empty() {
                continue;
            }
            match key.as_str() {
                "og:title" => set_once(&mut m.og_title, strip_domain_suffix(&text)),
                "twitter:title" | "title" => {
                    set_once(&mut m.meta_title, strip_domain_suffix(&text))
                }
                "og:url" => set_once(&mut og_url, text),
                "description" => set_once(&mut m.description, text),
                "og:description" => set_once(&mut og_description, text),
                "og:site_name" => set_once(&mut m.site_name, text),
                "og:type" => set_once(&mut m.og_type, text),
                "article:published_time" => match parse_machine_datetime(&text) {
                    Some(d) => m.article_published = m.article_published.or(Some(d)),
                    None => {
                        m.article_published_loose =
                            m.article_published_loose.or_else(|| parse_datetime(&text));
                    }
                },
                "pubdate" | "publishdate" | "timestamp" | "datepublished" | "date"
                | "dc.date.issued" | "dc.date" | "article:published" | "publish-date"
                | "og:published_time" => {
                    m.meta_pubdate = m.meta_pubdate.or_else(|| parse_datetime(&text));
                }
                "keywords" => keywords = split_list(&text),
                "news_keywords" => news_keywords = split_list(&text),
                "article:tag" => article_tags.push(text),
                "author" | "article:author" | "dc.creator"
                    if !looks_like_url(&text) && !m.authors.contains(&text) =>
                {
                    m.authors.push(text);
                }
                "article:section" => set_once(&mut m.section, text),
                "generator" => generators.push(text),
                _ => {}
            }
        }
        // An author meta repeating the generator meta names the CMS ("Công nghệ ChannelVN"),
        // not a writer.
        m.authors
            .retain(|a| !generators.iter().any(|g| crate::text::fold(g) == crate::text::fold(a)));
        // A team or a site role ("SEO, Traffic Team", "Admin", "Webmaster") names no writer.
        m.authors.retain(|a| !names_a_team(a));
        if let Some(site) = m.site_name.clone() {
            for t in [&mut m.og_title, &mut m.meta_title].into_iter().flatten() {
                *t = strip_site_suffix(t, &site);
            }
        }
        (m.description, m.other_description) = match (m.description.take(), og_description) {
            // The plain description cut down from the lead the page shows (and `og:` repeats):
            // the longer one is the lead.
            (Some(d), Some(og)) if cut_down(&d, &og) => (Some(og), None),
            (Some(d), Some(og)) if d != og => (Some(d), Some(og)),
            (d, og) => (d.or(og), None),
        };
        m.tags = [news_keywords, article_tags, keywords]
            .into_iter()
            .find(|l| !l.is_empty())
            .unwrap_or_default();

        // A hidden `h1` (a template's "Mobile" or site-name heading kept for crawlers) is not
        // the headline the page shows.
        m.h1 = doc
            .select(&H1)
            .filter(|h| !super::generic::hidden_here_or_above(*h))
            .map(plain_text)
            .find(|t| !t.is_empty());
        let title_tag = doc
            .select(&TITLE)
            .map(plain_text)
            .map(|t| clean(strip_cdata(&t)))
            .find(|t| !t.is_empty());
        // An `h1` that is the site's name closing the `<title>` (the logo, "Headline - Section |
        // Site name"): the headline is the heading (a later `h1`, an `h2`–`h4`), not a link, the
        // `<title>` opens with.
        if let (Some(h1), Some(t)) = (&m.h1, &title_tag) {
            if names_the_site(h1, t) {
                let headline = doc
                    .select(&HEADINGS)
                    .filter(|h| !super::generic::hidden_here_or_above(*h))
                    .filter(|h| h.select(&LINK).next().is_none())
                    .map(plain_text)
                    .find(|h| opens_title(h, t));
                if headline.is_some() {
                    m.h1 = headline;
                }
            }
        }
        m.title_tag = title_tag.map(|t| strip_title_suffix(&t));
        m.canonical = doc
            .select(&LINK_CANONICAL)
            .filter_map(|l| l.value().attr("href"))
            .map(clean)
            .find(|h| is_absolute_http(h))
            .or_else(|| og_url.filter(|u| is_absolute_http(u)));

        for script in doc.select(&JSONLD) {
            let raw: String = script.text().collect();
            if let Some(value) = parse_json_lenient(&raw) {
                read_jsonld(&value, &mut m.jsonld, 0);
            }
        }

        m.time_datetime = doc
            .select(&TIME_DATETIME)
            .filter(|t| !in_related(*t))
            .filter_map(|t| t.value().attr("datetime"))
            .find_map(|d| parse_datetime(&clean(d)));

        for el in doc.select(&BYLINE) {
            if m.bylines.len() >= MAX_BYLINES {
                break;
            }
            if matches!(el.value().name(), "meta" | "link" | "script" | "style" | "body" | "html")
                || in_related(el)
            {
                continue;
            }
            let text = clean(&plain_text(el));
            if text.is_empty() || text.chars().count() > 60 || text.split_whitespace().count() > 8 {
                continue;
            }
            if !m.bylines.contains(&text) {
                m.bylines.push(text);
            }
        }

        m.visible_date = doc
            .select(&VISIBLE_DATE)
            .filter(|e| !matches!(e.value().name(), "body" | "html" | "script" | "style"))
            .filter(|e| !in_related(*e))
            .map(plain_text)
            .filter(|t| t.chars().count() <= 80)
            .find_map(|t| parse_datetime(&t))
            .or_else(|| headline_date(doc))
            .or_else(|| script_written_date(doc));
        if m.h1.is_none() {
            (m.dated_heading, m.dated_lead) = dated_heading_and_lead(doc);
        }
        m
    }

    /// True when structured data marks the page as one article (not a listing).
    pub fn has_article_markup(&self) -> bool {
        self.jsonld.is_article || self.article_published.is_some()
    }
}

static INLINE_SCRIPT: LazyLock<Selector> = LazyLock::new(|| sel("script:not([src])"));
/// `document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7"`.
static WRITES_INTO: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r#"getElementById\(\s*["']([\w-]{1,60})["']\s*\)\.innerHTML\s*=\s*["']([^"'<>]{1,120})["']"#,
    )
    .expect("valid regex")
});

/// The date a page's inline script writes into an empty element named for a date or time
/// (`<span class="spanDateTime" id="pDateTime"></span>` filled by
/// `document.getElementById("pDateTime").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10
/// GMT+7"`): what a reader sees there, when the page prints no date otherwise.
fn script_written_date(doc: &Html) -> Option<DateTime<FixedOffset>> {
    doc.select(&INLINE_SCRIPT).find_map(|script| {
        let code: String = script.text().collect();
        if !code.contains("innerHTML") {
            return None;
        }
        WRITES_INTO.captures_iter(&code).find_map(|c| {
            let id = c.get(1)?.as_str();
            let target = doc
                .tree
                .nodes()
                .filter_map(ElementRef::wrap)
                .find(|e| e.value().id() == Some(id))?;
            let el = target.value();
            let named = std::iter::once(id).chain(el.classes()).any(|n| {
                n.to_ascii_lowercase().contains("date") || n.to_ascii_lowercase().contains("time")
            });
            if !named || !plain_text(target).trim().is_empty() {
                return None;
            }
            let shown = plain_text(Html::parse_fragment(c.get(2)?.as_str()).root_element());
            parse_datetime(&shown)
        })
    })
}

/// Texts looked at on each side of the headline for its date.
const HEADLINE_DATE_REACH: usize = 3;

/// The date and time printed beside the headline when no element is marked as a date: a short
/// text holding a time ("15/02/2014 09:34") among the few texts right before or after the
/// visible `h1`.
fn headline_date(doc: &Html) -> Option<DateTime<FixedOffset>> {
    let h1 = doc.select(&H1).find(|h| !super::generic::hidden_here_or_above(*h))?;
    let texts = page_texts(doc, Some(h1));
    let first = texts.iter().position(|t| t.in_heading)?;
    let last = texts.iter().rposition(|t| t.in_heading)?;
    let after = texts.get(last + 1..).unwrap_or(&[]).iter().take(HEADLINE_DATE_REACH);
    let before = texts[..first].iter().rev().take(HEADLINE_DATE_REACH);
    after
        .chain(before)
        .map(|t| t.text.as_str())
        .filter(|t| t.chars().count() <= 40 && t.contains(':'))
        .find_map(parse_datetime)
}

/// One text node of the page, squashed.
struct PageText {
    /// Whether it stands inside the heading given to [`page_texts`].
    in_heading: bool,
    /// Whether it stands in bold (`b`, `strong`, `font`, `h2`, `h3` within three levels up).
    bold: bool,
    /// Its text, whitespace collapsed (never empty).
    text: String,
}

/// The page's texts in document order, outside scripts, styles and form options, each marked
/// when it stands inside `heading`.
fn page_texts(doc: &Html, heading: Option<ElementRef<'_>>) -> Vec<PageText> {
    let inside: std::collections::HashSet<_> =
        heading.map(|h| h.descendants().map(|n| n.id()).collect()).unwrap_or_default();
    let mut texts = Vec::new();
    for node in doc.root_element().descendants() {
        let Some(text) = node.value().as_text() else { continue };
        let parent = node.parent().and_then(|p| p.value().as_element().map(|e| e.name()));
        if matches!(parent, Some("script" | "style" | "noscript" | "title" | "option")) {
            continue;
        }
        let t = squash(text);
        if !t.is_empty() {
            let bold = node.ancestors().take(3).any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "b" | "strong" | "font" | "h2" | "h3"))
            });
            texts.push(PageText { in_heading: inside.contains(&node.id()), bold, text: t });
        }
    }
    texts
}

/// True when `t` is a printed date and time alone ("Thứ Sáu, 28/03/2014 - 11:02").
fn is_date_line(t: &str) -> bool {
    t.chars().count() <= 40 && t.contains(':') && parse_datetime(t).is_some()
}

/// [`PageMeta::dated_heading`] and [`PageMeta::dated_lead`]: around the first printed date.
fn dated_heading_and_lead(doc: &Html) -> (Option<String>, Option<String>) {
    let texts = page_texts(doc, None);
    let Some(i) = texts.iter().position(|t| is_date_line(&t.text)) else {
        return (None, None);
    };
    let heading = i.checked_sub(1).and_then(|j| texts.get(j)).filter(|t| {
        let words = t.text.split_whitespace().count();
        t.bold && (4..=30).contains(&words) && !t.text.ends_with('.')
    });
    let lead = texts.get(i + 1).filter(|t| {
        let (stamp, rest) = super::normalize::split_dateline(&t.text, None);
        t.text.starts_with('(') && stamp.is_some() && rest.split_whitespace().count() >= 12
    });
    (heading.map(|t| t.text.clone()), lead.map(|t| t.text.clone()))
}

/// True when the element sits inside a related box, list item, aside, nav or footer.
fn in_related(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| RELATED_ANCESTOR.matches(&a))
}

/// Entity-decodes, NFC-normalises and collapses whitespace of a string from an attribute or
/// JSON.
pub fn clean(s: &str) -> String {
    squash(&crate::text::normalize(&crate::text::decode_entities(s)))
}

/// Sets `slot` unless it already holds a value.
fn set_once(slot: &mut Option<String>, v: String) {
    if slot.is_none() {
        *slot = Some(v);
    }
}

/// Splits a comma/semicolon-separated keyword list.
fn split_list(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in s.split([',', ';']) {
        let p = squash(part);
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// True for `http(s)://…` and protocol-relative URLs.
fn looks_like_url(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://") || l.starts_with("//")
}

/// True when an author meta names a team or a site role rather than a writer: one of its words
/// is "team", "seo", "admin" or "webmaster" ("SEO, Traffic Team", "NOC Admin").
fn names_a_team(author: &str) -> bool {
    author
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w.to_lowercase().as_str(), "team" | "seo" | "admin" | "webmaster"))
}

/// True when `s` parses as an absolute http(s) URL.
fn is_absolute_http(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| crate::urls::is_web_url(&u))
}

/// Removes a `<![CDATA[ … ]]>` wrapper (feeds parsed as HTML keep it in `<title>`).
fn strip_cdata(s: &str) -> &str {
    let t = s.trim();
    t.strip_prefix("<![CDATA[").and_then(|r| r.strip_suffix("]]>")).map(str::trim).unwrap_or(t)
}

/// Removes a trailing ` | example.vn` segment (a bare domain) from a social title.
fn strip_domain_suffix(t: &str) -> String {
    strip_last_segment(t, &[" | "], |tail| {
        let tail = tail.trim();
        !tail.is_empty()
            && !tail.contains(' ')
            && tail.contains('.')
            && tail.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    })
}

/// Removes a trailing ` | Site`, ` - Site` or ` – Site` segment naming the page's own site
/// (`og:site_name`) from a social title ("Tin A | Vietstock").
fn strip_site_suffix(t: &str, site: &str) -> String {
    let site = crate::text::fold(site.trim());
    strip_last_segment(t, &[" | ", " - ", " – ", " — "], |tail| {
        !site.is_empty() && crate::text::fold(tail.trim()) == site
    })
}

/// True when `h1` is the last ` | ` segment of the `<title>` `title` and something stands
/// before it: the site's name in a logo `h1` ("Tin A - Ảnh | Trang thông tin … - VnExpress
/// iOne").
fn names_the_site(h1: &str, title: &str) -> bool {
    title.rsplit_once(" | ").is_some_and(|(head, tail)| {
        !head.trim().is_empty() && crate::text::fold(tail.trim()) == crate::text::fold(h1.trim())
    })
}

/// Least words of a heading taken as the headline the `<title>` opens with ([`opens_title`]).
const TITLE_HEADING_WORDS: usize = 3;

/// True when `heading` (of at least [`TITLE_HEADING_WORDS`] words) is the `<title>`'s opening
/// part, up to a separator (" - ", " | ", " – ", ": ").
fn opens_title(heading: &str, title: &str) -> bool {
    let h = heading.split_whitespace().collect::<Vec<_>>().join(" ");
    h.split(' ').count() >= TITLE_HEADING_WORDS
        && title.strip_prefix(h.as_str()).is_some_and(|rest| {
            [" - ", " | ", " – ", " — ", ": "].iter().any(|sep| rest.starts_with(sep))
        })
}

/// Removes a trailing ` | Site name` segment from a `<title>`.
fn strip_title_suffix(t: &str) -> String {
    strip_last_segment(t, &[" | "], |tail| tail.chars().count() <= 40)
}

/// `t` without the part after its last `sep` (the separators tried in order) when `is_suffix`
/// accepts that part and something stands before it; else `t` unchanged.
fn strip_last_segment(t: &str, seps: &[&str], is_suffix: impl Fn(&str) -> bool) -> String {
    for sep in seps {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) =
                (t.get(..i).unwrap_or(t).trim(), t.get(i + sep.len()..).unwrap_or(""));
            if !head.is_empty() && is_suffix(tail) {
                return head.to_string();
            }
        }
    }
    t.to_string()
}

/// Parses JSON-LD leniently: CDATA wrappers, HTML comments and raw control characters (all
/// seen in the wild) are removed first.
fn parse_json_lenient(raw: &str) -> Option<Value> {
    let mut s = raw.trim();
    for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.trim();
            if let Some(rest) = s.strip_suffix(close) {
                s = rest.trim();
            }
        }
    }
    let s = s.trim_end_matches(';');
    if let Ok(v) = serde_json::from_str(s) {
        return Some(v);
    }
    let cleaned: String = s.chars().map(|c| if c < ' ' { ' ' } else { c }).collect();
    serde_json::from_str(&cleaned).ok()
}

/// `Article`-like schema.org types.
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
];

/// The `@type` values of a JSON-LD object, lowercased.
fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(a)) => {
            a.iter().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect()
        }
        _ => Vec::new(),
    }
}

/// A JSON string value, cleaned.
fn json_str(v: Option<&Value>) -> Option<String> {
    let s = clean(v?.as_str()?);
    (!s.is_empty()).then_some(s)
}

/// A JSON date value, parsed.
fn json_date(v: Option<&Value>) -> Option<DateTime<FixedOffset>> {
    parse_datetime(&clean(v?.as_str()?))
}

/// Walks a JSON-LD value (object, array, `@graph`), filling `out`.
fn read_jsonld(v: &Value, out: &mut JsonLd, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                read_jsonld(item, out, depth + 1);
            }
        }
        Value::Object(obj) => {
            if let Some(graph) = obj.get("@graph") {
                read_jsonld(graph, out, depth + 1);
            }
            let types = types_of(v);
            if types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                read_article(v, out);
            } else if types.iter().any(|t| t == "breadcrumblist") && out.breadcrumb.is_empty() {
                out.breadcrumb = read_breadcrumb(v);
            }
        }
        _ => {}
    }
}

/// Reads the fields of an article object (the first one found wins field by field).
fn read_article(v: &Value, out: &mut JsonLd) {
    out.is_article = true;
    if out.headline.is_none() {
        out.headline = json_str(v.get("headline")).or_else(|| json_str(v.get("name")));
    }
    if out.description.is_none() {
        out.description = json_str(v.get("description"));
    }
    if out.date_published.is_none() {
        out.date_published = json_date(v.get("datePublished"));
    }
    if out.date_created.is_none() {
        out.date_created = json_date(v.get("dateCreated"));
    }
    if out.date_modified.is_none() {
        out.date_modified = json_date(v.get("dateModified"));
    }
    if out.authors.is_empty() {
        out.authors = read_people(v.get("author"));
    }
    if out.keywords.is_empty() {
        out.keywords = match v.get("keywords") {
            Some(Value::String(s)) => split_list(&clean(s)),
            Some(Value::Array(a)) => a.iter().filter_map(|k| json_str(Some(k))).collect(),
            _ => Vec::new(),
        };
    }
    if out.section.is_none() {
        out.section = match v.get("articleSection") {
            Some(Value::Array(a)) => a.first().and_then(|s| json_str(Some(s))),
            other => json_str(other),
        };
    }
    if out.publisher.is_none() {
        out.publisher = v.get("publisher").and_then(|p| json_str(p.get("name")));
    }
}

/// Names of people in an `author` value (string, object or array); organisations skipped.
fn read_people(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |name: Option<String>| {
        if let Some(n) = name {
            if !looks_like_url(&n) && !out.contains(&n) {
                out.push(n);
            }
        }
    };
    match v {
        Some(Value::String(_)) => push(json_str(v)),
        Some(Value::Object(_)) => {
            if let Some(v) = v {
                if !types_of(v).iter().any(|t| t == "organization" || t == "newsmediaorganization")
                {
                    push(json_str(v.get("name")));
                }
            }
        }
        Some(Value::Array(a)) => {
            for item in a {
                for n in read_people(Some(item)) {
                    push(Some(n));
                }
            }
        }
        _ => {}
    }
    out
}

/// Names of a `BreadcrumbList`, in position order (nested arrays flattened).
fn read_breadcrumb(v: &Value) -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<(i64, String)>) {
        match v {
            Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
            Value::Object(o) => {
                let pos = o.get("position").and_then(Value::as_i64).unwrap_or(i64::MAX);
                let name = json_str(o.get("name"))
                    .or_else(|| o.get("item").and_then(|i| json_str(i.get("name"))));
                if let Some(n) = name {
                    out.push((pos, n));
                }
            }
            _ => {}
        }
    }
    let mut items = Vec::new();
    if let Some(list) = v.get("itemListElement") {
        collect(list, &mut items);
    }
    items.sort_by_key(|(p, _)| *p);
    items.into_iter().map(|(_, n)| n).collect()
}

/// True when `short` is `long` with words left out: shorter, and at least 90 % of its words
/// (of six or more) are in `long`.
fn cut_down(short: &str, long: &str) -> bool {
    let words = crate::extract::normalize::folded_words;
    let (sw, lw) = (words(short), words(long));
    if sw.len() < 6 || lw.len() <= sw.len() {
        return false;
    }
    let common = sw.iter().filter(|w| lw.contains(w)).count();
    common * 10 >= sw.len() * 9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, f: fn(&PageMeta) -> String, expected: &str) {
        let doc = Html::parse_document(html);
        let m = PageMeta::read(&doc);
        assert_eq!(f(&m), expected, "html: {html}");
    }

    fn rfc(d: Option<DateTime<FixedOffset>>) -> String {
        d.map(|d| d.to_rfc3339()).unwrap_or_default()
    }

    #[test]
    fn metadata_fields() {
        type Case = (&'static str, fn(&PageMeta) -> String, &'static str);
        let cases: &[Case] = &[
            (
                r#"<meta property="article:published_time" content="2026-09-05T13:30:00&#x2B;07:00">"#,
                |m| rfc(m.article_published),
                "2026-09-05T13:30:00+07:00",
            ),
            (
                r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Ch&#237;nh s&#225;ch","datePublished":"2022-07-01T06:53:48+07:00","author":[{"@type":"Person","name":"Hữu Nghị"},{"@type":"Organization","name":"Báo X"}]}]}</script>"#,
                |m| {
                    format!(
                        "{}|{}|{}",
                        m.jsonld.headline.clone().unwrap_or_default(),
                        rfc(m.jsonld.date_published),
                        m.jsonld.authors.join(",")
                    )
                },
                "Chính sách|2022-07-01T06:53:48+07:00|Hữu Nghị",
            ),
            (
                r#"<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[[{"@type":"ListItem","position":2,"name":"Xã hội"}],[{"@type":"ListItem","position":1,"name":"Trang chủ"}]]}</script>"#,
                |m| m.jsonld.breadcrumb.join(">"),
                "Trang chủ>Xã hội",
            ),
            ("<title>Tin A | Báo B</title>", |m| m.title_tag.clone().unwrap_or_default(), "Tin A"),
            // An `h1` naming the site (the logo) closes the `<title>`: the headline is the
            // heading the `<title>` opens with.
            (
                "<title>Những người khổ hạnh - Ảnh | Trang giới trẻ - iOne</title><h1><a href='/'>Trang giới trẻ - iOne</a></h1><h2>Ảnh</h2><h3 class=Title>Những người khổ hạnh</h3>",
                |m| m.h1.clone().unwrap_or_default(),
                "Những người khổ hạnh",
            ),
            (
                "<title>What is Git? | Terabyte Systems</title><h1><a href='/'>Terabyte Systems</a></h1><h1>What is Git?</h1>",
                |m| m.h1.clone().unwrap_or_default(),
                "What is Git?",
            ),
            // No such heading (a linked one is a teaser's): the `h1` stays.
            (
                "<title>Những người khổ hạnh - Ảnh | Trang giới trẻ - iOne</title><h1>Trang giới trẻ - iOne</h1><h3><a href='/a'>Những người khổ hạnh</a></h3>",
                |m| m.h1.clone().unwrap_or_default(),
                "Trang giới trẻ - iOne",
            ),
            // The `h1` is the headline ("Site | Headline" or "Headline | Site"): kept.
            (
                "<title>Báo B | Tin A mới</title><h1>Tin A mới</h1>",
                |m| m.h1.clone().unwrap_or_default(),
                "Tin A mới",
            ),
            (
                "<title>Tin A mới | Báo B</title><h1>Tin A mới</h1>",
                |m| m.h1.clone().unwrap_or_default(),
                "Tin A mới",
            ),
            // The date an inline script writes into an empty date element.
            (
                r#"<h1>Tin A</h1><span class="spanDateTime" id="pDateTime"></span><p>Nội dung.</p><script>document.getElementById("pDateTime").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7";</script>"#,
                |m| rfc(m.visible_date),
                "2012-12-20T16:10:00+07:00",
            ),
            // Into an element not named for a date, or one that already shows text: nothing.
            (
                r#"<h1>Tin A</h1><span id="pBox"></span><p>Nội dung.</p><script>document.getElementById("pBox").innerHTML="20/12/2012, 16:10";</script>"#,
                |m| rfc(m.visible_date),
                "",
            ),
            (
                r#"<meta property="og:title" content="Tin A - B | Vietstock"><meta property="og:site_name" content="Vietstock">"#,
                |m| m.og_title.clone().unwrap_or_default(),
                "Tin A - B",
            ),
            (
                r#"<meta property="og:title" content="Tin A - B | Báo C"><meta property="og:site_name" content="Báo D">"#,
                |m| m.og_title.clone().unwrap_or_default(),
                "Tin A - B | Báo C",
            ),
            (
                r#"<link rel="canonical" href="the-gioi.jsp"><meta property="og:url" content="https://x.vn/a.htm">"#,
                |m| m.canonical.clone().unwrap_or_default(),
                "https://x.vn/a.htm",
            ),
            (
                r#"<meta name="keywords" content="a, b"><meta name="news_keywords" content="đúc tiền, in tiền">"#,
                |m| m.tags.join("|"),
                "đúc tiền|in tiền",
            ),
            (
                r#"<div class="detail-time"> 05/09/2026 <span>•</span> 13:30 </div><ul><li class="time">01/01/2020 10:00</li></ul>"#,
                |m| rfc(m.visible_date),
                "2026-09-05T13:30:00+07:00",
            ),
            // A camel-cased date class; the page's header date (no date class) comes later.
            (
                r#"<span class="m_DateCreated">Thứ&nbsp;Năm,&nbsp;21/6/2018,&nbsp;10:20</span><span id="x_lblDate">Chủ Nhật, 24/3/2019, 11:40</span>"#,
                |m| rfc(m.visible_date),
                "2018-06-21T10:20:00+07:00",
            ),
            // No date class: the date and time printed right before the headline.
            (
                r#"<div><span style="color:#666">15/02/2014 09:34</span></div><div><h1>Tin A</h1></div><p>Sáng 01/01/2020, lúc 10:00, hội nghị đã khai mạc tại Hà Nội.</p>"#,
                |m| rfc(m.visible_date),
                "2014-02-15T09:34:00+07:00",
            ),
            // A date further away from the headline is not its date.
            (
                r#"<p>01/01/2020 10:00</p><p>a</p><p>b</p><p>c</p><h1>Tin A</h1><p>Nội dung</p>"#,
                |m| rfc(m.visible_date),
                "",
            ),
            // No h1: the bold line above the printed date is the headline, and a paragraph
            // opening with a bracketed stamp right below the date is the lead.
            (
                r#"<title>Báo X – Phiên bản Mobile</title><font size="+1"><b> "Gói 50.000 tỷ" cứu BĐS: Chuyện thật hay đùa? </b></font><div><span>Thứ Sáu, 28/03/2014 - 11:02</span></div><span><span>(Dân trí) - Nhiều ngân hàng có tên trong danh sách dự kiến đã bày tỏ sự ngạc nhiên về những thông tin đưa ra.</span></span>"#,
                |m| format!("{}|{}", m.dated_heading.clone().unwrap_or_default(), m.dated_lead.clone().unwrap_or_default()),
                "\"Gói 50.000 tỷ\" cứu BĐS: Chuyện thật hay đùa?|(Dân trí) - Nhiều ngân hàng có tên trong danh sách dự kiến đã bày tỏ sự ngạc nhiên về những thông tin đưa ra.",
            ),
            // With an h1, or a plain (not bold) line above the date, neither.
            (
                r#"<h1>Tin A là tin chính</h1><b>Một dòng in đậm khá dài ở đây</b><span>28/03/2014 - 11:02</span><p>(Dân trí) - Nhiều ngân hàng có tên trong danh sách dự kiến đã bày tỏ sự ngạc nhiên về thông tin.</p>"#,
                |m| format!("{}|{}", m.dated_heading.clone().unwrap_or_default(), m.dated_lead.clone().unwrap_or_default()),
                "|",
            ),
            (
                r#"<p>Một dòng thường khá dài ở đây nhé</p><span>28/03/2014 - 11:02</span>"#,
                |m| m.dated_heading.clone().unwrap_or_default(),
                "",
            ),
            // A camel-cased author class.
            (
                r#"<p class="SGTOTitle">Báo giấy vẫn thú vị!</p><p class="SGTOAuthor">Lê Ngọc Quỳnh</p>"#,
                |m| m.bylines.join("|"),
                "Lê Ngọc Quỳnh",
            ),
            // A hidden h1 is not the page's headline.
            (
                r#"<h1 style="display:none">Mobile</h1><h1><span class="Title">Báo giấy vẫn thú vị!</span></h1>"#,
                |m| m.h1.clone().unwrap_or_default(),
                "Báo giấy vẫn thú vị!",
            ),
            (
                r#"<meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Minh Anh">"#,
                |m| m.authors.join(","),
                "Minh Anh",
            ),
            // The generator's name in the author meta is no writer.
            (
                r#"<meta name="author" content="Công nghệ ChannelVN"><meta name="GENERATOR" content="Công nghệ ChannelVN">"#,
                |m| m.authors.join(","),
                "",
            ),
            // A team or a site role is no writer; a name is.
            (
                r#"<meta name="dc.creator" content="SEO, Traffic Team"><meta name="author" content="Minh Anh">"#,
                |m| m.authors.join(","),
                "Minh Anh",
            ),
            (r#"<meta name="author" content="Admin">"#, |m| m.authors.join(","), ""),
            (r#"<meta name="author" content="Seong Minh">"#, |m| m.authors.join(","), "Seong Minh"),
        ];
        for (html, f, want) in cases {
            check(html, *f, want);
        }
    }
}
