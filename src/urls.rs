//! URL identity: canonical URLs, origins, host names and article ids embedded in URLs.
//!
//! Pure functions and types, no I/O: the crawler, the network layer and the index all name
//! documents and sites through this module, so they agree on what "the same URL" and "the same
//! site" mean.
//!
//! The crawler deduplicates on the canonical URL string, so two spellings of the same resource
//! must canonicalise to the same string and canonicalising twice must change nothing
//! ([`canonicalize`] is idempotent).
//!
//! What [`canonicalize`] does, on top of what the `url` crate already does when parsing
//! (lower-case scheme and host, IDNA to punycode, default port removal, dot-segment removal):
//!
//! - drops the fragment, the default port (again, in case it was set explicitly) and a trailing
//!   dot of the host name (`example.com.` → `example.com`);
//! - normalises percent escapes in path and query (RFC 3986 §6.2.2): hexadecimal digits
//!   upper-case, escapes of unreserved characters (`A–Z a–z 0–9 - _ ~`) decoded;
//! - removes tracking parameters from the query (see [`is_tracking_param`]), drops empty
//!   `&&` segments, sorts the remaining pairs by key (stable: pairs with equal keys keep their
//!   relative order, because the order of repeated keys can carry meaning) and removes an
//!   empty query (`?`).
//!
//! Paths are otherwise opaque: `//`, case and trailing slashes are kept, because servers may
//! distinguish them. Query pairs are kept in their raw (encoded) form, so `?flag` does not
//! become `?flag=` and `%20` does not become `+`.
//!
//! [`Origin`] (scheme + host + port, default port elided) is the identity of a web site as far
//! as the network is concerned: the politeness gate, the robots.txt cache, the frontier's
//! per-host spreading and discovery all key on it. [`is_web_url`] is the one test of "a URL the
//! crawler can fetch", [`clean_host`] and [`host_matches`] the one host-name normalisation and
//! scope match. [`article_id`] extracts the numeric id that Vietnamese news sites embed in
//! article URLs (`…-20250509103306115.htm`, `…-937595.ldo`).

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use regex::Regex;
use url::Url;

/// Exact query-parameter names (compared ASCII case-insensitively after percent-decoding) that
/// only track the visitor or the campaign and never select content.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "ttclid",
    "twclid",
    "igshid",
    "srsltid",
    "li_fat_id",
    "zarsrc",
    "gidzl",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "ref_src",
    "ref_url",
    "cmpid",
    "s_cid",
    "vero_id",
    "oly_anon_id",
    "oly_enc_id",
];

/// Name prefixes (compared ASCII case-insensitively) of tracking parameters.
const TRACKING_PREFIXES: &[&str] = &["utm_", "pk_", "mtm_", "hsa_"];

/// Whether a query parameter name (already percent-decoded) is a tracking parameter that
/// [`canonicalize`] removes: `utm_*`, `pk_*`, `mtm_*` and `hsa_*` campaign tags, click ids
/// (`fbclid`, `gclid`, `msclkid`, `yclid`, …), Zalo's `zarsrc` / `gidzl`, Google Analytics
/// linkers (`_ga`, `_gl`), Mailchimp and HubSpot ids, `ref_src`, `igshid`, `cmpid` and a few
/// more. Comparison ignores ASCII case.
pub fn is_tracking_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    TRACKING_PARAMS.contains(&lower.as_str())
        || TRACKING_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Returns the canonical form of `url` (see the module documentation for the rules).
///
/// Idempotent: `canonicalize(&canonicalize(u)) == canonicalize(u)`. Never fails: when a
/// component cannot be rewritten (a cannot-be-a-base URL such as `mailto:`), it is left as it is.
pub fn canonicalize(url: &Url) -> Url {
    let mut out = url.clone();
    out.set_fragment(None);

    // `Url::parse` already drops a default port, but `set_port` can put one back.
    if out.port().is_some() && out.port() == default_port(out.scheme()) {
        let _ = out.set_port(None);
    }

    if let Some(host) = out.host_str() {
        if host.len() > 1 && host.ends_with('.') {
            let trimmed = host.trim_end_matches('.').to_owned();
            if !trimmed.is_empty() {
                let _ = out.set_host(Some(&trimmed));
            }
        }
    }

    if !out.cannot_be_a_base() {
        let path = normalize_escapes(out.path());
        if path != out.path() {
            out.set_path(&path);
        }
    }

    if let Some(q) = out.query().map(canonical_query) {
        if q.is_empty() {
            out.set_query(None);
        } else if out.query() != Some(q.as_str()) {
            out.set_query(Some(&q));
        }
    }
    out
}

/// Canonical form of a raw query string: tracking parameters and empty segments removed,
/// escapes normalised, pairs stably sorted by decoded key.
fn canonical_query(raw: &str) -> String {
    let mut pairs: Vec<(String, String)> = raw
        .split('&')
        .filter(|seg| !seg.is_empty())
        .map(normalize_escapes)
        .filter_map(|seg| {
            let raw_key = seg.split('=').next().unwrap_or("");
            let key = decode_component(raw_key);
            if is_tracking_param(&key) {
                None
            } else {
                Some((key, seg))
            }
        })
        .collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::with_capacity(raw.len());
    for (i, (_, seg)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(seg);
    }
    out
}

/// Percent-decodes a query key for comparison only (`+` is a space in form encoding).
fn decode_component(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match hex_pair(bytes[i + 1], bytes[i + 2]) {
                Some(v) => {
                    out.push(v);
                    i += 3;
                }
                None => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Upper-cases the hex digits of percent escapes and decodes escapes of unreserved characters
/// (except `.`, which could turn a segment into a dot segment).
fn normalize_escapes(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut plain_start = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(v) = hex_pair(bytes[i + 1], bytes[i + 2]) {
                out.push_str(&s[plain_start..i]);
                if v.is_ascii_alphanumeric() || v == b'-' || v == b'_' || v == b'~' {
                    out.push(char::from(v));
                } else {
                    out.push('%');
                    out.push(char::from(bytes[i + 1].to_ascii_uppercase()));
                    out.push(char::from(bytes[i + 2].to_ascii_uppercase()));
                }
                i += 3;
                plain_start = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&s[plain_start..]);
    out
}

/// Value of two ASCII hex digits, if both are hex digits.
fn hex_pair(hi: u8, lo: u8) -> Option<u8> {
    let h = char::from(hi).to_digit(16)?;
    let l = char::from(lo).to_digit(16)?;
    u8::try_from(h * 16 + l).ok()
}

/// Default port of the special schemes the crawler uses.
fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        "ftp" => Some(21),
        _ => None,
    }
}

/// Whether `url` is a web URL the crawler can fetch: scheme `http` or `https` and a non-empty
/// host. The one URL validator of the crate.
pub fn is_web_url(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty())
}

/// A host name as sites are named and matched: trimmed, lower case, no trailing dot, no leading
/// `www.` (`WWW.Dantri.com.vn.` → `dantri.com.vn`).
pub fn clean_host(host: &str) -> String {
    let h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    match h.strip_prefix("www.") {
        Some(rest) => rest.to_string(),
        None => h,
    }
}

/// Whether `host` is `pattern` or a subdomain of it (both cleaned with [`clean_host`]).
pub fn host_matches(host: &str, pattern: &str) -> bool {
    host == pattern || host.strip_suffix(pattern).is_some_and(|prefix| prefix.ends_with('.'))
}

/// The origin of a URL: scheme, host and port, the identity of a web site on the network.
///
/// The host is as the `url` crate normalises it (lower case, IDNA to punycode, IPv6 in
/// brackets), without a trailing dot; the port is `None` when it is the scheme's default, so
/// `https://x:443` and `https://x` are one origin while `http://x:8080` and `http://x` are two.
/// Displayed as `scheme://host[:port]` (`http://127.0.0.1:8080`, `https://dantri.com.vn`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// The origin of `url`; `None` for URLs without a host (`mailto:`, `data:`).
    pub fn of(url: &Url) -> Option<Origin> {
        let host = match url.host()? {
            url::Host::Domain(d) => {
                let d = if d.len() > 1 { d.trim_end_matches('.') } else { d };
                d.to_ascii_lowercase()
            }
            url::Host::Ipv4(ip) => ip.to_string(),
            url::Host::Ipv6(ip) => format!("[{ip}]"),
        };
        if host.is_empty() {
            return None;
        }
        let scheme = url.scheme().to_string();
        let port = url.port().filter(|p| Some(*p) != default_port(&scheme));
        Some(Origin { scheme, host, port })
    }

    /// The scheme (`http`, `https`).
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The normalised host (`dantri.com.vn`, `127.0.0.1`, `[::1]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port when it is not the scheme's default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The port requests go to: the explicit one or the scheme's default.
    pub fn effective_port(&self) -> Option<u16> {
        self.port.or_else(|| default_port(&self.scheme))
    }

    /// `host` or `host:port` when the port is not the default: the origin without its scheme,
    /// e.g. to name a site (`127.0.0.1:8081`, `dantri.com.vn`).
    pub fn authority(&self) -> String {
        match self.port {
            Some(p) => format!("{}:{p}", self.host),
            None => self.host.clone(),
        }
    }

    /// The URL of `path` (absolute, starting with `/`) on this origin.
    pub fn join(&self, path: &str) -> Option<Url> {
        Url::parse(&format!("{self}{path}")).ok()
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.host)?;
        if let Some(p) = self.port {
            write!(f, ":{p}")?;
        }
        Ok(())
    }
}

/// Why a string is not an origin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an origin: {0:?}")]
pub struct OriginError(pub String);

impl FromStr for Origin {
    type Err = OriginError;

    /// Parses `scheme://host[:port]` (a path is ignored), normalised like [`Origin::of`].
    fn from_str(s: &str) -> Result<Origin, OriginError> {
        Url::parse(s.trim())
            .ok()
            .and_then(|u| Origin::of(&u))
            .ok_or_else(|| OriginError(s.to_string()))
    }
}

/// The default article-id pattern: a run of at least six digits directly before `.htm`,
/// `.html`, `.ldo` or `.vn`, or at the end of the path (optionally followed by one `/`).
fn default_article_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A literal pattern: compilation cannot fail at run time once the tests pass.
        Regex::new(r"(?:^|[^0-9])([0-9]{6,})(?:\.html?|\.ldo|\.vn)?/?$")
            .unwrap_or_else(|_| unreachable!("the default article-id pattern is valid"))
    })
}

/// The article id embedded in an article URL.
///
/// With a site `pattern`, the pattern is matched against the whole URL string
/// (`url.as_str()`, so it can anchor on scheme and host) and the first capture group is the id
/// (the whole match when the pattern has no group). `None` when the pattern does not match or
/// the group did not participate.
///
/// Without a pattern, the default applies to the path only: a run of at least six digits right
/// before `.htm`, `.html`, `.ldo` or `.vn`, or at the end of the path
/// (`/xa-hoi/tieu-de-20250509103306115.htm` → `20250509103306115`).
pub fn article_id(url: &Url, pattern: Option<&Regex>) -> Option<String> {
    match pattern {
        Some(re) => {
            let caps = re.captures(url.as_str())?;
            let m = if caps.len() > 1 { caps.get(1)? } else { caps.get(0)? };
            Some(m.as_str().to_owned())
        }
        None => {
            let caps = default_article_pattern().captures(url.path())?;
            Some(caps.get(1)?.as_str().to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Origin::of(input)` displays as `expected` (`None`: no origin).
    fn check_origin(input: &str, expected: Option<&str>) {
        let url = Url::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let got = Origin::of(&url).map(|o| o.to_string());
        assert_eq!(got.as_deref(), expected, "Origin::of({input})");
        if let Some(want) = expected {
            assert_eq!(want.parse::<Origin>().map(|o| o.to_string()).as_deref(), Ok(want));
        }
    }

    #[test]
    fn origins() {
        let cases = [
            ("http://127.0.0.1:8080/a?b#c", Some("http://127.0.0.1:8080")),
            ("https://dantri.com.vn/x.htm", Some("https://dantri.com.vn")),
            ("https://x:443/", Some("https://x")),
            ("http://x:80/", Some("http://x")),
            ("https://example.com:80/", Some("https://example.com:80")),
            ("http://example.com:443/", Some("http://example.com:443")),
            ("HTTP://WWW.Example.COM/", Some("http://www.example.com")),
            ("http://Bücher.example/", Some("http://xn--bcher-kva.example")),
            ("https://Bộ.VN/", Some("https://xn--b-8xm.vn")),
            ("https://example.com./", Some("https://example.com")),
            ("http://[::1]:9000/", Some("http://[::1]:9000")),
            ("http://user:pw@a.vn:81/", Some("http://a.vn:81")),
            ("mailto:ban@example.vn", None),
            ("data:text/plain,x", None),
        ];
        for (input, expected) in cases {
            check_origin(input, expected);
        }
    }

    /// Whether the origins of two URLs are equal.
    fn check_same_origin(a: &str, b: &str, expected: bool) {
        let o = |s: &str| Origin::of(&Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")));
        assert_eq!(o(a) == o(b), expected, "{a} vs {b}");
    }

    #[test]
    fn origin_equality() {
        let cases = [
            ("https://x/", "https://x:443/a", true),
            ("http://x:8080/", "http://x/", false),
            ("http://x:8080/", "http://x:8081/", false),
            ("http://x/", "https://x/", false),
            ("http://X.vn/a", "http://x.vn./b", true),
            ("http://Bücher.example/", "http://xn--bcher-kva.example/", true),
            ("http://www.x.vn/", "http://x.vn/", false),
        ];
        for (a, b, expected) in cases {
            check_same_origin(a, b, expected);
        }
    }

    #[test]
    fn origin_parts() {
        let o: Origin = "http://127.0.0.1:8081/ignored".parse().expect("origin");
        assert_eq!((o.scheme(), o.host(), o.port()), ("http", "127.0.0.1", Some(8081)));
        assert_eq!(o.authority(), "127.0.0.1:8081");
        assert_eq!(o.effective_port(), Some(8081));
        let d: Origin = "https://dantri.com.vn".parse().expect("origin");
        assert_eq!((d.authority(), d.effective_port()), ("dantri.com.vn".to_string(), Some(443)));
        assert_eq!(
            d.join("/robots.txt").map(String::from).as_deref(),
            Some("https://dantri.com.vn/robots.txt")
        );
        assert!("not a url".parse::<Origin>().is_err());
        let mut sorted = vec![o.clone(), d.clone()];
        sorted.sort();
        assert_eq!(sorted, [o, d]);
    }

    /// `is_web_url` and `clean_host` over small tables.
    #[test]
    fn validator_and_host_names() {
        let urls = [
            ("https://a.vn/x", true),
            ("http://127.0.0.1:8080/", true),
            ("ftp://a.vn/", false),
            ("mailto:a@b.vn", false),
            ("file:///etc/passwd", false),
        ];
        for (input, expected) in urls {
            let url = Url::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(is_web_url(&url), expected, "is_web_url({input})");
        }
        let hosts = [
            ("WWW.Dantri.com.vn.", "dantri.com.vn"),
            (" baochinhphu.vn ", "baochinhphu.vn"),
            ("www2.x.vn", "www2.x.vn"),
        ];
        for (input, expected) in hosts {
            assert_eq!(clean_host(input), expected, "clean_host({input:?})");
        }
        let matches = [
            ("m.d.vn", "d.vn", true),
            ("d.vn", "d.vn", true),
            ("notd.vn", "d.vn", false),
            ("d.vn.evil.com", "d.vn", false),
        ];
        for (host, pattern, expected) in matches {
            assert_eq!(host_matches(host, pattern), expected, "host_matches({host}, {pattern})");
        }
    }
}
