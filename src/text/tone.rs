//! Tone-mark placement (`vietnamese.md` §3.4).
//!
//! Vietnamese writes one tone mark per syllable. Two conventions place it differently in open
//! syllables with the rimes `oa`, `oe` and `uy`: traditional `hòa`, `khỏe`, `thủy` against
//! reformed `hoà`, `khoẻ`, `thuỷ`. [`canonical_tones_impl`] rewrites every Vietnamese syllable to
//! the traditional placement (what 94–99.96 % of news text uses), so both spellings meet in one
//! index term. The same rules also move a mark that sits on an onset letter (`gìa` → `già`).
//!
//! Per syllable: find the single tone mark, split the syllable into onset (with `qu`, and `gi`
//! before another vowel), vowel nucleus and final consonant, and put the mark
//! 1. on the last vowel carrying a quality mark (`â ă ê ô ơ ư`; `ươ` → on `ơ`);
//! 2. else on the only vowel;
//! 3. else on the middle of three vowels;
//! 4. else (two vowels) on the second when a final consonant follows, otherwise on the first.
//!
//! Words that do not parse as a Vietnamese syllable (foreign onsets or finals, more than three
//! vowels, letters outside the Vietnamese alphabet, two tone marks) are left untouched.

use std::sync::OnceLock;

/// One of the six Vietnamese tones, named by the mark that writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// No mark (thanh ngang): `a`.
    Level,
    /// Grave accent (huyền): `à`.
    Grave,
    /// Acute accent (sắc): `á`.
    Acute,
    /// Hook above (hỏi): `ả`.
    Hook,
    /// Tilde (ngã): `ã`.
    Tilde,
    /// Dot below (nặng): `ạ`.
    Dot,
}

const TONES: [Tone; 6] =
    [Tone::Level, Tone::Grave, Tone::Acute, Tone::Hook, Tone::Tilde, Tone::Dot];

/// The twelve Vietnamese vowels, each in its six tones (order of [`TONES`]), lowercase.
pub(crate) const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// A vowel form found in [`VOWELS`]: row, tone index, and whether it was uppercase.
#[derive(Clone, Copy)]
struct Found {
    row: u8,
    tone: u8,
    upper: bool,
}

/// All 144 vowel forms (both cases), sorted by character for binary search.
fn vowel_table() -> &'static [(char, Found)] {
    static TABLE: OnceLock<Vec<(char, Found)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::with_capacity(144);
        for (row, forms) in VOWELS.iter().enumerate() {
            for (tone, &c) in forms.iter().enumerate() {
                let (row, tone) = (row as u8, tone as u8);
                table.push((c, Found { row, tone, upper: false }));
                for u in c.to_uppercase() {
                    table.push((u, Found { row, tone, upper: true }));
                }
            }
        }
        table.sort_by_key(|&(c, _)| c);
        table
    })
}

fn lookup(c: char) -> Option<Found> {
    // Every Vietnamese vowel is in a-z or U+00C0..=U+1EF9.
    if !(c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{1EF9}').contains(&c)) {
        return None;
    }
    let table = vowel_table();
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

fn form(row: u8, tone: u8, upper: bool) -> char {
    let c = VOWELS[usize::from(row)][usize::from(tone)];
    if upper {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    }
}

/// Splits a Vietnamese vowel letter (any case, NFC) into its toneless form (same case, quality
/// mark kept: `Ở` → `Ơ`) and its tone. `None` for anything that is not one of the 72 vowel
/// forms per case.
pub fn base_and_tone(c: char) -> Option<(char, Tone)> {
    let f = lookup(c)?;
    Some((form(f.row, 0, f.upper), TONES[usize::from(f.tone)]))
}

/// Puts `tone` on a Vietnamese vowel letter, keeping its case and replacing any tone it had:
/// `with_tone('O', Tone::Grave)` → `Ò`. `None` when `vowel` is not a Vietnamese vowel.
pub fn with_tone(vowel: char, tone: Tone) -> Option<char> {
    let f = lookup(vowel)?;
    let idx = TONES.iter().position(|&t| t == tone)?;
    Some(form(f.row, idx as u8, f.upper))
}

/// Whether a toneless lowercase vowel carries a quality mark (â ă ê ô ơ ư).
fn has_quality_mark(base: char) -> bool {
    matches!(base, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

const ONSETS: [&str; 28] = [
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Vowel nuclei of more than one letter (toneless, after a `qu`/`gi` onset is split off), with
/// whether they occur in open syllables and in syllables with a final consonant. A word whose
/// nucleus is not listed (`ưo`, `aa`, `oya`: typos and foreign words) is left alone.
const NUCLEI: &[(&str, bool, bool)] = &[
    ("ai", true, false),
    ("ao", true, false),
    ("au", true, false),
    ("ay", true, false),
    ("âu", true, false),
    ("ây", true, false),
    ("eo", true, false),
    ("êu", true, false),
    ("ia", true, false),
    ("iu", true, false),
    ("iê", false, true),
    ("yê", false, true),
    ("oa", true, true),
    ("oă", false, true),
    ("oe", true, true),
    ("oi", true, false),
    ("oo", false, true),
    ("ôi", true, false),
    ("ơi", true, false),
    ("ua", true, false),
    ("uâ", false, true),
    ("uê", true, true),
    ("ui", true, false),
    ("uô", false, true),
    ("uơ", true, false),
    ("uy", true, true),
    ("ưa", true, false),
    ("ưi", true, false),
    ("ưu", true, false),
    ("ươ", false, true),
    ("iêu", true, false),
    ("yêu", true, false),
    ("oai", true, false),
    ("oay", true, false),
    ("oao", true, false),
    ("oeo", true, false),
    ("uây", true, false),
    ("uôi", true, false),
    ("uya", true, false),
    ("uyu", true, false),
    ("uyê", false, true),
    ("ươi", true, false),
    ("ươu", true, false),
];

/// Longest word treated as a syllable (`nghiêng`, `nguyễn` have 7 letters).
const MAX_LETTERS: usize = 8;

/// One letter of a syllable: toneless lowercase base, and the tone it carries.
#[derive(Clone, Copy)]
struct Letter {
    base: char,
    tone: Tone,
}

fn is_vowel(l: &Letter) -> bool {
    lookup(l.base).is_some()
}

fn spells(letters: &[Letter], s: &str) -> bool {
    letters.iter().map(|l| l.base).eq(s.chars())
}

/// Where the tone mark of a syllable belongs, as an index into `letters`; `None` when the word
/// is not a Vietnamese syllable.
fn tone_position(letters: &[Letter]) -> Option<usize> {
    let first_vowel = letters.iter().position(is_vowel)?;
    let run = letters[first_vowel..].iter().take_while(|l| is_vowel(l)).count();
    let end = first_vowel + run;
    let mut start = first_vowel;
    // `qu` and `gi` onsets: the u / i belongs to the onset when another vowel follows.
    let onset = &letters[..first_vowel];
    if run > 1
        && ((spells(onset, "q") && letters[start].base == 'u')
            || (spells(onset, "g") && letters[start].base == 'i'))
    {
        start += 1;
    }
    let onset = &letters[..start];
    if !ONSETS.iter().any(|o| spells(onset, o)) {
        return None;
    }
    let coda = &letters[end..];
    if !FINALS.iter().any(|f| spells(coda, f)) {
        return None;
    }
    let nucleus = &letters[start..end];
    if nucleus.len() > 1 {
        let closed = !coda.is_empty();
        let known = NUCLEI.iter().any(|&(n, open_ok, closed_ok)| {
            spells(nucleus, n) && if closed { closed_ok } else { open_ok }
        });
        if !known {
            return None;
        }
    }
    let offset = match nucleus.len() {
        1 => 0,
        2 | 3 => {
            if let Some(q) = nucleus.iter().rposition(|l| has_quality_mark(l.base)) {
                q
            } else if nucleus.len() == 3 {
                1
            } else if coda.is_empty() {
                0
            } else {
                1
            }
        }
        _ => return None,
    };
    Some(start + offset)
}

/// Rewrites one word (a run of letters) when its tone mark is misplaced; `None` when it stays.
fn canonical_word(word: &str) -> Option<String> {
    let mut letters = [Letter { base: 'a', tone: Tone::Level }; MAX_LETTERS];
    let mut len = 0;
    let mut marked = None;
    let mut prev_lower = false;
    for (i, c) in word.chars().enumerate() {
        if i >= MAX_LETTERS {
            return None;
        }
        // An uppercase letter after a lowercase one marks glued words (`đâyẢnh`): skip.
        let upper = c.is_uppercase();
        if upper && prev_lower {
            return None;
        }
        prev_lower = !upper;
        let letter = match lookup(c) {
            Some(f) => Letter { base: form(f.row, 0, false), tone: TONES[usize::from(f.tone)] },
            None => {
                let lower = c.to_lowercase().next().unwrap_or(c);
                if lower.is_ascii_lowercase() || lower == 'đ' {
                    Letter { base: lower, tone: Tone::Level }
                } else {
                    return None;
                }
            }
        };
        if letter.tone != Tone::Level {
            if marked.is_some() {
                return None;
            }
            marked = Some(i);
        }
        letters[i] = letter;
        len = i + 1;
    }
    let from = marked?;
    let to = tone_position(&letters[..len])?;
    if to == from {
        return None;
    }
    let tone = letters[from].tone;
    let rewritten = word
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == from {
                base_and_tone(c).map_or(c, |(base, _)| base)
            } else if i == to {
                with_tone(c, tone).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    Some(rewritten)
}

/// `char::is_alphabetic` with a fast path for ASCII and the Latin blocks Vietnamese uses.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
        || (!c.is_ascii() && c.is_alphabetic())
}

pub(super) fn canonical_tones_impl(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut word_start: Option<usize> = None;
    let visit = |start: usize, end: usize, out: &mut Option<String>, copied: &mut usize| {
        let word = &s[start..end];
        if word.is_ascii() {
            return;
        }
        if let Some(fixed) = canonical_word(word) {
            let buf = out.get_or_insert_with(|| String::with_capacity(s.len() + 8));
            buf.push_str(&s[*copied..start]);
            buf.push_str(&fixed);
            *copied = end;
        }
    };
    for (i, c) in s.char_indices() {
        if is_letter(c) {
            word_start.get_or_insert(i);
        } else if let Some(start) = word_start.take() {
            visit(start, i, &mut out, &mut copied);
        }
    }
    if let Some(start) = word_start {
        visit(start, s.len(), &mut out, &mut copied);
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&s[copied..]);
            buf
        }
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::canonical_tones;
    use super::*;

    fn check(input: &str, expected: &str) {
        let got = canonical_tones(input);
        assert_eq!(got, expected, "canonical_tones({input:?})");
        assert_eq!(canonical_tones(&got), got, "not idempotent on {input:?}");
    }

    #[test]
    fn reformed_to_traditional() {
        let cases: &[(&str, &str)] = &[
            ("hoà", "hòa"),
            ("Hoà", "Hòa"),
            ("HOÀ", "HÒA"),
            ("thuỷ", "thủy"),
            ("uỷ", "ủy"),
            ("Uỷ", "Ủy"),
            ("UỶ", "ỦY"),
            ("khoẻ", "khỏe"),
            ("loà", "lòa"),
            ("oà", "òa"),
            ("tuý", "túy"),
            ("hoá", "hóa"),
            ("Thanh Hoá", "Thanh Hóa"),
            ("toà án", "tòa án"),
            ("loè", "lòe"),
            ("huỷ", "hủy"),
            ("uý", "úy"),
            ("hoạ", "họa"),
            ("khoã", "khõa"),
            ("Giấy uỷ quyền", "Giấy ủy quyền"),
            (
                "Ban Chấp hành Trung ương; Uỷ ban (thuỷ lợi)",
                "Ban Chấp hành Trung ương; Ủy ban (thủy lợi)",
            ),
            ("Từ khoá: hoà bình", "Từ khóa: hòa bình"),
            // a mark on an onset letter moves into the nucleus
            ("gìa", "già"),
            ("qúa", "quá"),
            // misplaced marks in closed syllables
            ("hòang", "hoàng"),
            ("tòan", "toàn"),
            ("lọai", "loại"),
            ("Gía", "Giá"),
            ("Thuỵ", "Thụy"),
            ("cuôí", "cuối"),
            ("mơí", "mới"),
            ("QUỲÊN", "QUYỀN"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn unchanged() {
        let cases = [
            "quý",
            "quỷ",
            "giá",
            "già",
            "gì",
            "gìn",
            "giữa",
            "hoàng",
            "hoạch",
            "thuyết",
            "khuyến",
            "quyết",
            "mùa",
            "của",
            "người",
            "Thành ủy",
            "hòa",
            "thủy",
            "khỏe",
            "hoài",
            "xoáy",
            "khuỷu",
            "ngoẹo",
            "huỳnh",
            "Quỳnh",
            "toán",
            "thuyền",
            "bìa",
            "lụa",
            "biển",
            "được",
            "rượu",
            "thuở",
            "gửi",
            "cửa",
            "máy",
            "cây",
            "túi",
            "chịu",
            "tuần",
            "hoặc",
            "thuế",
            "Nguyễn",
            "Việt Nam",
            "Đà Nẵng",
            "xoong",
            "ĐẢNG ỦY",
            "café",
            "José",
            "Zürich",
            "André",
            "Pérez",
            "3,5%",
            "",
            "ascii only",
            "a\u{0300}",
            "Hà\u{200B}Nội",
        ];
        for s in cases {
            check(s, s);
        }
    }

    #[test]
    fn base_and_tone_roundtrip() {
        for forms in VOWELS {
            for (k, &c) in forms.iter().enumerate() {
                for ch in [c, c.to_uppercase().next().expect("uppercase")] {
                    let (base, tone) = base_and_tone(ch).expect("vowel");
                    assert_eq!(tone, TONES[k]);
                    assert_eq!(base.is_uppercase(), ch.is_uppercase());
                    assert_eq!(with_tone(base, tone), Some(ch));
                }
            }
        }
        assert_eq!(base_and_tone('đ'), None);
        assert_eq!(with_tone('b', Tone::Acute), None);
    }
}
