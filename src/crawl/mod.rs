//! The crawler: discovery, polite fetching, archiving, and the same ingest path as `import`.
//!
//! ## Shape
//!
//! [`crawl`] takes a resolved [`CrawlPlan`] (every setting decided once, [`plan`]), the
//! [`Indexer`] to write through, and a [`Shutdown`] signal (the binary turns Ctrl-C into it).
//!
//! - **Fetch tasks** ([`task`]), at most `plan.concurrency` in flight, fetch through the
//!   [`net::Fetcher`] — robots.txt and the per-origin politeness gate apply to every request,
//!   retries and redirects included — then parse the response on the blocking pool (feeds,
//!   sitemaps, listing pages, articles through [`crate::ingest::process`]) and return a typed
//!   [`task::Fetched`].
//! - **The archive writer** ([`archiver`]) is its own thread: every exchange and metadata
//!   record goes to it through a channel, in order.
//! - **The coordinator** (`coordinator`), with the crawl loop that owns it (queueing,
//!   requeueing, rollback), is the one task that writes the crawl state (SQLite) and the index,
//!   through the [`Indexer`], which owns document identity and duplicates; fetch tasks never
//!   touch either.
//!
//! ## Commit protocol and crash safety
//!
//! A URL is marked done in the state only at a commit, after the archive flush that holds its
//! response and the index commit that holds its document: archive → index → state. An archive
//! or index failure stops the crawl with that error and nothing of the batch marked; a crawl
//! killed at any moment resumes by re-fetching the URLs that were in flight (the state resets
//! them to `queued` on open), and the Indexer replaces or recognises what is already there:
//! every article ends up in the index exactly once.

pub mod archiver;
pub mod config;
mod coordinator;
pub mod discover;
pub mod plan;
pub mod state;
pub mod task;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::task::JoinSet;
use url::Url;

use crate::archive::{ArchiveError, WarcWriter};
use crate::extract::Profiles;
use crate::index::{IndexError, Indexer};

use crate::net::{self, ExchangeSink, Fetcher};
use crate::urls::{self, Origin};
use archiver::{ArchiveStore, Archiver};
use config::SiteConfig;
use coordinator::Coordinator;
pub use plan::{CrawlFlags, CrawlPlan, PlanError};
use state::{CrawlState, NewUrl, UrlKind};
use task::TaskResult;

/// Name of the SQLite database inside the state directory.
pub const STATE_DB: &str = "crawl.sqlite";
/// Folder of WARC files inside the state directory.
pub const WARC_DIR: &str = "warc";

/// Why a crawl stopped (a failing URL is never one of these: it is counted).
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
    /// Other I/O.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Asks a running crawl to stop: in-flight fetches are abandoned (they stay queued for the next
/// run), what was processed is committed.
#[derive(Debug, Clone)]
pub struct Shutdown(Option<tokio::sync::watch::Receiver<bool>>);

/// The sending side of a [`Shutdown`].
#[derive(Debug)]
pub struct ShutdownTrigger(tokio::sync::watch::Sender<bool>);

impl Shutdown {
    /// A signal and its trigger.
    pub fn new() -> (ShutdownTrigger, Shutdown) {
        let (tx, rx) = tokio::sync::watch::channel(false);
        (ShutdownTrigger(tx), Shutdown(Some(rx)))
    }

    /// A signal that never fires.
    pub fn never() -> Shutdown {
        Shutdown(None)
    }

    /// Resolves when the trigger fires or is dropped.
    async fn requested(&mut self) {
        match &mut self.0 {
            Some(rx) => {
                let _ = rx.wait_for(|stop| *stop).await;
            }
            None => std::future::pending().await,
        }
    }
}

impl ShutdownTrigger {
    /// Fires the signal.
    pub fn trigger(&self) {
        let _ = self.0.send(true);
    }
}

/// What a crawl writes to, besides the network.
pub struct CrawlIo<'a> {
    /// The crawl state directory (SQLite database, WARC archive).
    pub state_dir: &'a Path,
    /// The index writer; open it with the plan's configuration as its site rules
    /// ([`CrawlPlan::indexer`]).
    pub indexer: &'a mut Indexer,
    /// Site profiles for extraction.
    pub profiles: &'a Profiles,
    /// Where responses are archived; `None` = rotating WARC files in `state_dir/warc`.
    pub archive: Option<Box<dyn ArchiveStore>>,
}

impl CrawlPlan {
    /// Opens the index in `dir` for this crawl: document identity follows the plan's sites
    /// (article ids, canonical links within a site).
    pub fn indexer(&self, dir: &Path) -> Result<Indexer, IndexError> {
        let rules = Arc::new(self.config.clone());
        Indexer::open_with(dir, rules, crate::index::indexer::WRITER_HEAP_BYTES)
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
    /// Articles identical to the document already under their key.
    pub unchanged: usize,
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
            t.unchanged += s.unchanged;
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

/// Runs a crawl to completion: frontier empty, page budget reached, or `shutdown` fired.
pub async fn crawl(
    plan: &CrawlPlan,
    io: CrawlIo<'_>,
    mut shutdown: Shutdown,
    on: &mut (dyn FnMut(Event<'_>) + Send),
) -> Result<CrawlSummary, CrawlError> {
    let started = Instant::now();
    let CrawlIo { state_dir, indexer, profiles, archive } = io;
    std::fs::create_dir_all(state_dir)
        .map_err(|source| CrawlError::Io { path: state_dir.to_path_buf(), source })?;
    let state = CrawlState::open(&state_dir.join(STATE_DB))?;
    let resumed = state.recovered_in_flight();
    let store: Box<dyn ArchiveStore> = match archive {
        Some(store) => store,
        None => Box::new(
            WarcWriter::create(&state_dir.join(WARC_DIR), "vnmon", plan.warc_file_bytes)?
                .with_info_field("software", concat!("vnmon/", env!("CARGO_PKG_VERSION")))
                .with_info_field("robots", "obey"),
        ),
    };
    let archiver = Archiver::start(store);
    let sink: Arc<dyn ExchangeSink> = Arc::new(archiver.sink());
    let fetcher = Fetcher::new(plan.fetch.clone(), sink)?;
    let summary =
        CrawlSummary { resumed, sites: coordinator::empty_stats(plan), ..CrawlSummary::default() };
    let mut coordinator = Coordinator::new(plan, &state, &archiver, summary);
    let result = run(plan, &fetcher, profiles, indexer, &mut coordinator, &mut shutdown, on).await;
    drop(fetcher);
    let mut summary = std::mem::take(&mut coordinator.summary);
    drop(coordinator);
    match result {
        Ok(()) => {
            archiver.close()?;
            summary.pending = state.pending()?;
            summary.elapsed = started.elapsed();
            Ok(summary)
        }
        Err(e) => {
            // Nothing of the failed batch is committed; the state keeps those URLs in flight,
            // and the next run fetches them again.
            indexer.rollback()?;
            let _ = archiver.close();
            Err(e)
        }
    }
}

/// The crawl loop: fill the pipeline, apply results, commit.
async fn run(
    plan: &CrawlPlan,
    fetcher: &Fetcher,
    profiles: &Profiles,
    indexer: &mut Indexer,
    coordinator: &mut Coordinator<'_>,
    shutdown: &mut Shutdown,
    on: &mut (dyn FnMut(Event<'_>) + Send),
) -> Result<(), CrawlError> {
    let state = coordinator.state;
    for planned in &plan.sites {
        let Some(site) = plan.config.site(&planned.name) else { continue };
        for seed in site.feeds.iter().chain(&site.sitemaps).chain(&site.listings) {
            if let Some(origin) = Origin::of(seed) {
                fetcher.gate().set_delay(&origin, planned.delay.value);
            }
        }
    }
    let sites: Vec<&SiteConfig> = plan.config.sites.iter().collect();
    seed_frontier(state, &sites, fetcher, &mut coordinator.summary).await?;

    let profiles = Arc::new(profiles.clone());
    let mut tasks: JoinSet<TaskResult> = JoinSet::new();
    let mut busy: HashSet<String> = HashSet::new();
    let mut last_progress = Instant::now();
    let concurrency = plan.concurrency.value.max(1);
    let mut stopping = false;
    loop {
        // Fill the pipeline: one URL per origin in flight, the gate spaces requests per origin.
        while !stopping && tasks.len() < concurrency && coordinator.article_budget != Some(0) {
            let want = concurrency - tasks.len();
            let batch = state.next_batch(state::now_ms(), want, &busy)?;
            if batch.is_empty() {
                break;
            }
            for q in batch {
                if q.kind == UrlKind::Article {
                    match coordinator.article_budget {
                        Some(0) => {
                            // Budget spent: leave it queued for the next run.
                            state.requeue(q.url.as_str(), state::now_ms())?;
                            continue;
                        }
                        Some(n) => coordinator.article_budget = Some(n - 1),
                        None => {}
                    }
                }
                busy.insert(q.host.clone());
                let site = plan.config.site(&q.site).cloned();
                tasks.spawn(task::run(fetcher.clone(), Arc::clone(&profiles), site, q));
            }
        }
        if tasks.is_empty() {
            coordinator.commit(indexer, on).await?;
            if stopping || coordinator.article_budget == Some(0) {
                break;
            }
            match state.next_due()? {
                Some(at) => {
                    // Something is queued for later (a retry): wait for it, a second at most.
                    let wait = (at - state::now_ms()).clamp(1, 1000);
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_millis(wait as u64)) => {}
                        _ = shutdown.requested() => stopping = true,
                    }
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
                        coordinator.apply(done, indexer, on)?;
                    }
                    Err(e) if e.is_cancelled() => {}
                    Err(e) => {
                        // A panicking task is a bug; the URL stays `fetching` and is fetched
                        // again on the next run.
                        on(Event::Failed { site: "-", url: "-", kind: "task", reason: &e.to_string() });
                    }
                }
            }
            _ = shutdown.requested(), if !stopping => {
                // In-flight fetches are abandoned; their URLs stay queued for the next run.
                tasks.abort_all();
                stopping = true;
            }
        }
        if coordinator.should_commit() {
            coordinator.commit(indexer, on).await?;
        }
        if last_progress.elapsed() >= Duration::from_millis(250) {
            last_progress = Instant::now();
            let pending = state.pending()?;
            on(Event::Progress { sites: &coordinator.summary.sites, pending });
        }
    }
    coordinator.commit(indexer, on).await
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
                state.requeue(url.as_str(), state::now_ms())?;
            }
        }
    }
    Ok(())
}
