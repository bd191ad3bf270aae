//! Short references: a type word, optional "số" and a bare number ("Chỉ thị số 24",
//! "Kết luận 14"), told apart from counts ("Kế hoạch 5 năm"), years and headings.

use chrono::NaiveDate;

use super::attach::{
    adopting_subject, clauses_after, dashed_signer, date_clause, front_date, front_issuer,
    front_verb, granting_subject, on_behalf, paren_issuer, passive_agent, passive_issuer,
    topic_date, topic_subject,
};
use super::codes::{Short, LEX};
use super::types::TYPE_AC;
use super::{is_list_gap, FullMention, ShortMention};
use crate::entities::scan::{hspace, number_digits_end, word_at, word_boundaries, DASHES};
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
        let first = letters.next();
        let second = letters.next();
        let one_space =
            text[m.end()..].starts_with(' ') && !text[m.end() + 1..].starts_with([' ', '\t']);
        let capitalised = first.is_some_and(char::is_uppercase)
            && second.is_some_and(char::is_lowercase)
            && one_space;
        let lowercase = first.is_some_and(char::is_lowercase)
            && text[m.start()..m.end()].chars().all(|c| !c.is_uppercase())
            && one_space;
        let mut q = hspace(text, m.end());
        let mut has_so = false;
        // (a description before "số" still leaves a count or a year out: "quyết định xử phạt
        // số 5 người", "Kết luận thanh tra số 2017")
        let mut described = false;
        let (word, e) = word_at(text, q);
        if matches!(word, "số" | "Số" | "SỐ") {
            has_so = true;
            q = hspace(text, e);
            if text[q..].starts_with(':') {
                q = hspace(text, q + 1);
            }
        } else if let Some(n) = described_so(text, q, &w.kind) {
            // ("Quyết định giải quyết khiếu nại số 333", "Công điện hỏa tốc số 92")
            has_so = true;
            described = true;
            q = n;
        }
        let bare = match w.short {
            Short::Bare => capitalised,
            Short::Lower => capitalised || lowercase,
            // Not a registration plate ("ghe số hiệu NĐ 1816", "biển số NĐ 123").
            Short::Caps => {
                let before = text[..m.start()].trim_end();
                one_space
                    && text[m.start()..m.end()].chars().all(|c| !c.is_lowercase())
                    && !["hiệu", "số", "biển"].iter().any(|w| before.ends_with(w))
            }
            _ => false,
        };
        // "Công văn 309 của Ngân hàng Nhà nước", "theo quyết định 3099 của UBND TP": without
        // "số" and whatever its case, a number its own clause anchors (see `anchored`).
        let anchorable =
            !has_so && !bare && (capitalised || lowercase) && ANCHORED.contains(&w.kind.as_str());
        if !has_so && !bare && !anchorable {
            continue;
        }
        let Some(e) = short_number_at(text, q) else { continue };
        if fulls.iter().any(|f| f.ident.start == q) {
            continue;
        }
        // "Nghị định số 79/2012", "Quyết định 1611/2009": the number with its year and no
        // symbol is a short reference; the year ends the mention.
        // (after "số", or before the reference's clause or a punctuation mark: "Nghị quyết
        // 15/2023 tạm" may be a full reference cut short)
        // (also before a word opening the sentence's clause: "Nghị định 49/2017 sửa đổi …",
        // "Thông tư 15/2015 mà Bộ … ban hành", or its title in parentheses or quotes)
        let year_end = year_after(text, e).filter(|&y| {
            let (next, _) = word_at(text, hspace(text, y));
            has_so
                || matches!(next, "của" | "về" | "ngày" | "do")
                || AFTER_YEAR.contains(&next)
                || text[y..].is_empty()
                || text[y..].starts_with([',', '.', ';', ')', '…'])
                || text[hspace(text, y)..].starts_with(['(', '“', '"', '”'])
        });
        // "Nghị định 105 năm 2014", "Nghị quyết 11 năm 2011": the year written out after the
        // number (not a span of years: "Kế hoạch 5 năm 2021-2025").
        let year_end = year_end
            .or_else(|| year_word_after(text, e).filter(|_| YEAR_WORD.contains(&w.kind.as_str())));
        let n_end = e;
        let e = year_end.unwrap_or(e);
        if anchorable && year_end.is_none() && !anchored(text, m.start(), e, &w.kind) {
            continue;
        }
        if !short_number_end_ok(text, e) {
            continue;
        }
        let number = &text[q..n_end];
        let is_year = looks_like_year(number);
        // "Quyết định 113 ngày 14-4-1980": "ngày" opening the reference's date is no count.
        let count = year_end.is_none()
            && !acts_after(&text[hspace(text, e)..])
            && followed_by_count_word(text, e)
            && date_clause(text, e, published).is_none();
        if (!has_so || described) && (is_year || count) {
            continue;
        }
        let mut items = vec![(m.start(), q, e)];
        let so_list = has_so && !described && year_end.is_none();
        items.extend(listed_numbers(text, fulls, e, so_list, published));
        let last = items.last().map_or(e, |i| i.2);
        let (mut issued, mut issuer) = clauses_after(text, last, published);
        // ("Thông tư 15/2015 mà Bộ VH-TT-DL đã ban hành": the subject of its relative clause)
        issuer = issuer.or_else(|| passive_issuer(text, last));
        if let Some(v) = front_verb(text, m.start()) {
            issuer = issuer
                .or_else(|| on_behalf(text, v))
                .or_else(|| front_issuer(text, v))
                .or_else(|| dashed_signer(text, v));
            issued = issued.or_else(|| front_date(text, v, published));
        }
        // ("…, ngày 20/01/2017, tại công văn số 95, Phó Thủ tướng … đã có ý kiến")
        // (a number given with its year, "Nghị quyết 19/2016": the day must fall in that year)
        let own_year = year_end
            .and_then(|y| text[n_end..y].rsplit(|c: char| !c.is_ascii_digit()).next())
            .and_then(|y| y.parse::<i32>().ok());
        issued = issued.or_else(|| {
            topic_date(text, m.start(), published)
                .filter(|d| own_year.is_none_or(|y| y == chrono::Datelike::year(d)))
        });
        // ("đã được Thủ tướng phê duyệt bằng quyết định 655": the agent of the act it records)
        issuer = issuer.or_else(|| passive_agent(text, m.start()));
        // ("đề nghị của Bộ Tài chính (Công văn số 2000)": the body the parentheses follow)
        issuer = issuer.or_else(|| paren_issuer(text, m.start()));
        // ("Sau đó, tại Quyết định số 326 ngày 1/3/2016, Thủ tướng Chính phủ đã bổ sung …": the
        // subject of the sentence the reference opens)
        issuer = issuer.or_else(|| topic_subject(text, m.start(), last, published));
        // ("Liên Hiệp Quốc đã thông qua nghị quyết 660": the adopting body)
        issuer = issuer.or_else(|| adopting_subject(text, m.start(), &w.kind));
        // ("UBND TPHCM đã phê duyệt dự án này tại Quyết định số 2319": the grant's maker)
        issuer = issuer.or_else(|| granting_subject(text, m.start()));
        for (ms, ns, ne) in items {
            out.push(ShortMention {
                // "văn bản số 339": a generic word names no type but still a numbered text.
                kind: if w.kind.is_empty() { "Văn bản" } else { &w.kind },
                // (a number given with its year: the number alone)
                number: if ne == e && year_end.is_some() {
                    text[ns..n_end].to_string()
                } else {
                    text[ns..ne].to_string()
                },
                mention: Mention { start: ms, end: ne, text: text[ms..ne].to_string() },
                issued,
                issuer: issuer.clone(),
            });
        }
    }
    share_short_clauses(text, &mut out);
    out
}

/// Kinds whose short reference needs no "số" nor a capitalised type word when its own clause
/// anchors it (`anchored`); not programmes, projects, laws or reports ("Chương trình 135 của
/// Chính phủ" is a programme).
const ANCHORED: &[&str] = &[
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Chỉ thị",
    "Kết luận",
    "Công văn",
    "",
    "Kế hoạch",
    "Quy định",
    "Thông báo",
    "Công điện",
    "Hướng dẫn",
];

/// Kinds whose short reference may be described between its type word and "số"
/// (`DESCRIBED`).
/// (`""` is the generic kind, "văn bản": "văn bản chỉ đạo số 2815")
const DESCRIBED_KINDS: &[&str] = &["Quyết định", "Kết luận", "Công điện", "Công văn", ""];

/// What a decision, a conclusion or a letter is, written between its type word and "số" of a
/// short reference ("Quyết định giải quyết khiếu nại số 333", "Kết luận thanh tra số 12",
/// "Quyết định khởi tố bị can số 83", "Công điện hỏa tốc số 92", "văn bản chỉ đạo số 2815"):
/// a closed list, since other words there name something else ("Văn phòng Luật sư số 6",
/// "quyết định xử lý trâu số 18", "thông báo từ Đội CSGT số 4"). A longer description before a
/// shorter one it begins with ("khởi tố vụ án hình sự" before "khởi tố vụ án" and "khởi tố").
const DESCRIBED: &[&str] = &[
    "xử phạt vi phạm hành chính",
    "khởi tố vụ án hình sự",
    "giải quyết khiếu nại",
    "giải quyết tố cáo",
    "khởi tố vụ án",
    "khởi tố bị can",
    "thu hồi đất",
    "thượng khẩn",
    "thanh tra",
    "kiểm tra",
    "khởi tố",
    "truy nã",
    "hỏa tốc",
    "hoả tốc",
    "chỉ đạo",
    "xử phạt",
    "cưỡng chế",
    "kỷ luật",
    "kỉ luật",
    "khẩn",
];

/// After a type word of `DESCRIBED_KINDS` (its end's following spaces at `q`): one of
/// `DESCRIBED`, one space and "số" (and a colon); the start of the number after it.
fn described_so(text: &str, q: usize, kind: &str) -> Option<usize> {
    if !DESCRIBED_KINDS.contains(&kind) {
        return None;
    }
    let rest = &text[q..];
    let d =
        DESCRIBED.iter().find(|d| rest.starts_with(**d) && rest[d.len()..].starts_with(" số"))?;
    let so_end = q + d.len() + " số".len();
    if text[so_end..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let n = hspace(text, so_end);
    let n = if text[n..].starts_with(':') { hspace(text, n + 1) } else { n };
    (n > so_end).then_some(n)
}

/// Kinds whose number may be followed by its year written out ("Nghị định 105 năm 2014").
const YEAR_WORD: &[&str] =
    &["Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Thông tư liên tịch", "Chỉ thị"];

/// Words opening the sentence's clause after a short reference written with its year
/// ("Nghị định 49/2017 sửa đổi …", "Thông tư 15/2015 mà …", "Quyết định 33/2014 đã …").
const AFTER_YEAR: &[&str] = &[
    "mà", "và", "hoặc", "sửa", "quy", "qui", "hướng", "tại", "thì", "là", "được", "đã", "đang",
    "sẽ", "có", "gây", "khiến", "trước", "không", "này", "cũng", "vẫn", "tiếp", "để", "nêu",
    "thay", "bổ", "chỉ", "yêu", "cho", "nhằm", "với", "đối", "trên", "hết", "chính",
];

/// A bare number after a type word written without "số" (in any case) is a reference when its
/// own clause anchors it: its issuer after "của" or "do", a letter's addressee after "gửi" ("Công văn 309 của Ngân hàng Nhà
/// nước", "Công văn 4611 do Phó chủ tịch …"), its date after "ngày" ("văn bản 10285 ngày
/// 29/11/2016"), or "theo"/"tại" before it and the clause's punctuation after it ("theo quy
/// định 96”"). `s` is the type word's start, `e` the number's end.
fn anchored(text: &str, s: usize, e: usize, kind: &str) -> bool {
    // ("quyết định 655, ngày 12/5/2017": its date after a comma)
    if let Some(r) = text[e..].strip_prefix(", ngày ") {
        return r.starts_with(|c: char| c.is_ascii_digit());
    }
    let q = hspace(text, e);
    if q == e {
        return text[e..].starts_with([',', '.', ';', ')', '”', '"']) && {
            let before = text[..s].trim_end();
            let (_, prev) = before.rsplit_once(' ').unwrap_or(("", before));
            matches!(prev, "theo" | "Theo" | "tại" | "Tại")
        };
    }
    let (next, ne) = word_at(text, q);
    let after = hspace(text, ne);
    match next {
        "của" | "do" => text[after..].starts_with(char::is_uppercase),
        // (a letter's addressee: "văn bản 2590 gửi Sở Tài nguyên và Môi trường"; not a plan's)
        "gửi" => {
            matches!(kind, "" | "Công văn" | "Công điện")
                && text[after..].starts_with(char::is_uppercase)
        }
        "ngày" => text[after..].starts_with(|c: char| c.is_ascii_digit()),
        // ("quyết định 929 điều động, bổ nhiệm ông …": what the decision does)
        _ => acts_after(&text[q..]),
    }
}

/// Whether `rest` opens with what a decision does (`ACTS`).
fn acts_after(rest: &str) -> bool {
    ACTS.iter().any(|a| rest.starts_with(a) && !rest[a.len()..].starts_with(char::is_alphanumeric))
}

/// What a decision does, right after its number ("quyết định 929 điều động …", "quyết định
/// 106 về việc …").
const ACTS: &[&str] = &[
    "về việc",
    "điều động",
    "bổ nhiệm",
    "phê duyệt",
    "thành lập",
    "công nhận",
    "thi hành kỷ luật",
];

/// Whether a bare number of a short reference reads as a year: four digits from 19 or 20.
fn looks_like_year(number: &str) -> bool {
    number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
}

/// The end of a year written out after a short reference's number ending at `e` ("105 năm
/// 2014"): "năm" and four digits from 1945 to 2099, not a span ("năm 2021-2025") nor glued on.
pub(super) fn year_word_after(text: &str, e: usize) -> Option<usize> {
    let q = hspace(text, e);
    let (w, we) = word_at(text, q);
    if q == e || w != "năm" {
        return None;
    }
    let y = hspace(text, we);
    let (digits, de) = word_at(text, y);
    let year: u32 = digits.parse().ok().filter(|_| digits.len() == 4 && y > we)?;
    let rest = &text[de..];
    let span = rest.trim_start_matches(' ').starts_with(|c: char| DASHES.contains(c) || c == '/');
    ((1945..2100).contains(&year) && !span).then_some(de)
}

/// The end of a short reference's number at `q`: one to five digits, not followed by a sixth,
/// and a letter suffix ("Nghị quyết 30a").
fn short_number_at(text: &str, q: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let e = number_digits_end(text, q)?;
    let suffix = bytes.get(e).is_some_and(|b| (b'a'..=b'e').contains(b))
        && !text[e + 1..].starts_with(char::is_alphanumeric);
    Some(if suffix { e + 1 } else { e })
}

/// The end of a year written after a short reference's number ending at `e` ("79/2012"): "/"
/// and four digits from 1945 to 2099, then no letter, digit, "/" or dash; `None` otherwise.
fn year_after(text: &str, e: usize) -> Option<usize> {
    let rest = text[e..].strip_prefix('/')?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let year: u32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    let after = &rest[4..];
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || c == '/' || DASHES.contains(c));
    // ("số 10/2016 QĐ-UBND": a full reference whose symbol lost its slash is none)
    let code = after
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', '.', ';']).next())
        .is_some_and(|w| {
            w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.contains(char::is_lowercase)
        });
    ((1945..2100).contains(&year) && !glued && !code).then_some(e + 5)
}

/// Whether `word` stands at `q`, and where the text goes on: after it and the spaces that
/// follow, or `q` when it is not there.
fn skip_word(text: &str, q: usize, word: &str) -> (bool, usize) {
    let (w, we) = word_at(text, q);
    if w == word {
        (true, hspace(text, we))
    } else {
        (false, q)
    }
}

/// "Quyết định số 217, số 218": further numbers of a short reference's list, each after ",",
/// ";" or "và" and its own "số" (a bare number only after "và": "số 217 và 218"; after a comma
/// too when the list opened with "số", `so_list`: "Chỉ thị số 12, 23, 29, 32"). Returns
/// (mention start, number start, number end) of each.
fn listed_numbers(
    text: &str,
    fulls: &[FullMention],
    mut e: usize,
    so_list: bool,
    published: Option<NaiveDate>,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    loop {
        let mut q = hspace(text, e);
        let mut joined = false;
        if text[q..].starts_with([',', ';']) {
            q = hspace(text, q + 1);
            joined = true;
        }
        let (and, q) = skip_word(text, q, "và");
        if !and && !joined {
            break;
        }
        let ms = q;
        let (has_so, q) = skip_word(text, q, "số");
        let comma_list = so_list && joined && text[..q].ends_with(", ");
        if !has_so && !and && !comma_list {
            break;
        }
        let Some(n) = short_number_at(text, q) else { break };
        // (a bare number after a comma is no year: "Chỉ thị số 12, 2016")
        let year = looks_like_year(&text[q..n]);
        if fulls.iter().any(|f| f.ident.start == q)
            || (comma_list && !has_so && year)
            || !short_number_end_ok(text, n)
            // ("văn bản số 63, 64 ngày 11/7": "ngày" opening the list's date is no count)
            || (followed_by_count_word(text, n) && date_clause(text, n, published).is_none())
        {
            break;
        }
        out.push((ms, q, n));
        e = n;
    }
    out
}

/// "Quyết định 935 và Quyết định 936 của Thành ủy": short references joined by ",", ";" or "và"
/// share the date and issuer stated after the last one.
fn share_short_clauses(text: &str, shorts: &mut [ShortMention]) {
    shorts.sort_by_key(|s| s.mention.start);
    for i in (1..shorts.len()).rev() {
        let (head, tail) = shorts.split_at_mut(i);
        let (prev, cur) = (&mut head[i - 1], &tail[0]);
        let clause_issuer = cur.issuer.as_ref().filter(|x| x.clause);
        if prev.issued.is_some()
            || prev.issuer.is_some()
            || (cur.issued.is_none() && clause_issuer.is_none())
            || prev.mention.end > cur.mention.start
        {
            continue;
        }
        if is_list_gap(&text[prev.mention.end..cur.mention.start]) {
            prev.issued = cur.issued;
            prev.issuer = clause_issuer.cloned();
        }
    }
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
    let (w, we) = word_at(text, q);
    let lw = w.to_lowercase();
    // ("5 chỉ vàng", a weight of gold; not "Quyết định 26 chỉ quy định …", "only")
    if lw == "chỉ" {
        return word_at(text, hspace(text, we)).0 == "vàng";
    }
    LEX.count.contains(&lw)
}
