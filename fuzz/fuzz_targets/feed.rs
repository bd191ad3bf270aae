//! RSS/Atom feed parsing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use url::Url;

fuzz_target!(|data: &[u8]| {
    let base = Url::parse("https://vnexpress.net/rss/thoi-su.rss").unwrap();
    let _ = vnmon::crawl::discover::parse_feed(data, &base);
});
