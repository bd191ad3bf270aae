//! Placeholder of the document graph (replaced by the real module on merge).
#![allow(missing_docs, dead_code, unused_variables)]

use super::{DocumentRef, Mention, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssuerSource {
    Written,
    Symbol,
    Sentence,
    Article,
    Outlet,
    Unresolved,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerId {
    pub key: String,
    pub display: String,
    pub resolved: bool,
    pub source: IssuerSource,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Explicit,
    CoCited,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLink {
    pub parent: String,
    pub child: String,
    pub kind: LinkKind,
    pub evidence: Mention,
}
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocGraph {
    pub issuers: Vec<Option<IssuerId>>,
    pub links: Vec<DocLink>,
    pub event_units: Vec<(String, String)>,
}
pub fn graph(
    text: &str,
    docs: &[DocumentRef],
    units: &[Unit],
    outlet_host: Option<&str>,
) -> DocGraph {
    DocGraph {
        issuers: docs
            .iter()
            .map(|d| {
                d.issuer.as_ref().map(|i| IssuerId {
                    key: i.clone(),
                    display: i.clone(),
                    resolved: true,
                    source: IssuerSource::Written,
                })
            })
            .collect(),
        ..Default::default()
    }
}
pub fn issuer_matches(query: &str, key: &str) -> bool {
    crate::text::fold(key).contains(&crate::text::fold(query))
}
