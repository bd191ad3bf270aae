//! A local multi-site HTTP/1.1 server with fault injection, for crawler tests, `vnmon demo` and
//! the crawl throughput benchmark.
//!
//! Every [`Site`] gets its own listener on `127.0.0.1:0`, so each site is a distinct
//! `host:port` as far as per-host politeness is concerned. The server is a small hand-written
//! HTTP/1.1 implementation on tokio (persistent connections, `Content-Length` framing, pipelined
//! requests, `HEAD`), which keeps every byte on the wire under control: a [`Fault`] on a route
//! can reset the connection, truncate the body, stall, redirect forever, stream an oversized
//! page or a gzip bomb, lie about the charset or serve a PDF.
//!
//! Pages, feeds and sitemaps usually hold absolute URLs, which need the port. So the server binds
//! all listeners first and builds the sites afterwards: [`SiteServer::start_with`] takes the site
//! names and a builder that receives each name's base URL (`http://127.0.0.1:PORT`).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use vnmon_sitesrv::{fixtures, SiteServer};
//! let names = fixtures::fixture_site_names();
//! let server = SiteServer::start_with(&names, |bases| fixtures::fixture_sites(bases, 10)).await?;
//! let base = server.base_url("dantri").unwrap_or_default();
//! // … crawl `base` …
//! let hits = server.hits("dantri", "/robots.txt");
//! # let _ = hits;
//! server.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! The server runs on the caller's tokio runtime (it needs the `net`, `time` and `io-util`
//! features). Code without a runtime can use [`BackgroundServer`], which owns one.
//!
//! Every request is recorded in a [`RequestLog`] with its arrival [`Instant`], so tests can
//! check from the server's side that a host never received two requests closer than its delay.
//!
//! This crate is test and demo infrastructure, not part of the vnmon library: it knows nothing of
//! vnmon (the demo hands it the bundled seed pages as [`fixtures::SeedSource`]s).
#![warn(missing_docs)]

pub mod crawlcfg;
pub mod fixtures;
mod http;
mod synth;

pub use synth::esc as escape_html;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Builds a page on demand for a request target that has no static route (see
/// [`Site::dynamic`]). Receives the request target (path and query) and returns the route to
/// serve, or `None` for a 404.
pub type DynamicPages = Arc<dyn Fn(&str) -> Option<Route> + Send + Sync>;

/// One site: a name (its key in [`SiteServer`]) and its routes.
#[derive(Clone, Default)]
pub struct Site {
    /// The site's name, unique within one server.
    pub name: String,
    /// Routes by request target: the path plus, if any, `?` and the query (`/tin?page=2`).
    /// A target with a query that has no route of its own falls back to its path's route, as
    /// a real server ignores unknown parameters such as `utm_source`.
    pub routes: BTreeMap<String, Route>,
    /// Pages generated on request for targets with no static route (used by the benchmark
    /// sites, whose pages would not fit in memory all at once).
    pub dynamic: Option<DynamicPages>,
}

impl fmt::Debug for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Site")
            .field("name", &self.name)
            .field("routes", &self.routes.keys().collect::<Vec<_>>())
            .field("dynamic", &self.dynamic.is_some())
            .finish()
    }
}

impl Site {
    /// An empty site called `name`.
    pub fn new(name: impl Into<String>) -> Site {
        Site { name: name.into(), routes: BTreeMap::new(), dynamic: None }
    }

    /// Adds (or replaces) the route for `target` and returns the site, for chaining.
    pub fn with(mut self, target: impl Into<String>, route: Route) -> Site {
        self.routes.insert(target.into(), route);
        self
    }

    /// Adds (or replaces) the route for `target`.
    pub fn add(&mut self, target: impl Into<String>, route: Route) {
        self.routes.insert(target.into(), route);
    }
}

/// What the server answers for one request target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Status code of a normal answer.
    pub status: u16,
    /// Response headers (besides `Content-Length`, `Date`, `Connection`, `ETag` and
    /// `Last-Modified`, which the server writes itself).
    pub headers: Vec<(String, String)>,
    /// Response body.
    pub body: Vec<u8>,
    /// A fault to inject instead of, or before, the normal answer.
    pub fault: Option<Fault>,
    /// Entity tag, quotes included (`"v1"`); enables `If-None-Match` → 304.
    pub etag: Option<String>,
    /// HTTP date (`Sat, 05 Sep 2026 06:30:00 GMT`); enables `If-Modified-Since` → 304.
    pub last_modified: Option<String>,
}

impl Route {
    /// A route with `status`, one `Content-Type` header and `body`.
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Route {
        Route {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            fault: None,
            etag: None,
            last_modified: None,
        }
    }

    /// A 200 `text/html; charset=utf-8` page.
    pub fn html(body: impl Into<Vec<u8>>) -> Route {
        Route::new(200, "text/html; charset=utf-8", body)
    }

    /// A 200 `application/xml; charset=utf-8` document (feeds, sitemaps).
    pub fn xml(body: impl Into<Vec<u8>>) -> Route {
        Route::new(200, "application/xml; charset=utf-8", body)
    }

    /// A 200 `text/plain; charset=utf-8` document (robots.txt).
    pub fn text(body: impl Into<Vec<u8>>) -> Route {
        Route::new(200, "text/plain; charset=utf-8", body)
    }

    /// A 301 redirect to `to` (absolute URL or absolute path).
    pub fn redirect(to: &str) -> Route {
        Route::redirect_with(301, to)
    }

    /// A redirect with the given status (301, 302, 307, 308) to `to`.
    pub fn redirect_with(status: u16, to: &str) -> Route {
        let mut r = Route::new(status, "text/html; charset=utf-8", Vec::new());
        r.headers.push(("Location".into(), to.into()));
        r
    }

    /// Returns the route with `fault` set.
    pub fn with_fault(mut self, fault: Fault) -> Route {
        self.fault = Some(fault);
        self
    }

    /// Returns the route with an entity tag (quotes are added if missing).
    pub fn with_etag(mut self, etag: &str) -> Route {
        let tag = if etag.starts_with('"') || etag.starts_with("W/") {
            etag.to_string()
        } else {
            format!("\"{etag}\"")
        };
        self.etag = Some(tag);
        self
    }

    /// Returns the route with a `Last-Modified` HTTP date.
    pub fn with_last_modified(mut self, date: &str) -> Route {
        self.last_modified = Some(date.to_string());
        self
    }

    /// Returns the route with one more response header.
    pub fn with_header(mut self, name: &str, value: &str) -> Route {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A misbehaviour injected on a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Always answer with this status (500, 503, 404, …) and a short HTML error page.
    Status(u16),
    /// Answer 429 with `Retry-After: retry_after_secs` to the first `times` requests, then
    /// normally.
    TooMany {
        /// Value of the `Retry-After` header, in seconds.
        retry_after_secs: u64,
        /// How many requests get the 429.
        times: u32,
    },
    /// Answer `status` to the first `times` requests, then normally.
    FailTimes {
        /// The failure status (usually 5xx).
        status: u16,
        /// How many requests fail.
        times: u32,
    },
    /// Sleep `delay` before sending anything, then answer normally.
    Slow {
        /// Time before the response starts.
        delay: Duration,
    },
    /// Send the headers and the first half of the body, stall for `delay`, then send the rest.
    SlowBody {
        /// Length of the stall.
        delay: Duration,
    },
    /// Close the connection without a response (with `SO_LINGER` 0, so the peer sees a reset).
    Reset,
    /// Announce the full `Content-Length`, send half the body, then close the connection.
    Truncated,
    /// Redirect (302) forever: the route's target and `target?hop=1` point at each other.
    RedirectLoop,
    /// Stream an HTML page of exactly `bytes` bytes (with an honest `Content-Length`).
    Oversized {
        /// Size of the body.
        bytes: usize,
    },
    /// Send `Content-Encoding: gzip` with a small body that inflates to `decompressed` bytes of
    /// HTML (mostly spaces; about 1/1000 of that on the wire).
    GzipBomb {
        /// Size of the body once inflated.
        decompressed: usize,
    },
    /// Send the route's (UTF-8) body with `Content-Type: text/html; charset=iso-8859-1`.
    WrongCharset,
    /// Send `Content-Type: application/pdf` with a small PDF-looking body instead of the route.
    NonHtml,
}

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct RequestLog {
    /// The site's name.
    pub site: String,
    /// The request target: path plus query, as sent.
    pub path: String,
    /// The method (`GET`, `HEAD`, …).
    pub method: String,
    /// When the request line had arrived.
    pub at: Instant,
    /// Request headers in order, names as sent.
    pub headers: Vec<(String, String)>,
    /// Server-wide connection number: requests sharing one show keep-alive reuse.
    pub connection: u64,
}

impl RequestLog {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A site as served: routes with shared bodies, plus per-route request counters for faults.
pub(crate) struct Served {
    pub(crate) name: String,
    pub(crate) routes: RwLock<HashMap<String, Arc<Route>>>,
    pub(crate) dynamic: RwLock<Option<DynamicPages>>,
    /// Requests seen per route key (for `TooMany` / `FailTimes`).
    pub(crate) counters: Mutex<HashMap<String, u32>>,
}

/// State shared by all listeners and connections.
pub(crate) struct Shared {
    pub(crate) log: Mutex<Vec<RequestLog>>,
    pub(crate) logging: AtomicBool,
    pub(crate) connections: AtomicU64,
}

/// A running server: one listener per site on 127.0.0.1. Dropping it stops the server too
/// (without waiting); [`SiteServer::shutdown`] stops it and waits.
pub struct SiteServer {
    addrs: BTreeMap<String, SocketAddr>,
    sites: HashMap<String, Arc<Served>>,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl fmt::Debug for SiteServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SiteServer").field("addrs", &self.addrs).finish()
    }
}

impl SiteServer {
    /// Serves `sites`, each on its own new listener. Use [`SiteServer::start_with`] when the
    /// pages must contain the server's own URLs.
    pub async fn start(sites: Vec<Site>) -> std::io::Result<SiteServer> {
        let names: Vec<String> = sites.iter().map(|s| s.name.clone()).collect();
        SiteServer::start_with(&names, move |_| sites).await
    }

    /// Binds one listener per name, then calls `build` with each name's base URL
    /// (`http://127.0.0.1:PORT`, no trailing slash) and serves the sites it returns. A returned
    /// site whose name was not bound gets a listener of its own afterwards; a bound name with no
    /// site serves 404s. Duplicate names in `names` are bound once.
    pub async fn start_with<S, F>(names: &[S], build: F) -> std::io::Result<SiteServer>
    where
        S: AsRef<str>,
        F: FnOnce(&HashMap<String, String>) -> Vec<Site>,
    {
        let mut listeners: BTreeMap<String, TcpListener> = BTreeMap::new();
        for name in names {
            let name = name.as_ref();
            if !listeners.contains_key(name) {
                listeners.insert(name.to_string(), TcpListener::bind("127.0.0.1:0").await?);
            }
        }
        let mut bases = HashMap::new();
        for (name, l) in &listeners {
            bases.insert(name.clone(), format!("http://{}", l.local_addr()?));
        }
        let built = build(&bases);
        let mut served: HashMap<String, Arc<Served>> = listeners
            .keys()
            .map(|name| (name.clone(), Arc::new(Served::new(Site::new(name.clone())))))
            .collect();
        for site in built {
            if !listeners.contains_key(&site.name) {
                listeners.insert(site.name.clone(), TcpListener::bind("127.0.0.1:0").await?);
            }
            served.insert(site.name.clone(), Arc::new(Served::new(site)));
        }
        for s in served.values() {
            s.prepare();
        }
        let shared = Arc::new(Shared {
            log: Mutex::new(Vec::new()),
            logging: AtomicBool::new(true),
            connections: AtomicU64::new(0),
        });
        let (stop, _) = watch::channel(false);
        let mut addrs = BTreeMap::new();
        let mut tasks = Vec::new();
        for (name, listener) in listeners {
            addrs.insert(name.clone(), listener.local_addr()?);
            let Some(site) = served.get(&name).cloned() else { continue };
            tasks.push(tokio::spawn(http::accept_loop(
                listener,
                site,
                shared.clone(),
                stop.subscribe(),
            )));
        }
        Ok(SiteServer { addrs, sites: served, shared, stop, tasks })
    }

    /// The base URL of a site, `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self, site: &str) -> Option<String> {
        self.addrs.get(site).map(|a| format!("http://{a}"))
    }

    /// Base URLs of all sites by name.
    pub fn base_urls(&self) -> HashMap<String, String> {
        self.addrs.iter().map(|(n, a)| (n.clone(), format!("http://{a}"))).collect()
    }

    /// The socket address of a site's listener.
    pub fn addr(&self, site: &str) -> Option<SocketAddr> {
        self.addrs.get(site).copied()
    }

    /// Names of all served sites, sorted.
    pub fn site_names(&self) -> Vec<String> {
        self.addrs.keys().cloned().collect()
    }

    /// A copy of the request log, in arrival order (per connection; across connections, in
    /// the order the server recorded them).
    pub fn log(&self) -> Vec<RequestLog> {
        self.shared.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The log entries of one site.
    pub fn site_log(&self, site: &str) -> Vec<RequestLog> {
        self.shared
            .log
            .lock()
            .map(|l| l.iter().filter(|r| r.site == site).cloned().collect())
            .unwrap_or_default()
    }

    /// Empties the request log (fault counters are kept).
    pub fn clear_log(&self) {
        if let Ok(mut l) = self.shared.log.lock() {
            l.clear();
        }
    }

    /// Turns request logging on or off (on by default; the benchmark may turn it off).
    pub fn set_logging(&self, on: bool) {
        self.shared.logging.store(on, Ordering::Relaxed);
    }

    /// How many logged requests went to `site` with exactly this target (path plus query).
    pub fn hits(&self, site: &str, path: &str) -> usize {
        self.shared
            .log
            .lock()
            .map(|l| l.iter().filter(|r| r.site == site && r.path == path).count())
            .unwrap_or(0)
    }

    /// Number of logged requests to `site`.
    pub fn site_hits(&self, site: &str) -> usize {
        self.shared.log.lock().map(|l| l.iter().filter(|r| r.site == site).count()).unwrap_or(0)
    }

    /// Adds or replaces a route while the server runs (a new article, a changed page). The
    /// route's fault counter restarts. Returns false if the site is unknown.
    pub fn set_route(&self, site: &str, target: &str, route: Route) -> bool {
        let Some(s) = self.sites.get(site) else { return false };
        if let Some(Fault::GzipBomb { decompressed }) = &route.fault {
            synth::gzip_bomb(*decompressed);
        }
        if let Ok(mut r) = s.routes.write() {
            r.insert(target.to_string(), Arc::new(route));
        }
        if let Ok(mut c) = s.counters.lock() {
            c.remove(target);
        }
        true
    }

    /// Removes a route while the server runs; the target then answers 404. Returns whether
    /// there was one.
    pub fn remove_route(&self, site: &str, target: &str) -> bool {
        let Some(s) = self.sites.get(site) else { return false };
        s.routes.write().map(|mut r| r.remove(target).is_some()).unwrap_or(false)
    }

    /// Stops accepting, closes every connection and waits for the listener tasks to end.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        for t in std::mem::take(&mut self.tasks) {
            let _ = t.await;
        }
    }
}

impl Drop for SiteServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

impl Served {
    fn new(site: Site) -> Served {
        Served {
            name: site.name,
            routes: RwLock::new(site.routes.into_iter().map(|(k, v)| (k, Arc::new(v))).collect()),
            dynamic: RwLock::new(site.dynamic),
            counters: Mutex::new(HashMap::new()),
        }
    }

    /// Builds what faults need ahead of the first request (gzip bombs take a moment).
    fn prepare(&self) {
        if let Ok(routes) = self.routes.read() {
            for r in routes.values() {
                if let Some(Fault::GzipBomb { decompressed }) = &r.fault {
                    synth::gzip_bomb(*decompressed);
                }
            }
        }
    }
}

/// A [`SiteServer`] on a runtime of its own (one worker thread), for code that has no tokio
/// runtime, such as a synchronous command. Dereferences to the [`SiteServer`]. Create it outside
/// any async context; dropping it stops the server.
pub struct BackgroundServer {
    server: SiteServer,
    runtime: Option<tokio::runtime::Runtime>,
}

impl BackgroundServer {
    /// Starts the server like [`SiteServer::start_with`], on a new runtime.
    pub fn start_with<S, F>(names: &[S], build: F) -> std::io::Result<BackgroundServer>
    where
        S: AsRef<str>,
        F: FnOnce(&HashMap<String, String>) -> Vec<Site>,
    {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("vnmon-sitesrv")
            .enable_all()
            .build()?;
        let server = runtime.block_on(SiteServer::start_with(names, build))?;
        Ok(BackgroundServer { server, runtime: Some(runtime) })
    }

    /// Starts serving `sites` like [`SiteServer::start`], on a new runtime.
    pub fn start(sites: Vec<Site>) -> std::io::Result<BackgroundServer> {
        let names: Vec<String> = sites.iter().map(|s| s.name.clone()).collect();
        BackgroundServer::start_with(&names, move |_| sites)
    }
}

impl std::ops::Deref for BackgroundServer {
    type Target = SiteServer;
    fn deref(&self) -> &SiteServer {
        &self.server
    }
}

impl Drop for BackgroundServer {
    fn drop(&mut self) {
        let _ = self.server.stop.send(true);
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

/// Formats a time as an HTTP date (`Sat, 05 Sep 2026 06:30:00 GMT`), for `Last-Modified`.
pub fn http_date(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}
