//! Ad hoc configurations for `--seed URL…` runs: one site per seed origin, permissive patterns.

use std::sync::LazyLock;

use regex::Regex;
use scraper::Selector;
use url::Url;

use super::{valid_delay, CrawlConfig, SiteConfig, DEFAULT_MAX_LISTING_PAGES};
use crate::urls::{clean_host, is_web_url, Origin};

/// Permissive article pattern for ad hoc seeds, over the URL path: the last segment carries a
/// digit run of 5 or more (an id) or is a slug of at least five hyphenated words, and ends in
/// `.htm`, `.html`, `.shtml`, `.ldo`, `.vn`, `.aspx`, `.php` or nothing.
pub const ADHOC_ARTICLE_PATTERN: &str = r"(?i)^(?:/[^/]+)*/(?:[^/]*?\d{5,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){4,})(?:\.(?:html?|shtml|ldo|vn|aspx?|php))?/?$";
/// Paths that are never articles for ad hoc seeds: tag, author, search and login pages.
pub const ADHOC_EXCLUDE_PATTERN: &str =
    r"(?i)(?:^|/)(?:tag|tags|tac-gia|tim-kiem|search|author|login|dang-nhap|video|videos)(?:/|$)";
/// Article id for ad hoc seeds: the trailing run of 5 or more digits of the path.
pub const ADHOC_ID_PATTERN: &str =
    r"(?i)(?:^|\D)(\d{5,})(?:\.(?:html?|shtml|ldo|vn|aspx?|php))?/?$";
/// Further listing pages for ad hoc seeds, over `path[?query]`.
pub const ADHOC_PAGE_PATTERN: &str =
    r"(?i)(?:[/-]trang-?\d+(?:\.html?)?/?$|/page/\d+/?$|-p\d+$|[?&](?:page|p|trang)=\d+)";
/// Next-page links for ad hoc seeds.
pub const ADHOC_NEXT_SELECTOR: &str = r#"a[rel~="next"], link[rel~="next"]"#;

static ADHOC_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(ADHOC_ARTICLE_PATTERN).expect("ad hoc article regex is valid"));
static ADHOC_EXCLUDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(ADHOC_EXCLUDE_PATTERN).expect("ad hoc exclude regex is valid"));
static ADHOC_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(ADHOC_ID_PATTERN).expect("ad hoc id regex is valid"));
static ADHOC_PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(ADHOC_PAGE_PATTERN).expect("ad hoc page regex is valid"));
static ADHOC_NEXT: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(ADHOC_NEXT_SELECTOR).expect("ad hoc selector is valid"));

/// A configuration for `--seed URL…` runs: one site per seed origin, named after it without
/// the scheme (`example.vn`, `127.0.0.1:8081`: host with `www.` dropped, port when it is not the
/// scheme's default), so two sites on one host with different ports stay two sites (their own
/// robots.txt, sitemaps, delays and article-id dedup key). Scope = that host and its
/// subdomains on that port (on ports 80 and 443 for a default port); the seeds are listing
/// pages; the permissive `ADHOC_*` patterns; no feeds or sitemaps (the crawler discovers them at
/// run time from each origin's robots.txt `Sitemap:` lines and `<link rel=alternate>`); extract
/// profile chosen by host (the generic extractor for unknown hosts). `delay` sets every site's delay. Seeds that
/// are not `http(s)` URLs with a host are skipped.
pub fn adhoc(seeds: &[Url], delay: Option<f64>) -> CrawlConfig {
    let delay = delay.filter(|d| valid_delay(*d));
    let mut sites: Vec<SiteConfig> = Vec::new();
    for seed in seeds {
        let Some(name) = adhoc_site_name(seed) else { continue };
        let mut seed = seed.clone();
        seed.set_fragment(None);
        if let Some(site) = sites.iter_mut().find(|s| s.name == name) {
            if !site.listings.contains(&seed) {
                site.listings.push(seed);
            }
            continue;
        }
        // The seed's port only; a default port covers both schemes' defaults, so an
        // `http://` link on an `https://` site stays in scope.
        let hosts = if name.contains(':') {
            vec![name.clone()]
        } else {
            vec![format!("{name}:80"), format!("{name}:443")]
        };
        sites.push(SiteConfig {
            name: name.clone(),
            profile: None,
            hosts,
            exclude_hosts: Vec::new(),
            feeds: Vec::new(),
            sitemaps: Vec::new(),
            listings: vec![seed],
            article_pattern: ADHOC_ARTICLE.clone(),
            exclude_pattern: Some(ADHOC_EXCLUDE.clone()),
            article_id_pattern: Some(ADHOC_ID.clone()),
            next_selector: Some(ADHOC_NEXT.clone()),
            page_pattern: Some(ADHOC_PAGE.clone()),
            max_listing_pages: DEFAULT_MAX_LISTING_PAGES,
            delay_secs: delay,
            examples: Vec::new(),
        });
    }
    CrawlConfig {
        user_agent: None,
        default_delay_secs: delay,
        concurrency: None,
        max_pages: None,
        timeout_secs: None,
        max_body_bytes: None,
        sites,
    }
}

/// The ad hoc site name of a seed: its origin without the scheme, host cleaned
/// (`https://www.example.vn/x` → `example.vn`, `http://127.0.0.1:8081/` → `127.0.0.1:8081`).
/// `None` for URLs that are not `http(s)` with a host.
pub fn adhoc_site_name(seed: &Url) -> Option<String> {
    if !is_web_url(seed) {
        return None;
    }
    let origin = Origin::of(seed)?;
    let host = clean_host(origin.host());
    if host.is_empty() {
        return None;
    }
    Some(match origin.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
    }

    #[test]
    fn adhoc_config() {
        let seeds = [
            url("https://www.example.vn/thoi-su.htm#top"),
            url("https://example.vn/kinh-te"),
            url("https://other.vn/"),
            url("mailto:a@b.vn"),
        ];
        let cfg = adhoc(&seeds, Some(2.0));
        let names: Vec<&str> = cfg.sites.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["example.vn", "other.vn"]);
        assert_eq!(cfg.delay_secs("other.vn"), Some(2.0));
        let ex = cfg.site("example.vn").expect("site");
        let listings: Vec<String> = ex.listings.iter().map(Url::to_string).collect();
        assert_eq!(listings, ["https://www.example.vn/thoi-su.htm", "https://example.vn/kinh-te"]);
        // (path, article, id)
        let cases = [
            ("/the-gioi/tin-mot-20260905000000001.htm", true, Some("20260905000000001")),
            (
                "/co-che-chinh-sach-xac-dinh-gia-102260905122709839.htm",
                true,
                Some("102260905122709839"),
            ),
            ("/xe/bai-viet-1651034.ldo", true, Some("1651034")),
            ("/bai-viet-4143178.html", true, Some("4143178")),
            ("/chinh-tri/bai-viet-1020977", true, Some("1020977")),
            ("/post/tin-tuc-moi-ve-kinh-te-vi-mo", true, None),
            ("/kinh-te.htm", false, None),
            ("/lao-dong-viec-lam.htm", false, None),
            ("/the-gioi/trang-2.htm", false, None),
            ("/tac-gia/nguyen-van-a-123456.htm", false, Some("123456")),
            ("/anh/12345678.jpg", false, None),
            ("/", false, None),
        ];
        for (path, article, id) in cases {
            let u = url(&format!("https://example.vn{path}"));
            assert_eq!(ex.is_article(&u), article, "article {path}");
            assert_eq!(ex.article_id(&u).as_deref(), id, "id {path}");
        }
        let page = ex.listing_rule().page_pattern.expect("page pattern");
        for (pq, want) in [
            ("/thoi-su/trang-2.htm", true),
            ("/thoi-su-trang-3.htm", true),
            ("/thoi-su-p2", true),
            ("/category/page/4/", true),
            ("/tim-kiem?q=x&page=2", true),
            ("/thoi-su.htm", false),
        ] {
            assert_eq!(page.is_match(pq), want, "page {pq}");
        }
        assert!(adhoc(&[], None).sites.is_empty());
    }

    /// Sites on one host with different ports are different sites, ad hoc or configured.
    #[test]
    fn sites_differ_by_port() {
        let seeds = [
            url("http://127.0.0.1:8081/tin-tuc"),
            url("http://127.0.0.1:8082/tin-tuc"),
            url("http://127.0.0.1:8081/the-gioi"),
            url("http://127.0.0.1:80/"),
            url("https://www.x.vn:443/a"),
            url("https://x.vn:8443/b"),
        ];
        let cfg = adhoc(&seeds, None);
        let names: Vec<&str> = cfg.sites.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["127.0.0.1:8081", "127.0.0.1:8082", "127.0.0.1", "x.vn", "x.vn:8443"]);
        assert_eq!(cfg.site("127.0.0.1:8081").map(|s| s.listings.len()), Some(2));
        let text = r#"
[[site]]
name = "a"
hosts = ["127.0.0.1:8081"]
article_pattern = 'x'

[[site]]
name = "b"
hosts = ["127.0.0.1:8082"]
article_pattern = 'x'

[[site]]
name = "any"
hosts = ["127.0.0.1"]
article_pattern = 'x'

[[site]]
name = "idn"
hosts = ["www.Bộ.vn"]
article_pattern = 'x'
"#;
        let configured = CrawlConfig::from_toml(text).expect("valid");
        // (url, ad hoc site, configured site)
        let cases = [
            ("http://127.0.0.1:8081/x-123456.htm", Some("127.0.0.1:8081"), Some("a")),
            ("http://127.0.0.1:8082/x-123456.htm", Some("127.0.0.1:8082"), Some("b")),
            ("http://127.0.0.1/x", Some("127.0.0.1"), Some("any")),
            ("http://127.0.0.1:9999/x", None, Some("any")),
            ("https://m.x.vn/x", Some("x.vn"), None),
            ("https://x.vn:8443/x", Some("x.vn:8443"), None),
            ("https://bộ.vn/x", None, Some("idn")),
            ("https://m.xn--b-8xm.vn:8443/x", None, Some("idn")),
        ];
        for (u, adhoc_site, configured_site) in cases {
            let u = url(u);
            let got = cfg.site_for_url(&u).map(|s| s.name.as_str());
            assert_eq!(got, adhoc_site, "ad hoc site of {u}");
            let got = configured.site_for_url(&u).map(|s| s.name.as_str());
            assert_eq!(got, configured_site, "configured site of {u}");
        }
    }
}
