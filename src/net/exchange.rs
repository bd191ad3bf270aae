//! What the client hands to its archive: one [`Exchange`] per request, to an [`ExchangeSink`].

use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Utc};

use super::error::FetchError;

/// One HTTP request/response exchange, as handed to the [`ExchangeSink`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// The requested URL.
    pub url: String,
    /// When the request was sent.
    pub at: DateTime<Utc>,
    /// Request line and headers as sent (reconstructed in HTTP/1.1 syntax), ending in a blank
    /// line.
    pub request: Vec<u8>,
    /// Status line, headers and body as received, in HTTP/1.1 syntax, with the body decoded:
    /// `Content-Encoding` (when decoded) and `Transfer-Encoding` removed and `Content-Length`
    /// set to the stored body length. `None` when no response head arrived. When the body
    /// failed part-way (see `error`), this holds the part that was read.
    pub response: Option<Vec<u8>>,
    /// What went wrong, if anything (timeout, reset, truncated or oversized body, ...).
    pub error: Option<FetchError>,
}

/// Receiver of every HTTP exchange, e.g. a WARC writer.
pub trait ExchangeSink: Send + Sync {
    /// Called once per exchange, after it completed or failed, with the exchange itself (no
    /// copy of the bodies). Must not block for long: it runs on the fetching task.
    fn record(&self, ex: Exchange);
}

/// A sink that discards everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct NullSink;

impl ExchangeSink for NullSink {
    fn record(&self, _ex: Exchange) {}
}

/// A sink that keeps every exchange in memory (tests, small tools).
#[derive(Debug, Default)]
pub struct MemorySink {
    /// The exchanges recorded so far, in order.
    exchanges: Mutex<Vec<Exchange>>,
}

impl MemorySink {
    /// An empty sink.
    pub fn new() -> MemorySink {
        MemorySink::default()
    }

    /// A copy of the exchanges recorded so far.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.exchanges.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl ExchangeSink for MemorySink {
    fn record(&self, ex: Exchange) {
        self.exchanges.lock().unwrap_or_else(PoisonError::into_inner).push(ex);
    }
}
