//! Crawl state and frontier in SQLite.
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
//! again. Exactly-once indexing across a crash relies on the `indexed` table: the crawler checks
//! [`CrawlState::is_indexed`] / [`CrawlState::find_duplicate`] before indexing and calls
//! [`CrawlState::mark_indexed`] once the index commit holding the document has succeeded.
//!
//! # Schema (`PRAGMA user_version` = [`SCHEMA_VERSION`])
//!
//! Table `urls`, one row per canonical URL ever discovered:
//!
//! | column | type | meaning |
//! |---|---|---|
//! | `id` | INTEGER PK | row id; FIFO tie-breaker in the queue |
//! | `url` | TEXT UNIQUE | canonical URL ([`crate::crawl::urls::canonicalize`]) |
//! | `host` | TEXT | politeness key ([`crate::crawl::urls::host_key`]) |
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
//! | `article_id` | TEXT | id embedded in the URL ([`crate::crawl::urls::article_id`]) |
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
//! with indexes on `(site, article_id)` and `(content_hash)`. It is the source of truth for
//! deduplication: the same article under two URLs, or the same content twice, is indexed once.
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

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction, TransactionBehavior};
use url::Url;

use crate::crawl::urls::host_key;

/// Version of the database schema, stored in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 2;

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
    /// The URL, already canonical ([`crate::crawl::urls::canonicalize`]); stored as is.
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

/// SQL creating the current schema (every statement is idempotent).
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS urls (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    host            TEXT    NOT NULL,
    site            TEXT    NOT NULL,
    kind            TEXT    NOT NULL
        CHECK (kind IN ('robots', 'feed', 'sitemap', 'listing', 'article')),
    state           TEXT    NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'fetching', 'done', 'not_modified', 'failed', 'skipped',
                         'duplicate')),
    priority        INTEGER NOT NULL DEFAULT 0,
    depth           INTEGER NOT NULL DEFAULT 0,
    next_fetch_at   INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    http_status     INTEGER,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,
    article_id      TEXT,
    discovered_at   INTEGER NOT NULL,
    fetched_at      INTEGER,
    error           TEXT,
    discovered_from TEXT,
    published_hint  TEXT
);
CREATE INDEX IF NOT EXISTS urls_state_due ON urls (state, next_fetch_at);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (state, host, priority DESC, next_fetch_at)
    WHERE state = 'queued';
CREATE INDEX IF NOT EXISTS urls_site_article ON urls (site, article_id)
    WHERE article_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS urls_content_hash ON urls (content_hash)
    WHERE content_hash IS NOT NULL;
CREATE TABLE IF NOT EXISTS indexed (
    key          TEXT    PRIMARY KEY,
    site         TEXT    NOT NULL,
    article_id   TEXT,
    content_hash TEXT    NOT NULL,
    indexed_at   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS indexed_site_article ON indexed (site, article_id)
    WHERE article_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS indexed_content_hash ON indexed (content_hash);
CREATE TABLE IF NOT EXISTS state_counts (
    site  TEXT    NOT NULL,
    state TEXT    NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (site, state)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS urls_count_insert AFTER INSERT ON urls BEGIN
    INSERT INTO state_counts (site, state, n) VALUES (NEW.site, NEW.state, 1)
        ON CONFLICT (site, state) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS urls_count_update AFTER UPDATE OF site, state ON urls
    WHEN OLD.site IS NOT NEW.site OR OLD.state IS NOT NEW.state BEGIN
    UPDATE state_counts SET n = n - 1 WHERE site = OLD.site AND state = OLD.state;
    INSERT INTO state_counts (site, state, n) VALUES (NEW.site, NEW.state, 1)
        ON CONFLICT (site, state) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS urls_count_delete AFTER DELETE ON urls BEGIN
    UPDATE state_counts SET n = n - 1 WHERE site = OLD.site AND state = OLD.state;
END;
";

/// Rebuilds `state_counts` from `urls` (run when the schema is created or upgraded).
const SQL_RECOUNT: &str = "
DELETE FROM state_counts;
INSERT INTO state_counts (site, state, n)
    SELECT site, state, COUNT(*) FROM urls GROUP BY site, state;
";

/// Columns read by [`record_from_row`], in order.
const RECORD_COLUMNS: &str = "id, url, host, site, kind, state, priority, depth, next_fetch_at, \
     attempts, http_status, etag, last_modified, content_hash, article_id, discovered_at, \
     fetched_at, error, discovered_from, published_hint";

/// Walks the distinct hosts that have queued URLs (a skip-scan over the partial queue index).
const SQL_QUEUED_HOSTS: &str = "
WITH RECURSIVE h(host) AS (
    SELECT (SELECT MIN(host) FROM urls INDEXED BY urls_queue WHERE state = 'queued')
    UNION ALL
    SELECT (SELECT MIN(host) FROM urls INDEXED BY urls_queue
            WHERE state = 'queued' AND host > h.host)
    FROM h WHERE h.host IS NOT NULL
)
SELECT host FROM h WHERE host IS NOT NULL";

/// Head of one host's queue, read from the partial index alone (covering).
const SQL_HOST_HEAD: &str = "
SELECT id, priority, next_fetch_at
FROM urls INDEXED BY urls_queue
WHERE state = 'queued' AND host = ?1 AND next_fetch_at <= ?2
ORDER BY priority DESC, next_fetch_at, id
LIMIT ?3";

/// Marks one URL in flight and returns what the fetcher needs.
const SQL_TAKE: &str = "
UPDATE urls SET state = 'fetching', attempts = attempts + 1
WHERE id = ?1 AND state = 'queued'
RETURNING url, site, kind, priority, depth, attempts, discovered_from, published_hint, etag,
          last_modified";

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

    /// Configures a fresh connection, creates the schema and recovers in-flight rows.
    fn setup(conn: Connection) -> Result<CrawlState> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Returns the resulting mode ("wal", or "memory" for an in-memory database).
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;

        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if !(0..=SCHEMA_VERSION).contains(&version) {
            return Err(StateError::UnsupportedSchema { found: version, expected: SCHEMA_VERSION });
        }
        if version < SCHEMA_VERSION {
            let tx = Transaction::new_unchecked(&conn, TransactionBehavior::Immediate)?;
            // Schema 1 had `urls_queue` without the `state` column.
            tx.execute_batch("DROP INDEX IF EXISTS urls_queue")?;
            tx.execute_batch(SCHEMA)?;
            tx.execute_batch(SQL_RECOUNT)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        let recovered =
            conn.execute("UPDATE urls SET state = 'queued' WHERE state = 'fetching'", [])?;
        Ok(CrawlState { conn, per_host_limit: DEFAULT_PER_HOST_LIMIT, recovered })
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

    /// Adds a URL to the frontier in state `queued`; returns `false` (and changes nothing)
    /// when the URL is already known, whatever its state.
    pub fn enqueue(&self, entry: &NewUrl<'_>) -> Result<bool> {
        Ok(self.insert(entry, now_ms())?)
    }

    /// Adds many URLs in one transaction (much faster than one [`CrawlState::enqueue`] each);
    /// returns how many were new. All or nothing.
    pub fn enqueue_many(&self, entries: &[NewUrl<'_>]) -> Result<usize> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let now = now_ms();
        let mut added = 0;
        for e in entries {
            if self.insert(e, now)? {
                added += 1;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// Inserts one row unless the URL exists.
    fn insert(&self, e: &NewUrl<'_>, now: i64) -> rusqlite::Result<bool> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO urls (url, host, site, kind, state, priority, depth, next_fetch_at,
                               discovered_at, discovered_from, published_hint)
             VALUES (?1, ?2, ?3, ?4, 'queued', ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (url) DO NOTHING",
        )?;
        let n = stmt.execute(params![
            e.url.as_str(),
            host_key(e.url),
            e.site,
            e.kind.as_str(),
            e.priority,
            e.depth,
            e.not_before.unwrap_or(now),
            now,
            e.discovered_from,
            e.published_hint,
        ])?;
        Ok(n == 1)
    }

    /// Queues a known URL again, whatever its state, due at `not_before` (unix ms), with its
    /// attempt counter reset; validators, hash and article id are kept, so the re-fetch is
    /// conditional. Returns `false` when the URL is unknown. Used for the periodic re-fetch of
    /// robots.txt, feeds and sitemaps and for explicit re-crawls.
    pub fn requeue(&self, url: &str, not_before: i64) -> Result<bool> {
        let n = self
            .conn
            .prepare_cached(
                "UPDATE urls SET state = 'queued', next_fetch_at = ?2, attempts = 0 WHERE url = ?1",
            )?
            .execute(params![url, not_before])?;
        Ok(n == 1)
    }

    /// Queues again every URL of the given kinds (optionally of one site) that is not already
    /// queued or in flight, due at `not_before`; returns how many. A re-crawl run calls it with
    /// feeds, sitemaps, listings and robots, so articles already done are not re-fetched. One
    /// transaction.
    pub fn requeue_kinds(
        &self,
        kinds: &[UrlKind],
        site: Option<&str>,
        not_before: i64,
    ) -> Result<usize> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let mut total = 0;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE urls SET state = 'queued', next_fetch_at = ?2, attempts = 0
                 WHERE kind = ?1 AND state NOT IN ('queued', 'fetching')
                   AND (?3 IS NULL OR site = ?3)",
            )?;
            for kind in kinds {
                total += stmt.execute(params![kind.as_str(), not_before, site])?;
            }
        }
        tx.commit()?;
        Ok(total)
    }

    /// Puts a URL back in the queue after a transient failure (5xx, 429, timeout), due at
    /// `not_before`, recording `error`. The attempt counter is kept (it counts retries).
    /// Returns `false` when the URL is unknown.
    pub fn retry_later(&self, url: &str, not_before: i64, error: Option<&str>) -> Result<bool> {
        let n = self
            .conn
            .prepare_cached(
                "UPDATE urls SET state = 'queued', next_fetch_at = ?2, error = ?3,
                                 fetched_at = ?4
                 WHERE url = ?1",
            )?
            .execute(params![url, not_before, error, now_ms()])?;
        Ok(n == 1)
    }

    /// Takes up to `limit` due URLs (`queued` with `next_fetch_at <= now_ms`) and marks them
    /// `fetching`, atomically (one immediate transaction).
    ///
    /// Order: higher priority first; at equal priority the hosts take turns (every host's first
    /// URL before any host's second), then earlier `next_fetch_at`, then discovery order. At
    /// most [`CrawlState::per_host_limit`] URLs per host, none from `exclude_hosts` (hosts the
    /// caller is still busy with). A stored URL that no longer parses is marked `failed`.
    pub fn next_batch(
        &self,
        now_ms: i64,
        limit: usize,
        exclude_hosts: &HashSet<String>,
    ) -> Result<Vec<QueuedUrl>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let per_host = self.per_host_limit.min(limit);
        let per_host_sql = i64::try_from(per_host).unwrap_or(i64::MAX);

        let hosts: Vec<String> = {
            let mut stmt = tx.prepare_cached(SQL_QUEUED_HOSTS)?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };

        // Phase 1, index only: the heads of the per-host queues, sorted by
        // (negated priority, rank in host, next_fetch_at, id).
        let mut candidates: Vec<(i64, usize, i64, i64, usize)> = Vec::new();
        {
            let mut stmt = tx.prepare_cached(SQL_HOST_HEAD)?;
            for (h, host) in hosts.iter().enumerate() {
                if exclude_hosts.contains(host) {
                    continue;
                }
                let mut rows = stmt.query(params![host, now_ms, per_host_sql])?;
                let mut rank = 0;
                while let Some(row) = rows.next()? {
                    let id: i64 = row.get(0)?;
                    let priority: i64 = row.get(1)?;
                    let next_fetch_at: i64 = row.get(2)?;
                    candidates.push((priority.saturating_neg(), rank, next_fetch_at, id, h));
                    rank += 1;
                }
            }
        }
        candidates.sort_unstable();
        candidates.truncate(limit);

        // Phase 2: take the winners, reading their rows as they are updated.
        let mut out = Vec::with_capacity(candidates.len());
        {
            let mut take = tx.prepare_cached(SQL_TAKE)?;
            let mut fail = tx.prepare_cached(
                "UPDATE urls SET state = 'failed', error = ?2, fetched_at = ?3 WHERE id = ?1",
            )?;
            for &(_, _, _, id, h) in &candidates {
                let Some(row) = take.query_row([id], TakenRow::from_row).optional()? else {
                    continue;
                };
                let url = match Url::parse(&row.url) {
                    Ok(u) => u,
                    Err(e) => {
                        let error = format!("stored url does not parse: {e}");
                        fail.execute(params![id, error, now_ms])?;
                        continue;
                    }
                };
                out.push(QueuedUrl {
                    id,
                    url,
                    host: hosts.get(h).cloned().unwrap_or_default(),
                    site: row.site,
                    kind: row.kind.parse()?,
                    priority: clamp_i32(row.priority),
                    depth: clamp_u32(row.depth),
                    attempts: clamp_u32(row.attempts),
                    discovered_from: row.discovered_from,
                    published_hint: row.published_hint,
                    validators: Validators { etag: row.etag, last_modified: row.last_modified },
                });
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Stored validators of a URL (both `None` for an unknown URL or one never fetched).
    pub fn validators(&self, url: &str) -> Result<Validators> {
        let v = self
            .conn
            .prepare_cached("SELECT etag, last_modified FROM urls WHERE url = ?1")?
            .query_row([url], |r| Ok(Validators { etag: r.get(0)?, last_modified: r.get(1)? }))
            .optional()?;
        Ok(v.unwrap_or_default())
    }

    /// Records the outcome of a fetched URL (see [`Outcome`] for which fields replace stored
    /// values). Sets `fetched_at` to now. Fails with [`StateError::UnknownUrl`] when the URL
    /// is not in the state.
    pub fn finish(&self, url: &str, outcome: &Outcome) -> Result<()> {
        let n = self
            .conn
            .prepare_cached(
                "UPDATE urls SET
                    state = ?2,
                    http_status = ?3,
                    etag = CASE WHEN ?2 = 'done' THEN ?4 ELSE COALESCE(?4, etag) END,
                    last_modified = CASE WHEN ?2 = 'done' THEN ?5
                                         ELSE COALESCE(?5, last_modified) END,
                    content_hash = COALESCE(?6, content_hash),
                    article_id = COALESCE(?7, article_id),
                    error = ?8,
                    fetched_at = ?9
                 WHERE url = ?1",
            )?
            .execute(params![
                url,
                outcome.state.as_str(),
                outcome.http_status,
                outcome.etag,
                outcome.last_modified,
                outcome.content_hash,
                outcome.article_id,
                outcome.error,
                now_ms(),
            ])?;
        if n == 0 {
            return Err(StateError::UnknownUrl(url.to_owned()));
        }
        Ok(())
    }

    /// An already indexed document that makes `url` a duplicate: one of the same `site` with
    /// the same `article_id`, or (any site) one with the same `content_hash`. Documents indexed
    /// under `url` itself do not count (a re-fetch of the same URL is an update, see
    /// [`CrawlState::is_indexed`]). Returns the key of the indexed document.
    pub fn find_duplicate(
        &self,
        site: &str,
        article_id: Option<&str>,
        content_hash: &str,
        url: &str,
    ) -> Result<Option<String>> {
        if let Some(id) = article_id {
            let hit: Option<String> = self
                .conn
                .prepare_cached(
                    "SELECT key FROM indexed
                     WHERE site = ?1 AND article_id = ?2 AND key <> ?3 LIMIT 1",
                )?
                .query_row(params![site, id, url], |r| r.get(0))
                .optional()?;
            if hit.is_some() {
                return Ok(hit);
            }
        }
        Ok(self
            .conn
            .prepare_cached(
                "SELECT key FROM indexed WHERE content_hash = ?1 AND key <> ?2 LIMIT 1",
            )?
            .query_row(params![content_hash, url], |r| r.get(0))
            .optional()?)
    }

    /// Records that a document is in the search index under `key` (normally its canonical
    /// URL), with its site, article id and content hash; replaces an earlier record of the
    /// same key. Call it after the index commit that holds the document.
    pub fn mark_indexed(
        &self,
        key: &str,
        site: &str,
        article_id: Option<&str>,
        content_hash: &str,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO indexed (key, site, article_id, content_hash, indexed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO UPDATE SET site = excluded.site,
                     article_id = excluded.article_id, content_hash = excluded.content_hash,
                     indexed_at = excluded.indexed_at",
            )?
            .execute(params![key, site, article_id, content_hash, now_ms()])?;
        Ok(())
    }

    /// The content hash a document was indexed with under `key`, `None` if it is not indexed.
    pub fn is_indexed(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT content_hash FROM indexed WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// Number of documents recorded as indexed.
    pub fn indexed_count(&self) -> Result<usize> {
        let n: i64 = self.conn.query_row("SELECT COUNT(*) FROM indexed", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Everything stored about one URL, `None` if unknown.
    pub fn record(&self, url: &str) -> Result<Option<UrlRecord>> {
        let sql = format!("SELECT {RECORD_COLUMNS} FROM urls WHERE url = ?1");
        let raw =
            self.conn.prepare_cached(&sql)?.query_row([url], RawRecord::from_row).optional()?;
        raw.map(RawRecord::into_record).transpose()
    }

    /// URL counts per site and state, sorted by site name. Read from the `state_counts` table
    /// that triggers keep up to date, so it costs one small table scan whatever the frontier
    /// size.
    pub fn counts(&self) -> Result<Vec<SiteCounts>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT site, state, n FROM state_counts WHERE n > 0 ORDER BY site, state",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<SiteCounts> = Vec::new();
        while let Some(row) = rows.next()? {
            let site: String = row.get(0)?;
            let state: String = row.get(1)?;
            let n = usize::try_from(row.get::<_, i64>(2)?).unwrap_or(0);
            if out.last().is_none_or(|c| c.site != site) {
                out.push(SiteCounts { site: site.clone(), ..SiteCounts::default() });
            }
            if let Some(c) = out.last_mut() {
                let slot = match state.parse::<UrlState>()? {
                    UrlState::Queued => &mut c.queued,
                    UrlState::Fetching => &mut c.fetching,
                    UrlState::Done => &mut c.done,
                    UrlState::NotModified => &mut c.not_modified,
                    UrlState::Failed => &mut c.failed,
                    UrlState::Skipped => &mut c.skipped,
                    UrlState::Duplicate => &mut c.duplicate,
                };
                *slot += n;
            }
        }
        Ok(out)
    }

    /// Number of queued URLs (due now or later), not counting those in flight. Cheap (reads
    /// `state_counts`): fine for a progress line every fraction of a second.
    pub fn pending(&self) -> Result<usize> {
        self.count_state(UrlState::Queued)
    }

    /// Number of URLs handed out and not finished yet.
    pub fn in_flight(&self) -> Result<usize> {
        self.count_state(UrlState::Fetching)
    }

    /// Number of URLs in one state, summed over sites.
    fn count_state(&self, state: UrlState) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT COALESCE(SUM(n), 0) FROM state_counts WHERE state = ?1")?
            .query_row([state.as_str()], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Earliest `next_fetch_at` among queued URLs (`None` when nothing is queued): the crawl
    /// loop sleeps until then when [`CrawlState::next_batch`] returns nothing. One index seek.
    pub fn next_due(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT MIN(next_fetch_at) FROM urls WHERE state = 'queued'")?
            .query_row([], |r| r.get(0))?)
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

/// The columns returned by [`SQL_TAKE`].
struct TakenRow {
    /// Canonical URL text.
    url: String,
    /// Site name.
    site: String,
    /// Kind name.
    kind: String,
    /// Priority.
    priority: i64,
    /// Depth.
    depth: i64,
    /// Attempts, including this one.
    attempts: i64,
    /// Linking page.
    discovered_from: Option<String>,
    /// Publication date hint.
    published_hint: Option<String>,
    /// Stored `ETag`.
    etag: Option<String>,
    /// Stored `Last-Modified`.
    last_modified: Option<String>,
}

impl TakenRow {
    /// Reads the `RETURNING` columns.
    fn from_row(r: &Row<'_>) -> rusqlite::Result<TakenRow> {
        Ok(TakenRow {
            url: r.get(0)?,
            site: r.get(1)?,
            kind: r.get(2)?,
            priority: r.get(3)?,
            depth: r.get(4)?,
            attempts: r.get(5)?,
            discovered_from: r.get(6)?,
            published_hint: r.get(7)?,
            etag: r.get(8)?,
            last_modified: r.get(9)?,
        })
    }
}

/// A `urls` row as stored, before the enum columns are parsed.
struct RawRecord {
    /// Row id.
    id: i64,
    /// Columns 1–3: url, host, site.
    url: String,
    /// Politeness key.
    host: String,
    /// Site name.
    site: String,
    /// Kind name.
    kind: String,
    /// State name.
    state: String,
    /// Remaining integer columns: priority, depth, next_fetch_at, attempts.
    ints: [i64; 4],
    /// HTTP status.
    http_status: Option<i64>,
    /// etag, last_modified, content_hash, article_id.
    texts: [Option<String>; 4],
    /// discovered_at.
    discovered_at: i64,
    /// fetched_at.
    fetched_at: Option<i64>,
    /// error, discovered_from, published_hint.
    tail: [Option<String>; 3],
}

impl RawRecord {
    /// Reads the columns of [`RECORD_COLUMNS`].
    fn from_row(r: &Row<'_>) -> rusqlite::Result<RawRecord> {
        Ok(RawRecord {
            id: r.get(0)?,
            url: r.get(1)?,
            host: r.get(2)?,
            site: r.get(3)?,
            kind: r.get(4)?,
            state: r.get(5)?,
            ints: [r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?],
            http_status: r.get(10)?,
            texts: [r.get(11)?, r.get(12)?, r.get(13)?, r.get(14)?],
            discovered_at: r.get(15)?,
            fetched_at: r.get(16)?,
            tail: [r.get(17)?, r.get(18)?, r.get(19)?],
        })
    }

    /// Parses the enum columns.
    fn into_record(self) -> Result<UrlRecord> {
        let [priority, depth, next_fetch_at, attempts] = self.ints;
        let [etag, last_modified, content_hash, article_id] = self.texts;
        let [error, discovered_from, published_hint] = self.tail;
        Ok(UrlRecord {
            id: self.id,
            url: self.url,
            host: self.host,
            site: self.site,
            kind: self.kind.parse()?,
            state: self.state.parse()?,
            priority: clamp_i32(priority),
            depth: clamp_u32(depth),
            next_fetch_at,
            attempts: clamp_u32(attempts),
            http_status: self.http_status.and_then(|s| u16::try_from(s).ok()),
            validators: Validators { etag, last_modified },
            content_hash,
            article_id,
            discovered_at: self.discovered_at,
            fetched_at: self.fetched_at,
            error,
            discovered_from,
            published_hint,
        })
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
