//! Sitemap indexes, URL sets (with Google News extensions) and plain-text sitemaps, gzip or
//! not, read as a capped stream.

use std::io::{BufRead, BufReader, Read};

use quick_xml::Reader;
use url::Url;

use super::dates::parse_feed_date;
use super::{clean_title, resolve, walk, DiscoverError, Discovered, Sitemap, SitemapRef, Walk};

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
/// [`parse_feed`](super::parse_feed) for those); [`DiscoverError::Malformed`] for broken XML or gzip;
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

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset};

    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("test URL")
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
}
