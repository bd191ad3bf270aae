//! Article extraction over every saved page under `../shared/fixtures/`.
//!
//! Each fixture is decoded with `text::decode_html` (as the pipeline does) and extracted with
//! the built-in profiles. What comes out (profile, URL, title, publication time, author, sapo,
//! category, tags, the number of body paragraphs and the first and last of them) is an insta
//! snapshot per fixture (`snapshots/it__extract_fixtures__*.snap`). On top of the snapshot, every
//! page must keep captions, related boxes, source lines and outlet prefixes out of its body
//! (`not_in_body`), and every text field must be NFC with clean paragraphs.

use std::path::Path;

use vnmon::extract::{extract_html, Article, Profiles};
use vnmon::text::decode_html;

use crate::common::shared;

/// What is not in the snapshot: the URL the page is extracted with, and what its body must not
/// contain.
struct Case {
    /// Path under `shared/fixtures/`.
    path: &'static str,
    /// URL passed to the extractor (`None`: the page's canonical URL or template decides).
    url: Option<&'static str>,
    /// Texts that must not appear in the body (captions, related boxes, source lines, ...).
    not_in_body: &'static [&'static str],
}

fn fixture(root: &Path, path: &str) -> String {
    let full = root.join(path);
    let bytes =
        std::fs::read(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()));
    decode_html(&bytes, None)
}

/// The snapshot of one extraction.
fn summary(a: &Article) -> serde_json::Value {
    let paragraphs: Vec<&str> = a.body.split("\n\n").filter(|p| !p.is_empty()).collect();
    serde_json::json!({
        "profile": a.profile,
        "url": a.url,
        "title": a.title,
        "published": a.published_rfc3339(),
        "author": a.author,
        "sapo": a.sapo,
        "category": a.category,
        "tags": a.tags,
        "paragraphs": paragraphs.len(),
        "body_first": paragraphs.first(),
        "body_last": paragraphs.last(),
    })
}

fn check(root: &Path, case: &Case, profiles: &Profiles) {
    let html = fixture(root, case.path);
    let a: Article = extract_html(&html, case.url, None, profiles);
    let ctx = case.path;
    insta::assert_json_snapshot!(ctx.replace(['/', '.'], "_"), summary(&a), ctx);
    for para in a.body.split("\n\n").filter(|_| !a.body.is_empty()) {
        assert!(!para.trim().is_empty(), "{ctx}: empty paragraph");
        assert_eq!(para, para.trim(), "{ctx}: untrimmed paragraph");
        assert!(!para.contains("  ") && !para.contains('\n'), "{ctx}: whitespace in {para:?}");
    }
    if let Some(sapo) = a.sapo.as_deref().filter(|_| !a.body.is_empty()) {
        assert!(!a.body.starts_with(sapo), "{ctx}: sapo repeated in body");
    }
    for bad in case.not_in_body {
        assert!(!a.body.contains(bad), "{ctx}: body contains {bad:?}");
    }
    for s in [&a.title, &a.sapo, &a.author, &a.category].into_iter().flatten() {
        assert_eq!(*s, vnmon::text::normalize(s), "{ctx}: not NFC: {s:?}");
    }
}

const CASES: &[Case] = &[
    Case {
        path: "baochinhphu/article_2026-09-05_102260905122709839_EXCERPT.html",
        url: Some("https://baochinhphu.vn/co-che-chinh-sach-xac-dinh-gia-san-pham-in-duc-tien-102260905122709839.htm"),
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
        not_in_body: &[],
    },
    Case {
        path: "dantri/article-body-dom_2025-05-09_du-lich_blade-wrapped.html",
        url: None,
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
        not_in_body: &[
            "Một phiên chợ quê",
            "(Dân trí)",
            "window.wDataLayer",
        ],
    },
    Case {
        path: "dantri/article_2022-12-24_the-gioi_httrack-prettified.html",
        url: None,
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
        not_in_body: &[
            "Nguyễn Thanh Lâm. (Ảnh: LĐ)",
            "Tin liên quan",
            "(Dân trí)",
        ],
    },
    Case {
        path: "dantri/category_the-gioi_2022-12_httrack-prettified.html",
        url: Some("https://dantri.com.vn/the-gioi.htm"),
        not_in_body: &[],
    },
    Case {
        path: "dantri/emagazine_2022-12-23_the-gioi_httrack-prettified.html",
        url: None,
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
        not_in_body: &[],
    },
    Case {
        path: "laodong/category_xe_2026-02_grep-n-fragments.txt",
        url: None,
        not_in_body: &[],
    },
];

#[test]
fn every_fixture_has_a_case() {
    let Some(root) = shared("fixtures") else { return };
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
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
    assert!(!files.is_empty(), "no fixtures found under {}", root.display());
}

#[test]
fn fixtures_extract_as_expected() {
    let Some(root) = shared("fixtures") else { return };
    let profiles = Profiles::builtin();
    for case in CASES {
        check(&root, case, &profiles);
    }
}

fn check_choice(root: &Path, path: &str, url: Option<&str>, profile: Option<&str>, expected: &str) {
    let html = fixture(root, path);
    let a = extract_html(&html, url, profile, &Profiles::builtin());
    assert_eq!(a.profile.as_deref(), Some(expected), "{path} url={url:?} profile={profile:?}");
    assert!(a.title.is_some(), "{path}: no title");
}

#[test]
fn profile_choice_on_fixtures() {
    let Some(root) = shared("fixtures") else { return };
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
        check_choice(&root, path, *url, *profile, want);
    }
}
