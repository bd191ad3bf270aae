//! The [`Indexer`]: the one way into the index.
//!
//! Crawl, import, reindex and the demo all add documents through an `Indexer`, and nothing else
//! opens a tantivy writer. It owns
//!
//! - the writer (and so the index's writer lock: a second writer on the same index fails with a
//!   clear error instead of corrupting it),
//! - document identity ([`super::identity`]): the key policy and duplicate detection against the
//!   committed index *and* the documents added since the last commit,
//! - the commit protocol: documents become visible, durable and counted only at
//!   [`Indexer::commit`]; a caller that must order other writes around a commit (the crawler:
//!   archive flush → index commit → crawl state) calls it at the point of its choosing, and an
//!   error there is returned, never swallowed.
//!
//! Identity facts are stored as keyword fields (`key`, `article_key`, `content_hash`), so they
//! survive restarts and hold across commands: a page crawled, imported again from a saved file,
//! re-read from its WARC record and rebuilt by `reindex` stays one document.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{IndexReader, ReloadPolicy, TantivyDocument, Term};

use super::identity::{identify, Identity, NoRules, SiteRules};
use super::prepare::{capped, stored, Prepared, Preparer};
use super::schema::Fields;
use super::{document, Index, IndexError, Result};
use crate::record::Record;

/// Indexing memory of the writer, shared by its threads.
pub const WRITER_HEAP_BYTES: usize = 200 * 1024 * 1024;

/// What [`Indexer::add`] did with a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// A new document.
    New,
    /// The document with the same key had other content; it was replaced.
    Replaced,
    /// The document with the same key has exactly this content: nothing was written.
    Unchanged,
    /// The same article or content was indexed under another key with a later publication
    /// time (or the same time and a larger key): this one, the original, replaced that copy.
    Earlier {
        /// The key of the copy that was removed.
        of: String,
    },
    /// The same article (same site and article id) or the same content is already indexed
    /// under another key, published earlier (or at the same time under a smaller key): nothing
    /// was written.
    Duplicate {
        /// The key of the document already there.
        of: String,
        /// What matched: `article id` or `content`.
        by: &'static str,
    },
}

impl Added {
    /// Whether a document was written.
    pub fn wrote(&self) -> bool {
        matches!(self, Added::New | Added::Replaced | Added::Earlier { .. })
    }
}

/// Counts of what an [`Indexer`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexCounts {
    /// New documents.
    pub added: usize,
    /// Documents replaced by new content under the same key.
    pub replaced: usize,
    /// Records identical to the document already under their key.
    pub unchanged: usize,
    /// Records that are another document's article or content.
    pub duplicates: usize,
    /// Records cut to the per-document limits ([`super::MAX_BODY_BYTES`]) before indexing.
    pub truncated: usize,
}

impl IndexCounts {
    fn count(&mut self, added: &Added) {
        match added {
            Added::New => self.added += 1,
            Added::Replaced | Added::Earlier { .. } => self.replaced += 1,
            Added::Unchanged => self.unchanged += 1,
            Added::Duplicate { .. } => self.duplicates += 1,
        }
    }
}

/// A document added since the last commit.
#[derive(Debug)]
struct Pending {
    key: String,
    /// Publication time, seconds since the epoch.
    published: Option<i64>,
}

/// The single writer of an index; see the module documentation.
pub struct Indexer {
    index: Index,
    writer: tantivy::IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
    rules: Arc<dyn SiteRules>,
    /// Keys, article keys (`a:`) and content hashes (`h:`) added since the last commit → key.
    pending: HashMap<String, Pending>,
    /// Documents written since the last commit.
    uncommitted: usize,
    counts: IndexCounts,
    /// Fault injection: commits that succeed before every later one fails.
    commits_before_failure: Option<usize>,
}

impl std::fmt::Debug for Indexer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Indexer")
            .field("dir", &self.index.dir())
            .field("uncommitted", &self.uncommitted)
            .field("counts", &self.counts)
            .finish()
    }
}

impl Indexer {
    /// Opens (or creates) the index in `dir` for writing, with no site configuration.
    pub fn open(dir: &Path) -> Result<Indexer> {
        Indexer::open_with(dir, Arc::new(NoRules), WRITER_HEAP_BYTES)
    }

    /// Opens (or creates) the index in `dir` for writing. `rules` tells the site names and
    /// article ids of URLs (the crawl configuration); `heap_bytes` is the writer's memory.
    pub fn open_with(dir: &Path, rules: Arc<dyn SiteRules>, heap_bytes: usize) -> Result<Indexer> {
        let index = Index::open_or_create(dir)?;
        // Each indexing thread needs at least 15 MB of the heap; at most 2 threads (the target
        // machines are small; parsing and extraction, not the index, bound ingest).
        const MIN_PER_THREAD: usize = 15_000_000;
        let heap = heap_bytes.max(MIN_PER_THREAD);
        let threads = (heap / MIN_PER_THREAD).clamp(1, 2);
        let writer =
            index.tantivy().writer_with_num_threads(threads, heap).map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => {
                    IndexError::Locked { dir: dir.to_path_buf() }
                }
                other => IndexError::Tantivy(other),
            })?;
        let reader =
            index.tantivy().reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let fields = index.fields;
        Ok(Indexer {
            index,
            writer,
            reader,
            fields,
            rules,
            pending: HashMap::new(),
            uncommitted: 0,
            counts: IndexCounts::default(),
            commits_before_failure: None,
        })
    }

    /// The index being written.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The identity `record` would get (key, site, article key, content hash).
    pub fn identify(&self, record: &Record, stated_key: Option<&str>) -> Identity {
        identify(record, stated_key, self.rules.as_ref())
    }

    /// Adds `record` under its identity ([`Indexer::identify`]), unless it is unchanged or a
    /// duplicate. Returns what happened and the identity used; the record's `url` and `site`
    /// are stored as the identity says.
    ///
    /// `stated_key` is the key chosen for the same response before (the crawler's archive).
    ///
    /// A record over the per-document limits is cut first ([`super::cap_article`], counted in
    /// [`IndexCounts::truncated`]) and its text and entities recomputed: what is stored, indexed
    /// and hashed is the cut record.
    pub fn add(&mut self, record: Record, stated_key: Option<&str>) -> Result<(Added, Identity)> {
        let (record, truncated) = capped(record);
        let id = self.identify(&record, stated_key);
        let published = record.article.published.map(|p| p.timestamp());
        // The document is built only when it is written.
        let fields = self.fields;
        self.apply(id, published, truncated, |id| document::build(&fields, &stored(record, id), id))
    }

    /// A [`Preparer`] for this indexer: it computes, on any thread, what [`Indexer::add`]
    /// computes before looking at the index.
    pub fn preparer(&self) -> Preparer {
        Preparer { fields: self.fields, rules: self.rules.clone() }
    }

    /// Adds a record prepared by [`Indexer::preparer`]: exactly what [`Indexer::add`] does with
    /// the same record and stated key, minus the work already done.
    pub fn add_prepared(&mut self, prepared: Prepared) -> Result<(Added, Identity)> {
        let Prepared { id, published, truncated, doc } = prepared;
        self.apply(id, published, truncated, |_| Ok(doc))
    }

    /// Decides what to do with a document of identity `id` and writes it (built by `doc`) when
    /// it is new, replaces another or is the original of a copy.
    fn apply(
        &mut self,
        id: Identity,
        published: Option<i64>,
        truncated: bool,
        doc: impl FnOnce(&Identity) -> Result<TantivyDocument>,
    ) -> Result<(Added, Identity)> {
        if truncated {
            self.counts.truncated += 1;
        }
        let added = self.decide(&id, published)?;
        if added.wrote() {
            let doc = doc(&id)?;
            match &added {
                Added::Replaced => {
                    self.writer.delete_term(Term::from_field_text(self.fields.key, &id.key));
                }
                Added::Earlier { of } => {
                    self.writer.delete_term(Term::from_field_text(self.fields.key, of));
                    self.pending.retain(|_, p| p.key != *of);
                }
                _ => {}
            }
            self.writer.add_document(doc)?;
            self.uncommitted += 1;
            let entry = || Pending { key: id.key.clone(), published };
            self.pending.insert(id.key.clone(), entry());
            if let Some(a) = &id.article_key {
                self.pending.insert(format!("a:{a}"), entry());
            }
            self.pending.insert(format!("h:{}", id.content_hash), entry());
        }
        self.counts.count(&added);
        Ok((added, id))
    }

    fn decide(&self, id: &Identity, published: Option<i64>) -> Result<Added> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let count = |q: &dyn Query| searcher.search(q, &Count);
        let term = |field: Field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
        };
        // Same key: unchanged or replaced.
        if self.pending.contains_key(&id.key) {
            let same = self.pending.get(&format!("h:{}", id.content_hash));
            return Ok(match same {
                Some(p) if p.key == id.key => Added::Unchanged,
                _ => Added::Replaced,
            });
        }
        if count(term(f.key, &id.key).as_ref())? > 0 {
            let both = BooleanQuery::new(vec![
                (Occur::Must, term(f.key, &id.key)),
                (Occur::Must, term(f.content_hash, &id.content_hash)),
            ]);
            return Ok(if count(&both)? > 0 { Added::Unchanged } else { Added::Replaced });
        }
        // Another key, same article or same content: the earliest publication is the
        // original, and a copy found first gives way to it.
        let found = |pending: Option<&Pending>,
                     query: Box<dyn Query>|
         -> Result<Option<(String, Option<i64>)>> {
            match pending {
                Some(p) => Ok(Some((p.key.clone(), p.published))),
                None => self.first_key(query.as_ref()),
            }
        };
        let by_article = match &id.article_key {
            Some(a) => found(self.pending.get(&format!("a:{a}")), term(f.article_key, a))?
                .map(|k| (k, "article id")),
            None => None,
        };
        let by_content = || -> Result<_> {
            Ok(found(
                self.pending.get(&format!("h:{}", id.content_hash)),
                term(f.content_hash, &id.content_hash),
            )?
            .map(|k| (k, "content")))
        };
        let existing = match by_article {
            Some(hit) => Some(hit),
            None => by_content()?,
        };
        // Order-independent: whichever comes first, the same document remains — the earliest
        // publication (unknown counts as latest), on a tie the smaller key.
        let rank =
            |published: Option<i64>, key: &str| (published.unwrap_or(i64::MAX), key.to_string());
        Ok(match existing {
            None => Added::New,
            Some(((of, theirs), by)) => {
                if rank(published, &id.key) < rank(theirs, &of) {
                    Added::Earlier { of }
                } else {
                    Added::Duplicate { of, by }
                }
            }
        })
    }

    /// The key and publication time of the first committed document matching `query`.
    fn first_key(&self, query: &dyn Query) -> Result<Option<(String, Option<i64>)>> {
        use tantivy::collector::TopDocs;
        let searcher = self.reader.searcher();
        let top = searcher.search(query, &TopDocs::with_limit(1).order_by_score())?;
        let Some((_, address)) = top.first() else { return Ok(None) };
        let Some(key) = super::key_at(&searcher, *address)? else { return Ok(None) };
        let segment = searcher.segment_reader(address.segment_ord);
        let published = segment
            .fast_fields()
            .date(super::schema::PUBLISHED)
            .ok()
            .and_then(|column| column.first(address.doc_id))
            .map(|d| d.into_timestamp_secs());
        Ok(Some((key, published)))
    }

    /// Documents written since the last commit.
    pub fn uncommitted(&self) -> usize {
        self.uncommitted
    }

    /// What this indexer did so far.
    pub fn counts(&self) -> IndexCounts {
        self.counts
    }

    /// Makes every document added since the last commit durable and visible. On error nothing
    /// of it is committed (tantivy's commit is atomic) and the error is returned.
    pub fn commit(&mut self) -> Result<usize> {
        let n = self.uncommitted;
        if n == 0 {
            return Ok(0);
        }
        if let Some(left) = self.commits_before_failure.as_mut() {
            if *left == 0 {
                return Err(IndexError::Io(std::io::Error::other("injected commit failure")));
            }
            *left -= 1;
        }
        self.writer.commit()?;
        self.reader.reload()?;
        self.pending.clear();
        self.uncommitted = 0;
        Ok(n)
    }

    /// Discards every document added since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        if self.uncommitted > 0 {
            self.writer.rollback()?;
        }
        self.pending.clear();
        self.uncommitted = 0;
        Ok(())
    }

    /// Fault injection for tests of the commit protocol: the next `n` commits succeed, every
    /// later one fails with an I/O error and commits nothing.
    #[doc(hidden)]
    pub fn fail_commits_after(&mut self, n: usize) {
        self.commits_before_failure = Some(n);
    }

    /// Commits, then waits for background merges and releases the writer lock.
    pub fn finish(mut self) -> Result<IndexCounts> {
        self.commit()?;
        let counts = self.counts;
        self.writer.wait_merging_threads()?;
        Ok(counts)
    }
}
