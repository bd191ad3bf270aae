//! Document identity: which document of the index a record is.
//!
//! One article is one document however it came in: crawled live, imported from a saved file,
//! read from a WARC archive or rebuilt by `reindex`. Three facts identify it, computed here and
//! nowhere else:
//!
//! - the **key**: the page's canonical URL after [`canonicalize`], when the page names one on
//!   the same site, else its own URL canonicalised, else (no URL at all) `sha1:` + the content
//!   hash. A record with the key of an indexed document replaces it;
//! - the **article key**: the site and the article id embedded in the URL
//!   (`dantri|20230915083512604`), when the site configuration knows how to read one. The same
//!   article under another URL (an alias, a mobile or AMP address) is a duplicate;
//! - the **content hash** (SHA-1 of the record's text): the same text under another key is a
//!   duplicate.
//!
//! What the site configuration knows comes in through [`SiteRules`]; the index module does not
//! depend on the crawler.

use url::Url;

use crate::record::Record;
use crate::urls::canonicalize; // TODO(merge): crate::urls

/// What the site configuration knows about URLs, for document identity.
pub trait SiteRules: Send + Sync {
    /// The name of the configured site `url` belongs to.
    fn site_name(&self, url: &Url) -> Option<String>;
    /// The article id embedded in `url` by its site's URL scheme.
    fn article_id(&self, url: &Url) -> Option<String>;
    /// Whether `url` is in the scope of the named site.
    fn in_site(&self, site: &str, url: &Url) -> bool;
}

/// No site configuration: keys come from URLs alone and there are no article keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoRules;

impl SiteRules for NoRules {
    fn site_name(&self, _url: &Url) -> Option<String> {
        None
    }
    fn article_id(&self, _url: &Url) -> Option<String> {
        None
    }
    fn in_site(&self, _site: &str, _url: &Url) -> bool {
        false
    }
}

/// Who a record is, for the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The document key (see the module documentation).
    pub key: String,
    /// The URL the document is listed under (the key when it is a URL).
    pub url: Option<String>,
    /// The outlet: host without `www.`, with the port when it is not the scheme's default.
    pub site: Option<String>,
    /// `site|id` when the URL carries an article id.
    pub article_key: Option<String>,
    /// Hex SHA-1 of the record's text.
    pub content_hash: String,
}

/// Computes the identity of `record`.
///
/// `stated_key` is a key chosen earlier for the same response (the crawler records it in the
/// WARC archive); it is canonicalised again and wins over the page's own links, so a rebuilt
/// index keeps the documents of the crawled one.
pub fn identify(record: &Record, stated_key: Option<&str>, rules: &dyn SiteRules) -> Identity {
    let content_hash = record.content_hash();
    let page_url = record.article.url.as_deref().and_then(parse_web_url);
    let stated = stated_key.and_then(parse_web_url);
    let canonical = record.article.canonical_url.as_deref().and_then(|c| match &page_url {
        Some(base) => base.join(c.trim()).ok().filter(is_web_url),
        None => parse_web_url(c),
    });
    let key_url = match (stated, canonical, &page_url) {
        (Some(stated), _, _) => Some(stated),
        (None, Some(canonical), Some(page)) if same_site(page, &canonical, rules) => {
            Some(canonical)
        }
        (None, Some(canonical), None) => Some(canonical),
        (None, _, Some(page)) => Some(page.clone()),
        (None, _, None) => None,
    }
    .map(|u| canonicalize(&u));
    let Some(key_url) = key_url else {
        return Identity {
            key: format!("sha1:{content_hash}"),
            url: None,
            site: record.article.site.clone(),
            article_key: None,
            content_hash,
        };
    };
    // The site the page was read from names the article; its id comes from the key, else
    // from the page's own URL.
    let site =
        page_url.as_ref().and_then(|p| rules.site_name(p)).or_else(|| rules.site_name(&key_url));
    let id = rules
        .article_id(&key_url)
        .or_else(|| page_url.as_ref().and_then(|p| rules.article_id(&canonicalize(p))));
    let article_key = match (site, id) {
        (Some(site), Some(id)) => Some(format!("{site}|{id}")),
        _ => None,
    };
    Identity {
        key: key_url.to_string(),
        url: Some(key_url.to_string()),
        site: site_of(&key_url),
        article_key,
        content_hash,
    }
}

/// The outlet of a URL: host, lower case, without a leading `www.` and a trailing dot, with
/// `:port` when the port is not the scheme's default (two sites on one host are two outlets).
pub fn site_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").map(str::to_string).unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

/// Whether the page at `page` may name `canonical` as its canonical address: same outlet
/// (ignoring `www.` and the scheme), or in the scope of the configured site of the page.
fn same_site(page: &Url, canonical: &Url, rules: &dyn SiteRules) -> bool {
    if site_of(page).is_some() && site_of(page) == site_of(canonical) {
        return true;
    }
    rules.site_name(page).is_some_and(|site| rules.in_site(&site, canonical))
}

fn is_web_url(u: &Url) -> bool {
    matches!(u.scheme(), "http" | "https") && u.host_str().is_some()
}

fn parse_web_url(s: &str) -> Option<Url> {
    Url::parse(s.trim()).ok().filter(is_web_url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Article;

    /// A site "dantri" on dantri.com.vn (and m.dantri.com.vn) whose article ids are the digits
    /// before `.htm`.
    struct Rules;
    impl SiteRules for Rules {
        fn site_name(&self, url: &Url) -> Option<String> {
            url.host_str()?.ends_with("dantri.com.vn").then(|| "dantri".to_string())
        }
        fn in_site(&self, site: &str, url: &Url) -> bool {
            self.site_name(url).as_deref() == Some(site)
        }
        fn article_id(&self, url: &Url) -> Option<String> {
            self.site_name(url)?;
            let stem = url.path().strip_suffix(".htm")?;
            let id: String = stem.chars().rev().take_while(char::is_ascii_digit).collect();
            (!id.is_empty()).then(|| id.chars().rev().collect())
        }
    }

    fn record(url: Option<&str>, canonical: Option<&str>) -> Record {
        let article = Article {
            url: url.map(str::to_string),
            canonical_url: canonical.map(str::to_string),
            title: Some("Tiêu đề".into()),
            body: "Nội dung bài viết.".into(),
            ..Article::default()
        };
        Record::from_article(article, None)
    }

    /// (page URL, canonical link, stated key) → (key, site, article key).
    fn check(
        url: Option<&str>,
        canonical: Option<&str>,
        stated: Option<&str>,
        expected: (&str, Option<&str>, Option<&str>),
    ) {
        let r = record(url, canonical);
        let id = identify(&r, stated, &Rules);
        let key = expected.0.replace("{hash}", &r.content_hash());
        assert_eq!(
            (id.key.as_str(), id.site.as_deref(), id.article_key.as_deref()),
            (key.as_str(), expected.1, expected.2),
            "url {url:?} canonical {canonical:?} stated {stated:?}"
        );
    }

    #[test]
    fn keys() {
        let a = "https://dantri.com.vn/xa-hoi/bai-viet-20230915083512604.htm";
        let id = Some("dantri|20230915083512604");
        // The page's own URL, canonicalised (fragment and tracking parameters dropped).
        check(Some(&format!("{a}?utm_source=fb#top")), None, None, (a, Some("dantri.com.vn"), id));
        // Canonical link on the same site wins, relative or absolute, www. or not.
        check(
            Some("https://www.dantri.com.vn/x.htm?ref=1"),
            Some(a),
            None,
            (a, Some("dantri.com.vn"), id),
        );
        check(
            Some("https://dantri.com.vn/amp/bai-viet-20230915083512604.htm"),
            Some("/xa-hoi/bai-viet-20230915083512604.htm"),
            None,
            (a, Some("dantri.com.vn"), id),
        );
        // Same configured site on another host (mobile).
        check(
            Some("https://m.dantri.com.vn/p-20230915083512604.htm"),
            Some(a),
            None,
            (a, Some("dantri.com.vn"), id),
        );
        // A canonical link to another outlet is not trusted (syndication, wrong templates).
        check(
            Some("https://baomoi.com/x-123.htm"),
            Some(a),
            None,
            ("https://baomoi.com/x-123.htm", Some("baomoi.com"), None),
        );
        // No URL: the canonical link alone.
        check(None, Some(a), None, (a, Some("dantri.com.vn"), id));
        // A stated key (the crawler's, from the archive) wins.
        check(
            Some("https://dantri.com.vn/other.htm"),
            None,
            Some(a),
            (a, Some("dantri.com.vn"), id),
        );
        // Nothing: the content hash.
        check(None, None, None, ("sha1:{hash}", None, None));
        check(None, Some("not a url"), None, ("sha1:{hash}", None, None));
        // Ports are part of the outlet; default ports are elided.
        check(
            Some("http://127.0.0.1:8081/a/1.html"),
            Some("http://127.0.0.1:8082/a/1.html"),
            None,
            ("http://127.0.0.1:8081/a/1.html", Some("127.0.0.1:8081"), None),
        );
        check(
            Some("https://Example.VN:443/a"),
            None,
            None,
            ("https://example.vn/a", Some("example.vn"), None),
        );
    }
}
