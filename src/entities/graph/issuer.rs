//! Canonical issuers: a written issuer ("BTV Thành ủy", "UBND tỉnh", "Thủ tướng") becomes a
//! grouping key with its standing body folded into the committee, abbreviations expanded and
//! the locality written or found in the sentence, the article or the outlet; a bare symbol
//! (`NĐ-CP`, `QĐ-TTg`, `/QH15`) names a national issuer, and a Party organ code (`/TU`, `/HU`)
//! a local committee whose locality the text gives.

use super::places::{committee_at, noun_level, places_in, Level, Province};
use super::{IssuerId, IssuerSource};
use crate::entities::lexicon::{Role, LEX};
use crate::entities::org::{parse_unit, starts_name, title_head_at, title_run};
use crate::entities::tokens::Doc;
use crate::text::{canonical_tones, fold};

/// One rendered piece of an issuer name.
#[derive(Debug, Clone)]
enum Piece {
    /// A word or phrase, after a space.
    Word(String),
    /// Punctuation glued to the previous piece.
    Glue(String),
    /// An administrative noun with no name after it ("UBND tỉnh"): a locality to fill in.
    Noun(Level, String),
    /// A locality.
    Place { noun: Option<String>, level: Level, name: String },
}

/// What an issuer needs to name one body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// A place of this level.
    Level(Level),
    /// A province or a centrally governed city.
    ProvinceAny,
    /// A place of any level, from the same sentence only (a bare "UBND").
    Any,
    /// Nothing: a national body, a written locality, or a body named in full.
    Nothing,
    /// A generic body with nothing to identify it ("Đảng ủy"): cannot be resolved.
    Bare,
}

impl Need {
    /// Whether a place of `level` fills this need (`sentence`: found in the same sentence).
    pub fn accepts(self, level: Level, sentence: bool) -> bool {
        match self {
            Need::Level(Level::City) => {
                level == Level::City || (sentence && level == Level::CityLower)
            }
            Need::Level(l) => l == level,
            Need::ProvinceAny => matches!(level, Level::City | Level::Province),
            Need::Any => sentence,
            Need::Nothing | Need::Bare => false,
        }
    }
}

/// A parsed issuer, before its locality is looked up.
#[derive(Debug, Clone)]
pub(super) struct Form {
    title: Option<String>,
    standing: Option<String>,
    pieces: Vec<Piece>,
    /// What it needs.
    pub need: Need,
    national: bool,
    takes_noun: bool,
}

/// Bodies named at the national level (key form).
const NATIONAL: &[&str] = &[
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương Đảng",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng Chính phủ",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chủ tịch nước",
    "Tổng Bí thư",
    "Văn phòng Chính phủ",
    "Thanh tra Chính phủ",
    "Ngân hàng Nhà nước",
    "Kiểm toán Nhà nước",
    "Tòa án nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
    "Văn phòng Quốc hội",
    "Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
];

fn is_national(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    NATIONAL.iter().any(|n| name == *n || name.starts_with(&format!("{n} ")))
        || words.windows(2).any(|w| w == ["Trung", "ương"])
        || (name.starts_with("Bộ ")
            && !["Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội"].iter().any(|p| name.starts_with(p)))
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// End of a standing body at `s` ("Ban Thường vụ", "BTV", "Thường trực", "Ban Chấp hành")
/// followed by the body it belongs to.
fn standing_end(doc: &Doc, s: usize) -> Option<usize> {
    let k = |i: usize| doc.key(i);
    let e = if doc.tok_text(s) == "BTV" || doc.tok_text(s) == "BCH" {
        s + 1
    } else {
        let b = usize::from(k(s) == "ban");
        match (k(s + b), k(s + b + 1)) {
            ("thường", "vụ" | "trực") | ("chấp", "hành") => s + b + 2,
            _ => return None,
        }
    };
    if matches!(k(e), "trung" | "tw" | "tư" | "t.ư") || k(e) == "quốc" || !doc.is_cap(e) {
        return None;
    }
    let body = committee_at(doc, e).is_some()
        || parse_unit(doc, e, false)
            .is_some_and(|u| u.kind != crate::entities::lexicon::Kind::NotUnit);
    body.then_some(e)
}

/// Renders tokens `s..e` of an issuer.
fn render(doc: &Doc, s: usize, e: usize) -> Vec<Piece> {
    let places = places_in(doc, s, e);
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if doc.is_punct(i, '(') && doc.is_punct(i + 2, ')') && i + 2 < e {
            i += 3;
            continue;
        }
        if let Some(p) = places.iter().find(|p| p.noun == Some(i) || p.tok == i) {
            let noun = p.noun.map(|n| match p.level {
                Level::Commune => doc.key(n).to_string(),
                l => l.noun().to_string(),
            });
            out.push(Piece::Place { noun, level: p.level, name: p.name.clone() });
            i = p.end;
            continue;
        }
        if committee_at(doc, i).is_some() {
            out.push(Piece::Word(upper_first(&canonical_tones(
                &doc.span_text(i, i + 2).to_lowercase(),
            ))));
            i += 2;
            continue;
        }
        if let Some(a) = LEX.abbrevs.get(doc.tok_text(i)) {
            match a.role {
                Role::Admin => {
                    let level = noun_level(&a.expansion).unwrap_or(Level::City);
                    out.push(Piece::Noun(level, a.expansion.clone()));
                }
                _ => out.push(Piece::Word(canonical_tones(&a.display))),
            }
            i += 1;
            continue;
        }
        if let Some((j, ())) = LEX.admin.at(doc, i) {
            let key = crate::entities::tokens::key_span(doc, i, j);
            if let Some(level) = noun_level(&key) {
                out.push(Piece::Noun(level, key));
                i = j;
                continue;
            }
        }
        if doc.is_word(i) {
            let w = canonical_tones(doc.tok_text(i));
            let w = match doc.key(i) {
                "khối" => "Khối".to_string(),
                "các" | "cơ" | "quan" if i > s => doc.key(i).to_string(),
                _ => w,
            };
            out.push(Piece::Word(w));
        } else if doc.is_punct(i, ',') {
            out.push(Piece::Glue(",".into()));
        } else if doc.is_punct(i, '-') {
            out.push(Piece::Word("-".into()));
        }
        i += 1;
    }
    out
}

fn join(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        let text = match p {
            Piece::Glue(g) => {
                out.push_str(g);
                continue;
            }
            Piece::Word(w) => w.clone(),
            Piece::Noun(_, n) => n.clone(),
            Piece::Place { noun, name, .. } => match noun {
                _ if name == "Hồ Chí Minh" => "Thành phố Hồ Chí Minh".to_string(),
                Some(n) => format!("{n} {name}"),
                None => name.clone(),
            },
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text);
    }
    out
}

/// Parses one written issuer (not joint).
fn parse_one(doc: &Doc, s: usize, e: usize) -> Form {
    let mut b = s;
    let mut title = None;
    if let Some((te, _)) = title_head_at(doc, s).filter(|&(te, _)| te <= e) {
        title = Some(canonical_tones(doc.span_text(s, te)));
        b = te;
    }
    let mut standing = None;
    if title.is_none() {
        if let Some(se) = standing_end(doc, b).filter(|&se| se < e) {
            standing = Some(join(&render(doc, b, se)));
            b = se;
        }
    }
    let mut pieces = render(doc, b, e);
    let mut body = join(&pieces);
    if body.starts_with("Trung ương") || body.starts_with("Ban Chấp hành Trung ương") {
        body = "Ban Chấp hành Trung ương Đảng".into();
        pieces = vec![Piece::Word(body.clone())];
    } else if body.starts_with("Ban Bí thư Trung ương") {
        body = "Ban Bí thư".into();
        pieces = vec![Piece::Word(body.clone())];
    } else {
        // National bodies in their usual casing ("Chính Phủ", "Ngân hàng nhà nước").
        let lower = body.to_lowercase();
        let hit = NATIONAL.iter().find(|n| {
            let n = n.to_lowercase();
            lower == n || lower.starts_with(&format!("{n} "))
        });
        if let Some(rest) = hit.and_then(|n| body.get(n.len()..).map(|r| format!("{n}{r}"))) {
            body = rest;
            pieces = vec![Piece::Word(body.clone())];
        }
    }
    if let Some(t) = &title {
        if body.is_empty() && matches!(t.as_str(), "Thủ tướng" | "Phó Thủ tướng") {
            pieces = vec![Piece::Word("Chính phủ".into())];
            body = "Chính phủ".into();
        }
    }
    let national = is_national(&body)
        || title.as_deref().is_some_and(|t| {
            matches!(t, "Chủ tịch nước" | "Tổng Bí thư" | "Thủ tướng Chính phủ")
                || (t.contains("Thủ tướng") && body == "Chính phủ")
        });
    let has_place = pieces.iter().any(|p| matches!(p, Piece::Place { .. }));
    let placeholder = pieces.iter().rev().find_map(|p| match p {
        Piece::Noun(l, _) => Some(*l),
        _ => None,
    });
    // The last body with a level decides what the locality must be.
    let mut need = Need::Nothing;
    let mut takes_noun = true;
    for i in b..e {
        if let Some(l) = committee_at(doc, i) {
            need = Need::Level(l);
            takes_noun = false;
        } else if doc.key(i) == "sở" && doc.is_cap(i) {
            need = Need::ProvinceAny;
            takes_noun = false;
        } else if doc.key(i) == "khối" && matches!(need, Need::Nothing | Need::Any) {
            need = Need::ProvinceAny;
            takes_noun = true;
        } else if matches!(doc.tok_text(i), "UBND" | "HĐND" | "UBNDTP" | "HĐNDTP")
            || (matches!(doc.key(i), "ủy" | "hội") && matches!(doc.key(i + 2), "nhân"))
            || (doc.key(i) == "công" && doc.key(i + 1) == "an")
        {
            need =
                if doc.tok_text(i).ends_with("TP") { Need::Level(Level::City) } else { Need::Any };
            takes_noun = true;
        }
    }
    // A person named after the title ("Thứ trưởng Bộ Y tế Nguyễn Văn A") needs no locality.
    let person = (b..e).any(|k| starts_name(doc, k) && k + title_run(doc, k) >= e);
    if national || has_place || person {
        need = Need::Nothing;
    } else if let Some(l) = placeholder {
        need = Need::Level(l);
    } else if need == Need::Nothing
        && title.is_none()
        && parse_unit(doc, b, false).is_none_or(|u| u.bare())
    {
        need = Need::Bare;
    }
    Form { title, standing, pieces, need, national, takes_noun }
}

impl Form {
    /// Key and display with the locality `place` (name, level) filled in.
    fn finish(&self, place: Option<(&str, Level)>) -> (String, String) {
        let mut pieces = self.pieces.clone();
        // Normalise a written locality: no noun after a Party committee or a Sở ("Thành ủy
        // TP Hà Nội" → "Thành ủy Hà Nội"), one after UBND & co. ("UBND Nghệ An").
        for k in 0..pieces.len() {
            let after_committee =
                k > 0 && matches!(&pieces[k - 1], Piece::Word(w) if w.ends_with(" ủy"));
            if let Piece::Place { noun, level, .. } = &mut pieces[k] {
                let province = matches!(level, Level::City | Level::Province);
                if after_committee || (!self.takes_noun && province) {
                    *noun = None;
                } else if noun.is_none()
                    && self.takes_noun
                    && matches!(level, Level::City | Level::Province)
                {
                    *noun = Some(level.noun().to_string());
                }
            }
        }
        if let Some((name, level)) = place {
            let filled = Piece::Place {
                noun: self.takes_noun.then(|| level.noun().to_string()),
                level,
                name: name.to_string(),
            };
            match pieces.iter().rposition(|p| matches!(p, Piece::Noun(..))) {
                Some(k) => {
                    let noun = match &pieces[k] {
                        Piece::Noun(Level::Commune, n) => n.clone(),
                        _ => level.noun().to_string(),
                    };
                    pieces[k] = Piece::Place { noun: Some(noun), level, name: name.to_string() };
                }
                None => pieces.push(filled),
            }
        }
        let body = join(&pieces);
        let key = match &self.title {
            Some(t) if body.is_empty() => t.clone(),
            Some(t) => format!("{t} {body}"),
            None => body.clone(),
        };
        let display = match &self.standing {
            Some(s) => format!("{s} {body}"),
            None => key.clone(),
        };
        (key, display)
    }

    /// Level rank of the body (5 national, 4 province, 3 district, 2 commune), when known.
    pub fn rank(&self, place: Option<Level>) -> Option<u8> {
        if self.national {
            return Some(5);
        }
        let written = self.pieces.iter().rev().find_map(|p| match p {
            Piece::Place { level, .. } => Some(*level),
            _ => None,
        });
        match (place.or(written), self.need) {
            (Some(l), _) => Some(l.rank()),
            (None, Need::Level(l)) => Some(l.rank()),
            (None, Need::ProvinceAny) => Some(4),
            _ => None,
        }
    }
}

/// Parses a written issuer; joint issuers ("Bộ Y tế và Bộ Tài chính") give one form each.
pub(super) fn parse(written: &str) -> Vec<Form> {
    let doc = Doc::analyse(written);
    let n = doc.len();
    let mut parts = Vec::new();
    let mut s = 0;
    let mut i = 0;
    while i < n {
        let joint = (doc.key(i) == "và" || doc.is_punct(i, '-'))
            && i > s
            && doc.is_cap(i + 1)
            && (parse_unit(&doc, i + 1, false).is_some() || title_head_at(&doc, i + 1).is_some())
            && parse_unit(&doc, s, false).is_none_or(|u| u.end <= i);
        if joint {
            parts.push((s, i));
            s = i + 1;
        }
        i += 1;
    }
    if s < n {
        parts.push((s, n));
    }
    parts.into_iter().map(|(s, e)| parse_one(&doc, s, e)).collect()
}

/// Where to look for a locality.
pub(super) struct Lookup<'a> {
    /// Every place of the article: (byte start, level, name).
    pub places: &'a [(usize, Level, String)],
    /// Byte spans of the sentences that mention the document, the likeliest first.
    pub sentences: Vec<(usize, usize)>,
    /// The outlet's province.
    pub outlet: Option<&'static Province>,
}

impl Lookup<'_> {
    /// The locality for `need`: the same sentence, then the article's most frequent place of
    /// that level, then the outlet.
    pub fn find(&self, need: Need) -> Option<(String, Level, IssuerSource)> {
        for &(s, e) in &self.sentences {
            let hit =
                self.places.iter().find(|(p, l, _)| *p >= s && *p < e && need.accepts(*l, true));
            if let Some((_, l, name)) = hit {
                return Some((name.clone(), *l, IssuerSource::Sentence));
            }
        }
        let mut counts: Vec<(&str, Level, usize)> = Vec::new();
        for (_, l, name) in self.places.iter().filter(|(_, l, _)| need.accepts(*l, false)) {
            match counts.iter_mut().find(|(n, _, _)| n == name) {
                Some(c) => c.2 += 1,
                None => counts.push((name, *l, 1)),
            }
        }
        let best = counts.iter().rev().max_by_key(|c| c.2);
        if let Some((name, l, _)) = best {
            return Some((name.to_string(), *l, IssuerSource::Article));
        }
        let p = self.outlet?;
        let l = if p.city { Level::City } else { Level::Province };
        need.accepts(l, false).then(|| (p.name.clone(), l, IssuerSource::Outlet))
    }
}

/// Resolves a written issuer: (id, level rank).
pub(super) fn resolve_written(written: &str, lookup: &Lookup) -> Option<(IssuerId, Option<u8>)> {
    let forms = parse(written);
    let mut keys = Vec::new();
    let mut displays = Vec::new();
    let mut resolved = true;
    let mut source = IssuerSource::Written;
    let mut rank = None;
    for f in &forms {
        let found = match f.need {
            Need::Nothing | Need::Bare => None,
            need => lookup.find(need),
        };
        let (k, d) = f.finish(found.as_ref().map(|(n, l, _)| (n.as_str(), *l)));
        match (&found, f.need) {
            (Some((_, _, src)), _) => source = *src,
            (None, Need::Nothing) => {}
            (None, _) => {
                resolved = false;
                source = IssuerSource::Unresolved;
            }
        }
        rank = rank.max(f.rank(found.as_ref().map(|(_, l, _)| *l)));
        keys.push(k);
        displays.push(d);
    }
    let key = keys.join(" và ");
    if key.is_empty() {
        return None;
    }
    Some((
        IssuerId { key, display: displays.join(" và "), resolved, source, from_symbol: false },
        rank,
    ))
}

/// National issuer codes inside a symbol.
const SYMBOL_ISSUERS: &[(&str, &str)] = &[
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("CTN", "Chủ tịch nước"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("NHNN", "Ngân hàng Nhà nước"),
    ("KTNN", "Kiểm toán Nhà nước"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("BQP", "Bộ Quốc phòng"),
    ("BCA", "Bộ Công an"),
    ("BNG", "Bộ Ngoại giao"),
    ("BTP", "Bộ Tư pháp"),
    ("BNV", "Bộ Nội vụ"),
    ("BTC", "Bộ Tài chính"),
    ("BCT", "Bộ Công Thương"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BXD", "Bộ Xây dựng"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BYT", "Bộ Y tế"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
];

/// The national issuer a symbol names unambiguously (`NĐ-CP` → Chính phủ, `QĐ-TTg`, `/QH15`).
/// Party symbols (`…/TW`) name none: Bộ Chính trị, Ban Bí thư and the Central Committee share
/// the code.
pub(super) fn national_from_symbol(symbol: &str) -> Option<&'static str> {
    let tail = symbol.rsplit('/').next().unwrap_or(symbol);
    let chunks: Vec<&str> = tail.split('-').collect();
    if chunks.len() == 1 {
        let c = chunks[0];
        let digits =
            |p: &str| c.strip_prefix(p).is_some_and(|t| t.chars().all(|d| d.is_ascii_digit()));
        return if digits("UBTVQH") {
            Some("Ủy ban Thường vụ Quốc hội")
        } else if digits("QH") {
            Some("Quốc hội")
        } else if c == "CP" {
            Some("Chính phủ")
        } else {
            None
        };
    }
    // The type code (`QĐ`, `TT`) is in no list: a công văn's first chunk is its issuer.
    let found: Vec<&str> = chunks
        .iter()
        .filter_map(|c| SYMBOL_ISSUERS.iter().find(|(k, _)| k == c).map(|(_, v)| *v))
        .collect();
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The local Party committee a symbol's organ code names (`CT/TU` → Thành ủy or Tỉnh ủy,
/// `KH/HU` → Huyện ủy, `KH/QU` → Quận ủy), resolved with the locality the text gives.
pub(super) fn local_from_symbol(symbol: &str, lookup: &Lookup) -> Option<(IssuerId, Option<u8>)> {
    let (_, organ) = symbol.rsplit_once('/')?;
    let need = match organ {
        "TU" => Need::ProvinceAny,
        "HU" => Need::Level(Level::District),
        "QU" => Need::Level(Level::Urban),
        _ => return None,
    };
    let (name, level, source) = lookup.find(need)?;
    let body = match level {
        Level::City => "Thành ủy",
        Level::Province => "Tỉnh ủy",
        Level::District => "Huyện ủy",
        _ => "Quận ủy",
    };
    let place =
        if name == "Hồ Chí Minh" { "Thành phố Hồ Chí Minh".to_string() } else { name };
    let key = format!("{body} {place}");
    let id = IssuerId { display: key.clone(), key, resolved: true, source, from_symbol: true };
    Some((id, Some(level.rank())))
}

/// The key of a written issuer without context (the locality only as written).
pub(super) fn key_of(text: &str) -> String {
    let forms = parse(text);
    let key = forms.iter().map(|f| f.finish(None).0).collect::<Vec<_>>().join(" và ");
    if key.is_empty() {
        canonical_tones(text.trim())
    } else {
        key
    }
}

/// Folded tokens of an issuer query, abbreviations expanded, the standing body and
/// administrative nouns dropped.
fn query_tokens(s: &str) -> Vec<String> {
    let folded = fold(s);
    let mut toks: Vec<String> = Vec::new();
    for w in
        folded.split(|c: char| !c.is_ascii_alphanumeric() && c != '.').filter(|w| !w.is_empty())
    {
        let exp: &[&str] = match w.trim_matches('.') {
            "ubnd" => &["uy", "ban", "nhan", "dan"],
            "hdnd" => &["hoi", "dong", "nhan", "dan"],
            "tp.hcm" | "tphcm" | "hcm" | "tp.hồ" => &["ho", "chi", "minh"],
            "tp.hn" => &["ha", "noi"],
            "ttg" => &["thu", "tuong", "chinh", "phu"],
            "bch" => &["ban", "chap", "hanh"],
            "btv" | "tp" | "tp." => &[],
            other => {
                for part in other.split('.').filter(|p| !p.is_empty()) {
                    toks.push(part.to_string());
                }
                continue;
            }
        };
        toks.extend(exp.iter().map(|t| t.to_string()));
    }
    for prefix in [
        &["ban", "thuong", "vu"][..],
        &["thuong", "vu"],
        &["ban", "thuong", "truc"],
        &["thuong", "truc"],
    ] {
        if toks.len() > prefix.len()
            && toks.starts_with(&prefix.iter().map(|t| t.to_string()).collect::<Vec<_>>())
        {
            toks.drain(..prefix.len());
            break;
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let next = toks.get(k + 1).map_or("", String::as_str);
        if toks[k] == "thanh" && next == "pho" {
            k += 2;
            continue;
        }
        if matches!(toks[k].as_str(), "tinh" | "huyen") && next != "uy" {
            k += 1;
            continue;
        }
        out.push(toks[k].clone());
        k += 1;
    }
    out
}

/// Whether the query's folded words occur in the key in the same order.
pub(super) fn matches(query: &str, key: &str) -> bool {
    let q = query_tokens(query);
    if q.is_empty() {
        return !query.trim().is_empty() && !key.trim().is_empty();
    }
    let k = query_tokens(key);
    let mut it = k.iter();
    q.iter().all(|w| it.any(|t| t == w))
}
