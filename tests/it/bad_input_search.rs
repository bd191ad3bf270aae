//! The bad-input table of `search`, `entities` and `extract` (issue 12, points 1, 2, 5 and 8):
//! one row per hostile input, with the command, the expected message and exit code. Every row
//! runs through [`check`], which also proves the index directory is byte for byte unchanged.
//!
//! | input                                   | expected                                   | exit |
//! |-----------------------------------------|--------------------------------------------|------|
//! | 10,000 nested parentheses               | "at most 4096" (query length)              | 2    |
//! | 40 nested parentheses                   | "nests parentheses 40 deep: at most 32"    | 2    |
//! | `--limit 18446744073709551615`          | "at most 10000 hits"                       | 2    |
//! | `--limit 999999999`                     | "at most 10000 hits"                       | 2    |
//! | garbled or cut `.store`/`.term`/`.idx`  | "is damaged: run `vnmon reindex`"          | 2    |
//! | `--from 9999-12-31`                     | "dates run from 1900-01-01 to 2199-12-31"  | 2    |
//! | `--from 23-09-01`                       | "expected YYYY-MM-DD, got \"23-09-01\""    | 2    |
//! | `A \|\| B`                              | the hits of `A OR B`                       | 0    |
//! | `--doc ""`, `--official "   "`, `--site ""` | "the value is empty"                   | 2    |
//! | `--site DANTRI…`, `www.…`, `https://…/` | the hits of the plain host                 | 0    |
//! | `--limit 0`                             | "N articles match (--limit 0)"             | 0    |
//! | over-long word ANDed with another       | "bytes long"                               | 2    |
//! | `"…"~99999999999`                       | "phrase slop ~99999999999 is too large"    | 2    |
//! | read-only index directory               | the hits, as on a writable one             | 0    |
//! | escape sequences in a page              | none reach text or CSV output              | 0    |
//! | output into a closed pipe               | nothing on stderr                          | 0    |
//! | credentials in a seed URL               | `***` in the plan and the logs             | 0    |

use crate::common::{vnmon, vnmon_command as bin};
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every file under `dir` with its size and a hash of its content.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, u64)> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("index dir") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot(&path));
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        out.insert(path, (bytes.len() as u64, h.finish()));
    }
    out
}

/// Runs `vnmon --index INDEX ARGS`; asserts the exit code, that stderr contains
/// `expected_stderr` (an empty string: that stderr is empty), that nothing panicked, and that
/// the index directory is unchanged. Returns standard output.
fn check(index: &Path, args: &[&str], expected_stderr: &str, expected_exit: i32) -> String {
    let before = snapshot(index);
    let out = vnmon(index, args);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    let shown: Vec<String> = args.iter().map(|a| a.chars().take(60).collect()).collect();
    assert_eq!(out.status.code(), Some(expected_exit), "{shown:?}\nstderr: {stderr}");
    if expected_stderr.is_empty() {
        assert!(stderr.is_empty(), "{shown:?}: unexpected stderr: {stderr}");
    } else {
        assert!(stderr.contains(expected_stderr), "{shown:?}: want {expected_stderr:?}\n{stderr}");
    }
    assert!(!stderr.contains("panicked") && !stderr.contains("tantivy"), "{shown:?}: {stderr}");
    let message_lines = stderr.lines().filter(|l| !l.is_empty() && !l.contains("--help")).count();
    assert!(message_lines <= 1, "{shown:?}: more than one line: {stderr}");
    assert_eq!(snapshot(index), before, "{shown:?} changed the index");
    stdout
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// An index of the seed pages, built once and shared (every row reads it only).
fn seeded() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep().join("index");
        let out = vnmon(&dir, &["import", seeds_dir().to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        dir
    })
}

/// A private copy of the seeded index, for rows that damage or lock it.
fn copy_of_seeded(dest: &Path) -> PathBuf {
    let target = dest.join("index");
    std::fs::create_dir_all(&target).unwrap();
    for entry in std::fs::read_dir(seeded()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, target.join(path.file_name().unwrap())).unwrap();
    }
    target
}

fn json_urls(stdout: &str) -> Vec<String> {
    let mut urls: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["url"].to_string())
        .collect();
    urls.sort();
    urls
}

const DANTRI: &str = "dantri.seeds.vnmon.invalid";

#[test]
fn limits_and_query_shapes_are_bounded() {
    let idx = seeded();
    let nested = |n: usize| format!("{}kỷ{}", "(".repeat(n), ")".repeat(n));
    let rows: [(Vec<String>, &str, i32); 7] = [
        (vec![nested(10_000)], "at most 4096", 2),
        (vec![nested(40)], "nests parentheses 40 deep: at most 32", 2),
        (vec![nested(5)], "", 0),
        (
            vec!["--limit".into(), "18446744073709551615".into(), "kỷ".into()],
            "at most 10000 hits",
            2,
        ),
        (vec!["--limit".into(), "999999999".into(), "kỷ".into()], "at most 10000 hits", 2),
        (vec!["--limit".into(), "10000".into(), "kỷ".into()], "", 0),
        (vec![r#""kỷ cương"~99999999999"#.into()], "phrase slop ~99999999999 is too large", 2),
    ];
    for (args, stderr, exit) in rows {
        let mut full = vec!["search"];
        full.extend(args.iter().map(String::as_str));
        check(idx, &full, stderr, exit);
    }
}

#[test]
fn nothing_is_silently_wrong() {
    let idx = seeded();
    let long = format!("kỷ {}", "a".repeat(50));
    let rows: [(&[&str], &str, i32); 9] = [
        (&["search", "--from", "9999-12-31", "kỷ"], "dates run from 1900-01-01 to 2199-12-31", 2),
        (&["search", "--from", "23-09-01", "kỷ"], "expected YYYY-MM-DD, got \"23-09-01\"", 2),
        (
            &["search", "--from", "2023-09-20", "--to", "2023-09-01", "kỷ"],
            "the date range is empty",
            2,
        ),
        (&["search", "--doc", ""], "the value is empty", 2),
        (&["search", "--official", "   "], "the value is empty", 2),
        (&["search", "--site", ""], "the value is empty", 2),
        (&["search", "--site", "not a host", "kỷ"], "is not a host name", 2),
        (&["search", &long], "is 50 bytes long", 2),
        (&["search", "--sort", "newest", "kỷ"], "expected `relevance` or `date`", 2),
    ];
    for (args, stderr, exit) in rows {
        check(idx, args, stderr, exit);
    }
    // `||` is `OR` (one article each: Kiên in one title, Sóc in two others).
    let or = check(idx, &["search", "--json", "-n", "50", "Kiên OR Sóc"], "", 0);
    let bars = check(idx, &["search", "--json", "-n", "50", "Kiên || Sóc"], "", 0);
    assert_eq!(json_urls(&bars), json_urls(&or));
    assert_eq!(json_urls(&or).len(), 3);
    let both = check(idx, &["search", "--json", "Kiên && Sóc"], "", 1);
    assert!(both.is_empty(), "{both}");
    // Any spelling of an outlet finds what its host finds.
    let plain = json_urls(&check(idx, &["search", "--json", "--site", DANTRI], "", 0));
    assert_eq!(plain.len(), 1);
    let upper = DANTRI.to_uppercase();
    let (www, url) = (format!("www.{DANTRI}"), format!("https://{DANTRI}/"));
    for spelling in [upper.as_str(), &www, &url] {
        let got = check(idx, &["search", "--json", "--site", spelling], "", 0);
        assert_eq!(json_urls(&got), plain, "--site {spelling}");
        let q = format!("site:\"{spelling}\"");
        let got = check(idx, &["search", "--json", &q], "", 0);
        assert_eq!(json_urls(&got), plain, "{q}");
    }
    // --limit 0 counts: matches exist, so exit 0.
    let counted = check(idx, &["search", "--limit", "0", "kỷ"], "", 0);
    assert_eq!(counted.trim(), "5 articles match (--limit 0)");
}

/// Overwrites the middle half of `file` with bytes that are not what tantivy wrote.
fn garble(file: &Path) {
    let mut bytes = std::fs::read(file).unwrap();
    let n = bytes.len();
    let mut x: u32 = 0x9e37_79b9;
    for b in &mut bytes[n / 4..n * 3 / 4] {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *b = x as u8;
    }
    std::fs::write(file, bytes).unwrap();
}

fn truncate(file: &Path) {
    let bytes = std::fs::read(file).unwrap();
    std::fs::write(file, &bytes[..bytes.len() * 2 / 3]).unwrap();
}

#[test]
fn a_damaged_index_is_reported_never_a_panic() {
    for ext in ["store", "term", "idx"] {
        for (how, damage) in [("garbled", garble as fn(&Path)), ("truncated", truncate)] {
            let dir = tempfile::tempdir().unwrap();
            let idx = copy_of_seeded(dir.path());
            let mut files: Vec<PathBuf> = std::fs::read_dir(&idx)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect();
            files.sort();
            for f in &files {
                damage(f);
            }
            let want = format!("the index at {} is damaged: run `vnmon reindex`", idx.display());
            for args in [&["search", "kỷ"][..], &["search", "--site", DANTRI], &["entities"]] {
                let before = snapshot(&idx);
                let out = vnmon(&idx, args);
                let stderr = text(&out.stderr);
                // A damaged file tantivy does not read for this command may go unnoticed, but
                // the command never panics and never names tantivy's remedy.
                assert!(matches!(out.status.code(), Some(0) | Some(2)), "{ext} {how} {args:?}");
                assert!(!stderr.contains("panicked"), "{ext} {how} {args:?}: {stderr}");
                assert!(!stderr.contains("tantivy 0.15"), "{ext} {how} {args:?}: {stderr}");
                if out.status.code() == Some(2) {
                    assert_eq!(stderr.trim(), format!("vnmon: {want}"), "{ext} {how} {args:?}");
                }
                assert_eq!(snapshot(&idx), before);
            }
            // `search kỷ` reads every one of these files: always reported.
            check(&idx, &["search", "kỷ"], &want, 2);
        }
    }
}

/// Makes `dir` and its files refuse writes: `chattr -R +i` (root ignores permissions). `false`
/// when this file system or user cannot.
fn make_read_only(dir: &Path) -> bool {
    let ok =
        Command::new("chattr").arg("-R").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
    ok && std::fs::write(dir.join(".probe"), b"x").is_err()
}

fn make_writable(dir: &Path) {
    let _ = Command::new("chattr").arg("-R").arg("-i").arg(dir).status();
}

#[test]
fn a_read_only_index_is_searched_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let idx = copy_of_seeded(dir.path());
    // No meta lock file yet: a reader that created one would fail here.
    let _ = std::fs::remove_file(idx.join(".tantivy-meta.lock"));
    if !make_read_only(&idx) {
        make_writable(&idx);
        eprintln!("skipped: cannot make a directory read-only here (chattr)");
        return;
    }
    let writable = seeded();
    let rows: [&[&str]; 3] =
        [&["search", "--json", "kỷ"], &["search", "--csv", "--site", DANTRI], &["entities"]];
    let mut results = Vec::new();
    for args in rows {
        let out = vnmon(&idx, args);
        results.push((args, out, vnmon(writable, args)));
    }
    make_writable(&idx);
    for (args, ro, rw) in results {
        assert_eq!(ro.status.code(), Some(0), "{args:?}: {}", text(&ro.stderr));
        assert_eq!(text(&ro.stdout), text(&rw.stdout), "{args:?}");
        assert!(ro.stderr.is_empty(), "{args:?}: {}", text(&ro.stderr));
    }
}

#[test]
fn page_escape_sequences_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("a.html");
    let hostile = "Tin \x1b[31mđỏ\x1b]0;pwned\x07 kỷ cương \u{9b}2J \u{202e}ngược";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{hostile}</title>\
         <link rel=\"canonical\" href=\"http://esc.example.vn/a.html\"></head><body><article>\
         <h1>{hostile}</h1><p>Đoạn một nói về kỷ cương \x1b[2J\x1b[31m rồi \x1b]2;x\x07 tiếp, \
         một đoạn đủ dài để trang có văn bản chính mà trình trích xuất giữ lại.</p>\
         <p>Đoạn hai nói về kỷ luật và trách nhiệm giải quyết công việc.</p></article></body></html>"
    );
    std::fs::write(&page, html).unwrap();
    let idx = dir.path().join("index");
    let out = vnmon(&idx, &["import", page.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for args in
        [&["search", "kỷ"][..], &["search", "--csv", "kỷ"], &["search", "--color", "always", "kỷ"]]
    {
        let stdout = check(&idx, args, "", 0);
        assert!(stdout.contains("kỷ"), "{args:?}: {stdout}");
        let own_colours =
            stdout.replace("\x1b[1;31m", "").replace("\x1b[1m", "").replace("\x1b[0m", "");
        let bad = own_colours
            .chars()
            .find(|c| (c.is_control() && *c != '\n') || ('\u{202a}'..='\u{202e}').contains(c));
        assert_eq!(bad, None, "{args:?}: {stdout:?}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let idx = seeded();
    let page = seeds_dir().join("pages").join("000-dantri.html");
    let rows: [Vec<&str>; 4] = [
        vec!["--index", idx.to_str().unwrap(), "search", "--csv", "-n", "50", "kỷ"],
        vec!["--index", idx.to_str().unwrap(), "search", "-n", "50", "kỷ"],
        vec!["--index", idx.to_str().unwrap(), "entities", "--csv"],
        vec!["extract", page.to_str().unwrap()],
    ];
    for args in rows {
        let before = snapshot(idx);
        let mut child = bin()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("vnmon runs");
        // Close the reading end before vnmon writes: every write meets a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
        assert_eq!(snapshot(idx), before);
    }
}

#[test]
fn seed_credentials_are_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("sites.toml");
    std::fs::write(
        &config,
        "[[site]]\nname = \"secret\"\nhosts = [\"127.0.0.1\"]\n\
         listings = [\"http://alice:s3cr3t@127.0.0.1:9/muc/\"]\narticle_pattern = \"^/tin/\"\n",
    )
    .unwrap();
    let state = dir.path().join("state");
    let base = ["crawl", "--config", config.to_str().unwrap(), "--state", state.to_str().unwrap()];
    let idx = dir.path().join("index");
    for extra in [&["--dry-run", "--allow-private"][..], &["--allow-private", "--timeout", "2"]] {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let out = vnmon(&idx, &args);
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(all.contains("http://***@127.0.0.1:9/muc/"), "{extra:?}: {all}");
        assert!(!all.contains("s3cr3t") && !all.contains("alice"), "{extra:?}: {all}");
    }
}
