//! Discovery of article URLs: feeds, sitemaps and HTML pages (`sites.md` §1.1).
//!
//! Files: `feed.rs` (feeds), `dates.rs` (feed dates), `sitemap.rs` (sitemaps), `links.rs` (links
//! and listing pages of HTML pages); this file holds the result types and the helpers they share
//! (URL resolution, the quick-xml walk).
//!
//! Everything here is pure parsing over bytes or text that the fetcher already holds; nothing
//! does I/O.
//!
//! - [`parse_feed`]: RSS 2.0, RSS 1.0 (RDF) and Atom, through `feed-rs`, with a lenient
//!   fallback scanner (quick-xml) for feeds `feed-rs` rejects or whose dates it cannot read.
//!   Feed dates go through [`parse_feed_date`], which knows the non-standard forms Vietnamese
//!   feeds write (`sites.md` §1.3): US `9/5/2026 1:30:00 PM` local time, RFC 822 with a
//!   two-digit year, a `GMT+7` suffix.
//! - [`parse_sitemap`]: sitemap indexes, URL sets (with Google News extensions) and plain-text
//!   sitemaps, gzip-compressed or not, read as a stream with a cap on the decompressed size.
//! - [`links`], [`canonical_link`], [`feed_links`], [`listing`]: links of an HTML page, its
//!   canonical URL, the feeds it advertises, and the articles and further pages of a listing.
//!
//! Every URL returned is absolute, `http` or `https`, and carries no fragment. Publication
//! times are given in Vietnamese local time (+07:00); the instant is the one the source wrote.
//!
//! **Errors and partial results.** Malformed XML is an error ([`DiscoverError::Malformed`]),
//! and so is a stream larger than the cap ([`DiscoverError::TooLarge`]). Both carry what was
//! parsed before the failure ([`DiscoverError::partial`]): a truncated sitemap still names
//! valid URLs, and the caller decides whether to use them. A document that is not a feed (an
//! HTML page, a JavaScript cookie challenge, `sites.md` §1.5) is [`DiscoverError::NotAFeed`].

use std::io::BufRead;

use chrono::{DateTime, FixedOffset};
use quick_xml::events::Event;
use quick_xml::Reader;
use url::Url;

mod dates;
mod feed;
mod links;
mod sitemap;

pub use dates::parse_feed_date;
pub use feed::parse_feed;
pub use links::{canonical_link, feed_links, links, listing, ListingPage, ListingRule};
pub use sitemap::parse_sitemap;

/// One URL found by discovery, with what the source said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Discovered {
    /// Absolute `http(s)` URL without fragment.
    pub url: Url,
    /// Publication time as given by the source, in +07:00. For sitemaps: the
    /// `news:publication_date`, else `lastmod` (a modification time is never earlier than the
    /// publication, so it is still a safe bound for `--since` filtering).
    pub published: Option<DateTime<FixedOffset>>,
    /// Title as given by the source: entities decoded, whitespace collapsed, NFC.
    pub title: Option<String>,
}

/// A child sitemap named by a sitemap index.
#[derive(Debug, Clone, PartialEq)]
pub struct SitemapRef {
    /// Absolute `http(s)` URL of the child sitemap.
    pub url: Url,
    /// Its `lastmod`, in +07:00.
    pub lastmod: Option<DateTime<FixedOffset>>,
}

/// A parsed sitemap document.
#[derive(Debug, Clone, PartialEq)]
pub enum Sitemap {
    /// A `<sitemapindex>`: further sitemaps to fetch.
    Index(Vec<SitemapRef>),
    /// A `<urlset>` or a plain-text sitemap: page URLs.
    Urls(Vec<Discovered>),
}

/// Why a feed or sitemap could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DiscoverError {
    /// The document is not an RSS, RDF or Atom feed (HTML, a cookie-challenge script, empty).
    #[error("not a feed: {0}")]
    NotAFeed(String),
    /// The document is not a sitemap (another XML root, HTML, empty).
    #[error("not a sitemap: {0}")]
    NotASitemap(String),
    /// The XML (or the gzip stream around it) is broken. `partial` holds what was parsed before
    /// the break (feeds give [`Sitemap::Urls`]).
    #[error("malformed document at byte {position}: {reason}")]
    Malformed {
        /// Byte offset (in the decompressed stream) where the error was detected.
        position: u64,
        /// What went wrong.
        reason: String,
        /// Entries parsed before the error, if the document kind was recognised.
        partial: Option<Box<Sitemap>>,
    },
    /// The decompressed document is larger than the cap; `partial` holds what was parsed
    /// before the cap was reached.
    #[error("document larger than {limit} bytes")]
    TooLarge {
        /// The cap, in decompressed bytes.
        limit: usize,
        /// Entries parsed before the cap, if the document kind was recognised.
        partial: Option<Box<Sitemap>>,
    },
}

impl DiscoverError {
    /// What was parsed before a [`Malformed`](Self::Malformed) or
    /// [`TooLarge`](Self::TooLarge) error; `None` for other errors.
    pub fn partial(&self) -> Option<&Sitemap> {
        match self {
            DiscoverError::Malformed { partial, .. } | DiscoverError::TooLarge { partial, .. } => {
                partial.as_deref()
            }
            _ => None,
        }
    }
}

/// Resolves `href` against `base`; keeps `http(s)` URLs with a host, drops the fragment.
fn resolve(base: &Url, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let mut url = base.join(href).ok()?;
    if !crate::urls::is_web_url(&url) {
        return None;
    }
    url.set_fragment(None);
    Some(url)
}

/// Cleans a title: entities decoded (CDATA titles keep them, `sites.md` §1.4), NFC,
/// whitespace collapsed. Empty → `None`.
fn clean_title(raw: &str) -> Option<String> {
    let decoded = crate::text::decode_entities(raw);
    let text = crate::text::normalize(&decoded);
    let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!squashed.is_empty()).then_some(squashed)
}

/// Drops a UTF-8 BOM and leading whitespace.
fn trim_start(bytes: &[u8]) -> &[u8] {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let skip = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    b.get(skip..).unwrap_or_default()
}

/// A first look at a document: is it XML, and what is its root element?
fn sniff_root(bytes: &[u8]) -> Result<String, String> {
    let body = trim_start(bytes);
    if body.is_empty() {
        return Err("empty document".into());
    }
    let head = body.get(..body.len().min(4096)).unwrap_or(body);
    let challenge = memfind(head, b"document.cookie");
    if body.first() != Some(&b'<') {
        return Err(if challenge {
            "a JavaScript cookie challenge, not XML".into()
        } else {
            "not XML".into()
        });
    }
    let mut reader = Reader::from_reader(body);
    lenient(&mut reader);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return Ok(e.local_name().as_ref().to_ascii_lowercase());
            }
            Ok(Event::Text(t)) if !t.xml10_content().trim().is_empty() => {
                return Err("text before the root element".into());
            }
            Ok(Event::Eof) => return Err("no root element".into()),
            Ok(_) => {}
            Err(e) => return Err(format!("not XML: {e}")),
        }
        buf.clear();
    }
}

fn memfind(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Reader settings for real-world XML: lone `&`, mismatched end tags.
fn lenient<R>(reader: &mut Reader<R>) {
    let config = reader.config_mut();
    config.allow_dangling_amp = true;
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
}

/// One open element during a walk.
struct Frame {
    /// Local name, lower case (`pubdate`, `publication_date`).
    name: String,
    /// Attributes: local name (lower case) and unescaped value.
    attrs: Vec<(String, String)>,
    /// Text content, kept only while the element has no child element.
    text: String,
    /// Whether a child element was seen (text is then dropped).
    parent: bool,
}

impl Frame {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// What the walk reports.
enum Walk<'a> {
    /// An element opened; the slice is the stack, the new element last.
    Open(&'a [Frame]),
    /// An element closed; the slice holds its ancestors.
    Close(&'a [Frame], Frame),
}

/// Where and why a walk stopped early.
struct WalkError {
    position: u64,
    reason: String,
}

/// Streams the document, reporting element opens and closes with leaf text. The callback
/// returns `false` to stop. Unclosed elements at the end of the input are an error.
fn walk<R: BufRead>(
    reader: &mut Reader<R>,
    mut on: impl FnMut(Walk<'_>) -> bool,
) -> Result<(), WalkError> {
    lenient(reader);
    let mut stack: Vec<Frame> = Vec::new();
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                return Err(WalkError { position: reader.error_position(), reason: e.to_string() })
            }
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if let Some(top) = stack.last_mut() {
                    top.parent = true;
                    top.text.clear();
                }
                let attrs = e
                    .attributes()
                    .flatten()
                    .map(|a| {
                        let key = a.key.local_name().as_ref().to_ascii_lowercase();
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map(|v| v.into_owned());
                        (key, value.unwrap_or_else(|_| a.value.to_string()))
                    })
                    .collect();
                let name = e.local_name().as_ref().to_ascii_lowercase();
                stack.push(Frame { name, attrs, text: String::new(), parent: false });
                if !on(Walk::Open(&stack)) {
                    return Ok(());
                }
                if empty {
                    if let Some(frame) = stack.pop() {
                        if !on(Walk::Close(&stack, frame)) {
                            return Ok(());
                        }
                    }
                }
            }
            Event::End(_) => {
                if let Some(frame) = stack.pop() {
                    if !on(Walk::Close(&stack, frame)) {
                        return Ok(());
                    }
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => "&".to_string(),
                        "lt" => "<".to_string(),
                        "gt" => ">".to_string(),
                        "quot" => "\"".to_string(),
                        "apos" => "'".to_string(),
                        other => format!("&{other};"),
                    },
                };
                push_text(&mut stack, &s);
            }
            Event::Eof => {
                if stack.is_empty() {
                    return Ok(());
                }
                let open = stack.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(" > ");
                return Err(WalkError {
                    position: reader.buffer_position(),
                    reason: format!("unexpected end of document inside {open}"),
                });
            }
            _ => {}
        }
        buf.clear();
    }
}

fn push_text(stack: &mut [Frame], s: &str) {
    if let Some(top) = stack.last_mut() {
        if !top.parent && top.text.len() < 64 * 1024 {
            top.text.push_str(s);
        }
    }
}
