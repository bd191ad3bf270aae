//! Reports as JSON and CSV, with stable field names (documented in README.md, "Reports").
//!
//! Times with a known hour are RFC 3339 with the Vietnam offset; times without one are plain
//! dates (`2023-09-15`), never a made-up midnight.

use serde_json::{json, Map, Value};

use super::coverage::{ArticleEntry, Candidate, ChainNode, Coverage, DocSummary};
use super::documents::Listed;

/// A CSV table: header and rows.
pub type Table = (Vec<&'static str>, Vec<Vec<String>>);

fn opt_date(d: Option<chrono::NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(d.format("%Y-%m-%d").to_string()))
}

/// JSON of a document's identity.
pub fn document_json(d: &DocSummary) -> Value {
    json!({
        "id": d.id,
        "label": d.label,
        "kind": d.kind,
        "issuer": d.issuer,
        "issuer_display": d.issuer_display,
        "issuer_resolved": d.issuer_resolved,
        "issued": opt_date(d.issued),
        "year": d.year,
    })
}

/// JSON of a candidate of an ambiguous reference.
pub fn candidate_json(c: &Candidate) -> Value {
    let mut v = document_json(&c.document);
    if let Some(o) = v.as_object_mut() {
        o.insert("articles".into(), json!(c.articles));
        o.insert("outlets".into(), json!(c.outlets));
    }
    v
}

fn article_json(a: &ArticleEntry) -> Value {
    json!({
        "published": a.published.map(|p| p.iso()),
        "site": a.site,
        "title": a.title,
        "url": a.url,
    })
}

fn chain_json(n: &ChainNode) -> Value {
    json!({
        "document": document_json(&n.document),
        "evidence": {"explicit": n.explicit, "cocited": n.cocited},
        "reported_by": n.reported_by,
        "articles": n.evidence.iter().map(article_json).collect::<Vec<_>>(),
        "children": n.children.iter().map(chain_json).collect::<Vec<_>>(),
    })
}

/// The coverage report as one JSON object.
pub fn coverage_json(c: &Coverage) -> Value {
    let mut grouping = Map::new();
    for (why, n) in &c.grouping {
        grouping.insert(why.name().into(), json!(n));
    }
    grouping.insert("unattached".into(), json!(c.unattached));
    let first = c.articles.first().map(article_json);
    let last = c.articles.iter().rev().find(|a| a.published.is_some()).map(article_json);
    let outlets: Vec<Value> = c
        .outlets
        .iter()
        .map(|o| {
            json!({
                "site": o.site,
                "articles": o.articles,
                "originals": o.originals,
                "first_report": article_json(&c.articles[o.first]),
                "last_report": article_json(&c.articles[o.last]),
            })
        })
        .collect();
    let buckets: Vec<Value> = c
        .timeline
        .iter()
        .map(|b| {
            let mut by_outlet = Map::new();
            for (o, n) in c.outlets.iter().zip(&b.by_outlet) {
                if *n > 0 {
                    by_outlet.insert(o.site.clone(), json!(n));
                }
            }
            json!({
                "label": b.label,
                "start": b.start.format("%Y-%m-%d").to_string(),
                "articles": b.articles,
                "by_outlet": by_outlet,
                "outlet_articles": b.outlet_articles,
                "attention": b.attention,
            })
        })
        .collect();
    let ranked = |v: &[super::coverage::Ranked], detail: &str| -> Vec<Value> {
        v.iter()
            .map(|r| {
                let mut o = Map::new();
                o.insert("name".into(), json!(r.name));
                if !detail.is_empty() {
                    o.insert(detail.into(), json!(r.detail));
                }
                o.insert("articles".into(), json!(r.articles));
                Value::Object(o)
            })
            .collect()
    };
    json!({
        "document": document_json(&c.document),
        "grouping": grouping,
        "other_documents": c.others.iter().map(candidate_json).collect::<Vec<_>>(),
        "articles_total": c.articles.len(),
        "outlets_total": c.outlets.len(),
        "originals": c.originals,
        "copies": c.articles.len() - c.originals,
        "first_report": first,
        "last_report": last,
        "outlets": outlets,
        "timeline": {"by": c.by.name(), "buckets": buckets},
        "units": ranked(&c.units, ""),
        "officials": ranked(&c.officials, "title"),
        "related_documents": ranked(&c.related, "detail"),
        "chain": c.chain.iter().map(chain_json).collect::<Vec<_>>(),
        "articles": articles_rows(c).1.iter().map(|r| json!({
            "published": r[0], "site": r[1], "title": r[2], "url": r[3],
            "mentions": r[4].parse::<u64>().unwrap_or(0), "attach": r[5],
            "copy_group": r[6].parse::<u64>().unwrap_or(0), "is_copy": r[7] == "true",
        })).collect::<Vec<_>>(),
    })
}

/// The timeline as CSV: one row per bucket.
pub fn timeline_rows(c: &Coverage) -> Table {
    let header = vec!["bucket", "start", "articles", "outlet_articles", "attention"];
    let rows = c
        .timeline
        .iter()
        .map(|b| {
            vec![
                b.label.clone(),
                b.start.format("%Y-%m-%d").to_string(),
                b.articles.to_string(),
                b.outlet_articles.to_string(),
                format!("{:.6}", b.attention),
            ]
        })
        .collect();
    (header, rows)
}

/// The reporting articles as CSV: one row per article. `copy_group` numbers the copy groups
/// from 1 in order of their original.
pub fn articles_rows(c: &Coverage) -> Table {
    let header =
        vec!["published", "site", "title", "url", "mentions", "attach", "copy_group", "is_copy"];
    let mut group_no = vec![0usize; c.articles.len()];
    let mut next = 0;
    for (i, a) in c.articles.iter().enumerate() {
        if a.copy_of == i {
            next += 1;
            group_no[i] = next;
        }
    }
    let rows = c
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            vec![
                a.published.map(|p| p.iso()).unwrap_or_default(),
                a.site.clone(),
                a.title.clone(),
                a.url.clone(),
                a.mentions.to_string(),
                a.attach.name().to_string(),
                group_no[a.copy_of].to_string(),
                (a.copy_of != i).to_string(),
            ]
        })
        .collect();
    (header, rows)
}

/// One listed document as JSON.
pub fn listed_json(l: &Listed) -> Value {
    let mut v = document_json(&l.document);
    if let Some(o) = v.as_object_mut() {
        o.insert("articles".into(), json!(l.articles));
        o.insert("outlets".into(), json!(l.outlets));
        o.insert("mentions".into(), json!(l.mentions));
        o.insert(
            "first_report".into(),
            match &l.first {
                Some((t, site, title, url)) => {
                    json!({"published": t.iso(), "site": site, "title": title, "url": url})
                }
                None => Value::Null,
            },
        );
    }
    v
}

/// Listed documents as CSV.
pub fn listed_rows(list: &[Listed]) -> Table {
    let header = vec![
        "id",
        "label",
        "kind",
        "issuer",
        "issued",
        "year",
        "articles",
        "outlets",
        "mentions",
        "first_published",
        "first_site",
        "first_title",
        "first_url",
    ];
    let rows = list
        .iter()
        .map(|l| {
            let d = &l.document;
            let (t, s, ti, u) = match &l.first {
                Some((t, s, ti, u)) => (t.iso(), s.clone(), ti.clone(), u.clone()),
                None => Default::default(),
            };
            vec![
                d.id.clone(),
                d.label.clone(),
                d.kind.clone(),
                d.issuer_display.clone(),
                d.issued.map(|x| x.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                d.year.map(|y| y.to_string()).unwrap_or_default(),
                l.articles.to_string(),
                l.outlets.to_string(),
                l.mentions.to_string(),
                t,
                s,
                ti,
                u,
            ]
        })
        .collect();
    (header, rows)
}
