//! Floors on the dev split of the real-web entity gold set (`tests/data/entities-web`, scored by
//! `vnmon::entities::gold`): a regression on texts from outlets nobody tuned for fails here. The
//! figures for both splits: `cargo bench --bench entities_web_eval` (BENCHMARKS.md). The legal
//! texts are in the repository; the news texts are records of `../shared/corpus`, skipped with a
//! line when it is missing.

#[path = "../../benches/support/entities_web.rs"]
mod support;

use crate::common::shared;

/// Without `../shared` the legal texts still load and the news lines are counted as skipped.
#[test]
fn loads_without_shared() {
    let split = support::load("dev", None).expect("dev split");
    // 114 legal texts (60 first, then the 24 of the three retired test splits, then 10 of dev
    // growth 9, then the 10 of the retired `test4`, then the 10 of the retired `test5`) and 278
    // news lines in the corpus (the last: 10 of dev growth 10, the 10 of the retired `test5`, the
    // 16 of dev growth 11, the 20 of the retired `test6`, the 20 of the retired `test7`, the 20
    // of the retired `test8`, the 20 of the retired `test9`, the 20 of the retired `test10`, the
    // 20 of the retired `test11`).
    assert_eq!(split.articles.len(), 114);
    assert_eq!(split.skipped, 278);
    // The held-out splits (`support::HELD_OUT`) load the
    // same way; they are only counted here: the bench scores them, never the tests.
    for name in support::HELD_OUT {
        let split = support::load(name, None).expect("held-out split");
        assert!(split.articles.len() + split.skipped > 0, "{name} is empty");
    }
}

#[test]
fn dev_floors() {
    // The floors hold for the whole dev split, news texts included.
    let Some(corpus) = shared("corpus/baomoi-2017.jsonl.zst") else { return };
    let shared_dir = corpus.parent().and_then(|p| p.parent());
    let split = support::load("dev", shared_dir).expect("dev split");
    assert_eq!(split.skipped, 0, "news texts of the dev split not found in the corpus");
    assert!(split.articles.len() >= 11, "dev split has {} texts", split.articles.len());
    let s = support::score(&split);
    let summary = vnmon::entities::gold::summary(&s);
    eprintln!("{summary}");
    // A little under the dev figures when the floors were set (BENCHMARKS.md has them; dev
    // growth 3 added 16 texts of test2's distribution, on which documents, dates and units are
    // harder: those floors stand a little under the grown set's figures; dev growth 4 added 16
    // document-dense texts and the floors still hold; dev growth 5 added 12 provincial news and
    // legal texts whose units, annotated before scoring, bring units F1 to 0.923: its floor
    // stands under that; dev growth 6 added 18 corpus texts citing courts, inspectorates and
    // amended documents, and the floors still hold; dev growth 7 added 15 legal excerpts of a
    // second legal-portal dump, and the floors still hold; dev growth 8 added 15 more of that
    // dump, and the floors still hold; the seventh session retired the three test splits into
    // dev, 45 texts whose issuers and titles are harder: those two floors stand under the merged
    // set's figures; dev growth 9 added 20 texts rich in titled officials and signature blocks,
    // and the floors hold; the eighth session retired `test4` into dev (226 texts) and, after
    // its rules, raised the floors to stand a little under the merged set's figures: documents
    // 0.998, issue date 0.991, issuer 0.976, officials 0.988, title recall 0.954, dates 0.983,
    // units 0.964); dev growth 10 added 10 news texts naming officials in prose (236 texts),
    // annotated before any run, whose titles, year-less dates and lowercase units are harder:
    // after its rules the whole dev stands at officials 0.990, title recall 0.928, dates 0.980,
    // units 0.959, so the title recall, dates and units floors were lowered for those texts
    // (from 0.95, 0.98, 0.96) to stand a little under the grown set's figures; the ninth session
    // retired `test5` into dev (256 texts) and, after its round-11 rules, the whole dev stands at
    // issue date 0.990 (954/964: of the former test5 texts, a year-less "ngày 11/7" in an
    // article that dates no day of its own is out of reach by design, and a short reference's
    // "ngày 14-4-1980" is missed), officials 0.991, title recall 0.933, dates 0.976, units 0.961:
    // the officials, title recall and units floors were raised, the issue-date one lowered a
    // little, to stand under those figures; dev growth 11 added 16 news texts naming officials
    // in prose (272 texts), annotated before any run: their year-less dates in articles that
    // date no day of their own (12 of their 22 dates, out of reach by design) bring the whole
    // dev's dates F1 to 0.970 and their units (bare "Viện kiểm sát", "Ủy ban kiểm tra", schools
    // and factories named after people or by codes) units F1 to 0.956; after the round's rules
    // the whole dev stands at officials 0.993, title recall 0.939, dates 0.970, units 0.957, so
    // the officials and title recall floors were raised and the dates and units ones lowered
    // (from 0.975 and 0.958) to stand a little under those figures; dev round 12 then read the
    // short reference's "ngày 14-4-1980" and more issuers: issue date 0.991, issuer 0.976, the
    // floors unchanged; the tenth session retired `test6` into dev (292 texts), which brought
    // officials to 0.986, title recall to 0.898 and dates to 0.962 (14 of its 25 dates out of
    // reach by design), under their floors; after dev round 15 (units, dates and documents) the
    // whole dev stands at documents 0.998, issue date 0.991, issuer 0.977, officials 0.988,
    // title recall 0.909, dates 0.963, units 0.969, and after dev round 14 (officials and
    // titles) at officials 0.994 and title recall 0.961, so the units, issuer, issue-date and
    // title-recall floors were raised and the dates one lowered to stand a little under those
    // figures; the eleventh session retired `test7` into dev (312 texts), which brought issue
    // date to 0.985, issuer to 0.971, officials to 0.986, title recall to 0.926, dates to 0.959
    // and units to 0.962, so those floors were lowered to stand a little under them until the
    // next rounds; after dev round 16 (officials and titles) the whole dev stood at officials
    // 0.993 and title recall 0.949, and after dev round 17 (units, dates and documents) at
    // documents 0.997, issue date 0.988, issuer 0.977 and units 0.967, so those floors were
    // raised to stand a little under them; both rounds merged: see the set's README; the twelfth
    // session retired `test8` into dev (332 texts), which brought issue date to 0.986, issuer to
    // 0.974, officials to 0.990, title recall to 0.937, dates to 0.956 and units to 0.964, so
    // those floors were lowered to stand a little under them until the next rounds; after dev
    // round 19 (units, dates and documents) the whole dev stands at documents 0.998, issue date
    // 0.988, issuer 0.977, dates 0.960 and units 0.967, and after dev round 18 (officials and
    // titles) at officials 0.991 and title recall 0.946, so those floors were raised to stand a
    // little under them; both rounds merged: see the set's README; dev round 21 (units, dates
    // and documents, second round) brought units to 0.968 and raised its floor; the thirteenth
    // session retired `test9` into dev (352 texts), which brought documents to 0.996, issuer to
    // 0.975, officials to 0.984, title recall to 0.922, dates to 0.958 and units to 0.963, so
    // those floors were lowered to stand a little under them until the next rounds; after dev
    // round 22 (officials and titles) the whole dev stands at officials 0.989 and title recall
    // 0.937, and after dev round 23 (units, dates and documents) at documents 0.997, issuer
    // 0.979, dates 0.960 and units 0.967, so those floors were raised to stand a little under
    // them; after dev round 24 (titles cut short) title recall stands at 0.940, and its floor
    // was raised to 0.938; the fourteenth session retired `test10` into dev (372 texts), which
    // brought issue date to 0.986, issuer to 0.976, officials to 0.985, title recall to 0.916,
    // dates to 0.950 and units to 0.964, so those floors were lowered to stand a little under
    // them until the next rounds; dev round 26 (units, dates and documents) brought dates to
    // 0.951 and units to 0.965 and raised those floors; after dev round 25 (officials' titles)
    // officials stand at 0.989 and title recall at 0.929, and those floors were raised to 0.987
    // and 0.927; the fifteenth session retired `test11` into dev (392 texts), which brought
    // documents to 0.996, officials to 0.983, title recall to 0.904 and units to 0.958, so those
    // floors were lowered to stand a little under them until the next rounds; dev round 28
    // (units, dates and documents) brought documents to 0.997 and units to 0.965 and raised
    // those floors; after dev round 27 (officials' titles) officials stand at 0.986 and title
    // recall at 0.921, and those floors were raised to 0.984 and 0.918; dev round 29 (issuers)
    // brought issuer to 0.979 and raised its floor to 0.977).
    let floors = [
        ("documents F1", s.documents.f1(), 0.996),
        ("issue date accuracy", s.issued.ratio(), 0.984),
        ("issuer accuracy", s.issuer.ratio(), 0.977),
        ("officials F1", s.officials.f1(), 0.984),
        ("title recall", s.titles.ratio(), 0.918),
        ("dates F1", s.dates.f1(), 0.949),
        ("units F1", s.units.f1(), 0.963),
    ];
    let low: Vec<String> = floors
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(what, got, floor)| format!("{what} {got:.3} < {floor}"))
        .collect();
    let diffs: Vec<&String> = s.document_errors.iter().chain(&s.log).collect();
    assert!(low.is_empty(), "below the dev floors: {low:#?}\n{summary}\n{diffs:#?}");
}
