//! The crawler: discovery, polite fetching, archiving, and the same ingest path as `import`.
//!
//! ## Shape
//!
//! One **coordinator** task owns everything that writes: the crawl state ([`state::CrawlState`],
//! SQLite), the index writer and the WARC archive's metadata records. **Fetch tasks** (one per
//! URL in flight, at most [`CrawlOptions::concurrency`]) only fetch through the
//! [`net::Fetcher`] — which applies robots.txt and the per-origin politeness gate to every
//! request, retries included — and, for articles, run [`ingest::process`] on a blocking thread.
//! They send their results back by returning from the task; the coordinator applies them.
//!
//! ## Crash safety
//!
//! Every HTTP exchange is written to the WARC archive as it happens. An article's URL stays
//! `fetching` in the state database until the index commit that holds it; only then is it marked
//! `done` and recorded as indexed. A crawl killed at any moment therefore resumes by re-fetching
//! the URLs that were in flight (the state resets them to `queued` on open), and re-indexing one
//! replaces the document with the same key: every article ends up in the index exactly once.
//!
//! ## Dedup
//!
//! The document key is the canonical URL ([`urls::canonicalize`] of the page's
//! `<link rel=canonical>` when it is in the site's scope, else of the final URL). A page whose
//! site-specific article id or whose text hash is already indexed under another key is a
//! duplicate and is not indexed again.

pub mod config;
pub mod discover;
pub mod state;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use tokio::task::JoinSet;
use url::Url;

use crate::archive::{ArchiveError, WarcWriter};
use crate::extract::Profiles;
use crate::index::{Index, IndexError, IndexWriter, Upsert};
use crate::ingest::{self, IngestError, RawPage};
use crate::net::{self, Exchange, ExchangeSink, FetchConfig, FetchResult, Fetcher};
use crate::record::Record;
use crate::urls::{self, Origin};

use config::{CrawlConfig, SiteConfig};
use state::{CrawlState, NewUrl, Outcome, QueuedUrl, UrlKind, UrlState};

/// Name of the SQLite database inside the state directory.
pub const STATE_DB: &str = "crawl.sqlite";
/// Folder of WARC files inside the state directory.
pub const WARC_DIR: &str = "warc";

/// Why a crawl could not run (a failing URL is never one of these: it is counted).
#[derive(Debug, thiserror::Error)]
pub enum CrawlError {
    /// The state database failed.
    #[error("crawl state: {0}")]
    State(#[from] state::StateError),
    /// The index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The archive failed.
    #[error("archive: {0}")]
    Archive(#[from] ArchiveError),
    /// The HTTP client could not be built.
    #[error("http client: {0}")]
    Fetch(#[from] net::FetchError),
    /// No site matches the selection.
    #[error("no site to crawl: {0}")]
    NoSites(String),
    /// Other I/O.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// How to crawl.
#[derive(Debug, Clone)]
pub struct CrawlOptions {
    /// Sites to crawl by name; empty means all of the configuration.
    pub sites: Vec<String>,
    /// Only articles published on or after this date (feed and sitemap dates, then the page's).
    pub since: Option<NaiveDate>,
    /// Stop after fetching this many article pages.
    pub max_pages: Option<usize>,
    /// HTTP settings (user agent, timeouts, body cap, retries, `allow_private`).
    pub fetch: FetchConfig,
    /// Requests in flight across all hosts.
    pub concurrency: usize,
    /// Index commit after this many new documents...
    pub commit_every: usize,
    /// ...or after this much time with uncommitted documents.
    pub commit_interval: Duration,
    /// Size at which a WARC file is closed and a new one started.
    pub warc_file_bytes: u64,
}

impl Default for CrawlOptions {
    fn default() -> CrawlOptions {
        CrawlOptions {
            sites: Vec::new(),
            since: None,
            max_pages: None,
            fetch: FetchConfig::default(),
            concurrency: 16,
            commit_every: 500,
            commit_interval: Duration::from_secs(10),
            warc_file_bytes: 1 << 30,
        }
    }
}

/// Counters of one site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteStats {
    /// Responses received (any status), feeds and sitemaps included.
    pub fetched: usize,
    /// New documents in the index.
    pub indexed: usize,
    /// Documents that replaced one with the same key.
    pub updated: usize,
    /// Conditional requests answered 304.
    pub not_modified: usize,
    /// Pages not indexed because the same article is already there.
    pub duplicates: usize,
    /// Pages not indexed for another reason (robots.txt, not HTML, no text, too old).
    pub skipped: usize,
    /// URLs added to the frontier.
    pub discovered: usize,
    /// Failures by kind (`timeout`, `status`, `too_large`, `malformed_feed`, ...).
    pub errors: BTreeMap<String, usize>,
}

impl SiteStats {
    /// Total failures.
    pub fn error_count(&self) -> usize {
        self.errors.values().sum()
    }
}

/// What a crawl did.
#[derive(Debug, Clone, Default)]
pub struct CrawlSummary {
    /// Per-site counters.
    pub sites: BTreeMap<String, SiteStats>,
    /// URLs that were in flight when a previous crawl stopped and were fetched again.
    pub resumed: usize,
    /// URLs still queued (budget reached or interrupted).
    pub pending: usize,
    /// Wall time.
    pub elapsed: Duration,
}

impl CrawlSummary {
    /// Sum over sites.
    pub fn total(&self) -> SiteStats {
        let mut t = SiteStats::default();
        for s in self.sites.values() {
            t.fetched += s.fetched;
            t.indexed += s.indexed;
            t.updated += s.updated;
            t.not_modified += s.not_modified;
            t.duplicates += s.duplicates;
            t.skipped += s.skipped;
            t.discovered += s.discovered;
            for (k, n) in &s.errors {
                *t.errors.entry(k.clone()).or_default() += n;
            }
        }
        t
    }
}

/// Progress reported while crawling.
#[derive(Debug)]
pub enum Event<'a> {
    /// A response arrived or a fetch ended.
    Fetched {
        /// Site name.
        site: &'a str,
        /// The URL.
        url: &'a str,
        /// What it was fetched as.
        kind: UrlKind,
        /// HTTP status, when a response arrived.
        status: Option<u16>,
    },
    /// A URL failed.
    Failed {
        /// Site name.
        site: &'a str,
        /// The URL.
        url: &'a str,
        /// Stable failure label.
        kind: &'a str,
        /// Details.
        reason: &'a str,
    },
    /// The index was committed.
    Committed {
        /// Documents in this commit.
        documents: usize,
    },
    /// Periodic snapshot of every site's counters and queue size.
    Progress {
        /// Counters so far.
        sites: &'a BTreeMap<String, SiteStats>,
        /// URLs waiting in the frontier.
        pending: usize,
    },
}

/// The WARC archive as the fetcher's exchange sink: every request and response is written.
struct ArchiveSink {
    writer: Mutex<WarcWriter>,
    failures: Mutex<Vec<String>>,
}

impl ArchiveSink {
    fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut WarcWriter) -> Result<T, ArchiveError>,
    ) -> Option<T> {
        let mut guard = match self.writer.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        match f(&mut guard) {
            Ok(v) => Some(v),
            Err(e) => {
                if let Ok(mut failures) = self.failures.lock() {
                    failures.push(e.to_string());
                }
                None
            }
        }
    }
}

impl ExchangeSink for ArchiveSink {
    fn record(&self, ex: &Exchange) {
        self.with_writer(|w| {
            let req = w.write_request(&ex.url, ex.at, &ex.request)?;
            if let Some(resp) = &ex.response {
                w.write_response(&ex.url, ex.at, resp, Some(&req))?;
            }
            Ok(())
        });
    }
}

/// What a fetch task hands back to the coordinator.
struct TaskResult {
    queued: QueuedUrl,
    result: FetchResult,
    /// For article pages: the extraction outcome, computed off the coordinator.
    record: Option<Result<Record, IngestError>>,
}

/// An indexed article waiting for the next index commit before its state is final.
struct PendingDoc {
    url: String,
    key: String,
    site: String,
    article_id: Option<String>,
    hash: String,
    outcome: Outcome,
}

fn now_ms() -> i64 {
    state::now_ms()
}

/// Runs a crawl to completion (frontier empty, page budget reached, or Ctrl-C).
pub async fn crawl(
    config: &CrawlConfig,
    opts: &CrawlOptions,
    profiles: &Profiles,
    index: &Index,
    state_dir: &Path,
    on: &mut (dyn FnMut(Event<'_>) + Send),
) -> Result<CrawlSummary, CrawlError> {
    let started = Instant::now();
    let sites: Vec<&SiteConfig> = if opts.sites.is_empty() {
        config.sites.iter().collect()
    } else {
        let mut out = Vec::new();
        for name in &opts.sites {
            match config.site(name) {
                Some(s) => out.push(s),
                None => return Err(CrawlError::NoSites(format!("unknown site {name:?}"))),
            }
        }
        out
    };
    if sites.is_empty() {
        return Err(CrawlError::NoSites("the configuration has no sites".into()));
    }
    std::fs::create_dir_all(state_dir)
        .map_err(|source| CrawlError::Io { path: state_dir.to_path_buf(), source })?;
    let state = CrawlState::open(&state_dir.join(STATE_DB))?;
    let resumed = state.recovered_in_flight();
    let warc = WarcWriter::create(&state_dir.join(WARC_DIR), "vnmon", opts.warc_file_bytes)?
        .with_info_field("software", concat!("vnmon/", env!("CARGO_PKG_VERSION")))
        .with_info_field("robots", "obey");
    let sink = Arc::new(ArchiveSink { writer: Mutex::new(warc), failures: Mutex::new(Vec::new()) });
    let mut fetch_cfg = opts.fetch.clone();
    fetch_cfg.max_concurrency = opts.concurrency.max(1);
    if let Some(ua) = &config.user_agent {
        fetch_cfg.user_agent = ua.clone();
    }
    fetch_cfg.default_delay = Duration::from_secs_f64(config.default_delay_secs.max(0.0));
    let fetcher = Fetcher::new(fetch_cfg, sink.clone() as Arc<dyn ExchangeSink>)?;
    let mut writer = index.writer(200 * 1024 * 1024)?;
    let profiles = Arc::new(profiles.clone());

    let mut summary = CrawlSummary { resumed, ..CrawlSummary::default() };
    for site in &sites {
        summary.sites.entry(site.name.clone()).or_default();
        let delay = Duration::from_secs_f64(config.delay_secs(&site.name).max(0.0));
        for seed in site.feeds.iter().chain(&site.sitemaps).chain(&site.listings) {
            if let Some(origin) = Origin::of(seed) {
                fetcher.gate().set_delay(&origin, delay);
            }
        }
    }
    seed_frontier(&state, &sites, &fetcher, &mut summary).await?;

    let site_map: HashMap<String, &SiteConfig> =
        sites.iter().map(|s| (s.name.clone(), *s)).collect();
    let mut coordinator = Coordinator {
        config,
        opts,
        state: &state,
        sink: &sink,
        summary,
        pending_docs: Vec::new(),
        pending_keys: HashMap::new(),
        last_commit: Instant::now(),
        article_budget: opts.max_pages,
        site_map,
    };
    let mut tasks: JoinSet<TaskResult> = JoinSet::new();
    let mut busy: HashSet<String> = HashSet::new();
    let mut last_progress = Instant::now();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let concurrency = opts.concurrency.max(1);
    loop {
        // Fill the pipeline: one URL per host in flight, the gate spaces requests per host.
        while tasks.len() < concurrency && coordinator.article_budget != Some(0) {
            let want = concurrency - tasks.len();
            let batch = state.next_batch(now_ms(), want, &busy)?;
            if batch.is_empty() {
                break;
            }
            for q in batch {
                if q.kind == UrlKind::Article {
                    match coordinator.article_budget {
                        Some(0) => {
                            // Budget spent: leave it queued for the next run.
                            state.requeue(q.url.as_str(), now_ms())?;
                            continue;
                        }
                        Some(n) => coordinator.article_budget = Some(n - 1),
                        None => {}
                    }
                }
                busy.insert(q.host.clone());
                spawn_fetch(&mut tasks, &fetcher, &profiles, config, q);
            }
        }
        if tasks.is_empty() {
            coordinator.commit(&mut writer, on)?;
            if coordinator.article_budget == Some(0) {
                break;
            }
            match state.next_due()? {
                Some(at) => {
                    // Something is queued for later (a retry): wait for it, a second at most.
                    let wait = (at - now_ms()).clamp(1, 1000);
                    tokio::time::sleep(Duration::from_millis(wait as u64)).await;
                    continue;
                }
                None => break,
            }
        }
        tokio::select! {
            joined = tasks.join_next() => {
                let Some(joined) = joined else { continue };
                match joined {
                    Ok(done) => {
                        busy.remove(&done.queued.host);
                        coordinator.apply(done, &mut writer, on)?;
                    }
                    Err(e) => {
                        // A panicking task is a bug; the URL stays `fetching` and is retried
                        // on the next run.
                        on(Event::Failed { site: "-", url: "-", kind: "task", reason: &e.to_string() });
                    }
                }
            }
            _ = &mut ctrl_c => {
                tasks.abort_all();
                break;
            }
        }
        if coordinator.should_commit() {
            coordinator.commit(&mut writer, on)?;
        }
        if last_progress.elapsed() >= Duration::from_millis(250) {
            last_progress = Instant::now();
            let pending = state.pending()?;
            on(Event::Progress { sites: &coordinator.summary.sites, pending });
        }
    }
    while let Some(joined) = tasks.join_next().await {
        if let Ok(done) = joined {
            coordinator.apply(done, &mut writer, on)?;
        }
    }
    coordinator.commit(&mut writer, on)?;
    let mut summary = coordinator.summary;
    summary.pending = state.pending()?;
    summary.elapsed = started.elapsed();
    drop(writer);
    match Arc::try_unwrap(sink) {
        Ok(sink) => {
            let w = sink.writer.into_inner().unwrap_or_else(|p| p.into_inner());
            w.finish()?;
        }
        Err(sink) => {
            sink.with_writer(|w| w.flush());
        }
    }
    Ok(summary)
}

/// Puts each site's feeds, sitemaps and listings (and the sitemaps its robots.txt names) in
/// the frontier, due now; on a re-crawl they are already known and are made due again.
async fn seed_frontier(
    state: &CrawlState,
    sites: &[&SiteConfig],
    fetcher: &Fetcher,
    summary: &mut CrawlSummary,
) -> Result<(), CrawlError> {
    for site in sites {
        let mut seeds: Vec<(Url, UrlKind, i32)> = Vec::new();
        seeds.extend(site.feeds.iter().map(|u| (u.clone(), UrlKind::Feed, 30)));
        seeds.extend(site.sitemaps.iter().map(|u| (u.clone(), UrlKind::Sitemap, 20)));
        seeds.extend(site.listings.iter().map(|u| (u.clone(), UrlKind::Listing, 10)));
        // robots.txt `Sitemap:` lines of every origin the seeds are on: discovery for sites
        // configured without sitemaps.
        let mut origins = HashSet::new();
        let firsts: Vec<Url> = seeds
            .iter()
            .filter(|s| Origin::of(&s.0).is_some_and(|o| origins.insert(o)))
            .map(|s| s.0.clone())
            .collect();
        for first in firsts {
            match fetcher.robots_sitemaps(&first).await {
                Ok(maps) => {
                    for m in maps {
                        if site.in_scope(&m) {
                            seeds.push((m, UrlKind::Sitemap, 20));
                        }
                    }
                }
                Err(e) => {
                    let stats = summary.sites.entry(site.name.clone()).or_default();
                    *stats.errors.entry(format!("robots_{}", e.kind())).or_default() += 1;
                }
            }
        }
        for (url, kind, priority) in seeds {
            let url = urls::canonicalize(&url);
            let new = NewUrl {
                url: &url,
                site: &site.name,
                kind,
                priority,
                depth: 0,
                not_before: None,
                discovered_from: None,
                published_hint: None,
            };
            if !state.enqueue(&new)? {
                state.requeue(url.as_str(), now_ms())?;
            }
        }
    }
    Ok(())
}

fn spawn_fetch(
    tasks: &mut JoinSet<TaskResult>,
    fetcher: &Fetcher,
    profiles: &Arc<Profiles>,
    config: &CrawlConfig,
    queued: QueuedUrl,
) {
    let fetcher = fetcher.clone();
    let profiles = Arc::clone(profiles);
    let profile = config.site(&queued.site).and_then(|s| s.profile.clone());
    let scope_site = config.site(&queued.site).cloned();
    tasks.spawn(async move {
        let validators = net::Validators {
            etag: queued.validators.etag.clone(),
            last_modified: queued.validators.last_modified.clone(),
        };
        let scope = move |u: &Url| scope_site.as_ref().is_none_or(|s| s.in_scope(u));
        let result = fetcher.fetch_scoped(&queued.url, &validators, &scope).await;
        let mut record = None;
        if queued.kind == UrlKind::Article {
            if let FetchResult::Ok(resp) = &result {
                let raw = RawPage {
                    url: Some(resp.final_url.to_string()),
                    content_type: resp.content_type.clone(),
                    body: resp.body.clone(),
                    profile,
                    published_hint: queued
                        .published_hint
                        .as_deref()
                        .and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok()),
                    key: None,
                };
                let processed =
                    tokio::task::spawn_blocking(move || ingest::process(&raw, &profiles)).await;
                record = Some(processed.unwrap_or(Err(IngestError::NoText)));
            }
        }
        TaskResult { queued, result, record }
    });
}

/// The single writer of state, index and archive metadata.
struct Coordinator<'a> {
    config: &'a CrawlConfig,
    opts: &'a CrawlOptions,
    state: &'a CrawlState,
    sink: &'a Arc<ArchiveSink>,
    summary: CrawlSummary,
    pending_docs: Vec<PendingDoc>,
    /// Keys, article ids and hashes added since the last commit (not yet in the state's
    /// `indexed` table): `key`, `site|id`, `#hash` → key.
    pending_keys: HashMap<String, String>,
    last_commit: Instant,
    article_budget: Option<usize>,
    site_map: HashMap<String, &'a SiteConfig>,
}

impl Coordinator<'_> {
    fn stats(&mut self, site: &str) -> &mut SiteStats {
        self.summary.sites.entry(site.to_string()).or_default()
    }

    fn should_commit(&self) -> bool {
        !self.pending_docs.is_empty()
            && (self.pending_docs.len() >= self.opts.commit_every
                || self.last_commit.elapsed() >= self.opts.commit_interval)
    }

    /// Makes everything since the last commit durable: archive, then index, then state.
    fn commit(
        &mut self,
        writer: &mut IndexWriter,
        on: &mut (dyn FnMut(Event<'_>) + Send),
    ) -> Result<(), CrawlError> {
        self.last_commit = Instant::now();
        if self.pending_docs.is_empty() {
            return Ok(());
        }
        self.sink.with_writer(|w| w.flush());
        writer.commit()?;
        for doc in self.pending_docs.drain(..) {
            self.state.mark_indexed(&doc.key, &doc.site, doc.article_id.as_deref(), &doc.hash)?;
            self.state.finish(&doc.url, &doc.outcome)?;
        }
        let n = self.pending_keys.values().collect::<HashSet<_>>().len();
        self.pending_keys.clear();
        on(Event::Committed { documents: n });
        Ok(())
    }

    fn fail(
        &mut self,
        q: &QueuedUrl,
        kind: &str,
        reason: &str,
        status: Option<u16>,
        on: &mut (dyn FnMut(Event<'_>) + Send),
    ) -> Result<(), CrawlError> {
        *self.stats(&q.site).errors.entry(kind.to_string()).or_default() += 1;
        on(Event::Failed { site: &q.site, url: q.url.as_str(), kind, reason });
        let mut outcome = Outcome::new(UrlState::Failed);
        outcome.http_status = status;
        outcome.error = Some(format!("{kind}: {reason}"));
        self.state.finish(q.url.as_str(), &outcome)?;
        Ok(())
    }

    fn apply(
        &mut self,
        done: TaskResult,
        writer: &mut IndexWriter,
        on: &mut (dyn FnMut(Event<'_>) + Send),
    ) -> Result<(), CrawlError> {
        let TaskResult { queued: q, result, record } = done;
        let resp = match result {
            FetchResult::Ok(resp) => resp,
            FetchResult::NotModified { .. } => {
                self.stats(&q.site).not_modified += 1;
                self.stats(&q.site).fetched += 1;
                on(Event::Fetched {
                    site: &q.site,
                    url: q.url.as_str(),
                    kind: q.kind,
                    status: Some(304),
                });
                let mut outcome = Outcome::new(UrlState::NotModified);
                outcome.http_status = Some(304);
                outcome.etag = q.validators.etag.clone();
                outcome.last_modified = q.validators.last_modified.clone();
                self.state.finish(q.url.as_str(), &outcome)?;
                return Ok(());
            }
            FetchResult::Blocked { reason } => {
                self.stats(&q.site).skipped += 1;
                *self.stats(&q.site).errors.entry("robots_disallowed".into()).or_default() += 1;
                on(Event::Failed {
                    site: &q.site,
                    url: q.url.as_str(),
                    kind: "robots_disallowed",
                    reason: &reason,
                });
                let mut outcome = Outcome::new(UrlState::Skipped);
                outcome.error = Some(reason);
                self.state.finish(q.url.as_str(), &outcome)?;
                return Ok(());
            }
            FetchResult::Failed(e) => {
                let status = match &e {
                    net::FetchError::Status(s) => Some(*s),
                    _ => None,
                };
                return self.fail(&q, e.kind(), &e.to_string(), status, on);
            }
        };
        self.stats(&q.site).fetched += 1;
        on(Event::Fetched {
            site: &q.site,
            url: q.url.as_str(),
            kind: q.kind,
            status: Some(resp.status),
        });
        let mut outcome = Outcome::new(UrlState::Done);
        outcome.http_status = Some(resp.status);
        outcome.etag = resp.etag.clone();
        outcome.last_modified = resp.last_modified.clone();
        let Some(site) = self.site_map.get(&q.site).copied() else {
            self.state.finish(q.url.as_str(), &outcome)?;
            return Ok(());
        };
        match q.kind {
            UrlKind::Robots => {}
            UrlKind::Feed => match discover::parse_feed(&resp.body, &resp.final_url) {
                Ok(items) => {
                    let found: Vec<(Url, Option<String>)> = items
                        .into_iter()
                        .filter(|d| self.recent_enough(d.published))
                        .map(|d| (d.url, d.published.map(|p| p.to_rfc3339())))
                        .collect();
                    self.enqueue_articles(site, &q, found)?;
                    self.tag(&resp.final_url, "feed");
                }
                Err(e) => {
                    return self.fail(&q, "malformed_feed", &e.to_string(), Some(resp.status), on)
                }
            },
            UrlKind::Sitemap => {
                let parsed = discover::parse_sitemap(&resp.body, &resp.final_url, 50 << 20);
                let (sitemap, error) = match parsed {
                    Ok(s) => (Some(s), None),
                    Err(e) => (e.partial().cloned(), Some(e.to_string())),
                };
                match sitemap {
                    Some(discover::Sitemap::Index(refs)) => {
                        let children: Vec<Url> = refs
                            .into_iter()
                            .filter(|r| self.recent_enough(r.lastmod))
                            .map(|r| r.url)
                            .collect();
                        self.enqueue_kind(site, &q, children, UrlKind::Sitemap, 20)?;
                    }
                    Some(discover::Sitemap::Urls(items)) => {
                        let found = items
                            .into_iter()
                            .filter(|d| self.recent_enough(d.published))
                            .map(|d| (d.url, d.published.map(|p| p.to_rfc3339())))
                            .collect();
                        self.enqueue_articles(site, &q, found)?;
                    }
                    None => {}
                }
                self.tag(&resp.final_url, "sitemap");
                if let Some(e) = error {
                    return self.fail(&q, "malformed_sitemap", &e, Some(resp.status), on);
                }
            }
            UrlKind::Listing => {
                let html = crate::text::decode_html(&resp.body, resp.content_type.as_deref());
                let rule = site.listing_rule();
                let page = discover::listing(&html, &resp.final_url, &rule);
                let found = page.articles.into_iter().map(|u| (u, None)).collect();
                self.enqueue_articles(site, &q, found)?;
                if (q.depth as usize) < site.max_listing_pages {
                    self.enqueue_kind(site, &q, page.next, UrlKind::Listing, 10)?;
                }
                // Ad hoc seeds: feeds linked from the page.
                let feeds = discover::feed_links(&html, &resp.final_url);
                self.enqueue_kind(site, &q, feeds, UrlKind::Feed, 30)?;
                self.tag(&resp.final_url, "listing");
            }
            UrlKind::Article => {
                return self.index_article(site, q, resp, record, outcome, writer);
            }
        }
        self.state.finish(q.url.as_str(), &outcome)?;
        Ok(())
    }

    fn recent_enough(&self, date: Option<chrono::DateTime<chrono::FixedOffset>>) -> bool {
        match (self.opts.since, date) {
            (Some(since), Some(d)) => d.date_naive() >= since,
            _ => true,
        }
    }

    /// Writes a WARC metadata record saying what the crawler took the response for; `reindex`
    /// rebuilds the index from the responses tagged `article`.
    fn tag(&self, url: &Url, kind: &str) {
        self.tag_with_key(url, kind, None);
    }

    fn tag_with_key(&self, url: &Url, kind: &str, key: Option<&str>) {
        let mut fields = vec![(crate::import::KIND_FIELD, kind)];
        if let Some(key) = key {
            fields.push((crate::import::KEY_FIELD, key));
        }
        self.sink.with_writer(|w| w.write_metadata(url.as_str(), Utc::now(), None, &fields));
    }

    fn enqueue_kind(
        &mut self,
        site: &SiteConfig,
        from: &QueuedUrl,
        found: Vec<Url>,
        kind: UrlKind,
        priority: i32,
    ) -> Result<(), CrawlError> {
        let canon: Vec<Url> =
            found.iter().filter(|u| site.in_scope(u)).map(urls::canonicalize).collect();
        let entries: Vec<NewUrl<'_>> = canon
            .iter()
            .map(|u| NewUrl {
                url: u,
                site: &site.name,
                kind,
                priority,
                depth: from.depth + 1,
                not_before: None,
                discovered_from: Some(from.url.as_str()),
                published_hint: None,
            })
            .collect();
        let added = self.state.enqueue_many(&entries)?;
        self.stats(&site.name).discovered += added;
        Ok(())
    }

    fn enqueue_articles(
        &mut self,
        site: &SiteConfig,
        from: &QueuedUrl,
        found: Vec<(Url, Option<String>)>,
    ) -> Result<(), CrawlError> {
        let canon: Vec<(Url, Option<String>)> = found
            .into_iter()
            .filter(|(u, _)| site.in_scope(u) && site.is_article(u))
            .map(|(u, p)| (urls::canonicalize(&u), p))
            .collect();
        let entries: Vec<NewUrl<'_>> = canon
            .iter()
            .map(|(u, p)| NewUrl {
                url: u,
                site: &site.name,
                kind: UrlKind::Article,
                priority: 0,
                depth: from.depth + 1,
                not_before: None,
                discovered_from: Some(from.url.as_str()),
                published_hint: p.as_deref(),
            })
            .collect();
        let added = self.state.enqueue_many(&entries)?;
        self.stats(&site.name).discovered += added;
        Ok(())
    }

    fn index_article(
        &mut self,
        site: &SiteConfig,
        q: QueuedUrl,
        resp: net::Response,
        record: Option<Result<Record, IngestError>>,
        mut outcome: Outcome,
        writer: &mut IndexWriter,
    ) -> Result<(), CrawlError> {
        let mut record = match record {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                self.stats(&q.site).skipped += 1;
                outcome.state = UrlState::Skipped;
                outcome.error = Some(e.to_string());
                self.state.finish(q.url.as_str(), &outcome)?;
                return Ok(());
            }
            None => {
                self.stats(&q.site).skipped += 1;
                outcome.state = UrlState::Skipped;
                self.state.finish(q.url.as_str(), &outcome)?;
                return Ok(());
            }
        };
        if let (Some(since), Some(p)) = (self.opts.since, record.article.published) {
            if p.date_naive() < since {
                self.stats(&q.site).skipped += 1;
                outcome.state = UrlState::Skipped;
                outcome.error = Some("published before --since".into());
                self.state.finish(q.url.as_str(), &outcome)?;
                return Ok(());
            }
        }
        // The document key: the page's canonical link when it stays on the site.
        let canonical = record
            .article
            .canonical_url
            .as_deref()
            .and_then(|c| resp.final_url.join(c).ok())
            .filter(|c| {
                site.in_scope(c) || self.config.site_for_url(c).is_some_and(|s| s.name == site.name)
            });
        let key_url = urls::canonicalize(canonical.as_ref().unwrap_or(&resp.final_url));
        let key = key_url.to_string();
        record.article.url = Some(key.clone());
        record.article.site = crate::extract::host_of(&key).or(record.article.site);
        let article_id = site.article_id(&key_url).or_else(|| site.article_id(&resp.final_url));
        let hash = record.content_hash();
        outcome.content_hash = Some(hash.clone());
        outcome.article_id = article_id.clone();

        let dup_in_batch = article_id
            .as_ref()
            .and_then(|id| self.pending_keys.get(&format!("{}|{id}", site.name)))
            .or_else(|| self.pending_keys.get(&format!("#{hash}")))
            .filter(|k| **k != key)
            .cloned();
        let dup = match dup_in_batch {
            Some(k) => Some(k),
            None => self.state.find_duplicate(&site.name, article_id.as_deref(), &hash, &key)?,
        };
        if dup.is_some() {
            self.stats(&q.site).duplicates += 1;
            outcome.state = UrlState::Duplicate;
            self.state.finish(q.url.as_str(), &outcome)?;
            return Ok(());
        }
        let upsert = writer.upsert(&record)?;
        self.tag_with_key(&resp.final_url, "article", Some(&key));
        match upsert {
            Upsert::Added => self.stats(&q.site).indexed += 1,
            Upsert::Replaced => self.stats(&q.site).updated += 1,
        }
        self.pending_keys.insert(key.clone(), key.clone());
        if let Some(id) = &article_id {
            self.pending_keys.insert(format!("{}|{id}", site.name), key.clone());
        }
        self.pending_keys.insert(format!("#{hash}"), key.clone());
        self.pending_docs.push(PendingDoc {
            url: q.url.to_string(),
            key,
            site: site.name.clone(),
            article_id,
            hash,
            outcome,
        });
        Ok(())
    }
}
