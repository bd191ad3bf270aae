//! The most mentioned entities (`vnmon entities`).
//!
//! Reports read stored [`Record`]s only; they never re-run extraction.

use std::collections::{BTreeSet, HashMap};

use crate::record::Record;

/// Which entities to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// Official document references.
    Documents,
    /// Named officials.
    Officials,
    /// Units (organisations).
    Units,
}

impl EntityKind {
    /// Lowercase plural name (`documents`).
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Documents => "documents",
            EntityKind::Officials => "officials",
            EntityKind::Units => "units",
        }
    }
}

/// How often one entity is mentioned across the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityCount {
    /// Grouping key: canonical document id (or `kind|number`), folded name, canonical unit.
    pub key: String,
    /// How the entity is shown: the most frequent written form.
    pub label: String,
    /// Extra information: a document's kind and issuer, an official's most frequent title.
    pub detail: String,
    /// Mentions in all articles.
    pub mentions: usize,
    /// Articles mentioning it.
    pub articles: usize,
    /// Distinct outlets (sites) among those articles.
    pub outlets: usize,
}

#[derive(Default)]
struct Acc {
    labels: HashMap<String, usize>,
    details: HashMap<String, usize>,
    mentions: usize,
    articles: usize,
    outlets: BTreeSet<String>,
}

impl Acc {
    fn add(&mut self, label: &str, detail: &str, mentions: usize, site: &str) {
        *self.labels.entry(label.to_string()).or_default() += 1;
        if !detail.is_empty() {
            *self.details.entry(detail.to_string()).or_default() += 1;
        }
        self.mentions += mentions.max(1);
        self.articles += 1;
        self.outlets.insert(site.to_string());
    }
}

/// The most frequent value of a tally; ties go to the longer, then the smaller string.
fn most_frequent(tally: &HashMap<String, usize>) -> String {
    let mut best: Option<(&String, usize)> = None;
    for (k, &n) in tally {
        let better = match best {
            None => true,
            Some((bk, bn)) => n > bn || (n == bn && (k.len(), bk) > (bk.len(), k)),
        };
        if better {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k.clone()).unwrap_or_default()
}

/// Counts the entities of `kind` over `records` and returns the `top` most mentioned, by article
/// count, then mentions, then key.
pub fn top_entities(
    records: impl IntoIterator<Item = Record>,
    kind: EntityKind,
    top: usize,
) -> Vec<EntityCount> {
    let mut acc: HashMap<String, Acc> = HashMap::new();
    for record in records {
        let site = record.article.site.clone().unwrap_or_default();
        let e = &record.entities;
        match kind {
            EntityKind::Documents => {
                for d in &e.documents {
                    let (key, label) = match &d.id {
                        Some(id) => (id.clone(), format!("{} {id}", d.kind)),
                        None => (
                            format!("{}|{}", d.kind, d.number),
                            format!("{} {} (short)", d.kind, d.number),
                        ),
                    };
                    let detail = d.issuer.clone().unwrap_or_default();
                    acc.entry(key).or_default().add(&label, &detail, d.mentions.len(), &site);
                }
            }
            EntityKind::Officials => {
                for p in &e.officials {
                    let key = crate::index::entity_key(&p.name);
                    let detail = p.titles.first().cloned().unwrap_or_default();
                    acc.entry(key).or_default().add(&p.name, &detail, p.mentions.len(), &site);
                }
            }
            EntityKind::Units => {
                for u in &e.units {
                    acc.entry(u.canonical.clone()).or_default().add(
                        &u.name,
                        "",
                        u.mentions.len(),
                        &site,
                    );
                }
            }
        }
    }
    let mut out: Vec<EntityCount> = acc
        .into_iter()
        .map(|(key, a)| EntityCount {
            label: most_frequent(&a.labels),
            detail: most_frequent(&a.details),
            mentions: a.mentions,
            articles: a.articles,
            outlets: a.outlets.len(),
            key,
        })
        .collect();
    out.sort_by(|a, b| {
        b.articles.cmp(&a.articles).then(b.mentions.cmp(&a.mentions)).then(a.key.cmp(&b.key))
    });
    out.truncate(top);
    out
}
