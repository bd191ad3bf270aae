//! The coordinator: with the crawl loop that owns it, the one task that writes the crawl state,
//! the index (through the [`Indexer`]) and the archive's metadata records. It applies the typed results of fetch tasks and owns the
//! commit protocol.
//!
//! Nothing is marked done in the state when it is processed: outcomes wait in `pending` until
//! [`Coordinator::commit`], which flushes the archive (every exchange and tag sent before it is
//! written and synced), then commits the index, then writes the outcomes. A failure at either
//! of the first two steps is returned and stops the crawl with nothing marked: the next run
//! fetches those URLs again.

use std::collections::BTreeMap;
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use url::Url;

use super::archiver::Archiver;
use super::config::SiteConfig;
use super::discover::Sitemap;
use super::plan::CrawlPlan;
use super::state::{CrawlState, NewUrl, Outcome, QueuedUrl, UrlKind, UrlState};
use super::task::{Fetched, Parsed, TaskResult};
use super::{CrawlError, CrawlSummary, Event, SiteStats};
use crate::import::{KEY_FIELD, KIND_FIELD};
use crate::index::{Added, Indexer};
use crate::record::Record;
use crate::urls;

/// Outcomes waiting for the next commit before the state records them.
const MAX_PENDING_OUTCOMES: usize = 4096;

/// An outcome to record at the next commit.
struct PendingOutcome {
    url: String,
    outcome: Outcome,
    /// For a written document: (key, site, article key, content hash) for the state's
    /// `indexed` table.
    indexed: Option<(String, String, Option<String>, String)>,
}

/// See the module documentation.
pub(super) struct Coordinator<'a> {
    pub plan: &'a CrawlPlan,
    pub state: &'a CrawlState,
    pub archiver: &'a Archiver,
    pub summary: CrawlSummary,
    pending: Vec<PendingOutcome>,
    /// Documents written since the last commit.
    written: usize,
    last_commit: Instant,
    /// Article pages that may still be fetched in this run.
    pub article_budget: Option<usize>,
}

type On<'o> = &'o mut (dyn FnMut(Event<'_>) + Send);

impl<'a> Coordinator<'a> {
    pub fn new(
        plan: &'a CrawlPlan,
        state: &'a CrawlState,
        archiver: &'a Archiver,
        summary: CrawlSummary,
    ) -> Coordinator<'a> {
        Coordinator {
            plan,
            state,
            archiver,
            summary,
            pending: Vec::new(),
            written: 0,
            last_commit: Instant::now(),
            article_budget: plan.max_pages.value,
        }
    }

    fn stats(&mut self, site: &str) -> &mut SiteStats {
        self.summary.sites.entry(site.to_string()).or_default()
    }

    fn site(&self, name: &str) -> Option<&'a SiteConfig> {
        self.plan.config.site(name)
    }

    /// Whether enough is pending to commit now.
    pub fn should_commit(&self) -> bool {
        !self.pending.is_empty()
            && (self.written >= self.plan.commit_every
                || self.pending.len() >= MAX_PENDING_OUTCOMES
                || self.last_commit.elapsed() >= self.plan.commit_interval)
    }

    /// Makes everything since the last commit durable: archive, then index, then state.
    pub async fn commit(&mut self, indexer: &mut Indexer, on: On<'_>) -> Result<(), CrawlError> {
        self.last_commit = Instant::now();
        if self.pending.is_empty() {
            return Ok(());
        }
        self.archiver.flush().await?;
        let documents = indexer.commit()?;
        for p in self.pending.drain(..) {
            if let Some((key, site, article_key, hash)) = &p.indexed {
                self.state.mark_indexed(key, site, article_key.as_deref(), hash)?;
            }
            self.state.finish(&p.url, &p.outcome)?;
        }
        self.written = 0;
        on(Event::Committed { documents });
        Ok(())
    }

    fn finish(&mut self, q: &QueuedUrl, outcome: Outcome) {
        self.pending.push(PendingOutcome { url: q.url.to_string(), outcome, indexed: None });
    }

    fn fail(&mut self, q: &QueuedUrl, kind: &str, reason: &str, status: Option<u16>, on: On<'_>) {
        *self.stats(&q.site).errors.entry(kind.to_string()).or_default() += 1;
        on(Event::Failed { site: &q.site, url: q.url.as_str(), kind, reason });
        let mut outcome = Outcome::new(UrlState::Failed);
        outcome.http_status = status;
        outcome.error = Some(format!("{kind}: {reason}"));
        self.finish(q, outcome);
    }

    /// Applies one task result. Errors are fatal to the crawl (state, index or archive).
    pub fn apply(
        &mut self,
        done: TaskResult,
        indexer: &mut Indexer,
        on: On<'_>,
    ) -> Result<(), CrawlError> {
        if let Some(e) = self.archiver.error() {
            return Err(CrawlError::Archive(crate::archive::ArchiveError::Failed(e)));
        }
        let TaskResult { queued: q, fetched } = done;
        let (resp, parsed) = match fetched {
            Fetched::Page { response, parsed } => (response, parsed),
            Fetched::NotModified => {
                self.stats(&q.site).not_modified += 1;
                self.stats(&q.site).fetched += 1;
                let (site, url) = (&q.site, q.url.as_str());
                on(Event::Fetched { site, url, kind: q.kind, status: Some(304) });
                let mut outcome = Outcome::new(UrlState::NotModified);
                outcome.http_status = Some(304);
                outcome.etag = q.validators.etag.clone();
                outcome.last_modified = q.validators.last_modified.clone();
                self.finish(&q, outcome);
                return Ok(());
            }
            Fetched::Blocked(reason) => {
                self.stats(&q.site).skipped += 1;
                *self.stats(&q.site).errors.entry("robots_disallowed".into()).or_default() += 1;
                let (site, url) = (&q.site, q.url.as_str());
                on(Event::Failed { site, url, kind: "robots_disallowed", reason: &reason });
                let mut outcome = Outcome::new(UrlState::Skipped);
                outcome.error = Some(reason);
                self.finish(&q, outcome);
                return Ok(());
            }
            Fetched::Failed(e) => {
                let status = match &e {
                    crate::net::FetchError::Status(s) => Some(*s),
                    _ => None,
                };
                self.fail(&q, e.kind(), &e.to_string(), status, on);
                return Ok(());
            }
            Fetched::ParseFailed(reason) => {
                self.fail(&q, "parser", &reason, None, on);
                return Ok(());
            }
        };
        self.stats(&q.site).fetched += 1;
        let (site_name, url) = (&q.site, q.url.as_str());
        on(Event::Fetched { site: site_name, url, kind: q.kind, status: Some(resp.status) });
        let mut outcome = Outcome::new(UrlState::Done);
        outcome.http_status = Some(resp.status);
        outcome.etag = resp.etag.clone();
        outcome.last_modified = resp.last_modified.clone();
        let Some(site) = self.site(&q.site) else {
            self.finish(&q, outcome);
            return Ok(());
        };
        let status = Some(resp.status);
        match parsed {
            Parsed::Robots => {}
            Parsed::Feed(Ok(items)) => {
                let found = items
                    .into_iter()
                    .filter(|(_, published)| self.recent_enough(*published))
                    .map(|(u, published)| (u, published.map(|p| p.to_rfc3339())))
                    .collect();
                self.enqueue_articles(site, &q, found)?;
                self.tag(&resp.final_url, "feed", None);
            }
            Parsed::Feed(Err(e)) => {
                self.fail(&q, "malformed_feed", &e, status, on);
                return Ok(());
            }
            Parsed::Sitemap { sitemap, error } => {
                match sitemap {
                    Some(Sitemap::Index(refs)) => {
                        let children = refs
                            .into_iter()
                            .filter(|r| self.recent_enough(r.lastmod))
                            .map(|r| r.url)
                            .collect();
                        self.enqueue_kind(site, &q, children, UrlKind::Sitemap, 20)?;
                    }
                    Some(Sitemap::Urls(items)) => {
                        let found = items
                            .into_iter()
                            .filter(|d| self.recent_enough(d.published))
                            .map(|d| (d.url, d.published.map(|p| p.to_rfc3339())))
                            .collect();
                        self.enqueue_articles(site, &q, found)?;
                    }
                    None => {}
                }
                self.tag(&resp.final_url, "sitemap", None);
                if let Some(e) = error {
                    self.fail(&q, "malformed_sitemap", &e, status, on);
                    return Ok(());
                }
            }
            Parsed::Listing { articles, next, feeds } => {
                let found = articles.into_iter().map(|u| (u, None)).collect();
                self.enqueue_articles(site, &q, found)?;
                if (q.depth as usize) < site.max_listing_pages {
                    self.enqueue_kind(site, &q, next, UrlKind::Listing, 10)?;
                }
                // Ad hoc seeds: feeds linked from the page.
                self.enqueue_kind(site, &q, feeds, UrlKind::Feed, 30)?;
                self.tag(&resp.final_url, "listing", None);
            }
            Parsed::Article(record) => {
                return self.index_article(q, &resp.final_url, record, outcome, indexer);
            }
        }
        self.finish(&q, outcome);
        Ok(())
    }

    fn recent_enough(&self, date: Option<DateTime<FixedOffset>>) -> bool {
        match (self.plan.since, date) {
            (Some(since), Some(d)) => d.date_naive() >= since,
            _ => true,
        }
    }

    /// Queues a WARC metadata record saying what the crawler took the response for; `reindex`
    /// rebuilds the index from the responses tagged `article`, under the recorded key.
    fn tag(&self, url: &Url, kind: &str, key: Option<&str>) {
        let mut fields = vec![(KIND_FIELD, kind)];
        if let Some(key) = key {
            fields.push((KEY_FIELD, key));
        }
        self.archiver.tag(url.as_str(), &fields);
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
        q: QueuedUrl,
        final_url: &Url,
        record: Result<Box<Record>, crate::ingest::IngestError>,
        mut outcome: Outcome,
        indexer: &mut Indexer,
    ) -> Result<(), CrawlError> {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                self.stats(&q.site).skipped += 1;
                outcome.state = UrlState::Skipped;
                outcome.error = Some(e.to_string());
                self.finish(&q, outcome);
                return Ok(());
            }
        };
        if let (Some(since), Some(p)) = (self.plan.since, record.article.published) {
            if p.date_naive() < since {
                self.stats(&q.site).skipped += 1;
                outcome.state = UrlState::Skipped;
                outcome.error = Some("published before --since".into());
                self.finish(&q, outcome);
                return Ok(());
            }
        }
        let (added, id) = indexer.add(*record, None)?;
        outcome.content_hash = Some(id.content_hash.clone());
        outcome.article_id = id.article_key.clone();
        let stats = self.stats(&q.site);
        match &added {
            Added::New => stats.indexed += 1,
            Added::Replaced | Added::Earlier { .. } => stats.updated += 1,
            Added::Unchanged => stats.unchanged += 1,
            Added::Duplicate { .. } => stats.duplicates += 1,
        }
        let indexed = match added {
            Added::Duplicate { .. } => {
                outcome.state = UrlState::Duplicate;
                self.tag(final_url, "duplicate", Some(&id.key));
                None
            }
            _ => {
                self.tag(final_url, "article", Some(&id.key));
                if added.wrote() {
                    self.written += 1;
                }
                Some((id.key, q.site.clone(), id.article_key, id.content_hash))
            }
        };
        self.pending.push(PendingOutcome { url: q.url.to_string(), outcome, indexed });
        Ok(())
    }
}

/// Per-site counters for the sites of a plan, all zero.
pub(super) fn empty_stats(plan: &CrawlPlan) -> BTreeMap<String, SiteStats> {
    plan.sites.iter().map(|s| (s.name.clone(), SiteStats::default())).collect()
}
