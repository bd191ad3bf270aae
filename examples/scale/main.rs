//! Scale corpus, generated pages and the in-process measurements of `benches/run.sh`: expands the
//! 34,870 baomoi articles to N generated articles with known document references, officials,
//! units and copies; writes them as pages; indexes them; times extraction, search and reports.
//!
//! ```sh
//! cargo run --release --example scale -- corpus 1000000 /tmp/scale      # records.jsonl + truth.jsonl
//! cargo run --release --example scale -- warc /tmp/scale                # pages.warc.gz (site templates)
//! cargo run --release --example scale -- warc /tmp/scale --simple       # … as simple pages
//! cargo run --release --example scale -- warc /tmp/baomoi --from-corpus  # pages.warc.gz of the 34,870
//! cargo run --release --example scale -- pages /tmp/scale 2000 /tmp/pages  # 2,000 pages as files
//! cargo run --release --example scale -- index /tmp/scale               # /tmp/scale/index from records
//! cargo run --release --example scale -- report /tmp/scale              # coverage / documents timings
//! cargo run --release --example scale -- extract-speed DIR CASE [--generic]  # HTML → article, one core
//! cargo run --release --example scale -- queries /tmp/scale benches/queries/scale.toml > q.jsonl
//! cargo run --release --example scale -- search INDEX q.jsonl CASE      # search latency in process
//! cargo run --release --example scale -- serve 20 100 /tmp/world        # the crawl benchmark's world
//! cargo run --release --example scale -- table results.jsonl            # the table of benches/run.sh
//! ```
//!
//! Pages are written in the fixture world's site templates (Dân trí-like, VCCorp-like, generic;
//! one per outlet, chosen from its host) with menus, inline CSS and script and related-news boxes,
//! about `PAGE_BYTES` (default 50,000) bytes each; `--simple` writes a bare `<article>` instead.
//! `warc` writes them as HTTP responses into one gzip WARC, `DIR/pages.warc.gz`, with vnmon's own
//! WARC writer: `vnmon import DIR/pages.warc.gz` is the ingest under test.
//!
//! Deterministic from `SEED` (default 7). Articles are re-dated across 2016–2026, their
//! sentences re-mixed from three source articles, assigned to 60 outlets with a Zipf skew, and
//! given document references (2,000 documents, Zipf popularity, some numbers shared by several
//! issuers), officials and units (Zipf), and 8 % are syndicated copies of an earlier article at
//! another outlet (new headline, ending cut, a "Theo …" line). `truth.jsonl` records, per
//! article, the documents it cites and the article it copies.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod measure;
mod pages;
mod serve;
#[path = "../../benches/support/table.rs"]
mod table;

use chrono::{Duration, NaiveDate, TimeZone};
use serde_json::{json, Value};

/// The baomoi corpus beside the repository.
pub const CORPUS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/baomoi-2017.jsonl.zst");

/// SplitMix64: small, deterministic, good enough for sampling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Zipf sampler over `n` ranks with exponent `s` (cumulative table).
struct Zipf(Vec<f64>);

impl Zipf {
    fn new(n: usize, s: f64) -> Zipf {
        let mut acc = 0.0;
        Zipf(
            (1..=n)
                .map(|k| {
                    acc += 1.0 / (k as f64).powf(s);
                    acc
                })
                .collect(),
        )
    }
    fn sample(&self, rng: &mut Rng) -> usize {
        let total = *self.0.last().unwrap_or(&1.0);
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        self.0.partition_point(|c| *c < x).min(self.0.len() - 1)
    }
}

const PROVINCES: [&str; 16] = [
    "Nghệ An",
    "Thanh Hóa",
    "Quảng Ninh",
    "Bắc Ninh",
    "Thái Bình",
    "Nam Định",
    "Hà Tĩnh",
    "Quảng Nam",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đồng Nai",
    "Bình Dương",
    "Long An",
    "An Giang",
    "Kiên Giang",
    "Cà Mau",
];
const CITIES: [&str; 5] = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"];
const SURNAMES: [&str; 10] =
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE: [&str; 8] = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc"];
const GIVEN: [&str; 20] = [
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Quân",
    "Sơn", "Tâm", "Thắng", "Thủy", "Trung", "Tuấn", "Việt", "Yến",
];
const SUBJECTS: [&str; 6] = [
    "tăng cường kỷ cương, kỷ luật hành chính",
    "đẩy mạnh chuyển đổi số",
    "phòng, chống tham nhũng, tiêu cực",
    "bảo đảm trật tự an toàn giao thông",
    "phát triển kinh tế tập thể",
    "nâng cao chất lượng giáo dục",
];

/// A generated official document.
struct Doc {
    kind: &'static str,
    id: String,
    issuer: String,
    issued: NaiveDate,
    subject: &'static str,
}

fn documents(rng: &mut Rng) -> Vec<Doc> {
    let base = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    (0..2000)
        .map(|k| {
            let issued = base + Duration::days(rng.below(3650) as i64);
            let year = chrono::Datelike::year(&issued);
            // Party numbers repeat across provinces on purpose: 1 in 3 reuses a small number.
            let n = if k % 3 == 0 { 1 + rng.below(40) } else { 1 + rng.below(900) };
            let subject = SUBJECTS[rng.below(SUBJECTS.len())];
            let (kind, id, issuer) = match rng.below(6) {
                0 => (
                    "Chỉ thị",
                    format!("{n}-CT/TU"),
                    format!("Ban Thường vụ Tỉnh ủy {}", PROVINCES[rng.below(16)]),
                ),
                1 => (
                    "Nghị quyết",
                    format!("{n}-NQ/TU"),
                    format!("Ban Chấp hành Đảng bộ tỉnh {}", PROVINCES[rng.below(16)]),
                ),
                2 => {
                    ("Kế hoạch", format!("{n}-KH/TU"), format!("Thành ủy {}", CITIES[rng.below(5)]))
                }
                3 => (
                    "Quyết định",
                    format!("{n}/QĐ-UBND"),
                    format!("UBND tỉnh {}", PROVINCES[rng.below(16)]),
                ),
                4 => ("Nghị định", format!("{n}/{year}/NĐ-CP"), "Chính phủ".to_string()),
                _ => ("Kết luận", format!("{n}-KL/TW"), "Bộ Chính trị".to_string()),
            };
            Doc { kind, id, issuer, issued, subject }
        })
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for part in text.split_inclusive(['.', '!', '?']) {
        cur.push_str(part);
        if cur.len() > 40 {
            out.push(cur.trim().to_string());
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// An earlier original that a copy may re-post: url, title, paragraphs, time, cited documents.
type Recent = (String, String, Vec<String>, i64, Vec<usize>);

fn corpus(n: usize, out: &Path) -> std::io::Result<()> {
    let seed = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(7);
    let mut rng = Rng(seed);
    let file = std::fs::File::open(CORPUS)?;
    let reader = BufReader::new(zstd::Decoder::new(file)?);
    let mut sources: Vec<(String, Vec<String>)> = Vec::new();
    for line in reader.lines() {
        let v: Value = serde_json::from_str(&line?).unwrap_or(Value::Null);
        let title = v["title"].as_str().unwrap_or_default().to_string();
        let body = format!(
            "{} {}",
            v["lead"].as_str().unwrap_or_default(),
            v["body"].as_str().unwrap_or_default()
        );
        let s = sentences(&body);
        if !title.is_empty() && s.len() >= 3 {
            sources.push((title, s));
        }
    }
    let docs = documents(&mut rng);
    let doc_zipf = Zipf::new(docs.len(), 1.1);
    let outlets: Vec<String> = (0..60).map(|i| format!("bao{i:02}.example.vn")).collect();
    let outlet_zipf = Zipf::new(outlets.len(), 0.9);
    let people: Vec<String> = (0..600)
        .map(|_| {
            format!("{} {} {}", SURNAMES[rng.below(10)], MIDDLE[rng.below(8)], GIVEN[rng.below(20)])
        })
        .collect();
    let people_zipf = Zipf::new(people.len(), 1.0);
    std::fs::create_dir_all(out)?;
    let mut records = BufWriter::new(std::fs::File::create(out.join("records.jsonl"))?);
    let mut truth = BufWriter::new(std::fs::File::create(out.join("truth.jsonl"))?);
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let mut recent: Vec<Recent> = Vec::new();
    let t0 = Instant::now();
    for i in 0..n {
        let site = outlets[outlet_zipf.sample(&mut rng)].clone();
        let url = format!("https://{site}/bai-{i}.html");
        let (title, paragraphs, when, cites, copy_of) = if !recent.is_empty() && rng.chance(0.08) {
            // A syndicated copy: new headline, ending cut, a source line.
            let (src_url, t, p, w, c) = recent[rng.below(recent.len())].clone();
            let keep = p.len() - p.len() / 4 * usize::from(rng.chance(0.5));
            let mut p = p[..keep.max(1)].to_vec();
            p.push(format!("Theo {}", src_url.split('/').nth(2).unwrap_or_default()));
            (format!("{t} (đăng lại)"), p, w + rng.below(3 * 86400) as i64, c, Some(src_url))
        } else {
            // Sentences re-mixed from three source articles (a run of up to four from each, at a
            // random place), so that two articles drawn from the same source share a few
            // sentences, not most of their text: the corpus has 34,870 sources for a million
            // articles, and only the generated copies below are meant to be copies.
            let (t, _) = &sources[rng.below(sources.len())];
            let mut s: Vec<String> = Vec::new();
            for _ in 0..3 {
                let (_, src) = &sources[rng.below(sources.len())];
                let run = 4.min(src.len());
                let at = rng.below(src.len() - run + 1);
                s.extend(src[at..at + run].iter().cloned());
            }
            let mut cites = Vec::new();
            let mut when = start.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp()
                + rng.below(3650 * 86400) as i64;
            if rng.chance(0.3) {
                let d = doc_zipf.sample(&mut rng);
                let doc = &docs[d];
                cites.push(d);
                let issued_ts = doc.issued.and_hms_opt(8, 0, 0).unwrap().and_utc().timestamp();
                when = issued_ts + rng.below(200 * 86400) as i64;
                let who = &people[people_zipf.sample(&mut rng)];
                s.insert(
                    0,
                    format!(
                        "Ngày {}, {} tổ chức Hội nghị quán triệt {} số {} ngày {} của {} về {}.",
                        chrono::Utc.timestamp_opt(when, 0).unwrap().format("%-d/%-m"),
                        format_args!("Đảng ủy khối {}", GIVEN[rng.below(20)]),
                        doc.kind,
                        doc.id,
                        doc.issued.format("%-d/%-m/%Y"),
                        doc.issuer,
                        doc.subject
                    ),
                );
                s.insert(1, format!("Phát biểu tại hội nghị, Phó Bí thư Tỉnh ủy {who} yêu cầu các cấp ủy triển khai nghiêm túc."));
                if rng.chance(0.2) {
                    let e = doc_zipf.sample(&mut rng);
                    let issued_e =
                        docs[e].issued.and_hms_opt(8, 0, 0).unwrap().and_utc().timestamp();
                    if e != d && issued_e <= when {
                        cites.push(e);
                        s.push(format!(
                            "Trước đó, {} đã ban hành {} số {} về {}.",
                            docs[e].issuer, docs[e].kind, docs[e].id, docs[e].subject
                        ));
                    }
                }
            }
            (t.clone(), s, when, cites, None)
        };
        // Publication time: a third of the pages give only a date (local midnight).
        let published = if rng.chance(0.33) {
            let day = chrono::Utc.timestamp_opt(when + 7 * 3600, 0).unwrap().date_naive();
            format!("{}T00:00:00+07:00", day.format("%Y-%m-%d"))
        } else {
            chrono::FixedOffset::east_opt(7 * 3600)
                .unwrap()
                .timestamp_opt(when, 0)
                .unwrap()
                .to_rfc3339()
        };
        let rec = json!({"url": url, "site": site, "title": title, "published": published, "body": paragraphs.join("\n\n")});
        writeln!(records, "{rec}")?;
        let cite_ids: Vec<Value> = cites.iter().map(|&d| json!({"id": docs[d].id, "issuer": docs[d].issuer, "issued": docs[d].issued.to_string()})).collect();
        writeln!(
            truth,
            "{}",
            json!({"url": url, "site": site, "published": published, "cites": cite_ids, "copy_of": copy_of})
        )?;
        if copy_of.is_none() {
            if recent.len() < 2000 {
                recent.push((url, title, paragraphs, when, cites));
            } else {
                let k = rng.below(2000);
                recent[k] = (url, title, paragraphs, when, cites);
            }
        }
        if i.is_multiple_of(100_000) && i > 0 {
            eprintln!("{i} articles, {:.0}/s", i as f64 / t0.elapsed().as_secs_f64());
        }
    }
    records.flush()?;
    truth.flush()?;
    eprintln!("{n} articles in {:.1} s → {}", t0.elapsed().as_secs_f64(), out.display());
    Ok(())
}

fn index(dir: &Path) -> anyhow::Result<()> {
    let records = BufReader::new(std::fs::File::open(dir.join("records.jsonl"))?);
    let index_dir = dir.join("index");
    let mut indexer = vnmon::index::Indexer::open(&index_dir)?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<String>(4096);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
    let (rtx, rrx) = std::sync::mpsc::sync_channel::<vnmon::record::Record>(4096);
    let workers: Vec<_> = (0..std::thread::available_parallelism().map_or(2, |n| n.get()))
        .map(|_| {
            let rx = rx.clone();
            let rtx = rtx.clone();
            std::thread::spawn(move || loop {
                let line = match rx.lock().unwrap().recv() {
                    Ok(l) => l,
                    Err(_) => break,
                };
                let v: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
                let article = vnmon::extract::Article {
                    url: v["url"].as_str().map(str::to_string),
                    site: v["site"].as_str().map(str::to_string),
                    title: v["title"].as_str().map(str::to_string),
                    body: vnmon::text::normalize(v["body"].as_str().unwrap_or_default()),
                    published: v["published"]
                        .as_str()
                        .and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok()),
                    ..Default::default()
                };
                if rtx.send(vnmon::record::Record::from_article(article, None)).is_err() {
                    break;
                }
            })
        })
        .collect();
    drop(rtx);
    let reader = std::thread::spawn(move || {
        for line in records.lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let t0 = Instant::now();
    let mut n = 0usize;
    for record in rrx {
        indexer.add(record, None)?;
        n += 1;
        if n.is_multiple_of(50_000) {
            indexer.commit()?;
            eprintln!("{n} indexed, {:.0}/s", n as f64 / t0.elapsed().as_secs_f64());
        }
    }
    reader.join().ok();
    for w in workers {
        w.join().ok();
    }
    let counts = indexer.finish()?;
    eprintln!("{n} records in {:.1} s: {counts:?}", t0.elapsed().as_secs_f64());
    eprintln!("peak RSS {} MiB", peak_rss_mib());
    Ok(())
}

fn peak_rss_mib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|k| k.parse::<u64>().ok()))
        .map_or(0, |kb| kb / 1024)
}

pub fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Vec<f64>, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times, last.expect("at least one run"))
}

fn report(dir: &Path) -> anyhow::Result<()> {
    use vnmon::report::{coverage, documents};
    let t = Instant::now();
    let index = vnmon::index::Index::open_read_only(&dir.join("index"))?;
    eprintln!("open: {:.1} ms, {} documents", t.elapsed().as_secs_f64() * 1000.0, index.num_docs());
    // The most reported documents of 2023, then the coverage of the top ones.
    let req = documents::Request {
        since: NaiveDate::from_ymd_opt(2023, 1, 1),
        until: NaiveDate::from_ymd_opt(2023, 12, 31),
        top: 50,
        ..Default::default()
    };
    let (times, top) = timed(5, || documents::documents(&index, &req));
    let top = top?;
    println!(
        "documents --top 50 over 2023: p50 {:.0} ms, max {:.0} ms",
        times[times.len() / 2],
        times[times.len() - 1]
    );
    for l in top.iter().take(3) {
        let d = &l.document;
        let req = measure::coverage_request(d);
        let (times, c) = timed(5, || coverage::coverage(&index, &req));
        let articles = c.map(|c| c.articles.len()).unwrap_or(0);
        println!(
            "coverage {} ({}, {} articles in 2023; {} in all years): p50 {:.0} ms, max {:.0} ms",
            d.label,
            d.issuer_display,
            l.articles,
            articles,
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
    println!("peak RSS {} MiB", peak_rss_mib());
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let words: Vec<&str> =
        args.iter().map(String::as_str).filter(|a| !a.starts_with("--")).collect();
    match words[..] {
        ["corpus", n, out] => corpus(n.parse()?, &PathBuf::from(out))?,
        ["index", dir] => index(Path::new(dir))?,
        ["report", dir] if flag("--json") => measure::report_latency(Path::new(dir), "")?,
        ["report", dir, case] if flag("--json") => measure::report_latency(Path::new(dir), case)?,
        ["report", dir] => report(Path::new(dir))?,
        ["warc", dir] => pages::warc(
            Path::new(dir),
            flag("--from-corpus"),
            &pages::Style::new(flag("--simple")),
        )?,
        ["pages", dir, n, out] => pages::files(
            Path::new(dir),
            n.parse()?,
            Path::new(out),
            flag("--from-corpus"),
            &pages::Style::new(flag("--simple")),
        )?,
        ["extract-speed", dir, case] => {
            measure::extract_speed(Path::new(dir), case, flag("--generic"))?
        }
        ["queries", dir, file] => measure::resolve_queries(Path::new(dir), Path::new(file))?,
        ["search", index, queries, case] => {
            measure::search_latency(Path::new(index), Path::new(queries), case, 5)?
        }
        ["serve", hosts, pages, dir] => {
            serve::serve(hosts.parse()?, pages.parse()?, Path::new(dir))?
        }
        ["table", results] => {
            let rows = table::parse_rows(&std::fs::read_to_string(results)?);
            print!("{}", table::render(&rows));
        }
        _ => anyhow::bail!(
            "usage: scale corpus N DIR | index DIR | report DIR [CASE] [--json] \
             | warc DIR [--from-corpus] [--simple] | pages DIR N OUT [--from-corpus] [--simple] \
             | extract-speed DIR CASE [--generic] | queries DIR FILE | search INDEX QUERIES CASE \
             | serve HOSTS PAGES DIR | table RESULTS"
        ),
    }
    Ok(())
}
