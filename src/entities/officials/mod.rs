//! Officials: named people with the title phrases the text attaches to them.
//!
//! Shapes recognised (`docs/vietnamese.md` §4.1):
//! - title first: `TitleChain [,] [Prefix] Name` — "Phó Bí thư Thường trực Thành ủy Hà Nội
//!   Nguyễn Thị Tuyến", "Thứ trưởng Bộ Công an, Trung tướng Lê Văn A";
//! - name first: `[Prefix] Name (, | - | ( | :) TitleChain` — "ông Nguyễn Việt Hùng, Bí thư
//!   Đảng ủy, Giám đốc Sở", "Trần Kim Yến - Ủy viên BTV Thành ủy, Chủ nhiệm ...", which also
//!   covers lists after "có các đồng chí:".
//!
//! A title is `Modifier* Head [Thường trực] [Unit]`, the unit parsed with the unit grammar of
//! `entities::org`; a chain joins titles with ",", "-" or "kiêm", and each title is one entry
//! (offices joined by "kiêm" make one title phrase),
//! as written. A name is a run of 2–4 capitalised syllables starting with a family name from
//! `lexicon/surnames.txt`; honorifics, ranks and degrees before it are stripped. A person is
//! an official only if some title is attached somewhere in the text: bylines, photo credits
//! and street names have none. Historical figures (`lexicon/historical.txt`) are never names.
//! Later mentions of the same full name, and "ông/bà/đồng chí" + given name when exactly one
//! official has that given name, are merged into one entry.

use std::collections::HashMap;

use super::districts;
use super::lexicon::{openers, Kind, LEX};
use super::org::{
    abbrev_body, known_place_at, lower_words, member_field, parse_unit, place_at, starts_name,
    title_head_at, title_run,
};
use super::tokens::{is_honorific, key_span, phrase_key, span_is, Doc, Shape};
use super::{Mention, Official, Unit};
use crate::text::fold_char;

/// One title: token span `s..e`.
type Span = (usize, usize);

/// `Modifier* Head [Thường trực] [Unit]` at `i`.
fn title_at(doc: &Doc, i: usize) -> Option<Span> {
    title_at_in(doc, i, false, false)
}

/// [`title_at`]; `after_name` when the title follows its holder's name (a name after it then
/// belongs to the body: "Chủ tịch Hội đồng trị sự Nguyễn Phước Tộc"); `name_before` when the
/// holder's name comes before the title, right before it or earlier in the clause ("ông A làm
/// Chủ tịch …", "các ông A, B, Phó Tổng giám đốc …"; implied by `after_name`), for the rules
/// that read a title's end by what follows it ([`and_caps_run`], [`abbrev_after_body`], a
/// named locality's higher one after a comma in [`title_at_core`]).
/// Additions to [`title_at_core`]: the on-behalf filter ([`on_behalf`]), an acronym body with
/// a spaced dash ([`acronym_dash`]), a judicial grade ([`judicial_grade`]), a department's code
/// and parent body ([`code_then_parent`]), a body's second half after "và" ([`and_run`],
/// [`and_caps_run`]), the body's abbreviation in parentheses ([`abbrev_after_body`]) and the
/// body's number ([`body_number`]).
fn title_at_in(doc: &Doc, i: usize, after_name: bool, name_before: bool) -> Option<Span> {
    let name_before = name_before || after_name;
    // "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng A trình bày", "Thay mặt Chủ tịch nước,
    // Phó Chủ tịch nước B trao …": the title of the one on whose behalf someone acts, with no
    // name of its own after it, is no post of the person named next ("Thay mặt Chủ tịch nước
    // Trần Đại Quang, Thủ tướng …" names its holder).
    // (the holder's name is looked for after the whole title: "Thay mặt Bộ trưởng Bộ NN – PTNT
    // Nguyễn Xuân Cường, …")
    let own_name = |e: usize| name_at(doc, skip_prefixes(doc, e).0).is_some();
    title_at_core(doc, i, after_name, name_before)
        .map(|(s, e)| (s, acronym_dash(doc, s, e)))
        .map(|(s, e)| (s, judicial_grade(doc, e)))
        .map(|(s, e)| (s, if e > s + 1 { code_then_parent(doc, e) } else { e }))
        .map(|(s, e)| (s, if after_name { and_run(doc, s, e) } else { e }))
        .map(|(s, e)| (s, if name_before { and_caps_run(doc, s, e) } else { e }))
        .map(|(s, e)| (s, abbrev_after_body(doc, s, e, name_before)))
        .map(|(s, e)| (s, body_number(doc, s, e, false)))
        .map(|(s, e)| (s, chair_department(doc, e)))
        // ("Phó trưởng ban tổ chức Lễ hội cho biết", where the unit grammar reads a team, "tổ",
        // named "chức Lễ hội")
        .map(|(s, e)| {
            let ban = name_before && e > s && doc.key(e - 1) == "ban";
            (s, if ban { event_committee(doc, e).unwrap_or(e) } else { e })
        })
        .map(|(s, e)| (s, if name_before { bare_body_run(doc, s, e) } else { e }))
        .map(|(s, e)| (s, if name_before { plural_remit(doc, s, e) } else { e }))
        .map(|(s, e)| (s, residents_short(doc, s, e)))
        .map(|(s, e)| (s, own_school(doc, s, e)))
        .map(|(s, e)| (s, named_school(doc, s, e)))
        .map(|(s, e)| (s, of_parent(doc, s, e)))
        .map(|(s, e)| (s, work_team(doc, s, e)))
        .map(|(s, e)| (s, school_named_for(doc, s, e)))
        .map(|(s, e)| (s, department_over_dash(doc, s, e)))
        .filter(|&(s, e)| !on_behalf(doc, s) || own_name(e))
}

/// "Trưởng phòng Giáo dục Mầm non thuộc Sở Giáo dục và Đào tạo Hà Nội", "nguyên Cục trưởng
/// Cục Quản lý giá thuộc Bộ Tài chính": a title that names its body and, after a lowercase
/// "thuộc" (of), the higher body it belongs to, one that stands on its own or a generic one
/// with its qualifier (not "xã Tân Hòa thuộc huyện Châu Thành": a place; not "thuộc diện …").
/// The end of the title.
fn of_parent(doc: &Doc, s: usize, e: usize) -> usize {
    if doc.key(e) != "thuộc" || doc.shape(e) != Shape::Lower || !names_body(doc, (s, e)) {
        return e;
    }
    let own = |u: &super::org::UnitSpan| {
        u.kind == Kind::Standalone
            || (matches!(u.kind, Kind::Generic | Kind::Nested) && u.qualified)
    };
    match parse_unit(doc, e + 1, false).filter(own) {
        Some(u) => dash_parent(doc, u.end, u.kind),
        None => e,
    }
}

/// A school's level after "trường" (school), written out or short, whose name comes next
/// ([`school_named_for`]).
const SCHOOL_LEVELS: &[&str] = &["thpt", "thcs", "tiểu học", "mầm non", "th", "ptdtnt", "ptdtbt"];

/// "Hiệu trưởng trường THCS Nguyễn Khuyến", "trưởng điểm thi Trường THPT Lương Thế Vinh, cho
/// biết": a title `s..e` that ends in "trường" and a school's level ([`SCHOOL_LEVELS`]), then a
/// run of two to four capitalised syllables opening with a family name, goes on over that run:
/// a school named for a person (or a place), not the holder ("Hiệu trưởng Trường THPT Chu Văn
/// An Nguyễn Văn Hùng", a longer run holding the holder's name too, is left to the name
/// reading). [`name_after_place`] takes no holder's name out of such a school's name. Returns
/// the title's new end.
fn school_named_for(doc: &Doc, s: usize, e: usize) -> usize {
    if !after_school_level(doc, s, e) {
        return e;
    }
    let run = title_run(doc, e);
    if (2..=4).contains(&run) && starts_name(doc, e) {
        e + run
    } else {
        e
    }
}

/// Whether "trường" and a school's level ([`SCHOOL_LEVELS`]) end right before `k`, after a
/// head that starts at `s`.
fn after_school_level(doc: &Doc, s: usize, k: usize) -> bool {
    // (the level's last word first: a key test before the phrases)
    let last = k > s
        && matches!(doc.key(k - 1), "thpt" | "thcs" | "học" | "non" | "th" | "ptdtnt" | "ptdtbt");
    last && SCHOOL_LEVELS.iter().any(|l| {
        let n = words(l);
        k >= s + n + 2 && span_is(doc, k - n, l) && doc.key(k - n - 1) == "trường"
    })
}

/// Heads of a working group, each with the words that name its group after it: "Tổ trưởng Tổ
/// công tác" names the group again, "Trưởng đoàn công tác" only its work ([`work_team`]).
const TEAM_HEADS: &[(&str, &str)] = &[
    ("tổ trưởng", "tổ công tác"),
    ("tổ phó", "tổ công tác"),
    ("trưởng đoàn", "công tác"),
    ("phó đoàn", "công tác"),
];

/// "Tổ trưởng Tổ công tác của Thủ tướng", "Tổ trưởng Tổ công tác đặc biệt Y14/141", "trưởng
/// đoàn công tác của Bộ Giao thông vận tải": a working group's head `s..e`, then the group
/// (lowercase "công tác", [`TEAM_HEADS`]), an optional "đặc biệt", the group's code and a
/// lowercase "của" with the body or the Prime Minister it works for, read as one title. A
/// group named later in the clause ("Tổ trưởng cho biết tổ công tác …") is not read. Returns
/// the title's new end.
fn work_team(doc: &Doc, s: usize, e: usize) -> usize {
    if !matches!(doc.key(e), "tổ" | "công") || e < s + 2 {
        return e;
    }
    let lower = |k: usize| doc.shape(k) == Shape::Lower;
    let Some(group) = TEAM_HEADS.iter().find_map(|&(head, group)| {
        (span_is(doc, e - 2, head) && span_is(doc, e, group)).then(|| words(group))
    }) else {
        return e;
    };
    let mut end = e + group;
    if !lower(end - 1) {
        return e;
    }
    if span_is(doc, end, "đặc biệt") && lower(end) {
        end += 2;
    }
    let t = doc.tok_text(end);
    let code = t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.contains(|c: char| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '/');
    if code {
        end += 1;
    }
    if doc.key(end) == "của" && lower(end) {
        if span_is(doc, end + 1, "thủ tướng") && doc.shape(end + 1) == Shape::Title {
            let pm = if span_is(doc, end + 3, "chính phủ") { 4 } else { 2 };
            return end + 1 + pm;
        }
        let own = |u: &super::org::UnitSpan| {
            u.kind == Kind::Standalone
                || (matches!(u.kind, Kind::Generic | Kind::Nested) && u.qualified)
        };
        if let Some(u) = parse_unit(doc, end + 1, false).filter(own) {
            return u.end;
        }
    }
    end
}

/// "ông A, tổ trưởng dân phố 11": a residents' group head written short, a bare "tổ trưởng"
/// `s..e` before a lowercase "dân phố" and the group's number, read whole so that
/// [`private_company`] sees the group (no public post). Returns the title's new end.
fn residents_short(doc: &Doc, s: usize, e: usize) -> usize {
    if !(e == s + 2 && span_is(doc, s, "tổ trưởng") && span_is(doc, e, "dân phố")) {
        return e;
    }
    if doc.shape(e) != Shape::Lower {
        return e;
    }
    if doc.is_number(e + 2) {
        e + 3
    } else {
        e + 2
    }
}

/// Body words whose capitalised name may go on with a plural remit in lowercase after "các"
/// ([`plural_remit`]): "Vụ", "Ban", "Cục", "Viện", "Phòng", "Trung tâm".
const REMIT_BODIES: &[&str] = &["vụ", "ban", "cục", "viện", "phòng", "tâm"];

/// "Vụ trưởng Vụ Tài chính các ngân hàng (Bộ Tài chính)", "Phó trưởng Ban Quản lý các khu công
/// nghiệp tỉnh Hà Nam cho biết", "Vụ phó Vụ Quản lý các khu kinh tế - Bộ …": a title `s..e`
/// whose body (a department, board or centre, [`REMIT_BODIES`]) ends in a capitalised word (or
/// one and a lowercase syllable: "Tài chính", "Quản lý") and goes on with "các" (the) and a
/// plural remit in lowercase, read as [`clause_run`] reads a post's name (optionally with its
/// locality) up to where the clause goes on, at most [`REMIT_MAX`] tokens. Returns the title's
/// new end. Not after a place ("Chủ tịch UBND tỉnh Quảng Nam các năm qua …").
fn plural_remit(doc: &Doc, s: usize, e: usize) -> usize {
    let plural = e > s + 2
        && doc.key(e) == "các"
        && doc.shape(e) == Shape::Lower
        && (e - 2..e).any(|k| doc.shape(k) == Shape::Title)
        && (s..e - 1).any(|k| REMIT_BODIES.contains(&doc.key(k)))
        && !(s..e).any(|k| place_at(doc, k).is_some_and(|p| p == e) || admin_noun(doc, k));
    if !plural {
        return e;
    }
    // ("các khu công nghiệp tỉnh Bắc Ninh": a zone, whose "khu" the run takes for a locality)
    let zone = ZONES.iter().find(|z| span_is(doc, e + 1, z)).map_or(0, |z| words(z));
    let run = if zone > 0 {
        let k = e + 1 + zone;
        clause_run(doc, k).or_else(|| run_close(doc, k))
    } else {
        clause_run(doc, e + 1)
    };
    run.filter(|&r| r > e + 1 && r - e <= REMIT_MAX).unwrap_or(e)
}

/// The most tokens [`plural_remit`] adds: "các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu" has
/// nine.
const REMIT_MAX: usize = 9;

/// Zones a board manages, whose "khu" is no locality ([`plural_remit`]).
const ZONES: &[&str] = &["khu công nghiệp", "khu kinh tế", "khu chế xuất", "khu công nghệ cao"];

/// "Trưởng bộ môn Luật hình sự", "Chủ nhiệm bộ môn công nghệ và quản lý xây dựng": a title
/// read up to a lowercase "bộ" before "môn" (a university's chair, no ministry) takes "môn"
/// and the chair's name ([`department`], or its lowercase words up to where the clause goes
/// on, [`clause_run`]). Returns the title's end.
fn chair_department(doc: &Doc, e: usize) -> usize {
    if e == 0 || doc.key(e - 1) != "bộ" || doc.key(e) != "môn" || doc.shape(e) != Shape::Lower {
        return e;
    }
    department(doc, e + 1).or_else(|| clause_run(doc, e + 1)).unwrap_or(e + 1)
}

/// "PGS-TS A, Phó hiệu trưởng nhà trường, mục tiêu …": a school's head or deputy named by no
/// body takes "nhà trường" (the school, the article's own), where the clause goes on. Returns
/// the title's end.
fn own_school(doc: &Doc, s: usize, e: usize) -> usize {
    let head = e >= s + 2 && matches!(key_span(doc, e - 2, e).as_str(), "hiệu trưởng" | "hiệu phó");
    if head
        && doc.shape(e) == Shape::Lower
        && span_is(doc, e, "nhà trường")
        && clause_goes_on(doc, e + 2)
    {
        e + 2
    } else {
        e
    }
}

/// A school's kind after "Trường" that the unit grammar may close a parent on
/// ([`named_school`]), keys.
const SCHOOL_KINDS: &[&str] = &["đh", "đại học", "cđ", "cao đẳng"];

/// "ông A, Trưởng phòng Đào tạo Trường ĐH Bách khoa TP.HCM, cho biết": a department's title
/// `s..e` that ends at its parent school's kind ("Trường ĐH", "Trường Đại học", "Trường CĐ",
/// [`SCHOOL_KINDS`]), before the school's own name, goes on over the name as the school read
/// alone is ("Trường ĐH Bách khoa TP.HCM"). Returns the title's new end.
fn named_school(doc: &Doc, s: usize, e: usize) -> usize {
    let kind_at = |k: usize| {
        doc.key(k) == "trường"
            && doc.is_cap(k)
            && SCHOOL_KINDS.contains(&key_span(doc, k + 1, e).as_str())
    };
    let Some(k) = (e.saturating_sub(3).max(s + 1)..e).find(|&k| kind_at(k)) else {
        return e;
    };
    match parse_unit(doc, k, false) {
        Some(u) if u.kind != Kind::NotUnit && u.end > e => u.end,
        _ => e,
    }
}

/// Body nouns that may end a title on their own, capitalised, before the body's name written
/// in lowercase ([`bare_body_run`]).
const BARE_BODIES: &[&str] = &[
    "ban chỉ huy",
    "ban chỉ đạo",
    "ban quản lý",
    "hội đồng",
    "trung tâm",
    "chi cục",
    "văn phòng",
    "viện",
    "cục",
    "hội",
    // ("Vụ trưởng Vụ giáo dục mầm non (Bộ GD ĐT)", "Phó Vụ trưởng Vụ chính sách tiền tệ,")
    "vụ",
];

/// "ông A, Viện trưởng Viện nghiên cứu người cao tuổi Việt Nam khẳng định", "Phó chánh Văn
/// phòng Ban chỉ huy phòng chống lụt bão thành phố Cần Thơ cho biết", "Ủy viên Hội đồng lý luận
/// T.Ư,": after its holder's name, a title `s..e` that ends in a capitalised body noun of
/// [`BARE_BODIES`] with no name goes on over the body's name in lowercase ([`clause_run`]: its
/// words, then a locality, a parent body or the central level, up to where the clause goes
/// on). Not a run that serves as another post ("Phó Chánh Văn phòng làm trưởng đoàn"), nor
/// one that stops before a plural, where the name goes on in a form the run does not read
/// ("Ban Chỉ đạo xử lý| các tồn tại"); before "và" the run ends where a second holder follows,
/// goes on over a capitalised second half ([`and_caps_run`]: "Cục khảo thí và Kiểm định chất
/// lượng giáo dục") and is not read otherwise. Returns the title's end.
fn bare_body_run(doc: &Doc, s: usize, e: usize) -> usize {
    if doc.shape(e) != Shape::Lower || matches!(doc.key(e), "làm" | "là") {
        return e;
    }
    let bare = BARE_BODIES.iter().any(|b| {
        let n = words(b);
        e > s + n && doc.shape(e - n) == Shape::Title && span_is(doc, e - n, b)
    });
    if !bare {
        return e;
    }
    let Some(r) = clause_run(doc, e)
        .filter(|&r| !matches!(doc.key(r), "các" | "những"))
        .filter(|&r| (e..r).all(|k| title_head_at(doc, k).is_none()))
    else {
        return e;
    };
    // ("Viện trưởng Viện dinh dưỡng và ông B, Giám đốc …": "và" before a second holder ends
    // the name; "Cục khảo thí và Kiểm định chất lượng giáo dục cho biết": before a capitalised
    // word, the name's second half, [`and_caps_run`])
    if doc.key(r) == "và" && !(is_honorific(doc, r + 1) || name_at(doc, r + 1).is_some()) {
        let more = and_caps_run(doc, s, r);
        return if more > r { more } else { e };
    }
    r
}

/// [`title_at_in`] before its additions (listed there); `after_name` and `name_before` as in
/// [`title_at_in`].
fn title_at_core(doc: &Doc, i: usize, after_name: bool, name_before: bool) -> Option<Span> {
    // "của Ban Bí thư, ông A": "Bí thư" after a capitalised "Ban" names the Secretariat, a body.
    if i > 0
        && doc.key(i - 1) == "ban"
        && doc.shape(i - 1) == Shape::Title
        && span_is(doc, i, "bí thư")
    {
        return None;
    }
    // "… nhận nhiệm vụ Phó Ban Kinh tế Trung ương": a lowercase "vụ"/"cục"/"viện" before a
    // capitalised "Phó" ends another word ("nhiệm vụ", "chức vụ"); "Vụ phó", "Cục phó", "Viện phó" is
    // written with its first word capitalised, or all in lowercase.
    if doc.shape(i) == Shape::Lower
        && matches!(doc.key(i), "vụ" | "cục" | "viện")
        && doc.key(i + 1) == "phó"
        && doc.shape(i + 1) == Shape::Title
    {
        return None;
    }
    let Some((mut j, needs_unit)) = title_head_at(doc, i) else {
        return deputy_of_body(doc, i);
    };
    let head_end = j;
    // "Đại biểu Phạm Minh Chính (Quảng Ninh)": a bare "Đại biểu" (a deputy, in a National
    // Assembly debate) is a title only capitalised right before a name; "đại biểu" alone is
    // anyone attending.
    // (its abbreviation "ĐB" likewise, right before a name: "ĐB Trịnh Ngọc Phương (Tây Ninh)")
    let bare = key_span(doc, i, j);
    // ("đại biểu Lưu Bình Nhưỡng (Bến Tre) chia sẻ", "đại biểu Nguyễn Mạnh Trí cho rằng": in
    // lowercase too, right before a full name, a deputy speaking in a session, unless
    // parentheses after the name hold no constituency, a province or its delegation ("(đoàn
    // Nghệ An)"), nor a post ("(Chủ nhiệm Đoàn Luật sư Hà Nội)"): "đại biểu Nguyễn Văn Bình
    // (Công ty ABC)" attends)
    let constituency = |e: usize| {
        places_in_parens(doc, e).is_some()
            || doc.key(e + 1) == "đoàn"
            || title_head_at(doc, e + 1).is_some()
    };
    let named = || {
        name_at(doc, j).is_some_and(|(s, e)| s == j && (!doc.is_punct(e, '(') || constituency(e)))
    };
    // "Đại biểu (ĐB) Trần Sỹ Thanh (Lạng Sơn)", "đại biểu (ĐB) Nguyễn Thị Kim Thúy": the
    // deputy's title and its abbreviation in parentheses right before a full name, kept as
    // written.
    if bare == "đại biểu" && deputy_abbrev(doc, j) {
        return Some((i, j + 3));
    }
    if (bare == "đại biểu"
        && !((doc.shape(i) == Shape::Title && name_at(doc, j).is_some()) || named()))
        || (bare == "đb" && name_at(doc, j).is_none())
    {
        return None;
    }
    if doc.key(j) == "thường" && doc.key(j + 1) == "trực" {
        j += 2;
    } else if doc.key(j) == "chuyên" && doc.key(j + 1) == "trách" {
        // "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH …": a full-time post.
        j += 2;
    } else if doc.key(j) == "không" && doc.key(j + 1) == "chuyên" && doc.key(j + 2) == "trách" {
        // "Phó chủ tịch không chuyên trách UB TƯ MTTQ VN": a part-time post.
        j += 3;
    } else if span_is(doc, j, "phụ trách")
        && doc.shape(j) == Shape::Lower
        && parse_unit(doc, j + 2, true).is_some_and(|u| u.kind != Kind::NotUnit)
    {
        // "Phó Vụ trưởng phụ trách Vụ Giáo dục Tiểu học": a deputy in charge of the body (not
        // "Phó Giám đốc phụ trách kỹ thuật", a field).
        j += 2;
    }
    // A head that ends in a body word ("Trưởng ban", "Chủ tịch Ủy ban"): the unit may start at
    // that word ("Trưởng ban Tuyên giáo Trung ương", "Chủ tịch Ủy ban TƯ MTTQ Việt Nam").
    // A two-word body word ("Chủ tịch Ủy ban chứng khoán Nhà nước") starts one word earlier.
    if head_end > i + 1 && j == head_end {
        for k in [head_end - 1, head_end.saturating_sub(2)] {
            if k <= i {
                continue;
            }
            if let Some(u) = parse_unit(doc, k, true) {
                if u.kind != Kind::NotUnit && u.end > head_end {
                    let tail = u.open_end.then(|| sentence_tail(doc, u.end, after_name)).flatten();
                    // "ông A, Trưởng phòng Cảnh sát điều tra tội phạm về kinh tế …": after its
                    // holder's name, a body word and one capitalised word the grammar closed
                    // there, the post's name goes on in lowercase ([`clause_run`]).
                    let tail = tail.or_else(|| {
                        (after_name
                            && u.start + 1 < u.end
                            && doc.shape(u.start + 1) == Shape::Title
                            && (u.start + 2..u.end).all(|p| doc.shape(p) == Shape::Lower)
                            && place_at(doc, u.start + 1).is_none())
                        .then(|| clause_run(doc, u.end))
                        .flatten()
                    });
                    let tail = tail.filter(|&e| tail_fits(doc, u.start, u.end, e));
                    return Some((i, dash_parent(doc, tail.unwrap_or(u.end), u.kind)));
                }
            }
        }
    }
    // "Quyền Cục trưởng - Cục Kinh tế …": a head "X trưởng" and, after a dash, its own body
    // "X …" (Cục, Tổng cục, Vụ, Viện).
    if j == head_end && (doc.is_dash(j)) {
        if let Some(u) = parse_unit(doc, j + 1, false).filter(|u| u.qualified) {
            if own_body(&key_span(doc, i, head_end), &key_span(doc, u.start, u.end)) {
                return Some((i, u.end));
            }
        }
    }
    // "Người Phát ngôn của Chính phủ", "người phát ngôn của UBND TP.HCM": "của" (of) between a
    // bare head and a body that stands on its own (not an open one: "Phó viện trưởng của Học
    // viện Kịch nói tỉnh …" reads a place as a name), or a generic body with its qualifier
    // ("người phát ngôn của Công an TPHCM", "… của Bộ Tài chính").
    if j == head_end && doc.key(j) == "của" && doc.shape(j) == Shape::Lower {
        let own = |u: &super::org::UnitSpan| {
            u.kind == Kind::Standalone || (u.kind == Kind::Generic && u.qualified)
        };
        if let Some(u) = parse_unit(doc, j + 1, false).filter(own) {
            return Some((i, u.end));
        }
    }
    // "điều tra viên thuộc Phòng Cảnh sát hình sự": "thuộc" (of) between a head and its body.
    if doc.key(j) == "thuộc" && doc.shape(j) == Shape::Lower {
        if let Some(u) = parse_unit(doc, j + 1, false).filter(|u| u.kind != Kind::NotUnit) {
            return Some((i, dash_parent(doc, u.end, u.kind)));
        }
    }
    if let Some(e) = envoy_post(doc, i, j) {
        return Some((i, e));
    }
    // "ông A, Phó Giám đốc Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội, cho
    // biết": a board named by what it does, longer than the unit grammar reads.
    let unit = parse_unit(doc, j, true);
    if after_name {
        if let Some(e) = board_name(doc, j).filter(|&e| unit.as_ref().is_none_or(|u| u.end < e)) {
            return Some((i, e));
        }
    }
    // A sentence-case tail was read (see [`sentence_tail`]).
    let mut tailed = false;
    match unit {
        // "Hiệu trưởng trường THPT chuyên Bạc Liêu": an open body named only by its kind keeps
        // lowercase descriptors before its place.
        Some(u) if u.kind == Kind::Open && !u.qualified => {
            j = descriptors_then_place(doc, u.end).unwrap_or(u.end);
            if j == u.end {
                if let Some(e) = sentence_tail(doc, u.end, after_name)
                    .filter(|&e| tail_fits(doc, u.start, u.end, e))
                {
                    tailed = true;
                    j = e;
                }
            }
        }
        Some(u) if u.kind != Kind::NotUnit => {
            let tail = u.open_end.then(|| sentence_tail(doc, u.end, after_name)).flatten();
            let tail = tail.filter(|&e| tail_fits(doc, u.start, u.end, e));
            // (the unit grammar may itself read a name in sentence case up to a proper name:
            // "Trung tâm bảo tồn di sản Thành Nhà Hồ")
            tailed = tail.is_some() || sentence_case_name(doc, u.start, u.end);
            j = dash_parent(doc, tail.unwrap_or(u.end), u.kind);
            if tail.is_none() && j == u.end && u.kind != Kind::Standalone {
                j = body_number(doc, u.start, j, true);
            }
        }
        // A body written as an acronym vnmon does not know ("Phó Tổng Giám đốc EVN", "Giám đốc
        // BVĐK tỉnh Hòa Bình"), with its place.
        _ if acronym_body(doc, j) => {
            j = acronym_name_end(doc, j + 1);
        }
        // "Chính trị viên Tiểu đoàn Đặc công 18", "Tiểu đoàn trưởng Tiểu đoàn 3", "Chính trị viên
        // tàu CSB8004": an army unit the unit grammar does not know, by its kind and number,
        // after a head that stands alone (not "Trưởng tàu SNT5", a train's guard).
        _ if let Some(e) = (!needs_unit).then(|| military_unit(doc, j)).flatten() => {
            j = e;
        }
        _ => {
            // A bare head that needs its body may stand alone in a signature block written in
            // capitals, before the signer's name ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm
            // Mạnh Cường").
            if needs_unit
                && !((i..head_end).all(|k| doc.shape(k) == Shape::Upper)
                    && name_at(doc, head_end).is_some())
            {
                return None;
            }
            // "cán bộ địa chính xã Hòa Bắc": a commune's or ward's civil servant by field is a
            // title only with the commune or ward named after the head ("cán bộ địa chính" alone
            // names no post).
            if (i..head_end).any(|k| span_is(doc, k, "cán bộ")) {
                let commune =
                    matches!(doc.key(j), "xã" | "phường" | "thị") && doc.shape(j) == Shape::Lower;
                match place_at(doc, j).filter(|&e| commune && e > j + 1) {
                    Some(e) => return Some((i, e)),
                    None => return None,
                }
            }
            // "Bộ trưởng Tài chính Đinh Tiến Dũng", "Thứ trưởng Quốc phòng": a minister's
            // ministry named by its field alone, "Bộ" left out.
            let minister = head_end >= i + 2
                && (span_is(doc, head_end - 2, "bộ trưởng")
                    || span_is(doc, head_end - 2, "thứ trưởng"))
                && doc.is_cap(j);
            let khoa = head_end > i + 1 && doc.key(head_end - 1) == "khoa";
            // "Cục trưởng Chống tham nhũng": a department's head and its field, "Cục" left out.
            let own_head = head_end > i + 1
                && doc.key(head_end - 1) == "trưởng"
                && matches!(doc.key(head_end - 2), "cục" | "vụ" | "viện");
            // "Phó Giám đốc thường trực TT&TT TP. Đà Nẵng": a director of a department named
            // by its field's abbreviation and its place, "Sở" left out; so a department's head
            // ("Cục trưởng THADS Hà Nội", "Phó giám đốc PCCC TP.HCM").
            let director = head_end >= i + 2
                && (span_is(doc, head_end - 2, "giám đốc") || own_head)
                && doc.shape(j) == Shape::Upper;
            let field_place = || {
                member_field(doc, j)
                    .filter(|&e| e == j + 1)
                    .and_then(|e| place_at(doc, e).filter(|&p| p > e))
            };
            if let Some(e) = minister.then(|| member_field(doc, j)).flatten() {
                j = e;
            } else if let Some(e) = director.then(field_place).flatten() {
                j = e;
            } else if let Some(e) = after_name
                .then(|| named_body(doc, j).or_else(|| organisation_body(doc, j)))
                .flatten()
            {
                j = e;
            } else if let Some(e) = khoa.then(|| department(doc, j)).flatten() {
                j = e;
            } else if let Some(e) = own_head.then(|| field_department(doc, j)).flatten() {
                j = e;
            } else if let Some(e) = (after_name
                && head_end > i + 1
                && matches!(doc.key(head_end - 1), "phòng" | "ban")
                && matches!(doc.key(head_end - 2), "trưởng" | "phó")
                && j == head_end)
                .then(|| {
                    event_committee(doc, j)
                        .or_else(|| clause_run(doc, j))
                        .or_else(|| field_run(doc, j))
                })
                .flatten()
            {
                // "ông A, Trưởng phòng quản lý đô thị cho biết": a department named in
                // lowercase after a head ending in its body word.
                j = e;
            } else if !doc.is_cap(j) {
                if let Some(e) = place_at(doc, j) {
                    j = e;
                }
            } else if let Some(e) = place_at(doc, j).filter(|&e| e > j && starts_name(doc, e)) {
                // "Chủ tịch TP Hà Nội Nguyễn Đức Chung", "Bí thư Đà Nẵng Nguyễn Xuân Anh",
                // "Chủ tịch TP Huỳnh Đức Thơ": a capitalised place (a known name, or "TP" and
                // its name) between a head and the name belongs to the title.
                j = e;
            }
        }
    }
    // "đại biểu Quốc hội TP.HCM": a deputy's constituency after the Assembly, which the unit
    // grammar leaves out of the Assembly's name, belongs to the title (not after "đoàn":
    // "Thay mặt đoàn đại biểu Quốc hội TP. Hải Phòng, Thủ tướng …" names the delegation).
    let delegation = i > 0 && doc.key(i - 1) == "đoàn";
    if j >= i + 4 && span_is(doc, j - 4, "đại biểu quốc hội") && !delegation {
        if let Some(e) = place_at(doc, j).filter(|&e| e > j) {
            j = e;
        }
    }
    // "Chủ tịch Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa", "Phó chủ tịch phường 8,
    // quận Gò Vấp": a numbered locality's higher one after a comma, written with its lowercase
    // administrative noun and a name (the number alone names no ward).
    // (not after a sentence-case tail: "Trung tâm bảo tồn di sản Thành Nhà Hồ, tỉnh Thanh Hóa"
    // names its province as a parent; not after a named one after its holder's name, where the
    // comma ends the title: "ông A, Chủ tịch xã Đại Tân, huyện Đại Lộc cho biết", `GUIDELINES.md`:
    // comma-joined phrases split; before the name, the locality stays: "Chủ tịch UBND phường Láng
    // Hạ, quận Đống Đa Vũ Hồng Sơn")
    let numbered = j > 0 && doc.is_number(j - 1);
    if j > i + 1
        && (numbered || !name_before)
        && doc.is_punct(j, ',')
        && !doc.is_cap(j + 1)
        && !tailed
    {
        if let Some(e) = place_at(doc, j + 1) {
            if e > j + 2 && LEX.admin.at(doc, j + 1).is_some_and(|(a, _)| a < e) {
                j = e;
            }
        }
    }
    Some((i, j))
}

/// An army's or a navy's unit kinds, named by their number after a head ("Tiểu đoàn 3", "Hải
/// đội 4", "Trung đoàn 812"; dev round 97).
const MILITARY_UNITS: &[&str] = &[
    "tiểu đoàn",
    "đại đội",
    "trung đội",
    "hải đội",
    "hải đoàn",
    "trung đoàn",
    "lữ đoàn",
    "sư đoàn",
];

/// Most words of an army unit's name between its kind and its number ("Tiểu đoàn Đặc công 18").
const MILITARY_NAME_MAX: usize = 3;

/// An army unit at `j`, right after a head: its kind (`MILITARY_UNITS`), up to three words of its
/// name, then its number ("Tiểu đoàn Đặc công 18", "Trung đội 12ly7"); a kind alone, in
/// lowercase ("Chính trị viên tiểu đoàn"); or a ship by its code ("tàu CSB8004"). Returns its
/// end.
fn military_unit(doc: &Doc, j: usize) -> Option<usize> {
    let numbered = |k: usize| {
        let t = doc.tok_text(k);
        t.starts_with(|c: char| c.is_ascii_digit())
            || (t.starts_with(|c: char| c.is_ascii_uppercase())
                && t.chars().all(|c| c.is_ascii_alphanumeric())
                && t.chars().any(|c| c.is_ascii_digit()))
    };
    if doc.key(j) == "tàu" {
        return numbered(j + 1).then_some(j + 2);
    }
    let kind = MILITARY_UNITS.iter().find(|u| span_is(doc, j, u))?;
    let e = j + words(kind);
    for k in e..=e + MILITARY_NAME_MAX {
        if numbered(k) {
            return Some(k + 1);
        }
        if doc.is_punct(k, ',') || !doc.tok_text(k).chars().all(char::is_alphabetic) {
            break;
        }
    }
    (doc.shape(j) == Shape::Lower).then_some(e)
}

/// Whether a lawyer with the posts `ts` after the name is an official: a post in the bar
/// ([`bar_post`]), or only former posts ("luật sư Phạm Công Hùng (nguyên thẩm phán TAND Tối
/// cao)", "Luật sư A, nguyên Phó Viện trưởng VKSND tỉnh"; dev round 97), as "LS A – nguyên
/// thẩm phán …" is read.
fn lawyer_official(doc: &Doc, ts: &[Span]) -> bool {
    ts.iter().any(|t| bar_post(doc, *t))
        || (!ts.is_empty() && ts.iter().all(|t| doc.key(t.0) == "nguyên"))
}

/// "(ĐB)" or "(ĐBQH)" at `j`, then a full name: a deputy's abbreviation after "đại biểu".
fn deputy_abbrev(doc: &Doc, j: usize) -> bool {
    doc.is_punct(j, '(')
        && matches!(doc.key(j + 1), "đb" | "đbqh")
        && doc.is_punct(j + 2, ')')
        && name_at(doc, j + 3).is_some_and(|(s, e)| s == j + 3 && e > s + 1)
}

/// The heads of an envoy's post ([`envoy_post`]), keys.
const ENVOY_HEADS: &[&str] =
    &["đại sứ", "tổng lãnh sự", "tham tán", "tham tán công sứ", "tham tán thương mại"];

/// "Đại sứ Việt Nam tại Mỹ", "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Ấn Độ", "Tổng Lãnh sự
/// Việt Nam tại Thượng Hải", "Tham tán Thương mại Việt Nam tại Canada": an envoy's post
/// `i..j` (a head of [`ENVOY_HEADS`]), its rank, the sending country and, after "tại", the
/// country or city of the posting. Returns the title's end.
fn envoy_post(doc: &Doc, i: usize, j: usize) -> Option<usize> {
    let envoy = ENVOY_HEADS.iter().any(|h| {
        let n = h.split(' ').count();
        j >= i + n && span_is(doc, j - n, h)
    });
    if !envoy {
        return None;
    }
    let mut k = j;
    if span_is(doc, k, "đặc mệnh toàn quyền") {
        k += 3;
    }
    if let Some(e) = known_place_at(doc, k) {
        k = e;
    }
    if !(doc.key(k) == "tại" && doc.shape(k) == Shape::Lower) {
        return None;
    }
    known_place_at(doc, k + 1).or_else(|| place_at(doc, k + 1).filter(|&e| e > k + 2))
}

/// "Thẩm phán cao cấp, Phó Chánh án …", "Kiểm sát viên trung cấp": a judge's, prosecutor's or
/// investigator's grade right after the bare post belongs to it. Returns the title's end.
fn judicial_grade(doc: &Doc, e: usize) -> usize {
    let grade = ["cao cấp", "trung cấp", "sơ cấp"].iter().any(|g| span_is(doc, e, g))
        && doc.shape(e) == Shape::Lower;
    let post =
        e >= 2 && ["thẩm phán", "sát viên", "tra viên"].iter().any(|p| span_is(doc, e - 2, p));
    if grade && post {
        e + 2
    } else {
        e
    }
}

/// "Bộ trưởng Bộ NN – PTNT", "Giám đốc Sở KH - ĐT": a body's acronym written with a spaced dash
/// between its two halves, the title ending at `j` after the first half; returns the end past
/// the second half (kept as written).
fn acronym_dash(doc: &Doc, i: usize, j: usize) -> usize {
    let upper = |k: usize| {
        doc.shape(k) == Shape::Upper
            && doc.tok_text(k).chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    if j >= i + 2
        && matches!(doc.key(j - 2), "bộ" | "sở")
        && doc.is_cap(j - 2)
        && upper(j - 1)
        && doc.is_dash(j)
        && upper(j + 1)
        && doc.adjacent(j)
        && doc.adjacent(j + 1)
    {
        j + 2
    } else {
        j
    }
}

/// Whether the title at `i` follows "ủy quyền", "thay mặt" or "thừa lệnh" (with an optional
/// "của"): someone acts on behalf of its holder ("quyền" itself may open the title there).
fn on_behalf(doc: &Doc, i: usize) -> bool {
    let at = |k: usize| {
        k >= 2
            && ["ủy quyền", "uỷ quyền", "thay mặt", "thừa lệnh"]
                .iter()
                .any(|w| span_is(doc, k - 2, w))
    };
    let k = if i >= 1 && doc.key(i - 1) == "của" { i - 1 } else { i };
    at(k) || (doc.key(i) == "quyền" && i >= 1 && matches!(doc.key(i - 1), "ủy" | "uỷ"))
}

/// "Trưởng phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai": after a title ending at `j`, a
/// department's code or abbreviation in parentheses, then the body it belongs to (kept as
/// written, as "Sở Kế hoạch và Đầu tư (KHĐT) tỉnh Yên Bái"). Returns the title's end.
fn code_then_parent(doc: &Doc, j: usize) -> usize {
    if !doc.is_punct(j, '(') {
        return j;
    }
    // (the code also spaced, letters then their number: "(PV 11)", "(PC 45)")
    let close = if doc.is_punct(j + 2, ')') && code_like(doc, j + 1) {
        j + 2
    } else if doc.is_punct(j + 3, ')') && spaced_code(doc, j + 1) {
        j + 3
    } else {
        return j;
    };
    match parse_unit(doc, close + 1, false) {
        Some(u)
            if matches!(u.kind, Kind::Standalone | Kind::Generic)
                && u.qualified
                && title_head_at(doc, close + 1).is_none() =>
        {
            u.end
        }
        _ => j,
    }
}

/// A department's code written with a space between its letters and its number, at `k` and
/// `k + 1`: two or three capital letters, then one to three digits ("PV 11", "PC 45").
fn spaced_code(doc: &Doc, k: usize) -> bool {
    let t = doc.tok_text(k);
    (2..=3).contains(&t.len())
        && t.bytes().all(|b| b.is_ascii_uppercase())
        && doc.is_number(k + 1)
        && doc.tok_text(k + 1).len() <= 3
}

/// "Phó Vụ trưởng Vụ Bảo hiểm y tế (BHYT), Bộ Y tế", "Giám đốc Ban quản lý dự án các công
/// trình điện miền Trung (CPMB) thuộc …", "Chủ tịch Hội Bảo trợ … (NKT-TMC&BNN) tỉnh Bình
/// Phước": after a title `s..e` that names its body, the body's abbreviation in parentheses
/// ([`own_abbrev`]), and then optionally the body's place written with its lowercase
/// administrative noun (`name_before`, the holder's name before the title), belong to the
/// title as written (`GUIDELINES.md`: the title with its body). Returns the title's end.
fn abbrev_after_body(doc: &Doc, s: usize, e: usize, name_before: bool) -> usize {
    let Some((h, _)) = title_head_at(doc, s).filter(|&(h, _)| e > h) else {
        return e;
    };
    let Some(close) = own_abbrev(doc, h, e) else {
        return e;
    };
    // (a title first, before its holder's name: right before it, or opening a chain, "Phó Chủ
    // tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI), Phó Chủ tịch HĐTLQG Hoàng Quang
    // Phòng"; not inside a chain, after a comma, a dash or "kiêm", unless a name follows, where
    // it may hold the posts of a name vnmon does not read: "Tiếp ông Yoon Jong Keun - Tổng Giám
    // đốc Công ty Điện lực Nam Hàn Quốc (KOSPO), Phó Thủ tướng A")
    if !name_before {
        let in_chain =
            s >= 1 && (doc.is_punct(s - 1, ',') || doc.is_dash(s - 1) || doc.key(s - 1) == "kiêm");
        let name_next = name_at(doc, skip_prefixes(doc, close).0).is_some();
        return if in_chain && !name_next { e } else { close };
    }
    match place_at(doc, close) {
        Some(p) if p > close + 1 && !doc.is_cap(close) && admin_noun(doc, close) => p,
        _ => close,
    }
}

/// "(BHYT)", "(VCCI)", "(NKT-TMC&BNN)" at `e`, after a body `h..e`: the body's own
/// abbreviation in parentheses, one written word of capitals ([`paren_abbrev`], or up to five
/// glued tokens with "-", "–" or "&" inside; not two words, "(BHXH VN)"), two letters or more,
/// no Roman numeral ("(XII)"), no place ("(TPHCM)"), of two letters only with its first letter
/// the initial of a word of the body ("(PV)", a byline, after "Sở Y tế"; longer ones are often
/// English, "(PVN)", "(VFF)", "(CIEM)"), and no other body's known abbreviation ("(BHXH)" after "Ban thực hiện chính sách
/// bảo hiểm y tế" names a parent; the body's own is kept: "Ngân hàng Nhà nước (NHNN)"). Returns
/// the end past ")".
fn own_abbrev(doc: &Doc, h: usize, e: usize) -> Option<usize> {
    if !doc.is_punct(e, '(') || doc.shape(e + 1) != Shape::Upper {
        return None;
    }
    let mut k = e + 2;
    if !paren_abbrev(doc, e) {
        while k < e + 6
            && doc.glued(k)
            && (doc.shape(k) == Shape::Upper || doc.is_dash(k) || doc.is_punct(k, '&'))
        {
            k += 1;
        }
    }
    if !doc.is_punct(k, ')') || doc.shape(k - 1) != Shape::Upper {
        return None;
    }
    let letters: usize = (e + 1..k)
        .filter(|&p| doc.shape(p) == Shape::Upper)
        .map(|p| doc.tok_text(p).chars().count())
        .sum();
    let first = doc.tok_text(e + 1).chars().next().and_then(fold_char);
    let roman =
        k == e + 2 && doc.tok_text(e + 1).chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let initial = (h..e)
        .any(|p| doc.is_word(p) && doc.tok_text(p).chars().next().and_then(fold_char) == first);
    // (a known abbreviation only where its expansion ends the body: "Ngân hàng Nhà nước (NHNN)")
    let other_body = abbrev_body(doc, e + 1).is_some()
        && LEX.abbrevs.get(doc.tok_text(e + 1)).is_none_or(|a| {
            let n = words(&a.expansion);
            e < h + n || !span_is(doc, e - n, &a.expansion)
        });
    let ok = letters >= 2
        && !roman
        && (letters > 2 || initial)
        && !other_body
        && place_at(doc, e + 1).is_none();
    ok.then_some(k + 1)
}

/// Body words a number names one of ("Trưởng phòng 6", "đội trưởng đội 11", "Tổ trưởng tổ dân
/// phố 18", "Quân khu 7", "Giám đốc Ban 2").
const NUMBERED_BODY: &[&str] = &["phòng", "đội", "tổ", "phố", "khu", "ban", "trạm"];

/// Words after a number that count something, no body's number ("Trưởng phòng 2 năm").
const COUNTED: &[&str] = &["năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "lần", "tuổi"];

/// Words a [`NUMBERED_BODY`] word ends without naming a body ("Văn phòng", "Quốc phòng",
/// "Hải Phòng", "thành phố", "Quân đội").
const NUMBERED_COMPOUND: &[&str] = &[
    "văn phòng",
    "quốc phòng",
    "hải phòng",
    "dự phòng",
    "thành phố",
    "đường phố",
    "quân đội",
    "bộ đội",
    "đồng đội",
];

/// A body's number at `e`, after a title or body `s..e`. After a body word
/// ([`NUMBERED_BODY`], no compound of [`NUMBERED_COMPOUND`]): one to three digits where the
/// clause goes on after them ([`clause_goes_on`], or a name), not before a counted noun
/// ([`COUNTED`]) or "/", "%", ".", ":" ("Trưởng phòng 6 thuộc C74B", "đội trưởng đội 11 phụ
/// trách …", "Tổ trưởng tổ dân phố 18, phường Trần Phú", "Phó chủ nhiệm Chính trị Quân khu 7
/// trao đổi"; not "Trưởng phòng 2 năm"). Else, with `named`, after a body named by capitalised
/// words: two or three digits and optionally its place, where the clause goes on ("Bệnh viện
/// Nhân dân 115 Thành phố Hồ Chí Minh cho biết"; a bare number only before punctuation or a
/// verb of saying, not "Sở Y tế 10 năm qua"). Returns the end.
fn body_number(doc: &Doc, s: usize, e: usize, named: bool) -> usize {
    let digits = doc.tok_text(e).len();
    if e < s + 1 || !doc.is_number(e) || digits > 3 {
        return e;
    }
    let word = e >= s + 2
        && NUMBERED_BODY.contains(&doc.key(e - 1))
        && !NUMBERED_COMPOUND.iter().any(|c| span_is(doc, e - 2, c));
    let next = e + 1;
    if word {
        let goes_on = clause_goes_on(doc, next) || starts_name(doc, next);
        let counted = COUNTED.contains(&doc.key(next))
            || ['/', '%', '.', ':'].iter().any(|&c| doc.is_punct(next, c));
        return if goes_on && !counted { next } else { e };
    }
    if !named || digits < 2 || !(s + 1..e).any(|k| doc.shape(k) == Shape::Title) {
        return e;
    }
    let closes = |k: usize| {
        k >= doc.len()
            || matches!(doc.shape(k), Shape::Punct | Shape::Break)
            || said_at(doc, k).is_some()
            || span_is(doc, k, "cho biết")
    };
    match place_at(doc, next).filter(|&p| p > next) {
        Some(p) if clause_goes_on(doc, p) => p,
        _ if closes(next) => next,
        _ => e,
    }
}

/// A department's code or an abbreviation: two to six capital letters (A–Z, Đ), then up to
/// three digits ("PC45", "PA92", "CSHS", "KHĐT").
fn code_like(doc: &Doc, k: usize) -> bool {
    let t = doc.tok_text(k);
    let letters = t.chars().take_while(|c| c.is_ascii_uppercase() || *c == 'Đ').count();
    let digits = t.chars().skip(letters).take_while(|c| c.is_ascii_digit()).count();
    (2..=6).contains(&letters) && digits <= 3 && letters + digits == t.chars().count()
}

/// "Phó Công an xã", "Phó Văn phòng Ủy ban chứng khoán Nhà nước": "Phó" (deputy) right before
/// a generic body that names its place, field or parent stands for the deputy head of that body.
fn deputy_of_body(doc: &Doc, i: usize) -> Option<Span> {
    // (the body may be lowercase, "Phó công an xã Nghĩa Bình"; "phó" too, after punctuation:
    // "ông A, phó công an xã Nghĩa Bình"; not the end of a word, "đối phó", "ứng phó")
    let lower = doc.shape(i) == Shape::Lower
        && (i == 0 || matches!(doc.shape(i - 1), Shape::Punct | Shape::Break));
    if doc.key(i) != "phó" || !(doc.shape(i) == Shape::Title || lower) {
        return None;
    }
    let u = parse_unit(doc, i + 1, true)?;
    (u.kind == Kind::Generic && u.qualified).then(|| (i, dash_parent(doc, u.end, u.kind)))
}

/// After a title's body of `kind` ending at `j`: "Chánh tòa Hình sự - Tòa án Nhân dân tỉnh
/// Bắc Ninh", a department's dash and the standalone body it belongs to, when no title opens
/// there; "Trưởng phòng An ninh điều tra - PA92", a dash and the department's police code
/// (capital letters and digits) before a separator. Returns the title's end.
fn dash_parent(doc: &Doc, j: usize, kind: Kind) -> usize {
    if !(doc.is_dash(j)) {
        return j;
    }
    let t = doc.tok_text(j + 1);
    let letters = t.chars().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = t.chars().skip(letters).take_while(|c| c.is_ascii_digit()).count();
    let ends =
        |k: usize| [',', ';', ')', '.'].iter().any(|&p| doc.is_punct(k, p)) || k >= doc.len();
    if (1..=3).contains(&letters)
        && (2..=3).contains(&digits)
        && letters + digits == t.chars().count()
        && ends(j + 2)
    {
        return j + 2;
    }
    if !matches!(kind, Kind::Generic | Kind::Nested) || title_head_at(doc, j + 1).is_some() {
        return j;
    }
    match parse_unit(doc, j + 1, false) {
        Some(u) if matches!(u.kind, Kind::Standalone | Kind::Generic) && u.qualified => u.end,
        _ => j,
    }
}

/// An all-capital token of two to six letters without tone marks (A–Z, Đ) that is no known
/// abbreviation of another role, standing for a body ("EVN", "BVĐK"); never a word of a line
/// written in capitals ("KT. BỘ TRƯỞNG THỨ TRƯỞNG").
fn acronym_body(doc: &Doc, j: usize) -> bool {
    let t = doc.tok_text(j);
    let n = t.chars().count();
    doc.shape(j) == Shape::Upper
        && (2..=6).contains(&n)
        && t.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ')
        && (j == 0 || doc.shape(j - 1) != Shape::Upper)
        && doc.shape(j + 1) != Shape::Upper
        && !LEX.abbrevs.contains_key(t)
        && LEX.prefixes.at(doc, j).is_none()
}

/// After a body written as an unknown acronym, ending at `j`: the rest of its name, the end of
/// the title. "BVĐK tỉnh Hòa Bình": a place; "BV đa khoa tỉnh Hòa Bình", "BV đa khoa Hòa
/// Bình": one or two lowercase descriptors, then a place; "CĐ Meiko": a capitalised name of
/// one or two words that is no person, place, body or title, before punctuation (not before a
/// lowercase word: "HTX Sản xuất …" is a word cut in two).
fn acronym_name_end(doc: &Doc, j: usize) -> usize {
    // "Chánh án TAQS Trung ương": the central level after the acronym.
    if doc.is_cap(j) && span_is(doc, j, "trung ương") {
        return j + 2;
    }
    if !doc.is_cap(j) {
        return place_at(doc, j).or_else(|| descriptors_then_place(doc, j)).unwrap_or(j);
    }
    let run = title_run(doc, j);
    let free = (1..=2).contains(&run)
        && plain_word(doc, j)
        && matches!(doc.shape(j + run), Shape::Punct | Shape::Break);
    if free {
        j + run
    } else {
        j
    }
}

/// "đa khoa tỉnh Hòa Bình", "chuyên Bạc Liêu" at `j`, after a body's generic name ("BV",
/// "trường THPT"): one or two lowercase descriptors (no stop word, no word ending a post), then
/// a place. Returns the place's end.
fn descriptors_then_place(doc: &Doc, j: usize) -> Option<usize> {
    let words =
        lower_words(doc, j, 2, |k| POST_STOP.contains(&doc.key(k)) || place_at(doc, k).is_some());
    (words > 0).then(|| place_at(doc, j + words).filter(|&e| e > j + words)).flatten()
}

/// "học Nha Trang", "văn hóa Phan Châu Trinh", "đường bộ VN", "quốc gia giao dịch bảo đảm
/// Phạm Tuấn Ngọc" at `j`, after a body whose name the unit grammar read only up to its first
/// lowercase word ("Viện Hải dương", "Quỹ", "Tổng cục", "Cục Đăng ký"): a name written in
/// sentence case runs on through one to six lowercase words (no stop word, no word ending a
/// post) up to what closes it, and the clause goes on after that: a place, an abbreviation, a
/// capitalised name of one to three words that is no person's (a historical figure's is none),
/// then punctuation, a stop word or a name; or the holder's name itself (the title ends before
/// it); or a parenthesised abbreviation (the title ends before it). Returns the title's end.
fn sentence_tail(doc: &Doc, j: usize, after_name: bool) -> Option<usize> {
    let words = lower_words(doc, j, 7, |k| {
        POST_STOP.contains(&doc.key(k)) || LEX.prefixes.at(doc, k).is_some() || admin_noun(doc, k)
    });
    // "ông A, Phó Giám đốc Trung tâm đăng kiểm cho biết", "…, Chủ tịch Ủy ban An toàn giao
    // thông quốc gia đã chủ trì": after its holder's name, a post's name in sentence case runs
    // through up to six lowercase words to where the clause goes on (punctuation, a stop word,
    // a verb of saying).
    // (not after a name already closed by a capitalised word: "Giám đốc Công ty Đại Nguyên
    // Dương ký", the verb)
    if after_name && j > 0 && doc.shape(j - 1) == Shape::Lower {
        if let Some(e) = clause_run(doc, j) {
            return Some(e);
        }
    }
    if !(1..=6).contains(&words) {
        return None;
    }
    let k = j + words;
    let run = title_run(doc, k);
    let holder = holder_name(doc, k);
    if (holder && !after_name) || paren_abbrev(doc, k) {
        return Some(k);
    }
    // (a place whose name reads as a person's, "TP Bảo Lộc", may be the holder's name; one
    // that runs on in capitals, "Thái Bình Dương", is another name)
    let close = place_at(doc, k)
        .filter(|&e| e > k && !(k..e).any(|p| starts_name(doc, p)) && doc.shape(e) != Shape::Title);
    let close = close.or_else(|| {
        // (a body's abbreviation, "BV", opens another body; not one that names a body only
        // inside a longer name, "QĐND")
        let upper = doc.shape(k) == Shape::Upper
            && doc.shape(k + 1) != Shape::Upper
            && abbrev_body(doc, k).is_none_or(|b| b == Kind::Nested);
        let proper = || {
            (1..=3).contains(&run)
                && !starts_name(doc, k)
                && title_head_at(doc, k).is_none()
                && parse_unit(doc, k, false).is_none()
                && LEX.prefixes.at(doc, k).is_none()
                && LEX.stopwords.at(doc, k).is_none()
        };
        if upper && title_head_at(doc, k).is_none() && LEX.admin.at(doc, k).is_none() {
            // ("Tổng cục chính trị QĐND Việt Nam": the abbreviation with its country or place)
            Some(place_at(doc, k + 1).filter(|&e| e > k + 1).unwrap_or(k + 1))
        } else if after_name && holder {
            Some(k + run)
        } else {
            proper().then_some(k + run)
        }
    })?;
    let ends = close >= doc.len()
        || matches!(doc.shape(close), Shape::Punct | Shape::Break)
        || (doc.shape(close) == Shape::Lower && LEX.stopwords.at(doc, close).is_some())
        || holder_name(doc, close);
    ends.then_some(close)
}

/// An administrative noun at `k` ("xã", "huyện", …) that opens a locality: not "xã hội"
/// (society), a word of bodies' names ("Trung tâm Bảo trợ xã hội").
fn admin_noun(doc: &Doc, k: usize) -> bool {
    LEX.admin.at(doc, k).is_some() && !span_is(doc, k, "xã hội")
}

/// Verbs that go on a clause after a post set off after its holder's name, saying, reporting
/// or signing ("ông A, Cục trưởng Chống tham nhũng nói", "ông B, Giám đốc Công ty ký"; "cho
/// biết" is a stop word).
const SAID: &[&str] = &[
    "nói",
    "cho hay",
    "khẳng định",
    "chia sẻ",
    "nhấn mạnh",
    "cho rằng",
    "trả lời",
    "xác nhận",
    "thừa nhận",
    "giải thích",
    "bày tỏ",
    "nhận định",
    "đặt câu hỏi",
    "lý giải",
    "tiết lộ",
    "ký",
    "từng",
    "báo cáo",
    "phân tích",
    "đánh giá",
    "đảm",
    "trình bày",
    "giải trình",
    "kiến nghị",
    "đề xuất",
    "thông báo",
    "cảnh báo",
    "trao đổi",
    "chủ trì",
    "gửi",
    "nêu",
    "phản ánh",
    "cam kết",
    "kết luận",
    "đồng ý",
    "tiếp nhận",
    "phụ trách",
    "lưu ý",
    "chỉ ra",
    // ("ông A, Phó vụ trưởng Vụ khai thác dẫn đầu đoàn": leads)
    "dẫn đầu",
];

/// A verb of [`SAID`] at `k`: its end.
fn said_at(doc: &Doc, k: usize) -> Option<usize> {
    SAID.iter().find(|v| span_is(doc, k, v)).map(|v| k + words(v))
}

/// Lowercase words that never belong to a post's name, where [`clause_run`] stops: a negation
/// or a pronoun opens the clause ("Cục Văn hóa cơ sở không đồng tình", "giám đốc trung tâm đưa
/// chúng tôi dạo quanh").
/// A number opens a sentence's complement too ("nguyên Trưởng phòng Quản lý công nghệ thông tin
/// hai năm tù", a sentence), and a demonstrative closes the body's noun ("Phó giám đốc Trung tâm
/// này", the one named before).
const CLAUSE_BREAK: &[&str] = &[
    "không", "chưa", "chẳng", "chúng", "tôi", "họ", "mình", "một", "hai", "ba", "bốn", "năm",
    "sáu", "bảy", "tám", "chín", "mười", "này", "đó", "ấy",
];

/// The most lowercase words of one run [`clause_run`] reads: "khí tượng thủy văn quốc gia" (six, "Trung
/// tâm khí tượng thủy văn quốc gia cho biết").
const CLAUSE_RUN_MAX: usize = 6;

/// "đăng kiểm cho biết", "giao thông quốc gia đã", "dự án giao thông,", "tư pháp huyện Đại
/// Lộc nói" at `j`, right after a post's body word or a name read up to its first lowercase
/// word: one to [`CLAUSE_RUN_MAX`] lowercase words (no stop word, no word ending a post, rank,
/// administrative noun or verb of saying; "dự án", a project, is a noun), up to three such runs
/// joined by "và" (or "về" after "tội phạm"), then optionally a locality, a parent body or
/// "Trung ương", up to where the clause goes on ([`clause_goes_on`]). Returns the end of the
/// post's name.
fn clause_run(doc: &Doc, j: usize) -> Option<usize> {
    // "Quản lý thi và kiểm định chất lượng giáo dục (Sở …)", "Cảnh sát điều tra tội phạm về
    // kinh tế và tham nhũng Công an tỉnh Đắk Lắk": a second run joined by "và" or "về" counts
    // when that run too ends where the clause goes on or at its parent body.
    joined_runs(doc, j, 3, true).into_iter().rev().find_map(|k| run_close(doc, k))
}

/// The ends of up to `max` runs of [`run_words`] from `j`, each after the first joined by a
/// lowercase "và" (and) or, with `about`, "về" (in) after "tội phạm", not before a person's
/// noun ([`RUN_PERSON`]: "… và cán bộ phòng"); empty when no run starts at `j`. Read by
/// [`clause_run`] and [`lower_department`].
fn joined_runs(doc: &Doc, j: usize, max: usize, about: bool) -> Vec<usize> {
    let mut k = run_words(doc, j);
    if k == j {
        return Vec::new();
    }
    let mut ends = vec![k];
    while ends.len() < max {
        let about = about && doc.key(k) == "về" && k >= 1 && doc.key(k - 1) == "phạm";
        let joins = doc.shape(k) == Shape::Lower
            && (doc.key(k) == "và" || about)
            && !RUN_PERSON.contains(&doc.key(k + 1));
        let next = if joins { run_words(doc, k + 1) } else { k + 1 };
        if !joins || next == k + 1 {
            break;
        }
        k = next;
        ends.push(k);
    }
    ends
}

/// Words that name people, not a body, after "và" in a post's name ("… và cán bộ", "… và các
/// đồng chí", "… và Lãnh đạo các sở", "… và Phu nhân").
const RUN_PERSON: &[&str] = &[
    "cán", "lãnh", "đại", "nhân", "người", "ông", "bà", "anh", "chị", "các", "những", "đồng",
    "thành", "ủy", "uỷ", "phó", "phu",
];

/// A two-word lowercase noun read whole inside a post's or body's name, whose second word
/// would end the run on its own: "dự án" (a project), "đăng ký" (registration: "Cục đăng ký
/// quốc gia …"; "ký", to sign, is a verb of [`SAID`]), "thiết bị" (equipment: "Vụ trang thiết
/// bị và công trình y tế"; "bị" is a stop word).
fn noun_pair(doc: &Doc, k: usize) -> bool {
    doc.shape(k) == Shape::Lower
        && (span_is(doc, k, "dự án") || span_is(doc, k, "đăng ký") || span_is(doc, k, "thiết bị"))
}

/// The end of [`clause_run`]'s lowercase words from `j` (at most [`CLAUSE_RUN_MAX`]), or `j`.
fn run_words(doc: &Doc, j: usize) -> usize {
    let mut k = j;
    while k < j + CLAUSE_RUN_MAX && k < doc.len() {
        if noun_pair(doc, k) {
            k += 2;
            continue;
        }
        if !run_word(doc, k) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether the token at `k` may be a word of a post's lowercase name ([`run_words`]): no stop
/// word, no word ending a post, rank, administrative noun, verb of saying or clause break.
fn run_word(doc: &Doc, k: usize) -> bool {
    doc.shape(k) == Shape::Lower
        && LEX.stopwords.at(doc, k).is_none()
        && !POST_STOP.contains(&doc.key(k))
        && LEX.prefixes.at(doc, k).is_none()
        && !admin_noun(doc, k)
        && said_at(doc, k).is_none()
        // ("kiêm" joins a second office: "Chánh Văn phòng kiêm người phát ngôn của …")
        && doc.key(k) != "kiêm"
        && !CLAUSE_BREAK.contains(&doc.key(k))
}

/// A verb naming a board's task as the first word of its name, a stop word elsewhere ("Ban
/// thực hiện chính sách bảo hiểm y tế"): lowercase, no word ending a post, no verb of saying,
/// no clause break.
fn first_board_word(doc: &Doc, k: usize) -> bool {
    doc.shape(k) == Shape::Lower
        && !POST_STOP.contains(&doc.key(k))
        && said_at(doc, k).is_none()
        && !span_is(doc, k, "cho biết")
        && !CLAUSE_BREAK.contains(&doc.key(k))
}

/// The most lowercase words of a board's name ([`board_name`]): "quản lý đầu tư xây dựng công
/// trình giao thông" has ten.
const BOARD_MAX: usize = 12;

/// "Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội, cho biết", "Ban thực hiện chính
/// sách bảo hiểm y tế (BHXH VN)", "Ban quản lý dự án các công trình điện miền Trung (…)" at `b`,
/// a capitalised "Ban" after a post and its holder's name: a board named by what it does, two
/// to [`BOARD_MAX`] lowercase words ([`run_word`]; "các" inside and "dự án" too), then
/// optionally its place or a region ("miền Trung", "phía Bắc"), where the clause goes on.
/// Returns its end.
fn board_name(doc: &Doc, b: usize) -> Option<usize> {
    if !(doc.shape(b) == Shape::Title && doc.key(b) == "ban") {
        return None;
    }
    let mut k = b + 1;
    while k < (b + 1 + BOARD_MAX).min(doc.len()) {
        if noun_pair(doc, k) {
            k += 2;
        } else if run_word(doc, k)
            || (k > b + 2 && doc.key(k) == "các" && run_word(doc, k + 1))
            || (k == b + 1 && first_board_word(doc, k))
        {
            k += 1;
        } else {
            break;
        }
    }
    if k < b + 3 {
        return None;
    }
    let mut e = region_or_place(doc, k);
    // "Ban quản lý dự án Đường sắt cho biết": after "dự án", the project's field (a capitalised
    // word that is no name, title or known place, and up to two lowercase words) closes the
    // board's name.
    if e == k && k >= 2 && span_is(doc, k - 2, "dự án") && !clause_goes_on(doc, e) {
        let field = doc.shape(k) == Shape::Title
            && title_run(doc, k) == 1
            && title_head_at(doc, k).is_none()
            && known_place_at(doc, k).is_none()
            && LEX.prefixes.at(doc, k).is_none();
        if field {
            let f = k + 1 + (k + 1..k + 3).take_while(|&p| run_word(doc, p)).count();
            if clause_goes_on(doc, f) {
                e = f;
            }
        }
    }
    clause_goes_on(doc, e).then_some(e)
}

/// After a post's lowercase words ending at `k`: the end of a region named after "miền" or
/// "phía" ("miền Trung", "phía Bắc") or of a place ("Hà Nội", "huyện Tĩnh Gia"), or `k`.
fn region_or_place(doc: &Doc, k: usize) -> usize {
    if k > 0 && matches!(doc.key(k - 1), "miền" | "phía") && doc.shape(k) == Shape::Title {
        k + title_run(doc, k).min(2)
    } else {
        place_at(doc, k).filter(|&e| e > k && !(k..e).any(|p| starts_name(doc, p))).unwrap_or(k)
    }
}

/// "Trung tâm Giám định bảo hiểm y tế| và thanh toán đa tuyến khu vực phía Bắc (…)": after a
/// title `s..e` whose body's name ends in two lowercase words or more after a capitalised one
/// (a name in sentence case, not "Sở Y tế"), a lowercase "và" (and) and two to
/// [`BOARD_MAX`] lowercase words ([`run_word`]; no person's noun after "và"; the first may be
/// capitalised, a second name in sentence case: "Cục Quản lý nợ và Tài chính đối ngoại"), then
/// optionally a region or a place, up to punctuation or a line break, and then the parent body
/// after a dash ([`dash_parent`]). Returns the title's end.
fn and_run(doc: &Doc, s: usize, e: usize) -> usize {
    let Some(cap) = (s + 1..e).rev().find(|&p| doc.shape(p) != Shape::Lower) else {
        return e;
    };
    let joins = doc.key(e) == "và"
        && doc.shape(e) == Shape::Lower
        && doc.shape(cap) == Shape::Title
        && e >= cap + 3
        && !RUN_PERSON.contains(&doc.key(e + 1));
    if !joins {
        return e;
    }
    let mut k = e + 1;
    // "Cục Quản lý nợ và Tài chính đối ngoại - Bộ Tài chính": the second name in sentence case
    // too, a capitalised word (no name, title, body, place or honorific) before its lowercase
    // words.
    if free_caps(doc, k, 1) == 1 && run_word(doc, k + 1) {
        k += 1;
    }
    while k < (e + 1 + BOARD_MAX).min(doc.len()) && run_word(doc, k) {
        k += 1;
    }
    if k < e + 3 {
        return e;
    }
    let end = region_or_place(doc, k);
    if end >= doc.len() || matches!(doc.shape(end), Shape::Punct | Shape::Break) {
        // (and its parent after a dash, "- Bộ Tài chính", as after a body: [`dash_parent`])
        dash_parent(doc, end, Kind::Nested)
    } else {
        e
    }
}

/// "Cục trưởng Cục Công tác Đảng| và Công tác quần chúng", "Tổng Thư ký Hiệp hội Chế biến| và
/// Xuất khẩu thủy sản Việt Nam (VASEP)", "Phó Giám đốc Công ty CP Xuất nhập khẩu| và Vận tải
/// Khánh Nguyên": after a title `s..e` whose body's name ends in a capitalised word and at most
/// two lowercase words, a lowercase "và" (and) and a capitalised word that is no name, title,
/// body, place or stop word ([`plain_word`]) open the name's second half (after the holder's
/// name only): such capitalised words and lowercase ones ([`run_word`]; "quần chúng" too, and
/// "dự án"), up to [`BOARD_MAX`], then optionally a region or a place, where the clause goes on
/// ([`clause_goes_on`]; not before another "và"), not before a person's noun ([`RUN_PERSON`];
/// a capitalised "Cán bộ" names a body's half: "Cục Nhà giáo và Cán bộ quản lý cơ sở giáo
/// dục"). Returns the title's end ([`and_run`] reads a
/// second half in lowercase).
fn and_caps_run(doc: &Doc, s: usize, e: usize) -> usize {
    let opens = doc.key(e) == "và"
        && doc.shape(e) == Shape::Lower
        && e >= s + 3
        && (e.saturating_sub(3).max(s + 2)..e).any(|p| doc.shape(p) == Shape::Title)
        && free_caps(doc, e + 1, 1) == 1
        && (doc.key(e + 1) == "cán" || !RUN_PERSON.contains(&doc.key(e + 1)));
    if !opens {
        return e;
    }
    // (lowercase words as [`run_word`] reads them, or a pronoun's syllable inside a noun:
    // "quần chúng", the masses)
    let word = |k: usize| {
        run_word(doc, k)
            || (doc.shape(k) == Shape::Lower && span_is(doc, k - 1, "quần chúng"))
            || free_caps(doc, k, 1) == 1
    };
    let mut k = e + 2;
    while k < (e + 1 + BOARD_MAX).min(doc.len()) {
        if noun_pair(doc, k) {
            k += 2;
        } else if word(k) {
            k += 1;
        } else {
            break;
        }
    }
    let end = region_or_place(doc, k);
    // (not before another "và", unless a person's noun follows it: "… và Công tác quần chúng và
    // đại diện lãnh đạo các đơn vị")
    let and_more = doc.shape(end) == Shape::Lower
        && doc.key(end) == "và"
        && !RUN_PERSON.contains(&doc.key(end + 1));
    if clause_goes_on(doc, end) && !and_more {
        end
    } else {
        e
    }
}

/// "T.Ư", "TƯ", "TW", "T.W" at `k`: the central level abbreviated, as the abbreviation table
/// (`lexicon/abbreviations.toml`) expands it.
fn central_abbrev(doc: &Doc, k: usize) -> bool {
    k < doc.len() && LEX.abbrevs.get(doc.tok_text(k)).is_some_and(|a| a.display == "Trung ương")
}

/// After [`clause_run`]'s words ending at `k`: the post's name's end, optionally through a
/// locality or its parent body, when the clause goes on there.
fn run_close(doc: &Doc, k: usize) -> Option<usize> {
    let e = place_at(doc, k)
        .filter(|&e| e > k && admin_noun(doc, k) && !(k..e).any(|p| starts_name(doc, p)))
        .unwrap_or(k);
    if clause_goes_on(doc, e) {
        return Some(e);
    }
    // "ông A – Trưởng phòng Quản lý thương mại Sở Công thương TPHCM, …", "Trưởng Ban Chỉ đạo cải
    // cách tư pháp Trung ương;": the run names its parent body, or the central level, before the
    // clause goes on.
    let parent = if span_is(doc, e, "trung ương") && doc.is_cap(e) {
        Some(e + 2)
    } else if central_abbrev(doc, e) {
        // ("Ủy viên Hội đồng lý luận T.Ư,": the central level abbreviated)
        Some(e + 1)
    } else {
        parse_unit(doc, e, false)
            .filter(|u| {
                matches!(u.kind, Kind::Standalone | Kind::Generic)
                    && u.qualified
                    && title_head_at(doc, e).is_none()
            })
            .map(|u| u.end)
    };
    // ("Trưởng Ban bạn đọc Báo Giáo dục Việt Nam bị bắt": a newspaper, an association or a
    // school the unit grammar reads no body of, [`named_body`])
    let parent = parent.or_else(|| named_body(doc, e));
    parent.filter(|&p| clause_goes_on(doc, p))
}

/// Nouns naming an event whose organising committee ("Ban tổ chức") a post heads.
const EVENTS: &[&str] = &[
    "lễ hội",
    "hội thi",
    "cuộc thi",
    "giải",
    "liên hoan",
    "hội chợ",
    "festival",
    "tuần lễ",
    "ngày hội",
    "hội diễn",
    "hội báo",
    "triển lãm",
    "lễ",
];

/// The most words of an event's name after its noun ([`event_committee`]).
const EVENT_MAX: usize = 8;

/// An event's noun ([`EVENTS`]) at `k`: its number of words. Not the first word of a verb of
/// saying ("Trưởng ban tổ chức giải thích", explains; [`SAID`]).
fn event_noun(doc: &Doc, k: usize) -> Option<usize> {
    if said_at(doc, k).is_some() {
        return None;
    }
    EVENTS.iter().find(|ev| span_is(doc, k, ev)).map(|ev| words(ev))
}

/// "tổ chức Lễ hội chọi trâu Đồ Sơn năm 2017 cho biết", "tổ chức (BTC) lễ hội …" at `j`, after
/// "Trưởng Ban"/"Phó Ban" and its holder's name: an event's organising committee, "tổ chức"
/// (in either case) and its abbreviation in parentheses, an event's noun ([`EVENTS`]), up to
/// [`EVENT_MAX`] words of its name (lowercase words of a post's name, capitalised words that
/// are no title or honorific) and its year ("năm 2017"), where the clause goes on. Returns its
/// end.
fn event_committee(doc: &Doc, j: usize) -> Option<usize> {
    if !span_is(doc, j, "tổ chức") {
        return None;
    }
    // "ông A, Phó Chủ tịch UBND tỉnh, Trưởng ban tổ chức cho biết", "…, Phó trưởng ban tổ
    // chức Lễ hội cho biết": the organising committee named without its event, or by the
    // event's noun alone (the event is the article's), in lowercase after "ban", where the
    // clause goes on.
    if j > 0 && doc.key(j - 1) == "ban" && doc.shape(j) == Shape::Lower {
        let noun = event_noun(doc, j + 2).unwrap_or(0);
        if clause_goes_on(doc, j + 2 + noun) && !doc.is_punct(j + 2, '(') {
            return Some(j + 2 + noun);
        }
    }
    let mut k = j + 2;
    if doc.is_punct(k, '(') && doc.shape(k + 1) == Shape::Upper && doc.is_punct(k + 2, ')') {
        k += 3;
    }
    k += event_noun(doc, k)?;
    let start = k;
    while k < start + EVENT_MAX && k < doc.len() {
        let cap = doc.shape(k) == Shape::Title
            && title_head_at(doc, k).is_none()
            && LEX.prefixes.at(doc, k).is_none()
            && LEX.stopwords.at(doc, k).is_none();
        if !(cap || run_word(doc, k)) {
            break;
        }
        k += 1;
    }
    if k == start {
        return None;
    }
    if doc.key(k) == "năm" && doc.shape(k) == Shape::Lower && doc.is_year(k + 1) {
        k += 2;
    }
    clause_goes_on(doc, k).then_some(k)
}

/// "Phòng chống phản động và chống khủng bố đến …" at `j`, after "Trưởng phòng" and its
/// holder's name: a department named by a capitalised field the unit grammar reads as no body
/// ("Phòng chống", prevention), then its lowercase words ([`clause_run`]). Returns its end.
fn field_run(doc: &Doc, j: usize) -> Option<usize> {
    let u = parse_unit(doc, j, false).filter(|u| u.kind == Kind::NotUnit && u.end > j + 1)?;
    (doc.shape(j) == Shape::Title && (j + 1..u.end).all(|p| doc.shape(p) == Shape::Lower))
        .then(|| clause_run(doc, u.end))
        .flatten()
}

/// "Hội Nhi khoa Việt Nam nhấn mạnh", "Trường Sỹ quan kỹ thuật quân sự Vinhempich thuộc …",
/// "Báo Công lý," at `j`, after a post and its holder's name, where the unit grammar reads no
/// body: an association, a school or a newspaper named in sentence case (one to three
/// capitalised words that are no person's name, body, place or title, up to five lowercase
/// words, then optionally a place or one or two more such capitalised words), where the clause
/// goes on. Returns its end.
fn named_body(doc: &Doc, j: usize) -> Option<usize> {
    // ("Tạp chí Nâm Nung,": a magazine, its two-word noun)
    let noun = if span_is(doc, j, "tạp chí") { 2 } else { 1 };
    let named = noun == 2 || matches!(doc.key(j), "hội" | "trường" | "báo");
    if !(doc.shape(j) == Shape::Title && named) {
        return None;
    }
    let j = j + noun - 1;
    // (not a historical figure's name read from its first syllable: "Tổng Bí thư Trường
    // Chinh")
    let caps = free_caps(doc, j + 1, 3);
    let figure = || (1..=3).any(|n| LEX.historical.contains(&key_span(doc, j, j + 1 + n)));
    if caps == 0 || figure() {
        return None;
    }
    let mut e = j + 1 + caps;
    // (a magazine's name keeps at most one lowercase word after its capitalised ones, "Tạp chí
    // Nâm Nung", never a clause's verb: "Tạp chí Mặt trận cấp thẻ" is no magazine's name)
    let lower_max = if noun == 2 { 1 } else { 5 };
    e += lower_words(doc, e, lower_max, |k| {
        POST_STOP.contains(&doc.key(k)) || admin_noun(doc, k) || said_at(doc, k).is_some()
    });
    if let Some(p) = place_at(doc, e).filter(|&p| p > e) {
        e = p;
    } else {
        e += free_caps(doc, e, 2);
    }
    clause_goes_on(doc, e).then_some(e)
}

/// Nouns of organisations the unit grammar reads no body of, named after a post and its
/// holder's name ([`organisation_body`]): associations, federations, enterprises and their
/// branches, stations, port authorities, zones, teams, forest-ranger units.
const ORG_NOUNS: &[&str] = &[
    "hiệp hội",
    "hội",
    "liên đoàn",
    "liên hiệp",
    "xí nghiệp",
    "cảng vụ",
    "chi nhánh",
    "cty",
    "đài",
    "khu",
    "tổ",
    "hạt",
];

/// "Hiệp hội Bất động sản TP.HCM,", "Hội tâm lý giáo dục Hà Nội cho rằng", "Xí nghiệp xe buýt
/// nhanh BRT Hà Nội cho biết", "Khu Quản lý giao thông đô thị số 1," at `j`, after a post and its
/// holder's name: an organisation whose noun ([`ORG_NOUNS`]) the unit grammar reads as no body,
/// named by up to three capitalised words or acronyms, up to six lowercase words (and a
/// number after "số"), then a place or up to two more capitalised words or acronyms — a name
/// that starts in lowercase must close on such a place or word — where the clause goes on.
/// Returns its end.
fn organisation_body(doc: &Doc, j: usize) -> Option<usize> {
    organisation_body_within(doc, j, PARENT_MAX)
}

/// How many parent organisations [`organisation_body`] reads after a unit ("Hạt Kiểm lâm Khu
/// Bảo tồn thiên nhiên Nam Nung"): a small cap, so "Hội X Hội Y Hội Z …" costs no deep
/// recursion.
const PARENT_MAX: usize = 2;

/// [`organisation_body`] at `j`, reading at most `parents` parent organisations after it.
fn organisation_body_within(doc: &Doc, j: usize, parents: usize) -> Option<usize> {
    if doc.shape(j) != Shape::Title {
        return None;
    }
    let noun = ORG_NOUNS.iter().find(|n| span_is(doc, j, n))?;
    let mut e = j + words(noun);
    // ("Đài Tiếng nói Việt Nam": the Voice of Vietnam, its "nói" no verb of saying)
    let voice = *noun == "đài" && span_is(doc, e, "tiếng nói");
    if voice {
        e += 2;
    }
    let start = e;
    // (a capitalised word or an acronym that is no person's name, title, body, place or
    // another organisation's noun)
    let org_noun = |k: usize| ORG_NOUNS.iter().any(|n| span_is(doc, k, n));
    let name_words = |from: usize, max: usize, last: bool| {
        (from..(from + max).min(doc.len()))
            .take_while(|&k| !(last && org_noun(k)))
            .take_while(|&k| match doc.shape(k) {
                Shape::Upper => {
                    parse_unit(doc, k, false).is_none()
                        && place_at(doc, k).is_none()
                        && title_head_at(doc, k).is_none()
                }
                _ => free_caps(doc, k, 1) == 1,
            })
            .count()
    };
    let caps = name_words(e, 3, false);
    e += caps;
    // (a name opened by capitalised words; one opened in lowercase must close on some)
    let named = voice || caps > 0;
    let lower = lower_words(doc, e, 6, |k| {
        POST_STOP.contains(&doc.key(k)) || admin_noun(doc, k) || said_at(doc, k).is_some()
    });
    // ("Tổ trưởng Tổ TTKS nhắc nhở lái xe …": after a name of acronyms only, lowercase words
    // that close on nothing capitalised are the clause's verb, not the name's)
    let acronyms = caps > 0 && (start..e).all(|k| doc.shape(k) == Shape::Upper);
    let closed = |k: usize| {
        doc.is_cap(k)
            || place_at(doc, k).is_some_and(|p| p > k)
            || (doc.key(k) == "số" && doc.shape(k + 1) == Shape::Other)
    };
    let lower = if acronyms && !closed(e + lower) { 0 } else { lower };
    e += lower;
    if !named && lower == 0 {
        return None;
    }
    // ("Khu quản lý giao thông đô thị số 1")
    if lower > 0 && doc.key(e - 1) == "số" && doc.is_number(e) {
        e += 1;
    }
    let before = e;
    if let Some(p) = place_at(doc, e).filter(|&p| p > e) {
        e = p;
    } else {
        e += name_words(e, 2, true);
        if let Some(p) = place_at(doc, e).filter(|&p| p > e && e > before) {
            e = p;
        }
    }
    if !named && e == before && !doc.is_number(e - 1) {
        return None;
    }
    let e = e.min(doc.len());
    if clause_goes_on(doc, e) {
        return Some(e);
    }
    // ("Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung,": its parent body named next, one the
    // unit grammar reads or another such organisation)
    parse_unit(doc, e, true)
        .filter(|u| u.kind != Kind::NotUnit && u.qualified)
        .map(|u| u.end.min(doc.len()))
        .filter(|&p| clause_goes_on(doc, p))
        .or_else(|| parents.checked_sub(1).and_then(|n| organisation_body_within(doc, e, n)))
}

/// Whether a clause goes on at `k`, right after a post's name: punctuation, a line break, the
/// end of the text, a lowercase stop word or a verb of saying.
fn clause_goes_on(doc: &Doc, k: usize) -> bool {
    k >= doc.len()
        || matches!(doc.shape(k), Shape::Punct | Shape::Break)
        || (doc.shape(k) == Shape::Lower
            && (LEX.stopwords.at(doc, k).is_some() || said_at(doc, k).is_some()))
}

/// Whether the body `s..e` is named in sentence case: a lowercase descriptor right before a
/// capitalised name that is no place or administrative noun ("Trung tâm bảo tồn di sản Thành
/// Nhà Hồ"; not "Nghiệp đoàn nghề cá Phường 6", "UBND phường Bến Nghé").
fn sentence_case_name(doc: &Doc, s: usize, e: usize) -> bool {
    (s + 1..e.saturating_sub(1)).any(|k| {
        doc.shape(k) == Shape::Lower
            && LEX.admin.at(doc, k).is_none()
            && doc.shape(k + 1) == Shape::Title
            && LEX.admin.at(doc, k + 1).is_none()
            && place_at(doc, k + 1).is_none()
    })
}

/// The longest body, in tokens, that a sentence-case tail may give ("Cục Đăng ký quốc gia giao
/// dịch bảo đảm" has eight): past that, a free name already read loosely runs into the clause.
const TAIL_MAX: usize = 10;

/// Whether a body `s..e` read with a sentence-case tail from `from` is no longer than
/// [`TAIL_MAX`], or than twice that when the tail joins runs with "và" or "về" ([`clause_run`]:
/// "phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng Công an tỉnh Đắk Lắk").
fn tail_fits(doc: &Doc, s: usize, from: usize, e: usize) -> bool {
    let joined =
        (from..e).any(|k| doc.shape(k) == Shape::Lower && matches!(doc.key(k), "và" | "về"));
    e - s <= TAIL_MAX || (joined && e - s <= 2 * TAIL_MAX)
}

/// Whether the holder's name after a title's sentence-case tail starts at `k`: a whole
/// capitalised run of three or four syllables from a common family name ("Phạm Tuấn Ngọc"),
/// no title ("Phó Thủ tướng") and no place's end ("châu Âu Donald Tusk", "công ty gạch Thạch
/// Bàn").
fn holder_name(doc: &Doc, k: usize) -> bool {
    let run = title_run(doc, k);
    // ("Hội đồng trị sự Nguyễn Phước Tộc, ông Tôn Thất Viễn Bào": a name set off after it
    // is the holder's, and the first one the body's)
    let e = k + run;
    let next_name = (doc.is_punct(e, ',') || doc.is_dash(e))
        && name_at(doc, skip_prefixes(doc, e + 1).0).is_some();
    doc.is_common_surname(k)
        && (3..=4).contains(&run)
        && title_head_at(doc, k).is_none()
        && name_at(doc, k).is_some_and(|(s, e)| s == k && e == k + run)
        && !next_name
}

/// "Hồi sức cấp cứu Bệnh viện Bạch Mai", "Xã hội học", "Nhi" at `j`, after "Trưởng khoa": a
/// faculty or a hospital's department named in sentence case (a capitalised word that is no
/// name, body, place or title, then up to five lowercase words that are no stop words; in mixed
/// case, one or two more capitalised words and up to two lowercase ones: "Hồi sức Sơ sinh"), and
/// the hospital or school after it when it names itself; a name all in lowercase is
/// [`lower_department`]'s. Returns its end.
fn department(doc: &Doc, j: usize) -> Option<usize> {
    // "Trưởng Khoa Tiết Niệu": two capitalised syllables are the department's name, not a
    // person's.
    if title_run(doc, j) >= 2
        && starts_name(doc, j)
        && (title_run(doc, j) == 2 || parse_unit(doc, j + 2, false).is_some())
    {
        return Some(parent_body(doc, j + 2));
    }
    // ("Răng Hàm Mặt": up to three capitalised words)
    let caps = free_caps(doc, j, 3);
    if caps == 0 {
        return lower_department(doc, j);
    }
    // (nor a verb of saying: "BS A - Phó khoa Tim mạch chia sẻ")
    let stop = |k: usize| {
        POST_STOP.contains(&doc.key(k))
            || admin_noun(doc, k)
            || parse_unit(doc, k, true).is_some()
            || said_at(doc, k).is_some()
    };
    let words = lower_words(doc, j + caps, 5, stop);
    let mut e = j + caps + words;
    // "Hồi sức Sơ sinh của bệnh viện": after a lowercase word, one or two more capitalised
    // words and up to two lowercase ones name the department in mixed case, where the clause
    // goes on.
    if words > 0 {
        let more = free_caps(doc, e, 2);
        let tail = if more > 0 { lower_words(doc, e + more, 2, stop) } else { 0 };
        if more > 0 && clause_goes_on(doc, e + more + tail) {
            e += more + tail;
        }
    }
    Some(parent_body(doc, ward_number(doc, dashed_department(doc, e, stop))))
}

/// How many dash-joined parts a department's name may have ("Tai - Mũi - Họng").
const DEPARTMENT_PARTS: usize = 3;

/// After a capitalised department's name ending at `e`: the fields it joins with a dash ("Nhiễm
/// – Thần kinh", "Hồi sức tích cực – Chống độc", "Tai - Mũi - Họng"; dev round 102), each a
/// capitalised word or up to three (no body, place or name) and up to three lowercase words,
/// closed by punctuation, the hospital, a verb of saying or the end; the end of the last, or
/// `e`. (A hospital after a dash is left out, as dev's gold writes it: "Chủ nhiệm khoa Nội thần
/// kinh- BV Quân y 103" gives "Chủ nhiệm khoa Nội thần kinh".)
fn dashed_department(doc: &Doc, mut e: usize, stop: impl Fn(usize) -> bool) -> usize {
    for _ in 1..DEPARTMENT_PARTS {
        if !doc.is_dash(e) {
            break;
        }
        let caps = free_caps(doc, e + 1, 3);
        if caps == 0 {
            break;
        }
        let end = e + 1 + caps + lower_words(doc, e + 1 + caps, 3, &stop);
        let closed = clause_goes_on(doc, end) || parse_unit(doc, end, true).is_some();
        if !closed {
            break;
        }
        e = end;
    }
    e
}

/// "Phó trưởng khoa Chẩn đoán hình ảnh – xét nghiệm", "Trưởng khoa Phẫu thuật gây mê - hồi sức
/// Bệnh viện Nhi đồng Đồng Nai": a title `s..e` of a hospital's or school's department
/// ("trưởng khoa", "phó phòng", "chủ nhiệm khoa") at a dash goes on over a second field ([`dashed_field`]) and
/// the hospital after it. Returns the title's end.
fn department_over_dash(doc: &Doc, s: usize, e: usize) -> usize {
    if !doc.is_dash(e) {
        return e;
    }
    // (the department's own name must end the title: not "Trưởng phòng GDĐT huyện Đông Anh -
    // đây là …", "… Bệnh viện Đa khoa tỉnh Hòa Bình - tâm sự", "… thuộc Cục … - người")
    let department = (s + 1..e)
        .rfind(|&k| {
            matches!(doc.key(k), "khoa" | "phòng")
                && matches!(doc.key(k - 1), "trưởng" | "phó" | "nhiệm")
        })
        .is_some_and(|d| {
            (d + 1..e).all(|k| {
                doc.key(k) != "thuộc" && !admin_noun(doc, k) && parse_unit(doc, k, true).is_none()
            })
        });
    match dashed_field(doc, e) {
        f if department && f > e => parent_body(doc, f),
        _ => e,
    }
}

/// "Chẩn đoán hình ảnh – xét nghiệm", "Phẫu thuật gây mê - hồi sức", "Nhiễm - thần kinh": after
/// a department's name ending at `e`, a dash and a second field in lowercase (one to three
/// words, none a body, locality, rank, honorific or stop word) where the clause goes on
/// ([`clause_goes_on`]) or the hospital's name follows belong to the department's name ("khoa Tai mặt cổ - bệnh viện Tai
/// Mũi Họng" is the hospital, "… – sở GD&ĐT Hà Nội" the parent). Returns its end, or `e`.
fn dashed_field(doc: &Doc, e: usize) -> usize {
    if !doc.is_dash(e) || doc.shape(e + 1) != Shape::Lower {
        return e;
    }
    let stop = |k: usize| {
        POST_STOP.contains(&doc.key(k))
            || admin_noun(doc, k)
            || said_at(doc, k).is_some()
            || LEX.prefixes.at(doc, k).is_some()
            || parse_unit(doc, k, true).is_some()
    };
    let words = lower_words(doc, e + 1, 3, stop);
    let end = e + 1 + words;
    let closes = clause_goes_on(doc, end)
        || parse_unit(doc, end, true).is_some_and(|u| u.kind != Kind::NotUnit && u.qualified);
    if words > 0 && closes {
        end
    } else {
        e
    }
}

/// "hồi sức tích cực Bệnh viện Bạch Mai,", "hồi sức tích cực và chống độc BVĐK tỉnh Hà Giang
/// cho biết", "ngoại chấn thương ký" at `j`, after "Trưởng khoa": a hospital's department named
/// all in lowercase, its words read as [`clause_run`] reads a post's (a second run after "và"),
/// then the hospital or school after it ([`parent_body`]) or what [`run_close`] reads, up to
/// where the clause goes on. Not a run that holds another post after "làm" or "là" ("Phó
/// Trưởng khoa nhà trường làm thành viên Hội đồng …"). Returns its end.
fn lower_department(doc: &Doc, j: usize) -> Option<usize> {
    if doc.shape(j) != Shape::Lower {
        return None;
    }
    let close = |k: usize| {
        let p = parent_body(doc, k);
        (p > k && clause_goes_on(doc, p)).then_some(p).or_else(|| run_close(doc, k))
    };
    joined_runs(doc, j, 2, false)
        .into_iter()
        .rev()
        .find_map(close)
        .filter(|&e| !(j..e).any(|k| matches!(doc.key(k), "làm" | "là")))
}

/// After a department's name ending at `e`: the end of its number ("Khoa Nội 1", "khoa Xạ
/// 5"), where punctuation, the hospital, a name or the end follows; or `e`. (A letter, "Khoa
/// Ngoại A", is read with the name's capitalised words before this.)
fn ward_number(doc: &Doc, e: usize) -> usize {
    let numbered = doc.is_number(e) && doc.tok_text(e).len() <= 2;
    let next = e + 1;
    let closes = next >= doc.len()
        || matches!(doc.shape(next), Shape::Punct | Shape::Break)
        || parse_unit(doc, next, true).is_some()
        || starts_name(doc, next);
    if numbered && closes {
        next
    } else {
        e
    }
}

/// Capitalised words from `j` (at most `max`) that name a department or a field, none a
/// person's name, body, place, title, rank or stop word; their count.
fn free_caps(doc: &Doc, j: usize, max: usize) -> usize {
    (j..(j + max).min(doc.len()))
        .take_while(|&k| doc.shape(k) == Shape::Title && plain_word(doc, k))
        .count()
}

/// Whether the word at `k` starts none of a person's name, a title, a body, a place, a rank
/// or honorific, or a stop word: a plain word of a name.
fn plain_word(doc: &Doc, k: usize) -> bool {
    !starts_name(doc, k)
        && title_head_at(doc, k).is_none()
        && parse_unit(doc, k, false).is_none()
        && place_at(doc, k).is_none()
        && LEX.prefixes.at(doc, k).is_none()
        && LEX.stopwords.at(doc, k).is_none()
}

/// "Chống tham nhũng" at `j`, after a head "Cục trưởng", "Vụ trưởng", "Viện trưởng" with no
/// body: the department named by its field alone ("Cục" left out), a capitalised word or up to
/// three, then up to four lowercase words, where the clause goes on ("…, Cục trưởng Chống tham
/// nhũng nói"). Returns its end.
fn field_department(doc: &Doc, j: usize) -> Option<usize> {
    let caps = free_caps(doc, j, 3);
    if caps == 0 {
        return None;
    }
    let words = lower_words(doc, j + caps, 4, |k| {
        POST_STOP.contains(&doc.key(k))
            || admin_noun(doc, k)
            || said_at(doc, k).is_some()
            || parse_unit(doc, k, true).is_some()
    });
    let e = j + caps + words;
    clause_goes_on(doc, e).then_some(e)
}

/// After a department's name ending at `e`: the end of the hospital or school named after it
/// ("Bệnh viện Bạch Mai", "bệnh viện Chợ Rẫy"), or `e`.
fn parent_body(doc: &Doc, e: usize) -> usize {
    match parse_unit(doc, e, true) {
        Some(u) if u.kind != Kind::NotUnit && u.qualified => u.end,
        _ => e,
    }
}

/// "(TN&MT)": an abbreviation in parentheses at `i`.
fn paren_abbrev(doc: &Doc, i: usize) -> bool {
    doc.is_punct(i, '(') && doc.shape(i + 1) == Shape::Upper && doc.is_punct(i + 2, ')')
}

/// A title read into a rank that opens the name after it ("Giám đốc Công an tỉnh Đại tá
/// Nguyễn Văn Hài"): the title ends before the rank.
/// So a title that ends in a whole rank or degree right before the name ("Cục trưởng Cục Cứu
/// hộ - Cứu nạn Thiếu tướng Trương Đức Nghĩa", "Bộ trưởng Bộ Công an Thượng tướng Tô Lâm",
/// "Thứ trưởng Bộ Y tế GS.TS Nguyễn Viết Tiến"): it ends before the rank ([`rank_then_name`]).
fn cut_at_rank(doc: &Doc, t: Span) -> Span {
    let (i, j) = t;
    if let Some(k) = (i + 1..j).find(|&k| LEX.prefixes.at(doc, k).is_some_and(|(e, _)| e > j)) {
        return (i, k);
    }
    match (i + 2..j).find(|&k| rank_then_name(doc, k, j)) {
        Some(k) if doc.is_dash(k - 1) => (i, k - 1),
        Some(k) => (i, k),
        None => t,
    }
}

/// Whether a military or police rank ("Thiếu tướng", "Đại tá") or a degree in capitals ("GS",
/// "PGS.TS") starts at `k`, runs with other prefixes to the title's end `j` or past it, and a
/// full name follows (a kin word is no rank: "Bệnh viện đa khoa Cát Bà").
fn rank_then_name(doc: &Doc, k: usize, j: usize) -> bool {
    let rank = doc.shape(k) == Shape::Title
        && matches!(doc.key(k), "đại" | "thượng" | "trung" | "thiếu")
        && matches!(doc.key(k + 1), "tướng" | "tá" | "úy");
    let degree = || doc.shape(k) == Shape::Upper && LEX.prefixes.at(doc, k).is_some();
    if !(rank || degree()) {
        return false;
    }
    let (e, any) = skip_prefixes(doc, k);
    any && e >= j && name_at(doc, e).is_some_and(|(s, _)| s == e)
}

/// Whether a unit (key `unit`) is the body a head "… X trưởng" (key `head`) leads: the unit
/// starts with X, its last one or two words, not a modifier ("cục", "tổng cục").
fn own_body(head: &str, unit: &str) -> bool {
    let Some(h) = head.strip_suffix(" trưởng") else { return false };
    let words: Vec<&str> = h.split(' ').collect();
    (1..=2.min(words.len())).rev().any(|n| {
        let tail = &words[words.len() - n..];
        !matches!(tail[0], "phó" | "quyền" | "nguyên" | "tân" | "q.")
            && unit.starts_with(&format!("{} ", tail.join(" ")))
    })
}

/// Titles joined by ",", "-", "–" or "kiêm"; returns them and the end of the chain.
fn title_chain(doc: &Doc, i: usize) -> Option<(Vec<Span>, usize)> {
    title_chain_in(doc, i, false, false)
}

/// [`title_chain`] of a holder named earlier in the clause ("ông A làm …", "các ông A, B, …",
/// "miễn nhiệm chức vụ … đối với ông A"): `name_before` in [`title_at_in`].
fn title_chain_named(doc: &Doc, i: usize) -> Option<(Vec<Span>, usize)> {
    title_chain_in(doc, i, false, true)
}

/// [`title_chain`]; `after_name` and `name_before` as in [`title_at_in`].
fn title_chain_in(
    doc: &Doc,
    i: usize,
    after_name: bool,
    name_before: bool,
) -> Option<(Vec<Span>, usize)> {
    // "ông A – đương kim chủ tịch UBND huyện …": "đương kim" (incumbent) is left out of the title.
    let i = if span_is(doc, i, "đương kim") && doc.shape(i) == Shape::Lower { i + 2 } else { i };
    let first = with_village(doc, cut_at_rank(doc, title_at_in(doc, i, after_name, name_before)?));
    let mut titles = vec![first];
    let mut j = first.1;
    loop {
        let sep = doc.is_punct(j, ',') || doc.is_dash(j) || doc.key(j) == "kiêm";
        if !sep {
            break;
        }
        // "…, nguyên Phó Giám đốc Sở Y tế TP.HCM, đoàn ĐBQH TP.HCM –": membership of a National
        // Assembly delegation, named by the delegation, is a title of the chain.
        let delegation = (doc.key(j + 1) == "đoàn" && doc.tok_text(j + 2) == "ĐBQH")
            .then(|| parse_unit(doc, j + 2, false))
            .flatten()
            .filter(|u| u.qualified)
            .map(|u| (j + 1, u.end));
        // "ông A, Phó Chủ tịch UBND tỉnh Tây Ninh, kiêm Trưởng Ban Chỉ đạo 389 tỉnh cho biết":
        // a lowercase "kiêm" after a comma opens the next title, an entry of its own (the
        // comma splits the chain, `GUIDELINES.md`), "kiêm" left out.
        let comma_kiem =
            doc.is_punct(j, ',') && doc.key(j + 1) == "kiêm" && doc.shape(j + 1) == Shape::Lower;
        let mut next = title_at_in(doc, j + 1 + usize::from(comma_kiem), after_name, name_before);
        // "Phó chủ tịch UBND quận Đồ Sơn, TP.Hải Phòng, Trưởng Ban tổ chức …": the last title's
        // higher locality set off by commas, before the next title, is no title of its own.
        if next.is_none() && doc.is_punct(j, ',') {
            let higher = place_at(doc, j + 1).filter(|&p| {
                p > j + 1 && doc.is_punct(p, ',') && !(j + 1..p).any(|k| starts_name(doc, k))
            });
            if let Some((p, t)) = higher
                .and_then(|p| title_at_in(doc, p + 1, after_name, name_before).map(|t| (p, t)))
            {
                j = p;
                next = Some(t);
            }
        }
        match next.map(|t| with_village(doc, cut_at_rank(doc, t))).or(delegation) {
            // "Phó Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Sở giao dịch chứng khoán Hà
            // Nội": offices joined by "kiêm" are one title phrase as written (only commas
            // split a chain into entries).
            // "Phó Chánh Thanh tra TP Hà Nội kiêm trưởng đoàn thanh tra": the head of an ad hoc
            // team (an inspection, a check, a working visit) holds no post of a body.
            Some(t) if (doc.key(j) == "kiêm" || comma_kiem) && ad_hoc_team(doc, t) => break,
            // "Chất vấn Bộ trưởng Kế hoạch và Đầu tư, ĐB Lê Công Nhường (Bình Định)": a bare
            // deputy before a name opens the next person, named by that title alone (so "đại
            // biểu (ĐB)": "Chất vấn Phó thủ tướng, đại biểu (ĐB) Phạm Thị Minh Hiền").
            Some(t)
                if matches!(key_span(doc, t.0, t.1).as_str(), "đb" | "đại biểu")
                    || (t.1 == t.0 + 5 && deputy_abbrev(doc, t.0 + 2)) =>
            {
                break
            }
            Some(t) if doc.key(j) == "kiêm" => {
                if let Some(last) = titles.last_mut() {
                    last.1 = t.1;
                }
                j = t.1;
            }
            Some(t) => {
                titles.push(t);
                j = t.1;
            }
            None => break,
        }
    }
    Some((titles, j))
}

/// "Trưởng thôn Giáp Trung", "trưởng ấp Thừa Trung": a title ending in a village's noun
/// ("thôn", "ấp", "xóm") runs over the village's name, two capitalised syllables right after
/// it (`GUIDELINES.md`: a title includes its body); a longer run is the place and a name
/// ([`name_after_place`]).
fn with_village(doc: &Doc, t: Span) -> Span {
    let village = t.1 > t.0
        && matches!(doc.key(t.1 - 1), "thôn" | "ấp" | "xóm")
        && doc.shape(t.1) == Shape::Title
        && title_run(doc, t.1) == 2;
    if village {
        (t.0, t.1 + 2)
    } else {
        hamlet_name(doc, t)
    }
}

/// A title `t` ending in a hamlet's, a village's or a block's noun ("trưởng xóm", "Trưởng
/// làng", "Trưởng khối phố"; dev round 102): its name after it, a number ("xóm 18") or one or
/// two capitalised words that end their run, and a number after them ("khối phố Cổ An 2"); or
/// `t`. (A longer run holds the holder's name: "trưởng khu phố 1 Nguyễn Văn Mùi".)
fn hamlet_name(doc: &Doc, t: Span) -> Span {
    let hamlet = t.1 > t.0 + 1
        && match doc.key(t.1 - 1) {
            "xóm" | "làng" => true,
            "phố" => matches!(doc.key(t.1 - 2), "khối" | "khu"),
            _ => false,
        };
    if !hamlet {
        return t;
    }
    let number = |k: usize| doc.is_number(k) && doc.tok_text(k).len() <= 3;
    let run = if doc.shape(t.1) == Shape::Title { title_run(doc, t.1) } else { 0 };
    let e = match run {
        0 if number(t.1) => t.1 + 1,
        1 | 2 => t.1 + run + usize::from(number(t.1 + run)),
        _ => t.1,
    };
    (t.0, e)
}

/// Whether a title heads an ad hoc team written in lowercase ("trưởng đoàn thanh tra", "trưởng
/// đoàn kiểm tra", "trưởng đoàn công tác", "phó đoàn giám sát").
fn ad_hoc_team(doc: &Doc, t: Span) -> bool {
    (t.0..t.1).any(|k| {
        doc.key(k) == "đoàn"
            && doc.shape(k) == Shape::Lower
            && matches!(
                key_span(doc, k + 1, k + 3).as_str(),
                "thanh tra" | "kiểm tra" | "công tác" | "giám sát"
            )
    })
}

/// Honorifics, ranks and degrees before a name, with a trailing "." after abbreviations.
fn skip_prefixes(doc: &Doc, mut j: usize) -> (usize, bool) {
    let mut any = false;
    while let Some((e, _)) = LEX.prefixes.at(doc, j) {
        // "Ông"/"Bà" capitalised may be a surname: keep it when a name starts there.
        if e == j + 1 && doc.shape(j) == Shape::Title && starts_name(doc, j) {
            break;
        }
        j = e;
        any = true;
        if doc.is_punct(j, '.') {
            j += 1;
        }
    }
    (j, any)
}

/// Whether the name at `i` is blocked by what precedes it ("đường Nguyễn Trãi",
/// "Ảnh: Nguyễn Văn A", "VGP/Minh Anh").
fn blocked(doc: &Doc, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = i - 1;
    if doc.is_punct(p, '/') {
        return true;
    }
    // The word(s) right before the name, skipping a colon.
    let last = if doc.is_punct(p, ':') { p } else { i };
    // "thành phố" is a city, not a street ("phố").
    if doc.key(p) == "phố" && p > 0 && doc.key(p - 1) == "thành" {
        return false;
    }
    // "môi trường" (environment) and "thị trường" (market) end a body's name, not a school's
    // ("trường"): "Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà", "Cục trưởng Cục Quản lý
    // thị trường Trần Hùng".
    if doc.key(p) == "trường" && p > 0 && matches!(doc.key(p - 1), "môi" | "thị") {
        return false;
    }
    // A known place whose last syllable is a blocker word ends a title, not a ship's name
    // ("tàu"): "Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Thành Long".
    if p > 0 && doc.shape(p) == Shape::Title && known_place_at(doc, p - 1) == Some(i) {
        return false;
    }
    (last.saturating_sub(2)..last).any(|k| LEX.blockers.at(doc, k).is_some_and(|(e, _)| e == last))
}

/// A person name starting exactly at `i`: (start, end).
fn name_at(doc: &Doc, i: usize) -> Option<Span> {
    if doc.shape(i) == Shape::Upper {
        return caps_name_at(doc, i);
    }
    if doc.shape(i) != Shape::Title {
        return None;
    }
    let mut s = i;
    let r = title_run(doc, i);
    // "Ông Tiến hiện giữ chức …": capitalised "Ông"/"Bà" and one syllable are an honorific
    // and a given name, a later mention of a person named in full.
    if r == 2 && is_honorific(doc, i) {
        return None;
    }
    // Capitalised "Ông"/"Bà" before a full name is an honorific.
    if r >= 3 && is_honorific(doc, i) {
        if !starts_name(doc, i + 1) {
            // "Ông Han Myoungsup": an honorific before a foreign name.
            return None;
        }
        s = i + 1;
    }
    // "… đối với ông Đặng Việt Dũng Ông Đoàn Xuân Hiếu cho biết": a caption's name glued to
    // the next sentence's capitalised "Ông"/"Bà" and name; the first name ends there.
    let run = title_run(doc, s);
    if run > 4 && doc.is_surname(s) && known_place_at(doc, s).is_none() && !blocked(doc, s) {
        if let Some(k) = (s + 2..=s + 4).find(|&k| is_honorific(doc, k) && starts_name(doc, k + 1))
        {
            return Some((s, k));
        }
    }
    if !starts_name(doc, s) || blocked(doc, s) {
        return None;
    }
    let mut e = s + title_run(doc, s);
    // "Đại biểu Quốc hội Đoàn Gia Lai", "đại biểu Phạm Trí Thức (Đoàn Thanh Hóa)": "Đoàn"
    // before a province's name, right after a deputy's title or a parenthesis, is the
    // province's delegation, not a person of the family name Đoàn ("Ông Đoàn Thái Bình, Giám
    // đốc Sở …" is one).
    if doc.key(s) == "đoàn" && known_place_at(doc, s + 1) == Some(e) && after_deputy(doc, s) {
        return None;
    }
    // "Trương Thị Mai Qua 3 năm": a caption's name glued to the capitalised word opening the
    // next sentence; a name keeps at least three syllables.
    let last = doc.key(e - 1);
    if e - s >= 4 && (NEVER_LAST.contains(&last) || GLUED_HEADS.contains(&last)) {
        e -= 1;
    }
    Some((s, e))
}

/// Whether the words right before `i` are a deputy's title: "đại biểu Quốc hội", "ĐBQH" or
/// "đại biểu", or an opening parenthesis ("đại biểu Phạm Trí Thức (Đoàn Thanh Hóa)").
fn after_deputy(doc: &Doc, i: usize) -> bool {
    (i >= 1 && (doc.key(i - 1) == "đbqh" || doc.is_punct(i - 1, '(')))
        || (i >= 2 && doc.key(i - 2) == "đại" && doc.key(i - 1) == "biểu")
        || (i >= 4
            && doc.key(i - 4) == "đại"
            && doc.key(i - 3) == "biểu"
            && doc.key(i - 2) == "quốc"
            && doc.key(i - 1) == "hội")
}

/// "Đại biểu Quốc hội NGUYỄN ĐỨC SÁU, nguyên Chánh Tòa …:", "Ông ĐINH VĂN QUẾ, nguyên …:": a
/// name written in capitals, as an interview's heading writes its speakers: three or four
/// adjacent capitalised syllables of letters only (at most seven each), the first a common
/// family name, in a line not written in capitals (no capitalised word right before it, but a
/// degree or a title abbreviation: "TS NGUYỄN VĂN HẢI, Viện trưởng …:", "ĐBQH NGUYỄN ĐỨC SÁU,
/// …:") and set off after it by a comma, colon, dash or parenthesis. Returns its span.
fn caps_name_at(doc: &Doc, i: usize) -> Option<Span> {
    let caps_line = i > 0
        && doc.shape(i - 1) == Shape::Upper
        && !DEGREES.contains(&doc.key(i - 1))
        && abbrev_body(doc, i - 1).is_none();
    if !doc.is_common_surname(i) || caps_line {
        return None;
    }
    let syllable = |k: usize| {
        let t = doc.tok_text(k);
        doc.shape(k) == Shape::Upper
            && t.chars().count() <= 7
            && t.chars().all(char::is_alphabetic)
            && abbrev_body(doc, k).is_none()
    };
    let mut e = i;
    while e < i + 5 && syllable(e) && (e == i || doc.adjacent(e)) {
        e += 1;
    }
    let set_off = [',', ':', '(', '-', '–'].iter().any(|&c| doc.is_punct(e, c));
    // (no place or historical figure: "HỒ CHÍ MINH")
    let plain =
        || known_place_at(doc, i).is_none() && !LEX.historical.contains(&key_span(doc, i, e));
    ((3..=4).contains(&(e - i)) && set_off && plain()).then_some((i, e))
}

/// Degrees written before a name, in capitals in any line ("TS", "PGS", "ThS", "LS").
const DEGREES: &[&str] = &["gs", "pgs", "ts", "ths", "tskh", "bs", "ls", "kts", "ncs"];

/// Words that open a sentence and never end a person's name.
const NEVER_LAST: &[&str] = &[
    "qua", "theo", "tại", "trong", "sau", "khi", "với", "từ", "để", "về", "ngày", "hôm", "trước",
    "đây", "nhưng", "tuy", "nếu", "cũng", "còn", "chủ", "phó", "bí", "thủ", "bộ", "ông", "bà",
    // (a pronoun or plural opening the next sentence: "… Nguyễn Văn Tuấn Chúng tôi cũng …")
    "chúng", "tôi", "các", "những", "nhiều", "ngoài", "bên",
];

/// Post heads' first syllables that never end a name of four syllables or more: a post glued
/// to its holder's name with no comma ("Ông Vũ Văn Hải Giám đốc Sở GTVT Hà Nội", "Nguyễn Mạnh
/// Hùng Tổng giám đốc Viettel"; dev round 101).
const GLUED_HEADS: &[&str] = &["giám", "tổng", "trưởng"];

/// Administrative nouns after which a run of two capitalised syllables is the place's name,
/// not a person ("Chủ tịch UBND quận Hà Đông kiểm tra"); a village's too, which the title
/// takes ([`with_village`]: "ông Trần Đình Chiến, Trưởng thôn Giáp Trung, xã Hương Toàn",
/// "trưởng ấp Thừa Trung").
const LOCAL_ADMIN: &[&str] = &["quận", "huyện", "xã", "phường", "trấn", "thôn", "ấp", "xóm"];

/// Whether the last title ends with a local administrative noun and the run at `j` is the
/// two-syllable name of that place.
fn place_not_person(doc: &Doc, titles: &[Span], j: usize) -> bool {
    titles.last().is_some_and(|t| {
        t.1 == j && t.1 > t.0 && LOCAL_ADMIN.contains(&doc.key(t.1 - 1)) && title_run(doc, j) == 2
    })
}

/// A titled person at `i`: `TitleChain [,] [Prefix] Name [, TitleChain]`. Returns the record
/// and the end of what was read.
fn titled_name(doc: &Doc, i: usize) -> Option<(Record, usize)> {
    let (titles, end) = title_chain(doc, i)?;
    name_for_titles(doc, titles, end).ok()
}

/// A name at `k` (after honorifics) that opens no title, and the posts after it set off by a
/// comma or a dash ([`name_first_chain`]; none for a bare name): an entry of a list after a
/// shared title and a colon.
fn named_entry(doc: &Doc, k: usize) -> Option<(Record, usize)> {
    let (j, _) = skip_prefixes(doc, k);
    if title_at(doc, j).is_some() {
        return None;
    }
    let name = name_at(doc, j)?;
    let mut titles = Vec::new();
    let after = name_first_chain(doc, name.1, &mut titles);
    Some((Record { name, titles }, after))
}

/// The name after a title chain ending at `end` (see [`titled_name`]); gives the titles back
/// when no name follows.
fn name_for_titles(doc: &Doc, titles: Vec<Span>, end: usize) -> Result<(Record, usize), Vec<Span>> {
    let mut j = end;
    // "Giám đốc Sở Y tế, ông A", "Bí thư Đảng ủy xã Nghi Hưng - ông A": a comma, or a dash
    // before an honorific or a rank, between the title and the name.
    let dash = doc.is_dash(j);
    if (doc.is_punct(j, ',') || dash) && LEX.prefixes.at(doc, j + 1).is_some() {
        j += 1;
    }
    // "Chủ tịch UBND huyện Thạch Hà - Trần Việt Hà cho hay": a dash right before the name,
    // after a title that names its body.
    let names_body = titles.last().is_some_and(|&t| names_body(doc, t));
    if dash && j == end && names_body && name_at(doc, j + 1).is_some() {
        j += 1;
    }
    // "Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng": the title's higher
    // places in parentheses before the name are no part of the title; "khi còn làm Giám đốc
    // trung tâm Y tế huyện Kim Bôi (Hòa Bình), ông A": nor before a comma and an honorific.
    // ("Phó Trưởng CA TP. Kon Tum (Kon Tum) - trung tá Từ Đình Huy": nor before a dash and the
    // name, [`dash_then_name`])
    if let Some(c) = places_in_parens(doc, j) {
        if name_at(doc, skip_prefixes(doc, c).0).is_some() {
            j = c;
        } else if doc.is_punct(c, ',') && LEX.prefixes.at(doc, c + 1).is_some() {
            j = c + 1;
        } else if let Some(d) = dash_then_name(doc, c) {
            j = d;
        }
    }
    // "Vụ phó Vụ Thể thao quần chúng (Tổng cục TDTT) Đặng Danh Tuấn cho biết": the body's
    // parent in parentheses between a title naming its body and the name is no part of either
    // ("Trưởng phòng CSGT (CA tỉnh Kon Tum) - Đại tá Lê Đình Toàn": before a dash too).
    if j == end && names_body && doc.is_punct(j, '(') {
        let parent = parse_unit(doc, j + 1, false)
            .filter(|u| u.kind != Kind::NotUnit && u.start == j + 1 && doc.is_punct(u.end, ')'));
        if let Some(u) = parent {
            if name_at(doc, skip_prefixes(doc, u.end + 1).0).is_some() {
                j = u.end + 1;
            } else if let Some(d) = dash_then_name(doc, u.end + 1) {
                j = d;
            }
        }
    }
    // "Phó cục trưởng Cục Quản lý công sản, Bộ Tài chính Nguyễn Tân Thịnh", "Phó Vụ trưởng Vụ
    // Hợp tác quốc tế, Bộ Giáo dục và Đào tạo Phạm Chí Cường": a department's ministry after a
    // comma, between a title naming its body and the name, is no part of either.
    if j == end && names_body && doc.is_punct(j, ',') && doc.key(j + 1) == "bộ" {
        let parent = parse_unit(doc, j + 1, false)
            .filter(|u| u.kind != Kind::NotUnit && u.start == j + 1 && u.end > j + 2);
        if let Some(u) = parent {
            if name_at(doc, skip_prefixes(doc, u.end).0).is_some() {
                j = u.end;
            }
        }
    }
    // "đại biểu Quốc hội khóa XI Nguyễn Ngọc Trân", "Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020 Nguyễn
    // Văn A": a term between the title and the name is no part of either (terms are left out of
    // titles), when a name follows it.
    // (only a title opening its phrase, after punctuation, a capitalised word or a stop word:
    // not "Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV A", a body's inner words)
    let opens = titles.first().is_some_and(|t| {
        t.0 == 0 || doc.shape(t.0 - 1) != Shape::Lower || LEX.stopwords.at(doc, t.0 - 1).is_some()
    });
    let term = skip_term(doc, j);
    if opens && term > j && j == end && name_at(doc, skip_prefixes(doc, term).0).is_some() {
        j = term;
    }
    let (j, _) = skip_prefixes(doc, j);
    let mut titles = titles;
    let name = match name_at(doc, j) {
        Some(n) if !place_not_person(doc, &titles, j) => name_split_late(doc, &mut titles, n),
        _ => match name_after_place(doc, &mut titles, j) {
            Some(n) => n,
            None => return Err(titles),
        },
    };
    let after = name_first_chain(doc, name.1, &mut titles);
    Ok((Record { name, titles }, after))
}

/// A dash at `c`, then a full name (after an honorific or a rank, "- ông A", "- trung tá A"):
/// the token after the dash.
fn dash_then_name(doc: &Doc, c: usize) -> Option<usize> {
    (doc.is_dash(c) && name_at(doc, skip_prefixes(doc, c + 1).0).is_some()).then_some(c + 1)
}

/// "(huyện Quế Sơn, Quảng Nam)", "(Thái Nguyên)" at `k`: places only, joined by commas, in
/// parentheses; the token after the closing one.
fn places_in_parens(doc: &Doc, k: usize) -> Option<usize> {
    if !doc.is_punct(k, '(') {
        return None;
    }
    let mut j = k + 1;
    loop {
        let e = place_at(doc, j).filter(|&e| e > j)?;
        // (a bare administrative noun is no place of its own here)
        if e == j + 1 && LEX.admin.at(doc, j).is_some() {
            return None;
        }
        j = e;
        if doc.is_punct(j, ')') {
            return Some(j + 1);
        }
        if !doc.is_punct(j, ',') {
            return None;
        }
        j += 1;
    }
}

/// Whether a title-case run that reaches `i` from the left makes `i` a mid-run position
/// (only a known place may precede a name inside one run: "Hà Nội Nguyễn Thị Tuyến").
fn mid_run(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.adjacent(i) || doc.shape(i - 1) != Shape::Title {
        return false;
    }
    let mut p = i - 1;
    while p > 0 && doc.adjacent(p) && doc.shape(p - 1) == Shape::Title {
        p -= 1;
    }
    // A capitalised honorific ("Bà Nguyễn Thị Tuyến" opening a sentence) starts no run.
    if LEX.prefixes.at(doc, p).is_some_and(|(e, _)| e == i) {
        return false;
    }
    // "Ảnh: Đào Loan Ông Võ Đức Tây, Phó trưởng phòng …": a photo caption's credit glued to the
    // next sentence's capitalised "Ông"/"Bà" and a full name; the run ends before the honorific.
    if i >= p + 2
        && is_honorific(doc, i - 1)
        && doc.shape(i - 1) == Shape::Title
        && starts_name(doc, i)
        && (2..=4).contains(&title_run(doc, i))
    {
        return false;
    }
    known_place_at(doc, p) != Some(i)
}

struct Record {
    name: Span,
    titles: Vec<Span>,
}

/// Finds the officials in `text` (NFC), in order of first mention.
pub fn find(text: &str) -> Vec<Official> {
    find_in(&Doc::analyse(text))
}

/// Officials and units of `text` in one pass over a shared tokenisation: the same result as
/// [`find`] and [`super::units::find`], about twice as fast as calling both.
pub fn find_with_units(text: &str) -> (Vec<Official>, Vec<Unit>) {
    let doc = Doc::analyse(text);
    (find_in(&doc), super::units::find_in(&doc))
}

fn find_in(doc: &Doc) -> Vec<Official> {
    let n = doc.len();
    let mut recs: Vec<Record> = Vec::new();
    let mut shorts: Vec<usize> = Vec::new();
    // Given names mentioned alone with the posts given to them there.
    let mut short_posts: Vec<(usize, Vec<Span>)> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some((titles, end)) = title_chain(doc, i) {
            let titles = match name_for_titles(doc, titles, end) {
                Ok((mut rec, after)) => {
                    // "hai ĐBQH Trần Thị Phương Hoa, Nguyễn Doãn Anh": after a count or a
                    // plural, the title before the first name is each listed name's.
                    let shared = rec.titles.clone();
                    let more =
                        plural_before(doc, i).then(|| more_names(doc, rec.name.1, after)).flatten();
                    // "nguyên Chủ tịch MTTQ VN Nguyễn Thiện Nhân có lời chia sẻ sau khi được cho
                    // thôi trách nhiệm Chủ tịch, …": posts held, taken or left later in the
                    // sentence.
                    let after = if more.is_none() {
                        appointment_titles(doc, after, &mut rec.titles)
                    } else {
                        after
                    };
                    recs.push(rec);
                    i = after;
                    if let Some((names, end)) = more {
                        recs.extend(
                            names.into_iter().map(|name| Record { name, titles: shared.clone() }),
                        );
                        i = end;
                    }
                    continue;
                }
                Err(titles) => titles,
            };
            // "thi hành kỷ luật cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015 đối
            // với ông A": the posts someone is removed from, before "đối với" and the person.
            if let Some((rec, after)) = removed_from(doc, i, &titles, end) {
                recs.push(rec);
                i = after;
                continue;
            }
            // "bổ nhiệm chức vụ Vụ trưởng Vụ X cho bà A": a post given "cho" a person.
            if i >= 2 && doc.key(i - 2) == "chức" && matches!(doc.key(i - 1), "vụ" | "danh") {
                // The post runs to "cho", past words the unit grammar did not read ("Vụ Tài chính
                // các ngân hàng và Tổ chức tài chính").
                let cho = (end..(end + 10).min(n))
                    .take_while(|&k| !doc.is_punct(k, ',') && !doc.is_punct(k, '.'))
                    .find(|&k| doc.key(k) == "cho" && doc.shape(k) == Shape::Lower);
                if let Some(c) = cho.filter(|_| titles.len() == 1) {
                    if let Some(name) = name_at(doc, skip_prefixes(doc, c + 1).0) {
                        i = name.1;
                        recs.push(Record { name, titles: vec![(titles[0].0, c)] });
                        continue;
                    }
                }
            }
            // "Các đồng chí Ủy viên Bộ Chính trị: Chủ tịch Quốc hội A; Phó Chủ tịch Quốc hội
            // B; …": the title before the colon is every listed person's.
            // (also names with their own posts after them, or bare: "các đồng chí Phó Bí thư
            // Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, Nguyễn Văn Thông";
            // after such a name, a title before a name opens the next group: "các Phó Thủ
            // tướng: A, B, C; Bí thư Trung ương Đảng D")
            if doc.is_punct(end, ':') {
                let mut k = end + 1;
                let mut listed = Vec::new();
                let mut named = false;
                loop {
                    let titled = if named { None } else { titled_name(doc, k) };
                    let by_name = titled.is_none();
                    let Some((mut rec, after)) = titled.or_else(|| named_entry(doc, k)) else {
                        break;
                    };
                    named |= by_name;
                    let bare = by_name && rec.titles.is_empty();
                    let mut all = titles.clone();
                    all.append(&mut rec.titles);
                    rec.titles = all;
                    listed.push(rec);
                    k = after;
                    // (bare names are joined by commas: a semicolon after one closes the list,
                    // "…: A, B, C; đồng chí D - Ủy viên …")
                    if !((doc.is_punct(k, ';') && !bare) || doc.is_punct(k, ',')) {
                        break;
                    }
                    k += 1;
                }
                if !listed.is_empty() {
                    recs.append(&mut listed);
                    i = k;
                    continue;
                }
            }
            // "Các Phó Giám đốc Sở gồm: A, B và C", "8 Phó Giám đốc là các ông A, B": a list of
            // bare names after the title shares it.
            if let Some((names, after)) = list_after_title(doc, end) {
                // ("… là bà Trương Thị Mai, Ủy viên Bộ Chính trị", "… là ông A, thành viên HĐQT,
                // giữ chức vụ …": one name keeps the posts after it)
                let after = match names[..] {
                    [name] => {
                        let mut rec = Record { name, titles: titles.clone() };
                        let after = name_first_chain(doc, name.1, &mut rec.titles);
                        let after = appointment_titles(doc, after, &mut rec.titles);
                        recs.push(rec);
                        after
                    }
                    _ => {
                        let shared = |name| Record { name, titles: titles.clone() };
                        recs.extend(names.into_iter().map(shared));
                        after
                    }
                };
                i = after;
                continue;
            }
            if place_not_person(doc, &titles, end) {
                // The place's name is no name of its own.
                i = end + title_run(doc, end);
                continue;
            }
            i = titles[0].1.max(i + 1);
            continue;
        }
        let (j, had_prefix) = skip_prefixes(doc, i);
        if j > i && !had_prefix {
            i = j;
            continue;
        }
        // "đồng chí Phó Bí thư Tỉnh ủy Nguyễn Xuân Đường", "ông Phó Chủ tịch xã": after an
        // honorific, "Phó …" opens a title, not a name of the family Phó.
        if had_prefix && title_at(doc, j).is_some() {
            i = j;
            continue;
        }
        if !mid_run(doc, j) {
            if let Some(name) = name_at(doc, j) {
                // "A, B và C giữ chức Phó Giám đốc Sở": every listed name takes the title.
                if let Some((names, titles, after)) = list_then_title(doc, name) {
                    recs.extend(
                        names.into_iter().map(|name| Record { name, titles: titles.clone() }),
                    );
                    i = after;
                    continue;
                }
                // "nhà báo Lê Duy Phong – Trưởng ban Bạn đọc Báo …", "Luật sư Vi Văn Diện -
                // Giám đốc Cty Luật …": a journalist's or a lawyer's post is no public office.
                // A lawyer who holds a post in the bar or the jurists' association ("luật sư
                // Nguyễn Khắc Tuấn, Phó chủ nhiệm Đoàn Luật sư Hà Tĩnh") is an official.
                if profession_before(doc, name.0) {
                    let mut ts = Vec::new();
                    let after = name_first_chain(doc, name.1, &mut ts);
                    if doc.key(name.0 - 1) == "sư" && lawyer_official(doc, &ts) {
                        recs.push(Record { name, titles: ts });
                    }
                    i = after.max(j + 1);
                    continue;
                }
                let mut titles = Vec::new();
                let after = name_first_chain(doc, name.1, &mut titles);
                let after = if after == name.1 && had_prefix && is_honorific(doc, name.0 - 1) {
                    unpunctuated_post(doc, after, &mut titles)
                } else {
                    after
                };
                let after = appointment_titles(doc, after, &mut titles);
                recs.push(Record { name, titles });
                i = after.max(j + 1);
                continue;
            }
            // "bà Phú Thị Cẩm - Hiệu trưởng trường THPT …": after an honorific, a Vietnamese
            // name whose family name the list lacks, when posts follow it.
            if let Some(name) = had_prefix.then(|| rare_surname_name(doc, j)).flatten() {
                let mut titles = Vec::new();
                let after = name_first_chain(doc, name.1, &mut titles);
                // (and the posts taken or held then after them: "ông Tiếu Hoa Năng, khi đó là
                // Chi cục trưởng …")
                let after = appointment_titles(doc, after, &mut titles);
                if !titles.is_empty() {
                    recs.push(Record { name, titles });
                    i = after;
                    continue;
                }
            }
            if had_prefix && doc.shape(j) == Shape::Title && title_run(doc, j) == 1 {
                shorts.push(j);
                // "ông Tiến hiện giữ chức …": the post taken by a person named before in full.
                let mut ts = Vec::new();
                let after = appointment_titles_in(doc, j + 1, &mut ts, false);
                if !ts.is_empty() {
                    short_posts.push((j, ts));
                    i = after;
                    continue;
                }
            }
            // "Ông Tiến hiện giữ chức …" opening a sentence: capitalised honorific, given name.
            if !had_prefix
                && is_honorific(doc, j)
                && doc.shape(j) == Shape::Title
                && title_run(doc, j) == 2
            {
                shorts.push(j + 1);
                let mut ts = Vec::new();
                let after = appointment_titles_in(doc, j + 2, &mut ts, false);
                if !ts.is_empty() {
                    short_posts.push((j + 1, ts));
                    i = after;
                    continue;
                }
            }
        }
        i = j.max(i + 1);
    }
    assemble(doc, recs, shorts, short_posts)
}

/// A run of three or four capitalised syllables at `j` that reads as a Vietnamese name though
/// its first syllable is no family name of the list: the second is a middle name ("Thị",
/// "Văn"), or at least two carry Vietnamese letters or marks; no place, body or title starts
/// it and nothing blocks it.
fn rare_surname_name(doc: &Doc, j: usize) -> Option<Span> {
    let r = title_run(doc, j);
    if !(3..=4).contains(&r) || doc.shape(j) != Shape::Title || blocked(doc, j) {
        return None;
    }
    if known_place_at(doc, j).is_some()
        || place_at(doc, j).is_some_and(|e| e > j)
        || parse_unit(doc, j, false).is_some()
        || title_head_at(doc, j).is_some()
        || LEX.prefixes.at(doc, j).is_some()
        || LEX.historical.contains(&key_span(doc, j, j + r))
    {
        return None;
    }
    let marked = (j..j + r).filter(|&k| !doc.tok_text(k).is_ascii()).count();
    (matches!(doc.key(j + 1), "thị" | "văn") || marked >= 2).then_some((j, j + r))
}

/// "nhà báo", "phóng viên", "luật sư" right before a name starting at `s`.
fn profession_before(doc: &Doc, s: usize) -> bool {
    s >= 2
        && matches!(
            (doc.key(s - 2), doc.key(s - 1)),
            ("nhà", "báo") | ("phóng", "viên") | ("luật", "sư")
        )
}

/// Whether the title `t` is a post in a bar ("Đoàn Luật sư", "Liên đoàn Luật sư") or in the
/// jurists' association ("Hội Luật gia"): mass organisations, unlike a law firm.
fn bar_post(doc: &Doc, t: Span) -> bool {
    let key = key_span(doc, t.0, t.1);
    key.contains("đoàn luật sư") || key.contains("hội luật gia")
}

/// A count or plural word right before a title at `i` ("hai ĐBQH", "các Phó Chủ tịch").
fn plural_before(doc: &Doc, i: usize) -> bool {
    i > 0 && matches!(doc.key(i - 1), "hai" | "ba" | "bốn" | "năm" | "các" | "những")
}

/// After a first name ending at `e` with nothing read past it (`after == e`): bare names
/// joined by "," or "và", none followed by a title of its own. Returns them and their end.
fn more_names(doc: &Doc, e: usize, after: usize) -> Option<(Vec<Span>, usize)> {
    if after != e || !(doc.is_punct(e, ',') || doc.key(e) == "và") {
        return None;
    }
    let (names, end) = name_list(doc, e + 1);
    let mut ts = Vec::new();
    if names.is_empty() || name_first_chain(doc, end, &mut ts) != end {
        return None;
    }
    Some((names, end))
}

/// Verbs removing a person from a post, ending right before it.
const REMOVAL: &[&str] = &["cách chức", "miễn nhiệm", "bãi nhiệm", "thôi giữ chức"];

/// Words in a phrase of one-space-separated words.
fn words(phrase: &str) -> usize {
    phrase.split(' ').count()
}

/// After "cách chức" / "miễn nhiệm" / "bãi nhiệm" / "thôi giữ chức [vụ]" before `i`: the title
/// chain at `i` (ending at `end`), more titles joined by "và", each with an optional term
/// ("nhiệm kỳ 2015 - 2020", "khóa XII"), then "đối với" and the person who held them.
fn removed_from(doc: &Doc, i: usize, titles: &[Span], end: usize) -> Option<(Record, usize)> {
    let mut b = i;
    if b >= 1 && matches!(doc.key(b - 1), "vụ" | "danh") && doc.shape(b - 1) == Shape::Lower {
        b -= 1;
        // "miễn nhiệm chức vụ Phó chủ tịch … đối với ông A": "chức vụ" after the verb.
        if b >= 3 && doc.key(b - 1) == "chức" && doc.key(b - 2) != "giữ" {
            b -= 1;
        }
    }
    let verb = REMOVAL.iter().any(|r| b >= words(r) && span_is(doc, b - words(r), r));
    if !verb {
        return None;
    }
    let mut titles = titles.to_vec();
    let mut end = end;
    // "miễn nhiệm chức vụ Phó chủ tịch thường trực TP Đà Nẵng đối với …": the post's city.
    if let (Some(e), Some(last)) = (place_at(doc, end), titles.last_mut()) {
        if e > end && last.1 == end && (doc.key(e) == "đối" || doc.key(e) == "nhiệm") {
            last.1 = e;
            end = e;
        }
    }
    let mut k = skip_term(doc, end);
    while doc.key(k) == "và" {
        let (ts, e) = title_chain_named(doc, k + 1)?;
        titles.extend(ts);
        k = skip_term(doc, e);
    }
    if !(doc.key(k) == "đối" && doc.key(k + 1) == "với") {
        return None;
    }
    let name = name_at(doc, skip_prefixes(doc, k + 2).0)?;
    // "… đối với ông A, Đảng ủy viên, Trưởng phòng …": the posts still held follow the name.
    let after = name_first_chain(doc, name.1, &mut titles);
    Some((Record { name, titles }, after))
}

/// A term after a post ("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 -
/// 2015", "khóa XII"): the end of it, or `k`.
fn skip_term(doc: &Doc, mut k: usize) -> usize {
    loop {
        let start = k;
        if doc.key(k) == "nhiệm" && doc.key(k + 1) == "kỳ" {
            k += 2;
            while doc.key(k).chars().all(|c| c.is_ascii_digit()) && !doc.key(k).is_empty()
                || doc.is_dash(k)
            {
                k += 1;
            }
        } else if doc.key(k) == "khóa" && doc.shape(k + 1) == Shape::Upper {
            k += 2;
        }
        // "… nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015": a second term of the same post.
        if k > start && doc.key(k) == "và" && doc.key(k + 1) == "nhiệm" {
            k += 1;
            continue;
        }
        // "nhiệm kỳ 2005 - 2010 và 2010 - 2015": the second term's years alone.
        if k > start
            && doc.key(k) == "và"
            && doc.is_year(k + 1)
            && doc.is_dash(k + 2)
            && doc.is_year(k + 3)
        {
            k += 4;
        }
        return k;
    }
}

/// The end of title `(s, e)` without a term closing it: "khóa" and a numeral ("Ủy viên Bộ
/// Chính trị khóa XII", "ĐBQH khóa 14") or "nhiệm kỳ" / "giai đoạn" / "thời kỳ" and two years
/// ("nguyên Chủ tịch TP Đà Nẵng giai đoạn 1978 - 1989"): the post is written without its term
/// (as the gold writes it). A title that is nothing but the term stays whole. A one-letter
/// numeral ("khóa I", "khóa V", "khóa X") is tokenised Title, not Upper.
fn without_term(doc: &Doc, s: usize, e: usize) -> usize {
    let numeral = |k: usize| {
        let key = doc.key(k);
        !key.is_empty()
            && (key.bytes().all(|b| b.is_ascii_digit())
                || doc.shape(k) == Shape::Upper && key.bytes().all(|b| b"ivxlc".contains(&b))
                || doc.shape(k) == Shape::Title && matches!(key, "i" | "v" | "x"))
    };
    if e >= s + 3 && doc.key(e - 2) == "khóa" && doc.shape(e - 2) == Shape::Lower && numeral(e - 1)
    {
        return e - 2;
    }
    if e >= s + 6
        && doc.is_year(e - 1)
        && doc.is_dash(e - 2)
        && doc.is_year(e - 3)
        && doc.shape(e - 5) == Shape::Lower
        && matches!((doc.key(e - 5), doc.key(e - 4)), ("nhiệm" | "thời", "kỳ") | ("giai", "đoạn"))
    {
        return e - 5;
    }
    e
}

/// Bare names joined by ",", ";" or "và" from `k` (each may carry "ông", "bà", "đồng chí"):
/// the names and the end of the last one.
fn name_list(doc: &Doc, mut k: usize) -> (Vec<Span>, usize) {
    let mut names = Vec::new();
    let mut end = k;
    loop {
        if doc.key(k) == "các" {
            k += 1;
        }
        let (j, _) = skip_prefixes(doc, k);
        // "Phó Chủ tịch …" opens a title, not a name of the family Phó.
        if title_at(doc, j).is_some() {
            break;
        }
        let Some(n) = name_at(doc, j) else { break };
        names.push(n);
        end = n.1;
        k = n.1;
        if doc.is_punct(k, ',') || doc.is_punct(k, ';') {
            k += 1;
        }
        if doc.key(k) == "và" {
            k += 1;
        }
        if k == end {
            break;
        }
    }
    (names, end)
}

/// Lowercase phrases of time between a post and "là" and its holder ("Bí thư Tỉnh ủy khi đó là
/// ông A", [`list_after_title`]).
const THEN_HELD: &[&str] = &["khi đó", "khi ấy", "lúc đó", "lúc ấy", "lúc bấy giờ", "hiện nay"];

/// After a title chain ending at `end` with no name: ":" / "gồm [:]" / "là" and a list of bare
/// names (at least one), each of which takes the chain's titles.
fn list_after_title(doc: &Doc, end: usize) -> Option<(Vec<Span>, usize)> {
    let mut k = end;
    // ("Bí thư Huyện đoàn Hoài Nhơn khi ấy là ông A": a phrase of time before "là")
    if let Some(p) = THEN_HELD.iter().find(|p| doc.shape(k) == Shape::Lower && span_is(doc, k, p)) {
        if doc.key(k + words(p)) == "là" {
            k += words(p);
        }
    }
    let copula = doc.key(k) == "là";
    if matches!(doc.key(k), "gồm" | "là") {
        k += 1;
        if doc.key(k) == "có" {
            k += 1;
        }
        if doc.is_punct(k, ':') {
            k += 1;
        }
    } else if doc.is_punct(k, ':') {
        k += 1;
    } else {
        return None;
    }
    let (names, after) = name_list(doc, k);
    // "Phó Giám đốc là các ông A, B": after "là", a list of at least two, or one name after an
    // honorific ("ngoài Trưởng đoàn là ông A", "Bí thư Tỉnh ủy là ông B").
    let least = if copula && !is_honorific(doc, k) { 2 } else { 1 };
    (names.len() >= least).then_some((names, after))
}

/// Lowercase phrases of time or aspect that may stand between a person's name and the verb
/// "là" / "làm" of the post held ([`list_then_title`]: "ông A khi còn làm Bộ trưởng", "bà B
/// từng là Hiệu trưởng Trường …", "ông C vẫn đang là Ủy viên Trung ương Đảng").
const ASPECT: &[&str] = &[
    "khi còn",
    "lúc còn",
    "thời còn",
    "khi đang",
    "lúc đang",
    "vẫn đang",
    "vẫn còn",
    "vẫn",
    "tiếp tục",
    "đã từng",
    "cũng từng",
    "từng",
    "hiện đang",
    "đang",
    "cũng",
];

/// "A, B và C giữ chức Phó Giám đốc Sở", "ông A làm Chánh Văn phòng": names listed from
/// `first`, then "giữ chức [vụ]" / "làm" and a title chain that every name takes.
fn list_then_title(doc: &Doc, first: Span) -> Option<(Vec<Span>, Vec<Span>, usize)> {
    let (names, end) = name_list(doc, first.0);
    if names.first() != Some(&first) {
        return None;
    }
    let mut k = end;
    // "các ông A, B, Phó Chủ tịch UBND tỉnh": after a plural, a title chain following the
    // list with a comma is every listed person's.
    let plural = (1..=3).any(|d| first.0 >= d && doc.key(first.0 - d) == "các");
    if plural && names.len() >= 2 && doc.is_punct(k, ',') {
        let (titles, after) = title_chain_named(doc, k + 1)?;
        if name_at(doc, skip_prefixes(doc, after).0).is_some() {
            return None;
        }
        return Some((names, titles, after));
    }
    // "ông A khi còn làm Bộ trưởng ký …", "ông B từng là Chủ tịch Vinaconex", "ông C tiếp tục
    // là Trưởng đoàn …": a lowercase phrase of time or aspect between the name and the verb.
    // (only before "là" / "làm": "ông A từng giữ chức …" is read with the posts after it,
    // [`appointment_titles`])
    let aspect = ASPECT
        .iter()
        .find(|a| doc.shape(k) == Shape::Lower && span_is(doc, k, a))
        .filter(|a| matches!(doc.key(k + words(a)), "là" | "làm"));
    if let Some(a) = aspect {
        k += words(a);
    }
    if doc.key(k) == "giữ" && doc.key(k + 1) == "chức" {
        k += 2;
        if doc.key(k) == "vụ" && !title_vu(doc, k) {
            k += 1;
        }
    } else if matches!(doc.key(k), "làm" | "là") {
        k += 1;
    } else {
        return None;
    }
    let copula = doc.key(k - 1) == "là";
    let (mut titles, mut after) = title_chain_named(doc, k)?;
    // After "là" only a title that names its body ("là Giám đốc Sở Y tế"): a bare "là tổng
    // giám đốc" is mostly a company's.
    let with_body = |t: &Span| names_body(doc, *t);
    if copula && !titles.iter().all(with_body) {
        return None;
    }
    // (after a phrase of time, "làm" too takes a post written capitalised or naming its body:
    // "khi còn làm Bộ trưởng", not "đang làm giám đốc")
    if aspect.is_some() && doc.shape(k) == Shape::Lower && !titles.iter().all(with_body) {
        return None;
    }
    // ("ông A vẫn đang là Bí thư Đảng ủy của Cục NTBD.": after the phrase, a post going on with
    // "của" runs to the end of the clause, past the body it joins; otherwise it ends where the
    // chain does, before a verb phrase: "khi còn làm Bộ trưởng ký.", "từng là Phó Chủ tịch UBND
    // tỉnh Hà Giang bị kỷ luật cảnh cáo.")
    if aspect.is_some() && doc.key(after) == "của" {
        if let (Some(c), Some(last)) = (clause_end(doc, after), titles.last_mut()) {
            last.1 = c;
            after = c;
        }
    }
    // The chain must not open another person's name ("làm việc với Bí thư X").
    if name_at(doc, skip_prefixes(doc, after).0).is_some() {
        return None;
    }
    Some((names, titles, after))
}

/// "Bí thư Huyện ủy Sóc Sơn Trần Văn Bình", "Chủ tịch UBND thành phố Nguyễn Văn Phong": a name
/// at the end of the capitalised run that ends the last title (its place read too far) or that
/// follows it (a place the lexicon does not know). The place keeps one to three syllables, the
/// name is the rest of the run (two to four syllables, starting with a family name); the last
/// title is cut or extended to end at the name.
fn name_after_place(doc: &Doc, titles: &mut [Span], j: usize) -> Option<Span> {
    let last = titles.last_mut()?;
    // Inside the last title: its end is the end of a run whose tail is a name.
    // Two syllables right after "quận"/"huyện"/"xã" are that place's name ("UBND quận Hà Đông").
    let ends_name = |k: usize| {
        k + title_run(doc, k) == last.1
            && starts_name(doc, k)
            && !blocked(doc, k)
            && !(last.1 - k == 2 && LOCAL_ADMIN.contains(&doc.key(k - 1)))
            && !after_school_level(doc, last.0, k)
    };
    // A common family name first ("Sóc Sơn Trần Văn Bình" is not "Sóc" + "Sơn Trần Văn Bình").
    // A place of one syllable after a local body is passed over when the name could start one
    // later ([`place_of_one`]).
    let range = last.0 + 2..last.1;
    let fits = |k: usize| ends_name(k) && !place_of_one(doc, k, last.1, ends_name);
    let inside = range
        .clone()
        .find(|&k| fits(k) && doc.is_common_surname(k))
        .or_else(|| range.clone().find(|&k| fits(k)));
    if let Some(k) = inside {
        // The place before the name must not be a known place that runs into it.
        if known_place_at(doc, k - 1).is_none_or(|e| e <= k) {
            let name = (k, last.1);
            last.1 = k;
            return Some(name);
        }
    }
    // After the last title, when it names a body ("Bí thư Huyện ủy", not a bare "Phó Tổng Biên
    // tập"): a place of one to three syllables without a middle name ("Thị", "Văn"), then the
    // name.
    let has_unit = title_head_at(doc, last.0).is_some_and(|(h, _)| h < last.1);
    if j != last.1 || doc.shape(j) != Shape::Title || !has_unit {
        return None;
    }
    let run = title_run(doc, j);
    let ends_name = |s: usize| {
        s + title_run(doc, s) == j + run
            && starts_name(doc, s)
            && !blocked(doc, s)
            && !(j..s).any(|p| matches!(doc.key(p), "thị" | "văn"))
    };
    let ks = 1..=3.min(run.saturating_sub(2));
    let fits = |k: usize| ends_name(j + k) && !place_of_one(doc, j + k, j + run, ends_name);
    let k = ks
        .clone()
        .find(|&k| fits(k) && doc.is_common_surname(j + k))
        .or_else(|| ks.clone().find(|&k| fits(k)))?;
    last.1 = j + k;
    Some((j + k, j + run))
}

/// "Bí thư Huyện ủy Mộc Châu Hà Trung Chiến", "Phó Bí thư Huyện ủy Vân Hồ Lường Văn Huân": a
/// place's name after its body (a party committee ending in "ủy": "Huyện ủy", "Thành ủy",
/// "Đảng ủy"; or one of [`LOCAL_ADMIN`]: "huyện", "xã", "thôn" …) mostly has two syllables or
/// more, so a name of four syllables or more starting at `k`, one syllable after that body, is
/// passed over when a name of three or more also ends at `end` one syllable later
/// (`ends_name`).
fn place_of_one(doc: &Doc, k: usize, end: usize, ends_name: impl Fn(usize) -> bool) -> bool {
    k >= 2
        && end >= k + 4
        && (LOCAL_ADMIN.contains(&doc.key(k - 2)) || doc.key(k - 2) == "ủy")
        && ends_name(k + 1)
}

/// A name found right after the last title but whose capitalised run began inside it, the
/// title's place having taken the family name ("UBND thành phố Nguyễn" + "Văn Phong"): when the
/// run from inside starts with a common family name and the found name does not, the name
/// starts there and the title ends before it.
///
/// "Bí thư Đảng ủy xã Hòa Nguyễn Phan Anh Tuấn": a name of three after a place whose last
/// syllable is "Nguyễn", which ends no place's name, is a name of four with a double family
/// name.
fn name_split_late(doc: &Doc, titles: &mut [Span], name: Span) -> Span {
    let Some(last) = titles.last_mut() else { return name };
    if last.1 == name.0
        && name.1 - name.0 == 3
        && name.0 >= last.0 + 3
        && doc.adjacent(name.0)
        && doc.key(name.0 - 1) == "nguyễn"
        && doc.shape(name.0 - 1) == Shape::Title
        && doc.is_common_surname(name.0)
    {
        last.1 = name.0 - 1;
        return (name.0 - 1, name.1);
    }
    if last.1 != name.0 || !doc.adjacent(name.0) || doc.is_common_surname(name.0) {
        return name;
    }
    let k = (last.0 + 2..name.0).find(|&k| {
        k + title_run(doc, k) == name.1
            && (2..=4).contains(&(name.1 - k))
            && doc.is_common_surname(k)
            && known_place_at(doc, k).is_none()
            && !blocked(doc, k)
            // ("Huyện ủy Vân Hồ Lường Văn Huân": no split inside a known district's name)
            && !districts::spans(doc, last.0 + 2..k, name.0)
    });
    match k {
        Some(k) => {
            last.1 = k;
            (k, name.1)
        }
        None => name,
    }
}

/// After a name ending at `e`: a separator and a title chain; appends titles, returns the end.
fn name_first_chain(doc: &Doc, e: usize, titles: &mut Vec<Span>) -> usize {
    let sep =
        doc.is_punct(e, ',') || doc.is_dash(e) || doc.is_punct(e, '(') || doc.is_punct(e, ':');
    if !sep {
        return e;
    }
    // "Đại biểu Phạm Minh Chính (Quảng Ninh), Trưởng Ban Tổ chức Trung ương": a deputy's
    // constituency in parentheses, then a separator and the posts.
    // (only a post naming its body: "Theo đại biểu A (Thanh Hóa), Bộ trưởng đã …" is the next
    // clause's subject)
    if let Some(c) = places_in_parens(doc, e) {
        if [',', '-', '–'].iter().any(|&p| doc.is_punct(c, p))
            && title_at(doc, c + 1).is_some_and(|t| names_body(doc, t))
        {
            return name_first_chain(doc, c, titles);
        }
    }
    let mut open = e + 1;
    // "ông Nguyễn Văn Thuận, PGS.TS, Phó Hiệu trưởng …": a degree or rank set off by commas
    // between the name and the posts.
    if doc.is_punct(e, ',') {
        if let Some((mut p, _)) = LEX.prefixes.at(doc, open) {
            if doc.is_punct(p, '.') {
                p += 1;
            }
            if doc.is_punct(p, ',') && title_at(doc, p + 1).is_some() {
                open = p + 1;
            }
        }
    }
    let in_paren = doc.is_punct(e, '(');
    // "ĐBQH Trần Thị Hiền, đoàn ĐBQH Hà Nam phát biểu": membership of a National Assembly
    // delegation, named by the delegation, right after a deputy's name, as in a chain (see
    // [`title_chain_in`]); the posts may go on after it. (Only a deputy named as such, and
    // "đoàn" in lowercase: "Theo ông A, đoàn ĐBQH tỉnh B đã …", "của ĐBQH C, Đoàn ĐBQH Thanh
    // Hóa đã tham khảo …" are the next clause's subject.)
    let deputy = || {
        titles.iter().any(|t| {
            let k = key_span(doc, t.0, t.1);
            k.starts_with("đb") || k.starts_with("đại biểu")
        })
    };
    if !in_paren
        && doc.key(open) == "đoàn"
        && doc.shape(open) == Shape::Lower
        && doc.tok_text(open + 1) == "ĐBQH"
        && deputy()
    {
        if let Some(u) = parse_unit(doc, open + 1, false).filter(|u| u.qualified) {
            titles.push((open, u.end));
            return name_first_chain(doc, u.end, titles);
        }
    }
    if in_paren {
        if let Some(k) = aside_end(doc, open) {
            // "Đoàn Vũ Duy (39 tuổi, nguyên Đội trưởng …)": an age or birth year before the
            // posts, inside the parentheses.
            open = k;
        } else if let Some(c) = (open..(open + 4).min(doc.len())).find(|&c| doc.is_punct(c, ')')) {
            // "Mai Chiến Thắng (1970) - Phó trưởng Phòng Tham mưu": a birth year in
            // parentheses, then a dash and the posts.
            let seps = [',', '-', '–'];
            // (also "(SN 1986) - huyện ủy viên, …", "(sinh năm 1970) -", an age: "(57 tuổi), Bí
            // thư chi bộ, Cục trưởng …")
            let year = |k: usize| {
                doc.key(k).chars().all(|ch| ch.is_ascii_digit())
                    || matches!(doc.key(k), "sn" | "sinh" | "năm" | "tuổi")
            };
            if (open..c).all(year) && seps.iter().any(|&p| doc.is_punct(c + 1, p)) {
                return name_first_chain(doc, c + 1, titles);
            }
        }
    }
    let chain = title_chain_in(doc, open, true, true).map(|(mut ts, end)| {
        // "(Trưởng phòng tài nguyên nước thuộc Sở TN&MT)": a post in parentheses runs to the
        // closing one, past a lowercase body the unit grammar does not read.
        let close = in_paren
            .then(|| (end..(end + 10).min(doc.len())).find(|&c| doc.is_punct(c, ')')))
            .flatten()
            .filter(|&c| {
                (end..c).all(|k| {
                    !doc.is_punct(k, ',')
                        && !doc.is_punct(k, ';')
                        && !doc.is_punct(k, '(')
                        && !doc.is_punct(k, ':')
                }) && (end..c).all(|k| LEX.prefixes.at(doc, k).is_none())
            });
        // "ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì": a post set
        // off by dashes runs to the closing one, past words the unit grammar did not read.
        let close = close.or_else(|| (doc.is_dash(e)).then(|| dash_close(doc, end)).flatten());
        match (close, ts.last_mut()) {
            (Some(c), Some(last)) if c > end => {
                last.1 = c;
                (ts, c)
            }
            _ => (ts, end),
        }
    });
    // "ông Lê Hoàng Phụng, Bí thư Thành ủy Bảo Lộc (Lâm Đồng)": after a name and its chain,
    // two capitalised syllables right after the last title ending in a local body ("Thành
    // ủy", "UBND", "HĐND", "TP"), the first no common family name, are the title's place, not
    // the next person ("Bộ trưởng Bộ Công an Tô Lâm" is).
    let chain = chain.map(|(mut ts, end)| {
        let place = ts.last().is_some_and(|t| t.1 == end)
            && end > 0
            && matches!(doc.key(end - 1), "ủy" | "ubnd" | "hđnd" | "tp")
            && doc.shape(end) == Shape::Title
            && title_run(doc, end) == 2
            && !doc.is_common_surname(end)
            && !(end..end + 2).any(|k| matches!(doc.key(k), "thị" | "văn"));
        match ts.last_mut() {
            Some(last) if place => {
                last.1 = end + 2;
                (ts, end + 2)
            }
            _ => (ts, end),
        }
    });
    // "bà Lưu Lê Bích Phượng, Bí thư phường Nguyễn Thái Bình, quận 1", "ông A, Phó Chủ tịch UBND
    // phường Lê Thanh Nghị xác nhận": after its holder's name, a last title ending in a lowercase
    // "xã", "phường" or "thị trấn" names that commune, ward or town next, and the capitalised run
    // there is its name (many are named after historical figures), not the next person: up to
    // four syllables, ending where a second name starts ("phường Nguyễn Trãi Nguyễn Văn Hải").
    let chain = chain.map(|(mut ts, end)| match ts.last_mut() {
        Some(last) if last.1 == end && locality_noun_before(doc, end) => {
            let r = title_run(doc, end).min(4);
            let r = (1..r)
                .find(|&d| doc.is_common_surname(end + d) && starts_name(doc, end + d))
                .unwrap_or(r);
            let e = end + r;
            last.1 = e;
            (ts, e)
        }
        _ => (ts, end),
    });
    match chain {
        // "…, Phó Chủ tịch thường trực Quốc hội Tòng Thị Phóng, Phó Chủ tịch Quốc hội Đỗ Bá
        // Tỵ": a chain followed by a name is that next person's, unless its last title names a
        // school, company or other open body, whose own name may look like a person's
        // ("Hiệu trưởng trường THPT Phan Đình Phùng").
        // (An open body named by an acronym of five letters or more that vnmon does not know,
        // "Trung tâm HLTTQG", has its name: the name after it is the next person's; a shorter
        // one names a kind, "Trường ĐH Nông Lâm".)
        Some((ts, end))
            if name_at(doc, skip_prefixes(doc, end).0).is_some()
                && !ts.last().is_some_and(|&t| has_open_body(doc, t) && !acronym_named(doc, t)) =>
        {
            e
        }
        Some((ts, end)) => {
            titles.extend(ts);
            end
        }
        None => e,
    }
}

/// "Bà Nguyễn Thị Hiền Phó trưởng ban chuyên trách Ban ATGT tỉnh Quảng Ninh Thiếu tá …", "Ông
/// Nguyễn Văn Tiến Chủ tịch UBND xã Phù Chẩn chia sẻ": after "ông" or "bà" and a name ending
/// at `e`, a post naming its body with no separator (a photo's caption run into the text, a
/// comma left out) and the chain after it are that person's, even where a name follows them.
/// Appends the titles; returns the chain's end, or `e`.
fn unpunctuated_post(doc: &Doc, e: usize, titles: &mut Vec<Span>) -> usize {
    if doc.shape(e) != Shape::Title {
        return e;
    }
    match title_chain_in(doc, e, true, true) {
        Some((ts, end)) if ts.first().is_some_and(|&t| t.0 == e && names_body(doc, t)) => {
            titles.extend(ts);
            end
        }
        _ => e,
    }
}

/// Whether a lowercase commune, ward or town noun ("xã", "phường", "thị trấn") ends right
/// before `k`, where a capitalised run starts (the locality's name).
fn locality_noun_before(doc: &Doc, k: usize) -> bool {
    let p = k.wrapping_sub(1);
    k > 1
        && doc.shape(p) == Shape::Lower
        && (matches!(doc.key(p), "xã" | "phường") || span_is(doc, p - 1, "thị trấn"))
        && doc.shape(k) == Shape::Title
}

/// From `end`, where a post opened by a dash was read to: the closing dash within six tokens,
/// when only words of a body's name stand between (no verb of the clause, honorific, name or
/// other title) and the sentence goes on in lowercase after it.
fn dash_close(doc: &Doc, end: usize) -> Option<usize> {
    let c = (end..(end + 7).min(doc.len())).find(|&c| doc.is_dash(c))?;
    let words = (end..c).all(|t| {
        matches!(doc.shape(t), Shape::Lower | Shape::Title | Shape::Upper)
            && (LEX.stopwords.at(doc, t).is_none() || doc.key(t) == "các")
            && !POST_STOP.contains(&doc.key(t))
            && LEX.prefixes.at(doc, t).is_none()
            && name_at(doc, t).is_none()
            && title_head_at(doc, t).is_none()
    });
    (words && doc.shape(c + 1) == Shape::Lower).then_some(c)
}

/// "39 tuổi," / "SN 1961," / "sinh năm 1970," at `k`: the start of what follows the comma.
fn aside_end(doc: &Doc, k: usize) -> Option<usize> {
    let digits =
        |t: usize| !doc.key(t).is_empty() && doc.key(t).chars().all(|c| c.is_ascii_digit());
    let after = if (digits(k) && doc.key(k + 1) == "tuổi") || (doc.key(k) == "sn" && digits(k + 1))
    {
        k + 2
    } else if doc.key(k) == "sinh" && doc.key(k + 1) == "năm" && digits(k + 2) {
        k + 3
    } else {
        return None;
    };
    doc.is_punct(after, ',').then_some(after + 1)
}

/// Lowercase verbs that may stand between a person and the post given ("ông A được điều
/// động, bổ nhiệm giữ chức …", "ông B hiện giữ chức vụ …", "ông C chỉ giữ chức …", "ông D
/// được bầu giữ chức …").
const APPOINT_LEAD: &[&str] = &[
    "thôi", "về", "hiện", "chỉ", "được", "điều", "động", "và", "bổ", "nhiệm", "luân", "chuyển",
    "đã", "vừa", "sẽ", "tiếp", "tục", "đang", "đến", "bao", "gồm", "bầu",
];

/// "làm trưởng đoàn", "làm phó trưởng đoàn", "làm trưởng ban" at `e` (lowercase "làm"): the
/// head's title of a team or board after "làm", in lowercase or capitalised ("do ông A, Phó Chủ
/// tịch UBND huyện Tánh Linh làm Trưởng đoàn", "ban soạn thảo do Thứ trưởng B làm trưởng ban";
/// not before a name: "làm Trưởng đoàn C" names the head).
fn team_head(doc: &Doc, e: usize) -> Option<Span> {
    if !(doc.key(e) == "làm" && doc.shape(e) == Shape::Lower) {
        return None;
    }
    let t = title_at(doc, e + 1)?;
    let key = key_span(doc, t.0, t.1);
    let bare = ["trưởng đoàn", "phó trưởng đoàn", "phó đoàn", "trưởng ban", "phó trưởng ban"];
    let shape_fits = match doc.shape(e + 1) {
        Shape::Lower => true,
        Shape::Title => name_at(doc, skip_prefixes(doc, t.1).0).is_none(),
        _ => false,
    };
    (shape_fits && bare.iter().any(|b| key.starts_with(b))).then_some(t)
}

/// "phân công ông A, Ủy viên …, thôi giữ chức B (nhiệm kỳ …) về nhận nhiệm vụ C": after a
/// name and its chain at `e` (and an optional comma or dash, or a short aside in parentheses
/// such as "(SN 1961)"), the post left ("thôi giữ chức") and the post taken ("[về] nhận nhiệm
/// vụ", "giữ chức [vụ | danh]", "được bổ nhiệm [chức danh | chức vụ] …", with verbs of
/// appointment before it) are that person's titles.
fn appointment_titles(doc: &Doc, e: usize, titles: &mut Vec<Span>) -> usize {
    appointment_titles_in(doc, e, titles, true)
}

/// [`appointment_titles`]; `then_ok` also reads the post held then ("…, khi đó là …", see
/// [`then_phrase`]), which a given name mentioned alone does not take: "Bà A, chị ông Quý, khi
/// đó là Chủ tịch UBND tỉnh" gives the post to the sister named before.
fn appointment_titles_in(doc: &Doc, e: usize, titles: &mut Vec<Span>, then_ok: bool) -> usize {
    // "Đoàn kiểm tra do Phó Giám đốc Sở Nội vụ Ngô Anh Tuấn làm trưởng đoàn", "ông A, Phó Chánh
    // thanh tra tỉnh làm trưởng đoàn, ông B, …": the head of a team, named right after its
    // holder and chain with "làm", is that person's title (not the next person's).
    if !titles.is_empty() {
        if let Some(t) = team_head(doc, e) {
            titles.push(t);
            return t.1;
        }
    }
    let mut k = e;
    let then_at = |k: usize| then_ok.then(|| then_phrase(doc, k)).flatten();
    // (an aside, but not "(hiện đang là …)" nor "(khi đó là …)", read below)
    if doc.is_punct(k, '(') && !matches!(doc.key(k + 1), "hiện" | "nay") && then_at(k + 1).is_none()
    {
        if let Some(c) = (k + 1..(k + 12).min(doc.len())).find(|&c| doc.is_punct(c, ')')) {
            k = c + 1;
        }
    }
    if doc.is_punct(k, ',') || doc.is_dash(k) {
        k += 1;
    }
    let mut end = e;
    for _ in 0..2 {
        let mut p = k;
        // "(hiện đang là Bí thư Quận ủy quận 9)": the post now held, in parentheses after the
        // chain; also the post held then ("(khi đó là Bí thư Thành ủy TP.HCM)").
        if doc.is_punct(p, '(')
            && (matches!(doc.key(p + 1), "hiện" | "nay") || then_at(p + 1).is_some())
        {
            let mut q = then_at(p + 1).unwrap_or(p + 1);
            while matches!(doc.key(q), "hiện" | "nay" | "đang") && doc.shape(q) == Shape::Lower {
                q += 1;
            }
            if doc.key(q) == "là" && q > p + 1 {
                if let Some((ts, after)) = title_chain(doc, q + 1) {
                    if doc.is_punct(after, ')') {
                        titles.extend(ts);
                        end = after + 1;
                        k = after + 1;
                        continue;
                    }
                }
            }
        }
        // "ông A, khi đó là Chi cục trưởng Chi cục …", "bà B - lúc đó giữ chức …": the post
        // held then, after a phrase of past time.
        let then = then_at(p);
        if let Some(q) = then {
            p = q;
        }
        // Verbs of appointment, lowercase, possibly joined by commas ("điều động, bổ nhiệm"),
        // and "đến nhận công tác và giữ chức vụ …" (a transfer).
        loop {
            if p < k + 10
                && doc.shape(p) == Shape::Lower
                && doc.key(p) == "nhận"
                && doc.key(p + 1) == "công"
                && doc.key(p + 2) == "tác"
            {
                p += 3;
                // "về nhận công tác tại Ban Tuyên giáo Thành ủy với chức vụ Trưởng ban": the
                // body joined, then the post in it.
                if doc.key(p) == "tại" {
                    if let Some(u) = parse_unit(doc, p + 1, false).filter(|u| u.qualified) {
                        if doc.key(u.end) == "với"
                            && doc.key(u.end + 1) == "chức"
                            && matches!(doc.key(u.end + 2), "vụ" | "danh")
                        {
                            p = u.end;
                            break;
                        }
                    }
                }
                continue;
            }
            if p < k + 10
                && ((doc.shape(p) == Shape::Lower && APPOINT_LEAD.contains(&doc.key(p)))
                    || (p > k
                        && doc.is_punct(p, ',')
                        && APPOINT_LEAD.contains(&doc.key(p - 1))
                        && APPOINT_LEAD.contains(&doc.key(p + 1))))
            {
                p += 1;
                continue;
            }
            break;
        }
        let appointed = p >= k + 2 && doc.key(p - 2) == "bổ" && doc.key(p - 1) == "nhiệm";
        // "Ông A (gọi ông B bằng cậu) đang là Chủ tịch UBND xã", "Ông C (…) làm Trưởng công an
        // xã": after an aside in parentheses, "là" / "làm" and a post that names its body.
        let copula = matches!(doc.key(p), "là" | "làm") && doc.shape(p) == Shape::Lower && {
            let post = title_at(doc, p + 1);
            let named = post.is_some_and(|t| names_body(doc, t));
            (e < k && doc.is_punct(e, '(') && named)
                || (doc.key(p) == "là" && post.is_some_and(|t| membership(doc, t)))
                // "ông A hiện là Phó Chủ tịch UBND tỉnh", "…, hiện đang là Trưởng phòng …":
                // the post now held, one that names its body.
                || (doc.key(p) == "là" && (k..p).any(|q| doc.key(q) == "hiện") && named)
                // "…, khi đó là Chủ tịch UBND tỉnh Yên Bái": the post held then.
                || (doc.key(p) == "là" && then.is_some() && named)
        };
        // "Ông Phúc là đại tá, nguyên hiệu trưởng Trường …": "là", a rank in lowercase and a
        // comma, then a post.
        let ranked = (doc.key(p) == "là" && doc.shape(p) == Shape::Lower)
            .then(|| LEX.prefixes.at(doc, p + 1))
            .flatten()
            .map(|(r, _)| r)
            .filter(|&r| {
                doc.shape(p + 1) == Shape::Lower
                    && doc.is_punct(r, ',')
                    && title_at(doc, r + 1).is_some()
            });
        let opener = if copula {
            p + 1
        } else if let Some(r) = ranked {
            r + 1
        } else if let Some(o) = post_noun_opener(doc, p) {
            o
        } else if doc.key(p) == "nhận" && doc.key(p + 1) == "nhiệm" && doc.key(p + 2) == "vụ"
        {
            p + 3
        } else if appointed && doc.key(p) == "chức" && matches!(doc.key(p + 1), "vụ" | "danh") {
            p + 2
        } else if appointed && doc.shape(p) != Shape::Lower {
            p
        } else if let Some(c) = past_posts(doc, p) {
            c
        } else if let Some(g) = later_post(doc, k) {
            // "- A, Hàm Vụ phó, tập sự Phó Vụ trưởng Vụ X, giữ chức Phó Vụ trưởng Vụ X;": the
            // post taken after asides that are no titles, in the same clause.
            g
        } else {
            break;
        };
        let Some((mut ts, mut after)) = title_chain_named(doc, opener) else { break };
        // (also "… giữ chức Phó trưởng phòng …, ông Hồ Thanh Hà từng làm …": the post is the
        // next person's, named after a comma and an honorific)
        let honorific_next = doc.is_punct(after, ',')
            && LEX.prefixes.at(doc, after + 1).is_some()
            && name_at(doc, skip_prefixes(doc, after + 1).0).is_some();
        if name_at(doc, skip_prefixes(doc, after).0).is_some() || honorific_next {
            break;
        }
        // "giữ chức vụ Giám đốc Trung tâm huấn luyện và bồi dưỡng nghiệp vụ CATP;": the post
        // taken runs to the end of the clause, past a body named in lowercase.
        if let (Some(c), Some(last)) = (clause_end(doc, after), ts.last_mut()) {
            last.1 = c;
            after = c;
        }
        titles.extend(ts);
        end = after;
        // "cách chức ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và 2010 - 2015, bao gồm
        // cách chức cả các chức vụ …": the posts' term, then a comma, before more posts.
        k = skip_term(doc, after);
        // "(nhiệm kỳ 2015 - 2020)": a term in parentheses.
        if doc.is_punct(k, '(') {
            if let Some(c) = (k + 1..(k + 12).min(doc.len())).find(|&c| doc.is_punct(c, ')')) {
                k = c + 1;
            }
        }
        if doc.is_punct(k, ',') && post_noun_opener(doc, skip_lead(doc, k + 1)).is_some() {
            k += 1;
        }
    }
    end
}

/// Phrases of past time before a post held then ("khi đó là …", "lúc ấy giữ chức …").
const THEN: &[&str] = &[
    "khi đó",
    "lúc đó",
    "khi ấy",
    "lúc ấy",
    "thời điểm đó",
    "thời điểm ấy",
    "lúc bấy giờ",
    "khi bấy giờ",
    "hồi đó",
    "hồi ấy",
];

/// The end of a lowercase phrase of past time at `k` ([`THEN`]), if one starts there.
fn then_phrase(doc: &Doc, k: usize) -> Option<usize> {
    if doc.shape(k) != Shape::Lower {
        return None;
    }
    THEN.iter().find(|t| span_is(doc, k, t)).map(|t| k + words(t))
}

/// Past "bao gồm" (including) at `k`.
fn skip_lead(doc: &Doc, k: usize) -> usize {
    if doc.key(k) == "bao" && doc.key(k + 1) == "gồm" {
        k + 2
    } else {
        k
    }
}

/// Whether the title `t` names its body after its head ("Giám đốc Sở Y tế", not a bare "Giám
/// đốc").
fn names_body(doc: &Doc, t: Span) -> bool {
    title_head_at(doc, t.0).is_some_and(|(h, _)| h < t.1)
}

/// Whether a title is the membership of a named Party committee, its body in the head itself
/// ("Thị ủy viên", "Tỉnh ủy viên", "Đảng ủy viên"): after "là" it is a post, where a bare
/// "là tổng giám đốc" is mostly a company's.
fn membership(doc: &Doc, t: Span) -> bool {
    t.1 == t.0 + 3 && key_span(doc, t.0 + 1, t.1) == "ủy viên"
}

/// Whether the "vụ" at `k` after "chức" opens a department's head or deputy, "Vụ trưởng",
/// "Vụ phó" (capitalised), not the noun "chức vụ" (a post): "thôi giữ chức Vụ trưởng Vụ Tổ
/// chức cán bộ".
fn title_vu(doc: &Doc, k: usize) -> bool {
    doc.shape(k) == Shape::Title && doc.key(k) == "vụ" && matches!(doc.key(k + 1), "trưởng" | "phó")
}

/// "giữ chức [vụ]", "giữ các cương vị", "đảm nhiệm chức vụ", "với chức danh", "thôi nhiệm vụ",
/// "thôi trách nhiệm", "thôi làm", "[được] bầu làm", "cách chức cả các chức vụ" at `p`
/// (lowercase): a verb holding, taking, leaving or losing posts, with the noun for a post; the
/// start of the posts.
fn post_noun_opener(doc: &Doc, p: usize) -> Option<usize> {
    if doc.shape(p) != Shape::Lower {
        return None;
    }
    let mut k = match (doc.key(p), doc.key(p + 1)) {
        ("giữ" | "với", _) => p + 1,
        ("đảm", "nhiệm" | "nhận" | "đương") => p + 2,
        // (after "thôi": "thôi nhiệm vụ ĐBQH", "thôi trách nhiệm Chủ tịch", "thôi làm ĐBQH")
        ("nhiệm", "vụ") | ("trách", "nhiệm") if p > 0 && doc.key(p - 1) == "thôi" => {
            return Some(p + 2);
        }
        ("làm", _) if p > 0 && doc.key(p - 1) == "thôi" => return Some(p + 1),
        // "ông A được bầu làm Chủ tịch Hội …", "đã được bầu làm Ủy viên Ban Chấp hành Đảng bộ
        // TP": elected to a post, capitalised and naming its body (not "bầu làm việc", nor a
        // bare "Chủ tịch" cut before a lowercase body: "được bầu làm Chủ tịch đảng Lao động
        // Triều Tiên"); a post elected with "giữ chức" is read as any other.
        ("làm", _)
            if p > 0
                && doc.key(p - 1) == "bầu"
                && doc.shape(p + 1) != Shape::Lower
                && title_at(doc, p + 1).is_some_and(|t| names_body(doc, t)) =>
        {
            return Some(p + 1);
        }
        _ => {
            let w = REMOVAL.iter().find(|r| span_is(doc, p, r)).map(|r| words(r))?;
            // (the person's posts only after a comma, "bị" or "bao gồm": "ông A cách chức …" is
            // A removing someone)
            if !(p > 0 && (doc.is_punct(p - 1, ',') || matches!(doc.key(p - 1), "bị" | "gồm")))
            {
                return None;
            }
            // "cách chức ủy viên …", "cách chức cả các chức vụ …"
            let mut k = p + w;
            if doc.key(k) == "cả" {
                k += 1;
            }
            if doc.key(k) == "các" {
                k += 1;
            }
            if doc.key(k) == "chức" && matches!(doc.key(k + 1), "vụ" | "danh") {
                k += if title_vu(doc, k + 1) { 1 } else { 2 };
            }
            return Some(k);
        }
    };
    if doc.key(k) == "các" {
        k += 1;
    }
    let noun = match (doc.key(k), doc.key(k + 1)) {
        ("chức", "vụ") if title_vu(doc, k + 1) => 1,
        ("chức", "vụ" | "danh") | ("cương", "vị") | ("vị", "trí") => 2,
        ("chức", _) => 1,
        _ => return None,
    };
    Some(k + noun)
}

/// Words that end a post's name inside a clause (a time, a place, a reason, another verb).
const POST_STOP: &[&str] = &[
    "từ", "đến", "thay", "cho", "kể", "nhiệm", "theo", "tại", "trong", "sau", "khi", "với", "để",
    "về", "thì", "là", "đã", "sẽ", "được", "vì", "do", "nay", "năm", "kỳ", "thời", "hạn",
];

/// From `k`, where a post read by the unit grammar ends: the ";" or "." ending the clause within
/// ten tokens, when only words stand between (no number, comma, parenthesis, name, word of
/// [`POST_STOP`] or "và" before another title).
fn clause_end(doc: &Doc, k: usize) -> Option<usize> {
    if doc.is_punct(k, ';') || doc.is_punct(k, '.') {
        return None;
    }
    let c = (k..(k + 10).min(doc.len())).find(|&c| doc.is_punct(c, ';') || doc.is_punct(c, '.'))?;
    let words = (k..c).all(|t| {
        matches!(doc.shape(t), Shape::Lower | Shape::Title | Shape::Upper)
            && !doc.key(t).chars().any(|ch| ch.is_ascii_digit())
            && !POST_STOP.contains(&doc.key(t))
            && name_at(doc, t).is_none()
            // (two posts joined by "và" are two titles)
            && !(doc.key(t) == "và" && title_head_at(doc, t + 1).is_some())
    });
    words.then_some(c)
}

/// "ông A từng giữ các chức danh, chức vụ lãnh đạo, quản lý như: T1, T2": past posts listed
/// after "từng giữ" and lowercase words up to a colon; the start of the list.
fn past_posts(doc: &Doc, p: usize) -> Option<usize> {
    if doc.key(p) != "từng" || doc.key(p + 1) != "giữ" {
        return None;
    }
    let colon = (p + 2..(p + 16).min(doc.len()))
        .find(|&c| !(doc.shape(c) == Shape::Lower || doc.is_punct(c, ',')))?;
    if !doc.is_punct(colon, ':') {
        return None;
    }
    // (an item read as no title, "Chuyên viên …", is passed over to the next one)
    let start = colon + 1;
    if title_at(doc, start).is_some() {
        return Some(start);
    }
    (start..(start + 12).min(doc.len()))
        .find(|&c| doc.is_punct(c, ','))
        .filter(|&c| title_at(doc, c + 1).is_some())
        .map(|c| c + 1)
}

/// Words in a clause after a person that bring in someone else, whose post it then is.
const OTHER_PERSON: &[&str] = &[
    "giới thiệu",
    "đề nghị",
    "đề cử",
    "tiến cử",
    "bầu",
    "cử",
    "người",
    "cá nhân",
    "ai",
    "việc",
    "thay",
];

/// From `k`, within one sentence (no ";", ".", ":", quote, honorific, rank nor another
/// person's name) of up to twenty-four tokens: ", giữ chức [vụ]", "lên làm", or a verb holding or
/// leaving posts with its noun ("thì giữ chức", "thôi trách nhiệm"; not one removing someone
/// else), and the start of the post after it.
fn later_post(doc: &Doc, k: usize) -> Option<usize> {
    for p in k..(k + 24).min(doc.len()) {
        if doc.is_punct(p, ';')
            || doc.is_punct(p, '.')
            || doc.is_punct(p, ':')
            || doc.is_punct(p, '"')
            || doc.shape(p) == Shape::Break
        {
            return None;
        }
        if p > k && name_at(doc, p).is_some() && title_at(doc, p).is_none() {
            return None;
        }
        // (an honorific, rank or degree opens another person: "bổ nhiệm NSƯT Chí Trung …";
        // so does a verb putting someone forward or a noun for a person: "giới thiệu được
        // một cá nhân xuất sắc đảm nhiệm cương vị …")
        if p > k && LEX.prefixes.at(doc, p).is_some() {
            return None;
        }
        if p > k && OTHER_PERSON.iter().any(|w| span_is(doc, p, w)) {
            return None;
        }
        if doc.is_punct(p, ',') && doc.key(p + 1) == "giữ" && doc.key(p + 2) == "chức" {
            return Some(p + 3 + usize::from(doc.key(p + 3) == "vụ"));
        }
        let removal = REMOVAL.iter().any(|r| span_is(doc, p, r));
        if p > k && !removal {
            if let Some(o) = post_noun_opener(doc, p) {
                return Some(o);
            }
        }
        // "Bà A (…) từ cán bộ UBND xã thăng tiến lên làm Phó chủ tịch UBND xã": promoted to a
        // post that names its body.
        if doc.key(p) == "lên"
            && doc.key(p + 1) == "làm"
            && doc.shape(p) == Shape::Lower
            && title_at(doc, p + 2).is_some_and(|t| names_body(doc, t))
        {
            return Some(p + 2);
        }
    }
    None
}

/// Whether a title ends with an unknown acronym of five letters or more after its body
/// ("Giám đốc Trung tâm HLTTQG"): the body's own name.
fn acronym_named(doc: &Doc, t: Span) -> bool {
    t.1 > t.0 + 1 && acronym_body(doc, t.1 - 1) && doc.tok_text(t.1 - 1).chars().count() >= 5
}

/// Whether a title names an open body (school, company, centre, …) somewhere in its span.
fn has_open_body(doc: &Doc, t: Span) -> bool {
    (t.0..t.1).any(|k| LEX.bodies.at(doc, k).is_some_and(|(_, kind)| kind == Kind::Open))
}

/// Whether spans `a` and `b` have the same keys, token by token.
fn same_keys(doc: &Doc, a: Span, b: Span) -> bool {
    a.1 - a.0 == b.1 - b.0 && (a.0..a.1).zip(b.0..b.1).all(|(i, j)| doc.key(i) == doc.key(j))
}

/// Whether the keys of span `a` open span `b` (`a` is `b` or its start).
fn keys_open(doc: &Doc, a: Span, b: Span) -> bool {
    a.1 - a.0 <= b.1 - b.0 && same_keys(doc, a, (b.0, b.0 + (a.1 - a.0)))
}

/// Conjunctions before which a capitalised syllable may still close a name ("bà Lê Thị Bình
/// Phương và …"), not the next sentence's first word.
const GLUE_CONJ: &[&str] = &["và", "cùng", "với", "hoặc", "hay"];

/// Whether the capitalised word at `i` opens a sentence rather than ends a name: one of
/// [`openers::GLUED_TO_PERSON`], or a word the text also writes in lowercase ("Đó", "Việc",
/// "Không": "đó", "việc", "không" elsewhere; a given name such as "Hà" is not written so).
fn common_word(doc: &Doc, i: usize) -> bool {
    let k = doc.key(i);
    openers::GLUED_TO_PERSON.contains(k)
        || (0..doc.len()).any(|j| doc.shape(j) == Shape::Lower && doc.key(j) == k)
}

/// Whether a title's key names a post in a private limited company: "công ty TNHH" /
/// "trách nhiệm hữu hạn" not followed by a single member ("MTV", "một thành viên": kept as
/// it may be state-owned, "Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh", though many private firms
/// are single-member too) or "nhà nước". (A company of two members or more is mostly private;
/// "Công ty TNHH Nhà Xinh" is a name, not "nhà nước".) A joint-stock company written with its
/// form ("Công ty CP Đầu tư Trung Việt", "Công ty cổ phần …", "CTCP …", "Tổng công ty cổ phần
/// …") is private as well; one that does not write its form ("Tổng Công ty Xây lắp Dầu khí
/// Việt Nam") is not seen here. Unlike the unit grammar (`units::private_company`), a
/// joint-stock bank ("Ngân hàng TMCP Á Châu") is left out on purpose: its officers were not
/// read against the gold.
/// Also no public post: the head of a residents' group ("Tổ trưởng tổ dân phố 2A", or
/// written short, "tổ trưởng dân phố 11"), a self-managed neighbourhood group, not a public
/// body (the gold leaves them out).
/// A post in the company's trade union or party cell ("Chủ tịch Công đoàn Công ty TNHH Canon
/// Việt Nam") is one in a mass organisation, no private post (so "Bí thư Chi bộ tổ dân phố
/// 5").
fn private_company(key: &str) -> bool {
    const SINGLE: &[&str] = &["mtv", "một", "1", "1tv"];
    const JOINT_STOCK: &[&str] =
        &["công ty cp", "cty cp", "công ty cổ phần", "cty cổ phần", "ctcp", "công ty jsc"];
    const RESIDENTS: &[&str] = &["tổ dân phố", "trưởng dân phố"];
    if ["công đoàn", "đảng", "chi bộ", "đoàn thanh niên", "mặt trận", "chi hội"]
        .iter()
        .any(|m| key.contains(m))
    {
        return false;
    }
    let has = |p: &str| {
        key.match_indices(p).any(|(i, _)| {
            (i == 0 || key[..i].ends_with(' '))
                && key[i + p.len()..].chars().next().is_none_or(|c| c == ' ')
        })
    };
    if JOINT_STOCK.iter().chain(RESIDENTS).any(|p| has(p)) {
        return true;
    }
    ["công ty tnhh", "cty tnhh", "công ty trách nhiệm hữu hạn"].iter().any(|p| {
        key.match_indices(p).any(|(i, _)| {
            let mut words = key[i + p.len()..].split_whitespace();
            let next = words.next().unwrap_or("");
            let state = SINGLE.contains(&next) || (next == "nhà" && words.next() == Some("nước"));
            !state
        })
    })
}

/// Countries whose name closing a post makes it a foreign state's post ([`foreign_post`]),
/// as keys: only names no Vietnamese place shares ("Mỹ", "Đức", "Anh", "Nga" close many
/// districts' and communes' names: "huyện Chương Mỹ", "xã Lộc Nga"). A subset of the countries
/// of `places.txt` (`Lex::foreign_places`), which also holds those four and the regions a
/// Vietnamese body is named after ("khu vực phía Bắc"), so it cannot serve here.
const FOREIGN_STATES: &[&str] = &[
    "trung quốc",
    "singapore",
    "triều tiên",
    "hàn quốc",
    "nhật bản",
    "hoa kỳ",
    "campuchia",
    "thái lan",
    "liên bang nga",
    "cuba",
    "myanmar",
    "lào",
    "malaysia",
    "indonesia",
    "philippines",
    "ấn độ",
    "australia",
];

/// Heads' posts written bare, without a body, that a foreign official's text gives beside his
/// foreign post ("Thủ tướng Trung Quốc Lý Khắc Cường … Thủ tướng Lý Khắc Cường", "Hội trưởng
/// Hội Hữu nghị đối ngoại nhân dân Trung Quốc Lý Tiểu Lâm làm Trưởng đoàn"): see
/// [`foreign_official`].
const STATE_HEADS: &[&str] = &[
    "trưởng đoàn",
    "thủ tướng",
    "phó thủ tướng",
    "chủ tịch",
    "phó chủ tịch",
    "tổng thống",
    "phó tổng thống",
    "bộ trưởng",
    "thứ trưởng",
    "đại sứ",
    "người phát ngôn",
];

/// Whether a title's key names a foreign state's post: it ends with a country of
/// [`FOREIGN_STATES`] (in parentheses or not; "Bộ trưởng Bộ Văn hóa Trung Quốc", "Thủ tướng
/// Singapore"), a place after "tại" set aside ("Đại sứ Triều Tiên tại Nga"), and names no
/// Vietnamese side ("Đại sứ Việt Nam tại Trung Quốc", "Hội hữu nghị Việt - Trung" are kept).
/// The gold leaves foreign officials out.
fn foreign_post(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').filter(|w| !matches!(*w, "(" | ")")).collect();
    let end = words.iter().position(|w| *w == "tại").unwrap_or(words.len());
    let post = &words[..end];
    if post.contains(&"việt") {
        return false;
    }
    FOREIGN_STATES.iter().any(|c| {
        let n = c.split(' ').count();
        post.len() > n && post[post.len() - n..].iter().copied().eq(c.split(' '))
    })
}

/// Whether a person's posts (title keys) make a foreign official: one at least is a foreign
/// state's post ([`foreign_post`]) and every other is a bare head's post of [`STATE_HEADS`]. A
/// Vietnamese official given a foreign counterpart's post by a run-on ("Chủ tịch Quốc hội
/// Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Cộng hòa Cuba") keeps the person by his
/// own post with a body ("Chủ tịch Quốc hội"), and [`assemble`] drops the foreign one.
fn foreign_official(keys: &[String]) -> bool {
    keys.iter().any(|k| foreign_post(k))
        && keys.iter().all(|k| foreign_post(k) || STATE_HEADS.contains(&k.as_str()))
}

fn assemble(
    doc: &Doc,
    recs: Vec<Record>,
    shorts: Vec<usize>,
    short_posts: Vec<(usize, Vec<Span>)>,
) -> Vec<Official> {
    struct Acc {
        name: String,
        titles: Vec<String>,
        title_keys: Vec<String>,
        mentions: Vec<Mention>,
        titled: bool,
        /// Every post in a private limited company ([`private_company`]): no official, and
        /// no contender for a given name mentioned alone.
        private: bool,
        given: String,
    }
    // "Chủ tịch nước Trần Đại Quang Báo chí đã …": a caption's name glued to the capitalised
    // word opening the next sentence; when the text names the person in full elsewhere with
    // three syllables, the fourth, followed by the sentence's lowercase word (no conjunction or
    // stop word: "bà Lê Thị Bình Phương và …", "Nguyễn Thị Thanh Hà cho biết" are names of
    // four, unless the fourth is a common word opening the sentence: "Nguyễn Văn Giàu Xem lại
    // …", "Ông Bùi Mạnh Hòa Đó là …"), a number ("Thủ tướng Nguyễn Xuân Phúc Lúc 2h sáng …",
    // "Đinh Tiến Dũng Sáng 12/6, …") or a caption's colon ("Ảnh:"), is no part of the name.
    // (Not a name of three after one of two: a name cut short at one mention would cut the
    // full name everywhere.)
    let known: Vec<String> = recs
        .iter()
        .filter(|r| r.name.1 - r.name.0 == 3)
        .map(|r| key_span(doc, r.name.0, r.name.1))
        .collect();
    let mut recs = recs;
    for r in &mut recs {
        let e = r.name.1;
        let opens = || {
            let lower = doc.shape(e) == Shape::Lower && !GLUE_CONJ.contains(&doc.key(e));
            (lower && (LEX.stopwords.at(doc, e).is_none() || common_word(doc, e - 1)))
                || doc.tok_text(e).starts_with(|c: char| c.is_ascii_digit())
                || doc.is_punct(e, ':')
        };
        if e - r.name.0 == 4 && known.contains(&key_span(doc, r.name.0, e - 1)) && opens() {
            r.name.1 -= 1;
        }
    }
    // "Bộ trưởng Kim Tiến cho hay … Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến": a name of two
    // syllables that are the last two of exactly one longer name in the text is that person,
    // named by the middle and given names; it is shown and counted under the full name.
    // (Not a longer name that opens with the same two syllables: "Tô Vinh Tô Vinh", a name
    // read twice.)
    // Not a short name whose titles all differ from the longer name's (neither is the start of
    // the other: "Giám đốc Lưu Quang" … "Phó Thủ tướng Trần Lưu Quang", another person's name
    // of two). (Not every short name opening with a common family name: the corpus names "Võ
    // Hoàng Anh", "Nguyễn Huỳnh Trang" as "Hoàng Anh", "Huỳnh Trang".) (Keys compared token by
    // token: no string built per pair.)
    let longer: Vec<&Record> = recs
        .iter()
        .filter(|r| {
            r.name.1 - r.name.0 >= 3
                && !same_keys(doc, (r.name.0, r.name.0 + 2), (r.name.1 - 2, r.name.1))
        })
        .collect();
    let full_name = |r: &Record| -> Span {
        let n = r.name;
        if n.1 - n.0 != 2 {
            return n;
        }
        let mut hits = longer.iter().filter(|l| same_keys(doc, (l.name.1 - 2, l.name.1), n));
        let Some(l) = hits.next() else {
            return n;
        };
        if !hits.all(|m| same_keys(doc, m.name, l.name)) {
            return n;
        }
        let mut theirs =
            longer.iter().filter(|m| same_keys(doc, m.name, l.name)).flat_map(|m| m.titles.iter());
        let agree = r.titles.is_empty()
            || theirs.clone().next().is_none()
            || theirs
                .any(|&t| r.titles.iter().any(|&u| keys_open(doc, t, u) || keys_open(doc, u, t)));
        if agree {
            l.name
        } else {
            n
        }
    };
    // "bà Lưu Lê Bích Phượng, Bí thư phường Nguyễn Thái Bình cho rằng … Bí thư phường Nguyễn
    // Thái Bình cho biết": a name right after a local administrative noun ("phường", "xã" …:
    // [`LOCAL_ADMIN`]) that the text also writes after the same noun inside a post of someone
    // else is that locality (a ward named after a person), not a holder named after a title
    // ("Chủ tịch UBND xã Nguyễn Văn Hùng" is a holder: no other post ends on "xã Nguyễn Văn
    // Hùng").
    let locality = |r: &Record| {
        let n = r.name;
        n.0 > 0
            && LOCAL_ADMIN.contains(&doc.key(n.0 - 1))
            && recs.iter().any(|o| {
                o.name != n
                    && o.titles.iter().any(|&(s, e)| {
                        (s + 1..e).any(|k| {
                            k + (n.1 - n.0) <= e
                                && doc.key(k - 1) == doc.key(n.0 - 1)
                                && same_keys(doc, (k, k + (n.1 - n.0)), n)
                        })
                    })
            })
    };
    let places: Vec<bool> = recs.iter().map(locality).collect();
    let mut accs: Vec<Acc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (r, _) in recs.iter().zip(&places).filter(|(_, &p)| !p) {
        let name = full_name(r);
        let k = key_span(doc, name.0, name.1);
        let a = *index.entry(k).or_insert_with(|| {
            accs.push(Acc {
                name: doc.span_text(name.0, name.1).to_string(),
                titles: Vec::new(),
                title_keys: Vec::new(),
                mentions: Vec::new(),
                titled: false,
                private: false,
                given: doc.key(name.1 - 1).to_string(),
            });
            accs.len() - 1
        });
        let acc = &mut accs[a];
        // A name written in capitals (an interview heading's speaker, "NGUYỄN ĐỨC SÁU") is
        // shown as the text writes it in title case elsewhere.
        if !acc.name.chars().any(char::is_lowercase)
            && (name.0..name.1).all(|k| doc.shape(k) == Shape::Title)
        {
            acc.name = doc.span_text(name.0, name.1).to_string();
        }
        acc.mentions.push(doc.mention(r.name.0, r.name.1));
        for &(s, e) in &r.titles {
            // "tân Chi cục trưởng …" (newly appointed): the title is the position itself.
            let s = if e > s + 1 && doc.key(s) == "tân" && doc.shape(s) == Shape::Lower {
                s + 1
            } else {
                s
            };
            let e = without_term(doc, s, e);
            let t = doc.span_text(s, e);
            let tk = phrase_key(t);
            acc.titled = true;
            if !acc.title_keys.contains(&tk) {
                acc.title_keys.push(tk);
                acc.titles.push(t.to_string());
            }
        }
    }
    // "Huỳnh Quốc Trung (31 tuổi) - giám đốc Công ty TNHH Tư vấn và Xây dựng Tân Bình": a
    // person whose every post is in a private limited company is no official
    // (`GUIDELINES.md`: a position in a public body, state enterprise leadership), nor one
    // whose given name a short mention may name (below).
    for a in &mut accs {
        a.private = a.titled && a.title_keys.iter().all(|k| private_company(k));
    }
    // "Ông Tiến hiện giữ chức X": the post of the one official of that given name.
    // With no official of that name, the one person named in full with it ("bà Hoàng Thị
    // Thường (84 tuổi) … Bà Thường là trung tá, nguyên Trưởng ban …") takes the post.
    for (s, ts) in short_posts {
        let k = doc.key(s);
        let titled = accs.iter().any(|a| a.titled && !a.private && a.given == k);
        let mut hits =
            accs.iter_mut().filter(|a| !a.private && (a.titled || !titled) && a.given == k);
        if let (Some(a), None) = (hits.next(), hits.next()) {
            a.titled = true;
            for (ts, te) in ts {
                let t = doc.span_text(ts, without_term(doc, ts, te));
                let tk = phrase_key(t);
                if !a.title_keys.contains(&tk) {
                    a.title_keys.push(tk);
                    a.titles.push(t.to_string());
                }
            }
        }
    }
    // "ông Tuyến": given name of exactly one official.
    for s in shorts {
        let k = doc.key(s);
        let mut hits = accs.iter_mut().filter(|a| a.titled && !a.private && a.given == k);
        if let (Some(a), None) = (hits.next(), hits.next()) {
            a.mentions.push(doc.mention(s, s + 1));
        }
    }
    // (A person given only private posts by a short mention above is no official either.)
    // A foreign official is none either ([`foreign_official`]); a foreign post given to a
    // Vietnamese official is dropped.
    accs.into_iter()
        .filter(|a| a.titled && !a.title_keys.iter().all(|k| private_company(k)))
        .filter(|a| !foreign_official(&a.title_keys))
        .map(|mut a| {
            let keep: Vec<bool> = a.title_keys.iter().map(|k| !foreign_post(k)).collect();
            let mut flags = keep.iter();
            a.titles.retain(|_| *flags.next().unwrap_or(&true));
            a.mentions.sort_by_key(|m| m.start);
            Official { name: a.name, titles: a.titles, mentions: a.mentions }
        })
        .collect()
}

#[cfg(test)]
mod tests;
