//! The organisation grammar against tables: canonical keys and issuers.

use super::*;
use crate::entities::tokens::phrase_key;

/// Canonical keys link written forms.
fn check_canon(a: &str, b: &str) {
    assert_eq!(canonical(a), canonical(b), "{a:?} vs {b:?}");
}

#[test]
fn canonical_table() {
    for (a, b) in [
        ("Sở LĐ-TB&XH Hà Nội", "Sở Lao động - Thương binh và Xã hội Hà Nội"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("BTV Thành ủy", "Ban Thường vụ (BTV) Thành uỷ"),
        ("BCH Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"),
        ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Đảng uỷ Khối", "Đảng ủy khối"),
        // A hyphen glued to its words (units 6).
        ("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
    ] {
        check_canon(a, b);
    }
}

/// `text` read from its start must give the issuer `expected` (`None`: no issuer).
fn check_issuer(text: &str, expected: Option<&str>) {
    let got = issuer_from(text, 0).map(|e| &text[..e]);
    assert_eq!(got, expected, "issuer of {text:?}");
}

#[test]
fn issuer_table() {
    for (text, expected) in [
        ("Ban Thường vụ Thành ủy Hà Nội về tăng cường", Some("Ban Thường vụ Thành ủy Hà Nội")),
        ("UBND tỉnh Nghệ An ban hành", Some("UBND tỉnh Nghệ An")),
        ("Thủ tướng Chính phủ về việc", Some("Thủ tướng Chính phủ")),
        ("Phó Thủ tướng Vương Đình Huệ ký ban hành", Some("Phó Thủ tướng Vương Đình Huệ")),
        ("Thống đốc NHNN về", Some("Thống đốc NHNN")),
        ("Bộ Y tế và Bộ Tài chính bước 2", Some("Bộ Y tế và Bộ Tài chính")),
        ("Chính phủ và Khoản 4 Điều 11", Some("Chính phủ")),
        ("Quân ủy Trung ương về", Some("Quân ủy Trung ương")),
        ("Ủy ban Tư pháp của Quốc hội.", Some("Ủy ban Tư pháp của Quốc hội")),
        ("Cục Điều tiết điện lực, Bộ Công Thương đã", Some("Cục Điều tiết điện lực")),
        ("Cục Di sản văn hóa (Bộ VHTTDL) đã", Some("Cục Di sản văn hóa")),
        ("Cục Điều tiết điện lực cho biết", Some("Cục Điều tiết")),
        // A text that ends on the "và" after a field (a clause cut there): no panic.
        ("Cục Kinh tế và", Some("Cục Kinh tế")),
        ("Bệnh viện Bạch Mai và", Some("Bệnh viện Bạch Mai")),
        ("Sở Y tế và", Some("Sở Y tế")),
        // A place whose first word is a known place of its own; a standing committee
        // without "Ban"; office-holders of one title listed with commas.
        ("UBND phường Mỹ An đã ban hành", Some("UBND phường Mỹ An")),
        ("UBND tỉnh Lào Cai Vương Trinh Quốc cho biết", Some("UBND tỉnh Lào Cai")),
        ("Thường vụ Tỉnh ủy có Thông báo", Some("Thường vụ Tỉnh ủy")),
        (
            "Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nội vụ hướng dẫn",
            Some("Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nội vụ"),
        ),
        ("Bộ trưởng Bộ Y tế, Sở Tài chính hướng dẫn", Some("Bộ trưởng Bộ Y tế")),
        // One person's two offices: a bare title, a comma, a title naming the body.
        (
            "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn",
            Some("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
        ),
        ("Bộ trưởng, Thứ trưởng về", Some("Bộ trưởng")),
        // A long title ("Chủ tịch Ủy ban") that swallowed the start of the body's name.
        (
            "Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu đã ban hành",
            Some("Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu"),
        ),
        ("Chủ tịch Hồ Chí Minh", None),
        ("Nguyễn Văn An về", None),
        ("Hà Nội về", None),
    ] {
        check_issuer(text, expected);
    }
}

/// In `text`, the issuer that ends at its end (the earliest start that reads as one).
fn check_issuer_before(text: &str, expected: Option<&str>) {
    let got = issuer_ending_at(text, 0, text.len(), 14).map(|s| &text[s..]);
    assert_eq!(got, expected, "issuer ending {text:?}");
}

#[test]
fn issuer_before_table() {
    for (text, expected) in [
        (" UBND tỉnh Nghệ An", Some("UBND tỉnh Nghệ An")),
        ("Trước đó Bộ Y tế", Some("Bộ Y tế")),
        ("Tổng cục Hải quan cho biết chỉ", None),
        ("Theo đó Hà Nội", None),
    ] {
        check_issuer_before(text, expected);
    }
}

/// "Đoàn Chủ tịch" (a presidium) is a body, no holder of the title "Chủ tịch": read back from
/// the verb, the issuer does not start at "Chủ tịch".
#[test]
fn presidium_is_no_title() {
    let text = "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam";
    let got = issuer_ending_at(text, 0, text.len(), 14).map(|s| &text[s..]);
    assert_ne!(got, Some("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"));
}

/// The place name of `text` starting at its first word, as written.
fn check_place(text: &str, expected: Option<&str>) {
    let doc = Doc::analyse(text);
    let got = known_place_at(&doc, 0).map(|e| key_span(&doc, 0, e));
    assert_eq!(got.as_deref(), expected.map(phrase_key).as_deref(), "{text:?}");
}

/// A place name is written with each word capitalised, unless the lexicon writes it with a
/// lowercase word inside.
#[test]
fn place_table() {
    for (text, expected) in [
        ("Hải Dương cho biết", Some("Hải Dương")),
        ("Hải dương học Nha Trang", None),
        ("Liên hợp quốc cho biết", Some("Liên hợp quốc")),
        ("Thủ đô Hà Nội hôm nay", Some("Thủ đô Hà Nội")),
        ("Liên minh châu Âu cho biết", Some("Liên minh châu Âu")),
    ] {
        check_place(text, expected);
    }
}
