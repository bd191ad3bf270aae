//! The real-web entity gold set (`tests/data/entities-web`): its texts and gold lines, as the
//! eval bench (`benches/entities_web_eval.rs`) and the dev-floor test
//! (`tests/it/entities_web.rs`) read it. Included with
//! `#[path = "…/benches/support/entities_web.rs"] mod entities_web;`.
#![allow(dead_code)] // each user takes part of it

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use vnmon::entities::gold::{self, GoldArticle, Scores};

/// The held-out splits, scored by the eval bench (aggregates only) and never by tests: the one
/// place a held-out split is named. Since the thirty-fourth session: `test31` (`test30` was
/// retired into dev; see the set's README), prepared in the thirty-second session (10 news texts
/// and 10 provincial council resolutions in `test31/`), and `test32`, prepared in the
/// thirty-third (10 news texts and 5 legal-portal texts, four letters and a consolidated law, in
/// `test32/`);
/// neither was ever developed on.
pub const HELD_OUT: &[&str] = &["test31", "test32"];

/// The data set's directory.
pub fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/entities-web"))
}

/// Where a gold line's text comes from.
#[derive(serde::Deserialize)]
struct Origin {
    /// A text file beside the split's JSONL (`<split>/<file>`).
    #[serde(default)]
    file: Option<String>,
    /// A record of a `../shared` corpus, used only up to `chars` characters.
    #[serde(default)]
    corpus: Option<CorpusRef>,
    /// Where the line came from; only `retired` is read here.
    #[serde(default)]
    provenance: Option<Provenance>,
}

/// The part of a gold line's `provenance` the loader reads.
#[derive(serde::Deserialize)]
struct Provenance {
    /// For a dev line that was held out before: which split it was, and when it moved.
    #[serde(default)]
    retired: Option<String>,
}

#[derive(serde::Deserialize)]
struct CorpusRef {
    file: String,
    id: String,
    chars: usize,
}

/// One corpus record (the baomoi JSON Lines shape).
#[derive(serde::Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    lead: String,
    #[serde(default)]
    body: String,
}

/// One split: its articles (gold, raw text) and how many lines were skipped because
/// `../shared` is missing.
pub struct Split {
    /// `dev`, `test` or `test2` (or `test+test2` when merged).
    pub name: String,
    /// Gold line and its text (before NFC normalisation).
    pub articles: Vec<(GoldArticle, String)>,
    /// For each article, its `provenance.retired` (the held-out split it came from), if any.
    pub retired: Vec<Option<String>>,
    /// For each article, the publication year its corpus is named after (`baomoi-2017` → 2017),
    /// for a text taken from a corpus record; `None` for a text file.
    pub corpus_year: Vec<Option<i32>>,
    /// Lines whose text lives in a `../shared` corpus that is not there.
    pub skipped: usize,
}

/// Records of `corpus` (relative to `../shared`) with the wanted ids.
fn corpus_records(
    shared: &Path,
    corpus: &str,
    ids: &[&str],
) -> Result<HashMap<String, Record>, Box<dyn std::error::Error>> {
    let file = std::fs::File::open(shared.join(corpus))?;
    let mut out = HashMap::new();
    for line in BufReader::new(zstd::stream::read::Decoder::new(file)?).lines() {
        let line = line?;
        // Cheap filter before parsing: the id appears in the line.
        if !ids.iter().any(|id| line.contains(&format!("\"{id}\""))) {
            continue;
        }
        let r: Record = serde_json::from_str(&line)?;
        if ids.contains(&r.id.as_str()) {
            out.insert(r.id.clone(), r);
        }
    }
    Ok(out)
}

/// Loads `<dir>/<name>.jsonl`. `shared` is `../shared` when present: without it, the lines
/// whose text is a corpus record are skipped (and counted).
pub fn load(name: &str, shared: Option<&Path>) -> Result<Split, Box<dyn std::error::Error>> {
    let lines = std::fs::read_to_string(dir().join(format!("{name}.jsonl")))?;
    let mut parsed = Vec::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let g: GoldArticle = serde_json::from_str(line)?;
        let o: Origin = serde_json::from_str(line)?;
        parsed.push((g, o));
    }
    let mut wanted: HashMap<String, Vec<&str>> = HashMap::new();
    for (_, o) in &parsed {
        if let Some(c) = &o.corpus {
            wanted.entry(c.file.clone()).or_default().push(&c.id);
        }
    }
    let mut records = HashMap::new();
    if let Some(shared) = shared {
        for (corpus, ids) in &wanted {
            records.extend(corpus_records(shared, corpus, ids)?);
        }
    }
    let mut split = Split {
        name: name.to_string(),
        articles: Vec::new(),
        retired: Vec::new(),
        corpus_year: Vec::new(),
        skipped: 0,
    };
    for (g, o) in &parsed {
        let text = match (&o.file, &o.corpus) {
            (Some(f), _) => std::fs::read_to_string(dir().join(name).join(f))?,
            (None, Some(c)) => match records.get(&c.id) {
                Some(r) => format!("{}\n\n{}\n\n{}", r.title, r.lead, r.body)
                    .chars()
                    .take(c.chars)
                    .collect(),
                None if shared.is_none() => {
                    split.skipped += 1;
                    continue;
                }
                None => return Err(format!("{}: corpus record {} not found", g.id, c.id).into()),
            },
            (None, None) => return Err(format!("{}: neither file nor corpus", g.id).into()),
        };
        split.articles.push((g.clone(), text));
        split.retired.push(o.provenance.as_ref().and_then(|p| p.retired.clone()));
        split.corpus_year.push(o.corpus.as_ref().and_then(|c| year_of_corpus(&c.file)));
    }
    Ok(split)
}

impl Split {
    /// The articles that were held out as `held_out` before being retired into this split (their
    /// `provenance.retired` names it in backquotes), as a split named `<name>[<held_out>]`.
    pub fn retired_from(&self, held_out: &str) -> Split {
        let tag = format!("`{held_out}`");
        let keep: Vec<usize> = (0..self.articles.len())
            .filter(|&i| self.retired[i].as_deref().is_some_and(|r| r.contains(&tag)))
            .collect();
        Split {
            name: format!("{}[{held_out}]", self.name),
            articles: keep.iter().map(|&i| self.articles[i].clone()).collect(),
            retired: keep.iter().map(|&i| self.retired[i].clone()).collect(),
            corpus_year: keep.iter().map(|&i| self.corpus_year[i]).collect(),
            skipped: 0,
        }
    }
}

/// Scores every article of a split.
pub fn score(split: &Split) -> Scores {
    let mut s = Scores::default();
    for (g, text) in &split.articles {
        gold::score_article(text, g, &mut s);
    }
    s
}

/// The year a corpus file is named after: the last run of four digits in its name
/// (`corpus/baomoi-2017.jsonl.zst` → 2017).
fn year_of_corpus(file: &str) -> Option<i32> {
    let name = file.rsplit('/').next()?;
    let digits: Vec<&str> =
        name.split(|c: char| !c.is_ascii_digit()).filter(|d| d.len() == 4).collect();
    digits.last()?.parse().ok()
}

/// Dates and documents (of which the issue date is the figure read), scored as a crawled page
/// would give them: a corpus text whose gold line has no `published` day (its lead dates
/// nothing) still has a publication year, the corpus's, as a page's metadata gives its
/// publication time; a text file is scored as in [`score`]. The
/// year goes in as the 2nd of July of that year, which `dates::resolve` (the nearest of the year
/// and its neighbours) turns into that year for every day of it. The gold resolves the
/// year-less dates of such texts by that same year (see the guidelines' "dates"), which the
/// plain score leaves unreachable.
pub fn score_dates_year_known(split: &Split) -> Scores {
    let mut s = Scores::default();
    for (i, (g, raw)) in split.articles.iter().enumerate() {
        let text = vnmon::text::normalize(raw);
        let stand_in = split.corpus_year[i].and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 7, 2));
        let mut g = g.clone();
        if let (None, Some(mid_year)) = (&g.published, stand_in) {
            g.published = Some(mid_year.to_string());
        }
        let published = gold::published_or_context(&text, &g);
        gold::score_documents_dates(&text, published, &g, &mut s);
    }
    s
}
