//! The generated articles as web pages: in the fixture world's site templates (Dân trí-like,
//! VCCorp-like, generic) with realistic chrome, or as simple pages; written into one gzip WARC
//! for `vnmon import`, or as files for the extraction benchmarks.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::time::Instant;

use chrono::{Duration, NaiveDate, TimeZone};
use serde_json::Value;
use vnmon_sitesrv::fixtures::{FixtureArticle, PageRenderer, Template};

use crate::CORPUS;

/// One article as a page: URL, title, publication time (RFC 3339), paragraphs.
pub struct Page {
    pub url: String,
    pub title: String,
    pub published: String,
    pub paragraphs: Vec<String>,
}

/// How pages look.
pub enum Style {
    /// `<article>` with `<h1>` and `<p>`, nothing else.
    Simple,
    /// The outlet's site template (chosen from its host) with menus, scripts and related boxes,
    /// about `PAGE_BYTES` (default 50,000) bytes a page.
    Templates(Box<PageRenderer>),
}

impl Style {
    /// Templates unless `simple`.
    pub fn new(simple: bool) -> Style {
        if simple {
            return Style::Simple;
        }
        let bytes = std::env::var("PAGE_BYTES").ok().and_then(|s| s.parse().ok()).unwrap_or(50_000);
        Style::Templates(Box::new(PageRenderer::new(bytes)))
    }

    /// The HTML of page number `k`.
    pub fn html(&self, p: &Page, k: usize) -> String {
        match self {
            Style::Simple => simple_html(p),
            Style::Templates(r) => template_html(r, p, k),
        }
    }
}

/// Authors for the bylines of template pages.
const AUTHORS: [&str; 8] = [
    "Minh Anh",
    "Thu Hà",
    "Quang Huy",
    "Ngọc Lan",
    "Hoàng Nam",
    "Phương Thảo",
    "Đức Trung",
    "Bảo Ngọc",
];

fn template_html(r: &PageRenderer, p: &Page, k: usize) -> String {
    let after_scheme = p.url.split_once("://").map_or(p.url.as_str(), |(_, rest)| rest);
    let (host, path) = after_scheme.split_once('/').unwrap_or((after_scheme, ""));
    let base = format!("https://{host}");
    // One template per outlet, from its host.
    let h = host.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
    let t = [Template::Dantri, Template::Vccorp, Template::Generic][h % 3];
    let published = chrono::DateTime::parse_from_rfc3339(&p.published).unwrap_or_else(|_| {
        chrono::FixedOffset::east_opt(7 * 3600).unwrap().timestamp_opt(0, 0).unwrap()
    });
    let (sapo, paragraphs) = match p.paragraphs.split_first() {
        Some((first, rest)) if !rest.is_empty() => (first.clone(), rest.to_vec()),
        _ => (String::new(), p.paragraphs.clone()),
    };
    let id: String = path.chars().filter(char::is_ascii_digit).collect();
    let a = FixtureArticle {
        site: host.to_string(),
        url: p.url.clone(),
        path: format!("/{path}"),
        id,
        title: p.title.clone(),
        sapo,
        paragraphs,
        author: AUTHORS[k % AUTHORS.len()].to_string(),
        published,
        cites_directive: false,
        aliases: Vec::new(),
        copy_of: None,
    };
    r.render(t, &a, &base, k)
}

/// The simple HTML page of `p`.
fn simple_html(p: &Page) -> String {
    let (title, url) = (vnmon_sitesrv::escape_html(&p.title), vnmon_sitesrv::escape_html(&p.url));
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"article:published_time\" content=\"{}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n</head><body>\n<article>\n<h1>{title}</h1>\n",
        vnmon_sitesrv::escape_html(&p.published)
    );
    for para in &p.paragraphs {
        html.push_str("<p>");
        html.push_str(&vnmon_sitesrv::escape_html(para));
        html.push_str("</p>\n");
    }
    html.push_str("</article>\n</body></html>\n");
    html
}

/// The pages of `DIR/records.jsonl`, or of the baomoi corpus (dated across 2017 from their id).
pub fn pages(dir: &Path, from_corpus: bool) -> anyhow::Result<Box<dyn Iterator<Item = Page>>> {
    let split = |body: &str| -> Vec<String> {
        body.split('\n').map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
    };
    if from_corpus {
        let reader = BufReader::new(zstd::Decoder::new(std::fs::File::open(CORPUS)?)?);
        let start = NaiveDate::from_ymd_opt(2017, 1, 1).unwrap().and_hms_opt(8, 0, 0).unwrap();
        let iter = reader.lines().map_while(Result::ok).filter_map(move |line| {
            let v: Value = serde_json::from_str(&line).ok()?;
            let id = v["id"].as_str().unwrap_or_default().to_string();
            let n: i64 = id.parse().unwrap_or(0);
            let when = start + Duration::minutes(n.rem_euclid(365 * 24 * 60));
            let mut paragraphs = split(v["lead"].as_str().unwrap_or_default());
            paragraphs.extend(split(v["body"].as_str().unwrap_or_default()));
            Some(Page {
                url: format!("https://baomoi.example.vn/a{id}.epi"),
                title: v["title"].as_str().unwrap_or_default().to_string(),
                published: format!("{}+07:00", when.format("%Y-%m-%dT%H:%M:%S")),
                paragraphs,
            })
        });
        return Ok(Box::new(iter));
    }
    let records = BufReader::new(std::fs::File::open(dir.join("records.jsonl"))?);
    let iter = records.lines().map_while(Result::ok).filter_map(move |line| {
        let v: Value = serde_json::from_str(&line).ok()?;
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        Some(Page {
            url: s("url"),
            title: s("title"),
            published: s("published"),
            paragraphs: split(v["body"].as_str().unwrap_or_default()),
        })
    });
    Ok(Box::new(iter))
}

/// Writes the pages as HTTP responses into `DIR/pages.warc.gz` (one file, vnmon's WARC writer).
pub fn warc(dir: &Path, from_corpus: bool, style: &Style) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join("pages.warc.tmp");
    if tmp.try_exists()? {
        std::fs::remove_dir_all(&tmp)?;
    }
    let mut writer = vnmon::archive::WarcWriter::create(&tmp, "pages", u64::MAX)?;
    let date = chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let (t0, mut n, mut bytes) = (Instant::now(), 0usize, 0usize);
    for (k, page) in pages(dir, from_corpus)?.enumerate() {
        let html = style.html(&page, k);
        let mut response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            html.len()
        )
        .into_bytes();
        response.extend_from_slice(html.as_bytes());
        writer.write_response(&page.url, date, &response, None)?;
        n += 1;
        bytes += html.len();
    }
    let files = writer.finish()?;
    let [file] = &files[..] else { anyhow::bail!("expected one WARC file, got {files:?}") };
    let out = dir.join("pages.warc.gz");
    std::fs::rename(file, &out)?;
    std::fs::remove_dir_all(&tmp)?;
    eprintln!(
        "{n} pages ({:.1} MB of HTML) in {:.1} s → {}",
        bytes as f64 / 1e6,
        t0.elapsed().as_secs_f64(),
        out.display()
    );
    Ok(())
}

/// Writes the first `n` pages as `OUT/NNNNNN.html`, one file each, and `OUT/urls.txt` (one URL
/// per line, in file order): the generated page set of the extraction benchmark.
pub fn files(
    dir: &Path,
    n: usize,
    out: &Path,
    from_corpus: bool,
    style: &Style,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(out)?;
    let mut urls = String::new();
    for (k, page) in pages(dir, from_corpus)?.take(n).enumerate() {
        std::fs::write(out.join(format!("{k:06}.html")), style.html(&page, k))?;
        urls.push_str(&page.url);
        urls.push('\n');
    }
    std::fs::write(out.join("urls.txt"), urls)?;
    Ok(())
}
