//! Scoring the extractors against hand-annotated gold sets (`../shared/gold/GUIDELINES.md`).
//!
//! One scorer for every gold set: the seeds' gold (`tests/it/gold_*.rs`) and the real-web set
//! (`tests/data/entities-web`, `benches/entities_web_eval.rs`). A gold line is a
//! [`GoldArticle`]; [`score_documents_dates`] and [`score_people_units`] run the extractors over
//! the article's text and add to a [`Scores`].
//!
//! Comparison follows GUIDELINES.md: document keys, kinds and issuers exactly after NFC,
//! traditional tone placement, case folding and whitespace collapse (keys also map TƯ / T.Ư to
//! TW); dates as sets of ISO dates; officials by name, each gold title exactly after the same
//! normalisation; units leniently, by token overlap (Dice ≥ 0.75, one found unit per gold unit).

use std::collections::{BTreeSet, HashSet};

use chrono::NaiveDate;
use serde::Deserialize;

use super::{dates, documents, officials, units, DocumentRef};

/// One annotated article (one JSON line). Unknown fields (provenance, source) are ignored.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Article id.
    pub id: String,
    /// Publication date (`YYYY-MM-DD`), when known.
    #[serde(default)]
    pub published: Option<String>,
    /// Every numbered document reference.
    #[serde(default)]
    pub documents: Vec<GoldDocument>,
    /// Named officials with their titles.
    #[serde(default)]
    pub officials: Vec<GoldOfficial>,
    /// Organisations, at their most complete mention.
    #[serde(default)]
    pub units: Vec<String>,
    /// Calendar dates (`YYYY-MM-DD`).
    #[serde(default)]
    pub dates: Vec<String>,
}

/// A gold document reference.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    /// `24-CT/TU`, or `<kind>|<number>` for a short reference without a full one.
    pub key: String,
    /// Document type in full.
    pub kind: String,
    /// Leading number.
    pub number: String,
    /// Symbol after the number; null for a short reference.
    pub symbol: Option<String>,
    /// Issue date, `YYYY-MM-DD`.
    pub issued: Option<String>,
    /// Issuing body as written.
    pub issuer: Option<String>,
}

/// A gold official.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldOfficial {
    /// Full name.
    pub name: String,
    /// Every title phrase attached to the person.
    #[serde(default)]
    pub titles: Vec<String>,
}

/// True positives, found and wanted items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items both found and wanted.
    pub tp: usize,
    /// Items found.
    pub got: usize,
    /// Items wanted.
    pub want: usize,
}

impl Counts {
    /// Precision, recall and F1 (precision 1 when nothing was found, recall 1 when nothing was
    /// wanted).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.got == 0 { 1.0 } else { self.tp as f64 / self.got as f64 };
        let r = if self.want == 0 { 1.0 } else { self.tp as f64 / self.want as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        self.prf().2
    }
}

/// A share: `hit` right out of `of` checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    /// Checked and right.
    pub hit: usize,
    /// Checked.
    pub of: usize,
}

impl Share {
    /// `hit / of`, 1 when nothing was checked.
    pub fn ratio(&self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }

    fn add(&mut self, right: bool) {
        self.of += 1;
        self.hit += usize::from(right);
    }
}

/// Figures accumulated over a gold set.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Document keys.
    pub documents: Counts,
    /// Issue date right (null included) on the gold documents that were found.
    pub issued: Share,
    /// Issue date right on the found gold documents whose gold issue date is not null.
    pub issued_dated: Share,
    /// Issuer right (null included) on the gold documents that were found.
    pub issuer: Share,
    /// Kind, number and symbol right on the gold documents that were found.
    pub shape: Share,
    /// Dates, as sets of ISO dates per article.
    pub dates: Counts,
    /// Officials, by name.
    pub officials: Counts,
    /// Gold titles found on the matched officials (title recall: `hit / of` over all gold titles).
    pub titles: Share,
    /// Gold titles found, or found with their body cut short or run on: a found title of the
    /// same official begins with the gold's words, or the gold begins with the found title's
    /// (the partial match of entity evaluations; a diagnostic beside the strict `titles`).
    pub titles_partial: Share,
    /// Units, lenient match.
    pub units: Counts,
    /// Document errors: extra or missing documents and wrong fields, one line each.
    pub document_errors: Vec<String>,
    /// Everything else that differs (dates, officials, titles, units), one line each.
    pub log: Vec<String>,
}

impl Scores {
    /// Adds another set's figures to these.
    pub fn merge(&mut self, o: &Scores) {
        for (a, b) in [
            (&mut self.documents, &o.documents),
            (&mut self.dates, &o.dates),
            (&mut self.officials, &o.officials),
            (&mut self.units, &o.units),
        ] {
            a.tp += b.tp;
            a.got += b.got;
            a.want += b.want;
        }
        for (a, b) in [
            (&mut self.issued, &o.issued),
            (&mut self.issued_dated, &o.issued_dated),
            (&mut self.issuer, &o.issuer),
            (&mut self.shape, &o.shape),
            (&mut self.titles, &o.titles),
            (&mut self.titles_partial, &o.titles_partial),
        ] {
            a.hit += b.hit;
            a.of += b.of;
        }
        self.document_errors.extend(o.document_errors.iter().cloned());
        self.log.extend(o.log.iter().cloned());
    }
}

/// GUIDELINES normalisation: NFC, traditional tone placement, case fold, whitespace collapse.
pub fn norm(s: &str) -> String {
    let s = crate::text::canonical_tones(&crate::text::normalize(s));
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Document key normalisation: [`norm`] plus TƯ / T.Ư → TW.
pub fn norm_key(s: &str) -> String {
    norm(&s.replace("T.Ư", "TW").replace("TƯ", "TW"))
}

/// A `YYYY-MM-DD` gold date.
///
/// # Panics
/// On a malformed date: gold files are checked in.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("gold date {s:?}"))
}

/// The date that resolves year-less dates: the gold's `published`, else the text's own context
/// ([`dates::context_date`]: the latest date written with its year, not a cited legal text's
/// issue date, else a year written alone), else none.
pub fn published_or_context(text: &str, gold: &GoldArticle) -> Option<NaiveDate> {
    gold.published.as_deref().map(date).or_else(|| dates::context_date(text))
}

/// The scoring key of a found document.
fn found_key(d: &DocumentRef) -> String {
    norm_key(&d.id.clone().unwrap_or_else(|| format!("{}|{}", d.kind, d.number)))
}

/// Runs `documents::find` and `dates::find` over `text` (NFC) and scores them against `gold`.
///
/// # Panics
/// When a found mention's offsets do not point at its text (an extractor bug).
pub fn score_documents_dates(
    text: &str,
    published: Option<NaiveDate>,
    gold: &GoldArticle,
    s: &mut Scores,
) {
    let id = &gold.id;
    let found = documents::find(text, published);
    for d in &found {
        for m in &d.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "{id}: mention offsets");
        }
    }
    let got_keys: BTreeSet<String> = found.iter().map(found_key).collect();
    let want_keys: BTreeSet<String> = gold.documents.iter().map(|g| norm_key(&g.key)).collect();
    s.documents.tp += got_keys.intersection(&want_keys).count();
    s.documents.got += got_keys.len();
    s.documents.want += want_keys.len();
    for k in got_keys.difference(&want_keys) {
        s.document_errors.push(format!("{id}: extra document {k}"));
    }
    for k in want_keys.difference(&got_keys) {
        s.document_errors.push(format!("{id}: missing document {k}"));
    }
    for g in &gold.documents {
        let Some(d) = found.iter().find(|d| found_key(d) == norm_key(&g.key)) else {
            continue;
        };
        let issued = d.issued.map(|x| x.format("%Y-%m-%d").to_string()).unwrap_or_default();
        let want_issued = g.issued.clone().unwrap_or_default();
        let issuer = d.issuer.as_deref().map(norm).unwrap_or_default();
        let want_issuer = g.issuer.as_deref().map(norm).unwrap_or_default();
        let symbol = d.symbol.as_deref().map(norm_key).unwrap_or_default();
        let want_symbol = g.symbol.as_deref().map(norm_key).unwrap_or_default();
        s.issued.add(issued == want_issued);
        if g.issued.is_some() {
            s.issued_dated.add(issued == want_issued);
        }
        s.issuer.add(issuer == want_issuer);
        s.shape
            .add(norm(&d.kind) == norm(&g.kind) && d.number == g.number && symbol == want_symbol);
        let checks = [
            ("kind", norm(&d.kind), norm(&g.kind)),
            ("number", d.number.clone(), g.number.clone()),
            ("symbol", symbol, want_symbol),
            ("issued", issued, want_issued),
            ("issuer", issuer, want_issuer),
        ];
        for (field, got, want) in checks {
            if got != want {
                s.document_errors
                    .push(format!("{id} {}: {field} got {got:?}, want {want:?}", g.key));
            }
        }
    }

    // (dates resolve their years as `extract` does: by the gold's `published`, else by the
    // text's context, leaving out a year-less date written before a later full date that the
    // context's year puts more than a week before it, `dates::find_in_text`)
    let (found_dates, _) = dates::find_in_text(text, gold.published.as_deref().map(date));
    let got_dates: BTreeSet<NaiveDate> = found_dates.iter().map(|d| d.date).collect();
    let want_dates: BTreeSet<NaiveDate> = gold.dates.iter().map(|x| date(x)).collect();
    s.dates.tp += got_dates.intersection(&want_dates).count();
    s.dates.got += got_dates.len();
    s.dates.want += want_dates.len();
    for x in got_dates.difference(&want_dates) {
        s.log.push(format!("{id}: extra date {x}"));
    }
    for x in want_dates.difference(&got_dates) {
        s.log.push(format!("{id}: missing date {x} (published used: {published:?})"));
    }
}

/// Words of a unit name for the lenient comparison.
fn tokens(s: &str) -> Vec<String> {
    norm(s)
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether one title's words begin the other's: the same post, its body cut short or run on.
fn same_head(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n]
}

/// Dice coefficient of two word multisets.
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

/// Runs `officials::find` and `units::find` over `text` and scores them against `gold`.
pub fn score_people_units(text: &str, gold: &GoldArticle, s: &mut Scores) {
    let id = &gold.id;
    let found = officials::find(text);
    s.officials.got += found.len();
    s.officials.want += gold.officials.len();
    for g in &gold.officials {
        let name = norm(&g.name);
        s.titles.of += g.titles.len();
        s.titles_partial.of += g.titles.len();
        match found.iter().find(|o| norm(&o.name) == name) {
            Some(o) => {
                s.officials.tp += 1;
                let got: HashSet<String> = o.titles.iter().map(|t| norm(t)).collect();
                let got_words: Vec<Vec<String>> = o.titles.iter().map(|t| tokens(t)).collect();
                for t in &g.titles {
                    let want = tokens(t);
                    if got_words.iter().any(|w| same_head(w, &want)) {
                        s.titles_partial.hit += 1;
                    }
                    if got.contains(&norm(t)) {
                        s.titles.hit += 1;
                    } else {
                        s.log.push(format!(
                            "{id}: missed title {t:?} of {name:?}; got {:?}",
                            o.titles
                        ));
                    }
                }
            }
            None => s.log.push(format!("{id}: missed official {name:?}")),
        }
    }
    for o in &found {
        if !gold.officials.iter().any(|g| norm(&g.name) == norm(&o.name)) {
            s.log.push(format!("{id}: extra official {:?} {:?}", o.name, o.titles));
        }
    }

    let found: Vec<Vec<String>> = units::find(text).iter().map(|u| tokens(&u.name)).collect();
    let gold_units: Vec<Vec<String>> = gold.units.iter().map(|u| tokens(u)).collect();
    s.units.got += found.len();
    s.units.want += gold_units.len();
    let mut used = vec![false; found.len()];
    for g in &gold_units {
        let best = (0..found.len())
            .filter(|&k| !used[k])
            .map(|k| (k, dice(g, &found[k])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((k, d)) if d >= 0.75 => {
                used[k] = true;
                s.units.tp += 1;
            }
            _ => s.log.push(format!("{id}: missed unit {:?}", g.join(" "))),
        }
    }
    for (k, u) in found.iter().enumerate() {
        if !used[k] {
            s.log.push(format!("{id}: extra unit {:?}", u.join(" ")));
        }
    }
}

/// Both scorers over one article: `text` is NFC-normalised first.
pub fn score_article(raw: &str, gold: &GoldArticle, s: &mut Scores) {
    let text = crate::text::normalize(raw);
    let published = published_or_context(&text, gold);
    score_documents_dates(&text, published, gold, s);
    score_people_units(&text, gold, s);
}

/// The figures of a set, as printed by the evals.
pub fn summary(s: &Scores) -> String {
    let (dp, dr, df) = s.documents.prf();
    let (tp_, tr, tf) = s.dates.prf();
    let (op, or, of) = s.officials.prf();
    let (up, ur, uf) = s.units.prf();
    format!(
        "documents  P {dp:.3} R {dr:.3} F1 {df:.3} ({}/{} found, {} gold)\n\
         issue date accuracy {:.3} ({}/{} found documents; {}/{} with a gold date)\n\
         issuer accuracy     {:.3} ({}/{})\n\
         kind/number/symbol  {:.3} ({}/{})\n\
         officials  P {op:.3} R {or:.3} F1 {of:.3} ({}/{} found, {} gold); title recall {:.3} ({}/{}; \
         with the body cut short or run on {:.3})\n\
         dates      P {tp_:.3} R {tr:.3} F1 {tf:.3} ({}/{} found, {} gold)\n\
         units      P {up:.3} R {ur:.3} F1 {uf:.3} ({}/{} found, {} gold)",
        s.documents.tp,
        s.documents.got,
        s.documents.want,
        s.issued.ratio(),
        s.issued.hit,
        s.issued.of,
        s.issued_dated.hit,
        s.issued_dated.of,
        s.issuer.ratio(),
        s.issuer.hit,
        s.issuer.of,
        s.shape.ratio(),
        s.shape.hit,
        s.shape.of,
        s.officials.tp,
        s.officials.got,
        s.officials.want,
        s.titles.ratio(),
        s.titles.hit,
        s.titles.of,
        s.titles_partial.ratio(),
        s.dates.tp,
        s.dates.got,
        s.dates.want,
        s.units.tp,
        s.units.got,
        s.units.want,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_same_head(found: &str, gold: &str, expected: bool) {
        assert_eq!(same_head(&tokens(found), &tokens(gold)), expected, "{found:?} ~ {gold:?}");
    }

    #[test]
    fn partial_titles() {
        // The post right, its body run on past a comma or cut short.
        check_same_head(
            "Phó Chủ tịch UBND phường Sơn Kỳ, quận Tân Phú",
            "Phó Chủ tịch UBND phường Sơn Kỳ",
            true,
        );
        check_same_head("Bộ trưởng", "Bộ trưởng Bộ NN – PTNT", true);
        check_same_head("chủ tịch UBND huyện Hương", "Chủ tịch UBND huyện Hương Khê", true);
        // A different post: a deputy is not the head, a past post not the present one.
        check_same_head("Phó Bí thư", "Bí thư", false);
        check_same_head("nguyên Bí thư", "Bí thư", false);
        check_same_head("", "Bí thư", false);
    }
}
