use super::*;
use crate::entities::{documents, units};
use IssuerSource::{Article, Outlet, Sentence, Symbol, Unresolved, Written};

/// The graph of `text` as the extractors would feed it.
fn run(text: &str, outlet: Option<&str>) -> (Vec<DocumentRef>, DocGraph) {
    let docs = documents::find(text, None);
    let found = units::find(text);
    let g = graph(text, &docs, &found, outlet);
    assert_eq!(g.issuers.len(), docs.len(), "issuers parallel to docs in {text:?}");
    (docs, g)
}

/// (key, display, resolved, source, from_symbol)
type Want = Option<(&'static str, &'static str, bool, IssuerSource, bool)>;

/// The reference `doc` (its key) of `text` gets the issuer `want`.
fn check_issuer(text: &str, outlet: Option<&str>, doc: &str, want: Want) {
    let (docs, g) = run(text, outlet);
    let k = docs.iter().position(|d| doc_key(d) == doc);
    let k = k.unwrap_or_else(|| panic!("no document {doc} in {text:?}: {docs:?}"));
    let got = g.issuers[k]
        .as_ref()
        .map(|i| (i.key.as_str(), i.display.as_str(), i.resolved, i.source, i.from_symbol));
    assert_eq!(got, want, "issuer of {doc} in {text:?} (written {:?})", docs[k].issuer);
}

#[test]
fn issuers_table() {
    let hn = "Thành ủy Hà Nội";
    let cases: &[(&str, Option<&str>, &str, Want)] = &[
        (
            "Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy Hà Nội về tăng cường kỷ cương.",
            None,
            "24-CT/TU",
            Some((hn, "Ban Thường vụ Thành ủy Hà Nội", true, Written, false)),
        ),
        (
            "Sáng 5/9, BTV Thành ủy Hà Nội đã ban hành Chỉ thị số 5-CT/TU về chuyển đổi số.",
            None,
            "5-CT/TU",
            Some((hn, "Ban Thường vụ Thành ủy Hà Nội", true, Written, false)),
        ),
        (
            "Hội nghị quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy về kỷ cương trong \
             hệ thống chính trị thành phố Hà Nội.",
            None,
            "24-CT/TU",
            Some((hn, "Ban Thường vụ Thành ủy Hà Nội", true, Sentence, false)),
        ),
        (
            "Chỉ thị số 24-CT/TU của Thành ủy về kỷ cương.\nHà Nội đạt nhiều kết quả. Người dân \
             Hà Nội đồng tình.",
            None,
            "24-CT/TU",
            Some((hn, hn, true, Article, false)),
        ),
        (
            "Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy về kỷ cương.",
            Some("www.hanoimoi.vn"),
            "24-CT/TU",
            Some((hn, "Ban Thường vụ Thành ủy Hà Nội", true, Outlet, false)),
        ),
        (
            "Chỉ thị số 24-CT/TU của Thành ủy về kỷ cương.",
            Some("dantri.com.vn"),
            "24-CT/TU",
            Some(("Thành ủy", "Thành ủy", false, Unresolved, false)),
        ),
        (
            "Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy về kỷ cương.",
            None,
            "24-CT/TU",
            Some(("Thành ủy", "Ban Thường vụ Thành ủy", false, Unresolved, false)),
        ),
        (
            "Kế hoạch số 12-KH/TU của Tỉnh ủy về chuyển đổi số được triển khai tại tỉnh Nghệ An.",
            None,
            "12-KH/TU",
            Some(("Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An", true, Sentence, false)),
        ),
        (
            // A province committee never takes a centrally governed city.
            "Kế hoạch số 12-KH/TU của Tỉnh ủy về chuyển đổi số. Thành phố Hà Nội cũng làm vậy.",
            Some("kinhtedothi.vn"),
            "12-KH/TU",
            Some(("Tỉnh ủy", "Tỉnh ủy", false, Unresolved, false)),
        ),
        (
            "Chỉ thị số 33-CT/TU của Thành ủy về trẻ em. Hà Nội và TP.HCM cùng triển khai. \
             TP.HCM có nhiều mô hình. Người dân TP.HCM ủng hộ.",
            None,
            "33-CT/TU",
            Some((
                "Thành ủy Thành phố Hồ Chí Minh",
                "Thành ủy Thành phố Hồ Chí Minh",
                true,
                Article,
                false,
            )),
        ),
        (
            "Ngày 14-9, Đảng bộ huyện Sóc Sơn tổ chức Hội nghị quán triệt Kế hoạch số 154-KH/HU \
             của Ban Thường vụ Huyện ủy.",
            None,
            "154-KH/HU",
            Some(("Huyện ủy Sóc Sơn", "Ban Thường vụ Huyện ủy Sóc Sơn", true, Sentence, false)),
        ),
        (
            // A city is not a district: the Huyện ủy stays unresolved even on a Hà Nội paper.
            "Kế hoạch số 154-KH/HU của Huyện ủy về kỷ cương trong hệ thống chính trị thành phố \
             Hà Nội.",
            Some("hanoimoi.vn"),
            "154-KH/HU",
            Some(("Huyện ủy", "Huyện ủy", false, Unresolved, false)),
        ),
        (
            "UBND tỉnh Nghệ An vừa ban hành Quyết định số 1649/QĐ-UBND về giá đất.",
            None,
            "1649/QĐ-UBND",
            Some((
                "Ủy ban nhân dân tỉnh Nghệ An",
                "Ủy ban nhân dân tỉnh Nghệ An",
                true,
                Written,
                false,
            )),
        ),
        (
            "Quyết định số 1649/QĐ-UBND của UBND tỉnh về giá đất tại tỉnh Thanh Hoá.",
            None,
            "1649/QĐ-UBND",
            Some((
                "Ủy ban nhân dân tỉnh Thanh Hóa",
                "Ủy ban nhân dân tỉnh Thanh Hóa",
                true,
                Sentence,
                false,
            )),
        ),
        (
            "Quyết định số 20/QĐ-UBND của UBND Thành phố về học phí.",
            Some("sggp.org.vn"),
            "20/QĐ-UBND",
            Some((
                "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                true,
                Outlet,
                false,
            )),
        ),
        (
            "Chính phủ ban hành Nghị định 73/2023/NĐ-CP quy định về khuyến khích cán bộ.",
            None,
            "73/2023/NĐ-CP",
            Some(("Chính phủ", "Chính phủ", true, Written, false)),
        ),
        (
            "Nghị định 73/2023/NĐ-CP quy định về khuyến khích cán bộ năng động.",
            None,
            "73/2023/NĐ-CP",
            Some(("Chính phủ", "Chính phủ", true, Symbol, true)),
        ),
        (
            "Theo Quyết định số 1880/QĐ-TTg, các bộ phải báo cáo.",
            None,
            "1880/QĐ-TTg",
            Some(("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", true, Symbol, true)),
        ),
        (
            "Công điện số 5/CĐ-TTg của Thủ tướng về phòng chống bão.",
            None,
            "5/CĐ-TTg",
            Some(("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", true, Written, false)),
        ),
        (
            "Nghị quyết 98/2023/QH15 về thí điểm cơ chế đặc thù.",
            None,
            "98/2023/QH15",
            Some(("Quốc hội", "Quốc hội", true, Symbol, true)),
        ),
        (
            "Thông tư số 01/2024/TT-BNV hướng dẫn chế độ.",
            None,
            "01/2024/TT-BNV",
            Some(("Bộ Nội vụ", "Bộ Nội vụ", true, Symbol, true)),
        ),
        // `/TW` is shared by Bộ Chính trị, Ban Bí thư and the Central Committee.
        ("Nghị quyết số 15-NQ/TW về phát triển Thủ đô.", None, "15-NQ/TW", None),
        (
            "Nghị quyết số 15-NQ/TƯ ngày 5/5/2022 của Bộ Chính trị về phát triển Thủ đô.",
            None,
            "15-NQ/TW",
            Some(("Bộ Chính trị", "Bộ Chính trị", true, Written, false)),
        ),
        ("Công văn số 3824/UBND-KT gửi các sở.", None, "3824/UBND-KT", None),
        (
            "Kế hoạch số 171-KH/TU được triển khai tại Hà Nội. Hà Nội quyết tâm thực hiện.",
            None,
            "171-KH/TU",
            Some((hn, hn, true, Sentence, true)),
        ),
        ("Kế hoạch số 171-KH/TU được triển khai rộng rãi.", None, "171-KH/TU", None),
        (
            "Kế hoạch số 97-KH/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan Thành phố về học \
             tập. Hà Nội có 64 tổ chức cơ sở đảng.",
            None,
            "97-KH/ĐUK",
            Some((
                "Đảng ủy Khối các cơ quan thành phố Hà Nội",
                "Ban Thường vụ Đảng ủy Khối các cơ quan thành phố Hà Nội",
                true,
                Article,
                false,
            )),
        ),
        (
            "Kế hoạch số 31-KH/ĐU của Đảng ủy về việc học tập.",
            Some("hanoimoi.vn"),
            "31-KH/ĐU",
            Some(("Đảng ủy", "Đảng ủy", false, Unresolved, false)),
        ),
        (
            "Chỉ thị số 32-CT/TU ngày 21/3/2024 của BTV Thành ủy TP.HCM về giảm nghèo.",
            None,
            "32-CT/TU",
            Some((
                "Thành ủy Thành phố Hồ Chí Minh",
                "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
                true,
                Written,
                false,
            )),
        ),
        (
            "Kế hoạch số 171-KH/TU của Thành ủy TP Hà Nội về kỷ cương.",
            None,
            "171-KH/TU",
            Some((hn, hn, true, Written, false)),
        ),
        (
            "Chỉ thị số 24-CT/TU của Ban Thường vụ Thành uỷ Hà Nội về kỷ cương.",
            None,
            "24-CT/TU",
            Some((hn, "Ban Thường vụ Thành ủy Hà Nội", true, Written, false)),
        ),
        (
            // The sentence beats the article's most frequent city.
            "Hà Nội đón khách. Hà Nội mở cửa. Hà Nội sáng đèn.\nChỉ thị số 3-CT/TU của Thành ủy \
             về du lịch thành phố Đà Nẵng.",
            None,
            "3-CT/TU",
            Some(("Thành ủy Đà Nẵng", "Thành ủy Đà Nẵng", true, Sentence, false)),
        ),
        (
            "Hà Nội có nhiều dự án. Quyết định số 12/QĐ-SXD của Phó Chánh thanh tra Sở Xây dựng \
             Mai Thanh Tùng về xử phạt.",
            None,
            "12/QĐ-SXD",
            // The holder's name is no part of the issuer (the office is): the office then takes
            // the article's city like any written issuer without a place.
            Some((
                "Phó Chánh thanh tra Sở Xây dựng Hà Nội",
                "Phó Chánh thanh tra Sở Xây dựng Hà Nội",
                true,
                Article,
                false,
            )),
        ),
        (
            "Thông tư liên tịch số 163/2013/TTLT-BTC-BNV của Bộ Tài chính và Bộ Nội vụ hướng dẫn.",
            None,
            "163/2013/TTLT-BTC-BNV",
            Some(("Bộ Tài chính và Bộ Nội vụ", "Bộ Tài chính và Bộ Nội vụ", true, Written, false)),
        ),
    ];
    for &(text, outlet, doc, want) in cases {
        check_issuer(text, outlet, doc, want);
    }
}

/// (parent, child, kind)
type Link = (&'static str, &'static str, LinkKind);

/// `text` yields exactly the links `expected`, in any order.
fn check_links(text: &str, expected: &[Link]) {
    let (_, g) = run(text, None);
    let mut got: Vec<(&str, &str, LinkKind)> =
        g.links.iter().map(|l| (l.parent.as_str(), l.child.as_str(), l.kind)).collect();
    got.sort_by_key(|l| (l.0, l.1));
    let mut want = expected.to_vec();
    want.sort_by_key(|l| (l.0, l.1));
    assert_eq!(got, want, "links of {text:?}");
    for l in &g.links {
        assert_eq!(&text[l.evidence.start..l.evidence.end], l.evidence.text, "evidence span");
        assert!(l.evidence.text.contains(l.child.split('|').next_back().unwrap_or("")));
    }
}

#[test]
fn links_table() {
    use LinkKind::{CoCited, Explicit};
    let cases: &[(&str, &[Link])] = &[
        (
            "Ngày 14-9, Đảng bộ huyện Sóc Sơn tổ chức Hội nghị quán triệt Chỉ thị số 24-CT/TU của \
             Ban Thường vụ Thành ủy Hà Nội và Kế hoạch số 154-KH/HU của Ban Thường vụ Huyện ủy về \
             tăng cường kỷ cương.",
            &[("24-CT/TU", "154-KH/HU", CoCited)],
        ),
        (
            "Đồng chí triển khai nội dung Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy, Kế hoạch \
             số 171-KH/TU của Thành ủy Hà Nội và nhấn mạnh yêu cầu.",
            &[("24-CT/TU", "171-KH/TU", CoCited)],
        ),
        (
            "Thành ủy ban hành Kế hoạch số 171-KH/TU để triển khai thực hiện Chỉ thị số 24-CT/TU.",
            &[("24-CT/TU", "171-KH/TU", Explicit)],
        ),
        (
            "Đảng ủy đã ban hành Kế hoạch số 31-KH/ĐU ngày 11/9/2023 triển khai thực hiện Chỉ thị \
             số 24-CT/TU, ngày 07/8/2023 của Ban Thường vụ Thành ủy về kỷ cương.",
            &[("24-CT/TU", "31-KH/ĐU", Explicit)],
        ),
        (
            "Công văn số 125-CV/HU của Huyện ủy Gia Lâm về việc thực hiện Kết luận số 14-KL/TW.",
            &[("14-KL/TW", "125-CV/HU", Explicit)],
        ),
        (
            "Chỉ thị số 33-CT/TU ngày 26/4/2024 của Thành ủy về thực hiện Chỉ thị số 28-CT/TW ngày \
             25/12/2023 của Bộ Chính trị về trẻ em.",
            &[("28-CT/TW", "33-CT/TU", Explicit)],
        ),
        (
            "Thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy, UBND huyện Sóc Sơn đã ban \
             hành Kế hoạch số 250/KH-UBND về tăng cường kỷ cương.",
            &[("24-CT/TU", "250/KH-UBND", Explicit)],
        ),
        (
            "Ngày 5/9, thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch \
             số 20-KH/TU.",
            &[("05-CT/TW", "20-KH/TU", Explicit)],
        ),
        (
            "Chỉ thị số 24-CT/TU và Kế hoạch số 171-KH/TU được quán triệt. Kế hoạch số 171-KH/TU \
             nhằm cụ thể hóa Chỉ thị số 24-CT/TU.",
            &[("24-CT/TU", "171-KH/TU", Explicit)],
        ),
        (
            "Kế hoạch số 20-KH/TU thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ \
             Chính trị.",
            &[("05-CT/TW", "20-KH/TU", Explicit), ("01-KL/TW", "20-KH/TU", Explicit)],
        ),
        (
            "Kế hoạch số 171-KH/TU ngày 20/8/2023 của Thành ủy về tăng cường kỷ cương, kỷ luật, \
             nhằm triển khai thực hiện Chỉ thị số 24-CT/TU.",
            &[("24-CT/TU", "171-KH/TU", Explicit)],
        ),
        (
            // Two subject clauses: the plan is about discipline, the directive about something else.
            "Kế hoạch số 171-KH/TU về tăng cường kỷ cương, Chỉ thị số 24-CT/TU về thực hiện nhiệm \
             vụ.",
            &[],
        ),
        (
            "Kế hoạch số 50/KH-UBND của UBND tỉnh nhằm triển khai Nghị định số 73/2023/NĐ-CP của \
             Chính phủ.",
            &[("73/2023/NĐ-CP", "50/KH-UBND", Explicit)],
        ),
        (
            "Kế hoạch số 154 của Huyện ủy để thực hiện Chỉ thị số 24 của Thành ủy.",
            &[("Chỉ thị|24", "Kế hoạch|154", Explicit)],
        ),
        (
            "Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 12-CT/TU của \
             Tỉnh ủy về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            &[("05-CT/TW", "12-CT/TU", CoCited)],
        ),
        (
            "Hội nghị quán triệt Nghị quyết số 15-NQ/TW của Bộ Chính trị, Chỉ thị số 24-CT/TU của \
             Thành ủy và Kế hoạch số 171-KH/TU của Thành ủy về phát triển Thủ đô.",
            &[("24-CT/TU", "171-KH/TU", CoCited)],
        ),
        // A Nghị quyết of the Politburo beside a local Chỉ thị is no link either way.
        (
            "Chỉ thị số 24-CT/TU của Thành ủy và Nghị quyết số 15-NQ/TW của Bộ Chính trị về phát \
             triển Thủ đô.",
            &[],
        ),
        (
            "Góp phần thực hiện thắng lợi Nghị quyết số 15-NQ/TW của Bộ Chính trị, Chỉ thị số \
             24-CT/TU của Thành ủy, các cấp phải vào cuộc.",
            &[],
        ),
        // A list of what a body issued.
        (
            "Năm qua, Huyện ủy đã ban hành Chỉ thị số 3-CT/HU, Kế hoạch số 15-KH/HU và Kế hoạch số \
             16-KH/HU.",
            &[],
        ),
        (
            "Sở đã tham mưu ban hành Chỉ thị số 32-CT/TU ngày 21/3/2024 của BTV Thành ủy về giảm \
             nghèo; Kế hoạch số 22-KH/TU ngày 27/1/2021 của BTV Thành ủy về sắp xếp tổ chức.",
            &[],
        ),
        (
            "Chỉ thị số 32-CT/TU của BTV Thành ủy về giảm nghèo, Kế hoạch số 22-KH/TU của BTV Thành \
             ủy về sắp xếp tổ chức đảng.",
            &[],
        ),
        ("Chỉ thị số 24-CT/TU và Chỉ thị 24 được quán triệt sâu rộng.", &[]),
        ("Chỉ thị số 24-CT/TU đã được ban hành. Kế hoạch số 171-KH/TU được triển khai.", &[]),
        ("Nghị quyết số 15-NQ/TW thực hiện Kế hoạch số 171-KH/TU của Thành ủy.", &[]),
        ("Kế hoạch số 171-KH/TU và Kế hoạch số 154-KH/HU về kỷ cương.", &[]),
        ("Chỉ thị số 11-CT/TU và Chỉ thị số 12-CT/TU của Tỉnh ủy về phòng chống tham nhũng.", &[]),
        ("Kế hoạch số 171-KH/TU và Chỉ thị số 24-CT/TU về kỷ cương.", &[]),
        // Rules cited together, not one carrying out the other.
        (
            "Các bộ đã tinh giản biên chế theo Nghị quyết số 39-NQ/TW của Bộ Chính trị, Quyết \
             định 2218/QĐ-TTg và Nghị định số 108/2014/NĐ-CP của Chính phủ.",
            &[],
        ),
        (
            "Giá mới thay thế Nghị quyết số 13/2013/NQ-HĐND của HĐND TP và Quyết định số \
             30/2014/QĐ-UBND của UBND TP về giá dịch vụ.",
            &[],
        ),
        (
            "Các địa phương thực hiện Chỉ thị 26/CT-TTg của Thủ tướng Chính phủ và Chỉ thị số \
             17-CT/TU của Ban Thường vụ Tỉnh ủy.",
            &[],
        ),
        (
            "Chỉ thị số 15-CT/TW của Ban Bí thư và Quyết định số 1234-QĐ/HU của Huyện ủy về công \
             tác dân vận.",
            &[("15-CT/TW", "1234-QĐ/HU", CoCited)],
        ),
        (
            "Thông tư 151/2014/TT-BTC ngày 10/10/2014 hướng dẫn thực hiện Nghị định số \
             91/2014/NĐ-CP, Nghị định số 12/2015/NĐ-CP của Chính phủ.",
            &[
                ("91/2014/NĐ-CP", "151/2014/TT-BTC", Explicit),
                ("12/2015/NĐ-CP", "151/2014/TT-BTC", Explicit),
            ],
        ),
        (
            "Kế hoạch số 171-KH/TU của Thành ủy về tăng cường công tác cán bộ và Chỉ thị số \
             24-CT/TU.",
            &[],
        ),
    ];
    for (text, expected) in cases {
        check_links(text, expected);
    }
}

/// `text` yields exactly the event units `expected` (doc key, unit name as written).
fn check_events(text: &str, expected: &[(&str, &str)]) {
    let (_, g) = run(text, None);
    let want: Vec<(String, String)> =
        expected.iter().map(|(d, u)| (d.to_string(), units::canonical(u))).collect();
    assert_eq!(g.event_units, want, "event units of {text:?}");
}

#[test]
fn events_table() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Ngày 15/9, Sở Tài chính Hà Nội tổ chức Hội nghị quán triệt Chỉ thị số 24-CT/TU.",
            &[("24-CT/TU", "Sở Tài chính Hà Nội")],
        ),
        (
            "Chiều 14/9, Đảng ủy Khối các cơ quan tỉnh Nghệ An đã tổ chức Hội nghị quán triệt, \
             triển khai Chỉ thị số 24-CT/TU và Kế hoạch số 171-KH/TU của Tỉnh ủy.",
            &[
                ("24-CT/TU", "Đảng ủy Khối các cơ quan tỉnh Nghệ An"),
                ("171-KH/TU", "Đảng ủy Khối các cơ quan tỉnh Nghệ An"),
            ],
        ),
        (
            "Huyện ủy Gia Lâm tổ chức Tọa đàm “Thực hiện Chỉ thị số 24-CT/TU của Thành ủy”.",
            &[("24-CT/TU", "Huyện ủy Gia Lâm")],
        ),
        (
            "Sáng 3/10, Huyện ủy Sóc Sơn tổ chức Hội nghị trực tuyến toàn huyện. Tại hội nghị, \
             đồng chí Bí thư đã truyền đạt Chỉ thị số 24-CT/TU.",
            &[("24-CT/TU", "Huyện ủy Sóc Sơn")],
        ),
        (
            "Đảng ủy Sở Y tế Hà Nội quán triệt Chỉ thị số 24-CT/TU đến toàn thể đảng viên.",
            &[("24-CT/TU", "Đảng ủy Sở Y tế Hà Nội")],
        ),
        (
            "Sở Tài chính Hà Nội tổ chức Hội nghị tổng kết phong trào thi đua năm 2023 và phát \
             động thi đua thực hiện Chỉ thị số 24-CT/TU.",
            &[],
        ),
        ("Đồng chí Nguyễn Văn Nam quán triệt Chỉ thị số 24-CT/TU tại hội nghị.", &[]),
        (
            "Tại Hội nghị, Thượng tướng Lê Quý Vương, Thứ trưởng Bộ Công an quán triệt Chỉ thị số \
             12-CT/TW của Bộ Chính trị.",
            &[],
        ),
        (
            "Dự kiến, Chính phủ sẽ tổ chức hội nghị tổng kết Nghị định 67/2014/NĐ-CP vào cuối \
             tháng 6.",
            &[("67/2014/NĐ-CP", "Chính phủ")],
        ),
        (
            "Huyện ủy Sóc Sơn tổ chức Hội nghị sơ kết công tác. Chỉ thị số 24-CT/TU được nhắc lại \
             nhiều lần.",
            &[],
        ),
    ];
    for (text, expected) in cases {
        check_events(text, expected);
    }
}

#[test]
fn issuer_query_table() {
    let cases: &[(&str, &str, bool)] = &[
        ("thanh uy ha noi", "Thành ủy Hà Nội", true),
        ("ha noi", "Thành ủy Hà Nội", true),
        ("BTV Thành ủy Hà Nội", "Thành ủy Hà Nội", true),
        ("Ban Thường vụ Thành uỷ Hà Nội", "Thành ủy Hà Nội", true),
        ("ubnd nghe an", "Ủy ban nhân dân tỉnh Nghệ An", true),
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", true),
        ("thanh uy tp.hcm", "Thành ủy Thành phố Hồ Chí Minh", true),
        ("thanh uy", "Thành ủy Hà Nội", true),
        ("tinh uy nghe an", "Thành ủy Nghệ An", false),
        ("thanh uy da nang", "Thành ủy Hà Nội", false),
        ("ha noi thanh uy", "Thành ủy Hà Nội", false),
        ("bo chinh tri", "Bộ Chính trị", true),
        ("huyen uy soc son", "Huyện ủy Sóc Sơn", true),
        ("", "Thành ủy Hà Nội", false),
    ];
    for &(query, key, want) in cases {
        assert_eq!(issuer_matches(query, key), want, "issuer_matches({query:?}, {key:?})");
    }
    let keys: &[(&str, &str)] = &[
        ("UBND tỉnh TT-Huế", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
        ("UBND TP HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        ("UBND TP. Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ("Chính Phủ", "Chính phủ"),
        ("Ngân hàng nhà nước (NHNN)", "Ngân hàng Nhà nước"),
        ("Ban Bí thư T.Ư Đảng", "Ban Bí thư"),
        ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
        ("Thành ủy TPHCM", "Thành ủy Thành phố Hồ Chí Minh"),
        ("Sở Y tế tỉnh Đồng Tháp", "Sở Y tế Đồng Tháp"),
        ("Ủy ban kiểm tra Huyện ủy Thanh Bình", "Ủy ban kiểm tra Huyện ủy Thanh Bình"),
        ("UBND huyện Sóc Sơn", "Ủy ban nhân dân huyện Sóc Sơn"),
        (
            "Đảng uỷ cơ quan Sở Thông tin và Truyền thông Hà Nội",
            "Đảng ủy cơ quan Sở Thông tin và Truyền thông Hà Nội",
        ),
        ("Sở Kế hoạch và Đầu tư (KH&ĐT) Bến Tre", "Sở Kế hoạch và Đầu tư Bến Tre"),
        ("BTV Thành ủy Hà Nội", "Thành ủy Hà Nội"),
        ("Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Hà Nội"),
        ("Thành ủy Hà Nội", "Thành ủy Hà Nội"),
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("UBND Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("BCH Trung ương", "Ban Chấp hành Trung ương Đảng"),
    ];
    for &(text, want) in keys {
        assert_eq!(issuer_key(text), want, "issuer_key({text:?})");
    }
}

#[test]
fn sentences_table() {
    let cases: &[(&str, &[&str])] = &[
        ("Một câu. Hai câu!\nBa câu", &["Một câu.", "Hai câu!", "Ba câu"]),
        ("Tại TP. Hà Nội có 8.000 người. Xong.", &["Tại TP. Hà Nội có 8.000 người.", "Xong."]),
        ("Năm 2023. 5 người đến.", &["Năm 2023.", "5 người đến."]),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(&got, want, "sentences of {text:?}");
    }
}

/// The acceptance facts of issue 9 on the bundled seeds.
#[test]
fn shared_seeds() {
    let Some(dir) = crate::shared_data::path("seeds") else { return };
    let mut seen_24 = 0;
    let mut links = Vec::new();
    let mut events = Vec::new();
    for entry in std::fs::read_dir(dir).expect("seeds dir") {
        let path = entry.expect("entry").path();
        let raw = std::fs::read_to_string(&path).expect("seed text");
        let text = crate::text::normalize(&raw);
        let ents = crate::entities::extract(&text, None);
        let g = graph(&text, &ents.documents, &ents.units, None);
        for (d, i) in ents.documents.iter().zip(&g.issuers) {
            let i = i.as_ref();
            match d.id.as_deref() {
                Some("24-CT/TU") => {
                    seen_24 += 1;
                    let i = i.expect("24-CT/TU has an issuer");
                    assert_eq!(i.key, "Thành ủy Hà Nội", "{}", path.display());
                    assert_eq!(i.display, "Ban Thường vụ Thành ủy Hà Nội", "{}", path.display());
                    assert!(i.resolved);
                    if let Some(date) = d.issued {
                        assert_eq!(date.to_string(), "2023-08-07");
                    }
                }
                Some("171-KH/TU") => {
                    assert_eq!(i.map(|i| i.key.as_str()), Some("Thành ủy Hà Nội"));
                }
                Some("154-KH/HU") => {
                    let i = i.expect("154-KH/HU has an issuer");
                    assert_eq!(
                        (i.key.as_str(), i.display.as_str()),
                        ("Huyện ủy Sóc Sơn", "Ban Thường vụ Huyện ủy Sóc Sơn")
                    );
                }
                _ => {}
            }
        }
        links.extend(g.links.into_iter().map(|l| (l.parent, l.child, l.kind)));
        events.extend(g.event_units.into_iter().filter(|e| e.0 == "24-CT/TU").map(|e| e.1));
    }
    events.sort();
    let mut want: Vec<String> = [
        "Sở LĐ-TB&XH Hà Nội",
        "Đảng uỷ cơ quan Sở Thông tin và Truyền thông Hà Nội",
        "Đảng bộ huyện Sóc Sơn",
        "Đảng ủy Khối các cơ quan thành phố Hà Nội",
    ]
    .iter()
    .map(|u| units::canonical(u))
    .collect();
    want.sort();
    assert_eq!(events, want, "units that held events on 24-CT/TU");
    assert!(links.contains(&("24-CT/TU".into(), "31-KH/ĐU".into(), LinkKind::Explicit)));
    assert_eq!(seen_24, 4, "24-CT/TU is in four seeds");
    for child in ["171-KH/TU", "154-KH/HU"] {
        assert!(
            links.contains(&("24-CT/TU".into(), child.into(), LinkKind::CoCited)),
            "{child} co-cited under 24-CT/TU: {links:?}"
        );
    }
}

/// A closing quote mark right after an issuer ("… của Chính phủ”") ends the clause; the
/// scan after it never lands inside the mark (a baomoi article once panicked here).
#[test]
fn a_quote_after_the_issuer_ends_the_clause() {
    let text = "Hội thảo “Kỳ vọng sửa đổi tại Nghị định sửa đổi Nghị định số 38/2012/NĐ-CP của \
                Chính phủ” diễn ra ngày 30/6. Tại Hội thảo “Nghị định 38 của Chính phủ” các \
                doanh nghiệp kiến nghị sửa Nghị định 38.";
    let (docs, g) = run(text, None);
    assert!(docs.iter().any(|d| d.id.as_deref() == Some("38/2012/NĐ-CP")), "{docs:?}");
    assert!(g.links.is_empty(), "{:?}", g.links);
}

/// Offsets that do not fit the text (a caller's mistake) are skipped, never a panic.
#[test]
fn bad_offsets_are_skipped() {
    let text = "Chỉ thị số 24-CT/TU của Thành ủy.";
    let mut docs = documents::find(text, None);
    docs[0].mentions.push(Mention { start: 3, end: 4, text: String::new() });
    docs[0].mentions.push(Mention { start: 500, end: 600, text: String::new() });
    let g = graph(text, &docs, &[], Some("not a host"));
    assert_eq!(g.issuers.len(), 1);
    let empty = graph("", &docs, &[], None);
    assert_eq!(empty.issuers.len(), 1);
    assert!(empty.links.is_empty() && empty.event_units.is_empty());
}
