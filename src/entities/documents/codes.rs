//! The word lists of `lexicon/documents.toml` (type words, type codes, issuers, Party organs,
//! clause words), parsed once on first use, and the predicates over reference codes.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::ident::Family;

/// Whether a type word may introduce a short reference ("Chỉ thị 24").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(super) enum Short {
    /// Never (generic or ambiguous words).
    No,
    /// Only with "số" ("Báo cáo số 12").
    So,
    /// Also without "số" when the type word is capitalised ("Kết luận 14").
    Bare,
    /// Also without "số" in lowercase ("như chỉ thị 42 đã đề ra"): words that are never a verb
    /// or a common noun before a number.
    Lower,
    /// Also without "số" when written in capitals: an abbreviation ("theo QĐ 167", "NĐ 67").
    Caps,
}

/// One type word: lowercase phrase, kind, whether a short reference may omit "số".
#[derive(Debug)]
pub(super) struct TypeWord {
    /// Lowercase phrase ("chỉ thị").
    pub phrase: String,
    /// Document type in full ("Chỉ thị"); empty for a generic word ("văn bản").
    pub kind: String,
    /// Short references it may introduce.
    pub short: Short,
}

#[derive(Deserialize)]
struct TypeWordEntry {
    kind: String,
    short: Short,
}

#[derive(Deserialize)]
struct CodeLists {
    admin_types: Vec<String>,
    legal_types: Vec<String>,
    party_types: Vec<String>,
    party_organs: Vec<String>,
    core_party_organs: Vec<String>,
    issuers: Vec<String>,
    old_codes: Vec<String>,
    reject: Vec<String>,
    court_cases: Vec<String>,
    court_stages: Vec<String>,
}

#[derive(Deserialize)]
struct Words {
    date_clause: Vec<String>,
    count: Vec<String>,
    front_aux: Vec<String>,
    front_counts: Vec<String>,
    issue_verbs: Vec<String>,
    front_verbs: Vec<String>,
    dateline_cues: Vec<String>,
    proposer_titles: Vec<String>,
    subject_date_verbs: Vec<String>,
    topic_openers: Vec<String>,
    topic_verbs: Vec<String>,
    report_verbs: Vec<String>,
    caps_clause: Vec<String>,
    registry_number: Vec<String>,
    registry_date: Vec<String>,
    registry_issuer: Vec<String>,
    registry_labels: Vec<String>,
    header_marks: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    type_words: HashMap<String, TypeWordEntry>,
    codes: CodeLists,
    code_kinds: HashMap<String, String>,
    party_code_kinds: HashMap<String, String>,
    words: Words,
}

/// The document lexicon.
pub(super) struct Lexicon {
    /// Type words, longest phrase first.
    pub type_words: Vec<TypeWord>,
    /// State administrative type codes.
    pub admin_types: Vec<String>,
    /// Legal normative type codes, then the administrative ones (both may follow `N/YYYY/`).
    pub legal_types: Vec<String>,
    /// Party document type codes.
    pub party_types: Vec<String>,
    /// Known Party organs.
    pub party_organs: Vec<String>,
    /// Party organs that may be written with state separators; also the level suffixes of
    /// organs accepted by shape.
    pub core_party_organs: Vec<String>,
    /// Known issuer codes.
    pub issuers: Vec<String>,
    /// Codes of the old forms (`N/CP`).
    pub old_codes: Vec<String>,
    /// Codes that are never issuers or organs.
    pub reject: Vec<String>,
    /// Court case types (`HS`, `HC`, `HNGĐ`).
    pub court_cases: Vec<String>,
    /// Court stages (`ST` first instance, `PT` appeal).
    pub court_stages: Vec<String>,
    code_kinds: HashMap<String, String>,
    party_code_kinds: HashMap<String, String>,
    /// Words between a reference and "ngày" in its date clause.
    pub date_clause: Vec<String>,
    /// Measure words after a number that make it a count.
    pub count: Vec<String>,
    /// Words between an issuer named in front and "ban hành".
    pub front_aux: Vec<String>,
    /// Counts and adverbs between a front verb and a list ("đã có liên tiếp 5 quyết định").
    pub front_counts: Vec<String>,
    /// Verbs after "do ORG" that make ORG the issuer.
    pub issue_verbs: Vec<String>,
    /// Verbs right before a reference that make the subject in front its issuer.
    pub front_verbs: Vec<String>,
    /// Times of day that make a date in front a dateline ("Sáng 5/7, …").
    pub dateline_cues: Vec<String>,
    /// Titles left out of a proposer named in front ("của Giám đốc Sở X tại Tờ trình …").
    pub proposer_titles: Vec<String>,
    /// Verbs after a subject clause that introduce the issue date ("ban hành ngày …").
    pub subject_date_verbs: Vec<String>,
    /// Words opening a sentence whose topic is a reference ("Tại Công văn số …, ORG yêu cầu").
    pub topic_openers: Vec<String>,
    /// Directive verbs after the subject of such a sentence that make it the issuer.
    pub topic_verbs: Vec<String>,
    /// Reporting verbs whose subject, before a comma, is the issuer of the verb phrase after it
    /// ("UBND tỉnh cho biết, vừa có văn bản số …").
    pub report_verbs: Vec<String>,
    /// Words that end a body's name after "CỦA" in a title printed in capitals (lowercase).
    pub caps_clause: Vec<String>,
    /// Registry labels introducing the reference ("số hiệu").
    pub registry_number: Vec<String>,
    /// Registry labels introducing the issue date ("ngày ban hành").
    pub registry_date: Vec<String>,
    /// Registry labels introducing the issuer ("cơ quan ban hành").
    pub registry_issuer: Vec<String>,
    /// Every registry label: a value ends at the next one.
    pub registry_labels: Vec<String>,
    /// The emblem lines of a legal header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    pub header_marks: Vec<String>,
}

fn load() -> Lexicon {
    let file: File = toml::from_str(include_str!("../lexicon/documents.toml"))
        .expect("lexicon/documents.toml is valid");
    let mut type_words: Vec<TypeWord> = file
        .type_words
        .into_iter()
        .map(|(phrase, e)| TypeWord { phrase, kind: e.kind, short: e.short })
        .collect();
    type_words.sort_by(|a, b| b.phrase.len().cmp(&a.phrase.len()).then(a.phrase.cmp(&b.phrase)));
    let c = file.codes;
    let mut legal_types = c.legal_types;
    legal_types.extend(c.admin_types.iter().cloned());
    Lexicon {
        type_words,
        admin_types: c.admin_types,
        legal_types,
        party_types: c.party_types,
        party_organs: c.party_organs,
        core_party_organs: c.core_party_organs,
        issuers: c.issuers,
        old_codes: c.old_codes,
        reject: c.reject,
        court_cases: c.court_cases,
        court_stages: c.court_stages,
        code_kinds: file.code_kinds,
        party_code_kinds: file.party_code_kinds,
        date_clause: file.words.date_clause,
        count: file.words.count,
        front_aux: file.words.front_aux,
        front_counts: file.words.front_counts,
        issue_verbs: file.words.issue_verbs,
        front_verbs: file.words.front_verbs,
        proposer_titles: file.words.proposer_titles,
        dateline_cues: file.words.dateline_cues,
        subject_date_verbs: file.words.subject_date_verbs,
        topic_openers: file.words.topic_openers,
        topic_verbs: file.words.topic_verbs,
        report_verbs: file.words.report_verbs,
        caps_clause: file.words.caps_clause,
        registry_number: file.words.registry_number,
        registry_date: file.words.registry_date,
        registry_issuer: file.words.registry_issuer,
        registry_labels: file.words.registry_labels,
        header_marks: file.words.header_marks,
    }
}

/// The document lexicon, parsed on first use.
pub(super) static LEX: LazyLock<Lexicon> = LazyLock::new(load);

/// Known code: exact match first, then one differing only in case (`Ttg` → `TTg`).
pub(super) fn lookup(list: &'static [String], tok: &str) -> Option<&'static str> {
    if let Some(k) = list.iter().find(|k| *k == tok) {
        return Some(k);
    }
    let lower: String = tok.chars().flat_map(char::to_lowercase).collect();
    list.iter()
        .find(|k| k.chars().flat_map(char::to_lowercase).eq(lower.chars()))
        .map(String::as_str)
}

fn rejected(tok: &str) -> bool {
    LEX.reject.iter().any(|r| r == tok)
}

/// An issuer or unit code by shape: mostly capitals (`UBND`, `CNNg`, `TTg`, `UBTVQH14`).
fn issuer_shape(tok: &str) -> bool {
    if rejected(tok) || tok.chars().count() > 20 {
        return false;
    }
    let letters = tok.trim_end_matches(|c: char| c.is_ascii_digit());
    if letters.chars().any(|c| c.is_ascii_digit()) || letters.is_empty() {
        return false;
    }
    let upper = letters.chars().filter(|c| c.is_uppercase()).count();
    let lower = letters.chars().filter(|c| c.is_lowercase()).count();
    upper >= 2 && lower <= 2 && lower < upper
}

/// An issuer code: known (case repaired) or by shape.
pub(super) fn issuer_code(tok: &str, spaced: bool) -> Option<String> {
    if let Some(k) = lookup(&LEX.issuers, tok) {
        return Some(k.to_string());
    }
    if spaced {
        return None;
    }
    issuer_shape(tok).then(|| tok.to_string())
}

/// A Party organ: known, or initials ending in a level suffix (…TW, …TU, …HU, …QU, …ĐU, ĐUK…).
pub(super) fn party_organ(tok: &str, spaced: bool) -> Option<String> {
    if let Some(k) = lookup(&LEX.party_organs, tok) {
        return Some(k.to_string());
    }
    if spaced || rejected(tok) {
        return None;
    }
    let n = tok.chars().count();
    let caps = tok.chars().all(|c| c.is_uppercase());
    let suffix = LEX.core_party_organs.iter().any(|s| tok.ends_with(s.as_str()))
        || tok.starts_with("BCĐ")
        || tok.starts_with("ĐUK")
        || tok.starts_with("BCS");
    (caps && (3..=14).contains(&n) && suffix).then(|| tok.to_string())
}

/// Splits a type glued to a known issuer (`NĐCP` → `NĐ`, `CP`).
pub(super) fn split_glued(
    tok: &str,
    types: &'static [String],
) -> Option<(&'static str, &'static str)> {
    let mut sorted: Vec<&'static str> = types.iter().map(String::as_str).collect();
    sorted.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for t in sorted {
        if let Some(rest) = tok.strip_prefix(t) {
            if rest.is_empty() {
                continue;
            }
            if let Some(i) = lookup(&LEX.issuers, rest) {
                return Some((t, i));
            }
        }
    }
    None
}

/// Kind implied by a type code ("Văn bản" for an unknown one).
pub(super) fn kind_of_code(code: &str, family: Family) -> &'static str {
    let party = if family == Family::Party { LEX.party_code_kinds.get(code) } else { None };
    party.or_else(|| LEX.code_kinds.get(code)).map_or("Văn bản", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded lexicon parses and every code the grammar names has a kind.
    #[test]
    fn lexicon_loads() {
        assert!(LEX.type_words.len() > 30);
        for (code, family, kind) in [
            ("NQ", Family::Admin, "Nghị quyết"),
            ("TT", Family::Party, "Thông tri"),
            ("TT", Family::Legal, "Thông tư"),
            ("XYZ", Family::Admin, "Văn bản"),
        ] {
            assert_eq!(kind_of_code(code, family), kind, "{code}");
        }
    }
}
