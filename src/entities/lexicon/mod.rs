//! The word lists of the entity grammars: data files in this folder, embedded at compile time
//! and compiled once, on first use, into word tries over the key view of a [`Doc`] (lowercase,
//! tone-canonical: `uỷ` and `ủy` give the same key), matched longest first at a token.
//!
//! - `units.txt`: unit bodies by kind; `abbreviations.toml`: one-token abbreviations by role;
//!   `fields.txt`, `places.txt`, `admin_nouns.txt`, `connectors.txt`, `stopwords.txt`,
//!   `namesakes.txt`: the rest of the organisation grammar ([`super::org`]); `districts.txt`: the
//!   district-level places by type ([`super::districts`]);
//! - `titles.txt`, `title_modifiers.txt`, `prefixes.txt`, `surnames.txt`, `historical.txt`,
//!   `name_blockers.txt`: officials;
//! - `documents.toml`: document type words, codes and the clause words around references
//!   (parsed in `documents/codes.rs`); `dates.toml`: the cue words of dates (in `dates.rs`);
//! - [`openers`] (code, no data file): the capitalised words that open a sentence, one named
//!   subset per grammar that cuts a name before them.

pub(crate) mod openers;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::tokens::{phrase_key, Doc, Shape};

/// A phrase lexicon with one payload per phrase: a trie over word keys (a phrase matches at a
/// token when the keys of the tokens from there are its words).
pub(crate) struct Lex<T> {
    /// Node 0 is the root.
    nodes: Vec<Node>,
    vals: Vec<T>,
    /// This lexicon's bit in [`Lexicons::first`].
    bit: u32,
    /// First word of every pattern.
    firsts: Vec<String>,
}

/// A trie node: the next word's key → child node, and the payload of the phrase ending here.
#[derive(Default)]
struct Node {
    next: FastMap<Box<str>, u32>,
    val: Option<u32>,
}

/// FNV-1a: a fast hash for the short word keys of the lexicon tables.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
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
pub(crate) const BIT_ABBREV: u32 = 1 << 31;
const BIT_COMMON: u32 = 1 << 29;

impl<T: Copy> Lex<T> {
    fn new(bit: u32, entries: Vec<(String, T)>) -> Lex<T> {
        let mut seen = HashSet::new();
        let mut firsts = Vec::new();
        let mut nodes = vec![Node::default()];
        let mut vals = Vec::new();
        for (phrase, v) in entries {
            let k = phrase_key(&phrase);
            if k.is_empty() || !seen.insert(k.clone()) {
                continue;
            }
            firsts.push(k.split(' ').next().unwrap_or("").to_string());
            let mut node = 0usize;
            for word in k.split(' ') {
                let fresh = nodes.len() as u32;
                let child = *nodes[node].next.entry(word.into()).or_insert(fresh);
                if child == fresh {
                    nodes.push(Node::default());
                }
                node = child as usize;
            }
            // Keys are unique, so a node ends at most one phrase.
            nodes[node].val = Some(vals.len() as u32);
            vals.push(v);
        }
        Lex { nodes, vals, bit: 1 << bit, firsts }
    }

    /// Whether token `i` is the first word of some phrase of this lexicon ("Tổng" for the
    /// titles' "Tổng Bí thư"), whether or not a whole phrase follows.
    #[inline]
    pub fn opens(&self, doc: &Doc, i: usize) -> bool {
        i < doc.len() && doc.may_start(i, self.bit)
    }

    /// Longest phrase starting at token `i`: (end token, payload). Inside a phrase, "&" reads
    /// "và", and an all-capitals abbreviation in parentheses is skipped when the phrase goes on
    /// right after it ("Tòa án nhân dân (TAND) tối cao"), so the end may lie past such a `( X )`;
    /// [`Lex::shorter`] does not skip them.
    pub fn at(&self, doc: &Doc, i: usize) -> Option<(usize, T)> {
        if !doc.may_start(i, self.bit) || i >= doc.len() || !doc.is_word(i) {
            return None;
        }
        let mut node = &self.nodes[0];
        let mut best = None;
        let mut j = i;
        loop {
            // ("Văn hóa – Thể thao & Du lịch": "&" reads "và" inside a phrase)
            let next = node.next.get(doc.key(j));
            let amp = || (j > i && doc.key(j) == "&").then(|| node.next.get("và")).flatten();
            // ("Tòa án nhân dân (TAND) tối cao": an abbreviation in parentheses inside a phrase,
            // skipped when the phrase goes on right after it)
            let paren = || {
                (j > i
                    && doc.is_punct(j, '(')
                    && doc.shape(j + 1) == Shape::Upper
                    && doc.is_punct(j + 2, ')'))
                .then(|| node.next.get(doc.key(j + 3)))
                .flatten()
            };
            let Some((&child, step)) =
                next.or_else(amp).map(|c| (c, 1)).or_else(|| paren().map(|c| (c, 4)))
            else {
                break;
            };
            node = &self.nodes[child as usize];
            j += step;
            if let Some(v) = node.val {
                best = Some((j, self.vals[v as usize]));
            }
            if j >= doc.len() {
                break;
            }
        }
        best
    }

    /// Longest phrase starting at token `i` that ends before token `before`.
    pub fn shorter(&self, doc: &Doc, i: usize, before: usize) -> Option<(usize, T)> {
        if !doc.may_start(i, self.bit) || i >= doc.len() || !doc.is_word(i) {
            return None;
        }
        let mut node = &self.nodes[0];
        let mut best = None;
        let mut j = i;
        while j + 1 < before {
            let Some(&child) = node.next.get(doc.key(j)) else { break };
            node = &self.nodes[child as usize];
            j += 1;
            if let Some(v) = node.val {
                best = Some((j, self.vals[v as usize]));
            }
        }
        best
    }
}

pub(crate) fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Keys of the names in `places.txt` from its "# --- countries" section on: places abroad (and
/// regions), no province or city of Vietnam.
fn foreign_places(data: &str) -> FastSet<String> {
    let from = data.find("# --- countries").unwrap_or(data.len());
    lines(data.get(from..).unwrap_or("")).map(phrase_key).collect()
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
pub(crate) enum Role {
    Body(Kind),
    Field,
    Place,
    Admin,
}

pub(crate) struct Abbrev {
    /// What the abbreviation stands for in the grammar.
    pub role: Role,
    /// Key of the expansion.
    pub expansion: String,
    /// The expansion as written in the data file (cased: "Ủy ban nhân dân").
    pub display: String,
}

/// All lexicons, built once.
pub(crate) struct Lexicons {
    pub(crate) bodies: Lex<Kind>,
    pub(crate) fields: Lex<()>,
    pub(crate) places: Lex<()>,
    /// Keys of the place names written with a lowercase word after the first ("Thủ đô Hà
    /// Nội", "Liên minh châu Âu"): only these may match with a lowercase word inside.
    pub(crate) places_lower_inside: FastSet<String>,
    /// Keys of the place names that are no Vietnamese province or city: the countries and
    /// regions of `places.txt` (its sections from "# --- countries" on).
    pub(crate) foreign_places: FastSet<String>,
    pub(crate) admin: Lex<()>,
    pub(crate) connectors: Lex<()>,
    pub(crate) stopwords: Lex<()>,
    pub(crate) abbrevs: FastMap<String, Abbrev>,
    /// Word key → bits of the lexicons having a phrase that starts with it.
    first: FastMap<String, u32>,
    pub(crate) titles: Lex<bool>,
    pub(crate) modifiers: Lex<()>,
    pub(crate) prefixes: Lex<()>,
    pub(crate) historical: FastSet<String>,
    /// Ordinary full names that institutes and schools are named after (`namesakes.txt`).
    pub(crate) namesakes: FastSet<String>,
    pub(crate) blockers: Lex<()>,
    /// District-level places by type (`districts.txt`, read by [`super::districts`]).
    pub(crate) districts: Lex<u8>,
}

fn simple(bit: u32, data: &str) -> Lex<()> {
    Lex::new(bit, lines(data).map(|l| (l.to_string(), ())).collect())
}

fn build() -> Lexicons {
    let bodies = lines(include_str!("units.txt"))
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
    let table: toml::Table = include_str!("abbreviations.toml").parse().unwrap_or_default();
    let mut add = |t: Option<&toml::Value>, role: Role| {
        if let Some(t) = t.and_then(|v| v.as_table()) {
            for (k, v) in t {
                if let Some(exp) = v.as_str() {
                    abbrevs.insert(
                        k.clone(),
                        Abbrev { role, expansion: phrase_key(exp), display: exp.to_string() },
                    );
                }
            }
        }
    };
    let b = table.get("bodies");
    add(b.and_then(|b| b.get("S")), Role::Body(Kind::Standalone));
    add(b.and_then(|b| b.get("G")), Role::Body(Kind::Generic));
    add(b.and_then(|b| b.get("O")), Role::Body(Kind::Open));
    add(b.and_then(|b| b.get("N")), Role::Body(Kind::Nested));
    add(table.get("fields"), Role::Field);
    add(table.get("places"), Role::Place);
    add(table.get("admin"), Role::Admin);
    let titles = lines(include_str!("titles.txt"))
        .map(|l| match l.strip_suffix('*') {
            Some(h) => (h.trim().to_string(), true),
            None => (l.to_string(), false),
        })
        .collect();
    let mut lex = Lexicons {
        bodies: Lex::new(0, bodies),
        fields: simple(1, include_str!("fields.txt")),
        places: simple(2, include_str!("places.txt")),
        places_lower_inside: lines(include_str!("places.txt"))
            .filter(|l| l.split_whitespace().skip(1).any(|w| w.starts_with(char::is_lowercase)))
            .map(phrase_key)
            .collect(),
        foreign_places: foreign_places(include_str!("places.txt")),
        admin: simple(3, include_str!("admin_nouns.txt")),
        connectors: simple(4, include_str!("connectors.txt")),
        stopwords: simple(5, include_str!("stopwords.txt")),
        abbrevs,
        first: FastMap::default(),
        titles: Lex::new(6, titles),
        modifiers: simple(7, include_str!("title_modifiers.txt")),
        prefixes: simple(8, include_str!("prefixes.txt")),
        historical: lines(include_str!("historical.txt")).map(phrase_key).collect(),
        namesakes: lines(include_str!("namesakes.txt")).map(phrase_key).collect(),
        blockers: simple(9, include_str!("name_blockers.txt")),
        districts: Lex::new(10, super::districts::entries(include_str!("districts.txt"))),
    };
    let mut first: FastMap<String, u32> = FastMap::default();
    let mut mark = |firsts: &[String], bit: u32| {
        for w in firsts {
            *first.entry(w.clone()).or_default() |= bit;
        }
    };
    mark(&lex.bodies.firsts, lex.bodies.bit);
    mark(&lex.titles.firsts, lex.titles.bit);
    mark(&lex.districts.firsts, lex.districts.bit);
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
    let surnames: Vec<String> =
        lines(include_str!("surnames.txt")).map(|l| phrase_key(l.trim_end_matches('+'))).collect();
    mark(&surnames, BIT_SURNAME);
    let common: Vec<String> = lines(include_str!("surnames.txt"))
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

impl<'a> Doc<'a> {
    /// Tokenises `text` and looks every token up in the lexicons once.
    pub fn analyse(text: &'a str) -> Doc<'a> {
        let mut doc = Doc::new(text);
        let first = &LEX.first;
        doc.masks =
            (0..doc.toks.len()).map(|i| first.get(doc.key(i)).copied().unwrap_or(0)).collect();
        doc
    }

    /// Whether token `i` may start a phrase of the lexicons in `bits` (always true before
    /// [`Doc::analyse`]).
    #[inline]
    pub fn may_start(&self, i: usize, bits: u32) -> bool {
        self.masks.get(i).is_none_or(|m| m & bits != 0)
    }

    /// Whether token `i` is a family name.
    #[inline]
    pub fn is_surname(&self, i: usize) -> bool {
        self.masks.get(i).is_some_and(|m| m & BIT_SURNAME != 0)
    }

    /// Whether token `i` is a common family name (a `+` in `surnames.txt`).
    #[inline]
    pub fn is_common_surname(&self, i: usize) -> bool {
        self.masks.get(i).is_some_and(|m| m & BIT_COMMON != 0)
    }
}
