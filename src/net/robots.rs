//! robots.txt rules per origin, cached with expiry (RFC 9309).
//!
//! [`RobotsCache`] keeps one [`RobotsRules`] per [`Origin`] (scheme, host and port, as RFC 9309
//! scopes a robots.txt file; "host" below means an origin). The rules are derived from how the
//! fetch of `/robots.txt` went ([`RobotsRules::from_response`], [`RobotsRules::unreachable`]):
//!
//! * 2xx: the file is parsed with `texting_robots` for the crawler's product token (the part of
//!   the User-Agent before the first `/`), falling back to the `*` group;
//! * 4xx other than 429: "unavailable", everything is allowed;
//! * 429, 5xx, network errors: "unreachable", everything is disallowed — cached for the shorter
//!   error TTL so the host is retried sooner;
//! * redirects are followed by the fetcher (at most five hops); more hops count as unavailable.
//!
//! The fetching itself is done by [`Fetcher`](crate::net::Fetcher), through the same
//! politeness gate and exchange sink as every other request; this module holds no I/O.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::OwnedMutexGuard;
use tokio::time::Instant;
use url::Url;

use super::error::FetchError;
use crate::urls::Origin;

/// Largest robots.txt body parsed; RFC 9309 asks crawlers to parse at least 500 KiB.
pub const ROBOTS_MAX_BYTES: usize = 512 * 1024;

/// How a host's robots.txt applies.
#[derive(Debug)]
enum Policy {
    /// Parsed rules.
    Rules(texting_robots::Robot),
    /// Everything allowed (robots.txt unavailable or unparseable).
    AllowAll,
    /// Everything disallowed (robots.txt unreachable).
    DisallowAll,
}

/// The robots.txt verdict for one host.
#[derive(Debug)]
pub struct RobotsRules {
    /// The rules themselves.
    policy: Policy,
    /// Human-readable origin of the rules, e.g. `robots.txt 404: allow all`.
    pub source: String,
    /// `Crawl-delay` for our agent group, if present and a valid duration.
    pub crawl_delay: Option<Duration>,
    /// `Sitemap:` URLs, resolved against the robots.txt URL; invalid ones are dropped.
    pub sitemaps: Vec<Url>,
    /// True when the rules come from a failure (5xx, 429, network error) and should be cached
    /// only for the error TTL.
    pub is_error: bool,
    /// The network error that made robots.txt unreachable, if that is why everything is
    /// disallowed. [`Fetcher`](crate::net::Fetcher) reports it instead of `Blocked`,
    /// since the host itself is failing.
    pub failure: Option<FetchError>,
}

impl RobotsRules {
    /// Rules allowing everything, with `source` describing why.
    pub fn allow_all(source: impl Into<String>) -> RobotsRules {
        RobotsRules {
            policy: Policy::AllowAll,
            source: source.into(),
            crawl_delay: None,
            sitemaps: Vec::new(),
            is_error: false,
            failure: None,
        }
    }

    /// Rules for a robots.txt that could not be fetched (network error, timeout, ...):
    /// everything disallowed, cached for the error TTL.
    pub fn unreachable(error: FetchError) -> RobotsRules {
        RobotsRules {
            policy: Policy::DisallowAll,
            source: format!("robots.txt unreachable ({error})"),
            crawl_delay: None,
            sitemaps: Vec::new(),
            is_error: true,
            failure: Some(error),
        }
    }

    /// Rules from a robots.txt response with HTTP `status` and (decompressed) `body`, fetched
    /// from `robots_url`, for the crawler `agent` (product token, see [`agent_token`]).
    pub fn from_response(status: u16, body: &[u8], robots_url: &Url, agent: &str) -> RobotsRules {
        match status {
            200..=299 => Self::parse(body, robots_url, agent, status),
            429 | 500..=599 => RobotsRules {
                policy: Policy::DisallowAll,
                source: format!("robots.txt {status}: disallow all"),
                crawl_delay: None,
                sitemaps: Vec::new(),
                is_error: true,
                failure: None,
            },
            400..=499 => Self::allow_all(format!("robots.txt {status}: allow all")),
            // 1xx, an unfollowed 3xx or a non-standard code: treat as unavailable.
            _ => Self::allow_all(format!("robots.txt {status}: unavailable, allow all")),
        }
    }

    fn parse(body: &[u8], robots_url: &Url, agent: &str, status: u16) -> RobotsRules {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let body = &body[..body.len().min(ROBOTS_MAX_BYTES)];
        match texting_robots::Robot::new(agent, body) {
            Ok(robot) => {
                // Whole milliseconds: `0.4` is not exact as an f32.
                let crawl_delay = robot
                    .delay
                    .map(|secs| f64::from(secs) * 1000.0)
                    .filter(|ms| ms.is_finite() && *ms >= 0.0 && *ms < 1e12)
                    .map(|ms| Duration::from_millis(ms.round() as u64));
                let sitemaps =
                    robot.sitemaps.iter().filter_map(|s| robots_url.join(s.trim()).ok()).collect();
                RobotsRules {
                    policy: Policy::Rules(robot),
                    source: format!("robots.txt {status}"),
                    crawl_delay,
                    sitemaps,
                    is_error: false,
                    failure: None,
                }
            }
            Err(_) => Self::allow_all(format!("robots.txt {status}: unparseable, allow all")),
        }
    }

    /// Whether `url` may be fetched. `/robots.txt` itself is always allowed.
    pub fn allowed(&self, url: &Url) -> bool {
        if url.path() == "/robots.txt" {
            return true;
        }
        match &self.policy {
            Policy::Rules(robot) => robot.allowed(url.as_str()),
            Policy::AllowAll => true,
            Policy::DisallowAll => false,
        }
    }
}

/// The robots.txt product token of a User-Agent string: the text before the first `/` or
/// whitespace, e.g. `vnmon` for `vnmon/0.1 (+https://…)`.
pub fn agent_token(user_agent: &str) -> String {
    let token: String =
        user_agent.trim().chars().take_while(|c| *c != '/' && !c.is_whitespace()).collect();
    if token.is_empty() {
        "*".to_string()
    } else {
        token
    }
}

/// The `/robots.txt` URL governing `url` (same scheme, host and port).
pub fn robots_url(url: &Url) -> Option<Url> {
    url.host()?;
    let mut r = url.clone();
    r.set_path("/robots.txt");
    r.set_query(None);
    r.set_fragment(None);
    // Credentials in the page URL must not leak into the robots request.
    let _ = r.set_username("");
    let _ = r.set_password(None);
    Some(r)
}

/// A cached verdict with its expiry.
#[derive(Debug)]
pub(crate) struct CachedRules {
    /// The rules.
    pub(crate) rules: Arc<RobotsRules>,
    /// When they stop being valid.
    pub(crate) expires: Instant,
}

/// One host's cache slot. The async mutex is held while the host's robots.txt is being fetched,
/// so concurrent fetches to the same host wait for one robots request instead of each sending
/// their own.
pub(crate) type RobotsSlot = Arc<tokio::sync::Mutex<Option<CachedRules>>>;

/// Per-host robots.txt cache with expiry.
#[derive(Debug)]
pub struct RobotsCache {
    /// Product token matched against `User-agent:` lines.
    agent: String,
    /// Lifetime of rules from a successful fetch (2xx or 4xx).
    ttl: Duration,
    /// Lifetime of rules from a failed fetch (5xx, 429, network error).
    error_ttl: Duration,
    /// Slots by origin. A std mutex only held to look up or insert a slot.
    slots: Mutex<HashMap<Origin, RobotsSlot>>,
}

impl RobotsCache {
    /// A cache for `user_agent` (full UA string; its product token is used for matching),
    /// keeping successful results for `ttl` and failures for `error_ttl`.
    pub fn new(user_agent: &str, ttl: Duration, error_ttl: Duration) -> RobotsCache {
        RobotsCache {
            agent: agent_token(user_agent),
            ttl,
            error_ttl,
            slots: Mutex::new(HashMap::new()),
        }
    }

    /// The product token used for matching `User-agent:` groups.
    pub fn agent(&self) -> &str {
        &self.agent
    }

    pub(crate) fn slot(&self, origin: &Origin) -> RobotsSlot {
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = slots.get(origin) {
            return Arc::clone(slot);
        }
        Arc::clone(slots.entry(origin.clone()).or_default())
    }

    /// Locks `origin`'s slot, waiting while another task fetches its robots.txt.
    pub(crate) async fn lock(&self, origin: &Origin) -> OwnedMutexGuard<Option<CachedRules>> {
        self.slot(origin).lock_owned().await
    }

    /// Stores `rules` for `origin` in a locked slot, with the TTL matching their kind.
    pub(crate) fn store(
        &self,
        slot: &mut OwnedMutexGuard<Option<CachedRules>>,
        rules: RobotsRules,
    ) -> Arc<RobotsRules> {
        let ttl = if rules.is_error { self.error_ttl } else { self.ttl };
        let rules = Arc::new(rules);
        **slot = Some(CachedRules { rules: Arc::clone(&rules), expires: Instant::now() + ttl });
        rules
    }

    /// Stores `rules` for `origin`, replacing any cached ones (e.g. to preload rules).
    pub async fn insert(&self, origin: &Origin, rules: RobotsRules) -> Arc<RobotsRules> {
        let mut slot = self.lock(origin).await;
        self.store(&mut slot, rules)
    }

    /// The unexpired rules of `origin`, if cached and not being refreshed right now.
    pub fn get(&self, origin: &Origin) -> Option<Arc<RobotsRules>> {
        let slot = self.slot(origin);
        let guard = slot.try_lock().ok()?;
        guard.as_ref().filter(|c| c.expires > Instant::now()).map(|c| Arc::clone(&c.rules))
    }

    /// `Sitemap:` URLs of `origin`'s cached robots.txt (empty when not cached or expired).
    pub fn sitemaps(&self, origin: &Origin) -> Vec<Url> {
        self.get(origin).map(|r| r.sitemaps.clone()).unwrap_or_default()
    }

    /// `Crawl-delay` of `origin`'s cached robots.txt.
    pub fn crawl_delay(&self, origin: &Origin) -> Option<Duration> {
        self.get(origin).and_then(|r| r.crawl_delay)
    }

    /// Drops every cached entry (expired or not).
    pub fn clear(&self) {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }
}
