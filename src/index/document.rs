//! Building the tantivy document of a record: the keyword fields, the text fields in both
//! analyzers, and the whole record stored as its `extract` JSON.

use std::collections::HashSet;

use tantivy::TantivyDocument;

use super::identity::Identity;
use super::schema::Fields;
use super::{entity_key, IndexError, Result};
use crate::record::Record;

/// The document of `record` under identity `id`.
///
/// The record is stored as its `extract` JSON; `text` is left out when it equals
/// [`Article::text`](crate::extract::Article::text) and rebuilt when read back.
pub(crate) fn build(fields: &Fields, record: &Record, id: &Identity) -> Result<TantivyDocument> {
    let f = fields;
    let key = id.key.as_str();
    let a = &record.article;
    let mut doc = TantivyDocument::default();
    doc.add_text(f.key, key);
    if let Some(url) = id.url.as_deref() {
        doc.add_text(f.url, url);
    }
    if let Some(site) = id.site.as_deref().or(a.site.as_deref()) {
        doc.add_text(f.site, site);
    }
    if let Some(article_key) = id.article_key.as_deref() {
        doc.add_text(f.article_key, article_key);
    }
    doc.add_text(f.content_hash, &id.content_hash);
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
    let unit_keys = e.units.iter().flat_map(|u| [entity_key(&u.canonical), entity_key(&u.name)]);
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
