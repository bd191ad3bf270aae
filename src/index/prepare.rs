//! Records made ready for the index away from the writer: [`Preparer::prepare`] does everything
//! about one record that does not depend on the index (the per-document limits, the identity,
//! the facts of [`super::facts`] and the tantivy document), so that ingest can run it on every
//! core while one [`Indexer`](super::Indexer) adds the results in order and decides, as for
//! [`Indexer::add`](super::Indexer::add), whether each is new, a replacement, unchanged or a
//! duplicate.

use std::sync::Arc;

use tantivy::TantivyDocument;

use super::identity::{identify, Identity, SiteRules};
use super::schema::Fields;
use super::{document, Result};
use crate::record::Record;

/// A record prepared for [`Indexer::add_prepared`](super::Indexer::add_prepared): its identity
/// and its document, built by [`Preparer::prepare`] (a pure function of the record, the stated
/// key and the site rules of the indexer that made the preparer).
pub struct Prepared {
    pub(super) id: Identity,
    /// Publication time, seconds since the epoch.
    pub(super) published: Option<i64>,
    /// Whether the record was cut to the per-document limits.
    pub(super) truncated: bool,
    pub(super) doc: TantivyDocument,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("key", &self.id.key)
            .field("published", &self.published)
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl Prepared {
    /// The identity the record will be added under.
    pub fn identity(&self) -> &Identity {
        &self.id
    }
}

/// Prepares records for one [`Indexer`](super::Indexer) (from
/// [`Indexer::preparer`](super::Indexer::preparer)); cheap to clone and shareable across threads.
#[derive(Clone)]
pub struct Preparer {
    pub(super) fields: Fields,
    pub(super) rules: Arc<dyn SiteRules>,
}

impl std::fmt::Debug for Preparer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preparer").finish_non_exhaustive()
    }
}

/// `record` cut to the per-document limits ([`super::cap_article`]), its text and entities
/// recomputed when something was cut; the flag says whether it was.
pub(super) fn capped(record: Record) -> (Record, bool) {
    if !exceeds_limits(&record) {
        return (record, false);
    }
    let mut a = record.article.clone();
    if document::cap_article(&mut a) {
        let day = a.published.map(|p| p.date_naive());
        (Record::from_article(a, day), true)
    } else {
        (record, false)
    }
}

/// Whether [`super::cap_article`] would cut `record` (checked without cloning it).
fn exceeds_limits(record: &Record) -> bool {
    let a = &record.article;
    a.body.len() > document::MAX_BODY_BYTES
        || a.sapo.as_ref().is_some_and(|s| s.len() > document::MAX_SAPO_BYTES)
        || a.title.as_ref().is_some_and(|s| s.len() > document::MAX_TITLE_BYTES)
        || a.tags.len() > document::MAX_TAGS
        || a.tags.iter().any(|t| t.len() > document::MAX_TAG_BYTES)
}

/// The record as stored under `id`: its `url` and `site` as the identity says.
pub(super) fn stored(mut record: Record, id: &Identity) -> Record {
    if id.url.is_some() {
        record.article.url = id.url.clone();
    }
    if id.site.is_some() {
        record.article.site = id.site.clone();
    }
    record
}

impl Preparer {
    /// Everything [`Indexer::add`](super::Indexer::add) computes about `record` before it
    /// looks at the index: the record cut to the limits, its identity (`stated_key` as for
    /// `add`), its facts and its document. No I/O; the indexer decides what to do with it.
    pub fn prepare(&self, record: Record, stated_key: Option<&str>) -> Result<Prepared> {
        let (record, truncated) = capped(record);
        let id = identify(&record, stated_key, self.rules.as_ref());
        let published = record.article.published.map(|p| p.timestamp());
        let record = stored(record, &id);
        let doc = document::build(&self.fields, &record, &id)?;
        Ok(Prepared { id, published, truncated, doc })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Added, Indexer};

    /// A record: `n` names its URL, `body` its text (with one title for all), `day` its
    /// publication day in January 2024.
    fn record(n: usize, body: &str, day: u32) -> Record {
        let published =
            chrono::DateTime::parse_from_rfc3339(&format!("2024-01-{day:02}T08:00:00+07:00"));
        let article = crate::extract::Article {
            title: Some("Tin".into()),
            body: body.to_string(),
            url: Some(format!("https://example.vn/bai-{n}")),
            site: Some("example.vn".into()),
            published: published.ok(),
            ..Default::default()
        };
        Record::from_article(article, None)
    }

    /// The same records added with `add` and through a preparer give the same decisions, keys
    /// and counts.
    fn check(records: &[(Record, Option<&str>)], expected: &[Added]) {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let mut direct = Indexer::open(a.path()).unwrap();
        let mut prepared = Indexer::open(b.path()).unwrap();
        let preparer = prepared.preparer();
        let mut got = Vec::new();
        for (r, key) in records {
            let one = direct.add(r.clone(), *key).unwrap();
            let two = prepared.add_prepared(preparer.prepare(r.clone(), *key).unwrap()).unwrap();
            assert_eq!(one, two);
            got.push(one.0);
        }
        assert_eq!(got, expected);
        assert_eq!(direct.finish().unwrap(), prepared.finish().unwrap());
    }

    #[test]
    fn prepared_records_are_added_as_add_adds_them() {
        let long = "Đoạn văn dài về kỷ cương hành chính. ".repeat(20_000);
        check(
            &[
                (record(1, "Nội dung một.", 5), None),
                (record(1, "Nội dung một.", 5), None),
                (record(2, "Nội dung một.", 7), None),
                (record(3, "Nội dung một.", 3), None),
                (record(1, "Nội dung khác.", 5), None),
                (record(4, &long, 9), Some("https://example.vn/goc-4")),
            ],
            &[
                Added::New,
                Added::Unchanged,
                Added::Duplicate { of: "https://example.vn/bai-1".into(), by: "content" },
                Added::Earlier { of: "https://example.vn/bai-1".into() },
                Added::New,
                Added::New,
            ],
        );
    }
}
