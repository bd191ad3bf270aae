//! Document type words ("Chỉ thị", "nghị định", "KẾ HOẠCH"), found in any of four casings.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};

use super::codes::{TypeWord, LEX};
use super::ident::{Family, Ident};
use crate::entities::scan::{ends_with_word_ci, word_boundaries};

/// Aho-Corasick over the type words in lower, Capitalised, Title and UPPER case, with the
/// type word of each pattern. A DFA: the scan runs over every article and its first bytes
/// (`c`, `n`, `t`, `q`…) are too common for a prefilter, so the per-byte cost is what counts
/// (the same matches as the default noncontiguous automaton, about a third of the time).
pub(super) static TYPE_AC: LazyLock<(AhoCorasick, Vec<&'static TypeWord>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for w in &LEX.type_words {
        let lower = w.phrase.clone();
        let cap = capitalise(&lower);
        let title = lower.split(' ').map(capitalise).collect::<Vec<_>>().join(" ");
        let upper = lower.to_uppercase();
        let headed = headed_case(&lower);
        for v in [Some(lower), Some(cap), Some(title), Some(upper), headed].into_iter().flatten() {
            if !patterns.contains(&v) {
                patterns.push(v);
                owner.push(w);
            }
        }
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("type word automaton builds");
    (ac, owner)
});

/// "Thông tư Liên tịch", "Chương trình Hành động": a type word that extends another one (its
/// head), written with the head and the extension each capitalised; `None` for a word without a
/// head or whose extension is one syllable (the Title casing covers those).
fn headed_case(lower: &str) -> Option<String> {
    let head = LEX
        .type_words
        .iter()
        .filter(|w| w.phrase != lower)
        .filter_map(|w| lower.strip_prefix(w.phrase.as_str())?.strip_prefix(' ').map(|r| (w, r)))
        .max_by_key(|(w, _)| w.phrase.len())?;
    let (w, rest) = head;
    (rest.contains(' ') && w.phrase.contains(' '))
        .then(|| format!("{} {}", capitalise(&w.phrase), capitalise(rest)))
}

/// First letter upper-cased.
fn capitalise(s: &str) -> String {
    let mut it = s.chars();
    match it.next() {
        Some(c) => c.to_uppercase().chain(it).collect(),
        None => String::new(),
    }
}

/// True when `text` contains any document type word ("Chỉ thị", "nghị định", "KẾ HOẠCH"…).
/// Cheap (one Aho-Corasick pass); usable as a prefilter.
pub fn mentions_type_word(text: &str) -> bool {
    TYPE_AC.0.find_iter(text).any(|m| word_boundaries(text, m.start(), m.end()))
}

/// The longest type word ending exactly at `end`.
pub(super) fn type_word_ending_at(text: &str, end: usize) -> Option<(usize, &'static TypeWord)> {
    let mut best: Option<(usize, &'static TypeWord)> = None;
    for w in &LEX.type_words {
        if let Some(s) = ends_with_word_ci(text, end, &w.phrase) {
            if best.is_none_or(|(bs, _)| s < bs) {
                best = Some((s, w));
            }
        }
    }
    best
}

/// The longest type word that `lower` (lowercase) starts with.
pub(super) fn type_word_prefix(lower: &str) -> Option<&'static TypeWord> {
    LEX.type_words.iter().find(|w| lower.starts_with(w.phrase.as_str()))
}

/// Whether the kind named by a type word agrees with the reference's code.
pub(super) fn compatible(word_kind: &str, ident: &Ident) -> bool {
    if word_kind == ident.code_kind || matches!(ident.family, Family::CongVan | Family::Old) {
        return true;
    }
    // "Công văn số 577/CT-THNVDT": a letter's symbol opens with its issuer's abbreviation, which
    // may read as a type code (CT = Cục Thuế, not Chỉ thị); the word written wins.
    if word_kind == "Công văn" && ident.family == Family::Admin {
        return true;
    }
    matches!(
        (word_kind, ident.code_kind),
        ("Quy định", "Quyết định")
            | ("Chương trình hành động", "Chương trình")
            | ("Chương trình", "Chương trình hành động")
            | ("Bộ luật", "Luật")
            | ("Nghị quyết", "Luật")
            | ("Pháp lệnh", "Nghị quyết")
            | ("Thông tư", "Thông tri")
            | ("Thông tư", "Thông tư liên tịch")
            | ("Nghị quyết", "Nghị quyết liên tịch")
    )
}
