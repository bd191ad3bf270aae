//! `vnmon documents`: the most reported documents of a period, with article and outlet counts
//! and the first report — documents grouped by id, issuer and year ([`super::identity`]).

use super::FastSet as HashSet;

use chrono::NaiveDate;
use tantivy::query::{AllQuery, Query};

use super::coverage::DocSummary;
use super::identity::{self, Document};
use super::rows::{self, Row, Want};
use super::time::Moment;
use crate::entities::graph::issuer_matches;
use crate::index::{Index, IndexError};

/// Which documents to list.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Articles published on or after this day (Vietnam time).
    pub since: Option<NaiveDate>,
    /// Articles published on or before this day.
    pub until: Option<NaiveDate>,
    /// How many documents.
    pub top: usize,
    /// Only this kind, as a slug (`chi-thi`, `nghi-quyet`) or in words (`Chỉ thị`).
    pub kind: Option<String>,
    /// Only documents of this issuer (any spelling, unaccented too).
    pub issuer: Option<String>,
}

/// One listed document.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// The document.
    pub document: DocSummary,
    /// Articles reporting it in the period.
    pub articles: usize,
    /// Distinct outlets among them.
    pub outlets: usize,
    /// Mentions in all those articles.
    pub mentions: u64,
    /// First report: time, outlet, title, URL.
    pub first: Option<(Moment, String, String, String)>,
}

/// The kind's slug: folded, words joined by hyphens ("Chỉ thị" → `chi-thi`).
pub fn kind_slug(kind: &str) -> String {
    crate::text::fold(&crate::text::normalize(kind))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
}

/// Lists the most reported documents.
pub fn documents(index: &Index, req: &Request) -> Result<Vec<Listed>, IndexError> {
    let dir = index.dir().to_path_buf();
    crate::index::readonly::guarded(&dir, || documents_of(index, req))
}

fn documents_of(index: &Index, req: &Request) -> Result<Vec<Listed>, IndexError> {
    let searcher = index.searcher()?;
    let query: Box<dyn Query> =
        match crate::index::period_query(index.fields(), req.since, req.until)? {
            Some(q) => q,
            None => Box::new(AllQuery),
        };
    let want = Want { docs: true, ..Want::default() };
    let mut rows = rows::matching(&searcher, query.as_ref(), want)?;
    let in_period = rows.len();
    let kind = req.kind.as_deref().map(kind_slug);
    let wanted =
        |f: &crate::index::facts::DocFact| kind.as_ref().is_none_or(|k| &kind_slug(&f.kind) == k);
    // A reference that is not fully stated (no issuer, no locality, or a short form) is attached
    // only when one document of the whole index fits, not only of the period. The documents of a
    // key outside the period are read from the `doc_refs` dictionaries (every distinct fact
    // value, sorted by key), not from the articles: one representative row per value.
    if req.since.is_some() || req.until.is_some() {
        let mut keys: Vec<String> = rows
            .iter()
            .flat_map(|r| r.docs.iter())
            .filter(|f| wanted(f) && (!f.resolved || f.key.contains('|')))
            .map(|f| f.key.clone())
            .collect();
        keys.sort();
        keys.dedup();
        let mut prefixes = Vec::new();
        for key in &keys {
            prefixes.push(format!("{key}\t"));
            if let Some((_, number)) = key.split_once('|') {
                prefixes.push(format!("{number}-"));
                prefixes.push(format!("{number}/"));
            }
        }
        for fact in rows::doc_facts_with_prefixes(&searcher, &prefixes)? {
            rows.push(Row { docs: vec![fact], ..Row::default() });
        }
    }
    let mut grouping = identity::group(&rows, &wanted);
    for d in &mut grouping.documents {
        let keep: Vec<(usize, identity::Attach)> = d
            .articles
            .iter()
            .copied()
            .zip(d.attach.iter().copied())
            .filter(|(i, _)| *i < in_period)
            .collect();
        (d.articles, d.attach) = keep.into_iter().unzip();
    }
    grouping.documents.retain(|d| !d.articles.is_empty());
    let mut docs: Vec<&Document> = grouping
        .documents
        .iter()
        .filter(|d| {
            req.issuer.as_deref().is_none_or(|i| {
                issuer_matches(i, &d.issuer) || issuer_matches(i, &d.issuer_display)
            })
        })
        .collect();
    docs.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| (&a.id, &a.issuer, a.year).cmp(&(&b.id, &b.issuer, b.year)))
    });
    docs.truncate(req.top);
    let mut out = Vec::with_capacity(docs.len());
    for d in docs {
        out.push(listed(index, &searcher, d, &rows)?);
    }
    Ok(out)
}

fn listed(
    index: &Index,
    searcher: &tantivy::Searcher,
    d: &Document,
    rows: &[Row],
) -> Result<Listed, IndexError> {
    let outlets: HashSet<&str> = d.articles.iter().map(|&i| rows[i].site.as_str()).collect();
    let mentions = d
        .articles
        .iter()
        .flat_map(|&i| rows[i].docs.iter())
        .filter(|f| d.is_named_by(&f.key))
        .map(|f| u64::from(f.mentions))
        .sum();
    let first_row = d
        .articles
        .iter()
        .copied()
        .filter(|&i| rows[i].published.is_some())
        .min_by_key(|&i| (rows[i].published, i));
    let first = match first_row {
        Some(i) => {
            let r = &rows[i];
            let (title, url) = match r.address {
                Some(a) => rows::title_and_url(index, searcher, a)?,
                None => Default::default(),
            };
            r.published.map(|t| (Moment::from_utc_secs(t), r.site.clone(), title, url))
        }
        None => None,
    };
    Ok(Listed {
        document: DocSummary::of(d),
        articles: d.articles.len(),
        outlets: outlets.len(),
        mentions,
        first,
    })
}
