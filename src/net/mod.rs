//! vnmon's HTTP layer: the only code that talks to the network.
//!
//! A [`Fetcher`] performs `GET` requests with:
//!
//! * **politeness**: every attempt of every hop (retries and redirects included, robots.txt too)
//!   first takes a [`HostPermit`] from the shared
//!   [`HostGate`]: one request in flight per origin, request starts spaced by the origin's delay,
//!   bounded concurrency across origins;
//! * **robots.txt**: checked before each hop through the [`RobotsCache`]; an origin's robots.txt is
//!   fetched on first use (through the gate and the sink, one retry at most, up to five
//!   redirects) and its `Crawl-delay` is handed to the gate;
//! * **archiving**: every exchange — including redirects, error responses and failed attempts — is
//!   passed to the [`ExchangeSink`] as an [`Exchange`] whose response is a valid HTTP/1.1 message
//!   with the decoded body (content and transfer codings removed, `Content-Length` set);
//! * **robustness**: connect and total timeouts, a cap on the decoded body size (a gzip bomb is
//!   cut at the cap), manual redirects with a hop limit, loop detection and a scope predicate,
//!   retries with exponential backoff and full jitter on 5xx, 429, timeouts and connection
//!   failures (honouring `Retry-After`), and refusal of private, loopback and link-local
//!   addresses unless [`FetchConfig::allow_private`] is set.
//!
//! Failures are reported as [`FetchError`] values with a stable [`FetchError::kind`] label for
//! per-site summaries; nothing is printed.
//!
//! Every per-site table here is keyed by [`Origin`](crate::urls::Origin) (scheme, host, port).
//!
//! ## Files
//!
//! The dependencies point one way, `client` → `gate`, `robots`, `resolver`, `wire`,
//! `exchange` → `error`; nothing imports `client`:
//!
//! - `client.rs`: [`Fetcher`], [`FetchConfig`], [`FetchResult`], [`Response`], the redirect
//!   chain, retries and backoff;
//! - `gate.rs`: [`HostGate`], the per-origin politeness gate;
//! - `robots.rs`: [`RobotsRules`] and the per-origin [`RobotsCache`] (no I/O);
//! - `resolver.rs`: the private-address guard ([`is_non_public`] and the DNS resolver);
//! - `wire.rs`: HTTP/1.1 messages as archived, `Retry-After`, error classification;
//! - `exchange.rs`: [`Exchange`] and the [`ExchangeSink`] trait;
//! - `error.rs`: [`FetchError`].

mod client;
mod error;
mod exchange;
mod gate;
mod resolver;
mod robots;
mod wire;

pub use client::{same_site, FetchConfig, FetchResult, Fetcher, Response, Validators};
pub use error::FetchError;
pub use exchange::{Exchange, ExchangeSink, MemorySink, NullSink};
pub use gate::{HostGate, HostPermit, DEFAULT_MAX_CONCURRENCY};
pub use resolver::is_non_public;
pub use robots::{agent_token, robots_url, RobotsCache, RobotsRules, ROBOTS_MAX_BYTES};
pub use wire::parse_retry_after;
