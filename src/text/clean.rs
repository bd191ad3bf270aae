//! Character clean-up and NFC (`vietnamese.md` §3.5, §3.6), plus whitespace collapsing.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// What [`normalize_impl`] does with one character before NFC.
enum Action {
    Keep,
    Delete,
    Replace(char),
}

fn action(c: char) -> Action {
    match c {
        '\u{00D0}' => Action::Replace('\u{0110}'),
        '\u{00F0}' => Action::Replace('\u{0111}'),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Action::Replace(' '),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {
            Action::Delete
        }
        _ => Action::Keep,
    }
}

/// True when [`crate::text::normalize`] would change `s` (it is not NFC, or holds a character the
/// clean-up maps or deletes). ASCII text never needs normalising.
pub fn needs_normalize(s: &str) -> bool {
    if s.is_ascii() {
        return false;
    }
    if s.chars().any(|c| !matches!(action(c), Action::Keep)) {
        return true;
    }
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => false,
        IsNormalized::No => true,
        IsNormalized::Maybe => !unicode_normalization::is_nfc(s),
    }
}

pub(super) fn normalize_impl(s: &str) -> String {
    if !needs_normalize(s) {
        return s.to_string();
    }
    // Clean first, then compose: a zero-width character between a base letter and its
    // combining mark must not block composition, or a second pass would change the text.
    let cleaned: String = s
        .chars()
        .filter_map(|c| match action(c) {
            Action::Keep => Some(c),
            Action::Delete => None,
            Action::Replace(r) => Some(r),
        })
        .collect();
    if is_nfc_quick(cleaned.chars()) == IsNormalized::Yes {
        return cleaned;
    }
    // A line break never takes part in composition, so lines normalise independently: only
    // the lines that need it go through the (slow) composer.
    let mut out = String::with_capacity(cleaned.len());
    for line in cleaned.split_inclusive('\n') {
        if is_nfc_quick(line.chars()) == IsNormalized::Yes {
            out.push_str(line);
        } else {
            out.extend(line.nfc());
        }
    }
    out
}

/// Folds every run of horizontal whitespace (spaces, tabs, and other Unicode spaces except the
/// line break `\n`) into one ASCII space and trims each line. Newlines are kept as they are, so
/// the line structure survives; `\r` counts as horizontal whitespace and disappears at line ends.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut pending_space = false;
        for word in line.split(|c: char| c.is_whitespace()) {
            if word.is_empty() {
                continue;
            }
            if pending_space {
                out.push(' ');
            }
            out.push_str(word);
            pending_space = true;
        }
    }
    out
}

fn ascii_punct(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{FF0F}' => '/',
        _ => c,
    }
}

/// The matching copy's punctuation (`vietnamese.md` §3.1 step 5): hyphens and dashes U+2010–U+2015
/// and the minus sign U+2212 become `-`, the fullwidth solidus U+FF0F becomes `/`, so document
/// numbers and dates match however they were typed (`NĐ–CP` → `NĐ-CP`). Stored text keeps its
/// dashes; use [`match_punctuation_with_map`](super::match_punctuation_with_map) to map matches
/// back. Borrowed when nothing changes.
pub fn match_punctuation(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| ascii_punct(c) != c) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(ascii_punct).collect())
}

#[cfg(test)]
mod tests {
    use super::super::normalize;
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn check(input: &str, expected: &str) {
        let got = normalize(input);
        assert_eq!(got, expected, "normalize({input:?})");
        assert_eq!(normalize(&got), got, "normalize not idempotent on {input:?}");
        assert!(!needs_normalize(&got), "normalised text still needs normalising");
    }

    #[test]
    fn normalize_cases() {
        let cases: &[(&str, &str)] = &[
            ("plain ascii", "plain ascii"),
            ("Hà Nội", "Hà Nội"),
            ("\u{00D0}ảng ủy", "Đảng ủy"),
            ("NÐ-CP", "NĐ-CP"),
            ("\u{00F0}i", "đi"),
            ("a\u{00A0}b\u{202F}c\u{2007}d", "a b c d"),
            ("Thủ\u{200B}tướng", "Thủtướng"),
            ("\u{FEFF}Chính phủ\u{FEFF}", "Chính phủ"),
            ("phủ\u{00AD}định", "phủđịnh"),
            ("a\u{200C}b\u{200D}c\u{2060}d", "abcd"),
            ("line one\n  line  two\r\n", "line one\n  line  two\r\n"),
            // zero-width char between base and combining mark: removed, then composed
            ("a\u{200B}\u{0301}", "á"),
            ("Vie\u{0323}\u{0302}t Nam", "Việt Nam"),
            ("Nguye\u{0302}\u{0303}n", "Nguyễn"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn nfd_equals_nfc() {
        let samples = [
            "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ",
            "Nghị định số 30/2020/NĐ-CP về công tác văn thư",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG; người lao động; khuỷu tay; giữa",
        ];
        for s in samples {
            let nfd: String = s.nfd().collect();
            assert_ne!(nfd, s);
            assert_eq!(normalize(&nfd), normalize(s), "NFD vs NFC of {s:?}");
            assert_eq!(normalize(s), s);
        }
    }

    #[test]
    fn punctuation_cases() {
        let cases: &[(&str, &str)] = &[
            ("NĐ\u{2013}CP", "NĐ-CP"),
            ("12\u{FF0F}2025", "12/2025"),
            ("a\u{2010}b\u{2011}c\u{2012}d\u{2014}e\u{2015}f\u{2212}g", "a-b-c-d-e-f-g"),
            ("không đổi", "không đổi"),
        ];
        for (input, expected) in cases {
            assert_eq!(match_punctuation(input), *expected, "match_punctuation({input:?})");
        }
    }

    fn check_collapse(input: &str, expected: &str) {
        assert_eq!(collapse_whitespace(input), expected, "collapse({input:?})");
    }

    #[test]
    fn collapse_cases() {
        let cases: &[(&str, &str)] = &[
            ("a  b\t\tc", "a b c"),
            ("  lead and trail  ", "lead and trail"),
            ("03/02/2026\n   11:24 ", "03/02/2026\n11:24"),
            ("x\r\ny", "x\ny"),
            ("\n\n", "\n\n"),
            ("a\u{2003}b", "a b"),
            ("", ""),
        ];
        for (input, expected) in cases {
            check_collapse(input, expected);
        }
    }

    /// The check agrees with its definition (NFC changes the text, or the clean-up does) on
    /// precomposed and decomposed text, singletons NFC replaces, and other scripts.
    #[test]
    fn needs_normalize_agrees_with_nfc() {
        let cases = [
            "Thủ tướng Phạm Minh Chính “chỉ đạo” – số 24-CT/TU…",
            "Hòa Bình, hoà bình, Đắk Lắk, Ðà Nẵng",
            "thu\u{0309} tu\u{031B}o\u{031B}\u{0301}ng",
            "e\u{0301}",
            "a\u{2000}b",
            "\u{212B}ngstr\u{F6}m",
            "ẠẬẶẸỆỊỌỘỢỤỰỲỴ ạậặẹệịọộợụựỳỵ",
            "tab\tand\u{00A0}nbsp",
            "中文 và tiếng Việt",
            "ǅ ǈ Ș ț ȷ ɏ",
            "\u{1E9B}\u{0323}",
        ];
        for s in cases {
            let expected = s.nfc().collect::<String>() != s
                || s.chars().any(|c| !matches!(action(c), Action::Keep));
            assert_eq!(needs_normalize(s), expected, "{s:?}");
        }
    }
}
