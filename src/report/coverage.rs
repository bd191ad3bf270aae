//! `vnmon coverage REF`: how widely one document was reported — articles and outlets, originals
//! and copies, first and last report, the timeline with normalised attention, the units that held
//! events on it, the officials quoted, co-cited documents and the implementation chain.

use std::collections::BTreeMap;

use super::{FastMap as HashMap, FastSet as HashSet};

use chrono::NaiveDate;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use super::identity::{self, number_of, Attach, Document, Grouping};
use super::rows::{self, Row, Want};
use super::time::{Bucket, Moment};
use crate::entities::graph::issuer_matches;
use crate::index::refs::{lookup_terms, RefQuery};
use crate::index::{Index, IndexError};

/// What to report on.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The document as the user typed it ("Chỉ thị số 24-CT/TU", "chi thi 24", "24-ct/tu").
    pub reference: String,
    /// Picks among documents sharing the number: issuer, any spelling.
    pub issuer: Option<String>,
    /// Picks among documents sharing the number: year of issue.
    pub year: Option<i32>,
    /// Only articles published on or after this day (Vietnam time).
    pub from: Option<NaiveDate>,
    /// Only articles published on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this outlet (a `site` key, see [`crate::index::site_filter_key`]).
    pub site: Option<String>,
    /// Timeline bucket.
    pub by: Bucket,
    /// Load the title and URL of every article (for `--articles`), not only of those shown.
    pub all_titles: bool,
    /// How deep to follow the implementation chain (0: not at all).
    pub chain_depth: usize,
}

/// Why no report could be made.
#[derive(Debug, thiserror::Error)]
pub enum CoverageError {
    /// The input names no document.
    #[error("`{0}` is not a document reference (e.g. \"Chỉ thị 24-CT/TU\", \"24-CT/TU\", \"Chỉ thị 24\")")]
    NotAReference(String),
    /// No article reports it (in the period and outlet asked for).
    #[error("no article in the index reports {0}")]
    NotFound(String),
    /// Several documents fit: the user must pick one.
    #[error("{reference} is ambiguous: {} documents match; pick one with --issuer or --year", candidates.len())]
    Ambiguous {
        /// The reference as typed.
        reference: String,
        /// The documents that fit.
        candidates: Vec<Candidate>,
    },
    /// Reading the index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// A document that fits an ambiguous reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The document.
    pub document: DocSummary,
    /// Articles reporting it.
    pub articles: usize,
    /// Distinct outlets among them.
    pub outlets: usize,
}

/// A document's identity as reported.
#[derive(Debug, Clone, PartialEq)]
pub struct DocSummary {
    /// Canonical id or `kind|number`.
    pub id: String,
    /// "Chỉ thị 24-CT/TU".
    pub label: String,
    /// Document type.
    pub kind: String,
    /// Issuer key ("Thành ủy Hà Nội").
    pub issuer: String,
    /// Issuer as shown ("Ban Thường vụ Thành ủy Hà Nội").
    pub issuer_display: String,
    /// Whether the issuer names one body.
    pub issuer_resolved: bool,
    /// Issue date, when stated.
    pub issued: Option<NaiveDate>,
    /// Year of issue.
    pub year: Option<i32>,
}

impl DocSummary {
    pub(crate) fn of(d: &Document) -> DocSummary {
        DocSummary {
            id: d.id.clone(),
            label: d.label(),
            kind: d.kind.clone(),
            issuer: d.issuer.clone(),
            issuer_display: d.issuer_display.clone(),
            issuer_resolved: d.resolved,
            issued: d.issued,
            year: d.year,
        }
    }
}

/// One reporting article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleEntry {
    /// Outlet.
    pub site: String,
    /// Publication time.
    pub published: Option<Moment>,
    /// Headline (empty unless loaded: first/last reports, chain evidence, `all_titles`).
    pub title: String,
    /// URL (or record key; empty unless loaded).
    pub url: String,
    /// Mentions of the document in the article.
    pub mentions: u32,
    /// Why the article counts for this document.
    pub attach: Attach,
    /// Copy group: the index (in [`Coverage::articles`]) of the group's original.
    pub copy_of: usize,
}

/// One outlet's reporting.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletEntry {
    /// Outlet.
    pub site: String,
    /// Articles.
    pub articles: usize,
    /// Articles that are not copies of an earlier one.
    pub originals: usize,
    /// Index of its first report in [`Coverage::articles`].
    pub first: usize,
    /// Index of its last report.
    pub last: usize,
}

/// One timeline bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketEntry {
    /// "2023-09-14", "2023-W37", "2023-09".
    pub label: String,
    /// First day of the bucket.
    pub start: NaiveDate,
    /// Articles on the document in the bucket.
    pub articles: u64,
    /// Per outlet, in [`Coverage::outlets`] order.
    pub by_outlet: Vec<u64>,
    /// All indexed articles of the same outlets in the bucket.
    pub outlet_articles: u64,
    /// `articles / outlet_articles` (0 when the outlets published nothing).
    pub attention: f64,
}

/// A ranked name with its article count.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// Unit, official or document key.
    pub name: String,
    /// Title (officials), kind and issuer (documents); empty otherwise.
    pub detail: String,
    /// Articles.
    pub articles: usize,
}

/// A document issued to carry out its parent.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainNode {
    /// The document.
    pub document: DocSummary,
    /// Articles that say so in words ("… thực hiện Chỉ thị 24").
    pub explicit: usize,
    /// Articles that only name the two side by side with one subject.
    pub cocited: usize,
    /// Articles that report the document at all.
    pub reported_by: usize,
    /// Up to five articles showing the link: `(date, outlet, title, url)`.
    pub evidence: Vec<ArticleEntry>,
    /// Its own implementing documents.
    pub children: Vec<ChainNode>,
}

/// The coverage report.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// The document.
    pub document: DocSummary,
    /// How its articles were attached: `(reason, articles)`.
    pub grouping: Vec<(Attach, usize)>,
    /// Articles left out because their reference fits several documents.
    pub unattached: usize,
    /// Other documents sharing the id or number (picked out by issuer or year).
    pub others: Vec<Candidate>,
    /// Every reporting article, by publication time (unknown last).
    pub articles: Vec<ArticleEntry>,
    /// Outlets by article count.
    pub outlets: Vec<OutletEntry>,
    /// Articles that are not copies.
    pub originals: usize,
    /// The timeline.
    pub timeline: Vec<BucketEntry>,
    /// Bucket size.
    pub by: Bucket,
    /// Units that held events on it.
    pub units: Vec<Ranked>,
    /// Officials named in its articles, with their most frequent title.
    pub officials: Vec<Ranked>,
    /// Documents named in the same articles.
    pub related: Vec<Ranked>,
    /// Implementation chain (empty unless asked for, or none found).
    pub chain: Vec<ChainNode>,
}

/// Whether a reference key (`24-CT/TU`, `Chỉ thị|24`) of kind `kind` may name `reference`.
fn admits(reference: &RefQuery, key: &str, kind: &str) -> bool {
    match reference {
        RefQuery::Id(id) => {
            key == id
                || key.split_once('|').is_some_and(|(k, n)| n == number_of(id) && !k.is_empty())
        }
        RefQuery::Short(k, n) => match key.split_once('|') {
            Some((kk, nn)) => kk == k && nn == n,
            None => number_of(key) == n && kind == k,
        },
    }
}

/// Articles having any of `terms` in `field`.
pub(crate) fn terms_query(field: tantivy::schema::Field, terms: &[String]) -> Box<dyn Query> {
    let clauses = terms
        .iter()
        .map(|t| {
            let q = TermQuery::new(Term::from_field_text(field, t), IndexRecordOption::Basic);
            (Occur::Should, Box::new(q) as Box<dyn Query>)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// Rows of the articles that may report `reference`, and the grouping of their references.
fn documents_of(
    index: &Index,
    searcher: &Searcher,
    reference: &RefQuery,
    want: Want,
) -> Result<(Vec<Row>, Grouping), IndexError> {
    let field = index.fields().doc_ids;
    let mut terms = lookup_terms(searcher, field, reference)?;
    let mut rows = rows::matching(searcher, terms_query(field, &terms).as_ref(), want)?;
    if let RefQuery::Id(id) = reference {
        // Articles giving only "Chỉ thị 24": the kinds the id is reported under.
        let kinds: HashSet<String> = rows
            .iter()
            .flat_map(|r| r.docs.iter().filter(|f| &f.key == id).map(|f| f.kind.clone()))
            .filter(|k| !k.is_empty())
            .collect();
        let shorts: Vec<String> = kinds.iter().map(|k| format!("{k}|{}", number_of(id))).collect();
        if !shorts.is_empty() {
            rows.extend(rows::matching(searcher, terms_query(field, &shorts).as_ref(), want)?);
            terms.extend(shorts);
        }
    }
    let grouping = identity::group(&rows, &|f| admits(reference, &f.key, &f.kind));
    Ok((rows, grouping))
}

fn candidate(d: &Document, rows: &[Row]) -> Candidate {
    let outlets: HashSet<&str> = d.articles.iter().map(|&i| rows[i].site.as_str()).collect();
    Candidate { document: DocSummary::of(d), articles: d.articles.len(), outlets: outlets.len() }
}

/// Makes the coverage report of `req.reference`.
pub fn coverage(index: &Index, req: &Request) -> Result<Coverage, CoverageError> {
    let reference = RefQuery::parse(&req.reference)
        .ok_or_else(|| CoverageError::NotAReference(req.reference.clone()))?;
    // Damaged index files make tantivy panic or fail: reported as a damaged index.
    let dir = index.dir().to_path_buf();
    crate::index::readonly::guarded(&dir, || Ok(coverage_of(index, req, &reference)))?
}

fn coverage_of(
    index: &Index,
    req: &Request,
    reference: &RefQuery,
) -> Result<Coverage, CoverageError> {
    let reference = reference.clone();
    let searcher = index.searcher()?;
    let (rows, grouping) = documents_of(index, &searcher, &reference, Want::ALL)?;
    let mut docs: Vec<&Document> = grouping.documents.iter().collect();
    docs.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| (&a.id, &a.issuer, a.year).cmp(&(&b.id, &b.issuer, b.year)))
    });
    let picked: Vec<&Document> = docs
        .iter()
        .copied()
        .filter(|d| {
            req.issuer.as_deref().is_none_or(|i| {
                issuer_matches(i, &d.issuer) || issuer_matches(i, &d.issuer_display)
            }) && req.year.is_none_or(|y| d.year == Some(y))
        })
        .collect();
    let doc = match picked.len() {
        0 => return Err(CoverageError::NotFound(req.reference.trim().to_string())),
        1 => picked[0],
        _ => {
            return Err(CoverageError::Ambiguous {
                reference: req.reference.trim().to_string(),
                candidates: picked.iter().map(|d| candidate(d, &rows)).collect(),
            })
        }
    };
    let others =
        docs.iter().filter(|d| !std::ptr::eq(**d, doc)).map(|d| candidate(d, &rows)).collect();
    let unattached = grouping.unattached.iter().map(|u| u.row).collect::<HashSet<_>>().len();
    build(index, &searcher, req, &reference, doc, &rows, others, unattached)
}

/// Whether a row falls in the request's period and outlet.
fn selected(req: &Request, row: &Row) -> bool {
    if let Some(site) = &req.site {
        if &row.site != site {
            return false;
        }
    }
    if req.from.is_none() && req.to.is_none() {
        return true;
    }
    let Some(day) = row.published.map(|t| Moment::from_utc_secs(t).date) else { return false };
    req.from.is_none_or(|f| day >= f) && req.to.is_none_or(|t| day <= t)
}

#[allow(clippy::too_many_arguments)]
fn build(
    index: &Index,
    searcher: &Searcher,
    req: &Request,
    reference: &RefQuery,
    doc: &Document,
    rows: &[Row],
    others: Vec<Candidate>,
    unattached: usize,
) -> Result<Coverage, CoverageError> {
    // The document's articles in the period, by time.
    let mut chosen: Vec<(usize, Attach)> = doc
        .articles
        .iter()
        .copied()
        .zip(doc.attach.iter().copied())
        .filter(|(i, _)| selected(req, &rows[*i]))
        .collect();
    if chosen.is_empty() {
        return Err(CoverageError::NotFound(format!(
            "{} in the period and outlet asked for",
            req.reference.trim()
        )));
    }
    // By time; articles of the same time (pages giving only a date share midnight) by content,
    // so that the order, and the original of a copy group, do not depend on segment layout.
    chosen.sort_by_key(|(i, _)| {
        let r = &rows[*i];
        (r.published.unwrap_or(i64::MAX), r.signature.map(|s| s.to_bytes()), *i)
    });
    let keys = |key: &str, kind: &str| admits(reference, key, kind);
    // Copies.
    let items: Vec<(crate::text::copies::Signature, Option<i64>)> = chosen
        .iter()
        .map(|(i, _)| {
            let r = &rows[*i];
            (r.signature.unwrap_or(crate::text::copies::Signature::of("")), r.published)
        })
        .collect();
    let groups = crate::text::copies::group(&items);
    let mut articles: Vec<ArticleEntry> = chosen
        .iter()
        .zip(&groups)
        .map(|((i, attach), g)| {
            let r = &rows[*i];
            let mentions =
                r.docs.iter().filter(|f| keys(&f.key, &f.kind)).map(|f| f.mentions).sum();
            ArticleEntry {
                site: r.site.clone(),
                published: r.published.map(Moment::from_utc_secs),
                title: String::new(),
                url: String::new(),
                mentions,
                attach: *attach,
                copy_of: *g,
            }
        })
        .collect();
    let originals = groups.iter().enumerate().filter(|(i, g)| i == *g).count();
    // Outlets.
    let mut by_site: BTreeMap<&str, OutletEntry> = BTreeMap::new();
    for (n, a) in articles.iter().enumerate() {
        let e = by_site.entry(a.site.as_str()).or_insert(OutletEntry {
            site: a.site.clone(),
            articles: 0,
            originals: 0,
            first: n,
            last: n,
        });
        e.articles += 1;
        e.originals += usize::from(a.copy_of == n);
        e.last = n;
    }
    let mut outlets: Vec<OutletEntry> = by_site.into_values().collect();
    outlets.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.site.cmp(&b.site)));
    // Titles of what is shown.
    let mut shown: Vec<usize> = outlets.iter().flat_map(|o| [o.first, o.last]).collect();
    if req.all_titles {
        shown = (0..articles.len()).collect();
    }
    shown.sort_unstable();
    shown.dedup();
    for n in shown {
        if let Some(address) = rows[chosen[n].0].address {
            let (title, url) = rows::title_and_url(index, searcher, address)?;
            articles[n].title = title;
            articles[n].url = url;
        }
    }
    let timeline = timeline(searcher, req.by, &articles, &outlets)?;
    // Units, officials, related documents.
    let mut units: HashMap<String, HashSet<usize>> = HashMap::default();
    let mut officials: HashMap<String, (HashSet<usize>, HashMap<String, usize>)> =
        HashMap::default();
    let mut related: HashMap<String, (HashSet<usize>, HashMap<String, usize>)> = HashMap::default();
    for (n, (i, _)) in chosen.iter().enumerate() {
        let r = &rows[*i];
        let kinds: HashMap<&str, &str> =
            r.docs.iter().map(|f| (f.key.as_str(), f.kind.as_str())).collect();
        for (d, u) in &r.event_units {
            if keys(d, kinds.get(d.as_str()).copied().unwrap_or_default()) {
                units.entry(u.clone()).or_default().insert(n);
            }
        }
        for (name, title, _) in &r.officials {
            let e = officials.entry(name.clone()).or_default();
            e.0.insert(n);
            if !title.is_empty() {
                *e.1.entry(title.clone()).or_default() += 1;
            }
        }
        for f in r.docs.iter().filter(|f| !keys(&f.key, &f.kind)) {
            let e = related.entry(f.key.clone()).or_default();
            e.0.insert(n);
            let detail = match (&f.kind, &f.issuer_display) {
                (k, i) if i.is_empty() => k.clone(),
                (k, i) => format!("{k} · {i}"),
            };
            *e.1.entry(detail).or_default() += 1;
        }
    }
    let rank = |m: HashMap<String, (HashSet<usize>, HashMap<String, usize>)>| {
        let mut v: Vec<Ranked> = m
            .into_iter()
            .map(|(name, (arts, details))| Ranked {
                detail: identity::most(&details).unwrap_or_default(),
                articles: arts.len(),
                name,
            })
            .collect();
        v.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
        v
    };
    let mut units: Vec<Ranked> = units
        .into_iter()
        .map(|(name, arts)| Ranked { name, detail: String::new(), articles: arts.len() })
        .collect();
    units.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
    let chain = if req.chain_depth > 0 {
        let mut seen = HashSet::from_iter([doc.id.clone()]);
        chain_of(index, searcher, doc, rows, &chosen, req.chain_depth, &mut seen)?
    } else {
        Vec::new()
    };
    Ok(Coverage {
        document: DocSummary::of(doc),
        grouping: doc.attach_counts(),
        unattached,
        others,
        articles,
        outlets,
        originals,
        timeline,
        by: req.by,
        units,
        officials: rank(officials),
        related: rank(related),
        chain,
    })
}

/// The timeline: every bucket from the first to the last report, with the attention share.
fn timeline(
    searcher: &Searcher,
    by: Bucket,
    articles: &[ArticleEntry],
    outlets: &[OutletEntry],
) -> Result<Vec<BucketEntry>, IndexError> {
    let days: Vec<NaiveDate> =
        articles.iter().filter_map(|a| a.published.map(|p| p.date)).collect();
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return Ok(Vec::new());
    };
    let starts = by.starts(first, last);
    let index_of = |day: NaiveDate| starts.partition_point(|s| *s <= day).checked_sub(1);
    let site_pos: HashMap<&str, usize> =
        outlets.iter().enumerate().map(|(i, o)| (o.site.as_str(), i)).collect();
    let mut out: Vec<BucketEntry> = starts
        .iter()
        .map(|s| BucketEntry {
            label: by.label(*s),
            start: *s,
            articles: 0,
            by_outlet: vec![0; outlets.len()],
            outlet_articles: 0,
            attention: 0.0,
        })
        .collect();
    for a in articles {
        let Some(b) = a.published.and_then(|p| index_of(p.date)) else { continue };
        out[b].articles += 1;
        out[b].by_outlet[site_pos[a.site.as_str()]] += 1;
    }
    let sites: Vec<String> = outlets.iter().map(|o| o.site.clone()).collect();
    // Bucket bounds as UTC seconds of Vietnam midnights: one binary search per article, no date
    // arithmetic in the loop over the whole index.
    let vietnam_midnight = |d: NaiveDate| {
        d.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp())
            - i64::from(crate::extract::date::VIETNAM_OFFSET_SECS)
    };
    let bounds: Vec<i64> = starts.iter().map(|s| vietnam_midnight(*s)).collect();
    let end = vietnam_midnight(by.next(last));
    let bucket_of = |secs: i64| {
        if secs < bounds[0] || secs >= end {
            return None;
        }
        bounds.partition_point(|b| *b <= secs).checked_sub(1)
    };
    let field = searcher.schema().get_field(crate::index::schema::PUBLISHED)?;
    for (b, n) in rows::counts_by_bucket(searcher, field, &sites, (bounds[0], end), &bucket_of)? {
        out[b].outlet_articles += n;
    }
    for b in &mut out {
        if b.outlet_articles > 0 {
            b.attention = b.articles as f64 / b.outlet_articles as f64;
        }
    }
    Ok(out)
}

/// Documents issued to carry out `doc`, found in its articles' links, followed `depth` levels.
fn chain_of(
    index: &Index,
    searcher: &Searcher,
    doc: &Document,
    rows: &[Row],
    chosen: &[(usize, Attach)],
    depth: usize,
    seen: &mut HashSet<String>,
) -> Result<Vec<ChainNode>, IndexError> {
    let parent_ok = |key: &str| doc.is_named_by(key);
    // child key → (explicit rows, co-cited rows)
    let mut children: BTreeMap<String, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, _) in chosen {
        for l in rows[*i].links.iter().filter(|l| parent_ok(&l.parent) && l.child != doc.id) {
            let e = children.entry(l.child.clone()).or_default();
            if l.explicit {
                e.0.push(*i);
            } else {
                e.1.push(*i);
            }
        }
    }
    let mut out = Vec::new();
    for (child, (explicit, cocited)) in children {
        if !seen.insert(child.clone()) {
            continue;
        }
        let reference = RefQuery::from_key(&child);
        let (child_rows, grouping) = documents_of(index, searcher, &reference, Want::ALL)?;
        // The child as its articles know it: the document of that key with the most articles.
        let Some(child_doc) =
            grouping.documents.iter().filter(|d| d.id == child).max_by_key(|d| d.articles.len())
        else {
            continue;
        };
        let mut evidence = Vec::new();
        let mut shown: Vec<usize> = explicit.iter().chain(&cocited).copied().collect();
        shown.sort_unstable();
        shown.dedup();
        for &i in shown.iter().take(5) {
            let r = &rows[i];
            let (title, url) = match r.address {
                Some(a) => rows::title_and_url(index, searcher, a)?,
                None => Default::default(),
            };
            evidence.push(ArticleEntry {
                site: r.site.clone(),
                published: r.published.map(Moment::from_utc_secs),
                title,
                url,
                mentions: 0,
                attach: if explicit.contains(&i) { Attach::Stated } else { Attach::IdOnly },
                copy_of: 0,
            });
        }
        let grandchildren = if depth > 1 {
            let child_chosen: Vec<(usize, Attach)> =
                child_doc.articles.iter().copied().zip(child_doc.attach.iter().copied()).collect();
            chain_of(index, searcher, child_doc, &child_rows, &child_chosen, depth - 1, seen)?
        } else {
            Vec::new()
        };
        out.push(ChainNode {
            document: DocSummary::of(child_doc),
            explicit: explicit.len(),
            cocited: cocited.len(),
            reported_by: child_doc.articles.len(),
            evidence,
            children: grandchildren,
        });
    }
    out.sort_by(|a, b| {
        (b.explicit, b.cocited)
            .cmp(&(a.explicit, a.cocited))
            .then(a.document.id.cmp(&b.document.id))
    });
    Ok(out)
}
