//! vnmon's integration tests: one test binary (one link, one process), one module per area.
//!
//! Tests that read `../shared` (saved pages, gold annotations) skip with one line on stderr when
//! it is missing, and fail instead when `VNMON_REQUIRE_SHARED=1` (`.ci/run` sets it): see
//! [`common::shared`]. Large expected outputs are insta snapshots in `snapshots/` (review changes
//! with `cargo insta review`, or `INSTA_UPDATE=always` then `git diff`); with `CI` set, insta
//! never writes and a mismatch fails. Network tests only talk to servers on 127.0.0.1.
//!
//! Run one area with `cargo test --test it crawl::`, one test by its full path.

// Helpers: the fixture sites, the seed pages, `../shared` access.
mod common;

// --- The pipeline, bottom up --------------------------------------------------------------

// Article extraction over every saved page in `../shared/fixtures` (snapshots).
mod extract_fixtures;
// Extraction on real saved pages of outlets (tests/data/real-pages).
mod realweb;
// Document references and dates against the gold annotations (`../shared/gold`).
mod gold_documents_dates;
// Officials and units against the gold annotations (`../shared/gold`).
mod gold_people_units;
// Entities on real texts nobody tuned for (`tests/data/entities-web`): floors on the dev split.
mod entities_web;
// The tantivy index: analyzers, query syntax, filters, upserts, snippets.
mod index_search;
// Queries as researchers type them: word grouping, references in free text, ranking, sorting.
mod search_queries;
// WARC writer and reader, and Python warcio reading what vnmon writes.
mod archive;

// --- The crawler ----------------------------------------------------------------------------

// URL canonicalisation, origins and article ids (`vnmon::urls`).
mod urls;
// The SQLite crawl state (frontier, validators, outcomes, crash recovery).
mod crawl_state;
// HTTP client, politeness gate and robots.txt against hand-written servers.
mod fetch;
// The fixture site server itself (`vnmon-sitesrv`): routes, faults, seed and benchmark sites.
mod sitesrv;
// Whole crawls of the fixture sites: discovery, dedup, politeness, re-crawls, faults.
mod crawl;
// The crawler killed with SIGKILL at random moments and resumed.
mod crash;
// Document identity (one article, one document however it came in) and the commit protocol:
// archive and index failures lose nothing; crawl plan settings measured at the server.
mod indexer;

// --- Reports ------------------------------------------------------------------------------

// `coverage` and `documents` on a generated world with known answers.
mod coverage;

// --- The command line -----------------------------------------------------------------------

// The `vnmon` binary end to end: demo, import, search, extract, entities.
mod cli;
// Bad input to search and entities, one row per case: message, exit code, index unchanged.
mod bad_input_search;
// Bad input to import, reindex and crawl seeds, one row per case: message, exit code, index
// unchanged.
mod bad_input_import;
// The table `benches/run.sh` prints (ratios against the peers, targets).
mod bench_table;
