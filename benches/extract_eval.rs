//! Quality and speed of the generic (profile-less) extractor on the WCXB development split
//! (`../shared/extraction-dev`, credit "WCXB, Murrough Foley").
//!
//! ```text
//! cargo bench --bench extract_eval                      # summary
//! cargo bench --bench extract_eval -- --worst 20        # plus the 20 lowest-F1 pages
//! cargo bench --bench extract_eval -- --show 0042       # print one page's extraction
//! cargo bench --bench extract_eval -- --dump DIR        # write each extraction to DIR/NNNN.txt
//! cargo bench --bench extract_eval -- --score-dir DIR   # score DIR/NNNN.txt instead
//! cargo bench --bench extract_eval -- --tsv FILE        # per-page id, F1, P, R, words to FILE
//! ```
//!
//! Scoring: lower-cased, whitespace-split words, multiset overlap; precision = overlap /
//! extracted words, recall = overlap / truth words, F1 per page, averaged over the pages whose
//! ground truth has `main_content` (both empty counts as 1, one empty as 0). Speed: one thread,
//! decode + parse + extract, file reading and gzip excluded.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Page {
    id: String,
    html: Vec<u8>,
    truth: Option<String>,
    url: String,
}

fn data_dir() -> PathBuf {
    match std::env::var_os("EXTRACTION_DEV") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/extraction-dev"),
    }
}

fn load(dir: &Path) -> Vec<Page> {
    let mut ids: Vec<String> = std::fs::read_dir(dir.join("html"))
        .expect("extraction-dev/html is readable")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name().to_str().and_then(|n| n.strip_suffix(".html.gz")).map(str::to_string)
        })
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|id| {
            let gz = std::fs::read(dir.join("html").join(format!("{id}.html.gz")))
                .expect("page is readable");
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut html)
                .expect("page is valid gzip");
            let gt_path = dir.join("ground-truth").join(format!("{id}.json"));
            let gt: serde_json::Value = std::fs::read(&gt_path)
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or(serde_json::Value::Null);
            let truth = gt["ground_truth"]["main_content"].as_str().map(str::to_string);
            let url = gt["url"].as_str().unwrap_or("").to_string();
            Page { id, html, truth, url }
        })
        .collect()
}

fn bag(s: &str) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for w in s.split_whitespace() {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// (F1, precision, recall) of `extracted` against `truth`.
fn score(extracted: &str, truth: &str) -> (f64, f64, f64) {
    let e = bag(extracted);
    let t = bag(truth);
    let ne: u32 = e.values().sum();
    let nt: u32 = t.values().sum();
    if ne == 0 && nt == 0 {
        return (1.0, 1.0, 1.0);
    }
    if ne == 0 || nt == 0 {
        return (0.0, 0.0, 0.0);
    }
    let overlap: u32 = e.iter().map(|(w, &c)| c.min(t.get(w).copied().unwrap_or(0))).sum();
    let p = f64::from(overlap) / f64::from(ne);
    let r = f64::from(overlap) / f64::from(nt);
    let f = if overlap == 0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (f, p, r)
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    match s.len() {
        0 => 0.0,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2.0,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let worst: usize = opt("--worst").and_then(|n| n.parse().ok()).unwrap_or(0);
    let show = opt("--show");
    let score_dir = opt("--score-dir").map(PathBuf::from);
    let dump_dir = opt("--dump").map(PathBuf::from);
    let tsv = opt("--tsv").map(PathBuf::from);

    let dir = data_dir();
    let mut pages = load(&dir);
    if let Some(id) = &show {
        pages.retain(|p| &p.id == id);
    }
    let total_bytes: usize = pages.iter().map(|p| p.html.len()).sum();

    // Extraction, timed per phase on this one thread.
    let mut outputs = Vec::with_capacity(pages.len());
    let (mut t_decode, mut t_parse, mut t_extract) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for page in &pages {
        let t0 = Instant::now();
        let text = vnmon::text::decode_html(&page.html, None);
        let t1 = Instant::now();
        let doc = scraper::Html::parse_document(&text);
        let t2 = Instant::now();
        let body = vnmon::extract::generic::main_content(&doc);
        let t3 = Instant::now();
        t_decode += t1 - t0;
        t_parse += t2 - t1;
        t_extract += t3 - t2;
        outputs.push(body);
    }
    if let Some(dd) = &dump_dir {
        std::fs::create_dir_all(dd).expect("dump directory can be created");
        for (out, page) in outputs.iter().zip(&pages) {
            std::fs::write(dd.join(format!("{}.txt", page.id)), out).expect("dump is writable");
        }
    }
    if let Some(sd) = &score_dir {
        for (out, page) in outputs.iter_mut().zip(&pages) {
            *out = std::fs::read_to_string(sd.join(format!("{}.txt", page.id))).unwrap_or_default();
        }
    }
    if let Some(id) = &show {
        for (out, page) in outputs.iter().zip(&pages) {
            if &page.id == id {
                let (f, p, r) = page.truth.as_deref().map(|t| score(out, t)).unwrap_or_default();
                println!("{} {} F1 {f:.3} P {p:.3} R {r:.3}\n{out}", page.id, page.url);
            }
        }
        return;
    }

    let mut scored: Vec<(f64, f64, f64, usize)> = Vec::new();
    for (i, (out, page)) in outputs.iter().zip(&pages).enumerate() {
        if let Some(truth) = &page.truth {
            let (f, p, r) = score(out, truth);
            scored.push((f, p, r, i));
        }
    }
    if let Some(path) = &tsv {
        let mut rows = String::from("id\tf1\tp\tr\twords\ttruth_words\turl\n");
        for &(f, p, r, i) in &scored {
            let words = outputs[i].split_whitespace().count();
            let truth_words = pages[i].truth.as_deref().map_or(0, |t| t.split_whitespace().count());
            rows.push_str(&format!(
                "{}\t{f:.4}\t{p:.4}\t{r:.4}\t{words}\t{truth_words}\t{}\n",
                pages[i].id, pages[i].url
            ));
        }
        std::fs::write(path, rows).expect("tsv is writable");
    }
    let f1: Vec<f64> = scored.iter().map(|s| s.0).collect();
    let pr: Vec<f64> = scored.iter().map(|s| s.1).collect();
    let rc: Vec<f64> = scored.iter().map(|s| s.2).collect();
    let low = f1.iter().filter(|&&f| f < 0.5).count();

    let who = match &score_dir {
        Some(d) => format!("outputs in {}", d.display()),
        None => "vnmon::extract::generic::main_content".to_string(),
    };
    println!(
        "{who}: {} pages, {} scored (WCXB dev split, credit WCXB, Murrough Foley)",
        pages.len(),
        scored.len()
    );
    println!(
        "F1 {:.4}  P {:.4}  R {:.4}  median F1 {:.4}  pages with F1 < 0.5: {low}",
        mean(&f1),
        mean(&pr),
        mean(&rc),
        median(&f1)
    );
    let total = t_decode + t_parse + t_extract;
    let mb = total_bytes as f64 / 1e6;
    let n = pages.len() as f64;
    println!(
        "speed (1 thread, decode+parse+extract): {:.1} pages/s, {:.2} MB/s of HTML ({mb:.1} MB in {:.2} s)",
        n / total.as_secs_f64(),
        mb / total.as_secs_f64(),
        total.as_secs_f64()
    );
    let pe = (t_parse + t_extract).as_secs_f64();
    println!(
        "  parse+extract (input already decoded, as trafilatura.extract(str) gets it): {:.1} pages/s, {:.2} MB/s",
        n / pe,
        mb / pe
    );
    println!(
        "  phases: decode {:.2} s, parse {:.2} s, main_content {:.2} s ({:.1} pages/s extract only)",
        t_decode.as_secs_f64(),
        t_parse.as_secs_f64(),
        t_extract.as_secs_f64(),
        n / t_extract.as_secs_f64()
    );
    if worst > 0 {
        scored.sort_by(|a, b| a.0.total_cmp(&b.0));
        println!("worst {worst}:");
        for &(f, p, r, i) in scored.iter().take(worst) {
            let words = outputs[i].split_whitespace().count();
            let truth_words = pages[i].truth.as_deref().map_or(0, |t| t.split_whitespace().count());
            println!(
                "  {} F1 {f:.3} P {p:.3} R {r:.3}  words {words}/{truth_words}  {}",
                pages[i].id, pages[i].url
            );
        }
    }
}
