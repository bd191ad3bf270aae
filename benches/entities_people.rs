//! Throughput of the officials and units extractors over the baomoi 2017 corpus.
//!
//! `cargo bench --bench entities_people [-- LIMIT_ARTICLES] [--sample N]` prints MB/s and the
//! counts of officials and units found; `--sample N` also prints N officials and N units
//! spread over the corpus, for eyeballing false positives.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use vnmon::entities::{officials, units};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let limit: usize = args
        .iter()
        .find(|a| a.chars().all(|c| c.is_ascii_digit()))
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let sample: usize = args
        .iter()
        .position(|a| a == "--sample")
        .and_then(|p| args.get(p + 1))
        .and_then(|a| a.parse().ok())
        .unwrap_or(0);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/baomoi-2017.jsonl.zst");
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("cannot open {path}: {e}");
            return;
        }
    };
    let reader = match zstd::Decoder::new(file) {
        Ok(d) => BufReader::new(d),
        Err(e) => {
            eprintln!("cannot decode {path}: {e}");
            return;
        }
    };
    let mut texts = Vec::new();
    for line in reader.lines().map_while(Result::ok).take(limit) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        texts.push(format!("{}\n\n{}\n\n{}", field("title"), field("lead"), field("body")));
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // Warm the lexicons up outside the timing.
    let _ = officials::find("Chủ tịch UBND tỉnh Nguyễn Văn A");
    let _ = units::find("UBND tỉnh");

    let t = Instant::now();
    let mut n_off = 0usize;
    let mut n_titles = 0usize;
    let mut off_samples = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        let o = officials::find(text);
        n_off += o.len();
        n_titles += o.iter().map(|x| x.titles.len()).sum::<usize>();
        if sample > 0 && k % (texts.len() / sample.max(1)).max(1) == 0 {
            if let Some(x) = o.first() {
                off_samples.push(format!("{} | {}", x.name, x.titles.join(" ; ")));
            }
        }
    }
    let t_off = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut n_units = 0usize;
    let mut unit_samples = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        let u = units::find(text);
        n_units += u.len();
        if sample > 0 && k % (texts.len() / sample.max(1)).max(1) == 0 {
            if let Some(x) = u.get(k % u.len().max(1)) {
                unit_samples.push(x.name.clone());
            }
        }
    }
    let t_units = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut n_both = 0usize;
    for text in &texts {
        let (o, u) = officials::find_with_units(text);
        n_both += o.len() + u.len();
    }
    let t_both = t.elapsed().as_secs_f64();

    let mb = bytes as f64 / 1e6;
    println!("articles {}  MB {:.1}", texts.len(), mb);
    println!("officials: {n_off} ({n_titles} titles)  {:.1} MB/s", mb / t_off);
    println!("units: {n_units}  {:.1} MB/s", mb / t_units);
    println!("both, separately: {:.1} MB/s", mb / (t_off + t_units));
    println!("both, find_with_units: {:.1} MB/s ({n_both} entities)", mb / t_both);
    for s in off_samples.iter().take(sample) {
        println!("  O {s}");
    }
    for s in unit_samples.iter().take(sample) {
        println!("  U {s}");
    }
}
