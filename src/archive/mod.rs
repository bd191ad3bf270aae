//! WARC archive: read and write WARC/1.1 files (ISO 28500:2017).
//!
//! * [`WarcReader`] / [`open_warc`] stream records out of a `.warc` or `.warc.gz` file (gzip is
//!   detected from the magic bytes, not the file name; multi-member gzip with one member per
//!   record is the norm). One record is held in memory at a time, never the whole file.
//! * [`parse_http_response`] splits the block of a `response` record into status, headers and
//!   body, undoing `Transfer-Encoding: chunked` and `Content-Encoding: gzip/deflate`.
//! * [`WarcWriter`] writes rotating `.warc.gz` files (one gzip member per record, SHA-1 block and
//!   payload digests in base32) that tools such as Python's `warcio` read and verify.
//!
//! Files being written carry an extra `.open` suffix and are renamed only once complete, so a
//! crash never leaves a partial file that looks finished.

mod http;
mod reader;
mod writer;

pub use http::{parse_http_response, HttpResponse};
pub use reader::{open_warc, sniff_reader, WarcReader, DEFAULT_MAX_BLOCK_BYTES};
pub use writer::{base32_encode, sha1_base32, WarcWriter};

/// Errors from reading, parsing or writing WARC data.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// An I/O error from the underlying file or stream (including gzip corruption).
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// A record whose header could not be parsed. `offset` is the byte offset of the record start
    /// in the (decompressed) WARC stream.
    #[error("malformed WARC record at byte {offset}: {reason}")]
    Malformed {
        /// Byte offset of the record in the decompressed stream.
        offset: u64,
        /// What was wrong.
        reason: String,
    },
    /// The stream ended inside a record (truncated file).
    #[error("truncated WARC record at byte {offset}: {reason}")]
    Truncated {
        /// Byte offset of the record in the decompressed stream.
        offset: u64,
        /// What was missing.
        reason: String,
    },
    /// A record block is larger than the reader's limit; the block was skipped.
    #[error("WARC record at byte {offset} has a {length}-byte block, over the {limit}-byte limit")]
    BlockTooLarge {
        /// Byte offset of the record in the decompressed stream.
        offset: u64,
        /// Declared `Content-Length`.
        length: u64,
        /// The reader's limit.
        limit: u64,
    },
    /// The block of a record is not a well-formed HTTP message.
    #[error("malformed HTTP message: {0}")]
    MalformedHttp(String),
    /// The HTTP body uses a `Content-Encoding` this module cannot decode (e.g. `br`).
    #[error("unsupported Content-Encoding: {0}")]
    UnsupportedEncoding(String),
    /// The HTTP body claims a compression but does not decompress.
    #[error("cannot decode {encoding} body: {source}")]
    Decode {
        /// The content coding (`gzip`, `deflate`).
        encoding: String,
        /// The decoder error.
        source: std::io::Error,
    },
    /// A caller passed a value that cannot be written (e.g. a newline in a URI).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// Writing the archive failed earlier; the message is the first error.
    #[error("archive write failed: {0}")]
    Failed(String),
}

/// One WARC record: named header fields plus the raw block.
///
/// `warc_type`, `target_uri`, `date` and `record_id` are copies of the `WARC-Type`,
/// `WARC-Target-URI`, `WARC-Date` and `WARC-Record-ID` fields; `headers` holds every field in
/// file order (including those four).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    /// `WARC-Type` (e.g. `response`, `request`, `warcinfo`, `resource`, `metadata`).
    pub warc_type: String,
    /// `WARC-Target-URI`, with surrounding `<>` removed if a writer added them.
    pub target_uri: Option<String>,
    /// `WARC-Date` as written (`YYYY-MM-DDThh:mm:ssZ`, possibly with fractional seconds).
    pub date: Option<String>,
    /// `WARC-Record-ID`, e.g. `<urn:uuid:...>`.
    pub record_id: Option<String>,
    /// All header fields in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The record block (`Content-Length` bytes).
    pub block: Vec<u8>,
}

impl WarcRecord {
    /// First header value whose name matches `name` case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// `Content-Type` of the block, if present.
    pub fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }

    /// `WARC-Concurrent-To`, if present.
    pub fn concurrent_to(&self) -> Option<&str> {
        self.header("WARC-Concurrent-To")
    }

    /// True for a `response` record whose block is an HTTP response
    /// (`Content-Type: application/http; msgtype=response`, or no Content-Type and an `HTTP/` block).
    pub fn is_http_response(&self) -> bool {
        if !self.warc_type.eq_ignore_ascii_case("response") {
            return false;
        }
        match self.content_type() {
            Some(ct) => ct.to_ascii_lowercase().starts_with("application/http"),
            None => self.block.starts_with(b"HTTP/"),
        }
    }

    /// Parse the block as an HTTP response (see [`parse_http_response`]).
    pub fn http_response(&self) -> Result<HttpResponse, ArchiveError> {
        parse_http_response(&self.block)
    }

    /// Check `WARC-Block-Digest` against the block. `None` when the field is absent or uses an
    /// algorithm other than SHA-1; otherwise whether it matches (base32 or hex form accepted).
    pub fn verify_block_digest(&self) -> Option<bool> {
        let value = self.header("WARC-Block-Digest")?;
        digest_matches(value, &self.block)
    }

    /// Check `WARC-Payload-Digest` against the bytes after the HTTP header of the block (for
    /// `application/http` records) or the whole block otherwise. `None` when absent, not SHA-1,
    /// or the HTTP header has no end.
    pub fn verify_payload_digest(&self) -> Option<bool> {
        let value = self.header("WARC-Payload-Digest")?;
        let is_http = self
            .content_type()
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("application/http"));
        let payload = if is_http {
            let (_, body_start) = http::find_header_end(&self.block)?;
            self.block.get(body_start..)?
        } else {
            &self.block[..]
        };
        digest_matches(value, payload)
    }
}

/// Compare a `sha1:` digest field (base32 or hex) with the SHA-1 of `data`.
fn digest_matches(field: &str, data: &[u8]) -> Option<bool> {
    let (algo, value) = field.trim().split_once(':')?;
    if !algo.eq_ignore_ascii_case("sha1") {
        return None;
    }
    let value = value.trim();
    let digest = writer::sha1_bytes(data);
    if value.len() == 40 {
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        Some(hex.eq_ignore_ascii_case(value))
    } else {
        Some(base32_encode(&digest).eq_ignore_ascii_case(value.trim_end_matches('=')))
    }
}

/// Case-insensitive lookup of the first header named `name`.
pub(crate) fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}
