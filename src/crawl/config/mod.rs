//! Crawl configuration: which sites to crawl, where their articles are announced, and how to
//! recognise an article URL (`seeds/sites.toml`).
//!
//! The file is TOML. Top-level keys set crawl-wide defaults; one `[[site]]` table per outlet:
//!
//! ```toml
//! user_agent = "vnmon/0.1 (+https://example.org/vnmon)"  # optional
//! default_delay_secs = 1.0      # per-host minimum delay when a site sets none (default 1.0)
//! concurrency = 8               # requests in flight across all hosts (default 8)
//! max_pages = 1000              # article pages fetched per run (default: no limit)
//! timeout_secs = 30.0           # one HTTP attempt, connection to end of body (default 30)
//! max_body_bytes = 10485760     # largest body after decompression (default 10 MiB)
//!
//! [[site]]
//! name = "dantri"               # unique; used by `--site`
//! profile = "dantri"            # extract profile (src/extract/profiles.toml); omit = by host
//! hosts = ["dantri.com.vn"]     # scope: suffix match on labels, `www.` ignored; an entry
//!                               # with a port ("127.0.0.1:8081") covers that port only
//! exclude_hosts = []            # hosts under `hosts` that are out of scope
//! feeds = ["https://dantri.com.vn/rss/home.rss"]
//! sitemaps = ["https://dantri.com.vn/sitemaps/articles.xml"]
//! listings = ["https://dantri.com.vn/xa-hoi.htm"]
//! article_pattern = '^/[a-z0-9-]+/[a-z0-9-]+-\d{17}\.htm$'   # regex over the URL path
//! exclude_pattern = '^/tac-gia/'                              # optional, over the path
//! article_id_pattern = '-(\d{17})\.htm$'  # optional; one capture group = the article id
//! next_selector = 'a[rel~="next"]'        # optional CSS: link to the next listing page
//! page_pattern = '/trang-\d+\.htm$'       # optional regex over path[?query]: listing pages
//! max_listing_pages = 5                   # default 5
//! delay_secs = 2.0                        # optional per-site delay
//! examples = ["https://dantri.com.vn/xa-hoi/...-20221224191050762.htm"]
//! ```
//!
//! [`CrawlConfig::from_toml`] validates everything and fails with the site and field named:
//! regexes and CSS compile, the id pattern has a capture group, seed URLs parse, are `http(s)`
//! and in the site's scope, `hosts` is not empty, names are unique. `examples` are article URLs
//! the patterns must accept (with an id when `article_id_pattern` is set), and listing URLs
//! must not look like articles: a pattern that drifts from the site fails at load time.
//!
//! [`adhoc`] builds a configuration for `--seed URL` runs without a file. Command-line flags
//! beat the file's crawl-wide settings, which beat the defaults: see
//! [`crate::crawl::CrawlPlan::resolve`].

use std::collections::HashSet;
use std::path::Path;

use regex::Regex;
use scraper::Selector;
use serde::Deserialize;
use url::Url;

use crate::crawl::discover::ListingRule;
use crate::urls::{clean_host, host_matches, is_web_url};

mod adhoc;

pub use adhoc::{
    adhoc, adhoc_site_name, ADHOC_ARTICLE_PATTERN, ADHOC_EXCLUDE_PATTERN, ADHOC_ID_PATTERN,
    ADHOC_NEXT_SELECTOR, ADHOC_PAGE_PATTERN,
};

/// Default per-host minimum delay between requests, in seconds.
pub const DEFAULT_DELAY_SECS: f64 = 1.0;
/// Default number of hosts fetched at once.
pub const DEFAULT_CONCURRENCY: usize = 8;
/// Default number of listing pages followed from one listing seed.
pub const DEFAULT_MAX_LISTING_PAGES: usize = 5;

/// Why a configuration could not be loaded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {reason}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        reason: String,
    },
    /// The text is not valid TOML or does not have the expected shape.
    #[error("invalid crawl config: {0}")]
    Toml(String),
    /// A crawl-wide setting is invalid.
    #[error("crawl config: {field}: {reason}")]
    Setting {
        /// The key.
        field: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// A site's field is invalid.
    #[error("site {site:?}: {field}: {reason}")]
    Site {
        /// The site's name.
        site: String,
        /// The field.
        field: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// Two sites have the same name.
    #[error("duplicate site name {0:?}")]
    DuplicateSite(String),
    /// The file defines no `[[site]]`.
    #[error("crawl config defines no [[site]]")]
    NoSites,
}

/// The whole crawl configuration. Crawl-wide settings are `None` when the file leaves them out:
/// [`crate::crawl::CrawlPlan::resolve`] applies the command line, then these, then defaults.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// User-Agent header.
    pub user_agent: Option<String>,
    /// Per-host minimum delay for sites that set none, in seconds.
    pub default_delay_secs: Option<f64>,
    /// Requests in flight across all hosts.
    pub concurrency: Option<usize>,
    /// Article pages fetched per run at most.
    pub max_pages: Option<usize>,
    /// Limit on one HTTP attempt, connection to end of body, in seconds.
    pub timeout_secs: Option<f64>,
    /// Largest accepted response body, after decompression, in bytes.
    pub max_body_bytes: Option<usize>,
    /// The sites, in file order.
    pub sites: Vec<SiteConfig>,
}

/// One outlet.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Unique name (`--site NAME`).
    pub name: String,
    /// Extract profile to use; `None` = chosen by host, else the generic extractor.
    pub profile: Option<String>,
    /// Hosts in scope, cleaned (lower case, no `www.`); subdomains match.
    pub hosts: Vec<String>,
    /// Hosts under `hosts` that are out of scope (cleaned).
    pub exclude_hosts: Vec<String>,
    /// RSS / Atom feeds.
    pub feeds: Vec<Url>,
    /// Sitemaps or sitemap indexes.
    pub sitemaps: Vec<Url>,
    /// Listing (category) pages to start from.
    pub listings: Vec<Url>,
    /// Article URLs, over the path.
    pub article_pattern: Regex,
    /// Paths that are never articles, over the path.
    pub exclude_pattern: Option<Regex>,
    /// The article id embedded in the URL: capture group 1, over the path.
    pub article_id_pattern: Option<Regex>,
    /// CSS selector of next-page links on listing pages.
    pub next_selector: Option<Selector>,
    /// Further listing pages, over `path[?query]`.
    pub page_pattern: Option<Regex>,
    /// Listing pages followed from one listing seed.
    pub max_listing_pages: usize,
    /// Per-host minimum delay for this site, in seconds.
    pub delay_secs: Option<f64>,
    /// Example article URLs (checked at load time).
    pub examples: Vec<Url>,
}

/// The file shape.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    user_agent: Option<String>,
    default_delay_secs: Option<f64>,
    concurrency: Option<usize>,
    max_pages: Option<usize>,
    timeout_secs: Option<f64>,
    max_body_bytes: Option<usize>,
    #[serde(default)]
    site: Vec<RawSite>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    name: String,
    profile: Option<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    exclude_hosts: Vec<String>,
    #[serde(default)]
    feeds: Vec<String>,
    #[serde(default)]
    sitemaps: Vec<String>,
    #[serde(default)]
    listings: Vec<String>,
    article_pattern: String,
    exclude_pattern: Option<String>,
    article_id_pattern: Option<String>,
    next_selector: Option<String>,
    page_pattern: Option<String>,
    max_listing_pages: Option<usize>,
    delay_secs: Option<f64>,
    #[serde(default)]
    examples: Vec<String>,
}

/// Why a User-Agent cannot be sent: empty, or with a control character (a newline would
/// inject a header).
pub fn check_user_agent(ua: &str) -> Result<(), String> {
    if ua.trim().is_empty() {
        return Err("empty".into());
    }
    if ua.chars().any(char::is_control) {
        return Err("contains control characters".into());
    }
    Ok(())
}

/// A `hosts` entry as URLs spell hosts: cleaned ([`clean_host`]) and IDNA-encoded like the `url`
/// crate does (`Bộ.vn` → `xn--b-8xm.vn`), with its port if any.
fn host_pattern(raw: &str) -> String {
    let cleaned = clean_host(raw);
    if cleaned.is_ascii() {
        return cleaned;
    }
    let (host, port) = split_pattern(&cleaned);
    let Some(ascii) =
        Url::parse(&format!("http://{host}/")).ok().and_then(|u| u.host_str().map(str::to_string))
    else {
        return cleaned;
    };
    match port {
        Some(p) => format!("{ascii}:{p}"),
        None => ascii,
    }
}

/// A cleaned `hosts` entry split into host and optional port (`127.0.0.1:8081`).
fn split_pattern(pattern: &str) -> (&str, Option<u16>) {
    match pattern.rsplit_once(':') {
        Some((host, port)) => match port.parse::<u16>() {
            Ok(p) => (host, Some(p)),
            Err(_) => (pattern, None),
        },
        None => (pattern, None),
    }
}

/// How specifically the `hosts` entry `pattern` covers a URL with cleaned `host` and effective
/// `port`: `None` when it does not, else (entry names a port, length of its host), so an entry
/// with the URL's port beats one without, and a longer host beats its parent domain.
fn pattern_match(host: &str, port: Option<u16>, pattern: &str) -> Option<(bool, usize)> {
    let (p_host, p_port) = split_pattern(pattern);
    let port_ok = p_port.is_none_or(|p| Some(p) == port);
    (port_ok && host_matches(host, p_host)).then_some((p_port.is_some(), p_host.len()))
}

/// The cleaned host and effective port of a web URL (`None` for other URLs).
fn url_host_port(url: &Url) -> Option<(String, Option<u16>)> {
    is_web_url(url)
        .then(|| (clean_host(url.host_str().unwrap_or_default()), url.port_or_known_default()))
}

fn valid_delay(d: f64) -> bool {
    d.is_finite() && (0.0..=3600.0).contains(&d)
}

impl CrawlConfig {
    /// Parses and validates a configuration (see the module documentation for the format).
    pub fn from_toml(text: &str) -> Result<CrawlConfig, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Toml(e.to_string()))?;
        if let Some(d) = raw.default_delay_secs.filter(|d| !valid_delay(*d)) {
            return Err(ConfigError::Setting {
                field: "default_delay_secs",
                reason: format!("{d} is not a delay between 0 and 3600 s"),
            });
        }
        if raw.concurrency == Some(0) {
            return Err(ConfigError::Setting {
                field: "concurrency",
                reason: "must be at least 1".into(),
            });
        }
        if let Some(t) = raw.timeout_secs.filter(|t| !(t.is_finite() && *t > 0.0 && *t <= 3600.0)) {
            return Err(ConfigError::Setting {
                field: "timeout_secs",
                reason: format!("{t} is not a timeout between 0 and 3600 s"),
            });
        }
        if raw.max_body_bytes == Some(0) {
            return Err(ConfigError::Setting {
                field: "max_body_bytes",
                reason: "must be at least 1".into(),
            });
        }
        if let Some(ua) = &raw.user_agent {
            if let Err(reason) = check_user_agent(ua) {
                return Err(ConfigError::Setting { field: "user_agent", reason });
            }
        }
        if raw.site.is_empty() {
            return Err(ConfigError::NoSites);
        }
        let mut names = HashSet::new();
        let mut sites = Vec::with_capacity(raw.site.len());
        for s in raw.site {
            if !names.insert(s.name.clone()) {
                return Err(ConfigError::DuplicateSite(s.name));
            }
            sites.push(build_site(s)?);
        }
        Ok(CrawlConfig {
            user_agent: raw.user_agent,
            default_delay_secs: raw.default_delay_secs,
            concurrency: raw.concurrency,
            max_pages: raw.max_pages,
            timeout_secs: raw.timeout_secs,
            max_body_bytes: raw.max_body_bytes,
            sites,
        })
    }

    /// Reads and validates a configuration file.
    pub fn from_file(path: &Path) -> Result<CrawlConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        CrawlConfig::from_toml(&text)
    }

    /// The site with this name.
    pub fn site(&self, name: &str) -> Option<&SiteConfig> {
        self.sites.iter().find(|s| s.name == name)
    }

    /// The site whose scope covers this URL; the most specific `hosts` entry wins (one naming
    /// the URL's port, then the longest host).
    pub fn site_for_url(&self, url: &Url) -> Option<&SiteConfig> {
        let (host, port) = url_host_port(url)?;
        self.sites
            .iter()
            .filter(|s| s.in_scope(url))
            .max_by_key(|s| s.hosts.iter().filter_map(|h| pattern_match(&host, port, h)).max())
    }

    /// Whether `url` is in the named site's scope (unknown site: `false`).
    pub fn in_scope(&self, site: &str, url: &Url) -> bool {
        self.site(site).is_some_and(|s| s.in_scope(url))
    }

    /// The article id embedded in `url` under the named site's `article_id_pattern`.
    pub fn article_id(&self, site: &str, url: &Url) -> Option<String> {
        self.site(site)?.article_id(url)
    }

    /// Whether `url` is an article of the named site: in scope, matching `article_pattern`
    /// and not `exclude_pattern`.
    pub fn is_article(&self, site: &str, url: &Url) -> bool {
        self.site(site).is_some_and(|s| s.is_article(url))
    }

    /// The per-host minimum delay the file gives the named site, in seconds: its own
    /// `delay_secs`, else `default_delay_secs`; `None` when the file sets neither.
    pub fn delay_secs(&self, site: &str) -> Option<f64> {
        self.site(site).and_then(|s| s.delay_secs).or(self.default_delay_secs)
    }
}

/// The configuration bundled with vnmon (`seeds/sites.toml`): the outlets `vnmon crawl`
/// monitors by default, and the URL rules (article ids) `import` and `reindex` identify
/// documents with when no other configuration is given.
pub const BUNDLED: &str = include_str!("../../../seeds/sites.toml");

impl CrawlConfig {
    /// The bundled configuration ([`BUNDLED`]).
    pub fn bundled() -> Result<CrawlConfig, ConfigError> {
        CrawlConfig::from_toml(BUNDLED)
    }
}

/// Site names and article ids for document identity: the index module asks the crawl
/// configuration through this trait, without depending on the crawler.
impl crate::index::SiteRules for CrawlConfig {
    fn site_name(&self, url: &Url) -> Option<String> {
        self.site_for_url(url).map(|s| s.name.clone())
    }

    fn article_id(&self, url: &Url) -> Option<String> {
        self.site_for_url(url)?.article_id(url)
    }

    fn in_site(&self, site: &str, url: &Url) -> bool {
        self.in_scope(site, url)
    }
}

impl SiteConfig {
    /// Whether `url` is `http(s)` on one of the site's hosts and not on an excluded one. A
    /// `hosts` entry with a port (`127.0.0.1:8081`) covers that port only, one without covers
    /// every port.
    pub fn in_scope(&self, url: &Url) -> bool {
        let Some((host, port)) = url_host_port(url) else { return false };
        self.hosts.iter().any(|h| pattern_match(&host, port, h).is_some())
            && !self.exclude_hosts.iter().any(|h| pattern_match(&host, port, h).is_some())
    }

    /// Whether `url` is an article of this site.
    pub fn is_article(&self, url: &Url) -> bool {
        self.in_scope(url) && self.path_is_article(url.path())
    }

    fn path_is_article(&self, path: &str) -> bool {
        self.article_pattern.is_match(path)
            && !self.exclude_pattern.as_ref().is_some_and(|x| x.is_match(path))
    }

    /// The article id embedded in the URL path (capture group 1 of `article_id_pattern`).
    pub fn article_id(&self, url: &Url) -> Option<String> {
        let pattern = self.article_id_pattern.as_ref()?;
        let id = pattern.captures(url.path())?.get(1)?.as_str();
        (!id.is_empty()).then(|| id.to_string())
    }

    /// The rule [`crate::crawl::discover::listing`] reads this site's listing pages with.
    pub fn listing_rule(&self) -> ListingRule {
        ListingRule {
            article_pattern: self.article_pattern.clone(),
            exclude_pattern: self.exclude_pattern.clone(),
            next_selector: self.next_selector.clone(),
            page_pattern: self.page_pattern.clone(),
            max_pages: self.max_listing_pages,
        }
    }
}

fn build_site(s: RawSite) -> Result<SiteConfig, ConfigError> {
    let name = s.name.trim().to_string();
    let err = |field: &'static str, reason: String| ConfigError::Site {
        site: name.clone(),
        field,
        reason,
    };
    if name.is_empty() {
        return Err(err("name", "empty".into()));
    }
    if let Some(p) = &s.profile {
        if p.trim().is_empty() {
            return Err(err("profile", "empty (omit the key to choose by host)".into()));
        }
    }
    let hosts: Vec<String> = s.hosts.iter().map(|h| host_pattern(h)).collect();
    if hosts.is_empty() {
        return Err(err("hosts", "at least one host is needed".into()));
    }
    let exclude_hosts: Vec<String> = s.exclude_hosts.iter().map(|h| host_pattern(h)).collect();
    for h in hosts.iter().chain(&exclude_hosts) {
        let (name, port) = split_pattern(h);
        let ok = !name.is_empty()
            && port != Some(0)
            && name
                .split('.')
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        if !ok {
            let field = if hosts.contains(h) { "hosts" } else { "exclude_hosts" };
            return Err(err(field, format!("{h:?} is not a host name")));
        }
    }
    let regex = |field: &'static str, pattern: &str| {
        Regex::new(pattern).map_err(|e| err(field, format!("invalid regex: {e}")))
    };
    let article_pattern = regex("article_pattern", &s.article_pattern)?;
    let exclude_pattern =
        s.exclude_pattern.as_deref().map(|p| regex("exclude_pattern", p)).transpose()?;
    let article_id_pattern =
        s.article_id_pattern.as_deref().map(|p| regex("article_id_pattern", p)).transpose()?;
    if let Some(p) = &article_id_pattern {
        if p.captures_len() < 2 {
            return Err(err("article_id_pattern", "needs one capture group (the id)".into()));
        }
    }
    let page_pattern = s.page_pattern.as_deref().map(|p| regex("page_pattern", p)).transpose()?;
    let next_selector = s
        .next_selector
        .as_deref()
        .map(|css| {
            Selector::parse(css).map_err(|e| err("next_selector", format!("invalid CSS: {e}")))
        })
        .transpose()?;
    let max_listing_pages = s.max_listing_pages.unwrap_or(DEFAULT_MAX_LISTING_PAGES);
    if let Some(d) = s.delay_secs {
        if !valid_delay(d) {
            return Err(err("delay_secs", format!("{d} is not a delay between 0 and 3600 s")));
        }
    }

    let mut site = SiteConfig {
        name: name.clone(),
        profile: s.profile.map(|p| p.trim().to_string()),
        hosts,
        exclude_hosts,
        feeds: Vec::new(),
        sitemaps: Vec::new(),
        listings: Vec::new(),
        article_pattern,
        exclude_pattern,
        article_id_pattern,
        next_selector,
        page_pattern,
        max_listing_pages,
        delay_secs: s.delay_secs,
        examples: Vec::new(),
    };
    site.feeds = seed_urls(&site, "feeds", &s.feeds)?;
    site.sitemaps = seed_urls(&site, "sitemaps", &s.sitemaps)?;
    site.listings = seed_urls(&site, "listings", &s.listings)?;
    site.examples = seed_urls(&site, "examples", &s.examples)?;

    for url in &site.listings {
        if site.is_article(url) {
            return Err(err("listings", format!("{url} matches article_pattern")));
        }
    }
    for url in &site.examples {
        if !site.is_article(url) {
            return Err(err("examples", format!("{url} is not accepted by article_pattern")));
        }
        if site.article_id_pattern.is_some() && site.article_id(url).is_none() {
            return Err(err("examples", format!("{url} has no id under article_id_pattern")));
        }
    }
    Ok(site)
}

/// Parses a list of URLs of a site: `http(s)` and in the site's scope.
fn seed_urls(
    site: &SiteConfig,
    field: &'static str,
    raw: &[String],
) -> Result<Vec<Url>, ConfigError> {
    raw.iter()
        .map(|u| {
            let err = |reason: String| ConfigError::Site { site: site.name.clone(), field, reason };
            let url = Url::parse(u.trim()).map_err(|e| err(format!("{u:?}: {e}")))?;
            if !site.in_scope(&url) {
                return Err(err(format!("{url} is not http(s) on the site's hosts")));
            }
            Ok(url)
        })
        .collect()
}

/// Parses a `--seed` value: an absolute `http(s)` URL with a host and without credentials.
/// The error names what is wrong in one line (and never repeats credentials).
pub fn parse_seed(s: &str) -> Result<Url, String> {
    let url = Url::parse(s.trim()).map_err(|e| format!("{s:?} is not an absolute URL ({e})"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("a seed URL must not carry credentials".into());
    }
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(format!("{s:?}: only http and https pages can be crawled, not {other}:"))
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("{s:?} has no host"));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
    }

    const MINIMAL: &str = r#"
[[site]]
name = "d"
hosts = ["www.D.vn"]
article_pattern = '^/[a-z-]+-\d+\.htm$'
"#;

    /// Error text (or "ok") for a config made of MINIMAL's site plus `extra` lines.
    fn check_error(text: &str, expected: &str) {
        let got = match CrawlConfig::from_toml(text) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        assert!(got.starts_with(expected), "config {text:?}\n got {got:?}\nwant {expected:?}");
    }

    #[test]
    fn config_errors() {
        let site = |extra: &str| format!("{MINIMAL}{extra}\n");
        let cases: Vec<(String, &str)> = vec![
            (MINIMAL.to_string(), "ok"),
            ("".to_string(), "crawl config defines no [[site]]"),
            ("[[site]]\nname = \"x\"\n".to_string(), "invalid crawl config"),
            (site("colour = 1"), "invalid crawl config"),
            (format!("concurrency = 0\n{MINIMAL}"), "crawl config: concurrency"),
            (format!("default_delay_secs = -1.0\n{MINIMAL}"), "crawl config: default_delay_secs"),
            (format!("user_agent = \" \"\n{MINIMAL}"), "crawl config: user_agent"),
            (format!("{MINIMAL}{MINIMAL}"), "duplicate site name \"d\""),
            (
                "[[site]]\nname = \"e\"\nhosts = []\narticle_pattern = 'x'\n".to_string(),
                "site \"e\": hosts:",
            ),
            (
                "[[site]]\nname = \"e\"\nhosts = [\"a b\"]\narticle_pattern = 'x'\n".to_string(),
                "site \"e\": hosts:",
            ),
            (
                "[[site]]\nname = \"e\"\nhosts = [\"e.vn:0\"]\narticle_pattern = 'x'\n".to_string(),
                "site \"e\": hosts:",
            ),
            (
                "[[site]]\nname = \"e\"\nhosts = [\"e.vn:8080\"]\narticle_pattern = 'x'\n".to_string(),
                "ok",
            ),
            (
                "[[site]]\nname = \"e\"\nhosts = [\"Bộ.VN:8080\"]\narticle_pattern = 'x'\n".to_string(),
                "ok",
            ),
            (
                "[[site]]\nname = \"e\"\nhosts = [\"e.vn\"]\narticle_pattern = '(['\n".to_string(),
                "site \"e\": article_pattern: invalid regex",
            ),
            (site("article_id_pattern = '-\\d+'"), "site \"d\": article_id_pattern: needs one capture"),
            (site("page_pattern = '*'"), "site \"d\": page_pattern: invalid regex"),
            (site("exclude_pattern = '(?<'"), "site \"d\": exclude_pattern: invalid regex"),
            (site("next_selector = 'a[['"), "site \"d\": next_selector: invalid CSS"),
            (site("feeds = [\"not a url\"]"), "site \"d\": feeds:"),
            (site("sitemaps = [\"https://other.vn/sitemap.xml\"]"), "site \"d\": sitemaps:"),
            (site("listings = [\"ftp://d.vn/x\"]"), "site \"d\": listings:"),
            (site("listings = [\"https://d.vn/bai-viet-12.htm\"]"), "site \"d\": listings: https://d.vn/bai-viet-12.htm matches"),
            (site("examples = [\"https://d.vn/kinh-te.htm\"]"), "site \"d\": examples:"),
            (
                site("article_id_pattern = '-(\\d{5,})\\.htm$'\nexamples = [\"https://d.vn/a-12.htm\"]"),
                "site \"d\": examples: https://d.vn/a-12.htm has no id",
            ),
            (site("delay_secs = nan"), "site \"d\": delay_secs"),
            (site("profile = \"\""), "site \"d\": profile"),
            (
                site("feeds = [\"https://m.d.vn/rss/home.rss\"]\nlistings = [\"https://www.d.vn/kinh-te.htm\"]\nexamples = [\"https://d.vn/tin-12.htm\"]\ndelay_secs = 2.5"),
                "ok",
            ),
        ];
        for (text, expected) in cases {
            check_error(&text, expected);
        }
    }

    #[test]
    fn defaults_and_lookups() {
        let text = format!("{MINIMAL}exclude_hosts = [\"news.d.vn\"]\narticle_id_pattern = '-(\\d+)\\.htm$'\nexclude_pattern = '^/video-'\ndelay_secs = 3.0\n");
        let cfg = CrawlConfig::from_toml(&text).expect("valid");
        assert_eq!(cfg.default_delay_secs, None);
        assert_eq!(cfg.concurrency, None);
        assert_eq!(cfg.delay_secs("d"), Some(3.0));
        assert_eq!(cfg.delay_secs("unknown"), None);
        assert_eq!(cfg.site("d").map(|s| s.hosts.clone()), Some(vec!["d.vn".to_string()]));
        // (url, in scope, article, id)
        let cases = [
            ("https://d.vn/tin-moi-123.htm", true, true, Some("123")),
            ("http://www.d.vn/tin-moi-123.htm", true, true, Some("123")),
            ("https://m.d.vn/tin-moi-123.htm", true, true, Some("123")),
            ("https://D.VN./tin-moi-123.htm", true, true, Some("123")),
            ("https://news.d.vn/tin-moi-123.htm", false, false, Some("123")),
            ("https://d.vn/video-moi-123.htm", true, false, Some("123")),
            ("https://d.vn/kinh-te.htm", true, false, None),
            ("https://notd.vn/tin-moi-123.htm", false, false, Some("123")),
            ("https://d.vn.evil.com/tin-moi-123.htm", false, false, Some("123")),
            ("ftp://d.vn/tin-moi-123.htm", false, false, Some("123")),
        ];
        for (u, scope, article, id) in cases {
            let u = url(u);
            assert_eq!(cfg.in_scope("d", &u), scope, "scope {u}");
            assert_eq!(cfg.is_article("d", &u), article, "article {u}");
            assert_eq!(cfg.article_id("d", &u).as_deref(), id, "id {u}");
            assert!(!cfg.in_scope("nope", &u));
        }
        assert_eq!(cfg.site_for_url(&url("https://m.d.vn/x")).map(|s| s.name.as_str()), Some("d"));
        assert!(cfg.site_for_url(&url("https://e.vn/x")).is_none());
    }

    /// seeds/sites.toml loads (load-time validation checks every example against its site's
    /// patterns), names known extract profiles, and covers the sites the crawler targets.
    #[test]
    fn bundled_sites_toml() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/sites.toml");
        let cfg = CrawlConfig::from_file(Path::new(path)).unwrap_or_else(|e| panic!("{e}"));
        let profiles: toml::Table =
            toml::from_str(crate::extract::profile::BUILTIN_TOML).expect("profiles.toml parses");
        let known: HashSet<&str> = profiles
            .get("profile")
            .and_then(|p| p.as_array())
            .map(|a| a.iter().filter_map(|p| p.get("name")?.as_str()).collect())
            .unwrap_or_default();
        for site in &cfg.sites {
            if let Some(p) = &site.profile {
                assert!(known.contains(p.as_str()), "site {}: unknown profile {p}", site.name);
            }
            assert!(!site.examples.is_empty(), "site {} has no examples", site.name);
            assert!(
                !site.feeds.is_empty() || !site.sitemaps.is_empty() || !site.listings.is_empty(),
                "site {} has no seed",
                site.name
            );
        }
        let names: Vec<&str> = cfg.sites.iter().map(|s| s.name.as_str()).collect();
        for want in ["dantri", "baochinhphu", "hanoimoi", "laodongxahoi"] {
            assert!(names.contains(&want), "{want} missing from {names:?}");
        }
        assert!(cfg.sites.len() >= 8, "{names:?}");
        // Each site's examples carry the ids sites.md gives.
        let ids: Vec<(String, String)> = cfg
            .sites
            .iter()
            .filter_map(|s| {
                let first = s.examples.first()?;
                Some((s.name.clone(), s.article_id(first).unwrap_or_default()))
            })
            .collect();
        let expect = [
            ("dantri", "20221224191050762"),
            ("baochinhphu", "102260905122709839"),
            ("laodong", "937597"),
        ];
        for (name, id) in expect {
            assert!(ids.contains(&(name.to_string(), id.to_string())), "{name}: {ids:?}");
        }
    }
}
