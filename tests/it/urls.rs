//! URL helpers of `vnmon::urls`: the canonicalisation table, idempotence over generated URLs,
//! origins, article ids.

use regex::Regex;
use url::Url;
use vnmon::urls::{article_id, canonicalize, is_tracking_param, Origin};

fn check_canonical(input: &str, expected: &str) {
    let url = Url::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let got = canonicalize(&url);
    assert_eq!(got.as_str(), expected, "canonicalize({input})");
    assert_eq!(canonicalize(&got), got, "canonicalize is idempotent on {input}");
}

#[test]
fn canonicalize_table() {
    let cases = [
        // scheme and host case, fragment
        ("HTTP://Example.COM/Path/A?b=1#frag", "http://example.com/Path/A?b=1"),
        ("https://dantri.com.vn/a.htm#", "https://dantri.com.vn/a.htm"),
        // default ports dropped, others kept
        ("https://dantri.com.vn:443/x.htm", "https://dantri.com.vn/x.htm"),
        ("http://laodong.vn:80/", "http://laodong.vn/"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        ("https://example.com:80/", "https://example.com:80/"),
        // trailing dot of the host
        ("https://example.com./x", "https://example.com/x"),
        // IDN host to punycode
        ("https://Bộ.VN/", "https://xn--b-8xm.vn/"),
        // tracking parameters
        ("https://a.vn/p?utm_source=fb&id=3&utm_medium=social", "https://a.vn/p?id=3"),
        ("https://a.vn/p?fbclid=IwAR0xyz", "https://a.vn/p"),
        ("https://a.vn/p?UTM_Campaign=x&zarsrc=30&gidzl=abc&q=1", "https://a.vn/p?q=1"),
        ("https://a.vn/p?gclid=1&msclkid=2&_ga=3&mc_cid=4&mc_eid=5&x=0", "https://a.vn/p?x=0"),
        ("https://a.vn/p?yclid=1&igshid=2&ref_src=twsrc&cmpid=9&dclid=1", "https://a.vn/p"),
        ("https://a.vn/p?%75tm_source=x&q=a+b", "https://a.vn/p?q=a+b"),
        // query sorting (stable for repeated keys), empty segments, empty query
        ("https://a.vn/p?b=2&a=1&c=3", "https://a.vn/p?a=1&b=2&c=3"),
        ("https://a.vn/p?x=2&a=0&x=1", "https://a.vn/p?a=0&x=2&x=1"),
        ("https://a.vn/p?a=1&&b=2&", "https://a.vn/p?a=1&b=2"),
        ("https://a.vn/p?", "https://a.vn/p"),
        ("https://a.vn/p?&&", "https://a.vn/p"),
        ("https://a.vn/p?flag&a=1", "https://a.vn/p?a=1&flag"),
        ("https://a.vn/p?q=%c3%a1&q2=%7e", "https://a.vn/p?q=%C3%A1&q2=~"),
        // paths: dot segments removed, everything else opaque
        ("https://a.vn/a/./b/../c", "https://a.vn/a/c"),
        ("https://a.vn//double//slash/", "https://a.vn//double//slash/"),
        ("https://a.vn/CaSe/", "https://a.vn/CaSe/"),
        ("https://a.vn", "https://a.vn/"),
        ("https://a.vn/%7euser/%e1%ba%a1%2f", "https://a.vn/~user/%E1%BA%A1%2F"),
        ("https://a.vn/tin t\u{1ee9}c", "https://a.vn/tin%20t%E1%BB%A9c"),
        // not a base: left alone apart from the fragment
        ("mailto:ban@example.vn#x", "mailto:ban@example.vn"),
    ];
    for (input, expected) in cases {
        check_canonical(input, expected);
    }
}

/// A small deterministic generator (xorshift64*), so the idempotence test needs no crate.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = usize::try_from(self.next() % items.len() as u64).unwrap_or(0);
        items[i]
    }

    fn upto(&mut self, n: u64) -> u64 {
        self.next() % (n + 1)
    }
}

fn generated_url(g: &mut Gen) -> String {
    let scheme = g.pick(&["http", "https", "HTTPS", "HtTp"]);
    let host = g.pick(&["Dantri.com.VN", "laodong.vn.", "127.0.0.1", "xn--b-8xm.vn", "bộ.vn"]);
    let port = g.pick(&["", ":80", ":443", ":8080"]);
    let mut url = format!("{scheme}://{host}{port}");
    let segments = [
        "a",
        "B",
        ".",
        "..",
        "",
        "%7e",
        "%2E",
        "%2e%2E",
        "tin-t%e1%bb%a9c",
        "x-123456.htm",
        "%41%42",
        "a b",
        "%zz",
        "%",
        "~",
        "index.html",
    ];
    for _ in 0..g.upto(5) {
        url.push('/');
        url.push_str(g.pick(&segments));
    }
    if g.upto(3) > 0 {
        url.push('?');
        let params = [
            "utm_source=x",
            "b=2",
            "a=1",
            "a=0",
            "",
            "flag",
            "fbclid=abc",
            "q=a+b",
            "q=%c3%a1",
            "%75tm_medium=y",
            "k=%7E",
            "Z=1",
            "z=%2",
            "gidzl=7",
            "=v",
            "k==",
        ];
        for i in 0..g.upto(6) {
            if i > 0 {
                url.push('&');
            }
            url.push_str(g.pick(&params));
        }
    }
    if g.upto(2) == 0 {
        url.push('#');
        url.push_str(g.pick(&["", "top", "a?b=1"]));
    }
    url
}

#[test]
fn canonicalize_is_idempotent_on_generated_urls() {
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for _ in 0..20_000 {
        let text = generated_url(&mut g);
        let Ok(url) = Url::parse(&text) else { continue };
        let once = canonicalize(&url);
        let twice = canonicalize(&once);
        assert_eq!(once, twice, "not idempotent on {text}");
        assert_eq!(once.fragment(), None, "fragment kept in {once}");
        assert_ne!(once.query(), Some(""), "empty query kept in {once}");
        let keys: Vec<String> = once.query_pairs().map(|(k, _)| k.into_owned()).collect();
        assert!(keys.iter().all(|k| !is_tracking_param(k)), "tracking param in {once}");
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "query not sorted in {once}");
        checked += 1;
    }
    assert!(checked > 15_000, "generator produced too few parseable URLs: {checked}");
}

fn check_origin(input: &str, expected: &str) {
    let url = Url::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let got = Origin::of(&url).map(|o| o.to_string()).unwrap_or_default();
    assert_eq!(got, expected, "Origin::of({input})");
}

#[test]
fn origin_table() {
    let cases = [
        ("https://Dantri.com.vn/a", "https://dantri.com.vn"),
        ("https://dantri.com.vn:443/a", "https://dantri.com.vn"),
        ("http://127.0.0.1:8081/x", "http://127.0.0.1:8081"),
        ("http://[::1]:9000/", "http://[::1]:9000"),
        ("https://example.com:80/", "https://example.com:80"),
        ("https://example.com./", "https://example.com"),
        ("http://www.baochinhphu.vn/", "http://www.baochinhphu.vn"),
    ];
    for (input, expected) in cases {
        check_origin(input, expected);
    }
}

fn check_article_id(input: &str, pattern: Option<&str>, expected: Option<&str>) {
    let url = Url::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let re = pattern.map(|p| Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}")));
    assert_eq!(article_id(&url, re.as_ref()).as_deref(), expected, "article_id({input})");
}

#[test]
fn article_id_table() {
    let bcp = r"-102(\d{12})\d+\.htm$";
    let cases: [(&str, Option<&str>, Option<&str>); 20] = [
        // dantri, 17-digit timestamp id
        (
            "https://dantri.com.vn/xa-hoi/tieu-de-bai-viet-20250509103306115.htm",
            None,
            Some("20250509103306115"),
        ),
        ("https://dantri.com.vn/xa-hoi.htm", None, None),
        ("https://dantri.com.vn/xa-hoi/trang-2.htm", None, None),
        // baochinhphu, default and with the site pattern
        ("https://baochinhphu.vn/slug-102260905122709839.htm", None, Some("102260905122709839")),
        ("https://baochinhphu.vn/slug-102260905122709839.htm", Some(bcp), Some("260905122709")),
        ("https://baochinhphu.vn/slug-10226090311303306.htm", Some(bcp), Some("260903113033")),
        ("https://baochinhphu.vn/kinh-te.htm", Some(bcp), None),
        // laodong .ldo
        ("https://laodong.vn/xa-hoi/tieu-de-937595.ldo", None, Some("937595")),
        ("https://laodong.vn/xe/tieu-de-1651034.ldo", None, Some("1651034")),
        // generic .html / end of path / .vn
        ("https://vnexpress.net/tieu-de-4143178.html", None, Some("4143178")),
        ("https://hanoimoi.vn/tieu-de-538828.html", None, Some("538828")),
        ("https://www.vietnamplus.vn/tieu-de-1020977", None, Some("1020977")),
        ("https://www.vietnamplus.vn/tieu-de-1020977/", None, Some("1020977")),
        ("https://example.vn/tieu-de-post123456.vn", None, Some("123456")),
        // too short, not at the end, only in the query
        ("https://a.vn/tieu-de-12345.htm", None, None),
        ("https://a.vn/2024/1234567/tieu-de.htm", None, None),
        ("https://a.vn/tin?id=1234567", None, None),
        ("https://a.vn/tieu-de-1234567.jpg", None, None),
        // a site pattern without a group yields the whole match
        (
            "https://tuoitre.vn/tieu-de-20240928064428659.htm",
            Some(r"\d{16,17}"),
            Some("20240928064428659"),
        ),
        // a site pattern that does not match
        ("https://tuoitre.vn/tieu-de.htm", Some(r"-(\d{16,17})\.htm$"), None),
    ];
    for (input, pattern, expected) in cases {
        check_article_id(input, pattern, expected);
    }
}
