//! URL canonicalisation, politeness host keys and article ids embedded in URLs.
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
//! [`host_key`] is the politeness key (one request in flight and a minimum delay per key) and
//! [`article_id`] extracts the numeric id that Vietnamese news sites embed in article URLs
//! (`…-20250509103306115.htm`, `…-937595.ldo`); the crawler deduplicates on it within a site.

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

/// The politeness key of a URL: its host, followed by `:port` when the port is not the
/// scheme's default (`dantri.com.vn`, `127.0.0.1:8081`). Hosts are lower-case because the `url`
/// crate lower-cases them; a URL without a host (e.g. `data:`) yields an empty key.
pub fn host_key(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    let host = if host.len() > 1 { host.trim_end_matches('.') } else { host };
    match url.port() {
        Some(port) if Some(port) != default_port(url.scheme()) => format!("{host}:{port}"),
        _ => host.to_owned(),
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
