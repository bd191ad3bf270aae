//! References to official documents (vietnamese.md §1).
//!
//! Three families of reference are recognised, plus pre-2000 forms:
//! - **Party** `N-TYPE/ORGAN`: `24-CT/TU`, `53-CTrHĐ/TU`, `15-NQ/TW`, `08-QĐi/TW`, `31-KH/ĐU`;
//! - **state administrative** `N/TYPE-ISSUER[-UNIT]` (`10/CT-UBND`, `1649/QĐ-UBND`) and the
//!   công văn without a type (`3824/UBND-KT`, `2928/LĐTBXH-BVCSTE`);
//! - **legal normative** `N/YYYY/TYPE-ISSUER` (`73/2023/NĐ-CP`, `183/2010/TTLT/BTC-BNN`) and the
//!   National Assembly's `N/YYYY/QH15`, `N/YYYY/UBTVQH13`;
//! - old forms `73/CP`, `N/HĐBT`.
//!
//! A reference may be introduced by a type word ("Chỉ thị", matched case-insensitively, longest
//! first) and "số" / "Số:", and followed by an issue date ("ngày 7/8/2023", ", ngày 22 tháng 9
//! năm 2021", "được ban hành ngày …") and an issuer ("của Ban Thường vụ Thành ủy Hà Nội",
//! "do … ban hành", or "X ban hành" in front). Short references ("Chỉ thị số 24", "Kết luận 14")
//! join the full reference of the same kind and number in the same text.
//!
//! Codes are case-sensitive, except that known codes are repaired when only their case is off
//! (`Ttg` → `TTg`). Other repairs: spaces and line breaks around separators, dash variants,
//! `TƯ`/`T.Ư` → `TW`, `Ð` (U+00D0) → `Đ`, a type glued to its issuer (`NĐCP` → `NĐ-CP`), state
//! separators around a Party organ (`29/NQ-TW` → `29-NQ/TW`), a hyphen before the year
//! (`19-2017/NQ-CP` → `19/2017/NQ-CP`). Codes outside the whitelists must have the shape of an
//! abbreviation (mostly capitals), which keeps photo credits (`REUTERS/Erik`), scores, fractions,
//! dates, phone numbers and product codes out.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::dates::{date_at, DASHES};
use super::{DocumentRef, Mention};

/// Document families, told apart by separators and codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `N-TYPE/ORGAN`.
    Party,
    /// `N/TYPE-ISSUER`.
    Admin,
    /// `N/ISSUER-UNIT` (state letter, no type code).
    CongVan,
    /// `N/YYYY/…`.
    Legal,
    /// `N/CP`, `N/HĐBT`, `N/TTg`.
    Old,
}

/// A parsed, validated reference symbol.
#[derive(Debug, Clone)]
struct Ident {
    /// Start of the number.
    start: usize,
    /// End of the last accepted code.
    end: usize,
    /// The number as written ("05", "30c").
    number: String,
    /// Canonical symbol after the number's separator.
    symbol: String,
    /// Separator between number and symbol in the canonical id.
    sep: char,
    /// Kind implied by the code.
    code_kind: &'static str,
    /// Family.
    family: Family,
}

impl Ident {
    fn id(&self) -> String {
        format!("{}{}{}", self.number, self.sep, self.symbol)
    }
}

/// One type word: lowercase phrase, kind, whether a short reference may omit "số".
struct TypeWord {
    phrase: &'static str,
    kind: &'static str,
    short: Short,
}

/// Whether a type word may introduce a short reference ("Chỉ thị 24").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Short {
    /// Never (generic or ambiguous words).
    No,
    /// Only with "số" ("Báo cáo số 12").
    WithSo,
    /// Also without "số" when the type word is capitalised ("Kết luận 14").
    Bare,
}

/// Type words, any order (matching picks the longest).
const TYPE_WORDS: &[TypeWord] = &[
    tw("nghị quyết liên tịch", "Nghị quyết liên tịch", Short::WithSo),
    tw("nghị quyết", "Nghị quyết", Short::Bare),
    tw("nghị định", "Nghị định", Short::Bare),
    tw("quyết định", "Quyết định", Short::Bare),
    tw("quy định", "Quy định", Short::Bare),
    tw("chỉ thị", "Chỉ thị", Short::Bare),
    tw("kết luận", "Kết luận", Short::Bare),
    tw("quy chế", "Quy chế", Short::WithSo),
    tw("hướng dẫn", "Hướng dẫn", Short::Bare),
    tw("kế hoạch", "Kế hoạch", Short::Bare),
    tw("báo cáo", "Báo cáo", Short::WithSo),
    tw("tờ trình", "Tờ trình", Short::WithSo),
    tw("đề án", "Đề án", Short::WithSo),
    tw("thông báo kết luận", "Thông báo", Short::Bare),
    tw("thông báo", "Thông báo", Short::Bare),
    tw("thông cáo", "Thông cáo", Short::WithSo),
    tw("biên bản", "Biên bản", Short::WithSo),
    tw("chương trình hành động", "Chương trình hành động", Short::Bare),
    tw("chương trình", "Chương trình", Short::WithSo),
    tw("phương án", "Phương án", Short::No),
    tw("dự án", "Dự án", Short::No),
    tw("công điện", "Công điện", Short::Bare),
    tw("văn bản hợp nhất", "Văn bản hợp nhất", Short::WithSo),
    tw("công văn", "Công văn", Short::WithSo),
    tw("văn bản", "", Short::No),
    tw("thông tư liên tịch", "Thông tư liên tịch", Short::Bare),
    tw("thông tư", "Thông tư", Short::Bare),
    tw("thông tri", "Thông tri", Short::WithSo),
    tw("bộ luật", "Bộ luật", Short::WithSo),
    tw("luật", "Luật", Short::WithSo),
    tw("pháp lệnh", "Pháp lệnh", Short::WithSo),
    tw("lệnh", "Lệnh", Short::No),
    tw("quy trình", "Quy trình", Short::No),
    tw("giấy phép", "Giấy phép", Short::No),
];

const fn tw(phrase: &'static str, kind: &'static str, short: Short) -> TypeWord {
    TypeWord { phrase, kind, short }
}

/// State administrative type codes (NĐ 30/2020 Phụ lục III, plus codes seen in real text).
#[rustfmt::skip]
const ADMIN_TYPES: &[&str] = &[
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
    "TTr", "HĐ", "CĐ", "BGN", "GN", "BTT", "TTh", "GUQ", "UQ", "GM", "GGT", "GNP", "NP", "PG", "PC",
    "PB", "SY", "TrS", "SL", "GP", "KL", "VBHN", "TTLT", "NQLT",
];

/// Legal normative type codes (after `N/YYYY/`).
#[rustfmt::skip]
const LEGAL_TYPES: &[&str] = &[
    "NĐ", "NQ", "QĐ", "TT", "TTLT", "NQLT", "TTLB", "L", "CT", "KH", "HD", "QC", "QyĐ",
];

/// Party document type codes (HD 36-HD/VPTW).
#[rustfmt::skip]
const PARTY_TYPES: &[&str] = &[
    "NQ", "CT", "QĐ", "QĐNS", "QĐi", "QyĐ", "KL", "QC", "HD", "TB", "BC", "KH", "CTr", "CTrHĐ",
    "ĐA", "TTr", "CV", "BS", "TT", "QTr", "TC", "BB", "GGT", "GCN", "PG",
];

/// Party organs named in HD 36 and seen in real text; others are accepted by shape.
#[rustfmt::skip]
const PARTY_ORGANS: &[&str] = &[
    "TW", "TU", "HU", "QU", "ĐU", "ĐUK", "VPTW", "BTCTW", "UBKTTW", "QUTW", "BTGTW", "BDVTW",
    "BNCTW", "BKTTW", "BĐNTW", "BTCTU", "BTGTU", "UBKTTU", "BDVTU", "BNCTU", "VPTU", "BCS", "BCSĐ",
    "ĐĐ", "CB", "UB",
];

/// Party organs that may be written with state separators (`29/NQ-TW`).
const CORE_PARTY_ORGANS: &[&str] = &["TW", "TU", "HU", "QU", "ĐU", "ĐUK"];

/// Issuer codes of central and local state bodies (before and after the 2025 reorganisation).
#[rustfmt::skip]
const ISSUERS: &[&str] = &[
    "CP", "TTg", "QH", "UBTVQH", "CTN", "VPQH", "TANDTC", "VKSNDTC", "HĐTP", "KTNN", "BHXH",
    "BHXHVN", "TCHQ", "TCT", "UBND", "HĐND", "VPUBND", "VPCP", "TTCP", "NHNN", "BQP", "BCA", "BNG",
    "BTP", "BNV", "BTC", "BCT", "BNNMT", "BNNPTNT", "BNN", "BTNMT", "BXD", "BGTVT", "BVHTTDL",
    "BKHCN", "BTTTT", "BGDĐT", "BYT", "BDTTG", "UBDT", "BKHĐT", "BKH", "BLĐTBXH", "LĐTBXH", "BCĐ",
    "UBMTTQ", "MTTQ", "TLĐ", "TLĐLĐVN", "SYT", "SXD", "STNMT", "SKHĐT", "STC", "SNV", "SGDĐT",
    "SLĐTBXH", "SNN", "SNNPTNT", "SCT", "STTTT", "SVHTTDL", "STP", "SGTVT", "SKHCN", "SNNMT", "CA",
    "BCH", "UBKT", "TCTK", "TCLN", "TCTL", "XPVPHC", "HĐBT", "VP", "BQL",
];

/// Old forms: `N/CP`, `N/HĐBT`, `N/TTg`.
const OLD_CODES: &[&str] = &["CP", "HĐBT", "TTg"];

/// Codes that are never issuers or organs: photo agencies and outlets in credits.
#[rustfmt::skip]
const REJECT: &[&str] = &[
    "REUTERS", "AFP", "AP", "TTXVN", "VNA", "EPA", "FPS", "GETTY", "XINHUA", "ANTARA", "BBC", "CNN",
    "VGP", "TTO", "VOV", "VTV", "PLO", "VNE", "ZING",
];

/// Candidate: a number, a separator and the start of a code or a year.
static CANDIDATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"[-/‐‑‒–—―−／]";
    let ws = r"[ \t]{0,2}(?:\r?\n[ \t]{0,2})?";
    Regex::new(&format!(
        r"[0-9]{{1,5}}[a-z]?{ws}{sep}{ws}(?:[A-ZĐÐƯ]|T\.|(?:19|20)[0-9]{{2}}{ws}{sep})"
    ))
    .expect("candidate pattern is valid")
});

/// Aho-Corasick over the type words in lower, Capitalised, Title and UPPER case.
static TYPE_AC: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for (i, w) in TYPE_WORDS.iter().enumerate() {
        let lower = w.phrase.to_string();
        let cap = capitalise(&lower);
        let title = lower.split(' ').map(capitalise).collect::<Vec<_>>().join(" ");
        let upper = lower.to_uppercase();
        for v in [lower, cap, title, upper] {
            if !patterns.contains(&v) {
                patterns.push(v);
                owner.push(i);
            }
        }
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Both)
        .build(&patterns)
        .expect("type word automaton builds");
    (ac, owner)
});

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

/// No letter or digit glued on either side of `[start, end)`.
fn word_boundaries(text: &str, start: usize, end: usize) -> bool {
    !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
        && !text[end..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Finds every document reference in `text`, one entry per document, in order of first mention.
/// `published` resolves issue dates written without a year.
pub fn find(text: &str, published: Option<NaiveDate>) -> Vec<DocumentRef> {
    let mut fulls: Vec<FullMention> = Vec::new();
    let mut pos = 0;
    while let Some(m) = CANDIDATE_RE.find_at(text, pos) {
        match parse_ident(text, m.start(), false) {
            Some(ident) => {
                pos = ident.end;
                fulls.push(full_mention(text, ident, published));
            }
            None => pos = m.start() + 1,
        }
    }
    let shorts =
        if mentions_type_word(text) { short_mentions(text, &fulls, published) } else { Vec::new() };
    assemble(fulls, shorts)
}

/// A full reference as found at one place.
struct FullMention {
    ident: Ident,
    kind: &'static str,
    mention: Mention,
    issued: Option<NaiveDate>,
    issuer: Option<Issuer>,
}

/// A short reference ("Chỉ thị số 24").
struct ShortMention {
    kind: &'static str,
    number: String,
    mention: Mention,
    issued: Option<NaiveDate>,
    issuer: Option<Issuer>,
}

/// An issuer and how it was found.
#[derive(Debug, Clone)]
struct Issuer {
    name: String,
    /// "của …" / "do … ban hành" (true) or "… ban hành" in front (false).
    clause: bool,
}

/// Builds the mention of a full reference: type word in front, date and issuer after.
fn full_mention(text: &str, ident: Ident, published: Option<NaiveDate>) -> FullMention {
    let (start, word) = prefix_before(text, ident.start);
    let kind = match word {
        Some(w) if !w.kind.is_empty() && compatible(w.kind, &ident) => w.kind,
        _ => ident.code_kind,
    };
    let (issued, issuer) = clauses_after(text, ident.end, published);
    let issuer = issuer.or_else(|| front_issuer(text, start));
    let mention = Mention { start, end: ident.end, text: text[start..ident.end].to_string() };
    FullMention { ident, kind, mention, issued, issuer }
}

/// Whether the kind named by a type word agrees with the reference's code.
fn compatible(word_kind: &str, ident: &Ident) -> bool {
    if word_kind == ident.code_kind || matches!(ident.family, Family::CongVan | Family::Old) {
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

/// Looks back from a reference for "số" / "Số:" / "số hiệu" and a type word. Returns the mention
/// start and the type word.
fn prefix_before(text: &str, ident_start: usize) -> (usize, Option<&'static TypeWord>) {
    let mut p = skip_ws_back(text, ident_start);
    if text[..p].ends_with(':') {
        p = skip_ws_back(text, p - 1);
    }
    if let Some(s) =
        ends_with_word_ci(text, p, "số hiệu").or_else(|| ends_with_word_ci(text, p, "số"))
    {
        p = skip_ws_back(text, s);
    }
    match type_word_ending_at(text, p) {
        Some((s, w)) => (s, Some(w)),
        None => (ident_start, None),
    }
}

/// Skips spaces, tabs and at most one line break backwards from `p`.
fn skip_ws_back(text: &str, p: usize) -> usize {
    let t = text[..p].trim_end_matches([' ', '\t']);
    let t = t.strip_suffix('\n').unwrap_or(t);
    let t = t.strip_suffix('\r').unwrap_or(t);
    t.trim_end_matches([' ', '\t']).len()
}

/// Skips spaces, tabs and at most one line break forwards from `p`.
fn skip_ws(text: &str, p: usize) -> usize {
    let t = text[p..].trim_start_matches([' ', '\t']);
    let t = t.strip_prefix('\r').unwrap_or(t);
    let t = t.strip_prefix('\n').unwrap_or(t);
    text.len() - t.trim_start_matches([' ', '\t']).len()
}

/// If the text before `end` is `word` (case-insensitive, whole word), its start.
fn ends_with_word_ci(text: &str, end: usize, word: &str) -> Option<usize> {
    let before = &text[..end];
    let mut it = before.char_indices().rev();
    let mut start = end;
    for wc in word.chars().rev() {
        let (i, c) = it.next()?;
        if !eq_ci_char(c, wc) {
            return None;
        }
        start = i;
    }
    if before[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(start)
}

/// Case-insensitive character comparison (`wc` lowercase).
fn eq_ci_char(c: char, wc: char) -> bool {
    c == wc || c.to_lowercase().eq(std::iter::once(wc)) || (c == ' ' && wc == ' ')
}

/// The longest type word ending exactly at `end`.
fn type_word_ending_at(text: &str, end: usize) -> Option<(usize, &'static TypeWord)> {
    let mut best: Option<(usize, &'static TypeWord)> = None;
    for w in TYPE_WORDS {
        if let Some(s) = ends_with_word_ci(text, end, w.phrase) {
            if best.is_none_or(|(bs, _)| s < bs) {
                best = Some((s, w));
            }
        }
    }
    best
}

/// A code token at `pos`: starts with a capital; letters, digits and `&`; `T.Ư` allowed.
/// Returns the repaired token (`Ð` → `Đ`, `TƯ` → `TW`) and its end.
fn scan_code(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    let first = rest.chars().next()?;
    if !(first.is_uppercase()) {
        return None;
    }
    let mut out = String::new();
    let mut end = pos;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let c = if c == 'Ð' { 'Đ' } else { c };
        if c.is_alphanumeric() || (c == '&' && !out.is_empty()) {
            out.push(c);
            end = pos + i + c.len_utf8();
        } else if c == '.' && out.ends_with('T') && chars.peek().is_some_and(|&(_, n)| n == 'Ư') {
            // "T.Ư" → "TƯ"
        } else {
            break;
        }
        if out.chars().count() > 24 {
            return None;
        }
    }
    // '&' must be inside the code.
    while out.ends_with('&') {
        out.pop();
        end -= 1;
    }
    if out.is_empty() {
        return None;
    }
    if out.contains("TƯ") {
        out = out.replace("TƯ", "TW");
    }
    Some((out, end))
}

/// One separator-joined code after the number.
#[derive(Debug, Clone)]
struct Tok {
    /// Separator before it, normalised to `/` or `-`.
    sep: char,
    /// Whitespace around that separator.
    spaced: bool,
    /// Repaired code, or the year.
    text: String,
    /// End offset in the text.
    end: usize,
}

/// A separator at `p` (after optional spaces): returns (normalised char, end, spaced).
fn separator_at(text: &str, p: usize) -> Option<(char, usize, bool)> {
    let q = skip_ws(text, p);
    let c = text[q..].chars().next()?;
    let sep = match c {
        '/' | '／' => '/',
        c if DASHES.contains(c) => '-',
        _ => return None,
    };
    let after = q + c.len_utf8();
    let r = skip_ws(text, after);
    Some((sep, r, q > p || r > after))
}

/// Four-digit year 19xx / 20xx at `p`, not followed by another digit.
fn year_at(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes().get(p..p + 4)?;
    let ok = b.iter().all(u8::is_ascii_digit) && (b.starts_with(b"19") || b.starts_with(b"20"));
    let next_digit = text.as_bytes().get(p + 4).is_some_and(u8::is_ascii_digit);
    (ok && !next_digit).then_some(p + 4)
}

/// Known code: exact match first, then one differing only in case (`Ttg` → `TTg`).
fn lookup(list: &[&'static str], tok: &str) -> Option<&'static str> {
    if let Some(k) = list.iter().find(|k| **k == tok) {
        return Some(k);
    }
    let lower: String = tok.chars().flat_map(char::to_lowercase).collect();
    list.iter().find(|k| k.chars().flat_map(char::to_lowercase).eq(lower.chars())).copied()
}

/// An issuer or unit code by shape: mostly capitals (`UBND`, `CNNg`, `TTg`, `UBTVQH14`).
fn issuer_shape(tok: &str) -> bool {
    if REJECT.contains(&tok) || tok.chars().count() > 20 {
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
fn issuer_code(tok: &str, spaced: bool) -> Option<String> {
    if let Some(k) = lookup(ISSUERS, tok) {
        return Some(k.to_string());
    }
    if spaced {
        return None;
    }
    issuer_shape(tok).then(|| tok.to_string())
}

/// A Party organ: known, or initials ending in a level suffix (…TW, …TU, …HU, …QU, …ĐU, ĐUK…).
fn party_organ(tok: &str, spaced: bool) -> Option<String> {
    if let Some(k) = lookup(PARTY_ORGANS, tok) {
        return Some(k.to_string());
    }
    if spaced || REJECT.contains(&tok) {
        return None;
    }
    let n = tok.chars().count();
    let caps = tok.chars().all(|c| c.is_uppercase());
    let suffix = ["TW", "TU", "HU", "QU", "ĐU", "ĐUK"].iter().any(|s| tok.ends_with(s))
        || tok.starts_with("BCĐ")
        || tok.starts_with("ĐUK")
        || tok.starts_with("BCS");
    (caps && (3..=14).contains(&n) && suffix).then(|| tok.to_string())
}

/// Splits a type glued to a known issuer (`NĐCP` → `NĐ`, `CP`).
fn split_glued(tok: &str, types: &[&'static str]) -> Option<(&'static str, &'static str)> {
    let mut sorted: Vec<&'static str> = types.to_vec();
    sorted.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for t in sorted {
        if let Some(rest) = tok.strip_prefix(t) {
            if rest.is_empty() {
                continue;
            }
            if let Some(i) = lookup(ISSUERS, rest) {
                return Some((t, i));
            }
        }
    }
    None
}

/// Kind implied by a type code.
fn kind_of_code(code: &str, family: Family) -> &'static str {
    match code {
        "NQ" => "Nghị quyết",
        "NQLT" => "Nghị quyết liên tịch",
        "NĐ" => "Nghị định",
        "QĐ" | "QĐNS" => "Quyết định",
        "QĐi" | "QyĐ" => "Quy định",
        "CT" => "Chỉ thị",
        "KL" => "Kết luận",
        "QC" => "Quy chế",
        "HD" => "Hướng dẫn",
        "KH" => "Kế hoạch",
        "TB" => "Thông báo",
        "TC" => "Thông cáo",
        "BC" => "Báo cáo",
        "BB" => "Biên bản",
        "TTr" => "Tờ trình",
        "ĐA" => "Đề án",
        "DA" => "Dự án",
        "PA" => "Phương án",
        "CTr" => "Chương trình",
        "CTrHĐ" => "Chương trình hành động",
        "CĐ" => "Công điện",
        "VBHN" => "Văn bản hợp nhất",
        "TT" if family == Family::Party => "Thông tri",
        "TT" => "Thông tư",
        "TTLT" | "TTLB" => "Thông tư liên tịch",
        "L" => "Lệnh",
        "CV" => "Công văn",
        "GP" => "Giấy phép",
        "GM" => "Giấy mời",
        "HĐ" => "Hợp đồng",
        "BS" => "Bản sao",
        "QTr" => "Quy trình",
        "GGT" => "Giấy giới thiệu",
        "GCN" => "Giấy chứng nhận",
        "PC" => "Phiếu chuyển",
        "PG" => "Phiếu gửi",
        "PB" => "Phiếu báo",
        "GUQ" | "UQ" => "Giấy ủy quyền",
        "GNP" | "NP" => "Giấy nghỉ phép",
        "BGN" | "GN" => "Bản ghi nhớ",
        "BTT" | "TTh" => "Bản thỏa thuận",
        "SY" => "Bản sao y",
        "TrS" => "Bản trích sao",
        "SL" => "Bản sao lục",
        "CP" => "Nghị định",
        "HĐBT" | "TTg" => "Quyết định",
        _ => "Văn bản",
    }
}

/// Parses and validates a reference whose number starts at `start`. `lenient` (user input)
/// accepts spaced groups by shape too.
fn parse_ident(text: &str, start: usize, lenient: bool) -> Option<Ident> {
    // Left boundary: not glued to a word, a path or a number.
    let mut before = text[..start].chars().rev();
    let (prev, prev2) = (before.next(), before.next());
    if let Some(c) = prev {
        if c.is_alphanumeric() || matches!(c, '/' | '_' | '@' | '#' | '\\' | '=') {
            return None;
        }
        let glue = c == '.' || c == ',' || DASHES.contains(c);
        if glue && prev2.is_some_and(char::is_alphanumeric) {
            return None;
        }
    }
    let bytes = text.as_bytes();
    let mut p = start;
    while p < bytes.len() && bytes[p].is_ascii_digit() && p - start < 5 {
        p += 1;
    }
    if p == start || bytes.get(p).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if bytes.get(p).is_some_and(u8::is_ascii_lowercase) {
        p += 1;
    }
    let number = text[start..p].to_string();
    let (sep0, q, sep0_spaced) = separator_at(text, p)?;
    // Year (legal form) or the first code.
    let mut toks: Vec<Tok> = Vec::new();
    if let Some(y_end) = year_at(text, q) {
        toks.push(Tok {
            sep: sep0,
            spaced: sep0_spaced,
            text: text[q..y_end].to_string(),
            end: y_end,
        });
    } else {
        let (code, end) = scan_code(text, q)?;
        toks.push(Tok { sep: sep0, spaced: sep0_spaced, text: code, end });
    }
    while toks.len() < 8 {
        let last_end = toks.last().map_or(q, |t| t.end);
        let Some((sep, r, spaced)) = separator_at(text, last_end) else {
            break;
        };
        let Some((code, end)) = scan_code(text, r) else {
            break;
        };
        toks.push(Tok { sep, spaced, text: code, end });
    }
    let spaced_ok = |t: &Tok| lenient || !t.spaced;
    let t0 = &toks[0];

    // Legal: N/YYYY/…
    if t0.text.len() == 4 && t0.text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = t0.text.parse().ok()?;
        let max_year = chrono::Local::now().year() + 1;
        if !(1945..=max_year).contains(&year) {
            return None;
        }
        let t1 = toks.get(1).filter(|t| t.sep == '/')?;
        // National Assembly: QH15, UBTVQH13.
        for prefix in ["UBTVQH", "QH"] {
            if let Some(term) = t1.text.strip_prefix(prefix) {
                let term: u32 = term.parse().ok().filter(|_| !term.is_empty())?;
                if !(1..=16).contains(&term) {
                    return None;
                }
                let kind = if prefix == "QH" { "Luật" } else { "Nghị quyết" };
                return Some(Ident {
                    start,
                    end: t1.end,
                    number,
                    symbol: format!("{}/{}", t0.text, t1.text),
                    sep: '/',
                    code_kind: kind,
                    family: Family::Legal,
                });
            }
        }
        let mut types: Vec<&'static str> = LEGAL_TYPES.to_vec();
        types.extend_from_slice(ADMIN_TYPES);
        let (ty, mut symbol, mut end, rest_from) = if let Some(ty) = lookup(&types, &t1.text) {
            // Type then at least one issuer.
            let t2 = toks.get(2)?;
            let iss = issuer_code(&t2.text, t2.spaced && !lenient)?;
            (ty, format!("{}/{}{}{}", t0.text, ty, t2.sep, iss), t2.end, 3)
        } else {
            let (ty, iss) = split_glued(&t1.text, &types)?;
            (ty, format!("{}/{}-{}", t0.text, ty, iss), t1.end, 2)
        };
        for t in toks.iter().skip(rest_from) {
            match issuer_code(&t.text, t.spaced && !lenient) {
                Some(c) if t.sep == '-' || lenient || !t.spaced => {
                    symbol.push(t.sep);
                    symbol.push_str(&c);
                    end = t.end;
                }
                _ => break,
            }
        }
        return Some(Ident {
            start,
            end,
            number,
            symbol,
            sep: '/',
            code_kind: kind_of_code(ty, Family::Legal),
            family: Family::Legal,
        });
    }

    if sep0 == '-' {
        // Party: N-TYPE/ORGAN[/lowercase].
        if let Some(ty) = lookup(PARTY_TYPES, &t0.text) {
            let t1 = toks.get(1).filter(|t| t.sep == '/')?;
            let organ = party_organ(&t1.text, t1.spaced && !lenient)?;
            let mut symbol = format!("{ty}/{organ}");
            let mut end = t1.end;
            // Optional lowercase drafting-unit part: "/nb".
            if let Some(rest) = text[end..].strip_prefix('/') {
                let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
                if (1..=6).contains(&n)
                    && !rest[n..].chars().next().is_some_and(char::is_alphanumeric)
                {
                    symbol.push('/');
                    symbol.push_str(&rest[..n]);
                    end += 1 + n;
                }
            }
            return Some(Ident {
                start,
                end,
                number,
                symbol,
                sep: '-',
                code_kind: kind_of_code(ty, Family::Party),
                family: Family::Party,
            });
        }
        // Old: N-CP.
        let code = lookup(OLD_CODES, &t0.text)?;
        if toks.len() > 1 && !toks[1].spaced {
            return None;
        }
        return Some(Ident {
            start,
            end: t0.end,
            number,
            symbol: code.to_string(),
            sep: '-',
            code_kind: kind_of_code(code, Family::Old),
            family: Family::Old,
        });
    }

    if !spaced_ok(t0)
        && lookup(ADMIN_TYPES, &t0.text).is_none()
        && lookup(ISSUERS, &t0.text).is_none()
    {
        return None;
    }
    // Party organ written with state separators: 29/NQ-TW → 29-NQ/TW.
    if let (Some(ty), Some(t1)) = (lookup(PARTY_TYPES, &t0.text), toks.get(1)) {
        if t1.sep == '-' && !t1.spaced {
            if let Some(organ) = lookup(CORE_PARTY_ORGANS, &t1.text) {
                if toks.get(2).is_none_or(|t| t.spaced) {
                    return Some(Ident {
                        start,
                        end: t1.end,
                        number,
                        symbol: format!("{ty}/{organ}"),
                        sep: '-',
                        code_kind: kind_of_code(ty, Family::Party),
                        family: Family::Party,
                    });
                }
            }
        }
    }
    // Administrative: N/TYPE-ISSUER[-UNIT…], or a type glued to its issuer.
    let admin = lookup(ADMIN_TYPES, &t0.text)
        .map(|ty| (ty, None, 1))
        .or_else(|| split_glued(&t0.text, ADMIN_TYPES).map(|(ty, iss)| (ty, Some(iss), 1)));
    if let Some((ty, glued, from)) = admin {
        let mut symbol = ty.to_string();
        let mut end = t0.end;
        let mut issuers = 0;
        if let Some(iss) = glued {
            symbol.push('-');
            symbol.push_str(iss);
            issuers += 1;
        }
        for t in toks.iter().skip(from) {
            if t.sep != '-' {
                break;
            }
            match issuer_code(&t.text, t.spaced && !lenient) {
                Some(c) => {
                    symbol.push('-');
                    symbol.push_str(&c);
                    end = t.end;
                    issuers += 1;
                }
                None => break,
            }
        }
        if issuers > 0 {
            return Some(Ident {
                start,
                end,
                number,
                symbol,
                sep: '/',
                code_kind: kind_of_code(ty, Family::Admin),
                family: Family::Admin,
            });
        }
    }
    // Old: N/CP, N/HĐBT, N/TTg (nothing glued after).
    if let Some(code) = lookup(OLD_CODES, &t0.text) {
        if toks.get(1).is_none_or(|t| t.spaced || t.sep == '/') {
            return Some(Ident {
                start,
                end: t0.end,
                number,
                symbol: code.to_string(),
                sep: '/',
                code_kind: kind_of_code(code, Family::Old),
                family: Family::Old,
            });
        }
    }
    // Công văn: N/ISSUER-UNIT[-…] with a known issuer.
    let issuer = lookup(ISSUERS, &t0.text)?;
    let mut symbol = issuer.to_string();
    let mut end = t0.end;
    let mut units = 0;
    for t in toks.iter().skip(1) {
        if t.sep != '-' {
            break;
        }
        match issuer_code(&t.text, t.spaced && !lenient) {
            Some(c) => {
                symbol.push('-');
                symbol.push_str(&c);
                end = t.end;
                units += 1;
            }
            None => break,
        }
    }
    (units > 0).then_some(Ident {
        start,
        end,
        number,
        symbol,
        sep: '/',
        code_kind: "Công văn",
        family: Family::CongVan,
    })
}

/// Words that may stand between a reference and "ngày" in its date clause.
#[rustfmt::skip]
const DATE_CLAUSE_WORDS: &[&str] = &[
    "được", "đã", "ban", "hành", "ký", "vào", "có", "hiệu", "lực",
];

/// Issue date and issuer written after a reference.
fn clauses_after(
    text: &str,
    end: usize,
    published: Option<NaiveDate>,
) -> (Option<NaiveDate>, Option<Issuer>) {
    let mut p = end;
    let mut issued = None;
    if let Some((d, e)) = date_clause(text, p, published) {
        issued = Some(d);
        p = e;
    }
    let issuer = issuer_clause(text, p);
    if issued.is_none() {
        if let Some((_, e)) = &issuer {
            issued = date_clause(text, *e, published).map(|(d, _)| d);
        }
    }
    (issued, issuer.map(|(i, _)| i))
}

/// `[","] ["("] [được ban hành | ký …] "ngày" Date [")"]` at `p`.
fn date_clause(text: &str, p: usize, published: Option<NaiveDate>) -> Option<(NaiveDate, usize)> {
    let mut q = hspace(text, p);
    if text[q..].starts_with(',') {
        q = hspace(text, q + 1);
    }
    let paren = text[q..].starts_with('(');
    if paren {
        q = hspace(text, q + 1);
    }
    let mut words = 0;
    loop {
        let (w, e) = word_at(text, q);
        if w.is_empty() {
            return None;
        }
        let lw = w.to_lowercase();
        if lw == "ngày" {
            q = hspace(text, e);
            break;
        }
        if !DATE_CLAUSE_WORDS.contains(&lw.as_str()) || words >= 4 {
            return None;
        }
        words += 1;
        q = hspace(text, e);
    }
    let (date, mut e) = date_at(text, q, published)?;
    if paren {
        let r = hspace(text, e);
        if text[r..].starts_with(')') {
            e = r + 1;
        }
    }
    Some((date, e))
}

/// Skips spaces and tabs.
fn hspace(text: &str, p: usize) -> usize {
    text.len() - text[p..].trim_start_matches([' ', '\t']).len()
}

/// The word (letters and digits) at `p` and its end.
fn word_at(text: &str, p: usize) -> (&str, usize) {
    let n: usize = text[p..].chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
    (&text[p..p + n], p + n)
}

/// `của ORG` or `do ORG ban hành` at `p`.
fn issuer_clause(text: &str, p: usize) -> Option<(Issuer, usize)> {
    let q = hspace(text, p);
    let (w, e) = word_at(text, q);
    let by = match w {
        "của" => false,
        "do" => true,
        _ => return None,
    };
    if !text[e..].starts_with(' ') {
        return None;
    }
    let (s, end) = scan_org(text, e + 1)?;
    if by {
        let r = hspace(text, end);
        let rest = &text[r..];
        if !(rest.starts_with("ban hành")
            || rest.starts_with("ký")
            || rest.starts_with("phát hành"))
        {
            return None;
        }
    }
    Some((Issuer { name: text[s..end].to_string(), clause: true }, end))
}

/// Lowercase words that end an organisation name.
#[rustfmt::skip]
const ORG_STOP: &[&str] = &[
    "về", "ngày", "với", "tại", "nhằm", "để", "đã", "đang", "sẽ", "theo", "trong", "được", "của",
    "số", "là", "có", "thì", "khi", "cho", "đến", "từ", "vừa", "gồm", "như", "trên", "sau",
    "trước", "kèm", "cũng", "bằng", "mà", "đối", "hay", "hoặc", "việc", "này", "đó", "nêu", "ký",
    "giao", "không", "phải", "cần", "nhưng", "vì", "do", "lần", "khóa", "khoá", "nhiệm", "năm",
    "tháng", "bị", "nhiều", "mới", "hiện", "vẫn", "đều", "chưa", "nay", "ra", "lại", "gửi",
    "nói", "tiếp", "khẳng", "xác", "đưa",
];

/// Lowercase two-word phrases (mostly verbs) that end an organisation name.
#[rustfmt::skip]
const ORG_STOP_PAIRS: &[(&str, &str)] = &[
    ("ban", "hành"), ("quy", "định"), ("hướng", "dẫn"), ("chỉ", "đạo"), ("yêu", "cầu"),
    ("phê", "duyệt"), ("lãnh", "đạo"), ("thi", "hành"), ("sửa", "đổi"), ("bổ", "sung"),
    ("triển", "khai"), ("thực", "hiện"), ("nhấn", "mạnh"), ("tổ", "chức"), ("liên", "quan"),
    ("thu", "hồi"), ("khiếu", "nại"), ("xử", "lý"), ("quyết", "định"), ("cho", "phép"),
    ("đề", "nghị"), ("chấp", "thuận"), ("đồng", "ý"), ("thông", "qua"), ("ký", "kết"),
    ("tiếp", "tục"), ("cho", "biết"),
];

/// Lowercase words that occur inside organisation names on their own.
#[rustfmt::skip]
const ORG_LOWER: &[&str] = &[
    "tỉnh", "huyện", "quận", "xã", "phường", "khối", "các", "ủy", "uỷ", "ban", "và", "đảng",
];

/// Lowercase two-word phrases that occur inside organisation names.
#[rustfmt::skip]
const ORG_LOWER_PAIRS: &[(&str, &str)] = &[
    ("thành", "phố"), ("thành", "viên"), ("thị", "xã"), ("thị", "trấn"), ("cơ", "quan"),
    ("nhân", "dân"), ("nông", "thôn"), ("trung", "ương"), ("nhà", "nước"), ("doanh", "nghiệp"),
    ("tập", "đoàn"), ("thường", "vụ"), ("hành", "chính"), ("chỉ", "đạo"), ("kiểm", "tra"),
    ("chấp", "hành"), ("liên", "đoàn"), ("thực", "phẩm"), ("tổ", "chức"), ("tuyên", "giáo"),
    ("dân", "vận"), ("nội", "chính"), ("công", "an"), ("quân", "sự"), ("vận", "tải"),
    ("chính", "trị"), ("tối", "cao"), ("quốc", "gia"), ("xã", "hội"), ("môi", "trường"),
    ("đầu", "tư"), ("đào", "tạo"), ("truyền", "thông"), ("du", "lịch"), ("thể", "thao"),
];

/// Words after which capitalised words are a place name ("tỉnh Nghệ An", "TP Hà Nội").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "tỉnh",
    "phố",
    "huyện",
    "quận",
    "xã",
    "phường",
    "trấn",
    "tp",
    "tp.",
];

/// Scans an organisation name starting at `start` (must start with a capital). Returns its span.
///
/// Capitalised words continue the name, except a document type word. A lowercase word continues
/// it when it is an organisation word (`tỉnh`, `các`, `cơ quan`, `nhân dân`…) or the second
/// syllable of a capitalised word (`Tài chính`, `Thường vụ`); it ends the name when it is a stop
/// word or phrase (`về`, `thực hiện`), follows a place name (`tỉnh Bình Thuận bị …`) or follows
/// another free lowercase word (`Bộ Tài chính nhiều …`).
fn scan_org(text: &str, start: usize) -> Option<(usize, usize)> {
    if !text[start..].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut i = start;
    let mut last_end = None;
    let mut count = 0;
    let mut prev_lower = String::new();
    let mut prev_capital = false;
    let mut allowed_next = false;
    let mut after_place_noun = false;
    let mut in_place = false;
    loop {
        let tok_end = org_token_end(text, i);
        if tok_end == i {
            break;
        }
        let tok = &text[i..tok_end];
        let lt = tok.to_lowercase();
        let first = tok.chars().next()?;
        let next = next_org_word(text, tok_end);
        let pair_with_next = |pairs: &[(&str, &str)]| {
            pairs.iter().any(|(a, b)| *a == lt && Some(*b) == next.as_deref())
        };
        let capital = first.is_uppercase();
        let mut allow_following = false;
        if first.is_ascii_digit() {
            if !matches!(prev_lower.as_str(), "quận" | "phường" | "khu" | "tổ" | "xã") {
                break;
            }
        } else if !capital {
            let org_pair = pair_with_next(ORG_LOWER_PAIRS);
            if ORG_STOP.contains(&lt.as_str()) && !allowed_next && !org_pair {
                break;
            }
            if pair_with_next(ORG_STOP_PAIRS) && !org_pair && !allowed_next {
                break;
            }
            if in_place {
                break;
            }
            let org_word = allowed_next || org_pair || ORG_LOWER.contains(&lt.as_str());
            if !org_word && !prev_capital {
                break;
            }
            allow_following = org_pair;
        } else if type_word_at(text, i) {
            break;
        }
        if lt == "và" {
            let next_start = tok_end + 1;
            let ok = text[tok_end..].starts_with(' ')
                && text[next_start..].chars().next().is_some_and(char::is_uppercase)
                && !type_word_at(text, next_start);
            if !ok {
                break;
            }
        }
        if capital && after_place_noun {
            in_place = true;
        }
        after_place_noun = PLACE_NOUNS.contains(&lt.as_str()) || (after_place_noun && capital);
        if !capital && !PLACE_NOUNS.contains(&lt.as_str()) {
            in_place = false;
        }
        count += 1;
        if !matches!(lt.as_str(), "và" | "các") {
            last_end = Some(tok_end);
        }
        prev_capital = capital;
        allowed_next = allow_following;
        prev_lower = lt;
        if count >= 16 {
            break;
        }
        let rest = &text[tok_end..];
        if let Some(r) = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – ")) {
            if r.chars().next().is_some_and(char::is_uppercase) {
                i = text.len() - r.len();
                continue;
            }
            break;
        }
        if let Some(r) = rest.strip_prefix(' ') {
            if r.chars().next().is_some_and(|c| c.is_alphanumeric()) {
                i = tok_end + 1;
                continue;
            }
        }
        break;
    }
    last_end.map(|e| (start, e))
}

/// The lowercase word after a space at `p`, if any.
fn next_org_word(text: &str, p: usize) -> Option<String> {
    let rest = text[p..].strip_prefix(' ')?;
    let (w, _) = word_at(rest, 0);
    (!w.is_empty()).then(|| w.to_lowercase())
}

/// End of an organisation-name token at `i`: letters, digits, `&`, and `-` / `.` between them
/// (`LĐ-TB&XH`, `TP.HCM`).
fn org_token_end(text: &str, i: usize) -> usize {
    let mut end = i;
    let mut it = text[i..].char_indices().peekable();
    while let Some((k, c)) = it.next() {
        let inner = matches!(c, '-' | '.' | '&')
            && end > i
            && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            end = i + k + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// True when a capitalised document type word starts at `i` ("Kế hoạch", "Chỉ thị").
fn type_word_at(text: &str, i: usize) -> bool {
    let ac = &TYPE_AC.0;
    ac.find(aho_corasick::Input::new(&text[i..]).anchored(aho_corasick::Anchored::Yes))
        .is_some_and(|m| word_boundaries(text, i, i + m.end()))
}

/// Organisation heads that can start an issuer named in front of "ban hành".
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "Ban ", "Bộ ", "Thành ủy", "Thành uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy",
    "Quận uỷ", "Thị ủy", "Thị uỷ", "Đảng ủy", "Đảng uỷ", "Đảng đoàn", "Ủy ban", "Uỷ ban", "UBND",
    "HĐND", "Hội đồng", "Chính phủ", "Thủ tướng", "Quốc hội", "Sở ", "Cục ", "Tổng cục",
    "Văn phòng", "BTV", "BCH", "Chi bộ", "Tòa án", "Toà án", "Viện ", "Ngân hàng", "Thanh tra",
    "Trung ương", "Chủ tịch", "Công an", "Kiểm toán", "Liên đoàn", "Tổng Liên đoàn", "Mặt trận",
    "Đảng bộ", "BCĐ", "Bộ Chính trị", "Ban Bí thư",
];

/// "ORG [đã|vừa|mới] [ký] ban hành <mention>": the issuer named in front.
fn front_issuer(text: &str, mention_start: usize) -> Option<Issuer> {
    let mut p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    p = ends_with_word_ci(text, p, "ban hành")?;
    loop {
        let q = text[..p].trim_end_matches([' ', '\t']).len();
        let aux = ["ký", "đã", "vừa", "mới", "chính thức", "cũng"]
            .iter()
            .find_map(|w| ends_with_word_ci(text, q, w));
        match aux {
            Some(s) => p = s,
            None => {
                p = q;
                break;
            }
        }
    }
    let window = floor_char(text, p.saturating_sub(160));
    let seg_start = text[window..p]
        .rfind(['\n', ',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"'])
        .map_or(window, |k| {
            let c = text[window + k..].chars().next().map_or(1, char::len_utf8);
            window + k + c
        });
    let seg = &text[seg_start..p];
    let head = seg
        .char_indices()
        .filter(|&(k, _)| k == 0 || seg[..k].ends_with(' '))
        .find(|&(k, _)| ORG_HEADS.iter().any(|h| seg[k..].starts_with(h)))
        .map(|(k, _)| k)?;
    let name = seg[head..].trim();
    if name.is_empty() || name.split(' ').count() > 14 {
        return None;
    }
    // The whole tail must read as one organisation name.
    let name_start = seg_start + head;
    let (_, org_end) = scan_org(text, name_start)?;
    if org_end != name_start + name.len() {
        return None;
    }
    Some(Issuer { name: name.to_string(), clause: false })
}

/// Largest char boundary `<= i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Measure words after a number that show it is a count, not a document number.
#[rustfmt::skip]
const COUNT_WORDS: &[&str] = &[
    "năm", "tháng", "ngày", "giờ", "phút", "người", "tỷ", "triệu", "nghìn", "ngàn", "điểm", "lần",
    "km", "ha", "m", "kg", "tấn", "đồng", "điều", "nội", "nhiệm", "giải", "chỉ", "nhóm", "mục",
    "bước", "khâu", "trang", "bản", "văn", "tiêu", "đơn", "xã", "huyện", "tỉnh", "hộ", "cái", "con",
    "chiếc", "học", "sinh", "cán", "đảng", "vấn", "lĩnh", "phần", "%", "ngành",
];

/// Short references: a type word, optional "số", a bare number.
fn short_mentions(
    text: &str,
    fulls: &[FullMention],
    published: Option<NaiveDate>,
) -> Vec<ShortMention> {
    let (ac, owner) = &*TYPE_AC;
    let mut out = Vec::new();
    for m in ac.find_iter(text) {
        let Some(w) = owner.get(m.pattern().as_usize()).and_then(|&i| TYPE_WORDS.get(i)) else {
            continue;
        };
        if w.short == Short::No || !word_boundaries(text, m.start(), m.end()) {
            continue;
        }
        // "Kết luận 14" but not "KẾ HOẠCH  2" (a table heading) nor "kế hoạch 24" (a verb or
        // common noun): a bare number needs a Capitalised type word and one space.
        let mut letters = text[m.start()..m.end()].chars().filter(|c| c.is_alphabetic());
        let capitalised = letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_some_and(char::is_lowercase)
            && text[m.end()..].starts_with(' ')
            && !text[m.end() + 1..].starts_with([' ', '\t']);
        let mut q = hspace(text, m.end());
        let mut has_so = false;
        let (word, e) = word_at(text, q);
        if matches!(word, "số" | "Số" | "SỐ") {
            has_so = true;
            q = hspace(text, e);
            if text[q..].starts_with(':') {
                q = hspace(text, q + 1);
            }
        }
        if !has_so && (w.short != Short::Bare || !capitalised) {
            continue;
        }
        let bytes = text.as_bytes();
        let mut e = q;
        while e < bytes.len() && bytes[e].is_ascii_digit() && e - q < 5 {
            e += 1;
        }
        if e == q || bytes.get(e).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if fulls.iter().any(|f| f.ident.start == q) {
            continue;
        }
        if !short_number_end_ok(text, e) {
            continue;
        }
        let number = &text[q..e];
        let is_year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        if !has_so && (is_year || followed_by_count_word(text, e)) {
            continue;
        }
        let (issued, issuer) = clauses_after(text, e, published);
        let issuer = issuer.or_else(|| front_issuer(text, m.start()));
        out.push(ShortMention {
            kind: w.kind,
            number: number.to_string(),
            mention: Mention { start: m.start(), end: e, text: text[m.start()..e].to_string() },
            issued,
            issuer,
        });
    }
    out
}

/// After a short reference's number: no letter, no separator leading into a symbol, no decimal.
fn short_number_end_ok(text: &str, e: usize) -> bool {
    let rest = &text[e..];
    let mut it = rest.chars();
    match it.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '%' => false,
        Some(c) if c == '.' || c == ',' || c == ':' => {
            !it.next().is_some_and(|n| n.is_ascii_digit())
        }
        Some(c) if c == '/' || c == '／' || DASHES.contains(c) => {
            !it.next().is_some_and(|n| n.is_alphanumeric())
        }
        Some(' ') => {
            // "24 - CT/TU" that failed validation, or "15 - 20": not a short reference.
            let r = rest.trim_start_matches(' ');
            let mut it = r.chars();
            match it.next() {
                Some(c) if c == '/' || DASHES.contains(c) => {
                    let r2 = it.as_str().trim_start_matches(' ');
                    !r2.chars().next().is_some_and(|n| n.is_alphanumeric())
                }
                _ => true,
            }
        }
        Some(_) => true,
    }
}

/// The next word is a measure or count noun ("Kế hoạch 5 năm").
fn followed_by_count_word(text: &str, e: usize) -> bool {
    let q = hspace(text, e);
    if q == e {
        return false;
    }
    let (w, _) = word_at(text, q);
    let lw = w.to_lowercase();
    COUNT_WORDS.contains(&lw.as_str())
}

/// Number without leading zeros.
fn trim_number(n: &str) -> &str {
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

/// Kinds a short reference may join.
fn same_kind(short: &str, full: &str) -> bool {
    short == full
        || matches!(
            (short, full),
            ("Chương trình", "Chương trình hành động") | ("Chương trình hành động", "Chương trình")
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

/// Groups full mentions by document, attaches short references, and fills dates and issuers
/// from the first mention that states them.
fn assemble(fulls: Vec<FullMention>, shorts: Vec<ShortMention>) -> Vec<DocumentRef> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut full_positions: Vec<(usize, usize)> = Vec::new(); // (mention start, entry index)
    for f in fulls {
        let key = match_key(&f.ident);
        let idx = match entries.iter().position(|e| e.key.as_deref() == Some(key.as_str())) {
            Some(i) => i,
            None => {
                entries.push(Entry {
                    doc: DocumentRef {
                        id: Some(f.ident.id()),
                        kind: f.kind.to_string(),
                        number: f.ident.number.clone(),
                        symbol: Some(f.ident.symbol.clone()),
                        issued: None,
                        issuer: None,
                        mentions: Vec::new(),
                    },
                    key: Some(key),
                    first: f.mention.start,
                    clause_issuer: None,
                    front_issuer: None,
                    issued_at: usize::MAX,
                    clause_at: usize::MAX,
                    front_at: usize::MAX,
                });
                entries.len() - 1
            }
        };
        full_positions.push((f.mention.start, idx));
        add_mention(&mut entries[idx], f.mention, f.issued, f.issuer);
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
                let existing = entries.iter().position(|e| {
                    e.key.is_none() && e.doc.kind == s.kind && trim_number(&e.doc.number) == number
                });
                match existing {
                    Some(i) => i,
                    None => {
                        entries.push(Entry {
                            doc: DocumentRef {
                                id: None,
                                kind: s.kind.to_string(),
                                number: s.number.clone(),
                                symbol: None,
                                issued: None,
                                issuer: None,
                                mentions: Vec::new(),
                            },
                            key: None,
                            first: s.mention.start,
                            clause_issuer: None,
                            front_issuer: None,
                            issued_at: usize::MAX,
                            clause_at: usize::MAX,
                            front_at: usize::MAX,
                        });
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

/// Turns user input (`24-ct/tu`, `24 - CT/TU`, `Chỉ thị 24-CT/TU`, `nđ 73/2023/nđcp`) into the
/// canonical id used in [`DocumentRef::id`]. A type word with a bare number ("Chỉ thị 24") gives
/// the short key `Chỉ thị|24`. `None` when the input is no reference.
pub fn normalize_ref(input: &str) -> Option<String> {
    let s = input.trim();
    // Optional type word and "số".
    let mut rest = s;
    let mut kind: Option<&'static str> = None;
    let lower = s.to_lowercase();
    let mut best: Option<&TypeWord> = None;
    for w in TYPE_WORDS {
        if lower.starts_with(w.phrase) && best.is_none_or(|b| w.phrase.len() > b.phrase.len()) {
            best = Some(w);
        }
    }
    if let Some(w) = best {
        // Same byte length in lower case for these words' letters.
        let n = s.char_indices().nth(w.phrase.chars().count()).map_or(s.len(), |(i, _)| i);
        if !s[n..].starts_with(|c: char| c.is_alphanumeric()) {
            rest = s[n..].trim_start();
            if !w.kind.is_empty() {
                kind = Some(w.kind);
            }
        }
    }
    for so in ["số hiệu", "số", "Số", "SỐ"] {
        if let Some(r) = rest.strip_prefix(so) {
            if !r.starts_with(|c: char| c.is_alphanumeric()) {
                rest = r.trim_start().trim_start_matches(':').trim_start();
                break;
            }
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let mut num_end = digits;
    let after = &rest[digits..];
    let mut num = rest[..digits].to_string();
    if let Some(c) = after.chars().next() {
        if c.is_ascii_alphabetic() {
            let n2 = after[1..].trim_start();
            if n2.starts_with(['/', '-']) || n2.is_empty() {
                num.push(c.to_ascii_lowercase());
                num_end += 1;
            }
        }
    }
    let tail = rest[num_end..].trim_end_matches(['.', ',', ';', ')', ' ']);
    if tail.trim().is_empty() {
        return kind.map(|k| format!("{k}|{}", trim_number(&num)));
    }
    let candidate = format!("{num}{}", tail.to_uppercase());
    let ident = parse_ident(&candidate, 0, true)?;
    (ident.end == candidate.len()).then(|| ident.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// A document reduced to comparable owned fields.
    type Row = (String, String, Option<String>, Option<String>, Vec<String>);

    /// Expected document: (id or short key, kind, issued, issuer, mention texts).
    type Want<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a [&'a str]);

    /// Runs the extractor and compares every document.
    fn check(input: &str, expected: &[Want<'_>]) {
        let got = find(input, Some(d("2024-07-05")));
        for doc in &got {
            for m in &doc.mentions {
                assert_eq!(&input[m.start..m.end], m.text, "offsets in {input}");
            }
            if let (Some(id), Some(sym)) = (&doc.id, &doc.symbol) {
                assert!(id.starts_with(&doc.number), "{id} / {}", doc.number);
                assert!(id.ends_with(sym.as_str()), "{id} / {sym}");
            }
        }
        let got: Vec<Row> = got
            .iter()
            .map(|doc| {
                (
                    doc.id.clone().unwrap_or_else(|| format!("{}|{}", doc.kind, doc.number)),
                    doc.kind.clone(),
                    doc.issued.map(|x| x.format("%Y-%m-%d").to_string()),
                    doc.issuer.clone(),
                    doc.mentions.iter().map(|m| m.text.clone()).collect(),
                )
            })
            .collect();
        let want: Vec<Row> = expected
            .iter()
            .map(|(id, kind, issued, issuer, ms)| {
                (
                    id.to_string(),
                    kind.to_string(),
                    issued.map(str::to_string),
                    issuer.map(str::to_string),
                    ms.iter().map(|m| m.to_string()).collect(),
                )
            })
            .collect();
        assert_eq!(got, want, "input: {input}");
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &[Want<'_>])] = &[
            // Party shapes
            (
                "quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy Hà Nội về tăng cường",
                &[("24-CT/TU", "Chỉ thị", None, Some("Ban Thường vụ Thành ủy Hà Nội"), &["Chỉ thị số 24-CT/TU"])],
            ),
            (
                "1 Chương trình hành động số 53-CTrHĐ/TU của Thành ủy thực hiện Nghị quyết",
                &[("53-CTrHĐ/TU", "Chương trình hành động", None, Some("Thành ủy"), &["Chương trình hành động số 53-CTrHĐ/TU"])],
            ),
            (
                "Nghị quyết số 15-NQ/TƯ ngày 5/5/2022 của Bộ Chính trị về phương hướng",
                &[("15-NQ/TW", "Nghị quyết", Some("2022-05-05"), Some("Bộ Chính trị"), &["Nghị quyết số 15-NQ/TƯ"])],
            ),
            ("theo Nghị quyết 15-NQ/T.Ư.", &[("15-NQ/TW", "Nghị quyết", None, None, &["Nghị quyết 15-NQ/T.Ư"])]),
            ("Quy định 08-QĐi/TW về", &[("08-QĐi/TW", "Quy định", None, None, &["Quy định 08-QĐi/TW"])]),
            ("Quy định số 205-QĐ/TW", &[("205-QĐ/TW", "Quy định", None, None, &["Quy định số 205-QĐ/TW"])]),
            (
                "đã ban hành Kế hoạch số 31-KH/ĐU ngày 11/9/2023 triển khai",
                &[("31-KH/ĐU", "Kế hoạch", Some("2023-09-11"), None, &["Kế hoạch số 31-KH/ĐU"])],
            ),
            (
                "Trước đó, Đảng uỷ cơ quan Sở Thông tin và Truyền thông Hà Nội đã ban hành Kế hoạch số 31-KH/ĐU ngày 11/9/2023 triển khai",
                &[("31-KH/ĐU", "Kế hoạch", Some("2023-09-11"), Some("Đảng uỷ cơ quan Sở Thông tin và Truyền thông Hà Nội"), &["Kế hoạch số 31-KH/ĐU"])],
            ),
            ("Kết luận số 100 - KL/TW", &[("100-KL/TW", "Kết luận", None, None, &["Kết luận số 100 - KL/TW"])]),
            ("Số 24 – CT/TU", &[("24-CT/TU", "Chỉ thị", None, None, &["24 – CT/TU"])]),
            ("Hướng dẫn 36-HD/VPTW", &[("36-HD/VPTW", "Hướng dẫn", None, None, &["Hướng dẫn 36-HD/VPTW"])]),
            ("Công văn 1742-CV/BTCTU", &[("1742-CV/BTCTU", "Công văn", None, None, &["Công văn 1742-CV/BTCTU"])]),
            ("Thông báo 24-TB/BTCTƯ", &[("24-TB/BTCTW", "Thông báo", None, None, &["Thông báo 24-TB/BTCTƯ"])]),
            ("Kế hoạch 97-KH/ĐUK", &[("97-KH/ĐUK", "Kế hoạch", None, None, &["Kế hoạch 97-KH/ĐUK"])]),
            ("Nghị quyết 29/NQ-TW", &[("29-NQ/TW", "Nghị quyết", None, None, &["Nghị quyết 29/NQ-TW"])]),
            ("Chỉ thị 05-CT/TW, ", &[("05-CT/TW", "Chỉ thị", None, None, &["Chỉ thị 05-CT/TW"])]),
            ("24-CT/TU", &[("24-CT/TU", "Chỉ thị", None, None, &["24-CT/TU"])]),
            ("CHỈ THỊ SỐ 24-CT/TU", &[("24-CT/TU", "Chỉ thị", None, None, &["CHỈ THỊ SỐ 24-CT/TU"])]),
            ("chỉ thị số 24-CT/TU", &[("24-CT/TU", "Chỉ thị", None, None, &["chỉ thị số 24-CT/TU"])]),
            ("Chỉ thị số 24-CT/\nTU", &[("24-CT/TU", "Chỉ thị", None, None, &["Chỉ thị số 24-CT/\nTU"])]),
            ("Chỉ thị số\n24-CT/TU", &[("24-CT/TU", "Chỉ thị", None, None, &["Chỉ thị số\n24-CT/TU"])]),
            ("Kế hoạch 128-KH/HU/nb của", &[("128-KH/HU/nb", "Kế hoạch", None, None, &["Kế hoạch 128-KH/HU/nb"])]),
            ("Kế hoạch số 31-KH/ÐU", &[("31-KH/ĐU", "Kế hoạch", None, None, &["Kế hoạch số 31-KH/ÐU"])]),
            // state administrative
            (
                "Chỉ thị số 10/CT-UBND ngày 23/5/2024 về tăng cường",
                &[("10/CT-UBND", "Chỉ thị", Some("2024-05-23"), None, &["Chỉ thị số 10/CT-UBND"])],
            ),
            (
                "01 Quyết định số 1649/QĐ-UBND ngày 15/5/2024 về phê quyệt",
                &[("1649/QĐ-UBND", "Quyết định", Some("2024-05-15"), None, &["Quyết định số 1649/QĐ-UBND"])],
            ),
            ("Số: 1209/QĐ-UBND", &[("1209/QĐ-UBND", "Quyết định", None, None, &["1209/QĐ-UBND"])]),
            ("Công văn 3824/UBND-KT gửi", &[("3824/UBND-KT", "Công văn", None, None, &["Công văn 3824/UBND-KT"])]),
            ("văn bản số 2928/LĐTBXH-BVCSTE", &[("2928/LĐTBXH-BVCSTE", "Công văn", None, None, &["văn bản số 2928/LĐTBXH-BVCSTE"])]),
            ("theo 5691/BCT-CNNg", &[("5691/BCT-CNNg", "Công văn", None, None, &["5691/BCT-CNNg"])]),
            ("Quyết định 123/QĐUBND", &[("123/QĐ-UBND", "Quyết định", None, None, &["Quyết định 123/QĐUBND"])]),
            ("Quyết định 1880/QĐ-Ttg", &[("1880/QĐ-TTg", "Quyết định", None, None, &["Quyết định 1880/QĐ-Ttg"])]),
            ("Công điện 12/CĐ-TTg", &[("12/CĐ-TTg", "Công điện", None, None, &["Công điện 12/CĐ-TTg"])]),
            ("Quyết định số 05 / QĐ - UBND", &[("05/QĐ-UBND", "Quyết định", None, None, &["Quyết định số 05 / QĐ - UBND"])]),
            ("Nghị quyết 30c/NQCP", &[("30c/NQ-CP", "Nghị quyết", None, None, &["Nghị quyết 30c/NQCP"])]),
            ("Nghị quyết 35/NQ-CP", &[("35/NQ-CP", "Nghị quyết", None, None, &["Nghị quyết 35/NQ-CP"])]),
            ("Kế hoạch 15/KH-UBND-VX", &[("15/KH-UBND-VX", "Kế hoạch", None, None, &["Kế hoạch 15/KH-UBND-VX"])]),
            ("văn bản hợp nhất 03/VBHN-VPQH", &[("03/VBHN-VPQH", "Văn bản hợp nhất", None, None, &["văn bản hợp nhất 03/VBHN-VPQH"])]),
            // legal normative
            (
                "Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định",
                &[("73/2023/NĐ-CP", "Nghị định", Some("2023-09-29"), Some("Chính phủ"), &["Nghị định số 73/2023/NĐ-CP"])],
            ),
            ("Thông tư 01/2024/TT-BNV", &[("01/2024/TT-BNV", "Thông tư", None, None, &["Thông tư 01/2024/TT-BNV"])]),
            ("Quyết định 34/2014/QĐ-TTg", &[("34/2014/QĐ-TTg", "Quyết định", None, None, &["Quyết định 34/2014/QĐ-TTg"])]),
            (
                "Thông tư liên tịch số 183/2010/TTLT/BTC-BNN",
                &[("183/2010/TTLT/BTC-BNN", "Thông tư liên tịch", None, None, &["Thông tư liên tịch số 183/2010/TTLT/BTC-BNN"])],
            ),
            (
                "Nghị quyết 98/2023/QH15 của Quốc hội”, Nghị quyết 98",
                &[("98/2023/QH15", "Nghị quyết", None, Some("Quốc hội"), &["Nghị quyết 98/2023/QH15", "Nghị quyết 98"])],
            ),
            ("Luật số 45/2019/QH14", &[("45/2019/QH14", "Luật", None, None, &["Luật số 45/2019/QH14"])]),
            ("theo 98/2023/QH15", &[("98/2023/QH15", "Luật", None, None, &["98/2023/QH15"])]),
            (
                "Nghị quyết 1210/2016/UBTVQH13",
                &[("1210/2016/UBTVQH13", "Nghị quyết", None, None, &["Nghị quyết 1210/2016/UBTVQH13"])],
            ),
            ("Nghị định 61/2018/NĐCP", &[("61/2018/NĐ-CP", "Nghị định", None, None, &["Nghị định 61/2018/NĐCP"])]),
            ("Nghị định 73 / 2023 / NĐ - CP", &[("73/2023/NĐ-CP", "Nghị định", None, None, &["Nghị định 73 / 2023 / NĐ - CP"])]),
            ("Nghị quyết 19-2017/NQ-CP", &[("19/2017/NQ-CP", "Nghị quyết", None, None, &["Nghị quyết 19-2017/NQ-CP"])]),
            ("Nghị định 30/2020/NÐ-CP", &[("30/2020/NĐ-CP", "Nghị định", None, None, &["Nghị định 30/2020/NÐ-CP"])]),
            ("Nghị định 30/2020/NĐ–CP", &[("30/2020/NĐ-CP", "Nghị định", None, None, &["Nghị định 30/2020/NĐ–CP"])]),
            ("Nghị định số 73/CP ngày 01/11/1995", &[("73/CP", "Nghị định", Some("1995-11-01"), None, &["Nghị định số 73/CP"])]),
            ("Thông tư 66/2025/TT-BNNMT", &[("66/2025/TT-BNNMT", "Thông tư", None, None, &["Thông tư 66/2025/TT-BNNMT"])]),
            ("Nghị quyết số 41/2017/NQ-HĐND tỉnh", &[("41/2017/NQ-HĐND", "Nghị quyết", None, None, &["Nghị quyết số 41/2017/NQ-HĐND"])]),
            // issue dates and issuers
            (
                "Nghị định số 116/2015/NĐ-CP ngày 11/11/ 2015, tức là",
                &[("116/2015/NĐ-CP", "Nghị định", Some("2015-11-11"), None, &["Nghị định số 116/2015/NĐ-CP"])],
            ),
            (
                "Chỉ thị số 24-CT/TU, ngày 07/8/2023 của Ban Thường vụ Thành ủy về việc",
                &[("24-CT/TU", "Chỉ thị", Some("2023-08-07"), Some("Ban Thường vụ Thành ủy"), &["Chỉ thị số 24-CT/TU"])],
            ),
            (
                "Chỉ thị số 24-CT/TU được ban hành ngày 7/8/2023 hàm chứa",
                &[("24-CT/TU", "Chỉ thị", Some("2023-08-07"), None, &["Chỉ thị số 24-CT/TU"])],
            ),
            (
                "Nghị quyết 01/NQ-CP (ngày 22 tháng 9 năm 2021) của Chính phủ.",
                &[("01/NQ-CP", "Nghị quyết", Some("2021-09-22"), Some("Chính phủ"), &["Nghị quyết 01/NQ-CP"])],
            ),
            (
                "Kế hoạch số 171-KH/TU của Thành ủy Hà Nội và nhấn mạnh",
                &[("171-KH/TU", "Kế hoạch", None, Some("Thành ủy Hà Nội"), &["Kế hoạch số 171-KH/TU"])],
            ),
            (
                "Thông tư 01/2024/TT-BNV của Bộ Lao động - Thương binh và Xã hội về",
                &[("01/2024/TT-BNV", "Thông tư", None, Some("Bộ Lao động - Thương binh và Xã hội"), &["Thông tư 01/2024/TT-BNV"])],
            ),
            (
                "Quyết định 15/QĐ-UBND do UBND tỉnh Nghệ An ban hành",
                &[("15/QĐ-UBND", "Quyết định", None, Some("UBND tỉnh Nghệ An"), &["Quyết định 15/QĐ-UBND"])],
            ),
            (
                "Sáng 5/7, UBND tỉnh Nghệ An vừa ban hành Quyết định 15/QĐ-UBND về",
                &[("15/QĐ-UBND", "Quyết định", None, Some("UBND tỉnh Nghệ An"), &["Quyết định 15/QĐ-UBND"])],
            ),
            (
                "Chỉ thị 24-CT/TU của Ban Thường vụ Thành ủy. Chỉ thị 24-CT/TU của Sở X ngày 1/1/2024.",
                &[("24-CT/TU", "Chỉ thị", Some("2024-01-01"), Some("Ban Thường vụ Thành ủy"), &["Chỉ thị 24-CT/TU", "Chỉ thị 24-CT/TU"])],
            ),
            (
                "Quyết định 1090/QĐ-UB của UBND thị xã Rạch Giá thu hồi đất",
                &[("1090/QĐ-UB", "Quyết định", None, Some("UBND thị xã Rạch Giá"), &["Quyết định 1090/QĐ-UB"])],
            ),
            (
                "Thông tư 332/2016/TT-BTC của Bộ Tài chính nhiều chủ đầu tư",
                &[("332/2016/TT-BTC", "Thông tư", None, Some("Bộ Tài chính"), &["Thông tư 332/2016/TT-BTC"])],
            ),
            (
                "Nghị quyết 4266/NQ-DKVN của Hội đồng thành viên Tập đoàn",
                &[("4266/NQ-DKVN", "Nghị quyết", None, Some("Hội đồng thành viên Tập đoàn"), &["Nghị quyết 4266/NQ-DKVN"])],
            ),
            (
                "Thông tư 15/2014/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn về việc",
                &[("15/2014/TT-BNNPTNT", "Thông tư", None, Some("Bộ Nông nghiệp và Phát triển nông thôn"), &["Thông tư 15/2014/TT-BNNPTNT"])],
            ),
            (
                "Quyết định 166/QĐ-UBND của UBND tỉnh Bình Thuận bị khiếu nại",
                &[("166/QĐ-UBND", "Quyết định", None, Some("UBND tỉnh Bình Thuận"), &["Quyết định 166/QĐ-UBND"])],
            ),
            (
                "Chỉ thị 05-CT/TW của Đảng ủy khối các cơ quan thành phố Hà Nội.",
                &[("05-CT/TW", "Chỉ thị", None, Some("Đảng ủy khối các cơ quan thành phố Hà Nội"), &["Chỉ thị 05-CT/TW"])],
            ),
            ("Phiếu chuyển số 480/PC-BTT ngày", &[("480/PC-BTT", "Phiếu chuyển", None, None, &["480/PC-BTT"])]),
            ("Công điện số 01/CĐ-TW của Ban Chỉ đạo", &[("01/CĐ-TW", "Công điện", None, Some("Ban Chỉ đạo"), &["Công điện số 01/CĐ-TW"])]),
            (
                "Tổng cục Hải quan cho biết chỉ ban hành công văn số 2945/TCHQ-HTQT ngày 4/5/2017",
                &[("2945/TCHQ-HTQT", "Công văn", Some("2017-05-04"), None, &["công văn số 2945/TCHQ-HTQT"])],
            ),
            (
                "Chỉ thị 05-CT/TW của Ban Bí thư T.Ư Đảng nói rõ",
                &[("05-CT/TW", "Chỉ thị", None, Some("Ban Bí thư T.Ư Đảng"), &["Chỉ thị 05-CT/TW"])],
            ),
            (
                "Thông tư 12/2017/TT-BGTVT của Bộ Giao thông vận tải về",
                &[("12/2017/TT-BGTVT", "Thông tư", None, Some("Bộ Giao thông vận tải"), &["Thông tư 12/2017/TT-BGTVT"])],
            ),
            // short references
            ("Morata là phương án số 1 của Mourinho", &[]),
            ("Hình thức cắt điện: KẾ HOẠCH  2 Hai Bà Trưng", &[]),
            (
                "Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy. Chỉ thị số 24 của Thành ủy và Kế hoạch 171 cũng vậy.",
                &[
                    ("24-CT/TU", "Chỉ thị", None, Some("Ban Thường vụ Thành ủy"), &["Chỉ thị số 24-CT/TU", "Chỉ thị số 24"]),
                    ("Kế hoạch|171", "Kế hoạch", None, None, &["Kế hoạch 171"]),
                ],
            ),
            (
                "Kết luận 14 và Kết luận số 14-KL/TW",
                &[("14-KL/TW", "Kết luận", None, None, &["Kết luận 14", "Kết luận số 14-KL/TW"])],
            ),
            (
                "Kế hoạch 24 khác Chỉ thị 24-CT/TU",
                &[("Kế hoạch|24", "Kế hoạch", None, None, &["Kế hoạch 24"]), ("24-CT/TU", "Chỉ thị", None, None, &["Chỉ thị 24-CT/TU"])],
            ),
            ("Chỉ thị 17 của Bộ Chính trị", &[("Chỉ thị|17", "Chỉ thị", None, Some("Bộ Chính trị"), &["Chỉ thị 17"])]),
            ("Chương trình hành động 53 và 53-CTrHĐ/TU", &[("53-CTrHĐ/TU", "Chương trình hành động", None, None, &["Chương trình hành động 53", "53-CTrHĐ/TU"])]),
            ("Chương trình 135 giảm nghèo", &[]),
            ("Kế hoạch 5 năm 2021-2025", &[]),
            ("kế hoạch 24 giờ", &[]),
            ("quyết định 3 vấn đề", &[]),
            ("Luật Xây dựng 2014 và Luật 2013", &[]),
            ("Nghị quyết 15/2023 tạm", &[]),
            ("Quyết định số 05", &[("Quyết định|05", "Quyết định", None, None, &["Quyết định số 05"])]),
            // false positives
            ("Ảnh: REUTERS/Erik, AN/FPS, Minh Anh/TTXVN", &[]),
            ("phục vụ 24/7 và 1/3 số hộ, 6/7 tỉnh", &[]),
            ("thắng 3-0, tỷ số 2-1", &[]),
            ("ngày 7/8/2023, nhiệm kỳ 2020- 2025", &[]),
            ("mạng 4G/LTE, Galaxy S8/S8+, MiG-21/MiG-23", &[]),
            ("T/M Ban Thường vụ, K/T Chủ tịch", &[]),
            ("Ảnh 2/AFP và 3/Reuters", &[]),
            ("gọi 0912-345-678 hoặc 024.3825.1234", &[]),
            ("https://vnexpress.net/a-24-CT/TU-b và www.x.vn/15/NQ-CP", &[]),
            ("Boeing 737/MAX và Covid 19/CDC", &[]),
            ("xe 29A-123.45 và 30-B1", &[]),
            ("U23/VN thắng 2 - 1 / Thái Lan", &[]),
            ("Nghị định 73/2099/NĐ-CP", &[]),
            ("Nghị quyết 98/2023/QH99", &[]),
            ("số 12/ABC-XYZ", &[]),
            ("Kế hoạch 24-XY/abc", &[]),
            ("tổ 2/Nhóm A", &[]),
            ("vòng 1/V-League", &[]),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn normalize_cases() {
        let cases: &[(&str, Option<&str>)] = &[
            ("24-ct/tu", Some("24-CT/TU")),
            ("24 - CT/TU", Some("24-CT/TU")),
            ("Chỉ thị 24-CT/TU", Some("24-CT/TU")),
            ("Chỉ thị số 24-CT/TU", Some("24-CT/TU")),
            ("15-nq/tư", Some("15-NQ/TW")),
            ("53-ctrhđ/tu", Some("53-CTrHĐ/TU")),
            ("73/2023/nđ-cp", Some("73/2023/NĐ-CP")),
            ("61/2018/NĐCP", Some("61/2018/NĐ-CP")),
            ("1880/qđ-ttg", Some("1880/QĐ-TTg")),
            ("98/2023/qh15", Some("98/2023/QH15")),
            ("3824/ubnd-kt", Some("3824/UBND-KT")),
            ("30c/nqcp", Some("30c/NQ-CP")),
            ("Chỉ thị 24", Some("Chỉ thị|24")),
            ("Kết luận số 014", Some("Kết luận|14")),
            ("24/7", None),
            ("REUTERS/Erik", None),
            ("hello", None),
            ("24-CT/TU abc", None),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_ref(input).as_deref(), *want, "{input}");
        }
    }
}
