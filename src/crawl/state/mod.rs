//! Crawl state and frontier in SQLite.
//!
//! Files: `schema.rs` (schema and upgrades), `frontier.rs` (the queue), `outcomes.rs` (results,
//! the `indexed` table, records and counts); this file holds the types and the [`Frontier`]
//! trait.
//!
//! [`CrawlState`] owns one SQLite database (WAL journal, `synchronous = NORMAL`, a busy
//! timeout) that records every URL the crawler has discovered, the queue of URLs still to fetch
//! (the *frontier*), conditional-request validators, content hashes and the set of documents
//! that went into the search index. The frontier lives on disk: memory use does not grow with
//! the number of queued URLs (a 1M-URL frontier is exercised by `benches/frontier.rs`).
//!
//! # Concurrency
//!
//! There is exactly **one writer**: the crawler keeps the `CrawlState` in one task or behind a
//! mutex (`CrawlState` is `Send`, not `Sync`). Other processes may read the database with the
//! `sqlite3` shell while a crawl runs (WAL allows readers next to the writer).
//!
//! # Crash safety
//!
//! Every method commits before it returns: single statements run in autocommit mode and
//! multi-statement operations ([`CrawlState::enqueue_many`], [`CrawlState::next_batch`],
//! [`CrawlState::requeue_kinds`]) run in one explicit transaction each, so they apply
//! completely or not at all. With WAL and `synchronous = NORMAL` a committed transaction
//! survives a killed process (a power loss may lose the last transactions, never corrupt the
//! file). URLs handed out by [`CrawlState::next_batch`] are in state `fetching`; when the crawl
//! is killed, [`CrawlState::open`] puts them back to `queued`, so the next run fetches them
//! again. Exactly-once indexing across a crash is the index's business: the
//! [`Indexer`](crate::index::Indexer) recognises what a killed run already committed. The
//! `indexed` table is a record of what the crawl indexed ([`CrawlState::mark_indexed`], written
//! after the index commit that holds the document), for counts and inspection.
//!
//! # Schema (`PRAGMA user_version` = [`SCHEMA_VERSION`])
//!
//! Older files are upgraded on open (`schema.rs`): schema 1 gets the counts table and the new
//! queue index, schema 2's `host` column (`host[:port]`) is rewritten to origins.
//!
//! Table `urls`, one row per canonical URL ever discovered:
//!
//! | column | type | meaning |
//! |---|---|---|
//! | `id` | INTEGER PK | row id; FIFO tie-breaker in the queue |
//! | `url` | TEXT UNIQUE | canonical URL ([`crate::urls::canonicalize`]) |
//! | `host` | TEXT | origin, the politeness key ([`crate::urls::Origin`], `http://127.0.0.1:8081`) |
//! | `site` | TEXT | site name from the configuration |
//! | `kind` | TEXT | `robots`, `feed`, `sitemap`, `listing` or `article` ([`UrlKind`]) |
//! | `state` | TEXT | `queued`, `fetching`, `done`, `not_modified`, `failed`, `skipped`, `duplicate` ([`UrlState`]) |
//! | `priority` | INTEGER | higher is fetched first |
//! | `depth` | INTEGER | discovery hops from a seed |
//! | `next_fetch_at` | INTEGER | unix ms; a queued URL is due when `next_fetch_at <= now` |
//! | `attempts` | INTEGER | fetch attempts since the URL was last (re)queued by [`CrawlState::requeue`] |
//! | `http_status` | INTEGER | status of the last fetch (NULL when no response) |
//! | `etag`, `last_modified` | TEXT | validators of the last successful fetch, sent on re-fetch |
//! | `content_hash` | TEXT | hash of the fetched/extracted content |
//! | `article_id` | TEXT | id embedded in the URL ([`crate::urls::article_id`]) |
//! | `discovered_at`, `fetched_at` | INTEGER | unix ms |
//! | `error` | TEXT | last error message |
//! | `discovered_from` | TEXT | URL of the page, feed or sitemap that linked it |
//! | `published_hint` | TEXT | publication date announced by the feed or sitemap |
//!
//! Indexes on `urls`: `(state, next_fetch_at)` (next due time, crash recovery), a partial
//! index `(state, host, priority DESC, next_fetch_at) WHERE state = 'queued'` (the per-host
//! queues read by [`CrawlState::next_batch`]; `state` is in it so that the host walk and the
//! queue heads are answered from the index alone), `(site, article_id)` and `(content_hash)`
//! (partial, non-NULL only).
//!
//! Table `state_counts` (`site`, `state`, `n`; WITHOUT ROWID) holds the number of `urls` rows
//! per site and state. Triggers on `urls` keep it exact in the same transaction as the change, so
//! [`CrawlState::pending`] and [`CrawlState::counts`] do not scan the frontier. It is rebuilt
//! from `urls` whenever the schema is created or upgraded.
//!
//! Table `indexed`, one row per document in the search index: `key` (TEXT PK, the URL the
//! document was indexed under), `site`, `article_id`, `content_hash`, `indexed_at` (unix ms),
//! with indexes on `(site, article_id)` and `(content_hash)`. It records what the crawl indexed,
//! for counts and inspection; whether the same article under two URLs, or the same content twice,
//! is one document is decided by the [`Indexer`](crate::index::Indexer), not here.
//!
//! # Scheduling
//!
//! [`CrawlState::next_batch`] returns due URLs, highest priority first, with at most
//! [`CrawlState::per_host_limit`] URLs per host per batch and round-robin across hosts at equal
//! priority. It walks the distinct hosts of the queue with an index skip-scan (one B-tree
//! seek per host), then reads the head of each host's queue, so its cost grows with the number
//! of hosts, not with the number of queued URLs.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::Connection;
use url::Url;

mod frontier;
mod outcomes;
mod schema;

/// Version of the database schema, stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 3;

/// Default for [`CrawlState::per_host_limit`].
pub const DEFAULT_PER_HOST_LIMIT: usize = 2;

/// How long a statement waits for a lock held by another connection.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Page cache size in KiB (negative `cache_size` means KiB in SQLite).
const CACHE_KIB: i64 = 16 * 1024;

/// Errors of the crawl state.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// An SQLite call failed.
    #[error("crawl state database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer vnmon with an unknown schema.
    #[error("crawl state schema version {found} is not supported (expected {expected})")]
    UnsupportedSchema {
        /// `user_version` found in the file.
        found: i64,
        /// Version this build understands.
        expected: i64,
    },
    /// The URL is not in the state.
    #[error("url is not in the crawl state: {0}")]
    UnknownUrl(String),
    /// A stored value cannot be interpreted (e.g. an unknown state name written by hand).
    #[error("corrupt crawl state row: {0}")]
    Corrupt(String),
}

/// Result alias of this module.
pub type Result<T, E = StateError> = std::result::Result<T, E>;

/// What a URL is expected to contain; decides how the crawler parses the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UrlKind {
    /// A `robots.txt` file.
    Robots,
    /// An RSS or Atom feed.
    Feed,
    /// A sitemap or sitemap index.
    Sitemap,
    /// A listing (category, tag or pagination) page whose links are followed.
    Listing,
    /// An article page, extracted and indexed.
    Article,
}

impl UrlKind {
    /// All kinds, in declaration order.
    pub const ALL: [UrlKind; 5] =
        [UrlKind::Robots, UrlKind::Feed, UrlKind::Sitemap, UrlKind::Listing, UrlKind::Article];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            UrlKind::Robots => "robots",
            UrlKind::Feed => "feed",
            UrlKind::Sitemap => "sitemap",
            UrlKind::Listing => "listing",
            UrlKind::Article => "article",
        }
    }
}

impl fmt::Display for UrlKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for UrlKind {
    type Err = StateError;
    fn from_str(s: &str) -> Result<Self> {
        UrlKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| StateError::Corrupt(format!("unknown url kind {s:?}")))
    }
}

/// Life-cycle state of a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UrlState {
    /// Waiting in the frontier (due when `next_fetch_at <= now`).
    Queued,
    /// Handed out by [`CrawlState::next_batch`] and not finished yet.
    Fetching,
    /// Fetched and processed (an article: indexed).
    Done,
    /// The server answered `304 Not Modified` to a conditional request.
    NotModified,
    /// The fetch failed for good (after retries, or a permanent error).
    Failed,
    /// Deliberately not fetched or not processed (robots.txt, scope, age, content type).
    Skipped,
    /// Fetched, but the same article or content is already indexed under another URL.
    Duplicate,
}

impl UrlState {
    /// All states, in declaration order.
    pub const ALL: [UrlState; 7] = [
        UrlState::Queued,
        UrlState::Fetching,
        UrlState::Done,
        UrlState::NotModified,
        UrlState::Failed,
        UrlState::Skipped,
        UrlState::Duplicate,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            UrlState::Queued => "queued",
            UrlState::Fetching => "fetching",
            UrlState::Done => "done",
            UrlState::NotModified => "not_modified",
            UrlState::Failed => "failed",
            UrlState::Skipped => "skipped",
            UrlState::Duplicate => "duplicate",
        }
    }
}

impl fmt::Display for UrlState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for UrlState {
    type Err = StateError;
    fn from_str(s: &str) -> Result<Self> {
        UrlState::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| StateError::Corrupt(format!("unknown url state {s:?}")))
    }
}

/// A URL to add to the frontier.
#[derive(Debug, Clone)]
pub struct NewUrl<'a> {
    /// The URL, already canonical ([`crate::urls::canonicalize`]); stored as is.
    pub url: &'a Url,
    /// Site name from the configuration.
    pub site: &'a str,
    /// What the URL is expected to contain.
    pub kind: UrlKind,
    /// Higher is fetched first.
    pub priority: i32,
    /// Discovery hops from a seed.
    pub depth: u32,
    /// Earliest fetch time (unix ms); `None` means now.
    pub not_before: Option<i64>,
    /// The page, feed or sitemap that linked to this URL.
    pub discovered_from: Option<&'a str>,
    /// Publication date announced by the feed or sitemap (as written there).
    pub published_hint: Option<&'a str>,
}

/// Conditional-request validators of the last successful fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag` response header.
    pub etag: Option<String>,
    /// `Last-Modified` response header.
    pub last_modified: Option<String>,
}

/// A URL handed out by [`CrawlState::next_batch`], now in state `fetching`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedUrl {
    /// Row id.
    pub id: i64,
    /// The canonical URL.
    pub url: Url,
    /// Politeness key.
    pub host: String,
    /// Site name.
    pub site: String,
    /// What the URL is expected to contain.
    pub kind: UrlKind,
    /// Priority it was queued with.
    pub priority: i32,
    /// Discovery depth.
    pub depth: u32,
    /// Fetch attempts including this one.
    pub attempts: u32,
    /// The page, feed or sitemap that linked to it.
    pub discovered_from: Option<String>,
    /// Publication date announced by the feed or sitemap.
    pub published_hint: Option<String>,
    /// Validators to send as `If-None-Match` / `If-Modified-Since`.
    pub validators: Validators,
}

/// Result of processing one fetched URL, recorded by [`CrawlState::finish`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// New state (normally `done`, `not_modified`, `failed`, `skipped` or `duplicate`).
    pub state: UrlState,
    /// HTTP status of the final response, if any.
    pub http_status: Option<u16>,
    /// `ETag` of the response. With state `done` it replaces the stored one (also when
    /// `None`); otherwise `None` keeps the stored one.
    pub etag: Option<String>,
    /// `Last-Modified` of the response; same rule as `etag`.
    pub last_modified: Option<String>,
    /// Content hash; `None` keeps the stored one.
    pub content_hash: Option<String>,
    /// Article id; `None` keeps the stored one.
    pub article_id: Option<String>,
    /// Error message (stored as is; `None` clears it).
    pub error: Option<String>,
}

impl Outcome {
    /// An outcome with the given state and no other information.
    pub fn new(state: UrlState) -> Outcome {
        Outcome {
            state,
            http_status: None,
            etag: None,
            last_modified: None,
            content_hash: None,
            article_id: None,
            error: None,
        }
    }
}

/// Everything the state knows about one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlRecord {
    /// Row id.
    pub id: i64,
    /// Canonical URL.
    pub url: String,
    /// Politeness key.
    pub host: String,
    /// Site name.
    pub site: String,
    /// Kind.
    pub kind: UrlKind,
    /// Current state.
    pub state: UrlState,
    /// Priority.
    pub priority: i32,
    /// Discovery depth.
    pub depth: u32,
    /// Earliest next fetch (unix ms).
    pub next_fetch_at: i64,
    /// Attempts since the last requeue.
    pub attempts: u32,
    /// Last HTTP status.
    pub http_status: Option<u16>,
    /// Stored validators.
    pub validators: Validators,
    /// Content hash.
    pub content_hash: Option<String>,
    /// Article id.
    pub article_id: Option<String>,
    /// When it was discovered (unix ms).
    pub discovered_at: i64,
    /// When it was last finished (unix ms).
    pub fetched_at: Option<i64>,
    /// Last error.
    pub error: Option<String>,
    /// The page that linked to it.
    pub discovered_from: Option<String>,
    /// Publication date hint.
    pub published_hint: Option<String>,
}

/// Number of URLs per state for one site, from [`CrawlState::counts`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteCounts {
    /// Site name.
    pub site: String,
    /// Waiting in the frontier.
    pub queued: usize,
    /// Handed out and not finished.
    pub fetching: usize,
    /// Done.
    pub done: usize,
    /// Not modified (304).
    pub not_modified: usize,
    /// Failed.
    pub failed: usize,
    /// Skipped.
    pub skipped: usize,
    /// Duplicates of indexed documents.
    pub duplicate: usize,
}

/// The queue operations of a crawl frontier: a per-host partitioned priority queue with
/// next-visit times. [`CrawlState`] implements it on SQLite; another backend (Redis,
/// URLFrontier) can implement it later without touching the crawl loop.
pub trait Frontier {
    /// Error type of the backend.
    type Error: std::error::Error + Send + Sync + 'static;

    /// Adds a URL; `false` when it is already known (in any state).
    fn enqueue(&self, entry: &NewUrl<'_>) -> Result<bool, Self::Error>;

    /// Adds many URLs at once; returns how many were new.
    fn enqueue_many(&self, entries: &[NewUrl<'_>]) -> Result<usize, Self::Error>;

    /// Takes up to `limit` due URLs (highest priority first, a bounded number per host, none
    /// from `exclude_hosts`) and marks them in flight.
    fn next_batch(
        &self,
        now_ms: i64,
        limit: usize,
        exclude_hosts: &HashSet<String>,
    ) -> Result<Vec<QueuedUrl>, Self::Error>;

    /// Records the outcome of an in-flight URL.
    fn finish(&self, url: &str, outcome: &Outcome) -> Result<(), Self::Error>;

    /// Puts an in-flight URL back in the queue after a transient failure, due at `not_before`.
    fn retry_later(
        &self,
        url: &str,
        not_before: i64,
        error: Option<&str>,
    ) -> Result<bool, Self::Error>;

    /// Queues a known URL again (periodic re-fetch), due at `not_before`.
    fn requeue(&self, url: &str, not_before: i64) -> Result<bool, Self::Error>;

    /// Number of queued URLs (due or not), excluding those in flight.
    fn pending(&self) -> Result<usize, Self::Error>;

    /// Earliest `next_fetch_at` among queued URLs, `None` when the queue is empty.
    fn next_due(&self) -> Result<Option<i64>, Self::Error>;
}

/// The SQLite crawl state and frontier (see the module documentation).
#[derive(Debug)]
pub struct CrawlState {
    /// The single writer connection.
    conn: Connection,
    /// Maximum URLs per host in one [`CrawlState::next_batch`].
    per_host_limit: usize,
    /// How many in-flight URLs [`CrawlState::open`] put back in the queue.
    recovered: usize,
}

/// Current wall-clock time in unix milliseconds (0 if the clock is before 1970).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl CrawlState {
    /// Opens (creating if needed) the state database at `path`, configures it (WAL,
    /// `synchronous = NORMAL`, busy timeout), creates or checks the schema and puts URLs left
    /// `fetching` by a killed crawl back to `queued` (see [`CrawlState::recovered_in_flight`]).
    /// The parent directory must exist.
    pub fn open(path: &Path) -> Result<CrawlState> {
        let conn = Connection::open(path)?;
        CrawlState::setup(conn)
    }

    /// An in-memory state (for tests): same schema, nothing persists.
    pub fn open_in_memory() -> Result<CrawlState> {
        CrawlState::setup(Connection::open_in_memory()?)
    }

    /// How many URLs were in state `fetching` when the state was opened (a killed crawl) and
    /// were put back to `queued`.
    pub fn recovered_in_flight(&self) -> usize {
        self.recovered
    }

    /// Maximum number of URLs of one host in one [`CrawlState::next_batch`].
    pub fn per_host_limit(&self) -> usize {
        self.per_host_limit
    }

    /// Sets [`CrawlState::per_host_limit`] (0 is treated as 1).
    pub fn set_per_host_limit(&mut self, limit: usize) {
        self.per_host_limit = limit.max(1);
    }
}

impl Frontier for CrawlState {
    type Error = StateError;

    fn enqueue(&self, entry: &NewUrl<'_>) -> Result<bool> {
        CrawlState::enqueue(self, entry)
    }

    fn enqueue_many(&self, entries: &[NewUrl<'_>]) -> Result<usize> {
        CrawlState::enqueue_many(self, entries)
    }

    fn next_batch(
        &self,
        now_ms: i64,
        limit: usize,
        exclude_hosts: &HashSet<String>,
    ) -> Result<Vec<QueuedUrl>> {
        CrawlState::next_batch(self, now_ms, limit, exclude_hosts)
    }

    fn finish(&self, url: &str, outcome: &Outcome) -> Result<()> {
        CrawlState::finish(self, url, outcome)
    }

    fn retry_later(&self, url: &str, not_before: i64, error: Option<&str>) -> Result<bool> {
        CrawlState::retry_later(self, url, not_before, error)
    }

    fn requeue(&self, url: &str, not_before: i64) -> Result<bool> {
        CrawlState::requeue(self, url, not_before)
    }

    fn pending(&self) -> Result<usize> {
        CrawlState::pending(self)
    }

    fn next_due(&self) -> Result<Option<i64>> {
        CrawlState::next_due(self)
    }
}

/// Saturating conversion of a stored integer to `i32`.
fn clamp_i32(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(if v < 0 { i32::MIN } else { i32::MAX })
}

/// Saturating conversion of a stored integer to `u32` (negative → 0).
fn clamp_u32(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}
