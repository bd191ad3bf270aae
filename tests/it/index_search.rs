//! Index and search: diacritic rules, query syntax, filters, upserts and snippets.
//!
//! Module index:
//! - `corpus` / `build`: a small hand-written corpus indexed in a temp dir
//! - `query_semantics`: the `check(query, expected_urls)` table
//! - `filters`: site, dates, limit, entity filters
//! - `errors`: malformed query, missing and empty index
//! - `upsert`: replacing a URL
//! - `snippets`: highlighted words for accented and unaccented queries

use chrono::{DateTime, NaiveDate};
use vnmon::entities::{DocumentRef, Entities, Official, Unit};
use vnmon::extract::Article;
use vnmon::index::{Added, Index, IndexError, Indexer, SearchRequest, SearchResults};
use vnmon::record::Record;

struct Doc {
    url: &'static str,
    site: &'static str,
    published: &'static str,
    title: &'static str,
    body: &'static str,
}

const CORPUS: &[Doc] = &[
    Doc {
        url: "https://dantri.com.vn/a1",
        site: "dantri.com.vn",
        published: "2025-03-01T08:00:00+07:00",
        title: "Siết chặt kỷ cương hành chính",
        body: "Thành ủy Hà Nội yêu cầu siết chặt kỷ cương trong bộ máy.\n\nChỉ thị 24-CT/TU được ban hành.",
    },
    Doc {
        url: "https://vnexpress.net/a2",
        site: "vnexpress.net",
        published: "2025-03-02T06:30:00+07:00",
        title: "KỶ CƯƠNG, KỶ LUẬT",
        body: "Thành uỷ Đà Nẵng họp bàn về kỷ luật. Tình hình hoà bình được bảo đảm.",
    },
    Doc {
        url: "https://dantri.com.vn/a3",
        site: "dantri.com.vn",
        published: "2025-03-03T23:30:00+07:00",
        title: "Thủy điện Hòa Bình xả lũ",
        body: "Nhà máy thủy điện Hòa Bình mở thêm cửa xả.",
    },
    Doc {
        url: "https://tuoitre.vn/a4",
        site: "tuoitre.vn",
        published: "2025-03-04T00:30:00+07:00",
        title: "Thụy Điển hỗ trợ Việt Nam",
        body: "Đại sứ Thụy Điển thăm Hà Nội và bàn chuyện năng lượng.",
    },
];

fn record(d: &Doc) -> Record {
    let article = Article {
        url: Some(d.url.into()),
        site: Some(d.site.into()),
        title: Some(d.title.into()),
        body: d.body.into(),
        published: DateTime::parse_from_rfc3339(d.published).ok(),
        ..Article::default()
    };
    // Entities are set by hand: these tests must not depend on the extractors.
    let mut r = Record { text: article.text(), article, entities: Entities::default() };
    if d.url.ends_with("a1") {
        r.entities = Entities {
            documents: vec![DocumentRef {
                id: Some("24-CT/TU".into()),
                kind: "Chỉ thị".into(),
                number: "24".into(),
                symbol: Some("CT/TU".into()),
                issued: None,
                issuer: Some("Thành ủy Hà Nội".into()),
                mentions: vec![],
            }],
            officials: vec![Official {
                name: "Nguyễn Văn Phong".into(),
                titles: vec![],
                mentions: vec![],
            }],
            units: vec![Unit {
                name: "Thành ủy Hà Nội".into(),
                canonical: "Thành ủy Hà Nội".into(),
                mentions: vec![],
            }],
            dates: vec![],
        };
    }
    if d.url.ends_with("a4") {
        r.article.tags = vec!["năng lượng".into()];
    }
    if d.url.ends_with("a2") {
        r.entities.documents.push(DocumentRef {
            id: None,
            kind: "Chỉ thị".into(),
            number: "17".into(),
            symbol: None,
            issued: None,
            issuer: None,
            mentions: vec![],
        });
    }
    r
}

fn build() -> (tempfile::TempDir, Index) {
    build_with(CORPUS)
}

fn build_with(corpus: &[Doc]) -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut indexer = Indexer::open(dir.path()).expect("create index");
    for d in corpus {
        assert_eq!(indexer.add(record(d), None).expect("add").0, Added::New);
    }
    indexer.finish().expect("commit");
    let index = Index::open(dir.path()).expect("open index");
    (dir, index)
}

fn search(index: &Index, req: SearchRequest) -> SearchResults {
    let req = SearchRequest { limit: if req.limit == 0 { 10 } else { req.limit }, ..req };
    index.search(&req).unwrap_or_else(|e| panic!("search {req:?}: {e}"))
}

fn urls(results: &SearchResults) -> Vec<String> {
    let mut u: Vec<String> =
        results.hits.iter().map(|h| h.url.rsplit('/').next().unwrap_or("").to_string()).collect();
    u.sort();
    u
}

#[test]
fn query_semantics() {
    let (_dir, index) = build();
    let check = |query: &str, expected: &[&str]| {
        let res = search(&index, SearchRequest { query: query.into(), ..Default::default() });
        assert_eq!(urls(&res), expected, "query {query:?}");
        assert_eq!(res.total, expected.len(), "total for {query:?}");
    };
    let nfd: String = {
        use unicode_normalization::UnicodeNormalization;
        "kỷ cương".nfd().collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("ky cuong", &["a1", "a2"]),
        ("kỷ cương", &["a1", "a2"]),
        ("KỶ CƯƠNG", &["a1", "a2"]),
        (&nfd, &["a1", "a2"]),
        ("Thành ủy", &["a1", "a2"]),
        ("Thành uỷ", &["a1", "a2"]),
        ("thanh uy", &["a1", "a2"]),
        ("hòa", &["a2", "a3"]),
        ("hoà", &["a2", "a3"]),
        ("thủy điện", &["a3"]),
        ("\"thủy điện\"", &["a3"]),
        ("thụy điển", &["a4"]),
        ("thuy dien", &["a3", "a4"]),
        ("thủy dien", &["a3"]),
        ("\"Chỉ thị 24-CT/TU\"", &["a1"]),
        ("\"chi thi 24-ct/tu\"", &["a1"]),
        ("24-CT/TU", &["a1"]),
        ("\"kỷ cương kỷ luật\"", &["a2"]),
        ("\"cương kỷ cương\"", &[]),
        ("kỷ AND luật", &["a2"]),
        ("(kỷ luật) OR xả", &["a2", "a3"]),
        ("ha noi -thuy", &["a1"]),
        ("ha noi NOT thụy", &["a1"]),
        ("title:\"kỷ cương\"", &["a1", "a2"]),
        ("title:thuy", &["a3", "a4"]),
        ("body:\"ha noi\"", &["a1", "a4"]),
        ("site:dantri.com.vn", &["a1", "a3"]),
        ("site:dantri.com.vn AND hoa", &["a3"]),
        ("doc:\"24-CT/TU\"", &["a1"]),
        ("doc:\"Chỉ thị|17\"", &["a2"]),
        ("doc:24-CT/TU", &["a1"]),
        ("tag:\"năng lượng\"", &["a4"]),
        ("tags:\"năng lượng\" OR site:vnexpress.net", &["a2", "a4"]),
        ("official:\"nguyen van phong\"", &["a1"]),
        ("-thuy", &["a1", "a2"]),
    ];
    for (query, expected) in cases {
        check(query, expected);
    }
}

#[test]
fn filters() {
    let (_dir, index) = build();
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let check = |req: SearchRequest, expected: &[&str]| {
        let res = search(&index, req.clone());
        assert_eq!(urls(&res), expected, "request {req:?}");
    };
    let cases: Vec<(SearchRequest, &[&str])> = vec![
        (SearchRequest { site: Some("dantri.com.vn".into()), ..Default::default() }, &["a1", "a3"]),
        (
            SearchRequest {
                query: "ha noi".into(),
                site: Some("tuoitre.vn".into()),
                ..Default::default()
            },
            &["a4"],
        ),
        // a3 is 2025-03-03 23:30 local (16:30 UTC), a4 2025-03-04 00:30 local (03-03 17:30 UTC).
        (
            SearchRequest { from: d("2025-03-03"), to: d("2025-03-03"), ..Default::default() },
            &["a3"],
        ),
        (SearchRequest { from: d("2025-03-04"), ..Default::default() }, &["a4"]),
        (SearchRequest { to: d("2025-03-01"), ..Default::default() }, &["a1"]),
        (
            SearchRequest { query: "ky".into(), from: d("2025-03-02"), ..Default::default() },
            &["a2"],
        ),
        (SearchRequest { doc: Some(" 24-CT/TU ".into()), ..Default::default() }, &["a1"]),
        (
            SearchRequest { official: Some("Nguyễn Văn Phong".into()), ..Default::default() },
            &["a1"],
        ),
        (
            SearchRequest { official: Some("nguyen van  phong".into()), ..Default::default() },
            &["a1"],
        ),
        (SearchRequest { unit: Some("thanh uy ha noi".into()), ..Default::default() }, &["a1"]),
        (SearchRequest { unit: Some("Thành ủy Đà Nẵng".into()), ..Default::default() }, &[]),
    ];
    for (req, expected) in cases {
        check(req, expected);
    }
    // Filter-only requests are sorted newest first; limit cuts, total does not.
    let res =
        search(&index, SearchRequest { limit: 2, from: d("2025-01-01"), ..Default::default() });
    assert_eq!(res.total, 4);
    let got: Vec<&str> = res.hits.iter().map(|h| h.url.as_str()).collect();
    assert_eq!(got, ["https://tuoitre.vn/a4", "https://dantri.com.vn/a3"]);
    let hit = &res.hits[0];
    assert_eq!(
        (hit.site.as_str(), hit.title.as_str()),
        ("tuoitre.vn", "Thụy Điển hỗ trợ Việt Nam")
    );
    assert_eq!(hit.published.map(|p| p.to_rfc3339()), Some("2025-03-04T00:30:00+07:00".into()));
}

#[test]
fn errors() {
    let (dir, index) = build();
    for query in ["title:(", "\"kỷ cương", "(ha noi", "nosuchfield:x", "AND"] {
        let res =
            index.search(&SearchRequest { query: query.into(), limit: 5, ..Default::default() });
        match res {
            Err(IndexError::Query(msg)) => {
                eprintln!("{query:?} -> {msg}");
                assert!(!msg.contains('\n'), "{msg}")
            }
            other => panic!("{query:?}: expected a query error, got {other:?}"),
        }
    }
    let missing = dir.path().join("nothing-here");
    match Index::open(&missing) {
        Err(e @ IndexError::Missing { .. }) => assert!(e.to_string().contains("vnmon import")),
        Err(e) => panic!("expected Missing, got {e}"),
        Ok(_) => panic!("expected Missing, got an index"),
    }
    let empty_dir = tempfile::tempdir().expect("tempdir");
    let empty = Index::open_or_create(empty_dir.path()).expect("create");
    assert_eq!(empty.num_docs(), 0);
    let res = empty.search(&SearchRequest { query: "x".into(), limit: 5, ..Default::default() });
    assert!(matches!(res, Err(IndexError::Empty { .. })), "{res:?}");
    // An index with another schema is refused, not misread.
    let other_dir = tempfile::tempdir().expect("tempdir");
    let mut other = tantivy::schema::Schema::builder();
    other.add_text_field("title", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(other_dir.path(), other.build()).expect("other index");
    match Index::open(other_dir.path()) {
        Err(e @ IndexError::Incompatible { .. }) => assert!(e.to_string().contains("import")),
        Err(e) => panic!("expected Incompatible, got {e}"),
        Ok(_) => panic!("expected Incompatible, got an index"),
    }
    // Reopening finds the committed documents.
    drop(index);
    assert_eq!(Index::open(dir.path()).expect("reopen").num_docs(), CORPUS.len() as u64);
}

#[test]
fn a_changed_page_replaces_its_document_and_copies_are_duplicates() {
    let (dir, index) = build();
    let add = |indexer: &mut Indexer, r: &Record| indexer.add(r.clone(), None).expect("add").0;
    let mut changed = record(&CORPUS[0]);
    changed.article.title = Some("Tiêu đề mới về thủy lợi".into());
    changed.text = changed.article.text();
    let mut indexer = Indexer::open(dir.path()).expect("indexer");
    assert_eq!(add(&mut indexer, &changed), Added::Replaced);
    // Same URL and content twice in one uncommitted batch.
    assert_eq!(add(&mut indexer, &changed), Added::Unchanged);
    let mut fresh = record(&CORPUS[1]);
    fresh.article.url = Some("https://vnexpress.net/new".into());
    fresh.text = "Một văn bản khác với tiêu đề và thân bài.".into();
    assert_eq!(add(&mut indexer, &fresh), Added::New);
    assert_eq!(add(&mut indexer, &fresh), Added::Unchanged);
    indexer.commit().expect("commit");
    assert_eq!(index.num_docs(), CORPUS.len() as u64 + 1);
    let got = index.get("https://dantri.com.vn/a1").expect("get").expect("present");
    assert_eq!(got, changed);
    assert_eq!(index.get("https://nowhere/").expect("get"), None);
    let got = index.get("https://vnexpress.net/new").expect("get").expect("present");
    assert_eq!(got, fresh);
    let res = search(&index, SearchRequest { query: "thuy loi".into(), ..Default::default() });
    assert_eq!(urls(&res), ["a1"]);
    let all: Vec<Record> =
        index.all_records().expect("records").collect::<Result<_, _>>().expect("read");
    assert_eq!(all.len(), CORPUS.len() + 1);
    // The same text without URL is the indexed article's content: a duplicate, not a document.
    let mut no_url = record(&CORPUS[2]);
    no_url.article.url = None;
    let of = CORPUS[2].url.to_string();
    assert_eq!(add(&mut indexer, &no_url), Added::Duplicate { of, by: "content" });
    // New text without URL is keyed by its content hash, once.
    no_url.text = "Văn bản không có địa chỉ.".into();
    assert_eq!(add(&mut indexer, &no_url), Added::New);
    indexer.commit().expect("commit");
    assert_eq!(add(&mut indexer, &no_url), Added::Unchanged);
    indexer.finish().expect("commit");
    assert_eq!(index.num_docs(), CORPUS.len() as u64 + 2);
}

#[test]
fn snippets() {
    let (_dir, index) = build();
    // Returns the highlighted words of the title, joined by '|'.
    let check = |query: &str, url: &str, expected: &[&str]| -> String {
        let res = search(&index, SearchRequest { query: query.into(), ..Default::default() });
        let hit = res
            .hits
            .iter()
            .find(|h| h.url.ends_with(url))
            .unwrap_or_else(|| panic!("{query:?}: no {url}"));
        let words: Vec<&str> =
            hit.snippet.highlights.iter().map(|r| &hit.snippet.text[r.clone()]).collect();
        assert_eq!(words, expected, "query {query:?}, snippet {:?}", hit.snippet.text);
        hit.title_highlights.iter().map(|r| &hit.title[r.clone()]).collect::<Vec<_>>().join("|")
    };
    // (query, url, highlighted words of the snippet, of the title)
    let cases: &[(&str, &str, &[&str], &str)] = &[
        ("kỷ cương", "a1", &["kỷ cương"], "kỷ cương"),
        ("ky cuong", "a1", &["kỷ cương"], "kỷ cương"),
        ("thanh uy", "a2", &["Thành uỷ"], ""),
        ("Thành ủy", "a2", &["Thành uỷ"], ""),
        ("hoa binh", "a2", &["hoà bình"], ""),
        ("hoà bình", "a3", &["Hòa Bình"], "Hòa Bình"),
        ("thuy dien", "a4", &["Thụy Điển"], "Thụy Điển"),
        ("thủy điện", "a3", &["thủy điện"], "Thủy điện"),
        ("\"chi thi 24-CT/TU\"", "a1", &["Chỉ thị 24-CT/TU"], ""),
        ("site:tuoitre.vn", "a4", &[], ""),
    ];
    for (query, url, expected, title) in cases {
        assert_eq!(check(query, url, expected), *title, "title highlights for {query:?}");
    }
}

/// Syllables the index sees side by side form one word, required as such ("kỷ lục … cương
/// quyết" is not *kỷ cương*); title matches rank above body matches.
#[test]
fn ranking() {
    let doc = |url, title, body| Doc {
        url,
        site: "x.vn",
        published: "2025-01-01T00:00:00+07:00",
        title,
        body,
    };
    let corpus = [
        doc("https://x.vn/apart", "Kỷ lục đấu giá", "Viên kim cương lập kỷ lục mới, cương quyết."),
        doc("https://x.vn/body", "Tin tổng hợp", "Thành phố siết chặt kỷ cương hành chính."),
        doc("https://x.vn/title", "Kỷ cương hành chính", "Thành phố họp bàn."),
    ];
    let (_dir, index) = build_with(&corpus);
    let check = |query: &str, expected: &[&str]| {
        let res = search(&index, SearchRequest { query: query.into(), ..Default::default() });
        let got: Vec<&str> =
            res.hits.iter().map(|h| h.url.trim_start_matches("https://x.vn/")).collect();
        assert_eq!(got, expected, "query {query:?}");
    };
    let cases: &[(&str, &[&str])] = &[
        ("kỷ cương", &["title", "body"]),
        ("ky cuong", &["title", "body"]),
        // Separate words are each required, wherever they stand.
        ("kỷ lục cương quyết", &["apart"]),
        ("\"kỷ cương\"", &["title", "body"]),
    ];
    for (query, expected) in cases {
        check(query, expected);
    }
}
