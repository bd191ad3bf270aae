//! The facts of matched articles, read from fast (columnar) fields: what every report
//! aggregates. No stored document is loaded here; [`load_titles`] loads the few records a report
//! shows by title.

use super::{FastMap as HashMap, FastSet};

use tantivy::columnar::{BytesColumn, Column, StrColumn};
use tantivy::query::Query;
use tantivy::{DocAddress, DocSet, Searcher, SegmentReader, TERMINATED};

use crate::index::decode_sorted;
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

/// Per-segment column handles. Dictionary values are decoded in one sorted pass per column
/// ([`decode_sorted`]): looking up ordinals one at a time decompresses a dictionary block per
/// lookup, which dominated report time at a million articles.
struct Columns {
    published: Column<tantivy::DateTime>,
    /// `site`, `doc_refs`, `doc_links`, `official_titles`, `event_units`, `unit_facts`.
    text: [Option<StrColumn>; 6],
    signature: Option<BytesColumn>,
}

/// One matched document before its values are decoded: the ordinals of each column.
struct Pending {
    address: DocAddress,
    published: Option<i64>,
    ords: [Vec<u64>; 6],
    signature: Option<u64>,
}

/// The values of `ords` in `d`, skipping those that did not decode.
fn all<T: Clone>(d: &Decoded<T>, ords: &[u64]) -> Vec<T> {
    ords.iter().filter_map(|o| d.get(*o)).collect()
}

/// Sorted distinct ordinals of one column over the pending rows.
fn distinct(pending: &[Pending], column: usize) -> Vec<u64> {
    let mut ords: Vec<u64> = pending.iter().flat_map(|p| p.ords[column].iter().copied()).collect();
    ords.sort_unstable();
    ords.dedup();
    ords
}

/// Decoded values of one column: sorted ordinals and their values.
struct Decoded<T> {
    ords: Vec<u64>,
    values: Vec<Option<T>>,
}

impl<T: Clone> Decoded<T> {
    fn get(&self, ord: u64) -> Option<T> {
        let i = self.ords.binary_search(&ord).ok()?;
        self.values[i].clone()
    }
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
            published: ff.date(schema::PUBLISHED)?,
            text: [
                ff.str(schema::SITE)?,
                str_if(want.docs, schema::DOC_REFS)?,
                str_if(want.docs, schema::DOC_LINKS)?,
                str_if(want.people, schema::OFFICIAL_TITLES)?,
                str_if(want.people, schema::EVENT_UNITS)?,
                str_if(want.people, schema::UNIT_FACTS)?,
            ],
            signature: if want.signature { ff.bytes(schema::COPY_SIGNATURE)? } else { None },
        })
    }

    fn pending(&self, address: DocAddress) -> Pending {
        let doc = address.doc_id;
        let ords = std::array::from_fn(|i| match &self.text[i] {
            Some(c) => c.term_ords(doc).collect(),
            None => Vec::new(),
        });
        Pending {
            address,
            published: self.published.first(doc).map(|d| d.into_timestamp_secs()),
            ords,
            signature: self.signature.as_ref().and_then(|c| c.term_ords(doc).next()),
        }
    }

    fn decode<T>(
        &self,
        pending: &[Pending],
        column: usize,
        parse: impl Fn(&str) -> Option<T>,
    ) -> std::io::Result<Decoded<T>> {
        let Some(c) = &self.text[column] else {
            return Ok(Decoded { ords: Vec::new(), values: Vec::new() });
        };
        let ords = distinct(pending, column);
        let values = decode_sorted(c, &ords)?
            .iter()
            .map(|b| std::str::from_utf8(b).ok().and_then(&parse))
            .collect();
        Ok(Decoded { ords, values })
    }

    /// Decodes every pending row at once.
    fn rows(&self, pending: Vec<Pending>) -> std::io::Result<Vec<Row>> {
        let site = self.decode(&pending, 0, |s| Some(s.to_string()))?;
        let docs = self.decode(&pending, 1, DocFact::decode)?;
        let links = self.decode(&pending, 2, LinkFact::decode)?;
        let officials = self.decode(&pending, 3, decode_named)?;
        let events = self.decode(&pending, 4, decode_pair)?;
        let units = self.decode(&pending, 5, decode_named)?;
        let signatures: Decoded<Signature> = match &self.signature {
            Some(c) => {
                let mut ords: Vec<u64> = pending.iter().filter_map(|p| p.signature).collect();
                ords.sort_unstable();
                ords.dedup();
                let values =
                    decode_sorted(c, &ords)?.iter().map(|b| Signature::from_bytes(b)).collect();
                Decoded { ords, values }
            }
            None => Decoded { ords: Vec::new(), values: Vec::new() },
        };
        Ok(pending
            .into_iter()
            .map(|p| Row {
                address: Some(p.address),
                site: p.ords[0].first().and_then(|o| site.get(*o)).unwrap_or_default(),
                published: p.published,
                docs: all(&docs, &p.ords[1]),
                links: all(&links, &p.ords[2]),
                officials: all(&officials, &p.ords[3]),
                event_units: all(&events, &p.ords[4]),
                units: all(&units, &p.ords[5]),
                signature: p.signature.and_then(|o| signatures.get(o)),
            })
            .collect())
    }
}

/// The rows of every live document matching `query`, in index order. Segments are read in
/// parallel (one thread per core, segments dealt round-robin); the result does not depend on it.
pub fn matching(
    searcher: &Searcher,
    query: &dyn Query,
    want: Want,
) -> Result<Vec<Row>, IndexError> {
    let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(searcher))?;
    let segments = searcher.segment_readers();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(segments.len());
    let read = |ord: usize| -> Result<Vec<Row>, IndexError> {
        let segment = &segments[ord];
        let columns = Columns::open(segment, want)?;
        let alive = segment.alive_bitset();
        let mut scorer = weight.scorer(segment, 1.0)?;
        let mut doc = scorer.doc();
        let mut pending = Vec::new();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                pending.push(columns.pending(DocAddress::new(ord as u32, doc)));
            }
            doc = scorer.advance();
        }
        Ok(columns.rows(pending)?)
    };
    let mut per_segment: Vec<Option<Result<Vec<Row>, IndexError>>> =
        (0..segments.len()).map(|_| None).collect();
    if threads <= 1 {
        for (ord, slot) in per_segment.iter_mut().enumerate() {
            *slot = Some(read(ord));
        }
    } else {
        let guard = crate::index::damage_guard_active();
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let read = &read;
                    scope.spawn(move || {
                        crate::index::readonly::inherit_guard(guard, || {
                            (t..segments.len())
                                .step_by(threads)
                                .map(|ord| (ord, read(ord)))
                                .collect::<Vec<_>>()
                        })
                    })
                })
                .collect();
            for h in handles {
                // A panic while reading (a damaged segment) goes on in this thread, where the
                // caller's guard turns it into "the index is damaged".
                let done = h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                for (ord, result) in done {
                    per_segment[ord] = Some(result);
                }
            }
        });
    }
    let mut rows = Vec::new();
    for result in per_segment.into_iter().flatten() {
        rows.extend(result?);
    }
    Ok(rows)
}

/// Counts live documents of `sites` published in `[start, end)` (UTC seconds) per bucket, for
/// attention shares: `bucket_of` maps a publication time to a bucket. Only documents in the
/// period are visited (a range query on the publication time), not the whole index.
pub(crate) fn counts_by_bucket(
    searcher: &Searcher,
    published_field: tantivy::schema::Field,
    sites: &[String],
    (start, end): (i64, i64),
    bucket_of: &dyn Fn(i64) -> Option<usize>,
) -> Result<HashMap<usize, u64>, IndexError> {
    use std::ops::Bound;
    let date = |secs| {
        tantivy::Term::from_field_date(
            published_field,
            tantivy::DateTime::from_timestamp_secs(secs),
        )
    };
    let period =
        tantivy::query::RangeQuery::new(Bound::Included(date(start)), Bound::Excluded(date(end)));
    let weight = period.weight(tantivy::query::EnableScoring::disabled_from_searcher(searcher))?;
    let mut out = HashMap::default();
    for segment in searcher.segment_readers() {
        let Some(site_col) = segment.fast_fields().str(schema::SITE)? else { continue };
        // Site ords of this segment that are wanted.
        let all: Vec<u64> = (0..site_col.num_terms() as u64).collect();
        let names = decode_sorted(&site_col, &all)?;
        let wanted: FastSet<u64> = all
            .iter()
            .zip(&names)
            .filter(|(_, n)| std::str::from_utf8(n).is_ok_and(|n| sites.iter().any(|s| s == n)))
            .map(|(o, _)| *o)
            .collect();
        if wanted.is_empty() {
            continue;
        }
        let published = segment.fast_fields().date(schema::PUBLISHED)?;
        let alive = segment.alive_bitset();
        let mut scorer = weight.scorer(segment, 1.0)?;
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            let live = alive.is_none_or(|a| a.is_alive(doc));
            let site_ok =
                live && site_col.term_ords(doc).next().is_some_and(|o| wanted.contains(&o));
            if site_ok {
                if let Some(b) =
                    published.first(doc).and_then(|t| bucket_of(t.into_timestamp_secs()))
                {
                    *out.entry(b).or_insert(0) += 1;
                }
            }
            doc = scorer.advance();
        }
    }
    Ok(out)
}

/// Every distinct `doc_refs` value starting with one of `prefixes`, from each segment's
/// dictionary, without visiting documents. A dictionary may still hold the value of a deleted
/// document until its segment is merged.
pub(crate) fn doc_facts_with_prefixes(
    searcher: &Searcher,
    prefixes: &[String],
) -> Result<Vec<DocFact>, IndexError> {
    let mut seen: FastSet<Vec<u8>> = FastSet::default();
    let mut out = Vec::new();
    for segment in searcher.segment_readers() {
        let Some(column) = segment.fast_fields().str(schema::DOC_REFS)? else { continue };
        for prefix in prefixes {
            let mut upper = prefix.clone().into_bytes();
            match upper.last_mut() {
                Some(b) if *b < u8::MAX => *b += 1,
                _ => continue,
            }
            let mut stream =
                column.dictionary().range().ge(prefix.as_bytes()).lt(&upper).into_stream()?;
            while stream.advance() {
                let key = stream.key();
                if seen.insert(key.to_vec()) {
                    if let Some(f) = std::str::from_utf8(key).ok().and_then(DocFact::decode) {
                        out.push(f);
                    }
                }
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
