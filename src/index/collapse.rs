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
        let mut bytes = Vec::new();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                bytes.clear();
                let sig = match &signatures {
                    Some(col) => match col.term_ords(doc).next() {
                        Some(o) if col.ord_to_bytes(o, &mut bytes)? => {
                            Signature::from_bytes(&bytes)
                        }
                        _ => None,
                    },
                    None => None,
                };
                // A document without a signature (an index written before copies were
                // computed) is its own group: its address seeds a unique signature.
                let sig = sig.unwrap_or_else(|| Signature::of(&format!("\u{0}{ord}:{doc}")));
                addresses.push(DocAddress::new(ord as u32, doc));
                items.push((sig, published.first(doc).map(|d| d.into_timestamp_secs())));
            }
            doc = scorer.advance();
        }
    }
    let group = copies::group(&items);
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for g in &group {
        *sizes.entry(*g).or_default() += 1;
    }
    Ok(addresses.iter().zip(&group).map(|(a, g)| (*a, (addresses[*g], sizes[g]))).collect())
}
