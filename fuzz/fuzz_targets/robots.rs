//! robots.txt parsing and matching.
#![no_main]
use libfuzzer_sys::fuzz_target;
use url::Url;
use vnmon::net::RobotsRules;

fuzz_target!(|data: &[u8]| {
    let robots = Url::parse("https://dantri.com.vn/robots.txt").unwrap();
    let rules = RobotsRules::from_response(200, data, &robots, "vnmon");
    for path in ["/", "/xa-hoi/bai-viet.htm", "/search?q=a", "/%C4%91"] {
        let _ = rules.allowed(&robots.join(path).unwrap());
    }
});
