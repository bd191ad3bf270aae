//! DOM → text helpers: paragraph text from a container, element text, exclusion sets.
//!
//! [`paragraphs`] walks a container in document order and cuts its text into paragraphs at
//! block-level elements (`p`, `div`, headings, list items, `br`, ...). It never descends into
//! elements that are not article prose: figures and captions, scripts, styles, `noscript`,
//! frames, media, forms, `aside`, `nav`, SVG, plus a built-in list of related-article boxes and
//! ad slots, plus whatever the caller excludes (a profile's `exclude` selectors). HTML comments
//! are never text. Whitespace is collapsed inside each paragraph.

use std::collections::HashSet;
use std::sync::LazyLock;

use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose whole subtree is never body text.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "source",
    "track",
    "canvas",
    "map",
    "svg",
    "math",
    "template",
    "button",
    "select",
    "option",
    "textarea",
    "input",
    "form",
    "label",
    "aside",
    "nav",
    "head",
    "title",
    "meta",
    "link",
    "img",
    "dialog",
];

/// Elements that end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "br",
    "address",
    "center",
    "details",
    "summary",
    "body",
    "html",
];

/// Selectors of boxes that are never article prose on any site: related-article boxes, ad
/// slots, share bars, comment widgets.
static BUILTIN_EXCLUDE: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    [
        "[class*='related']",
        "[class*='relate-']",
        "[class*='tinlienquan']",
        "[class*='lienquan']",
        "[class*='readmore']",
        "[class*='read-more']",
        "[class*='advert']",
        "[class*='adsbygoogle']",
        "[id^='ads']",
        "[id^='adm']",
        "[class^='ads']",
        "[class*=' ads']",
        "[class*='-ads']",
        "[class*='banner']",
        "[class*='social']",
        "[class*='share']",
        "[class*='comment']",
        "[class*='newsletter']",
        "[class*='audio']",
        "[class*='video-player']",
        "[data-role='comment']",
    ]
    .iter()
    .filter_map(|s| Selector::parse(s).ok())
    .collect()
});

/// True when the element's own markup hides it: the `hidden` attribute, `aria-hidden="true"`
/// or an inline style that hides it ([`style_hides`]). The one test of both the profiles'
/// bodies ([`Excluded::add_builtin`]) and the generic extractor (which adds hiding classes).
pub(crate) fn hidden_by_markup(el: &Element) -> bool {
    // One pass over the attributes, no allocation: this runs on every element.
    el.attrs().any(|(name, value)| match name {
        "hidden" => true,
        "aria-hidden" => value.trim().eq_ignore_ascii_case("true"),
        "style" => style_hides(value),
        _ => false,
    })
}

/// An inline style that hides its element: a `display: none` or `visibility: hidden`
/// declaration (any case and spacing, `!important` or not).
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let value = value.split(|c: char| c.is_whitespace() || c == '!').find(|v| !v.is_empty());
        let value = value.unwrap_or("");
        let prop = prop.trim();
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Identity of an element within one parsed document.
pub type ElementKey = *const Element;

/// A set of elements (by identity) to leave out of the text.
#[derive(Debug, Clone, Default)]
pub struct Excluded {
    keys: HashSet<ElementKey>,
}

impl Excluded {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds every element of `root`'s subtree (root included) matched by one of `selectors`.
    pub fn add_matches<'a>(
        &mut self,
        root: ElementRef<'a>,
        selectors: impl Iterator<Item = &'a Selector>,
    ) {
        for sel in selectors {
            if root.value().name() != "html" && sel.matches(&root) {
                self.keys.insert(key(&root));
            }
            for el in root.select(sel) {
                self.keys.insert(key(&el));
            }
        }
    }

    /// Adds the built-in related/ads/share/comment selectors under `root`, and the elements
    /// under it that their markup hides ([`hidden_by_markup`]: a stock widget waiting for its
    /// script).
    pub fn add_builtin(&mut self, root: ElementRef<'_>) {
        for sel in BUILTIN_EXCLUDE.iter() {
            for el in root.select(sel) {
                self.keys.insert(key(&el));
            }
        }
        for el in root.descendants().skip(1).filter_map(ElementRef::wrap) {
            if hidden_by_markup(el.value()) {
                self.keys.insert(key(&el));
            }
        }
    }

    /// Adds one element.
    pub fn insert(&mut self, el: &ElementRef<'_>) {
        self.keys.insert(key(el));
    }

    /// True when the element was added.
    pub fn contains(&self, el: &ElementRef<'_>) -> bool {
        self.keys.contains(&key(el))
    }
}

/// The identity key of an element.
fn key(el: &ElementRef<'_>) -> ElementKey {
    el.value() as *const Element
}

/// True for text that is an unrendered template expression (`{{$blog->name}}`, `{% x %}`):
/// a saved template, not content.
pub fn is_placeholder(s: &str) -> bool {
    let t = s.trim();
    (t.starts_with("{{") && t.ends_with("}}")) || (t.starts_with("{%") && t.ends_with("%}"))
}

/// Collapses every run of whitespace (including newlines) to one space and trims.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The element's text (comments and skipped elements left out), whitespace collapsed and
/// NFC-normalised.
pub fn element_text(el: ElementRef<'_>, excluded: &Excluded) -> String {
    paragraphs(el, excluded).join(" ")
}

/// Plain text of an element: every text node, whitespace collapsed, nothing skipped except
/// comments, scripts and styles.
pub fn plain_text(el: ElementRef<'_>) -> String {
    let mut buf = String::new();
    collect_plain(el, &mut buf);
    crate::text::normalize(&squash(&buf))
}

/// Recursion for [`plain_text`].
fn collect_plain(el: ElementRef<'_>, buf: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => buf.push_str(t),
            Node::Element(e) => {
                if matches!(e.name(), "script" | "style" | "noscript" | "template") {
                    continue;
                }
                if let Some(c) = ElementRef::wrap(child) {
                    collect_plain(c, buf);
                    if BLOCK_TAGS.contains(&e.name()) {
                        buf.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
}

/// Paragraph texts of a container, in document order, whitespace collapsed per paragraph and
/// NFC-normalised. Empty paragraphs are dropped.
pub fn paragraphs(container: ElementRef<'_>, excluded: &Excluded) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    walk(container, excluded, &mut buf, &mut out);
    flush(&mut buf, &mut out);
    out
}

/// Ends the current paragraph.
fn flush(buf: &mut String, out: &mut Vec<String>) {
    let p = squash(buf);
    buf.clear();
    if !p.is_empty() {
        out.push(crate::text::normalize(&p));
    }
}

/// An inline element that holds a dateline: class `location-stamp`, `dateline`, `location`.
pub fn is_stamp(el: &scraper::node::Element) -> bool {
    el.classes().any(|c| {
        let c = c.to_ascii_lowercase();
        c.contains("stamp") || c.contains("dateline") || c == "location"
    })
}

/// Recursion for [`paragraphs`].
fn walk(el: ElementRef<'_>, excluded: &Excluded, buf: &mut String, out: &mut Vec<String>) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => buf.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP_TAGS.contains(&name) {
                    // An element replaced by nothing still separates words.
                    buf.push(' ');
                    continue;
                }
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if excluded.contains(&c) {
                    buf.push(' ');
                    continue;
                }
                let block = BLOCK_TAGS.contains(&name);
                if block {
                    flush(buf, out);
                }
                walk(c, excluded, buf, out);
                if block {
                    flush(buf, out);
                } else if is_stamp(e) {
                    // `<span class="location-stamp">TP HCM</span>Nếu …`: the page draws the
                    // dash with CSS; write it so the stamp does not glue to the first word.
                    buf.push_str(" - ");
                }
            }
            _ => {}
        }
    }
}

/// The text of the first element matched by `sel` in `doc`, if non-empty.
pub fn first_text(doc: &Html, sel: &Selector) -> Option<String> {
    doc.select(sel).map(plain_text).find(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, exclude: &[&str], expected: &[&str]) {
        let doc = Html::parse_document(html);
        let Ok(body_sel) = Selector::parse("#c") else {
            panic!("test selector");
        };
        let Some(c) = doc.select(&body_sel).next() else {
            panic!("no #c in {html}");
        };
        let sels: Vec<Selector> = exclude.iter().filter_map(|s| Selector::parse(s).ok()).collect();
        let mut ex = Excluded::new();
        ex.add_builtin(c);
        ex.add_matches(c, sels.iter());
        assert_eq!(paragraphs(c, &ex), expected, "html: {html}");
    }

    #[test]
    fn paragraph_splitting() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "<div id=c><p>Một  hai\n ba.</p><p>Bốn <b>năm</b>.</p></div>",
                &[],
                &["Một hai ba.", "Bốn năm."],
            ),
            (
                "<div id=c><p>A.</p><figure><img><figcaption><p>Ảnh: X</p></figcaption></figure><p>B.</p></div>",
                &[],
                &["A.", "B."],
            ),
            (
                "<div id=c><p>A<!-- react-text: 1 -->B</p><script>var x=1;</script><style>p{}</style></div>",
                &[],
                &["AB"],
            ),
            (
                "<div id=c><p>A.</p><div class=\"kbwscwl-relatedbox\"><a>Tin khác</a></div><div class=source>Theo X</div></div>",
                &["div.source"],
                &["A."],
            ),
            ("<div id=c>Dòng 1<br>Dòng 2</div>", &[], &["Dòng 1", "Dòng 2"]),
            ("<div id=c><p> </p><p>&nbsp;</p><h2>Tiêu đề</h2></div>", &[], &["Tiêu đề"]),
            // Hidden by its markup, as the generic extractor reads it: any case and spacing
            // of the style, `visibility`, `aria-hidden`, `hidden`.
            (
                "<div id=c><p>A.</p><div style='color:red; DISPLAY : None'>Giá hiện tại</div>\
                 <p style='visibility: hidden'>B.</p><p aria-hidden='TRUE'>C.</p><p hidden>D.</p>\
                 <p style='display: block'>E.</p></div>",
                &[],
                &["A.", "E."],
            ),
        ];
        for (html, ex, want) in cases {
            check(html, ex, want);
        }
    }
}
