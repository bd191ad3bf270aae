//! # vnmon: Vietnamese news monitoring
//!
//! A library and command-line tool that turns Vietnamese news pages into searchable, structured
//! records: which official documents an article cites, which officials and units it names, when.
//!
//! ## Layout
//!
//! The modules follow the pipeline, and data flows one way through them:
//!
//! - [`text`]: bytes → clean NFC text (charset detection, mojibake repair, entities), plus the
//!   matching views (`canonical_tones`, `fold`);
//! - [`extract`]: HTML → [`extract::Article`], driven by site profiles kept as data, with a
//!   generic content-scoring fallback;
//! - [`entities`]: article text → document references, dates, officials, units;
//! - [`record`]: article + entities, and its JSON form (the `vnmon extract` contract);
//! - [`ingest`]: the one path from a raw response to a [`record::Record`];
//! - [`import`], [`archive`], [`seeds`]: where raw pages come from (files, WARC, bundled seeds);
//! - [`index`]: the tantivy index with Vietnamese analyzers, upsert and search;
//! - [`report`]: coverage, documents and entity reports from the index's fast fields, their
//!   JSON/CSV exports and charts (SVG and PNG with a bundled font);
//! - [`urls`]: URL identity (canonical URLs, [`urls::Origin`]), pure;
//! - [`net`]: the HTTP client with its politeness gate and robots.txt, the only network code;
//! - [`crawl`]: discovery, the frontier and the crawl loop over [`net`].
//!
//! `extract` and `entities` do no I/O; only `index`, `import`, `archive` and `crawl` (its state
//! database and configuration file) touch the disk.
#![warn(missing_docs)]

pub mod archive;
pub mod crawl;
pub mod entities;
pub mod extract;
pub mod import;
pub mod index;
pub mod ingest;
pub mod net;
pub mod record;
pub mod report;
pub mod seeds;
pub mod text;
pub mod urls;

#[cfg(test)]
mod shared_data;
