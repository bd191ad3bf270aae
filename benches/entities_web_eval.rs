//! Entities on real texts nobody tuned for: the gold set `tests/data/entities-web` (a dev split
//! and the held-out splits of legal-portal and baomoi texts, annotated per
//! `../shared/gold/GUIDELINES.md`), scored with the scorer the seeds' gold tests use
//! (`vnmon::entities::gold`).
//!
//! Prints, for `dev` and each held-out split listed in `support/entities_web.rs`
//! (`HELD_OUT`; the earlier test splits were retired into dev, see the set's README), aggregate
//! lines only: documents F1, issue-date accuracy, issuer accuracy, officials F1 and title recall,
//! dates F1, units F1, and dates F1, issue-date accuracy, documents F1 and issuer accuracy again
//! with the publication year known (a corpus text whose lead dates nothing still takes its
//! corpus's year, as a crawled page has its publication time:
//! `support::score_dates_year_known`). `VNMON_LOG=1` also prints every
//! difference (dev only: a held-out split is measured, never read while developing), the second
//! scoring's dates and issue-date differences marked `[year known]`.
//!
//! Run: `cargo bench --bench entities_web_eval`; `VNMON_SPLIT=dev` scores only the dev split
//! (what development runs), `VNMON_SPLIT=<name>` only that split. `VNMON_RETIRED=test4` (a
//! retired split's name) also prints the figures of the dev texts that were held out under that
//! name, and with `VNMON_LOG=1` only their differences.

use vnmon::entities::gold;

#[path = "support/entities_web.rs"]
mod entities_web;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shared = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    let shared = shared.try_exists()?.then_some(shared);
    let log = std::env::var("VNMON_LOG").is_ok_and(|v| v == "1");
    let only = std::env::var("VNMON_SPLIT").unwrap_or_default();
    let retired = std::env::var("VNMON_RETIRED").unwrap_or_default();
    let names = std::iter::once("dev").chain(entities_web::HELD_OUT.iter().copied());
    for name in names.filter(|n| only.is_empty() || only == *n) {
        if !entities_web::dir().join(format!("{name}.jsonl")).try_exists()? {
            println!("== {name}: no such split");
            continue;
        }
        let split = entities_web::load(name, shared.as_deref())?;
        let mut shown = vec![split];
        if name == "dev" && !retired.is_empty() {
            let part = shown[0].retired_from(&retired);
            shown.push(part);
        }
        for (i, split) in shown.iter().enumerate() {
            let s = entities_web::score(split);
            println!(
                "== {}: {} texts ({} skipped: ../shared missing)",
                split.name,
                split.articles.len(),
                split.skipped
            );
            println!("{}", gold::summary(&s));
            let year_known = entities_web::score_dates_year_known(split);
            let y = &year_known.dates;
            let (p, r, f) = y.prf();
            let issued = &year_known.issued;
            println!(
                "dates, publication year known  P {p:.3} R {r:.3} F1 {f:.3} ({}/{} found, {} gold); \
                 issue date accuracy {:.3} ({}/{}); documents F1 {:.3}, issuer accuracy {:.3} ({}/{})",
                y.tp,
                y.got,
                y.want,
                issued.ratio(),
                issued.hit,
                issued.of,
                year_known.documents.f1(),
                year_known.issuer.ratio(),
                year_known.issuer.hit,
                year_known.issuer.of
            );
            // Differences: dev only, and only the retired part's when one is asked for.
            if log && name == "dev" && i + 1 == shown.len() {
                for e in s.document_errors.iter().chain(&s.log) {
                    println!("  {e}");
                }
                let issued =
                    year_known.document_errors.iter().filter(|e| e.contains(": issued got "));
                for e in year_known.log.iter().filter(|e| e.contains(" date ")).chain(issued) {
                    println!("  [year known] {e}");
                }
            }
        }
    }
    Ok(())
}
