//! Generated content: deterministic synthetic Vietnamese text, slugs, and the payloads of some
//! faults (gzip bomb, oversized filler, fake PDF).

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A small deterministic generator (SplitMix64); the same seed gives the same site.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// Seeded from a string (FNV-1a) and a number.
    pub(crate) fn from_key(key: &str, n: u64) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in key.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng::new(h ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

const SUBJECTS: &[&str] = &[
    "Ủy ban nhân dân thành phố",
    "Sở Lao động - Thương binh và Xã hội",
    "Ban Thường vụ Thành ủy",
    "Bộ Giáo dục và Đào tạo",
    "Hội đồng nhân dân quận",
    "Chủ tịch UBND tỉnh",
    "Các cơ quan, đơn vị",
    "Ủy ban Kiểm tra Thành ủy",
    "Bộ Tài chính",
    "Sở Y tế",
    "Đảng ủy khối doanh nghiệp",
    "Công an thành phố",
    "Người đứng đầu cơ quan",
    "Lãnh đạo các sở, ngành",
    "Ban Quản lý dự án",
    "Mặt trận Tổ quốc huyện",
];

const VERBS: &[&str] = &[
    "đã tổ chức",
    "yêu cầu đẩy mạnh",
    "triển khai",
    "tăng cường",
    "đánh giá kết quả",
    "chỉ đạo thực hiện",
    "kiểm tra",
    "hoàn thành",
    "rà soát",
    "thống nhất phương án",
    "đề xuất điều chỉnh",
    "quán triệt",
    "khẩn trương khắc phục",
    "tiếp tục nâng cao",
];

const OBJECTS: &[&str] = &[
    "hội nghị sơ kết công tác sáu tháng đầu năm",
    "kế hoạch phát triển kinh tế - xã hội",
    "việc giải quyết thủ tục hành chính cho người dân",
    "công tác phòng, chống tham nhũng, tiêu cực",
    "chương trình chuyển đổi số",
    "kỷ luật, kỷ cương hành chính",
    "tiến độ giải ngân vốn đầu tư công",
    "chính sách hỗ trợ người lao động",
    "công tác cán bộ",
    "việc xây dựng nông thôn mới",
    "phong trào thi đua yêu nước",
    "chất lượng dịch vụ công trực tuyến",
    "công tác bảo đảm an sinh xã hội",
    "việc sắp xếp đơn vị hành chính",
    "trách nhiệm người đứng đầu",
    "công tác phòng cháy, chữa cháy",
    "chương trình giảm nghèo bền vững",
    "việc cấp giấy chứng nhận quyền sử dụng đất",
    "kế hoạch tuyển sinh năm học mới",
    "mô hình chính quyền hai cấp",
];

const TAILS: &[&str] = &[
    "trên địa bàn",
    "trong thời gian tới",
    "theo đúng tiến độ đề ra",
    "nhằm nâng cao hiệu quả quản lý nhà nước",
    "với sự tham gia của nhiều sở, ngành",
    "từ đầu năm đến nay",
    "một cách thực chất, hiệu quả",
    "trước ngày 30 tháng 9",
    "bảo đảm công khai, minh bạch",
    "để người dân và doanh nghiệp được hưởng lợi",
    "ngay trong quý IV",
    "theo chỉ đạo của cấp trên",
    "nhưng vẫn còn một số hạn chế",
    "và báo cáo kết quả trước kỳ họp",
];

const PLACES: &[&str] = &[
    "Hà Nội",
    "TP Hồ Chí Minh",
    "Đà Nẵng",
    "Hải Phòng",
    "Cần Thơ",
    "Quảng Ninh",
    "Nghệ An",
    "Thanh Hóa",
    "Bình Dương",
    "Khánh Hòa",
    "Lâm Đồng",
    "Thừa Thiên Huế",
];

const PEOPLE: &[&str] = &[
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Minh Tuấn",
    "Phạm Thu Hà",
    "Hoàng Đức Thắng",
    "Vũ Thị Lan",
    "Đặng Quốc Bảo",
    "Bùi Thanh Hương",
];

const ROLES: &[&str] = &[
    "Phó Chủ tịch UBND thành phố",
    "Giám đốc Sở",
    "Bí thư Quận ủy",
    "Trưởng ban Tổ chức",
    "Thứ trưởng",
    "Chánh Văn phòng",
];

/// Other documents cited now and then (the directive tests search for is separate).
const DOCUMENTS: &[&str] = &[
    "Nghị định số 15/2020/NĐ-CP",
    "Quyết định số 1234/QĐ-UBND",
    "Kết luận số 21-KL/TW",
    "Nghị quyết số 57-NQ/TW",
    "Thông tư số 08/2023/TT-BLĐTBXH",
    "Công văn số 3456/UBND-KT",
];

/// The directive that some fixture articles cite, so tests can search for it.
pub(crate) const DIRECTIVE: &str = "Chỉ thị số 24-CT/TU";

/// One sentence.
pub(crate) fn sentence(rng: &mut Rng) -> String {
    let subject = rng.pick(SUBJECTS);
    let verb = rng.pick(VERBS);
    let object = rng.pick(OBJECTS);
    let tail = rng.pick(TAILS);
    match rng.below(7) {
        0 => format!("Tại {}, {} {verb} {object} {tail}.", rng.pick(PLACES), lower_first(subject)),
        1 => format!(
            "Theo {} {}, {object} {tail}.",
            rng.pick(ROLES).to_lowercase(),
            rng.pick(PEOPLE)
        ),
        2 => format!(
            "Năm {}, {} đặt mục tiêu {} {tail}.",
            2020 + rng.below(7),
            rng.pick(PLACES),
            strip_viec(object)
        ),
        3 => format!(
            "Hội nghị có {} đại biểu tham dự; {} {verb} {object}.",
            50 + rng.below(400),
            lower_first(subject)
        ),
        4 => format!(
            "Tổng kinh phí thực hiện khoảng {} tỷ đồng, {} {verb} {object} {tail}.",
            1 + rng.below(900),
            lower_first(subject)
        ),
        5 => format!(
            "Phát biểu tại buổi làm việc, ông {} cho biết {} {verb} {object}.",
            rng.pick(PEOPLE),
            lower_first(subject)
        ),
        _ => format!("{subject} {verb} {object} {tail}."),
    }
}

/// A paragraph of `n` sentences.
pub(crate) fn paragraph(rng: &mut Rng, n: usize) -> String {
    let mut p = String::new();
    for i in 0..n {
        if i > 0 {
            p.push(' ');
        }
        p.push_str(&sentence(rng));
    }
    p
}

/// A sentence citing `document` (issued by a party or state body).
pub(crate) fn citation(rng: &mut Rng, document: &str) -> String {
    format!(
        "Thực hiện {document} của {}, {} {} {} {}.",
        if document.contains("/TU") {
            "Ban Thường vụ Thành ủy Hà Nội về tăng cường kỷ luật, kỷ cương trong giải quyết \
             công việc"
        } else {
            "cơ quan có thẩm quyền"
        },
        lower_first(rng.pick(SUBJECTS)),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(TAILS)
    )
}

/// A citation of one of the ordinary documents.
pub(crate) fn other_citation(rng: &mut Rng) -> String {
    let doc = rng.pick(DOCUMENTS);
    citation(rng, doc)
}

/// A headline.
pub(crate) fn title(rng: &mut Rng) -> String {
    let verb = rng.pick(VERBS);
    let object = rng.pick(OBJECTS);
    match rng.below(3) {
        0 => format!("{}: {} {object}", rng.pick(PLACES), upper_first(verb)),
        1 => format!("{} {verb} {object}", rng.pick(SUBJECTS)),
        _ => format!("{} {object} {}", upper_first(verb), rng.pick(TAILS)),
    }
}

/// A person's name.
pub(crate) fn person(rng: &mut Rng) -> String {
    rng.pick(PEOPLE).to_string()
}

fn strip_viec(s: &str) -> &str {
    s.strip_prefix("việc ").unwrap_or(s)
}

pub(crate) fn lower_first(s: &str) -> String {
    // Keep proper nouns such as "Ủy ban", "Sở", "Bộ" capitalised, like real Vietnamese prose:
    // only the few common-noun openers are lowered.
    for opener in ["Các ", "Người ", "Lãnh đạo ", "Chủ tịch "] {
        if let Some(rest) = s.strip_prefix(opener) {
            return format!("{}{rest}", opener.to_lowercase());
        }
    }
    s.to_string()
}

pub(crate) fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An ASCII URL slug: tone marks removed, `đ` → `d`, words joined by `-`.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            out.push(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"`).
pub fn esc(s: &str) -> String {
    if !s.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The gzip bomb body for a decompressed size, built once per size and kept.
pub(crate) fn gzip_bomb(decompressed: usize) -> Arc<Vec<u8>> {
    static CACHE: OnceLock<Mutex<HashMap<usize, Arc<Vec<u8>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Ok(c) = cache.lock() {
        if let Some(b) = c.get(&decompressed) {
            return b.clone();
        }
    }
    let body = Arc::new(build_gzip_bomb(decompressed));
    if let Ok(mut c) = cache.lock() {
        c.insert(decompressed, body.clone());
    }
    body
}

fn build_gzip_bomb(decompressed: usize) -> Vec<u8> {
    let prefix =
        b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>";
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(decompressed / 900 + 64),
        flate2::Compression::best(),
    );
    let head = &prefix[..prefix.len().min(decompressed)];
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(head);
    let spaces = vec![b' '; 256 * 1024];
    let mut left = decompressed - head.len();
    while left > 0 {
        let n = left.min(spaces.len());
        let _ = enc.write_all(&spaces[..n]);
        left -= n;
    }
    enc.finish().unwrap_or_default()
}

/// A block of HTML paragraphs of exactly `len` bytes, repeated to stream oversized bodies.
pub(crate) fn filler_chunk(len: usize) -> Vec<u8> {
    let mut rng = Rng::new(7);
    let mut s = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
    while s.len() < len {
        s.push_str("<p>");
        s.push_str(&paragraph(&mut rng, 3));
        s.push_str("</p>\n");
    }
    let mut b = s.into_bytes();
    b.truncate(len);
    b
}

/// A small body that looks like a PDF file.
pub(crate) fn fake_pdf() -> Vec<u8> {
    let mut b =
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            .to_vec();
    b.extend_from_slice(b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
    b.extend_from_slice(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for (input, expected) in [
            ("Hà Nội: Tăng cường kỷ luật, kỷ cương", "ha-noi-tang-cuong-ky-luat-ky-cuong"),
            ("Đà Nẵng đặt mục tiêu", "da-nang-dat-muc-tieu"),
            ("  --  ", ""),
        ] {
            assert_eq!(slug(input), expected);
        }
    }

    #[test]
    fn bomb_inflates_to_size() {
        use std::io::Read;
        for size in [10usize, 100_000, 3_000_000] {
            let gz = build_gzip_bomb(size);
            let mut out = Vec::new();
            let mut d = flate2::read::GzDecoder::new(&gz[..]);
            assert!(d.read_to_end(&mut out).is_ok());
            assert_eq!(out.len(), size);
            assert!(size < 1_000_000 || gz.len() * 500 < size, "{} → {}", size, gz.len());
        }
    }
}
