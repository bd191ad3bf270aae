//! The full-text index (tantivy) and search over it.
//!
//! One document per article: [`Indexer`] is the only writer and owns document identity
//! ([`identity`]): re-importing a page replaces its document, the same article under another URL
//! is a duplicate. The schema ([`schema`]) indexes title, sapo and body twice — with diacritics
//! (canonical tone placement) and ASCII-folded ([`analyzer`]) — and stores the whole record as
//! JSON, so [`Index::get`] and [`Index::all_records`] give back exactly what was imported.
//!
//! Searching ([`Index::search`]) follows the project rule for diacritics: a word typed with
//! diacritics matches exactly those letters (ignoring case, Unicode form and tone placement), a
//! word typed without matches every accented form ([`query`]). Hits carry a snippet with the
//! matched words highlighted in both cases ([`snippet`]).
//!
//! The index lives in a directory; the CLI chooses it (`--index DIR`, `VNMON_INDEX`, default
//! `index/`) and this module only takes a path.

pub mod analyzer;
mod collapse;
mod document;
pub mod facts;
pub mod identity;
pub mod indexer;
mod prepare;
pub mod query;
pub mod readonly;
pub mod rebuild;
pub mod refs;
pub mod schema;
pub mod snippet;

use std::collections::HashSet;
use std::ops::{Bound, Range};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::record::{Record, RecordError};
pub use document::{cap_article, to_tantivy_date, MAX_BODY_BYTES};
pub use identity::{Identity, NoRules, SiteRules};
pub use indexer::{Added, IndexCounts, Indexer};
pub use prepare::{Prepared, Preparer};
pub use readonly::damage_guard_active;
pub use rebuild::{rebuild, RebuildError, Rebuilt};
use schema::Fields;
pub use snippet::Snippet;

use crate::extract::date::VIETNAM_OFFSET_SECS;

/// Errors of the index module.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// There is no index in the directory.
    #[error("no index at {}: build one with `vnmon import PATH` or `vnmon demo`", dir.display())]
    Missing {
        /// The directory that was looked in.
        dir: PathBuf,
    },
    /// Another process writes to the index (an import, crawl or reindex is running).
    #[error("index at {} is locked by another vnmon process (import, crawl or reindex); wait for it to finish", dir.display())]
    Locked {
        /// The index directory.
        dir: PathBuf,
    },
    /// The index exists but holds no article.
    #[error("index at {} is empty: add articles with `vnmon import PATH` or `vnmon demo`", dir.display())]
    Empty {
        /// The index directory.
        dir: PathBuf,
    },
    /// The index files are garbled, cut short or missing: tantivy reported corrupt data or
    /// panicked reading them.
    #[error("the index at {} is damaged: run `vnmon reindex`", dir.display())]
    Damaged {
        /// The index directory.
        dir: PathBuf,
    },
    /// The query does not parse, or names an unknown field (one line).
    #[error("{0}")]
    Query(String),
    /// The index was built by an incompatible version of vnmon.
    #[error("index at {} has an incompatible schema ({reason}): delete it and import again", dir.display())]
    Incompatible {
        /// The index directory.
        dir: PathBuf,
        /// What differs.
        reason: String,
    },
    /// A stored record cannot be read back.
    #[error("corrupt stored record: {0}")]
    Stored(String),
    /// A stored record's JSON does not have the record shape.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// tantivy failed.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// File system error.
    #[error("index i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// Result type of this module.
pub type Result<T, E = IndexError> = std::result::Result<T, E>;

/// The largest [`SearchRequest::limit`]: more hits than anyone reads, few enough to allocate.
pub const MAX_LIMIT: usize = 10_000;

/// The earliest date a search can filter on ([`SearchRequest::from`], [`SearchRequest::to`]).
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// The latest date a search can filter on (tantivy dates end in 2262).
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// A search: a query string plus filters. All set filters must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchRequest {
    /// The query (see [`query`] for the syntax). May be empty when a filter is set: then every
    /// document passing the filters matches, newest first.
    pub query: String,
    /// Only this outlet (`dantri.com.vn`; normalised by [`site_filter_key`]).
    pub site: Option<String>,
    /// Published on or after this local (Vietnam) date.
    pub from: Option<NaiveDate>,
    /// Published on or before this local (Vietnam) date.
    pub to: Option<NaiveDate>,
    /// Maximum number of hits returned, at most [`MAX_LIMIT`]; 0 counts the matches only.
    pub limit: usize,
    /// Mentions this document ([`doc_filter_key`]).
    pub doc: Option<String>,
    /// Mentions this official (matched without diacritics, [`entity_key`]).
    pub official: Option<String>,
    /// Mentions this unit (matched without diacritics, [`entity_key`]).
    pub unit: Option<String>,
    /// Show one hit per copy group (near-duplicate articles, [`crate::text::copies`]): the best
    /// ranked member, with the number of the others in [`Hit::copies`].
    pub collapse_copies: bool,
    /// Order of the hits (a request without query is always newest first).
    pub sort: Sort,
    /// Rank with the full matches of a bare multi-word query the articles holding all of its
    /// groups but one ([`query::Parsed::relaxed`]), their scores weighted by
    /// [`NEAR_MATCH_WEIGHT`] (a soft AND: an article lacking one generic word of the query, or
    /// writing it otherwise, may still make the page when it is about the rest), marked
    /// [`Hit::near`]; they fill the page when fewer than `limit` articles hold every group.
    /// [`SearchResults::total`] still counts full matches only. Relevance order only.
    pub near_matches: bool,
}

impl SearchRequest {
    /// True when hits come newest first: asked for, or no query to rank by.
    fn by_date(&self) -> bool {
        self.query.trim().is_empty() || self.sort == Sort::Date
    }
}

/// Order of search hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first (articles without date last).
    Date,
}

impl std::str::FromStr for Sort {
    type Err = String;

    /// `relevance` or `date`.
    fn from_str(s: &str) -> Result<Sort, String> {
        match s {
            "relevance" => Ok(Sort::Relevance),
            "date" => Ok(Sort::Date),
            other => Err(format!("expected `relevance` or `date`, got {other:?}")),
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Relevance score, the one the hit ranks by (0 when results are sorted by date): for a near
    /// match ([`Hit::near`]) its relevance weighted by [`NEAR_MATCH_WEIGHT`]; `vnmon search
    /// --json` and `--csv` print this weighted value as `score`.
    pub score: f32,
    /// Article URL (the record key for an article without URL).
    pub url: String,
    /// Outlet host (empty when unknown).
    pub site: String,
    /// Headline (empty when unknown).
    pub title: String,
    /// Publication time with the outlet's offset.
    pub published: Option<DateTime<FixedOffset>>,
    /// Byte ranges of `title` matched by the query.
    pub title_highlights: Vec<Range<usize>>,
    /// Extract with highlighted matches.
    pub snippet: Snippet,
    /// With [`SearchRequest::collapse_copies`]: how many other matching articles are copies of
    /// this one (or it of them); 0 otherwise.
    pub copies: usize,
    /// A near match: the article lacks one word of the query ([`SearchRequest::near_matches`]).
    pub near: bool,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Number of matching documents.
    pub total: usize,
    /// The best `limit` of them, best first; with [`SearchRequest::near_matches`], near matches
    /// among them by their weighted score.
    pub hits: Vec<Hit>,
    /// Number of near matches (0 unless some are shown).
    pub near_total: usize,
}

/// Weight of a near match's score ([`SearchRequest::near_matches`]): an article lacking one
/// group of the query ranks with the full matches at this share of its score, so it outranks
/// only full matches that hold the query's groups much less prominently (in the headline, the
/// lead, side by side). Chosen on the four retired query sets of `benches/search_eval.rs`
/// (0.5 to 0.7 raise all four; see BENCHMARKS.md, sixteenth session).
pub const NEAR_MATCH_WEIGHT: f32 = 0.6;

/// An open index.
pub struct Index {
    dir: PathBuf,
    inner: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
}

/// Key used to filter on a document id (`doc_ids` field): the user's reference normalised the
/// way the extractor normalises references, so `24-ct/tu`, `24 - CT/TU` and `Chỉ thị 24-CT/TU`
/// all give `24-CT/TU`; a kind with a bare number (`Chỉ thị 17`) gives `Chỉ thị|17`.
pub fn doc_filter_key(input: &str) -> String {
    let input = crate::text::normalize(input.trim());
    crate::entities::documents::normalize_ref(&input).unwrap_or(input)
}

/// The `units_folded` keys a user's unit name may match: the name as typed and its canonical
/// form ([`crate::entities::units::canonical`]), both folded.
pub fn unit_filter_keys(input: &str) -> Vec<String> {
    let typed = entity_key(input);
    let canonical = entity_key(&crate::entities::units::canonical(&crate::text::normalize(input)));
    if canonical == typed || canonical.is_empty() {
        vec![typed]
    } else {
        vec![typed, canonical]
    }
}

/// Key used to filter on an outlet (`site` field): the host as [`identity::site_of`] stores it
/// (lower case, without `www.`, with `:port` when not the default), from a host name or a URL,
/// so `DANTRI.COM.VN`, `www.dantri.com.vn` and `https://dantri.com.vn/` all give
/// `dantri.com.vn`. `None` when `input` names no host.
pub fn site_filter_key(input: &str) -> Option<String> {
    let input = input.trim();
    if input.is_empty() || input.chars().any(char::is_whitespace) {
        return None;
    }
    let parsed = match url::Url::parse(input) {
        Ok(u) if u.host_str().is_some() => u,
        _ => url::Url::parse(&format!("http://{input}")).ok()?,
    };
    identity::site_of(&parsed)
}

/// Key used for official and unit names in the `*_folded` fields: NFC, folded
/// ([`crate::text::fold`]: lowercase, no diacritics) and whitespace collapsed.
pub fn entity_key(name: &str) -> String {
    crate::text::fold(&crate::text::normalize(name))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values of `ords` (sorted, distinct) in a fast-field column's dictionary, in the same
/// order, decoded in one pass: a lookup per ordinal decompresses a dictionary block each time.
pub(crate) fn decode_sorted(
    column: &tantivy::columnar::BytesColumn,
    ords: &[u64],
) -> std::io::Result<Vec<Vec<u8>>> {
    let mut out = Vec::with_capacity(ords.len());
    column.dictionary().sorted_ords_to_term_cb(ords, |bytes| out.push(bytes.to_vec()))?;
    Ok(out)
}

/// The document key of `address`, read from the `key` fast field (keys are indexed, not stored).
pub(crate) fn key_at(searcher: &Searcher, address: DocAddress) -> Result<Option<String>> {
    let segment = searcher.segment_reader(address.segment_ord);
    let Some(column) = segment.fast_fields().str(schema::KEY)? else { return Ok(None) };
    let mut out = String::new();
    let first = column.term_ords(address.doc_id).next();
    match first {
        Some(ord) if column.ord_to_str(ord, &mut out)? => Ok(Some(out)),
        _ => Ok(None),
    }
}

/// Settings of a new index. The document store (half of the index with LZ4) is compressed with
/// zstd: measured on 10k generated articles, the index shrinks from 3,779 to 3,260 bytes
/// per article; a search decompresses only the blocks of the hits it shows. Indexes written
/// with LZ4 stay readable (the setting is in their `meta.json`).
fn settings() -> tantivy::IndexSettings {
    use tantivy::store::{Compressor, ZstdCompressor};
    tantivy::IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(STORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: STORE_BLOCK_BYTES,
        ..Default::default()
    }
}

/// zstd level of the document store.
const STORE_ZSTD_LEVEL: i32 = 3;
/// Bytes per document-store block (compressed as one unit; a hit decompresses its block).
const STORE_BLOCK_BYTES: usize = 16 * 1024;

impl Index {
    /// Opens the index in `dir`, creating the directory and an empty index when there is none.
    pub fn open_or_create(dir: &Path) -> Result<Index> {
        if has_index(dir)? {
            return Index::open(dir);
        }
        std::fs::create_dir_all(dir)?;
        let inner = tantivy::Index::builder()
            .schema(schema::build())
            .settings(settings())
            .create_in_dir(dir)?;
        Index::wrap(dir, inner)
    }

    /// Opens an existing index; [`IndexError::Missing`] when `dir` holds none,
    /// [`IndexError::Damaged`] when its files are.
    pub fn open(dir: &Path) -> Result<Index> {
        if !has_index(dir)? {
            return Err(IndexError::Missing { dir: dir.to_path_buf() });
        }
        readonly::guarded(dir, || Index::wrap(dir, tantivy::Index::open_in_dir(dir)?))
    }

    /// Opens an existing index for reading only: no lock file is created and nothing in `dir` is
    /// ever written ([`readonly::ReadOnlyDirectory`]), so it works on a read-only directory or
    /// mount, beside a running import. Errors as [`Index::open`].
    pub fn open_read_only(dir: &Path) -> Result<Index> {
        if !has_index(dir)? {
            return Err(IndexError::Missing { dir: dir.to_path_buf() });
        }
        readonly::guarded(dir, || {
            let directory = readonly::ReadOnlyDirectory::open(dir)
                .map_err(|e| IndexError::Tantivy(e.into()))?;
            Index::wrap(dir, tantivy::Index::open(directory)?)
        })
    }

    fn wrap(dir: &Path, inner: tantivy::Index) -> Result<Index> {
        let incompatible =
            |reason: String| IndexError::Incompatible { dir: dir.to_path_buf(), reason };
        let schema = inner.schema();
        if schema != schema::build() {
            let reason = match Fields::resolve(&schema) {
                Err(missing) => format!("no field `{missing}`"),
                Ok(_) => "field options differ".to_string(),
            };
            return Err(incompatible(reason));
        }
        let fields =
            Fields::resolve(&schema).map_err(|m| incompatible(format!("no field `{m}`")))?;
        analyzer::register(&inner);
        let reader = inner.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Index { dir: dir.to_path_buf(), inner, reader, fields })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The underlying tantivy index (for aggregations and exports).
    pub fn tantivy(&self) -> &tantivy::Index {
        &self.inner
    }

    /// A searcher over the latest commit.
    pub fn searcher(&self) -> Result<Searcher> {
        self.reader.reload()?;
        Ok(self.reader.searcher())
    }

    /// Number of documents in the latest commit.
    pub fn num_docs(&self) -> u64 {
        // A failed reload keeps the previous view, which is still a valid count.
        let _ = self.reader.reload();
        self.reader.searcher().num_docs()
    }

    /// Runs a search. [`IndexError::Empty`] when the index holds no document, [`IndexError::Query`]
    /// when the query is malformed.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        if req.limit > MAX_LIMIT {
            return Err(IndexError::Query(format!(
                "limit {} is too large: at most {MAX_LIMIT} hits",
                req.limit
            )));
        }
        let filters = self.filters(req)?;
        // Only tantivy's work runs guarded ([`readonly::guarded`]): a panic there means damaged
        // files, a panic in vnmon's own code (parsing, snippets) is a bug and shows as one.
        let dir = &self.dir;
        let searcher = readonly::guarded(dir, || self.searcher())?;
        if searcher.num_docs() == 0 {
            return Err(IndexError::Empty { dir: self.dir.clone() });
        }
        let text = req.query.trim();
        let (text_query, highlights, relaxed): (Box<dyn Query>, _, _) = if text.is_empty() {
            (Box::new(AllQuery), Vec::new(), None)
        } else {
            let parsed = query::parse(&searcher, text)?;
            (parsed.query, parsed.highlights, parsed.relaxed)
        };
        let by_date = req.by_date();
        let filtered = |q: Box<dyn Query>| -> Box<dyn Query> {
            if filters.is_empty() {
                return q;
            }
            let mut clauses = vec![(Occur::Must, q)];
            clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        // Near matches: the relaxed query, which every full match also matches.
        let relaxed = relaxed
            .filter(|_| req.near_matches && !by_date && req.limit > 0)
            .map(|relaxed| (filtered(relaxed.box_clone()), relaxed));
        let full_query = text_query.box_clone();
        let query = filtered(text_query);
        let (total, near_total, found) = readonly::guarded(dir, || {
            let (total, top, copies) = self.ranked(&searcher, &query, req, req.limit)?;
            let near = match &relaxed {
                Some((_, relaxed)) if req.collapse_copies => {
                    // Copy groups are counted among the near matches alone.
                    let near = filtered(Box::new(BooleanQuery::new(vec![
                        (Occur::Must, relaxed.box_clone()),
                        (Occur::MustNot, full_query.box_clone()),
                    ])));
                    let (n, near, copies) =
                        self.ranked(&searcher, near.as_ref(), req, req.limit)?;
                    Some((n, with_copies(near, &copies)))
                }
                Some((filtered_relaxed, _)) => {
                    let (n, near) =
                        near_candidates(&searcher, filtered_relaxed.as_ref(), &top, req.limit)?;
                    // Every full match is a match of the relaxed query.
                    Some((n.saturating_sub(total), near))
                }
                None => None,
            };
            // (score, address, copies, near), full matches first: a stable sort keeps a full
            // match before a near match of the same score.
            let mut ranked: Vec<(f32, DocAddress, usize, bool)> = with_copies(top, &copies)
                .into_iter()
                .map(|(score, address, copies)| (score, address, copies, false))
                .collect();
            let mut near_total = 0;
            if let Some((count, near)) = near {
                ranked.extend(near.into_iter().map(|(score, address, copies)| {
                    (score * NEAR_MATCH_WEIGHT, address, copies, true)
                }));
                ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                ranked.truncate(req.limit);
                if ranked.iter().any(|r| r.3) {
                    near_total = count;
                }
            }
            let mut found = Vec::with_capacity(ranked.len());
            for (score, address, copies, near) in ranked {
                found.push((score, self.load(&searcher, address)?, copies, near));
            }
            Ok((total, near_total, found))
        })?;
        let mut highlighter = snippet::Highlighter::new(&highlights);
        let mut hits = Vec::with_capacity(found.len());
        for (score, (key, record), copies, near) in found {
            let a = &record.article;
            let sources = [a.sapo.as_deref().unwrap_or_default(), a.body.as_str()];
            hits.push(Hit {
                score,
                url: a.url.clone().unwrap_or(key),
                site: a.site.clone().unwrap_or_default(),
                title: a.title.clone().unwrap_or_default(),
                title_highlights: highlighter.highlight(a.title.as_deref().unwrap_or_default()),
                published: a.published,
                snippet: highlighter.snippet(&sources),
                copies,
                near,
            });
        }
        Ok(SearchResults { total, hits, near_total })
    }

    /// The count of `query`'s matches and the best `limit` of them (ordered as `req` asks,
    /// collapsed to one per copy group when it asks), with their numbers of copies.
    fn ranked(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        req: &SearchRequest,
        limit: usize,
    ) -> Result<(usize, Ranked, Vec<usize>)> {
        let by_date = req.by_date();
        if req.collapse_copies && limit > 0 {
            return collapsed(searcher, query, by_date, limit);
        }
        let (total, top) = if limit == 0 {
            (searcher.search(query, &Count)?, Vec::new())
        } else if by_date {
            let by_date = TopDocs::with_limit(limit)
                .order_by_fast_field::<tantivy::DateTime>(schema::PUBLISHED, Order::Desc);
            let (total, top) = searcher.search(query, &(Count, by_date))?;
            (total, top.into_iter().map(|(_, a)| (0.0, a)).collect())
        } else {
            // Counted while ranked: one pass, every match scored. Ranking alone would let the
            // collector prune (`Weight::for_each_pruning`), but counting apart evaluates the
            // query twice, measured slower (mendsearch-18: p50 +10 %).
            searcher.search(query, &(Count, TopDocs::with_limit(limit).order_by_score()))?
        };
        Ok((total, top, Vec::new()))
    }

    /// The record stored for `url` (or for a record key, see [`identity`]).
    pub fn get(&self, url: &str) -> Result<Option<Record>> {
        readonly::guarded(&self.dir, || self.get_unguarded(url))
    }

    fn get_unguarded(&self, url: &str) -> Result<Option<Record>> {
        let searcher = self.searcher()?;
        let term = Term::from_field_text(self.fields.key, url.trim());
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, address)) => Ok(Some(self.load(&searcher, *address)?.1)),
            None => Ok(None),
        }
    }

    /// Every stored record of the latest commit, segment by segment; records are read one at a
    /// time, never all at once.
    pub fn all_records(&self) -> Result<Records<'_>> {
        let searcher = readonly::guarded(&self.dir, || self.searcher())?;
        Ok(Records { index: self, searcher, segment: 0, doc: 0 })
    }

    /// Handles to the schema's fields.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The key and stored record of the document at `address`.
    pub fn load_at(&self, searcher: &Searcher, address: DocAddress) -> Result<(String, Record)> {
        self.load(searcher, address)
    }

    fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<(String, Record)> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let key = key_at(searcher, address)?.unwrap_or_default();
        let json = doc
            .get_first(self.fields.record)
            .and_then(|v| v.as_str())
            .ok_or_else(|| IndexError::Stored(format!("document {key:?} has no stored record")))?;
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| IndexError::Stored(format!("document {key:?}: {e}")))?;
        let mut record = Record::from_json(&value)?;
        if value.get("text").is_none() {
            // Stored without its text, which was the article's (see `document::build`).
            record.text = record.article.text();
        }
        Ok((key, record))
    }

    /// The filters of `req` as queries. A filter set to blank text, a site that is no host name
    /// and dates out of range or in the wrong order are errors, never "no filter".
    fn filters(&self, req: &SearchRequest) -> Result<Vec<Box<dyn Query>>> {
        let f = &self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        let mut term = |field, value: String| {
            let query =
                TermQuery::new(Term::from_field_text(field, &value), IndexRecordOption::Basic);
            out.push(Box::new(query) as Box<dyn Query>);
        };
        if let Some(site) = given("site", &req.site)? {
            let key = site_filter_key(site).ok_or_else(|| {
                IndexError::Query(format!("site `{site}` is not a host name (e.g. dantri.com.vn)"))
            })?;
            term(f.site, key);
        }
        if let Some(doc) = given("document", &req.doc)? {
            term(f.doc_ids, doc_filter_key(doc));
        }
        if let Some(official) = given("official", &req.official)? {
            term(f.officials_folded, entity_key(official));
        }
        if let Some(unit) = given("unit", &req.unit)? {
            // As typed, or with its abbreviations expanded (`Sở LĐ-TB&XH` = `Sở Lao động -
            // Thương binh và Xã hội`): the writer stores both keys of every unit.
            let keys = unit_filter_keys(unit);
            let clauses: Vec<(Occur, Box<dyn Query>)> = keys
                .into_iter()
                .map(|k| {
                    let q = TermQuery::new(
                        Term::from_field_text(f.units_folded, &k),
                        IndexRecordOption::Basic,
                    );
                    (Occur::Should, Box::new(q) as Box<dyn Query>)
                })
                .collect();
            out.push(Box::new(BooleanQuery::new(clauses)));
        }
        if let Some(q) = period_query(f, req.from, req.to)? {
            out.push(q);
        }
        Ok(out)
    }
}

/// Iterator over every stored record ([`Index::all_records`]).
pub struct Records<'a> {
    index: &'a Index,
    searcher: Searcher,
    segment: usize,
    doc: u32,
}

impl Iterator for Records<'_> {
    type Item = Result<Record>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let reader = self.searcher.segment_readers().get(self.segment)?;
            if self.doc >= reader.max_doc() {
                self.segment += 1;
                self.doc = 0;
                continue;
            }
            let doc = self.doc;
            self.doc += 1;
            if reader.is_deleted(doc) {
                continue;
            }
            let address = DocAddress::new(self.segment as u32, doc);
            let index = self.index;
            let searcher = &self.searcher;
            let loaded = readonly::guarded(&index.dir, || index.load(searcher, address));
            return Some(loaded.map(|(_, r)| r));
        }
    }
}

/// The trimmed value of a filter; an error when it is set to blank text (which would otherwise
/// filter nothing and match everything).
fn given<'a>(name: &str, value: &'a Option<String>) -> Result<Option<&'a str>> {
    match value.as_deref().map(str::trim) {
        Some("") => Err(IndexError::Query(format!("the {name} filter is empty"))),
        other => Ok(other),
    }
}

/// Hits best first: (score, address).
type Ranked = Vec<(f32, DocAddress)>;

/// Hits with their numbers of copies: (score, address, copies).
type WithCopies = Vec<(f32, DocAddress, usize)>;

/// Each hit of `top` with its number of copies (0 when `copies` has none for it).
fn with_copies(top: Ranked, copies: &[usize]) -> WithCopies {
    top.into_iter()
        .enumerate()
        .map(|(i, (score, address))| (score, address, copies.get(i).copied().unwrap_or(0)))
        .collect()
}

/// The number of matches of `relaxed` and the near matches that may make a page of `limit`
/// hits whose full matches are `full` (best first): the best hits of `relaxed`, which every full
/// match also matches, that are not among `full` and, when `full` fills the page, whose weighted
/// score ([`NEAR_MATCH_WEIGHT`]) is above its last (a near match weighted at most that cannot
/// make the page: the merge keeps a full match first on a tie). One pass, cheaper than excluding
/// the full matches in the query, which would evaluate it again for every candidate.
///
/// The floor is compared with the weighted score, not the raw one: a full match left off the
/// page scores at most the floor, but under the relaxed query it may score an ulp or so more
/// (tantivy sums intersected scorers in an order that depends on their costs), so a raw
/// `score > floor` could let it through as a near match. Weighted, it stays at about 0.6 of the
/// floor, far below it; and the test is the merge's own: a near match passes exactly when its
/// weighted score outranks the page's last full match.
fn near_candidates(
    searcher: &Searcher,
    relaxed: &dyn Query,
    full: &Ranked,
    limit: usize,
) -> Result<(usize, WithCopies)> {
    let floor = if full.len() < limit { None } else { full.last().map(|(score, _)| *score) };
    let best = TopDocs::with_limit(limit + full.len()).order_by_score();
    let (count, top) = searcher.search(relaxed, &(Count, best))?;
    // A set: up to `limit + full.len()` candidates each looked up among up to `limit` full
    // matches (MAX_LIMIT 10,000) would be quadratic as a scan.
    let full: HashSet<DocAddress> = full.iter().map(|(_, address)| *address).collect();
    let near = top
        .into_iter()
        .filter(|(score, address)| {
            floor.is_none_or(|floor| *score * NEAR_MATCH_WEIGHT > floor) && !full.contains(address)
        })
        .take(limit)
        .map(|(score, address)| (score, address, 0))
        .collect();
    Ok((count, near))
}

/// Collapsed search: copy groups among all matches, then the best-ranked member of each group
/// until `limit`. Returns the number of groups, the hits and each hit's number of other copies.
fn collapsed(
    searcher: &Searcher,
    query: &dyn Query,
    by_date: bool,
    limit: usize,
) -> Result<(usize, Ranked, Vec<usize>)> {
    let groups = collapse::groups(searcher, query)?;
    let total = groups.values().filter(|(g, _)| groups.get(g).is_some_and(|x| x.0 == *g)).count();
    let mut want = (limit * 4).max(64);
    loop {
        let ranked: Ranked = if by_date {
            let c = TopDocs::with_limit(want)
                .order_by_fast_field::<tantivy::DateTime>(schema::PUBLISHED, Order::Desc);
            searcher.search(query, &c)?.into_iter().map(|(_, a)| (0.0, a)).collect()
        } else {
            searcher.search(query, &TopDocs::with_limit(want).order_by_score())?
        };
        let exhausted = ranked.len() < want;
        let mut seen = HashSet::new();
        let mut top = Vec::new();
        let mut copies = Vec::new();
        for (score, a) in ranked {
            let (g, size) = groups.get(&a).copied().unwrap_or((a, 1));
            if seen.insert(g) {
                top.push((score, a));
                copies.push(size - 1);
                if top.len() == limit {
                    break;
                }
            }
        }
        if top.len() == limit || exhausted {
            return Ok((total, top, copies));
        }
        want *= 4;
    }
}

/// The query of articles published from `from` to `to` (Vietnam days, both included); `None`
/// when neither is given. Dates out of range or in the wrong order are errors.
pub(crate) fn period_query(
    f: &Fields,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Option<Box<dyn Query>>> {
    for date in [from, to].into_iter().flatten() {
        if !(MIN_DATE..=MAX_DATE).contains(&date) {
            return Err(IndexError::Query(format!(
                "date {date} is out of range: dates run from {MIN_DATE} to {MAX_DATE}"
            )));
        }
    }
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            return Err(IndexError::Query(format!(
                "the date range is empty: from {from} is after to {to}"
            )));
        }
    }
    if from.is_some() || to.is_some() {
        let bound = |d: NaiveDate| Term::from_field_date(f.published, local_midnight_utc(d));
        let lower = from.map_or(Bound::Unbounded, |d| Bound::Included(bound(d)));
        let upper = match to.and_then(|d| d.succ_opt()) {
            Some(next) => Bound::Excluded(bound(next)),
            None => Bound::Unbounded,
        };
        return Ok(Some(Box::new(RangeQuery::new(lower, upper))));
    }
    Ok(None)
}

/// 00:00 of `date` in Vietnam, as a UTC tantivy date.
fn local_midnight_utc(date: NaiveDate) -> tantivy::DateTime {
    let utc_midnight = date.and_time(NaiveTime::MIN).and_utc().timestamp();
    tantivy::DateTime::from_timestamp_secs(utc_midnight - i64::from(VIETNAM_OFFSET_SECS))
}

/// True when `dir` holds a tantivy index (its `meta.json`).
fn has_index(dir: &Path) -> Result<bool> {
    match std::fs::metadata(dir.join("meta.json")) {
        Ok(meta) => Ok(meta.is_file()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        // A path under a regular file ("index/meta.json" where "index" is a file).
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn site_filter_key_normalises_like_the_index() {
        let cases = [
            ("dantri.com.vn", Some("dantri.com.vn")),
            ("DANTRI.COM.VN", Some("dantri.com.vn")),
            ("www.dantri.com.vn", Some("dantri.com.vn")),
            ("https://dantri.com.vn/", Some("dantri.com.vn")),
            ("https://www.Dantri.com.vn/xa-hoi/a.htm", Some("dantri.com.vn")),
            ("dantri.com.vn.", Some("dantri.com.vn")),
            ("127.0.0.1:8080", Some("127.0.0.1:8080")),
            ("http://127.0.0.1:80/", Some("127.0.0.1")),
            ("", None),
            ("   ", None),
            ("not a host", None),
        ];
        for (input, expected) in cases {
            assert_eq!(super::site_filter_key(input).as_deref(), expected, "{input:?}");
        }
    }
}
