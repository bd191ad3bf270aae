//! Entities on real texts nobody tuned for: the gold set `tests/data/entities-web` (a dev and a
//! test split of legal-portal and baomoi texts, annotated per `../shared/gold/GUIDELINES.md`),
//! scored with the scorer the seeds' gold tests use (`vnmon::entities::gold`).
//!
//! Prints, for `dev` and `test4` (the held-out texts; the three earlier test splits were
//! retired into dev, see the set's README), aggregate lines only: documents F1, issue-date
//! accuracy, issuer accuracy, officials F1 and title recall, dates F1, units F1. `VNMON_LOG=1`
//! also prints every difference (dev only: the test split is measured, never read while
//! developing).
//!
//! Run: `cargo bench --bench entities_web_eval`; `VNMON_SPLIT=dev` scores only the dev split
//! (what development runs), `VNMON_SPLIT=test4` only the test split.

use vnmon::entities::gold;

#[path = "support/entities_web.rs"]
mod entities_web;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shared = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    let shared = shared.try_exists()?.then_some(shared);
    let log = std::env::var("VNMON_LOG").is_ok_and(|v| v == "1");
    let only = std::env::var("VNMON_SPLIT").unwrap_or_default();
    for name in ["dev", "test4"].into_iter().filter(|n| only.is_empty() || only == *n) {
        if !entities_web::dir().join(format!("{name}.jsonl")).try_exists()? {
            println!("== {name}: no such split");
            continue;
        }
        let split = entities_web::load(name, shared.as_deref())?;
        let s = entities_web::score(&split);
        println!(
            "== {name}: {} texts ({} skipped: ../shared missing)",
            split.articles.len(),
            split.skipped
        );
        println!("{}", gold::summary(&s));
        if log && name == "dev" {
            for e in s.document_errors.iter().chain(&s.log) {
                println!("  {e}");
            }
        }
    }
    Ok(())
}
