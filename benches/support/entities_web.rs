//! The real-web entity gold set (`tests/data/entities-web`): its texts and gold lines, as the
//! eval bench (`benches/entities_web_eval.rs`) and the dev-floor test
//! (`tests/it/entities_web.rs`) read it. Included with
//! `#[path = "…/benches/support/entities_web.rs"] mod entities_web;`.
#![allow(dead_code)] // each user takes part of it

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use vnmon::entities::gold::{self, GoldArticle, Scores};

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
    let mut split = Split { name: name.to_string(), articles: Vec::new(), skipped: 0 };
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
    }
    Ok(split)
}

/// Scores every article of a split.
pub fn score(split: &Split) -> Scores {
    let mut s = Scores::default();
    for (g, text) in &split.articles {
        gold::score_article(text, g, &mut s);
    }
    s
}
