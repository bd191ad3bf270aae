//! Discovery of article URLs: feeds, sitemaps and HTML pages (`sites.md` §1.1).
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

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use quick_xml::events::Event;
use quick_xml::Reader;
use regex::Regex;
use scraper::{Html, Selector};
use url::{Position, Url};

use crate::extract::date::{parse_datetime, vietnam_offset};

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

// ---------------------------------------------------------------------------------------------
// Dates

static US_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[a-z]+,?\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)(?:\s+(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?$",
    )
    .expect("US date regex is valid")
});

static TWO_DIGIT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3,9}\s+)(\d{2})(\s+\d{1,2}:\d{2})")
        .expect("two-digit year regex is valid")
});

/// Parses a date as written in feeds and sitemaps, leniently (`sites.md` §1.3, §4).
///
/// Accepted, in order:
/// - US `M/D/YYYY h:mm[:ss] AM|PM`, optionally followed by a zone (baochinhphu's
///   `9/5/2026 1:30:00 PM` is 5 September, local time). A first number above 12 is read as
///   the day;
/// - RFC 822 / 2822 with a two-digit year (`Sat, 05 Sep 26 17:09:00 +0700`: years below 70
///   are 20xx);
/// - everything [`parse_datetime`] reads: RFC 3339 / W3C datetime, RFC 2822 with `GMT`,
///   `+0700` or a `GMT+7` suffix, day-first Vietnamese forms.
///
/// A time without a zone is Vietnamese local time. The result is expressed in +07:00.
pub fn parse_feed_date(input: &str) -> Option<DateTime<FixedOffset>> {
    let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    // A US-shaped value is final: `9/5/2026 13:30:00 PM` must not be re-read day-first.
    let parsed = match parse_us(&s) {
        Some(us) => us?,
        None => parse_two_digit_year(&s).or_else(|| parse_datetime(&s))?,
    };
    Some(parsed.with_timezone(&vietnam_offset()))
}

/// `M/D/YYYY h:mm:ss AM|PM [zone]`: `None` when the shape does not match, `Some(None)` when
/// it matches but is not a valid time.
fn parse_us(s: &str) -> Option<Option<DateTime<FixedOffset>>> {
    let c = US_DATE.captures(s)?;
    Some(us_from_captures(&c))
}

fn us_from_captures(c: &regex::Captures<'_>) -> Option<DateTime<FixedOffset>> {
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (a, b) = (num(1)?, num(2)?);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    let year: i32 = c.get(3)?.as_str().parse().ok()?;
    let mut hour = num(4)?;
    if hour == 0 || hour > 12 {
        return None;
    }
    let pm = c.get(7)?.as_str().eq_ignore_ascii_case("pm");
    if pm && hour < 12 {
        hour += 12;
    } else if !pm && hour == 12 {
        hour = 0;
    }
    let time = NaiveTime::from_hms_opt(hour, num(5)?, num(6).unwrap_or(0))?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let offset = match c.get(8) {
        Some(z) => parse_zone(z.as_str())?,
        None => vietnam_offset(),
    };
    if !(1990..=2100).contains(&year) {
        return None;
    }
    offset.from_local_datetime(&NaiveDateTime::new(date, time)).single()
}

/// `+7`, `+07`, `+0700`, `+07:00`.
fn parse_zone(z: &str) -> Option<FixedOffset> {
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let body = z.trim_start_matches(['+', '-']);
    let (h, m) = match body.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if body.len() <= 2 => (body.parse::<i32>().ok()?, 0),
        None => {
            let (h, m) = body.split_at_checked(body.len() - 2)?;
            (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?)
        }
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// RFC 822 with a two-digit year: expand the year and hand over to [`parse_datetime`].
fn parse_two_digit_year(s: &str) -> Option<DateTime<FixedOffset>> {
    let c = TWO_DIGIT_YEAR.captures(s)?;
    let yy: i32 = c.get(2)?.as_str().parse().ok()?;
    let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
    let whole = c.get(0)?;
    let rebuilt =
        format!("{}{}{}{}", c.get(1)?.as_str(), year, c.get(3)?.as_str(), s.get(whole.end()..)?);
    parse_datetime(&rebuilt)
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/// Resolves `href` against `base`; keeps `http(s)` URLs with a host, drops the fragment.
fn resolve(base: &Url, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let mut url = base.join(href).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
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

// ---------------------------------------------------------------------------------------------
// Feeds

/// Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items.
///
/// Links are resolved against `base` (relative links are common); an item without a link falls
/// back to a permalink `guid` or an `http(s)` Atom `id`; items with neither are skipped.
/// Publication time: `pubDate` / `published` / `dc:date`, else `updated`, read by
/// [`parse_feed_date`]. Titles are entity-decoded (CDATA titles carry HTML entities).
///
/// `feed-rs` parses first; when it fails (for example on a stray `&` in a link) or leaves an
/// item without link or date, a lenient scanner reads the items itself.
///
/// Errors: [`DiscoverError::NotAFeed`] for HTML, cookie-challenge scripts and other non-feed
/// documents; [`DiscoverError::Malformed`] when both parsers fail (with the items read before
/// the error as `partial`).
pub fn parse_feed(bytes: &[u8], base: &Url) -> Result<Vec<Discovered>, DiscoverError> {
    let root = sniff_root(bytes).map_err(DiscoverError::NotAFeed)?;
    if !matches!(root.as_str(), "rss" | "feed" | "rdf" | "channel") {
        return Err(DiscoverError::NotAFeed(format!("root element <{root}>")));
    }
    let body = trim_start(bytes);
    let primary = parse_with_feed_rs(body, base);
    if let Some(items) = &primary {
        if items.iter().all(|d| d.0.is_some() && d.1.published.is_some()) {
            return Ok(items.iter().filter_map(|(u, d)| u.as_ref().map(|_| d.clone())).collect());
        }
    }
    let scanned = scan_feed(body, base);
    match (primary, scanned) {
        (Some(items), Ok(scan)) => Ok(merge(items, &scan)),
        (Some(items), Err(_)) => Ok(merge(items, &[])),
        (None, Ok(scan)) => Ok(scan),
        (None, Err((e, partial))) => Err(DiscoverError::Malformed {
            position: e.position,
            reason: e.reason,
            partial: Some(Box::new(Sitemap::Urls(partial))),
        }),
    }
}

/// Fills what `feed-rs` left empty from the scanner's items: by position when both saw the
/// same number of items, else by URL. Items still without URL are dropped.
fn merge(items: Vec<(Option<Url>, Discovered)>, scan: &[Discovered]) -> Vec<Discovered> {
    let same_len = items.len() == scan.len();
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, (url, mut d))| {
            let other = if same_len {
                scan.get(i)
            } else {
                url.as_ref().and_then(|u| scan.iter().find(|s| &s.url == u))
            };
            match (url, other) {
                (Some(_), Some(o)) => {
                    d.published = d.published.or(o.published);
                    d.title = d.title.or_else(|| o.title.clone());
                    Some(d)
                }
                (Some(_), None) => Some(d),
                (None, Some(o)) => Some(Discovered {
                    url: o.url.clone(),
                    published: d.published.or(o.published),
                    title: d.title.or_else(|| o.title.clone()),
                }),
                (None, None) => None,
            }
        })
        .collect()
}

/// `feed-rs` pass. Items without a usable link get a placeholder URL (`base`) and `None`.
fn parse_with_feed_rs(body: &[u8], base: &Url) -> Option<Vec<(Option<Url>, Discovered)>> {
    let parser = feed_rs::parser::Builder::new()
        .timestamp_parser(|s| parse_feed_date(s).map(|d| d.to_utc()))
        .build();
    let feed = parser.parse(body).ok()?;
    let local = vietnam_offset();
    let items = feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .filter(|l| l.rel.as_deref().is_none_or(|r| r.eq_ignore_ascii_case("alternate")))
                .find_map(|l| resolve(base, &l.href))
                .or_else(|| entry.links.iter().find_map(|l| resolve(base, &l.href)))
                .or_else(|| {
                    let id = entry.id.trim();
                    (id.starts_with("http://") || id.starts_with("https://"))
                        .then(|| resolve(base, id))
                        .flatten()
                });
            let published = entry.published.or(entry.updated).map(|d| d.with_timezone(&local));
            let title = entry.title.as_ref().and_then(|t| clean_title(&t.content));
            let d =
                Discovered { url: link.clone().unwrap_or_else(|| base.clone()), published, title };
            (link, d)
        })
        .collect();
    Some(items)
}

/// Item fields collected by the scanner.
#[derive(Default)]
struct RawItem {
    link: Option<String>,
    alt_link: Option<String>,
    guid: Option<String>,
    title: Option<String>,
    published: Option<String>,
    updated: Option<String>,
}

/// Lenient feed scanner: `item` / `entry` elements and their direct children.
fn scan_feed(body: &[u8], base: &Url) -> Result<Vec<Discovered>, (WalkError, Vec<Discovered>)> {
    let mut reader = Reader::from_reader(body);
    let mut out = Vec::new();
    let mut item: Option<(usize, RawItem)> = None;
    let result = walk(&mut reader, |ev| {
        match ev {
            Walk::Open(stack) => {
                if item.is_none() {
                    if let Some(top) = stack.last() {
                        if top.name == "item" || top.name == "entry" {
                            item = Some((stack.len(), RawItem::default()));
                        }
                    }
                }
            }
            Walk::Close(parents, frame) => {
                let Some((depth, raw)) = item.as_mut() else { return true };
                if parents.len() + 1 == *depth {
                    // The item itself closed.
                    if let Some((_, raw)) = item.take() {
                        if let Some(d) = finish_item(raw, base) {
                            out.push(d);
                        }
                    }
                } else if parents.len() == *depth {
                    take_item_field(raw, frame);
                }
            }
        }
        true
    });
    match result {
        Ok(()) => Ok(out),
        Err(e) => Err((e, out)),
    }
}

/// Stores one direct child of an item.
fn take_item_field(raw: &mut RawItem, frame: Frame) {
    let text = frame.text.trim();
    let set = |slot: &mut Option<String>, v: &str| {
        if slot.is_none() && !v.is_empty() {
            *slot = Some(v.to_string());
        }
    };
    match frame.name.as_str() {
        "link" => {
            let rel = frame.attr("rel").unwrap_or("alternate");
            match frame.attr("href") {
                Some(href) if rel.eq_ignore_ascii_case("alternate") => set(&mut raw.link, href),
                Some(href) => set(&mut raw.alt_link, href),
                None => set(&mut raw.link, text),
            }
        }
        "guid" if frame.attr("ispermalink").is_none_or(|v| !v.eq_ignore_ascii_case("false")) => {
            set(&mut raw.guid, text)
        }
        "id" => set(&mut raw.guid, text),
        "title" => set(&mut raw.title, text),
        "pubdate" | "published" | "date" | "issued" | "created" => set(&mut raw.published, text),
        "updated" | "modified" => set(&mut raw.updated, text),
        _ => {}
    }
}

fn finish_item(raw: RawItem, base: &Url) -> Option<Discovered> {
    let guid = raw
        .guid
        .as_deref()
        .filter(|g| g.starts_with("http://") || g.starts_with("https://"))
        .and_then(|g| resolve(base, g));
    let url = raw
        .link
        .as_deref()
        .and_then(|l| resolve(base, l))
        .or(guid)
        .or_else(|| raw.alt_link.as_deref().and_then(|l| resolve(base, l)))?;
    let published = raw
        .published
        .as_deref()
        .and_then(parse_feed_date)
        .or_else(|| raw.updated.as_deref().and_then(parse_feed_date));
    Some(Discovered { url, published, title: raw.title.as_deref().and_then(clean_title) })
}

// ---------------------------------------------------------------------------------------------
// Sitemaps

/// A reader that fails once more than `limit` bytes have come through.
struct Capped<R> {
    inner: R,
    left: usize,
    exceeded: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => {
                    self.exceeded = true;
                    Err(std::io::Error::other("size cap reached"))
                }
            };
        }
        let take = buf.len().min(self.left);
        let n = self.inner.read(buf.get_mut(..take).unwrap_or_default())?;
        self.left -= n;
        Ok(n)
    }
}

/// Which sitemap kind the walk is reading.
enum Collect {
    Unknown,
    Index(Vec<SitemapRef>),
    Urls(Vec<Discovered>),
}

impl Collect {
    fn into_sitemap(self) -> Option<Sitemap> {
        match self {
            Collect::Unknown => None,
            Collect::Index(v) => Some(Sitemap::Index(v)),
            Collect::Urls(v) => Some(Sitemap::Urls(v)),
        }
    }
}

/// Parses a sitemap: `<sitemapindex>`, `<urlset>` (with `news:publication_date` and
/// `news:title`; `image:` and `video:` children ignored), or a plain-text list of URLs.
///
/// Gzip input (recognised by its magic bytes, whatever the file name) is decompressed as a
/// stream. `max_bytes` caps the decompressed size (and the size of uncompressed input), so a
/// gzip bomb stops at the cap with [`DiscoverError::TooLarge`].
///
/// Locations are resolved against `base`; non-`http(s)` ones are skipped.
///
/// Errors: [`DiscoverError::NotASitemap`] for another root element (HTML, a feed: use
/// [`parse_feed`] for those); [`DiscoverError::Malformed`] for broken XML or gzip;
/// [`DiscoverError::TooLarge`]. The last two carry the entries read before the failure.
pub fn parse_sitemap(bytes: &[u8], base: &Url, max_bytes: usize) -> Result<Sitemap, DiscoverError> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::read::MultiGzDecoder::new(bytes);
        parse_sitemap_stream(gz, base, max_bytes)
    } else {
        parse_sitemap_stream(bytes, base, max_bytes)
    }
}

fn parse_sitemap_stream<R: Read>(
    input: R,
    base: &Url,
    max_bytes: usize,
) -> Result<Sitemap, DiscoverError> {
    let mut br = BufReader::new(Capped { inner: input, left: max_bytes, exceeded: false });
    // Peek at the first bytes: XML or a plain-text list?
    let first = loop {
        let head = match br.fill_buf() {
            Ok(h) => h,
            Err(e) => return Err(stream_error(br.get_ref(), max_bytes, 0, e.to_string(), None)),
        };
        if head.is_empty() {
            return Err(DiscoverError::NotASitemap("empty document".into()));
        }
        let bom = if head.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        let skip = bom + head.iter().skip(bom).take_while(|c| c.is_ascii_whitespace()).count();
        let len = head.len();
        let first = head.get(skip).copied();
        br.consume(skip);
        if skip < len {
            break first;
        }
    };
    if first != Some(b'<') {
        return parse_text_sitemap(br, base, max_bytes);
    }

    let mut reader = Reader::from_reader(br);
    let mut collect = Collect::Unknown;
    let mut not_sitemap: Option<String> = None;
    let mut loc: Option<String> = None;
    let mut lastmod: Option<String> = None;
    let mut news_date: Option<String> = None;
    let mut news_title: Option<String> = None;
    let result = walk(&mut reader, |ev| {
        match ev {
            Walk::Open(stack) => {
                if stack.len() == 1 {
                    let root = stack.first().map(|f| f.name.as_str()).unwrap_or_default();
                    match root {
                        "urlset" => collect = Collect::Urls(Vec::new()),
                        "sitemapindex" => collect = Collect::Index(Vec::new()),
                        "rss" | "feed" | "rdf" => {
                            not_sitemap = Some(format!("a feed (<{root}>); read it as a feed"));
                            return false;
                        }
                        other => {
                            not_sitemap = Some(format!("root element <{other}>"));
                            return false;
                        }
                    }
                }
            }
            Walk::Close(parents, frame) => {
                let parent = parents.last().map(|f| f.name.as_str()).unwrap_or_default();
                let text = frame.text.trim();
                match (frame.name.as_str(), parent) {
                    ("loc", "url" | "sitemap") => loc = Some(text.to_string()),
                    ("lastmod", "url" | "sitemap") => lastmod = Some(text.to_string()),
                    ("publication_date", "news") => news_date = Some(text.to_string()),
                    ("title", "news") => news_title = Some(text.to_string()),
                    ("url", _) | ("sitemap", _) => {
                        let url = loc.take().and_then(|l| resolve(base, &l));
                        let modified = lastmod.take().and_then(|d| parse_feed_date(&d));
                        let published = news_date.take().and_then(|d| parse_feed_date(&d));
                        let title = news_title.take().and_then(|t| clean_title(&t));
                        match (&mut collect, url) {
                            (Collect::Urls(v), Some(url)) if frame.name == "url" => {
                                v.push(Discovered { url, published: published.or(modified), title })
                            }
                            (Collect::Index(v), Some(url)) if frame.name == "sitemap" => {
                                v.push(SitemapRef { url, lastmod: modified })
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
        }
        true
    });
    if let Some(reason) = not_sitemap {
        return Err(DiscoverError::NotASitemap(reason));
    }
    match result {
        Ok(()) => collect
            .into_sitemap()
            .ok_or_else(|| DiscoverError::NotASitemap("no root element".into())),
        Err(e) => {
            let capped = reader.get_ref().get_ref();
            Err(stream_error(capped, max_bytes, e.position, e.reason, collect.into_sitemap()))
        }
    }
}

/// The error for a failed stream: over the cap, or malformed.
fn stream_error<R>(
    capped: &Capped<R>,
    limit: usize,
    position: u64,
    reason: String,
    partial: Option<Sitemap>,
) -> DiscoverError {
    let partial = partial.map(Box::new);
    if capped.exceeded {
        DiscoverError::TooLarge { limit, partial }
    } else {
        DiscoverError::Malformed { position, reason, partial }
    }
}

/// A plain-text sitemap: one URL per line.
fn parse_text_sitemap<R: Read>(
    mut br: BufReader<Capped<R>>,
    base: &Url,
    max_bytes: usize,
) -> Result<Sitemap, DiscoverError> {
    let mut out = Vec::new();
    let mut line = Vec::new();
    let mut position = 0u64;
    let mut seen_text = false;
    loop {
        line.clear();
        match br.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(n) => position += n as u64,
            Err(e) => {
                let partial = Some(Sitemap::Urls(out));
                return Err(stream_error(
                    br.get_ref(),
                    max_bytes,
                    position,
                    e.to_string(),
                    partial,
                ));
            }
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        seen_text = true;
        if text.starts_with("http://") || text.starts_with("https://") {
            if let Some(url) = resolve(base, text) {
                out.push(Discovered { url, published: None, title: None });
            }
        }
    }
    if out.is_empty() && seen_text {
        return Err(DiscoverError::NotASitemap("neither XML nor a list of URLs".into()));
    }
    Ok(Sitemap::Urls(out))
}

// ---------------------------------------------------------------------------------------------
// HTML

static A_HREF: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("a[href], area[href]").expect("valid selector"));
static BASE_HREF: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("base[href]").expect("valid selector"));
static LINK_REL: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("link[rel][href]").expect("valid selector"));
static OG_URL: LazyLock<Selector> = LazyLock::new(|| {
    Selector::parse(r#"meta[property="og:url"][content], meta[name="og:url"][content]"#)
        .expect("valid selector")
});

/// The base for relative links: `<base href>` when present, else the page URL.
fn page_base(doc: &Html, base: &Url) -> Url {
    doc.select(&BASE_HREF)
        .next()
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| resolve(base, h))
        .unwrap_or_else(|| base.clone())
}

fn has_rel(rel: &str, token: &str) -> bool {
    rel.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(token))
}

/// Pushes `url` unless already seen.
fn push_unique(out: &mut Vec<Url>, seen: &mut HashSet<Url>, url: Url) {
    if seen.insert(url.clone()) {
        out.push(url);
    }
}

fn page_links(doc: &Html, base: &Url) -> Vec<Url> {
    let base = page_base(doc, base);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for a in doc.select(&A_HREF) {
        if let Some(url) = a.value().attr("href").and_then(|h| resolve(&base, h)) {
            push_unique(&mut out, &mut seen, url);
        }
    }
    out
}

/// Every link of a page (`a[href]`, `area[href]`): resolved against `<base href>` or `base`,
/// `http(s)` only, fragment removed, duplicates dropped, in document order.
pub fn links(html: &str, base: &Url) -> Vec<Url> {
    page_links(&Html::parse_document(html), base)
}

/// The page's canonical URL: `<link rel=canonical href>`, else `og:url`. Resolved against
/// `base`, `http(s)` only, fragment removed.
pub fn canonical_link(html: &str, base: &Url) -> Option<Url> {
    let doc = Html::parse_document(html);
    let base = page_base(&doc, base);
    doc.select(&LINK_REL)
        .filter(|l| l.value().attr("rel").is_some_and(|r| has_rel(r, "canonical")))
        .find_map(|l| l.value().attr("href").and_then(|h| resolve(&base, h)))
        .or_else(|| {
            doc.select(&OG_URL)
                .find_map(|m| m.value().attr("content").and_then(|c| resolve(&base, c)))
        })
}

/// Feeds a page advertises: `<link rel=alternate type=application/rss+xml | atom+xml |
/// rdf+xml href>`, resolved, in document order, duplicates dropped.
pub fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    let doc = Html::parse_document(html);
    let base = page_base(&doc, base);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for l in doc.select(&LINK_REL) {
        let v = l.value();
        let alternate = v.attr("rel").is_some_and(|r| has_rel(r, "alternate"));
        let kind = v.attr("type").map(|t| t.trim().to_ascii_lowercase()).unwrap_or_default();
        let feed_type = matches!(
            kind.split(';').next().unwrap_or_default().trim(),
            "application/rss+xml" | "application/atom+xml" | "application/rdf+xml"
        );
        if alternate && feed_type {
            if let Some(url) = v.attr("href").and_then(|h| resolve(&base, h)) {
                push_unique(&mut out, &mut seen, url);
            }
        }
    }
    out
}

/// How to read a listing (category) page of one site; built from the site configuration.
#[derive(Debug, Clone)]
pub struct ListingRule {
    /// Article URLs: matched against the URL path (`/kinh-te/slug-123.htm`).
    pub article_pattern: Regex,
    /// Paths that are never articles even when `article_pattern` matches (event pages,
    /// videos), matched against the URL path.
    pub exclude_pattern: Option<Regex>,
    /// Elements whose `href` is the next listing page (`a.next`, `link[rel=next]`).
    pub next_selector: Option<Selector>,
    /// Further listing pages, matched against the path plus `?query` when there is one
    /// (`/trang-\d+\.htm$`, `[?&]page=\d+`).
    pub page_pattern: Option<Regex>,
    /// How many listing pages the crawler follows from one seed (this function reads one page;
    /// the caller counts).
    pub max_pages: usize,
}

/// What one listing page links to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListingPage {
    /// Article URLs, in document order, without duplicates.
    pub articles: Vec<Url>,
    /// Further listing pages (from `next_selector`, then `page_pattern`), without the page
    /// itself and without duplicates.
    pub next: Vec<Url>,
}

fn path_and_query(url: &Url) -> &str {
    &url[Position::BeforePath..Position::AfterQuery]
}

impl ListingRule {
    /// Whether a URL's path is an article under this rule.
    pub fn is_article(&self, url: &Url) -> bool {
        let path = url.path();
        self.article_pattern.is_match(path)
            && !self.exclude_pattern.as_ref().is_some_and(|x| x.is_match(path))
    }
}

/// Reads a listing page: its article links (by `rule.article_pattern`) and its links to
/// further listing pages (by `rule.next_selector` and `rule.page_pattern`).
///
/// Links to other hosts are kept: scope is the caller's business (`CrawlConfig::in_scope`).
/// A URL that is a further page is not also reported as an article.
pub fn listing(html: &str, base: &Url, rule: &ListingRule) -> ListingPage {
    let doc = Html::parse_document(html);
    let page_base_url = page_base(&doc, base);
    let mut this_page = base.clone();
    this_page.set_fragment(None);

    let mut next = Vec::new();
    let mut seen = HashSet::new();
    seen.insert(this_page.clone());
    if let Some(sel) = &rule.next_selector {
        for el in doc.select(sel) {
            if let Some(url) = el.value().attr("href").and_then(|h| resolve(&page_base_url, h)) {
                push_unique(&mut next, &mut seen, url);
            }
        }
    }
    let all = page_links(&doc, base);
    if let Some(pages) = &rule.page_pattern {
        for url in &all {
            if pages.is_match(path_and_query(url)) {
                push_unique(&mut next, &mut seen, url.clone());
            }
        }
    }
    let articles = all.into_iter().filter(|u| !seen.contains(u) && rule.is_article(u)).collect();
    ListingPage { articles, next }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
    }

    /// A file of `../shared`, or `None` (the test is skipped) without it.
    fn fixture(rel: &str) -> Option<Vec<u8>> {
        let path = crate::shared_data::path(rel)?;
        Some(std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
    }

    // --- dates -------------------------------------------------------------------------------

    fn check_date(input: &str, expected: Option<&str>) {
        let got = parse_feed_date(input).map(|d| d.to_rfc3339());
        assert_eq!(got.as_deref(), expected, "input {input:?}");
    }

    #[test]
    fn feed_dates() {
        let cases = [
            ("9/5/2026 1:30:00 PM", Some("2026-09-05T13:30:00+07:00")),
            ("8/29/2026 2:30:00 AM", Some("2026-08-29T02:30:00+07:00")),
            ("9/5/2026 12:10:00 AM", Some("2026-09-05T00:10:00+07:00")),
            ("9/5/2026 12:10:00 PM", Some("2026-09-05T12:10:00+07:00")),
            ("29/8/2026 2:30:00 PM", Some("2026-08-29T14:30:00+07:00")),
            ("Sat, 05 Sep 26 17:09:00 +0700", Some("2026-09-05T17:09:00+07:00")),
            ("Fri, 04 Sep 2026 18:48:27 GMT+7", Some("2026-09-04T18:48:27+07:00")),
            ("Fri, 04 Sep 2026 11:48:27 GMT", Some("2026-09-04T18:48:27+07:00")),
            ("Fri, 04 Sep 2026 18:48:27 +0700", Some("2026-09-04T18:48:27+07:00")),
            ("2026-09-05T13:30:00+07:00", Some("2026-09-05T13:30:00+07:00")),
            ("2026-09-05T06:30:00Z", Some("2026-09-05T13:30:00+07:00")),
            ("2026-09-05", Some("2026-09-05T00:00:00+07:00")),
            ("  9/5/2026\n 1:30:00 PM ", Some("2026-09-05T13:30:00+07:00")),
            ("9/5/2026 13:30:00 PM", None),
            ("13/13/2026 1:30:00 PM", None),
            ("yesterday", None),
            ("", None),
        ];
        for (input, expected) in cases {
            check_date(input, expected);
        }
    }

    // --- feeds -------------------------------------------------------------------------------

    /// (url, published rfc3339, title)
    type Item<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

    fn check_feed(xml: &[u8], base: &str, expected: &[Item<'_>]) {
        let got = parse_feed(xml, &url(base)).expect("feed parses");
        let got: Vec<(String, Option<String>, Option<String>)> = got
            .into_iter()
            .map(|d| (d.url.to_string(), d.published.map(|p| p.to_rfc3339()), d.title))
            .collect();
        let want: Vec<(String, Option<String>, Option<String>)> = expected
            .iter()
            .map(|(u, p, t)| (u.to_string(), p.map(str::to_string), t.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "feed {}", String::from_utf8_lossy(&xml[..xml.len().min(200)]));
    }

    #[test]
    fn baochinhphu_fixture_feed() {
        let Some(xml) = fixture("fixtures/baochinhphu/rss_kinh-te_2026-09-05_EXCERPT.xml") else {
            return;
        };
        let got = parse_feed(&xml, &url("https://baochinhphu.vn/kinh-te.rss")).expect("parses");
        let summary: Vec<(String, String)> = got
            .iter()
            .map(|d| {
                let id = d.url.path().rsplit('-').next().unwrap_or_default().to_string();
                (id, d.published.map(|p| p.to_rfc3339()).unwrap_or_default())
            })
            .collect();
        let want = [
            ("102260905122709839.htm", "2026-09-05T13:30:00+07:00"),
            ("102260905123138618.htm", "2026-09-05T12:34:00+07:00"),
            ("102260905101959805.htm", "2026-09-05T12:21:00+07:00"),
            ("10226090311303306.htm", "2026-09-03T12:16:00+07:00"),
            ("102260829030059861.htm", "2026-08-29T02:30:00+07:00"),
        ];
        let want: Vec<(String, String)> =
            want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(summary, want);
        assert_eq!(
            got.first().and_then(|d| d.title.as_deref()),
            Some("Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền")
        );
    }

    #[test]
    fn feeds() {
        let rss_cdata = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Thanh Niên</title><link>https://thanhnien.vn/</link>
<item><title><![CDATA[ K&yacute; ức &amp; ng&#432;&#7901;i l&iacute;nh ]]></title>
<link><![CDATA[ https://thanhnien.vn/ky-uc-185260905.htm ]]></link>
<pubDate>Fri, 04 Sep 2026 18:48:27 GMT+7</pubDate></item>
<item><title>Tin &amp;amp; b&#224;i</title><link>/the-gioi/bai-2-185260904.htm#top</link>
<pubDate>Sat, 05 Sep 26 17:09:00 +0700</pubDate></item>
</channel></rss>"#;
        check_feed(
            rss_cdata.as_bytes(),
            "https://thanhnien.vn/rss/home.rss",
            &[
                (
                    "https://thanhnien.vn/ky-uc-185260905.htm",
                    Some("2026-09-04T18:48:27+07:00"),
                    Some("Ký ức & người lính"),
                ),
                (
                    "https://thanhnien.vn/the-gioi/bai-2-185260904.htm",
                    Some("2026-09-05T17:09:00+07:00"),
                    Some("Tin & bài"),
                ),
            ],
        );

        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id>
<updated>2026-09-05T10:00:00Z</updated>
<entry><title type="html">Một &amp;amp; hai</title><id>urn:a1</id>
<link rel="self" href="https://x.vn/self/1"/><link rel="alternate" href="bai-mot-1001.html"/>
<published>2026-09-05T08:00:00+07:00</published><updated>2026-09-05T09:00:00+07:00</updated></entry>
<entry><title>Hai</title><id>https://x.vn/bai-hai-1002.html</id>
<updated>2026-09-04T01:00:00Z</updated></entry>
</feed>"#;
        check_feed(
            atom.as_bytes(),
            "https://x.vn/feeds/atom.xml",
            &[
                (
                    "https://x.vn/feeds/bai-mot-1001.html",
                    Some("2026-09-05T08:00:00+07:00"),
                    Some("Một & hai"),
                ),
                ("https://x.vn/bai-hai-1002.html", Some("2026-09-04T08:00:00+07:00"), Some("Hai")),
            ],
        );

        let rdf = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.vn/"><title>R</title><link>https://r.vn/</link><description>d</description></channel>
<item rdf:about="https://r.vn/a-b-1.htm"><title>A</title><link>https://r.vn/a-b-1.htm</link><dc:date>2026-09-01T07:00:00+07:00</dc:date></item>
</rdf:RDF>"#;
        check_feed(
            rdf.as_bytes(),
            "https://r.vn/rss",
            &[("https://r.vn/a-b-1.htm", Some("2026-09-01T07:00:00+07:00"), Some("A"))],
        );

        // A stray `&` in a link breaks strict XML parsers: the scanner takes over.
        let broken_amp = r#"<rss version="2.0"><channel><title>t</title>
<item><title>Q</title><link>https://q.vn/tin?id=1&cat=2</link><guid isPermaLink="false">77</guid>
<pubDate>9/5/2026 9:05:00 AM</pubDate></item>
<item><title>No link</title><guid>https://q.vn/guid-link-9.htm</guid></item>
<item><title>Nothing usable</title><guid isPermaLink="false">x1</guid></item>
</channel></rss>"#;
        check_feed(
            broken_amp.as_bytes(),
            "https://q.vn/rss",
            &[
                ("https://q.vn/tin?id=1&cat=2", Some("2026-09-05T09:05:00+07:00"), Some("Q")),
                ("https://q.vn/guid-link-9.htm", None, Some("No link")),
            ],
        );

        // Media elements nested in an item do not leak their titles or links.
        let nested = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
<item><media:group><media:title>inner</media:title></media:group><title>Outer</title>
<link>https://m.vn/outer-5.htm</link><pubDate>9/5/2026 1:30:00 PM</pubDate></item>
</channel></rss>"#;
        check_feed(
            nested.as_bytes(),
            "https://m.vn/",
            &[("https://m.vn/outer-5.htm", Some("2026-09-05T13:30:00+07:00"), Some("Outer"))],
        );
    }

    fn check_feed_err(input: &[u8], expected: &str) {
        let got = parse_feed(input, &url("https://x.vn/rss"));
        let kind = match &got {
            Err(DiscoverError::NotAFeed(_)) => "not-a-feed".to_string(),
            Err(DiscoverError::Malformed { partial, .. }) => match partial.as_deref() {
                Some(Sitemap::Urls(v)) => format!("malformed:{}", v.len()),
                _ => "malformed:-".to_string(),
            },
            other => format!("{other:?}"),
        };
        assert_eq!(kind, expected, "input {:?}", String::from_utf8_lossy(input));
    }

    #[test]
    fn feed_errors() {
        let cases: [(&[u8], &str); 7] = [
            (
                b"<html><head><script>document.cookie=\"D1N=abc\"; window.location.reload(true);</script></head></html>",
                "not-a-feed",
            ),
            (b"document.cookie=\"D1N=abc\"; window.location.reload(true);", "not-a-feed"),
            (b"<!DOCTYPE html>\n<html><body><p>Trang chu</p></body></html>", "not-a-feed"),
            (b"", "not-a-feed"),
            (b"{\"version\": \"https://jsonfeed.org/version/1\"}", "not-a-feed"),
            (b"<urlset><url><loc>https://x.vn/a</loc></url></urlset>", "not-a-feed"),
            (
                b"<rss><channel><item><title>A</title><link>https://x.vn/a-1.htm</link></item><item><title>B</tit",
                "malformed:1",
            ),
        ];
        for (input, expected) in cases {
            check_feed_err(input, expected);
        }
    }

    // --- sitemaps ----------------------------------------------------------------------------

    fn gzip(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).expect("gzip write");
        enc.finish().expect("gzip finish")
    }

    /// Renders a parse result compactly: `index[url@date,…]`, `urls[url@date|title,…]`,
    /// `err:Kind(partial)`.
    fn render(r: &Result<Sitemap, DiscoverError>) -> String {
        fn date(d: &Option<DateTime<FixedOffset>>) -> String {
            d.map(|d| d.to_rfc3339()).unwrap_or_else(|| "-".into())
        }
        fn show(s: &Sitemap) -> String {
            match s {
                Sitemap::Index(v) => format!(
                    "index[{}]",
                    v.iter()
                        .map(|r| format!("{}@{}", r.url, date(&r.lastmod)))
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                Sitemap::Urls(v) => format!(
                    "urls[{}]",
                    v.iter()
                        .map(|d| {
                            let t = d.title.as_deref().map(|t| format!("|{t}")).unwrap_or_default();
                            format!("{}@{}{t}", d.url, date(&d.published))
                        })
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            }
        }
        match r {
            Ok(s) => show(s),
            Err(DiscoverError::NotASitemap(_)) => "err:NotASitemap".into(),
            Err(DiscoverError::NotAFeed(_)) => "err:NotAFeed".into(),
            Err(DiscoverError::Malformed { partial, .. }) => {
                format!("err:Malformed({})", partial.as_deref().map(show).unwrap_or_default())
            }
            Err(DiscoverError::TooLarge { partial, .. }) => {
                format!("err:TooLarge({})", partial.as_deref().map(show).unwrap_or_default())
            }
        }
    }

    fn check_sitemap(input: &[u8], max: usize, expected: &str) {
        let got = parse_sitemap(input, &url("https://s.vn/sitemap.xml"), max);
        assert_eq!(render(&got), expected, "input {:?}", String::from_utf8_lossy(input));
    }

    const INDEX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://s.vn/sitemaps/Article-2026-09.xml</loc><lastmod>2026-09-05T10:00:00+07:00</lastmod></sitemap>
  <sitemap><loc> /sitemaps/category-sitemap.xml </loc></sitemap>
  <sitemap><loc>ftp://s.vn/x.xml</loc></sitemap>
</sitemapindex>"#;

    const NEWS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>https://s.vn/bai-mot-20260905101010123.htm</loc>
    <news:news><news:publication><news:name>S</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>2026-09-05T13:30:00+07:00</news:publication_date>
      <news:title>B&#224;i m&#7897;t &amp; hai</news:title></news:news>
    <image:image><image:loc>https://img.s.vn/1.jpg</image:loc></image:image>
    <lastmod>2026-09-05T14:00:00+07:00</lastmod></url>
  <url><loc>https://s.vn/bai-hai.htm?a=1&amp;b=2</loc><lastmod>2026-09-04</lastmod></url>
  <url><image:image><image:loc>https://img.s.vn/orphan.jpg</image:loc></image:image></url>
</urlset>"#;

    #[test]
    fn sitemaps() {
        let index_want = "index[https://s.vn/sitemaps/Article-2026-09.xml@2026-09-05T10:00:00+07:00,https://s.vn/sitemaps/category-sitemap.xml@-]";
        let news_want = "urls[https://s.vn/bai-mot-20260905101010123.htm@2026-09-05T13:30:00+07:00|Bài một & hai,https://s.vn/bai-hai.htm?a=1&b=2@2026-09-04T00:00:00+07:00]";
        let truncated = &NEWS[..NEWS.find("<url><loc>https://s.vn/bai-hai").unwrap_or(0) + 20];
        let bomb = gzip(&[b' '; 1 << 20]);
        let big_urlset = format!(
            "<urlset>{}</urlset>",
            (0..2000)
                .map(|i| format!("<url><loc>https://s.vn/a-{i}.htm</loc></url>"))
                .collect::<String>()
        );
        let cases: Vec<(Vec<u8>, usize, String)> = vec![
            (INDEX.as_bytes().to_vec(), 1 << 20, index_want.into()),
            (gzip(INDEX.as_bytes()), 1 << 20, index_want.into()),
            (NEWS.as_bytes().to_vec(), 1 << 20, news_want.into()),
            (gzip(NEWS.as_bytes()), 1 << 20, news_want.into()),
            (
                b"\xEF\xBB\xBF\n https://s.vn/a-1.htm\n\nhttps://s.vn/b-2.htm\r\n# note\n".to_vec(),
                1 << 20,
                "urls[https://s.vn/a-1.htm@-,https://s.vn/b-2.htm@-]".into(),
            ),
            (
                truncated.as_bytes().to_vec(),
                1 << 20,
                "err:Malformed(urls[https://s.vn/bai-mot-20260905101010123.htm@2026-09-05T13:30:00+07:00|Bài một & hai])".into(),
            ),
            (b"<urlset><url><loc>https://s.vn/a</loc></url></urlset".to_vec(), 1 << 20, "err:Malformed(urls[https://s.vn/a@-])".into()),
            (bomb, 64 * 1024, "err:TooLarge()".into()),
            (big_urlset.clone().into_bytes(), 200, "err:TooLarge(urls[https://s.vn/a-0.htm@-,https://s.vn/a-1.htm@-,https://s.vn/a-2.htm@-,https://s.vn/a-3.htm@-])".into()),
            (gzip(big_urlset.as_bytes()), 200, "err:TooLarge(urls[https://s.vn/a-0.htm@-,https://s.vn/a-1.htm@-,https://s.vn/a-2.htm@-,https://s.vn/a-3.htm@-])".into()),
            (vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3], 1 << 20, "err:Malformed()".into()),
            (b"<html><body>404</body></html>".to_vec(), 1 << 20, "err:NotASitemap".into()),
            (b"<rss><channel></channel></rss>".to_vec(), 1 << 20, "err:NotASitemap".into()),
            (b"   ".to_vec(), 1 << 20, "err:NotASitemap".into()),
            (b"hello world".to_vec(), 1 << 20, "err:NotASitemap".into()),
            (b"<urlset></urlset>".to_vec(), 1 << 20, "urls[]".into()),
        ];
        for (input, max, expected) in cases {
            check_sitemap(&input, max, &expected);
        }
    }

    // --- HTML --------------------------------------------------------------------------------

    const PAGE: &str = r##"<!DOCTYPE html><html><head>
<link rel="canonical" href="/kinh-te/bai-viet-20260905101010123.htm#x">
<meta property="og:url" content="https://d.vn/og-url.htm">
<link rel="alternate" type="application/rss+xml" title="Tin" href="/rss/home.rss">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://d.vn/atom.xml">
<link rel="alternate" hreflang="en" href="https://d.vn/en">
<link rel="stylesheet" type="text/css" href="/a.css">
</head><body>
<a href="/the-gioi/tin-mot-20260905000000001.htm">1</a>
<a href=" https://d.vn/the-gioi/tin-mot-20260905000000001.htm#comments ">1 again</a>
<a href="javascript:void(0)">js</a><a href="mailto:a@d.vn">mail</a><a href="#top">top</a>
<a href="tin-hai-20260905000000002.htm">relative</a>
<a href="//cdn.d.vn/x.htm">scheme-relative</a>
<a href="https://other.vn/a-b-c-123.htm">external</a>
</body></html>"##;

    fn strings(v: &[Url]) -> Vec<String> {
        v.iter().map(Url::to_string).collect()
    }

    #[test]
    fn html_links() {
        let base = url("https://d.vn/the-gioi.htm");
        let cases: [(&str, Vec<&str>); 3] = [
            (
                PAGE,
                vec![
                    "https://d.vn/the-gioi/tin-mot-20260905000000001.htm",
                    "https://d.vn/the-gioi.htm",
                    "https://d.vn/tin-hai-20260905000000002.htm",
                    "https://cdn.d.vn/x.htm",
                    "https://other.vn/a-b-c-123.htm",
                ],
            ),
            (
                r#"<base href="https://d.vn/sub/"><a href="x-1.htm">x</a><a href="/y-2.htm">y</a>"#,
                vec!["https://d.vn/sub/x-1.htm", "https://d.vn/y-2.htm"],
            ),
            ("<p>no links</p>", vec![]),
        ];
        for (html, want) in cases {
            assert_eq!(strings(&links(html, &base)), want, "html {html:?}");
        }
    }

    #[test]
    fn canonical_and_feed_links() {
        let base = url("https://d.vn/the-gioi.htm");
        let cases: [(&str, Option<&str>, Vec<&str>); 4] = [
            (
                PAGE,
                Some("https://d.vn/kinh-te/bai-viet-20260905101010123.htm"),
                vec!["https://d.vn/rss/home.rss", "https://d.vn/atom.xml"],
            ),
            (
                r#"<meta property="og:url" content="https://d.vn/og-url.htm"><link rel="canonical" href="javascript:x">"#,
                Some("https://d.vn/og-url.htm"),
                vec![],
            ),
            (
                r#"<link rel="shortlink canonical" href="https://d.vn/c.htm">"#,
                Some("https://d.vn/c.htm"),
                vec![],
            ),
            ("<p>x</p>", None, vec![]),
        ];
        for (html, canonical, feeds) in cases {
            assert_eq!(canonical_link(html, &base).map(|u| u.to_string()).as_deref(), canonical);
            assert_eq!(strings(&feed_links(html, &base)), feeds, "html {html:?}");
        }
    }

    #[test]
    fn listing_pages() {
        let rule = ListingRule {
            article_pattern: Regex::new(r"^/[^/]+/[^/]+-\d{17}\.htm$").expect("regex"),
            exclude_pattern: Some(Regex::new(r"^/video/").expect("regex")),
            next_selector: Some(Selector::parse("a.next, link[rel=next]").expect("css")),
            page_pattern: Some(Regex::new(r"/trang-\d+\.htm$|[?&]page=\d+").expect("regex")),
            max_pages: 3,
        };
        let html = r#"<html><head><link rel="next" href="/the-gioi/trang-2.htm"></head><body>
<article><h3><a href="/the-gioi/tin-mot-20260905000000001.htm">1</a></h3></article>
<article><h3><a href="/the-gioi/tin-hai-20260905000000002.htm?utm_source=x">2</a></h3></article>
<a href="/video/clip-20260905000000003.htm">video</a>
<a href="/the-gioi.htm">self</a><a href="/the-gioi/trang-2.htm">2</a><a href="/the-gioi/trang-3.htm">3</a>
<a class="next" href="/the-gioi/trang-2.htm">Sau</a><a href="/tim-kiem?page=4">search p4</a>
<a href="/the-gioi/tin-mot-20260905000000001.htm#binh-luan">again</a>
</body></html>"#;
        let got = listing(html, &url("https://d.vn/the-gioi.htm"), &rule);
        assert_eq!(
            strings(&got.articles),
            [
                "https://d.vn/the-gioi/tin-mot-20260905000000001.htm",
                "https://d.vn/the-gioi/tin-hai-20260905000000002.htm?utm_source=x"
            ]
        );
        assert_eq!(
            strings(&got.next),
            [
                "https://d.vn/the-gioi/trang-2.htm",
                "https://d.vn/the-gioi/trang-3.htm",
                "https://d.vn/tim-kiem?page=4"
            ]
        );
        // Page 2 does not list itself as a next page.
        let got = listing(html, &url("https://d.vn/the-gioi/trang-2.htm"), &rule);
        assert_eq!(
            strings(&got.next),
            ["https://d.vn/the-gioi/trang-3.htm", "https://d.vn/tim-kiem?page=4"]
        );
    }
}
