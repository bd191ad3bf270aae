//! Reports over the index: how widely a document was reported ([`coverage`]), the most reported
//! documents of a period ([`documents`]), the most mentioned entities ([`entities`]).
//!
//! Reports aggregate the facts each article got at ingest ([`crate::index::facts`]), read from
//! fast fields ([`rows`]); they load stored records only for the few articles they show by
//! title, and never re-run extraction.

pub mod chart;
pub mod charts;
pub mod coverage;
pub mod documents;
pub mod entities;
pub mod export;
pub mod identity;
pub mod rows;
pub mod time;

pub use entities::{top_entities, EntityCount, EntityKind};

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's multiply-rotate hash): reports hash millions of short keys from vnmon's own
/// index, where SipHash's flooding resistance buys nothing and costs a tenth of report time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;
