//! End-to-end tests of the `vnmon` binary: demo, import, search, extract.
//!
//! Each test runs the real binary against a fresh index in a temporary directory, built from the
//! bundled seed pages (`seeds/`) or from WARC files written by vnmon's own archive writer.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{stderr, stdout, vnmon};
use unicode_normalization::UnicodeNormalization;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// An index built from the seeds folder.
fn seeded_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = vnmon(dir.path(), &["import", seeds_dir().to_str().unwrap()]);
    assert!(out.status.success(), "import failed: {}", stderr(&out));
    dir
}

/// URLs of the JSON hits of a search, in rank order.
fn search_urls(index: &Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["search", "--json"];
    if !args.contains(&"--limit") {
        full.extend_from_slice(&["--limit", "50"]);
    }
    full.extend_from_slice(args);
    let out = vnmon(index, &full);
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            v["url"].as_str().unwrap().to_string()
        })
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn demo_finds_the_four_articles_citing_directive_24() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let out = vnmon(dir.path(), &["demo", "--state", state.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // Served on 127.0.0.1 and crawled: robots.txt, feeds, sitemaps, listings, five articles.
    assert!(
        text.contains("5 articles indexed, 0 updated, 0 unchanged, 0 duplicates, 0 errors"),
        "{text}"
    );
    let (_, results) = text.split_once("$ vnmon search").expect("search shown");
    assert!(results.contains("4 articles match"), "{results}");
    // The Lao động & Xã hội seed cites other directives, not 24-CT/TU.
    assert!(!results.contains("laodongxahoi.seeds.vnmon.invalid"), "{results}");
    // Documents keep the pages' canonical addresses, so a second demo replaces them.
    assert!(results.contains("http://dantri.seeds.vnmon.invalid/"), "{results}");
    let again = vnmon(dir.path(), &["demo", "--state", state.to_str().unwrap()]);
    // The same pages again: nothing new, nothing duplicated.
    assert!(stdout(&again).contains("0 articles indexed, 0 updated"), "{}", stdout(&again));
    assert!(stdout(&again).contains("4 articles match"));
    // The archive alone rebuilds the same index.
    let out = vnmon(dir.path(), &["reindex", "--state", state.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(5 added, 0 updated"), "{}", stderr(&out));
    assert_eq!(search_urls(dir.path(), &["--doc", "24-CT/TU"]).len(), 4);
}

#[test]
fn import_counts_added_then_updated_and_never_duplicates() {
    let dir = seeded_index();
    let again = vnmon(dir.path(), &["import", seeds_dir().to_str().unwrap()]);
    assert!(again.status.success());
    assert!(
        stderr(&again).contains(
            "5 imported (0 added, 0 updated, 5 unchanged, 0 duplicates), 0 skipped, 0 failed"
        ),
        "{}",
        stderr(&again)
    );
    let all = search_urls(dir.path(), &["--site", "seeds.vnmon.invalid"]);
    let every = search_urls(dir.path(), &["cán bộ"]);
    assert_eq!(every.len(), 5, "{every:?} {all:?}");
}

#[test]
fn a_failing_page_is_reported_and_the_rest_go_in() {
    let dir = tempfile::tempdir().unwrap();
    let pages = tempfile::tempdir().unwrap();
    std::fs::copy(seeds_dir().join("pages/000-dantri.html"), pages.path().join("a.html")).unwrap();
    std::fs::write(pages.path().join("empty.html"), "<html><body></body></html>").unwrap();
    // A file that claims to be a WARC but is not one.
    std::fs::write(pages.path().join("broken.warc"), "this is not a WARC file\n").unwrap();
    let missing = pages.path().join("missing.html");
    let out = vnmon(
        dir.path(),
        &[
            "import",
            pages.path().join("a.html").to_str().unwrap(),
            pages.path().join("empty.html").to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
    );
    // A missing path named on the command line is an error before anything is imported.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));

    // A page with no article text is skipped, which is not a failure; the broken WARC is.
    let out = vnmon(dir.path(), &["import", pages.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("broken.warc: malformed WARC record at byte 0"), "{err}");
    assert!(
        err.contains(
            "1 imported (1 added, 0 updated, 0 unchanged, 0 duplicates), 1 skipped, 1 failed"
        ),
        "{err}"
    );
    let out = vnmon(
        dir.path(),
        &[
            "import",
            pages.path().join("a.html").to_str().unwrap(),
            pages.path().join("broken.warc").to_str().unwrap(),
        ],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("failed: "), "{err}");
    assert!(
        err.contains(
            "1 imported (0 added, 0 updated, 1 unchanged, 0 duplicates), 0 skipped, 1 failed"
        ),
        "{err}"
    );
}

#[test]
fn import_reads_warc_files_gzip_or_not() {
    use vnmon::archive::WarcWriter;
    let warcs = tempfile::tempdir().unwrap();
    let page = std::fs::read(seeds_dir().join("pages/001-baochinhphu.html")).unwrap();
    let mut response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n".to_vec();
    response.extend_from_slice(format!("Content-Length: {}\r\n\r\n", page.len()).as_bytes());
    response.extend_from_slice(&page);
    let not_found =
        b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<h1>404</h1>".to_vec();
    let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG".to_vec();
    let url = "http://baochinhphu.seeds.vnmon.invalid/bai-viet-102230914163208517.htm";
    let now = chrono::Utc::now();
    let mut w = WarcWriter::create(warcs.path(), "test", 10 << 20).unwrap();
    let req = w.write_request(url, now, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    w.write_response(url, now, &response, Some(&req)).unwrap();
    w.write_response("http://x.invalid/missing.htm", now, &not_found, None).unwrap();
    w.write_response("http://x.invalid/a.png", now, &image, None).unwrap();
    let files = w.finish().unwrap();
    assert_eq!(files.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let out = vnmon(dir.path(), &["import", files[0].to_str().unwrap()]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    // warcinfo + request + 404 + image are skipped; the article goes in.
    assert!(
        err.contains(
            "1 imported (1 added, 0 updated, 0 unchanged, 0 duplicates), 4 skipped, 0 failed"
        ),
        "{err}"
    );
    // The page names its canonical address on the same site: that is the document's key.
    let canonical = "http://baochinhphu.seeds.vnmon.invalid/tang-cuong-ky-cuong-ky-luat-va-trach-nhiem-giai-quyet-cong-viec-102230914163208517.htm";
    assert_eq!(search_urls(dir.path(), &["--doc", "24-CT/TU"]), vec![canonical.to_string()]);

    // The same archive, uncompressed: the same document, unchanged.
    let plain = warcs.path().join("plain.warc");
    let mut gz = flate2::read::MultiGzDecoder::new(std::fs::File::open(&files[0]).unwrap());
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut gz, &mut bytes).unwrap();
    std::fs::write(&plain, bytes).unwrap();
    let out = vnmon(dir.path(), &["import", plain.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(err.contains("1 imported (0 added, 0 updated, 1 unchanged, 0 duplicates)"), "{err}");
}

#[test]
fn accent_case_and_tone_placement_variants_find_the_same_articles() {
    let dir = seeded_index();
    let check = |queries: &[&str]| {
        let first = sorted(search_urls(dir.path(), &[queries[0]]));
        assert!(!first.is_empty(), "{} finds nothing", queries[0]);
        for q in &queries[1..] {
            assert_eq!(sorted(search_urls(dir.path(), &[q])), first, "{q} vs {}", queries[0]);
        }
    };
    check(&["ky cuong", "kỷ cương", "KỶ CƯƠNG"]);
    check(&["Thành uỷ", "Thành ủy", "THÀNH ỦY"]);
    check(&["hoà", "hòa"]);
    let nfd: String = "kỷ cương".nfd().collect();
    check(&["kỷ cương", &nfd]);
}

#[test]
fn snippets_are_highlighted_also_without_diacritics() {
    let dir = seeded_index();
    for q in ["kỷ cương", "ky cuong"] {
        let out = vnmon(dir.path(), &["search", "--color", "never", q]);
        let text = stdout(&out);
        assert!(text.contains("**kỷ cương**") || text.contains("**Kỷ cương**"), "{q}: {text}");
    }
}

#[test]
fn search_errors_exit_2_with_one_line() {
    let dir = seeded_index();
    let check = |index: &Path, args: &[&str], needle: &str| {
        let out = vnmon(index, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    };
    check(dir.path(), &["search", "title:(kỷ"], "query");
    check(dir.path(), &["search", "\"kỷ cương"], "query");
    let empty = tempfile::tempdir().unwrap();
    check(&empty.path().join("nothing"), &["search", "kỷ cương"], "vnmon import");
    check(empty.path(), &["search", "kỷ cương"], "vnmon import");
    // Argument errors are clap's: exit 2, the reason on the first line.
    let out = vnmon(dir.path(), &["search", "--from", "15/9/2023", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).lines().next().unwrap().contains("expected YYYY-MM-DD"));
}

#[test]
fn no_hits_exits_1() {
    let dir = seeded_index();
    let out = vnmon(dir.path(), &["search", "thủy điện"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("no articles match"));
}

#[test]
fn search_filters_and_formats() {
    let dir = seeded_index();
    let all = search_urls(dir.path(), &["Chỉ thị 24-CT/TU"]);
    assert_eq!(all.len(), 4, "{all:?}");
    let dantri =
        search_urls(dir.path(), &["Chỉ thị 24-CT/TU", "--site", "dantri.seeds.vnmon.invalid"]);
    assert_eq!(dantri.len(), 1);
    let sept = search_urls(
        dir.path(),
        &["Chỉ thị 24-CT/TU", "--from", "2023-09-01", "--to", "2023-09-30"],
    );
    assert_eq!(sept.len(), 3, "{sept:?}");
    let limited = search_urls(dir.path(), &["Chỉ thị 24-CT/TU", "--limit", "2"]);
    assert_eq!(limited.len(), 2);
    let out = vnmon(dir.path(), &["search", "--csv", "Chỉ thị 24-CT/TU"]);
    let csv = stdout(&out);
    assert!(csv.starts_with("rank,score,published,site,title,url,snippet,copies,match\n"), "{csv}");
    assert!(csv.lines().skip(1).all(|l| l.ends_with(",all")), "{csv}");
    assert_eq!(csv.lines().count(), 5);
    // The issue's query: a place and a short reference, paragraphs apart, find the report.
    let soc = search_urls(dir.path(), &["Sóc Sơn Chỉ thị 24"]);
    assert!(!soc.is_empty() && soc.iter().all(|u| u.contains("soc-son")), "{soc:?}");
    // `--sort date`: the same hits, newest first.
    let out = vnmon(dir.path(), &["search", "--json", "--sort", "date", "Chỉ thị 24-CT/TU"]);
    let dates: Vec<String> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .map(|v| v["published"].as_str().unwrap_or_default().to_string())
        .collect();
    let mut newest_first = dates.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!((dates.len(), &dates), (4, &newest_first));
}

/// No article holds every word: the page shows near matches, marked and not counted (exit 1,
/// as for no match); `--all-words` hides them.
#[test]
fn near_matches_are_marked_and_not_counted() {
    let dir = seeded_index();
    let query = "Sóc Sơn Chỉ thị 24 Formosa";
    let out = vnmon(dir.path(), &["search", query]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains(" · near match (all words but one)\n"), "{text}");
    assert!(text.contains("no articles match; 1 of 1 near match shown"), "{text}");
    let out = vnmon(dir.path(), &["search", "--json", query]);
    let hits: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["match"], "near");
    assert!(hits[0]["url"].as_str().unwrap_or_default().contains("soc-son"), "{hits:?}");
    let out = vnmon(dir.path(), &["search", "--all-words", query]);
    assert_eq!(stdout(&out).trim_end(), "no articles match");
}

#[test]
fn extract_plain_text() {
    let Some(seeds) = crate::common::shared("seeds") else { return };
    let dir = tempfile::tempdir().unwrap();
    let a = seeds.join("001_e1801d9d046ca071.txt");
    let out =
        vnmon(dir.path(), &["extract", "--text", "--published", "2023-09-14", a.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["title"], serde_json::Value::Null);
    assert_eq!(v["published"], "2023-09-14T00:00:00+07:00");
    let text = v["text"].as_str().unwrap();
    for d in v["documents"].as_array().unwrap() {
        for m in d["mentions"].as_array().unwrap() {
            let (s, e) =
                (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], m["text"].as_str().unwrap());
        }
    }
    assert!(v["documents"].as_array().unwrap().iter().any(|d| d["id"] == "24-CT/TU"));
}

#[test]
fn extract_several_files_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.html");
    let page = seeds_dir().join("pages/000-dantri.html");
    let out = vnmon(dir.path(), &["extract", page.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], page.to_str().unwrap());
    assert_eq!(lines[0]["profile"], "dantri");
    assert!(lines[1]["error"].as_str().unwrap().contains("cannot read"));
}

/// `body` and `text` of an extracted record cut to their length and ends, so a snapshot shows
/// the record's shape and every field without repeating the whole article.
fn abbreviate(v: &mut serde_json::Value) {
    for key in ["body", "text"] {
        let Some(s) = v[key].as_str() else { continue };
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let start: String = chars[..n.min(60)].iter().collect();
        let end: String = chars[n.saturating_sub(60)..].iter().collect();
        v[key] = serde_json::json!({ "chars": n, "start": start, "end": end });
    }
}

/// The `vnmon extract` contract on every bundled seed page: the whole JSON record (metadata,
/// documents, officials, units, dates, with offsets), as an insta snapshot per page.
#[test]
fn extract_json_of_the_seed_pages() {
    let manifest = vnmon::seeds::manifest().expect("bundled manifest");
    let dir = tempfile::tempdir().unwrap();
    for page in &manifest.page {
        let path = seeds_dir().join(&page.file);
        let mut args = vec!["extract".to_string()];
        if let Some(url) = &page.url {
            args.extend(["--url".to_string(), url.clone()]);
        }
        if let Some(p) = &page.published {
            args.extend(["--published".to_string(), p.clone()]);
        }
        args.push(path.to_string_lossy().into_owned());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = vnmon(dir.path(), &args);
        assert!(out.status.success(), "{}: {}", page.file, stderr(&out));
        let mut v: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("one JSON record");
        abbreviate(&mut v);
        let name = page.file.trim_start_matches("pages/").trim_end_matches(".html");
        insta::assert_json_snapshot!(format!("extract_{name}"), v, &page.file);
    }
}

#[test]
fn entity_filters_normalise_what_the_user_types() {
    let dir = seeded_index();
    let check = |args: &[&[&str]], expected: usize| {
        let first = sorted(search_urls(dir.path(), args[0]));
        assert_eq!(first.len(), expected, "{:?}: {first:?}", args[0]);
        for a in &args[1..] {
            assert_eq!(sorted(search_urls(dir.path(), a)), first, "{a:?} vs {:?}", args[0]);
        }
    };
    check(
        &[
            &["--doc", "24-CT/TU"],
            &["--doc", "24-ct/tu"],
            &["--doc", "24 - CT/TU"],
            &["--doc", "Chỉ thị 24-CT/TU"],
            &["--doc", "Chỉ thị số 24-CT/TU"],
        ],
        4,
    );
    check(&[&["--doc", "98/2023/QH15"], &["--doc", "Nghị quyết 98/2023/qh15"]], 1);
    check(&[&["--official", "Nguyễn Thị Tuyến"], &["--official", "nguyen thi tuyen"]], 1);
    check(
        &[
            &["--unit", "Sở LĐ-TB&XH TP.HCM"],
            &["--unit", "so ld-tb&xh tp.hcm"],
            &["--unit", "Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh"],
        ],
        1,
    );
    // Filters combine with a query and with each other.
    check(&[&["--doc", "24-CT/TU", "kỷ cương"], &["kỷ cương", "--doc", "24-ct/tu"]], 4);
    assert!(search_urls(dir.path(), &["--doc", "24-CT/TW"]).is_empty());
}

#[test]
fn entities_lists_the_most_cited_documents() {
    let dir = seeded_index();
    let out = vnmon(dir.path(), &["entities", "--kind", "documents", "--top", "3", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["key"], "24-CT/TU");
    assert_eq!(rows[0]["articles"], 4);
    let out = vnmon(dir.path(), &["entities", "--kind", "officials", "--csv"]);
    let csv = stdout(&out);
    assert!(csv.starts_with("key,label,detail,mentions,articles,outlets\n"), "{csv}");
    assert!(csv.contains("Nguyễn Thị Tuyến"), "{csv}");
}

#[test]
fn a_user_profile_file_adds_a_site_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("sites.toml");
    std::fs::write(
        &profiles,
        r#"
[[profile]]
name = "kinhtedothi"
hosts = ["kinhtedothi.vn"]
title = ["h1.article-title"]
sapo = ["div.article-sapo"]
body = ["div.article-content"]
published = [{ selector = "meta[property='article:published_time']", attr = "content" }]
exclude = ["div.related-news"]
sapo_prefix = '^\(Kinhtedothi\)\s*[-–—]\s*'
"#,
    )
    .unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        r#"<html><head><meta property="article:published_time" content="2024-03-05T08:15:00+07:00">
<title>Trang chủ</title></head><body><h1 class="article-title">Hà Nội triển khai Chỉ thị số 24-CT/TU</h1>
<div class="article-sapo">(Kinhtedothi) - Sáng 5/3, quận Hoàn Kiếm tổ chức hội nghị.</div>
<div class="article-content"><p>Đoạn thứ nhất của bài viết.</p><div class="related-news"><p>Tin liên quan khác</p></div>
<p>Đoạn cuối của bài viết.</p></div></body></html>"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vnmon"))
        .args(["--profiles", profiles.to_str().unwrap(), "extract", "--url"])
        .arg("https://kinhtedothi.vn/ha-noi-trien-khai-chi-thi-123456.html")
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["profile"], "kinhtedothi");
    assert_eq!(v["title"], "Hà Nội triển khai Chỉ thị số 24-CT/TU");
    assert_eq!(v["sapo"], "Sáng 5/3, quận Hoàn Kiếm tổ chức hội nghị.");
    assert_eq!(v["body"], "Đoạn thứ nhất của bài viết.\n\nĐoạn cuối của bài viết.");
    assert_eq!(v["published"], "2024-03-05T08:15:00+07:00");
    assert_eq!(v["documents"][0]["id"], "24-CT/TU");

    // A broken profile file is a one-line error, exit 2.
    std::fs::write(&profiles, "[[profile]]\nname = \"x\"\ntitle = [\"h1[\"]\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_vnmon"))
        .args(["--profiles", profiles.to_str().unwrap(), "extract"])
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim_end().lines().count(), 1, "{}", stderr(&out));
}
