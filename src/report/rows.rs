//! The facts of matched articles, read from fast (columnar) fields: what every report
//! aggregates. No stored document is loaded here; [`load_titles`] loads the few records a report
//! shows by title.

use std::collections::HashMap;

use tantivy::columnar::{BytesColumn, Column, StrColumn};
use tantivy::query::Query;
use tantivy::{DocAddress, DocSet, Searcher, SegmentReader, TERMINATED};

use crate::index::facts::{decode_named, decode_pair, DocFact, LinkFact, Named};
use crate::index::schema;
use crate::index::{Index, IndexError};
use crate::text::copies::Signature;

/// The facts of one article.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// Where the article is.
    pub address: Option<DocAddress>,
    /// Outlet (`site` field).
    pub site: String,
    /// Publication time, UTC seconds.
    pub published: Option<i64>,
    /// The documents it references.
    pub docs: Vec<DocFact>,
    /// Implementation links it shows.
    pub links: Vec<LinkFact>,
    /// `(name, title, mentions)` of the officials it names.
    pub officials: Vec<Named>,
    /// `(doc key, unit)`: units that held an event on a document.
    pub event_units: Vec<(String, String)>,
    /// `(canonical, as written, mentions)` of the units it names.
    pub units: Vec<Named>,
    /// Copy signature.
    pub signature: Option<Signature>,
}

/// Which columns to read (reading fewer is faster).
#[derive(Debug, Clone, Copy, Default)]
pub struct Want {
    /// `doc_refs`, `doc_links`.
    pub docs: bool,
    /// `official_titles`, `event_units`, `unit_facts`.
    pub people: bool,
    /// `copy_signature`.
    pub signature: bool,
}

impl Want {
    /// Every column.
    pub const ALL: Want = Want { docs: true, people: true, signature: true };
}

/// Per-segment column handles with a cache of decoded dictionary values.
struct Columns {
    site: Option<StrColumn>,
    published: Column<tantivy::DateTime>,
    doc_refs: Option<StrColumn>,
    doc_links: Option<StrColumn>,
    officials: Option<StrColumn>,
    event_units: Option<StrColumn>,
    units: Option<StrColumn>,
    signature: Option<BytesColumn>,
    cache: HashMap<(u8, u64), String>,
}

impl Columns {
    fn open(segment: &SegmentReader, want: Want) -> tantivy::Result<Columns> {
        let ff = segment.fast_fields();
        let str_if = |on: bool, name: &str| -> tantivy::Result<Option<StrColumn>> {
            if on {
                ff.str(name)
            } else {
                Ok(None)
            }
        };
        Ok(Columns {
            site: ff.str(schema::SITE)?,
            published: ff.date(schema::PUBLISHED)?,
            doc_refs: str_if(want.docs, schema::DOC_REFS)?,
            doc_links: str_if(want.docs, schema::DOC_LINKS)?,
            officials: str_if(want.people, schema::OFFICIAL_TITLES)?,
            event_units: str_if(want.people, schema::EVENT_UNITS)?,
            units: str_if(want.people, schema::UNIT_FACTS)?,
            signature: if want.signature { ff.bytes(schema::COPY_SIGNATURE)? } else { None },
            cache: HashMap::new(),
        })
    }

    fn values(&mut self, which: u8, doc: u32) -> std::io::Result<Vec<String>> {
        let column = match which {
            0 => &self.site,
            1 => &self.doc_refs,
            2 => &self.doc_links,
            3 => &self.officials,
            4 => &self.event_units,
            _ => &self.units,
        };
        let Some(column) = column else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for ord in column.term_ords(doc) {
            if let Some(v) = self.cache.get(&(which, ord)) {
                out.push(v.clone());
                continue;
            }
            let mut s = String::new();
            if column.ord_to_str(ord, &mut s)? {
                self.cache.insert((which, ord), s.clone());
                out.push(s);
            }
        }
        Ok(out)
    }

    fn row(&mut self, address: DocAddress) -> std::io::Result<Row> {
        let doc = address.doc_id;
        let site = self.values(0, doc)?.into_iter().next().unwrap_or_default();
        let published = self.published.first(doc).map(|d| d.into_timestamp_secs());
        let docs = self.values(1, doc)?.iter().filter_map(|v| DocFact::decode(v)).collect();
        let links = self.values(2, doc)?.iter().filter_map(|v| LinkFact::decode(v)).collect();
        let officials = self.values(3, doc)?.iter().filter_map(|v| decode_named(v)).collect();
        let event_units = self.values(4, doc)?.iter().filter_map(|v| decode_pair(v)).collect();
        let units = self.values(5, doc)?.iter().filter_map(|v| decode_named(v)).collect();
        let mut signature = None;
        if let Some(column) = &self.signature {
            let mut bytes = Vec::new();
            if let Some(ord) = column.term_ords(doc).next() {
                if column.ord_to_bytes(ord, &mut bytes)? {
                    signature = Signature::from_bytes(&bytes);
                }
            }
        }
        Ok(Row {
            address: Some(address),
            site,
            published,
            docs,
            links,
            officials,
            event_units,
            units,
            signature,
        })
    }
}

/// The rows of every live document matching `query`, in index order.
pub fn matching(
    searcher: &Searcher,
    query: &dyn Query,
    want: Want,
) -> Result<Vec<Row>, IndexError> {
    let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(searcher))?;
    let mut rows = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let mut columns = Columns::open(segment, want)?;
        let alive = segment.alive_bitset();
        let mut scorer = weight.scorer(segment, 1.0)?;
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                rows.push(columns.row(DocAddress::new(ord as u32, doc))?);
            }
            doc = scorer.advance();
        }
    }
    Ok(rows)
}

/// Counts live documents per `(site, bucket)` over the whole index, for attention shares:
/// `bucket_of` maps a publication time (UTC seconds) to a bucket, or `None` to leave it out.
pub fn counts_by_site(
    searcher: &Searcher,
    sites: &[String],
    bucket_of: &dyn Fn(i64) -> Option<usize>,
) -> Result<HashMap<(String, usize), u64>, IndexError> {
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let Some(site_col) = segment.fast_fields().str(schema::SITE)? else { continue };
        // Site ords of this segment that are wanted.
        let mut wanted: HashMap<u64, String> = HashMap::new();
        let mut s = String::new();
        for ord in 0..site_col.num_terms() as u64 {
            s.clear();
            if site_col.ord_to_str(ord, &mut s)? && sites.contains(&s) {
                wanted.insert(ord, s.clone());
            }
        }
        if wanted.is_empty() {
            continue;
        }
        let published = segment.fast_fields().date(schema::PUBLISHED)?;
        let alive = segment.alive_bitset();
        for doc in 0..segment.max_doc() {
            if alive.is_some_and(|a| !a.is_alive(doc)) {
                continue;
            }
            let Some(ord) = site_col.term_ords(doc).next() else { continue };
            let Some(site) = wanted.get(&ord) else { continue };
            let Some(t) = published.first(doc) else { continue };
            if let Some(b) = bucket_of(t.into_timestamp_secs()) {
                *out.entry((site.clone(), b)).or_insert(0) += 1;
            }
        }
    }
    Ok(out)
}

/// Title and URL (or key) of the article at `address`, loading its stored record.
pub fn title_and_url(
    index: &Index,
    searcher: &Searcher,
    address: DocAddress,
) -> Result<(String, String), IndexError> {
    let (key, record) = index.load_at(searcher, address)?;
    let a = record.article;
    Ok((a.title.unwrap_or_default(), a.url.unwrap_or(key)))
}
