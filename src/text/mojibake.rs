//! Detection and repair of double-encoded UTF-8 (`vietnamese.md` §3.7).
//!
//! Mojibake arises when UTF-8 bytes are decoded as Latin-1 or Windows-1252 and the result is
//! stored again as UTF-8: `Động` (`C4 90 E1 BB 99 6E 67`) turns into `Äá»ng`, where the
//! U+0090 between `Ä` and `á` is an invisible C1 control. Repair maps every character back to
//! its single byte and decodes those bytes as UTF-8.
//!
//! The repair is conservative: a text (or, failing that, a chunk of it between line breaks and
//! HTML delimiters) is rewritten only when *every* character maps back to a byte, the bytes are
//! valid UTF-8, and the mojibake score drops. Genuine Vietnamese text holds letters outside
//! Latin-1 (`ơ ư đ ạ ế` …), so it never qualifies.

use std::borrow::Cow;

/// Windows-1252 bytes 0x80–0x9F as Unicode (WHATWG table). The five bytes Windows-1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control of the same value.
pub(super) const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The single byte a character came from when UTF-8 was misread as Latin-1 or Windows-1252.
/// Latin-1 covers U+0000–U+00FF (C1 controls included); Windows-1252 adds `€ ‚ ƒ „ … † ‡ ˆ ‰ Š
/// ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ` for 0x80–0x9F. The two never conflict, so one table
/// serves both.
fn byte_of(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return u8::try_from(u).ok();
    }
    // Quick reject: the Windows-1252 extras are U+0152–U+0192, U+02C6, U+02DC, U+2013–U+2122.
    if !matches!(u, 0x152..=0x192 | 0x2C6 | 0x2DC | 0x2013..=0x2122) {
        return None;
    }
    CP1252_HIGH.iter().position(|&x| x == c).and_then(|i| u8::try_from(0x80 + i).ok())
}

/// Mojibake evidence in `s`: the number of C1 control characters (U+0080–U+009F) plus the number
/// of character sequences that spell a valid multi-byte UTF-8 character when read back as bytes
/// (`Ã¡`, `Ä‘`, `á»‡`, `Æ°` …) and that character is one double-encoded text plausibly held:
/// Latin (U+00A0–U+024F, U+02B0–U+02FF, U+1E00–U+1EFF), a combining mark, Greek or Cyrillic,
/// or general punctuation, `€`, `™`. A two-character sequence whose second character is a
/// non-breaking space (`Ã` + NBSP, maybe a capital letter before an NBSP) does not count, nor do
/// accidental sequences like `ì…”` (it would spell a Hangul syllable). Genuine text scores 0.
pub fn mojibake_score(s: &str) -> usize {
    // Only two kinds of character score, and both are encoded with a first byte 0xC2 or 0xC3: a
    // C1 control (U+0080–U+009F, `C2 80`–`C2 9F`) and a lead byte read as Latin-1 (U+00C2–U+00F4,
    // `C3 82`–`C3 B4`). Every other character is passed over by a vectorised byte search, so the
    // cost follows the few candidates, not the page's length.
    let mut score = 0;
    let mut from = 0;
    for p in memchr::memchr2_iter(0xC2, 0xC3, s.as_bytes()) {
        if p < from {
            continue; // inside a sequence already counted
        }
        let Some(c) = s.get(p..).and_then(|t| t.chars().next()) else { continue };
        if ('\u{0080}'..='\u{009F}').contains(&c) {
            score += 1;
            continue;
        }
        let rest = s[p + c.len_utf8()..].chars();
        if let Some((len, decoded)) = sequence_at(c, rest.clone()) {
            let nbsp_tail = len == 2 && rest.clone().next() == Some('\u{00A0}');
            if plausible(decoded) && !nbsp_tail {
                score += 1;
                let tail: usize = rest.take(len - 1).map(char::len_utf8).sum();
                from = p + c.len_utf8() + tail;
            }
        }
    }
    score
}

/// [`mojibake_score`] as it was first written, one character at a time: the reference the
/// byte search is checked against.
#[cfg(test)]
fn mojibake_score_by_chars(s: &str) -> usize {
    let mut score = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if ('\u{0080}'..='\u{009F}').contains(&c) {
            score += 1;
            continue;
        }
        if c.is_ascii() {
            continue;
        }
        if let Some((len, decoded)) = sequence_at(c, chars.clone()) {
            let nbsp_tail = len == 2 && chars.clone().next() == Some('\u{00A0}');
            if plausible(decoded) && !nbsp_tail {
                score += 1;
                for _ in 1..len {
                    chars.next();
                }
            }
        }
    }
    score
}

/// Characters that double-encoded news text plausibly contained.
fn plausible(c: char) -> bool {
    matches!(c,
        '\u{00A0}'..='\u{024F}'
        | '\u{02B0}'..='\u{036F}'
        | '\u{0370}'..='\u{04FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2000}'..='\u{206F}'
        | '\u{20AC}'
        | '\u{2122}')
}

/// When `lead` followed by `rest` spells a mis-decoded UTF-8 character: its length in
/// characters (2–4) and the character.
fn sequence_at(lead: char, mut rest: std::str::Chars<'_>) -> Option<(usize, char)> {
    let lead = byte_of(lead)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut buf = [lead, 0, 0, 0];
    for slot in buf.iter_mut().take(len).skip(1) {
        let b = byte_of(rest.next()?)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        *slot = b;
    }
    let decoded = std::str::from_utf8(&buf[..len]).ok()?.chars().next()?;
    Some((len, decoded))
}

/// Whether `s` looks like double-encoded UTF-8: it holds a C1 control character, or at least
/// three mis-decoded sequences (see [`mojibake_score`]), or mis-decoded sequences make up at
/// least 1 % of its non-ASCII characters.
pub fn is_mojibake(s: &str) -> bool {
    if s.is_ascii() {
        return false;
    }
    if s.chars().any(|c| ('\u{0080}'..='\u{009F}').contains(&c)) {
        return true;
    }
    let score = mojibake_score(s);
    if score == 0 {
        return false;
    }
    let non_ascii = s.chars().filter(|c| !c.is_ascii()).count();
    score >= 3 || score * 100 >= non_ascii
}

/// Maps every character of `s` back to its byte and decodes the bytes as UTF-8; `None` when a
/// character has no byte or the bytes are not valid UTF-8.
fn reencode(s: &str) -> Option<String> {
    let bytes: Option<Vec<u8>> = s.chars().map(byte_of).collect();
    String::from_utf8(bytes?).ok()
}

/// Repairs double-encoded UTF-8 (`Lao Äá»ng` → `Lao Động`). Returns the input unchanged (and
/// borrowed) when it is not mojibake (see [`is_mojibake`]) or cannot be repaired safely.
///
/// The whole text is tried first; when it holds characters that cannot be mapped back (a page
/// mixing good and broken text), each chunk between `\n`, `<`, `>` and `"` is tried on its own.
/// A result is kept only if the bytes are valid UTF-8 and the mojibake score falls. Text that was
/// double-encoded twice is repaired in up to three rounds. C1 controls left over at the end
/// (single Windows-1252 bytes read as Latin-1: `we\u{92}re`) become their Windows-1252
/// characters (`we’re`).
pub fn repair_mojibake(s: &str) -> Cow<'_, str> {
    if !is_mojibake(s) {
        return Cow::Borrowed(s);
    }
    let mut current: Cow<'_, str> = Cow::Borrowed(s);
    let mut score = mojibake_score(s);
    for _ in 0..3 {
        if score == 0 {
            break;
        }
        let candidate = reencode(&current).or_else(|| repair_chunks(&current));
        match candidate {
            Some(fixed) => {
                let new_score = mojibake_score(&fixed);
                if new_score >= score {
                    break;
                }
                score = new_score;
                current = Cow::Owned(fixed);
            }
            None => break,
        }
    }
    if current.chars().any(is_mappable_c1) {
        current = Cow::Owned(current.chars().map(c1_to_cp1252).collect());
    }
    current
}

/// A C1 control that Windows-1252 assigns a printable character (all but 0x81, 0x8D, 0x8F,
/// 0x90, 0x9D).
fn is_mappable_c1(c: char) -> bool {
    ('\u{0080}'..='\u{009F}').contains(&c) && c1_to_cp1252(c) != c
}

/// Reads a C1 control as the Windows-1252 byte it most likely was (`U+0092` → `’`): what is left
/// when single Windows-1252 bytes, not UTF-8, were mistaken for Latin-1.
fn c1_to_cp1252(c: char) -> char {
    match c {
        '\u{0080}'..='\u{009F}' => CP1252_HIGH[(c as usize) - 0x80],
        _ => c,
    }
}

/// Chunk-wise repair; `None` when no chunk changed.
fn repair_chunks(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for chunk in s.split_inclusive(['\n', '<', '>', '"']) {
        let (body, delim) = match chunk.char_indices().last() {
            Some((i, '\n' | '<' | '>' | '"')) => chunk.split_at(i),
            _ => (chunk, ""),
        };
        match (mojibake_score(body) > 0).then(|| reencode(body)).flatten() {
            Some(fixed) if mojibake_score(&fixed) < mojibake_score(body) => {
                out.push_str(&fixed);
                changed = true;
            }
            _ => out.push_str(body),
        }
        out.push_str(delim);
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Produces mojibake the way it happens in the wild: UTF-8 bytes read as Windows-1252 (or
    /// Latin-1 when `latin1`).
    fn break_text(s: &str, latin1: bool) -> String {
        s.bytes()
            .map(|b| {
                if latin1 || !(0x80..=0x9F).contains(&b) {
                    char::from(b)
                } else {
                    CP1252_HIGH[usize::from(b - 0x80)]
                }
            })
            .collect()
    }

    /// The byte search scores every text as the character loop does.
    #[test]
    fn score_matches_the_character_loop() {
        let texts = [
            "Lao \u{00C4}\u{0090}\u{00E1}\u{00BB}\u{0099}ng",
            "B\u{00C3}\u{00A1}o B\u{00C3}\u{00A1}o \u{00C3}\u{00A0}",
            "Lao Động, café crème, ì…” à\u{00A0}b",
            "\u{0092}we\u{0092}re \u{00C2}\u{00A0} \u{00C3}",
            "\u{00E2}\u{0080}\u{0099} \u{00E2}\u{0080} \u{00F0}\u{009F}\u{0098}\u{0080}",
            "",
        ];
        let broken = break_text("Chỉ thị số 24-CT/TU ngày 7/8/2023 — “Hà Nội” €", false);
        let latin1 = break_text("Thủy điện Sơn La 😀", true);
        for t in texts.iter().copied().chain([broken.as_str(), latin1.as_str()]) {
            assert_eq!(mojibake_score(t), mojibake_score_by_chars(t), "{t:?}");
        }
    }

    fn check(input: &str, expected: &str) {
        assert_eq!(repair_mojibake(input), expected, "repair_mojibake({input:?})");
        assert!(!is_mojibake(expected), "expected text flagged: {expected:?}");
    }

    #[test]
    fn repair_cases() {
        let cases: &[(&str, &str)] = &[
            ("Lao \u{00C4}\u{0090}\u{00E1}\u{00BB}\u{0099}ng", "Lao Động"),
            ("B\u{00C3}\u{00A1}o", "Báo"),
            // genuine text is left alone
            ("Lao Động", "Lao Động"),
            ("café crème", "café crème"),
            ("NGÃ\u{00A0}BA", "NGÃ\u{00A0}BA"),
            ("gì…”", "gì…”"),
            ("we\u{92}re \u{93}here\u{94}", "we’re “here”"),
            ("Iâ€™d", "I’d"),
            ("Trezy Ã\u{97} Pennylane", "Trezy × Pennylane"),
            ("Nói gì…”", "Nói gì…”"),
            ("Ê”", "Ê”"),
            ("plain", "plain"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn roundtrip_cases() {
        let samples = [
            "Người lao động — “Công đoàn” … Thủ tướng ‘chỉ đạo’",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG",
            "Tin tức mới nhất 24h: thời sự, chính trị, kinh tế, văn hóa",
        ];
        for s in samples {
            for latin1 in [true, false] {
                let broken = break_text(s, latin1);
                assert!(is_mojibake(&broken), "not detected: {broken:?}");
                check(&broken, s);
            }
        }
    }

    #[test]
    fn mixed_text_repairs_by_chunk() {
        let good = "Chính phủ";
        let broken = break_text("Lao Động", true);
        let input = format!("<p>{good}</p>\n<p>{broken}</p>");
        check(&input, "<p>Chính phủ</p>\n<p>Lao Động</p>");
    }

    #[test]
    fn double_double_encoding() {
        let once = break_text("Động lực", true);
        let twice = break_text(&once, true);
        check(&twice, "Động lực");
    }
}
