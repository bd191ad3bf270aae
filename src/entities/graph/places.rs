//! Localities for issuers: the places named in a text with their administrative level
//! ("TP Hà Nội" a centrally governed city, "tỉnh Nghệ An" a province, "huyện Sóc Sơn" a
//! district, "Huyện ủy Sóc Sơn" too), the province-level names of `lexicon/places.txt`, and
//! the outlets of `lexicon/outlets.toml` that stand for one province.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::entities::lexicon::{lines, Role, LEX};
use crate::entities::org::{starts_name, title_run};
use crate::entities::tokens::{key_span, phrase_key, Doc, Shape};
use crate::text::canonical_tones;

/// Administrative level of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Level {
    /// A centrally governed city (Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, TP Hồ Chí Minh, Huế).
    City,
    /// A city inside a province ("thành phố Vinh").
    CityLower,
    /// A province.
    Province,
    /// A rural district (huyện).
    District,
    /// An urban district (quận).
    Urban,
    /// A town (thị xã).
    Town,
    /// A commune, ward or township.
    Commune,
}

impl Level {
    /// The administrative noun written before a place of this level.
    pub fn noun(self) -> &'static str {
        match self {
            Level::City | Level::CityLower => "thành phố",
            Level::Province => "tỉnh",
            Level::District => "huyện",
            Level::Urban => "quận",
            Level::Town => "thị xã",
            Level::Commune => "xã",
        }
    }

    /// Rank for comparing documents: 4 province-level, 3 district-level, 2 commune.
    pub fn rank(self) -> u8 {
        match self {
            Level::City | Level::Province => 4,
            Level::CityLower | Level::District | Level::Urban | Level::Town => 3,
            Level::Commune => 2,
        }
    }
}

/// The level of an administrative noun key ("tỉnh", "thành phố", "tp").
pub(super) fn noun_level(key: &str) -> Option<Level> {
    Some(match key {
        "tỉnh" => Level::Province,
        "thành phố" | "tp" => Level::City,
        "huyện" => Level::District,
        "quận" => Level::Urban,
        "thị xã" | "tx" => Level::Town,
        "xã" | "phường" | "thị trấn" => Level::Commune,
        _ => return None,
    })
}

/// A province-level name.
#[derive(Debug)]
pub(super) struct Province {
    /// Canonical name ("Hồ Chí Minh", "Thanh Hóa").
    pub name: String,
    /// A centrally governed city.
    pub city: bool,
}

const CITIES: &[&str] = &["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

/// Variant spellings and names that stand for a province.
const ALIASES: &[(&str, &str)] = &[
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Bắc Cạn", "Bắc Kạn"),
    ("Đắc Lắc", "Đắk Lắk"),
    ("Đắk Lăk", "Đắk Lắk"),
    ("Đăk Lăk", "Đắk Lắk"),
    ("Đắc Nông", "Đắk Nông"),
    ("Đăk Nông", "Đắk Nông"),
    ("Sài Gòn", "Hồ Chí Minh"),
    ("Thủ đô", "Hà Nội"),
    ("Thủ đô Hà Nội", "Hà Nội"),
];

/// Province-level names by key: the first sections of `places.txt` (up to the cities below
/// province level), aliases resolved.
pub(super) static PROVINCES: LazyLock<HashMap<String, Province>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let data = include_str!("../lexicon/places.txt");
    let head = data.split("# --- frequent cities").next().unwrap_or("");
    for l in lines(head) {
        if l == "Việt Nam" {
            continue;
        }
        let name = ALIASES.iter().find(|(a, _)| *a == l).map_or(l, |(_, c)| c);
        let name = canonical_tones(name);
        let city = CITIES.iter().any(|c| canonical_tones(c) == name);
        map.insert(phrase_key(l), Province { name, city });
    }
    map
});

/// Outlet hosts of local papers → province.
static OUTLETS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let table: toml::Table = include_str!("../lexicon/outlets.toml").parse().unwrap_or_default();
    table
        .get("outlets")
        .and_then(|v| v.as_table())
        .map(|t| t.iter().filter_map(|(k, v)| Some((k.clone(), phrase_key(v.as_str()?)))).collect())
        .unwrap_or_default()
});

/// The province an outlet host stands for (`www.hanoimoi.vn` → Hà Nội), if any.
pub(super) fn outlet_province(host: &str) -> Option<&'static Province> {
    let host = host.trim().trim_end_matches('.').to_lowercase();
    let mut h = host.strip_prefix("www.").unwrap_or(&host);
    loop {
        if let Some(p) = OUTLETS.get(h) {
            return PROVINCES.get(p);
        }
        h = h.split_once('.')?.1;
    }
}

/// A province-level name starting at token `i` (capitalised): its end and entry.
pub(super) fn province_at(doc: &Doc, i: usize) -> Option<(usize, &'static Province)> {
    if !doc.is_cap(i) {
        return None;
    }
    let (e, ()) = LEX.places.at(doc, i)?;
    PROVINCES.get(&key_span(doc, i, e)).map(|p| (e, p))
}

/// A place found in a text.
#[derive(Debug, Clone)]
pub(super) struct Place {
    /// First token of the name.
    pub tok: usize,
    /// End token of the name (exclusive).
    pub end: usize,
    /// Token of the administrative noun before it, if written.
    pub noun: Option<usize>,
    /// Its level.
    pub level: Level,
    /// Canonical name ("Hà Nội", "Sóc Sơn").
    pub name: String,
}

/// The name of a lower-level place at `j`: a run of up to three capitalised words that is not
/// a person's name ("Sóc Sơn", "Nam Từ Liêm"; not "Bùi Duy Cường"), or a number ("Quận 1").
fn local_name(doc: &Doc, j: usize) -> Option<usize> {
    if doc.shape(j) == Shape::Other && doc.key(j).chars().all(|c| c.is_ascii_digit()) {
        return Some(j + 1);
    }
    let r = title_run(doc, j);
    match r {
        0 => None,
        1 | 2 => Some(j + r),
        _ if starts_name(doc, j) => None,
        _ => Some(j + 3),
    }
}

const COMMITTEES: &[(&str, Level)] = &[
    ("thành", Level::City),
    ("tỉnh", Level::Province),
    ("huyện", Level::District),
    ("quận", Level::Urban),
    ("thị", Level::Town),
];

/// The level of a Party committee ("Thành ủy", "Huyện ủy") at token `i`.
pub(super) fn committee_at(doc: &Doc, i: usize) -> Option<Level> {
    if doc.key(i + 1) != "ủy" || !doc.is_cap(i) {
        return None;
    }
    COMMITTEES.iter().find(|(k, _)| *k == doc.key(i)).map(|&(_, l)| l)
}

/// Every place named in tokens `s..e`, in order.
pub(super) fn places_in(doc: &Doc, s: usize, e: usize) -> Vec<Place> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if let Some(level) = committee_at(doc, i) {
            let j = i + 2;
            if let Some((end, p)) = province_at(doc, j) {
                let level = if p.city { Level::City } else { Level::Province };
                out.push(Place { tok: j, end, noun: None, level, name: p.name.clone() });
                i = end;
            } else if let Some(end) =
                local_name(doc, j).filter(|_| level != Level::Province && !starts_name(doc, j))
            {
                let level = if level == Level::City { Level::CityLower } else { level };
                let name = canonical_tones(doc.span_text(j, end));
                out.push(Place { tok: j, end, noun: None, level, name });
                i = end;
            } else {
                i = j;
            }
            continue;
        }
        if let Some(a) = LEX.abbrevs.get(doc.tok_text(i)).filter(|a| a.role == Role::Place) {
            let k = a.expansion.trim_start_matches("thành phố ");
            if let Some(p) = PROVINCES.get(k) {
                let level = if p.city { Level::City } else { Level::Province };
                out.push(Place { tok: i, end: i + 1, noun: None, level, name: p.name.clone() });
            }
            i += 1;
            continue;
        }
        let noun_end = match LEX.abbrevs.get(doc.tok_text(i)) {
            Some(a) if a.role == Role::Admin => Some((i + 1, a.expansion.as_str())),
            Some(_) => None,
            None => LEX.admin.at(doc, i).map(|(j, ())| (j, "")),
        };
        if let Some((mut j, exp)) = noun_end {
            let key = if exp.is_empty() { key_span(doc, i, j) } else { exp.to_string() };
            let Some(level) = noun_level(&key) else {
                i = j;
                continue;
            };
            if j == i + 1 && doc.is_punct(j, '.') {
                j += 1;
            }
            // "tỉnh TT-Huế", "TP HCM": the name is an abbreviation.
            let abbrev = LEX.abbrevs.get(doc.tok_text(j)).filter(|a| a.role == Role::Place);
            if let Some(p) =
                abbrev.and_then(|a| PROVINCES.get(a.expansion.trim_start_matches("thành phố ")))
            {
                let level = if p.city { Level::City } else { Level::Province };
                out.push(Place { tok: j, end: j + 1, noun: Some(i), level, name: p.name.clone() });
                i = j + 1;
                continue;
            }
            if let Some((end, p)) = province_at(doc, j) {
                let level = match level {
                    Level::City if p.city => Level::City,
                    Level::City => Level::CityLower,
                    Level::Province => Level::Province,
                    other => other,
                };
                out.push(Place { tok: j, end, noun: Some(i), level, name: p.name.clone() });
                i = end;
                continue;
            }
            if let Some(end) = local_name(doc, j) {
                if doc.key(i) != "xã" || doc.key(j) != "hội" {
                    let level = if level == Level::City { Level::CityLower } else { level };
                    let name = canonical_tones(doc.span_text(j, end));
                    out.push(Place { tok: j, end, noun: Some(i), level, name });
                    i = end;
                    continue;
                }
            }
            i = j;
            continue;
        }
        if let Some((end, p)) = province_at(doc, i) {
            // A bare "Hồ Chí Minh" is mostly the person or the Youth Union's name.
            if !(p.name == "Hồ Chí Minh" && key_span(doc, i, end) == "hồ chí minh") {
                let level = if p.city { Level::City } else { Level::Province };
                out.push(Place { tok: i, end, noun: None, level, name: p.name.clone() });
            }
            i = end;
            continue;
        }
        i += 1;
    }
    out
}
