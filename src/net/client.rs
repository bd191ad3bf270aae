//! The [`Fetcher`]: redirects, retries, robots.txt and the politeness gate around every request.

use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use url::Url;

use super::error::FetchError;
use super::exchange::{Exchange, ExchangeSink};
use super::gate::{HostGate, DEFAULT_MAX_CONCURRENCY};
use super::resolver::{is_non_public, PublicOnlyResolver};
use super::robots::{robots_url, RobotsCache, RobotsRules, ROBOTS_MAX_BYTES};
use super::wire::{
    classify, error_chain, header_value, parse_retry_after, render_request, render_response,
};
use crate::urls::{clean_host, is_web_url, Origin};

/// The `Accept-Encoding` value sent with every request (all codings the client decodes).
const ACCEPT_ENCODING: &str = "gzip, deflate, br, zstd";
/// The `Accept` value sent with every request.
const ACCEPT: &str =
    "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,*/*;q=0.8";
/// Redirect hops followed for robots.txt (RFC 9309 §2.3.1.2).
const ROBOTS_MAX_REDIRECTS: usize = 5;

/// Fetcher settings.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// `User-Agent` header; its product token (before the first `/`) is matched against
    /// robots.txt groups.
    pub user_agent: String,
    /// Limit on establishing a TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// Limit on a whole attempt, from connecting to the end of the body.
    pub total_timeout: Duration,
    /// Largest accepted body, counted after decompression.
    pub max_body_bytes: usize,
    /// Largest number of redirect hops followed per fetch.
    pub max_redirects: usize,
    /// Retries after the first attempt on 5xx, 429, timeouts and connection failures.
    pub max_retries: u32,
    /// Base of the exponential backoff (`base * 2^attempt`, full jitter).
    pub backoff_base: Duration,
    /// Cap of the backoff and of honoured `Retry-After` values.
    pub backoff_max: Duration,
    /// Allow loopback, private, link-local and similar addresses (tests, intranets).
    pub allow_private: bool,
    /// Minimum pause between two requests to a host without a site delay of its own.
    pub default_delay: Duration,
    /// Lifetime of robots.txt rules from a successful (2xx/4xx) fetch.
    pub robots_ttl: Duration,
    /// Lifetime of "disallow all" rules caused by a failed robots.txt fetch (5xx, 429, network).
    pub robots_error_ttl: Duration,
    /// Upper bound applied to robots.txt `Crawl-delay` values.
    pub max_crawl_delay: Duration,
    /// Requests in flight across all hosts.
    pub max_concurrency: usize,
}

impl Default for FetchConfig {
    fn default() -> FetchConfig {
        FetchConfig {
            user_agent: "vnmon/0.1 (+https://example.invalid/vnmon; news monitoring)".to_string(),
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            max_retries: 3,
            backoff_base: Duration::from_secs(1),
            backoff_max: Duration::from_secs(60),
            allow_private: false,
            default_delay: Duration::from_secs(1),
            robots_ttl: Duration::from_secs(24 * 3600),
            robots_error_ttl: Duration::from_secs(600),
            max_crawl_delay: Duration::from_secs(60),
            max_concurrency: DEFAULT_MAX_CONCURRENCY,
        }
    }
}

/// Validators from an earlier fetch, sent as a conditional request.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Validators {
    /// Sent as `If-None-Match`.
    pub etag: Option<String>,
    /// Sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// A successful (2xx) response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The URL after redirects.
    pub final_url: Url,
    /// HTTP status code (2xx).
    pub status: u16,
    /// Response headers as received (minus codings the client decoded), in order; values that
    /// are not UTF-8 are decoded lossily.
    pub headers: Vec<(String, String)>,
    /// `Content-Type` header value.
    pub content_type: Option<String>,
    /// The decoded body.
    pub body: Vec<u8>,
    /// `ETag` header value.
    pub etag: Option<String>,
    /// `Last-Modified` header value.
    pub last_modified: Option<String>,
    /// The redirect targets followed, in order (empty without redirects; the last one equals
    /// `final_url`).
    pub redirects: Vec<Url>,
}

impl Response {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        header_value(&self.headers, name)
    }
}

/// Outcome of [`Fetcher::fetch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchResult {
    /// A 2xx response.
    Ok(Response),
    /// The server answered 304 to the conditional request: the stored copy is current.
    NotModified {
        /// The URL after redirects.
        final_url: Url,
    },
    /// robots.txt disallows the requested URL; nothing was sent for it.
    Blocked {
        /// Why, e.g. `robots.txt 200 disallows https://…`.
        reason: String,
    },
    /// The fetch failed.
    Failed(FetchError),
}

/// Per-fetch options of the redirect chain.
struct ChainOpts<'a> {
    /// Redirect targets must satisfy this, when set.
    scope: Option<&'a (dyn Fn(&Url) -> bool + Sync)>,
    /// Check robots.txt before each hop (off for robots.txt itself).
    check_robots: bool,
    /// Retries per hop.
    max_retries: u32,
    /// Hop limit.
    max_redirects: usize,
    /// Body cap.
    cap: usize,
    /// Keep the first `cap` bytes of a longer body instead of failing with `TooLarge`.
    truncate_ok: bool,
}

/// A response head and body read by one attempt.
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Shared state of a [`Fetcher`].
struct Inner {
    cfg: FetchConfig,
    client: reqwest::Client,
    sink: Arc<dyn ExchangeSink>,
    gate: HostGate,
    robots: RobotsCache,
    /// State of the jitter PRNG (splitmix64), advanced atomically.
    rng: AtomicU64,
}

/// The HTTP client of the crawler. Cheap to clone; clones share the gate, the robots cache, the
/// connection pool and the sink.
#[derive(Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher").field("cfg", &self.inner.cfg).finish_non_exhaustive()
    }
}

/// Whether `to` belongs to the same site as `from`: same host, ignoring a leading `www.` and
/// the scheme, and the same port apart from the scheme's default (`http://x` → `https://x` is
/// the same site, `http://x:8081` → `http://x:8082` is not). Ports are only compared between
/// web URLs: a redirect to `ftp://` on the same host stays "in scope" so that it fails as an
/// unsupported scheme. The default redirect scope of [`Fetcher::fetch`].
pub fn same_site(from: &Url, to: &Url) -> bool {
    match (Origin::of(from), Origin::of(to)) {
        (Some(a), Some(b)) => {
            let ports_differ = is_web_url(from) && is_web_url(to) && a.port() != b.port();
            clean_host(a.host()) == clean_host(b.host()) && !ports_differ
        }
        _ => false,
    }
}

impl Fetcher {
    /// A fetcher with settings `cfg`, reporting every exchange to `sink`.
    pub fn new(cfg: FetchConfig, sink: Arc<dyn ExchangeSink>) -> Result<Fetcher, FetchError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .retry(reqwest::retry::never())
            .no_proxy()
            .referer(false)
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.total_timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(2);
        if !cfg.allow_private {
            builder = builder.dns_resolver(PublicOnlyResolver);
        }
        let client = builder.build().map_err(|e| FetchError::Client(error_chain(&e)))?;
        let seed = Utc::now().timestamp_nanos_opt().unwrap_or_default() as u64
            ^ (std::process::id() as u64).rotate_left(32);
        Ok(Fetcher {
            inner: Arc::new(Inner {
                gate: HostGate::new(cfg.default_delay, cfg.max_concurrency),
                robots: RobotsCache::new(&cfg.user_agent, cfg.robots_ttl, cfg.robots_error_ttl),
                cfg,
                client,
                sink,
                rng: AtomicU64::new(seed),
            }),
        })
    }

    /// The settings.
    pub fn config(&self) -> &FetchConfig {
        &self.inner.cfg
    }

    /// The politeness gate, e.g. to set per-site delays with [`HostGate::set_delay`] (keys from
    /// [`Origin::of`]).
    pub fn gate(&self) -> &HostGate {
        &self.inner.gate
    }

    /// The robots.txt cache.
    pub fn robots(&self) -> &RobotsCache {
        &self.inner.robots
    }

    /// Fetches `url`, following redirects within the same site (see [`same_site`]).
    pub async fn fetch(&self, url: &Url, validators: &Validators) -> FetchResult {
        let origin = url.clone();
        let scope = move |u: &Url| same_site(&origin, u);
        self.fetch_scoped(url, validators, &scope).await
    }

    /// Fetches `url`, following only redirects whose target satisfies `scope`
    /// (others fail with [`FetchError::OutOfScope`]).
    pub async fn fetch_scoped(
        &self,
        url: &Url,
        validators: &Validators,
        scope: &(dyn Fn(&Url) -> bool + Sync),
    ) -> FetchResult {
        let cfg = &self.inner.cfg;
        let opts = ChainOpts {
            scope: Some(scope),
            check_robots: true,
            max_retries: cfg.max_retries,
            max_redirects: cfg.max_redirects,
            cap: cfg.max_body_bytes,
            truncate_ok: false,
        };
        self.run_chain(url, validators, &opts).await
    }

    /// The robots.txt rules governing `url`, fetching them if not cached or expired.
    pub async fn robots_rules(&self, url: &Url) -> Result<Arc<RobotsRules>, FetchError> {
        self.robots_rules_boxed(url).await
    }

    /// [`Fetcher::robots_rules`] behind a boxed future with a nameable type: the robots fetch
    /// runs the same redirect chain that checks robots.txt, and the box breaks that cycle.
    fn robots_rules_boxed<'a>(
        &'a self,
        url: &'a Url,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Arc<RobotsRules>, FetchError>> + Send + 'a>,
    > {
        Box::pin(self.load_robots(url))
    }

    async fn load_robots(&self, url: &Url) -> Result<Arc<RobotsRules>, FetchError> {
        let key = Origin::of(url).ok_or_else(|| FetchError::InvalidUrl(url.to_string()))?;
        let Some(robots) = robots_url(url) else {
            return Err(FetchError::InvalidUrl(url.to_string()));
        };
        let mut slot = self.inner.robots.lock(&key).await;
        if let Some(cached) = slot.as_ref() {
            if cached.expires > tokio::time::Instant::now() {
                return Ok(Arc::clone(&cached.rules));
            }
        }
        let opts = ChainOpts {
            scope: None,
            check_robots: false,
            max_retries: self.inner.cfg.max_retries.min(1),
            max_redirects: ROBOTS_MAX_REDIRECTS,
            cap: ROBOTS_MAX_BYTES.min(self.inner.cfg.max_body_bytes),
            truncate_ok: true,
        };
        let rules = match self.run_chain(&robots, &Validators::default(), &opts).await {
            FetchResult::Ok(resp) => {
                RobotsRules::from_response(resp.status, &resp.body, &resp.final_url, self.agent())
            }
            FetchResult::Failed(FetchError::Status(s)) => {
                RobotsRules::from_response(s, &[], &robots, self.agent())
            }
            FetchResult::Failed(
                e @ (FetchError::TooManyRedirects { .. } | FetchError::RedirectLoop { .. }),
            ) => RobotsRules::allow_all(format!("robots.txt unavailable ({e}): allow all")),
            FetchResult::Failed(e @ FetchError::PrivateAddress { .. }) => return Err(e),
            FetchResult::Failed(e) => RobotsRules::unreachable(e),
            // Neither happens for robots.txt (no validators, no robots check); be permissive.
            FetchResult::NotModified { .. } | FetchResult::Blocked { .. } => {
                RobotsRules::allow_all("robots.txt: unexpected answer, allow all")
            }
        };
        let delay = rules.crawl_delay.map(|d| d.min(self.inner.cfg.max_crawl_delay));
        self.inner.gate.set_crawl_delay(&key, delay);
        Ok(self.inner.robots.store(&mut slot, rules))
    }

    /// `Sitemap:` URLs from the robots.txt of `url`'s host, fetching it if needed.
    pub async fn robots_sitemaps(&self, url: &Url) -> Result<Vec<Url>, FetchError> {
        Ok(self.robots_rules(url).await?.sitemaps.clone())
    }

    fn agent(&self) -> &str {
        self.inner.robots.agent()
    }

    /// Rejects URLs that can never be fetched: bad scheme, no host, literal non-public IP.
    fn precheck(&self, url: &Url) -> Result<Origin, FetchError> {
        match url.scheme() {
            "http" | "https" => {}
            other => return Err(FetchError::UnsupportedScheme(other.to_string())),
        }
        let key = Origin::of(url).ok_or_else(|| FetchError::InvalidUrl(url.to_string()))?;
        if !self.inner.cfg.allow_private {
            let ip = match url.host() {
                Some(url::Host::Ipv4(v4)) => Some(IpAddr::V4(v4)),
                Some(url::Host::Ipv6(v6)) => Some(IpAddr::V6(v6)),
                _ => None,
            };
            if let Some(ip) = ip.filter(|ip| is_non_public(*ip)) {
                return Err(FetchError::PrivateAddress {
                    host: url.host_str().unwrap_or_default().to_string(),
                    addr: ip.to_string(),
                });
            }
        }
        Ok(key)
    }

    /// Follows the redirect chain from `start`.
    async fn run_chain(
        &self,
        start: &Url,
        validators: &Validators,
        opts: &ChainOpts<'_>,
    ) -> FetchResult {
        let mut current = start.clone();
        current.set_fragment(None);
        let mut visited: HashSet<String> = HashSet::from([current.to_string()]);
        let mut redirects: Vec<Url> = Vec::new();
        loop {
            let key = match self.precheck(&current) {
                Ok(k) => k,
                Err(e) => return FetchResult::Failed(e),
            };
            if opts.check_robots {
                let rules = match self.robots_rules_boxed(&current).await {
                    Ok(r) => r,
                    Err(e) => return FetchResult::Failed(e),
                };
                if !rules.allowed(&current) {
                    if let Some(failure) = &rules.failure {
                        return FetchResult::Failed(failure.clone());
                    }
                    if redirects.is_empty() {
                        let reason = format!("{} disallows {current}", rules.source);
                        return FetchResult::Blocked { reason };
                    }
                    return FetchResult::Failed(FetchError::RobotsDisallowed {
                        url: current.to_string(),
                    });
                }
            }
            let raw = match self.attempts(&key, &current, validators, opts).await {
                Ok(raw) => raw,
                Err(e) => return FetchResult::Failed(e),
            };
            let location = header_value(&raw.headers, "location");
            match (raw.status, location) {
                (301 | 302 | 303 | 307 | 308, Some(loc)) => {
                    let mut next = match current.join(loc.trim()) {
                        Ok(u) => u,
                        Err(e) => {
                            return FetchResult::Failed(FetchError::InvalidUrl(format!(
                                "{loc}: {e}"
                            )))
                        }
                    };
                    next.set_fragment(None);
                    if redirects.len() >= opts.max_redirects {
                        return FetchResult::Failed(FetchError::TooManyRedirects {
                            limit: opts.max_redirects,
                        });
                    }
                    if !visited.insert(next.to_string()) {
                        return FetchResult::Failed(FetchError::RedirectLoop {
                            url: next.to_string(),
                        });
                    }
                    if let Some(scope) = opts.scope {
                        if !scope(&next) {
                            return FetchResult::Failed(FetchError::OutOfScope {
                                url: next.to_string(),
                            });
                        }
                    }
                    redirects.push(next.clone());
                    current = next;
                }
                (304, _) => return FetchResult::NotModified { final_url: current },
                (200..=299, _) => {
                    let content_type = header_value(&raw.headers, "content-type").map(String::from);
                    let etag = header_value(&raw.headers, "etag").map(String::from);
                    let last_modified =
                        header_value(&raw.headers, "last-modified").map(String::from);
                    return FetchResult::Ok(Response {
                        final_url: current,
                        status: raw.status,
                        headers: raw.headers,
                        content_type,
                        body: raw.body,
                        etag,
                        last_modified,
                        redirects,
                    });
                }
                (status, _) => return FetchResult::Failed(FetchError::Status(status)),
            }
        }
    }

    /// One hop: attempts with retries, each through the gate and recorded to the sink.
    /// Returns the last response (whatever its status) or the last error.
    async fn attempts(
        &self,
        key: &Origin,
        url: &Url,
        validators: &Validators,
        opts: &ChainOpts<'_>,
    ) -> Result<Raw, FetchError> {
        let mut attempt: u32 = 0;
        loop {
            let permit = self.inner.gate.acquire(key).await;
            let (exchange, outcome) = self.send_once(url, validators, opts).await;
            drop(permit);
            self.inner.sink.record(exchange);
            let retry = match &outcome {
                Ok(raw) if raw.status == 429 || (500..=599).contains(&raw.status) => {
                    Some(header_value(&raw.headers, "retry-after").and_then(parse_retry_after))
                }
                Ok(_) => None,
                Err(e) if e.is_retryable() => Some(None),
                Err(_) => None,
            };
            match retry {
                Some(retry_after) if attempt < opts.max_retries => {
                    let wait = self.backoff(attempt, retry_after);
                    if retry_after.is_some() {
                        // The server asked the whole host to back off, not just this URL.
                        self.inner.gate.defer(key, tokio::time::Instant::now() + wait);
                    }
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                _ => return outcome,
            }
        }
    }

    /// Wait before retry number `attempt + 1`: `Retry-After` if given, else full jitter over
    /// `base * 2^attempt`; both capped at `backoff_max`.
    fn backoff(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let cfg = &self.inner.cfg;
        if let Some(d) = retry_after {
            return d.min(cfg.backoff_max);
        }
        let ceiling = cfg
            .backoff_base
            .checked_mul(2u32.saturating_pow(attempt.min(31)))
            .unwrap_or(cfg.backoff_max)
            .min(cfg.backoff_max);
        let r = self.next_random();
        // Uniform in [0, ceiling]: scale by a 53-bit fraction.
        ceiling.mul_f64((r >> 11) as f64 / (1u64 << 53) as f64)
    }

    /// splitmix64 step.
    fn next_random(&self) -> u64 {
        let mut z = self
            .inner
            .rng
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Sends one request and reads the response, returning the exchange record and outcome.
    async fn send_once(
        &self,
        url: &Url,
        validators: &Validators,
        opts: &ChainOpts<'_>,
    ) -> (Exchange, Result<Raw, FetchError>) {
        let mut headers: Vec<(&'static str, String)> = vec![
            ("user-agent", self.inner.cfg.user_agent.clone()),
            ("accept", ACCEPT.to_string()),
            ("accept-encoding", ACCEPT_ENCODING.to_string()),
        ];
        // Validators come from earlier responses: only send values that are valid header text.
        let valid = |v: &String| v.bytes().all(|b| b == b'\t' || (0x20..0x7f).contains(&b));
        if let Some(etag) = validators.etag.as_ref().filter(|v| valid(v)) {
            headers.push(("if-none-match", etag.clone()));
        }
        if let Some(lm) = validators.last_modified.as_ref().filter(|v| valid(v)) {
            headers.push(("if-modified-since", lm.clone()));
        }
        let mut exchange = Exchange {
            url: url.to_string(),
            at: Utc::now(),
            request: render_request(url, &headers),
            response: None,
            error: None,
        };
        let mut request = self.inner.client.get(url.clone());
        for (name, value) in &headers {
            request = request.header(*name, value.as_str());
        }
        let mut resp = match request.send().await {
            Ok(r) => r,
            Err(e) => {
                let err = classify(&e, false);
                exchange.error = Some(err.clone());
                return (exchange, Err(err));
            }
        };
        let status = resp.status();
        let resp_headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into()))
            .collect();
        let mut body: Vec<u8> = Vec::new();
        let mut failure: Option<FetchError> = None;
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    let room = opts.cap.saturating_sub(body.len());
                    if chunk.len() > room {
                        body.extend_from_slice(&chunk[..room]);
                        if !opts.truncate_ok {
                            failure = Some(FetchError::TooLarge { limit: opts.cap });
                        }
                        break;
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    failure = Some(classify(&e, true));
                    break;
                }
            }
        }
        exchange.response = Some(render_response(status, resp.headers(), &body));
        exchange.error = failure.clone();
        let outcome = match failure {
            Some(e) => Err(e),
            None => Ok(Raw { status: status.as_u16(), headers: resp_headers, body }),
        };
        (exchange, outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `same_site(from, to)` over a table.
    fn check_same_site(from: &str, to: &str, expected: bool) {
        let parse = |s: &str| Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(same_site(&parse(from), &parse(to)), expected, "{from} → {to}");
    }

    #[test]
    fn redirect_scope() {
        let cases = [
            ("http://x.vn/a", "https://x.vn/b", true),
            ("https://www.x.vn/a", "https://x.vn/b", true),
            ("https://x.vn:443/a", "https://x.vn/b", true),
            ("http://127.0.0.1:8081/a", "http://127.0.0.1:8081/b", true),
            ("http://127.0.0.1:8081/a", "http://127.0.0.1:8082/b", false),
            ("http://127.0.0.1:8081/a", "http://127.0.0.1/b", false),
            ("http://127.0.0.1:8081/a", "ftp://127.0.0.1/file", true),
            ("https://x.vn/a", "https://m.x.vn/b", false),
            ("https://x.vn/a", "mailto:a@x.vn", false),
        ];
        for (from, to, expected) in cases {
            check_same_site(from, to, expected);
        }
    }
}
