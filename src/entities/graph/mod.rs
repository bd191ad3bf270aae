//! The document graph of one article: the canonical issuer of every document reference, the
//! implementation links between documents ("Kế hoạch số 171-KH/TU … thực hiện Chỉ thị 24"),
//! and the units that held events on a document ("Sở X tổ chức Hội nghị quán triệt Chỉ thị …").
//!
//! **Invariant**: no I/O; everything comes from the text, the references and units already
//! extracted from it, and the outlet's host.
//!
//! Layout: `places` finds localities and their level (and knows the outlets of local papers),
//! `issuer` turns a written issuer or a symbol into an [`IssuerId`], `links` reads links and
//! events sentence by sentence.

mod issuer;
mod links;
mod places;
#[cfg(test)]
mod tests;

use super::tokens::Doc;
use super::{DocumentRef, Mention, Unit};
use issuer::{local_from_symbol, national_from_symbol, resolve_written, Lookup};
use links::{Node, Occ, Text};
use places::{outlet_province, places_in};

/// Where an issuer's locality came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssuerSource {
    /// Written with the issuer, or not needed (a national body, a body named in full).
    Written,
    /// The symbol names a national issuer (`NĐ-CP` → Chính phủ).
    Symbol,
    /// A place of the right level in a sentence that mentions the document.
    Sentence,
    /// The article's most frequent place of the right level.
    Article,
    /// The outlet is a local paper of that province or city.
    Outlet,
    /// Not found: the key names the committee without its locality.
    Unresolved,
}

/// The canonical issuer of one document reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IssuerId {
    /// Grouping key: the issuing body's canonical name, NFC, traditional tone placement, the
    /// standing body folded into its committee ("Ban Thường vụ Thành ủy Hà Nội", "BTV Thành
    /// ủy Hà Nội" → "Thành ủy Hà Nội"), abbreviations expanded ("UBND tỉnh Nghệ An" → "Ủy ban
    /// nhân dân tỉnh Nghệ An"), national bodies by name ("Bộ Chính trị", "Chính phủ", "Thủ
    /// tướng Chính phủ", "Quốc hội"). Without a locality: the committee alone ("Thành ủy").
    pub key: String,
    /// How to show it: the written form, abbreviations expanded, with the standing body and
    /// the locality ("Ban Thường vụ Thành ủy Hà Nội").
    pub display: String,
    /// Whether `key` names one body (locality known, national body, or a body named in full).
    pub resolved: bool,
    /// Where the locality came from.
    pub source: IssuerSource,
    /// The body itself was read from the symbol (`…/TU` → Thành ủy or Tỉnh ủy, `NĐ-CP` →
    /// Chính phủ), not written in the text.
    pub from_symbol: bool,
}

/// Link kinds between documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// The text says the child carries out the parent.
    Explicit,
    /// Named side by side in one sentence with one subject clause.
    CoCited,
}

/// "child was issued to carry out parent".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLink {
    /// Key of the parent document ([`doc_key`]).
    pub parent: String,
    /// Key of the child document.
    pub child: String,
    /// How the link was read.
    pub kind: LinkKind,
    /// The sentence that shows it.
    pub evidence: Mention,
}

/// Everything the document graph needs from one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocGraph {
    /// Parallel to the `docs` slice passed in: the issuer of each reference (`None` when the
    /// text gives none and the symbol does not imply one).
    pub issuers: Vec<Option<IssuerId>>,
    /// Implementation links found in this article, one per (parent, child); an explicit link
    /// wins over a co-cited one.
    pub links: Vec<DocLink>,
    /// (doc key, unit canonical name as in [`Unit::canonical`]): units that held an event on a
    /// document in this article.
    pub event_units: Vec<(String, String)>,
}

/// The key of a reference as the index stores it: the id, or `kind|number` for a short one.
pub fn doc_key(d: &DocumentRef) -> String {
    d.id.clone().unwrap_or_else(|| format!("{}|{}", d.kind, d.number))
}

/// Sentence byte spans of `text`: split at line breaks and at `.`, `!`, `?`, `…` followed by
/// a space and a capital, a digit or a quote, except after an abbreviation ("TP. Hà Nội").
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        let t = &text[s..e];
        let ls = s + (t.len() - t.trim_start().len());
        let le = s + t.trim_end().len();
        if le > ls {
            out.push((ls, le));
        }
    };
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let split = match c {
            '\n' => true,
            '.' | '!' | '?' | '…' => {
                let rest = &text[end..];
                let next = rest.trim_start_matches([' ', '\t']);
                let spaced = next.len() < rest.len();
                let starts = next.chars().next().is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '(')
                });
                let word: String = text[..i]
                    .chars()
                    .rev()
                    .take_while(|ch| ch.is_alphanumeric())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let abbrev = c == '.'
                    && (matches!(
                        word.as_str(),
                        "TP" | "Tp" | "TS" | "ThS" | "GS" | "PGS" | "BS" | "TX"
                    ) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)));
                spaced && starts && !abbrev
            }
            _ => false,
        };
        if split {
            push(start, end, &mut out);
            start = end;
        }
    }
    push(start, text.len(), &mut out);
    out
}

/// Level rank a symbol implies: 5 national, 4 for `…/TU`, 3 for `…/HU` `…/QU`, 2 for `…/ĐU`.
fn symbol_rank(symbol: &str) -> Option<u8> {
    if national_from_symbol(symbol).is_some() {
        return Some(5);
    }
    let (_, organ) = symbol.rsplit_once('/')?;
    if organ.contains('-') {
        return None;
    }
    let organ = organ.replace("TƯ", "TW");
    if organ.ends_with("TW") {
        Some(5)
    } else if organ.ends_with("TU") {
        Some(4)
    } else if organ.ends_with("HU") || organ.ends_with("QU") {
        Some(3)
    } else if organ.ends_with("ĐU") || organ.ends_with("ĐUK") {
        Some(2)
    } else {
        None
    }
}

/// Reads the document graph of one article. `text` is the normalised text the mentions of
/// `docs` and `units` point into; `outlet_host` the article's host (`hanoimoi.vn`), the last
/// resort for a locality.
pub fn graph(
    text: &str,
    docs: &[DocumentRef],
    units: &[Unit],
    outlet_host: Option<&str>,
) -> DocGraph {
    let doc = Doc::analyse(text);
    let sents = sentences(text);
    let places: Vec<_> = places_in(&doc, 0, doc.len())
        .into_iter()
        .map(|p| (doc.toks[p.tok].s, p.level, p.name))
        .collect();
    let outlet = outlet_host.and_then(outlet_province);
    let t = Text { text, doc: &doc, sents: &sents };
    let mut issuers = Vec::with_capacity(docs.len());
    let mut nodes = Vec::with_capacity(docs.len());
    for d in docs {
        let mut with_issuer = Vec::new();
        let mut others = Vec::new();
        for m in d.mentions.iter().filter(|m| m.start < text.len()) {
            let k = t.sentence_of(m.start);
            let Some(&span) = sents.get(k) else { continue };
            let names = d.issuer.as_deref().is_some_and(|w| text[span.0..span.1].contains(w));
            let list = if names { &mut with_issuer } else { &mut others };
            if !list.contains(&span) {
                list.push(span);
            }
        }
        with_issuer
            .extend(others.into_iter().filter(|s| !with_issuer.contains(s)).collect::<Vec<_>>());
        let lookup = Lookup { places: &places, sentences: with_issuer, outlet };
        let symbol = d.symbol.as_deref().unwrap_or("");
        let found = match &d.issuer {
            Some(w) => resolve_written(w, &lookup),
            None => match national_from_symbol(symbol) {
                Some(name) => Some((
                    IssuerId {
                        key: name.to_string(),
                        display: name.to_string(),
                        resolved: true,
                        source: IssuerSource::Symbol,
                        from_symbol: true,
                    },
                    Some(5),
                )),
                None => local_from_symbol(symbol, &lookup),
            },
        };
        let rank = symbol_rank(symbol).or(found.as_ref().and_then(|f| f.1));
        let party = symbol.split_once('/').is_some_and(|(a, b)| {
            !a.chars().all(|c| c.is_ascii_digit()) && !b.contains(['-', '/'])
        });
        nodes.push(Node { key: doc_key(d), kind: d.kind.clone(), rank, party });
        issuers.push(found.map(|f| f.0));
    }
    let mut occ: Vec<Occ> = docs
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.mentions.iter().map(move |m| (i, m.start, m.end)))
        .filter(|&(_, s, e)| s < e && text.get(s..e).is_some())
        .collect();
    occ.sort_by_key(|o| (o.1, o.2));
    occ.dedup_by(|b, a| b.1 < a.2);
    let links = links::links(&t, &nodes, &occ);
    let event_units = links::events(&t, &nodes, &occ, units);
    DocGraph { issuers, links, event_units }
}

/// The issuer key of free text ("BTV Thành ủy Hà Nội" → "Thành ủy Hà Nội", "UBND tỉnh Nghệ
/// An" → "Ủy ban nhân dân tỉnh Nghệ An"), with only the locality it writes.
pub fn issuer_key(text: &str) -> String {
    issuer::key_of(text)
}

/// Whether a user's issuer text (any spelling, unaccented too: "thanh uy ha noi", "BTV Thành
/// ủy Hà Nội", "ubnd nghe an") matches an issuer key: its folded words, abbreviations
/// expanded and the standing body and administrative nouns dropped, occur in the key in order
/// ("ha noi" matches "Thành ủy Hà Nội").
pub fn issuer_matches(query: &str, key: &str) -> bool {
    issuer::matches(query, key)
}
