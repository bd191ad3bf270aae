//! The facts of one article that reports aggregate, computed once at ingest and kept in fast
//! (columnar) fields, so that a report reads a few small columns of the matched articles instead
//! of loading their stored records.
//!
//! Each fact is one keyword value with tab-separated parts; this module is the only place that
//! writes or reads the format.

use chrono::NaiveDate;

use crate::entities::graph::{self, LinkKind};
use crate::record::Record;
use crate::text::copies::Signature;

/// What one article says about one referenced document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocFact {
    /// Document key: canonical id (`24-CT/TU`) or `kind|number` for an unresolved short reference.
    pub key: String,
    /// Document type in full ("Chỉ thị").
    pub kind: String,
    /// Canonical issuer key ("Thành ủy Hà Nội"); empty when the article names none.
    pub issuer: String,
    /// Issuer as shown ("Ban Thường vụ Thành ủy Hà Nội").
    pub issuer_display: String,
    /// Whether `issuer` names one body (its locality is known, or it is national).
    pub resolved: bool,
    /// Where the issuer's locality came from ("written", "sentence", "article", "outlet", …).
    pub issuer_source: String,
    /// Issue date stated in the article.
    pub issued: Option<NaiveDate>,
    /// Mentions of the document in the article.
    pub mentions: u32,
}

/// "child was issued to carry out parent", as one article shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkFact {
    /// Key of the document carried out.
    pub parent: String,
    /// Key of the implementing document.
    pub child: String,
    /// True when the text says so ("… thực hiện Chỉ thị 24"); false when the two are only named
    /// side by side with one subject (co-cited).
    pub explicit: bool,
}

/// Every fact of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleFacts {
    /// One per referenced document.
    pub docs: Vec<DocFact>,
    /// Implementation links.
    pub links: Vec<LinkFact>,
    /// Per official: `(name, first title, mentions)`.
    pub officials: Vec<Named>,
    /// Per unit: `(canonical name, name as written, mentions)`.
    pub units: Vec<Named>,
    /// `(doc key, unit)`: units that held an event on a document.
    pub event_units: Vec<(String, String)>,
    /// Copy signature of the text.
    pub signature: Signature,
}

/// An official or unit: `(key name, detail, mentions)` — for an official its name and first
/// title, for a unit its canonical name and the name as written.
pub type Named = (String, String, u32);

/// Computes the facts of `record`: the document graph of its entities and its copy signature.
pub fn of(record: &Record) -> ArticleFacts {
    let e = &record.entities;
    let host = record.article.site.as_deref();
    let g = graph::graph(&record.text, &e.documents, &e.units, host);
    let docs = e
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let issuer = g.issuers.get(i).cloned().flatten();
            DocFact {
                key: graph::doc_key(d),
                kind: d.kind.clone(),
                issuer: issuer.as_ref().map(|x| x.key.clone()).unwrap_or_default(),
                issuer_display: issuer.as_ref().map(|x| x.display.clone()).unwrap_or_default(),
                resolved: issuer.as_ref().is_some_and(|x| x.resolved),
                issuer_source: issuer
                    .as_ref()
                    .map(|x| format!("{:?}", x.source).to_lowercase())
                    .unwrap_or_default(),
                issued: d.issued,
                mentions: d.mentions.len().max(1) as u32,
            }
        })
        .collect();
    let mut links: Vec<LinkFact> = Vec::new();
    for l in &g.links {
        let explicit = l.kind == LinkKind::Explicit;
        match links.iter_mut().find(|x| x.parent == l.parent && x.child == l.child) {
            Some(x) => x.explicit |= explicit,
            None => {
                links.push(LinkFact { parent: l.parent.clone(), child: l.child.clone(), explicit })
            }
        }
    }
    let officials = e
        .officials
        .iter()
        .map(|o| {
            let title = o.titles.first().cloned().unwrap_or_default();
            (o.name.clone(), title, o.mentions.len().max(1) as u32)
        })
        .collect();
    let units = e
        .units
        .iter()
        .map(|u| (u.canonical.clone(), u.name.clone(), u.mentions.len().max(1) as u32))
        .collect();
    // Units are shown as written (their most complete mention), not as lookup keys.
    let mut event_units: Vec<(String, String)> = g
        .event_units
        .into_iter()
        .map(|(d, u)| {
            let name = e.units.iter().find(|x| x.canonical == u).map_or(u, |x| x.name.clone());
            (d, name)
        })
        .collect();
    event_units.sort();
    event_units.dedup();
    let signature = Signature::of(&record.text);
    ArticleFacts { docs, links, officials, units, event_units, signature }
}

/// Tabs and line breaks inside a part would break the format: they become spaces.
fn part(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl DocFact {
    /// The keyword value stored for this fact.
    pub fn encode(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            part(&self.key),
            part(&self.kind),
            part(&self.issuer),
            part(&self.issuer_display),
            if self.resolved { "1" } else { "0" },
            part(&self.issuer_source),
            self.issued.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            self.mentions
        )
    }

    /// Reads a stored value back; `None` for a value of another format.
    pub fn decode(value: &str) -> Option<DocFact> {
        let p: Vec<&str> = value.split('\t').collect();
        let [key, kind, issuer, display, resolved, source, issued, mentions] = p[..] else {
            return None;
        };
        Some(DocFact {
            key: key.to_string(),
            kind: kind.to_string(),
            issuer: issuer.to_string(),
            issuer_display: display.to_string(),
            resolved: resolved == "1",
            issuer_source: source.to_string(),
            issued: NaiveDate::parse_from_str(issued, "%Y-%m-%d").ok(),
            mentions: mentions.parse().ok()?,
        })
    }
}

impl LinkFact {
    /// The keyword value stored for this link.
    pub fn encode(&self) -> String {
        let kind = if self.explicit { "E" } else { "C" };
        format!("{}\t{}\t{kind}", part(&self.parent), part(&self.child))
    }

    /// Reads a stored value back.
    pub fn decode(value: &str) -> Option<LinkFact> {
        let mut p = value.split('\t');
        let (parent, child, kind) = (p.next()?, p.next()?, p.next()?);
        Some(LinkFact { parent: parent.into(), child: child.into(), explicit: kind == "E" })
    }
}

/// The stored value of a pair fact (`official\ttitle`, `doc\tunit`).
pub fn encode_pair(a: &str, b: &str) -> String {
    format!("{}\t{}", part(a), part(b))
}

/// The stored value of a [`Named`] fact.
pub fn encode_named(n: &Named) -> String {
    format!("{}\t{}\t{}", part(&n.0), part(&n.1), n.2)
}

/// Reads a [`Named`] fact back.
pub fn decode_named(value: &str) -> Option<Named> {
    let mut p = value.split('\t');
    let (a, b, n) = (p.next()?, p.next()?, p.next()?.parse().ok()?);
    Some((a.to_string(), b.to_string(), n))
}

/// Reads a pair fact back.
pub fn decode_pair(value: &str) -> Option<(String, String)> {
    let (a, b) = value.split_once('\t')?;
    Some((a.to_string(), b.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_round_trip() {
        let d = DocFact {
            key: "24-CT/TU".into(),
            kind: "Chỉ thị".into(),
            issuer: "Thành ủy Hà Nội".into(),
            issuer_display: "Ban Thường vụ\tThành ủy Hà Nội".into(),
            resolved: true,
            issuer_source: "sentence".into(),
            issued: NaiveDate::from_ymd_opt(2023, 8, 7),
            mentions: 3,
        };
        let back = DocFact::decode(&d.encode()).unwrap();
        assert_eq!(back.issuer_display, "Ban Thường vụ Thành ủy Hà Nội");
        assert_eq!(DocFact { issuer_display: d.issuer_display.replace('\t', " "), ..d }, back);
        let l =
            LinkFact {
                parent: "24-CT/TU".into(), child: "Kế hoạch|171".into(), explicit: true
            };
        assert_eq!(LinkFact::decode(&l.encode()), Some(l));
        assert_eq!(decode_pair(&encode_pair("A", "B\tC")), Some(("A".into(), "B C".into())));
        assert_eq!(DocFact::decode("24-CT/TU"), None);
        let n = ("Sở Nội vụ".to_string(), "Sở Nội vụ\tHà Nội".to_string(), 2);
        assert_eq!(decode_named(&encode_named(&n)), Some((n.0, "Sở Nội vụ Hà Nội".into(), 2)));
    }
}
