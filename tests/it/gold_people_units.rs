//! Officials and units against the hand-annotated gold set (`../shared/gold/seeds.jsonl`),
//! scored as GUIDELINES.md says: names exactly after normalisation (NFC, tone placement,
//! case, whitespace), units leniently by token overlap (Dice ≥ 0.75).

use std::collections::HashSet;

use vnmon::entities::{officials, units};

use crate::common::shared;

/// GUIDELINES normalisation: lowercase, traditional tone placement, whitespace collapsed.
fn norm(s: &str) -> String {
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            let w = w.to_lowercase();
            let mut out = w.clone();
            for (from, to) in [
                ("oà", "òa"),
                ("oá", "óa"),
                ("oả", "ỏa"),
                ("oã", "õa"),
                ("oạ", "ọa"),
                ("oè", "òe"),
                ("oé", "óe"),
                ("oẻ", "ỏe"),
                ("oẽ", "õe"),
                ("oẹ", "ọe"),
                ("uỳ", "ùy"),
                ("uý", "úy"),
                ("uỷ", "ủy"),
                ("uỹ", "ũy"),
                ("uỵ", "ụy"),
            ] {
                if w.ends_with(from) && !w.ends_with(&format!("q{from}")) {
                    out = format!("{}{}", &w[..w.len() - from.len()], to);
                }
            }
            out
        })
        .collect();
    words.join(" ")
}

fn tokens(s: &str) -> Vec<String> {
    norm(s)
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

fn dice(a: &[String], b: &[String]) -> f64 {
    let mut rest: Vec<&String> = b.iter().collect();
    let mut common = 0;
    for w in a {
        if let Some(p) = rest.iter().position(|x| *x == w) {
            rest.swap_remove(p);
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()).max(1) as f64
}

fn f1(tp: usize, n_pred: usize, n_gold: usize) -> f64 {
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[derive(Default)]
struct Score {
    off_tp: usize,
    off_pred: usize,
    off_gold: usize,
    title_hit: usize,
    title_gold: usize,
    unit_tp: usize,
    unit_pred: usize,
    unit_gold: usize,
}

fn score_one(text: &str, gold: &serde_json::Value, s: &mut Score, log: &mut Vec<String>) {
    let found = officials::find(text);
    let gold_off = gold["officials"].as_array().cloned().unwrap_or_default();
    s.off_pred += found.len();
    s.off_gold += gold_off.len();
    for g in &gold_off {
        let name = norm(g["name"].as_str().unwrap_or(""));
        let titles: Vec<String> = g["titles"]
            .as_array()
            .map(|a| a.iter().filter_map(|t| t.as_str()).map(norm).collect())
            .unwrap_or_default();
        s.title_gold += titles.len();
        match found.iter().find(|o| norm(&o.name) == name) {
            Some(o) => {
                s.off_tp += 1;
                let got: HashSet<String> = o.titles.iter().map(|t| norm(t)).collect();
                for t in &titles {
                    if got.contains(t) {
                        s.title_hit += 1;
                    } else {
                        log.push(format!("missed title {t:?} of {name:?}; got {:?}", o.titles));
                    }
                }
            }
            None => log.push(format!("missed official {name:?}")),
        }
    }
    for o in &found {
        if !gold_off.iter().any(|g| norm(g["name"].as_str().unwrap_or("")) == norm(&o.name)) {
            log.push(format!("extra official {:?} {:?}", o.name, o.titles));
        }
    }

    let found: Vec<Vec<String>> = units::find(text).iter().map(|u| tokens(&u.name)).collect();
    let gold_units: Vec<Vec<String>> = gold["units"]
        .as_array()
        .map(|a| a.iter().filter_map(|u| u.as_str()).map(tokens).collect())
        .unwrap_or_default();
    s.unit_pred += found.len();
    s.unit_gold += gold_units.len();
    let mut used = vec![false; found.len()];
    for g in &gold_units {
        let best = (0..found.len())
            .filter(|&k| !used[k])
            .map(|k| (k, dice(g, &found[k])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((k, d)) if d >= 0.75 => {
                used[k] = true;
                s.unit_tp += 1;
            }
            _ => log.push(format!("missed unit {:?}", g.join(" "))),
        }
    }
    for (k, u) in found.iter().enumerate() {
        if !used[k] {
            log.push(format!("extra unit {:?}", u.join(" ")));
        }
    }
}

#[test]
fn gold_people_and_units() {
    let Some(gold) = shared("gold/seeds.jsonl") else { return };
    let Some(seeds) = shared("seeds") else { return };
    let gold = std::fs::read_to_string(gold).expect("gold file");
    let mut s = Score::default();
    let mut log = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).expect("gold json");
        let id = g["id"].as_str().expect("id");
        let text = std::fs::read_to_string(seeds.join(format!("{id}.txt"))).expect("seed text");
        log.push(format!("== {id}"));
        score_one(&text, &g, &mut s, &mut log);
    }
    let off_f1 = f1(s.off_tp, s.off_pred, s.off_gold);
    let title_recall = s.title_hit as f64 / s.title_gold.max(1) as f64;
    let unit_f1 = f1(s.unit_tp, s.unit_pred, s.unit_gold);
    println!("{}", log.join("\n"));
    println!(
        "officials F1 {off_f1:.3} ({} tp / {} pred / {} gold); title recall {title_recall:.3} \
         ({}/{}); units F1 {unit_f1:.3} ({} tp / {} pred / {} gold)",
        s.off_tp,
        s.off_pred,
        s.off_gold,
        s.title_hit,
        s.title_gold,
        s.unit_tp,
        s.unit_pred,
        s.unit_gold
    );
    assert!(off_f1 >= 0.95, "officials F1 {off_f1:.3}");
    assert!(title_recall >= 0.9, "title recall {title_recall:.3}");
    assert!(unit_f1 >= 0.8, "units F1 {unit_f1:.3}");
}
