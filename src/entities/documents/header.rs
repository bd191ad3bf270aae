//! A reference's own header or registry row: where a legal text or a registry page states the
//! issue date and issuer of the document it *is*, apart from any citation clause.
//!
//! - **Header**: "Số: 30/2018/QĐ-UBND" at the start of a line or a table cell, with "Hải Phòng,
//!   ngày 09 tháng 10 năm 2018" later on the same row (or within three lines, before a blank line):
//!   the issue date; the issuing body is the header cell or lines in front of the national
//!   emblem ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
//! - **Registry row**: "Số hiệu: 30/2018/QĐ-UBND … Ngày ban hành: 09/10/2018 … Cơ quan ban
//!   hành: UBND TP Hải Phòng", the labels in any order after the number, up to the next
//!   "Số hiệu".
//! - **Registry table**: a reference in a Markdown table row whose header row names the columns
//!   "Ngày ban hành" and "Cơ quan ban hành": the row's cells in those columns ([`table_row`]).
//!
//! Headers are read as portals print them: capital syllables split by stray spaces are rejoined
//! ("B Ộ LAO ĐỘNG" → "BỘ LAO ĐỘNG"), and of a parent and a subordinate body in one cell ("BỘ
//! TÀI CHÍNH TỔNG CỤC THUẾ") the subordinate is the issuer.

use chrono::NaiveDate;

use super::codes::{TypeWord, LEX};
use super::types::type_word_prefix;
use super::Issuer;
use crate::entities::dates::date_at;
use crate::entities::scan::{ends_with_word_ci, floor_char, skip_ws_back};

/// How far a header row or registry row runs after the number, in bytes.
const ROW: usize = 600;

/// The issue date and issuer a header or registry row gives the reference at
/// `[ident_start, ident_end)`; `None` when the reference is not introduced that way.
pub(super) fn own_row(
    text: &str,
    ident_start: usize,
    ident_end: usize,
) -> Option<(Option<NaiveDate>, Option<Issuer>)> {
    let mut p = skip_ws_back(text, ident_start);
    let colon = text[..p].ends_with(':');
    if colon {
        p = skip_ws_back(text, p - 1);
    }
    if LEX.registry_number.iter().any(|w| ends_with_word_ci(text, p, w).is_some()) {
        return colon.then(|| registry_row(text, ident_end));
    }
    let s = ends_with_word_ci(text, p, "số")?;
    // "Số" capitalised, first on its line or in its cell.
    if !text[s..].starts_with('S') {
        return None;
    }
    let before = text[..s].trim_end_matches([' ', '\t']);
    if !(before.is_empty() || before.ends_with(['\n', '|'])) {
        return None;
    }
    let issued = header_date(text, ident_end);
    issued?;
    let issuer = header_issuer(text, s).map(|i| enacting_body(text, ident_end, i));
    Some((issued, issuer))
}

/// The type word a legal text's title line under its header row writes in capitals ("Số
/// 384-QĐ/TW | … |" then "QUY ĐỊNH"): the first line after the row's paragraph, opening with a
/// type word.
pub(super) fn title_word(text: &str, ident_end: usize) -> Option<&'static TypeWord> {
    let end = floor_char(text, (ident_end + ROW).min(text.len()));
    let rest = &text[ident_end..end];
    let para = rest.find("\n\n")?;
    let line = rest[para..]
        .split('\n')
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || "|*#".contains(c)))
        .find(|l| !l.is_empty())?;
    let letters = line.chars().filter(|c| c.is_alphabetic());
    if letters.clone().next().is_none() || !letters.clone().all(char::is_uppercase) {
        return None;
    }
    let lower = line.to_lowercase();
    let w = type_word_prefix(&lower)?;
    let after = &lower[w.phrase.len()..];
    (after.is_empty() || after.starts_with(' ')).then_some(w)
}

/// The header cell cut short ("ỦY BAN THƯỜNG VỤ") and the enacting line under the title naming
/// the body in full ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"): the full name, from a capital line of the
/// page's head that starts with the header's name.
fn enacting_body(text: &str, from: usize, header: Issuer) -> Issuer {
    let end = floor_char(text, (from + 2 * ROW).min(text.len()));
    let full = text[from..end]
        .split('\n')
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || "|*#".contains(c)))
        .find(|l| {
            let letters = l.chars().filter(|c| c.is_alphabetic());
            // Not the enacting verb ("… QUYẾT ĐỊNH:", "… QUYẾT NGHỊ").
            l.strip_prefix(header.name.as_str())
                .is_some_and(|r| r.starts_with(' ') && !r.contains("QUYẾT") && !r.contains(':'))
                && l.split_whitespace().count() <= 14
                && letters.clone().count() > 0
                && letters.clone().all(char::is_uppercase)
        });
    match full {
        Some(l) => Issuer { name: l.to_string(), clause: header.clause },
        None => header,
    }
}

/// "Place, ngày D tháng M năm Y" after the number, on the same row or within three lines.
fn header_date(text: &str, from: usize) -> Option<NaiveDate> {
    let end = floor_char(text, (from + ROW).min(text.len()));
    let row = &text[from..end];
    let row = &row[..row.find("\n\n").unwrap_or(row.len())];
    let mut lines = 0;
    let mut at = 0;
    while let Some(k) = row[at..].find("ngày") {
        let k = at + k;
        lines += row[at..k].matches('\n').count();
        if lines > 3 {
            return None;
        }
        at = k + "ngày".len();
        if !row[..k].trim_end_matches([' ', '\t']).ends_with(',') {
            continue;
        }
        let q = from + at + (row[at..].len() - row[at..].trim_start_matches([' ', '\t']).len());
        // The header states its year: no year is resolved from elsewhere.
        if let Some((d, _)) = date_at(text, q, None) {
            return Some(d);
        }
    }
    None
}

/// The issuing body in front of the emblem that precedes `so_start` ("Số").
fn header_issuer(text: &str, so_start: usize) -> Option<Issuer> {
    let lo = floor_char(text, so_start.saturating_sub(ROW));
    let window = &text[lo..so_start];
    let (mark_at, _) = LEX
        .header_marks
        .iter()
        .filter_map(|m| window.rfind(m.as_str()).map(|k| (k, m)))
        .max_by_key(|(k, _)| *k)?;
    // The body's lines: from the last blank line (or the window start) to the emblem.
    let head = &window[..mark_at];
    let head = &head[head.rfind("\n\n").map_or(0, |k| k + 2)..];
    let name: Vec<&str> = head
        .split(['\n', '|', '*'])
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || "-–—_*=".contains(c)))
        .filter(|l| !l.is_empty())
        .collect();
    let name = spaced_hyphens(&last_body(&rejoin_letters(&name.join(" "))));
    let letters = name.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().all(char::is_uppercase);
    let words = name.split_whitespace().count();
    (upper && letters.count() > 0 && (2..=14).contains(&words))
        .then_some(Issuer { name, clause: true })
}

/// "BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI": a hyphen glued between the words of a body's name is
/// written spaced, as the name is ("Bộ Lao động - Thương binh và Xã hội").
fn spaced_hyphens(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev = None;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c == '-'
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic)
        {
            out.push_str(" - ");
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// Consonants that never make a Vietnamese syllable alone.
const CONSONANTS: &str = "BCDĐGHKLMNPQRSTVX";

/// A piece of a split syllable: one capital consonant ("B" of "B Ộ") or a consonant digraph
/// ("NH" of "M I NH").
fn fragment(w: &str) -> bool {
    let mut c = w.chars();
    match (c.next(), c.next(), c.next()) {
        (Some(x), None, None) => CONSONANTS.contains(x),
        _ => matches!(w, "CH" | "GH" | "KH" | "NG" | "NH" | "PH" | "TH" | "TR"),
    }
}

/// Capital syllables split by stray spaces, as legal portals print some headers ("B Ộ LAO
/// ĐỘNG", "V À X Ã HỘI", "ỦY B AN NHÂN D Â N", "HỒ C H Í M I NH"): a consonant piece joins the
/// next word when that starts with a vowel or makes an initial cluster with it ("C H" → "CH"),
/// else the word before when that ends with a vowel and the piece can end a syllable ("DÂ N" →
/// "DÂN").
fn rejoin_letters(name: &str) -> String {
    let is_vowel = |c: char| c.is_alphabetic() && c.is_uppercase() && !CONSONANTS.contains(c);
    let mut words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
    let mut i = 0;
    while i < words.len() {
        if !fragment(&words[i]) {
            i += 1;
            continue;
        }
        let next = words.get(i + 1).and_then(|w| w.chars().next());
        let cluster = matches!(
            (words[i].as_str(), next),
            ("C" | "K" | "N" | "P" | "T" | "G", Some('H'))
                | ("T", Some('R'))
                | ("N", Some('G'))
                | ("NG", Some('H'))
        );
        let final_piece =
            matches!(words[i].as_str(), "C" | "M" | "N" | "P" | "T" | "CH" | "NG" | "NH");
        if next.is_some_and(is_vowel) || cluster {
            let w = words.remove(i);
            words[i].insert_str(0, &w);
        } else if i > 0 && final_piece && words[i - 1].chars().last().is_some_and(is_vowel) {
            let w = words.remove(i);
            words[i - 1].push_str(&w);
        } else {
            i += 1;
        }
    }
    words.join(" ")
}

/// A header cell naming a body and its subordinate on two lines ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ",
/// "UBND TỈNH X SỞ Y TẾ", "CỤC THUẾ THUẾ TỈNH VĨNH LONG" — a provincial tax office since 2025):
/// the issuer is the subordinate, the last body named.
fn last_body(name: &str) -> String {
    // "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG": a bare office on the last line is the office of
    // the body above it ("Văn phòng Ban Chấp hành Trung ương").
    if let Some(parent) = name.strip_suffix(" VĂN PHÒNG") {
        if parent.split(' ').count() >= 2 {
            return format!("VĂN PHÒNG {parent}");
        }
    }
    const HEADS: [&str; 11] = [
        "TỔNG CỤC ",
        "CHI CỤC ",
        "CỤC ",
        "SỞ ",
        "VỤ ",
        "VĂN PHÒNG ",
        "BAN ",
        "THANH TRA ",
        "THUẾ TỈNH ",
        "THUẾ THÀNH PHỐ ",
        "TRUNG TÂM ",
    ];
    let words: Vec<&str> = name.split(' ').collect();
    let mut at = None;
    let mut offset = 0;
    for (k, w) in words.iter().enumerate() {
        let rest = &name[offset..];
        let prev = k.checked_sub(1).map(|j| words[j]);
        // "ỦY BAN", "CHI CỤC" / "TỔNG CỤC" (the longer head wins), "ỦY BAN … VĂN PHÒNG"
        // "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG": "VỤ" inside "PHỤC VỤ" names no department.
        let inside = matches!(prev, Some("ỦY" | "UỶ" | "TỔNG" | "CHI" | "PHỤC"));
        if k > 1 && !inside && HEADS.iter().any(|h| rest.starts_with(h)) && k + 1 < words.len() {
            at = Some(offset);
        }
        offset += w.len() + 1;
    }
    let Some(k) = at else { return name.to_string() };
    let (parent, body) = (name[..k].trim_end(), &name[k..]);
    // "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC": a department of the Party's Central Committee is
    // named "Ban Tổ chức Trung ương"; of a provincial or district committee ("TỈNH ỦY X BAN
    // TUYÊN GIÁO"), "Ban Tuyên giáo Tỉnh ủy X".
    if body.starts_with("BAN ") && !body.ends_with(" TRUNG ƯƠNG") {
        if parent == "BAN CHẤP HÀNH TRUNG ƯƠNG" {
            return format!("{body} TRUNG ƯƠNG");
        }
        let committee = ["TỈNH ỦY ", "THÀNH ỦY ", "HUYỆN ỦY ", "QUẬN ỦY ", "THỊ ỦY "];
        if committee.iter().any(|c| parent.replace("UỶ", "ỦY").starts_with(c)) {
            return format!("{body} {parent}");
        }
    }
    body.to_string()
}

/// "Ngày ban hành:" and "Cơ quan ban hành:" after the number, up to the next "Số hiệu".
fn registry_row(text: &str, from: usize) -> (Option<NaiveDate>, Option<Issuer>) {
    let end = floor_char(text, (from + ROW).min(text.len()));
    let row = &text[from..end];
    let lower = row.to_lowercase();
    // `lower` may differ in length from `row` only for exotic letters; map by re-finding.
    if lower.len() != row.len() {
        return (None, None);
    }
    let next_number = LEX
        .registry_number
        .iter()
        .filter_map(|w| lower.find(w.as_str()))
        .min()
        .unwrap_or(row.len());
    let row = &row[..next_number];
    let lower = &lower[..next_number];
    let value_at = |labels: &[String]| -> Option<usize> {
        labels.iter().filter_map(|l| lower.find(l.as_str()).map(|k| k + l.len())).min().and_then(
            |k| {
                let rest = &row[k..];
                let t = rest.trim_start_matches([' ', '\t']);
                t.strip_prefix(':').map(|t| k + rest.len() - t.len())
            },
        )
    };
    let issued = value_at(&LEX.registry_date).and_then(|k| {
        let q = from + k + (row[k..].len() - row[k..].trim_start_matches([' ', '\t']).len());
        date_at(text, q, None).map(|(d, _)| d)
    });
    let issuer = value_at(&LEX.registry_issuer).and_then(|k| {
        let rest = &row[k..];
        let rest_lower = &lower[k..];
        let mut stop = rest.find(['\n', '|', '\t']).unwrap_or(rest.len());
        for l in &LEX.registry_labels {
            if let Some(j) = rest_lower.find(l.as_str()) {
                stop = stop.min(j);
            }
        }
        let name = rest[..stop].trim_matches(|c: char| c.is_whitespace() || c == ';' || c == ',');
        (!name.is_empty() && name.split_whitespace().count() <= 14)
            .then(|| Issuer { name: name.to_string(), clause: true })
    });
    (issued, issuer)
}

/// A registry table: a reference in a cell of a Markdown table row whose header row names an
/// issue-date column ("Ngày ban hành", "Ngày, tháng, năm ban hành", "Ngày ký") and an issuing-body
/// column ("Cơ quan ban hành"): the row's cells in those columns are the reference's date and
/// issuer. Returns `None` outside such a table.
pub(super) fn table_row(
    text: &str,
    ident_start: usize,
) -> Option<(Option<NaiveDate>, Option<Issuer>)> {
    let line_start = text[..ident_start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[ident_start..].find('\n').map_or(text.len(), |k| ident_start + k);
    let line = &text[line_start..line_end];
    if !line.trim_start().starts_with('|') {
        return None;
    }
    // Up through the table to the separator row; the header row is the line above it.
    let mut end = line_start;
    let mut header = None;
    for _ in 0..200 {
        if end == 0 {
            break;
        }
        let prev_end = end - 1;
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |k| k + 1);
        let prev = text[prev_start..prev_end].trim();
        if !prev.starts_with('|') {
            break;
        }
        if is_separator(prev) {
            let h_end = prev_start.checked_sub(1)?;
            let h_start = text[..h_end].rfind('\n').map_or(0, |k| k + 1);
            header = Some(&text[h_start..h_end]);
            break;
        }
        end = prev_start;
    }
    let heads: Vec<String> = cells(header?).iter().map(|c| c.to_lowercase()).collect();
    let date_col = heads.iter().position(|h| {
        h.contains("ngày")
            && (h.contains("ban hành") || h.contains("ký") || h.trim() == "ngày")
            && !h.contains("hiệu lực")
    });
    let issuer_col = heads.iter().position(|h| {
        h.contains("cơ quan") || LEX.registry_issuer.iter().any(|l| h.contains(l.as_str()))
    });
    if date_col.is_none() && issuer_col.is_none() {
        return None;
    }
    let row = cells(line);
    // The reference's own cell is not the date or issuer cell.
    let offset = ident_start - line_start;
    let own = line[..offset].matches('|').count().checked_sub(1)?;
    let issued = date_col.filter(|&c| c != own).and_then(|c| {
        let cell = row.get(c)?;
        let at = line_start + cell_offset(line, c)?;
        let q = at + (text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len());
        date_at(text, q, None).map(|(d, _)| d).filter(|_| !cell.is_empty())
    });
    let issuer = issuer_col.filter(|&c| c != own).and_then(|c| {
        let name = row.get(c)?.trim();
        (!name.is_empty()
            && name.split_whitespace().count() <= 14
            && name.starts_with(char::is_uppercase))
        .then(|| Issuer { name: name.to_string(), clause: true })
    });
    (issued.is_some() || issuer.is_some()).then_some((issued, issuer))
}

/// "|---|:---:|": a Markdown table's separator row.
fn is_separator(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The trimmed cells of a table row ("| a | b |" → ["a", "b"]).
fn cells(line: &str) -> Vec<&str> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').map(str::trim).collect()
}

/// Byte offset in `line` where cell `c` (0-based) starts, after its bar.
fn cell_offset(line: &str, c: usize) -> Option<usize> {
    line.match_indices('|').nth(c).map(|(k, _)| k + 1)
}
