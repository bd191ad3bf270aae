//! Article extraction over every saved page under `../shared/fixtures/`.
//!
//! Each fixture is decoded with `text::decode_html` (as the pipeline does) and extracted with
//! the built-in profiles. Article pages must give the exact title, publication time, author,
//! sapo start and the first and last sentence of the body, without captions, related boxes,
//! source lines or outlet prefixes. Listing pages, home pages, feeds and grep fragments must
//! give their page title and no article body, date or author.

use vnmon::extract::{extract_html, Article, Profiles};
use vnmon::text::decode_html;

/// Expectations for one fixture.
struct Case {
    /// Path under `shared/fixtures/`.
    path: &'static str,
    /// URL passed to the extractor (`None`: the page's canonical URL or template decides).
    url: Option<&'static str>,
    /// Expected profile name.
    profile: &'static str,
    /// Expected URL of the article (given or canonical).
    article_url: Option<&'static str>,
    title: Option<&'static str>,
    /// RFC 3339.
    published: Option<&'static str>,
    author: Option<&'static str>,
    /// The sapo starts with this; `None`: no sapo.
    sapo_start: Option<&'static str>,
    category: Want,
    /// Exact tag list; `None`: not checked.
    tags: Option<&'static [&'static str]>,
    body: Body,
    /// Texts that must not appear in the body (captions, related boxes, source lines, ...).
    not_in_body: &'static [&'static str],
}

/// An optional field's expectation.
enum Want {
    /// Must be absent.
    Absent,
    /// Must equal.
    Is(&'static str),
}

/// The body's expectation.
enum Body {
    /// An article: the body starts with `first` and ends with `last`.
    Sentences { first: &'static str, last: &'static str },
    /// Not an article: the body is empty.
    Empty,
    /// Page furniture only (no article on the page); only `not_in_body` is checked.
    NotArticle,
}

fn fixture(path: &str) -> String {
    let full = format!("{}/../shared/fixtures/{}", env!("CARGO_MANIFEST_DIR"), path);
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"));
    decode_html(&bytes, None)
}

fn check(case: &Case, profiles: &Profiles) {
    let html = fixture(case.path);
    let a: Article = extract_html(&html, case.url, None, profiles);
    let ctx = case.path;
    assert_eq!(a.profile.as_deref(), Some(case.profile), "{ctx}: profile");
    assert_eq!(a.url.as_deref(), case.article_url, "{ctx}: url");
    assert_eq!(a.title.as_deref(), case.title, "{ctx}: title");
    assert_eq!(a.published_rfc3339().as_deref(), case.published, "{ctx}: published");
    assert_eq!(a.author.as_deref(), case.author, "{ctx}: author");
    match (case.sapo_start, a.sapo.as_deref()) {
        (None, got) => assert_eq!(got, None, "{ctx}: sapo"),
        (Some(want), Some(got)) => {
            assert!(got.starts_with(want), "{ctx}: sapo {got:?} should start with {want:?}")
        }
        (Some(want), None) => panic!("{ctx}: no sapo, want one starting with {want:?}"),
    }
    match case.category {
        Want::Absent => assert_eq!(a.category, None, "{ctx}: category"),
        Want::Is(c) => assert_eq!(a.category.as_deref(), Some(c), "{ctx}: category"),
    }
    if let Some(tags) = case.tags {
        assert_eq!(a.tags, tags, "{ctx}: tags");
    }
    match case.body {
        Body::Sentences { first, last } => {
            assert!(a.body.starts_with(first), "{ctx}: body starts {:?}", head(&a.body));
            assert!(a.body.ends_with(last), "{ctx}: body ends {:?}", tail(&a.body));
            for para in a.body.split("\n\n") {
                assert!(!para.trim().is_empty(), "{ctx}: empty paragraph");
                assert_eq!(para, para.trim(), "{ctx}: untrimmed paragraph");
                assert!(
                    !para.contains("  ") && !para.contains('\n'),
                    "{ctx}: whitespace in {para:?}"
                );
            }
            if let Some(sapo) = &a.sapo {
                assert!(!a.body.starts_with(sapo.as_str()), "{ctx}: sapo repeated in body");
            }
        }
        Body::Empty => assert_eq!(a.body, "", "{ctx}: body of a non-article page"),
        Body::NotArticle => {}
    }
    for bad in case.not_in_body {
        assert!(!a.body.contains(bad), "{ctx}: body contains {bad:?}");
    }
    for s in [&a.title, &a.sapo, &a.author, &a.category].into_iter().flatten() {
        assert_eq!(*s, vnmon::text::normalize(s), "{ctx}: not NFC: {s:?}");
    }
}

fn head(s: &str) -> String {
    s.chars().take(120).collect()
}

fn tail(s: &str) -> String {
    let n = s.chars().count();
    s.chars().skip(n.saturating_sub(120)).collect()
}

const CASES: &[Case] = &[
    Case {
        path: "baochinhphu/article_2026-09-05_102260905122709839_EXCERPT.html",
        url: Some("https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm"),
        profile: "baochinhphu",
        article_url: Some("https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm"),
        title: Some("Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền"),
        published: Some("2026-09-05T13:30:00+07:00"),
        author: Some("Phương Nhi"),
        sapo_start: Some("Chính phủ ban hành Nghị quyết số 40/2026/NQ-CP về cơ chế"),
        category: Want::Is("Chỉ đạo, quyết định của Chính phủ - Thủ tướng Chính phủ"),
        tags: Some(&["đúc tiền", "in tiền"]),
        body: Body::Sentences {
            first: "Theo Nghị quyết, cơ chế, chính sách xác định giá sản phẩm in, đúc tiền giai đoạn 2020 - 2024 để thực hiện thanh toán, quyết toán chi phí in, đúc tiền giữa Ngân hàng Nhà nước Việt Nam với các cơ sở in, đúc tiền phát sinh từ kế hoạch in, đúc tiền giai đoạn này theo nguyên tắc:",
            last: "Nghị quyết này có hiệu lực từ ngày 04/9/2026.",
        },
        not_in_body: &[
            "Phương Nhi",
            "Tham khảo thêm",
            "Quy định mới về giám sát",
            "Cơ chế, chính sách xác định giá sản phẩm in, đúc tiền giai đoạn",
            "Chinhphu.vn",
            "react-text",
            "GMT+0700",
        ],
    },
    Case {
        path: "baochinhphu/rss_kinh-te_2026-09-05_EXCERPT.xml",
        url: Some("https://baochinhphu.vn/kinh-te.rss"),
        profile: "baochinhphu",
        article_url: Some("https://baochinhphu.vn/kinh-te.rss"),
        title: Some("Kinh tế - RSS Feed"),
        published: None,
        author: None,
        sapo_start: None,
        category: Want::Absent,
        tags: Some(&[]),
        body: Body::Empty,
        not_in_body: &[],
    },
    Case {
        path: "dantri/article-body-dom_2025-05-09_du-lich_blade-wrapped.html",
        url: None,
        profile: "dantri",
        article_url: None,
        title: Some("Rơi xuống vực vì đi tắt, cô gái thoát chết nhờ chàng trai giữ chặt chân"),
        published: Some("2025-05-09T11:02:00+07:00"),
        author: Some("Ái Vy"),
        sapo_start: Some("Thay vì chờ đợi trong dòng người đông nghẹt"),
        category: Want::Absent,
        tags: Some(&["núi Thái Sơn", "chen hàng", "đường tắt"]),
        body: Body::Sentences {
            first: "Trong kỳ nghỉ lễ đầu tháng 5, núi Thái Sơn (tỉnh Sơn Đông, Trung Quốc) đón hàng trăm nghìn lượt du khách mỗi ngày.",
            last: "Dù khu du lịch áp dụng hình thức đặt vé trước và giới hạn số lượng khách mỗi ngày, áp lực vẫn rất lớn trong những dịp cao điểm.",
        },
        not_in_body: &[
            "Suýt chết vì đi tắt",
            "Chàng trai kịp giữ chặt lấy đôi chân của cô gái (Ảnh",
            "Globalgeopark.org",
            "Theo South China Morning Post",
            "Tin liên quan",
            "Nở rộ dịch vụ",
            "This is a modal window",
            "Trình phát Video",
            "Từ khoá",
            "Ái Vy",
            "(Dân trí)",
            "Trung Quốc:",
        ],
    },
    Case {
        path: "dantri/article-head-jsonld_2022-07-01_xa-hoi_blade-wrapped.html",
        url: None,
        profile: "dantri",
        article_url: Some("https://dantri.com.vn/xa-hoi/doc-dao-canh-di-cho-phien-o-ha-noi-ngam-may-bay-ha-canh-lien-tuc-tren-dau-20220701013433218.htm"),
        title: Some("Độc đáo cảnh đi chợ phiên ở Hà Nội ngắm máy bay hạ cánh liên tục trên đầu"),
        published: Some("2022-07-01T06:53:48+07:00"),
        author: Some("Hữu Nghị"),
        sapo_start: Some("Một phiên chợ quê có một không hai ngay tại Hà Nội"),
        category: Want::Is("Xã hội"),
        tags: None,
        body: Body::NotArticle,
        not_in_body: &["Một phiên chợ quê", "(Dân trí)", "window.wDataLayer"],
    },
    Case {
        path: "dantri/article_2022-12-24_the-gioi_httrack-prettified.html",
        url: None,
        profile: "dantri",
        article_url: Some("https://dantri.com.vn/the-gioi/chien-thuat-cua-nga-khi-dua-50-xe-tang-sat-thu-chien-truong-toi-donbass-20221224083224103.htm"),
        title: Some("Chiến thuật của Nga khi đưa 50 xe tăng \"sát thủ chiến trường\" tới Donbass"),
        published: None,
        author: None,
        sapo_start: Some("Các nguồn tin từ hiện trường nói rằng Nga đã đưa 50 chiếc T-90"),
        category: Want::Absent,
        tags: None,
        body: Body::Sentences {
            first: "Nhà thầu quốc phòng Nga Uralvagonzavod đã sản xuất cho quân đội nước này 600 xe tăng T-90.",
            last: "Các dòng T-90 được xem là xe tăng hiện đại hàng đầu trong kho vũ khí Nga với giáp phản ứng nổ tiên tiến, hệ thống phòng vệ, và hệ thống điều khiển hỏa lực hiệu quả giúp nó có thể bắn xa và chính xác hơn vào mục tiêu.",
        },
        not_in_body: &[
            "Một xe tăng T-90 (Ảnh: Sputnik)",
            "Svatove nằm ở vị trí chiến lược",
            "Tin liên quan",
            "(Dân trí)",
            "Các nguồn tin từ hiện trường",
        ],
    },
    Case {
        path: "dantri/article_2022-12-24_xa-hoi_httrack-prettified.html",
        url: Some("https://dantri.com.vn/xa-hoi/truyen-thong-ve-nguoi-tot-viec-tot-la-mot-su-menh-lon-lao-cua-bao-chi-20221224191050762.htm"),
        profile: "dantri",
        article_url: Some("https://dantri.com.vn/xa-hoi/truyen-thong-ve-nguoi-tot-viec-tot-la-mot-su-menh-lon-lao-cua-bao-chi-20221224191050762.htm"),
        title: Some("Truyền thông về người tốt, việc tốt là một sứ mệnh lớn lao của báo chí"),
        published: None,
        author: None,
        sapo_start: Some("Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thanh Lâm nhấn mạnh"),
        category: Want::Absent,
        tags: None,
        body: Body::Sentences {
            first: "Sáng 24/12, Ban Tuyên giáo Trung ương chủ trì, phối hợp với Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam, tổ chức Hội nghị báo chí toàn quốc tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.",
            last: "Xin trân trọng cảm ơn các đồng chí!",
        },
        not_in_body: &[
            "Nguyễn Thanh Lâm. (Ảnh: LĐ)",
            "Tin liên quan",
            "(Dân trí)",
        ],
    },
    Case {
        path: "dantri/category_the-gioi_2022-12_httrack-prettified.html",
        url: Some("https://dantri.com.vn/the-gioi.htm"),
        profile: "dantri",
        article_url: Some("https://dantri.com.vn/the-gioi.htm"),
        title: Some("Tin tức thế giới 24h - Kinh tế, An ninh quân sự thế giới"),
        published: None,
        author: None,
        sapo_start: None,
        category: Want::Absent,
        tags: Some(&[]),
        body: Body::Empty,
        not_in_body: &[],
    },
    Case {
        path: "dantri/emagazine_2022-12-23_the-gioi_httrack-prettified.html",
        url: None,
        profile: "dantri-emagazine",
        article_url: Some("https://dantri.com.vn/the-gioi/the-tran-giang-co-tren-chien-truong-ukraine-sau-10-thang-xung-dot-khoc-liet-20221223160208680.htm"),
        title: Some("Thế trận giằng co trên chiến trường Ukraine sau 10 tháng xung đột khốc liệt"),
        published: None,
        author: None,
        sapo_start: Some("Khi xung đột sắp bước sang năm thứ hai"),
        category: Want::Absent,
        tags: None,
        body: Body::Sentences {
            first: "Khi cuộc xung đột sắp bước sang năm thứ hai, quân đội Ukraine sẽ gặp nhiều thách thức hơn trong việc giành lại lãnh thổ từ lực lượng Nga, trong bối cảnh Moscow đang tập trung vào việc bảo vệ những khu vực mà Nga đã giành quyền kiểm soát, thay vì tiến sâu hơn vào quốc gia láng giềng.",
            last: "Ông thúc giục Mỹ và các đồng minh phương Tây khác nhanh chóng cung cấp thêm vũ khí phòng không cho Ukraine để đối phó với các cuộc tấn công của Nga.",
        },
        not_in_body: &[
            "THẾ TRẬN GIẰNG CO",
            "Binh sĩ Ukraine phóng rocket",
            "(Ảnh: Reuters)",
            "(Dân trí)",
        ],
    },
    Case {
        path: "laodong/homepage_2021-08_double-encoded-utf8-mojibake.html",
        url: Some("https://laodong.vn/"),
        profile: "laodong",
        article_url: Some("https://laodong.vn/"),
        title: Some("Lao Động Online"),
        published: None,
        author: None,
        sapo_start: None,
        category: Want::Absent,
        tags: Some(&[]),
        body: Body::Empty,
        not_in_body: &[],
    },
    Case {
        path: "laodong/category_xe_2026-02_grep-n-fragments.txt",
        url: None,
        profile: "laodong",
        article_url: Some("https://laodong.vn/xe"),
        title: Some("Tin tức Ô TÔ XE MÁY, tư vấn mua bán, hướng dẫn sử dụng xe"),
        published: None,
        author: None,
        sapo_start: None,
        category: Want::Absent,
        tags: Some(&[]),
        body: Body::Empty,
        not_in_body: &[],
    },
];

#[test]
fn every_fixture_has_a_case() {
    let root = format!("{}/../shared/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(&root)];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != "README.md") {
                let rel = path.strip_prefix(&root).map(|p| p.to_string_lossy().replace('\\', "/"));
                files.push(rel.unwrap_or_default());
            }
        }
    }
    files.sort();
    for f in &files {
        assert!(CASES.iter().any(|c| c.path == f), "fixture without a test case: {f}");
    }
    assert!(!files.is_empty(), "no fixtures found under {root}");
}

#[test]
fn fixtures_extract_as_expected() {
    let profiles = Profiles::builtin();
    for case in CASES {
        check(case, &profiles);
    }
}

fn check_choice(path: &str, url: Option<&str>, profile: Option<&str>, expected: &str) {
    let html = fixture(path);
    let a = extract_html(&html, url, profile, &Profiles::builtin());
    assert_eq!(a.profile.as_deref(), Some(expected), "{path} url={url:?} profile={profile:?}");
    assert!(a.title.is_some(), "{path}: no title");
}

#[test]
fn profile_choice_on_fixtures() {
    let cases: &[(&str, Option<&str>, Option<&str>, &str)] = &[
        // An explicit profile name wins over the URL.
        (
            "baochinhphu/article_2026-09-05_102260905122709839_EXCERPT.html",
            None,
            Some("vccorp"),
            "vccorp",
        ),
        // An unknown name is ignored: the canonical URL decides.
        (
            "baochinhphu/article_2026-09-05_102260905122709839_EXCERPT.html",
            None,
            Some("no-such-profile"),
            "baochinhphu",
        ),
        // Host match, then the template signature picks among the host's profiles.
        (
            "dantri/emagazine_2022-12-23_the-gioi_httrack-prettified.html",
            Some("https://dantri.com.vn/the-gioi/x-20221223160208680.htm"),
            None,
            "dantri-emagazine",
        ),
        // A saved copy under an unknown host is recognised by its template.
        (
            "dantri/article-body-dom_2025-05-09_du-lich_blade-wrapped.html",
            Some("http://localhost:8000/blog/1"),
            None,
            "dantri",
        ),
        // Neither host nor template known: generic.
        ("dantri/category_the-gioi_2022-12_httrack-prettified.html", None, None, "generic"),
    ];
    for (path, url, profile, want) in cases {
        check_choice(path, *url, *profile, want);
    }
}
