//! The results side of the state: outcomes of fetches, validators, the `indexed` table (a record
//! of what the crawl indexed, for counts and inspection; deduplication is the Indexer's), records
//! and counts.

use rusqlite::{params, OptionalExtension, Row};

use super::{
    clamp_i32, clamp_u32, now_ms, CrawlState, Outcome, Result, SiteCounts, StateError, UrlRecord,
    UrlState, Validators,
};

/// Columns read by [`record_from_row`], in order.
const RECORD_COLUMNS: &str = "id, url, host, site, kind, state, priority, depth, next_fetch_at, \
     attempts, http_status, etag, last_modified, content_hash, article_id, discovered_at, \
     fetched_at, error, discovered_from, published_hint";

impl CrawlState {
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
