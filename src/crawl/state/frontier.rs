//! The queue side of the state: adding URLs, handing out due batches spread across origins,
//! putting URLs back.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Row, Transaction, TransactionBehavior};
use url::Url;

use super::{
    clamp_i32, clamp_u32, now_ms, CrawlState, NewUrl, QueuedUrl, Result, UrlKind, Validators,
};
use crate::urls::Origin;

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

/// The `host` column of a URL: its [`Origin`] (`http://127.0.0.1:8081`,
/// `https://dantri.com.vn`), the key of the politeness gate, so per-host spreading and
/// politeness agree; empty for a URL without a host.
pub(super) fn host_column(url: &Url) -> String {
    Origin::of(url).map(|o| o.to_string()).unwrap_or_default()
}

impl CrawlState {
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
            host_column(e.url),
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
