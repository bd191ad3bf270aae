//! The documents extractor.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let published = chrono::NaiveDate::from_ymd_opt(2024, 5, 17);
    let _ = vnmon::entities::documents::find(&text, None);
    let _ = vnmon::entities::documents::find(&text, published);
});
