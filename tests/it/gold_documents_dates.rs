//! Gold test: document references and dates against `../shared/gold/seeds.jsonl`.
//!
//! Each seed text (`../shared/seeds/<id>.txt`) goes through `documents::find` and `dates::find`.
//! The publication date passed is the gold's `published`; when that is null, the text's own
//! context: the latest date written with its year (GUIDELINES.md: "the year of the article's
//! publication (or of the surrounding context)"); with neither, `None`.
//!
//! Scoring follows GUIDELINES.md: keys, kinds and issuers are compared after NFC, traditional
//! tone placement, case folding and whitespace collapse; document keys also map TƯ / T.Ư to TW.
//! Short references without a full one are keyed `<kind>|<number>`. Documents must score F1 = 1
//! with every issue date right; dates F1 ≥ 0.95.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Deserialize;
use vnmon::entities::{dates, documents};

use crate::common::shared;

#[derive(Deserialize)]
struct Seed {
    id: String,
    published: Option<String>,
    documents: Vec<GoldDoc>,
    dates: Vec<String>,
}

#[derive(Deserialize)]
struct GoldDoc {
    key: String,
    kind: String,
    number: String,
    symbol: Option<String>,
    issued: Option<String>,
    issuer: Option<String>,
}

/// GUIDELINES.md normalisation: NFC, traditional tones, case fold, whitespace collapse.
fn norm(s: &str) -> String {
    let s = vnmon::text::canonical_tones(&vnmon::text::normalize(s));
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Document key normalisation: [`norm`] plus TƯ / T.Ư → TW.
fn norm_key(s: &str) -> String {
    norm(&s.replace("T.Ư", "TW").replace("TƯ", "TW"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("gold date")
}

/// Precision, recall and F1 from counts.
fn f1(tp: usize, got: usize, want: usize) -> (f64, f64, f64) {
    let p = if got == 0 { 1.0 } else { tp as f64 / got as f64 };
    let r = if want == 0 { 1.0 } else { tp as f64 / want as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

#[test]
fn gold_documents_and_dates() {
    let Some(gold) = shared("gold/seeds.jsonl") else { return };
    let Some(seeds) = shared("seeds") else { return };
    let gold = std::fs::read_to_string(gold).expect("gold file");
    let (mut doc_tp, mut doc_got, mut doc_want) = (0, 0, 0);
    let (mut date_tp, mut date_got, mut date_want) = (0, 0, 0);
    let mut field_errors: Vec<String> = Vec::new();
    let mut issued_checked = 0;
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let seed: Seed = serde_json::from_str(line).expect("gold line");
        let raw =
            std::fs::read_to_string(seeds.join(format!("{}.txt", seed.id))).expect("seed text");
        let text = vnmon::text::normalize(&raw);
        let published = seed.published.as_deref().map(date).or_else(|| {
            // The surrounding context: the latest date written with its year.
            dates::find(&text, None).iter().map(|d| d.date).max()
        });

        // Documents.
        let found = documents::find(&text, published);
        for d in &found {
            for m in &d.mentions {
                assert_eq!(&text[m.start..m.end], m.text, "{}: mention offsets", seed.id);
            }
        }
        let got_keys: BTreeSet<String> = found
            .iter()
            .map(|d| norm_key(&d.id.clone().unwrap_or_else(|| format!("{}|{}", d.kind, d.number))))
            .collect();
        let want_keys: BTreeSet<String> = seed.documents.iter().map(|g| norm_key(&g.key)).collect();
        let tp = got_keys.intersection(&want_keys).count();
        doc_tp += tp;
        doc_got += got_keys.len();
        doc_want += want_keys.len();
        for k in got_keys.difference(&want_keys) {
            field_errors.push(format!("{}: extra document {k}", seed.id));
        }
        for k in want_keys.difference(&got_keys) {
            field_errors.push(format!("{}: missing document {k}", seed.id));
        }
        for g in &seed.documents {
            let Some(d) = found.iter().find(|d| {
                norm_key(&d.id.clone().unwrap_or_else(|| format!("{}|{}", d.kind, d.number)))
                    == norm_key(&g.key)
            }) else {
                continue;
            };
            let issued = d.issued.map(|x| x.format("%Y-%m-%d").to_string());
            issued_checked += 1;
            let checks = [
                ("kind", norm(&d.kind), norm(&g.kind)),
                ("number", d.number.clone(), g.number.clone()),
                (
                    "symbol",
                    d.symbol.as_deref().map(norm_key).unwrap_or_default(),
                    g.symbol.as_deref().map(norm_key).unwrap_or_default(),
                ),
                ("issued", issued.unwrap_or_default(), g.issued.clone().unwrap_or_default()),
                (
                    "issuer",
                    d.issuer.as_deref().map(norm).unwrap_or_default(),
                    g.issuer.as_deref().map(norm).unwrap_or_default(),
                ),
            ];
            for (field, got, want) in checks {
                if got != want {
                    field_errors
                        .push(format!("{} {}: {field} got {got:?}, want {want:?}", seed.id, g.key));
                }
            }
        }

        // Dates: the set of ISO dates per article.
        let got_dates: BTreeSet<NaiveDate> =
            dates::find(&text, published).iter().map(|d| d.date).collect();
        let want_dates: BTreeSet<NaiveDate> = seed.dates.iter().map(|s| date(s)).collect();
        date_tp += got_dates.intersection(&want_dates).count();
        date_got += got_dates.len();
        date_want += want_dates.len();
        for x in got_dates.difference(&want_dates) {
            eprintln!("{}: extra date {x}", seed.id);
        }
        for x in want_dates.difference(&got_dates) {
            eprintln!("{}: missing date {x} (published used: {published:?})", seed.id);
        }
    }
    let (dp, dr, df) = f1(doc_tp, doc_got, doc_want);
    let (tp_, tr, tf) = f1(date_tp, date_got, date_want);
    eprintln!(
        "documents: P {dp:.3} R {dr:.3} F1 {df:.3} ({doc_tp}/{doc_got} found, {doc_want} gold); \
         fields checked on {issued_checked} documents"
    );
    eprintln!(
        "dates: P {tp_:.3} R {tr:.3} F1 {tf:.3} ({date_tp}/{date_got} found, {date_want} gold)"
    );
    for e in &field_errors {
        eprintln!("  {e}");
    }
    assert!(field_errors.is_empty(), "document errors: {field_errors:#?}");
    assert!((df - 1.0).abs() < 1e-9, "documents F1 {df}");
    assert!(tf >= 0.95, "dates F1 {tf}");
}
