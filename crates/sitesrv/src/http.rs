//! The HTTP/1.1 side: accepting connections, reading requests, writing (or sabotaging)
//! responses.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::{synth, Fault, RequestLog, Route, Served, Shared};

/// Largest request head accepted (request line plus headers).
const MAX_HEAD: usize = 64 * 1024;
/// Largest request body read (and discarded).
const MAX_REQUEST_BODY: usize = 8 * 1024 * 1024;
/// Chunk size for streamed bodies.
const CHUNK: usize = 64 * 1024;

/// Accepts connections for one site until `stop` fires (or its sender is dropped), then aborts
/// every open connection.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    site: Arc<Served>,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                match accepted {
                    Ok((stream, _)) => {
                        let id = shared.connections.fetch_add(1, Ordering::Relaxed);
                        let _ = stream.set_nodelay(true);
                        conns.spawn(connection(stream, site.clone(), shared.clone(), id));
                    }
                    // Out of descriptors or similar: back off a little and go on.
                    Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                }
                while conns.try_join_next().is_some() {}
            }
            _ = stop.changed() => break,
        }
    }
    conns.abort_all();
    while conns.join_next().await.is_some() {}
}

/// One parsed request head.
struct Request {
    method: String,
    target: String,
    http10: bool,
    headers: Vec<(String, String)>,
    at: Instant,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Whether the client wants the connection kept open after this exchange.
    fn keep_alive(&self) -> bool {
        let conn = self.header("connection").map(|v| v.to_ascii_lowercase());
        match conn {
            Some(v) if v.split(',').any(|t| t.trim() == "close") => false,
            Some(v) if v.split(',').any(|t| t.trim() == "keep-alive") => true,
            _ => !self.http10,
        }
    }
}

/// Why reading a request stopped.
enum ReadError {
    /// The peer closed or the socket failed.
    Gone,
    /// Not HTTP, or too large: answer with this status and close.
    Bad(u16),
}

/// What to do with the connection after a response.
enum After {
    KeepOpen,
    Close,
    Reset,
}

async fn connection(mut stream: TcpStream, site: Arc<Served>, shared: Arc<Shared>, id: u64) {
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    loop {
        let req = match read_request(&mut stream, &mut buf).await {
            Ok(Some(r)) => r,
            Ok(None) | Err(ReadError::Gone) => return,
            Err(ReadError::Bad(status)) => {
                let _ = write_simple(&mut stream, status, &[], false, false).await;
                let _ = stream.shutdown().await;
                return;
            }
        };
        if shared.logging.load(Ordering::Relaxed) {
            let entry = RequestLog {
                site: site.name.clone(),
                path: req.target.clone(),
                method: req.method.clone(),
                at: req.at,
                headers: req.headers.clone(),
                connection: id,
            };
            if let Ok(mut log) = shared.log.lock() {
                log.push(entry);
            }
        }
        match respond(&mut stream, &site, &req).await {
            Ok(After::KeepOpen) => {}
            Ok(After::Close) | Err(_) => {
                let _ = stream.shutdown().await;
                return;
            }
            Ok(After::Reset) => {
                // SO_LINGER 0 makes close() send RST; with a zero timeout it never blocks.
                #[allow(deprecated)]
                let _ = stream.set_linger(Some(Duration::ZERO));
                return;
            }
        }
    }
}

/// Reads one request head (and discards its body). `Ok(None)` on a clean close between
/// requests.
async fn read_request(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> Result<Option<Request>, ReadError> {
    let mut at = None;
    let head_end = loop {
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        let skip = buf.iter().take_while(|b| **b == b'\r' || **b == b'\n').count();
        if skip > 0 {
            buf.drain(..skip);
        }
        if at.is_none() && buf.contains(&b'\n') {
            at = Some(Instant::now());
        }
        if let Some(end) = head_end(buf) {
            break end;
        }
        if buf.len() > MAX_HEAD {
            return Err(ReadError::Bad(431));
        }
        match stream.read_buf(buf).await {
            Ok(0) if buf.is_empty() => return Ok(None),
            Ok(0) | Err(_) => return Err(ReadError::Gone),
            Ok(_) => {}
        }
    };
    let at = at.unwrap_or_else(Instant::now);
    let head: Vec<u8> = buf.drain(..head_end.1).collect();
    let text = std::str::from_utf8(&head[..head_end.0]).map_err(|_| ReadError::Bad(400))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let request_line = lines.next().ok_or(ReadError::Bad(400))?;
    let mut parts = request_line.split(' ').filter(|p| !p.is_empty());
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Bad(400));
    };
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return Err(ReadError::Bad(505)),
    };
    let mut headers = Vec::new();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        let (name, value) = line.split_once(':').ok_or(ReadError::Bad(400))?;
        if name.is_empty() || name.ends_with(' ') || name.ends_with('\t') {
            return Err(ReadError::Bad(400));
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let req =
        Request { method: method.to_string(), target: target.to_string(), http10, headers, at };
    if req.header("transfer-encoding").is_some() {
        return Err(ReadError::Bad(501));
    }
    let body_len = match req.header("content-length") {
        Some(v) => v.trim().parse::<usize>().map_err(|_| ReadError::Bad(400))?,
        None => 0,
    };
    if body_len > MAX_REQUEST_BODY {
        return Err(ReadError::Bad(413));
    }
    while buf.len() < body_len {
        match stream.read_buf(buf).await {
            Ok(0) | Err(_) => return Err(ReadError::Gone),
            Ok(_) => {}
        }
    }
    buf.drain(..body_len);
    Ok(Some(req))
}

/// End of the head: (length of the head text, bytes to consume including the blank line).
fn head_end(buf: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < buf.len() {
        if buf[i] == b'\n' {
            if buf.get(i + 1) == Some(&b'\n') {
                return Some((i, i + 2));
            }
            if buf.get(i + 1) == Some(&b'\r') && buf.get(i + 2) == Some(&b'\n') {
                return Some((i, i + 3));
            }
        }
        i += 1;
    }
    None
}

/// The route for a target: exact match, then the path without its query, then the site's
/// page generator. Returns the route and its key (for fault counters).
fn lookup(site: &Served, target: &str) -> Option<(String, Arc<Route>)> {
    let target = origin_form(target);
    if let Ok(routes) = site.routes.read() {
        if let Some(r) = routes.get(target) {
            return Some((target.to_string(), r.clone()));
        }
        let path = target.split('?').next().unwrap_or(target);
        if let Some(r) = routes.get(path) {
            return Some((path.to_string(), r.clone()));
        }
    }
    let dynamic = site.dynamic.read().ok()?.clone()?;
    dynamic(target).map(|r| (target.to_string(), Arc::new(r)))
}

/// `http://host:port/path?q` → `/path?q`; anything else unchanged.
fn origin_form(target: &str) -> &str {
    for scheme in ["http://", "https://"] {
        if let Some(rest) = target.strip_prefix(scheme) {
            return match rest.find('/') {
                Some(i) => &rest[i..],
                None => "/",
            };
        }
    }
    target
}

async fn respond(stream: &mut TcpStream, site: &Served, req: &Request) -> std::io::Result<After> {
    let keep = req.keep_alive();
    let head_only = req.method.eq_ignore_ascii_case("HEAD");
    let Some((key, route)) = lookup(site, &req.target) else {
        write_simple(stream, 404, &[], keep, head_only).await?;
        return Ok(after(keep));
    };
    let seen = match site.counters.lock() {
        Ok(mut c) => {
            let n = c.entry(key.clone()).or_insert(0);
            let seen = *n;
            *n = n.saturating_add(1);
            seen
        }
        Err(_) => 0,
    };
    match &route.fault {
        None => {}
        Some(Fault::Status(status)) => {
            write_simple(stream, *status, &[], keep, head_only).await?;
            return Ok(after(keep));
        }
        Some(Fault::TooMany { retry_after_secs, times }) if seen < *times => {
            let extra = [("Retry-After".to_string(), retry_after_secs.to_string())];
            write_simple(stream, 429, &extra, keep, head_only).await?;
            return Ok(after(keep));
        }
        Some(Fault::FailTimes { status, times }) if seen < *times => {
            write_simple(stream, *status, &[], keep, head_only).await?;
            return Ok(after(keep));
        }
        Some(Fault::TooMany { .. } | Fault::FailTimes { .. }) => {}
        Some(Fault::Slow { delay }) => tokio::time::sleep(*delay).await,
        Some(Fault::SlowBody { delay }) => {
            let head =
                response_head(route.status, &route_headers(&route), Some(route.body.len()), keep);
            stream.write_all(&head).await?;
            if head_only {
                return Ok(after(keep));
            }
            let half = route.body.len() / 2;
            stream.write_all(&route.body[..half]).await?;
            stream.flush().await?;
            tokio::time::sleep(*delay).await;
            stream.write_all(&route.body[half..]).await?;
            return Ok(after(keep));
        }
        Some(Fault::Reset) => return Ok(After::Reset),
        Some(Fault::Truncated) => {
            let claimed = route.body.len().max(2);
            let sent = (claimed / 2).min(route.body.len());
            let head = response_head(route.status, &route_headers(&route), Some(claimed), false);
            stream.write_all(&head).await?;
            if !head_only {
                stream.write_all(&route.body[..sent]).await?;
            }
            return Ok(After::Close);
        }
        Some(Fault::RedirectLoop) => {
            let target = origin_form(&req.target);
            let location = if target.split(['?', '&']).any(|p| p == "hop=1") {
                key.clone()
            } else if key.contains('?') {
                format!("{key}&hop=1")
            } else {
                format!("{key}?hop=1")
            };
            let extra = [("Location".to_string(), location)];
            write_simple(stream, 302, &extra, keep, head_only).await?;
            return Ok(after(keep));
        }
        Some(Fault::Oversized { bytes }) => {
            let headers = [("Content-Type".to_string(), "text/html; charset=utf-8".to_string())];
            let head = response_head(200, &headers, Some(*bytes), keep);
            stream.write_all(&head).await?;
            if !head_only {
                let chunk = synth::filler_chunk(CHUNK);
                let mut left = *bytes;
                while left > 0 {
                    let n = left.min(chunk.len());
                    stream.write_all(&chunk[..n]).await?;
                    left -= n;
                }
            }
            return Ok(after(keep));
        }
        Some(Fault::GzipBomb { decompressed }) => {
            let body = synth::gzip_bomb(*decompressed);
            let headers = [
                ("Content-Type".to_string(), "text/html; charset=utf-8".to_string()),
                ("Content-Encoding".to_string(), "gzip".to_string()),
            ];
            let head = response_head(200, &headers, Some(body.len()), keep);
            stream.write_all(&head).await?;
            if !head_only {
                stream.write_all(&body).await?;
            }
            return Ok(after(keep));
        }
        Some(Fault::WrongCharset) => {
            let mut headers: Vec<(String, String)> = route
                .headers
                .iter()
                .filter(|(n, _)| !n.eq_ignore_ascii_case("content-type"))
                .cloned()
                .collect();
            headers.push(("Content-Type".into(), "text/html; charset=iso-8859-1".into()));
            let head = response_head(route.status, &headers, Some(route.body.len()), keep);
            stream.write_all(&head).await?;
            if !head_only {
                stream.write_all(&route.body).await?;
            }
            return Ok(after(keep));
        }
        Some(Fault::NonHtml) => {
            let body = synth::fake_pdf();
            let headers = [("Content-Type".to_string(), "application/pdf".to_string())];
            let head = response_head(200, &headers, Some(body.len()), keep);
            stream.write_all(&head).await?;
            if !head_only {
                stream.write_all(&body).await?;
            }
            return Ok(after(keep));
        }
    }
    if route.status == 200 && not_modified(&route, req) {
        let mut headers = Vec::new();
        if let Some(e) = &route.etag {
            headers.push(("ETag".to_string(), e.clone()));
        }
        if let Some(d) = &route.last_modified {
            headers.push(("Last-Modified".to_string(), d.clone()));
        }
        stream.write_all(&response_head(304, &headers, None, keep)).await?;
        return Ok(after(keep));
    }
    let head = response_head(route.status, &route_headers(&route), Some(route.body.len()), keep);
    stream.write_all(&head).await?;
    if !head_only {
        stream.write_all(&route.body).await?;
    }
    Ok(after(keep))
}

fn after(keep: bool) -> After {
    if keep {
        After::KeepOpen
    } else {
        After::Close
    }
}

/// The route's headers plus its validators.
fn route_headers(route: &Route) -> Vec<(String, String)> {
    let mut h = route.headers.clone();
    if let Some(e) = &route.etag {
        h.push(("ETag".into(), e.clone()));
    }
    if let Some(d) = &route.last_modified {
        h.push(("Last-Modified".into(), d.clone()));
    }
    h
}

/// Conditional GET (RFC 9110 §13): `If-None-Match` wins over `If-Modified-Since`.
fn not_modified(route: &Route, req: &Request) -> bool {
    if let Some(inm) = req.header("if-none-match") {
        let Some(etag) = &route.etag else { return false };
        let weak = |t: &str| t.trim().trim_start_matches("W/").to_string();
        let ours = weak(etag);
        return inm.split(',').any(|t| t.trim() == "*" || weak(t) == ours);
    }
    if let (Some(ims), Some(lm)) = (req.header("if-modified-since"), &route.last_modified) {
        if ims.trim() == lm.trim() {
            return true;
        }
        let parse = |s: &str| chrono::DateTime::parse_from_rfc2822(s.trim()).ok();
        if let (Some(ims), Some(lm)) = (parse(ims), parse(lm)) {
            return lm <= ims;
        }
    }
    false
}

/// A status with a short HTML body (error pages, 429, redirects).
async fn write_simple(
    stream: &mut TcpStream,
    status: u16,
    extra: &[(String, String)],
    keep: bool,
    head_only: bool,
) -> std::io::Result<()> {
    let body = format!(
        "<!DOCTYPE html><html><head><title>{status} {r}</title></head>\
         <body><h1>{status} {r}</h1></body></html>\n",
        r = reason(status)
    );
    let mut headers = vec![("Content-Type".to_string(), "text/html; charset=utf-8".to_string())];
    headers.extend(extra.iter().cloned());
    let mut out = response_head(status, &headers, Some(body.len()), keep);
    if !head_only {
        out.extend_from_slice(body.as_bytes());
    }
    stream.write_all(&out).await
}

/// Status line and headers, ending with the blank line.
fn response_head(
    status: u16,
    headers: &[(String, String)],
    content_length: Option<usize>,
    keep: bool,
) -> Vec<u8> {
    let mut s = format!(
        "HTTP/1.1 {status} {}\r\nDate: {}\r\nServer: vnmon-sitesrv\r\n",
        reason(status),
        super::http_date(chrono::Utc::now())
    );
    for (n, v) in headers {
        // Header values come from test code; keep the framing intact whatever they hold.
        let v: String = v.chars().filter(|c| *c != '\r' && *c != '\n').collect();
        s.push_str(&format!("{n}: {v}\r\n"));
    }
    if let Some(len) = content_length {
        s.push_str(&format!("Content-Length: {len}\r\n"));
    }
    s.push_str(if keep { "Connection: keep-alive\r\n\r\n" } else { "Connection: close\r\n\r\n" });
    s.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        413 => "Content Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_end_finds_blank_line() {
        type Case = (&'static [u8], Option<(usize, usize)>);
        let cases: &[Case] = &[
            (b"GET / HTTP/1.1\r\nHost: a\r\n\r\nrest", Some((24, 27))),
            (b"GET / HTTP/1.1\n\n", Some((14, 16))),
            (b"GET / HTTP/1.1\r\nHost: a\r\n", None),
        ];
        for (input, expected) in cases {
            assert_eq!(head_end(input), *expected, "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn origin_form_strips_authority() {
        for (input, expected) in
            [("http://127.0.0.1:80/a?b", "/a?b"), ("http://x", "/"), ("/p", "/p"), ("*", "*")]
        {
            assert_eq!(origin_form(input), expected);
        }
    }
}
