//! Text normalisation: the one place where bytes become Vietnamese text.
//!
//! Every other module receives text that went through [`decode_html`], [`decode_text`] or
//! [`normalize`]: it is valid Unicode in NFC, with `Ð` (U+00D0) mapped to `Đ`, zero-width
//! characters, BOMs and soft hyphens removed, and non-breaking spaces turned into plain spaces.
//!
//! Two further views of a text serve matching, never storage:
//! - [`canonical_tones`] rewrites tone-mark placement to the traditional style (`hoà` → `hòa`,
//!   `uỷ` → `ủy`) so both spellings become one index term or one lookup key;
//! - [`fold`] strips every diacritic and lowercases (`Thành ủy` → `thanh uy`).
//!
//! Helpers used along the way are public too:
//! - [`decode_entities`] decodes HTML character references once (JSON-LD strings, meta
//!   `content`, RSS CDATA: text the HTML parser did not decode);
//! - [`is_mojibake`] / [`repair_mojibake`] detect and undo double-encoded UTF-8
//!   (`Lao Äá»ng` → `Lao Động`);
//! - [`collapse_whitespace`] folds runs of spaces and tabs and trims every line (the extractor's
//!   job; [`normalize`] never changes whitespace layout, so byte offsets stay meaningful);
//! - [`detect_encoding`] reports which charset [`decode_html`] would use, and why;
//! - [`match_punctuation`] maps dashes, minus and fullwidth `／` to ASCII for the doc-ref and
//!   date matching copy;
//! - [`fold_with_map`], [`canonical_tones_with_map`] and [`match_punctuation_with_map`] return
//!   the matching copy with an [`OffsetMap`] so evidence spans point into the stored text;
//! - [`base_and_tone`] / [`with_tone`] split and build toned vowels, [`fold_char`] folds one
//!   character, [`needs_normalize`] and [`mojibake_score`] expose the checks behind the fast
//!   paths.
//!
//! The module is split by concern: `decode` (bytes → text), `mojibake`, `entities`, `clean`
//! (NFC, character clean-up, whitespace, punctuation), `tone` (tone-mark placement), `fold`
//! and `offsets`.

mod clean;
pub mod copies;
mod decode;
mod entities;
mod fold;
mod mojibake;
mod offsets;
mod tone;
pub(crate) use tone::VOWELS;

pub use clean::{collapse_whitespace, match_punctuation, needs_normalize};
pub use decode::{detect_encoding, CharsetSource, DetectedEncoding};
pub use entities::decode_entities;
pub use fold::fold_char;
pub use mojibake::{is_mojibake, mojibake_score, repair_mojibake};
pub use offsets::{canonical_tones_with_map, fold_with_map, match_punctuation_with_map, OffsetMap};
pub use tone::{base_and_tone, with_tone, Tone};

/// Decodes an HTML document: charset from the BOM, the HTTP `Content-Type` header, then
/// `<meta charset>` in the first 4 KB, then detection with a `.vn` hint; repairs double-encoded
/// UTF-8; returns [`normalize`]d text.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    decode::decode_html_impl(bytes, content_type)
}

/// Decodes a plain-text document (UTF-8, UTF-16 with or without BOM, or a detected legacy
/// charset), repairs double-encoded UTF-8 and returns [`normalize`]d text.
pub fn decode_text(bytes: &[u8]) -> String {
    decode::decode_text_impl(bytes)
}

/// Cleans and NFC-normalises text that is already Unicode: `Ð`/`ð` → `Đ`/`đ`; NBSP, U+202F and
/// U+2007 → space; ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM and soft hyphen deleted; then NFC.
/// Whitespace layout (runs of spaces, newlines) is kept. Idempotent.
pub fn normalize(s: &str) -> String {
    clean::normalize_impl(s)
}

/// Canonical (traditional) tone-mark placement of an NFC string: `hoà` → `hòa`, `thuỷ` → `thủy`.
/// Case and everything that is not a Vietnamese syllable are left alone.
pub fn canonical_tones(s: &str) -> String {
    tone::canonical_tones_impl(s)
}

/// Lowercase, all diacritics removed, `đ` → `d`: the key used for accent-insensitive matching.
pub fn fold(s: &str) -> String {
    fold::fold_impl(s)
}

/// Syllables the press writes with a final `i` or `y` alike, each pair one word in its two
/// spellings (the 1980s orthography allowed both), lowercase and in canonical tone placement:
/// the one `i`/`y` table search uses (`crate::index::query`, for a word typed with diacritics,
/// never a name). The corpus (`baomoi-2017`, articles holding each): `tỉ` 1,934 and `tỷ` 5,543
/// (`tỉ đồng`, `tỉ lệ`, `tỉ phú`); `kỉ` 370 and `kỷ` 3,606 (`kỉ luật`, `kỉ niệm`); `kĩ` 385
/// and `kỹ` 4,237 (`kĩ thuật`); `sĩ` 5,828 and `sỹ` 1,541 (`bác sỹ`, `sỹ quan`); `lí` 604 and
/// `lý` 13,974 (`lí do`); `kí` 319 and `ký` 4,855 (`kí kết`); `kì` 898 and `kỳ` 8,657 (the most
/// common words after each the same: `kì vọng`, `kì thi`, `kì lạ`, `kì nghỉ`; `Kỳ` in a name,
/// `Hoa Kỳ`, `Kỳ Anh`, keeps its spelling); `quí` 53 and `quý` 3,068 (`quí báu`, `quí 1`,
/// `quí hiếm`; `Quí` of a name, `Quí Khánh`, keeps it). Left out: `mĩ`/`mỹ` (59 and 8,505
/// articles; `Mỹ` is America, almost never written `Mĩ`, and 59 articles are too few to measure),
/// `tí`/`tý` (`tí hon`, a nickname `Tý`), `hi`/`hy` (`hy` has no diacritics to tell it).
pub const I_Y_TWINS: &[(&str, &str)] = &[
    ("tỉ", "tỷ"),
    ("kỉ", "kỷ"),
    ("kĩ", "kỹ"),
    ("sĩ", "sỹ"),
    ("lí", "lý"),
    ("kí", "ký"),
    ("kì", "kỳ"),
    ("quí", "quý"),
];

/// The other spelling of `word` when it is a syllable of [`I_Y_TWINS`] in any case (`Kỷ` →
/// `kỉ`), lowercase; `word` is NFC (every twin has one vowel: no tone placement to
/// normalise). Allocates nothing.
pub fn i_y_twin(word: &str) -> Option<&'static str> {
    // Every twin is two or three characters, the last with a diacritic.
    let mut chars = word.chars();
    let (Some(_), Some(second), third, None) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return None;
    };
    if third.unwrap_or(second).is_ascii() {
        return None;
    }
    let lower = || word.chars().flat_map(char::to_lowercase);
    I_Y_TWINS.iter().find_map(|&(i, y)| {
        if lower().eq(i.chars()) {
            Some(y)
        } else if lower().eq(y.chars()) {
            Some(i)
        } else {
            None
        }
    })
}

/// Syllables the press writes with an initial `d` or `gi` alike, each pair one word in its two
/// spellings, lowercase: `dông` and `giông` (a thunderstorm: `mưa dông`, `cơn dông`, `dông lốc`;
/// the corpus, outside the excluded ids: `dông` in 241 articles, `giông` in 101; `mưa dông` 84,
/// `mưa giông` 31, `dông lốc` 14, `giông lốc` 10; the one other `dông`, `dông dài`, in 2), and
/// `dẫm` and `giẫm` (to step on: `dẫm` in 114 articles, `giẫm` in 69; `giẫm đạp` 53 times,
/// `dẫm đạp` 15, a stampede; `dẫm lên` 12, `giẫm lên` 20; a few `dẫm` are typos of `dẫn`).
/// Left out: `dòng`/`giòng` (one `giòng` in the corpus), and every pair of distinct words
/// (`dỗ`/`giỗ`, `dàn`/`giàn`).
pub const D_GI_TWINS: &[(&str, &str)] = &[("dông", "giông"), ("dẫm", "giẫm")];

/// The other spelling of `word` when it is a syllable of [`I_Y_TWINS`] ([`i_y_twin`]) or of
/// [`D_GI_TWINS`] in any case (`Giông` → `dông`), lowercase; `word` is NFC.
pub fn spelling_twin(word: &str) -> Option<&'static str> {
    i_y_twin(word).or_else(|| {
        let lower = || word.chars().flat_map(char::to_lowercase);
        D_GI_TWINS.iter().find_map(|&(d, gi)| {
            if lower().eq(d.chars()) {
                Some(gi)
            } else if lower().eq(gi.chars()) {
                Some(d)
            } else {
                None
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random generator (64-bit LCG) for robustness tests.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[(self.next() as usize) % items.len()]
        }
    }

    /// Pieces that exercise every code path: marks, invisible characters, mojibake, references.
    const PIECES: &[&str] = &[
        "a",
        "hoà",
        "Uỷ",
        "quý",
        "giữa",
        "Đ",
        "Ð",
        "ð",
        "\u{0301}",
        "\u{0323}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{00A0}",
        " ",
        "\n",
        "\t",
        "&",
        "&#x1EBF;",
        "&amp;",
        "&#",
        "Ã",
        "Ä\u{0090}",
        "á»",
        "\u{0092}",
        "“",
        "…",
        "<meta charset=",
        "utf-8>",
        "ĐẢNG",
        "ngưòi",
        "ʔ",
        "馬",
        "🙂",
        "x",
        "9",
    ];

    /// `normalize` is idempotent and yields NFC; `canonical_tones` keeps the character count
    /// and is idempotent; `fold` yields no combining marks; nothing panics on arbitrary input.
    #[test]
    fn invariants_on_generated_text() {
        let mut rng = Lcg(0x5EED);
        for _ in 0..3000 {
            let n = 1 + rng.next() as usize % 12;
            let s: String = (0..n).map(|_| rng.pick(PIECES)).collect();
            check_invariants(&s);
            let bytes: Vec<u8> = (0..n * 3).map(|_| rng.next() as u8).collect();
            for decoded in [decode_html(&bytes, None), decode_text(&bytes)] {
                assert_eq!(normalize(&decoded), decoded, "decoded text is normalised");
                check_invariants(&decoded);
            }
        }
    }

    fn check_invariants(s: &str) {
        let n = normalize(s);
        assert_eq!(normalize(&n), n, "normalize idempotent on {s:?}");
        assert!(unicode_normalization::is_nfc(&n), "NFC: {s:?}");
        let c = canonical_tones(&n);
        assert_eq!(c.chars().count(), n.chars().count(), "{s:?}");
        assert_eq!(canonical_tones(&c), c, "canonical_tones idempotent on {s:?}");
        let f = fold(&n);
        assert!(!f.chars().any(unicode_normalization::char::is_combining_mark), "{s:?}");
        assert_eq!(fold(&f), f, "fold idempotent on {s:?}");
        let _ = decode_entities(s);
        let _ = repair_mojibake(s);
        let _ = collapse_whitespace(s);
    }

    /// Every spelling of [`I_Y_TWINS`] is lowercase, NFC and in canonical tone placement, two
    /// or three characters, and the two of a pair differ only in `i`/`y` (so [`i_y_twin`] may compare a
    /// typed word to the table as it is).
    #[test]
    fn i_y_twins_are_canonical() {
        for &(i, y) in I_Y_TWINS {
            for s in [i, y] {
                assert_eq!(canonical_tones(&normalize(&s.to_lowercase())), s, "{s}");
                assert!((2..=3).contains(&s.chars().count()), "{s}");
            }
            assert_eq!(fold(i).replace('i', "y"), fold(y), "{i} {y}");
            let tone = |s: &str| s.chars().nth(1).and_then(base_and_tone).map(|(_, t)| t);
            assert_eq!(tone(i), tone(y), "{i} {y}");
        }
    }

    /// A syllable of [`I_Y_TWINS`] in any case gives the other spelling; other words none.
    #[test]
    fn i_y_twin_of_a_syllable() {
        let cases: &[(&str, Option<&str>)] = &[
            ("tỷ", Some("tỉ")),
            ("tỉ", Some("tỷ")),
            ("Kỷ", Some("kỉ")),
            ("SĨ", Some("sỹ")),
            ("lý", Some("lí")),
            ("ty", None),
            ("ti", None),
            ("tí", None),
            ("Mỹ", None),
            ("kỳ", Some("kì")),
            ("Quý", Some("quí")),
            ("quỷ", None),
            ("tỷs", None),
            ("", None),
        ];
        for (word, twin) in cases {
            assert_eq!(i_y_twin(word), *twin, "{word}");
        }
    }

    /// A syllable of [`D_GI_TWINS`] in any case gives the other spelling, and so does one of
    /// [`I_Y_TWINS`]; other words none (the folded `dong`, `Đông`, `dòng`).
    #[test]
    fn spelling_twin_of_a_syllable() {
        let cases: &[(&str, Option<&str>)] = &[
            ("dông", Some("giông")),
            ("giông", Some("dông")),
            ("Giông", Some("dông")),
            ("DÔNG", Some("giông")),
            ("dẫm", Some("giẫm")),
            ("Giẫm", Some("dẫm")),
            ("dẫn", None),
            ("tỷ", Some("tỉ")),
            ("dong", None),
            ("giong", None),
            ("Đông", None),
            ("dòng", None),
            ("giống", None),
        ];
        for (word, twin) in cases {
            assert_eq!(spelling_twin(word), *twin, "{word}");
        }
    }
}
