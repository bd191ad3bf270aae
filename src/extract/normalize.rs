//! Article normalisation shared by every extraction path (profiles and the generic extractor):
//! datelines, source tags, bylines and boilerplate labels.
//!
//! - [`split_dateline`]: a location or agency stamp that opens the lead ("TP HCM - ",
//!   "(Chinhphu.vn) - ", "HNM - ") is kept apart from the first sentence.
//! - [`take_source`]: a source tag that closes the body ("(tổng hợp)", "Theo VTV",
//!   "(Theo TTXVN)", "Nguồn: Reuters") is moved out of it.
//! - [`normalize_byline`]: a byline becomes a list of names ("Theo X" is a source, labels such
//!   as "Tin, ảnh:" and trailing dashes or parentheses go, "Nhóm PV" is "PV").
//! - [`drop_labels`]: section labels ("Tin liên quan", "Xem thêm", "TIN MỚI", "Được tài trợ",
//!   ...) and the related titles listed under them leave the body, as do headlines behind an
//!   arrow (">> …", "» …").

use std::sync::LazyLock;

use regex::Regex;

use crate::text::fold;

/// A parenthesised stamp: "(Chinhphu.vn) - ", "(CTO)- ", "(Dân trí) – ".
static PAREN_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(\s*([^()]{2,40}?)\s*\)\s*[-–—]+\s*").expect("paren stamp regex is valid")
});

/// A parenthesised stamp in capitals without a dash: "(TNO) TAND TP.Đà Nẵng …". Two to ten
/// capitals, digits, dots or ampersands, then a space and a capital or a digit.
static PAREN_CAPS_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\(\s*(\p{Lu}[\p{Lu}\d.&]{1,9})\s*\)\s+["“]?[\p{Lu}\d]"#)
        .expect("paren caps stamp regex is valid")
});

/// A bare stamp before a spaced dash and the sentence: "TP HCM - Nếu", "HNM – Sáng".
static BARE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^([^\s()\-–—][^()\-–—]{0,38}?)\s+[-–—]{1,2}\s+["“'‘(]?[\p{Lu}\d]"#)
        .expect("bare stamp regex is valid")
});

/// Provinces and cities (folded, without "tỉnh"/"thành phố") that open datelines.
const PLACES: &[&str] = &[
    "ha noi",
    "hai phong",
    "da nang",
    "can tho",
    "hue",
    "tp hcm",
    "tp.hcm",
    "tphcm",
    "tp ho chi minh",
    "tp. ho chi minh",
    "thanh pho ho chi minh",
    "ho chi minh",
    "sai gon",
    "an giang",
    "bac giang",
    "bac kan",
    "bac lieu",
    "bac ninh",
    "ben tre",
    "binh dinh",
    "binh duong",
    "binh phuoc",
    "binh thuan",
    "ca mau",
    "cao bang",
    "dak lak",
    "dak nong",
    "dien bien",
    "dong nai",
    "dong thap",
    "gia lai",
    "ha giang",
    "ha nam",
    "ha tinh",
    "hai duong",
    "hau giang",
    "hoa binh",
    "hung yen",
    "khanh hoa",
    "kien giang",
    "kon tum",
    "lai chau",
    "lam dong",
    "lang son",
    "lao cai",
    "long an",
    "nam dinh",
    "nghe an",
    "ninh binh",
    "ninh thuan",
    "phu tho",
    "phu yen",
    "quang binh",
    "quang nam",
    "quang ngai",
    "quang ninh",
    "quang tri",
    "soc trang",
    "son la",
    "tay ninh",
    "thai binh",
    "thai nguyen",
    "thanh hoa",
    "thua thien hue",
    "tien giang",
    "tra vinh",
    "tuyen quang",
    "vinh long",
    "vinh phuc",
    "yen bai",
    "vung tau",
    "da lat",
    "nha trang",
    "ha long",
    "vinh",
    "quy nhon",
    "buon ma thuot",
    "pleiku",
    "phu quoc",
    "sa pa",
];

/// True when `s` can be a dateline: an agency or paper abbreviation in capitals ("HNM",
/// "TTXVN", "GD&TĐ", "TP HCM"), a site name ("Chinhphu.vn"), or a province or city.
fn is_stamp(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    if s.is_empty() || words > 5 || s.chars().count() > 40 {
        return false;
    }
    if s.chars().any(|c| matches!(c, '!' | '?' | ';' | ':' | '"' | '“' | '”')) {
        return false;
    }
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return true;
    }
    let f = fold(s);
    let f = f.trim_end_matches('.');
    if [".vn", ".net", ".com"].iter().any(|d| f.ends_with(d)) && !f.contains(' ') {
        return true;
    }
    let place = f.strip_prefix("tinh ").or_else(|| f.strip_prefix("thanh pho ")).unwrap_or(f);
    PLACES.contains(&place)
        && s.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Splits a location or agency stamp off the start of a lead: the profile's own prefix
/// pattern when it matches, else "(Xyz) - " or a recognised bare stamp ("TP HCM - ").
/// Returns the stamp (parentheses and dashes removed) and the rest of the text.
pub fn split_dateline(text: &str, profile_prefix: Option<&Regex>) -> (Option<String>, String) {
    let s = crate::extract::dom::squash(text);
    let clean = |stamp: &str| -> Option<String> {
        let t = stamp.trim().trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '(' | ')' | '-' | '–' | '—' | ':')
        });
        (!t.is_empty()).then(|| t.to_string())
    };
    if let Some(re) = profile_prefix {
        if let Some(m) = re.find(&s) {
            if m.start() == 0 && m.end() > 0 {
                let rest = s.get(m.end()..).unwrap_or("").trim().to_string();
                return (clean(m.as_str()), rest);
            }
        }
    }
    if let Some(c) = PAREN_STAMP.captures(&s) {
        let whole = c.get(0).map_or(0, |m| m.end());
        return (clean(&c[1]), s.get(whole..).unwrap_or("").trim().to_string());
    }
    if let Some(c) = PAREN_CAPS_STAMP.captures(&s) {
        // The match ends one character into the sentence: cut at the bracket instead.
        let close = s.find(')').map_or(0, |i| i + 1);
        return (clean(&c[1]), s.get(close..).unwrap_or("").trim().to_string());
    }
    if let Some(c) = BARE_STAMP.captures(&s) {
        let stamp = c.get(1).map_or("", |m| m.as_str());
        if is_stamp(stamp) {
            // The match ends one character into the sentence: cut at the dash instead.
            let after = s.get(stamp.len()..).unwrap_or("");
            let rest = after.trim_start().trim_start_matches(['-', '–', '—']).trim_start();
            return (clean(stamp), rest.to_string());
        }
    }
    (None, s)
}

/// "Theo X" / "Nguồn: X", optionally parenthesised, as a whole line.
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*(?:theo|nguồn\s*:?)\s+([^()]{2,80}?)\s*\)?\s*\.?$")
        .expect("source line regex is valid")
});

/// "(Theo X)", "(Nguồn: X)" or "(tổng hợp)" closing the last sentence.
static SOURCE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\(\s*(?:(?:theo|nguồn\s*:?)\s+([^()]{2,80}?)|(tổng hợp))\s*\)\s*\.?$")
        .expect("source tail regex is valid")
});

/// An agency credit in brackets closing the body: "(TTXVN/Vietnam+)", "(PV/VOV)".
static AGENCY_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[.!?…]|\./\.)\s*\(\s*([^()]{2,40}?)\s*\)\s*$").expect("credit regex is valid")
});

/// True when `s` is an agency credit: short, every word capitalised, and naming an agency by
/// its initials ("TTXVN", "VOV", "AFP") or a "+" brand ("Vietnam+"); "(Hết)", "(Còn nữa)" and
/// "(Ảnh minh họa)" are not.
fn is_agency_credit(s: &str) -> bool {
    let folded = fold(s);
    if matches!(folded.trim(), "het" | "con nua") || folded.starts_with("ky ") {
        return false;
    }
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '-' | '–'))
        .filter(|p| !p.is_empty())
        .collect();
    let initials = |p: &&str| {
        p.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && p.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    !parts.is_empty()
        && parts.len() <= 6
        && parts
            .iter()
            .all(|p| p.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && parts.iter().any(|p| initials(p) || p.ends_with('+'))
}

/// True when `s` names a source: a few capitalised names or agencies separated by commas,
/// "và" or dashes ("VTV", "Reuters, AFP", "Báo Nhân Dân"), not the start of a sentence
/// ("Theo ông A, ..."). A name of six to eight words must end in a capitalised word, as an
/// office's name ends in its place ("Bảo hiểm xã hội TP Hà Nội"); a clause does not ("Bộ Y tế
/// sẽ có hướng dẫn thêm").
fn is_source_name(s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    if s.is_empty() || s.chars().count() > 60 || s.split_whitespace().count() > 8 {
        return false;
    }
    let capital =
        |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    s.split([',', '/', '-', '–', '&'])
        .flat_map(|part| part.split(" và "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            capital(part) && (words.len() <= 5 || words.last().is_some_and(|w| capital(w)))
        })
}

/// True when a whole paragraph only says "tổng hợp" (compiled from several sources).
fn is_compiled(p: &str) -> bool {
    let f = fold(p);
    let f = f.trim().trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ' '));
    f == "tong hop" || f == "theo tong hop"
}

/// Moves a source tag off the end of the body: a last paragraph that only names a source
/// ("Theo VTV", "(tổng hợp)", "Nguồn: Reuters"), or a "(Theo X)" / "(tổng hợp)" closing the
/// last sentence. Returns the source ("VTV", "tổng hợp").
pub fn take_source(body: &mut Vec<String>) -> Option<String> {
    let last = body.last()?.trim().to_string();
    if is_compiled(&last) {
        body.pop();
        return Some("tổng hợp".to_string());
    }
    if let Some(c) = SOURCE_LINE.captures(&last) {
        let name = c[1].trim().trim_end_matches('.').to_string();
        if is_source_name(&name) {
            body.pop();
            return Some(name);
        }
    }
    if let Some(c) = AGENCY_CREDIT.captures(&last) {
        let name = c[2].trim().to_string();
        if is_agency_credit(&name) {
            let start = c
                .get(2)
                .and_then(|m| last.get(..m.start()))
                .map_or(0, |head| head.trim_end().trim_end_matches('(').trim_end().len());
            let kept = last.get(..start).unwrap_or("").trim_end().to_string();
            match body.last_mut() {
                Some(l) if !kept.is_empty() => *l = kept,
                _ => {
                    body.pop();
                }
            }
            return Some(name);
        }
    }
    if let Some(c) = SOURCE_TAIL.captures(&last) {
        let name = match (c.get(1), c.get(2)) {
            (Some(n), _) => n.as_str().trim().to_string(),
            (None, Some(_)) => "tổng hợp".to_string(),
            _ => return None,
        };
        if name == "tổng hợp" || is_source_name(&name) {
            let start = c.get(0).map_or(last.len(), |m| m.start());
            let kept = last.get(..start).unwrap_or("").trim_end().to_string();
            if let Some(l) = body.last_mut() {
                *l = kept;
            }
            if body.last().is_some_and(|l| l.is_empty()) {
                body.pop();
            }
            return Some(name);
        }
    }
    None
}

/// A link teaser to another story (">> …", "» …") after the last sentence of a paragraph, which
/// line breaks glued onto it, possibly followed by a "Theo X" credit.
static GLUED_TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([.!?…”])\s+(?:>>|»)\s*\S").expect("glued teaser regex is valid")
});

/// "Theo X" (one to four capitalised words) closing a text.
static GLUED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(Theo\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*$")
        .expect("glued credit regex is valid")
});

/// Cuts a link teaser (">> Vì sao …? Kỳ 1") glued onto the end of the last paragraph: returns
/// the paragraph without it and, when a "Theo X" credit closes the cut text, that credit line.
pub fn glued_teaser(p: &str) -> Option<(String, Option<String>)> {
    let m = GLUED_TEASER.captures(p)?;
    let end = m.get(1)?.end();
    let kept = p.get(..end)?.trim_end().to_string();
    let cut = p.get(end..)?;
    // The teaser is a title, not the text: short, and the kept part is the bulk.
    if cut.split_whitespace().count() > 40 || kept.chars().count() < cut.chars().count() {
        return None;
    }
    let credit = GLUED_CREDIT.captures(cut).map(|c| c[1].to_string());
    Some((kept, credit))
}

/// A tag written into a description's text by a CMS that stores the lead as HTML ("…
/// 17/2/2013.<br><a href='…'><b>>> Công chức …</b></a>", "<p>We're excited to introduce
/// <strong>Mini-SGLang</strong> …</p>").
static MARKUP_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>").expect("markup tag regex is valid")
});

/// The text of a page's description (`meta[name=description]`, `og:description`): the HTML
/// tags a CMS wrote into it removed (a line break, a paragraph or a list item becomes a space,
/// an inline tag nothing), and a link teaser to another story glued after its last sentence
/// ("… đến hết ngày 17/2/2013. >> Công chức, viên chức được nghỉ 9 ngày dịp Tết Âm lịch",
/// [`glued_teaser`]) cut: the teaser is a link the lead shows under it, not the lead.
pub fn description_text(description: String) -> String {
    let text = if description.contains('<') && MARKUP_TAG.is_match(&description) {
        let plain = MARKUP_TAG.replace_all(&description, |c: &regex::Captures<'_>| {
            let tag = c[1].to_ascii_lowercase();
            let block = matches!(
                tag.as_str(),
                "br" | "p"
                    | "div"
                    | "li"
                    | "ul"
                    | "ol"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "tr"
                    | "td"
                    | "blockquote"
            );
            if block {
                " "
            } else {
                ""
            }
        });
        super::dom::squash(&plain)
    } else {
        description
    };
    match glued_teaser(&text) {
        Some((kept, _)) => kept,
        None => text,
    }
}

/// "Theo X" followed, on a line of its own, by the paper the text is taken from ("Theo Vân
/// Anh" then "Lao Động"): X is the writer, the second line the source. X must be a person's name
/// (not an agency's initials such as "Theo VTV") and the second line a source's name.
pub fn writer_and_source(line: &str, next: &str) -> Option<(String, String)> {
    let line = line.trim();
    if !fold(line).starts_with("theo ") {
        return None;
    }
    let writer = SOURCE_LINE.captures(line)?.get(1)?.as_str().trim().trim_end_matches('.');
    let next = next.trim().trim_end_matches('.');
    let person = is_name_shaped(writer) && writer.chars().any(char::is_lowercase);
    let paper = is_source_name(next)
        && !next.is_empty()
        && !fold(next).starts_with("theo ")
        && !next.ends_with([':', '?', '!']);
    (person && paper && fold(next) != fold(writer)).then(|| (writer.to_string(), next.to_string()))
}

/// Credit labels before the names: "Tin, ảnh:", "Bài và ảnh:", "Ảnh:", "Tác giả:".
static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ|thực hiện|tác giả|nhóm tác giả|người viết|phóng viên|biên tập|ghi chép)(?:\s*(?:,|và|&|\+|/)\s*(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ))*\s*:\s*)",
    )
    .expect("credit label regex is valid")
});

/// "(tổng hợp)" / "(theo X)" after the names of a byline.
static BYLINE_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\(\s*(?:(?:theo|nguồn\s*:?)\s+([^()]{2,60}?)|(tổng hợp))\s*\)\s*$")
        .expect("byline source regex is valid")
});

/// " - Theo X" after the names of a byline ("Long Trần - Theo Trí Thức Trẻ"): the paper the
/// text is taken from.
static BYLINE_DASH_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+[-–—]\s*(?:theo|nguồn\s*:?)\s+([^()]{2,60}?)\s*$")
        .expect("byline dash source regex is valid")
});

/// A media credit after the names of a byline ("H.V. Ảnh: Misso", "Anh Dũng - Ảnh: Hải Anh",
/// "Hoàng Cường Ảnh, Video: Carscoop"): the photographer or the footage's source, not a writer.
static TRAILING_MEDIA_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\s*[-–—,]\s*|\s+|^)(?:ảnh|video|clip|đồ họa|đồ hoạ)(?:\s*(?:,|và|&)\s*(?:ảnh|video|clip))*\s*:.*$",
    )
    .expect("trailing media credit regex is valid")
});

/// Dotted initials ("H.V", "T.N"): the dot after the last letter belongs to them.
static DOTTED_INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Lu}\.)+\p{Lu}$").expect("dotted initials regex is valid"));

/// "Theo X (Y)": a writer X relayed from the paper or papers Y ("Theo Sầm Hoa
/// (Vietnamnet/Reuters)"). Not when X is itself bracketed or holds a slash.
static RELAYED_WRITER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:theo)\s+([^()/|]{2,40}?)\s*\(([^()]{2,60})\)\s*\.?$")
        .expect("relayed writer regex is valid")
});

/// The outlets the crate knows, as folded letters and digits without spaces: the built-in
/// profiles' names and the first label of each of their hosts ("tuoitre", "dantri", "laodong",
/// "vnexpress", "kenh14"), read off the built-in profiles already loaded (`super::BUILTIN`).
static OUTLET_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut keys: Vec<String> = Vec::new();
    for spec in &super::BUILTIN.specs {
        keys.push(compact(&spec.name.replace("-emagazine", "")));
        let hosts = spec.hosts.iter().flatten();
        keys.extend(hosts.filter_map(|h| h.split('.').next()).map(compact));
    }
    keys.retain(|k| k.len() >= 3);
    keys.sort();
    keys.dedup();
    keys
});

/// `s` folded, letters and digits only ("Tuổi Trẻ" → "tuoitre").
fn compact(s: &str) -> String {
    fold(s).chars().filter(char::is_ascii_alphanumeric).collect()
}

/// True when `x` names an outlet or agency rather than a writer: an outlet the crate knows
/// ("Tuổi Trẻ", "Báo Lao Động", "VnExpress"), a name that opens with a word for a paper or a
/// station ("Báo Đồng Nai", "Đài PT-TH …"), a domain, a brand in camel case ("VietNamNet"), or
/// an agency's initials of three capitals or more ("VTV", "TTXVN"; a writer's "TH" or "PV" is
/// not).
fn is_outlet_name(x: &str) -> bool {
    let x = x.trim();
    let known = |k: &str| OUTLET_KEYS.iter().any(|o| o == k);
    if known(&compact(x)) {
        return true;
    }
    // Not folded: "Báo" and "Đài" open papers and stations, "Bảo" and "Đại" open names.
    let lower = x.to_lowercase();
    let paper_word = ["báo ", "tạp chí ", "đài ", "truyền hình ", "thông tấn ", "cổng thông tin "];
    if paper_word.iter().any(|w| lower.starts_with(w)) {
        return true;
    }
    // A domain with a real ending ("Soha.vn"), not initials before a name ("T.Nga", "Hai.St").
    let tld = lower.rsplit('.').next().unwrap_or("");
    if is_domain(x) && matches!(tld, "vn" | "com" | "net" | "org" | "info" | "tv") {
        return true;
    }
    let words: Vec<&str> = x.split_whitespace().collect();
    let camel = |w: &str| {
        let c: Vec<char> = w.chars().collect();
        c.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    };
    let initials = |w: &str| {
        w.chars().count() >= 3 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    words.iter().any(|w| camel(w)) || (words.len() == 1 && initials(words[0]))
}

/// True when the bracket of "Theo X (Y)" says how the text was made rather than where it was
/// printed: "tổng hợp", "lược dịch", "dịch …", "sưu tầm" and their short forms "th", "st".
fn is_compilation_note(y: &str) -> bool {
    let f = fold(y);
    let f = f.trim().trim_end_matches('.');
    matches!(f, "th" | "st")
        || ["tong hop", "luoc dich", "bien dich", "dich ", "suu tam", "luoc thuat", "bien soan"]
            .iter()
            .any(|w| f.starts_with(w) || f == w.trim())
}

/// A byline without the printed date or time the page shows beside it after a bar ("Theo
/// Ngoisao | 25/12/2012 10:25" gives "Theo Ngoisao"): bar-separated parts with a digit and no
/// letters but AM, PM or GMT are dropped.
fn drop_printed_time(s: &str) -> String {
    if !s.contains('|') {
        return s.to_string();
    }
    let is_time = |p: &str| {
        p.chars().any(|c| c.is_ascii_digit())
            && p.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .all(|w| matches!(w.to_ascii_uppercase().as_str(), "AM" | "PM" | "GMT"))
    };
    let kept: Vec<&str> = s.split('|').filter(|p| !is_time(p)).collect();
    kept.join("|").trim().to_string()
}

/// Staff bylines that name no one: "PV", "Nhóm PV", "Phóng viên", "Nhóm phóng viên", and a
/// desk's group of reporters ("Nhóm PV Kinh tế").
fn is_staff(f: &str) -> bool {
    matches!(
        f,
        "pv" | "nhom pv" | "phong vien" | "nhom phong vien" | "pv nhom" | "cac pv" | "nhom p.v"
    ) || f.starts_with("nhom pv ")
        || f.starts_with("nhom phong vien ")
}

/// True when `name` has the shape of a person's name or initials: 1–6 words, each starting
/// with a capital ("Anh Dũng", "P.Y", "H.Anh"), no digits.
pub fn is_name_shaped(name: &str) -> bool {
    let n = name.trim();
    let words: Vec<&str> = n.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && n.chars().count() <= 50
        && !n.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '/' | '@'))
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// True for a bare domain (`VOV.VN`, `dantri.com.vn`): no space, dot-separated labels of
/// letters, digits and hyphens, the last of two to six letters.
pub fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|t| {
            (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// A name with an agency code glued to its last syllable by the page's markup ("Tâm
/// Hằng<i>(TTXVN)</i>" read as "Tâm HằngTTXVN"): the name alone.
fn unglue_agency(p: &str) -> &str {
    let Some(last) = p.split_whitespace().last() else { return p };
    let chars: Vec<(usize, char)> = last.char_indices().collect();
    let caps = chars.iter().rev().take_while(|(_, c)| c.is_uppercase()).count();
    if caps < 2 || caps + 2 > chars.len() || !chars[chars.len() - caps - 1].1.is_lowercase() {
        return p;
    }
    let cut = p.len() - last.len() + chars[chars.len() - caps].0;
    &p[..cut]
}

/// A byline as authors and source: "Theo X" is source X; "Tin, ảnh:" and similar labels,
/// trailing dashes, dots and parentheses are removed; several names ("A - B", "A, B", "A và
/// B") become several authors; "Nhóm PV" / "Phóng viên" become "PV".
pub fn normalize_byline(byline: &str) -> (Vec<String>, Option<String>) {
    let mut s = drop_printed_time(&crate::extract::dom::squash(byline));
    // "Theo Sầm Hoa (Vietnamnet/Reuters)": a name relayed with the papers it came from in
    // brackets: the name wrote it, the brackets are the source.
    // X must be a writer's name: "Theo VTV (tổng hợp)" and "Theo Tuổi Trẻ (Reuters)" name an
    // outlet, the source; a bracket that says how the text was made names no paper.
    if let Some(c) = RELAYED_WRITER.captures(&s) {
        let (x, y) = (c[1].trim(), c[2].trim());
        if is_name_shaped(x) {
            if is_outlet_name(x) || is_compilation_note(y) {
                return (Vec::new(), Some(x.to_string()));
            }
            return (vec![x.to_string()], Some(y.to_string()));
        }
    }
    let mut source = None;
    if let Some(c) = BYLINE_SOURCE.captures(&s) {
        source = match (c.get(1), c.get(2)) {
            (Some(n), _) => Some(n.as_str().trim().to_string()),
            (None, Some(_)) => Some("tổng hợp".to_string()),
            _ => None,
        };
        let start = c.get(0).map_or(s.len(), |m| m.start());
        s.truncate(start);
    } else if let Some(c) = BYLINE_DASH_SOURCE.captures(&s) {
        source = c.get(1).map(|n| n.as_str().trim().to_string());
        let start = c.get(0).map_or(s.len(), |m| m.start());
        s.truncate(start);
    }
    let trim = |x: &str| -> String {
        let t = x.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '(' | ')' | ',' | ';' | '|' | '*')
        });
        let cut = t.trim_end_matches('.').trim();
        // "H.V.": the last dot of dotted initials stays.
        if cut.len() < t.len() && DOTTED_INITIALS.is_match(cut) {
            format!("{cut}.")
        } else {
            cut.to_string()
        }
    };
    let mut s = trim(&s);
    if let Some(c) = SOURCE_LINE.captures(&s) {
        let name = trim(&c[1]);
        if !name.is_empty() {
            return (Vec::new(), Some(name));
        }
    }
    if is_compiled(&s) {
        return (Vec::new(), Some("tổng hợp".to_string()));
    }
    if let Some(m) = CREDIT_LABEL.find(&s) {
        // "Ảnh: Reuters", "Video: VTV": a media credit names no author of the text.
        let label = fold(m.as_str());
        let media_only = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "va"))
            .all(|w| matches!(w, "anh" | "video" | "clip" | "do" | "hoa"));
        if media_only {
            return (Vec::new(), source);
        }
        s = trim(s.get(m.end()..).unwrap_or(""));
    }
    // "H.V. Ảnh: Misso": the media credit after the names goes.
    if let Some(m) = TRAILING_MEDIA_CREDIT.find(&s) {
        if m.start() > 0 {
            s = trim(&s[..m.start()]);
        }
    }
    let mut authors: Vec<String> = Vec::new();
    let parts = s
        .split([',', ';', '/', '&', '+', '|'])
        .flat_map(|p| p.split(" - ").flat_map(|q| q.split(" – ")).flat_map(|q| q.split(" — ")))
        .flat_map(|p| p.split(" và "))
        // "Phùng Anh (VTV Online)": the affiliation in brackets after a name is not part of it.
        .map(|p| match p.find(" (") {
            Some(i) if i > 0 => &p[..i],
            _ => p,
        })
        .map(unglue_agency)
        .map(trim)
        // "PV/VOV.VN": the outlet's domain next to the author is no author.
        .filter(|p| !p.is_empty() && !is_domain(p));
    for p in parts {
        let f = fold(&p);
        let name = if is_staff(&f) {
            "PV".to_string()
        } else if let Some(rest) = p.strip_prefix("PV ").or_else(|| p.strip_prefix("Phóng viên "))
        {
            trim(rest)
        } else {
            p
        };
        if !name.is_empty() && !authors.iter().any(|a| fold(a) == fold(&name)) {
            authors.push(name);
        }
    }
    (authors, source)
}

/// Section labels that are never article text (folded).
const LABELS: &[&str] = &[
    "tin lien quan",
    "bai lien quan",
    "bai viet lien quan",
    "tin bai lien quan",
    "xem them",
    "doc them",
    "xem tiep",
    "doc tiep",
    "tin moi",
    "tin moi nhat",
    "moi nhat",
    "tin khac",
    "cac tin khac",
    "tin cung chuyen muc",
    "cung chuyen muc",
    "co the ban quan tam",
    "ban co the quan tam",
    "co the ban muon xem",
    "tin noi bat",
    "doc nhieu",
    "xem nhieu",
    "tieu diem",
    "duoc tai tro",
    "quang cao",
    "chia se",
    "chia se bai viet",
    "binh luan",
    "gui binh luan",
    "y kien cua ban",
    "gui y kien",
    "tu khoa",
    "the",
    "tags",
    "in bai viet",
    "sao chep lien ket",
    "xem cac bai viet cua tac gia",
    "video dang duoc xem nhieu",
];

/// Labels that introduce a list of related titles (folded).
const RELATED: &[&str] = &[
    "tin lien quan",
    "bai lien quan",
    "bai viet lien quan",
    "tin bai lien quan",
    "xem them",
    "doc them",
    "tin moi",
    "tin moi nhat",
    "tin khac",
    "cac tin khac",
    "tin cung chuyen muc",
    "cung chuyen muc",
    "co the ban quan tam",
    "ban co the quan tam",
];

fn label_key(p: &str) -> String {
    let f = fold(p);
    f.trim().trim_end_matches([':', '>', '»', '.', ' ']).trim().to_string()
}

/// True when a paragraph is only the labels of an original-article link widget ("Link bài
/// gốc", "Lấy link", "Copy link").
fn is_source_link_widget(p: &str) -> bool {
    let key = label_key(p);
    key.starts_with("link bai goc")
        && key.split_whitespace().count() <= 6
        && key
            .split_whitespace()
            .all(|w| matches!(w, "link" | "bai" | "goc" | "lay" | "copy" | "sao" | "chep"))
}

/// True when a whole paragraph is a section label, a share/follow line or an ad label.
pub fn is_label(p: &str) -> bool {
    let key = label_key(p);
    if key.chars().count() > 60 {
        return false;
    }
    LABELS.contains(&key.as_str())
        || key.starts_with("chia se qua ")
        || key.starts_with("chia se facebook")
        || ((key.starts_with("theo doi ")
            || key.starts_with("moi quy doc gia theo doi ")
            || key.starts_with("moi ban doc theo doi "))
            && !p.trim_end().ends_with('.'))
        || key.starts_with("binh luan cua ban")
        || key == "advertisement"
        || is_read_on_promo(&key, p)
}

/// "Đọc những thông tin kinh tế mới nhất trên FICA:": an invitation to read news on a site,
/// introducing its links.
fn is_read_on_promo(key: &str, p: &str) -> bool {
    let words: Vec<&str> = key.split_whitespace().collect();
    let reads = matches!(words.first(), Some(&"doc") | Some(&"xem"))
        && words.iter().skip(1).take(3).any(|w| matches!(*w, "tin" | "thong" | "bai"));
    reads
        && words.len() <= 15
        && words.iter().any(|w| matches!(*w, "tren" | "tai"))
        && p.trim_end().ends_with(':')
}

/// True when a paragraph is "Xem thêm: <title>" or "Tin liên quan: <title>".
fn is_labelled_link(p: &str) -> bool {
    let f = fold(p);
    let Some((head, rest)) = f.split_once(':') else {
        return false;
    };
    RELATED.contains(&head.trim()) && rest.split_whitespace().count() <= 30
}

/// A headline behind an arrow (">> 'Siêu cường' châu Á có hộ chiếu …", "» Máy bay quân sự chở
/// hơn 100 người rơi ở Myanmar", ">>> Xem thêm: …"): a link to another story that outlets set
/// between or after the paragraphs of the text.
fn is_arrow_teaser(p: &str) -> bool {
    let t = p.trim_start();
    let rest = if t.starts_with(">>") {
        t.trim_start_matches('>')
    } else if let Some(r) = t.strip_prefix('»') {
        r
    } else {
        return false;
    };
    !rest.trim().is_empty() && is_title_line(rest)
}

/// Most words of a graphic's label before its credit ([`is_graphic_caption`]).
const GRAPHIC_LABEL_WORDS: usize = 5;
/// Most words of the name in a graphic's credit.
const GRAPHIC_CREDIT_WORDS: usize = 5;

/// A map's or a chart's caption standing as a paragraph: a short label, then the graphic's
/// credit closing it ("Vị trí cây đổ. Đồ họa: Hoàng Thanh"). A label of a picture, not a
/// sentence of the text; a caption that tells the story at length ("Cây chắn ngang đường …
/// Đồ họa: …") stays.
pub fn is_graphic_caption(p: &str) -> bool {
    let t = p.trim();
    let Some((at, credit)) = ["Đồ họa:", "Đồ hoạ:", "ĐỒ HỌA:", "ĐỒ HOẠ:"]
        .iter()
        .find_map(|c| t.find(c).map(|i| (i, &t[i + c.len()..])))
    else {
        return false;
    };
    let label = t[..at].trim_end();
    let words = label.split_whitespace().count();
    label.ends_with('.')
        && !label.contains(':')
        && (1..=GRAPHIC_LABEL_WORDS).contains(&words)
        && (1..=GRAPHIC_CREDIT_WORDS).contains(&credit.split_whitespace().count())
}

/// A short line without closing punctuation: a headline listed under a label.
fn is_title_line(p: &str) -> bool {
    let t = p.trim();
    t.split_whitespace().count() <= 30 && !t.ends_with(['.', '!', '?', '…', ':', '"', '”'])
}

/// Removes section labels from a body, with the related titles listed right under a
/// "Tin liên quan" / "Xem thêm" label, "Xem thêm: <title>" lines, headlines behind an arrow
/// (">> <title>") and a label glued to the end of the last paragraph ("… hoàn thành. TIN MỚI").
pub fn drop_labels(body: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::with_capacity(body.len());
    let mut in_list = false;
    // The original-article link widget ("Link bài gốc · Lấy link") closes the article: what
    // follows is the outlet's furniture.
    if let Some(end) = body.iter().skip(1).position(|p| is_source_link_widget(p)) {
        body.truncate(end + 1);
    }
    for p in body.drain(..) {
        if is_label(&p) {
            in_list = RELATED.contains(&label_key(&p).as_str());
            continue;
        }
        if is_labelled_link(&p) || is_arrow_teaser(&p) || (in_list && is_title_line(&p)) {
            continue;
        }
        in_list = false;
        out.push(p);
    }
    if let Some(last) = out.last_mut() {
        for label in ["TIN MỚI", "TIN LIÊN QUAN", "XEM THÊM", "ĐỌC THÊM", "TIN KHÁC"] {
            if let Some(head) = last.strip_suffix(label) {
                if head.ends_with(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?')) {
                    *last = head.trim_end().to_string();
                }
            }
        }
    }
    out.retain(|p| !p.is_empty());
    *body = out;
}

/// The words of `s`, folded (lowercase, no diacritics): what near-repeat checks compare.
pub(crate) fn folded_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_dateline(input: &str, expected: (Option<&str>, &str)) {
        let (d, rest) = split_dateline(input, None);
        assert_eq!((d.as_deref(), rest.as_str()), expected, "{input:?}");
    }

    #[test]
    fn datelines() {
        check_dateline(
            "TP HCM - Nếu không có gì thay đổi, dự án sẽ khởi công.",
            (Some("TP HCM"), "Nếu không có gì thay đổi, dự án sẽ khởi công."),
        );
        check_dateline(
            "(Chinhphu.vn) - Thủ tướng vừa ký quyết định.",
            (Some("Chinhphu.vn"), "Thủ tướng vừa ký quyết định."),
        );
        check_dateline(
            "HNM - Sáng 5/3, Hà Nội tổ chức hội nghị.",
            (Some("HNM"), "Sáng 5/3, Hà Nội tổ chức hội nghị."),
        );
        check_dateline(
            "(VTC News) - Sau 8 tháng khởi công.",
            (Some("VTC News"), "Sau 8 tháng khởi công."),
        );
        check_dateline(
            "(CTO)- Ngày 8-1, hội nghị khai mạc.",
            (Some("CTO"), "Ngày 8-1, hội nghị khai mạc."),
        );
        check_dateline(
            "Baonghean.vn - Chiều 12/4, tỉnh họp.",
            (Some("Baonghean.vn"), "Chiều 12/4, tỉnh họp."),
        );
        check_dateline(
            "Hà Nội – Ngày 1/6, thành phố ra quân.",
            (Some("Hà Nội"), "Ngày 1/6, thành phố ra quân."),
        );
        check_dateline("GD&TĐ - Sáng nay, Bộ họp.", (Some("GD&TĐ"), "Sáng nay, Bộ họp."));
        check_dateline(
            "Nghệ An - \"Không để ai bị bỏ lại\", ông nói.",
            (Some("Nghệ An"), "\"Không để ai bị bỏ lại\", ông nói."),
        );
        // Not stamps: a person and a title around dashes, a number, a plain sentence.
        check_dateline(
            "Ông Tống Anh Linh - Giám đốc tài chính - đã bị xử phạt.",
            (None, "Ông Tống Anh Linh - Giám đốc tài chính - đã bị xử phạt."),
        );
        check_dateline("COVID-19 lại tăng.", (None, "COVID-19 lại tăng."));
        check_dateline("Giá vàng - Tăng mạnh.", (None, "Giá vàng - Tăng mạnh."));
        check_dateline("Ngày 5/3, tỉnh họp.", (None, "Ngày 5/3, tỉnh họp."));
        check_dateline("(Ảnh minh họa)", (None, "(Ảnh minh họa)"));
        // A stamp in capitals in brackets, without a dash.
        check_dateline(
            "(TNO) TAND TP.Đà Nẵng ngày 19.12 xét xử sơ thẩm.",
            (Some("TNO"), "TAND TP.Đà Nẵng ngày 19.12 xét xử sơ thẩm."),
        );
        check_dateline("(NLĐO) Sáng nay, trời mưa.", (Some("NLĐO"), "Sáng nay, trời mưa."));
        // Not a stamp: a word in brackets, or a capital stamp before a small letter.
        check_dateline("(Ảnh) Sáng nay, trời mưa.", (None, "(Ảnh) Sáng nay, trời mưa."));
        check_dateline("(TNO) sáng nay, trời mưa.", (None, "(TNO) sáng nay, trời mưa."));
    }

    #[test]
    fn datelines_with_a_profile_pattern() {
        let re = Regex::new(r"^\(Dân trí\)\s*-\s*").expect("test regex");
        let (d, rest) = split_dateline("(Dân trí) - Sáng nay, trời mưa.", Some(&re));
        assert_eq!((d.as_deref(), rest.as_str()), (Some("Dân trí"), "Sáng nay, trời mưa."));
    }

    fn check_source(input: &[&str], expected: (Option<&str>, &[&str])) {
        let mut body: Vec<String> = input.iter().map(|s| s.to_string()).collect();
        let src = take_source(&mut body);
        let body: Vec<&str> = body.iter().map(String::as_str).collect();
        assert_eq!((src.as_deref(), body.as_slice()), expected, "{input:?}");
    }

    #[test]
    fn sources() {
        check_source(&["Đoạn một.", "Theo VTV"], (Some("VTV"), &["Đoạn một."]));
        check_source(&["Đoạn một.", "(tổng hợp)"], (Some("tổng hợp"), &["Đoạn một."]));
        check_source(&["Đoạn một.", "Tổng hợp"], (Some("tổng hợp"), &["Đoạn một."]));
        check_source(&["Đoạn một.", "(Theo TTXVN)"], (Some("TTXVN"), &["Đoạn một."]));
        check_source(&["Đoạn một.", "Nguồn: Reuters, AFP"], (Some("Reuters, AFP"), &["Đoạn một."]));
        check_source(
            &["Giá dầu tăng mạnh trong phiên hôm qua (Theo Reuters)."],
            (Some("Reuters"), &["Giá dầu tăng mạnh trong phiên hôm qua"]),
        );
        check_source(
            &["Kết thúc phiên, giá giảm (tổng hợp)"],
            (Some("tổng hợp"), &["Kết thúc phiên, giá giảm"]),
        );
        // Sentences that begin with "Theo" are text, not a source.
        check_source(
            &["Theo ông Nguyễn Văn A, dự án sẽ xong vào cuối năm."],
            (None, &["Theo ông Nguyễn Văn A, dự án sẽ xong vào cuối năm."]),
        );
        check_source(&["Theo Bộ Y tế, số ca mắc tăng"], (None, &["Theo Bộ Y tế, số ca mắc tăng"]));
        // A longer office's name ends in its place; a clause after "Theo" does not.
        check_source(
            &["Đoạn một.", "Theo Bảo hiểm xã hội TP Hà Nội"],
            (Some("Bảo hiểm xã hội TP Hà Nội"), &["Đoạn một."]),
        );
        check_source(
            &["Đoạn một.", "Theo Bộ Y tế sẽ có hướng dẫn thêm"],
            (None, &["Đoạn một.", "Theo Bộ Y tế sẽ có hướng dẫn thêm"]),
        );
        check_source(&["Đoạn cuối."], (None, &["Đoạn cuối."]));
        // An agency credit in brackets, alone or after the last sentence.
        check_source(
            &["Đoạn một./.", "(TTXVN/Vietnam+)"],
            (Some("TTXVN/Vietnam+"), &["Đoạn một./."]),
        );
        check_source(&["Đoạn một./. (TTXVN/Vietnam+)"], (Some("TTXVN/Vietnam+"), &["Đoạn một./."]));
        check_source(&["Đoạn một.", "(PV/VOV)"], (Some("PV/VOV"), &["Đoạn một."]));
        // Not credits: an end mark, a series note, a caption note, a bracket inside a sentence.
        check_source(&["Đoạn một.", "(HẾT)"], (None, &["Đoạn một.", "(HẾT)"]));
        check_source(&["Đoạn một.", "(Còn nữa)"], (None, &["Đoạn một.", "(Còn nữa)"]));
        check_source(&["Đoạn một.", "(Ảnh minh họa)"], (None, &["Đoạn một.", "(Ảnh minh họa)"]));
        check_source(
            &["Số liệu do Tổng cục Thống kê công bố (TCTK)"],
            (None, &["Số liệu do Tổng cục Thống kê công bố (TCTK)"]),
        );
    }

    fn check_description(input: &str, expected: &str) {
        assert_eq!(description_text(input.to_string()), expected, "{input:?}");
    }

    #[test]
    fn description_markup_and_teaser() {
        // A CMS's HTML in the lead: the link under it is a teaser to another story.
        check_description(
            "UBND Hà Nội vừa thông báo lịch nghỉ Tết năm 2013 cho công chức.<br><a \
             href='http://x.vn/a-1.htm'><b>\u{a0}>>\u{a0}Công chức được nghỉ 9 ngày dịp Tết</b></a>",
            "UBND Hà Nội vừa thông báo lịch nghỉ Tết năm 2013 cho công chức.",
        );
        check_description(
            "<p>We're excited to introduce <strong>Mini-SGLang</strong>, a lightweight \
             framework.</p>",
            "We're excited to introduce Mini-SGLang, a lightweight framework.",
        );
        check_description("Dòng một<br/>dòng hai của lời dẫn.", "Dòng một dòng hai của lời dẫn.");
        // No markup, no teaser: unchanged, a comparison sign or a menu path included.
        check_description(
            "Giá vàng tăng khi 3 < 5 và USD giảm.",
            "Giá vàng tăng khi 3 < 5 và USD giảm.",
        );
        check_description(
            "Chọn mục Cài đặt >> Bảo mật để bật tính năng này.",
            "Chọn mục Cài đặt >> Bảo mật để bật tính năng này.",
        );
        // A teaser glued after the last sentence without markup goes too.
        check_description(
            "Giá vàng hôm nay tiếp tục tăng mạnh trên thị trường trong nước. » Giá USD giảm",
            "Giá vàng hôm nay tiếp tục tăng mạnh trên thị trường trong nước.",
        );
    }

    fn check_glued_teaser(p: &str, expected: Option<(&str, Option<&str>)>) {
        let got = glued_teaser(p);
        let got = got.as_ref().map(|(k, c)| (k.as_str(), c.as_deref()));
        assert_eq!(got, expected, "{p:?}");
    }

    #[test]
    fn a_link_teaser_glued_onto_the_last_paragraph_is_cut() {
        let text =
            "Cuối cùng là chiến dịch tiếp thị của hãng len Rellana với những khuôn mặt có mái \
                    tóc và chòm râu cực kỳ hài hước. Hiệu quả tiếp thị từ chiến dịch này là rất \
                    đáng ghi nhận.";
        check_glued_teaser(
            &format!("{text} >> Vì sao sữa được chứa trong bao bì hình khối? Kỳ 1 Theo Vũ Vũ"),
            Some((text, Some("Theo Vũ Vũ"))),
        );
        check_glued_teaser(&format!("{text} » Bài trước: giá vàng"), Some((text, None)));
        // No teaser mark, or one inside the sentence.
        check_glued_teaser(text, None);
        check_glued_teaser("Chọn mục Cài đặt >> Bảo mật để bật tính năng này.", None);
    }

    fn check_writer_and_source(line: &str, next: &str, expected: Option<(&str, &str)>) {
        let got = writer_and_source(line, next);
        let got = got.as_ref().map(|(w, s)| (w.as_str(), s.as_str()));
        assert_eq!(got, expected, "{line:?} / {next:?}");
    }

    #[test]
    fn a_theo_line_then_a_paper_names_the_writer_and_the_source() {
        check_writer_and_source("Theo Vân Anh", "Lao Động", Some(("Vân Anh", "Lao Động")));
        check_writer_and_source("Theo Vũ Vũ", "Zing/Themost10", Some(("Vũ Vũ", "Zing/Themost10")));
        // An agency's initials are a source, not a writer.
        check_writer_and_source("Theo VTV", "Minh Anh", None);
        // Not a "Theo" line, or a sentence after it.
        check_writer_and_source("Vân Anh", "Lao Động", None);
        check_writer_and_source("Theo Vân Anh", "Xem thêm:", None);
        check_writer_and_source("Theo Vân Anh", "những điều cần biết về thị trường vàng", None);
    }

    fn check_byline(input: &str, expected: (&[&str], Option<&str>)) {
        let (authors, source) = normalize_byline(input);
        let authors: Vec<&str> = authors.iter().map(String::as_str).collect();
        assert_eq!((authors.as_slice(), source.as_deref()), expected, "{input:?}");
    }

    #[test]
    fn bylines() {
        check_byline("Anh Dũng", (&["Anh Dũng"], None));
        check_byline("Bình Minh -", (&["Bình Minh"], None));
        // An agency code glued to the name by the markup; initials and codes stay.
        check_byline("Tâm HằngTTXVN", (&["Tâm Hằng"], None));
        check_byline("Tâm Hằng (TTXVN)", (&["Tâm Hằng"], None));
        check_byline("McDonald", (&["McDonald"], None));
        // The outlet's domain beside a staff credit.
        check_byline("PV/VOV.VN", (&["PV"], None));
        check_byline("Theo Hồ Hương", (&[], Some("Hồ Hương")));
        check_byline("(Theo VTV)", (&[], Some("VTV")));
        check_byline("Tin, ảnh: P.Y", (&["P.Y"], None));
        check_byline("Bài và ảnh: Minh Anh", (&["Minh Anh"], None));
        check_byline("Minh Anh - Hoàng Lan", (&["Minh Anh", "Hoàng Lan"], None));
        check_byline(
            "Minh Anh, Hoàng Lan và Thu Trang",
            (&["Minh Anh", "Hoàng Lan", "Thu Trang"], None),
        );
        check_byline("Nhóm PV", (&["PV"], None));
        check_byline("Nhóm PV Kinh tế", (&["PV"], None));
        check_byline("Nhóm phóng viên Thời sự", (&["PV"], None));
        check_byline("PV", (&["PV"], None));
        check_byline("Nhóm phóng viên", (&["PV"], None));
        check_byline("PV Hoàng Anh", (&["Hoàng Anh"], None));
        check_byline("Thu Hà (tổng hợp)", (&["Thu Hà"], Some("tổng hợp")));
        check_byline("Hải Yến (theo Reuters)", (&["Hải Yến"], Some("Reuters")));
        check_byline("Long Trần - Theo Trí Thức Trẻ", (&["Long Trần"], Some("Trí Thức Trẻ")));
        check_byline("(Nguyễn Văn Nam)", (&["Nguyễn Văn Nam"], None));
        check_byline("Nguyên Minh - ", (&["Nguyên Minh"], None));
        check_byline("Lương Ý ", (&["Lương Ý"], None));
        check_byline("Phùng Anh (VTV Online)", (&["Phùng Anh"], None));
        check_byline("Minh Anh (TTXVN), Hoàng Lan", (&["Minh Anh", "Hoàng Lan"], None));
        // A media credit after the names is no part of them; dotted initials keep their dot.
        check_byline("H.V. Ảnh: Misso", (&["H.V."], None));
        check_byline("Anh Dũng - Ảnh: Hải Anh", (&["Anh Dũng"], None));
        check_byline("Trương Quốc Phong. Ảnh: Mộc Xuyên", (&["Trương Quốc Phong"], None));
        check_byline("Hoàng Cường Ảnh, Video: Carscoop", (&["Hoàng Cường"], None));
        check_byline("T.N.", (&["T.N."], None));
        check_byline("Tin, ảnh: P.Y", (&["P.Y"], None));
        check_byline("Minh Ảnh", (&["Minh Ảnh"], None));
        // A media credit is not a byline.
        check_byline("Ảnh: Reuters", (&[], None));
        check_byline("Video: Hải Minh", (&[], None));
        // A printed date or time after a bar is no part of the byline.
        check_byline("Theo Ngoisao | 25/12/2012 10:25", (&[], Some("Ngoisao")));
        check_byline("Minh Anh | 08:30 AM GMT+7", (&["Minh Anh"], None));
        check_byline("Minh Anh | Hoàng Lan", (&["Minh Anh", "Hoàng Lan"], None));
        // A relayed writer with the papers it came from in brackets.
        check_byline(
            "Theo Sầm Hoa (Vietnamnet/Reuters)",
            (&["Sầm Hoa"], Some("Vietnamnet/Reuters")),
        );
        check_byline("Theo Hồ Hương (Tiền Phong)", (&["Hồ Hương"], Some("Tiền Phong")));
        check_byline("Theo Trịnh Liên (Dân Việt)", (&["Trịnh Liên"], Some("Dân Việt")));
        check_byline("Theo PV (VTC News)", (&["PV"], Some("VTC News")));
        check_byline("Theo TH (Facebook)", (&["TH"], Some("Facebook")));
        // "Bảo" and "Đại" open names, not "Báo" and "Đài"; initials before a name are no domain.
        check_byline("Theo Bảo Ngọc (Khám Phá)", (&["Bảo Ngọc"], Some("Khám Phá")));
        check_byline("Theo Đại Dũng (Pháp luật TP.HCM)", (&["Đại Dũng"], Some("Pháp luật TP.HCM")));
        check_byline("Theo T.Nga (Khampha.vn)", (&["T.Nga"], Some("Khampha.vn")));
        check_byline("Theo Zing.vn (AFP)", (&[], Some("Zing.vn")));
        // An outlet or agency in the place of the writer is the source.
        check_byline("Theo VTV (tổng hợp)", (&[], Some("VTV")));
        check_byline("Theo Tuổi Trẻ (Reuters)", (&[], Some("Tuổi Trẻ")));
        check_byline("Theo Báo Lao Động (TTXVN)", (&[], Some("Báo Lao Động")));
        check_byline("Theo VnExpress (nguồn BGR)", (&[], Some("VnExpress")));
        check_byline("Theo Báo Đồng Nai (Reuters)", (&[], Some("Báo Đồng Nai")));
        // A bracket that says how the text was made names no paper the writer wrote for.
        check_byline("Theo Hà My (tổng hợp)", (&[], Some("Hà My")));
        check_byline("Theo Minh Anh (lược dịch)", (&[], Some("Minh Anh")));
        check_byline("Theo Webtretho (th)", (&[], Some("Webtretho")));
    }

    #[test]
    fn graphic_captions() {
        for (input, expected) in [
            ("Vị trí cây đổ. Đồ họa: Hoàng Thanh", true),
            ("Diễn biến giá vàng. Đồ hoạ: Hiếu Công.", true),
            // A caption that tells the story, a byline's credit, a credit alone: not a label.
            (
                "Kết quả kinh doanh của HAGL từ năm 2012 đến nay, theo báo cáo tài chính hợp nhất. \
                 Đồ họa: Lee Nguyễn",
                false,
            ),
            ("Bài: Minh Anh. Đồ họa: Việt Dũng", false),
            ("Đồ họa: Hoàng Thanh", false),
            ("Cây chắn ngang đường Đinh Tiên Hoàng. Ảnh: Thái Viết Hoàn", false),
        ] {
            assert_eq!(is_graphic_caption(input), expected, "{input:?}");
        }
    }

    fn check_labels(input: &[&str], expected: &[&str]) {
        let mut body: Vec<String> = input.iter().map(|s| s.to_string()).collect();
        drop_labels(&mut body);
        let body: Vec<&str> = body.iter().map(String::as_str).collect();
        assert_eq!(body, expected, "{input:?}");
    }

    #[test]
    fn labels() {
        check_labels(
            &["Đoạn một.", "TIN LIÊN QUAN", "Một tiêu đề bài khác", "Tiêu đề thứ hai", "Đoạn hai."],
            &["Đoạn một.", "Đoạn hai."],
        );
        check_labels(
            &["Đoạn một.", "Xem thêm: Giá vàng hôm nay tăng mạnh", "Đoạn hai."],
            &["Đoạn một.", "Đoạn hai."],
        );
        check_labels(&["Đoạn một.", "Được tài trợ", "Đoạn hai."], &["Đoạn một.", "Đoạn hai."]);
        check_labels(
            &["Dự án sẽ hoàn thành vào năm sau. TIN MỚI"],
            &["Dự án sẽ hoàn thành vào năm sau."],
        );
        check_labels(&["Chia sẻ qua Twitter", "Đoạn một."], &["Đoạn một."]);
        // A headline behind an arrow links to another story; a sentence after one is prose.
        check_labels(
            &[
                "Đoạn một.",
                ">> 'Siêu cường' châu Á có hộ chiếu quyền lực bậc nhất thế giới",
                "» Máy bay quân sự chở hơn 100 người rơi ở Myanmar",
                ">>> Xem thêm: Kỹ thuật trồng tía tô tại nhà cho thu hoạch quanh năm",
                "Đoạn hai.",
            ],
            &["Đoạn một.", "Đoạn hai."],
        );
        check_labels(
            &["Đoạn một.", ">> Giá xăng tăng lần thứ ba trong tháng.", ">>"],
            &["Đoạn một.", ">> Giá xăng tăng lần thứ ba trong tháng.", ">>"],
        );
        check_labels(&["Đoạn một.", "Mời quý độc giả theo dõi VOV.VN trên"], &["Đoạn một."]);
        // An invitation to read news on a site, before its links.
        check_labels(
            &[
                "Đoạn một.",
                "Đọc những thông tin kinh tế - tài chính mới nhất trên FICA:",
                "Đoạn hai.",
            ],
            &["Đoạn một.", "Đoạn hai."],
        );
        // A sentence of the text introducing a quote stays.
        check_labels(
            &["Xem xét tình hình tại địa phương, ông A cho biết:", "Đoạn hai."],
            &["Xem xét tình hình tại địa phương, ông A cho biết:", "Đoạn hai."],
        );
        // The original-article link widget ends the article.
        check_labels(
            &["Đoạn một.", "Đoạn hai.", "Link bài gốc Lấy link", "Tin của bài khác."],
            &["Đoạn một.", "Đoạn hai."],
        );
        check_labels(
            &["Link bài gốc của tài liệu được dẫn ở đây."],
            &["Link bài gốc của tài liệu được dẫn ở đây."],
        );
        // A label word inside a sentence is text.
        check_labels(
            &["Xem thêm các quy định mới tại cổng thông tin."],
            &["Xem thêm các quy định mới tại cổng thông tin."],
        );
        check_labels(&["Tin mới nhất cho thấy giá tăng."], &["Tin mới nhất cho thấy giá tăng."]);
    }

    #[test]
    fn name_shapes() {
        for (name, expected) in [
            ("Anh Dũng", true),
            ("P.Y", true),
            ("Lương Văn Ý", true),
            ("Đọc thêm", false),
            ("Review Lào Cai", true),
            ("24/07/2025 14:26", false),
            ("Chia sẻ qua Twitter", false),
        ] {
            assert_eq!(is_name_shaped(name), expected, "{name:?}");
        }
    }
}
