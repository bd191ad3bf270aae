//! Entity extraction over normalised article text: official document references, dates,
//! officials and units.
//!
//! **Invariant**: no I/O; the word lists are data files under `lexicon/`, compiled into the
//! binary and parsed once, on first use. All offsets are UTF-8 byte offsets into the text
//! passed in.
//!
//! Layout: [`documents`] and [`dates`] work on raw text (`scan` holds their character-level
//! helpers); [`officials`] and [`units`] on tokens (`tokens`) with the word lists of `lexicon`;
//! one organisation grammar, `org`, serves units, the titles of officials and the issuers of
//! documents.

use chrono::NaiveDate;

pub mod dates;
mod districts;
pub mod documents;
pub mod gold;
pub mod graph;
mod lexicon;
pub mod officials;
mod org;
mod scan;
mod tokens;
pub mod units;

/// Whether `name` is a country or region of the place lexicon's foreign section
/// (`lexicon/places.txt` from "# --- countries" on: `Indonesia`, `Qatar`, `Trung Quốc`), compared
/// by token keys as the entity finder compares them.
pub(crate) fn is_foreign_place(name: &str) -> bool {
    lexicon::LEX.foreign_places.contains(&tokens::phrase_key(name))
}

/// A span of the input text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// A reference to an official document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRef {
    /// Canonical id (`24-CT/TU`, `73/2023/NĐ-CP`); `None` for an unresolved short reference.
    pub id: Option<String>,
    /// Document type in full Vietnamese ("Chỉ thị").
    pub kind: String,
    /// Leading number ("24").
    pub number: String,
    /// Everything after the number's separator ("CT/TU"); `None` for a short reference.
    pub symbol: Option<String>,
    /// Issue date stated next to a mention.
    pub issued: Option<NaiveDate>,
    /// Issuing body as written next to a mention.
    pub issuer: Option<String>,
    /// Every place the document is mentioned.
    pub mentions: Vec<Mention>,
}

/// A named official with the titles the text gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Official {
    /// Full name without honorifics.
    pub name: String,
    /// Every title phrase attached to the person, as written.
    pub titles: Vec<String>,
    /// Every mention of the person.
    pub mentions: Vec<Mention>,
}

/// An organisation (unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The organisation as written at its most complete mention.
    pub name: String,
    /// Canonical name with abbreviations expanded, used to link forms of one unit.
    pub canonical: String,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A calendar date mentioned in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The date.
    pub date: NaiveDate,
    /// The span it was read from.
    pub mention: Mention,
}

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    /// Document references.
    pub documents: Vec<DocumentRef>,
    /// Officials.
    pub officials: Vec<Official>,
    /// Units.
    pub units: Vec<Unit>,
    /// Dates.
    pub dates: Vec<DateMention>,
}

/// Extracts all entities from `text` (NFC). `published` resolves dates written without a year;
/// without it, [`dates::context_date`] does (the latest date the text writes with its year, not
/// a cited legal text's issue date, else a year it writes alone after "năm"), except for a
/// year-less date written before that date that its year would put more than a week before it
/// ([`dates::find_in_text`]).
pub fn extract(text: &str, published: Option<NaiveDate>) -> Entities {
    // Without a publication date, year-less dates take their year from the text itself, as the
    // gold sets are scored (`gold::published_or_context`); that date also serves the documents.
    let (dates, published) = dates::find_in_text(text, published);
    let (officials, units) = officials::find_with_units(text);
    Entities { documents: documents::find(text, published), officials, units, dates }
}
