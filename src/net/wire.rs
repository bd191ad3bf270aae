//! HTTP/1.1 text as archived (request and response messages), header helpers and the mapping of
//! client errors to [`FetchError`].

use std::error::Error as StdError;
use std::time::Duration;

use chrono::{DateTime, Utc};
use url::{Position, Url};

use super::error::FetchError;
use super::resolver::PrivateRefused;

/// First value of header `name` (ASCII case-insensitive) in `headers`.
pub(crate) fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// Parses a `Retry-After` value: delta-seconds or an HTTP-date (past dates give zero).
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&Utc) - Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Request line and headers in HTTP/1.1 syntax.
pub(crate) fn render_request(url: &Url, headers: &[(&str, String)]) -> Vec<u8> {
    let target = &url[Position::BeforePath..Position::AfterQuery];
    let target = if target.is_empty() { "/" } else { target };
    let host = &url[Position::BeforeHost..Position::AfterPort];
    let mut out = format!("GET {target} HTTP/1.1\r\nhost: {host}\r\n");
    for (name, value) in headers {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.into_bytes()
}

/// Status line, headers (minus framing headers, plus the actual `Content-Length`) and body.
pub(crate) fn render_response(
    status: reqwest::StatusCode,
    headers: &reqwest::header::HeaderMap,
    body: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 512);
    let reason = status.canonical_reason().unwrap_or("");
    out.extend_from_slice(format!("HTTP/1.1 {} {reason}\r\n", status.as_u16()).as_bytes());
    for (name, value) in headers {
        let n = name.as_str();
        if n == "content-length" || n == "transfer-encoding" {
            continue;
        }
        out.extend_from_slice(n.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    out
}

/// The messages of an error and all its sources, joined with `: `.
pub(crate) fn error_chain(e: &(dyn StdError + 'static)) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let m = s.to_string();
        if !msg.contains(&m) {
            msg.push_str(": ");
            msg.push_str(&m);
        }
        src = s.source();
    }
    msg
}

/// Maps a reqwest error to a [`FetchError`]; `in_body` when it happened while reading the body.
pub(crate) fn classify(e: &reqwest::Error, in_body: bool) -> FetchError {
    let msg = error_chain(e);
    let mut io_kind = None;
    let mut src: Option<&(dyn StdError + 'static)> = Some(e);
    while let Some(s) = src {
        if let Some(p) = s.downcast_ref::<PrivateRefused>() {
            return FetchError::PrivateAddress { host: p.host.clone(), addr: p.addr.to_string() };
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if let Some(p) = io.get_ref().and_then(|i| i.downcast_ref::<PrivateRefused>()) {
                return FetchError::PrivateAddress {
                    host: p.host.clone(),
                    addr: p.addr.to_string(),
                };
            }
            io_kind.get_or_insert(io.kind());
        }
        src = s.source();
    }
    use std::io::ErrorKind as K;
    if e.is_timeout() {
        return FetchError::Timeout(msg);
    }
    if e.is_connect() {
        return FetchError::Connect(msg);
    }
    match io_kind {
        Some(K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe) => FetchError::Reset(msg),
        Some(K::UnexpectedEof) if in_body => FetchError::Truncated(msg),
        Some(K::UnexpectedEof) => FetchError::Reset(msg),
        _ if in_body && e.is_body() => FetchError::Truncated(msg),
        _ if !in_body && msg.contains("closed before message completed") => FetchError::Reset(msg),
        _ => FetchError::Io(msg),
    }
}
