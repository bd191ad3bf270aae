//! Entities on real texts nobody tuned for: the gold set `tests/data/entities-web` (dev, test,
//! test2 and test3 splits of legal-portal and baomoi texts, annotated per
//! `../shared/gold/GUIDELINES.md`), scored with the scorer the seeds' gold tests use
//! (`vnmon::entities::gold`).
//!
//! Prints, for `dev`, `test` (the first 13 unseen texts), `test2` (the second, larger set of
//! unseen texts), `test3` (the third, 16 texts) and `test+test2+test3` (all unseen texts
//! together), each as aggregate lines only: documents F1, issue-date accuracy, issuer accuracy,
//! officials F1 and title recall, dates F1, units F1. `VNMON_LOG=1`
//! also prints every difference (dev only: the test splits are measured, never read while
//! developing).
//!
//! Run: `cargo bench --bench entities_web_eval`; `VNMON_SPLIT=dev` scores only the dev split
//! (what development runs), `VNMON_SPLIT=test2` only the second test set, `VNMON_SPLIT=test3`
//! only the third.

use vnmon::entities::gold;

#[path = "support/entities_web.rs"]
mod entities_web;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shared = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    let shared = shared.try_exists()?.then_some(shared);
    let log = std::env::var("VNMON_LOG").is_ok_and(|v| v == "1");
    let only = std::env::var("VNMON_SPLIT").unwrap_or_default();
    let mut unseen: Option<entities_web::Split> = None;
    for name in
        ["dev", "test", "test2", "test3"].into_iter().filter(|n| only.is_empty() || only == *n)
    {
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
        if name != "dev" {
            // All unseen texts: the test splits scored as one set.
            match &mut unseen {
                None => unseen = Some(split),
                Some(all) => {
                    all.name = format!("{}+{name}", all.name);
                    all.articles.extend(split.articles);
                    all.skipped += split.skipped;
                }
            }
        }
    }
    if let Some(all) = unseen.filter(|a| a.name.contains('+')) {
        let s = entities_web::score(&all);
        println!(
            "== {}: {} texts ({} skipped: ../shared missing)",
            all.name,
            all.articles.len(),
            all.skipped
        );
        println!("{}", gold::summary(&s));
    }
    Ok(())
}
