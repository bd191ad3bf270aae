//! Reference symbols: a number, separators and codes, validated against the families of
//! official documents (Party `24-CT/TU`, state `10/CT-UBND` and `3824/UBND-KT`, legal
//! `73/2023/NĐ-CP` and `98/2023/QH15`, old `73/CP`) and repaired to their canonical form.

use std::sync::LazyLock;

use chrono::Datelike;

use super::codes::{issuer_code, kind_of_code, lookup, party_organ, split_glued, LEX};
use crate::entities::scan::{ends_with_word_ci, number_digits_end, skip_ws, DASHES};

/// Document families, told apart by separators and codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    /// `N-TYPE/ORGAN`.
    Party,
    /// `N/TYPE-ISSUER`.
    Admin,
    /// `N/ISSUER-UNIT` (state letter, no type code).
    CongVan,
    /// `N/YYYY/…`.
    Legal,
    /// `N/CP`, `N/HĐBT`, `N/TTg`.
    Old,
}

/// A parsed, validated reference symbol.
#[derive(Debug, Clone)]
pub(super) struct Ident {
    /// Start of the number.
    pub(super) start: usize,
    /// End of the last accepted code.
    pub(super) end: usize,
    /// The number as written ("05", "30c").
    pub(super) number: String,
    /// Canonical symbol after the number's separator.
    pub(super) symbol: String,
    /// Separator between number and symbol in the canonical id.
    pub(super) sep: char,
    /// Kind implied by the code.
    pub(super) code_kind: &'static str,
    /// Family.
    pub(super) family: Family,
}

impl Ident {
    pub(super) fn id(&self) -> String {
        format!("{}{}{}", self.number, self.sep, self.symbol)
    }
}

/// A code token at `pos`: starts with a capital; letters, digits and `&`; `T.Ư` allowed.
/// Returns the repaired token (`Ð` → `Đ`, `TƯ` → `TW`) and its end.
fn scan_code(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = &text[pos..];
    let first = rest.chars().next()?;
    if !(first.is_uppercase()) {
        return None;
    }
    let mut out = String::new();
    let mut end = pos;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let c = if c == 'Ð' { 'Đ' } else { c };
        if c.is_alphanumeric() || (c == '&' && !out.is_empty()) {
            out.push(c);
            end = pos + i + c.len_utf8();
        } else if c == '.' && out.ends_with('T') && chars.peek().is_some_and(|&(_, n)| n == 'Ư') {
            // "T.Ư" → "TƯ"
        } else if c == '.' && out.chars().count() == 1 && roman_after(&rest[i + 1..]) {
            // "3090/VPCP-V.I": a department numbered in Roman figures.
            out.push('.');
        } else {
            break;
        }
        if out.chars().count() > 24 {
            return None;
        }
    }
    // '&' must be inside the code.
    while out.ends_with('&') {
        out.pop();
        end -= 1;
    }
    if out.is_empty() {
        return None;
    }
    // "24/2014/TT-BNNPTNTngày 19/8/2014", "Nghị định 67/CPvừa hạ thủy": a common word glued to
    // the code's last capital (a space lost in the page) is not part of the code.
    if let Some(n) = glued_word_len(&out) {
        out.truncate(out.len() - n);
        end -= n;
    }
    if let Some((joined, e)) = split_letters(text, &out, end) {
        out = joined;
        end = e;
    }
    if out.contains("TƯ") {
        out = out.replace("TƯ", "TW");
    }
    if let Some(repaired) = telex_dd(&out) {
        out = repaired;
    }
    Some((out, end))
}

/// Words a page glues to a symbol's last code when it loses the space after it ("NĐ-CPngày",
/// "CPvừa"): the commonest words after a reference.
const GLUED_WORDS: [&str; 12] =
    ["ngày", "vừa", "của", "về", "do", "và", "được", "đã", "có", "tại", "với", "để"];

/// The byte length of a word of [`GLUED_WORDS`] ending `code` right after a capital or a digit
/// (at least two characters before it), else `None`.
fn glued_word_len(code: &str) -> Option<usize> {
    let last = code.chars().last()?;
    if !last.is_lowercase() {
        return None;
    }
    GLUED_WORDS.iter().find_map(|w| {
        let head = code.strip_suffix(w)?;
        let glued = head.chars().count() >= 2
            && head.chars().last().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        glued.then_some(w.len())
    })
}

/// "2551/QDD-TTg": `Đ` typed as `DD` (Telex input left unconverted). The code is read with `Đ`
/// when it is unknown as written and known once repaired (a type code, an issuer code, or a
/// type glued to an issuer).
fn telex_dd(code: &str) -> Option<String> {
    if !code.contains("DD") {
        return None;
    }
    let lists = [&LEX.admin_types, &LEX.legal_types, &LEX.party_types, &LEX.issuers];
    let known = |c: &str| {
        lists.iter().any(|l| l.iter().any(|k| k == c))
            || split_glued(c, &LEX.admin_types).is_some()
            || split_glued(c, &LEX.legal_types).is_some()
    };
    let repaired = code.replace("DD", "Đ");
    (!known(code) && known(&repaired)).then_some(repaired)
}

/// "Số: 3210/QĐ - U B ND": capital letters of a code split by single spaces, as legal portals
/// print some headers. The pieces after `code` (ending at `end`) join it when each is one to
/// three capitals, one of them (or `code`) is a lone letter, and the joined code is a known
/// issuer; the longest such join wins. Returns the joined code and its end.
fn split_letters(text: &str, code: &str, end: usize) -> Option<(String, usize)> {
    let caps =
        |w: &str| !w.is_empty() && w.chars().count() <= 3 && w.chars().all(char::is_uppercase);
    if !caps(code) {
        return None;
    }
    let mut joined = code.to_string();
    let mut lone = code.chars().count() == 1;
    let mut p = end;
    let mut best = None;
    for _ in 0..4 {
        let Some(rest) = text[p..].strip_prefix(' ') else { break };
        let n = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let piece = &rest[..n];
        if !caps(piece) {
            break;
        }
        lone |= piece.chars().count() == 1;
        joined.push_str(piece);
        p += 1 + n;
        if lone && LEX.issuers.contains(&joined) {
            best = Some((joined.clone(), p));
        }
    }
    best
}

/// "04/2012/UBTVQH 13": a National Assembly term printed after a space: the digits and their
/// end, when one space and one or two digits follow `end` and end the symbol.
fn spaced_term(text: &str, end: usize) -> Option<(String, usize)> {
    let rest = text[end..].strip_prefix(' ')?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[n..].chars().next();
    ((1..=2).contains(&n) && !after.is_some_and(|c| c.is_alphanumeric() || c == '/'))
        .then(|| (rest[..n].to_string(), end + 1 + n))
}

/// A Roman number ("I", "III", "IV") at the start of `s`, ending the code.
fn roman_after(s: &str) -> bool {
    let n = s.len() - s.trim_start_matches(['I', 'V', 'X']).len();
    n > 0 && n <= 4 && !s[n..].starts_with(char::is_alphanumeric)
}

/// One separator-joined code after the number.
#[derive(Debug, Clone)]
struct CodeTok {
    /// Separator before it, normalised to `/` or `-`.
    sep: char,
    /// Whitespace around that separator.
    spaced: bool,
    /// A dash glued to the code before it with whitespace after it only ("CAT- ANCTNB"): a
    /// line break or a typing slip inside the symbol, not a dash between words.
    dangling: bool,
    /// Repaired code, or the year.
    text: String,
    /// End offset in the text.
    end: usize,
}

/// A separator at `p` (after optional spaces): returns (normalised char, end, spaced).
fn separator_at(text: &str, p: usize) -> Option<(char, usize, bool)> {
    let q = skip_ws(text, p);
    let c = text[q..].chars().next()?;
    let sep = match c {
        '/' | '／' => '/',
        c if DASHES.contains(c) => '-',
        _ => return None,
    };
    let after = q + c.len_utf8();
    let r = skip_ws(text, after);
    Some((sep, r, q > p || r > after))
}

/// Four-digit year 19xx / 20xx at `p`, not followed by another digit: the year and its end.
/// A year typed with one digit doubled ("230/20116/TT-BTC") is read as a reader would (2016)
/// when a separator follows it.
fn year_at(text: &str, p: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let is_year = |b: &[u8]| b.starts_with(b"19") || b.starts_with(b"20");
    let n = bytes.get(p..).unwrap_or_default().iter().take_while(|b| b.is_ascii_digit()).count();
    let b = bytes.get(p..p + n)?;
    if n == 4 && is_year(b) {
        return Some((text[p..p + 4].to_string(), p + 4));
    }
    if n != 5 || separator_at(text, p + 5).is_none() {
        return None;
    }
    (0..4).filter(|&i| b[i] == b[i + 1]).find_map(|i| {
        let y: Vec<u8> = b[..i].iter().chain(&b[i + 1..]).copied().collect();
        is_year(&y).then(|| (String::from_utf8_lossy(&y).into_owned(), p + 5))
    })
}

/// Whether the word "số" / "Số" / "SỐ" ends right at `start`, a word of its own before it.
fn glued_so(text: &str, start: usize) -> bool {
    ["số", "Số", "SỐ"].iter().any(|w| {
        text[..start].strip_suffix(w).is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Parses and validates a reference whose number starts at `start`. `lenient` (user input)
/// accepts spaced groups by shape too.
pub(super) fn parse_ident(text: &str, start: usize, lenient: bool) -> Option<Ident> {
    parse_ident_typed(text, start, lenient, false)
}

/// [`parse_ident`] for a number a type word introduces ("Tờ trình số 4189/LS-LĐTBXH-TC"): the
/// first code of a `N/ISSUER-UNIT` symbol may then be any issuer-shaped code, not only a known
/// issuer (joint departments "LS", new agencies), since the type word already says it is a
/// document.
pub(super) fn parse_ident_typed(
    text: &str,
    start: usize,
    lenient: bool,
    typed: bool,
) -> Option<Ident> {
    // Left boundary: not glued to a word, a path or a number.
    let mut before = text[..start].chars().rev();
    let (prev, prev2) = (before.next(), before.next());
    if let Some(c) = prev {
        // "Nghị định số204/2004/NĐ-CP": "số" glued to its number (a space lost in the page).
        let glued_so = (c == 'ố' || c == 'Ố') && glued_so(text, start);
        if (c.is_alphanumeric() && !glued_so) || matches!(c, '/' | '_' | '@' | '#' | '\\' | '=') {
            return None;
        }
        let glue = c == '.' || c == ',' || DASHES.contains(c);
        if glue && prev2.is_some_and(char::is_alphanumeric) {
            return None;
        }
    }
    let bytes = text.as_bytes();
    let mut p = number_digits_end(text, start)?;
    if bytes.get(p).is_some_and(u8::is_ascii_lowercase) {
        p += 1;
    }
    let number = text[start..p].to_string();
    let ident = |end: usize, symbol: String, sep: char, code_kind: &'static str, family: Family| {
        Some(Ident { start, end, number: number.clone(), symbol, sep, code_kind, family })
    };
    let (sep0, q, sep0_spaced) = separator_at(text, p)?;
    // Year (legal form) or the first code.
    let mut toks: Vec<CodeTok> = Vec::new();
    if let Some((year, y_end)) = year_at(text, q) {
        toks.push(CodeTok {
            sep: sep0,
            spaced: sep0_spaced,
            dangling: false,
            text: year,
            end: y_end,
        });
        // "quyết định số 10/2016 QĐ-UBND": after a type word, the slash after the year typed as
        // a space before a legal type code dashed to its issuer.
        if typed && separator_at(text, y_end).is_none() {
            if let Some(tok) = spaced_legal_type(text, y_end) {
                toks.push(tok);
            }
        }
    } else {
        let (code, end) = scan_code(text, q)?;
        toks.push(CodeTok { sep: sep0, spaced: sep0_spaced, dangling: false, text: code, end });
    }
    while toks.len() < 8 {
        let last_end = toks.last().map_or(q, |t| t.end);
        let Some((sep, r, spaced)) = separator_at(text, last_end) else {
            break;
        };
        let Some((code, end)) = scan_code(text, r) else {
            break;
        };
        let dangling = sep == '-' && spaced && !text[last_end..].starts_with(char::is_whitespace);
        toks.push(CodeTok { sep, spaced, dangling, text: code, end });
    }
    let spaced_ok = |t: &CodeTok| lenient || !t.spaced;
    let t0 = &toks[0];

    // Legal: N/YYYY/…
    if t0.text.len() == 4 && t0.text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = t0.text.parse().ok()?;
        let max_year = chrono::Local::now().year() + 1;
        if !(1945..=max_year).contains(&year) {
            return None;
        }
        // "Nghị định 134/2016-NĐ-CP": after a type word, a dash typed for the slash before a
        // legal type code that an issuer's code follows.
        let dashed = |t: &CodeTok| {
            typed
                && t.sep == '-'
                && !t.spaced
                && legal_type(&t.text).is_some()
                && toks.get(2).is_some_and(|n| n.sep == '-' && !n.spaced)
        };
        let t1 = toks.get(1).filter(|t| t.sep == '/' || dashed(t))?;
        // National Assembly: QH15, UBTVQH13.
        for prefix in ["UBTVQH", "QH"] {
            if let Some(term) = t1.text.strip_prefix(prefix) {
                let (term, end) = if term.is_empty() && toks.len() == 2 {
                    spaced_term(text, t1.end)?
                } else {
                    (term.to_string(), t1.end)
                };
                let n: u32 = term.parse().ok().filter(|_| !term.is_empty())?;
                if !(1..=16).contains(&n) {
                    return None;
                }
                let kind = if prefix == "QH" { "Luật" } else { "Nghị quyết" };
                let symbol = format!("{}/{prefix}{term}", t0.text);
                return ident(end, symbol, '/', kind, Family::Legal);
            }
        }
        // "Nghị định 108/2014/CP": the decree's type code left out before "CP", as a reader
        // repairs it (`108/2014/NĐ-CP`).
        if t1.text == "CP" && toks.len() == 2 && !t1.spaced {
            let before = text[..start].trim_end_matches([' ', '\t']);
            let before =
                before.strip_suffix("số").map_or(before, |b| b.trim_end_matches([' ', '\t']));
            if ends_with_word_ci(before, before.len(), "nghị định").is_some() {
                let symbol = format!("{}/NĐ-CP", t0.text);
                return ident(t1.end, symbol, '/', "Nghị định", Family::Legal);
            }
            // "Nghị quyết 16/2008/CP của Chính phủ": the same for a government resolution.
            if ends_with_word_ci(before, before.len(), "nghị quyết").is_some() {
                let symbol = format!("{}/NQ-CP", t0.text);
                return ident(t1.end, symbol, '/', "Nghị quyết", Family::Legal);
            }
        }
        if typed {
            if let Some((symbol, end, kind)) = court_symbol(&toks) {
                return ident(end, symbol, '/', kind, Family::Legal);
            }
        }
        let types = &LEX.legal_types;
        let (ty, mut symbol, mut end, rest_from) = if let Some(ty) = legal_type(&t1.text) {
            // Type then at least one issuer.
            let t2 = toks.get(2)?;
            let iss = issuer_code(&t2.text, t2.spaced && !lenient)?;
            (ty, format!("{}/{}{}{}", t0.text, ty, t2.sep, iss), t2.end, 3)
        } else {
            let (ty, iss) = match split_glued(&t1.text, types) {
                Some((ty, iss)) => (ty, iss.to_string()),
                None if typed => glued_shape(&t1.text)?,
                None => return None,
            };
            (ty, format!("{}/{}-{}", t0.text, ty, iss), t1.end, 2)
        };
        for t in toks.iter().skip(rest_from) {
            // "BNN&PTNTVKSNDTC": two known issuers' codes glued, a dash lost.
            if let Some((a, b)) = glued_issuers(&t.text).filter(|_| t.sep == '-' && !t.spaced) {
                symbol.push_str(&format!("-{a}-{b}"));
                end = t.end;
                continue;
            }
            match issuer_code(&t.text, t.spaced && !lenient) {
                Some(c) if t.sep == '-' || lenient || !t.spaced => {
                    symbol.push(t.sep);
                    symbol.push_str(&c);
                    end = t.end;
                }
                _ => break,
            }
        }
        // "Nghị quyết 19-2017/NQ-CP": the government's yearly resolutions are numbered with a
        // dash before the year, kept as written.
        let sep = if sep0 == '-' && !sep0_spaced { '-' } else { '/' };
        return ident(end, symbol, sep, kind_of_code(ty, Family::Legal), Family::Legal);
    }

    if sep0 == '-' {
        // Party: N-TYPE/ORGAN[/lowercase].
        let party = lookup(&LEX.party_types, &t0.text).and_then(|ty| {
            let t1 = toks.get(1).filter(|t| t.sep == '/')?;
            Some((ty, t1, party_organ(&t1.text, t1.spaced && !lenient)?))
        });
        if let Some((ty, t1, organ)) = party {
            let mut symbol = format!("{ty}/{organ}");
            let mut end = t1.end;
            // Optional lowercase drafting-unit part: "/nb".
            if let Some(rest) = text[end..].strip_prefix('/') {
                let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
                if (1..=6).contains(&n)
                    && !rest[n..].chars().next().is_some_and(char::is_alphanumeric)
                {
                    symbol.push('/');
                    symbol.push_str(&rest[..n]);
                    end += 1 + n;
                }
            }
            return ident(end, symbol, '-', kind_of_code(ty, Family::Party), Family::Party);
        }
        // "quyết định số 1517- VC/ĐT", "quyết định số 468 - QĐ/VC- ĐT": after a type word, a
        // body outside the state's and the Party's systems (a corporation) numbering in the
        // Party's shape with codes of its own.
        if typed {
            if let Some((symbol, end)) = own_dashed_symbol(&toks) {
                return ident(end, symbol, '-', "Công văn", Family::CongVan);
            }
        }
        // "Quyết định số 824-QĐ/TTg": after a type word, a state type code and a known state
        // issuer (no Party organ) joined by the Party's separators, read as `824/QĐ-TTg`.
        if typed && !sep0_spaced {
            let t1 = toks.get(1).filter(|t| t.sep == '/' && !t.spaced);
            let ty = lookup(&LEX.admin_types, &t0.text);
            if let (Some(ty), Some(t1)) = (ty, t1) {
                let state = lookup(&LEX.issuers, &t1.text)
                    .filter(|_| lookup(&LEX.party_organs, &t1.text).is_none());
                if let Some(iss) = state.filter(|_| toks.get(2).is_none_or(|t| t.spaced)) {
                    let symbol = format!("{ty}-{iss}");
                    return ident(
                        t1.end,
                        symbol,
                        '/',
                        kind_of_code(ty, Family::Admin),
                        Family::Admin,
                    );
                }
            }
        }
        // Old: N-CP.
        let code = lookup(&LEX.old_codes, &t0.text)?;
        if toks.len() > 1 && !toks[1].spaced {
            return None;
        }
        return ident(t0.end, code.to_string(), '-', kind_of_code(code, Family::Old), Family::Old);
    }

    if !spaced_ok(t0)
        && lookup(&LEX.admin_types, &t0.text).is_none()
        && lookup(&LEX.issuers, &t0.text).is_none()
    {
        return None;
    }
    // Party organ written with state separators: 29/NQ-TW → 29-NQ/TW.
    if let (Some(ty), Some(t1)) = (lookup(&LEX.party_types, &t0.text), toks.get(1)) {
        if t1.sep == '-' && !t1.spaced {
            if let Some(organ) = lookup(&LEX.core_party_organs, &t1.text) {
                if toks.get(2).is_none_or(|t| t.spaced) {
                    return ident(
                        t1.end,
                        format!("{ty}/{organ}"),
                        '-',
                        kind_of_code(ty, Family::Party),
                        Family::Party,
                    );
                }
            }
        }
    }
    // Administrative: N/TYPE-ISSUER[-UNIT…], or a type glued to its issuer.
    let admin = lookup(&LEX.admin_types, &t0.text)
        .map(|ty| (ty, None, 1))
        .or_else(|| split_glued(&t0.text, &LEX.admin_types).map(|(ty, iss)| (ty, Some(iss), 1)));
    if let Some((ty, glued, from)) = admin {
        let mut symbol = ty.to_string();
        let mut end = t0.end;
        let mut issuers = 0;
        if let Some(iss) = glued {
            symbol.push('-');
            symbol.push_str(iss);
            issuers += 1;
        }
        // After a type word, an issuer code may stand after a spaced dash ("văn bản số
        // 47/CV- HoREA"): it must still have the shape of one.
        let codes = toks.get(from..).unwrap_or_default();
        issuers += dash_issuers(codes, lenient || typed, typed, &mut symbol, &mut end);
        // "văn bản số 01/CV-01": after a type word, a type code numbered by its writer (one to
        // three digits dashed on, nothing glued after them).
        if issuers == 0 && typed && glued.is_none() && toks.len() == 1 {
            if let Some(rest) = text[end..].strip_prefix('-') {
                let n = rest.bytes().take_while(u8::is_ascii_digit).count();
                let after = rest[n..].chars().next();
                if (1..=3).contains(&n)
                    && !after.is_some_and(|c| c.is_alphanumeric() || "/-".contains(c))
                {
                    symbol.push('-');
                    symbol.push_str(&rest[..n]);
                    end += 1 + n;
                    issuers = 1;
                }
            }
        }
        // "Công văn số 164/CV/HHLTVN", "báo cáo số 25/BC/UBND": after a type word, the type
        // code and its issuer's code joined by a stroke (an older spelling of N/TYPE-ISSUER),
        // nothing joined after them.
        if issuers == 0 && typed && glued.is_none() && toks.len() == 2 {
            let t1 = &toks[1];
            if t1.sep == '/' && !t1.spaced {
                if let Some(code) = issuer_code(&t1.text, false) {
                    symbol.push('/');
                    symbol.push_str(&code);
                    end = t1.end;
                    issuers = 1;
                }
            }
        }
        if issuers > 0 {
            return ident(end, symbol, '/', kind_of_code(ty, Family::Admin), Family::Admin);
        }
    }
    // Old: N/CP, N/HĐBT, N/TTg (nothing glued after).
    if let Some(code) = lookup(&LEX.old_codes, &t0.text) {
        if toks.get(1).is_none_or(|t| t.spaced || t.sep == '/') {
            return ident(
                t0.end,
                code.to_string(),
                '/',
                kind_of_code(code, Family::Old),
                Family::Old,
            );
        }
    }
    // Công văn: N/ISSUER-UNIT[-…] with a known issuer (any issuer-shaped code after a type word).
    let issuer = match lookup(&LEX.issuers, &t0.text) {
        Some(known) => known.to_string(),
        None if typed => issuer_code(&t0.text, t0.spaced)
            .or_else(|| (!t0.spaced && numbered_code(&t0.text)).then(|| t0.text.clone()))?,
        None => return None,
    };
    let known = lookup(&LEX.issuers, &t0.text).is_some();
    let mut symbol = issuer;
    let mut end = t0.end;
    // ("số 123/UBND – UBND tỉnh Quảng Nam": a code after a spaced dash that opens the issuer's
    // name, which runs on past it, ends the symbol before the dash)
    let named = toks.iter().skip(1).position(|t| t.spaced && opens_issuer(text, t));
    let named_after = named == Some(0);
    let dashed = toks.get(1..named.map_or(toks.len(), |k| k + 1)).unwrap_or_default();
    let mut units = dash_issuers(dashed, lenient, typed, &mut symbol, &mut end);
    // "văn bản số 304/UBND – NL ngày 23/01/2017": after a type word, a known issuer's unit code
    // standing after a spaced dash, the symbol's last code (its date or the clause's punctuation
    // right after it).
    if units == 0 && typed && known && toks.len() == 2 && !t0.spaced {
        let t1 = &toks[1];
        let after = text[t1.end..].trim_start_matches([' ', '\t']);
        // (or the reference's title or addressee: "công văn số 301/BGDĐT – GDMN về việc …",
        // "công văn số 2000/BTC – TTr gửi Thủ tướng")
        // (any lowercase word: "Văn bản số 8959/UBND – THKH chấp thuận …", "công văn
        // 301/BGDĐT – GDMN chỉ đạo …"; a capitalised word may open a name or a sentence)
        let ends = after.is_empty()
            || after.starts_with([',', '.', ';', ')'])
            || after.starts_with(char::is_lowercase);
        if t1.sep == '-' && unit_code(&t1.text) && ends && !named_after {
            symbol.push('-');
            symbol.push_str(&t1.text);
            end = t1.end;
            units = 1;
        }
    }
    // "Điện số 499/ĐK", "Văn bản số 1691/UBDNGS15": after a type word, one code of two
    // characters or more, nothing joined after it, is the whole symbol; so is one before a
    // spaced dash that opens the issuer's name, typed or not ("số 123/UBND – UBND tỉnh …").
    let single =
        (typed && toks.len() == 1 || named_after) && !t0.spaced && t0.text.chars().count() >= 2;
    if units == 0 && !single {
        return None;
    }
    ident(end, symbol, '/', "Công văn", Family::CongVan)
}

/// Whether the code `tok` opens a body's name that runs on past it ("UBND tỉnh Quảng Nam" in
/// "số 123/UBND – UBND tỉnh Quảng Nam"), read by the organisation grammar.
fn opens_issuer(text: &str, tok: &CodeTok) -> bool {
    let s = text[..tok.end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    crate::entities::org::issuer_from(text, s).is_some_and(|e| e > tok.end)
}

/// A legal type code (`NĐ`), also typed without the stroke of its `Đ` (`ND`, `QD`) as a reader
/// repairs it.
fn legal_type(code: &str) -> Option<&'static str> {
    lookup(&LEX.legal_types, code).or_else(|| {
        let repaired = code.contains('D').then(|| code.replace('D', "Đ"))?;
        lookup(&LEX.legal_types, &repaired).filter(|_| code.chars().all(char::is_uppercase))
    })
}

/// "2016 QĐ-UBND": one space after the year, then a legal type code dashed on to the next
/// code: the type as a token joined by a slash.
fn spaced_legal_type(text: &str, y_end: usize) -> Option<CodeTok> {
    let p = y_end + text[y_end..].strip_prefix(' ').map(|_| 1)?;
    let (code, end) = scan_code(text, p)?;
    let ty = legal_type(&code)?;
    text[end..].starts_with('-').then(|| CodeTok {
        sep: '/',
        spaced: false,
        dangling: false,
        text: ty.to_string(),
        end,
    })
}

/// The legal types of the lexicon, longest first (a stable sort: the lexicon's order among equals).
static LEGAL_TYPES_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut types: Vec<&'static str> = LEX.legal_types.iter().map(String::as_str).collect();
    types.sort_by_key(|t| std::cmp::Reverse(t.len()));
    types
});

/// "718/2004/QĐUB": a legal type glued to an issuer's code of issuer shape (two capitals or
/// more, `UB`), read only after a type word: the type and the issuer.
fn glued_shape(code: &str) -> Option<(&'static str, String)> {
    LEGAL_TYPES_LONGEST_FIRST.iter().copied().find_map(|t| {
        let rest = code.strip_prefix(t)?;
        let caps = rest.chars().count() >= 2 && rest.chars().all(char::is_uppercase);
        caps.then(|| issuer_code(rest, false)).flatten().map(|iss| (t, iss))
    })
}

/// A court's symbol after the year (`toks[0]`), read only after a type word: a case type and a
/// stage, dashed or glued (`HC-ST`, `HSPT`: a judgment), or `QĐ` glued to a stage and then a
/// case type (`QĐST-HNGĐ`: a court decision). Nothing may be dashed on after it. Returns the
/// symbol, its end and the kind.
fn court_symbol(toks: &[CodeTok]) -> Option<(String, usize, &'static str)> {
    let t1 = toks.get(1).filter(|t| t.sep == '/' && !t.spaced)?;
    let next = toks.get(2).filter(|t| t.sep == '-' && !t.spaced);
    let case = |c: &str| LEX.court_cases.iter().any(|k| k == c);
    let stage = |c: &str| LEX.court_stages.iter().any(|k| k == c);
    let glued =
        |c: &str| LEX.court_cases.iter().any(|k| c.strip_prefix(k.as_str()).is_some_and(&stage));
    let (symbol, end, kind, used) = match next {
        Some(t2) if case(&t1.text) && stage(&t2.text) => {
            (format!("{}-{}", t1.text, t2.text), t2.end, "Bản án", 3)
        }
        Some(t2) if t1.text.strip_prefix("QĐ").is_some_and(stage) && case(&t2.text) => {
            (format!("{}-{}", t1.text, t2.text), t2.end, "Quyết định", 3)
        }
        _ if glued(&t1.text) => (t1.text.clone(), t1.end, "Bản án", 2),
        _ => return None,
    };
    if toks.get(used).is_some_and(|t| t.sep == '-' && !t.spaced) {
        return None;
    }
    Some((format!("{}/{symbol}", toks[0].text), end, kind))
}

/// `N-CODE/CODE[-CODE…]` of capitals only, the slash unspaced, each later code dashed on
/// (glued to the code before it, or unspaced): the symbol as read and its end.
fn own_dashed_symbol(toks: &[CodeTok]) -> Option<(String, usize)> {
    let caps = |t: &CodeTok| {
        (1..=6).contains(&t.text.chars().count()) && t.text.chars().all(char::is_uppercase)
    };
    let t1 = toks.get(1).filter(|t| t.sep == '/' && !t.spaced)?;
    if !caps(&toks[0]) || !caps(t1) {
        return None;
    }
    let mut symbol = format!("{}/{}", toks[0].text, t1.text);
    let mut end = t1.end;
    for t in &toks[2..] {
        if t.sep != '-' || !caps(t) || (t.spaced && !t.dangling) {
            break;
        }
        symbol.push('-');
        symbol.push_str(&t.text);
        end = t.end;
    }
    Some((symbol, end))
}

/// An unknown code made of two issuers' codes glued together (`BNN&PTNTVKSNDTC` → `BNN&PTNT`,
/// `VKSNDTC`), each of three characters or more: the second a known code, the first a known one
/// or a ministry's joined initials (`BNN&PTNT`).
fn glued_issuers(code: &str) -> Option<(String, &'static str)> {
    if lookup(&LEX.issuers, code).is_some() {
        return None;
    }
    let cuts = code.char_indices().map(|(i, _)| i).filter(|&i| i > 0);
    cuts.filter_map(|i| {
        let (a, b) = code.split_at(i);
        if a.chars().count() < 3 || b.chars().count() < 3 || a.ends_with('&') {
            return None;
        }
        let b = lookup(&LEX.issuers, b)?;
        let a = match lookup(&LEX.issuers, a) {
            Some(k) => k.to_string(),
            None if a.contains('&') => issuer_code(a, false)?,
            None => return None,
        };
        Some((a, b))
    })
    .next()
}

/// A unit's code written after a spaced dash: two to five capitals, or capitals with one
/// lowercase letter last ("TTr").
fn unit_code(tok: &str) -> bool {
    // (an inspectorate's "TTr": capitals, one lowercase letter last)
    let body = tok.strip_suffix(|c: char| c.is_lowercase()).filter(|b| b.chars().count() >= 2);
    let caps = body.unwrap_or(tok);
    (2..=5).contains(&tok.chars().count()) && caps.chars().all(char::is_uppercase)
}

/// "văn bản số 2916/C67-P9": a department numbered after one or two capitals, as the police
/// and the army code theirs (`C67`, `PC45`, `P9`); accepted only after a type word.
fn numbered_code(tok: &str) -> bool {
    let letters = tok.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = tok.len() - letters.len();
    (1..=2).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=3).contains(&digits)
}

/// Appends the issuer codes joined by `-` at the head of `toks` to `symbol` (`-UBND-VX`) and
/// moves `end` past them; returns how many there were. `numbered` (after a type word) also
/// accepts numbered departments (`-P9`).
fn dash_issuers(
    toks: &[CodeTok],
    lenient: bool,
    numbered: bool,
    symbol: &mut String,
    end: &mut usize,
) -> usize {
    let mut n = 0;
    for t in toks.iter().take_while(|t| t.sep == '-') {
        let number_code =
            || (numbered && !t.spaced && numbered_code(&t.text)).then(|| t.text.clone());
        let caps = !t.text.chars().any(char::is_lowercase);
        let strict = t.spaced && !lenient && !(t.dangling && caps);
        let Some(c) = issuer_code(&t.text, strict).or_else(number_code) else {
            break;
        };
        symbol.push('-');
        symbol.push_str(&c);
        *end = t.end;
        n += 1;
    }
    n
}

/// "văn bản 2520/UBND/GPMB": a letter whose known issuer code and unit code are joined by a
/// slash instead of a dash, read only after a type word (the caller checks it). Nothing may be
/// glued after the unit code. The symbol is kept as written (`UBND/GPMB`).
pub(super) fn parse_ident_slashed(text: &str, start: usize) -> Option<Ident> {
    if text[..start].ends_with(|c: char| c.is_alphanumeric() || "/-.,".contains(c)) {
        return None;
    }
    let p = number_digits_end(text, start)?;
    if !text[p..].starts_with('/') {
        return None;
    }
    let (issuer, e1) = scan_code(text, p + 1)?;
    let issuer = lookup(&LEX.issuers, &issuer)?;
    if !text[e1..].starts_with('/') {
        return None;
    }
    let (unit, end) = scan_code(text, e1 + 1)?;
    let unit = issuer_code(&unit, false)?;
    if text[end..].starts_with(|c: char| c.is_alphanumeric() || "/-&".contains(c)) {
        return None;
    }
    let number = text[start..p].to_string();
    let symbol = format!("{issuer}/{unit}");
    Some(Ident {
        start,
        end,
        number,
        symbol,
        sep: '/',
        code_kind: "Công văn",
        family: Family::CongVan,
    })
}
