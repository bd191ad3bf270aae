//! Copy groups among the documents matching a query, for `search --collapse-copies`: each
//! group shows once, with the number of its other members.

use std::collections::HashMap;

use tantivy::query::Query;
use tantivy::{DocAddress, DocSet, Searcher, TERMINATED};

use super::{schema, Result};
use crate::text::copies::{self, Signature};

/// For every live document matching `query`: its copy group (the address of the group's
/// original) and the group's size.
pub(crate) fn groups(
    searcher: &Searcher,
    query: &dyn Query,
) -> Result<HashMap<DocAddress, (DocAddress, usize)>> {
    let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(searcher))?;
    let mut addresses = Vec::new();
    let mut items: Vec<(Signature, Option<i64>)> = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let ff = segment.fast_fields();
        let signatures = ff.bytes(schema::COPY_SIGNATURE)?;
        let published = ff.date(schema::PUBLISHED)?;
        let alive = segment.alive_bitset();
        let mut scorer = weight.scorer(segment, 1.0)?;
        let mut doc = scorer.doc();
        let mut ords = Vec::new();
        let first = addresses.len();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                addresses.push(DocAddress::new(ord as u32, doc));
                let sig_ord = signatures.as_ref().and_then(|c| c.term_ords(doc).next());
                ords.push(sig_ord);
                items.push((
                    Signature::EMPTY,
                    published.first(doc).map(|d| d.into_timestamp_secs()),
                ));
            }
            doc = scorer.advance();
        }
        // Signatures decoded in one sorted pass over the dictionary (one lookup per document
        // would decompress a dictionary block each time).
        let mut sorted: Vec<u64> = ords.iter().flatten().copied().collect();
        sorted.sort_unstable();
        sorted.dedup();
        let values: Vec<Option<Signature>> = match &signatures {
            Some(col) => super::decode_sorted(col, &sorted)?
                .iter()
                .map(|b| Signature::from_bytes(b))
                .collect(),
            None => Vec::new(),
        };
        for (i, o) in ords.iter().enumerate() {
            let found = o
                .and_then(|o| sorted.binary_search(&o).ok())
                .and_then(|k| values.get(k).copied().flatten());
            // A document without a signature (an index written before copies were computed) is
            // its own group: its address seeds a unique signature.
            let a = addresses[first + i];
            items[first + i].0 = found
                .unwrap_or_else(|| Signature::of(&format!("\u{0}{}:{}", a.segment_ord, a.doc_id)));
        }
    }
    let group = copies::group(&items);
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for g in &group {
        *sizes.entry(*g).or_default() += 1;
    }
    Ok(addresses.iter().zip(&group).map(|(a, g)| (*a, (addresses[*g], sizes[g]))).collect())
}
