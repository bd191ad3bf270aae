//! Search quality on the baomoi corpus: queries as researchers type them.
//!
//! Builds a vnmon index of `../shared/corpus/baomoi-2017.jsonl.zst` (34,870 articles) through
//! the real [`Indexer`] (records made with `Record::from_article`, so entities and document ids
//! are extracted as in an import), runs the judged queries of `benches/queries/baomoi.toml` (the
//! development set), `benches/queries/baomoi-heldout.toml` (the first retired held-out set:
//! written after the rules of the twelfth session were fixed, measured as held out until the
//! fourteenth session, developed on since), `benches/queries/baomoi-heldout2.toml` (the second
//! retired held-out set: held out in the fourteenth session, measured twice, developed on since
//! the fifteenth), `benches/queries/baomoi-heldout3.toml` (the third retired held-out set: held
//! out in the fifteenth session, measured twice, developed on since the sixteenth),
//! `benches/queries/baomoi-heldout4.toml` (the fourth retired held-out set: held out in the
//! sixteenth session, measured twice, developed on since the seventeenth),
//! `benches/queries/baomoi-heldout5.toml` (the fifth retired held-out set: held out in the
//! seventeenth session, measured three times, developed on since the eighteenth),
//! `benches/queries/baomoi-heldout6.toml` (the sixth retired held-out set: held out in the
//! eighteenth session, measured three times, developed on since the nineteenth),
//! `benches/queries/baomoi-heldout7.toml` (the seventh retired held-out set: held out in the
//! nineteenth session, measured twice, developed on since the twentieth),
//! `benches/queries/baomoi-heldout8.toml` (the eighth retired held-out set: held out in the
//! twentieth session, measured twice, developed on since the twenty-first),
//! `benches/queries/baomoi-heldout9.toml` (the ninth retired held-out set: held out in the
//! twenty-first session, measured three times, developed on since the twenty-second),
//! `benches/queries/baomoi-heldout10.toml` (the tenth retired held-out set: held out in the
//! twenty-second session, measured three times, developed on since the twenty-third),
//! `benches/queries/baomoi-heldout11.toml` (the eleventh retired held-out set: held out in the
//! twenty-third session, measured three times, developed on since the twenty-fourth),
//! `benches/queries/baomoi-heldout12.toml` (the twelfth retired held-out set: held out in the
//! twenty-fourth session, measured three times, developed on since the twenty-fifth),
//! `benches/queries/baomoi-heldout13.toml` (the thirteenth retired held-out set: held out in the
//! twenty-fifth session, measured twice, developed on since the twenty-sixth),
//! `benches/queries/baomoi-heldout14.toml` (the fourteenth retired held-out set: held out in the
//! twenty-sixth session, measured twice, developed on since the twenty-seventh),
//! `benches/queries/baomoi-heldout15.toml` (the fifteenth retired held-out set: held out in the
//! twenty-seventh session, measured twice, developed on since the twenty-eighth),
//! `benches/queries/baomoi-heldout16.toml` (the sixteenth retired held-out set: held out in the
//! twenty-eighth session, measured three times, developed on since the twenty-ninth),
//! `benches/queries/baomoi-heldout17.toml` (the seventeenth retired held-out set: held out in the
//! twenty-ninth session, measured twice, developed on since the thirtieth),
//! `benches/queries/baomoi-heldout18.toml` (the eighteenth retired held-out set: held out in the
//! thirtieth session, measured twice, developed on since the thirty-first),
//! `benches/queries/baomoi-heldout19.toml` (the nineteenth retired held-out set: held out in the
//! thirty-first session, measured twice, developed on since the thirty-second),
//! `benches/queries/baomoi-heldout20.toml` (the twentieth retired held-out set: held out in the
//! thirty-second session, measured twice, developed on since the thirty-third),
//! `benches/queries/baomoi-heldout21.toml` (the twenty-first retired held-out set: held out in the
//! thirty-third session, measured twice, developed on since the thirty-fourth) and
//! `benches/queries/baomoi-heldout22.toml` (the held-out set, skipped when absent), and prints
//! for each, for the current query semantics (with and without near matches) and for the old
//! one (every run of bare words typed side by side as one phrase
//! with slop 2, which is what vnmon did before):
//! - the share of the expected articles found in the top 10;
//! - the MRR (reciprocal rank of the first expected article, 0 when none is in the top 10);
//! - every query with an expected article missing from the top 10 — except for the held-out
//!   set, of which only the aggregates are printed, so that its queries stay unseen.
//!
//! Run: `cargo bench --bench search_eval`. The index is built in a temp dir, or kept in
//! `$VNMON_EVAL_INDEX` (built there when missing, reused when present).

use std::path::{Path, PathBuf};
use std::time::Instant;

use vnmon::extract::Article;
use vnmon::index::{Index, Indexer, SearchRequest};
use vnmon::record::Record;

#[path = "support/baomoi.rs"]
mod baomoi;
/// The judged query sets: (label, file, whether per-query lines may be printed). The one the
/// rules were developed on; the first held-out set, retired into development in the fourteenth
/// session; the second, held out in the fourteenth session, measured twice and retired into
/// development in the fifteenth; the third, held out in the fifteenth, measured twice and retired
/// in the sixteenth; the fourth, held out in the sixteenth, measured twice and retired in the
/// seventeenth; the fifth, held out in the seventeenth, measured three times and retired in the
/// eighteenth; the sixth, held out in the eighteenth, measured three times and retired in the
/// nineteenth; the seventh, held out in the nineteenth, measured twice and retired in the
/// twentieth; the eighth, held out in the twentieth, measured twice and retired in the
/// twenty-first; the ninth, held out in the twenty-first, measured three times and retired in
/// the twenty-second; the tenth, held out in the twenty-second, measured three times and retired
/// in the twenty-third; the eleventh, held out in the twenty-third, measured three times and
/// retired in the twenty-fourth; the twelfth, held out in the twenty-fourth, measured three times
/// and retired in the twenty-fifth; the thirteenth, held out in the twenty-fifth, measured twice
/// and retired in the twenty-sixth; the fourteenth, held out in the twenty-sixth, measured twice
/// and retired in the twenty-seventh; the fifteenth, held out in the twenty-seventh, measured
/// twice and retired in the twenty-eighth; the sixteenth, held out in the twenty-eighth, measured
/// three times and retired in the twenty-ninth; the seventeenth, held out in the twenty-ninth,
/// measured twice and retired in the thirtieth; the eighteenth, held out in the thirtieth,
/// measured twice and retired in the thirty-first; the nineteenth, held out in the thirty-first,
/// measured twice and retired in the thirty-second; the twentieth, held out in the thirty-second,
/// measured twice and retired in the thirty-third; the twenty-first, held out in the
/// thirty-third, measured twice and retired in the thirty-fourth; the held-out set written after
/// that (skipped when absent; aggregates only).
const QUERY_SETS: [(&str, &str, bool); 23] = [
    ("development set", concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi.toml"), true),
    (
        "retired held-out set (developed on since the fourteenth session)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout.toml"),
        true,
    ),
    (
        "second retired held-out set (held out in the fourteenth session, measured twice, \
         developed on since the fifteenth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout2.toml"),
        true,
    ),
    (
        "third retired held-out set (held out in the fifteenth session, measured twice, \
         developed on since the sixteenth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout3.toml"),
        true,
    ),
    (
        "fourth retired held-out set (held out in the sixteenth session, measured twice, \
         developed on since the seventeenth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout4.toml"),
        true,
    ),
    (
        "fifth retired held-out set (held out in the seventeenth session, measured three times, \
         developed on since the eighteenth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout5.toml"),
        true,
    ),
    (
        "sixth retired held-out set (held out in the eighteenth session, measured three times, \
         developed on since the nineteenth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout6.toml"),
        true,
    ),
    (
        "seventh retired held-out set (held out in the nineteenth session, measured twice, \
         developed on since the twentieth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout7.toml"),
        true,
    ),
    (
        "eighth retired held-out set (held out in the twentieth session, measured twice, \
         developed on since the twenty-first)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout8.toml"),
        true,
    ),
    (
        "ninth retired held-out set (held out in the twenty-first session, measured three \
         times, developed on since the twenty-second)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout9.toml"),
        true,
    ),
    (
        "tenth retired held-out set (held out in the twenty-second session, measured three \
         times, developed on since the twenty-third)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout10.toml"),
        true,
    ),
    (
        "eleventh retired held-out set (held out in the twenty-third session, measured three \
         times, developed on since the twenty-fourth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout11.toml"),
        true,
    ),
    (
        "twelfth retired held-out set (held out in the twenty-fourth session, measured three \
         times, developed on since the twenty-fifth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout12.toml"),
        true,
    ),
    (
        "thirteenth retired held-out set (held out in the twenty-fifth session, measured twice, \
         developed on since the twenty-sixth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout13.toml"),
        true,
    ),
    (
        "fourteenth retired held-out set (held out in the twenty-sixth session, measured twice, \
         developed on since the twenty-seventh)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout14.toml"),
        true,
    ),
    (
        "fifteenth retired held-out set (held out in the twenty-seventh session, measured twice, \
         developed on since the twenty-eighth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout15.toml"),
        true,
    ),
    (
        "sixteenth retired held-out set (held out in the twenty-eighth session, measured three \
         times, developed on since the twenty-ninth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout16.toml"),
        true,
    ),
    (
        "seventeenth retired held-out set (held out in the twenty-ninth session, measured twice, \
         developed on since the thirtieth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout17.toml"),
        true,
    ),
    (
        "eighteenth retired held-out set (held out in the thirtieth session, measured twice, \
         developed on since the thirty-first)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout18.toml"),
        true,
    ),
    (
        "nineteenth retired held-out set (held out in the thirty-first session, measured twice, \
         developed on since the thirty-second)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout19.toml"),
        true,
    ),
    (
        "twentieth retired held-out set (held out in the thirty-second session, measured twice, \
         developed on since the thirty-third)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout20.toml"),
        true,
    ),
    (
        "twenty-first retired held-out set (held out in the thirty-third session, measured twice, \
         developed on since the thirty-fourth)",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout21.toml"),
        true,
    ),
    (
        "held-out set",
        concat!(env!("CARGO_MANIFEST_DIR"), "/benches/queries/baomoi-heldout22.toml"),
        false,
    ),
];
/// Hits looked at per query.
const TOP: usize = 10;

#[derive(serde::Deserialize)]
struct QuerySet {
    query: Vec<Judged>,
}

/// One judged query: the text as a researcher types it and the article ids that must be in the
/// top 10.
#[derive(serde::Deserialize)]
struct Judged {
    q: String,
    expect: Vec<String>,
}

fn url_of(id: &str) -> String {
    format!("https://baomoi.com/a/{id}.epi")
}

fn id_of(url: &str) -> &str {
    url.trim_start_matches("https://baomoi.com/a/").trim_end_matches(".epi")
}

fn build(dir: &Path) -> anyhow::Result<()> {
    let t0 = Instant::now();
    let lines = baomoi::lines()?;
    let mut indexer = Indexer::open(dir)?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<String>(1024);
    let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
    let (rtx, rrx) = std::sync::mpsc::sync_channel::<Record>(1024);
    let workers: Vec<_> = (0..std::thread::available_parallelism().map_or(2, |n| n.get()))
        .map(|_| {
            let rx = rx.clone();
            let rtx = rtx.clone();
            std::thread::spawn(move || loop {
                let line = match rx.lock().map(|r| r.recv()) {
                    Ok(Ok(l)) => l,
                    _ => break,
                };
                let Ok(a) = serde_json::from_str::<baomoi::Article>(&line) else { continue };
                let article = Article {
                    url: Some(url_of(&a.id)),
                    site: Some("baomoi.com".into()),
                    title: Some(vnmon::text::normalize(&a.title)),
                    sapo: Some(vnmon::text::normalize(&a.lead)).filter(|s| !s.is_empty()),
                    body: vnmon::text::normalize(&a.body),
                    ..Default::default()
                };
                if rtx.send(Record::from_article(article, None)).is_err() {
                    break;
                }
            })
        })
        .collect();
    drop(rtx);
    let reader = std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut n = 0usize;
    for record in rrx {
        indexer.add(record, None)?;
        n += 1;
    }
    reader.join().ok();
    for w in workers {
        w.join().ok();
    }
    indexer.finish()?;
    eprintln!("indexed {n} articles in {:.0} s", t0.elapsed().as_secs_f64());
    Ok(())
}

/// The query as the old code ran it: every run of bare words one phrase with slop 2.
fn old_form(q: &str) -> String {
    let bare =
        |w: &str| !["AND", "OR", "NOT"].contains(&w) && !w.contains([':', '"', '(', ')', '*', '~']);
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() < 2 || !words.iter().all(|w| bare(w)) {
        return q.to_string();
    }
    format!("\"{}\"~2", words.join(" "))
}

struct Score {
    found: usize,
    expected: usize,
    rr: f64,
    misses: Vec<String>,
}

/// Scores `set` with each query rewritten by `form`, with or without near matches.
fn evaluate(
    index: &Index,
    set: &QuerySet,
    form: impl Fn(&str) -> String,
    near_matches: bool,
) -> Score {
    let mut s = Score { found: 0, expected: 0, rr: 0.0, misses: Vec::new() };
    for judged in &set.query {
        let query = form(&judged.q);
        let req =
            SearchRequest { query: query.clone(), limit: TOP, near_matches, ..Default::default() };
        let ids: Vec<String> = match index.search(&req) {
            Ok(r) => r.hits.iter().map(|h| id_of(&h.url).to_string()).collect(),
            Err(e) => {
                s.misses.push(format!("{query:?}: error {e}"));
                Vec::new()
            }
        };
        let missing: Vec<&str> =
            judged.expect.iter().filter(|e| !ids.contains(e)).map(String::as_str).collect();
        s.expected += judged.expect.len();
        s.found += judged.expect.len() - missing.len();
        if let Some(rank) = ids.iter().position(|id| judged.expect.contains(id)) {
            s.rr += 1.0 / (rank + 1) as f64;
        }
        if !missing.is_empty() {
            s.misses.push(format!(
                "{query:?}: missing {} of {} ({}); top 10: {}",
                missing.len(),
                judged.expect.len(),
                missing.join(" "),
                ids.join(" ")
            ));
        }
    }
    s
}

/// Prints the aggregates of `s`, then its misses one per line when `per_query`.
fn report(name: &str, s: &Score, queries: usize, per_query: bool) {
    println!(
        "{name}: {}/{} expected articles in the top {TOP} ({:.3}), MRR {:.3}, {} queries with a miss",
        s.found,
        s.expected,
        s.found as f64 / s.expected.max(1) as f64,
        s.rr / queries.max(1) as f64,
        s.misses.len()
    );
    if per_query {
        for m in &s.misses {
            println!("  {m}");
        }
    }
}

fn main() -> anyhow::Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    let temp = tempfile::tempdir()?;
    let dir = std::env::var_os("VNMON_EVAL_INDEX").map_or(temp.path().to_path_buf(), PathBuf::from);
    if !dir.join("meta.json").is_file() {
        build(&dir)?;
    }
    let index = Index::open(&dir)?;
    for (name, path, per_query) in QUERY_SETS {
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("== {name}: {path} absent, skipped");
            continue;
        };
        let set: QuerySet = toml::from_str(&text)?;
        println!("== {name}: {} articles, {} queries", index.num_docs(), set.query.len());
        let t0 = Instant::now();
        let new = evaluate(&index, &set, str::to_string, true);
        let ms = t0.elapsed().as_secs_f64() * 1000.0 / set.query.len().max(1) as f64;
        report("now", &new, set.query.len(), per_query);
        println!("  ({ms:.1} ms per query with snippets)");
        let strict = evaluate(&index, &set, str::to_string, false);
        report("now without near matches (--all-words)", &strict, set.query.len(), per_query);
        let old = evaluate(&index, &set, old_form, false);
        report("old (bare words as one phrase, slop 2)", &old, set.query.len(), per_query);
    }
    Ok(())
}
