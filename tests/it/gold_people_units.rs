//! Officials and units against the hand-annotated gold set (`../shared/gold/seeds.jsonl`),
//! scored by `vnmon::entities::gold` as GUIDELINES.md says: names exactly after normalisation
//! (NFC, tone placement, case, whitespace), units leniently by token overlap (Dice ≥ 0.75).

use vnmon::entities::gold::{self, GoldArticle, Scores};

use crate::common::shared;

#[test]
fn gold_people_and_units() {
    let Some(gold_file) = shared("gold/seeds.jsonl") else { return };
    let Some(seeds) = shared("seeds") else { return };
    let lines = std::fs::read_to_string(gold_file).expect("gold file");
    let mut s = Scores::default();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let g: GoldArticle = serde_json::from_str(line).expect("gold json");
        let text = std::fs::read_to_string(seeds.join(format!("{}.txt", g.id))).expect("seed text");
        gold::score_people_units(&text, &g, &mut s);
    }
    let off_f1 = s.officials.f1();
    let title_recall = s.titles.ratio();
    let unit_f1 = s.units.f1();
    println!("{}", s.log.join("\n"));
    println!(
        "officials F1 {off_f1:.3} ({} tp / {} pred / {} gold); title recall {title_recall:.3} \
         ({}/{}); units F1 {unit_f1:.3} ({} tp / {} pred / {} gold)",
        s.officials.tp,
        s.officials.got,
        s.officials.want,
        s.titles.hit,
        s.titles.of,
        s.units.tp,
        s.units.got,
        s.units.want
    );
    assert!(off_f1 >= 0.95, "officials F1 {off_f1:.3}");
    assert!(title_recall >= 0.9, "title recall {title_recall:.3}");
    assert!(unit_f1 >= 0.8, "units F1 {unit_f1:.3}");
}
