//! Gold test: document references and dates against `../shared/gold/seeds.jsonl`.
//!
//! Each seed text (`../shared/seeds/<id>.txt`) goes through `documents::find` and `dates::find`
//! and is scored by `vnmon::entities::gold` (the scorer every gold set shares). The publication
//! date passed is the gold's `published`; when that is null, the text's own context: the latest
//! date written with its year (GUIDELINES.md: "the year of the article's publication (or of the
//! surrounding context)"); with neither, `None`.
//!
//! Scoring follows GUIDELINES.md: keys, kinds and issuers are compared after NFC, traditional
//! tone placement, case folding and whitespace collapse; document keys also map TƯ / T.Ư to TW.
//! Short references without a full one are keyed `<kind>|<number>`. Documents must score F1 = 1
//! with every issue date right; dates F1 ≥ 0.95.

use vnmon::entities::gold::{self, GoldArticle, Scores};

use crate::common::shared;

#[test]
fn gold_documents_and_dates() {
    let Some(gold_file) = shared("gold/seeds.jsonl") else { return };
    let Some(seeds) = shared("seeds") else { return };
    let lines = std::fs::read_to_string(gold_file).expect("gold file");
    let mut s = Scores::default();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let seed: GoldArticle = serde_json::from_str(line).expect("gold line");
        let raw =
            std::fs::read_to_string(seeds.join(format!("{}.txt", seed.id))).expect("seed text");
        let text = vnmon::text::normalize(&raw);
        let published = gold::published_or_context(&text, &seed);
        gold::score_documents_dates(&text, published, &seed, &mut s);
    }
    let (dp, dr, df) = s.documents.prf();
    let (tp_, tr, tf) = s.dates.prf();
    eprintln!(
        "documents: P {dp:.3} R {dr:.3} F1 {df:.3} ({}/{} found, {} gold); \
         fields checked on {} documents",
        s.documents.tp, s.documents.got, s.documents.want, s.issued.of
    );
    eprintln!(
        "dates: P {tp_:.3} R {tr:.3} F1 {tf:.3} ({}/{} found, {} gold)",
        s.dates.tp, s.dates.got, s.dates.want
    );
    for e in s.log.iter().chain(&s.document_errors) {
        eprintln!("  {e}");
    }
    assert!(s.document_errors.is_empty(), "document errors: {:#?}", s.document_errors);
    assert!((df - 1.0).abs() < 1e-9, "documents F1 {df}");
    assert!(tf >= 0.95, "dates F1 {tf}");
}
