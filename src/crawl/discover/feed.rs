//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: `feed-rs` first, a lenient quick-xml scan as fallback.

use quick_xml::Reader;
use url::Url;

use crate::extract::date::vietnam_offset;

use super::dates::parse_feed_date;
use super::{
    clean_title, resolve, sniff_root, trim_start, walk, DiscoverError, Discovered, Frame, Sitemap,
    Walk, WalkError,
};

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
}
