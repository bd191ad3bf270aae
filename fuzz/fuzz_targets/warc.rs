//! The WARC reader and the HTTP response parser over every record.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vnmon::archive::{parse_http_response, WarcReader};

fuzz_target!(|data: &[u8]| {
    let _ = parse_http_response(data);
    for record in WarcReader::new(data).take(10_000) {
        if let Ok(record) = record {
            let _ = record.http_response();
            let _ = record.verify_block_digest();
            let _ = record.verify_payload_digest();
        }
    }
});
