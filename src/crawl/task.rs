//! One URL of the frontier, fetched and parsed: the work of a fetch task.
//!
//! A task fetches through the [`Fetcher`] (robots.txt and the politeness gate apply to every
//! request) and then parses what came back on tokio's blocking pool — feeds, sitemaps, listing
//! pages, and articles through [`ingest::process`] — so the coordinator only applies typed
//! results ([`Fetched`]) to the state and the index and never parses HTML itself.

use std::sync::Arc;

use url::Url;

use super::config::SiteConfig;
use super::discover::{self, Sitemap};
use super::state::{QueuedUrl, UrlKind};
use crate::extract::Profiles;
use crate::ingest::{self, IngestError, RawPage};
use crate::net::{self as fetch, FetchResult, Fetcher, Response};
use crate::record::Record;

/// Largest sitemap read (decompressed).
const MAX_SITEMAP_BYTES: usize = 50 << 20;

/// A feed entry: the article URL and the publication time the feed gives.
pub type FeedEntry = (Url, Option<chrono::DateTime<chrono::FixedOffset>>);

/// What a response turned out to hold.
#[derive(Debug)]
pub enum Parsed {
    /// robots.txt (read by the fetcher; nothing to do here).
    Robots,
    /// A feed's entries, or why it could not be read.
    Feed(Result<Vec<FeedEntry>, String>),
    /// A sitemap, possibly partial, and the error that cut it short.
    Sitemap {
        /// What could be read.
        sitemap: Option<Sitemap>,
        /// Why it is partial or empty.
        error: Option<String>,
    },
    /// A listing page: article links, further listing pages, feeds it links to.
    Listing {
        /// Article URLs.
        articles: Vec<Url>,
        /// Further listing pages.
        next: Vec<Url>,
        /// Feeds linked from the page.
        feeds: Vec<Url>,
    },
    /// An article page, extracted (or why not).
    Article(Result<Box<Record>, IngestError>),
}

/// The outcome of one fetch task.
#[derive(Debug)]
pub enum Fetched {
    /// A response arrived and was parsed.
    Page {
        /// The response (an article's body has moved into its record).
        response: Box<Response>,
        /// What it held.
        parsed: Parsed,
    },
    /// A conditional request was answered `304 Not Modified`.
    NotModified,
    /// robots.txt forbids the URL.
    Blocked(String),
    /// The fetch failed (typed: timeout, status, too large, ...).
    Failed(fetch::FetchError),
    /// A parser panicked on the response (a bug; the URL is counted as failed).
    ParseFailed(String),
}

/// A task's result, handed back to the coordinator.
#[derive(Debug)]
pub struct TaskResult {
    /// The frontier entry the task worked on.
    pub queued: QueuedUrl,
    /// What happened.
    pub fetched: Fetched,
}

/// Fetches `queued` and parses the response off the async runtime's worker threads.
pub async fn run(
    fetcher: Fetcher,
    profiles: Arc<Profiles>,
    site: Option<SiteConfig>,
    queued: QueuedUrl,
) -> TaskResult {
    let validators = fetch::Validators {
        etag: queued.validators.etag.clone(),
        last_modified: queued.validators.last_modified.clone(),
    };
    let scope_site = site.clone();
    let scope = move |u: &Url| scope_site.as_ref().is_none_or(|s| s.in_scope(u));
    let fetched = match fetcher.fetch_scoped(&queued.url, &validators, &scope).await {
        FetchResult::Ok(resp) => {
            let kind = queued.kind;
            let hint = queued.published_hint.clone();
            let mut resp = Box::new(resp);
            let job = move || {
                let parsed = parse(kind, &mut resp, site.as_ref(), &profiles, hint.as_deref());
                (resp, parsed)
            };
            match tokio::task::spawn_blocking(job).await {
                Ok((response, parsed)) => Fetched::Page { response, parsed },
                // A parser panicked: a bug, reported as a failed URL rather than a lost one.
                Err(e) => Fetched::ParseFailed(e.to_string()),
            }
        }
        FetchResult::NotModified { .. } => Fetched::NotModified,
        FetchResult::Blocked { reason } => Fetched::Blocked(reason),
        FetchResult::Failed(e) => Fetched::Failed(e),
    };
    TaskResult { queued, fetched }
}

/// Parses a response by what the frontier fetched it as. An article's body moves into its
/// record (the response is archived already).
fn parse(
    kind: UrlKind,
    resp: &mut Response,
    site: Option<&SiteConfig>,
    profiles: &Profiles,
    published_hint: Option<&str>,
) -> Parsed {
    match kind {
        UrlKind::Robots => Parsed::Robots,
        UrlKind::Feed => Parsed::Feed(
            discover::parse_feed(&resp.body, &resp.final_url)
                .map(|items| items.into_iter().map(|d| (d.url, d.published)).collect())
                .map_err(|e| e.to_string()),
        ),
        UrlKind::Sitemap => {
            match discover::parse_sitemap(&resp.body, &resp.final_url, MAX_SITEMAP_BYTES) {
                Ok(s) => Parsed::Sitemap { sitemap: Some(s), error: None },
                Err(e) => {
                    Parsed::Sitemap { sitemap: e.partial().cloned(), error: Some(e.to_string()) }
                }
            }
        }
        UrlKind::Listing => {
            let html = crate::text::decode_html(&resp.body, resp.content_type.as_deref());
            let (articles, next) = match site {
                Some(site) => {
                    let page = discover::listing(&html, &resp.final_url, &site.listing_rule());
                    (page.articles, page.next)
                }
                None => (Vec::new(), Vec::new()),
            };
            let feeds = discover::feed_links(&html, &resp.final_url);
            Parsed::Listing { articles, next, feeds }
        }
        UrlKind::Article => {
            let raw = RawPage {
                url: Some(resp.final_url.to_string()),
                content_type: resp.content_type.clone(),
                body: std::mem::take(&mut resp.body),
                profile: site.and_then(|s| s.profile.clone()),
                published_hint: published_hint
                    .and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok()),
                key: None,
            };
            Parsed::Article(ingest::process(&raw, profiles).map(Box::new))
        }
    }
}
