//! Adding records to the index: one document per article, keyed by URL.

use std::collections::HashSet;

use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{IndexReader, ReloadPolicy, TantivyDocument, Term};

use super::schema::Fields;
use super::{entity_key, IndexError, Result};
use crate::record::Record;

/// What [`IndexWriter::upsert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    /// No document with this key existed.
    Added,
    /// A document with this key (committed, or added earlier in this batch) was replaced.
    Replaced,
}

/// Writes records into an [`Index`](super::Index). Changes become visible on
/// [`IndexWriter::commit`]; dropping the writer without committing discards them.
pub struct IndexWriter {
    inner: tantivy::IndexWriter<TantivyDocument>,
    reader: IndexReader,
    fields: Fields,
    /// Keys added since the last commit.
    pending: HashSet<String>,
}

/// The document key of a record: its URL (trimmed) when it has one, else `sha1:` followed by the
/// hex SHA-1 of its text. Two URL-less records with the same text are therefore one document.
pub fn record_key(record: &Record) -> String {
    match record.article.url.as_deref().map(str::trim) {
        Some(url) if !url.is_empty() => url.to_string(),
        _ => format!("sha1:{}", record.content_hash()),
    }
}

impl IndexWriter {
    pub(super) fn new(index: &tantivy::Index, fields: Fields, heap_bytes: usize) -> Result<Self> {
        // Each indexing thread needs at least 15 MB of the heap; use at most 2 threads (the
        // target machines are small and ingestion is rarely the bottleneck).
        const MIN_PER_THREAD: usize = 15_000_000;
        let heap = heap_bytes.max(MIN_PER_THREAD);
        let threads = (heap / MIN_PER_THREAD).clamp(1, 2);
        let inner = index.writer_with_num_threads(threads, heap)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(IndexWriter { inner, reader, fields, pending: HashSet::new() })
    }

    /// Adds `record`, replacing any document with the same key ([`record_key`]).
    ///
    /// The record is stored as its `extract` JSON; `text` is left out when it equals
    /// [`Article::text`](crate::extract::Article::text) and rebuilt when read back.
    pub fn upsert(&mut self, record: &Record) -> Result<Upsert> {
        let key = record_key(record);
        let term = Term::from_field_text(self.fields.key, &key);
        let existed = if self.pending.contains(&key) {
            true
        } else {
            let query = TermQuery::new(term.clone(), IndexRecordOption::Basic);
            self.reader.searcher().search(&query, &Count)? > 0
        };
        let doc = self.document(record, &key)?;
        if existed {
            self.inner.delete_term(term);
        }
        self.inner.add_document(doc)?;
        self.pending.insert(key);
        Ok(if existed { Upsert::Replaced } else { Upsert::Added })
    }

    /// Commits every upsert since the last commit.
    pub fn commit(&mut self) -> Result<()> {
        self.inner.commit()?;
        self.reader.reload()?;
        self.pending.clear();
        Ok(())
    }

    /// Commits, then waits for background merges to finish.
    pub fn finish(mut self) -> Result<()> {
        self.commit()?;
        self.inner.wait_merging_threads()?;
        Ok(())
    }

    fn document(&self, record: &Record, key: &str) -> Result<TantivyDocument> {
        let f = &self.fields;
        let a = &record.article;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.key, key);
        if let Some(url) = a.url.as_deref() {
            doc.add_text(f.url, url);
        }
        if let Some(site) = a.site.as_deref() {
            doc.add_text(f.site, site);
        }
        if let Some(category) = a.category.as_deref() {
            doc.add_text(f.category, category);
        }
        for tag in unique(a.tags.iter().map(|t| t.trim().to_string())) {
            doc.add_text(f.tags, &tag);
        }
        if let Some(published) = a.published.as_ref().and_then(to_tantivy_date) {
            doc.add_date(f.published, published);
        }
        for (exact, folded, value) in [
            (f.title, f.title_folded, a.title.as_deref()),
            (f.sapo, f.sapo_folded, a.sapo.as_deref()),
            (f.body, f.body_folded, Some(a.body.as_str())),
        ] {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                doc.add_text(exact, value);
                doc.add_text(folded, value);
            }
        }
        let e = &record.entities;
        let doc_ids = e.documents.iter().map(|d| match &d.id {
            Some(id) => id.clone(),
            None => format!("{}|{}", d.kind, d.number),
        });
        for id in unique(doc_ids) {
            doc.add_text(f.doc_ids, &id);
        }
        for issuer in unique(e.documents.iter().filter_map(|d| d.issuer.clone())) {
            doc.add_text(f.issuers, &issuer);
        }
        for name in unique(e.officials.iter().map(|o| o.name.clone())) {
            doc.add_text(f.officials, &name);
        }
        for name in unique(e.officials.iter().map(|o| entity_key(&o.name))) {
            doc.add_text(f.officials_folded, &name);
        }
        for unit in unique(e.units.iter().map(|u| u.canonical.clone())) {
            doc.add_text(f.units, &unit);
        }
        let unit_keys =
            e.units.iter().flat_map(|u| [entity_key(&u.canonical), entity_key(&u.name)]);
        for unit in unique(unit_keys) {
            doc.add_text(f.units_folded, &unit);
        }
        let mut value = record.to_json();
        // `text` is usually title + sapo + body again: store it only when it differs.
        if record.text == a.text() {
            if let Some(object) = value.as_object_mut() {
                object.remove("text");
            }
        }
        let json = serde_json::to_string(&value)
            .map_err(|e| IndexError::Stored(format!("cannot serialise record: {e}")))?;
        doc.add_text(f.record, &json);
        Ok(doc)
    }
}

/// The publication time as a tantivy date, or `None` when it is outside the range tantivy can
/// represent (i64 nanoseconds: years 1678–2261; pages do contain years like 20244).
pub fn to_tantivy_date(t: &chrono::DateTime<chrono::FixedOffset>) -> Option<tantivy::DateTime> {
    t.timestamp_nanos_opt()?;
    Some(tantivy::DateTime::from_timestamp_secs(t.timestamp()))
}

/// Non-empty values, first occurrence kept, order preserved.
fn unique(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    values.filter(|v| !v.is_empty() && seen.insert(v.clone())).collect()
}
