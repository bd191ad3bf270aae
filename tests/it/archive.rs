//! Tests for the WARC archive module: writer/reader round trip, plain and gzip reading, error
//! recovery on damaged files, HTTP response parsing, rotation, and cross-checking with Python's
//! `warcio` when it is installed (required when `VNMON_REQUIRE_WARCIO=1`).

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeZone, Utc};
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use flate2::Compression;
use vnmon::archive::{
    base32_encode, open_warc, parse_http_response, sha1_base32, sniff_reader, ArchiveError,
    WarcReader, WarcRecord, WarcWriter,
};

// ---------------------------------------------------------------------------------------------
// helpers

fn date() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 17, 8, 30, 5).single().expect("valid date")
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).expect("gzip write");
    enc.finish().expect("gzip finish")
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).expect("zlib write");
    enc.finish().expect("zlib finish")
}

fn raw_deflate(data: &[u8]) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).expect("deflate write");
    enc.finish().expect("deflate finish")
}

/// A hand-built record: `WARC/1.0`, given type/uri, CRLF framing.
fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2020-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{uri}>\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response as stored in a WARC block.
fn http_ok(body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Short name of an error variant, for tables.
fn kind(e: &ArchiveError) -> &'static str {
    match e {
        ArchiveError::Io(_) => "io",
        ArchiveError::Malformed { .. } => "malformed",
        ArchiveError::Truncated { .. } => "truncated",
        ArchiveError::BlockTooLarge { .. } => "too_large",
        ArchiveError::MalformedHttp(_) => "malformed_http",
        ArchiveError::UnsupportedEncoding(_) => "unsupported",
        ArchiveError::Decode { .. } => "decode",
        ArchiveError::InvalidInput(_) => "invalid",
        ArchiveError::Failed(_) => "failed",
    }
}

/// Summarise reader output as `type uri block-len` lines or `ERR kind`, capping the number of
/// items so a reader that never ends fails the test instead of hanging.
fn summarise<I: Iterator<Item = Result<WarcRecord, ArchiveError>>>(items: I) -> Vec<String> {
    items
        .take(1000)
        .map(|item| match item {
            Ok(r) => format!(
                "{} {} {}",
                r.warc_type,
                r.target_uri.as_deref().unwrap_or("-"),
                r.block.len()
            ),
            Err(e) => format!("ERR {}", kind(&e)),
        })
        .collect()
}

/// Every file of the directory, sorted.
fn dir_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("read dir").map(|e| e.expect("dir entry").path()).collect();
    files.sort();
    files
}

/// Read every record of a file, failing on any error item.
fn read_all(path: &Path) -> Vec<WarcRecord> {
    open_warc(path).expect("open").map(|r| r.expect("record")).collect()
}

// ---------------------------------------------------------------------------------------------
// reading hand-built WARC streams, plain and gzip

/// Read `input` plain, and again with each record (split at `parts`) as its own gzip member;
/// both must give `expected`.
fn check_read(name: &str, parts: &[Vec<u8>], expected: &[&str]) {
    let plain: Vec<u8> = parts.concat();
    let got = summarise(sniff_reader(Cursor::new(plain)).expect("sniff plain"));
    assert_eq!(got, expected, "plain: {name}");

    if !parts.is_empty() {
        let gz: Vec<u8> = parts.iter().flat_map(|p| gzip(p)).collect();
        let got = summarise(sniff_reader(Cursor::new(gz)).expect("sniff gzip"));
        assert_eq!(got, expected, "gzip: {name}");
    }
}

/// (case name, record byte strings, expected summary lines)
type ReadCase<'a> = (&'a str, Vec<Vec<u8>>, Vec<&'a str>);

#[test]
fn reads_plain_and_gzip_streams() {
    let page = http_ok("<p>xin chào</p>");
    let page_len = page.len().to_string();
    let with_page = format!("response http://a.vn/1 {page_len}");
    let full = record("response", "http://a.vn/1", &page);
    let cases: Vec<ReadCase<'_>> = vec![
        ("empty input", vec![], vec![]),
        (
            "two records",
            vec![
                record("warcinfo", "-", b"software: test\r\n"),
                full.clone(),
            ],
            vec!["warcinfo - 16", &with_page],
        ),
        (
            "LF-only framing, no trailer at end",
            vec![
                b"WARC/1.0\nWARC-Type: resource\nWARC-Target-URI: http://b.vn/\nContent-Length: 3\n\nabc"
                    .to_vec(),
            ],
            vec!["resource http://b.vn/ 3"],
        ),
        (
            "leading blank lines, bracketed URI, folded header",
            vec![b"\r\n\r\nWARC/1.1\r\nWARC-Type: metadata\r\nWARC-Target-URI: <http://c.vn/>\r\nX-Note: one\r\n  two\r\nContent-Length: 0\r\n\r\n\r\n\r\n".to_vec()],
            vec!["metadata http://c.vn/ 0"],
        ),
        (
            "garbage between records is skipped after one error",
            vec![full.clone(), b"this is not a record\r\nnor this\r\n".to_vec(), full.clone()],
            vec![&with_page, "ERR malformed", &with_page],
        ),
        (
            "missing Content-Length",
            vec![
                b"WARC/1.1\r\nWARC-Type: resource\r\n\r\nblock bytes\r\n\r\n".to_vec(),
                full.clone(),
            ],
            vec!["ERR malformed", &with_page],
        ),
        (
            "non-numeric Content-Length",
            vec![
                b"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 12x\r\n\r\n".to_vec(),
                full.clone(),
            ],
            vec!["ERR malformed", &with_page],
        ),
        (
            "missing WARC-Type: block skipped, next record read",
            vec![
                b"WARC/1.1\r\nContent-Length: 5\r\n\r\nWARC/\r\n\r\n".to_vec(),
                full.clone(),
            ],
            vec!["ERR malformed", &with_page],
        ),
        (
            "Content-Length too long: the record is dropped, the swallowed one read again",
            vec![full.clone(), with_length(&full, 60), full.clone(), full.clone()],
            vec![&with_page, "ERR malformed", &with_page, &with_page],
        ),
        (
            "Content-Length past the end of the stream: the later records read again",
            vec![full.clone(), with_length(&full, 100_000), full.clone(), full.clone()],
            vec![&with_page, "ERR malformed", &with_page, &with_page],
        ),
        (
            "Content-Length too short: the record is dropped, the next one found",
            vec![full.clone(), with_length(&full, -7), full.clone()],
            vec![&with_page, "ERR malformed", &with_page],
        ),
        (
            "Content-Length beyond the block limit: the next record found by scanning",
            vec![full.clone(), with_length(&full, 1 << 40), full.clone()],
            vec![&with_page, "ERR too_large", &with_page],
        ),
        (
            "truncated block at end",
            vec![full.clone(), full[..full.len() - 20].to_vec()],
            vec![&with_page, "ERR truncated"],
        ),
        (
            "truncated header at end",
            vec![full.clone(), full[..40].to_vec()],
            vec![&with_page, "ERR truncated"],
        ),
    ];
    for (name, parts, expected) in &cases {
        check_read(name, parts, expected);
    }
}

/// `rec` with its Content-Length changed by `delta` (the block itself unchanged).
fn with_length(rec: &[u8], delta: i64) -> Vec<u8> {
    let text = String::from_utf8_lossy(rec).into_owned();
    let start = text.find("Content-Length: ").expect("length") + "Content-Length: ".len();
    let end = start + text[start..].find('\r').expect("eol");
    let length: i64 = text[start..end].parse().expect("number");
    format!("{}{}{}", &text[..start], length + delta, &text[end..]).into_bytes()
}

#[test]
fn a_corrupt_gzip_member_costs_only_its_record() {
    let page = http_ok("<p>xin chào</p>");
    let parts: Vec<Vec<u8>> =
        (0..6).map(|i| gzip(&record("response", &format!("http://a.vn/{i}"), &page))).collect();
    // (member damaged, byte within it) → records read, error items.
    let cases: &[(usize, usize, usize, usize)] = &[(2, 20, 5, 1), (0, 15, 5, 1), (5, 25, 5, 1)];
    for &(member, at, records, errors) in cases {
        let mut damaged = parts.clone();
        for b in damaged[member].iter_mut().skip(at).take(8) {
            *b ^= 0x5a;
        }
        let got = summarise(sniff_reader(Cursor::new(damaged.concat())).expect("sniff"));
        let oks = got.iter().filter(|l| !l.starts_with("ERR")).count();
        let errs = got.len() - oks;
        assert_eq!((oks, errs), (records, errors), "member {member}: {got:?}");
        let lost = format!("response http://a.vn/{member} ");
        assert!(!got.iter().any(|l| l.starts_with(&lost)), "member {member}: {got:?}");
    }
}

#[test]
fn oversized_block_is_skipped() {
    let data = [
        record("resource", "http://big.vn/", &[b'x'; 500]),
        record("resource", "http://small.vn/", b"ok"),
    ]
    .concat();
    let reader = WarcReader::new(Cursor::new(data)).with_max_block_bytes(100);
    assert_eq!(summarise(reader), vec!["ERR too_large", "resource http://small.vn/ 2"]);
}

#[test]
fn record_offsets_point_at_record_starts() {
    let a = record("resource", "http://a.vn/", b"aaaa");
    let b = record("resource", "http://b.vn/", b"bb");
    let data = [a.clone(), b].concat();
    let mut reader = WarcReader::new(Cursor::new(data));
    let mut offsets = Vec::new();
    while let Some(item) = reader.next() {
        item.expect("record");
        offsets.push(reader.last_record_offset());
    }
    assert_eq!(offsets, vec![0, a.len() as u64]);
}

// ---------------------------------------------------------------------------------------------
// writer -> reader round trip

#[test]
fn writer_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages: Vec<(String, Vec<u8>)> = (0..12)
        .map(|i| {
            let body = format!("<html><body><p>Bài {i}: Thủ tướng ký Nghị định số {i}/2024/NĐ-CP</p></body></html>");
            (format!("https://news.example.vn/bai-{i}.html"), http_ok(&body))
        })
        .collect();

    let mut writer = WarcWriter::create(dir.path(), "test", 1 << 30).expect("create");
    let mut ids = Vec::new();
    for (uri, response) in &pages {
        let request =
            format!("GET {uri} HTTP/1.1\r\nHost: news.example.vn\r\nUser-Agent: vnmon\r\n\r\n");
        let req_id = writer.write_request(uri, date(), request.as_bytes()).expect("request");
        let resp_id =
            writer.write_response(uri, date(), response, Some(&req_id)).expect("response");
        ids.push((req_id, resp_id));
    }
    let files = writer.finish().expect("finish");
    assert_eq!(files.len(), 1);
    assert_eq!(dir_files(dir.path()), files, "no .open file left behind");

    let records = read_all(&files[0]);
    assert_eq!(records.len(), 1 + 2 * pages.len());
    let info = &records[0];
    assert_eq!(info.warc_type, "warcinfo");
    let file_name = files[0].file_name().and_then(|n| n.to_str()).expect("name");
    assert_eq!(info.header("warc-filename"), Some(file_name));

    let mut seen_ids = std::collections::HashSet::new();
    for rec in &records {
        assert_eq!(rec.verify_block_digest(), Some(true), "block digest");
        assert_eq!(rec.date.as_deref(), Some("2024-05-17T08:30:05Z"));
        let id = rec.record_id.clone().expect("id");
        assert!(id.starts_with("<urn:uuid:") && id.ends_with('>') && id.len() == 47, "{id}");
        assert!(seen_ids.insert(id), "record ids are unique");
    }
    for (i, ((uri, response), (req_id, resp_id))) in pages.iter().zip(&ids).enumerate() {
        let req = &records[1 + 2 * i];
        let resp = &records[2 + 2 * i];
        assert_eq!(req.warc_type, "request");
        assert_eq!(req.record_id.as_ref(), Some(req_id));
        assert_eq!(req.content_type(), Some("application/http;msgtype=request"));
        assert_eq!(resp.warc_type, "response");
        assert_eq!(resp.record_id.as_ref(), Some(resp_id));
        assert_eq!(resp.target_uri.as_ref(), Some(uri));
        assert_eq!(resp.concurrent_to(), Some(req_id.as_str()));
        assert_eq!(resp.header("WARC-Warcinfo-ID"), info.record_id.as_deref());
        assert!(resp.is_http_response());
        assert_eq!(&resp.block, response);
        assert_eq!(resp.verify_payload_digest(), Some(true), "payload digest");
        let http = resp.http_response().expect("http");
        assert_eq!(http.status, 200);
        assert_eq!(http.header("content-type"), Some("text/html; charset=utf-8"));
    }
}

#[test]
fn open_file_is_readable_after_flush_and_renamed_on_finish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut writer = WarcWriter::create(dir.path(), "crawl", 1 << 30).expect("create");
    writer.write_response("http://a.vn/", date(), &http_ok("a"), None).expect("write");
    writer.flush().expect("flush");
    let open = writer.current_path().expect("open file").to_path_buf();
    assert!(open.to_string_lossy().ends_with(".warc.gz.open"));
    assert!(writer.finished_files().is_empty());
    let types: Vec<String> = read_all(&open).into_iter().map(|r| r.warc_type).collect();
    assert_eq!(types, ["warcinfo", "response"]);
    let files = writer.finish().expect("finish");
    assert!(!open.try_exists().unwrap());
    assert_eq!(dir_files(dir.path()), files);
}

#[test]
fn rotation_creates_several_complete_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let max = 4000;
    let mut writer = WarcWriter::create(dir.path(), "rot", max).expect("create");
    let n = 30;
    for i in 0..n {
        // Pseudo-random body so gzip cannot shrink it much.
        let body: String =
            (0..600u32).map(|j| char::from(b'a' + ((i * 7919 + j * 104_729) % 26) as u8)).collect();
        writer
            .write_response(&format!("http://r.vn/{i}"), date(), &http_ok(&body), None)
            .expect("write");
    }
    let files = writer.finish().expect("finish");
    assert!(files.len() >= 3, "expected rotation, got {} files", files.len());
    assert_eq!(dir_files(dir.path()), files, "only completed files remain");

    let mut responses = 0;
    for (serial, file) in files.iter().enumerate() {
        let name = file.file_name().and_then(|n| n.to_str()).expect("name");
        // rot-YYYYMMDDHHMMSS-NNNNN.warc.gz
        let parts: Vec<&str> = name.trim_end_matches(".warc.gz").split('-').collect();
        assert_eq!(parts.len(), 3, "{name}");
        assert_eq!(parts[0], "rot");
        assert!(parts[1].len() == 14 && parts[1].bytes().all(|b| b.is_ascii_digit()), "{name}");
        assert_eq!(parts[2], format!("{serial:05}"), "{name}");
        let size = std::fs::metadata(file).expect("metadata").len();
        let records = read_all(file);
        assert_eq!(records[0].warc_type, "warcinfo", "{name} starts with warcinfo");
        assert_eq!(records[0].header("WARC-Filename"), Some(name));
        assert!(records.len() >= 2, "{name} holds a record");
        // Files hold more than one record only while under the limit.
        assert!(size <= max || records.len() == 2, "{name}: {size} bytes");
        responses += records.iter().filter(|r| r.warc_type == "response").count();
    }
    assert_eq!(responses, n as usize);
}

#[test]
fn writer_rejects_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        WarcWriter::create(dir.path(), "a/b", 100).map(|_| ()).map_err(|e| kind(&e)),
        Err("invalid")
    );
    let mut writer = WarcWriter::create(dir.path(), "bad", 1 << 20).expect("create");
    let cases: Vec<(&str, &[u8])> = vec![
        ("http://x.vn/\r\nWARC-Type: evil", b"HTTP/1.1 200 OK\r\n\r\n"),
        ("http://x.vn/", b"HTTP/1.1 200 OK\r\nno end of headers"),
    ];
    for (uri, bytes) in cases {
        let got = writer.write_response(uri, date(), bytes, None);
        assert_eq!(got.map_err(|e| kind(&e)), Err("invalid"), "{uri:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// damaged gzip files

#[test]
fn truncated_gzip_file_gives_error_then_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut writer = WarcWriter::create(dir.path(), "cut", 1 << 30).expect("create");
    for i in 0..5 {
        writer
            .write_response(&format!("http://t.vn/{i}"), date(), &http_ok(&"z".repeat(3000)), None)
            .expect("write");
    }
    let file = writer.finish().expect("finish").remove(0);
    let full = std::fs::read(&file).expect("read");
    let complete = read_all(&file).len();
    assert_eq!(complete, 6);

    // (cut point, fewest and most records read intact before the error). A cut inside the last
    // gzip trailer loses no record but must still be reported.
    let cases: Vec<(usize, usize, usize)> = vec![
        (full.len() - 1, 6, 6),
        (full.len() - 8, 6, 6),
        (full.len() - 30, 5, 5),
        (full.len() / 2, 1, 4),
        (30, 0, 0),
    ];
    for (cut, min_ok, max_ok) in cases {
        let items: Vec<Result<WarcRecord, ArchiveError>> =
            sniff_reader(Cursor::new(full[..cut].to_vec())).expect("sniff").take(1000).collect();
        let oks = items.iter().take_while(|r| r.is_ok()).count();
        assert!((min_ok..=max_ok).contains(&oks), "cut {cut}: {oks} records before the error");
        assert_eq!(items.len(), oks + 1, "cut {cut}: exactly one error item, then the end");
        assert!(items.last().is_some_and(|r| r.is_err()), "cut {cut}");
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP responses

/// Expected outcome of parsing an HTTP block: status + body, or an error kind.
enum Http<'a> {
    Ok(u16, &'a [u8]),
    Err(&'a str),
}

fn check_http(name: &str, block: &[u8], expected: Http<'_>) {
    let got = parse_http_response(block);
    match (got, expected) {
        (Ok(resp), Http::Ok(status, body)) => {
            assert_eq!(resp.status, status, "{name}: status");
            assert_eq!(
                String::from_utf8_lossy(&resp.body),
                String::from_utf8_lossy(body),
                "{name}: body"
            );
        }
        (Err(e), Http::Err(k)) => assert_eq!(kind(&e), k, "{name}: {e}"),
        (Ok(resp), Http::Err(k)) => {
            panic!("{name}: expected {k} error, got status {}", resp.status)
        }
        (Err(e), Http::Ok(..)) => panic!("{name}: unexpected error {e}"),
    }
}

fn with_body(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = headers.as_bytes().to_vec();
    out.extend_from_slice(body);
    out
}

#[test]
fn parses_http_responses() {
    let text = "Chính phủ ban hành Nghị định 15/2024/NĐ-CP".as_bytes();
    let chunked_gzip = {
        let gz = gzip(text);
        let (a, b) = gz.split_at(10);
        let mut c = format!("{:x}\r\n", a.len()).into_bytes();
        c.extend_from_slice(a);
        c.extend_from_slice(format!("\r\n{:X}\r\n", b.len()).as_bytes());
        c.extend_from_slice(b);
        c.extend_from_slice(b"\r\n0\r\n\r\n");
        c
    };
    let cases: Vec<(&str, Vec<u8>, Http<'_>)> = vec![
        ("plain", http_ok("hello"), Http::Ok(200, b"hello")),
        (
            "chunked",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n".to_vec(),
            Http::Ok(200, b"hello, world"),
        ),
        (
            "chunked header but body stored de-chunked",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>decoded</html>".to_vec(),
            Http::Ok(200, b"<html>decoded</html>"),
        ),
        (
            "gzip",
            with_body("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", &gzip(text)),
            Http::Ok(200, text),
        ),
        (
            "gzip inside chunked",
            with_body(
                "HTTP/1.1 200 OK\r\nContent-Encoding: GZIP\r\ntransfer-encoding: Chunked\r\n\r\n",
                &chunked_gzip,
            ),
            Http::Ok(200, text),
        ),
        (
            "gzip header but body stored decoded",
            with_body("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n", text),
            Http::Ok(200, text),
        ),
        (
            "deflate (zlib)",
            with_body("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n", &zlib(text)),
            Http::Ok(200, text),
        ),
        (
            "deflate (raw)",
            with_body("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n", &raw_deflate(text)),
            Http::Ok(200, text),
        ),
        ("no body", b"HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n".to_vec(), Http::Ok(204, b"")),
        (
            "redirect without body, LF only",
            b"HTTP/1.0 301 Moved\nLocation: /new\n\n".to_vec(),
            Http::Ok(301, b""),
        ),
        (
            "interim 100 Continue skipped",
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n\r\ngone".to_vec(),
            Http::Ok(404, b"gone"),
        ),
        ("not HTTP", b"<html>no status line</html>\r\n\r\n".to_vec(), Http::Err("malformed_http")),
        ("bad status code", b"HTTP/1.1 2x0 OK\r\n\r\n".to_vec(), Http::Err("malformed_http")),
        ("empty block", Vec::new(), Http::Err("malformed_http")),
        ("headers never end", b"HTTP/1.1 200 OK\r\nServer: x\r\n".to_vec(), Http::Err("malformed_http")),
        (
            "chunk cut short",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort".to_vec(),
            Http::Err("malformed_http"),
        ),
        (
            "corrupt gzip",
            with_body(
                "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n",
                &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff],
            ),
            Http::Err("decode"),
        ),
        (
            "brotli is not supported",
            b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x0b\x02\x80".to_vec(),
            Http::Err("unsupported"),
        ),
    ];
    for (name, block, expected) in cases {
        check_http(name, &block, expected);
    }
}

#[test]
fn http_headers_are_case_insensitive_and_keep_order() {
    let resp = parse_http_response(
        b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\ncontent-TYPE: text/html\r\nSet-Cookie: b=2\r\n\r\n",
    )
    .expect("parse");
    let cases =
        [("Content-Type", Some("text/html")), ("set-cookie", Some("a=1")), ("X-None", None)];
    for (name, expected) in cases {
        assert_eq!(resp.header(name), expected, "{name}");
    }
    assert_eq!(resp.headers.len(), 3);
}

// ---------------------------------------------------------------------------------------------
// digests

#[test]
fn base32_matches_rfc4648_vectors() {
    let cases = [
        ("", ""),
        ("f", "MY======"),
        ("fo", "MZXQ===="),
        ("foo", "MZXW6==="),
        ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI======"),
    ];
    for (input, expected) in cases {
        assert_eq!(base32_encode(input.as_bytes()), expected, "{input:?}");
    }
    // SHA-1 of the empty string, as found in many WARC files.
    assert_eq!(sha1_base32(b""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
}

// ---------------------------------------------------------------------------------------------
// cross-check with Python warcio

/// Whether `python3` can import warcio.
fn warcio_available() -> bool {
    Command::new("python3")
        .args(["-c", "import warcio"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn warcio_reads_written_files() {
    if !warcio_available() {
        let required = std::env::var("VNMON_REQUIRE_WARCIO").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "VNMON_REQUIRE_WARCIO=1 but `python3 -c 'import warcio'` fails (pip install warcio)"
        );
        eprintln!("NOTICE: Python warcio not installed; skipping the warcio cross-check");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let mut writer = WarcWriter::create(dir.path(), "py", 1 << 30).expect("create");
    let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nxin \r\n5\r\nch\xc3\xa0o\r\n0\r\n\r\n".to_vec();
    let gzipped = with_body(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
        &gzip("Bộ Tài chính".as_bytes()),
    );
    let bodies =
        [http_ok("<p>một</p>"), chunked, gzipped, b"HTTP/1.1 304 Not Modified\r\n\r\n".to_vec()];
    let mut expected_types = vec!["warcinfo".to_string()];
    for (i, body) in bodies.iter().enumerate() {
        let uri = format!("https://vn.example/{i}");
        let req = format!("GET /{i} HTTP/1.1\r\nHost: vn.example\r\n\r\n");
        let id = writer.write_request(&uri, date(), req.as_bytes()).expect("req");
        writer.write_response(&uri, date(), body, Some(&id)).expect("resp");
        expected_types.push("request".into());
        expected_types.push("response".into());
    }
    writer
        .write_resource("https://vn.example/feed.rss", date(), "application/rss+xml", b"<rss/>")
        .expect("resource");
    writer
        .write_metadata("https://vn.example/0", date(), None, &[("via", "seed"), ("hops", "0")])
        .expect("metadata");
    expected_types.push("resource".into());
    expected_types.push("metadata".into());
    let file = writer.finish().expect("finish").remove(0);
    let path = file.to_str().expect("utf-8 path");

    // Digest check: every record must report "digest pass".
    let check = Command::new("python3")
        .args(["-m", "warcio.cli", "check", "-v", path])
        .output()
        .expect("run warcio check");
    let out = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "warcio check failed:\n{out}\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert_eq!(
        out.matches("digest pass").count(),
        expected_types.len(),
        "warcio check output:\n{out}"
    );

    // Index: warcio sees every record, in order, with the right type.
    let index = Command::new("python3")
        .args(["-m", "warcio.cli", "index", "-f", "warc-type,offset", path])
        .output()
        .expect("run warcio index");
    assert!(index.status.success(), "{}", String::from_utf8_lossy(&index.stderr));
    let lines = String::from_utf8_lossy(&index.stdout).into_owned();
    let types: Vec<String> = lines
        .lines()
        .filter_map(|l| {
            l.split("\"warc-type\": \"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map(str::to_string)
        })
        .collect();
    assert_eq!(types, expected_types, "warcio index:\n{lines}");

    // warcio decodes the HTTP payloads to the same bytes as parse_http_response.
    let script = "import sys\nfrom warcio.archiveiterator import ArchiveIterator\n\
                  with open(sys.argv[1], 'rb') as f:\n\
                  \x20   for r in ArchiveIterator(f):\n\
                  \x20       if r.rec_type == 'response':\n\
                  \x20           sys.stdout.write(r.content_stream().read().hex() + '\\n')\n";
    let payloads = Command::new("python3")
        .args(["-c", script, path])
        .output()
        .expect("run warcio payload script");
    assert!(payloads.status.success(), "{}", String::from_utf8_lossy(&payloads.stderr));
    let py: Vec<String> =
        String::from_utf8_lossy(&payloads.stdout).lines().map(str::to_string).collect();
    let ours: Vec<String> = bodies
        .iter()
        .map(|b| {
            let body = parse_http_response(b).expect("parse").body;
            body.iter().map(|x| format!("{x:02x}")).collect()
        })
        .collect();
    assert_eq!(py, ours);
}

// ---------------------------------------------------------------------------------------------
// robustness: every prefix and single-byte corruption of valid input

#[test]
fn damaged_input_never_panics_or_hangs() {
    let stream = [
        record("warcinfo", "-", b"software: test\r\n"),
        record(
            "response",
            "http://a.vn/",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        ),
    ]
    .concat();
    let complete = summarise(WarcReader::new(Cursor::new(stream.clone())));
    assert_eq!(complete.len(), 2);
    for cut in 0..stream.len() {
        let got = summarise(WarcReader::new(Cursor::new(stream[..cut].to_vec())));
        assert!(got.len() <= 2, "prefix {cut}: {got:?}");
    }
    for pos in 0..stream.len() {
        for byte in [b'\n', b':', b'9', 0xff] {
            let mut damaged = stream.clone();
            damaged[pos] = byte;
            let got = summarise(sniff_reader(Cursor::new(damaged)).expect("sniff"));
            assert!(got.len() < 1000, "corruption at {pos} loops");
        }
    }
    let block = with_body(
        "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n",
        &{
            let gz = gzip(b"noi dung");
            let mut c = format!("{:x}\r\n", gz.len()).into_bytes();
            c.extend_from_slice(&gz);
            c.extend_from_slice(b"\r\n0\r\n\r\n");
            c
        },
    );
    assert_eq!(parse_http_response(&block).expect("parse").body, b"noi dung");
    for cut in 0..block.len() {
        let _ = parse_http_response(&block[..cut]);
    }
}
