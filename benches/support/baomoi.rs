//! The baomoi corpus (`../shared/corpus/baomoi-2017.jsonl.zst`, 34,870 articles) as the
//! benchmarks read it. Included by each bench with `#[path = "support/baomoi.rs"] mod baomoi;`.
#![allow(dead_code)] // each bench uses part of it

use std::io::{BufRead, BufReader};

/// The compressed JSON Lines file beside the repository.
pub const CORPUS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/baomoi-2017.jsonl.zst");

/// One line of the corpus.
#[derive(serde::Deserialize)]
pub struct Article {
    /// baomoi's article id.
    pub id: String,
    /// Headline.
    #[serde(default)]
    pub title: String,
    /// Lead paragraph.
    #[serde(default)]
    pub lead: String,
    /// Body, one block of text.
    #[serde(default)]
    pub body: String,
}

impl Article {
    /// Title, lead and body joined by blank lines, NFC: the text the extractors read.
    pub fn text(&self) -> String {
        vnmon::text::normalize(&format!("{}\n\n{}\n\n{}", self.title, self.lead, self.body))
    }
}

/// The decompressed lines of the corpus.
pub fn lines() -> std::io::Result<impl Iterator<Item = std::io::Result<String>>> {
    let file = std::fs::File::open(CORPUS)?;
    Ok(BufReader::new(zstd::stream::read::Decoder::new(file)?).lines())
}

/// Every article of the corpus, in file order (blank lines skipped).
pub fn articles() -> Result<Vec<Article>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for line in lines()? {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line)?);
        }
    }
    Ok(out)
}
