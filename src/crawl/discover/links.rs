//! HTML pages: links, the canonical link, advertised feeds, and listing pages.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Selector};
use url::{Position, Url};

use super::resolve;

static A_HREF: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("a[href], area[href]").expect("valid selector"));
static BASE_HREF: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("base[href]").expect("valid selector"));
static LINK_REL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("link[rel][href]").expect("valid selector"));
static OG_URL: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse(r#"meta[property="og:url"][content], meta[name="og:url"][content]"#)
        .expect("valid selector")
});

/// The base for relative links: `<base href>` when present, else the page URL.
fn page_base(doc: &Html, base: &Url) -> Url {
    doc.select(&BASE_HREF)
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| resolve(base, h))
        .unwrap_or_else(|| base.clone())
}

fn has_rel(rel: &str, token: &str) -> bool {
    rel.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(token))
}

/// Pushes `url` unless already seen.
fn push_unique(out: &mut Vec<Url>, seen: &mut HashSet<Url>, url: Url) {
    if seen.insert(url.clone()) {
        out.push(url);
    }
}

fn page_links(doc: &Html, base: &Url) -> Vec<Url> {
    let base = page_base(doc, base);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for a in doc.select(&A_HREF) {
        if let Some(url) = a.value().attr("href").and_then(|h| resolve(&base, h)) {
            push_unique(&mut out, &mut seen, url);
        }
    }
    out
}

/// Every link of a page (`a[href]`, `area[href]`): resolved against `<base href>` or `base`,
/// `http(s)` only, fragment removed, duplicates dropped, in document order.
pub fn links(html: &str, base: &Url) -> Vec<Url> {
    page_links(&Html::parse_document(html), base)
}

/// The page's canonical URL: `<link rel=canonical href>`, else `og:url`. Resolved against
/// `base`, `http(s)` only, fragment removed.
pub fn canonical_link(html: &str, base: &Url) -> Option<Url> {
    let doc = Html::parse_document(html);
    let base = page_base(&doc, base);
    doc.select(&LINK_REL)
        .filter(|l| l.value().attr("rel").is_some_and(|r| has_rel(r, "canonical")))
        .find_map(|l| l.value().attr("href").and_then(|h| resolve(&base, h)))
        .or_else(|| {
            doc.select(&OG_URL)
                .find_map(|m| m.value().attr("content").and_then(|c| resolve(&base, c)))
        })
}

/// Feeds a page advertises: `<link rel=alternate type=application/rss+xml | atom+xml |
/// rdf+xml href>`, resolved, in document order, duplicates dropped.
pub fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    let doc = Html::parse_document(html);
    let base = page_base(&doc, base);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for l in doc.select(&LINK_REL) {
        let v = l.value();
        let alternate = v.attr("rel").is_some_and(|r| has_rel(r, "alternate"));
        let kind = v.attr("type").map(|t| t.trim().to_ascii_lowercase()).unwrap_or_default();
        let feed_type = matches!(
            kind.split(';').next().unwrap_or_default().trim(),
            "application/rss+xml" | "application/atom+xml" | "application/rdf+xml"
        );
        if alternate && feed_type {
            if let Some(url) = v.attr("href").and_then(|h| resolve(&base, h)) {
                push_unique(&mut out, &mut seen, url);
            }
        }
    }
    out
}

/// How to read a listing (category) page of one site; built from the site configuration.
#[derive(Debug, Clone)]
pub struct ListingRule {
    /// Article URLs: matched against the URL path (`/kinh-te/slug-123.htm`).
    pub article_pattern: Regex,
    /// Paths that are never articles even when `article_pattern` matches (event pages,
    /// videos), matched against the URL path.
    pub exclude_pattern: Option<Regex>,
    /// Elements whose `href` is the next listing page (`a.next`, `link[rel=next]`).
    pub next_selector: Option<Selector>,
    /// Further listing pages, matched against the path plus `?query` when there is one
    /// (`/trang-\d+\.htm$`, `[?&]page=\d+`).
    pub page_pattern: Option<Regex>,
    /// How many listing pages the crawler follows from one seed (this function reads one page;
    /// the caller counts).
    pub max_pages: usize,
}

/// What one listing page links to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListingPage {
    /// Article URLs, in document order, without duplicates.
    pub articles: Vec<Url>,
    /// Further listing pages (from `next_selector`, then `page_pattern`), without the page
    /// itself and without duplicates.
    pub next: Vec<Url>,
}

fn path_and_query(url: &Url) -> &str {
    &url[Position::BeforePath..Position::AfterQuery]
}

impl ListingRule {
    /// Whether a URL's path is an article under this rule.
    pub fn is_article(&self, url: &Url) -> bool {
        let path = url.path();
        self.article_pattern.is_match(path)
            && !self.exclude_pattern.as_ref().is_some_and(|x| x.is_match(path))
    }
}

/// Reads a listing page: its article links (by `rule.article_pattern`) and its links to
/// further listing pages (by `rule.next_selector` and `rule.page_pattern`).
///
/// Links to other hosts are kept: scope is the caller's business (`CrawlConfig::in_scope`).
/// A URL that is a further page is not also reported as an article.
pub fn listing(html: &str, base: &Url, rule: &ListingRule) -> ListingPage {
    let doc = Html::parse_document(html);
    let page_base_url = page_base(&doc, base);
    let mut this_page = base.clone();
    this_page.set_fragment(None);

    let mut next = Vec::new();
    let mut seen = HashSet::new();
    seen.insert(this_page.clone());
    if let Some(sel) = &rule.next_selector {
        for el in doc.select(sel) {
            if let Some(url) = el.value().attr("href").and_then(|h| resolve(&page_base_url, h)) {
                push_unique(&mut next, &mut seen, url);
            }
        }
    }
    let all = page_links(&doc, base);
    if let Some(pages) = &rule.page_pattern {
        for url in &all {
            if pages.is_match(path_and_query(url)) {
                push_unique(&mut next, &mut seen, url.clone());
            }
        }
    }
    let articles = all.into_iter().filter(|u| !seen.contains(u) && rule.is_article(u)).collect();
    ListingPage { articles, next }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
    }

    // --- HTML --------------------------------------------------------------------------------

    const PAGE: &str = r##"<!DOCTYPE html><html><head>
<link rel="canonical" href="/kinh-te/bai-viet-20260905101010123.htm#x">
<meta property="og:url" content="https://d.vn/og-url.htm">
<link rel="alternate" type="application/rss+xml" title="Tin" href="/rss/home.rss">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://d.vn/atom.xml">
<link rel="alternate" hreflang="en" href="https://d.vn/en">
<link rel="stylesheet" type="text/css" href="/a.css">
</head><body>
<a href="/the-gioi/tin-mot-20260905000000001.htm">1</a>
<a href=" https://d.vn/the-gioi/tin-mot-20260905000000001.htm#comments ">1 again</a>
<a href="javascript:void(0)">js</a><a href="mailto:a@d.vn">mail</a><a href="#top">top</a>
<a href="tin-hai-20260905000000002.htm">relative</a>
<a href="//cdn.d.vn/x.htm">scheme-relative</a>
<a href="https://other.vn/a-b-c-123.htm">external</a>
</body></html>"##;

    fn strings(v: &[Url]) -> Vec<String> {
        v.iter().map(Url::to_string).collect()
    }

    #[test]
    fn html_links() {
        let base = url("https://d.vn/the-gioi.htm");
        let cases: [(&str, Vec<&str>); 3] = [
            (
                PAGE,
                vec![
                    "https://d.vn/the-gioi/tin-mot-20260905000000001.htm",
                    "https://d.vn/the-gioi.htm",
                    "https://d.vn/tin-hai-20260905000000002.htm",
                    "https://cdn.d.vn/x.htm",
                    "https://other.vn/a-b-c-123.htm",
                ],
            ),
            (
                r#"<base href="https://d.vn/sub/"><a href="x-1.htm">x</a><a href="/y-2.htm">y</a>"#,
                vec!["https://d.vn/sub/x-1.htm", "https://d.vn/y-2.htm"],
            ),
            ("<p>no links</p>", vec![]),
        ];
        for (html, want) in cases {
            assert_eq!(strings(&links(html, &base)), want, "html {html:?}");
        }
    }

    #[test]
    fn canonical_and_feed_links() {
        let base = url("https://d.vn/the-gioi.htm");
        let cases: [(&str, Option<&str>, Vec<&str>); 4] = [
            (
                PAGE,
                Some("https://d.vn/kinh-te/bai-viet-20260905101010123.htm"),
                vec!["https://d.vn/rss/home.rss", "https://d.vn/atom.xml"],
            ),
            (
                r#"<meta property="og:url" content="https://d.vn/og-url.htm"><link rel="canonical" href="javascript:x">"#,
                Some("https://d.vn/og-url.htm"),
                vec![],
            ),
            (
                r#"<link rel="shortlink canonical" href="https://d.vn/c.htm">"#,
                Some("https://d.vn/c.htm"),
                vec![],
            ),
            ("<p>x</p>", None, vec![]),
        ];
        for (html, canonical, feeds) in cases {
            assert_eq!(canonical_link(html, &base).map(|u| u.to_string()).as_deref(), canonical);
            assert_eq!(strings(&feed_links(html, &base)), feeds, "html {html:?}");
        }
    }

    #[test]
    fn listing_pages() {
        let rule = ListingRule {
            article_pattern: Regex::new(r"^/[^/]+/[^/]+-\d{17}\.htm$").expect("regex"),
            exclude_pattern: Some(Regex::new(r"^/video/").expect("regex")),
            next_selector: Some(Selector::parse("a.next, link[rel=next]").expect("css")),
            page_pattern: Some(Regex::new(r"/trang-\d+\.htm$|[?&]page=\d+").expect("regex")),
            max_pages: 3,
        };
        let html = r#"<html><head><link rel="next" href="/the-gioi/trang-2.htm"></head><body>
<article><h3><a href="/the-gioi/tin-mot-20260905000000001.htm">1</a></h3></article>
<article><h3><a href="/the-gioi/tin-hai-20260905000000002.htm?utm_source=x">2</a></h3></article>
<a href="/video/clip-20260905000000003.htm">video</a>
<a href="/the-gioi.htm">self</a><a href="/the-gioi/trang-2.htm">2</a><a href="/the-gioi/trang-3.htm">3</a>
<a class="next" href="/the-gioi/trang-2.htm">Sau</a><a href="/tim-kiem?page=4">search p4</a>
<a href="/the-gioi/tin-mot-20260905000000001.htm#binh-luan">again</a>
</body></html>"#;
        let got = listing(html, &url("https://d.vn/the-gioi.htm"), &rule);
        assert_eq!(
            strings(&got.articles),
            [
                "https://d.vn/the-gioi/tin-mot-20260905000000001.htm",
                "https://d.vn/the-gioi/tin-hai-20260905000000002.htm?utm_source=x"
            ]
        );
        assert_eq!(
            strings(&got.next),
            [
                "https://d.vn/the-gioi/trang-2.htm",
                "https://d.vn/the-gioi/trang-3.htm",
                "https://d.vn/tim-kiem?page=4"
            ]
        );
        // Page 2 does not list itself as a next page.
        let got = listing(html, &url("https://d.vn/the-gioi/trang-2.htm"), &rule);
        assert_eq!(
            strings(&got.next),
            ["https://d.vn/the-gioi/trang-3.htm", "https://d.vn/tim-kiem?page=4"]
        );
    }
}
