//! In-process measurements for `benches/run.sh`: HTML → article speed on a folder of pages,
//! search latency over a fixed query set, report latency. Each prints one JSON object per line
//! (`{"section": …, "case": …, "tool": …, "metric": …, "value": …}`), the rows of the table.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use serde_json::{json, Value};

/// One result row, printed as a JSON line.
pub fn emit(section: &str, case: &str, tool: &str, metric: &str, value: f64) {
    println!(
        "{}",
        json!({"section": section, "case": case, "tool": tool, "metric": metric, "value": value})
    );
}

/// A page to extract: its bytes and URL.
struct Input {
    html: Vec<u8>,
    url: Option<String>,
}

/// The pages of `dir`: `NNNN.html` files with `urls.txt` (the generated set), or the
/// extraction-dev layout (`html/NNNN.html.gz` with `ground-truth/NNNN.json` naming the URL).
fn inputs(dir: &Path) -> anyhow::Result<Vec<Input>> {
    let html_dir = if dir.join("html").is_dir() { dir.join("html") } else { dir.to_path_buf() };
    let mut names: Vec<PathBuf> = std::fs::read_dir(&html_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".html") || s.ends_with(".html.gz")))
        .collect();
    names.sort();
    let urls: Vec<String> = std::fs::read_to_string(dir.join("urls.txt"))
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (k, path) in names.iter().enumerate() {
        let raw = std::fs::read(path)?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let html = if let Some(stem) = name.strip_suffix(".html.gz") {
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut html)?;
            let truth = dir.join("ground-truth").join(format!("{stem}.json"));
            let url = std::fs::read(&truth)
                .ok()
                .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
                .and_then(|v| v["url"].as_str().map(str::to_string));
            out.push(Input { html, url });
            continue;
        } else {
            raw
        };
        out.push(Input { html, url: urls.get(k).cloned() });
    }
    Ok(out)
}

/// HTML → article on one thread: charset detection and decoding, NFC, parsing, profile choice
/// and extraction (`vnmon::text::decode_html` + `vnmon::extract::extract_html`), the path every
/// ingested page takes. `generic` forgets the profiles (every page by the generic extractor).
pub fn extract_speed(dir: &Path, case: &str, generic: bool) -> anyhow::Result<()> {
    let pages = inputs(dir)?;
    anyhow::ensure!(!pages.is_empty(), "no .html or .html.gz pages in {}", dir.display());
    let profiles = if generic {
        vnmon::extract::Profiles::empty()
    } else {
        vnmon::extract::Profiles::builtin()
    };
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    // One warm-up pass over a few pages (lazy regexes, allocator), then the timed pass.
    for p in pages.iter().take(20) {
        let html = vnmon::text::decode_html(&p.html, None);
        std::hint::black_box(vnmon::extract::extract_html(
            &html,
            p.url.as_deref(),
            None,
            &profiles,
        ));
    }
    let t = Instant::now();
    let mut words = 0usize;
    for p in &pages {
        let html = vnmon::text::decode_html(&p.html, None);
        let a = vnmon::extract::extract_html(&html, p.url.as_deref(), None, &profiles);
        words += a.body.split_whitespace().count();
    }
    let secs = t.elapsed().as_secs_f64();
    let tool = if generic { "vnmon generic" } else { "vnmon" };
    emit("extract", case, tool, "pages/s/core", pages.len() as f64 / secs);
    emit("extract", case, tool, "MB/s/core", bytes as f64 / secs / 1e6);
    eprintln!("{tool} on {case}: {} pages, {words} body words, {secs:.2} s", pages.len());
    Ok(())
}

/// One query of the benchmark set, resolved (placeholders replaced by real documents).
#[derive(serde::Deserialize, serde::Serialize, Clone, Debug)]
pub struct Query {
    /// phrase | words | unaccented | entity | dates
    pub kind: String,
    /// vnmon query string (may be empty with a filter).
    #[serde(default)]
    pub q: String,
    /// The same question in FTS5 MATCH syntax.
    pub fts5: String,
    /// Only articles citing this document (vnmon `--doc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Published on or after (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Published on or before (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

#[derive(serde::Deserialize)]
struct QueryFile {
    query: Vec<Query>,
}

/// The query set of `file` with `@docN` replaced by the N-th most cited document of the scale
/// corpus in `dir` (from `truth.jsonl`), printed as JSON Lines for both vnmon and the FTS5 peer.
pub fn resolve_queries(dir: &Path, file: &Path) -> anyhow::Result<()> {
    let set: QueryFile = toml::from_str(&std::fs::read_to_string(file)?)?;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in BufReader::new(std::fs::File::open(dir.join("truth.jsonl"))?).lines() {
        let v: Value = serde_json::from_str(&line?)?;
        for c in v["cites"].as_array().into_iter().flatten() {
            if let Some(id) = c["id"].as_str() {
                *counts.entry(id.to_string()).or_default() += 1;
            }
        }
    }
    let mut top: Vec<(String, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let sub = |s: &str| -> String {
        let mut s = s.to_string();
        for (k, (id, _)) in top.iter().enumerate().take(9).rev() {
            s = s.replace(&format!("@doc{}", k + 1), id);
        }
        s
    };
    for q in set.query {
        let q = Query { q: sub(&q.q), fts5: sub(&q.fts5), doc: q.doc.as_deref().map(sub), ..q };
        println!("{}", serde_json::to_string(&q)?);
    }
    Ok(())
}

/// Reads resolved queries (JSON Lines).
pub fn read_queries(path: &Path) -> anyhow::Result<Vec<Query>> {
    let mut out = Vec::new();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}

fn date(s: &Option<String>) -> anyhow::Result<Option<NaiveDate>> {
    Ok(match s {
        Some(s) => Some(NaiveDate::parse_from_str(s, "%Y-%m-%d")?),
        None => None,
    })
}

/// Percentile `p` (0..=1) of sorted `xs`.
pub fn percentile(xs: &[f64], p: f64) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let k = ((xs.len() - 1) as f64 * p).round() as usize;
    xs[k.min(xs.len() - 1)]
}

/// Search latency in process: the index opened once, each query run `runs` times after one
/// warm-up, top 10 hits with their snippets; p50 and p99 over every run of every query.
pub fn search_latency(
    index_dir: &Path,
    queries: &Path,
    case: &str,
    runs: usize,
) -> anyhow::Result<()> {
    let queries = read_queries(queries)?;
    let index = vnmon::index::Index::open_read_only(index_dir)?;
    let mut times = Vec::new();
    let mut matched = 0usize;
    for q in &queries {
        let req = vnmon::index::SearchRequest {
            query: q.q.clone(),
            doc: q.doc.clone(),
            from: date(&q.since)?,
            to: date(&q.until)?,
            limit: 10,
            ..Default::default()
        };
        let total = index.search(&req)?.total;
        matched += total;
        let mut mine = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(index.search(&req)?);
            mine.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        mine.sort_by(f64::total_cmp);
        eprintln!("{:>10}  {:>8} hits  {:>7.1} ms  {}", q.kind, total, percentile(&mine, 0.5), q.q);
        times.extend(mine);
    }
    times.sort_by(f64::total_cmp);
    emit("search", case, "vnmon in-process", "p50 ms", percentile(&times, 0.5));
    emit("search", case, "vnmon in-process", "p99 ms", percentile(&times, 0.99));
    eprintln!("{} queries × {runs} runs, {matched} matches in all", queries.len());
    Ok(())
}

/// The coverage request of a document listed by `documents`, named unambiguously.
pub fn coverage_request(
    d: &vnmon::report::coverage::DocSummary,
) -> vnmon::report::coverage::Request {
    vnmon::report::coverage::Request {
        reference: d.id.clone(),
        issuer: Some(d.issuer.clone()),
        year: d.year,
        ..Default::default()
    }
}

/// Coverage and `documents` latency on the index of `dir` (see `report` in main.rs), as rows.
pub fn report_latency(dir: &Path, case: &str) -> anyhow::Result<()> {
    use vnmon::report::{coverage, documents};
    let index = vnmon::index::Index::open_read_only(&dir.join("index"))?;
    let (since, until) =
        (NaiveDate::from_ymd_opt(2023, 1, 1), NaiveDate::from_ymd_opt(2023, 12, 31));
    let req = documents::Request { since, until, top: 50, ..Default::default() };
    let (times, top) = crate::timed(5, || documents::documents(&index, &req));
    let top = top?;
    emit(
        "reports",
        case,
        "vnmon in-process",
        "documents top 50, one year: p50 ms",
        times[times.len() / 2],
    );
    // The most cited document, named unambiguously, for the command-line comparison (run.sh).
    if let Some(l) = top.first() {
        let d = &l.document;
        let json = serde_json::json!({ "reference": d.id, "issuer": d.issuer, "year": d.year });
        std::fs::write(dir.join("top-document.json"), json.to_string())?;
    }
    let mut worst: f64 = 0.0;
    let mut all = Vec::new();
    for l in top.iter().take(3) {
        let req = coverage_request(&l.document);
        let (times, _) = crate::timed(5, || coverage::coverage(&index, &req));
        worst = worst.max(times[times.len() / 2]);
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    emit(
        "reports",
        case,
        "vnmon in-process",
        "coverage of the 3 most cited: p50 ms",
        percentile(&all, 0.5),
    );
    emit("reports", case, "vnmon in-process", "coverage of the 3 most cited: worst p50 ms", worst);
    Ok(())
}
