//! Document identity across articles: which references name the same document.
//!
//! A document is its id **and** its issuer **and** its year: 24-CT/TU of the Thành ủy Hà Nội
//! (2023) is not 24-CT/TU of another Thành ủy. Articles state these facts unevenly, so the
//! grouping runs in passes, from the most to the least complete reference:
//!
//! 1. *stated*: id with a resolved issuer (locality known or a national body), and the year of
//!    the stated issue date when there is one: these define the documents;
//! 2. *id only* / *issuer partial*: an id whose issuer is missing or lacks its locality ("Ban
//!    Thường vụ Thành ủy") joins the one document it is compatible with; when there is none it
//!    defines an unresolved document, when there are several it stays unattached;
//! 3. *short*: "Chỉ thị 24" (kind and number, no symbol) joins the one document of that kind and
//!    number, under the same rule.
//!
//! Every attachment keeps its reason ([`Attach`]), so a report can show the grouping and why.

use super::FastMap as HashMap;

use chrono::{Datelike, NaiveDate};

use super::rows::Row;
use crate::entities::graph::issuer_matches;
use crate::index::facts::DocFact;

/// Why an article belongs to a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Attach {
    /// The article names the id and the issuer (with its locality).
    Stated,
    /// The article names the id and an issuer without locality; one document fits.
    IssuerPartial,
    /// The article names only the id; one document fits.
    IdOnly,
    /// The article names only the kind and number ("Chỉ thị 24"); one document fits.
    Short,
}

impl Attach {
    /// Stable lowercase name (JSON, CSV).
    pub fn name(self) -> &'static str {
        match self {
            Attach::Stated => "stated",
            Attach::IssuerPartial => "issuer-partial",
            Attach::IdOnly => "id-only",
            Attach::Short => "short",
        }
    }
}

/// One document and the articles that report it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Canonical id (`24-CT/TU`), or `kind|number` when no article gives the full id.
    pub id: String,
    /// Document type ("Chỉ thị").
    pub kind: String,
    /// Issuer key ("Thành ủy Hà Nội"); empty when no article names one.
    pub issuer: String,
    /// Issuer as shown: the most frequent written form among the stated references.
    pub issuer_display: String,
    /// Whether the issuer names one body.
    pub resolved: bool,
    /// Year of issue, when stated.
    pub year: Option<i32>,
    /// Issue date: the most frequent one stated.
    pub issued: Option<NaiveDate>,
    /// Indices of the rows (articles) reporting it, ascending.
    pub articles: Vec<usize>,
    /// Why each article belongs here, parallel to `articles`.
    pub attach: Vec<Attach>,
}

impl Document {
    /// The document number: the leading number of the id ("24").
    pub fn number(&self) -> &str {
        match self.id.split_once('|') {
            Some((_, n)) => n,
            None => number_of(&self.id),
        }
    }

    /// "Chỉ thị 24-CT/TU" / "Chỉ thị 24 (short)".
    pub fn label(&self) -> String {
        match self.id.split_once('|') {
            Some((kind, n)) => format!("{kind} {n}"),
            None if self.kind.is_empty() => self.id.clone(),
            None => format!("{} {}", self.kind, self.id),
        }
    }

    /// Whether a reference key names this document: its id, or its kind and number.
    pub fn is_named_by(&self, key: &str) -> bool {
        key == self.id
            || key.split_once('|').is_some_and(|(k, n)| k == self.kind && n == self.number())
    }

    /// How many articles were attached for each reason.
    pub fn attach_counts(&self) -> Vec<(Attach, usize)> {
        let mut counts: HashMap<Attach, usize> = HashMap::default();
        for a in &self.attach {
            *counts.entry(*a).or_default() += 1;
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        out.sort();
        out
    }
}

/// An article whose reference fits several documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unattached {
    /// The row.
    pub row: usize,
    /// The document key it gives.
    pub key: String,
    /// Indices into [`Grouping::documents`] of the documents it could be.
    pub candidates: Vec<usize>,
}

/// The documents among some rows.
#[derive(Debug, Clone, Default)]
pub struct Grouping {
    /// Every document, in no particular order.
    pub documents: Vec<Document>,
    /// Articles left out because their reference is ambiguous.
    pub unattached: Vec<Unattached>,
}

/// The leading number of an id ("24" of "24-CT/TU", "73" of "73/2023/NĐ-CP").
pub fn number_of(id: &str) -> &str {
    let end = id.find(['-', '/']).unwrap_or(id.len());
    &id[..end]
}

#[derive(Default)]
struct Acc {
    kind: HashMap<String, usize>,
    display: HashMap<String, usize>,
    issued: HashMap<NaiveDate, usize>,
}

/// The most frequent value of a tally; ties go to the smallest value.
pub(crate) fn most<K: Clone + Ord + std::hash::Hash>(tally: &HashMap<K, usize>) -> Option<K> {
    tally.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(k, _)| k.clone())
}

struct Builder {
    docs: Vec<Document>,
    acc: Vec<Acc>,
    by_key: HashMap<String, Vec<usize>>,
    by_short: HashMap<(String, String), Vec<usize>>,
}

impl Builder {
    fn find_or_add(&mut self, f: &DocFact, resolved: bool, year: Option<i32>) -> usize {
        let existing = self.by_key.get(&f.key).and_then(|ids| {
            ids.iter().copied().find(|&d| {
                let doc = &self.docs[d];
                doc.issuer == f.issuer && doc.year == year && doc.resolved == resolved
            })
        });
        if let Some(d) = existing {
            return d;
        }
        let d = self.docs.len();
        self.docs.push(Document {
            id: f.key.clone(),
            kind: String::new(),
            issuer: f.issuer.clone(),
            issuer_display: String::new(),
            resolved,
            year,
            issued: None,
            articles: Vec::new(),
            attach: Vec::new(),
        });
        self.acc.push(Acc::default());
        self.by_key.entry(f.key.clone()).or_default().push(d);
        let short = match f.key.split_once('|') {
            Some((k, n)) => (k.to_string(), n.to_string()),
            None => (f.kind.clone(), number_of(&f.key).to_string()),
        };
        self.by_short.entry(short).or_default().push(d);
        d
    }

    fn attach(&mut self, d: usize, row: usize, f: &DocFact, why: Attach) {
        let doc = &mut self.docs[d];
        if doc.articles.last() == Some(&row) {
            return;
        }
        doc.articles.push(row);
        doc.attach.push(why);
        let acc = &mut self.acc[d];
        if !f.kind.is_empty() {
            *acc.kind.entry(f.kind.clone()).or_default() += 1;
        }
        if why == Attach::Stated && !f.issuer_display.is_empty() {
            *acc.display.entry(f.issuer_display.clone()).or_default() += 1;
        }
        if let Some(i) = f.issued {
            *acc.issued.entry(i).or_default() += 1;
        }
    }

    /// The documents `f` may be, with the same id (or kind and number, for `short`).
    fn compatible(&self, f: &DocFact, short: Option<(&str, &str)>) -> Vec<usize> {
        let pool = match short {
            Some((k, n)) => self.by_short.get(&(k.to_string(), n.to_string())),
            None => self.by_key.get(&f.key),
        };
        let year = f.issued.map(|d| d.year());
        let mut out: Vec<usize> = pool
            .into_iter()
            .flatten()
            .copied()
            .filter(|&d| {
                let doc = &self.docs[d];
                let issuer_ok = f.issuer.is_empty()
                    || doc.issuer == f.issuer
                    || issuer_matches(&f.issuer, &doc.issuer);
                let year_ok = year.is_none() || doc.year.is_none() || doc.year == year;
                issuer_ok && year_ok
            })
            .collect();
        // A resolved document absorbs the unresolved ones it is compatible with.
        if out.iter().any(|&d| self.docs[d].resolved) {
            out.retain(|&d| self.docs[d].resolved);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Groups the references of `rows` that `wanted` selects into documents.
pub fn group(rows: &[Row], wanted: &dyn Fn(&DocFact) -> bool) -> Grouping {
    let mut b = Builder {
        docs: Vec::new(),
        acc: Vec::new(),
        by_key: HashMap::default(),
        by_short: HashMap::default(),
    };
    let facts: Vec<(usize, &DocFact)> = rows
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.docs.iter().filter(|f| wanted(f)).map(move |f| (i, f)))
        .collect();
    let is_short = |f: &DocFact| f.key.contains('|');
    // Pass 1: stated references define the documents. Years: a stated year splits; a reference
    // without one joins the only year of its id and issuer (pass 2 handles several).
    let mut years: HashMap<(&str, &str), Vec<i32>> = HashMap::default();
    for (_, f) in &facts {
        if !is_short(f) && f.resolved {
            let y = years.entry((f.key.as_str(), f.issuer.as_str())).or_default();
            if let Some(d) = f.issued {
                if !y.contains(&d.year()) {
                    y.push(d.year());
                }
            }
        }
    }
    let mut later = Vec::new();
    for &(row, f) in &facts {
        if is_short(f) || !f.resolved {
            later.push((row, f));
            continue;
        }
        let known = &years[&(f.key.as_str(), f.issuer.as_str())];
        let year = match f.issued {
            Some(d) => Some(d.year()),
            None if known.len() == 1 => Some(known[0]),
            None if known.is_empty() => None,
            None => {
                later.push((row, f));
                continue;
            }
        };
        let d = b.find_or_add(f, true, year);
        b.attach(d, row, f, Attach::Stated);
    }
    // Pass 2: ids with a partial or no issuer; pass 3: short references. Unresolved documents
    // are created for ids no stated reference defines, partial issuers first.
    // The order of this pass decides which unresolved documents exist when a reference is
    // checked: it follows the facts, never the order articles came back from the index (which
    // varies with segment layout), so the grouping is the same for the same articles.
    later.sort_by(|(ra, a), (rb, b)| {
        (is_short(a), a.issuer.is_empty(), &a.key, &a.issuer, a.issued, *ra).cmp(&(
            is_short(b),
            b.issuer.is_empty(),
            &b.key,
            &b.issuer,
            b.issued,
            *rb,
        ))
    });
    let mut unattached = Vec::new();
    for (row, f) in later {
        let short = f.key.split_once('|');
        let candidates = b.compatible(f, short);
        let why = match (short.is_some(), f.issuer.is_empty()) {
            (true, _) => Attach::Short,
            (false, true) => Attach::IdOnly,
            (false, false) => Attach::IssuerPartial,
        };
        match candidates.len() {
            1 => b.attach(candidates[0], row, f, why),
            0 => {
                let d = b.find_or_add(f, false, f.issued.map(|d| d.year()));
                b.attach(d, row, f, why);
            }
            _ => unattached.push(Unattached { row, key: f.key.clone(), candidates }),
        }
    }
    let mut documents = b.docs;
    for (doc, acc) in documents.iter_mut().zip(&b.acc) {
        doc.kind = most(&acc.kind).unwrap_or_default();
        doc.issuer_display = most(&acc.display).unwrap_or_else(|| doc.issuer.clone());
        doc.issued = most(&acc.issued);
        if doc.year.is_none() {
            doc.year = doc.issued.map(|d| d.year());
        }
        let mut pairs: Vec<(usize, Attach)> =
            doc.articles.iter().copied().zip(doc.attach.iter().copied()).collect();
        pairs.sort();
        pairs.dedup_by_key(|p| p.0);
        (doc.articles, doc.attach) = pairs.into_iter().unzip();
    }
    // A stable order of documents: by id, issuer and year (candidates renumbered to match).
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&documents[a], &documents[b]);
        (&x.id, &x.issuer, x.year, x.resolved).cmp(&(&y.id, &y.issuer, y.year, y.resolved))
    });
    let mut new_index = vec![0; documents.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Document>> = documents.into_iter().map(Some).collect();
    let documents = order.iter().filter_map(|&i| slots[i].take()).collect();
    for u in &mut unattached {
        for c in &mut u.candidates {
            *c = new_index[*c];
        }
        u.candidates.sort_unstable();
    }
    Grouping { documents, unattached }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `spec`: `key;kind;issuer;resolved(1/0);issued` per reference, one row per `|`-free string.
    fn row(refs: &[&str]) -> Row {
        let docs = refs
            .iter()
            .map(|s| {
                let p: Vec<&str> = s.split(';').collect();
                DocFact {
                    key: p[0].into(),
                    kind: p[1].into(),
                    issuer: p[2].into(),
                    issuer_display: p[2].into(),
                    resolved: p[3] == "1",
                    issuer_source: String::new(),
                    issued: NaiveDate::parse_from_str(p[4], "%Y-%m-%d").ok(),
                    mentions: 1,
                }
            })
            .collect();
        Row { docs, ..Row::default() }
    }

    /// Each expected document as `id@issuer@year:rows`, sorted; unattached rows as `?row`.
    fn check(rows: &[&[&str]], expected: &[&str]) {
        let rows: Vec<Row> = rows.iter().map(|r| row(r)).collect();
        let g = group(&rows, &|_| true);
        let mut got: Vec<String> = g
            .documents
            .iter()
            .map(|d| {
                let year = d.year.map(|y| y.to_string()).unwrap_or_default();
                let arts: Vec<String> = d.articles.iter().map(|a| a.to_string()).collect();
                format!("{}@{}@{}:{}", d.id, d.issuer, year, arts.join(","))
            })
            .collect();
        got.extend(g.unattached.iter().map(|u| format!("?{}", u.row)));
        got.sort();
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want);
    }

    const HN: &str = "24-CT/TU;Chỉ thị;Thành ủy Hà Nội;1;2023-08-07";
    const HN_NODATE: &str = "24-CT/TU;Chỉ thị;Thành ủy Hà Nội;1;";
    const HP: &str = "24-CT/TU;Chỉ thị;Thành ủy Hải Phòng;1;2019-03-01";
    const PARTIAL: &str = "24-CT/TU;Chỉ thị;Thành ủy;0;";
    const BARE: &str = "24-CT/TU;Chỉ thị;;0;";
    const SHORT: &str = "Chỉ thị|24;Chỉ thị;;0;";

    #[test]
    fn documents_are_id_issuer_and_year() {
        // One document, reported in every form.
        check(
            &[&[HN], &[HN_NODATE], &[PARTIAL], &[BARE], &[SHORT]],
            &["24-CT/TU@Thành ủy Hà Nội@2023:0,1,2,3,4"],
        );
        // Two issuers share the number: stated references split, bare ones are ambiguous.
        check(
            &[&[HN], &[HP], &[PARTIAL], &[BARE], &[SHORT]],
            &[
                "24-CT/TU@Thành ủy Hà Nội@2023:0",
                "24-CT/TU@Thành ủy Hải Phòng@2019:1",
                "?2",
                "?3",
                "?4",
            ],
        );
        // Same id and issuer, two years: two documents.
        check(
            &[
                &["1/CT-UBND;Chỉ thị;UBND tỉnh A;1;2020-01-05"],
                &["1/CT-UBND;Chỉ thị;UBND tỉnh A;1;2021-01-04"],
            ],
            &["1/CT-UBND@UBND tỉnh A@2020:0", "1/CT-UBND@UBND tỉnh A@2021:1"],
        );
        // No stated reference at all: the partial and bare ones make one unresolved document.
        check(&[&[PARTIAL], &[BARE]], &["24-CT/TU@Thành ủy@:0,1"]);
        check(&[&[BARE], &[SHORT]], &["24-CT/TU@@:0,1"]);
        // A short reference alone stays a short document.
        check(&[&[SHORT]], &["Chỉ thị|24@@:0"]);
        // Another kind with the same number is another document.
        check(
            &[&[HN], &["Kế hoạch|24;Kế hoạch;;0;"]],
            &["24-CT/TU@Thành ủy Hà Nội@2023:0", "Kế hoạch|24@@:1"],
        );
        check(&[], &[]);
    }

    #[test]
    fn grouping_does_not_depend_on_the_order_of_articles() {
        let specs: Vec<&[&str]> = vec![
            &[PARTIAL],
            &[HN],
            &["24-CT/TU;Chỉ thị;Tỉnh ủy;0;"],
            &[BARE],
            &[SHORT],
            &[HP],
            &[HN_NODATE],
        ];
        let summary = |order: &[usize]| {
            let rows: Vec<Row> = order.iter().map(|&i| row(specs[i])).collect();
            let g = group(&rows, &|_| true);
            let mut out: Vec<String> = g
                .documents
                .iter()
                .map(|d| {
                    let mut arts: Vec<usize> = d.articles.iter().map(|&a| order[a]).collect();
                    arts.sort_unstable();
                    format!("{}@{}@{:?}:{arts:?}", d.id, d.issuer, d.year)
                })
                .collect();
            let mut left: Vec<usize> = g.unattached.iter().map(|u| order[u.row]).collect();
            left.sort_unstable();
            out.push(format!("unattached {left:?}"));
            out
        };
        let forward: Vec<usize> = (0..specs.len()).collect();
        let backward: Vec<usize> = forward.iter().rev().copied().collect();
        let shuffled = vec![3, 0, 6, 2, 5, 1, 4];
        assert_eq!(summary(&forward), summary(&backward));
        assert_eq!(summary(&forward), summary(&shuffled));
    }
}
