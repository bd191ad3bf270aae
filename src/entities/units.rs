//! Units: organisations, agencies and Party bodies ("Sở LĐ-TB&XH Hà Nội", "Ban Thường vụ
//! Thành ủy Hà Nội", "UBND TP.HCM"), and the shared machinery the officials extractor uses.
//!
//! The grammar (`docs/vietnamese.md` §4.3) is
//! `Org = Body (Nested | Field | Connector | FreeName)* [Place]`:
//! a body from `lexicon/units.txt` or an abbreviation (`UBND`, `BTV`), then nested bodies
//! ("Ban Thường vụ" + "Thành ủy"), fields ("Tài chính", `LĐ-TB&XH`), lowercase connectors
//! ("khối các cơ quan"), a free-form proper name for open bodies ("Trung tâm Bảo trợ xã hội X")
//! and a locality ("TP Hà Nội", "huyện Sóc Sơn", `TP.HCM`).
//!
//! Every unit also yields *latent* inner units ("Thành ủy Hà Nội" inside "Ban Thường vụ Thành
//! ủy Hà Nội"); they are reported only when a standalone mention elsewhere in the text refers
//! to them. Short mentions ("Thành ủy", "Sở") merge into the unique longer unit whose
//! canonical name they begin; a bare generic body that merges nowhere is dropped.
//!
//! Lexicons are data files under `lexicon/`, embedded at compile time and compiled once into
//! anchored leftmost-longest Aho-Corasick automata over a lowercase, tone-canonical key view of
//! the text (`uỷ` and `ủy` give the same key).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use super::{Mention, Unit};

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

const TONED_A: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
const TONED_E: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
const TONED_Y: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
const TONED_O: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const TONED_U: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];

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
/// (`hoà` → `hòa`, `uỷ` → `ủy`), as `text::canonical_tones` does.
fn fix_tone(out: &mut String, start: usize) {
    let tail = &out[start..];
    let mut it = tail.chars().rev();
    let (Some(last), Some(prev)) = (it.next(), it.next()) else {
        return;
    };
    let before = it.next();
    let fixed = if prev == 'o' {
        TONED_A
            .iter()
            .position(|&t| t == last)
            .map(|p| (TONED_O[p], 'a'))
            .or_else(|| TONED_E.iter().position(|&t| t == last).map(|p| (TONED_O[p], 'e')))
    } else if prev == 'u' && before != Some('q') {
        TONED_Y.iter().position(|&t| t == last).map(|p| (TONED_U[p], 'y'))
    } else {
        None
    };
    if let Some((v1, v2)) = fixed {
        let cut = out.len() - last.len_utf8() - prev.len_utf8();
        out.truncate(cut);
        out.push(v1);
        out.push(v2);
    }
}

/// The matching key of a phrase: lowercase, tone-canonical, single spaces.
pub(crate) fn phrase_key(s: &str) -> String {
    let doc = Doc::new(s);
    let mut out = String::new();
    for (i, _) in doc.toks.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(doc.key(i));
    }
    out
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
    ks: usize,
    ke: usize,
    pub shape: Shape,
}

/// A tokenised text with its key view.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    key: String,
    pub toks: Vec<Tok>,
    /// Per token, the lexicon bits of its key (empty while the lexicons are being built).
    masks: Vec<u32>,
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

    /// Tokenises `text` and looks every token up in the lexicons once.
    pub fn analyse(text: &'a str) -> Doc<'a> {
        let mut doc = Doc::new(text);
        let first = &LEX.first;
        doc.masks =
            (0..doc.toks.len()).map(|i| first.get(doc.key(i)).copied().unwrap_or(0)).collect();
        doc
    }

    /// Whether token `i` is a family name.
    pub fn is_surname(&self, i: usize) -> bool {
        self.masks.get(i).is_some_and(|m| m & BIT_SURNAME != 0)
    }

    /// Reads one word starting at byte `start`; returns the byte after it.
    fn word(&mut self, start: usize) -> usize {
        let text = self.text;
        let at = |p: usize| char_at(text, p);
        let ks = self.key.len();
        let (mut letters, mut upper, mut digits, mut first_upper) = (0usize, 0usize, 0usize, false);
        let mut pos = start;
        while let Some(c) = at(pos) {
            let (word, up, low) = class(c);
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
        } else {
            Shape::Other
        };
        let ke = self.key.len();
        self.key.push(' ');
        self.toks.push(Tok { s: start, e: pos, ks, ke, shape });
        pos
    }

    fn push_raw(&mut self, s: usize, e: usize, shape: Shape, key: &str) {
        let ks = self.key.len();
        self.key.push_str(key);
        let ke = self.key.len();
        self.key.push(' ');
        self.toks.push(Tok { s, e, ks, ke, shape });
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Key of token `i` ("" past the end).
    pub fn key(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.key[t.ks..t.ke])
    }

    /// Text of token `i` ("" past the end).
    pub fn tok_text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.s..t.e])
    }

    /// Shape of token `i` (`Break` past the end).
    pub fn shape(&self, i: usize) -> Shape {
        self.toks.get(i).map_or(Shape::Break, |t| t.shape)
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.shape(i) == Shape::Punct && self.tok_text(i).starts_with(c)
    }

    /// Whether token `i` is a word (any letters or digits).
    pub fn is_word(&self, i: usize) -> bool {
        !matches!(self.shape(i), Shape::Punct | Shape::Break)
    }

    /// Whether token `i` starts with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.tok_text(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Whether tokens `i - 1` and `i` are separated by exactly one plain space.
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
    pub fn span_text(&self, s: usize, e: usize) -> &str {
        &self.text[self.toks[s].s..self.toks[e - 1].e]
    }
}

// ---------------------------------------------------------------------------------------------
// Lexicons
// ---------------------------------------------------------------------------------------------

/// A phrase automaton with one payload per pattern.
pub(crate) struct Lex<T> {
    ac: Option<AhoCorasick>,
    vals: Vec<T>,
    /// This lexicon's bit in [`Lexicons::first`].
    bit: u32,
    /// First word of every pattern.
    firsts: Vec<String>,
}

/// FNV-1a: a fast hash for the short word keys of the lexicon tables.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Hash map keyed by word keys.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// Hash set of word keys.
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

const BIT_SURNAME: u32 = 1 << 30;
const BIT_ABBREV: u32 = 1 << 31;
const BIT_COMMON: u32 = 1 << 29;

impl<T: Copy> Lex<T> {
    fn new(bit: u32, entries: Vec<(String, T)>) -> Lex<T> {
        let mut seen = HashSet::new();
        let mut firsts = Vec::new();
        let mut pats = Vec::new();
        let mut vals = Vec::new();
        for (phrase, v) in entries {
            let k = phrase_key(&phrase);
            if k.is_empty() || !seen.insert(k.clone()) {
                continue;
            }
            firsts.push(k.split(' ').next().unwrap_or("").to_string());
            pats.push(format!("{k} "));
            vals.push(v);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&pats)
            .ok();
        Lex { ac, vals, bit: 1 << bit, firsts }
    }

    /// Longest phrase starting at token `i`: (end token, payload).
    pub fn at(&self, doc: &Doc, i: usize) -> Option<(usize, T)> {
        if doc.masks.get(i).is_some_and(|m| m & self.bit == 0) {
            return None;
        }
        let ac = self.ac.as_ref()?;
        let t = doc.toks.get(i)?;
        if !doc.is_word(i) {
            return None;
        }
        let m = ac.find(Input::new(&doc.key).range(t.ks..).anchored(Anchored::Yes))?;
        let end = m.end() - 1; // the trailing space
        let j = doc.toks[i..].partition_point(|t| t.ke < end) + i;
        (j < doc.toks.len() && doc.toks[j].ke == end)
            .then(|| (j + 1, self.vals[m.pattern().as_usize()]))
    }
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Kind of a unit body (see `lexicon/units.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Standalone,
    Generic,
    Open,
    Nested,
    NotUnit,
}

/// Role of a one-token abbreviation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body(Kind),
    Field,
    Place,
    Admin,
}

struct Abbrev {
    role: Role,
    expansion: String,
}

/// All lexicons, built once.
pub(crate) struct Lexicons {
    bodies: Lex<Kind>,
    fields: Lex<()>,
    places: Lex<()>,
    admin: Lex<()>,
    connectors: Lex<()>,
    stopwords: Lex<()>,
    abbrevs: FastMap<String, Abbrev>,
    /// Word key → bits of the lexicons having a phrase that starts with it.
    first: FastMap<String, u32>,
    pub(crate) titles: Lex<bool>,
    pub(crate) modifiers: Lex<()>,
    pub(crate) prefixes: Lex<()>,
    pub(crate) historical: FastSet<String>,
    pub(crate) blockers: Lex<()>,
}

fn simple(bit: u32, data: &str) -> Lex<()> {
    Lex::new(bit, lines(data).map(|l| (l.to_string(), ())).collect())
}

fn build() -> Lexicons {
    let bodies = lines(include_str!("lexicon/units.txt"))
        .filter_map(|l| {
            let (k, phrase) = l.split_once(' ')?;
            let kind = match k {
                "S" => Kind::Standalone,
                "G" => Kind::Generic,
                "O" => Kind::Open,
                "N" => Kind::Nested,
                "X" => Kind::NotUnit,
                _ => return None,
            };
            Some((phrase.trim().to_string(), kind))
        })
        .collect();
    let mut abbrevs = FastMap::default();
    let table: toml::Table = include_str!("lexicon/abbreviations.toml").parse().unwrap_or_default();
    let mut add = |t: Option<&toml::Value>, role: Role| {
        if let Some(t) = t.and_then(|v| v.as_table()) {
            for (k, v) in t {
                if let Some(exp) = v.as_str() {
                    abbrevs.insert(k.clone(), Abbrev { role, expansion: phrase_key(exp) });
                }
            }
        }
    };
    let b = table.get("bodies");
    add(b.and_then(|b| b.get("S")), Role::Body(Kind::Standalone));
    add(b.and_then(|b| b.get("G")), Role::Body(Kind::Generic));
    add(b.and_then(|b| b.get("N")), Role::Body(Kind::Nested));
    add(table.get("fields"), Role::Field);
    add(table.get("places"), Role::Place);
    add(table.get("admin"), Role::Admin);
    let titles = lines(include_str!("lexicon/titles.txt"))
        .map(|l| match l.strip_suffix('*') {
            Some(h) => (h.trim().to_string(), true),
            None => (l.to_string(), false),
        })
        .collect();
    let mut lex = Lexicons {
        bodies: Lex::new(0, bodies),
        fields: simple(1, include_str!("lexicon/fields.txt")),
        places: simple(2, include_str!("lexicon/places.txt")),
        admin: simple(3, include_str!("lexicon/admin_nouns.txt")),
        connectors: simple(4, include_str!("lexicon/connectors.txt")),
        stopwords: simple(5, include_str!("lexicon/stopwords.txt")),
        abbrevs,
        first: FastMap::default(),
        titles: Lex::new(6, titles),
        modifiers: simple(7, include_str!("lexicon/title_modifiers.txt")),
        prefixes: simple(8, include_str!("lexicon/prefixes.txt")),
        historical: lines(include_str!("lexicon/historical.txt")).map(phrase_key).collect(),
        blockers: simple(9, include_str!("lexicon/name_blockers.txt")),
    };
    let mut first: FastMap<String, u32> = FastMap::default();
    let mut mark = |firsts: &[String], bit: u32| {
        for w in firsts {
            *first.entry(w.clone()).or_default() |= bit;
        }
    };
    mark(&lex.bodies.firsts, lex.bodies.bit);
    mark(&lex.titles.firsts, lex.titles.bit);
    for l in [
        &lex.fields,
        &lex.places,
        &lex.admin,
        &lex.connectors,
        &lex.stopwords,
        &lex.modifiers,
        &lex.prefixes,
        &lex.blockers,
    ] {
        mark(&l.firsts, l.bit);
    }
    let surnames: Vec<String> = lines(include_str!("lexicon/surnames.txt"))
        .map(|l| phrase_key(l.trim_end_matches('+')))
        .collect();
    mark(&surnames, BIT_SURNAME);
    let common: Vec<String> = lines(include_str!("lexicon/surnames.txt"))
        .filter_map(|l| l.strip_suffix('+'))
        .map(phrase_key)
        .collect();
    mark(&common, BIT_COMMON);
    let abbrev_keys: Vec<String> = lex.abbrevs.keys().map(|k| phrase_key(k)).collect();
    mark(&abbrev_keys, BIT_ABBREV);
    lex.first = first;
    lex
}

/// The lexicons, compiled on first use.
pub(crate) static LEX: LazyLock<Lexicons> = LazyLock::new(build);

// ---------------------------------------------------------------------------------------------
// Grammar
// ---------------------------------------------------------------------------------------------

fn abbrev<'l>(doc: &Doc, i: usize) -> Option<&'l Abbrev> {
    if doc.masks.get(i).is_some_and(|m| m & BIT_ABBREV == 0)
        || !matches!(doc.shape(i), Shape::Upper | Shape::Other | Shape::Title)
    {
        return None;
    }
    LEX.abbrevs.get(doc.tok_text(i))
}

/// A body starting at `i`: (end, kind). Needs a capital unless `lower_ok`.
fn body_at(doc: &Doc, i: usize, lower_ok: bool) -> Option<(usize, Kind)> {
    if let Some(a) = abbrev(doc, i) {
        if let Role::Body(k) = a.role {
            return Some((i + 1, k));
        }
        return None;
    }
    if !lower_ok && !doc.is_cap(i) {
        return None;
    }
    LEX.bodies.at(doc, i)
}

fn field_at(doc: &Doc, i: usize) -> Option<usize> {
    if let Some(a) = abbrev(doc, i) {
        return (a.role == Role::Field).then_some(i + 1);
    }
    if !doc.is_cap(i) {
        return None;
    }
    LEX.fields.at(doc, i).map(|(e, _)| e)
}

/// Length of the run of adjacent title-case words starting at `i`.
pub(crate) fn title_run(doc: &Doc, i: usize) -> usize {
    let mut r = 0;
    while doc.shape(i + r) == Shape::Title && (r == 0 || doc.adjacent(i + r)) {
        r += 1;
    }
    r
}

/// A known place name (lexicon or one-token abbreviation) starting at `i`.
pub(crate) fn known_place_at(doc: &Doc, i: usize) -> Option<usize> {
    if let Some(a) = abbrev(doc, i) {
        return (a.role == Role::Place).then_some(i + 1);
    }
    if !doc.is_cap(i) {
        return None;
    }
    LEX.places.at(doc, i).map(|(e, _)| e)
}

/// Whether a person's name (surname + 1–3 syllables, the whole title-case run) starts at `i`.
pub(crate) fn starts_name(doc: &Doc, i: usize) -> bool {
    let r = title_run(doc, i);
    (2..=4).contains(&r)
        && doc.is_surname(i)
        && known_place_at(doc, i).is_none()
        && !LEX.historical.contains(&key_span(doc, i, i + r))
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

/// A locality starting at `i`: "TP Hà Nội", "huyện Sóc Sơn", "tỉnh", "Quận 1", `TP.HCM`.
pub(crate) fn place_at(doc: &Doc, i: usize) -> Option<usize> {
    if let Some(e) = known_place_at(doc, i) {
        return Some(e);
    }
    let mut j = match abbrev(doc, i) {
        Some(a) if a.role == Role::Admin => i + 1,
        Some(_) => return None,
        None => LEX.admin.at(doc, i)?.0,
    };
    if doc.key(i) == "xã" && doc.key(j) == "hội" {
        return None;
    }
    if doc.is_punct(j, '.') && doc.shape(j + 1) != Shape::Break && j == i + 1 {
        // "TP. Hà Nội"
        if let Some(e) = known_place_at(doc, j + 1) {
            return Some(e);
        }
        return Some(j);
    }
    if let Some(e) = known_place_at(doc, j) {
        return Some(e);
    }
    if doc.shape(j) == Shape::Other && doc.key(j).chars().all(|c| c.is_ascii_digit()) {
        return Some(j + 1);
    }
    let r = title_run(doc, j);
    if r == 0 {
        return Some(j);
    }
    if r <= 2 {
        j += if r == 2 || !starts_name(doc, j) { r } else { 0 };
        return Some(j);
    }
    // "tỉnh Mai Văn Huỳnh": provinces are all in the lexicon, and a three-word run starting
    // with a common family name is a person, so the locality is the bare noun.
    let common_at = |k: usize| doc.masks.get(k).is_some_and(|m| m & BIT_COMMON != 0);
    if doc.key(i) == "tỉnh" || common_at(j) {
        return Some(j);
    }
    for k in [2, 1, 3] {
        // A three-word run is a three-word place ("Nam Từ Liêm") unless a common family
        // name starts a two-word name after its first word.
        let common = r != 3 || common_at(j + k);
        if k < r && (2..=4).contains(&(r - k)) && doc.is_surname(j + k) && common {
            return Some(j + k);
        }
    }
    Some(j + r.min(3))
}

fn stopword(doc: &Doc, i: usize) -> bool {
    LEX.stopwords.at(doc, i).is_some()
}

/// Free-form proper name after an open or generic body: capitalised words, the lowercase
/// syllable right after each, and up to `bridge` other lowercase words between capitalised
/// ones. Stops at punctuation, stop words, bodies, places and person names.
fn free_name(doc: &Doc, j: usize, bridge: usize) -> Option<usize> {
    if !doc.is_cap(j) || starts_name(doc, j) {
        return None;
    }
    let mut end = j;
    let mut k = j;
    // A lowercase syllable joins the capitalised word right before it when that word starts
    // a capitalised run ("Bảo trợ", "Y tế"), not after a multi-word proper name ("Bát Tràng").
    let mut prev_cap = false;
    let mut cap_run = 0;
    let mut lower_run = 0;
    let n = doc.len();
    while k < n {
        match doc.shape(k) {
            Shape::Title | Shape::Upper | Shape::Other => {
                let digits = doc.key(k).bytes().any(|b| b.is_ascii_digit());
                if k > j && digits && lower_run > 0 {
                    break;
                }
                if k > j
                    && (body_at(doc, k, false).is_some()
                        || starts_name(doc, k)
                        || known_place_at(doc, k).is_some()
                        || place_at(doc, k).is_some())
                {
                    break;
                }
                end = k + 1;
                if doc.shape(k) == Shape::Title {
                    cap_run += 1;
                } else {
                    cap_run = 0;
                }
                prev_cap = cap_run == 1;
                lower_run = 0;
            }
            Shape::Lower => {
                if stopword(doc, k) || place_at(doc, k).is_some() {
                    break;
                }
                cap_run = 0;
                if prev_cap {
                    end = k + 1;
                    prev_cap = false;
                } else {
                    lower_run += 1;
                    if lower_run > bridge {
                        break;
                    }
                }
            }
            _ => break,
        }
        k += 1;
    }
    (end > j).then_some(end)
}

/// A parsed unit phrase.
#[derive(Debug, Clone)]
pub(crate) struct UnitSpan {
    /// First token.
    pub start: usize,
    /// End token (exclusive).
    pub end: usize,
    /// Starts of nested bodies.
    pub inner: Vec<usize>,
    /// Has a qualifier (field, nested body, place or name).
    pub qualified: bool,
    /// Kind of the first body.
    pub kind: Kind,
}

impl UnitSpan {
    /// A generic body with nothing to identify it ("Sở", "Đảng ủy").
    pub fn bare(&self) -> bool {
        !self.qualified && matches!(self.kind, Kind::Generic | Kind::Open)
    }
}

/// Parses a unit starting at token `i`. `lower_ok` accepts a lowercase body (inside titles).
/// A `NotUnit` body gives a span of that kind so callers can skip it.
pub(crate) fn parse_unit(doc: &Doc, i: usize, lower_ok: bool) -> Option<UnitSpan> {
    let (mut j, kind) = body_at(doc, i, lower_ok)?;
    if kind == Kind::Nested {
        return None;
    }
    let mut span = UnitSpan { start: i, end: j, inner: Vec::new(), qualified: false, kind };
    if kind == Kind::NotUnit {
        return Some(span);
    }
    let mut last = kind;
    let mut free_done = false;
    let n = doc.len();
    while j < n {
        if doc.is_punct(j, '(') && doc.shape(j + 1) == Shape::Upper && doc.is_punct(j + 2, ')') {
            j += 3;
            continue;
        }
        if let Some((e, k)) = body_at(doc, j, false) {
            if k == Kind::NotUnit {
                break;
            }
            span.inner.push(j);
            span.qualified = true;
            last = k;
            j = e;
            continue;
        }
        if let Some(e) = field_at(doc, j) {
            span.qualified = true;
            j = e;
            continue;
        }
        if let Some((e, _)) = LEX.connectors.at(doc, j) {
            if body_at(doc, e, false).is_some() || place_at(doc, e).is_some() {
                j = e;
                continue;
            }
        }
        if let Some(e) = place_at(doc, j) {
            span.qualified = true;
            j = e;
            break;
        }
        if !free_done && matches!(last, Kind::Generic | Kind::Open) {
            let bridge = if last == Kind::Open { 6 } else { 2 };
            if let Some(e) = free_name(doc, j, bridge) {
                span.qualified = true;
                free_done = true;
                j = e;
                continue;
            }
        }
        break;
    }
    span.end = j;
    Some(span)
}

// ---------------------------------------------------------------------------------------------
// Canonical names
// ---------------------------------------------------------------------------------------------

fn canonical_span(doc: &Doc, s: usize, e: usize) -> String {
    let mut out = String::new();
    let mut i = s;
    while i < e {
        if doc.is_punct(i, '(')
            && i + 2 < e
            && doc.is_punct(i + 2, ')')
            && doc.shape(i + 1) == Shape::Upper
        {
            i += 3;
            continue;
        }
        let piece: &str = match doc.shape(i) {
            Shape::Punct | Shape::Break => "",
            _ => match abbrev(doc, i) {
                Some(a) => &a.expansion,
                None => doc.key(i),
            },
        };
        if !piece.is_empty() {
            for w in piece.split(' ').filter(|w| !matches!(*w, "" | "-" | "," | ".")) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        i += 1;
    }
    out
}

/// Canonical key of a unit name: abbreviations expanded (`UBND` → "ủy ban nhân dân",
/// `LĐ-TB&XH`, `TP.HCM`, `TP` → "thành phố"), parenthesised abbreviations dropped, lowercase,
/// traditional tone placement, no punctuation. Both spellings of a unit give the same key:
/// `canonical("Sở LĐ-TB&XH Hà Nội") == canonical("Sở Lao động - Thương binh và Xã hội Hà Nội")`.
pub fn canonical(name: &str) -> String {
    let doc = Doc::new(name);
    canonical_span(&doc, 0, doc.len())
}

// ---------------------------------------------------------------------------------------------
// Finding units
// ---------------------------------------------------------------------------------------------

struct Found {
    s: usize,
    e: usize,
    canon: String,
    latent: bool,
    bare: bool,
}

/// Finds the units named in `text` (NFC), one entry per organisation, in order of first mention.
pub fn find(text: &str) -> Vec<Unit> {
    find_in(&Doc::analyse(text))
}

/// [`find`] over an analysed text.
pub(crate) fn find_in(doc: &Doc) -> Vec<Unit> {
    let mut found = Vec::new();
    let n = doc.len();
    let mut i = 0;
    while i < n {
        // A place name is never the start of a unit ("Tây Ban Nha").
        if let Some(e) = known_place_at(doc, i) {
            i = e;
            continue;
        }
        let Some(u) = parse_unit(doc, i, false) else {
            i += 1;
            continue;
        };
        if u.kind != Kind::NotUnit {
            found.push(Found {
                s: u.start,
                e: u.end,
                canon: canonical_span(doc, u.start, u.end),
                latent: false,
                bare: u.bare(),
            });
            for &p in &u.inner {
                if let Some(iu) = parse_unit(doc, p, false) {
                    if iu.end == u.end && !iu.bare() {
                        found.push(Found {
                            s: p,
                            e: u.end,
                            canon: canonical_span(doc, p, u.end),
                            latent: true,
                            bare: false,
                        });
                    }
                }
            }
        }
        i = u.end.max(i + 1);
    }
    merge(doc, found)
}

struct Group {
    canon: String,
    words: Vec<String>,
    items: Vec<usize>,
    real: bool,
    alive: bool,
}

fn merge(doc: &Doc, found: Vec<Found>) -> Vec<Unit> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_canon: HashMap<&str, usize> = HashMap::new();
    for (idx, f) in found.iter().enumerate() {
        if f.canon.is_empty() {
            continue;
        }
        let g = *by_canon.entry(f.canon.as_str()).or_insert_with(|| {
            groups.push(Group {
                canon: f.canon.clone(),
                words: f.canon.split(' ').map(str::to_string).collect(),
                items: Vec::new(),
                real: false,
                alive: true,
            });
            groups.len() - 1
        });
        groups[g].items.push(idx);
        groups[g].real |= !f.latent && !f.bare;
    }
    // Shorter names merge into the longer unit they begin (most mentions wins).
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| groups[g].words.len());
    for &g in &order {
        let target = order
            .iter()
            .copied()
            .filter(|&t| {
                t != g
                    && groups[t].alive
                    && groups[t].words.len() > groups[g].words.len()
                    && groups[t].words.starts_with(&groups[g].words)
            })
            .max_by_key(|&t| (groups[t].items.len(), usize::MAX - groups[t].words.len()));
        if let Some(t) = target {
            let items = std::mem::take(&mut groups[g].items);
            let has_mention = items.iter().any(|&k| !found[k].latent);
            groups[t].items.extend(items);
            groups[t].real |= groups[g].real || has_mention;
            groups[g].alive = false;
        }
    }
    let mut units: Vec<(usize, Unit)> = Vec::new();
    for g in groups.iter().filter(|g| g.alive && g.real && !g.items.is_empty()) {
        let mut mentions: Vec<Mention> =
            g.items.iter().map(|&k| doc.mention(found[k].s, found[k].e)).collect();
        mentions.sort_by_key(|m| (m.start, m.end));
        mentions.dedup();
        let best = g.items.iter().copied().max_by_key(|&k| {
            let words = found[k].canon.split(' ').count();
            (words, found[k].e - found[k].s, usize::MAX - found[k].s)
        });
        let Some(best) = best else { continue };
        let name = doc.span_text(found[best].s, found[best].e).to_string();
        let first = mentions.first().map_or(0, |m| m.start);
        units.push((first, Unit { canonical: found[best].canon.clone(), name, mentions }));
        let _ = &g.canon;
    }
    units.sort_by_key(|(p, _)| *p);
    units.into_iter().map(|(_, u)| u).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` must yield exactly the units `expected` (names as written).
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<String> = find(text).into_iter().map(|u| u.name).collect();
        assert_eq!(got, expected, "units of {text:?}");
    }

    #[test]
    fn units_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Chiều 3/5, UBND tỉnh Quảng Ninh họp với Sở Tài chính tỉnh Quảng Ninh.",
                &["UBND tỉnh Quảng Ninh", "Sở Tài chính tỉnh Quảng Ninh"],
            ),
            (
                "Sở GD&ĐT Đà Nẵng phối hợp với Sở Giáo dục và Đào tạo Đà Nẵng.",
                &["Sở Giáo dục và Đào tạo Đà Nẵng"],
            ),
            ("Các sở, ban, ngành và các cơ quan, đơn vị tham dự hội nghị.", &[]),
            (
                "Ban Tuyên giáo Tỉnh ủy Nghệ An chủ trì. Tỉnh ủy đã ban hành kế hoạch.",
                &["Ban Tuyên giáo Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"],
            ),
            (
                "Bộ Y tế và Bộ Công an ký kết; Chính phủ chỉ đạo.",
                &["Bộ Y tế", "Bộ Công an", "Chính phủ"],
            ),
            (
                "Hội Nông dân huyện Gia Lâm và Ủy ban MTTQ huyện Gia Lâm phối hợp.",
                &["Hội Nông dân huyện Gia Lâm", "Ủy ban MTTQ huyện Gia Lâm"],
            ),
            (
                "Trung tâm Y tế huyện Đông Anh tổ chức Hội nghị tổng kết.",
                &["Trung tâm Y tế huyện Đông Anh"],
            ),
            (
                "Công an TP Đà Nẵng cho biết. Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Ninh.",
                &["Công an TP Đà Nẵng", "Ban Chấp hành Đảng bộ tỉnh Bắc Ninh"],
            ),
            ("Ban Giám đốc và Ban lãnh đạo cơ quan.", &[]),
            ("Thủ tướng Tây Ban Nha gặp Chủ tịch UBND tỉnh Nguyễn Văn Nam.", &["UBND tỉnh"]),
            (
                "Đảng ủy cơ quan Sở Tài chính Hà Nội ban hành kế hoạch; Đảng ủy đã chỉ đạo.",
                &["Đảng ủy cơ quan Sở Tài chính Hà Nội"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    /// Canonical keys link written forms.
    fn check_canon(a: &str, b: &str) {
        assert_eq!(canonical(a), canonical(b), "{a:?} vs {b:?}");
    }

    #[test]
    fn canonical_table() {
        for (a, b) in [
            ("Sở LĐ-TB&XH Hà Nội", "Sở Lao động - Thương binh và Xã hội Hà Nội"),
            ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
            ("UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
            ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
            ("BTV Thành ủy", "Ban Thường vụ (BTV) Thành uỷ"),
            ("BCH Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"),
            ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
            ("Đảng uỷ Khối", "Đảng ủy khối"),
        ] {
            check_canon(a, b);
        }
    }
}
