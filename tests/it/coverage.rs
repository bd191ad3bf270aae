//! `vnmon coverage` and `vnmon documents` on a generated world whose every answer is known:
//! outlets, dates, a re-posted copy, two issuers sharing one number, a short reference, an
//! ambiguous bare id, an implementation chain (explicit and co-cited) and unrelated articles that
//! make the attention shares.

use std::path::Path;

use serde_json::Value;

use crate::common::{stderr, stdout, vnmon};

/// One generated article: outlet host, Vietnam publication time, slug, title, paragraphs.
struct Page {
    host: &'static str,
    published: &'static str,
    slug: &'static str,
    title: &'static str,
    paragraphs: Vec<String>,
}

const BOILER: &str = "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị cần quán triệt sâu sắc, nâng cao nhận thức và trách nhiệm của cán bộ, đảng viên trong giải quyết công việc của người dân, doanh nghiệp.";

fn filler(topic: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "Đoạn {i} về {topic}: thời gian qua, công tác {topic} được triển khai đồng bộ, \
                 có trọng tâm, trọng điểm, đạt nhiều kết quả tích cực số {i}, góp phần phát triển \
                 kinh tế - xã hội của địa phương trong năm {}.",
                2020 + i
            )
        })
        .collect()
}

fn world() -> Vec<Page> {
    let conference = vec![
        "Ngày 4/9, Thành ủy Hà Nội tổ chức Hội nghị quán triệt Chỉ thị số 24-CT/TU ngày 7/8/2023 của Ban Thường vụ Thành ủy Hà Nội về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc.".to_string(),
        "Phát biểu tại hội nghị, Phó Bí thư Thành ủy Nguyễn Văn An yêu cầu các cấp ủy nghiêm túc thực hiện.".to_string(),
        BOILER.to_string(),
        "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 30 điểm cầu quận, huyện, thị xã với sự tham gia của hơn 2.000 đại biểu.".to_string(),
        "Theo đánh giá, sau một năm thực hiện, tình trạng né tránh, đùn đẩy trách nhiệm đã giảm rõ rệt, thủ tục hành chính được giải quyết đúng hạn ở hầu hết các đơn vị.".to_string(),
        "Tại các điểm cầu, lãnh đạo quận, huyện cam kết xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành và định kỳ báo cáo kết quả.".to_string(),
    ];
    // The copy: another headline, the last paragraph cut, a byline added.
    let mut copy = conference[..5].to_vec();
    copy.push("Theo Hà Nội Mới".to_string());
    let mut pages = vec![
        Page { host: "alpha.example.vn", published: "2023-09-04T10:00:00+07:00", slug: "hoi-nghi-quan-triet-chi-thi-24", title: "Hà Nội quán triệt Chỉ thị 24-CT/TU về kỷ cương", paragraphs: conference },
        Page { host: "beta.example.vn", published: "2023-09-05T08:30:00+07:00", slug: "ha-noi-siet-ky-cuong", title: "Siết chặt kỷ cương, kỷ luật trong giải quyết công việc", paragraphs: copy },
        Page { host: "gamma.example.vn", published: "2023-09-12T15:00:00+07:00", slug: "soc-son-quan-triet", title: "Huyện Sóc Sơn quán triệt Chỉ thị 24", paragraphs: vec![
            "Ngày 11/9, Đảng bộ huyện Sóc Sơn tổ chức Hội nghị quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy Hà Nội và Kế hoạch số 154-KH/HU của Ban Thường vụ Huyện ủy về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị huyện.".to_string(),
            "Đồng chí Trần Văn Bình, Bí thư Huyện ủy Sóc Sơn yêu cầu các chi bộ đưa nội dung chỉ thị vào sinh hoạt thường kỳ.".to_string(),
        ].into_iter().chain(filler("xây dựng Đảng ở Sóc Sơn", 3)).collect() },
        Page { host: "alpha.example.vn", published: "2023-09-20T09:00:00+07:00", slug: "ke-hoach-171", title: "Thành ủy Hà Nội ban hành kế hoạch thực hiện Chỉ thị 24", paragraphs: vec![
            "Thành ủy Hà Nội vừa ban hành Kế hoạch số 171-KH/TU để thực hiện Chỉ thị số 24-CT/TU ngày 7/8/2023 của Ban Thường vụ Thành ủy Hà Nội về tăng cường kỷ cương, kỷ luật.".to_string(),
        ].into_iter().chain(filler("cải cách hành chính ở Hà Nội", 3)).collect() },
        Page { host: "delta.example.vn", published: "2023-10-02", slug: "tiep-tuc-thuc-hien-chi-thi-24", title: "Tiếp tục thực hiện nghiêm Chỉ thị 24", paragraphs: vec![
            "Các sở, ngành tiếp tục thực hiện nghiêm Chỉ thị 24 của Ban Thường vụ Thành ủy Hà Nội về tăng cường kỷ cương, kỷ luật trong giải quyết công việc.".to_string(),
        ].into_iter().chain(filler("kỷ cương hành chính", 3)).collect() },
        // Only the bare id, no issuer anywhere: it could be either document.
        Page { host: "delta.example.vn", published: "2023-10-03T11:00:00+07:00", slug: "so-ket-chi-thi", title: "Sơ kết việc thực hiện chỉ thị về kỷ cương", paragraphs: vec![
            "Sau một năm thực hiện Chỉ thị số 24-CT/TU, nhiều chuyển biến tích cực đã được ghi nhận trong giải quyết thủ tục hành chính.".to_string(),
        ].into_iter().chain(filler("thủ tục hành chính", 3)).collect() },
        // The same number from another Tỉnh ủy, years earlier.
        Page { host: "epsilon.example.vn", published: "2019-03-10T07:00:00+07:00", slug: "nghe-an-chi-thi-24", title: "Nghệ An ban hành chỉ thị về phòng chống dịch tả lợn châu Phi", paragraphs: vec![
            "Ngày 1/3/2019, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Chỉ thị số 24-CT/TU về tăng cường lãnh đạo công tác phòng, chống dịch tả lợn châu Phi trên địa bàn tỉnh Nghệ An.".to_string(),
        ].into_iter().chain(filler("chăn nuôi ở Nghệ An", 3)).collect() },
        Page { host: "epsilon.example.vn", published: "2019-03-20T07:00:00+07:00", slug: "nghe-an-trien-khai", title: "Các huyện Nghệ An triển khai chỉ thị chống dịch", paragraphs: vec![
            "Các huyện ở Nghệ An khẩn trương triển khai Chỉ thị số 24-CT/TU ngày 1/3/2019 của Ban Thường vụ Tỉnh ủy Nghệ An về phòng, chống dịch tả lợn châu Phi.".to_string(),
        ].into_iter().chain(filler("thú y ở Nghệ An", 3)).collect() },
    ];
    // Unrelated articles of the same outlets: the attention denominators.
    for (host, published, slug) in [
        ("alpha.example.vn", "2023-09-06T08:00:00+07:00", "giao-thong-1"),
        ("alpha.example.vn", "2023-09-07T08:00:00+07:00", "giao-thong-2"),
        ("beta.example.vn", "2023-09-08T08:00:00+07:00", "thoi-tiet-1"),
        ("gamma.example.vn", "2023-09-13T08:00:00+07:00", "the-thao-1"),
        ("delta.example.vn", "2023-10-04T08:00:00+07:00", "giao-duc-1"),
        ("alpha.example.vn", "2023-11-01T08:00:00+07:00", "giao-thong-3"),
    ] {
        pages.push(Page {
            host,
            published,
            slug,
            title: "Tin tức trong ngày",
            paragraphs: filler(slug, 4),
        });
    }
    pages
}

fn write_world(dir: &Path) {
    for (i, p) in world().iter().enumerate() {
        let url = format!("https://{}/{}.html", p.host, p.slug);
        let body: String = p.paragraphs.iter().map(|t| format!("<p>{t}</p>\n")).collect();
        let html = format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>\
             <link rel=\"canonical\" href=\"{url}\"><meta property=\"og:title\" content=\"{title}\">\
             <meta property=\"article:published_time\" content=\"{published}\"></head>\
             <body><article><h1>{title}</h1>\n{body}</article></body></html>",
            title = p.title,
            published = p.published,
        );
        std::fs::write(dir.join(format!("{i:02}-{}.html", p.slug)), html).unwrap();
    }
}

/// The world indexed once per test (imports are cheap: 14 pages).
fn indexed() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let pages = tmp.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    write_world(&pages);
    let index = tmp.path().join("index");
    let out = vnmon(&index, &["import", pages.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    (tmp, index)
}

fn json(index: &Path, args: &[&str]) -> Value {
    let out = vnmon(index, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn two_issuers_sharing_a_number_make_the_reference_ambiguous() {
    let (_tmp, index) = indexed();
    for reference in ["Chỉ thị 24-CT/TU", "24-ct/tu", "chi thi 24 ct/tu", "Chỉ thị 24"] {
        let out = vnmon(&index, &["coverage", reference]);
        assert_eq!(out.status.code(), Some(1), "{reference}");
        let err = stderr(&out);
        assert!(err.contains("2 documents match"), "{reference}: {err}");
        assert!(err.contains("Thành ủy Hà Nội") && err.contains("Tỉnh ủy Nghệ An"), "{err}");
        assert!(err.contains("2023") && err.contains("2019"), "{err}");
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn coverage_report_has_every_known_figure() {
    let (_tmp, index) = indexed();
    let v = json(
        &index,
        &["coverage", "Chỉ thị 24-CT/TU", "--issuer", "thanh uy ha noi", "--json", "--chain"],
    );
    let doc = &v["document"];
    assert_eq!(doc["id"], "24-CT/TU");
    assert_eq!(doc["issuer"], "Thành ủy Hà Nội");
    assert_eq!(doc["issuer_display"], "Ban Thường vụ Thành ủy Hà Nội");
    assert_eq!(doc["issued"], "2023-08-07");
    // Five articles: the conference, its copy, Sóc Sơn, the plan, the short reference.
    assert_eq!(v["articles_total"], 5);
    assert_eq!(v["outlets_total"], 4);
    assert_eq!((v["originals"].as_u64(), v["copies"].as_u64()), (Some(4), Some(1)));
    assert_eq!(v["grouping"]["short"], 1);
    assert_eq!(v["grouping"]["unattached"], 1, "the bare id fits both documents");
    assert_eq!(v["first_report"]["published"], "2023-09-04T10:00:00+07:00");
    assert_eq!(
        v["first_report"]["url"],
        "https://alpha.example.vn/hoi-nghi-quan-triet-chi-thi-24.html"
    );
    // Known date without an hour: a date.
    assert_eq!(v["last_report"]["published"], "2023-10-02");
    let outlets: Vec<(String, u64)> = v["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["site"].as_str().unwrap().to_string(), o["articles"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        outlets,
        [
            ("alpha.example.vn", 2),
            ("beta.example.vn", 1),
            ("delta.example.vn", 1),
            ("gamma.example.vn", 1)
        ]
        .map(|(s, n)| (s.to_string(), n))
    );
    assert_eq!(v["outlets"][0]["last_report"]["published"], "2023-09-20T09:00:00+07:00");
    // Weekly timeline, every week from the first to the last report; attention counts every
    // article of the four outlets in the week (W36: 2 of 5; W40: 1 of 3, the bare-id article
    // and an unrelated one included in the denominator).
    let buckets: Vec<(String, u64, u64)> = v["timeline"]["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["label"].as_str().unwrap().to_string(),
                b["articles"].as_u64().unwrap(),
                b["outlet_articles"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        buckets,
        [
            ("2023-W36", 2, 5),
            ("2023-W37", 1, 2),
            ("2023-W38", 1, 1),
            ("2023-W39", 0, 0),
            ("2023-W40", 1, 3)
        ]
        .map(|(l, a, o)| (l.to_string(), a, o))
    );
    assert_eq!(v["timeline"]["buckets"][0]["attention"], 0.4);
    // Officials with titles.
    let officials = v["officials"].as_array().unwrap();
    let an = officials.iter().find(|o| o["name"] == "Nguyễn Văn An").expect("Nguyễn Văn An");
    assert_eq!(an["articles"], 2);
    assert!(an["title"].as_str().unwrap().contains("Phó Bí thư Thành ủy"), "{an}");
    assert!(officials.iter().any(|o| o["name"] == "Trần Văn Bình"), "{officials:?}");
    // Co-cited documents and the chain: 171-KH/TU explicit, 154-KH/HU co-cited.
    let related: Vec<&str> = v["related_documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(related.contains(&"171-KH/TU") && related.contains(&"154-KH/HU"), "{related:?}");
    let chain = v["chain"].as_array().unwrap();
    let node = |id: &str| {
        chain
            .iter()
            .find(|n| n["document"]["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {chain:?}"))
    };
    assert_eq!(node("171-KH/TU")["evidence"]["explicit"], 1);
    assert_eq!(node("171-KH/TU")["document"]["issuer"], "Thành ủy Hà Nội");
    assert_eq!(node("154-KH/HU")["evidence"]["cocited"], 1);
    assert_eq!(node("154-KH/HU")["evidence"]["explicit"], 0);
    assert_eq!(node("154-KH/HU")["document"]["issuer"], "Huyện ủy Sóc Sơn");
    assert_eq!(chain.len(), 2, "{chain:?}");
    // Units that held events on it.
    let units: Vec<&str> =
        v["units"].as_array().unwrap().iter().map(|u| u["name"].as_str().unwrap()).collect();
    assert!(units.iter().any(|u| u.contains("Sóc Sơn")), "{units:?}");
}

#[test]
fn the_other_document_of_the_same_number() {
    let (_tmp, index) = indexed();
    let v = json(&index, &["coverage", "24-CT/TU", "--year", "2019", "--json"]);
    assert_eq!(v["document"]["issuer"], "Tỉnh ủy Nghệ An");
    assert_eq!(v["document"]["issued"], "2019-03-01");
    assert_eq!(v["articles_total"], 2);
    assert_eq!(v["outlets_total"], 1);
    assert_eq!(v["copies"], 0);
}

#[test]
fn filters_csv_and_empty_results() {
    let (_tmp, index) = indexed();
    let args = ["coverage", "Chỉ thị 24-CT/TU", "--issuer", "Hà Nội"];
    // Per-article CSV: copy groups, dates without a made-up hour.
    let out = vnmon(&index, &[&args[..], &["--csv", "--articles"]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "published,site,title,url,mentions,attach,copy_group,is_copy");
    assert_eq!(lines.len(), 6, "{csv}");
    assert!(lines[1].starts_with("2023-09-04T10:00:00+07:00,alpha.example.vn,"), "{csv}");
    assert!(lines[2].ends_with(",1,true"), "the copy is in the original's group: {csv}");
    assert!(lines[5].starts_with("2023-10-02,delta.example.vn,"), "{csv}");
    // Timeline CSV by month.
    let out = vnmon(&index, &[&args[..], &["--csv", "--by", "month"]].concat());
    assert_eq!(stdout(&out), "bucket,start,articles,outlet_articles,attention\n2023-09,2023-09-01,4,8,0.500000\n2023-10,2023-10-01,1,3,0.333333\n");
    // Period and outlet filters.
    let v = json(
        &index,
        &[&args[..], &["--json", "--from", "2023-09-10", "--to", "2023-09-30"]].concat(),
    );
    assert_eq!(v["articles_total"], 2);
    let v =
        json(&index, &[&args[..], &["--json", "--site", "https://www.ALPHA.example.vn/"]].concat());
    assert_eq!(v["articles_total"], 2);
    // Nothing to report: exit 1 and one line.
    for extra in [&["--from", "2030-01-01"][..], &["--site", "nowhere.vn"][..]] {
        let out = vnmon(&index, &[&args[..], extra].concat());
        assert_eq!(out.status.code(), Some(1), "{extra:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    let out = vnmon(&index, &["coverage", "Chỉ thị 99-CT/TU"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).trim(), "vnmon: no article in the index reports Chỉ thị 99-CT/TU");
    // Not a reference, a bad chart name: usage errors, exit 2.
    let out = vnmon(&index, &["coverage", "kỷ cương"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = vnmon(&index, &["coverage", "24-CT/TU", "--plot", "chart.gif"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn documents_lists_the_most_reported() {
    let (_tmp, index) = indexed();
    let out = vnmon(&index, &["documents", "--json", "--since", "2023-01-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["id"], "24-CT/TU");
    assert_eq!(rows[0]["issuer"], "Thành ủy Hà Nội");
    assert_eq!(rows[0]["articles"], 5);
    assert_eq!(rows[0]["outlets"], 4);
    assert_eq!(rows[0]["first_report"]["published"], "2023-09-04T10:00:00+07:00");
    assert!(rows.iter().all(|r| r["issuer"] != "Tỉnh ủy Nghệ An"), "2019 is outside the period");
    let out = vnmon(&index, &["documents", "--json", "--kind", "ke-hoach"]);
    let ids: Vec<String> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["154-KH/HU", "171-KH/TU"]);
    let out = vnmon(&index, &["documents", "--json", "--issuer", "nghe an"]);
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["articles"], 2);
    let out = vnmon(&index, &["documents", "--csv", "--since", "2030-01-01"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn search_collapses_copies() {
    let (_tmp, index) = indexed();
    let out = vnmon(&index, &["search", "quán triệt", "--json", "--collapse-copies"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let hits: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let conference: Vec<&Value> = hits
        .iter()
        .filter(|h| {
            h["url"].as_str().unwrap().contains("hoi-nghi")
                || h["url"].as_str().unwrap().contains("siet-ky-cuong")
        })
        .collect();
    assert_eq!(conference.len(), 1, "{hits:?}");
    assert_eq!(conference[0]["copies"], 1);
    let plain = vnmon(&index, &["search", "quán triệt", "--json"]);
    assert_eq!(stdout(&plain).lines().count(), hits.len() + 1);
}

#[test]
fn the_demo_ends_with_the_coverage_of_directive_24() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let index = dir.path().join("index");
    let out = vnmon(&index, &["demo", "--state", state.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let (_, report) = text.split_once("$ vnmon coverage").expect("coverage shown");
    assert!(
        report.contains("Chỉ thị 24-CT/TU — Ban Thường vụ Thành ủy Hà Nội, ban hành 2023-08-07"),
        "{report}"
    );
    assert!(report.contains("4 articles in 3 outlets"), "{report}");
    for chart in ["coverage.svg", "coverage-outlets.svg", "coverage.png", "coverage-outlets.png"] {
        let path = state.join("charts").join(chart);
        assert!(report.contains(&path.display().to_string()), "{chart}: {report}");
        assert!(std::fs::metadata(&path).unwrap().len() > 1000, "{chart}");
    }
    // The same facts as JSON, from the demo index.
    let v = json(&index, &["coverage", "Chỉ thị 24-CT/TU", "--json", "--chain"]);
    assert_eq!(v["articles_total"], 4);
    assert_eq!(v["document"]["issuer_display"], "Ban Thường vụ Thành ủy Hà Nội");
    assert_eq!(v["document"]["issued"], "2023-08-07");
    // Co-cited: the two plans named beside it; explicit: the plan "triển khai thực hiện" it.
    let mut chain: Vec<(String, String, u64, u64)> = v["chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["document"]["id"].as_str().unwrap().to_string(),
                n["document"]["issuer_display"].as_str().unwrap().to_string(),
                n["evidence"]["explicit"].as_u64().unwrap(),
                n["evidence"]["cocited"].as_u64().unwrap(),
            )
        })
        .collect();
    chain.sort();
    let expected = [
        ("154-KH/HU", "Ban Thường vụ Huyện ủy Sóc Sơn", 0, 1),
        ("171-KH/TU", "Thành ủy Hà Nội", 0, 1),
        ("31-KH/ĐU", "Đảng ủy cơ quan Sở Thông tin và Truyền thông Hà Nội", 1, 0),
    ];
    assert_eq!(chain, expected.map(|(a, b, c, d)| (a.to_string(), b.to_string(), c, d)));
}
