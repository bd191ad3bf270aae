//! HTTP response parsing for WARC `response` blocks.
//!
//! The block holds the response as received: status line, header fields, a blank line, then the
//! body as it travelled (possibly chunked and/or compressed). [`parse_http_response`] undoes
//! both transfer and content codings so `body` is the entity as the server meant it. Headers are
//! returned as stored (they still name the codings that were removed).

use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use super::{find_header, ArchiveError};

/// Largest decoded body accepted (protection against decompression bombs).
const MAX_DECODED_BODY: u64 = 256 * 1024 * 1024;
/// Most interim (1xx) responses skipped before the final one.
const MAX_INTERIM: usize = 8;

/// A parsed HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code (e.g. 200).
    pub status: u16,
    /// Header fields in order, as stored (non-UTF-8 bytes are read as Latin-1).
    pub headers: Vec<(String, String)>,
    /// Body after removing chunked transfer coding and gzip/deflate content coding.
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// First header value named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// The `Content-Type` header, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }
}

/// Parse a stored HTTP response: status line, headers and body.
///
/// * Interim `1xx` responses (other than `101`) stored before the final one are skipped.
/// * `Transfer-Encoding: chunked` is undone when the body really is chunked (a body whose first
///   chunk-size line does not parse is taken as already de-chunked).
/// * `Content-Encoding: gzip` / `x-gzip` / `deflate` (zlib or raw) is undone when the body is
///   really compressed; a body stored already decoded is passed through. Other codings
///   (`br`, `zstd`, ...) give [`ArchiveError::UnsupportedEncoding`].
///
/// Errors: [`ArchiveError::MalformedHttp`] for a missing/invalid status line, a header without
/// its terminating blank line or broken chunking; [`ArchiveError::Decode`] for corrupt
/// compressed data.
pub fn parse_http_response(block: &[u8]) -> Result<HttpResponse, ArchiveError> {
    let mut rest = block;
    let mut interim = 0;
    loop {
        let (status, headers, body) = parse_one(rest)?;
        if (100..200).contains(&status) && status != 101 && interim < MAX_INTERIM {
            interim += 1;
            rest = body;
            continue;
        }
        let body = decode_body(&headers, body)?;
        return Ok(HttpResponse { status, headers, body });
    }
}

/// Status code, header fields and raw body of one parsed message.
type Parsed<'a> = (u16, Vec<(String, String)>, &'a [u8]);

/// Parse one status line + header block; return the remaining bytes as the raw body.
fn parse_one(block: &[u8]) -> Result<Parsed<'_>, ArchiveError> {
    if !block.starts_with(b"HTTP/") {
        return Err(ArchiveError::MalformedHttp("does not start with an HTTP/ status line".into()));
    }
    let (head_end, body_start) = find_header_end(block)
        .ok_or_else(|| ArchiveError::MalformedHttp("no blank line after the headers".into()))?;
    let head = block.get(..head_end).unwrap_or_default();
    let body = block.get(body_start..).unwrap_or_default();

    let mut lines = head.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let status_line = lines.next().unwrap_or_default();
    let status = parse_status_line(status_line)?;

    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        let text = bytes_to_text(line);
        if text.starts_with([' ', '\t']) {
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(text.trim());
            }
            continue;
        }
        // Lines without a colon are ignored, as browsers do.
        if let Some((name, value)) = text.split_once(':') {
            let name = name.trim();
            if !name.is_empty() {
                headers.push((name.to_string(), value.trim().to_string()));
            }
        }
    }
    Ok((status, headers, body))
}

/// Parse `HTTP/1.1 200 OK` into the status code.
fn parse_status_line(line: &[u8]) -> Result<u16, ArchiveError> {
    let text = bytes_to_text(line);
    let mut parts = text.split_whitespace();
    let version = parts.next().unwrap_or_default();
    let code = parts.next().unwrap_or_default();
    if !version.starts_with("HTTP/") {
        return Err(ArchiveError::MalformedHttp(format!("bad status line {text:?}")));
    }
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ArchiveError::MalformedHttp(format!("bad status code in {text:?}")));
    }
    match code.parse::<u16>() {
        Ok(c) if c >= 100 => Ok(c),
        _ => Err(ArchiveError::MalformedHttp(format!("bad status code in {text:?}"))),
    }
}

/// Find the blank line ending an HTTP header: returns (end of header text, start of body).
/// Accepts `\r\n\r\n` and bare `\n\n` (or a mix), whichever comes first; stops scanning there.
pub(crate) fn find_header_end(block: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(rel) = block.get(from..)?.iter().position(|&b| b == b'\n') {
        let nl = from + rel;
        let after = nl + 1;
        match block.get(after..) {
            Some([b'\n', ..]) => return Some((line_end(block, nl), after + 1)),
            Some([b'\r', b'\n', ..]) => return Some((line_end(block, nl), after + 2)),
            _ => from = after,
        }
    }
    None
}

/// Start of the line terminator ending at the `\n` at `nl` (backs up over a `\r`).
fn line_end(block: &[u8], nl: usize) -> usize {
    if nl > 0 && block.get(nl - 1) == Some(&b'\r') {
        nl - 1
    } else {
        nl
    }
}

/// Header bytes as text: UTF-8 when valid, otherwise Latin-1.
fn bytes_to_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Undo transfer and content codings named in `headers`.
fn decode_body(headers: &[(String, String)], raw: &[u8]) -> Result<Vec<u8>, ArchiveError> {
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("Transfer-Encoding")
            && v.split(',').any(|c| c.trim().eq_ignore_ascii_case("chunked"))
    });
    let mut body =
        if chunked { dechunk(raw)?.unwrap_or_else(|| raw.to_vec()) } else { raw.to_vec() };

    // Content codings apply in the order listed; undo them in reverse.
    let codings: Vec<String> = headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("Content-Encoding"))
        .flat_map(|(_, v)| v.split(','))
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    for coding in codings.iter().rev() {
        body = match coding.as_str() {
            "gzip" | "x-gzip" => {
                if body.starts_with(&[0x1f, 0x8b]) {
                    read_limited(MultiGzDecoder::new(&body[..]), coding)?
                } else {
                    body // stored already decoded
                }
            }
            "deflate" => {
                if body.is_empty() {
                    body
                } else if let Ok(out) = read_limited(ZlibDecoder::new(&body[..]), coding) {
                    out
                } else if let Ok(out) = read_limited(DeflateDecoder::new(&body[..]), coding) {
                    out
                } else {
                    body // not compressed after all
                }
            }
            other => return Err(ArchiveError::UnsupportedEncoding(other.to_string())),
        };
    }
    Ok(body)
}

/// Read a decoder to the end, bounded by [`MAX_DECODED_BODY`].
fn read_limited<R: Read>(decoder: R, coding: &str) -> Result<Vec<u8>, ArchiveError> {
    let mut out = Vec::new();
    decoder
        .take(MAX_DECODED_BODY + 1)
        .read_to_end(&mut out)
        .map_err(|source| ArchiveError::Decode { encoding: coding.to_string(), source })?;
    if out.len() as u64 > MAX_DECODED_BODY {
        return Err(ArchiveError::Decode {
            encoding: coding.to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "decoded body over the size limit",
            ),
        });
    }
    Ok(out)
}

/// Remove chunked transfer coding. `Ok(None)` when the data does not start with a valid chunk
/// size line (so it was stored de-chunked); an error when chunking starts but breaks off.
fn dechunk(raw: &[u8]) -> Result<Option<Vec<u8>>, ArchiveError> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    let mut first = true;
    loop {
        let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
            if first {
                return Ok(None);
            }
            return Err(ArchiveError::MalformedHttp(
                "chunked body ends without the last chunk".into(),
            ));
        };
        let line = rest.get(..nl).unwrap_or_default();
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let size_text = line.split(|&b| b == b';').next().unwrap_or_default();
        let size_text = std::str::from_utf8(size_text).unwrap_or("").trim();
        let size = match usize::from_str_radix(size_text, 16) {
            Ok(s) if !size_text.is_empty() && size_text.len() <= 16 => s,
            _ if first => return Ok(None),
            _ => {
                return Err(ArchiveError::MalformedHttp(format!(
                    "bad chunk size line {:?}",
                    String::from_utf8_lossy(line)
                )))
            }
        };
        first = false;
        rest = rest.get(nl + 1..).unwrap_or_default();
        if size == 0 {
            // Trailer fields (if any) are ignored.
            return Ok(Some(out));
        }
        let Some(data) = rest.get(..size) else {
            return Err(ArchiveError::MalformedHttp(format!(
                "chunk of {size} bytes truncated to {}",
                rest.len()
            )));
        };
        out.extend_from_slice(data);
        rest = rest.get(size..).unwrap_or_default();
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n")).unwrap_or(rest);
    }
}
