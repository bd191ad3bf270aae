//! Tests of the HTTP layer (`net`: client, politeness gate, robots.txt) against tiny
//! hand-written HTTP servers on 127.0.0.1.

use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use url::Url;
use vnmon::net::{
    agent_token, parse_retry_after, Exchange, FetchConfig, FetchError, FetchResult, Fetcher,
    HostGate, MemorySink, RobotsRules, Validators,
};
use vnmon::urls::Origin;

/// The gate and robots key of a URL.
fn origin(url: &str) -> Origin {
    url.parse().unwrap_or_else(|e| panic!("{e}"))
}

// ---------------------------------------------------------------------------------------------
// Test server
// ---------------------------------------------------------------------------------------------

/// A parsed request head.
struct Req {
    path: String,
    headers: Vec<(String, String)>,
}

impl Req {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
enum Reply {
    /// Write these bytes, then close.
    Bytes(Vec<u8>),
    /// Wait, then write the bytes and close.
    Slow(Duration, Vec<u8>),
    /// Close the connection with a TCP reset, sending nothing.
    Reset,
}

/// `(request, number of earlier hits on the same path) -> reply`.
type Handler = Arc<dyn Fn(&Req, usize) -> Reply + Send + Sync>;

/// Arrival log: when each request head was fully read, and its path.
type Log = Arc<Mutex<Vec<(Instant, String)>>>;

struct Server {
    addr: SocketAddr,
    log: Log,
}

impl Server {
    fn url(&self, path: &str) -> Url {
        Url::parse(&format!("http://{}{}", self.addr, path)).unwrap()
    }

    fn hits(&self, path: &str) -> usize {
        self.log.lock().unwrap().iter().filter(|(_, p)| p == path).count()
    }

    fn arrivals(&self) -> Vec<(Instant, String)> {
        self.log.lock().unwrap().clone()
    }
}

async fn start(handler: Handler) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let log: Log = Arc::default();
    let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let server_log = Arc::clone(&log);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let handler = Arc::clone(&handler);
            let log = Arc::clone(&server_log);
            let counts = Arc::clone(&counts);
            tokio::spawn(serve_one(stream, handler, log, counts));
        }
    });
    Server { addr, log }
}

async fn serve_one(
    mut stream: TcpStream,
    handler: Handler,
    log: Log,
    counts: Arc<Mutex<HashMap<String, usize>>>,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let arrived = Instant::now();
    let head = String::from_utf8_lossy(&buf).to_string();
    let mut lines = head.split("\r\n");
    let path = lines.next().unwrap_or("").split(' ').nth(1).unwrap_or("").to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    log.lock().unwrap().push((arrived, path.clone()));
    let n = {
        let mut counts = counts.lock().unwrap();
        let c = counts.entry(path.clone()).or_insert(0);
        *c += 1;
        *c - 1
    };
    let reply = handler(&Req { path, headers }, n);
    match reply {
        Reply::Bytes(bytes) => {
            let _ = stream.write_all(&bytes).await;
        }
        Reply::Slow(wait, bytes) => {
            tokio::time::sleep(wait).await;
            let _ = stream.write_all(&bytes).await;
        }
        Reply::Reset => {
            let _ = stream.set_zero_linger();
            return;
        }
    }
    let _ = stream.shutdown().await;
}

/// A complete response with `Content-Length` and `Connection: close`.
fn resp(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// Fast settings for tests: small timeouts (yet long enough for a loaded two-core machine; the
/// slow route waits 3 s), backoff and body cap, local addresses allowed.
fn test_config() -> FetchConfig {
    FetchConfig {
        connect_timeout: Duration::from_millis(1000),
        total_timeout: Duration::from_millis(1500),
        max_body_bytes: 64 * 1024,
        max_redirects: 3,
        max_retries: 2,
        backoff_base: Duration::from_millis(10),
        backoff_max: Duration::from_millis(50),
        allow_private: true,
        default_delay: Duration::ZERO,
        ..FetchConfig::default()
    }
}

fn fetcher(cfg: FetchConfig) -> (Fetcher, Arc<MemorySink>) {
    let sink = Arc::new(MemorySink::new());
    let f = Fetcher::new(cfg, Arc::clone(&sink) as _).unwrap();
    (f, sink)
}

// ---------------------------------------------------------------------------------------------
// Outcomes of single fetches
// ---------------------------------------------------------------------------------------------

/// The main fixture site: one route per behaviour.
fn site_handler() -> Handler {
    Arc::new(|req: &Req, n: usize| {
        let p = req.path.as_str();
        match p {
            "/robots.txt" => Reply::Bytes(resp(
                "200 OK",
                &[("content-type", "text/plain")],
                b"User-agent: *\nDisallow: /private\n\nUser-agent: vnmon\nDisallow: /private\nDisallow: /novnmon\n\nSitemap: /sitemap.xml\n",
            )),
            "/ok" | "/private/x" | "/novnmon" => {
                Reply::Bytes(resp("200 OK", &[("content-type", "text/html; charset=utf-8")], b"hello"))
            }
            "/gz" => Reply::Bytes(resp(
                "200 OK",
                &[("content-type", "text/html"), ("content-encoding", "gzip")],
                &gzip(b"hello gzip"),
            )),
            "/bomb" => Reply::Bytes(resp(
                "200 OK",
                &[("content-type", "text/html"), ("content-encoding", "gzip")],
                &gzip(&vec![b'a'; 8 * 1024 * 1024]),
            )),
            "/big" => Reply::Bytes(resp("200 OK", &[], &vec![b'x'; 100 * 1024])),
            "/exact" => Reply::Bytes(resp("200 OK", &[], &vec![b'x'; 64 * 1024])),
            "/slow" => Reply::Slow(Duration::from_secs(3), resp("200 OK", &[], b"late")),
            "/reset" => Reply::Reset,
            "/close" => Reply::Bytes(Vec::new()),
            "/garbage" => Reply::Bytes(b"NOT HTTP AT ALL\r\n\r\n".to_vec()),
            "/truncated" => {
                Reply::Bytes(b"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 100\r\n\r\nonly ten b".to_vec())
            }
            "/chunked-truncated" => Reply::Bytes(
                b"HTTP/1.1 200 OK\r\nconnection: close\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n20\r\nshort"
                    .to_vec(),
            ),
            "/chunked" => Reply::Bytes(
                b"HTTP/1.1 200 OK\r\nconnection: close\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
                    .to_vec(),
            ),
            "/404" => Reply::Bytes(resp("404 Not Found", &[], b"nope")),
            "/410" => Reply::Bytes(resp("410 Gone", &[], b"gone")),
            "/500" => Reply::Bytes(resp("500 Internal Server Error", &[], b"err")),
            "/503-then-ok" if n < 2 => Reply::Bytes(resp("503 Service Unavailable", &[], b"busy")),
            "/503-then-ok" => Reply::Bytes(resp("200 OK", &[], b"finally")),
            "/loop-a" => Reply::Bytes(resp("302 Found", &[("location", "/loop-b")], b"")),
            "/loop-b" => Reply::Bytes(resp("301 Moved", &[("location", "/loop-a#frag")], b"")),
            "/self" => Reply::Bytes(resp("302 Found", &[("location", "/self")], b"")),
            "/hop" => Reply::Bytes(resp("302 Found", &[("location", "/ok")], b"")),
            "/offsite" => {
                Reply::Bytes(resp("302 Found", &[("location", "http://elsewhere.invalid/x")], b""))
            }
            "/to-private" => Reply::Bytes(resp("302 Found", &[("location", "/private/y")], b"")),
            "/bad-location" => {
                Reply::Bytes(resp("302 Found", &[("location", "http://[::1/broken")], b""))
            }
            "/no-location" => Reply::Bytes(resp("302 Found", &[], b"")),
            "/to-ftp" => Reply::Bytes(resp("302 Found", &[("location", "ftp://127.0.0.1/file")], b"")),
            "/etag" => {
                if req.header("if-none-match") == Some("\"v1\"") {
                    Reply::Bytes(resp("304 Not Modified", &[("etag", "\"v1\"")], b""))
                } else {
                    Reply::Bytes(resp("200 OK", &[("etag", "\"v1\"")], b"versioned"))
                }
            }
            "/lm" => {
                if req.header("if-modified-since") == Some("Mon, 01 Jan 2024 00:00:00 GMT") {
                    Reply::Bytes(resp("304 Not Modified", &[], b""))
                } else {
                    Reply::Bytes(resp(
                        "200 OK",
                        &[("last-modified", "Mon, 01 Jan 2024 00:00:00 GMT")],
                        b"dated",
                    ))
                }
            }
            p if p.starts_with("/chain/") => {
                let k: usize = p["/chain/".len()..].parse().unwrap_or(0);
                Reply::Bytes(resp("302 Found", &[("location", &format!("/chain/{}", k + 1))], b""))
            }
            _ => Reply::Bytes(resp("404 Not Found", &[], b"")),
        }
    })
}

/// Expected outcome of one fetch.
#[derive(Debug)]
enum Want {
    /// `Ok` with this status and body length.
    Ok(u16, usize),
    /// `NotModified`.
    NotModified,
    /// `Blocked` by robots.txt.
    Blocked,
    /// `Failed` with this error kind.
    Failed(&'static str),
}

fn outcome_matches(got: &FetchResult, want: &Want) -> bool {
    match (got, want) {
        (FetchResult::Ok(r), Want::Ok(status, len)) => r.status == *status && r.body.len() == *len,
        (FetchResult::NotModified { .. }, Want::NotModified) => true,
        (FetchResult::Blocked { .. }, Want::Blocked) => true,
        (FetchResult::Failed(e), Want::Failed(kind)) => e.kind() == *kind,
        _ => false,
    }
}

/// Fetches `path` from `server` and checks the outcome and how many requests the server got for
/// that path (`hits`: retries included).
async fn check(
    f: &Fetcher,
    server: &Server,
    path: &str,
    validators: &Validators,
    want: Want,
    hits: usize,
) -> FetchResult {
    let got = f.fetch(&server.url(path), validators).await;
    assert!(outcome_matches(&got, &want), "{path}: got {got:?}, want {want:?}");
    assert_eq!(server.hits(path), hits, "{path}: server hits");
    got
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outcomes_and_error_kinds() {
    let server = start(site_handler()).await;
    let (f, sink) = fetcher(test_config());
    let none = Validators::default();
    let etag = Validators { etag: Some("\"v1\"".into()), last_modified: None };
    let lm = Validators { etag: None, last_modified: Some("Mon, 01 Jan 2024 00:00:00 GMT".into()) };
    // (path, validators, expected outcome, server hits on that path). max_retries = 2.
    let cases: Vec<(&str, &Validators, Want, usize)> = vec![
        ("/ok", &none, Want::Ok(200, 5), 1),
        ("/gz", &none, Want::Ok(200, 10), 1),
        ("/chunked", &none, Want::Ok(200, 11), 1),
        ("/exact", &none, Want::Ok(200, 64 * 1024), 1),
        ("/hop", &none, Want::Ok(200, 5), 1),
        ("/etag", &none, Want::Ok(200, 9), 1),
        ("/etag", &etag, Want::NotModified, 2),
        ("/lm", &lm, Want::NotModified, 1),
        ("/private/x", &none, Want::Blocked, 0),
        ("/novnmon", &none, Want::Blocked, 0),
        ("/to-private", &none, Want::Failed("robots_disallowed"), 1),
        ("/slow", &none, Want::Failed("timeout"), 3),
        ("/reset", &none, Want::Failed("reset"), 3),
        ("/close", &none, Want::Failed("reset"), 3),
        ("/garbage", &none, Want::Failed("io"), 1),
        ("/truncated", &none, Want::Failed("truncated"), 1),
        ("/chunked-truncated", &none, Want::Failed("truncated"), 1),
        ("/big", &none, Want::Failed("too_large"), 1),
        ("/bomb", &none, Want::Failed("too_large"), 1),
        ("/404", &none, Want::Failed("status"), 1),
        ("/410", &none, Want::Failed("status"), 1),
        ("/500", &none, Want::Failed("status"), 3),
        ("/503-then-ok", &none, Want::Ok(200, 7), 3),
        ("/loop-a", &none, Want::Failed("redirect_loop"), 1),
        ("/self", &none, Want::Failed("redirect_loop"), 1),
        ("/chain/0", &none, Want::Failed("too_many_redirects"), 1),
        ("/offsite", &none, Want::Failed("out_of_scope"), 1),
        ("/bad-location", &none, Want::Failed("invalid_url"), 1),
        ("/no-location", &none, Want::Failed("status"), 1),
        ("/to-ftp", &none, Want::Failed("unsupported_scheme"), 1),
    ];
    for (path, validators, want, hits) in cases {
        check(&f, &server, path, validators, want, hits).await;
    }

    // Error kinds that need no server route.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let direct: Vec<(String, &str)> = vec![
        (format!("http://{closed}/"), "connect"),
        ("mailto:someone@example.invalid".to_string(), "unsupported_scheme"),
        ("ftp://example.invalid/file".to_string(), "unsupported_scheme"),
    ];
    for (url, kind) in direct {
        let got = f.fetch(&Url::parse(&url).unwrap(), &none).await;
        assert!(outcome_matches(&got, &Want::Failed(kind)), "{url}: got {got:?}");
    }

    // The sink saw one exchange per request the server received, plus the refused connections
    // (robots.txt of the closed port: 1 + 1 retry), and never more bytes than the cap for the
    // gzip bomb.
    let exchanges = sink.exchanges();
    assert_eq!(exchanges.len(), server.arrivals().len() + 2);
    let bomb: Vec<&Exchange> = exchanges.iter().filter(|e| e.url.ends_with("/bomb")).collect();
    assert_eq!(bomb.len(), 1);
    let bomb_resp = bomb[0].response.as_ref().unwrap();
    assert!(bomb_resp.len() <= 64 * 1024 + 512, "bomb response {} bytes", bomb_resp.len());
    assert!(matches!(bomb[0].error, Some(FetchError::TooLarge { .. })), "{:?}", bomb[0].error);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exchanges_are_valid_http_messages() {
    let server = start(site_handler()).await;
    let (f, sink) = fetcher(test_config());
    for path in ["/gz", "/chunked", "/hop", "/404"] {
        f.fetch(&server.url(path), &Validators::default()).await;
    }
    let exchanges = sink.exchanges();
    // (url suffix, status line, decoded body)
    let cases: &[(&str, &str, &[u8])] = &[
        ("/robots.txt", "HTTP/1.1 200 OK", b"User-agent: *\nDisallow: /private"),
        ("/gz", "HTTP/1.1 200 OK", b"hello gzip"),
        ("/chunked", "HTTP/1.1 200 OK", b"hello world"),
        ("/hop", "HTTP/1.1 302 Found", b""),
        ("/ok", "HTTP/1.1 200 OK", b"hello"),
        ("/404", "HTTP/1.1 404 Not Found", b"nope"),
    ];
    for (suffix, status_line, body_start) in cases {
        let ex = exchanges.iter().find(|e| e.url.ends_with(suffix)).unwrap();
        let req = String::from_utf8(ex.request.clone()).unwrap();
        let path = &suffix[..];
        assert!(req.starts_with(&format!("GET {path} HTTP/1.1\r\n")), "{req}");
        assert!(req.contains("user-agent: vnmon/0.1"), "{req}");
        assert!(req.ends_with("\r\n\r\n"));
        let resp = ex.response.as_ref().unwrap();
        let split = resp.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&resp[..split]).to_lowercase();
        let body = &resp[split + 4..];
        assert!(head.starts_with(&status_line.to_lowercase()), "{suffix}: {head}");
        assert!(head.contains(&format!("content-length: {}", body.len())), "{suffix}: {head}");
        assert!(!head.contains("content-encoding"), "{suffix}: {head}");
        assert!(!head.contains("transfer-encoding"), "{suffix}: {head}");
        assert!(body.starts_with(body_start), "{suffix}: {:?}", String::from_utf8_lossy(body));
        assert_eq!(ex.error, None);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conditional_request_headers_and_response_fields() {
    let server = start(site_handler()).await;
    let (f, sink) = fetcher(test_config());
    let first = f.fetch(&server.url("/etag"), &Validators::default()).await;
    let FetchResult::Ok(r) = first else { panic!("{first:?}") };
    assert_eq!(r.etag.as_deref(), Some("\"v1\""));
    assert_eq!(r.final_url, server.url("/etag"));
    let validators = Validators { etag: r.etag.clone(), last_modified: None };
    let second = f.fetch(&server.url("/etag"), &validators).await;
    assert_eq!(second, FetchResult::NotModified { final_url: server.url("/etag") });
    let last = sink.exchanges().pop().unwrap();
    let req = String::from_utf8(last.request).unwrap();
    assert!(req.contains("if-none-match: \"v1\"\r\n"), "{req}");

    let hop = f.fetch(&server.url("/hop"), &Validators::default()).await;
    let FetchResult::Ok(r) = hop else { panic!("{hop:?}") };
    assert_eq!(r.final_url, server.url("/ok"));
    assert_eq!(r.redirects, vec![server.url("/ok")]);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.header("Content-Type"), Some("text/html; charset=utf-8"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_honoured() {
    let handler: Handler = Arc::new(|req: &Req, n: usize| match (req.path.as_str(), n) {
        ("/robots.txt", _) => Reply::Bytes(resp("404 Not Found", &[], b"")),
        (_, 0) => Reply::Bytes(resp("429 Too Many Requests", &[("retry-after", "1")], b"")),
        _ => Reply::Bytes(resp("200 OK", &[], b"ok")),
    });
    let server = start(handler).await;
    let cfg = FetchConfig { backoff_max: Duration::from_secs(5), ..test_config() };
    let (f, _) = fetcher(cfg);
    let got = f.fetch(&server.url("/limited"), &Validators::default()).await;
    assert!(outcome_matches(&got, &Want::Ok(200, 2)), "{got:?}");
    let times: Vec<Instant> =
        server.arrivals().into_iter().filter(|(_, p)| p == "/limited").map(|(t, _)| t).collect();
    assert_eq!(times.len(), 2);
    let waited = times[1] - times[0];
    assert!(waited >= Duration::from_millis(1000), "waited {waited:?}");
    assert!(waited < Duration::from_millis(2500), "waited {waited:?}");
}

#[test]
fn retry_after_values() {
    let cases: &[(&str, Option<u64>)] = &[
        ("1", Some(1)),
        (" 120 ", Some(120)),
        ("Sun, 06 Nov 1994 08:49:37 GMT", Some(0)),
        ("soon", None),
        ("-5", None),
    ];
    for (value, want) in cases {
        assert_eq!(parse_retry_after(value).map(|d| d.as_secs()), *want, "{value}");
    }
    let future = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
    let secs = parse_retry_after(&future).map(|d| d.as_secs());
    assert!(matches!(secs, Some(28..=30)), "{future}: {secs:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_addresses_refused_unless_allowed() {
    let server = start(site_handler()).await;
    let port = server.addr.port();
    let cfg = FetchConfig { allow_private: false, ..test_config() };
    let (f, sink) = fetcher(cfg);
    let urls = [
        format!("http://127.0.0.1:{port}/ok"),
        format!("http://localhost:{port}/ok"),
        format!("http://[::1]:{port}/ok"),
        "http://10.0.0.1/".to_string(),
        "http://169.254.169.254/latest/meta-data/".to_string(),
        "http://[fe80::1]/".to_string(),
    ];
    for url in &urls {
        let got = f.fetch(&Url::parse(url).unwrap(), &Validators::default()).await;
        assert!(outcome_matches(&got, &Want::Failed("private_address")), "{url}: {got:?}");
    }
    assert!(server.arrivals().is_empty());
    // Refusals of resolved names happen at connect time and are still recorded.
    assert!(sink.exchanges().iter().all(|e| e.response.is_none()));
}

// ---------------------------------------------------------------------------------------------
// robots.txt
// ---------------------------------------------------------------------------------------------

#[test]
fn robots_rules_from_responses() {
    let base = Url::parse("https://news.example/robots.txt").unwrap();
    let txt: &[u8] = b"\xEF\xBB\xBFUser-agent: *\nDisallow: /\n\nUser-agent: vnmon\nAllow: /\nDisallow: /search\nCrawl-delay: 2.5\nSitemap: https://news.example/sitemap.xml\nSitemap: /news-sitemap.xml\n";
    // (status, body, path, allowed, crawl delay ms, sitemap count, is_error)
    type Case<'a> = (u16, &'a [u8], &'a str, bool, Option<u64>, usize, bool);
    let cases: &[Case] = &[
        (200, txt, "/article/1.html", true, Some(2500), 2, false),
        (200, txt, "/search?q=x", false, Some(2500), 2, false),
        (200, txt, "/robots.txt", true, Some(2500), 2, false),
        (200, b"User-agent: *\nDisallow: /private\n", "/private/a", false, None, 0, false),
        (200, b"User-agent: *\nDisallow: /private\n", "/public", true, None, 0, false),
        (200, b"", "/anything", true, None, 0, false),
        (200, b"<html>not robots</html>", "/anything", true, None, 0, false),
        (404, b"", "/anything", true, None, 0, false),
        (403, b"", "/anything", true, None, 0, false),
        (429, b"", "/anything", false, None, 0, true),
        (500, b"", "/anything", false, None, 0, true),
        (503, txt, "/article/1.html", false, None, 0, true),
    ];
    for (status, body, path, allowed, delay, sitemaps, is_error) in cases {
        let rules =
            RobotsRules::from_response(*status, body, &base, &agent_token("vnmon/0.1 (+x)"));
        let url = base.join(path).unwrap();
        let what = format!("{status} {path}");
        assert_eq!(rules.allowed(&url), *allowed, "{what}");
        assert_eq!(rules.crawl_delay.map(|d| d.as_millis() as u64), *delay, "{what}");
        assert_eq!(rules.sitemaps.len(), *sitemaps, "{what}");
        assert_eq!(rules.is_error, *is_error, "{what}");
    }
    let rules = RobotsRules::from_response(200, txt, &base, "vnmon");
    let sitemaps: Vec<&str> = rules.sitemaps.iter().map(Url::as_str).collect();
    assert_eq!(
        sitemaps,
        ["https://news.example/sitemap.xml", "https://news.example/news-sitemap.xml"]
    );
    let unreachable = RobotsRules::unreachable(FetchError::Timeout("slow".into()));
    assert!(unreachable.is_error);
    assert!(!unreachable.allowed(&base.join("/x").unwrap()));
    assert_eq!(unreachable.failure.map(|e| e.kind()), Some("timeout"));
}

#[test]
fn agent_tokens() {
    let cases = [
        ("vnmon/0.1 (+https://example.invalid/vnmon; news monitoring)", "vnmon"),
        ("OtherBot", "OtherBot"),
        ("  spaced/1 ", "spaced"),
        ("", "*"),
    ];
    for (ua, want) in cases {
        assert_eq!(agent_token(ua), want, "{ua}");
    }
}

/// A server whose robots.txt answers with `robots` and every other path with 200.
async fn robots_server(robots: Reply) -> Server {
    let robots = Arc::new(Mutex::new(Some(robots)));
    start(Arc::new(move |req: &Req, _| {
        if req.path == "/robots.txt" {
            if let Some(r) = robots.lock().unwrap().take() {
                return r;
            }
            return Reply::Bytes(resp("200 OK", &[], b""));
        }
        Reply::Bytes(resp("200 OK", &[], b"page"))
    }))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_status_handling() {
    let ok = || Want::Ok(200, 4);
    let txt = |body: &'static [u8]| Reply::Bytes(resp("200 OK", &[], body));
    // (robots.txt reply, page path, expected outcome, page requests, robots.txt requests)
    let cases: Vec<(Reply, &str, Want, usize, usize)> = vec![
        (Reply::Bytes(resp("404 Not Found", &[], b"")), "/a", ok(), 1, 1),
        (Reply::Bytes(resp("401 Unauthorized", &[], b"")), "/a", ok(), 1, 1),
        // 5xx: disallow all; the one retry gets the server's default (empty) file.
        (Reply::Bytes(resp("500 Internal Server Error", &[], b"")), "/a", ok(), 1, 2),
        (Reply::Reset, "/a", ok(), 1, 2),
        (txt(b"User-agent: *\nDisallow: /a\n"), "/a", Want::Blocked, 0, 1),
        (txt(b"User-agent: *\nDisallow: /a\n"), "/b", ok(), 1, 1),
        (txt(b"User-agent: vnmon\nDisallow: /\n"), "/b", Want::Blocked, 0, 1),
        (txt(b"User-agent: otherbot\nDisallow: /\n"), "/b", ok(), 1, 1),
    ];
    for (reply, path, want, page_hits, robots_hits) in cases {
        let server = robots_server(reply).await;
        let (f, _) = fetcher(test_config());
        check(&f, &server, path, &Validators::default(), want, page_hits).await;
        assert_eq!(server.hits("/robots.txt"), robots_hits, "{path}");
    }

    // Without retries, 5xx and unreachable robots.txt disallow everything (an unreachable one
    // reports the network error rather than `Blocked`).
    let cases: Vec<(Reply, Want)> = vec![
        (Reply::Bytes(resp("500 Internal Server Error", &[], b"")), Want::Blocked),
        (Reply::Bytes(resp("503 Service Unavailable", &[], b"")), Want::Blocked),
        (Reply::Bytes(resp("429 Too Many Requests", &[], b"")), Want::Blocked),
        (Reply::Reset, Want::Failed("reset")),
        (Reply::Slow(Duration::from_secs(3), resp("200 OK", &[], b"")), Want::Failed("timeout")),
    ];
    for (reply, want) in cases {
        let server = robots_server(reply).await;
        let (f, _) = fetcher(FetchConfig { max_retries: 0, ..test_config() });
        let label = format!("{want:?}");
        check(&f, &server, "/a", &Validators::default(), want, 0).await;
        // Cached: a second fetch does not ask again.
        let got = f.fetch(&server.url("/a"), &Validators::default()).await;
        assert!(!matches!(got, FetchResult::Ok(_)), "{label}: {got:?}");
        assert_eq!(server.hits("/robots.txt"), 1, "{label}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_redirects_sitemaps_and_expiry() {
    let handler: Handler = Arc::new(|req: &Req, _| match req.path.as_str() {
        "/robots.txt" => Reply::Bytes(resp("301 Moved", &[("location", "/real-robots.txt")], b"")),
        "/real-robots.txt" => Reply::Bytes(resp(
            "200 OK",
            &[],
            b"User-agent: *\nDisallow: /x\nSitemap: /sitemap_index.xml\n",
        )),
        _ => Reply::Bytes(resp("200 OK", &[], b"page")),
    });
    let server = start(handler).await;
    let cfg = FetchConfig { robots_ttl: Duration::from_millis(300), ..test_config() };
    let (f, _) = fetcher(cfg);
    let got = f.fetch(&server.url("/x/1"), &Validators::default()).await;
    assert!(outcome_matches(&got, &Want::Blocked), "{got:?}");
    let key = Origin::of(&server.url("/")).unwrap();
    assert_eq!(f.robots().sitemaps(&key), vec![server.url("/sitemap_index.xml")]);
    assert_eq!(
        f.robots_sitemaps(&server.url("/")).await.unwrap(),
        vec![server.url("/sitemap_index.xml")]
    );
    assert_eq!(server.hits("/robots.txt"), 1);
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert!(f.robots().get(&key).is_none());
    f.fetch(&server.url("/y"), &Validators::default()).await;
    assert_eq!(server.hits("/robots.txt"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_crawl_delay_is_honoured() {
    let handler: Handler = Arc::new(|req: &Req, _| match req.path.as_str() {
        "/robots.txt" => Reply::Bytes(resp("200 OK", &[], b"User-agent: *\nCrawl-delay: 0.4\n")),
        _ => Reply::Bytes(resp("200 OK", &[], b"page")),
    });
    let server = start(handler).await;
    let (f, _) = fetcher(test_config());
    let key = Origin::of(&server.url("/")).unwrap();
    f.gate().set_delay(&key, Duration::from_millis(100));
    for i in 0..3 {
        let got = f.fetch(&server.url(&format!("/p{i}")), &Validators::default()).await;
        assert!(outcome_matches(&got, &Want::Ok(200, 4)), "{got:?}");
    }
    assert_eq!(f.gate().delay(&key), Duration::from_millis(400));
    let arrivals = server.arrivals();
    assert_eq!(arrivals.len(), 4);
    // The robots.txt request precedes the delay being known; the pages are spaced by it.
    for pair in arrivals[1..].windows(2) {
        let gap = pair[1].0 - pair[0].0;
        assert!(gap >= Duration::from_millis(395), "gap {gap:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Politeness
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn politeness_per_host_spacing_and_cross_host_concurrency() {
    let slowish: Handler = Arc::new(|req: &Req, _| {
        if req.path == "/robots.txt" {
            return Reply::Bytes(resp("404 Not Found", &[], b""));
        }
        Reply::Slow(Duration::from_millis(20), resp("200 OK", &[], b"page"))
    });
    let a = start(Arc::clone(&slowish)).await;
    let b = start(slowish).await;
    let delay = Duration::from_millis(300);
    let (f, sink) = fetcher(FetchConfig { default_delay: delay, ..test_config() });
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..8 {
        for server in [&a, &b] {
            let f = f.clone();
            let url = server.url(&format!("/page/{i}"));
            tasks.push(tokio::spawn(async move { f.fetch(&url, &Validators::default()).await }));
        }
    }
    for t in tasks {
        let got = t.await.unwrap();
        assert!(outcome_matches(&got, &Want::Ok(200, 4)), "{got:?}");
    }
    let elapsed = started.elapsed();
    for server in [&a, &b] {
        let arrivals = server.arrivals();
        assert_eq!(arrivals.len(), 9, "robots.txt + 8 pages");
        for pair in arrivals.windows(2) {
            let gap = pair[1].0 - pair[0].0;
            assert!(gap + Duration::from_millis(5) >= delay, "gap {gap:?} between {pair:?}");
        }
    }
    // Nine requests per host take at least 8 delays; both hosts ran side by side, so the whole
    // run is far below the 16 delays a serial crawl would need.
    assert!(elapsed >= delay * 8, "{elapsed:?}");
    assert!(elapsed < delay * 12, "{elapsed:?}");
    let (a_first, b_first) = (a.arrivals()[1].0, b.arrivals()[1].0);
    let overlap = if a_first > b_first { a_first - b_first } else { b_first - a_first };
    assert!(overlap < delay, "hosts did not start together: {overlap:?}");
    assert_eq!(sink.exchanges().len(), 18);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gate_spacing_and_global_limit() {
    // (site delay ms, acquisitions, minimum total ms)
    let cases: &[(u64, u32, u64)] = &[(0, 5, 0), (50, 5, 200), (120, 3, 240)];
    for (delay_ms, n, min_total) in cases {
        let gate = Arc::new(HostGate::new(Duration::from_secs(10), 4));
        gate.set_delay(&origin("http://h"), Duration::from_millis(*delay_ms));
        let t0 = Instant::now();
        let mut handles = Vec::new();
        for _ in 0..*n {
            let gate = Arc::clone(&gate);
            handles.push(tokio::spawn(async move {
                let p = gate.acquire(&origin("http://h")).await;
                let at = p.started();
                drop(p);
                at
            }));
        }
        let mut starts = Vec::new();
        for h in handles {
            starts.push(h.await.unwrap());
        }
        starts.sort();
        for pair in starts.windows(2) {
            assert!(pair[1] - pair[0] >= Duration::from_millis(*delay_ms), "{delay_ms}");
        }
        assert!(t0.elapsed() >= Duration::from_millis(*min_total), "{delay_ms}");
    }
    // Crawl-delay raises the effective delay; the site delay is a floor.
    let gate = HostGate::new(Duration::from_secs(1), 2);
    let cases: &[(Option<u64>, Option<u64>, u64)] = &[
        (None, None, 1000),
        (Some(200), None, 200),
        (Some(200), Some(500), 500),
        (Some(900), Some(500), 900),
        (None, Some(3000), 3000),
    ];
    for (i, (site, crawl, want)) in cases.iter().enumerate() {
        let host = origin(&format!("https://h{i}"));
        if let Some(s) = site {
            gate.set_delay(&host, Duration::from_millis(*s));
        }
        gate.set_crawl_delay(&host, crawl.map(Duration::from_millis));
        assert_eq!(gate.delay(&host), Duration::from_millis(*want), "{host}");
    }
    // Deferral (Retry-After) holds the host back beyond its delay, and never moves backwards.
    let gate = HostGate::new(Duration::ZERO, 2);
    let until = tokio::time::Instant::now() + Duration::from_millis(150);
    gate.defer(&origin("http://d"), until);
    gate.defer(&origin("http://d"), until - Duration::from_millis(100));
    assert!(gate.acquire(&origin("http://other")).await.started() < until);
    assert!(gate.acquire(&origin("http://d")).await.started() >= until);
    // Global limit: 3 different hosts, 2 slots → the third waits for a release.
    let gate = Arc::new(HostGate::new(Duration::ZERO, 2));
    let p1 = gate.acquire(&origin("http://a")).await;
    let _p2 = gate.acquire(&origin("http://b")).await;
    let g = Arc::clone(&gate);
    let third = tokio::spawn(async move { g.acquire(&origin("http://c")).await.started() });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!third.is_finished());
    drop(p1);
    let started = third.await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn gate_keys_are_origins() {
    let cases = [
        ("http://Example.COM/a", Some("http://example.com")),
        ("https://example.com:443/a", Some("https://example.com")),
        ("https://example.com:8443/", Some("https://example.com:8443")),
        ("http://127.0.0.1:9000/", Some("http://127.0.0.1:9000")),
        ("http://[::1]:9000/", Some("http://[::1]:9000")),
        ("mailto:x@example.com", None),
    ];
    for (url, want) in cases {
        let got = Origin::of(&Url::parse(url).unwrap()).map(|o| o.to_string());
        assert_eq!(got.as_deref(), want, "{url}");
    }
}

#[test]
fn error_kinds_are_stable() {
    let cases: Vec<(FetchError, &str, bool)> = vec![
        (FetchError::Timeout("t".into()), "timeout", true),
        (FetchError::Connect("c".into()), "connect", true),
        (FetchError::Reset("r".into()), "reset", true),
        (FetchError::Io("i".into()), "io", false),
        (FetchError::TooLarge { limit: 1 }, "too_large", false),
        (FetchError::TooManyRedirects { limit: 5 }, "too_many_redirects", false),
        (FetchError::RedirectLoop { url: "u".into() }, "redirect_loop", false),
        (FetchError::OutOfScope { url: "u".into() }, "out_of_scope", false),
        (
            FetchError::PrivateAddress { host: "h".into(), addr: "a".into() },
            "private_address",
            false,
        ),
        (FetchError::Status(404), "status", false),
        (FetchError::Status(429), "status", true),
        (FetchError::Status(503), "status", true),
        (FetchError::Truncated("t".into()), "truncated", false),
        (FetchError::RobotsDisallowed { url: "u".into() }, "robots_disallowed", false),
        (FetchError::InvalidUrl("u".into()), "invalid_url", false),
        (FetchError::UnsupportedScheme("ftp".into()), "unsupported_scheme", false),
    ];
    for (err, kind, retryable) in cases {
        assert_eq!(err.kind(), kind, "{err}");
        assert_eq!(err.is_retryable(), retryable, "{err}");
    }
}
