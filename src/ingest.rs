//! The one ingest path: from a raw response (bytes + URL + content type) to a [`Record`].
//!
//! A page crawled live, a file imported from disk and a record re-read from a WARC archive all
//! go through [`process`]; only where the bytes come from differs. [`process`] does no I/O.

use chrono::{DateTime, FixedOffset};

use crate::extract::{self, Profiles};
use crate::record::Record;
use crate::text;

/// A response or saved file, before decoding.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawPage {
    /// Where the page lives (or lived). `None` when unknown: the page's canonical link is used.
    pub url: Option<String>,
    /// The HTTP `Content-Type` header, when known.
    pub content_type: Option<String>,
    /// The undecoded body.
    pub body: Vec<u8>,
    /// A site profile to force (from a manifest); `None` selects by URL or page template.
    pub profile: Option<String>,
    /// Publication time from outside the page (a manifest, a feed), used when the page has none.
    pub published_hint: Option<DateTime<FixedOffset>>,
    /// The document key (URL) chosen for this response before: the crawler records it in its
    /// archive so a rebuilt index keeps the same documents. Only the
    /// [`Indexer`](crate::index::Indexer) reads it.
    pub key: Option<String>,
}

/// How the body is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A web page.
    Html,
    /// Plain text.
    Text,
}

/// Why a page did not become a record.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    /// The content type is neither HTML nor text (an image, a PDF, a feed...).
    #[error("not an article page: content type {0}")]
    NotHtml(String),
    /// Extraction found neither a title nor body text.
    #[error("no article text found")]
    NoText,
    /// The body is not text at all (an executable, an archive, an image...), whatever its name
    /// or content type says.
    #[error("not a page: {0}")]
    Binary(&'static str),
}

/// How many leading bytes [`binary_kind`] needs: callers reading a file may read only these
/// to refuse it.
pub const SNIFF_BYTES: usize = 1024;

/// Why a body starting with `head` cannot be a web page or text, or `None` when it may be one.
/// Looks only at the first [`SNIFF_BYTES`]: known binary signatures (executables, compressed
/// data, archives, images, PDF), then NUL and control bytes, which text does not contain
/// (UTF-16 text, with or without byte-order mark, is text).
pub fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x7fELF", "an ELF executable"),
        (b"MZ", "a Windows executable"),
        (b"\xfe\xed\xfa", "a Mach-O executable"),
        (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
        (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
        (b"\x1f\x8b", "gzip-compressed data"),
        (b"\xfd7zXZ\x00", "xz-compressed data"),
        (b"BZh", "bzip2-compressed data"),
        (b"\x04\x22\x4d\x18", "lz4-compressed data"),
        (b"PK\x03\x04", "a zip archive (or office document)"),
        (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
        (b"Rar!", "a rar archive"),
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"SQLite format 3", "an SQLite database"),
    ];
    let head = head.get(..SNIFF_BYTES).unwrap_or(head);
    // MZ and BZh are also the start of words: require the rest of a real header.
    for (magic, kind) in MAGIC {
        if head.starts_with(magic) {
            let plausible = match *magic {
                b"MZ" => head.len() >= 64 && head.iter().take(64).any(|&b| b == 0),
                b"BZh" => head.get(3).is_some_and(|d| (b'1'..=b'9').contains(d)),
                _ => true,
            };
            if plausible {
                return Some(kind);
            }
        }
    }
    if head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff") || utf16_like(head) {
        return None;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    let nul = head.contains(&0);
    // One stray control byte is damage; many, or a NUL, is binary data.
    (nul || controls * 20 > head.len().max(1)).then_some("binary data")
}

/// ASCII-range text in UTF-16 without a byte-order mark: every other byte NUL.
fn utf16_like(head: &[u8]) -> bool {
    let pairs: Vec<&[u8]> = head.chunks_exact(2).collect();
    if pairs.len() < 4 {
        return false;
    }
    let zero = |i: usize| pairs.iter().filter(|p| p[i] == 0).count();
    let (even, odd) = (zero(0), zero(1));
    (odd * 10 >= pairs.len() * 3 && even == 0) || (even * 10 >= pairs.len() * 3 && odd == 0)
}

/// Decides whether `raw` is HTML or plain text, from its content type, else from its first bytes
/// (HTML starts with `<` after optional whitespace and BOM).
///
/// Content that is not text at all is refused ([`IngestError::Binary`]) whatever the type says.
pub fn sniff_format(raw: &RawPage) -> Result<Format, IngestError> {
    if let Some(kind) = binary_kind(&raw.body) {
        return Err(IngestError::Binary(kind));
    }
    if let Some(ct) = raw.content_type.as_deref() {
        let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        match mime.as_str() {
            "text/html" | "application/xhtml+xml" => return Ok(Format::Html),
            "text/plain" => return Ok(Format::Text),
            "" => {}
            other => return Err(IngestError::NotHtml(other.to_string())),
        }
    }
    Ok(if looks_like_html(&raw.body) { Format::Html } else { Format::Text })
}

/// True when `bytes` start with `<` after optional whitespace and a UTF-8 BOM.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    b.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'<')
}

/// Decodes, extracts and runs the entity extractors: raw response in, record out. Fails only
/// when the content type is not a page; an empty extraction is still a record.
pub fn extract_record(raw: &RawPage, profiles: &Profiles) -> Result<Record, IngestError> {
    let mut article = match sniff_format(raw)? {
        Format::Html => {
            let html = text::decode_html(&raw.body, raw.content_type.as_deref());
            extract::extract_html(&html, raw.url.as_deref(), raw.profile.as_deref(), profiles)
        }
        Format::Text => {
            let t = text::decode_text(&raw.body);
            let mut a = extract::extract_text(&t);
            a.url = raw.url.clone();
            a.site = raw.url.as_deref().and_then(extract::host_of);
            a
        }
    };
    if article.published.is_none() {
        article.published = raw.published_hint;
    }
    Ok(Record::from_article(article, raw.published_hint.map(|p| p.date_naive())))
}

/// [`extract_record`] for indexing: a page without a title and without body text is refused.
pub fn process(raw: &RawPage, profiles: &Profiles) -> Result<Record, IngestError> {
    let record = extract_record(raw, profiles)?;
    let a = &record.article;
    let has_title = a.title.as_deref().is_some_and(|t| !t.trim().is_empty());
    if !has_title && a.body.trim().is_empty() {
        return Err(IngestError::NoText);
    }
    Ok(record)
}
