//! The search query parser, against a searcher of an empty index with vnmon's schema and
//! analyzers.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vnmon::index::{analyzer, query, schema};

static SEARCHER: OnceLock<tantivy::Searcher> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let searcher = SEARCHER.get_or_init(|| {
        let index = tantivy::Index::create_in_ram(schema::build());
        analyzer::register(&index);
        index.reader().expect("reader").searcher()
    });
    let text = String::from_utf8_lossy(data);
    let text = text.trim();
    if !text.is_empty() {
        let _ = query::parse(searcher, text);
    }
});
