//! A page through the whole ingest path: sniffing, decoding, extraction and entities.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vnmon::extract::Profiles;
use vnmon::ingest::{process, RawPage};

static PROFILES: OnceLock<Profiles> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let profiles = PROFILES.get_or_init(Profiles::builtin);
    let raw = RawPage {
        url: Some("https://dantri.com.vn/xa-hoi/bai-viet.htm".to_string()),
        content_type: Some("text/html".to_string()),
        body: data.to_vec(),
        profile: None,
        published_hint: None,
        key: None,
    };
    let _ = process(&raw, profiles);
    // The same bytes without a URL or content type: profile chosen by page template.
    let raw = RawPage { url: None, content_type: None, ..raw };
    let _ = process(&raw, profiles);
});
