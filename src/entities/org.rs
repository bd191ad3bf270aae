//! The organisation grammar (`docs/vietnamese.md` §4.3), shared by the unit extractor
//! ([`super::units`]), the titles of officials ([`super::officials`]) and the issuers of
//! documents ([`super::documents`]):
//! `Org = Body (Nested | Field | Connector | FreeName)* [Place]`:
//! a body from `lexicon/units.txt` or an abbreviation (`UBND`, `BTV`), then nested bodies
//! ("Ban Thường vụ" + "Thành ủy"), fields ("Tài chính", `LĐ-TB&XH`), lowercase connectors
//! ("khối các cơ quan"), a free-form proper name for open bodies ("Trung tâm Bảo trợ xã hội X")
//! and a locality ("TP Hà Nội", "huyện Sóc Sơn", `TP.HCM`).
//!
//! An issuer is `Modifier* Title [Org] [Name]` or `Org` ("Thủ tướng Chính phủ", "Thứ trưởng Hoàng Văn
//! Thắng", "UBND tỉnh Nghệ An"), or several joined by "và" or "-" (a joint circular); a title
//! alone ("Thủ tướng") only when no capitalised word follows it.
//!
//! [`canonical`] gives the key that links the written forms of one unit.

use std::sync::LazyLock;

use super::districts;
use super::lexicon::{openers, Abbrev, FastMap, Kind, Lex, Role, BIT_ABBREV, LEX};
use super::tokens::{is_honorific, key_span, span_is, Doc, Shape};

fn abbrev<'l>(doc: &Doc, i: usize) -> Option<&'l Abbrev> {
    if !doc.may_start(i, BIT_ABBREV)
        || !matches!(doc.shape(i), Shape::Upper | Shape::Other | Shape::Title)
    {
        return None;
    }
    LEX.abbrevs.get(doc.tok_text(i)).filter(|_| !investment_syllable(doc, i))
}

/// Whether `i` is the "TƯ" of "ĐẦU TƯ" (investment) in a name written in capitals ("BỘ KẾ
/// HOẠCH VÀ ĐẦU TƯ", "BAN GIÁM SÁT ĐẦU TƯ"): a syllable after "ĐẦU", not the abbreviation of
/// "Trung ương".
fn investment_syllable(doc: &Doc, i: usize) -> bool {
    i > 0 && doc.key(i) == "tư" && doc.key(i - 1) == "đầu"
}

/// A body starting at `i`: (end, kind). Needs a capital unless `lower_ok`.
fn body_at(doc: &Doc, i: usize, lower_ok: bool) -> Option<(usize, Kind)> {
    if let Some(a) = abbrev(doc, i) {
        if let Role::Body(k) = a.role {
            // A nested-only abbreviation may open a longer standalone body ("TƯ Đảng"), and
            // any other a longer name of the lexicon ("MTTQ VN", "UB TƯ MTTQ VN", "BV đa khoa").
            if k != Kind::NotUnit {
                if let Some((e, k2)) = LEX.bodies.at(doc, i).filter(|&(e, _)| e > i + 1) {
                    return Some((e, k2));
                }
            }
            return Some((i + 1, k));
        }
        return None;
    }
    if !lower_ok && !doc.is_cap(i) {
        return None;
    }
    // "Trung tâm Phục vụ hành chính công": the "vụ" of "phục vụ" (to serve) is no department.
    if i > 0 && doc.key(i) == "vụ" && doc.key(i - 1) == "phục" {
        return None;
    }
    LEX.bodies.at(doc, i)
}

/// The National Assembly or its Standing Committee at `i`, written out or as the press
/// shortens it ("Quốc hội", "QH", "Ủy ban Thường vụ Quốc hội", "UBTVQH"): its end. The parent a committee names after "của" ("Ủy ban Kinh tế của QH").
fn assembly_at(doc: &Doc, i: usize) -> Option<usize> {
    let (e, _) = body_at(doc, i, false)?;
    let full = |k: &str| matches!(k, "quốc hội" | "ủy ban thường vụ quốc hội");
    let short = e == i + 1 && abbrev(doc, i).is_some_and(|a| full(&a.expansion));
    (full(&key_span(doc, i, e)) || short).then_some(e)
}

/// "phòng GDĐT quận Cầu Giấy": a district's department in lowercase, named by its field's
/// abbreviation and its locality.
#[inline]
pub(crate) fn lower_district_department(doc: &Doc, i: usize) -> bool {
    doc.key(i) == "phòng"
        && doc.shape(i) == Shape::Lower
        && abbrev(doc, i + 1).is_some_and(|a| a.role == Role::Field)
        && place_at(doc, i + 2).is_some()
}

/// "Trưởng phòng Tham mưu Công an tỉnh Gia Lai", "Phó phòng Trồng trọt", "thuộc phòng
/// Cảnh sát hình sự, Công an TPHCM", "phòng PC45 Công an tỉnh Lâm Đồng": a department whose
/// "phòng" is written in lowercase, read as when capitalised. After a title's "trưởng" or "phó"
/// (the head's last words, "Trưởng phòng", "Phó phòng") before a capitalised name that opens
/// no person's name, stop word or next sentence; anywhere before a police force's field,
/// "Cảnh sát …" capitalised or its abbreviation ("CSHS", "CSGT", "PC45", "PA71"). Not a room
/// ("phòng Bầu Dục", "phòng VIP"), which no title heads, nor every such department ("các
/// phòng CSGT").
#[inline]
pub(crate) fn lower_department(doc: &Doc, i: usize) -> bool {
    let k = i + 1;
    if doc.key(i) != "phòng"
        || doc.shape(i) != Shape::Lower
        || !doc.adjacent(k)
        || (i > 0 && is_plural(doc.key(i - 1)))
    {
        return false;
    }
    let t = doc.tok_text(k);
    // ("PC45" has digits: its shape is `Other`)
    let police_abbrev = (doc.shape(k) == Shape::Upper && t.starts_with("CS"))
        || (doc.shape(k) == Shape::Other && {
            let c: Vec<char> = t.chars().collect();
            c.len() >= 3
                && c[0] == 'P'
                && c[1].is_ascii_uppercase()
                && c[2..].iter().all(|c| c.is_ascii_digit())
        });
    let police = police_abbrev || (doc.is_cap(k) && span_is(doc, k, "cảnh sát"));
    let after_head = i > 0
        && matches!(doc.key(i - 1), "trưởng" | "phó")
        && doc.shape(k) == Shape::Title
        && !stopword(doc, k)
        && !openers::AFTER_LOWER_BODY.contains(doc.key(k))
        && !starts_name(doc, k);
    police || after_head
}

/// "công an quận Ninh Kiều", "bệnh viện đa khoa Cái Nước", "cơ quan Cảnh sát điều tra Công an
/// tỉnh Bắc Ninh": a police force, a hospital or an investigation agency written with its head
/// in lowercase before its name, read as when capitalised. The force needs its locality with
/// the administrative noun and a name; the hospital a capitalised name, after "đa khoa" or a
/// locality's noun if written; the agency its capitalised kind. So is the government of
/// Vietnam, "chính phủ Việt Nam" (a foreign one in lowercase is left: the gold is divided on
/// foreign bodies); so is a one-member company with its form ("công ty TNHH MTV Nam Triệu").
/// Not after a word that makes it every such body ("các bệnh viện Hà Nội",
/// "nhiều công an xã").
#[inline]
pub(crate) fn lower_named_body(doc: &Doc, i: usize) -> bool {
    if doc.shape(i) != Shape::Lower
        || doc.shape(i + 1) != Shape::Lower
        || (i > 0 && is_plural(doc.key(i - 1)))
    {
        return false;
    }
    // A locality with its noun (lowercase or abbreviated) and a name after it.
    let named_place = |k: usize| {
        let noun_end = match abbrev(doc, k) {
            Some(a) if a.role == Role::Admin => Some(k + 1),
            Some(_) => None,
            None if doc.shape(k) == Shape::Lower => LEX.admin.at(doc, k).map(|(e, _)| e),
            None => None,
        };
        noun_end.is_some_and(|n| {
            place_at(doc, k).is_some_and(|e| e > n + usize::from(doc.is_punct(n, '.')))
        })
    };
    match (doc.key(i), doc.key(i + 1)) {
        ("công", "an") => named_place(i + 2),
        ("bệnh", "viện") => {
            let mut k = i + 2;
            if doc.shape(k) == Shape::Lower
                && matches!((doc.key(k), doc.key(k + 1)), ("đa", "khoa"))
            {
                k += 2;
            }
            // (no word that opens the next sentence, its full stop lost: "tại bệnh viện Ngày
            // 18.5, …", "bệnh viện Chiều 2.7", "bệnh viện Sau nhiều ngày")
            (doc.shape(k) == Shape::Title
                && doc.adjacent(k)
                && LEX.stopwords.at(doc, k).is_none()
                && !openers::AFTER_LOWER_BODY.contains(doc.key(k)))
                || named_place(k)
        }
        // "kiện chính phủ Việt Nam": the national government (not "Ủy ban liên chính phủ Việt
        // Nam - Belarus", an intergovernmental committee).
        ("chính", "phủ") => {
            (i == 0 || doc.key(i - 1) != "liên")
                && doc.is_cap(i + 2)
                && (span_is(doc, i + 2, "việt nam") || doc.key(i + 2) == "vn")
        }
        // "yêu cầu công ty TNHH MTV Nam Triệu sửa chữa", "công ty TNHH Một thành viên Công viên
        // cây xanh Hà Nội": a one-member company (the state's form) written with its form, then its
        // capitalised name.
        ("công", "ty") => {
            let name = if span_is(doc, i + 2, "tnhh mtv") {
                i + 4
            } else if span_is(doc, i + 2, "tnhh một thành viên") {
                i + 6
            } else {
                return false;
            };
            // (not several: "hai công ty TNHH MTV Nam Triệu và Đại Nguyên Dương")
            let several = i > 0
                && (doc.key(i - 1).starts_with(|c: char| c.is_ascii_digit())
                    || matches!(doc.key(i - 1), "hai" | "ba" | "bốn" | "năm" | "mấy" | "vài"));
            doc.is_cap(i + 2) && doc.is_cap(name) && !several
        }
        ("cơ", "quan") => {
            doc.is_cap(i + 2)
                && (matches!(doc.key(i + 2), "csđt" | "anđt")
                    || span_is(doc, i + 2, "cảnh sát điều tra")
                    || span_is(doc, i + 2, "an ninh điều tra"))
        }
        _ => false,
    }
}

/// A one-token body abbreviation at `i` ("UBND", "BTV").
pub(crate) fn abbrev_body(doc: &Doc, i: usize) -> Option<Kind> {
    match abbrev(doc, i)?.role {
        Role::Body(k) => Some(k),
        _ => None,
    }
}

fn field_at(doc: &Doc, i: usize) -> Option<usize> {
    let e = role_or_phrase(doc, i, Role::Field, &LEX.fields);
    investigation_remit(doc, i).map_or(e, |r| Some(e.map_or(r, |e| e.max(r))))
}

/// The crimes an investigation police team or department is named by, after "về" (keys;
/// longer ones first).
const CRIMES: &[&str] = &[
    "trật tự quản lý kinh tế và chức vụ",
    "trật tự quản lý kinh tế",
    "trật tự kinh tế",
    "trật tự xã hội",
    "ttxh",
    "kinh tế",
    "tham nhũng",
    "chức vụ",
    "ma túy",
    "môi trường",
];

/// End of an investigation police's field named by its crimes with the field shortened, at
/// `i`: "CSĐT tội phạm về ma túy", "CSĐT TP về ma túy", "CSĐT về kinh tế và ma túy", "Cảnh sát
/// ĐTTP về ma túy", "ĐTTP về TTXH", "Cảnh sát điều tra tội phạm về TTXH" ("Đội CSĐT tội phạm
/// về trật tự quản lý kinh tế và chức vụ Công an H.Bình Chánh"). One crime at least, more
/// joined by "và" or a comma ("về kinh tế, ma túy"); the full field in words with a crime of
/// the lexicon ("Cảnh sát điều tra tội phạm về ma túy") is read by the lexicon too.
fn investigation_remit(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.is_cap(i) {
        return None;
    }
    let (mut k, named_crime) = match doc.key(i) {
        "csđt" => (i + 1, false),
        "đttp" => (i + 1, true),
        "cảnh" if span_is(doc, i, "cảnh sát đttp") => (i + 3, true),
        "cảnh" if span_is(doc, i, "cảnh sát điều tra") => (i + 4, false),
        _ => return None,
    };
    if !named_crime {
        if span_is(doc, k, "tội phạm") {
            k += 2;
        } else if doc.tok_text(k) == "TP" {
            k += 1;
        }
    }
    if doc.key(k) != "về" || doc.is_cap(k) {
        return None;
    }
    k += 1;
    let crime =
        |k: usize| CRIMES.iter().find(|c| span_is(doc, k, c)).map(|c| k + c.split(' ').count());
    let mut end = crime(k)?;
    while doc.key(end) == "và" || doc.is_punct(end, ',') {
        match crime(end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// A one-token abbreviation of `role` (or a phrase of `lex` that opens with it, "CSGT đường bộ
/// - đường sắt"), or else a capitalised phrase of `lex`, at `i`.
fn role_or_phrase(doc: &Doc, i: usize, role: Role, lex: &Lex<()>) -> Option<usize> {
    if let Some(a) = abbrev(doc, i) {
        if a.role != role {
            return None;
        }
        return Some(lex.at(doc, i).map_or(i + 1, |(e, _)| e.max(i + 1)));
    }
    if !doc.is_cap(i) {
        return None;
    }
    lex.at(doc, i).map(|(e, _)| e)
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
    // "Viện Hải dương học Nha Trang": a place's name is written with each word capitalised
    // ("Hải Dương"); a lowercase word after its first one is another word's syllable, unless
    // the lexicon writes the name so ("Thủ đô Hà Nội", "Liên hợp quốc").
    let e = role_or_phrase(doc, i, Role::Place, &LEX.places).filter(|&e| {
        (i + 1..e).all(|k| !matches!(doc.shape(k), Shape::Lower))
            || LEX.places_lower_inside.contains(&key_span(doc, i, e))
    })?;
    // ("tỉnh Thái Bình Dương Văn Minh": no Pacific when a capitalised run goes on past it and
    // a person's full name, three or four words, opens inside it; the province, then the
    // Vietnamese name. "Thái Bình Dương Mỹ", a place after it, "Thái Bình Dương Quân đội", two
    // words, and "Thái Bình Dương Robert Shuford", foreign words, stay the Pacific.)
    if e > i + 1 && doc.shape(e) == Shape::Title && doc.adjacent(e) {
        if let Some((s, _)) = LEX.places.shorter(doc, i, e) {
            // ("Thái Bình Dương Robert Shuford": a foreign name after the Pacific)
            let r = title_run(doc, s);
            let full_name =
                r >= 3 && starts_name(doc, s) && !(s..s + r).any(|k| foreign_word(doc.tok_text(k)));
            if full_name && known_place_at(doc, e).is_none() {
                return Some(s);
            }
        }
    }
    Some(e)
}

/// Whether a person's name (surname + 1–3 syllables, the whole title-case run) starts at `i`.
pub(crate) fn starts_name(doc: &Doc, i: usize) -> bool {
    let r = title_run(doc, i);
    (2..=4).contains(&r)
        && doc.is_surname(i)
        && known_place_at(doc, i).is_none()
        // ("Trường Đại học Y Hà Nội", "ĐH Y Thái Bình": "Y", medicine, before a place's name
        // that ends the run is a medical school's field, not the Ê Đê men's "Y" of a name, "Y
        // Bé Ksor")
        && !(doc.key(i) == "y" && known_place_at(doc, i + 1) == Some(i + r))
        && !LEX.historical.contains(&key_span(doc, i, i + r))
}

/// A locality starting at `i`: "TP Hà Nội", "huyện Sóc Sơn", "tỉnh", "Quận 1", `TP.HCM`.
pub(crate) fn place_at(doc: &Doc, i: usize) -> Option<usize> {
    place_name_at(doc, i).map(|e| lettered(doc, i, e))
}

/// "phường Bình Trị Đông B", "xã Vĩnh Lộc A", "P.Phước Long B": after a ward's or a commune's
/// name ending at `e`, a capital letter "A" to "D" set after it by one space (one of the
/// localities split from one and named apart by letter) is the name's, where no capitalised
/// word follows it ("xã Hồng A Lưới" is no lettered commune). Returns the locality's end.
fn lettered(doc: &Doc, i: usize, e: usize) -> usize {
    let ward = matches!(doc.key(i), "phường" | "xã") || matches!(doc.tok_text(i), "P" | "X");
    let letter = matches!(doc.tok_text(e), "A" | "B" | "C" | "D");
    let named = e > i + 1 && doc.shape(e - 1) == Shape::Title;
    if ward && letter && named && doc.adjacent(e) && doc.shape(e + 1) != Shape::Title {
        e + 1
    } else {
        e
    }
}

/// [`place_at`]'s locality before a lettered ward's letter ([`lettered`]).
fn place_name_at(doc: &Doc, i: usize) -> Option<usize> {
    if let Some(e) = known_place_at(doc, i) {
        return Some(e);
    }
    if let Some(e) = short_district(doc, i) {
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
        // "TP. Cam Ranh", "TX. Sông Cầu": a known city or town of the abbreviation's type.
        if let Some(e) = districts::spaced_abbrev(doc, i, j + 1) {
            return Some(e);
        }
        // "TX.Sông Cầu", "TP.Vĩnh Yên": a town's or a city's name the lexicon does not know,
        // glued to the dot, is read as after the bare abbreviation ("TX Sông Cầu"); a spaced
        // dot may end a sentence ("UBND TP. Ảnh: …") and stays the bare noun.
        if !(doc.glued(j) && doc.glued(j + 1) && doc.shape(j + 1) == Shape::Title) {
            return Some(j);
        }
        j += 1;
    }
    // "huyện Trần Văn Thời", "thị xã Buôn Hồ": a known district-level name of the noun's type.
    if let Some(e) = districts::after_noun(doc, i, j).filter(|_| known_place_at(doc, j).is_none()) {
        return Some(e);
    }
    if let Some(e) = known_place_at(doc, j) {
        // "phường Mỹ An", "xã Nhật Tân": a two-word name after the noun whose first word is a
        // known place of its own ("Mỹ", "Nhật") is the whole name.
        if e == j + 1 && title_run(doc, j) == 2 {
            return Some(j + 2);
        }
        return Some(e);
    }
    if doc.shape(j) == Shape::Other && doc.key(j).chars().all(|c| c.is_ascii_digit()) {
        return Some(j + 1);
    }
    // "Công đoàn TP Ảnh: Hồng Đào": a photo credit's "Ảnh:" after the noun is no name of it,
    // nor is another sentence opener ("Trạm Y tế phường Được khởi công …").
    let r = name_run(doc, j);
    if r == 0 {
        return Some(j);
    }
    if r <= 2 {
        j += if r == 2 || !starts_name(doc, j) { r } else { 0 };
        return Some(j);
    }
    // "tỉnh Mai Văn Huỳnh": provinces are all in the lexicon, and a three-word run starting
    // with a common family name is a person, so the locality is the bare noun.
    if doc.key(i) == "tỉnh" || doc.is_common_surname(j) {
        return Some(j);
    }
    // "Thành ủy TP Tất Văn Cang", "TP Lò Văn Hải": a run of three from a family name whose
    // second word is a middle name ("Văn", "Thị"), is a person after the bare noun.
    if r == 3 && doc.is_surname(j) && matches!(doc.key(j + 1), "văn" | "thị") {
        return Some(j);
    }
    for k in [2, 1, 3] {
        // A three-word run is a three-word place ("Nam Từ Liêm") unless a common family
        // name starts a two-word name after its first word.
        let common = r != 3 || doc.is_common_surname(j + k);
        if k < r && (2..=4).contains(&(r - k)) && doc.is_surname(j + k) && common {
            return Some(j + k);
        }
    }
    Some(j + r.min(3))
}

/// "UBND Q.1", "Công an P.Tân Định", "UBND P.5": a district's or a ward's noun shortened by
/// the press to its capital, glued by a dot to the name or number that follows (`Q.1` is one
/// token, `P` `.` `Tân` three); so a commune's, "X.Điền Hải", and a township's, "TT.Minh Đức",
/// glued to a name only. Returns the locality's end.
fn short_district(doc: &Doc, i: usize) -> Option<usize> {
    let t = doc.tok_text(i);
    let rest = t.strip_prefix("Q.").or_else(|| t.strip_prefix("P."));
    if let Some(rest) = rest.filter(|r| !r.is_empty()) {
        return rest.bytes().all(|b| b.is_ascii_digit()).then_some(i + 1);
    }
    // ("H.Ngọc Hồi", "H. Chư Păh", "Q. Ngũ Hành Sơn": a district also by "H.", the name glued
    // to the dot or, after "Q." and "H.", a space after it; not "P. Huntington", an initial)
    let spaced = |k: usize| doc.adjacent(k) && t.starts_with(['Q', 'H']);
    let (name, spaced_name) = if matches!(t, "Q." | "H.") && spaced(i + 1) {
        (i + 1, true)
    } else if matches!(t, "Q" | "P" | "H" | "X" | "TT")
        // ("TT.Huế" is the province Thừa Thiên Huế, no township)
        && !(t == "TT" && doc.key(i + 2) == "huế")
        && doc.is_punct(i + 1, '.')
        && doc.glued(i + 1)
        && (doc.glued(i + 2) || spaced(i + 2))
    {
        (i + 2, !doc.glued(i + 2))
    } else {
        return None;
    };
    // (a name of one to three capitalised syllables, no person's: "P.Tân Định", "Q.Bình Thạnh";
    // glued to the dot, as "H.Trần Văn Thời", "Q.Ninh Kiều", a district even if named like a
    // person: an initial is spaced, "P. Huntington")
    let r = title_run(doc, name);
    let run =
        ((1..=3).contains(&r) && (!spaced_name || !starts_name(doc, name))).then_some(name + r);
    // ("H.Đức Trọng", "H.Mỹ Đức": a known place's name, unless the run is longer)
    match known_place_at(doc, name) {
        Some(e) if run.is_none_or(|re| re <= e) => Some(e),
        // ("Bệnh viện H. Lee Moffitt": after a spaced dot, a foreign-looking word is a
        // name's initial and its name, no district's)
        _ if spaced_name && (name..name + r).any(|k| foreign_word(doc.tok_text(k))) => None,
        _ => run,
    }
}

/// Whether the capitalised word `w` is no Vietnamese syllable nor a highland one ("Krông",
/// "Búk"): a letter Vietnamese does not use (f, j, w, z), a doubled letter other than "oo"
/// ("Lee", "Ross", "Moffitt"), more than seven letters, or a last letter no syllable ends with
/// (b, d, l, r, s, v, x).
fn foreign_word(w: &str) -> bool {
    let mut prev = ' ';
    let mut letters = 0;
    for c in w.chars() {
        let c = c.to_ascii_lowercase();
        if matches!(c, 'f' | 'j' | 'w' | 'z') || (c == prev && c.is_ascii_alphabetic() && c != 'o')
        {
            return true;
        }
        letters += usize::from(c.is_alphabetic());
        prev = c;
    }
    letters > 7 || matches!(prev, 'b' | 'd' | 'l' | 'r' | 's' | 'v' | 'x')
}

/// Two-word qualifiers a name goes on with in lowercase after a foreign word (see
/// [`foreign_name_ends`]): its scope, its level, a bank's branch.
const NAME_QUALIFIERS: &[(&str, &str)] =
    &[("quốc", "tế"), ("quốc", "gia"), ("trung", "ương"), ("chi", "nhánh"), ("khu", "vực")];

/// Whether a name ends at the capitalised word at `k` before a lowercase word: the word, in
/// Latin letters only, is one letter other than "Y" ("Bệnh viện E", "Bệnh viện K"; "Y" is the
/// field "y", "Bộ Y tế") or a foreign word ([`foreign_word`], or two vowel groups, which no
/// Vietnamese syllable has: "Hanyang", "London", "Utah"), and the lowercase word after it is no
/// field nor administrative noun the lexicons know ("… Agribank tỉnh Nghệ An" goes on), no
/// [`NAME_QUALIFIERS`] ("Ủy ban Olympic quốc tế", "Bệnh viện K trung ương", "Ngân hàng
/// Vietcombank chi nhánh …", read with the name) and no "số" before a number ("Bệnh viện
/// Xiangya số 3"). Returns where the name ends: after the word, or after its qualifier.
fn foreign_name_ends(doc: &Doc, k: usize) -> Option<usize> {
    let w = doc.tok_text(k);
    if doc.shape(k + 1) != Shape::Lower
        || !w.bytes().all(|b| b.is_ascii_alphabetic())
        || (doc.key(k + 1) == "số" && doc.is_number(k + 2))
        || LEX.fields.at(doc, k + 1).is_some()
        || LEX.admin.at(doc, k + 1).is_some()
    {
        return None;
    }
    let end =
        if NAME_QUALIFIERS.contains(&(doc.key(k + 1), doc.key(k + 2))) { k + 3 } else { k + 1 };
    if w.len() == 1 {
        return (w != "Y").then_some(end);
    }
    let mut groups = 0;
    let mut prev_vowel = false;
    for b in w.bytes() {
        let vowel = matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        groups += usize::from(vowel && !prev_vowel);
        prev_vowel = vowel;
    }
    (groups > 1 || foreign_word(w)).then_some(end)
}

/// Whether a capitalised connective that opens a sentence starts at `k` ("Trước đó", "Sau
/// khi", "Ngoài ra", "Tuy nhiên", "Hiện nay", "Trong khi"): no word of a name, the next
/// sentence glued on (a caption without its full stop).
fn connective(doc: &Doc, k: usize) -> bool {
    doc.shape(k) == Shape::Title
        && doc.shape(k + 1) == Shape::Lower
        && matches!(
            (doc.key(k), doc.key(k + 1)),
            ("trước", "đó" | "khi")
                | ("sau", "đó" | "khi")
                | ("ngoài", "ra")
                | ("tuy", "nhiên")
                | ("hiện", "nay" | "tại")
                | ("trong", "khi" | "đó" | "năm")
        )
}

/// Whether a capitalised word that opens a sentence and is no word of a name starts at `k`:
/// "Tại", "Khi", "Vào", "Với", "Nếu", "Được", "Còn", "Cũng", "Để", "Theo" (not "Theo dõi"), a
/// time of day, "Ngày" or a legal text's "Điều" before a number ("Sáng 30/6", "Ngày 8/2",
/// "Điều 10"), "Ảnh" before a colon (a photo credit): the next sentence glued on (a caption
/// without its full stop: "Vụ TCNH Theo Quyết định …", "Tổng cục Thủy sản Tại cuộc họp …",
/// "Bệnh viện Bạch Mai Ảnh: …"; a heading run into its first article: "BAN GIÁM SÁT ĐẦU TƯ CỦA
/// CỘNG ĐỒNG Điều 10. …").
fn sentence_opener(doc: &Doc, k: usize) -> bool {
    if doc.shape(k) != Shape::Title {
        return false;
    }
    match doc.key(k) {
        "tại" | "khi" | "vào" | "với" | "nếu" | "được" | "còn" | "cũng" | "để" => {
            true
        }
        "theo" => doc.key(k + 1) != "dõi",
        "ngày" | "sáng" | "trưa" | "chiều" | "tối" | "đêm" | "điều" => {
            doc.key(k + 1).bytes().next().is_some_and(|b| b.is_ascii_digit())
        }
        "ảnh" => doc.is_punct(k + 1, ':'),
        _ => false,
    }
}

/// [`title_run`] at `j` cut before the first sentence opener in it ([`sentence_opener`]): the
/// capitalised words of a name, without a caption's next sentence glued on ("Bệnh viện Bạch
/// Mai Ảnh: …", "Trạm Y tế phường Được khởi công …").
fn name_run(doc: &Doc, j: usize) -> usize {
    let r = title_run(doc, j);
    (0..r).find(|&m| sentence_opener(doc, j + m)).unwrap_or(r)
}

/// A word of the stop list at `i`, one that ends a unit's free-form name; not "mới" right
/// after "đổi" ("đổi mới", renewal: "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp", "Ban Đổi
/// mới DN"), where it is no adverb ("new", "just").
fn stopword(doc: &Doc, i: usize) -> bool {
    LEX.stopwords.at(doc, i).is_some() && !(i > 0 && doc.key(i) == "mới" && doc.key(i - 1) == "đổi")
}

/// Number of lowercase words from `j`, at most `max`, that are no stop words and for which
/// `extra_stop` is false: the run of lowercase words a name in sentence case reads.
pub(crate) fn lower_words(
    doc: &Doc,
    j: usize,
    max: usize,
    extra_stop: impl Fn(usize) -> bool,
) -> usize {
    (j..(j + max).min(doc.len()))
        .take_while(|&k| doc.shape(k) == Shape::Lower && !stopword(doc, k) && !extra_stop(k))
        .count()
}

/// Free-form proper name after an open or generic body: capitalised words, the lowercase
/// syllable right after each, and up to `bridge` other lowercase words between capitalised
/// ones. Stops at punctuation, stop words, bodies, places and person names. With `tail`, a
/// name in sentence case may also run on with up to [`LOWER_TAIL`] lowercase words that reach a
/// hard end.
fn free_name(doc: &Doc, j: usize, bridge: usize, tail: bool) -> Option<usize> {
    if !doc.is_cap(j) || starts_name(doc, j) {
        return None;
    }
    // "… của Bộ Tài chính Xét đề nghị của …": a legal text's preamble line opening ("Xét đề
    // nghị", "Căn cứ", "Theo đề nghị") glued after a name is none of it.
    let opener = |a: &str, b: &str| doc.key(j) == a && doc.key(j + 1) == b;
    if opener("xét", "đề") || opener("căn", "cứ") || opener("theo", "đề") {
        return None;
    }
    // "Ảnh ĐH Theo TS Phạm Mạnh Hà": a capitalised "Theo" (according to) opens the next
    // sentence, no name ("Trung tâm Theo dõi …" aside).
    if (doc.key(j) == "theo" && doc.key(j + 1) != "dõi")
        || sentence_opener(doc, j)
        || connective(doc, j)
    {
        return None;
    }
    let mut end = j;
    let mut k = j;
    // A lowercase syllable joins the capitalised word right before it when that word starts
    // a capitalised run ("Bảo trợ", "Y tế"), not after a multi-word proper name ("Bát Tràng").
    let mut prev_cap = false;
    let mut cap_run = 0;
    let mut lower_run = 0;
    // The last capitalised run had two words or more ("Đất Lành"): a proper name, after which
    // lowercase words are the sentence's, not the name's.
    let mut multi_cap = false;
    // A capitalised word came after lowercase words of the name: it is not in sentence case
    // (a glued headline, "Công ty Du lịch X Không phải đóng cửa Chuyên gia …"), so `tail` no
    // longer applies.
    let mut recap = false;
    let n = doc.len();
    while k < n {
        // The name so far is in sentence case, where `tail` applies.
        let sentence = tail && !recap && !multi_cap;
        match doc.shape(k) {
            Shape::Title | Shape::Upper | Shape::Other => {
                // "Viện Vệ sinh dịch tễ Trung ương", "Hội đồng Thi đua khen thưởng T.Ư": the
                // national level closes a name in sentence case run on in lowercase.
                if let Some(e) = national_close(doc, k, lower_run, sentence) {
                    end = e;
                    break;
                }
                let digits = doc.key(k).bytes().any(|b| b.is_ascii_digit());
                if k > j && digits && lower_run > 0 {
                    break;
                }
                // "phòng PA71 50 triệu đồng": a bare number right after a code that already
                // holds digits is an amount, none of the name.
                if k > j
                    && doc.key(k).bytes().all(|b| b.is_ascii_digit())
                    && doc.key(k - 1).bytes().any(|b| b.is_ascii_digit())
                {
                    break;
                }
                // "Ủy ban Bảo vệ Chăm sóc trẻ em VN Phát biểu chỉ đạo …": a capitalised verb
                // phrase of the stop list (two words or more) opens the next sentence (a
                // caption glued to it).
                if k > j && LEX.stopwords.at(doc, k).is_some_and(|(e, _)| e > k + 1) {
                    break;
                }
                // "cấp cứu tại Bệnh viện Việt Tiệp Theo thông tin ban đầu": a capitalised
                // "Theo" before a lowercase word opens the next sentence (its full stop lost).
                // "Vụ TCNH Theo Quyết định …", "Tổng cục Thủy sản Tại cuộc họp": so does any
                // other sentence opener (`sentence_opener`).
                if k > j
                    && ((doc.key(k) == "theo" && doc.shape(k + 1) == Shape::Lower)
                        || sentence_opener(doc, k))
                {
                    break;
                }
                // "Văn bản giả mạo Cục Quảng lý Công sản Trước đó, ngày 23-5-2017 …": so does a
                // capitalised connective ("Trước đó", "Sau khi", "Ngoài ra", "Tuy nhiên").
                if k > j && connective(doc, k) {
                    break;
                }
                // ("Trung tâm Kiểm định chất lượng giáo dục ĐH Quốc gia Hà Nội", "Vụ Giáo dục
                // ĐH": "ĐH" inside a name is its word, "higher education", as before it read
                // a university)
                if k > j
                    && ((body_at(doc, k, false).is_some() && doc.tok_text(k) != "ĐH")
                        || starts_name(doc, k)
                        || known_place_at(doc, k).is_some()
                        || place_at(doc, k).is_some())
                {
                    // "Ngân hàng Chính sách xã hội Việt Nam": lowercase words bridged up to a
                    // place belong to the name (the place follows as its qualifier); so do
                    // those up to a parent body ("Trung tâm Dự báo khí tượng thủy văn T.Ư",
                    // "Phòng Cảnh sát giao thông Công an tỉnh") or up to the holder's name
                    // ("Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc").
                    // (a parent named by a standalone body or an abbreviation: not "Cục Hàng
                    // hải kiểm tra Công ty …", a verb's object)
                    let parent = starts_name(doc, k)
                        || doc.shape(k) == Shape::Upper
                        || body_at(doc, k, false).is_some_and(|(_, b)| b == Kind::Standalone);
                    if lower_run > 0
                        && !multi_cap
                        && (place_at(doc, k).is_some() || (tail && !recap && parent))
                    {
                        end = k;
                    }
                    break;
                }
                // (past `bridge` lowercase words, a capitalised word is the sentence's)
                if lower_run > bridge {
                    break;
                }
                end = k + 1;
                if doc.shape(k) == Shape::Title {
                    cap_run += 1;
                } else {
                    cap_run = 0;
                }
                // "Trường ĐH Hanyang thậm chí …", "Bệnh viện E tiếp nhận …", "Cảnh sát London
                // nói": a lone foreign word or letter is a whole name, as a multi-word one is;
                // the lowercase words after it are the sentence's.
                let foreign_end = if cap_run == 1 { foreign_name_ends(doc, k) } else { None };
                multi_cap = cap_run >= 2 || foreign_end.is_some();
                prev_cap = cap_run == 1 && !multi_cap;
                recap |= lower_run > 0;
                lower_run = 0;
                // ("Ủy ban Olympic quốc tế": its qualifier read with it, the name's last words;
                // "Ngân hàng Agribank chi nhánh Cam Đường", "… khu vực châu Á": a branch's or a
                // region's name goes on after it)
                if let Some(e) = foreign_end.filter(|&e| e > k + 1) {
                    end = e;
                    if !matches!(doc.key(k + 1), "chi" | "khu") {
                        break;
                    }
                    k = e;
                    continue;
                }
            }
            Shape::Lower => {
                // "Cục Ứng dụng và phát triển công nghệ (Bộ …)": "và" between lowercase words
                // of a name in sentence case (kept only if the name reaches a hard end).
                let joins = sentence
                    && doc.key(k) == "và"
                    && doc.shape(k + 1) == Shape::Lower
                    && !stopword(doc, k + 1);
                // "Viện Sức khỏe nghề nghiệp và Môi trường": a name in sentence case run on in
                // lowercase goes on with a capitalised second half after "và".
                if doc.key(k) == "và" && lower_run > 0 && sentence {
                    if let Some(e) = second_half(doc, k + 1) {
                        end = e;
                        break;
                    }
                }
                // ("Nhà hát Tuổi trẻ thay ông …": an honorific opens a person's mention)
                if (stopword(doc, k) && !joins) || is_honorific(doc, k) {
                    break;
                }
                // "Viện Quy hoạch Đô thị và Nông thôn Quốc gia": the lowercase syllable right
                // after a lone capitalised word belongs to it, even an administrative noun
                // ("thôn"); so does a road's class ("đường tỉnh 295B"), while "nông thôn" ends a
                // name here ("Chương trình MTQG xây dựng nông thôn mới tỉnh …").
                if place_at(doc, k).is_some()
                    && !(prev_cap && LEX.admin.at(doc, k).is_some())
                    && !road_class(doc, k)
                {
                    // "Trung tâm Phục vụ hành chính công tỉnh Sơn La"
                    if lower_run > 0 && !multi_cap {
                        end = k;
                    }
                    break;
                }
                // ("Trung tâm Khí tượng thủy văn quốc gia", in lowercase too)
                if let Some(e) = national_close(doc, k, lower_run, sentence) {
                    end = e;
                    break;
                }
                cap_run = 0;
                // "Ban Kiểm soát Sacombank nhiệm kỳ 2017-2021", "HĐQT Sacombank đương nhiệm",
                // "Công ty Vinaconex bổ nhiệm ông …": a term of office or an appointment is no
                // syllable of the name.
                if prev_cap && term_or_appointment(doc, k) {
                    break;
                }
                if prev_cap {
                    end = k + 1;
                    prev_cap = false;
                } else {
                    lower_run += 1;
                    // (a name in sentence case may run on longer in lowercase up to a hard
                    // end: see `LOWER_TAIL`)
                    if lower_run > if tail && !recap { bridge.max(LOWER_TAIL) } else { bridge } {
                        break;
                    }
                }
            }
            // "Cục Chống tham nhũng (Thanh tra Chính phủ)": a name in sentence case (one
            // capitalised word and its syllable) runs on with a word or two in lowercase up to
            // a comma or a parenthesis (not "Cục Hàng hải kiểm tra tàu.": a verb's clause).
            // After a title's head ("Trưởng phòng Bảo vệ chính trị nội bộ, Ban Tổ chức …"), a
            // department's name in sentence case runs on with up to four such words when its
            // parent body follows (not "phòng Giáo dục gây tai nạn, …": a verb's clause).
            Shape::Punct
                if tail
                    && !recap
                    && !multi_cap
                    && (doc.is_punct(k, ',') || doc.is_punct(k, '(') || doc.is_punct(k, ')'))
                    && ((1..=2).contains(&lower_run)
                        || ((3..=4).contains(&lower_run)
                            && head_department(doc, j)
                            && !doc.is_punct(k, ')')
                            && (doc.key(k + 1) == "thuộc"
                                || body_at(doc, k + 1, false).is_some()))) =>
            {
                end = k;
                break;
            }
            // "Cục Ứng dụng và phát triển công nghệ (Bộ Khoa học và Công nghệ)": longer up to
            // its parent body in parentheses.
            Shape::Punct
                if tail
                    && !recap
                    && lower_run > 0
                    && !multi_cap
                    && doc.is_punct(k, '(')
                    && body_at(doc, k + 1, false).is_some() =>
            {
                end = k;
                break;
            }
            // "BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ": a comma inside a name
            // written in capitals (a header line) does not end it.
            Shape::Punct
                if k > j
                    && doc.is_punct(k, ',')
                    && doc.shape(k - 1) == Shape::Upper
                    && doc.shape(k + 1) == Shape::Upper
                    && doc.shape(j) == Shape::Upper => {}
            // "Cục Điều tiết điện lực, Bộ Công Thương", "Cục Di sản văn hóa (Bộ VHTTDL)",
            // "Phòng Cảnh sát kinh tế - Công an thành phố Hà Nội": a name in sentence case runs
            // on in lowercase up to its parent body.
            Shape::Punct
                if (1..=2).contains(&lower_run)
                    && !multi_cap
                    && (doc.is_punct(k, ',') || doc.is_punct(k, '(') || doc.is_dash(k))
                    && body_at(doc, k + 1, false).is_some() =>
            {
                end = k;
                break;
            }
            _ => break,
        }
        k += 1;
    }
    (end > j).then_some(end)
}

/// Where the second half of a name in sentence case ends, after its "và", the half opening at
/// `h`: a capitalised word and its lowercase syllable, then up to four lowercase words that
/// reach a hard end (punctuation, a stop word, a place, a body: "Viện Sức khỏe nghề nghiệp và
/// Môi trường cũng …", "Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động cho
/// biết"); not a body, a place, a person or a title ("Phòng Cảnh sát hình sự và Công an
/// huyện", "… liên quân và Đại tướng …").
fn second_half(doc: &Doc, h: usize) -> Option<usize> {
    if doc.shape(h) != Shape::Title
        || doc.shape(h + 1) != Shape::Lower
        || stopword(doc, h)
        || stopword(doc, h + 1)
        || starts_name(doc, h)
        || connective(doc, h)
        || body_at(doc, h, false).is_some()
        || known_place_at(doc, h).is_some()
        || place_at(doc, h).is_some()
        || title_head_at(doc, h).is_some()
    {
        return None;
    }
    let place = |k: usize| place_at(doc, k).is_some();
    let e = h + 2 + lower_words(doc, h + 2, 4, place);
    let hard = matches!(doc.shape(e), Shape::Punct | Shape::Break)
        || stopword(doc, e)
        || place(e)
        || body_at(doc, e, false).is_some();
    hard.then_some(e)
}

/// Where a name in sentence case (`sentence`: one capitalised word and its syllable, then
/// lowercase words) closes with its national level at `k`, after `lower_run` lowercase words:
/// "Trung ương", "T.Ư", "TƯ", "TW", "T.W" or "quốc gia", in any case ("Viện Vệ sinh dịch tễ
/// Trung ương", "Trung tâm Khí tượng thủy văn quốc gia", "Hội đồng Thi đua khen thưởng T.Ư"),
/// not before a capitalised word that goes on ("… Quốc gia Hà Nội", "… Trung ương Đảng").
fn national_close(doc: &Doc, k: usize, lower_run: usize, sentence: bool) -> Option<usize> {
    if lower_run == 0 || !sentence {
        return None;
    }
    let e = match doc.key(k) {
        "t.ư" | "tư" | "tw" | "t.w" if doc.shape(k) == Shape::Upper => k + 1,
        "trung" if doc.key(k + 1) == "ương" => k + 2,
        "quốc" if doc.key(k + 1) == "gia" => k + 2,
        _ => return None,
    };
    (!doc.is_cap(e)).then_some(e)
}

/// Whether the name at `j` is a department's, "phòng", right after its head's title
/// ("Trưởng phòng", "Phó trưởng phòng", "Phó phòng").
fn head_department(doc: &Doc, j: usize) -> bool {
    j >= 2 && doc.key(j - 1) == "phòng" && matches!(doc.key(j - 2), "trưởng" | "phó")
}

/// "Sở GD - ĐT", "Bộ NN - PTNT", "Sở TN &MT", "Bộ GD và ĐT": a field's abbreviation written in
/// two parts around a spaced dash, "&" or "và" (the lexicon's "GD-ĐT", "TN&MT"). Returns its end.
fn split_field_abbrev(doc: &Doc, j: usize) -> Option<(usize, &'static Abbrev)> {
    if doc.shape(j) != Shape::Upper || doc.shape(j + 2) != Shape::Upper {
        return None;
    }
    if !(doc.is_dash(j + 1) || doc.is_punct(j + 1, '&') || doc.key(j + 1) == "và") {
        return None;
    }
    let b = doc.tok_text(j + 2);
    let rights = SPLIT_FIELDS.get(doc.tok_text(j))?;
    rights.iter().find(|(r, _)| *r == b).map(|&(_, x)| (j + 3, x))
}

/// The field abbreviations by their two parts: left part → (right part, abbreviation), for
/// every way of writing the lexicon's form as left, then "-", "&" or nothing, then right
/// ("GD-ĐT" from "GD" and "ĐT"), the forms with "-" first, then "&", then none.
static SPLIT_FIELDS: LazyLock<FastMap<&'static str, Vec<(&'static str, &'static Abbrev)>>> =
    LazyLock::new(|| {
        let mut map: FastMap<&'static str, Vec<(&'static str, &'static Abbrev)>> =
            FastMap::default();
        let fields: Vec<(&'static str, &'static Abbrev)> = LEX
            .abbrevs
            .iter()
            .filter(|(_, x)| x.role == Role::Field)
            .map(|(k, x)| (k.as_str(), x))
            .collect();
        for sep in ["-", "&", ""] {
            for &(k, x) in &fields {
                let cuts = k.char_indices().map(|(p, _)| p).skip(1);
                for p in cuts {
                    let (a, rest) = k.split_at(p);
                    let Some(b) = rest.strip_prefix(sep) else { continue };
                    let rights = map.entry(a).or_default();
                    if !b.is_empty() && !rights.iter().any(|(r, _)| *r == b) {
                        rights.push((b, x));
                    }
                }
            }
        }
        map
    });

/// Whether token `k` opens a term of office ("nhiệm kỳ", "đương nhiệm") or an appointment
/// ("bổ nhiệm", a verb): no syllable of a name before it.
fn term_or_appointment(doc: &Doc, k: usize) -> bool {
    match doc.key(k) {
        "nhiệm" => matches!(doc.key(k + 1), "kỳ" | "kì"),
        "đương" | "bổ" => doc.key(k + 1) == "nhiệm",
        _ => false,
    }
}

/// Whether the administrative noun at `k` is a syllable of a lowercase word ("nông thôn",
/// countryside, or a road's class, [`road_class`]), no place.
fn admin_noun_in_name(doc: &Doc, k: usize) -> bool {
    road_class(doc, k) || (k > 0 && doc.key(k) == "thôn" && doc.key(k - 1) == "nông")
}

/// Whether the administrative noun at `k` is a road's class: "đường tỉnh", "đường huyện",
/// "đường xã".
fn road_class(doc: &Doc, k: usize) -> bool {
    k > 0 && matches!(doc.key(k), "tỉnh" | "huyện" | "xã") && doc.key(k - 1) == "đường"
}

/// "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi", "Ban QLDA
/// Đầu tư xây dựng công trình dân dụng và công nghiệp TP Hà Nội": a project board named by the
/// works it builds ("đầu tư xây dựng" and up to nine words, in either case) up to its place
/// (not an administrative noun inside the works' name: "nông thôn", "đường tỉnh 295B"), or up
/// to a comma, a semicolon, a full stop, a parenthesis or the line's end after two words of
/// the works ("BQL dự án đầu tư xây dựng các công trình dân dụng và công nghiệp, UBND tỉnh");
/// the board also without "dự án" ("Ban quản lý đầu tư xây dựng công trình giao thông Hà
/// Nội"), and an abbreviation in parentheses inside the works skipped ("đầu tư xây dựng
/// (ĐTXD) các công trình …"). `j` is the end of the body read at `i`; returns the end.
fn project_board_tail(doc: &Doc, i: usize, j: usize) -> Option<usize> {
    // (the tail starts after "dự án", however much of the name the body read: "BQL" alone)
    let from = if span_is(doc, i, "ban quản lý dự án") {
        i + 5
    } else if span_is(doc, i, "bql dự án") {
        i + 3
    } else if j == i + 1 && doc.key(i) == "ban" && doc.key(j) == "qlda" {
        j + 1
    } else if span_is(doc, i, "ban quản lý đầu tư xây dựng") {
        i + 3
    } else if span_is(doc, i, "bql đầu tư xây dựng") {
        i + 1
    } else {
        return None;
    };
    if j > from || !span_is(doc, from, "đầu tư xây dựng") {
        return None;
    }
    let mut k = from + 4;
    let mut limit = (from + 15).min(doc.len());
    // Words of the works read (not "các", "và").
    let mut works = 0;
    while k < limit {
        if let Some(e) = place_at(doc, k).filter(|_| !admin_noun_in_name(doc, k)) {
            return Some(e);
        }
        if doc.is_punct(k, '(')
            && doc.shape(k + 1) == Shape::Upper
            && doc.is_punct(k + 2, ')')
            && doc.is_word(k + 3)
        {
            k += 3;
            limit = (limit + 3).min(doc.len());
            continue;
        }
        if !doc.is_word(k) {
            let end = matches!(doc.shape(k), Shape::Break)
                || [',', ';', '.', '(', ')'].iter().any(|&c| doc.is_punct(k, c));
            return (end && works >= 2 && works_end(doc, k)).then_some(k);
        }
        if starts_name(doc, k)
            || body_at(doc, k, false).is_some()
            || (stopword(doc, k) && !matches!(doc.key(k), "các" | "và"))
        {
            return None;
        }
        if !matches!(doc.key(k), "các" | "và") {
            works += 1;
        }
        k += 1;
    }
    (k == doc.len() && works >= 2 && works_end(doc, k)).then_some(k)
}

/// Whether the works of a project board end right before `k` ("… dân dụng và công nghiệp",
/// "… công trình giao thông", "… phát triển nông thôn"), so the name may end there without
/// its place (not a verb's clause: "… giao thông đô thị xác định khả năng,").
fn works_end(doc: &Doc, k: usize) -> bool {
    k >= 2
        && matches!(
            key_span(doc, k - 2, k).as_str(),
            "công nghiệp" | "dân dụng" | "giao thông" | "nông thôn" | "đô thị" | "thủy lợi"
        )
}

/// "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Định", "Ban Chỉ huy
/// phòng chống lụt bão và tìm kiếm cứu nạn huyện Hoàng Su Phì": a command board's remit
/// ("phòng[,] chống" and up to eight words in either case, "và" among them, then ten more
/// after a comma that goes on with "tìm kiếm" or "phòng thủ": "Ban Chỉ huy Phòng, chống thiên
/// tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh Quảng Ninh") from `j`, up to its place, or
/// up to its last word before a comma, a parenthesis or a full stop when it ends with "cứu
/// nạn", "thiên tai", "lụt bão" or "dân sự". Returns the end.
fn command_board_tail(doc: &Doc, j: usize) -> Option<usize> {
    if doc.key(j) != "phòng" {
        return None;
    }
    let mut k = j + 1;
    if doc.is_punct(k, ',') {
        k += 1;
    }
    if doc.key(k) != "chống" {
        return None;
    }
    k += 1;
    let start = k;
    let mut limit = start + 8;
    // (the remit's end before a comma it went on after: "… thiên tai, tìm kiếm cứu nạn …")
    let mut before_comma = None;
    while k < limit.min(doc.len()) {
        if let Some(e) = place_at(doc, k) {
            return (k > start).then_some(e);
        }
        if k > start
            && doc.is_punct(k, ',')
            && (span_is(doc, k + 1, "tìm kiếm") || span_is(doc, k + 1, "phòng thủ"))
        {
            if matches!(key_span(doc, k - 2, k).as_str(), "cứu nạn" | "thiên tai" | "lụt bão")
            {
                before_comma = Some(k);
            }
            k += 1;
            limit = k + 10;
            continue;
        }
        if !doc.is_word(k)
            || starts_name(doc, k)
            || body_at(doc, k, false).is_some()
            || (stopword(doc, k) && doc.key(k) != "và")
        {
            break;
        }
        k += 1;
    }
    let ends = k >= start + 2
        && matches!(
            key_span(doc, k - 2, k).as_str(),
            "cứu nạn" | "thiên tai" | "lụt bão" | "dân sự"
        )
        && (k >= doc.len() || doc.is_punct(k, ',') || doc.is_punct(k, '(') || doc.is_punct(k, '.'));
    ends.then_some(k).or(before_comma)
}

/// What a remit "phòng, chống …" fights, the words that may close it: "Cục Cảnh sát phòng chống
/// tội phạm sử dụng công nghệ cao", "Viện Nghiên cứu phòng chống ung thư".
const REMIT_OBJECTS: &[&[&str]] = &[
    &["tội", "phạm"],
    &["ma", "túy"],
    &["ma", "tuý"],
    &["ung", "thư"],
    &["tham", "nhũng"],
    &["doping"],
    &["thiên", "tai"],
    &["lụt", "bão"],
    &["buôn", "lậu"],
    &["môi", "trường"],
    &["công", "nghệ", "cao"],
    &["khủng", "bố"],
    &["phản", "động"],
    &["cháy", "nổ"],
    &["dịch", "bệnh"],
    &["hàng", "giả"],
    &["lãng", "phí"],
    &["mua", "bán", "người"],
    &["kinh", "tế"],
];

/// "Cục Cảnh sát phòng chống tội phạm về môi trường", "Viện Nghiên cứu phòng chống ung thư",
/// "Phòng Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao (PC50)": a body's remit,
/// "phòng[,] chống" in lowercase (a verb pair, no office "phòng") and up to nine words (no
/// abbreviation, body, place or person; "về" and "và" among them), up to the last of them that
/// closes it ([`REMIT_OBJECTS`]; not "… tội phạm nhanh chóng làm rõ", the sentence's verbs).
/// Returns the end.
fn remit_tail(doc: &Doc, j: usize) -> Option<usize> {
    if doc.key(j) != "phòng" || doc.shape(j) != Shape::Lower {
        return None;
    }
    let mut k = j + 1;
    if doc.is_punct(k, ',') {
        k += 1;
    }
    if doc.key(k) != "chống" || doc.shape(k) != Shape::Lower {
        return None;
    }
    k += 1;
    let closes = |e: usize| {
        REMIT_OBJECTS.iter().any(|o| {
            e >= o.len() && o.iter().enumerate().all(|(d, w)| doc.key(e - o.len() + d) == *w)
        })
    };
    let mut best = None;
    let limit = (k + 9).min(doc.len());
    while k < limit {
        if !doc.is_word(k)
            || doc.shape(k) == Shape::Upper
            || starts_name(doc, k)
            || body_at(doc, k, false).is_some()
            || place_at(doc, k).is_some()
            || (stopword(doc, k) && !matches!(doc.key(k), "về" | "và"))
        {
            break;
        }
        k += 1;
        if closes(k) {
            best = Some(k);
        }
    }
    best
}

/// How many lowercase words a name in sentence case may run on with before a hard end (a
/// parent named by a standalone body, an abbreviation or a place, or the holder's name): "Cục
/// Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc". Before a comma or a parenthesis, two.
const LOWER_TAIL: usize = 6;

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
    /// Its name ends at its body word or a free-form name ("Tổng cục", "Viện Hải dương"), no
    /// field, nested body or place closing it: a title may read a sentence-case tail after it.
    pub open_end: bool,
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
    let mut span = parse_unit_raw(doc, i, lower_ok)?;
    // "Văn bản giả mạo Bộ Tài chính Bộ Tài chính khẳng định": a name of two words or more
    // written twice in a row (a caption glued to the sentence that opens with it) is two
    // mentions.
    let half = (span.end - span.start) / 2;
    if half >= 2
        && span.end - span.start == 2 * half
        && (0..half).all(|d| doc.key(span.start + d) == doc.key(span.start + half + d))
    {
        span.end = span.start + half;
        span.inner.retain(|&s| s < span.start + half);
    }
    // "TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ PHÓ TRƯỞNG BAN Phạm Thị Minh Hiền", "… CỦA BỘ TRƯỞNG
    // BỘ CÔNG THƯƠNG QUY ĐỊNH HỒ SƠ …": in a line written in capitals, a body's name ends where
    // the next title or a verb of the clause after it starts.
    if doc.shape(span.start) == Shape::Upper {
        let first = body_at(doc, span.start, lower_ok).map_or(span.start + 1, |(e, _)| e);
        if let Some(k) = (first + 1..span.end).find(|&k| {
            doc.shape(k) == Shape::Upper
                && (title_head_at(doc, k).is_some()
                    || CAPS_CLAUSE.contains(&key_span(doc, k, k + 2).as_str()))
        }) {
            span.end = k;
            span.inner.retain(|&s| s < k);
        }
    }
    if let Some(k) = glued_tail(doc, span.start, span.end) {
        span.end = k;
        span.inner.retain(|&s| s < k);
    }
    Some(span)
}

/// End of a unit's name `[s, e)` of three words or more whose last word is none of it: an
/// opener of [`openers::GLUED_TO_UNIT`] before a lowercase word ("Trường THPT Bùi Thị Xuân Một phụ huynh
/// …", "Bộ TT&TT Chiều ngày 7/6", "Tổng cục TDTT Đây là …"), unless a place ends there ("Công
/// an TP Thủ Dầu Một điều tra"); or an amount in digit groups ("Bệnh viện Chợ Rẫy 14.163.950
/// đồng", "Trường ĐH Quốc tế 1.180 thí sinh"; a unit's own number is never so written).
fn glued_tail(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    if e < s + 3 {
        return None;
    }
    let k = e - 1;
    let t = doc.tok_text(k);
    let amount = t.len() > 4
        && t.split(['.', ',']).enumerate().all(|(g, d)| {
            d.bytes().all(|b| b.is_ascii_digit())
                && if g == 0 { (1..=3).contains(&d.len()) } else { d.len() == 3 }
        });
    let opener = doc.shape(k) == Shape::Title
        && doc.shape(e) == Shape::Lower
        && openers::GLUED_TO_UNIT.contains(doc.key(k))
        && !(s + 1..k).any(|p| place_at(doc, p) == Some(e));
    (amount || opener).then_some(k)
}

/// Words that open no second half of a field after a dash: an address ("- Số 10 …", "- Ngõ 5
/// …"), a caption's credit or source ("- Ảnh", "- Nguồn"), a place's label ("- Nơi …") or a
/// standing body ("- Thường trực …").
const NOT_HALVES: &[&str] = &["số", "ngõ", "ảnh", "nguồn", "nơi", "thường"];

/// End of a field's second half at `k`, right after the dash that closes the field or free
/// name before it: "Viện Huyết học - Truyền máu Trung ương", "Ủy ban Tài chính - Ngân sách",
/// "Viện Sốt rét- Ký sinh trùng- Côn trùng TW", "Cục Xuất bản - In và Phát hành". The half is
/// a capitalised word with the syllable after it, read as a free name without lowercase
/// bridges (and another after a "và"); it does not open with a body ("Cục CSGT - Bộ Công an",
/// a parent), a place ("Trung tâm Kinh doanh VNPT - Kiên Giang"), a person, a title or a stop
/// word, nor with a word in capitals (an abbreviation: "… Việt Nam - VNCERT"), a word of
/// [`NOT_HALVES`] or "Cơ quan", and stops before a person ("Ủy ban Tài chính - Ngân sách Nguyễn
/// Đức Hải"); a half closed by ":" is a label, no half ("- Ảnh: …").
fn dashed_half(doc: &Doc, k: usize) -> Option<usize> {
    let half = |k: usize| -> Option<usize> {
        if doc.shape(k) != Shape::Title
            || body_at(doc, k, false).is_some()
            || place_at(doc, k).is_some()
            || known_place_at(doc, k).is_some()
            || title_head_at(doc, k).is_some()
            || stopword(doc, k)
            || NOT_HALVES.contains(&doc.key(k))
            || span_is(doc, k, "cơ quan")
        {
            return None;
        }
        // (a caption's credit or a label: "- Ảnh: …", "- Nguồn: …")
        free_name(doc, k, 0, false).filter(|&e| !doc.is_punct(e, ':'))
    };
    let mut e = half(k)?;
    if doc.key(e) == "và" {
        if let Some(f) = half(e + 1) {
            e = f;
        }
    }
    // ("Ký sinh trùng- Côn trùng": a word's third syllable, kept when another half follows)
    let w = lower_words(doc, e, 1, |_| false);
    if w > 0 && doc.is_dash(e + w) && half(e + w + 1).is_some() {
        e += w;
    }
    Some(e)
}

/// A police department's code at `k`, written in parentheses after its name and before its
/// parent's ("Phòng Cảnh sát hình sự (PC45) Công an tỉnh Tiền Giang", "Cơ quan CSĐT (PC46)
/// Công an tỉnh Quảng Ninh", "(PA88)", "(C45)"): "P" or "C" and at most one more capital, then
/// two or three digits. Skipped like an abbreviation in capitals.
pub(crate) fn police_code(doc: &Doc, k: usize) -> bool {
    let t = doc.tok_text(k).as_bytes();
    let letters = t.iter().take_while(|b| b.is_ascii_uppercase()).count();
    matches!(t.first(), Some(b'P' | b'C'))
        && letters <= 2
        && (2..=3).contains(&(t.len() - letters))
        && t[letters..].iter().all(u8::is_ascii_digit)
}

/// End of a federation's name going on in lowercase from `j` (at most six words, one "và"
/// and the capitalised word after it among them): before its abbreviation in parentheses, or
/// after the place it ends with. The loop looks at seven tokens: the six words and the "(" or
/// place that closes them.
fn association_tail(doc: &Doc, j: usize) -> Option<usize> {
    let mut k = j;
    let mut joined = false;
    while k < (j + 7).min(doc.len()) {
        if k > j
            && doc.is_punct(k, '(')
            && doc.shape(k + 1) == Shape::Upper
            && doc.is_punct(k + 2, ')')
        {
            return Some(k);
        }
        if let Some(e) = place_at(doc, k) {
            return (k > j).then_some(e);
        }
        match doc.shape(k) {
            Shape::Lower if doc.key(k) == "và" && !joined => joined = true,
            // (a stop word only right after "và": "nhỏ và vừa")
            Shape::Lower if !stopword(doc, k) || doc.key(k - 1) == "và" => {}
            Shape::Title
                if joined && doc.key(k - 1) == "và" && body_at(doc, k, false).is_none() => {}
            _ => return None,
        }
        k += 1;
    }
    None
}

/// A plural marker ("các bộ", "những cơ quan", "nhiều sở", "mọi cấp", "từng đơn vị"): the body
/// after it is a kind of body, not one named body.
pub(crate) fn is_plural(key: &str) -> bool {
    matches!(key, "các" | "những" | "nhiều" | "mọi" | "từng")
}

/// Nouns counted by a number ("2 gói thầu", "3 dự án"): the number before them is no board's.
const COUNTED: &[&str] =
    &["gói", "dự", "công", "hạng", "tuyến", "tỷ", "triệu", "km", "năm", "tháng", "ngày", "lần"];

/// "108", "Quân đội 108" at `j`: a hospital's number (two or three digits), after at most three
/// words of its name, the first capitalised (no body, place or person), not counting what follows it
/// ("108 giường") nor a date's or a fraction's part ("108/2017"). Returns its end.
fn hospital_number(doc: &Doc, j: usize) -> Option<usize> {
    // (all capitalised, "Trung ương Quân đội", or one capitalised word and its lowercase
    // syllables, "Quân y", "Giải phóng quân"; not "Chợ Rẫy khoảng 30")
    let title = |k: usize| doc.shape(k) == Shape::Title;
    let r = (0..=3)
        .take_while(|&r| {
            r == 0
                || (title(j + r - 1) && (j..j + r - 1).all(title))
                || (r > 1
                    && title(j)
                    && (j + 1..j + r).all(|k| doc.shape(k) == Shape::Lower && !stopword(doc, k)))
        })
        .find(|&r| doc.is_number(j + r))?;
    let k = j + r;
    let counted = doc.shape(k + 1) == Shape::Lower
        && (COUNTED.contains(&doc.key(k + 1)) || HOSPITAL_COUNTED.contains(&doc.key(k + 1)));
    let ok = (2..=3).contains(&doc.key(k).len())
        && doc.is_number(k)
        && doc.adjacent(k)
        && !doc.is_punct(k + 1, '/')
        && !doc.is_punct(k + 1, '%')
        && !counted
        && !(k > 0 && APPROX.contains(&doc.key(k - 1)))
        && (r == 0
            || (body_at(doc, j, false).is_none()
                && place_at(doc, j).is_none()
                && !starts_name(doc, j)));
    ok.then_some(k + 1)
}

/// Words before a number that make it a quantity ("khoảng 30", "hơn 100").
const APPROX: &[&str] = &["khoảng", "gần", "hơn", "trên", "dưới", "có", "với", "là", "được"];

/// Nouns a hospital counts ("500 giường", "108 người"): the number before them is no name's.
const HOSPITAL_COUNTED: &[&str] = &[
    "giường",
    "người",
    "ca",
    "bệnh",
    "bác",
    "y",
    "cán",
    "trẻ",
    "lượt",
    "phòng",
    "khoa",
    "mẫu",
    "đơn",
    "chiếc",
    "cơ",
    "bn",
    "nhân",
];

/// Verbs opening the clause after a body's name in a title written in capitals ("… CỦA BỘ
/// TRƯỞNG BỘ CÔNG THƯƠNG QUY ĐỊNH …").
const CAPS_CLAUSE: &[&str] = &["quy định", "ban hành", "hướng dẫn", "sửa đổi", "về việc"];

fn parse_unit_raw(doc: &Doc, i: usize, lower_ok: bool) -> Option<UnitSpan> {
    let (mut j, kind) = body_at(doc, i, lower_ok)?;
    if kind == Kind::Nested {
        return None;
    }
    let mut span =
        UnitSpan { start: i, end: j, inner: Vec::new(), qualified: false, kind, open_end: false };
    if kind == Kind::NotUnit {
        return Some(span);
    }
    // "ĐH" opens a university's name only before a capitalised word of it ("ĐH Ngoại
    // thương"): before a lowercase word it is the level ("xét tuyển ĐH chính quy") or a
    // line-up ("ĐH ra sân"), before a Roman numeral a congress ("ĐH XII CĐ Việt Nam"), before a
    // stop word the next sentence ("điểm sàn ĐH Cũng theo …").
    if j == i + 1 && doc.tok_text(i) == "ĐH" {
        let t = doc.tok_text(j);
        let roman = t.len() >= 2 && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
        if !doc.is_cap(j) || !doc.adjacent(j) || roman || stopword(doc, j) {
            return None;
        }
    }
    let mut last = kind;
    let mut free_done = false;
    // "Ban Quản lý các KCN Hà Nội", "Ban quản lý cảng cá", "Ban Quản lý di tích Thành cổ Sơn
    // Tây": a management board is named by what it manages, before its name or place.
    let mut managed_end = None;
    if canonical_span(doc, i, j) == "ban quản lý" {
        if let Some(e) = managed(doc, j) {
            span.qualified = true;
            j = e;
            managed_end = Some(e);
        }
    }
    // An abbreviation in parentheses is skipped, and left out when nothing follows it.
    let mut paren: Option<(usize, usize)> = None;
    let body_end = j;
    // End of the last field read ("Cục Kinh tế| và Phát triển quỹ đất").
    let mut field_end: Option<usize> = None;
    // End of the free-form name read ("Ủy ban Dân nguyện| và Giám sát Quốc hội").
    let mut free_end: Option<usize> = None;
    let n = doc.len();
    while j < n {
        if j == body_end && span_is(doc, i, "ban chỉ huy") {
            if let Some(e) = command_board_tail(doc, j) {
                span.qualified = true;
                j = e;
                if place_at(doc, j).is_none() {
                    break;
                }
                continue;
            }
        }
        // "Văn phòng Ban Chỉ huy phòng chống lụt bão thành phố Cần Thơ": the remit of a command
        // board read inside another body's name.
        if span.inner.last().is_some_and(|&s| s + 3 == j && span_is(doc, s, "ban chỉ huy")) {
            if let Some(e) = command_board_tail(doc, j) {
                j = e;
                if place_at(doc, j).is_none() {
                    break;
                }
                continue;
            }
        }
        // "Cục Cảnh sát phòng chống tội phạm về môi trường", "Viện Nghiên cứu phòng chống ung
        // thư", "Ủy ban phòng chống doping": a remit after a generic or open body's head, its
        // field or name, or a police force's name (not a ministry's or a department's, whose
        // "phòng chống" is the sentence's verb: "Bộ Y tế phòng chống dịch bệnh hiệu quả").
        let remit_after = !matches!(doc.key(i), "bộ" | "sở")
            && kind != Kind::Standalone
            && ((j == body_end && matches!(kind, Kind::Generic | Kind::Open))
                || free_end == Some(j)
                || field_end == Some(j)
                || span.inner.last().is_some_and(|&s| s + 2 == j && span_is(doc, s, "cảnh sát")));
        if remit_after && !span_is(doc, i, "ban chỉ huy") {
            if let Some(e) = remit_tail(doc, j) {
                span.qualified = true;
                field_end = Some(e);
                j = e;
                continue;
            }
        }
        if doc.is_punct(j, '(')
            && (doc.shape(j + 1) == Shape::Upper || police_code(doc, j + 1))
            && doc.is_punct(j + 2, ')')
        {
            paren = Some((j, j + 3));
            j += 3;
            continue;
        }
        // "Phòng GD & ĐT quận Tây Hồ", "Viện Huyết học & Truyền máu Trung ương": a name's two
        // parts joined by a spaced "&", two abbreviations or a second capitalised part.
        if doc.is_punct(j, '&') && j > body_end && doc.adjacent(j) && doc.adjacent(j + 1) {
            // (not a second body's abbreviation: "Sở GTVT & UBND quận 1 phối hợp")
            if doc.shape(j - 1) == Shape::Upper
                && doc.shape(j + 1) == Shape::Upper
                && body_at(doc, j + 1, false).is_none()
            {
                span.qualified = true;
                j += 2;
                continue;
            }
            if (field_end == Some(j) || free_end == Some(j))
                && doc.shape(j + 1) == Shape::Title
                && body_at(doc, j + 1, false).is_none()
                && place_at(doc, j + 1).is_none()
            {
                if let Some(e) = field_at(doc, j + 1).or_else(|| free_name(doc, j + 1, 2, false)) {
                    free_done = true;
                    free_end = Some(e);
                    j = e;
                    continue;
                }
            }
        }
        // "Viện Huyết học - Truyền máu Trung ương": a field's second half after a dash.
        // (not a ministry's or a joint body's: "Liên Bộ Công Thương - Tài chính", "Bộ Tài chính -
        // Công Thương" name two ministries)
        if doc.is_dash(j)
            && j > body_end
            && (field_end == Some(j) || free_end == Some(j))
            && !matches!(doc.key(i), "bộ" | "liên")
        {
            if let Some(e) = dashed_half(doc, j + 1) {
                span.qualified = true;
                free_done = true;
                free_end = Some(e);
                j = e;
                continue;
            }
        }
        // "Đội CSGT số 7", "Phòng Công chứng số 3", "Trường Dạy nghề số 8", "Khu Quản lý
        // giao thông đô thị số 2": teams, offices, schools and zones numbered after their name.
        if doc.key(j) == "số"
            && matches!(doc.key(i), "đội" | "phòng" | "trường" | "trạm" | "khu")
            && (span.qualified || (j == body_end && kind == Kind::Open))
            && doc.is_number(j + 1)
            && !doc.is_punct(j + 2, '/')
        {
            span.qualified = true;
            free_end = Some(j + 2);
            j += 2;
            continue;
        }
        // "Bộ Tư lệnh Quân khu 5": a military region after its command is named by its number.
        if j >= i + 3
            && doc.key(j - 2) == "quân"
            && doc.key(j - 1) == "khu"
            && span.inner.last() == Some(&(j - 2))
            && doc.is_number(j)
            && !doc.is_punct(j + 1, '/')
        {
            free_end = Some(j + 1);
            j += 1;
            continue;
        }
        // "Vùng Cảnh sát biển 3", "Bộ Tư lệnh Vùng Cảnh sát biển 1": a coast guard region is
        // named by its number.
        let coast_region = |s: usize| span_is(doc, s, "vùng cảnh sát biển") && s + 4 == j;
        if (coast_region(i) || span.inner.last().is_some_and(|&s| coast_region(s)))
            && doc.is_number(j)
            && !doc.is_punct(j + 1, '/')
        {
            span.qualified = true;
            free_end = Some(j + 1);
            j += 1;
            continue;
        }
        // "Bệnh viện 108", "Bệnh viện Nhân dân 115", "Bệnh viện Trung ương Quân đội 108": a
        // hospital named by its number (two or three digits) right after its head or its name,
        // or after one to three capitalised words of its name ("Quân đội").
        // (not a count, "Bệnh viện 500 giường", nor a date or a fraction, "Bệnh viện 108/2017")
        // (not after a second hospital read inside it, a repeated caption: "Bệnh viện Quân y
        // 354 Bệnh viện Quân y 354")
        if span_is(doc, i, "bệnh viện") && !span.inner.iter().any(|&s| span_is(doc, s, "bệnh viện"))
        {
            if let Some(e) = hospital_number(doc, j) {
                span.qualified = true;
                free_done = true;
                free_end = Some(e);
                j = e;
                continue;
            }
        }
        // "Phòng Cảnh sát điều tra tội phạm về ma túy": right after the head, a field of the
        // lexicon longer than the body it starts with ("Cảnh sát") is the field.
        if j == body_end {
            if let Some(fe) = field_at(doc, j)
                .filter(|&fe| body_at(doc, j, false).is_some_and(|(e, _)| fe > e + 1))
            {
                span.qualified = true;
                j = fe;
                field_end = Some(fe);
                continue;
            }
        }
        if let Some((e, k)) = body_at(doc, j, j > i && lower_committee(doc, j)) {
            if k == Kind::NotUnit {
                // "Cục Sở hữu trí tuệ": a field that starts like a body ("Sở hữu" is none).
                if let Some(e) = field_at(doc, j) {
                    span.qualified = true;
                    j = e;
                    continue;
                }
                break;
            }
            // "| CỤC THUẾ THUẾ TỈNH TÂY NINH |": a body whose name repeats the word before it opens
            // a header's second line.
            if j > i && doc.key(j) == doc.key(j - 1) && doc.shape(j) == Shape::Upper {
                // (the body before, named by that word, "CỤC THUẾ", needs nothing more)
                span.qualified |= j == body_end;
                break;
            }
            // "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" (a header's two lines), "Bộ Công an Cục Cảnh sát …": a
            // ministry's department after the ministry's full name is a unit of its own.
            let head = key_span(doc, j, e);
            if span.qualified
                && doc.key(span.start) == "bộ"
                && ["tổng cục", "chi cục", "cục", "vụ"].iter().any(|h| head.starts_with(h))
            {
                break;
            }
            // "| BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG |": a header's two lines in capitals, a
            // standalone body and then one of its offices, named by a generic body alone.
            let upper = |a: usize, b: usize| (a..b).all(|k| doc.shape(k) == Shape::Upper);
            // "| BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN |": or one of its departments,
            // a generic body and its field.
            if kind == Kind::Standalone
                && k == Kind::Generic
                && j == body_end
                && upper(span.start, e)
                && (doc.shape(e) != Shape::Upper || field_at(doc, e).is_some())
            {
                break;
            }
            // "Cục Y tế dự phòng Bộ Y tế": the ministry after its named department, too.
            let dept = key_span(doc, span.start, (span.start + 2).min(n));
            if span.qualified
                && (head == "bộ" || head.starts_with("bộ "))
                && ["tổng cục", "chi cục", "cục", "vụ"]
                    .iter()
                    .any(|h| dept == *h || dept.starts_with(&format!("{h} ")))
            {
                break;
            }
            span.inner.push(j);
            span.qualified = true;
            last = k;
            j = e;
            continue;
        }
        // "Ban cán sự Đảng bộ Lao động - Thương binh và Xã hội": a ministry after a body, its
        // "Bộ" written in lowercase before the field.
        if doc.key(j) == "bộ"
            && doc.shape(j) == Shape::Lower
            && doc.is_cap(j + 1)
            && LEX.fields.at(doc, j + 1).is_some()
        {
            if let Some(e) = field_at(doc, j + 1) {
                span.inner.push(j);
                span.qualified = true;
                last = Kind::Generic;
                j = e;
                continue;
            }
        }
        if let Some((e, _)) = split_field_abbrev(doc, j) {
            span.qualified = true;
            j = e;
            field_end = Some(e);
            continue;
        }
        if let Some(e) = field_at(doc, j) {
            // "| CỤC THUẾ THUẾ TỈNH TÂY NINH |": the field written again opens the next body
            // (a header's second line).
            let w = e - j;
            if (field_end == Some(j) || j == body_end)
                && w <= j - i
                && key_span(doc, j - w, j) == key_span(doc, j, e)
            {
                // (a body whose name ends in that field, "CỤC THUẾ", is named by it)
                span.qualified |= j == body_end;
                break;
            }
            span.qualified = true;
            j = e;
            field_end = Some(e);
            continue;
        }
        // "Ban tiếp công dân thành phố", "Vụ tổ chức cán bộ": a field written in lowercase
        // right after a generic body, when it is a phrase of three words or more (two-word ones
        // such as "tổ chức" are too often ordinary words: "Ban tổ chức cuộc thi").
        if j == body_end
            && matches!(kind, Kind::Generic | Kind::Open)
            && doc.shape(j) == Shape::Lower
        {
            // (a two-word one after a ministry or a department of one, when the name ends
            // there: "thuộc Tổng cục thủy sản.", "Sở tư pháp (…)"; or a committee's before "của
            // Quốc hội": "Ủy ban tư pháp của Quốc hội")
            let head = key_span(doc, i, body_end);
            let hard_end = |e: usize| {
                e >= doc.len()
                    || matches!(doc.shape(e), Shape::Punct | Shape::Break)
                    || place_at(doc, e).is_some()
            };
            let of_assembly = |e: usize| doc.key(e) == "của" && assembly_at(doc, e + 1).is_some();
            // (not a verb or a common noun the sentence goes on with: "lãnh đạo Sở chỉ đạo
            // huyện Văn Yên")
            let common = ["chỉ đạo", "tổ chức", "kiểm tra", "chấp hành", "thường vụ", "bí thư"]
                .contains(&key_span(doc, j, j + 2).as_str());
            let two = |e: usize| {
                e == j + 2
                    && !common
                    && ((["bộ", "sở", "tổng cục", "cục", "chi cục"].contains(&head.as_str())
                        && hard_end(e))
                        || (head == "ủy ban" && of_assembly(e)))
            };
            if let Some((e, _)) = LEX.fields.at(doc, j).filter(|&(e, _)| e >= j + 3 || two(e)) {
                span.qualified = true;
                j = e;
                continue;
            }
        }
        // "Trung tâm bảo tồn di sản Thành Nhà Hồ": an open body's name in sentence case, one
        // to four lowercase words (no stop word, no locality) before a capitalised proper name.
        // (not a school's programme, "Đại học hệ chính quy ngành Kỹ thuật Y sinh", nor a name
        // after a person, "Quỹ văn hóa Phan Châu Trinh")
        // (keyed on the phrase: "Đại sứ quán", "Học viện" are no school of that kind)
        let school = doc.key(i) == "trường" || span_is(doc, i, "đại học");
        if j == body_end
            && kind == Kind::Open
            && !school
            && doc.is_cap(i)
            && doc.shape(j) == Shape::Lower
        {
            // (or the region it serves, in lowercase: "Trung tâm đăng kiểm khu vực phía Bắc")
            // (a phrase of several words written in lowercase by the lexicon, not a country's
            // name in lowercase: "Trung tâm trợ giúp pháp lý")
            let region = |k: usize| {
                let e = (doc.shape(k) == Shape::Lower).then(|| LEX.places.at(doc, k)).flatten()?.0;
                (e > k + 1 && LEX.places_lower_inside.contains(&key_span(doc, k, e))).then_some(e)
            };
            let words =
                lower_words(doc, j, 5, |k| place_at(doc, k).is_some() || region(k).is_some());
            let w = j + words;
            // ("Trung tâm công viên cây xanh Huế": two to four of them up to a known place,
            // the name's locality; not a description, "Ngân hàng thương mại hàng đầu Việt Nam")
            let ranked = (j..w).any(|k| matches!(doc.key(k), "đầu" | "nhất"));
            let place_head = doc.shape(w) == Shape::Title || region(w).is_some();
            if (2..=4).contains(&words) && !ranked && place_head {
                if let Some(e) = known_place_at(doc, w).or_else(|| region(w)) {
                    span.qualified = true;
                    j = e;
                    break;
                }
            }
            // ("Trung tâm y tế huyện Đăk Hà", "Trung tâm y tế H.Đăk Hà", "Quỹ khuyến học thành
            // phố Vinh": a centre's or a fund's one to four of them up to the locality written
            // with its administrative noun, in lowercase or shortened, and a name; not where
            // the words say where or which, "Trung tâm trên địa bàn huyện X", "Trung tâm hiện
            // hữu quận 1")
            let centre = doc.key(i) == "quỹ" || span_is(doc, i, "trung tâm");
            let admin_head = doc.shape(w) == Shape::Lower || short_district(doc, w).is_some();
            let locator =
                (j..w).any(|k| matches!(doc.key(k), "trên" | "địa" | "khắp" | "khác" | "hiện"));
            let named = |e: usize| (w..e).any(|k| doc.is_cap(k) || doc.is_number(k));
            if centre && (1..=4).contains(&words) && !ranked && !locator && admin_head {
                if let Some(e) = place_at(doc, w).filter(|&e| e > w + 1 && named(e)) {
                    span.qualified = true;
                    j = e;
                    break;
                }
            }
            if (1..=4).contains(&words)
                && doc.shape(w) == Shape::Title
                && !doc.is_surname(w)
                && body_at(doc, w, false).is_none()
                && place_at(doc, w).is_none()
            {
                if let Some(e) = free_name(doc, w, 2, false) {
                    span.qualified = true;
                    free_done = true;
                    free_end = Some(e);
                    j = e;
                    continue;
                }
            }
        }
        // "Ban Quản lý dự án 85", "Ban quản lý dự án 2": a ministry's project boards are
        // numbered.
        if j == body_end
            && kind == Kind::Open
            && doc.is_number(j)
            && span_is(doc, i, "ban quản lý dự án")
            // (not a count of what the board manages: "Ban Quản lý dự án 2 gói thầu")
            && !(doc.shape(j + 1) == Shape::Lower && COUNTED.contains(&doc.key(j + 1)))
        {
            span.qualified = true;
            j += 1;
            free_end = Some(j);
            break;
        }
        // "Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 389 tỉnh Thanh Hóa": a steering committee
        // named by the number of the decision that set it up.
        if j == body_end
            && doc.is_number(j)
            && span_is(doc, i, "ban chỉ đạo")
            && !doc.is_punct(j + 1, '/')
            && !(doc.shape(j + 1) == Shape::Lower && COUNTED.contains(&doc.key(j + 1)))
        {
            span.qualified = true;
            j += 1;
            if doc.key(j) == "quốc" && doc.key(j + 1) == "gia" {
                j += 2;
            }
            free_done = true;
            free_end = Some(j);
            continue;
        }
        // "Trung tâm đăng kiểm tàu cá (Tổng cục thủy sản)": an open body named in lowercase,
        // two to five words (no stop word, no locality), before its parent body in parentheses.
        if j == body_end && kind == Kind::Open && !school && doc.is_cap(i) {
            let words = lower_words(doc, j, 6, |k| place_at(doc, k).is_some());
            let w = j + words;
            if (2..=5).contains(&words)
                && doc.is_punct(w, '(')
                && body_at(doc, w + 1, false).is_some_and(|(_, k)| k != Kind::NotUnit)
            {
                span.qualified = true;
                free_end = Some(w);
                j = w;
                break;
            }
        }
        // "Phó trưởng ban đô thị HĐND Đà Nẵng", "phòng tổng hợp UBND huyện": a department
        // of a council or committee named in lowercase (inside a title) by one to three words
        // of its remit, then its parent, a standalone body.
        // Also a capitalised body whose lowercase words are a known field, before its parent
        // ("Trưởng Ban tuyên giáo Thành ủy Thân Thị Thư").
        if j == body_end && lower_ok && kind == Kind::Generic {
            let words = lower_words(doc, j, 4, |_| false);
            let field = || LEX.fields.at(doc, j).is_some_and(|(e, _)| e == j + words);
            if (1..=3).contains(&words) && (!doc.is_cap(i) || field()) {
                if let Some((e, k)) = body_at(doc, j + words, false) {
                    if k == Kind::Standalone {
                        span.inner.push(j + words);
                        span.qualified = true;
                        last = k;
                        j = e;
                        continue;
                    }
                }
            }
        }
        // "Ủy ban Tư pháp của Quốc hội": a committee of the National Assembly (or of its
        // Standing Committee) names its parent with "của".
        if span.qualified && kind == Kind::Generic && doc.key(j) == "của" {
            if let Some(e) = assembly_at(doc, j + 1) {
                span.inner.push(j + 1);
                j = e;
                break;
            }
        }
        if j == body_end {
            if let Some(e) = project_board_tail(doc, i, j) {
                span.qualified = true;
                j = e;
                break;
            }
        }
        // "Liên đoàn bóng đá thế giới (FIFA)", "Liên đoàn Bóng đá nữ và Futsal Việt Nam": a
        // federation's name goes on in lowercase (one "và" joining a second part) up to its
        // place or its abbreviation.
        if (free_end == Some(j) || field_end == Some(j) || j == body_end)
            && span_is(doc, i, "liên đoàn bóng đá")
            && doc.shape(j) == Shape::Lower
        {
            if let Some(e) = association_tail(doc, j) {
                span.qualified = true;
                free_done = true;
                free_end = Some(e);
                j = e;
                if place_at(doc, j).is_none() {
                    break;
                }
                continue;
            }
        }
        // "Hội Hữu nghị Việt - Nga", "Hội Hữu nghị Việt Nam-Cuba": a friendship association
        // names two countries joined by a dash (by their short names too), then its place.
        if j == body_end && span_is(doc, i, "hội hữu nghị") {
            let mut k = j;
            let mut dash = false;
            while k < n && !starts_name(doc, k) && body_at(doc, k, false).is_none() {
                if (doc.is_punct(k, '-') || doc.is_punct(k, '–')) && k > j && doc.is_cap(k + 1) {
                    dash = true;
                } else if doc.is_cap(k) && !doc.is_punct(k, '-') {
                    dash |= doc.span_text(k, k + 1).contains('-');
                } else {
                    break;
                }
                k += 1;
            }
            if dash {
                span.qualified = true;
                j = place_at(doc, k).unwrap_or(k);
                break;
            }
        }
        if let Some((e, _)) = LEX.connectors.at(doc, j) {
            if body_at(doc, e, false).is_some() || place_at(doc, e).is_some() {
                j = e;
                continue;
            }
        }
        // "Cục Kinh tế và Phát triển quỹ đất", "Ủy ban Dân nguyện và Giám sát Quốc hội": a field
        // or a free-form name joined by "và" to a second part of the name that is no known field (a known one names a second body: "Sở Y tế và Giáo dục").
        if (field_end == Some(j) || free_end == Some(j))
            && doc.key(j) == "và"
            && j + 1 < doc.len()
            && !crate::entities::documents::mentions_type_word(
                doc.span_text(j + 1, (j + 4).min(doc.len())),
            )
            && doc.shape(j + 1) == Shape::Title
            && body_at(doc, j + 1, false).is_none()
            && field_at(doc, j + 1).is_none()
            && !starts_name(doc, j + 1)
            && place_at(doc, j + 1).is_none()
        {
            // The name must end there: punctuation, the end, or its parent body or place
            // ("… quỹ đất (Tổng cục …)"), not the sentence's words ("Bộ Tư pháp và Chưởng lý các
            // bang").
            let ends = |e: usize| {
                e >= doc.len()
                    || matches!(doc.shape(e), Shape::Punct | Shape::Break)
                    || body_at(doc, e, false).is_some()
                    || place_at(doc, e).is_some()
            };
            if let Some(e) = free_name(doc, j + 1, 2, false).filter(|&e| ends(e)) {
                free_done = true;
                j = e;
                continue;
            }
        }
        // "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam": a state named in full after
        // "nước", up to its country's name.
        if doc.key(j) == "nước" && doc.key(j + 1) == "cộng" && doc.key(j + 2) == "hòa" {
            if let Some(e) = (j + 3..(j + 9).min(n)).find_map(|k| known_place_at(doc, k)) {
                span.qualified = true;
                j = e;
                break;
            }
        }
        // "Vị đại biểu Quốc hội tỉnh Cà Mau": the National Assembly has no chapter in a
        // province; the province after it is the deputy's constituency (its delegation is
        // "Đoàn đại biểu Quốc hội tỉnh …", a body of its own).
        // (a place named with its administrative noun: "Quốc hội Việt Nam", "Quốc hội Mỹ" are
        // the assemblies of countries)
        // (after a deputy's "đại biểu", a province or city is the constituency: "đại biểu
        // Quốc hội TP.HCM", "đại biểu Quốc hội Hà Nội"; a country is the assembly's: "đại biểu
        // Quốc hội Lào")
        let deputy = i >= 2 && span_is(doc, i - 2, "đại biểu");
        let constituency =
            || place_at(doc, j).is_some_and(|e| !LEX.foreign_places.contains(&key_span(doc, j, e)));
        if j == body_end
            && j == i + 2
            && span_is(doc, i, "quốc hội")
            && (LEX.admin.at(doc, j).is_some()
                || abbrev(doc, j).is_some_and(|a| a.role == Role::Admin)
                || (deputy && constituency()))
        {
            break;
        }
        if let Some(e) = place_at(doc, j) {
            span.qualified = true;
            // "Ủy ban MTTQ Việt Nam tỉnh Nghệ An": a national body's chapter in a locality.
            let national = e == j + 2 && doc.key(j) == "việt" && doc.key(j + 1) == "nam";
            j = if national { place_at(doc, e).unwrap_or(e) } else { e };
            break;
        }
        // "Quận ủy Bình Tân", "Huyện ủy Diễn Châu": a local Party committee names its district
        // or town, two capitalised syllables that are no person's name, no body and no known
        // place.
        // (also nested: "ban Thường vụ Huyện ủy Diễn Châu")
        let nested_committee = span.inner.last().is_some_and(|&s| local_committee(doc, s, j));
        if (j == body_end && kind == Kind::Standalone && local_committee(doc, i, body_end))
            || nested_committee
        {
            // ("Thành ủy Bảo Lộc", "Huyện ủy Hàm Thuận Bắc": a known district-level name)
            let known = districts::district_at(doc, j, districts::ANY);
            if let Some(e) = known.or_else(|| locality_name(doc, j)) {
                span.qualified = true;
                j = e;
                break;
            }
        }
        // "Viện Phan Châu Trinh", "Trường ĐH Y khoa Phạm Ngọc Thạch": a historical figure's name
        // (`historical.txt`) after an open body or its field names the institute or the school,
        // not its holder; so does a namesake's (`namesakes.txt`, ordinary full names, read
        // only here) after a free-form name too ("Y khoa").
        let after_free = free_done && free_end == Some(j);
        if kind == Kind::Open
            && ((!free_done && (j == body_end || field_end == Some(j))) || after_free)
        {
            let r = title_run(doc, j).min(4);
            // (the run's key built once, its shorter names read as prefixes ending at a space)
            let key = if r >= 2 { key_span(doc, j, j + r) } else { String::new() };
            let words = |len: usize| {
                key.match_indices(' ')
                    .nth(len - 1)
                    .map_or(Some(key.as_str()), |(b, _)| key.get(..b))
            };
            if let Some(len) = (2..=r).rev().find(|&len| {
                words(len).is_some_and(|w| {
                    LEX.namesakes.contains(w) || (!after_free && LEX.historical.contains(w))
                })
            }) {
                span.qualified = true;
                free_done = true;
                j += len;
                free_end = Some(j);
                // (then its place only: "Trường ĐH Y khoa Phạm Ngọc Thạch mở rộng …" ends at
                // the name)
                if place_at(doc, j).is_none() {
                    break;
                }
                continue;
            }
        }
        // "Trường ĐH Trần Đại Nghĩa", "Trường tiểu học Lê Văn Tám", "Bệnh viện Bạch Mai", "Đồn
        // Biên phòng Trà Cổ": a school or a hospital is often named after a person (a historical
        // figure too), and a school, a hospital, a border post or a traffic police or border
        // control station ("Trạm CSGT Quang Thanh") after a place whose name reads as a
        // person's.
        let institution =
            || matches!(doc.key(i), "trường" | "bv" | "bvđk") || span_is(doc, i, "bệnh viện");
        let post = || {
            (body_end == i + 3 && span_is(doc, i, "đồn biên phòng"))
                || (body_end == i + 2 && span_is(doc, i, "trạm csgt"))
                || (body_end == i + 5
                    && (span_is(doc, i, "trạm cảnh sát giao thông")
                        || span_is(doc, i, "trạm kiểm soát biên phòng")))
        };
        // "Trạm Kiểm soát Biên phòng cửa khẩu Mộc Bài", "Đồn Biên phòng cửa khẩu quốc tế Cầu
        // Treo": a station or a post at a border gate is named by the gate, "cửa khẩu" written
        // in lowercase.
        if !free_done && j == body_end && post() && span_is(doc, j, "cửa khẩu") {
            let at = if span_is(doc, j + 2, "quốc tế") { j + 4 } else { j + 2 };
            let r = title_run(doc, at);
            if (1..=4).contains(&r) {
                span.qualified = true;
                free_done = true;
                j = at + r;
                free_end = Some(j);
                continue;
            }
        }
        if !free_done
            && j == body_end
            && ((kind == Kind::Open && institution()) || post())
            && doc.is_surname(j)
            && (2..=4).contains(&name_run(doc, j))
            && known_place_at(doc, j).is_none()
        {
            span.qualified = true;
            free_done = true;
            j += name_run(doc, j);
            free_end = Some(j);
            continue;
        }
        if !free_done && matches!(last, Kind::Generic | Kind::Open) {
            let bridge = if last == Kind::Open { 6 } else { 2 };
            // (a ministry or a department is named by its field: lowercase words after a name
            // read there are the sentence's, "Bộ Giao thông chủ trì,")
            let tail = !matches!(doc.key(i), "bộ" | "sở");
            if let Some(e) = free_name(doc, j, bridge, tail) {
                // "Cục Quản lý xuất nhập cảnh đã …": a name that is "Quản lý" (to manage)
                // goes on with what is managed, in lowercase, with no hard end after it.
                let e = if tail && e == j + 2 && key_span(doc, j, e) == "quản lý" {
                    managed_object(doc, e).unwrap_or(e)
                } else {
                    e
                };
                span.qualified = true;
                free_done = true;
                free_end = Some(e);
                j = e;
                continue;
            }
        }
        break;
    }
    // "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
    // số", "Ban Chỉ đạo Nhà nước về Du lịch": a steering committee is named by its remit after
    // "về".
    if paren.is_none() && doc.key(j) == "về" && key_span(doc, i, body_end) == "ban chỉ đạo" {
        if let Some(e) = remit(doc, j + 1) {
            span.qualified = true;
            j = e;
        }
    }
    // "Theo đề nghị của Cục trưởng Cục Đăng ký giao dịch bảo đảm và Bồi thường nhà nước.": the
    // proposer's body in a legal text's preamble runs in sentence case to the clause's end.
    if paren.is_none() && matches!(kind, Kind::Generic | Kind::Open) && proposer_office(doc, i) {
        if let Some(e) = clause_tail(doc, j) {
            span.qualified = true;
            j = e;
        }
    }
    span.open_end = paren.is_none()
        && (!span.qualified || free_end == Some(j) || managed_end == Some(j))
        && span.inner.is_empty();
    span.end = match paren {
        // Kept before a holder's name ("Giám đốc Sở GD&ĐT (GD&ĐT) Nguyễn Văn A").
        Some((open, close)) if close == j && !starts_name(doc, close) => open,
        _ => j,
    };
    Some(span)
}

/// Whether the body at `i` follows a title that follows "đề nghị của" (a legal text's proposer,
/// "Theo đề nghị của Vụ trưởng Vụ …").
fn proposer_office(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|t| {
        t >= 3
            && title_head_at(doc, t).is_some_and(|(e, _)| e == i)
            && doc.key(t - 1) == "của"
            && doc.key(t - 2) == "nghị"
            && doc.key(t - 3) == "đề"
    })
}

/// The end of a name's sentence-case tail at `k`: up to twelve lowercase words, "và" and
/// capitalised words, that must reach the clause's end (".", ";" or a line break).
fn clause_tail(doc: &Doc, k: usize) -> Option<usize> {
    let mut t = k;
    while t < doc.len() && t - k < 12 {
        match doc.shape(t) {
            Shape::Lower | Shape::Title if !starts_name(doc, t) => t += 1,
            _ => break,
        }
    }
    let ends = doc.is_punct(t, '.') || doc.is_punct(t, ';') || doc.shape(t) == Shape::Break;
    (t > k && ends).then_some(t)
}

/// What a management board manages, at `k`: up to three lowercase words that are no stop
/// words ("cảng cá", "di tích"), four before a hard end ("đường sắt đô thị TP.HCM"), or after
/// "các" an abbreviation in capitals ("các KCN"). Returns its end.
fn managed(doc: &Doc, k: usize) -> Option<usize> {
    let k = if doc.key(k) == "các" { k + 1 } else { k };
    if doc.shape(k) == Shape::Upper && doc.key(k.saturating_sub(1)) == "các" {
        return (abbrev(doc, k).is_none() && place_at(doc, k).is_none()).then_some(k + 1);
    }
    if place_at(doc, k).is_some() {
        return None;
    }
    let words = lower_words(doc, k, 5, |_| false);
    // ("Ban Quản lý đường sắt đô thị TP.HCM", "Ban quản lý an toàn thực phẩm,": four words
    // only before a hard end, a capitalised word or punctuation; not a sentence going on)
    let four = words == 4
        && (doc.is_cap(k + 4) || matches!(doc.shape(k + 4), Shape::Punct | Shape::Break));
    ((1..=3).contains(&words) || four).then_some(k + words)
}

/// What a body named "Quản lý" manages, at `k`: one to five lowercase words that are no stop
/// words, number words, a locality nor a negation, adverb or verb ("xuất nhập cảnh", "đào
/// tạo", "di tích"; not "… công nghệ thông tin hai năm tù", "… xuất nhập cảnh không còn",
/// "… đấu thầu thường xuyên"), and after "và" one to five more when they reach a hard end
/// ("Vụ Quản lý công trình thủy lợi và an toàn đập."). Returns its end; `None` where the words
/// run up to a place or a capitalised word that is no body, which the name's own reading takes
/// ("Phòng Quản lý bay sân bay Tân Sơn Nhất"); up to a parent body they are kept.
fn managed_object(doc: &Doc, k: usize) -> Option<usize> {
    let stop = |x: usize| {
        place_at(doc, x).is_some()
            || matches!(
                doc.key(x),
                "một"
                    | "hai"
                    | "ba"
                    | "bốn"
                    | "năm"
                    | "sáu"
                    | "bảy"
                    | "tám"
                    | "chín"
                    | "mười"
                    | "không"
                    | "còn"
                    | "chưa"
                    | "vẫn"
                    | "dễ"
                    | "thường"
                    | "luôn"
                    | "cũng"
                    | "vừa"
                    | "xem"
            )
            || (doc.key(x) == "thông" && doc.key(x + 1) == "báo")
    };
    let words = |at: usize| {
        let w = lower_words(doc, at, 6, stop);
        (1..=5).contains(&w).then_some(at + w)
    };
    // A place or a capitalised word right after the words.
    let named_after = |e: usize| doc.is_cap(e) || place_at(doc, e).is_some();
    let e = words(k).unwrap_or(k);
    if doc.key(e) == "và" && doc.shape(e) == Shape::Lower {
        if let Some(e2) = words(e + 1) {
            let hard = e2 >= doc.len()
                || matches!(doc.shape(e2), Shape::Punct | Shape::Break)
                || named_after(e2);
            if !hard {
                return (e > k).then_some(e);
            }
            // (kept as before up to a capitalised word: "Cục Quản lý nhà và thị trường BĐS")
            return Some(e2);
        }
    }
    // (up to a parent body the words are whole: "Phòng Quản lý xuất nhập cảnh Công an tỉnh …",
    // "phòng Quản lý rủi ro Ngân hàng …")
    let parent = |e: usize| body_at(doc, e, false).is_some();
    (e > k && (!named_after(e) || parent(e))).then_some(e)
}

/// A body's "ban" written in lowercase at `i` before its capitalised field ("ban Tổ chức Huyện
/// ủy", "ban Thường vụ Huyện ủy Diễn Châu"); not before a police force, a body of its own
/// ("trực ban Công an thị xã Ba Đồn", the duty desk; "ban Công an xã Nghĩa Minh").
pub(crate) fn lower_field_ban(doc: &Doc, i: usize) -> bool {
    doc.key(i) == "ban"
        && doc.shape(i) == Shape::Lower
        && doc.is_cap(i + 1)
        && !span_is(doc, i + 1, "công an")
        && LEX.fields.at(doc, i + 1).is_some()
}

/// A local Party committee written in lowercase at `i` before its capitalised place ("huyện ủy
/// Hương Khê", "Ban Thường vụ huyện ủy Hương Khê"), read as the committee.
pub(crate) fn lower_committee(doc: &Doc, i: usize) -> bool {
    doc.shape(i) == Shape::Lower
        && (local_committee(doc, i, i + 2) || span_is(doc, i, "tỉnh ủy"))
        && doc.is_cap(i + 2)
        && (known_place_at(doc, i + 2).is_some()
            || place_at(doc, i + 2).is_some()
            || locality_name(doc, i + 2).is_some())
}

/// Whether `[s, e)` is a local Party committee ("Huyện ủy", "Quận ủy", "Thị ủy", "Thành ủy").
fn local_committee(doc: &Doc, s: usize, e: usize) -> bool {
    // (by the tokens' keys, without building the span's: this is asked at every lowercase word)
    e == s + 2 && doc.key(s + 1) == "ủy" && matches!(doc.key(s), "huyện" | "quận" | "thị" | "thành")
}

/// A district's or town's name at `k`: exactly two capitalised syllables in sentence case, the
/// first no family name and neither a body.
fn locality_name(doc: &Doc, k: usize) -> Option<usize> {
    let title = |t: usize| doc.shape(t) == Shape::Title;
    let ok = title(k)
        && title(k + 1)
        && !title(k + 2)
        && doc.adjacent(k + 1)
        && !starts_name(doc, k)
        && !doc.is_surname(k)
        && body_at(doc, k, false).is_none()
        && body_at(doc, k + 1, false).is_none();
    ok.then_some(k + 2)
}

/// A committee's remit at `k`: a field ("Du lịch"), or up to fourteen lowercase words that are
/// no stop words (the first may be capitalised), joined by commas and one "và" ("phát triển
/// khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"). Returns its end.
fn remit(doc: &Doc, k: usize) -> Option<usize> {
    if let Some(e) = field_at(doc, k) {
        return Some(e);
    }
    // ("về việc …" is a subject, no remit)
    if doc.key(k) == "việc" {
        return None;
    }
    // (a remit reads "mới" as a word wherever it stands; elsewhere only "đổi mới" does)
    let word =
        |t: usize| doc.shape(t) == Shape::Lower && (!stopword(doc, t) || doc.key(t) == "mới");
    // "Ban Chỉ đạo T.Ư về Phòng chống thiên tai": the remit in sentence case, its first word
    // capitalised before lowercase words (no place or person of its own).
    let first_cap = doc.shape(k) == Shape::Title
        && word(k + 1)
        && place_at(doc, k).is_none()
        && !starts_name(doc, k);
    let word = |t: usize| word(t) || (first_cap && t == k);
    let mut t = k;
    let mut end = None;
    let mut joined = false;
    while t < doc.len() && t - k < 20 {
        if word(t) {
            t += 1;
            end = Some(t);
        } else if end.is_some() && doc.is_punct(t, ',') && word(t + 1) {
            t += 1;
        } else if end.is_some() && !joined && doc.key(t) == "và" && word(t + 1) {
            joined = true;
            t += 1;
        } else {
            break;
        }
    }
    end
}

pub(crate) fn canonical_span(doc: &Doc, s: usize, e: usize) -> String {
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
        // "Công an Q.Thủ Đức", "Trung tâm Y tế H.Đăk Hà", "UBND P.7", "UBND X.Điền Hải" are
        // "… quận Thủ Đức", "… huyện Đăk Hà", "… phường 7", "… xã Điền Hải": the district's,
        // ward's or commune's noun spelt out, as "TP" is.
        if i > s && short_district(doc, i).is_some_and(|d| d <= e) {
            let t = doc.tok_text(i);
            let noun = match t.as_bytes()[0] {
                b'Q' => "quận",
                b'H' => "huyện",
                b'X' => "xã",
                b'T' => "thị trấn",
                _ => "phường",
            };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(noun);
            let number = t.get(2..).filter(|r| !r.is_empty());
            if let Some(r) = number {
                out.push(' ');
                out.push_str(r);
            }
            i += if number.is_some() || t.ends_with('.') { 1 } else { 2 };
            continue;
        }
        // "Sở GD - ĐT" is "Sở GD-ĐT" (its field's expansion).
        let split = split_field_abbrev(doc, i).filter(|&(fe, _)| fe <= e);
        let piece: &str = if let Some((_, a)) = split {
            &a.expansion
        } else {
            match doc.shape(i) {
                // "Sở Tài nguyên & Môi trường" is "Sở Tài nguyên và Môi trường" (`TN&MT`).
                Shape::Punct if doc.is_punct(i, '&') => "và",
                Shape::Punct | Shape::Break => "",
                _ => match abbrev(doc, i) {
                    Some(a) => &a.expansion,
                    None => doc.key(i),
                },
            }
        };
        if !piece.is_empty() {
            // "ĐỘNG-THƯƠNG" glued by its hyphen is "Động - Thương" spaced.
            for w in piece.split([' ', '-']).filter(|w| !matches!(*w, "" | "," | ".")) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        i = split.map_or(i + 1, |(fe, _)| fe);
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
/// `Modifier* Head` of a title at `i` ("Phó Chủ tịch", "Bộ trưởng"): its end and whether the
/// head needs a unit after it (a `*` in `titles.txt`).
pub(crate) fn title_head_at(doc: &Doc, i: usize) -> Option<(usize, bool)> {
    let mut j = i;
    while let Some((e, _)) = LEX.modifiers.at(doc, j) {
        if LEX.titles.at(doc, j).is_some_and(|(te, _)| te > e) {
            break;
        }
        j = e;
    }
    // A long modifier that swallowed the head ("Phó Chủ tịch Thường trực" before "UBND"):
    // "Phó" alone, then the head.
    LEX.titles
        .at(doc, j)
        .or_else(|| (j > i + 1 && doc.key(i) == "phó").then(|| title_head_at(doc, i + 1)).flatten())
}

/// An issuer at token `i`: one issuer, or joint issuers joined by "và" or "-" ("Bộ Y tế và
/// Bộ Tài chính"). Returns the end token.
pub(crate) fn issuer_at(doc: &Doc, i: usize) -> Option<usize> {
    // "Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội": a joint
    // body lists its members with commas too.
    let joint = doc.key(i) == "liên";
    // "[Ll]iên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế": the members' fields after
    // a colon, joined by "," or "-".
    if joint && doc.key(i + 1) == "bộ" && doc.is_cap(i + 1) && doc.is_punct(i + 2, ':') {
        if let Some(mut e) = member_field(doc, i + 3) {
            while doc.is_punct(e, ',') || doc.is_punct(e, '-') {
                match member_field(doc, e + 1) {
                    Some(n) => e = n,
                    None => break,
                }
            }
            return Some(e);
        }
    }
    let mut end = one_issuer(doc, i)?;
    // "Liên bộ Y tế - Tài chính", "Liên Bộ Công Thương – Tài chính": a joint body's further
    // members named by their field alone after a dash.
    if joint && doc.key(i + 1) == "bộ" {
        while doc.is_dash(end) {
            match member_field(doc, end + 1).filter(|_| doc.is_cap(end + 1)) {
                Some(e) => end = e,
                None => break,
            }
        }
    }
    // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person's two offices, the first a bare
    // title joined by a comma to a second title that names its body.
    if title_head_at(doc, i).is_some_and(|(e, _)| e == end) && doc.is_punct(end, ',') {
        let k = end + 1;
        if let (Some((t, _)), Some(e)) = (title_head_at(doc, k), one_issuer(doc, k)) {
            if e > t {
                end = e;
            }
        }
    }
    // "Bộ trưởng Bộ NN&PTNT kiêm Trưởng ban chỉ đạo T.Ư về Phòng chống thiên tai": one
    // person's second office after "kiêm" (concurrently).
    if doc.key(end) == "kiêm" && title_head_at(doc, end + 1).is_some() {
        if let Some(e) = one_issuer(doc, end + 1) {
            end = e;
        }
    }
    // "Bộ trưởng Bộ A, Bộ trưởng Bộ B, Bộ trưởng Bộ C": office-holders of one title listed with
    // commas sign a joint document together.
    let head = title_head_at(doc, i).map(|(e, _)| key_span(doc, i, e));
    let same_title = |k: usize| {
        head.as_ref()
            .is_some_and(|h| title_head_at(doc, k).is_some_and(|(e, _)| key_span(doc, k, e) == *h))
    };
    // "của Bộ Công an, Bộ Quốc phòng, Bộ Tài chính, …, Viện kiểm sát nhân dân tối cao": two
    // ministries listed with a comma open a joint body's list (a joint circular's issuers).
    let ministry =
        |k: usize| doc.key(k) == "bộ" && doc.is_cap(k) && title_head_at(doc, k).is_none();
    let joint = joint
        || (ministry(i)
            && doc.is_punct(end, ',')
            && ministry(end + 1)
            && one_issuer(doc, end + 1).is_some());
    while doc.key(end) == "và"
        || doc.is_punct(end, '-')
        || (doc.is_punct(end, ',') && (joint || same_title(end + 1)))
    {
        match one_issuer(doc, end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// A ministry's field at `i` ("Tài chính", "Lao động Thương binh và Xã hội"), fields joined by
/// "và" running on.
pub(crate) fn member_field(doc: &Doc, i: usize) -> Option<usize> {
    let mut e = field_at(doc, i)?;
    while doc.key(e) == "và" || (doc.is_cap(e) && doc.adjacent(e)) {
        let from = if doc.key(e) == "và" { e + 1 } else { e };
        match field_at(doc, from) {
            Some(n) => e = n,
            None => break,
        }
    }
    Some(e)
}

/// `Title [Org | Place] [Name]` or `Org` at token `i` ("Chánh thanh tra TP Hà Nội": a title and
/// the locality of its office); a title alone only when no capitalised word follows it ("Chủ
/// tịch Hồ Chí Minh" is no issuer).
fn one_issuer(doc: &Doc, i: usize) -> Option<usize> {
    // "ban Thường vụ Huyện ủy Diễn Châu đã có Quyết định …": a Party body's "ban" in lowercase
    // before its capitalised field.
    if lower_field_ban(doc, i) {
        return parse_unit(doc, i, true).filter(|u| u.kind != Kind::NotUnit).map(|u| u.end);
    }
    if !doc.is_cap(i) {
        return None;
    }
    let Some((mut e, needs_unit)) = title_head_at(doc, i) else {
        let unit = parse_unit(doc, i, false).filter(|u| u.kind != Kind::NotUnit).map(|u| u.end);
        // "Hiệp hội Lương thực Việt Nam (VFA) mới đây đã có Công văn số 164": a national
        // society named by its field and the country, as the units read it.
        let society = super::units::national_society_at(doc, i).map(|(_, e)| e);
        return unit.max(society);
    };
    // "Trưởng ban chỉ đạo T.Ư về Phòng chống thiên tai": the body opens with the head's
    // lowercase "ban" (as in the units).
    let lower_ban = e >= i + 2
        && doc.key(e - 1) == "ban"
        && doc.key(e - 2) == "trưởng"
        && doc.shape(e - 1) == Shape::Lower
        && doc.shape(e) == Shape::Lower;
    let unit = if lower_ban {
        parse_unit(doc, e - 1, true).filter(|u| u.qualified)
    } else if doc.shape(e) == Shape::Lower && doc.shape(e + 1) != Shape::Lower {
        // "Giám đốc sở KH-ĐT tỉnh Lạng Sơn": the body's head in lowercase after the title,
        // its name capitalised and qualified.
        parse_unit(doc, e, true).filter(|u| u.qualified)
    } else {
        parse_unit(doc, e, false)
    };
    let j = match unit {
        Some(u) if u.kind != Kind::NotUnit => u.end,
        // "Chủ tịch Ủy ban nhân dân Thành phố": a long title ("Chủ tịch Ủy ban") that swallowed
        // the start of a body's name; the shorter title, then the body running past it.
        _ => match shorter_title_body(doc, i, e) {
            Some((s, u)) => {
                e = s;
                u
            }
            // "Chánh thanh tra TP Hà Nội ký quyết định …", "Chủ tịch TP Hà Nội": a title
            // followed by the locality whose office it is, named with its administrative noun
            // (not "Chủ tịch Hồ Chí Minh", a person).
            None => match place_at(doc, e) {
                Some(pe) if pe > e + 1 && known_place_at(doc, e).is_none() => pe,
                _ if needs_unit => return None,
                _ => e,
            },
        },
    };
    if starts_name(doc, j) {
        return Some(j + title_run(doc, j));
    }
    // "Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Trần Hồng Hà": the body's abbreviation in
    // parentheses before the holder's name.
    if j > e && paren_abbrev(doc, j) && starts_name(doc, j + 3) {
        return Some(j + 3 + title_run(doc, j + 3));
    }
    (j > e || !doc.is_cap(j)).then_some(j)
}

/// The end of a shorter title at `i` than the one ending at `e`, and the end of the body it
/// heads, when that body runs past `e` ("Chủ tịch | Ủy ban nhân dân tỉnh Bạc Liêu").
fn shorter_title_body(doc: &Doc, i: usize, e: usize) -> Option<(usize, usize)> {
    // "Đoàn Chủ tịch Ủy ban Trung ương …" is a presidium, no holder of a title.
    if i > 0 && doc.key(i - 1) == "đoàn" {
        return None;
    }
    let (s, _) = LEX.titles.shorter(doc, i, e)?;
    let u = parse_unit(doc, s, false).filter(|u| u.kind != Kind::NotUnit && u.end > e)?;
    Some((s, u.end))
}

/// An issuer written as an office-holder with the holder's name ("Thủ tướng Chính phủ Nguyễn
/// Xuân Phúc", "Chánh Thanh tra Đặng Anh Tuấn"): the byte length of the office alone, or `None`
/// when `name` does not end with a person's name after a title. Two words after an
/// administrative noun name the place, no holder ("Chủ tịch UBND xã Kim Sơn": the commune;
/// "Chủ tịch UBND thành phố Huỳnh Đức Thơ": a holder of three words).
pub(crate) fn holder_office_len(name: &str) -> Option<usize> {
    let doc = Doc::analyse(name);
    let n = doc.len();
    let (head_end, _) = title_head_at(&doc, 0)?;
    let after_admin = |k: usize| {
        (1..=2).any(|b| k >= b && LEX.admin.at(&doc, k - b).is_some_and(|(e, _)| e == k))
    };
    (head_end..n)
        .find(|&k| {
            starts_name(&doc, k)
                && k + title_run(&doc, k) == n
                && (2..=4).contains(&(n - k))
                && !(n - k == 2 && after_admin(k))
        })
        .map(|k| {
            // The office without its body's abbreviation in parentheses.
            let k = if k >= head_end + 4 && paren_abbrev(&doc, k - 3) { k - 3 } else { k };
            doc.toks[k - 1].e
        })
}

/// "(TN&MT)": an abbreviation in parentheses, three tokens from `i`.
fn paren_abbrev(doc: &Doc, i: usize) -> bool {
    doc.is_punct(i, '(') && doc.shape(i + 1) == Shape::Upper && doc.is_punct(i + 2, ')')
}

/// Longest issuer reading that `[start, …)` of `text` may be: at most the rest of the line and
/// 400 bytes, cut after a space.
fn window_end(text: &str, start: usize) -> usize {
    let mut end = (start + 400).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(k) = text[start..end].find('\n') {
        return start + k;
    }
    if end < text.len() {
        end = text[start..end].rfind(' ').map_or(start, |k| start + k);
    }
    end
}

/// The issuer named at byte `start` of `text` ("của Ban Thường vụ Thành ủy Hà Nội về …"):
/// its end byte.
pub(crate) fn issuer_from(text: &str, start: usize) -> Option<usize> {
    let doc = Doc::analyse(&text[start..window_end(text, start)]);
    let e = issuer_at(&doc, 0)?;
    Some(start + doc.toks[e - 1].e)
}

/// The issuer that ends exactly at `end`, inside `text[start..end]` ("UBND tỉnh Nghệ An" in
/// "Sáng 5/7, UBND tỉnh Nghệ An [vừa ban hành]"): the start byte of the earliest word from
/// which an issuer of at most `max_words` words runs to `end`.
pub(crate) fn issuer_ending_at(
    text: &str,
    start: usize,
    end: usize,
    max_words: usize,
) -> Option<usize> {
    let doc = Doc::analyse(&text[start..end]);
    let n = doc.len();
    (0..n)
        .filter(|&k| doc.is_word(k) && n - k <= max_words)
        .find(|&k| issuer_at(&doc, k) == Some(n))
        .map(|k| start + doc.toks[k].s)
}

#[cfg(test)]
mod tests;
