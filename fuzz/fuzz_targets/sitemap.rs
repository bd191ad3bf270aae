//! Sitemap and sitemap index parsing (plain or gzip).
#![no_main]
use libfuzzer_sys::fuzz_target;
use url::Url;

fuzz_target!(|data: &[u8]| {
    let base = Url::parse("https://dantri.com.vn/sitemap.xml").unwrap();
    let _ = vnmon::crawl::discover::parse_sitemap(data, &base, 1 << 20);
});
