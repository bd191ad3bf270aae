//! Tokens of the entity grammars: words (with joiners: `LĐ-TB&XH`, `TP.HCM`), punctuation and
//! line breaks, each with its orthographic [`Shape`] and a matching key (lowercase,
//! tone-canonical: `uỷ` and `ủy` give the same key) in one key string that the lexicon automata
//! run over.

use crate::text::{base_and_tone, with_tone, Tone};

use super::Mention;

/// Letter class of a character: (is letter or digit, is uppercase, lowercase form). Fast for
/// ASCII and the Vietnamese ranges, generic otherwise.
#[inline]
fn class(c: char) -> (bool, bool, char) {
    let u = c as u32;
    if u < 0x80 {
        return (c.is_ascii_alphanumeric(), c.is_ascii_uppercase(), c.to_ascii_lowercase());
    }
    match u {
        0xC0..=0xDE if u != 0xD7 => (true, true, char::from_u32(u + 0x20).unwrap_or(c)),
        0xDF..=0xFF if u != 0xF7 => (true, false, c),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => (true, true, char::from_u32(u + 1).unwrap_or(c)),
        0x1AF => (true, true, '\u{1B0}'),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => (true, false, c),
        0x1EA0..=0x1EF9 => {
            if u.is_multiple_of(2) {
                (true, true, char::from_u32(u + 1).unwrap_or(c))
            } else {
                (true, false, c)
            }
        }
        _ => {
            let word = c.is_alphanumeric();
            let upper = c.is_uppercase();
            (word, upper, c.to_lowercase().next().unwrap_or(c))
        }
    }
}

/// Moves the tone of a word-final `oa`, `oe`, `uy` in `out[start..]` to the traditional place
/// (`hoà` → `hòa`, `uỷ` → `ủy`), as [`crate::text::canonical_tones`] does for these rimes.
fn fix_tone(out: &mut String, start: usize) {
    let tail = &out[start..];
    let mut it = tail.chars().rev();
    let (Some(last), Some(prev)) = (it.next(), it.next()) else {
        return;
    };
    let before = it.next();
    let glide = match prev {
        'o' => ['a', 'e'].as_slice(),
        'u' if before != Some('q') => ['y'].as_slice(),
        _ => return,
    };
    let Some((base, tone)) =
        base_and_tone(last).filter(|&(b, t)| t != Tone::Level && glide.contains(&b))
    else {
        return;
    };
    let Some(toned) = with_tone(prev, tone) else {
        return;
    };
    let cut = out.len() - last.len_utf8() - prev.len_utf8();
    out.truncate(cut);
    out.push(toned);
    out.push(base);
}

/// The matching key of a phrase: lowercase, tone-canonical, single spaces.
pub(crate) fn phrase_key(s: &str) -> String {
    let doc = Doc::new(s);
    key_span(&doc, 0, doc.len())
}

/// Keys of tokens `s..e` joined by spaces.
pub(crate) fn key_span(doc: &Doc, s: usize, e: usize) -> String {
    let mut out = String::new();
    for i in s..e {
        if i > s {
            out.push(' ');
        }
        out.push_str(doc.key(i));
    }
    out
}

/// Whether the tokens from `s` have the keys of `phrase`'s space-separated words, without
/// building the span's key ([`key_span`] allocates).
pub(crate) fn span_is(doc: &Doc, s: usize, phrase: &str) -> bool {
    // (word by word from the front, by bytes: this is asked at most tokens, and most calls end
    // at the first word)
    let mut rest = phrase.as_bytes();
    let mut k = s;
    loop {
        if k >= doc.len() {
            return false;
        }
        let Some(tail) = rest.strip_prefix(doc.key(k).as_bytes()) else {
            return false;
        };
        match tail.split_first() {
            None => return true,
            Some((b' ', more)) => rest = more,
            Some(_) => return false,
        }
        k += 1;
    }
}

/// Whether token `k` is the honorific "ông" or "bà" (by its key), which opens a person's
/// mention.
pub(crate) fn is_honorific(doc: &Doc, k: usize) -> bool {
    matches!(doc.key(k), "ông" | "bà")
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/// The orthographic shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// All lowercase letters.
    Lower,
    /// Capital then lowercase letters ("Nguyễn", "Y").
    Title,
    /// Capitals, possibly with joiners ("UBND", "LĐ-TB&XH", "TP.HCM").
    Upper,
    /// Digits or mixed case ("24-CT/TU", "ThS", "Tp.HCM").
    Other,
    /// One punctuation character.
    Punct,
    /// A line break (paragraph boundary).
    Break,
}

/// One token: byte spans in the text and in the key string.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub(crate) ks: usize,
    pub(crate) ke: usize,
    pub shape: Shape,
    /// Whether the token's text starts with a capital letter ([`Doc::is_cap`], asked several
    /// times per token: read once here).
    pub(crate) cap: bool,
}

/// A tokenised text with its key view.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub(crate) key: String,
    pub toks: Vec<Tok>,
    /// Per token, the lexicon bits of its key (empty while the lexicons are being built).
    pub(crate) masks: Vec<u32>,
}

/// Whether `text` starts with a capital letter (a token's [`Tok::cap`]).
#[inline]
fn starts_cap(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// The character at byte `p`, if `p` is a char boundary inside `text`.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    let &b = text.as_bytes().get(p)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(p..)?.chars().next()
    }
}

/// Whether `rest` opens with a lowercase Vietnamese syllable glued to the word before it: a
/// consonant, then lowercase letters up to the word's end, one of them marked (not ASCII).
fn lowercase_syllable(rest: &str) -> bool {
    let syllable: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let consonant = syllable.chars().next().is_some_and(|c| "bcdđghklmnpqrstvx".contains(c));
    consonant
        && syllable.chars().count() >= 2
        && syllable.chars().all(char::is_lowercase)
        && !syllable.is_ascii()
        && !rest[syllable.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Whether `w` is capitalised parts joined by apostrophes ("B’Krông", "H'Hen"): each part one
/// capital letter then lowercase letters only.
fn apostrophe_title(w: &str) -> bool {
    let mut parts = w.split(['\'', '’']);
    let title = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    w.contains(['\'', '’']) && parts.all(title)
}

/// Whether `rest` starts with a word that opens a post ("nguyên", "Phó", "Chủ tịch",
/// "Trưởng", "Cục trưởng", "Ủy viên") followed by a space. (Words that open a post, not a
/// sentence: the sentence openers are in `lexicon::openers`.)
fn post_opener(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "nguyên ",
        "phó ",
        "cựu ",
        "Nguyên ",
        "Phó ",
        "Cựu ",
        "Chủ tịch ",
        "Giám đốc ",
        "Bí thư ",
        // ("Nguyễn Ngọc Sơn-Trưởng Công an huyện", "Hồ Sỹ Hùng-Cục trưởng Cục …", "Nguyễn
        // Hồng Lĩnh-Ủy viên Trung ương Đảng": a head "… trưởng" or a member)
        "Trưởng ",
        "Cục trưởng ",
        "Vụ trưởng ",
        "Viện trưởng ",
        "Bộ trưởng ",
        "Thứ trưởng ",
        "Hiệu trưởng ",
        "Đội trưởng ",
        "Thủ trưởng ",
        "Ủy viên ",
        "Chủ nhiệm ",
        "Chánh ",
        "Tổng ",
        "Quyền ",
    ];
    OPENERS.iter().any(|w| rest.starts_with(w))
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '-' | '&' | '/' | '\'' | '’')
}

impl<'a> Doc<'a> {
    /// Tokenises `text`.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut doc = Doc {
            text,
            key: String::with_capacity(text.len() + 16),
            toks: Vec::with_capacity(text.len() / 5),
            masks: Vec::new(),
        };
        let at = |p: usize| char_at(text, p);
        let mut pos = 0;
        while let Some(c) = at(pos) {
            let (word, _, _) = class(c);
            if word {
                pos = doc.word(pos);
            } else if c == '\n' {
                let mut j = pos + 1;
                while let Some(w) = at(j).filter(|w| w.is_whitespace()) {
                    j += w.len_utf8();
                }
                doc.push_raw(pos, pos + 1, Shape::Break, "\n");
                pos = j;
            } else if c.is_whitespace() {
                pos += c.len_utf8();
            } else {
                let k = match c {
                    '–' | '—' | '‐' | '‑' | '−' => '-',
                    '’' => '\'',
                    _ => c,
                };
                let mut buf = [0u8; 4];
                let e = pos + c.len_utf8();
                doc.push_raw(pos, e, Shape::Punct, k.encode_utf8(&mut buf));
                pos = e;
            }
        }
        doc
    }

    /// Reads one word starting at byte `start`; returns the byte after it.
    fn word(&mut self, start: usize) -> usize {
        let text = self.text;
        let at = |p: usize| char_at(text, p);
        let ks = self.key.len();
        let (mut letters, mut upper, mut digits, mut first_upper) = (0usize, 0usize, 0usize, false);
        let mut pos = start;
        // The word so far is a lowercase Vietnamese syllable after its first letter, with a
        // tone or vowel mark ("trưởng").
        let mut marked = false;
        while let Some(c) = at(pos) {
            let (word, up, low) = class(c);
            // "Bộ trưởngBộ Giáo dục": a space lost before a capitalised syllable (legal portals'
            // copies) splits the word.
            if up
                && marked
                && upper <= usize::from(first_upper)
                && digits == 0
                && at(pos + c.len_utf8())
                    .is_some_and(|n| class(n).0 && !class(n).1 && n.is_alphabetic())
            {
                break;
            }
            // "Ủy ban Thường vụ QHđã ra nghị quyết": a space lost after an abbreviation in
            // capitals before a lowercase syllable that opens with a consonant and bears a
            // Vietnamese mark splits the word ("TTg", "VNPost", "IDs" stay whole, and so do
            // apostrophe names: "B’Krông").
            if word
                && !up
                && letters >= 2
                && upper == letters
                && digits == 0
                && !text[start..pos].contains(['\'', '’'])
                && lowercase_syllable(&text[pos..])
            {
                break;
            }
            marked |= word && !up && !c.is_ascii() && pos > start;
            if word {
                if c.is_ascii_digit() {
                    digits += 1;
                } else {
                    letters += 1;
                    if up {
                        upper += 1;
                        first_upper |= pos == start;
                    }
                }
                self.key.push(low);
                pos += c.len_utf8();
                continue;
            }
            if !is_joiner(c) {
                break;
            }
            let next = pos + c.len_utf8();
            let Some(n1) = at(next).filter(|&n| class(n).0) else {
                break;
            };
            // "Hà Văn Tiên-nguyên Trưởng phòng", "Lê Văn Nam-Phó Chủ tịch": a capitalised
            // syllable glued by a hyphen to a word that opens a post splits there.
            if c == '-' && first_upper && upper == 1 && digits == 0 && post_opener(&text[next..]) {
                break;
            }
            // "TP.Hồ Chí Minh": split before a capitalised syllable after a dot.
            if c == '.'
                && class(n1).1
                && at(next + n1.len_utf8())
                    .is_some_and(|n2| class(n2).0 && !class(n2).1 && n2.is_alphabetic())
            {
                break;
            }
            self.key.push(if c == '’' { '\'' } else { c });
            pos = next;
        }
        fix_tone(&mut self.key, ks);
        let shape = if digits > 0 || letters == 0 {
            Shape::Other
        } else if upper == 0 {
            Shape::Lower
        } else if first_upper && upper == 1 {
            Shape::Title
        } else if upper == letters {
            Shape::Upper
        } else if first_upper && apostrophe_title(&text[start..pos]) {
            // "B’Krông", "H'Mông": an ethnic name's syllables joined by an apostrophe, each
            // capitalised, read as one capitalised word.
            Shape::Title
        } else {
            Shape::Other
        };
        let ke = self.key.len();
        self.key.push(' ');
        let cap = starts_cap(&text[start..pos]);
        self.toks.push(Tok { s: start, e: pos, ks, ke, shape, cap });
        pos
    }

    fn push_raw(&mut self, s: usize, e: usize, shape: Shape, key: &str) {
        let ks = self.key.len();
        self.key.push_str(key);
        let ke = self.key.len();
        self.key.push(' ');
        let cap = starts_cap(&self.text[s..e]);
        self.toks.push(Tok { s, e, ks, ke, shape, cap });
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Key of token `i` ("" past the end).
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.key[t.ks..t.ke])
    }

    /// Text of token `i` ("" past the end).
    #[inline]
    pub fn tok_text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.s..t.e])
    }

    /// Shape of token `i` (`Break` past the end).
    #[inline]
    pub fn shape(&self, i: usize) -> Shape {
        self.toks.get(i).map_or(Shape::Break, |t| t.shape)
    }

    /// Whether token `i` is the punctuation `c`.
    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.shape(i) == Shape::Punct && self.tok_text(i).starts_with(c)
    }

    /// Whether token `i` is a hyphen or an en dash, the two dashes that set off a title or a
    /// parent body ("ông A - Bí thư …", "ông A – Bí thư …").
    #[inline]
    pub fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, '-') || self.is_punct(i, '–')
    }

    /// Whether token `i` is a word (any letters or digits).
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        !matches!(self.shape(i), Shape::Punct | Shape::Break)
    }

    /// Whether token `i` starts with a capital letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// Whether token `i` is a year written in four digits ("2017").
    #[inline]
    pub fn is_year(&self, i: usize) -> bool {
        let t = self.key(i);
        t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether token `i` is a number written in digits only ("389", "7"; false past the end).
    #[inline]
    pub fn is_number(&self, i: usize) -> bool {
        let t = self.key(i);
        !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether token `i` follows token `i - 1` with nothing between them (`P.Tân`).
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].e == self.toks[i].s
    }

    /// Whether tokens `i - 1` and `i` are separated by exactly one plain space.
    #[inline]
    pub fn adjacent(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let (a, b) = (self.toks[i - 1].e, self.toks[i].s);
        b == a + 1 && self.text.as_bytes().get(a) == Some(&b' ')
    }

    /// Mention for tokens `s..e`.
    pub fn mention(&self, s: usize, e: usize) -> Mention {
        let (bs, be) = (self.toks[s].s, self.toks[e - 1].e);
        Mention { start: bs, end: be, text: self.text[bs..be].to_string() }
    }

    /// Text of tokens `s..e`.
    #[inline]
    pub fn span_text(&self, s: usize, e: usize) -> &str {
        &self.text[self.toks[s].s..self.toks[e - 1].e]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_span_is(text: &str, s: usize, phrase: &str, expected: bool) {
        assert_eq!(span_is(&Doc::new(text), s, phrase), expected, "{text:?} at {s}: {phrase:?}");
    }

    #[test]
    fn spans_by_key() {
        check_span_is("Ban Thường vụ Huyện ủy", 3, "huyện ủy", true);
        check_span_is("Ban Thường vụ Huyện uỷ", 3, "huyện ủy", true);
        check_span_is("Ban Thường vụ", 0, "ban", true);
        // A prefix of a word is no word; the phrase runs past the text; a different word.
        check_span_is("Ban Thường vụ", 1, "thường v", false);
        check_span_is("Ban Thường vụ", 1, "thường vụ huyện", false);
        check_span_is("Ban Thường vụ", 0, "ban thường vụ", true);
        check_span_is("Ban Thường vụ", 0, "bà", false);
        check_span_is("Ban Thường vụ", 3, "ban", false);
    }
}
