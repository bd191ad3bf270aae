//! The import loop: inputs in, documents through the [`Indexer`], a [`Summary`] out.
//!
//! Reading, decoding, extraction, entities and everything the indexer computes before it looks
//! at the index ([`crate::index::Preparer`]) run on every core; one writer (the caller's
//! thread) adds the prepared records in input order, so every identity and duplicate decision,
//! every event and every commit point is exactly that of a one-thread import.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use super::{read_page, read_warc_through, tagged_articles, ImportError, Input, WarcItem};
use crate::extract::Profiles;
use crate::index::{Added, IndexError, Indexer, Prepared, Preparer};
use crate::ingest::{IngestError, RawPage};

/// Counts of what an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// New documents.
    pub added: usize,
    /// Documents whose content changed under the same key, replaced.
    pub updated: usize,
    /// Pages identical to the document already under their key.
    pub unchanged: usize,
    /// Pages that are an indexed article under another URL, or its content.
    pub duplicates: usize,
    /// Inputs that are not article pages (non-HTML records, requests, empty pages).
    pub skipped: usize,
    /// Inputs that failed, with the reason.
    pub failed: Vec<(String, String)>,
    /// Documents whose text was cut to the limits ([`MAX_PAGE_BYTES`] for a file,
    /// [`crate::index::MAX_BODY_BYTES`] for the stored body).
    pub truncated: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} imported ({} added, {} updated, {} unchanged, {} duplicates), {} skipped, {} failed",
            self.added + self.updated + self.unchanged + self.duplicates,
            self.added,
            self.updated,
            self.unchanged,
            self.duplicates,
            self.skipped,
            self.failed.len()
        )?;
        if self.truncated > 0 {
            write!(f, ", {} truncated", self.truncated)?;
        }
        Ok(())
    }
}

/// What happened to one input, reported as the import goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// An input (file) is done.
    InputDone(&'a Input),
    /// A page went through the indexer.
    Indexed {
        /// Its URL or path.
        name: &'a str,
        /// What the indexer did with it.
        added: &'a Added,
        /// The document key.
        key: &'a str,
        /// Bytes of the inputs read so far (compressed bytes for a gzip WARC), out of
        /// [`input_bytes`]: for a progress bar with an ETA.
        read: u64,
    },
    /// An input is not a page at all (sniffed content: binary data, an archive...): skipped,
    /// and worth telling even when not verbose.
    Refused {
        /// Its path.
        name: &'a str,
        /// What it is.
        reason: &'a str,
    },
    /// A page or record was skipped.
    Skipped {
        /// Its URL or path.
        name: &'a str,
        /// Why.
        reason: &'a str,
    },
    /// A page, record or file failed.
    Failed {
        /// Its URL or path.
        name: &'a str,
        /// Why.
        reason: &'a str,
    },
}

/// Number of documents between two index commits during a long import.
pub const COMMIT_EVERY: usize = 1000;

/// Steps in flight between the reader and the writer: bounds the memory of the pipeline.
const IN_FLIGHT: usize = 64;

/// One step of an import, in input order, as the reader produces it.
enum Step<'a> {
    /// A page to ingest; `file_truncated` when its file was longer than
    /// [`super::MAX_PAGE_BYTES`].
    Page { name: String, raw: RawPage, file_truncated: bool },
    /// A page ingested by a worker: its prepared record, or why it is not one.
    Ready { name: String, result: Result<Prepared, PageError>, file_truncated: bool },
    /// An input that is not a page at all.
    Refused { name: String, reason: String },
    /// An input that failed.
    Failed { name: String, reason: String },
    /// A record that is not a page (counted, not reported).
    Skipped,
    /// Commit when [`COMMIT_EVERY`] documents are waiting.
    MaybeCommit,
    /// An input is done.
    InputDone(&'a Input),
}

/// Why a page did not become a prepared record.
enum PageError {
    /// Not an article page: skipped.
    Ingest(IngestError),
    /// The indexer could not build its document: the import stops, as for [`Indexer::add`].
    Index(IndexError),
}

/// Total size of the inputs in bytes (files as stored), the scale of [`Event::Indexed`]'s `read`.
pub fn input_bytes(inputs: &[Input]) -> u64 {
    inputs.iter().map(input_len).sum()
}

/// Size of one input in bytes (0 when it cannot be read).
fn input_len(input: &Input) -> u64 {
    let len = |p: &std::path::Path| std::fs::metadata(p).map_or(0, |m| m.len());
    match input {
        Input::Page(page) => len(&page.path),
        Input::Warc(path) => len(path),
        Input::Raw { page, .. } => page.body.len() as u64,
        Input::Unreadable { .. } => 0,
    }
}

/// A reader that adds what it reads to a shared counter.
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Imports every input through [`crate::ingest::process`] and the [`Indexer`], committing every
/// [`COMMIT_EVERY`] documents and at the end. Failures are counted and reported through `on`,
/// never fatal; only an index error stops the import (what was committed before stays).
///
/// Pages are read, extracted and prepared on every core; the indexer adds them in input order
/// on the caller's thread, where `on` is called.
pub fn import_all(
    inputs: &[Input],
    profiles: &Profiles,
    indexer: &mut Indexer,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, IndexError> {
    let warcs: Vec<PathBuf> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::Warc(p) => Some(p.clone()),
            _ => None,
        })
        .collect();
    // Archives written by the crawler say which responses were articles and under which key
    // they were indexed; a page of another kind (a listing, a feed) must not become a document.
    let only = if warcs.is_empty() {
        None
    } else {
        // An unreadable file is reported per file below.
        tagged_articles(&warcs).unwrap_or_default()
    };
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let preparer = indexer.preparer();
    let (work_tx, work_rx) = sync_channel::<(u64, Step<'_>)>(IN_FLIGHT);
    let (done_tx, done_rx) = sync_channel::<(u64, Step<'_>)>(IN_FLIGHT);
    // One token per step in flight: the reader takes one per step, the writer gives it back.
    let (token_tx, token_rx) = sync_channel::<()>(IN_FLIGHT);
    for _ in 0..IN_FLIGHT {
        token_tx.send(()).ok();
    }
    let work_rx = Mutex::new(work_rx);
    let read = Arc::new(AtomicU64::new(0));
    std::thread::scope(|scope| {
        let only = &only;
        let counter = Arc::clone(&read);
        scope.spawn(move || read_steps(inputs, only, &token_rx, &work_tx, &counter));
        for _ in 0..workers {
            let (work_rx, done_tx, preparer) = (&work_rx, done_tx.clone(), preparer.clone());
            scope.spawn(move || prepare_steps(work_rx, &done_tx, &preparer, profiles));
        }
        drop(done_tx);
        // Returning drops the receiving ends: on an index error the other threads stop.
        write_steps(done_rx, token_tx, indexer, &read, on)
    })
}

/// The reader: turns the inputs into steps, in order, one token per step.
fn read_steps<'a>(
    inputs: &'a [Input],
    only: &Option<std::collections::HashMap<String, Option<String>>>,
    tokens: &Receiver<()>,
    out: &SyncSender<(u64, Step<'a>)>,
    read: &Arc<AtomicU64>,
) {
    let mut seq = 0u64;
    let mut send = |step: Step<'a>| -> bool {
        if tokens.recv().is_err() || out.send((seq, step)).is_err() {
            return false;
        }
        seq += 1;
        true
    };
    for input in inputs {
        let alive = match input {
            Input::Page(page) => {
                let name = page.url.clone().unwrap_or_else(|| page.path.display().to_string());
                read.fetch_add(input_len(input), Ordering::Relaxed);
                send(match read_page(page) {
                    Ok((raw, file_truncated)) => Step::Page { name, raw, file_truncated },
                    Err(e @ ImportError::NotPage { .. }) => {
                        Step::Refused { name, reason: e.reason() }
                    }
                    Err(e) => Step::Failed { name, reason: e.reason() },
                })
            }
            Input::Raw { name, page } => {
                read.fetch_add(input_len(input), Ordering::Relaxed);
                send(Step::Page { name: name.clone(), raw: page.clone(), file_truncated: false })
            }
            Input::Unreadable { path, reason } => {
                send(Step::Failed { name: path.display().to_string(), reason: reason.clone() })
            }
            Input::Warc(path) => match read_warc_through(path, |file| Counting {
                inner: file,
                read: Arc::clone(read),
            }) {
                Ok(items) => {
                    let mut alive = true;
                    for item in items {
                        let step = match item {
                            Ok(WarcItem::Page(mut raw)) => {
                                let tagged = match only {
                                    Some(set) => match raw.url.as_ref().and_then(|u| set.get(u)) {
                                        Some(key) => {
                                            raw.key = key.clone();
                                            true
                                        }
                                        None => false,
                                    },
                                    None => true,
                                };
                                if tagged {
                                    let name = raw.url.clone().unwrap_or_else(|| "(no uri)".into());
                                    Step::Page { name, raw, file_truncated: false }
                                } else {
                                    Step::Skipped
                                }
                            }
                            // Requests, warcinfo, robots.txt etc. are part of any archive:
                            // counted, not reported one by one.
                            Ok(WarcItem::Skipped { .. }) => Step::Skipped,
                            // The reader resynchronises to the next record: one bad record loses
                            // only itself.
                            Err(e) => Step::Failed {
                                name: path.display().to_string(),
                                reason: e.reason(),
                            },
                        };
                        alive = send(step) && send(Step::MaybeCommit);
                        if !alive {
                            break;
                        }
                    }
                    alive
                }
                Err(e) => {
                    send(Step::Failed { name: path.display().to_string(), reason: e.reason() })
                }
            },
        };
        if !(alive && send(Step::MaybeCommit) && send(Step::InputDone(input))) {
            return;
        }
    }
}

/// A worker: ingests and prepares the pages among the steps; other steps pass through.
fn prepare_steps<'a>(
    steps: &Mutex<Receiver<(u64, Step<'a>)>>,
    out: &SyncSender<(u64, Step<'a>)>,
    preparer: &Preparer,
    profiles: &Profiles,
) {
    loop {
        let next = match steps.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, step)) = next else { return };
        let step = match step {
            Step::Page { name, raw, file_truncated } => {
                let result = crate::ingest::process(&raw, profiles)
                    .map_err(PageError::Ingest)
                    .and_then(|record| {
                        preparer.prepare(record, raw.key.as_deref()).map_err(PageError::Index)
                    });
                Step::Ready { name, result, file_truncated }
            }
            other => other,
        };
        if out.send((seq, step)).is_err() {
            return;
        }
    }
}

/// The writer: applies the steps in order.
fn write_steps(
    steps: Receiver<(u64, Step<'_>)>,
    tokens: SyncSender<()>,
    indexer: &mut Indexer,
    read: &AtomicU64,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<Summary, IndexError> {
    let mut summary = Summary::default();
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    for (seq, step) in steps.iter() {
        waiting.insert(seq, step);
        while let Some(step) = waiting.remove(&next) {
            next += 1;
            apply(step, indexer, &mut summary, read.load(Ordering::Relaxed), on)?;
            // The reader may be done already: a token it will not take is harmless.
            tokens.try_send(()).ok();
        }
    }
    indexer.commit()?;
    Ok(summary)
}

/// One step's effect on the index, the summary and the caller.
fn apply(
    step: Step<'_>,
    indexer: &mut Indexer,
    summary: &mut Summary,
    read: u64,
    on: &mut dyn FnMut(Event<'_>),
) -> Result<(), IndexError> {
    match step {
        Step::Ready { name, result, file_truncated } => {
            let before = summary.truncated;
            match result {
                Ok(prepared) => {
                    let truncated = indexer.counts().truncated;
                    let (added, id) = indexer.add_prepared(prepared)?;
                    summary.truncated += indexer.counts().truncated - truncated;
                    match &added {
                        Added::New => summary.added += 1,
                        Added::Replaced | Added::Earlier { .. } => summary.updated += 1,
                        Added::Unchanged => summary.unchanged += 1,
                        Added::Duplicate { .. } => summary.duplicates += 1,
                    }
                    on(Event::Indexed { name: &name, added: &added, key: &id.key, read });
                }
                Err(PageError::Ingest(e)) => {
                    summary.skipped += 1;
                    on(Event::Skipped { name: &name, reason: &e.to_string() });
                }
                Err(PageError::Index(e)) => return Err(e),
            }
            if file_truncated && summary.truncated == before {
                summary.truncated += 1;
            }
        }
        Step::Refused { name, reason } => {
            summary.skipped += 1;
            on(Event::Refused { name: &name, reason: &reason });
        }
        Step::Failed { name, reason } => {
            summary.failed.push((name.clone(), reason.clone()));
            on(Event::Failed { name: &name, reason: &reason });
        }
        Step::Skipped => summary.skipped += 1,
        Step::MaybeCommit => {
            if indexer.uncommitted() >= COMMIT_EVERY {
                indexer.commit()?;
            }
        }
        Step::InputDone(input) => on(Event::InputDone(input)),
        // Workers turn every page into a ready step.
        Step::Page { .. } => {}
    }
    Ok(())
}
