//! Short references: a type word, optional "số" and a bare number ("Chỉ thị số 24",
//! "Kết luận 14"), told apart from counts ("Kế hoạch 5 năm"), years and headings.

use chrono::NaiveDate;

use super::attach::{clauses_after, front_date, front_issuer, front_verb};
use super::codes::{Short, LEX};
use super::types::TYPE_AC;
use super::{FullMention, ShortMention};
use crate::entities::scan::{hspace, word_at, word_boundaries, DASHES};
use crate::entities::Mention;

/// Short references: a type word, optional "số", a bare number.
pub(super) fn short_mentions(
    text: &str,
    fulls: &[FullMention],
    published: Option<NaiveDate>,
) -> Vec<ShortMention> {
    let (ac, owner) = &*TYPE_AC;
    let mut out = Vec::new();
    for m in ac.find_iter(text) {
        let Some(&w) = owner.get(m.pattern().as_usize()) else {
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
        let (mut issued, mut issuer) = clauses_after(text, e, published);
        if let Some(v) = front_verb(text, m.start()) {
            issuer = issuer.or_else(|| front_issuer(text, v));
            issued = issued.or_else(|| front_date(text, v, published));
        }
        out.push(ShortMention {
            kind: &w.kind,
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
    LEX.count.contains(&lw)
}
