//! The archive writer as its own thread: every HTTP exchange and every metadata record of a
//! crawl goes through a channel to one writer, which compresses and writes them in order.
//!
//! Fetch tasks hand exchanges over without waiting (the fetcher's [`ExchangeSink`]); the
//! coordinator tags responses and, before each index commit, calls [`Archiver::flush`], which
//! returns once everything sent before it is written and synced — or the first error. A write
//! error is never dropped: it is kept, every later flush returns it, and the crawl stops before
//! marking anything done that the archive does not hold.
//!
//! The store behind the thread is an [`ArchiveStore`]: the WARC writer in a crawl, a failing
//! store in the tests that check the above.

use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use chrono::Utc;

use crate::archive::{ArchiveError, WarcWriter};
use crate::net::{Exchange, ExchangeSink};

/// Where archived records go.
pub trait ArchiveStore: Send {
    /// Archives one HTTP exchange (request, and response when one arrived).
    fn exchange(&mut self, ex: &Exchange) -> Result<(), ArchiveError>;
    /// Archives a metadata record about `uri`.
    fn metadata(&mut self, uri: &str, fields: &[(&str, &str)]) -> Result<(), ArchiveError>;
    /// Makes everything written so far durable.
    fn flush(&mut self) -> Result<(), ArchiveError>;
    /// Closes the store (the WARC writer renames its open file).
    fn close(self: Box<Self>) -> Result<(), ArchiveError>;
}

impl ArchiveStore for WarcWriter {
    fn exchange(&mut self, ex: &Exchange) -> Result<(), ArchiveError> {
        let req = self.write_request(&ex.url, ex.at, &ex.request)?;
        if let Some(resp) = &ex.response {
            self.write_response(&ex.url, ex.at, resp, Some(&req))?;
        }
        Ok(())
    }

    fn metadata(&mut self, uri: &str, fields: &[(&str, &str)]) -> Result<(), ArchiveError> {
        self.write_metadata(uri, Utc::now(), None, fields).map(|_| ())
    }

    fn flush(&mut self) -> Result<(), ArchiveError> {
        WarcWriter::flush(self)
    }

    fn close(self: Box<Self>) -> Result<(), ArchiveError> {
        self.finish().map(|_| ())
    }
}

enum Msg {
    Exchange(Box<Exchange>),
    Metadata { uri: String, fields: Vec<(String, String)> },
    Flush(tokio::sync::oneshot::Sender<Result<(), String>>),
}

/// Handle to the archive thread.
pub struct Archiver {
    tx: mpsc::Sender<Msg>,
    /// The first error, kept for every later flush.
    error: Arc<Mutex<Option<String>>>,
    thread: Option<JoinHandle<Result<(), String>>>,
}

/// The fetcher's side of the archive: hands exchanges to the archive thread.
#[derive(Clone)]
pub struct ArchiveSink {
    tx: mpsc::Sender<Msg>,
    error: Arc<Mutex<Option<String>>>,
}

impl ExchangeSink for ArchiveSink {
    fn record(&self, ex: Exchange) {
        if self.tx.send(Msg::Exchange(Box::new(ex))).is_err() {
            latch(&self.error, "the archive writer has stopped".into());
        }
    }
}

fn latch(slot: &Mutex<Option<String>>, message: String) {
    let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
    guard.get_or_insert(message);
}

impl Archiver {
    /// Starts the archive thread over `store`.
    pub fn start(store: Box<dyn ArchiveStore>) -> Archiver {
        let (tx, rx) = mpsc::channel::<Msg>();
        let error = Arc::new(Mutex::new(None));
        let thread_error = Arc::clone(&error);
        let thread = std::thread::Builder::new()
            .name("vnmon-archive".into())
            .spawn(move || run(store, rx, &thread_error))
            .ok();
        if thread.is_none() {
            latch(&error, "cannot start the archive thread".into());
        }
        Archiver { tx, error, thread }
    }

    /// The sink the fetcher reports exchanges to.
    pub fn sink(&self) -> ArchiveSink {
        ArchiveSink { tx: self.tx.clone(), error: Arc::clone(&self.error) }
    }

    /// Queues a metadata record (what the crawler took a response for, its document key).
    pub fn tag(&self, uri: &str, fields: &[(&str, &str)]) {
        let fields = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        if self.tx.send(Msg::Metadata { uri: uri.to_string(), fields }).is_err() {
            latch(&self.error, "the archive writer has stopped".into());
        }
    }

    /// The first archive error so far, if any.
    pub fn error(&self) -> Option<String> {
        self.error.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Waits until every record sent before this call is written and synced; the first error
    /// of the archive (now or earlier) otherwise.
    pub async fn flush(&self) -> Result<(), ArchiveError> {
        if let Some(e) = self.error() {
            return Err(ArchiveError::Failed(e));
        }
        let (reply, done) = tokio::sync::oneshot::channel();
        if self.tx.send(Msg::Flush(reply)).is_err() {
            return Err(ArchiveError::Failed("the archive writer has stopped".into()));
        }
        match done.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(ArchiveError::Failed(e)),
            Err(_) => Err(ArchiveError::Failed(
                self.error().unwrap_or_else(|| "the archive writer has stopped".into()),
            )),
        }
    }

    /// Flushes, stops the thread and closes the store. Records still held by sinks that were
    /// not dropped are written before the store closes.
    pub fn close(mut self) -> Result<(), ArchiveError> {
        let Archiver { tx, error, thread } = &mut self;
        drop(std::mem::replace(tx, mpsc::channel().0));
        let joined = match thread.take() {
            Some(t) => t.join().unwrap_or_else(|_| Err("the archive thread panicked".into())),
            None => Err("the archive thread did not start".into()),
        };
        let first = error.lock().unwrap_or_else(PoisonError::into_inner).clone();
        match (first, joined) {
            (Some(e), _) | (None, Err(e)) => Err(ArchiveError::Failed(e)),
            (None, Ok(())) => Ok(()),
        }
    }
}

/// The thread: writes messages in order until every sender is gone, then closes the store.
fn run(
    mut store: Box<dyn ArchiveStore>,
    rx: mpsc::Receiver<Msg>,
    error: &Mutex<Option<String>>,
) -> Result<(), String> {
    let failed = |e: &ArchiveError| {
        latch(error, e.to_string());
    };
    let current = || error.lock().unwrap_or_else(PoisonError::into_inner).clone();
    for msg in rx {
        match msg {
            // After a failure nothing more is written: the archive would have a hole.
            Msg::Exchange(_) | Msg::Metadata { .. } if current().is_some() => {}
            Msg::Exchange(ex) => {
                if let Err(e) = store.exchange(&ex) {
                    failed(&e);
                }
            }
            Msg::Metadata { uri, fields } => {
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                if let Err(e) = store.metadata(&uri, &fields) {
                    failed(&e);
                }
            }
            Msg::Flush(reply) => {
                let result = match current() {
                    Some(e) => Err(e),
                    None => store.flush().map_err(|e| {
                        failed(&e);
                        e.to_string()
                    }),
                };
                let _ = reply.send(result);
            }
        }
    }
    if let Some(e) = current() {
        return Err(e);
    }
    store.close().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails every write from the `fail_at`-th on (counting exchanges and metadata).
    struct Flaky {
        writes: usize,
        fail_at: usize,
        written: Arc<Mutex<Vec<String>>>,
    }

    impl ArchiveStore for Flaky {
        fn exchange(&mut self, ex: &Exchange) -> Result<(), ArchiveError> {
            self.metadata(&ex.url, &[])
        }
        fn metadata(&mut self, uri: &str, _: &[(&str, &str)]) -> Result<(), ArchiveError> {
            self.writes += 1;
            if self.writes >= self.fail_at {
                return Err(ArchiveError::Io(std::io::Error::other("disk full")));
            }
            self.written.lock().unwrap().push(uri.to_string());
            Ok(())
        }
        fn flush(&mut self) -> Result<(), ArchiveError> {
            Ok(())
        }
        fn close(self: Box<Self>) -> Result<(), ArchiveError> {
            Ok(())
        }
    }

    fn run_with(
        fail_at: usize,
        tags: usize,
    ) -> (Result<(), String>, Vec<String>, Result<(), String>) {
        let written = Arc::new(Mutex::new(Vec::new()));
        let store = Flaky { writes: 0, fail_at, written: Arc::clone(&written) };
        let archiver = Archiver::start(Box::new(store));
        for i in 0..tags {
            archiver.tag(&format!("u{i}"), &[]);
        }
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let flushed = rt.block_on(archiver.flush()).map_err(|e| e.to_string());
        let closed = archiver.close().map_err(|e| e.to_string());
        let written = written.lock().unwrap().clone();
        (flushed, written, closed)
    }

    #[test]
    fn writes_in_order_and_flushes() {
        let (flushed, written, closed) = run_with(usize::MAX, 3);
        assert_eq!(flushed, Ok(()));
        assert_eq!(written, ["u0", "u1", "u2"]);
        assert_eq!(closed, Ok(()));
    }

    #[test]
    fn a_write_error_reaches_flush_and_close() {
        let (flushed, written, closed) = run_with(2, 4);
        let expected = "archive write failed: i/o error: disk full".to_string();
        assert_eq!(written, ["u0"], "nothing is written after the first failure");
        assert!(flushed.as_ref().is_err_and(|e| e.contains("disk full")), "{flushed:?} {expected}");
        assert!(closed.is_err_and(|e| e.contains("disk full")));
    }
}
