//! References to official documents (vietnamese.md §1).
//!
//! Three families of reference are recognised, plus pre-2000 forms:
//! - **Party** `N-TYPE/ORGAN`: `24-CT/TU`, `53-CTrHĐ/TU`, `15-NQ/TW`, `08-QĐi/TW`, `31-KH/ĐU`;
//! - **state administrative** `N/TYPE-ISSUER[-UNIT]` (`10/CT-UBND`, `1649/QĐ-UBND`) and the
//!   công văn without a type (`3824/UBND-KT`, `2928/LĐTBXH-BVCSTE`);
//! - **legal normative** `N/YYYY/TYPE-ISSUER` (`73/2023/NĐ-CP`, `183/2010/TTLT/BTC-BNN`) and the
//!   National Assembly's `N/YYYY/QH15`, `N/YYYY/UBTVQH13`;
//! - old forms `73/CP`, `N/HĐBT`.
//!
//! A reference may be introduced by a type word ("Chỉ thị", matched case-insensitively, longest
//! first) and "số" / "Số:", and followed by an issue date ("ngày 7/8/2023", ", ngày 22 tháng 9
//! năm 2021", "được ban hành ngày …") and an issuer ("của Ban Thường vụ Thành ủy Hà Nội",
//! "do … ban hành", or "X ban hành" in front). Short references ("Chỉ thị số 24", "Kết luận 14")
//! join the full reference of the same kind and number in the same text.
//!
//! Codes are case-sensitive, except that known codes are repaired when only their case is off
//! (`Ttg` → `TTg`). Other repairs: spaces and line breaks around separators, dash variants,
//! `TƯ`/`T.Ư` → `TW`, `Ð` (U+00D0) → `Đ`, a type glued to its issuer (`NĐCP` → `NĐ-CP`), state
//! separators around a Party organ (`29/NQ-TW` → `29-NQ/TW`), a unit code after a dangling dash
//! (`02/TTr-CAT- ANCTNB`). A hyphen before the year is kept: the government numbers its yearly
//! resolutions so (`19-2017/NQ-CP`), and the two spellings are one document. Codes outside the whitelists must have the shape of an
//! abbreviation (mostly capitals), which keeps photo credits (`REUTERS/Erik`), scores, fractions,
//! dates, phone numbers and product codes out.
//!
//! The module follows the extraction's seams: `ident` reads and validates a symbol, `types` the
//! type words, `codes` the code lists of `lexicon/documents.toml`, `attach` the type word, date
//! and issuer around a reference (issuers with the organisation grammar of
//! `entities::org`), `short` the short references, `assemble` the grouping into documents, and
//! `normalize` user input.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{scan, DocumentRef, Mention};

mod assemble;
mod attach;
mod codes;
mod header;
mod ident;
mod normalize;
mod short;
#[cfg(test)]
mod tests;
mod types;

use assemble::assemble;
use attach::full_mention;
use ident::{parse_ident, parse_ident_typed, Ident};
use short::short_mentions;

pub use normalize::normalize_ref;
pub use types::mentions_type_word;

/// Candidate: a number, a separator and the start of a code or a year.
static CANDIDATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let sep = r"[-/‐‑‒–—―−／]";
    let ws = r"[ \t]{0,2}(?:\r?\n[ \t]{0,2})?";
    Regex::new(&format!(
        r"[0-9]{{1,5}}[a-z]?{ws}{sep}{ws}(?:[A-ZĐÐƯ]|T\.|(?:19|20)[0-9]{{2,3}}(?:{ws}{sep}| [A-ZĐ]))"
    ))
    .expect("candidate pattern is valid")
});

/// Finds every document reference in `text`, one entry per document, in order of first mention.
/// `published` resolves issue dates written without a year.
pub fn find(text: &str, published: Option<NaiveDate>) -> Vec<DocumentRef> {
    let mut fulls: Vec<FullMention> = Vec::new();
    let mut pos = 0;
    while let Some(m) = CANDIDATE_RE.find_at(text, pos) {
        // A number after an explicit type word and "số" may carry an issuer code vnmon does not
        // know ("Tờ trình số 4189/LS-LĐTBXH-TC").
        // The generic "văn bản" counts only with its "số" ("văn bản số 19/DSVH-DT").
        // The type word before the number, read once and only when a path needs it.
        let prefix = std::cell::OnceCell::new();
        let prefix = || *prefix.get_or_init(|| attach::prefix_before(text, m.start()));
        let typed = || {
            let (s, word) = prefix();
            word.is_some_and(|w| {
                !w.kind.is_empty() || text[s..m.start()].trim_end().to_lowercase().ends_with("số")
            })
        };
        let parsed = parse_ident(text, m.start(), false).map(|id| {
            // "Báo cáo số 05/BC-BCA-C81", "quyết định 1121/QĐ-TTTP-P5": a numbered department
            // dashed on, which only the reading after a type word takes.
            if !text[id.end..].starts_with('-') || !typed() {
                return id;
            }
            parse_ident_typed(text, m.start(), false, true).filter(|t| t.end > id.end).unwrap_or(id)
        });
        let parsed = parsed.or_else(|| {
            let (_, word) = prefix();
            typed()
                .then(|| parse_ident_typed(text, m.start(), false, true))
                .flatten()
                .or_else(|| {
                    // "văn bản 2520/UBND/GPMB": issuer and unit codes joined by a slash.
                    word.and_then(|_| ident::parse_ident_slashed(text, m.start()))
                })
                .or_else(|| {
                    // "văn bản 80/VNCERT-ĐPƯC ngày 9/3/2016": without "số", a letter's issuer
                    // code and its unit's code dashed on (not one code alone), dated right after.
                    word?;
                    parse_ident_typed(text, m.start(), false, true).filter(|id| {
                        id.family == ident::Family::CongVan
                            && id.symbol.contains('-')
                            && dated_after(text, id.end)
                    })
                })
                .or_else(|| {
                    // "bản án phúc thẩm số 110/2016/HC-PT": a type word, words describing the
                    // document, "số"; the code must agree with the word.
                    let (_, w) = attach::described_word_before(text, m.start())?;
                    parse_ident_typed(text, m.start(), false, true)
                        .filter(|id| types::compatible(&w.kind, id))
                })
                .or_else(|| {
                    // "| Số: 1539/VLO-QLDN3 V/v … | Vĩnh Long, ngày 02 tháng 12 năm 2025 |": a
                    // legal text's own number in its header row, dated there, names its issuer
                    // by any issuer-shaped code (a local office vnmon does not know).
                    parse_ident_typed(text, m.start(), false, true).filter(|id| {
                        header::own_row(text, id.start, id.end).is_some_and(|(d, _)| d.is_some())
                    })
                })
        });
        match parsed {
            Some(ident) => {
                pos = ident.end;
                fulls.push(full_mention(text, ident, published));
            }
            None => pos = m.start() + 1,
        }
    }
    fulls = numbers_before_symbol(text, fulls, published);
    repair_from_siblings(&mut fulls);
    repair_from_issuer(&mut fulls);
    share_list_clauses(text, &mut fulls, published);
    share_front_subject(text, &mut fulls);
    let shorts =
        if mentions_type_word(text) { short_mentions(text, &fulls, published) } else { Vec::new() };
    assemble(fulls, shorts)
}

/// Whether "ngày" and a date stand right after byte `end` ("80/VNCERT-ĐPƯC ngày 9/3/2016").
fn dated_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    rest.strip_prefix("ngày ").is_some_and(|r| {
        let at = text.len() - r.len();
        crate::entities::dates::date_at(text, at, None).is_some()
    })
}

/// "Thông tư 268/2016/TT-BC; Thông tư 279/2016/TT-BTC": a legal symbol whose last issuer code
/// is unknown and one letter short of a known code that a neighbouring reference of the same
/// year and type writes is that code mistyped (a reader's repair).
fn repair_from_siblings(fulls: &mut [FullMention]) {
    let split = |f: &FullMention| -> Option<(String, String)> {
        if f.ident.family != ident::Family::Legal {
            return None;
        }
        let k = f.ident.symbol.rfind('-')?;
        Some((f.ident.symbol[..k].to_string(), f.ident.symbol[k + 1..].to_string()))
    };
    let one_short = |short: &str, long: &str| {
        let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
        l.len() == s.len() + 1
            && s.len() >= 2
            && (0..l.len()).any(|k| l[..k] == s[..k] && l[k + 1..] == s[k..])
    };
    for i in 0..fulls.len() {
        let Some((head, code)) = split(&fulls[i]) else { continue };
        if codes::lookup(&codes::LEX.issuers, &code).is_some() {
            continue;
        }
        let near = |j: usize| {
            let (a, b) = (&fulls[i].mention, &fulls[j].mention);
            a.end.max(b.end) - a.start.min(b.start) <= 300
        };
        let fix = (0..fulls.len())
            .filter(|&j| j != i && near(j))
            .filter_map(|j| split(&fulls[j]))
            .find(|(h, c)| {
                *h == head && codes::lookup(&codes::LEX.issuers, c).is_some() && one_short(&code, c)
            });
        if let Some((h, c)) = fix {
            fulls[i].ident.symbol = format!("{h}-{c}");
        }
    }
}

/// "Nghị quyết số 161/2010/NQ-NĐND của HĐND tỉnh": a legal symbol whose last issuer code is
/// unknown and differs by one letter from the known code that opens the issuer the clause names
/// is that code mistyped (a reader's repair).
fn repair_from_issuer(fulls: &mut [FullMention]) {
    for f in fulls.iter_mut() {
        if f.ident.family != ident::Family::Legal {
            continue;
        }
        let Some(k) = f.ident.symbol.rfind('-') else { continue };
        let code = &f.ident.symbol[k + 1..];
        if codes::lookup(&codes::LEX.issuers, code).is_some() {
            continue;
        }
        let Some(word) = f.issuer.as_ref().and_then(|x| x.name.split_whitespace().next()) else {
            continue;
        };
        let (a, b): (Vec<char>, Vec<char>) = (code.chars().collect(), word.chars().collect());
        let one_letter = a.len() == b.len()
            && a.len() >= 3
            && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1;
        if one_letter && codes::lookup(&codes::LEX.issuers, word).is_some() {
            f.ident.symbol = format!("{}-{word}", &f.ident.symbol[..k]);
        }
    }
}

/// "Nghị quyết số 10-NQ/TW, 11-NQ/TW và 12-NQ/TW ngày 3/6/2017 của Ban Chấp hành Trung ương":
/// the date and issuer stated once after a list belong to every reference of the list, that is
/// to each one joined to the next by nothing but ",", ";" or "và" (after its own date, if it
/// states one: "Quyết định số 73/2014/QĐ-UBND ngày 28/10/2014, Quyết định số 60/2015/QĐ-UBND
/// ngày 21/12/2015 của UBND tỉnh") and naming no issuer itself.
fn share_list_clauses(text: &str, fulls: &mut [FullMention], published: Option<NaiveDate>) {
    for i in (1..fulls.len()).rev() {
        let (head, tail) = fulls.split_at_mut(i);
        let (prev, cur) = (&mut head[i - 1], &tail[0]);
        let clause_issuer = cur.issuer.as_ref().filter(|x| x.clause);
        // "theo chỉ đạo của Thủ tướng Chính phủ tại văn bản số 357/TB-VPCP ngày 6/11/2015 và số
        // 161/TB-VPCP ngày 24/3/2017 của Văn phòng Chính phủ": the body named after a list whose
        // symbols share their issuer's code is the issuer of each, over one read in front.
        let same_code = clause_issuer.is_some() && same_agency(&prev.ident, &cur.ident);
        // "Hướng dẫn … ban hành kèm theo Quyết định số 3592/QĐ-BYT ngày D, Hướng dẫn … ban hành
        // kèm theo Quyết định số 1338/2004/QĐ-BYT ngày D của Bộ trưởng Bộ Y tế", "Điện số 499/ĐK
        // về … và Điện số 15/ĐK của Bộ Công an": an item of one issuer's code whose own title
        // stands between it and the next takes the body named after the list (its issuer only).
        if same_code && prev.issuer.is_none() && prev.mention.end <= cur.mention.start {
            let from = prev
                .issued
                .and_then(|_| attach::date_clause(text, prev.mention.end, published))
                .map_or(prev.mention.end, |(_, e)| e);
            if from <= cur.mention.start && titled_list_gap(&text[from..cur.mention.start]) {
                prev.issuer = clause_issuer.cloned();
                continue;
            }
        }
        if (prev.issuer.is_some() && prev.issued.is_some() && !same_code)
            || (cur.issued.is_none() && clause_issuer.is_none())
            || prev.mention.end > cur.mention.start
        {
            continue;
        }
        // Where the previous reference's own words end: after its date, when it states one.
        let from = if prev.issued.is_some() {
            match attach::date_clause(text, prev.mention.end, published) {
                Some((_, e)) if e <= cur.mention.start => e,
                _ => continue,
            }
        } else {
            prev.mention.end
        };
        if is_list_gap(&text[from..cur.mention.start]) {
            // "Tỉnh ủy ban hành Nghị quyết số 10-NQ/TU và Chỉ thị số 12-CT/TU cùng ngày 1/3/2021":
            // an item whose issuer is named in front still takes the list's date.
            prev.issued = prev.issued.or(cur.issued.filter(|d| year_fits(&prev.ident, *d)));
            if prev.issuer.is_none() || same_code {
                prev.issuer = clause_issuer.cloned();
            }
        }
    }
    // "UBND tỉnh vừa ban hành hai Quyết định số 578/QĐ-UBND và 579/QĐ-UBND": the issuer named in
    // front of a list (and the date opening its clause) belongs to every item of the list.
    for i in 1..fulls.len() {
        let (head, tail) = fulls.split_at_mut(i);
        let (prev, cur) = (&head[i - 1], &mut tail[0]);
        let Some(front) = prev.issuer.as_ref().filter(|x| !x.clause) else { continue };
        if cur.issuer.is_some() || prev.mention.end > cur.mention.start {
            continue;
        }
        let own_date = attach::date_clause(text, prev.mention.end, published);
        let from = own_date.map_or(prev.mention.end, |(_, e)| e);
        if from <= cur.mention.start && is_list_gap(&text[from..cur.mention.start]) {
            cur.issuer = Some(front.clone());
            if own_date.is_none() {
                cur.issued = cur.issued.or(prev.issued.filter(|d| year_fits(&cur.ident, *d)));
            }
        }
    }
}

/// "Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc … và Công văn số 666/BYT-BH ngày
/// 27/01/2021 về việc …", "Quốc hội đã ban hành Luật số 106/2016/QH13, Luật thuế XNK số
/// 107/2016/QH13", "Xét đề nghị của Giám đốc Sở X tại Tờ trình số 33/TTr-SLĐTBXH ngày D và Tờ
/// trình số 42/TTr-SLĐTBXH ngày D": a reference naming no issuer, joined by "và" or "," to an
/// earlier one of the same sentence whose issuer is written in front of it (the subject that
/// has both, or the body proposing both) and whose symbol carries the same issuer code, has
/// that issuer too, past the first one's date and subject clause.
fn share_front_subject(text: &str, fulls: &mut [FullMention]) {
    for i in 1..fulls.len() {
        if fulls[i].issuer.is_some() || !coordinated_at(text, fulls[i].mention.start) {
            continue;
        }
        let (prev, cur) = (&fulls[i - 1], &fulls[i]);
        // The reference right before, of the same code, in the same sentence ("… theo Nghị
        // định số 87/2015/NĐ-CP và Thông tư số 200/2015/TT-BTC" in a letter's subject clause
        // joins the decree, not the letter).
        let same_code =
            issuer_code(&cur.ident).is_some_and(|c| issuer_code(&prev.ident) == Some(c));
        if !same_code || !one_sentence(text, prev.mention.end, cur.mention.start) {
            continue;
        }
        let Some(issuer) = prev.issuer.as_ref() else { continue };
        let lo = scan::floor_char(text, prev.mention.start.saturating_sub(300));
        let before = &text[lo..prev.mention.start];
        let open = before.rfind(['\n', ';', '.']).map_or(0, |k| k + 1);
        if before[open..].contains(issuer.name.as_str()) {
            fulls[i].issuer = Some(issuer.clone());
        }
    }
}

/// Whether the reference whose mention starts at `start` is joined to what goes before by "và"
/// or "," (its type word and "số" may follow after words naming it: ", Luật thuế XNK số …").
fn coordinated_at(text: &str, start: usize) -> bool {
    let lo = scan::floor_char(text, start.saturating_sub(80));
    let head = text[lo..start].trim_end();
    let cut = head
        .rfind(',')
        .map(|k| k + 1)
        .into_iter()
        .chain(head.rfind(" và").map(|k| k + " và".len()))
        .max();
    let Some(cut) = cut else { return false };
    let tail = head[cut..].trim();
    if tail.is_empty() {
        return true;
    }
    // "…, Luật thuế XNK số": a type word, a few words naming the act, "số".
    let words: Vec<&str> = tail.split_whitespace().collect();
    words.len() <= 8
        && words.last().is_some_and(|w| w.eq_ignore_ascii_case("số"))
        && types::type_word_prefix(&tail.to_lowercase()).is_some_and(|w| !w.kind.is_empty())
        && tail.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// Whether `text[a..b]` stays in one sentence: 400 bytes at most, no line break, ";" or full
/// stop ending a sentence.
fn one_sentence(text: &str, a: usize, b: usize) -> bool {
    a <= b && b - a <= 400 && {
        let gap = &text[a..b];
        !gap.contains(['\n', ';']) && !gap.contains(". ")
    }
}

/// The issuer code a symbol carries for [`share_front_subject`]: a letter's first part
/// (`BYT` of `BYT-BH`), else its last (`CP` of `2016/NĐ-CP`, `SLĐTBXH` of `TTr-SLĐTBXH`,
/// `QH13`); none when that part is a number.
fn issuer_code(ident: &Ident) -> Option<&str> {
    let code = if ident.family == ident::Family::CongVan {
        ident.symbol.split(['-', '/']).next()
    } else {
        ident.symbol.rsplit(['-', '/']).next()
    }?;
    (!code.is_empty() && !code.chars().all(|c| c.is_ascii_digit())).then_some(code)
}

/// Whether two references' symbols end with the same issuer code ("357/TB-VPCP" and
/// "161/TB-VPCP", "499/ĐK" and "15/ĐK"). A local government's code ("QĐ-UBND", "UBND-TNMT",
/// "NQ-HĐND", "CT/TU", "NQ/HU") is shared by every province, district and commune: no one
/// agency.
fn same_agency(a: &Ident, b: &Ident) -> bool {
    const LOCAL: [&str; 5] = ["TU", "HU", "ĐU", "QU", "TX"];
    fn code(i: &Ident) -> &str {
        i.symbol.rsplit(['-', '/']).next().unwrap_or("")
    }
    let c = code(a);
    let local = LOCAL.contains(&c) || a.symbol.contains("UBND") || a.symbol.contains("HĐND");
    !c.is_empty() && !c.chars().all(|ch| ch.is_ascii_digit()) && !local && c == code(b)
}

/// Whether `date` may be the issue date of `ident`: a legal symbol names its year
/// ("Nghị định số 91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP ngày 12/02/2015": the list's last
/// date is not the 2014 decree's).
fn year_fits(ident: &Ident, date: NaiveDate) -> bool {
    use chrono::Datelike;
    let year = ident.symbol.get(..4).and_then(|y| y.parse::<i32>().ok());
    ident.family != ident::Family::Legal || year.is_none_or(|y| y == date.year())
}

/// Words that open a document's own title written before the reference that carries it
/// ("Hướng dẫn … ban hành kèm theo Quyết định số …", "Quy chế … ban hành kèm theo …").
const TITLE_WORDS: &[&str] = &[
    "hướng dẫn ",
    "quy chế ",
    "quy định ",
    "quy trình ",
    "điều lệ ",
    "kế hoạch ",
    "chương trình ",
    "đề án ",
    "phương án ",
    "danh mục ",
    "tiêu chuẩn ",
    "quy chuẩn ",
];

/// Between two items of a list, the first one's title: ", <title> [ban hành kèm theo]" after
/// its number or date (a title word opens it or "kèm theo" ends it: not any clause after a
/// comma, "Theo Quyết định số 12/QĐ-TTg, Thủ tướng yêu cầu … thực hiện Quyết định số …"), or
/// "về <title> và"; one clause (no sentence or clause break, no parenthesis), at most thirty
/// words.
fn titled_list_gap(gap: &str) -> bool {
    let gap = gap.trim();
    let lower = gap.to_lowercase();
    let lower = lower.strip_suffix("số").map_or(lower.as_str(), str::trim_end);
    let one_clause = !gap.contains(['.', ';', ':', '\n', '(', ')', '"', '“', '”'])
        && gap.split_whitespace().count() <= 30;
    let titled = lower.strip_prefix(", ").is_some_and(|item| {
        item.ends_with("kèm theo") || TITLE_WORDS.iter().any(|w| item.starts_with(w))
    }) || (lower.starts_with("về ")
        && (lower.ends_with(" và") || lower.ends_with(", và")));
    one_clause && titled && !is_list_gap(gap)
}

/// What may stand between two items of a list of references.
pub(super) fn is_list_gap(gap: &str) -> bool {
    // "số 5612/QĐ-UBND, ngày 7/10/2016, và số 5890/QĐ-UBND": the next item may repeat "số".
    // A title in capitals writes "VÀ".
    let gap = gap.trim().to_lowercase();
    let gap = gap.strip_suffix("số").map_or(gap.as_str(), str::trim_end);
    matches!(gap, "," | ";" | "và" | ", và" | "; và")
}

/// "Quyết định số 1, 2 và 3/QĐ-UBND": numbers listed after "số" (or a type word) before one
/// symbol are references of that symbol too, with the same date and issuer. Each listed number
/// becomes a full mention; the first one's mention starts at the type word.
fn numbers_before_symbol(
    text: &str,
    fulls: Vec<FullMention>,
    published: Option<NaiveDate>,
) -> Vec<FullMention> {
    let mut out = Vec::with_capacity(fulls.len());
    for f in fulls {
        let mut items: Vec<(usize, usize)> = Vec::new(); // (start, end) of listed numbers
        let mut p = f.mention.start;
        if p == f.ident.start {
            // No type word or "số" right before the last number: look for a list.
            loop {
                let before = text[..p].trim_end_matches([' ', '\t']);
                let sep_start = if let Some(b) = before.strip_suffix(',') {
                    b.len()
                } else if let Some(s) = scan::ends_with_word_ci(text, before.len(), "và") {
                    text[..s].trim_end_matches([' ', '\t']).strip_suffix(',').map_or(s, str::len)
                } else {
                    break;
                };
                let b = text[..sep_start].trim_end_matches([' ', '\t']);
                let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let ds = b.len() - digits;
                if digits == 0 || digits > 5 || b[..ds].ends_with(|c: char| c.is_alphanumeric()) {
                    break;
                }
                items.push((ds, b.len()));
                p = ds;
            }
        }
        let Some(&(first, _)) = items.last() else {
            out.push(f);
            continue;
        };
        let (start, word) = attach::prefix_before(text, first);
        if start == first && !text[..first].trim_end().to_lowercase().ends_with("số") {
            out.push(f);
            continue;
        }
        let kind = word.filter(|w| !w.kind.is_empty()).map_or(f.kind, |w| w.kind.as_str());
        let (mut issued, mut issuer) = (f.issued, f.issuer.clone());
        if let Some(v) = attach::front_verb(text, start) {
            issuer = issuer.or_else(|| attach::front_issuer(text, v));
            issued = issued.or_else(|| attach::front_date(text, v, published));
        }
        let mut f = f;
        f.issued = issued;
        f.issuer = issuer;
        for (k, &(s, e)) in items.iter().rev().enumerate() {
            let mut ident = f.ident.clone();
            ident.start = s;
            ident.end = e;
            ident.number = text[s..e].to_string();
            let ms = if k == 0 { start } else { s };
            out.push(FullMention {
                ident,
                kind,
                mention: Mention { start: ms, end: e, text: text[ms..e].to_string() },
                issued: f.issued,
                issuer: f.issuer.clone(),
            });
        }
        out.push(f);
    }
    out
}

/// A full reference as found at one place.
struct FullMention {
    ident: Ident,
    kind: &'static str,
    mention: Mention,
    issued: Option<NaiveDate>,
    issuer: Option<Issuer>,
}

/// A short reference ("Chỉ thị số 24").
struct ShortMention {
    kind: &'static str,
    number: String,
    mention: Mention,
    issued: Option<NaiveDate>,
    issuer: Option<Issuer>,
}

/// An issuer and how it was found.
#[derive(Debug, Clone)]
struct Issuer {
    name: String,
    /// "của …" / "do … ban hành" (true) or "… ban hành" in front (false).
    clause: bool,
}
