//! Per-origin politeness gate.
//!
//! Every network request vnmon makes first obtains a [`HostPermit`] from the [`HostGate`]. The
//! gate enforces, per [`Origin`] (scheme, host and port: two sites on one host with different
//! ports are two origins; "host" below means an origin):
//!
//! * **one request in flight**: a permit is exclusive for its host until it is dropped;
//! * **a minimum pause between requests**: a permit for a host is handed out at least
//!   `delay(host)` after the previous permit for that host was dropped (its request ended), so
//!   the spacing holds as measured by the server, whatever our own network or scheduling
//!   latency. `delay(host)` is the larger of the site delay
//!   (set with [`HostGate::set_delay`], otherwise the gate's default) and the robots.txt
//!   `Crawl-delay` (set with [`HostGate::set_crawl_delay`]).
//!
//! Across hosts, requests proceed concurrently up to a global limit (a tokio semaphore). A waiter
//! takes its host's turn first and a global slot only after its per-host delay has elapsed, so a
//! request sleeping out its politeness delay never occupies one of the global slots.
//!
//! Waiters for one host are served in FIFO order (tokio's mutex is fair).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{OwnedMutexGuard, OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use crate::urls::Origin;

/// Default number of requests allowed in flight across all hosts.
pub const DEFAULT_MAX_CONCURRENCY: usize = 16;

/// Timing state of one host, guarded by the host's turn mutex (see [`HostSlot::turn`]).
#[derive(Debug, Default)]
struct HostTiming {
    /// When the last permit for this host was handed out (the last request start).
    last_start: Option<Instant>,
    /// When the last permit for this host was dropped (the last request end).
    last_end: Option<Instant>,
}

/// Delay settings of one host. Readable and writable at any time, independently of the turn.
#[derive(Debug, Default, Clone, Copy)]
struct HostDelays {
    /// Site delay from the configuration; `None` means the gate's default delay.
    site: Option<Duration>,
    /// `Crawl-delay` from robots.txt, if any.
    crawl: Option<Duration>,
    /// No request may start before this instant (set from `Retry-After`).
    not_before: Option<Instant>,
}

/// Per-host state.
#[derive(Debug, Default)]
struct HostSlot {
    /// The host's turn. Holding the (owned) guard means holding the host's only in-flight slot;
    /// the guarded value is the timing of past requests, so it is only read and written by the
    /// task whose turn it is. tokio's mutex queues waiters FIFO, which keeps the host fair.
    turn: Arc<tokio::sync::Mutex<HostTiming>>,
    /// Delay settings. A plain std mutex: it is only locked for a copy or an assignment, never
    /// across an await point.
    delays: Mutex<HostDelays>,
}

/// The politeness gate shared by all fetches of one crawler.
#[derive(Debug)]
pub struct HostGate {
    /// Delay used for hosts without a site delay of their own.
    default_delay: Duration,
    /// Registry of known hosts. A std mutex held only to look up or insert a slot (never across
    /// an await point); the slot itself is shared out as an `Arc`.
    hosts: Mutex<HashMap<Origin, Arc<HostSlot>>>,
    /// Global concurrency limit across all hosts: one semaphore permit per request in flight.
    /// Acquired after the per-host turn and delay, released with the [`HostPermit`].
    global: Arc<Semaphore>,
}

/// Permission to send one request to one host.
///
/// While it lives, no other request to the same host can start. Dropping it ends the request:
/// the host's turn passes to the next waiter (which still waits out the delay counted from this
/// request's end) and the global slot is returned.
#[derive(Debug)]
pub struct HostPermit {
    /// The host's turn (exclusive in-flight slot), with the host's timing state.
    turn: OwnedMutexGuard<HostTiming>,
    /// The global concurrency slot (always present: the gate never closes its semaphore).
    _global: Option<OwnedSemaphorePermit>,
    /// When this permit was handed out.
    started: Instant,
}

impl HostPermit {
    /// When the permit was handed out, i.e. when the request was allowed to start.
    pub fn started(&self) -> Instant {
        self.started
    }
}

impl Drop for HostPermit {
    fn drop(&mut self) {
        self.turn.last_end = Some(Instant::now());
    }
}

impl HostGate {
    /// A gate with the given default per-host delay and global concurrency limit (at least 1).
    pub fn new(default_delay: Duration, max_concurrency: usize) -> HostGate {
        HostGate {
            default_delay,
            hosts: Mutex::new(HashMap::new()),
            global: Arc::new(Semaphore::new(max_concurrency.max(1))),
        }
    }

    /// The slot of `origin`, created on first use.
    fn slot(&self, origin: &Origin) -> Arc<HostSlot> {
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = hosts.get(origin) {
            return Arc::clone(slot);
        }
        Arc::clone(hosts.entry(origin.clone()).or_default())
    }

    /// Sets the site delay of `origin` ([`Origin::of`] a URL), replacing the gate
    /// default for that origin. The effective delay is still at least the robots `Crawl-delay`.
    pub fn set_delay(&self, origin: &Origin, delay: Duration) {
        let slot = self.slot(origin);
        slot.delays.lock().unwrap_or_else(PoisonError::into_inner).site = Some(delay);
    }

    /// Sets (or clears, with `None`) the robots.txt `Crawl-delay` of `origin`.
    pub fn set_crawl_delay(&self, origin: &Origin, delay: Option<Duration>) {
        let slot = self.slot(origin);
        slot.delays.lock().unwrap_or_else(PoisonError::into_inner).crawl = delay;
    }

    /// Holds back every request to `origin` until `until` (e.g. from a `Retry-After` header), on
    /// top of the usual delay. A later call only ever moves the instant forward.
    pub fn defer(&self, origin: &Origin, until: Instant) {
        let slot = self.slot(origin);
        let mut delays = slot.delays.lock().unwrap_or_else(PoisonError::into_inner);
        delays.not_before = Some(delays.not_before.map_or(until, |t| t.max(until)));
    }

    /// The effective minimum pause between two requests to `origin`.
    pub fn delay(&self, origin: &Origin) -> Duration {
        let slot = self.slot(origin);
        let delays = *slot.delays.lock().unwrap_or_else(PoisonError::into_inner);
        self.effective(delays)
    }

    fn effective(&self, delays: HostDelays) -> Duration {
        let site = delays.site.unwrap_or(self.default_delay);
        site.max(delays.crawl.unwrap_or(Duration::ZERO))
    }

    /// Waits until a request to `origin` may start and returns the permit for it.
    ///
    /// Waits, in order, for the host's turn (no other request to the host in flight), for the
    /// host's delay counted from the end of the previous request, and for a global slot.
    pub async fn acquire(&self, origin: &Origin) -> HostPermit {
        let slot = self.slot(origin);
        let mut turn = Arc::clone(&slot.turn).lock_owned().await;
        // Read the delays after taking the turn so a Crawl-delay or deferral learnt meanwhile
        // applies.
        let delays = *slot.delays.lock().unwrap_or_else(PoisonError::into_inner);
        // Counted from the end of the previous request (its start when it never ended): the
        // server received that request before it answered, so its arrival is earlier still,
        // and the spacing holds as measured at the server, whatever the network or
        // scheduling delays on our side.
        let previous = turn.last_end.max(turn.last_start);
        let after_last = previous.map(|last| last + self.effective(delays));
        if let Some(at) = after_last.max(delays.not_before) {
            tokio::time::sleep_until(at).await;
        }
        // The semaphore is owned by the gate and never closed, so this is always `Some`.
        let global = Arc::clone(&self.global).acquire_owned().await.ok();
        let started = Instant::now();
        turn.last_start = Some(started);
        HostPermit { turn, _global: global, started }
    }

    /// When the last request to `origin` started and ended, if the host has been contacted and is
    /// not currently busy (returns `None` while a request to it is in flight).
    pub fn last_request(&self, origin: &Origin) -> Option<(Option<Instant>, Option<Instant>)> {
        let slot = self.slot(origin);
        let timing = slot.turn.try_lock().ok()?;
        Some((timing.last_start, timing.last_end))
    }
}

impl Default for HostGate {
    /// A gate with a 1 s default delay and [`DEFAULT_MAX_CONCURRENCY`] global slots.
    fn default() -> HostGate {
        HostGate::new(Duration::from_secs(1), DEFAULT_MAX_CONCURRENCY)
    }
}
