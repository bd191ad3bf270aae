//! Assembly: full mentions grouped by document (number without zeros, `/` and `-` alike),
//! short references joined to the full reference of the same kind and number (the nearest one
//! before them), and each document's date and issuer taken from the first mention that states
//! them.

use chrono::NaiveDate;

use super::ident::Ident;
use super::{FullMention, Issuer, ShortMention};
use crate::entities::{DocumentRef, Mention};

/// Number without leading zeros.
pub(super) fn trim_number(n: &str) -> &str {
    let t = n.trim_start_matches('0');
    if t.is_empty() || t.starts_with(|c: char| c.is_ascii_lowercase()) {
        n
    } else {
        t
    }
}

/// Key joining variants of one document: number without zeros, symbol with `/` and `-` alike.
fn match_key(ident: &Ident) -> String {
    let symbol: String = ident
        .symbol
        .chars()
        .map(|c| if c == '-' { '/' } else { c })
        .flat_map(char::to_uppercase)
        .collect();
    format!("{}|{}", trim_number(&ident.number), symbol)
}

/// Kinds a short reference may join ("Thông tư 37" the joint circular 37/2015/TTLT-BYT-BTC).
fn same_kind(short: &str, full: &str) -> bool {
    short == full
        || super::attach::joint_kind(short, full)
        || matches!(
            (short, full),
            ("Chương trình", "Chương trình hành động")
                | ("Chương trình hành động", "Chương trình")
                | ("Công văn", "Văn bản")
                | ("Văn bản", "Công văn")
        )
}

/// One document being assembled.
struct Entry {
    doc: DocumentRef,
    key: Option<String>,
    first: usize,
    clause_issuer: Option<String>,
    front_issuer: Option<String>,
    issued_at: usize,
    clause_at: usize,
    front_at: usize,
}

impl Entry {
    /// A document with no mention yet: full (`key`, `id` and `symbol` set) or short.
    fn new(
        id: Option<String>,
        kind: &str,
        number: &str,
        symbol: Option<String>,
        key: Option<String>,
        first: usize,
    ) -> Entry {
        Entry {
            doc: DocumentRef {
                id,
                kind: kind.to_string(),
                number: number.to_string(),
                symbol,
                issued: None,
                issuer: None,
                mentions: Vec::new(),
            },
            key,
            first,
            clause_issuer: None,
            front_issuer: None,
            issued_at: usize::MAX,
            clause_at: usize::MAX,
            front_at: usize::MAX,
        }
    }
}

/// Groups full mentions by document, attaches short references, and fills dates and issuers
/// from the first mention that states them.
pub(super) fn assemble(fulls: Vec<FullMention>, shorts: Vec<ShortMention>) -> Vec<DocumentRef> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut full_positions: Vec<(usize, usize)> = Vec::new(); // (mention start, entry index)
    for f in fulls {
        let key = match_key(&f.ident);
        let idx = match entries.iter().position(|e| e.key.as_deref() == Some(key.as_str())) {
            Some(i) => i,
            None => {
                entries.push(Entry::new(
                    Some(f.ident.id()),
                    f.kind,
                    &f.ident.number,
                    Some(f.ident.symbol.clone()),
                    Some(key),
                    f.mention.start,
                ));
                entries.len() - 1
            }
        };
        full_positions.push((f.mention.start, idx));
        add_mention(&mut entries[idx], f.mention, f.issued, f.issuer);
    }
    if merge_yearless(&mut entries) {
        full_positions = entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.doc.mentions.iter().map(move |m| (m.start, i)))
            .collect();
        full_positions.sort_unstable();
    }
    for s in shorts {
        let number = trim_number(&s.number);
        let candidates: Vec<usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.key.is_some()
                    && same_kind(s.kind, &e.doc.kind)
                    && trim_number(&e.doc.number) == number
            })
            .map(|(i, _)| i)
            .collect();
        let target = if candidates.is_empty() {
            None
        } else {
            // The nearest full mention before the short one, else the first document.
            full_positions
                .iter()
                .filter(|(pos, i)| *pos < s.mention.start && candidates.contains(i))
                .map(|&(_, i)| i)
                .next_back()
                .or_else(|| candidates.first().copied())
        };
        let idx = match target {
            Some(i) => i,
            None => {
                // ("Văn bản số 314 do … ký … tại công văn số 314": a generic word and the type
                // word name one document, the type word giving its kind)
                let existing = entries.iter().position(|e| {
                    e.key.is_none()
                        && same_kind(s.kind, &e.doc.kind)
                        && trim_number(&e.doc.number) == number
                });
                match existing {
                    Some(i) => {
                        if entries[i].doc.kind == "Văn bản" {
                            entries[i].doc.kind = s.kind.to_string();
                        }
                        i
                    }
                    None => {
                        entries.push(Entry::new(
                            None,
                            s.kind,
                            &s.number,
                            None,
                            None,
                            s.mention.start,
                        ));
                        entries.len() - 1
                    }
                }
            }
        };
        add_mention(&mut entries[idx], s.mention, s.issued, s.issuer);
    }
    entries.sort_by_key(|e| e.first);
    entries
        .into_iter()
        .map(|mut e| {
            e.doc.mentions.sort_by_key(|m| m.start);
            e.doc.issuer = e.clause_issuer.or(e.front_issuer);
            e.doc
        })
        .collect()
}

/// "Nghị Quyết 19/NQ-CP … Nghị quyết 19-2017/NQ-CP": a reference written without the year of
/// a legal symbol that the same text writes in full, with the same number, type and issuer, is
/// that document (one in full only: two years leave it alone). Returns whether any merged.
fn merge_yearless(entries: &mut Vec<Entry>) -> bool {
    let mut merged = false;
    let year_stripped = |key: &str| -> Option<String> {
        let (number, symbol) = key.split_once('|')?;
        let rest = symbol.strip_prefix(|c: char| c.is_ascii_digit())?;
        let (year, rest) = rest.split_at_checked(3)?;
        (year.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with('/'))
            .then(|| format!("{number}|{}", &rest[1..]))
    };
    let mut i = 0;
    while i < entries.len() {
        let Some(key) = entries[i].key.clone() else {
            i += 1;
            continue;
        };
        let full: Vec<usize> = (0..entries.len())
            .filter(|&j| j != i)
            .filter(|&j| entries[j].key.as_deref().and_then(year_stripped).as_deref() == Some(&key))
            .collect();
        if let [j] = full[..] {
            let e = entries.remove(i);
            let j = if j > i { j - 1 } else { j };
            for m in e.doc.mentions {
                let at = m.start;
                entries[j].first = entries[j].first.min(at);
                entries[j].doc.mentions.push(m);
            }
            if entries[j].doc.issued.is_none() {
                entries[j].doc.issued = e.doc.issued;
            }
            if entries[j].clause_issuer.is_none() {
                entries[j].clause_issuer = e.clause_issuer;
            }
            if entries[j].front_issuer.is_none() {
                entries[j].front_issuer = e.front_issuer;
            }
            merged = true;
            continue;
        }
        i += 1;
    }
    merged
}

/// Adds a mention; for the date and each kind of issuer, the first mention in text order that
/// states one wins (full and short mentions arrive in two passes).
fn add_mention(entry: &mut Entry, m: Mention, issued: Option<NaiveDate>, issuer: Option<Issuer>) {
    if issued.is_some() && m.start < entry.issued_at {
        entry.doc.issued = issued;
        entry.issued_at = m.start;
    }
    if let Some(i) = issuer {
        let (slot, at) = if i.clause {
            (&mut entry.clause_issuer, &mut entry.clause_at)
        } else {
            (&mut entry.front_issuer, &mut entry.front_at)
        };
        if m.start < *at {
            *slot = Some(i.name);
            *at = m.start;
        }
    }
    entry.first = entry.first.min(m.start);
    entry.doc.mentions.push(m);
}
