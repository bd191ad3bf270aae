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
}

/// Decides whether `raw` is HTML or plain text, from its content type, else from its first bytes
/// (HTML starts with `<` after optional whitespace and BOM).
pub fn sniff_format(raw: &RawPage) -> Result<Format, IngestError> {
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
