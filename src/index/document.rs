//! Building the tantivy document of a record: the keyword fields, the text fields in both
//! analyzers, and the whole record stored as its `extract` JSON.

use std::collections::HashSet;

use tantivy::TantivyDocument;

use super::identity::Identity;
use super::schema::Fields;
use super::{entity_key, IndexError, Result};
use crate::record::Record;

/// Most bytes of article body stored and indexed per document. A real article is a few tens of
/// kilobytes; a page with more (a 50 MB dump) is cut here, at a paragraph or word boundary, and
/// counted as truncated ([`IndexCounts::truncated`](super::IndexCounts::truncated)), so that one
/// huge page cannot make every search that matches it slow.
pub const MAX_BODY_BYTES: usize = 512 * 1024;
/// Most bytes of the sapo (lead paragraph) kept per document.
pub const MAX_SAPO_BYTES: usize = 16 * 1024;
/// Most bytes of the title kept per document.
pub const MAX_TITLE_BYTES: usize = 2 * 1024;
/// Most tags kept per document, and most bytes per tag.
pub const MAX_TAGS: usize = 200;
pub(crate) const MAX_TAG_BYTES: usize = 256;

/// Cuts `article` to the per-document limits ([`MAX_BODY_BYTES`] and its siblings); true when
/// something was cut.
pub fn cap_article(article: &mut crate::extract::Article) -> bool {
    let mut cut = cap_text(&mut article.body, MAX_BODY_BYTES);
    if let Some(sapo) = article.sapo.as_mut() {
        cut |= cap_text(sapo, MAX_SAPO_BYTES);
    }
    if let Some(title) = article.title.as_mut() {
        cut |= cap_text(title, MAX_TITLE_BYTES);
    }
    if article.tags.len() > MAX_TAGS {
        article.tags.truncate(MAX_TAGS);
        cut = true;
    }
    for tag in &mut article.tags {
        cut |= cap_text(tag, MAX_TAG_BYTES);
    }
    cut
}

/// Cuts `text` to at most `max` bytes: at the last paragraph break in the final quarter, else the
/// last whitespace, else a character boundary.
fn cap_text(text: &mut String, max: usize) -> bool {
    if text.len() <= max {
        return false;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let end = match head.rfind('\n').filter(|&i| i >= max / 4 * 3) {
        Some(i) => i,
        None => head.rfind(char::is_whitespace).filter(|&i| i >= max / 2).unwrap_or(end),
    };
    text.truncate(end);
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    true
}

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
    let doc_ids = e.documents.iter().map(crate::entities::graph::doc_key);
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
    let facts = super::facts::of(record);
    for d in &facts.docs {
        doc.add_text(f.doc_refs, d.encode());
    }
    for l in &facts.links {
        doc.add_text(f.doc_links, l.encode());
    }
    for v in unique(facts.officials.iter().map(super::facts::encode_named)) {
        doc.add_text(f.official_titles, &v);
    }
    for v in unique(facts.units.iter().map(super::facts::encode_named)) {
        doc.add_text(f.unit_facts, &v);
    }
    for (d, u) in &facts.event_units {
        doc.add_text(f.event_units, super::facts::encode_pair(d, u));
    }
    doc.add_bytes(f.copy_signature, &facts.signature.to_bytes());
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str, max: usize, expected: &str) {
        let mut text = body.to_string();
        let cut = cap_text(&mut text, max);
        assert_eq!(text, expected, "{body:?} to {max}");
        assert_eq!(cut, body.len() > max, "{body:?}");
        assert!(text.len() <= max);
    }

    #[test]
    fn texts_are_cut_at_boundaries() {
        check("ngắn", 100, "ngắn");
        check("một hai ba", 7, "một");
        check("Đoạn một.\nĐoạn hai dài", 20, "Đoạn một.");
        check("một hai ba bốn năm sáu", 22, "một hai ba bốn");
        check("Đoạn một dài hơn.\nhai", 25, "Đoạn một dài hơn.");
        check("ừừừừ", 5, "ừ");
        check("abcdefgh", 4, "abcd");
    }

    #[test]
    fn articles_are_capped() {
        let mut a = crate::extract::Article {
            title: Some("t".repeat(MAX_TITLE_BYTES + 1)),
            body: "từ ".repeat(MAX_BODY_BYTES),
            tags: vec!["x".into(); MAX_TAGS + 1],
            ..Default::default()
        };
        assert!(cap_article(&mut a));
        assert!(a.body.len() <= MAX_BODY_BYTES && a.body.len() > MAX_BODY_BYTES / 2);
        assert_eq!(a.title.as_ref().map(String::len), Some(MAX_TITLE_BYTES));
        assert_eq!(a.tags.len(), MAX_TAGS);
        assert!(!cap_article(&mut a));
    }
}
