//! The local site server: faults, conditional GET, request log, keep-alive and the generated
//! sites, checked with a raw HTTP/1.1 client so every byte on the wire is visible.

use std::collections::HashMap;
use std::io::Read;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use unicode_normalization::is_nfc;
use vnmon_sitesrv::fixtures::{self, fault_paths as fp, FaultOptions, FixtureOptions};
use vnmon_sitesrv::{Route, Site, SiteServer};

/// One response as read off the wire.
#[derive(Debug, Default)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Body bytes matched `Content-Length`.
    complete: bool,
    /// Time until the head had arrived.
    head_after: Duration,
    /// Time until the response had been read.
    total: Duration,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A client connection keeping unread bytes between responses.
struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    async fn open(base: &str) -> Conn {
        let addr = base.trim_start_matches("http://");
        let stream = TcpStream::connect(addr).await.expect("connect");
        Conn { stream, buf: Vec::new() }
    }

    /// Sends a request and reads its response; `Err` on a reset or a close before the head.
    async fn request(
        &mut self,
        method: &str,
        target: &str,
        headers: &[(&str, &str)],
    ) -> std::io::Result<Resp> {
        let mut req = format!("{method} {target} HTTP/1.1\r\nHost: test\r\n");
        for (n, v) in headers {
            req.push_str(&format!("{n}: {v}\r\n"));
        }
        req.push_str("\r\n");
        let start = Instant::now();
        self.stream.write_all(req.as_bytes()).await?;
        let end = loop {
            if let Some(i) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            if self.stream.read_buf(&mut self.buf).await? == 0 {
                return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "no head"));
            }
        };
        let head_after = start.elapsed();
        let head = String::from_utf8_lossy(&self.buf[..end]).to_string();
        self.buf.drain(..end + 4);
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.to_string(), v.trim().to_string()))
            .collect();
        let mut resp = Resp { status, headers, head_after, ..Resp::default() };
        let len = if method == "HEAD" || status == 304 {
            0
        } else {
            resp.header("content-length").and_then(|v| v.parse::<usize>().ok()).unwrap_or(0)
        };
        while self.buf.len() < len {
            match self.stream.read_buf(&mut self.buf).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
        let take = len.min(self.buf.len());
        resp.body = self.buf.drain(..take).collect();
        resp.complete = resp.body.len() == len;
        resp.total = start.elapsed();
        Ok(resp)
    }
}

async fn get(base: &str, target: &str) -> std::io::Result<Resp> {
    Conn::open(base).await.request("GET", target, &[]).await
}

fn gunzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).ok()?;
    Some(out)
}

/// What one response must look like.
#[derive(Debug, Clone)]
enum Expect {
    /// This status and a complete body.
    Status(u16),
    /// This status and a header containing a value.
    Header(u16, &'static str, &'static str),
    /// A reset or a close before any response.
    Reset,
    /// A head announcing more bytes than arrive.
    Truncated,
    /// A complete 200 body of exactly this size.
    Size(usize),
    /// A gzip body at most 1/200 of the size it inflates to.
    Gzip(usize),
    /// A 200 whose head arrives after at least this long.
    SlowHead(Duration),
    /// A 200 whose head arrives quickly but whose body takes at least this long.
    SlowBody(Duration),
    /// UTF-8 with non-ASCII text, declared as ISO-8859-1.
    WrongCharset,
    /// A PDF.
    Pdf,
}

fn check(label: &str, got: std::io::Result<Resp>, expected: &Expect) {
    if matches!(expected, Expect::Reset) {
        assert!(got.is_err(), "{label}: expected a reset, got {:?}", got.map(|r| r.status));
        return;
    }
    let r = match got {
        Ok(r) => r,
        Err(e) => panic!("{label}: {e}"),
    };
    match expected {
        Expect::Reset => {}
        Expect::Status(s) => {
            assert_eq!(r.status, *s, "{label}");
            assert!(r.complete, "{label}: incomplete");
        }
        Expect::Header(s, name, value) => {
            assert_eq!(r.status, *s, "{label}");
            let v = r.header(name).unwrap_or_default();
            assert!(v.contains(value), "{label}: {name}: {v:?} lacks {value:?}");
        }
        Expect::Truncated => {
            assert_eq!(r.status, 200, "{label}");
            let len: usize = r.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
            assert!(!r.complete && r.body.len() < len, "{label}: {} of {len}", r.body.len());
        }
        Expect::Size(n) => {
            assert_eq!(r.status, 200, "{label}");
            assert!(r.complete, "{label}");
            assert_eq!(r.body.len(), *n, "{label}");
        }
        Expect::Gzip(n) => {
            assert_eq!(r.header("content-encoding"), Some("gzip"), "{label}");
            assert!(r.body.len() * 200 < *n, "{label}: {} compressed bytes", r.body.len());
            assert_eq!(gunzip(&r.body).map(|b| b.len()), Some(*n), "{label}");
        }
        Expect::SlowHead(d) => {
            assert_eq!(r.status, 200, "{label}");
            assert!(r.head_after >= *d, "{label}: head after {:?}", r.head_after);
        }
        Expect::SlowBody(d) => {
            assert_eq!(r.status, 200, "{label}");
            assert!(r.complete, "{label}");
            assert!(r.head_after < *d, "{label}: head after {:?}", r.head_after);
            assert!(r.total >= *d, "{label}: total {:?}", r.total);
        }
        Expect::WrongCharset => {
            assert_eq!(r.header("content-type"), Some("text/html; charset=iso-8859-1"), "{label}");
            let text = String::from_utf8(r.body).unwrap_or_default();
            assert!(text.contains('ệ') || text.contains('ư'), "{label}: no Vietnamese UTF-8");
            assert!(!text.contains("charset=\"utf-8\""), "{label}: body declares utf-8");
        }
        Expect::Pdf => {
            assert_eq!(r.header("content-type"), Some("application/pdf"), "{label}");
            assert!(r.body.starts_with(b"%PDF-"), "{label}");
        }
    }
}

fn test_fault_options() -> FaultOptions {
    FaultOptions {
        slow: Duration::from_millis(300),
        oversized: 1_000_000,
        gzip_bomb: 5_000_000,
        retry_after_secs: 7,
        too_many_times: 1,
        fail_times: 2,
    }
}

#[tokio::test]
async fn every_fault_behaves_as_specified() {
    let server = SiteServer::start_with(&[fixtures::FAULT_SITE], |b| {
        vec![fixtures::fault_site_with(&b[fixtures::FAULT_SITE], &test_fault_options())]
    })
    .await
    .expect("start");
    let base = server.base_url(fixtures::FAULT_SITE).expect("base");
    let slow = Duration::from_millis(300);
    // Each path with the answers to its successive requests.
    let cases: Vec<(&str, Vec<Expect>)> = vec![
        (fp::OK, vec![Expect::Status(200)]),
        (fp::REDIRECT_OK, vec![Expect::Header(301, "location", fp::OK)]),
        (fp::STATUS_500, vec![Expect::Status(500), Expect::Status(500)]),
        (fp::STATUS_503, vec![Expect::Status(503)]),
        (
            fp::TOO_MANY,
            vec![Expect::Header(429, "retry-after", "7"), Expect::Status(200), Expect::Status(200)],
        ),
        (fp::FAIL_TIMES, vec![Expect::Status(503), Expect::Status(503), Expect::Status(200)]),
        (fp::SLOW, vec![Expect::SlowHead(slow)]),
        (fp::SLOW_BODY, vec![Expect::SlowBody(slow)]),
        (fp::RESET, vec![Expect::Reset, Expect::Reset]),
        (fp::TRUNCATED, vec![Expect::Truncated]),
        (fp::OVERSIZED, vec![Expect::Size(1_000_000)]),
        (fp::GZIP_BOMB, vec![Expect::Gzip(5_000_000)]),
        (fp::WRONG_CHARSET, vec![Expect::WrongCharset]),
        (fp::NON_HTML, vec![Expect::Pdf]),
    ];
    for (path, answers) in &cases {
        for (i, expected) in answers.iter().enumerate() {
            check(&format!("{path} #{i}"), get(&base, path).await, expected);
        }
        assert_eq!(server.hits(fixtures::FAULT_SITE, path), answers.len(), "{path}");
    }
    // The redirect loop ping-pongs between the path and path?hop=1.
    let hop = format!("{}?hop=1", fp::REDIRECT_LOOP);
    let loop_cases = [(fp::REDIRECT_LOOP, hop.as_str()), (hop.as_str(), fp::REDIRECT_LOOP)];
    for (from, to) in loop_cases {
        let r = get(&base, from).await.expect("redirect");
        assert_eq!((r.status, r.header("location")), (302, Some(to)), "{from}");
    }
    server.shutdown().await;
}

#[tokio::test]
async fn conditional_get_answers_304_when_validators_match() {
    let server = SiteServer::start_with(&[fixtures::FAULT_SITE], |b| {
        vec![fixtures::fault_site_with(&b[fixtures::FAULT_SITE], &test_fault_options())]
    })
    .await
    .expect("start");
    let base = server.base_url(fixtures::FAULT_SITE).expect("base");
    let first = get(&base, fp::OK).await.expect("get");
    let etag = first.header("etag").expect("etag").to_string();
    let lm = first.header("last-modified").expect("last-modified").to_string();
    let cases: Vec<(Vec<(&str, &str)>, u16)> = vec![
        (vec![("If-None-Match", &etag)], 304),
        (vec![("If-None-Match", "\"other\"")], 200),
        (vec![("If-None-Match", "\"other\", W/x")], 200),
        (vec![("If-None-Match", "*")], 304),
        (vec![("If-Modified-Since", &lm)], 304),
        (vec![("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")], 200),
        (vec![("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")], 304),
        // If-None-Match wins over If-Modified-Since.
        (vec![("If-None-Match", "\"other\""), ("If-Modified-Since", &lm)], 200),
        (vec![], 200),
    ];
    let mut conn = Conn::open(&base).await;
    for (headers, status) in &cases {
        let r = conn.request("GET", fp::OK, headers).await.expect("request");
        assert_eq!(r.status, *status, "{headers:?}");
        if *status == 304 {
            assert!(r.body.is_empty() && r.header("etag") == Some(etag.as_str()));
        } else {
            assert_eq!(r.body, first.body, "{headers:?}");
        }
    }
    server.shutdown().await;
}

#[tokio::test]
async fn log_hits_ports_and_keep_alive() {
    let sites = vec![
        Site::new("a").with("/", Route::html("trang a")).with("/x?y=1", Route::text("có truy vấn")),
        Site::new("b").with("/", Route::html("trang b")),
    ];
    let server = SiteServer::start(sites).await.expect("start");
    let (a, b) = (server.base_url("a").expect("a"), server.base_url("b").expect("b"));
    assert_ne!(server.addr("a").map(|x| x.port()), server.addr("b").map(|x| x.port()));
    assert_eq!(server.base_url("nope"), None);

    let mut conn = Conn::open(&a).await;
    let t0 = Instant::now();
    // (target, method, status, body)
    let cases: &[(&str, &str, u16, &str)] = &[
        ("/", "GET", 200, "trang a"),
        ("/", "HEAD", 200, ""),
        ("/?utm_source=x", "GET", 200, "trang a"),
        ("/x?y=1", "GET", 200, "có truy vấn"),
        ("/x", "GET", 404, "404"),
        ("/khong-co", "GET", 404, "404"),
    ];
    for (target, method, status, body) in cases {
        let r = conn.request(method, target, &[("User-Agent", "vnmon-test")]).await.expect("req");
        assert_eq!(r.status, *status, "{target}");
        assert!(String::from_utf8_lossy(&r.body).contains(body), "{target}");
        assert_eq!(r.header("connection"), Some("keep-alive"), "{target}");
    }
    let rb = get(&b, "/").await.expect("b");
    assert_eq!(rb.body, "trang b".as_bytes());

    let log = server.site_log("a");
    assert_eq!(log.len(), cases.len());
    let conns: Vec<u64> = log.iter().map(|l| l.connection).collect();
    assert!(conns.iter().all(|c| *c == conns[0]), "one persistent connection: {conns:?}");
    for w in log.windows(2) {
        assert!(w[0].at <= w[1].at);
    }
    assert!(log.iter().all(|l| l.at >= t0 && l.header("user-agent") == Some("vnmon-test")));
    assert_eq!(log[1].method, "HEAD");
    for (site, path, n) in
        [("a", "/", 2), ("a", "/?utm_source=x", 1), ("b", "/", 1), ("b", "/x", 0)]
    {
        assert_eq!(server.hits(site, path), n, "{site}{path}");
    }
    assert_eq!(server.log().len(), cases.len() + 1);

    // Routes can change while serving.
    assert!(server.set_route("b", "/moi", Route::html("bài mới")));
    assert_eq!(get(&b, "/moi").await.expect("new").status, 200);
    assert!(server.remove_route("b", "/moi"));
    assert_eq!(get(&b, "/moi").await.expect("gone").status, 404);

    // Connection: close is honoured.
    let mut c = Conn::open(&b).await;
    let r = c.request("GET", "/", &[("Connection", "close")]).await.expect("close");
    assert_eq!(r.header("connection"), Some("close"));
    assert!(c.request("GET", "/", &[]).await.is_err());
    server.shutdown().await;
}

/// Fetches every route of every fixture site and checks what tests of the crawler rely on.
#[tokio::test]
async fn fixture_sites_are_consistent() {
    let mut names = fixtures::fixture_site_names();
    names.extend(fixtures::fault_site_names());
    let opts = FixtureOptions { articles_per_site: 7, ..FixtureOptions::default() };
    let mut set = None;
    let server = SiteServer::start_with(&names, |bases| {
        let s = fixtures::fixture_set(bases, &opts);
        let mut sites = s.sites.clone();
        set = Some(s);
        sites.extend(fixtures::fault_sites(bases));
        sites
    })
    .await
    .expect("start");
    let set = set.expect("built");
    assert_eq!(set.sites.len(), 3);
    assert_eq!(set.articles.len(), 3 * 8);

    // Articles: served, NFC, canonical to themselves, ids in URLs, directive where promised.
    for a in &set.articles {
        let base = server.base_url(&a.site).expect("base");
        let r = get(&base, &a.path).await.expect("article");
        assert_eq!(r.status, 200, "{}", a.url);
        let html = String::from_utf8(r.body.clone()).expect("utf-8");
        assert!(is_nfc(&html), "{}", a.url);
        assert!(html.contains(&format!("rel=\"canonical\" href=\"{}\"", a.url)), "{}", a.url);
        assert!(a.path.contains(&a.id) && a.id.chars().all(|c| c.is_ascii_digit()), "{}", a.url);
        assert_eq!(html.contains(fixtures::DIRECTIVE), a.cites_directive, "{}", a.url);
        for alias in &a.aliases {
            let alias_path = alias.strip_prefix(&base).expect("alias on site");
            let r2 = get(&base, alias_path).await.expect("alias");
            assert_eq!(r2.body, r.body, "{alias}");
        }
    }
    // Ids are unique per site; the copies copy content.
    let mut ids: Vec<(&str, &str)> =
        set.articles.iter().map(|a| (a.site.as_str(), a.id.as_str())).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), set.articles.len());
    for copy in set.articles.iter().filter(|a| a.copy_of.is_some()) {
        let orig =
            set.articles.iter().find(|a| Some(&a.url) == copy.copy_of.as_ref()).expect("orig");
        assert_eq!((&copy.title, &copy.paragraphs), (&orig.title, &orig.paragraphs));
        assert_ne!(copy.url, orig.url);
    }
    assert!(set.articles.iter().filter(|a| a.cites_directive).count() >= 6);

    // Feeds, sitemaps, listings: absolute URLs carry the port; dates in each site's style.
    // (site, target, substrings)
    let dantri_first = &set.articles[0];
    let cases: Vec<(&str, String, Vec<String>)> = vec![
        ("dantri", "/robots.txt".into(), vec!["Sitemap: http://127.0.0.1:".into()]),
        (
            "dantri",
            "/rss/home.rss".into(),
            vec![dantri_first.url.clone(), " +0700</pubDate>".into()],
        ),
        (
            "dantri",
            "/sitemaps/articles.xml".into(),
            vec!["<sitemapindex".into(), "/sitemaps/Article-2026-".into()],
        ),
        ("dantri", "/xa-hoi.htm".into(), vec!["?utm_source=".into(), "/xa-hoi/trang-2.htm".into()]),
        ("dantri", "/xa-hoi/trang-2.htm".into(), vec!["article-title".into()]),
        ("vccorp", "/kinh-te.rss".into(), vec!["<![CDATA[".into(), " PM</pubDate>".into()]),
        ("vccorp", "/sitemaps/sitemap-index.xml".into(), vec!["/sitemaps/google-news.xml".into()]),
        ("vccorp", "/sitemaps/google-news.xml".into(), vec!["<news:publication_date>2026-".into()]),
        ("vccorp", "/kinh-te.htm?page=2".into(), vec!["box-stream-link-title".into()]),
        (
            "generic",
            "/robots.txt".into(),
            vec!["Crawl-delay: 0.2".into(), "Disallow: /admin/".into()],
        ),
        ("generic", "/sitemap.xml".into(), vec!["<urlset".into(), "/tin-tuc/".into()]),
        ("generic", "/tin-tuc".into(), vec!["rel=\"next\" href=\"/tin-tuc?page=2\"".into()]),
        ("generic", "/".into(), vec!["/admin/".into(), "/bai-viet/".into()]),
        ("robots-disallow", "/robots.txt".into(), vec!["Disallow: /private/".into()]),
        ("robots-disallow", "/sitemap.xml".into(), vec!["/private/".into(), "/public/".into()]),
        ("malformed", "/".into(), vec!["/tin/bai-tot-4001001.html".into()]),
    ];
    for (site, target, wanted) in &cases {
        let base = server.base_url(site).expect("base");
        let r = get(&base, target).await.expect("get");
        assert_eq!(r.status, 200, "{site}{target}");
        let text = String::from_utf8_lossy(&r.body);
        for w in wanted {
            assert!(text.contains(w.as_str()), "{site}{target} lacks {w}");
        }
    }
    // Status-only checks.
    let statuses: &[(&str, &str, u16)] = &[
        ("robots-5xx", "/robots.txt", 503),
        ("robots-5xx", "/feed.rss", 200),
        ("malformed", "/robots.txt", 404),
        ("generic", "/rss", 404),
    ];
    for (site, target, status) in statuses {
        let base = server.base_url(site).expect("base");
        assert_eq!(get(&base, target).await.expect("get").status, *status, "{site}{target}");
    }
    // Malformed XML really is malformed; the good feeds parse.
    for (site, target, ok) in [
        ("malformed", "/feed.rss", false),
        ("malformed", "/sitemap.xml", false),
        ("dantri", "/rss/home.rss", true),
        ("vccorp", "/sitemaps/google-news.xml", true),
        ("faults", "/feed.rss", true),
    ] {
        let base = server.base_url(site).expect("base");
        let body = get(&base, target).await.expect("get").body;
        assert_eq!(xml_well_formed(&body), ok, "{site}{target}");
    }
    server.shutdown().await;
}

fn xml_well_formed(bytes: &[u8]) -> bool {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut depth: i64 = 0;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) => return depth == 0,
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let name = r.into_inner().to_string();
                if !["amp", "lt", "gt", "quot", "apos"].contains(&name.as_str())
                    && !name.starts_with('#')
                {
                    return false;
                }
            }
            Ok(_) => {}
            Err(_) => return false,
        }
        buf.clear();
    }
}

#[tokio::test]
async fn seed_sites_serve_the_bundled_pages_locally() {
    let pages = crate::common::seed_sources();
    let names = fixtures::seed_site_names(&pages).expect("manifest");
    assert_eq!(names, ["baochinhphu", "dantri", "generic", "laodongxahoi"]);
    let mut set = None;
    let server = SiteServer::start_with(&names, |bases| {
        let s = fixtures::seed_set(bases, &pages).expect("seeds");
        let sites = s.sites.clone();
        set = Some(s);
        sites
    })
    .await
    .expect("start");
    let set = set.expect("built");
    assert_eq!(set.pages.len(), vnmon::seeds::PAGES.len());
    for page in &set.pages {
        let base = server.base_url(&page.site).expect("base");
        assert!(page.url.starts_with(&base), "{}", page.url);
        let path = page.url.strip_prefix(&base).unwrap_or_default();
        assert!(page.original_url.ends_with(path), "{}", page.url);
        let r = get(&base, path).await.expect("page");
        assert_eq!(r.status, 200, "{}", page.url);
        // Links are local; only the canonical link keeps the original address.
        let html = String::from_utf8_lossy(&r.body);
        let canonical = format!("rel=\"canonical\" href=\"{}\"", page.original_url);
        assert!(html.contains(&canonical), "{}", page.url);
        let rest = html.replace(&canonical, "");
        assert!(!rest.contains(&format!("{}.seeds.vnmon.invalid", page.site)), "{}", page.url);
    }
    // (site, target, substring)
    let cases = [
        ("baochinhphu", "/rss.xml", " PM</pubDate>"),
        ("dantri", "/rss.xml", " +0700</pubDate>"),
        ("generic", "/sitemap.xml", "230914002.html</loc>"),
        ("laodongxahoi", "/robots.txt", "Sitemap: http://127.0.0.1:"),
        ("generic", "/", "231215003.html"),
        // Titles are read entity-decoded and written escaped once.
        ("dantri", "/", ">Ngành LĐ-TB&amp;XH Hà Nội tăng cường"),
    ];
    for (site, target, wanted) in cases {
        let base = server.base_url(site).expect("base");
        let r = get(&base, target).await.expect("get");
        assert!(String::from_utf8_lossy(&r.body).contains(wanted), "{site}{target} lacks {wanted}");
    }
    for e in &set.entries {
        assert_eq!(e.feeds.len(), 1);
        assert!(e.profile.is_some(), "{}", e.site);
    }
    server.shutdown().await;
}

#[tokio::test]
async fn synthetic_sites_build_distinct_pages_of_the_requested_size() {
    let names = fixtures::synthetic_site_names(3);
    let server = SiteServer::start_with(&names, |b| fixtures::synthetic_sites(b, 4, 150_000))
        .await
        .expect("start");
    let mut bodies: HashMap<Vec<u8>, String> = HashMap::new();
    for name in &names {
        let base = server.base_url(name).expect("base");
        let sitemap = get(&base, "/sitemap.xml").await.expect("sitemap");
        let text = String::from_utf8_lossy(&sitemap.body).to_string();
        let locs: Vec<&str> =
            text.split("<loc>").skip(1).filter_map(|s| s.split("</loc>").next()).collect();
        assert_eq!(locs.len(), 4, "{name}");
        let mut conn = Conn::open(&base).await;
        for loc in locs {
            let path = loc.strip_prefix(&base).expect("local");
            let r = conn.request("GET", path, &[]).await.expect("page");
            assert_eq!(r.status, 200, "{loc}");
            assert!((135_000..175_000).contains(&r.body.len()), "{loc}: {}", r.body.len());
            assert!(is_nfc(&String::from_utf8_lossy(&r.body)));
            assert!(bodies.insert(r.body, loc.to_string()).is_none(), "{loc} repeats a page");
        }
        for missing in ["/tin/khong-co-10000099.htm", "/tin/sai-slug-10000000.htm", "/x"] {
            assert_eq!(conn.request("GET", missing, &[]).await.expect("404").status, 404);
        }
    }
    server.shutdown().await;
}

#[tokio::test]
async fn malformed_requests_get_400_and_close() {
    let server =
        SiteServer::start(vec![Site::new("a").with("/", Route::html("x"))]).await.expect("start");
    let base = server.base_url("a").expect("base");
    for (raw, status) in [
        ("GARBAGE\r\n\r\n", "400"),
        ("GET / HTTP/2.0\r\n\r\n", "505"),
        ("GET / HTTP/1.1\r\nNoColon\r\n\r\n", "400"),
    ] {
        let mut s = TcpStream::connect(base.trim_start_matches("http://")).await.expect("connect");
        s.write_all(raw.as_bytes()).await.expect("write");
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with(&format!("HTTP/1.1 {status} ")), "{raw:?} → {text:?}");
    }
    server.shutdown().await;
}
