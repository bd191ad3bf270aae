//! The index schema: every field name is defined here, once.
//!
//! Text fields come in pairs: the *exact* field (`title`, `sapo`, `body`, analyzer
//! [`VI_EXACT`]) keeps diacritics with canonical tone placement, the
//! *folded* field (`title_folded`, …, analyzer [`VI_FOLDED`]) has them
//! stripped. Both index positions, so phrase queries work on either. Neither is stored: the whole
//! record is stored once, as JSON, in [`RECORD`].
//!
//! Metadata and entity keys are raw (untokenised) keyword fields, indexed and `FAST`, so that
//! they can be filtered on with a term query and counted with a `terms` aggregation.

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing,
    TextOptions, FAST, STORED, STRING,
};

use super::analyzer::{VI_EXACT, VI_FOLDED};

/// Upsert key: the article URL, or `sha1:HEX` of the text for a record without URL.
pub const KEY: &str = "key";
/// Article URL (raw keyword).
pub const URL: &str = "url";
/// Outlet host without `www.` (raw keyword).
pub const SITE: &str = "site";
/// Section as the site names it (raw keyword).
pub const CATEGORY: &str = "category";
/// Tags (raw keyword, multi-valued).
pub const TAGS: &str = "tags";
/// Publication time, UTC, seconds precision.
pub const PUBLISHED: &str = "published";
/// Headline, exact analyzer.
pub const TITLE: &str = "title";
/// Lead paragraph, exact analyzer.
pub const SAPO: &str = "sapo";
/// Body, exact analyzer.
pub const BODY: &str = "body";
/// Headline, folded analyzer.
pub const TITLE_FOLDED: &str = "title_folded";
/// Lead paragraph, folded analyzer.
pub const SAPO_FOLDED: &str = "sapo_folded";
/// Body, folded analyzer.
pub const BODY_FOLDED: &str = "body_folded";
/// Canonical document ids; unresolved short references as `kind|number` (raw, multi-valued).
pub const DOC_IDS: &str = "doc_ids";
/// Issuers of referenced documents, as written (raw, multi-valued).
pub const ISSUERS: &str = "issuers";
/// Official names (raw, multi-valued).
pub const OFFICIALS: &str = "officials";
/// Folded official names (raw, multi-valued).
pub const OFFICIALS_FOLDED: &str = "officials_folded";
/// Canonical unit names (raw, multi-valued).
pub const UNITS: &str = "units";
/// Folded unit names, canonical and as written (raw, multi-valued).
pub const UNITS_FOLDED: &str = "units_folded";
/// Site and article id embedded in the URL (`dantri|20230915083512604`): the same article under
/// another URL is a duplicate (raw keyword).
pub const ARTICLE_KEY: &str = "article_key";
/// Hex SHA-1 of the record's text: the same content under another key is a duplicate (raw).
pub const CONTENT_HASH: &str = "content_hash";
/// One value per referenced document: the document graph's view of the reference, for reports
/// (raw, multi-valued; [`crate::index::facts::DocFact`] reads and writes the format).
pub const DOC_REFS: &str = "doc_refs";
/// One value per implementation link found in the article: `parent\tchild\tE|C` (explicit or
/// co-cited; raw, multi-valued).
pub const DOC_LINKS: &str = "doc_links";
/// One value per official: `name\ttitle\tmentions` with the first title the text gives (raw,
/// multi-valued).
pub const OFFICIAL_TITLES: &str = "official_titles";
/// One value per unit: `canonical\tname as written\tmentions` (raw, multi-valued).
pub const UNIT_FACTS: &str = "unit_facts";
/// One value per unit that held an event on a document: `doc key\tunit` (raw, multi-valued).
pub const EVENT_UNITS: &str = "event_units";
/// MinHash signature of the article's text ([`crate::text::copies`]), for copy groups (bytes,
/// fast only).
pub const COPY_SIGNATURE: &str = "copy_signature";
/// The whole record as `extract` JSON (stored only).
pub const RECORD: &str = "record";

/// Handles to every field of the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// See [`KEY`].
    pub key: Field,
    /// See [`URL`].
    pub url: Field,
    /// See [`SITE`].
    pub site: Field,
    /// See [`CATEGORY`].
    pub category: Field,
    /// See [`TAGS`].
    pub tags: Field,
    /// See [`PUBLISHED`].
    pub published: Field,
    /// See [`TITLE`].
    pub title: Field,
    /// See [`SAPO`].
    pub sapo: Field,
    /// See [`BODY`].
    pub body: Field,
    /// See [`TITLE_FOLDED`].
    pub title_folded: Field,
    /// See [`SAPO_FOLDED`].
    pub sapo_folded: Field,
    /// See [`BODY_FOLDED`].
    pub body_folded: Field,
    /// See [`DOC_IDS`].
    pub doc_ids: Field,
    /// See [`ISSUERS`].
    pub issuers: Field,
    /// See [`OFFICIALS`].
    pub officials: Field,
    /// See [`OFFICIALS_FOLDED`].
    pub officials_folded: Field,
    /// See [`UNITS`].
    pub units: Field,
    /// See [`UNITS_FOLDED`].
    pub units_folded: Field,
    /// See [`ARTICLE_KEY`].
    pub article_key: Field,
    /// See [`CONTENT_HASH`].
    pub content_hash: Field,
    /// See [`DOC_REFS`].
    pub doc_refs: Field,
    /// See [`DOC_LINKS`].
    pub doc_links: Field,
    /// See [`OFFICIAL_TITLES`].
    pub official_titles: Field,
    /// See [`UNIT_FACTS`].
    pub unit_facts: Field,
    /// See [`EVENT_UNITS`].
    pub event_units: Field,
    /// See [`COPY_SIGNATURE`].
    pub copy_signature: Field,
    /// See [`RECORD`].
    pub record: Field,
}

/// Every raw keyword field, in schema order.
pub const KEYWORD_FIELDS: [&str; 13] = [
    KEY,
    URL,
    SITE,
    CATEGORY,
    TAGS,
    DOC_IDS,
    ISSUERS,
    OFFICIALS,
    OFFICIALS_FOLDED,
    UNITS,
    UNITS_FOLDED,
    ARTICLE_KEY,
    CONTENT_HASH,
];

/// Fields the reports read per matched document and never search: fast (columnar) only, not
/// indexed, so they cost no term dictionary.
pub const FACT_FIELDS: [&str; 5] = [DOC_REFS, DOC_LINKS, OFFICIAL_TITLES, UNIT_FACTS, EVENT_UNITS];

fn analyzed(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// Builds the vnmon schema.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    for name in KEYWORD_FIELDS {
        b.add_text_field(name, STRING | FAST);
    }
    b.add_date_field(
        PUBLISHED,
        DateOptions::default()
            .set_indexed()
            .set_stored()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    for name in [TITLE, SAPO, BODY] {
        b.add_text_field(name, analyzed(VI_EXACT));
    }
    for name in [TITLE_FOLDED, SAPO_FOLDED, BODY_FOLDED] {
        b.add_text_field(name, analyzed(VI_FOLDED));
    }
    for name in FACT_FIELDS {
        b.add_text_field(name, FAST);
    }
    b.add_bytes_field(COPY_SIGNATURE, FAST);
    b.add_text_field(RECORD, STORED);
    b.build()
}

impl Fields {
    /// Resolves every field in `schema`; the error names the first missing field (an index
    /// built by another version of vnmon).
    pub fn resolve(schema: &Schema) -> Result<Fields, String> {
        let f = |name: &str| schema.get_field(name).map_err(|_| name.to_string());
        Ok(Fields {
            key: f(KEY)?,
            url: f(URL)?,
            site: f(SITE)?,
            category: f(CATEGORY)?,
            tags: f(TAGS)?,
            published: f(PUBLISHED)?,
            title: f(TITLE)?,
            sapo: f(SAPO)?,
            body: f(BODY)?,
            title_folded: f(TITLE_FOLDED)?,
            sapo_folded: f(SAPO_FOLDED)?,
            body_folded: f(BODY_FOLDED)?,
            doc_ids: f(DOC_IDS)?,
            issuers: f(ISSUERS)?,
            officials: f(OFFICIALS)?,
            officials_folded: f(OFFICIALS_FOLDED)?,
            units: f(UNITS)?,
            units_folded: f(UNITS_FOLDED)?,
            article_key: f(ARTICLE_KEY)?,
            content_hash: f(CONTENT_HASH)?,
            doc_refs: f(DOC_REFS)?,
            doc_links: f(DOC_LINKS)?,
            official_titles: f(OFFICIAL_TITLES)?,
            unit_facts: f(UNIT_FACTS)?,
            event_units: f(EVENT_UNITS)?,
            copy_signature: f(COPY_SIGNATURE)?,
            record: f(RECORD)?,
        })
    }
}
