//! The most mentioned entities (`vnmon entities`), counted from the facts each article got at
//! ingest, never from stored records.

use std::collections::{BTreeSet, HashMap};

use super::rows::{Row, Want};

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

/// Counts the entities of `kind` in every indexed article and returns the `top` most
/// mentioned, by article count, then mentions, then key. Documents are grouped as `vnmon
/// documents` groups them (id, issuer and year, [`super::identity`]); officials by folded name;
/// units by canonical name. Reads fast fields only.
pub fn top_entities(
    index: &crate::index::Index,
    kind: EntityKind,
    top: usize,
) -> Result<Vec<EntityCount>, crate::index::IndexError> {
    let dir = index.dir().to_path_buf();
    crate::index::readonly::guarded(&dir, || {
        let searcher = index.searcher()?;
        let want = match kind {
            EntityKind::Documents => Want { docs: true, ..Want::default() },
            _ => Want { people: true, ..Want::default() },
        };
        let rows = super::rows::matching(&searcher, &tantivy::query::AllQuery, want)?;
        Ok(count(&rows, kind, top))
    })
}

/// [`top_entities`] over rows already read.
pub fn count(rows: &[Row], kind: EntityKind, top: usize) -> Vec<EntityCount> {
    let mut acc: HashMap<String, Acc> = HashMap::new();
    match kind {
        EntityKind::Documents => {
            let grouping = super::identity::group(rows, &|_| true);
            let mut out: Vec<EntityCount> = grouping
                .documents
                .iter()
                .map(|d| {
                    let mentions = d
                        .articles
                        .iter()
                        .flat_map(|&i| rows[i].docs.iter())
                        .filter(|f| d.is_named_by(&f.key))
                        .map(|f| f.mentions as usize)
                        .sum();
                    let outlets: BTreeSet<&str> =
                        d.articles.iter().map(|&i| rows[i].site.as_str()).collect();
                    let label = match d.id.split_once('|') {
                        Some(_) => format!("{} (short)", d.label()),
                        None => d.label(),
                    };
                    EntityCount {
                        key: d.id.clone(),
                        label,
                        detail: d.issuer_display.clone(),
                        mentions,
                        articles: d.articles.len(),
                        outlets: outlets.len(),
                    }
                })
                .collect();
            sort(&mut out, top);
            return out;
        }
        EntityKind::Officials => {
            for r in rows {
                for (name, title, n) in &r.officials {
                    let key = crate::index::entity_key(name);
                    acc.entry(key).or_default().add(name, title, *n as usize, &r.site);
                }
            }
        }
        EntityKind::Units => {
            for r in rows {
                for (canonical, name, n) in &r.units {
                    acc.entry(canonical.clone()).or_default().add(name, "", *n as usize, &r.site);
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
    sort(&mut out, top);
    out
}

fn sort(out: &mut Vec<EntityCount>, top: usize) {
    out.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| (&a.key, &a.detail, &a.label).cmp(&(&b.key, &b.detail, &b.label)))
    });
    out.truncate(top);
}
