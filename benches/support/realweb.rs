//! The real-web extraction set (`tests/data/real-pages/`): loading the pages and their ground
//! truth, and scoring an extraction field by field. Shared by `benches/realweb_eval.rs` and the
//! floor test `tests/it/realweb.rs` (included there with `#[path]`).
//!
//! Per page and field (all strings NFC; "squashed" = every whitespace character removed, so
//! inline markup that glues or splits words does not matter):
//! - `title`: the extracted title equals the truth after whitespace collapsing;
//! - `date`: the publication day in Vietnam time (+07:00) equals the truth's;
//! - `authors`: the set of extracted names equals the truth's, or its `authors_alt` spelling
//!   when the page gives one (an empty truth wants none);
//! - `start`: sapo + body, squashed, starts with the truth's first sentence (a dateline or
//!   byline glued in front fails it);
//! - `end`: the body, squashed, ends with the truth's last sentence (a source line, byline,
//!   tag list or teaser after it fails it);
//! - `clean`: none of the truth's boilerplate strings occurs in sapo + body;
//! - `dateline` / `source`: equal to the truth (both absent counts as right).

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use vnmon::extract::Article;

/// One saved page and what a reader finds on it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Page {
    pub id: String,
    pub split: String,
    pub outlet: String,
    pub host: String,
    pub url: String,
    pub file: String,
    /// For pages of profiled outlets: the profile that must read them.
    pub profile: Option<String>,
    pub title: String,
    pub published: String,
    #[serde(default)]
    pub authors: Vec<String>,
    /// Another spelling of the whole author list that the page also gives (JSON-LD full name
    /// beside a short byline).
    #[serde(default)]
    pub authors_alt: Vec<String>,
    pub dateline: Option<String>,
    pub source: Option<String>,
    pub first: String,
    pub last: String,
    #[serde(default)]
    pub must_not: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Manifest {
    page: Vec<Page>,
}

/// `tests/data/real-pages` of this crate.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real-pages")
}

/// Every page of `pages.toml`, in file order.
pub fn load() -> Vec<Page> {
    let path = data_dir().join("pages.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let m: Manifest = toml::from_str(&text).expect("pages.toml is valid");
    m.page
}

/// The page's HTML, decoded as the pipeline decodes it.
pub fn html(page: &Page) -> String {
    let path = data_dir().join(&page.file);
    let gz = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bytes).expect("page is valid gzip");
    vnmon::text::decode_html(&bytes, None)
}

/// The fields scored, in table order.
pub const FIELDS: [&str; 8] =
    ["title", "date", "authors", "start", "end", "clean", "dateline", "source"];

/// Which fields one extraction got right, with a reason for each miss.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub ok: [bool; 8],
    pub misses: Vec<String>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn vn_day(d: &DateTime<FixedOffset>) -> chrono::NaiveDate {
    let vn = FixedOffset::east_opt(7 * 3600).expect("valid offset");
    d.with_timezone(&vn).date_naive()
}

fn short(s: &str) -> String {
    let s = collapse(s);
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(90).collect::<String>())
    } else {
        s
    }
}

/// Scores one extraction against the page's truth.
pub fn score(page: &Page, a: &Article) -> Score {
    let mut sc = Score::default();
    let mut miss = |i: usize, why: String| {
        sc.misses.push(format!("{}: {why}", FIELDS[i]));
    };
    let mut ok = [false; 8];

    let title = a.title.as_deref().map(collapse).unwrap_or_default();
    ok[0] = title == collapse(&page.title);
    if !ok[0] {
        miss(0, format!("got {:?}", short(&title)));
    }

    let truth_day = DateTime::parse_from_rfc3339(&page.published).map(|d| vn_day(&d)).ok();
    let got_day = a.published.as_ref().map(vn_day);
    ok[1] = truth_day.is_some() && truth_day == got_day;
    if !ok[1] {
        miss(1, format!("got {:?}", a.published.map(|d| d.to_rfc3339())));
    }

    let mut got: Vec<String> = a.authors.iter().map(|s| collapse(s)).collect();
    got.sort();
    got.dedup();
    let sorted = |v: &[String]| {
        let mut w: Vec<String> = v.iter().map(|s| collapse(s)).collect();
        w.sort();
        w
    };
    ok[2] = got == sorted(&page.authors)
        || (!page.authors_alt.is_empty() && got == sorted(&page.authors_alt));
    if !ok[2] {
        miss(2, format!("got {got:?}"));
    }

    let sapo = a.sapo.clone().unwrap_or_default();
    let text = format!("{sapo}\n\n{}", a.body);
    ok[3] = squash(&text).starts_with(&squash(&page.first));
    if !ok[3] {
        miss(3, format!("text starts {:?}", short(text.trim_start())));
    }
    ok[4] = !a.body.trim().is_empty() && squash(&a.body).ends_with(&squash(&page.last));
    if !ok[4] {
        let tail: String = {
            let c: Vec<char> = collapse(&a.body).chars().collect();
            c[c.len().saturating_sub(90)..].iter().collect()
        };
        miss(4, format!("body ends {tail:?}"));
    }
    let flat = squash(&text);
    let found: Vec<&String> = page.must_not.iter().filter(|b| flat.contains(&squash(b))).collect();
    ok[5] = found.is_empty();
    if !ok[5] {
        miss(5, format!("contains {found:?}"));
    }
    ok[6] = a.dateline.as_deref().map(collapse) == page.dateline.as_deref().map(collapse);
    if !ok[6] {
        miss(6, format!("got {:?}", a.dateline));
    }
    ok[7] = a.source.as_deref().map(collapse) == page.source.as_deref().map(collapse);
    if !ok[7] {
        miss(7, format!("got {:?}", a.source));
    }
    sc.ok = ok;
    sc
}

/// Per-field counts of right answers over a set of scores.
pub fn tally(scores: &[Score]) -> [usize; 8] {
    let mut t = [0usize; 8];
    for s in scores {
        for (i, ok) in s.ok.iter().enumerate() {
            t[i] += usize::from(*ok);
        }
    }
    t
}
