//! District-level places (`lexicon/districts.txt`): the quận, huyện, thị xã and thành phố
//! thuộc tỉnh of Vietnam by name, with their type, to settle a locality the organisation
//! grammar ([`super::org`]) cannot read from the text's shape alone: a spaced "TP. Cam Ranh"
//! (the dot may end a sentence), a Party committee named by a bare town ("Thành ủy Bảo
//! Lộc", whose first word is a family name) and a name after its administrative noun that
//! looks like a person's or runs on ("huyện Trần Văn Thời", "quận Ngũ Hành Sơn").

use super::lexicon::{lines, LEX};
use super::tokens::{phrase_key, Doc, Shape};
use std::collections::HashMap;

/// The type of a district-level unit, one bit each (a name may have several: "Thị xã Dĩ An"
/// before 2020, "Thành phố Dĩ An" after).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum District {
    /// quận, an urban district.
    Urban = 1,
    /// huyện, a rural district.
    Rural = 2,
    /// thị xã, a town.
    Town = 4,
    /// thành phố thuộc tỉnh, a city under a province.
    City = 8,
}

/// The known names with their types (bits of [`District`]; a name listed under several types
/// once, its bits joined), for the lexicon trie [`LEX`]`.districts`.
pub(crate) fn entries(data: &str) -> Vec<(String, u8)> {
    let mut types: HashMap<String, u8> = HashMap::new();
    let mut order = Vec::new();
    for l in lines(data) {
        let Some((t, name)) = l.split_once('|') else { continue };
        let bit = match t {
            "quận" => District::Urban,
            "huyện" => District::Rural,
            "thị xã" => District::Town,
            "thành phố" => District::City,
            _ => continue,
        } as u8;
        let key = phrase_key(name);
        let slot = types.entry(key.clone()).or_default();
        if *slot == 0 {
            order.push(key);
        }
        *slot |= bit;
    }
    order.into_iter().map(|k| (k.clone(), types[&k])).collect()
}

/// The longest known district-level name at token `i` of one of `types` (bits of
/// [`District`]), written with every word capitalised or a number ("Cam Ranh", "Hàm Thuận
/// Bắc", "1"): its end.
pub(crate) fn district_at(doc: &Doc, i: usize, types: u8) -> Option<usize> {
    if i >= doc.len() || !matches!(doc.shape(i), Shape::Title | Shape::Other) {
        return None;
    }
    // (no lowercase word or line break inside; a longer name of another type gives way to a
    // shorter one of the wanted type)
    let mut before = (i..doc.len())
        .find(|&k| matches!(doc.shape(k), Shape::Lower | Shape::Break))
        .unwrap_or(doc.len())
        + 1;
    while let Some((e, t)) = LEX.districts.shorter(doc, i, before) {
        if t & types != 0 {
            return Some(e);
        }
        before = e;
    }
    None
}

/// After "TP." or "TX." at `i` and a space, the known name at `j` of a city ("TP.") or a
/// town ("TX."): its end. A spaced dot may end a sentence, so only a known name is read.
pub(crate) fn spaced_abbrev(doc: &Doc, i: usize, j: usize) -> Option<usize> {
    let types = match doc.key(i) {
        "tp" => District::City as u8,
        "tx" => District::Town as u8,
        _ => return None,
    };
    district_at(doc, j, types)
}

/// After an administrative noun at `i..j` ("huyện", "quận", "thị xã", "thành phố", "TP",
/// "TX"), the known name at `j` of that noun's type (a town or a city either way: towns became
/// cities): its end.
pub(crate) fn after_noun(doc: &Doc, i: usize, j: usize) -> Option<usize> {
    let town_or_city = District::Town as u8 | District::City as u8;
    let types = match (doc.key(i), j - i) {
        ("huyện", 1) => District::Rural as u8,
        ("quận", 1) => District::Urban as u8,
        ("tp" | "tx", 1 | 2) => town_or_city,
        ("thị", 2) if doc.key(i + 1) == "xã" => town_or_city,
        ("thành", 2) if doc.key(i + 1) == "phố" => town_or_city,
        _ => return None,
    };
    district_at(doc, j, types)
}

/// Whether a known district-level name (any type) starting at a token of `starts` ends at
/// `end`: a place's name that a split must not cut ("Huyện ủy Vân Hồ" + "Lường Văn Huân", not
/// "Huyện ủy Vân" + "Hồ Lường Văn Huân").
pub(crate) fn spans(doc: &Doc, starts: std::ops::Range<usize>, end: usize) -> bool {
    starts.into_iter().any(|s| district_at(doc, s, ANY) == Some(end))
}

/// Every type.
pub(crate) const ANY: u8 = 15;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::key_span;

    /// `text`'s district-level name at token `i` of `types`, as written.
    fn check(text: &str, i: usize, types: u8, expected: Option<&str>) {
        let doc = Doc::analyse(text);
        let got = district_at(&doc, i, types).map(|e| key_span(&doc, i, e));
        assert_eq!(got.as_deref(), expected.map(phrase_key).as_deref(), "{text:?} at {i}");
    }

    #[test]
    fn names_by_type() {
        let city = District::City as u8;
        let town = District::Town as u8;
        check("TP. Cam Ranh (Khánh Hòa)", 2, city, Some("Cam Ranh"));
        check("TP. Cam Ranh (Khánh Hòa)", 2, town, None);
        check("Huyện ủy Hàm Thuận Bắc đã họp", 2, ANY, Some("Hàm Thuận Bắc"));
        check("Thị xã Dĩ An", 2, town | city, Some("Dĩ An"));
        check("Quận 1", 1, District::Urban as u8, Some("1"));
        check("TP. Phan Rang-Tháp Chàm", 2, city, Some("Phan Rang-Tháp Chàm"));
        // (lowercase words are no name's: "bảo lộc" is no town)
        check("TP. bảo lộc", 2, ANY, None);
        check("TP. Ảnh: Hồng Đào", 2, ANY, None);
    }

    /// `text` must yield exactly the units `expected` (names as written).
    fn check_units(text: &str, expected: &[&str]) {
        let got: Vec<String> =
            crate::entities::units::find(text).into_iter().map(|u| u.name).collect();
        assert_eq!(got, expected, "units of {text:?}");
    }

    /// Dev round 64 (twenty-fourth session): a spaced "TP."/"TX." before a known city or town
    /// of that type reads the name (before, the bare abbreviation: "Công an TP"); a Party
    /// committee named by a known district-level place reads it however it is shaped (a family
    /// name first, "Bảo Lộc"; three syllables, "Hàm Thuận Bắc").
    #[test]
    fn dev_round_64_units() {
        let cases: &[(&str, &[&str])] = &[
            ("Công an TP. Cam Ranh (Khánh Hòa) cho biết.", &["Công an TP. Cam Ranh"]),
            ("Ông A, Phó Chủ tịch UBND TP. Cao Lãnh đã ký.", &["UBND TP. Cao Lãnh"]),
            ("Công an TX. Sông Cầu cho biết.", &["Công an TX. Sông Cầu"]),
            // (the type must agree: Bảo Lộc is a city, no town; a word that is no city's
            // name after a spaced dot opens a sentence)
            ("Công an TX. Bảo Lộc cho biết.", &["Công an TX"]),
            ("Đoàn đã làm việc với UBND TP. Sau đó, đoàn về xã.", &["UBND TP"]),
            // (after a spelt-out noun, a known name of its type however it is shaped: a
            // family name and "Văn" first, before read as a person after the bare noun)
            ("Công an huyện Trần Văn Thời cho biết.", &["Công an huyện Trần Văn Thời"]),
            (
                "Ủy ban kiểm tra Thành ủy Bảo Lộc sẽ tiến hành điều tra.",
                &["Ủy ban kiểm tra Thành ủy Bảo Lộc"],
            ),
            (
                "Sở Nội vụ, Thành ủy Phan Thiết, Huyện ủy Hàm Thuận Bắc và Huyện ủy Bắc Bình đã họp.",
                &["Sở Nội vụ", "Thành ủy Phan Thiết", "Huyện ủy Hàm Thuận Bắc", "Huyện ủy Bắc Bình"],
            ),
        ];
        for (text, expected) in cases {
            check_units(text, expected);
        }
    }

    /// Dev round 64: a title's known district is not cut to move its last syllable, a common
    /// family name, onto the name after it ("Hồ Lường Văn Huân").
    #[test]
    fn dev_round_64_officials() {
        let cases = [
            (
                "Phó Bí thư Thường trực Huyện ủy Vân Hồ Lường Văn Huân đã đến thăm.",
                ("Lường Văn Huân", "Phó Bí thư Thường trực Huyện ủy Vân Hồ"),
            ),
            (
                "Phó chủ tịch quận Ngũ Hành Sơn Huỳnh Cự cho biết.",
                ("Huỳnh Cự", "Phó chủ tịch quận Ngũ Hành Sơn"),
            ),
        ];
        for (text, (name, title)) in cases {
            let got: Vec<(String, Vec<String>)> = crate::entities::officials::find(text)
                .into_iter()
                .map(|o| (o.name, o.titles))
                .collect();
            assert_eq!(got, [(name.to_string(), vec![title.to_string()])], "officials of {text:?}");
        }
    }
}
