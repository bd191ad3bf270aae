//! The database schema, its creation and its upgrades (`PRAGMA user_version`).

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use url::Url;

use super::frontier::host_column;
use super::{
    CrawlState, Result, StateError, BUSY_TIMEOUT, CACHE_KIB, DEFAULT_PER_HOST_LIMIT, SCHEMA_VERSION,
};

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

/// Schema 3 keys the `host` column by origin (`http://127.0.0.1:8081`) instead of `host[:port]`:
/// rewrites it for every stored URL. Rows are read in rowid order and only `host` changes, so
/// updating while the scan runs is safe.
fn rekey_hosts(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut read = tx.prepare("SELECT id, url FROM urls ORDER BY id")?;
    let mut write = tx.prepare("UPDATE urls SET host = ?2 WHERE id = ?1 AND host IS NOT ?2")?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let url: String = row.get(1)?;
        let host = Url::parse(&url).map(|u| host_column(&u)).unwrap_or_default();
        write.execute(params![id, host])?;
    }
    Ok(())
}

impl CrawlState {
    /// Configures a fresh connection, creates the schema and recovers in-flight rows.
    pub(super) fn setup(conn: Connection) -> Result<CrawlState> {
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
            if (1..3).contains(&version) {
                rekey_hosts(&tx)?;
            }
            tx.execute_batch(SQL_RECOUNT)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        }
        let recovered =
            conn.execute("UPDATE urls SET state = 'queued' WHERE state = 'fetching'", [])?;
        Ok(CrawlState { conn, per_host_limit: DEFAULT_PER_HOST_LIMIT, recovered })
    }
}
