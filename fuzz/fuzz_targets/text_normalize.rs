//! Decoding and text normalisation.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vnmon::text;

fuzz_target!(|data: &[u8]| {
    let decoded = text::decode_html(data, Some("text/html"));
    let _ = text::decode_html(data, None);
    let _ = text::decode_text(data);
    let s = String::from_utf8_lossy(data);
    for input in [decoded.as_str(), &s] {
        let n = text::normalize(input);
        let _ = text::fold(&n);
        let _ = text::canonical_tones(&n);
        let _ = text::repair_mojibake(input);
        let (folded, map) = text::fold_with_map(input);
        let _ = map.source_span(0, folded.len());
        let (toned, map) = text::canonical_tones_with_map(input);
        let _ = map.source_span(0, toned.len());
    }
});
