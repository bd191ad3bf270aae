//! What stands around a reference: the type word and "số" in front, the issue date
//! ("ngày 7/8/2023", "được ban hành ngày …") and the issuer after it ("của Ban Thường vụ Thành
//! ủy Hà Nội", "do … ban hành") or in front ("UBND tỉnh Nghệ An vừa ban hành …"). Issuers are
//! read with the organisation grammar of [`crate::entities::org`].

use chrono::NaiveDate;

use super::codes::{TypeWord, LEX};
use super::ident::Ident;
use super::types::{compatible, type_word_ending_at};
use super::{FullMention, Issuer};
use crate::entities::dates::date_at;
use crate::entities::org::{issuer_ending_at, issuer_from};
use crate::entities::scan::{ends_with_word_ci, floor_char, hspace, skip_ws_back, word_at};
use crate::entities::Mention;

/// Builds the mention of a full reference: type word in front, date and issuer after.
pub(super) fn full_mention(text: &str, ident: Ident, published: Option<NaiveDate>) -> FullMention {
    let (start, word) = prefix_before(text, ident.start);
    let kind = match word {
        Some(w) if !w.kind.is_empty() && compatible(&w.kind, &ident) => &w.kind,
        _ => ident.code_kind,
    };
    let (issued, issuer) = clauses_after(text, ident.end, published);
    let issuer = issuer.or_else(|| front_issuer(text, start));
    let mention = Mention { start, end: ident.end, text: text[start..ident.end].to_string() };
    FullMention { ident, kind, mention, issued, issuer }
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

/// Issue date and issuer written after a reference.
pub(super) fn clauses_after(
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
        if !LEX.date_clause.contains(&lw) || words >= 4 {
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
    let s = e + 1;
    let end = issuer_from(text, s)?;
    if by {
        let r = hspace(text, end);
        let rest = &text[r..];
        if !LEX.issue_verbs.iter().any(|v| rest.starts_with(v.as_str())) {
            return None;
        }
    }
    Some((Issuer { name: text[s..end].to_string(), clause: true }, end))
}

/// "ORG [đã|vừa|mới] [ký] ban hành <mention>": the issuer named in front.
pub(super) fn front_issuer(text: &str, mention_start: usize) -> Option<Issuer> {
    let mut p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    p = ends_with_word_ci(text, p, "ban hành")?;
    loop {
        let q = text[..p].trim_end_matches([' ', '\t']).len();
        let aux = LEX.front_aux.iter().find_map(|w| ends_with_word_ci(text, q, w));
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
    let name_start = issuer_ending_at(text, seg_start, p, 14)?;
    let name = &text[name_start..p];
    Some(Issuer { name: name.to_string(), clause: false })
}
