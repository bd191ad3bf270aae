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
