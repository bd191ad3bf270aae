//! The bad-input table of `import`, `reindex` and crawl seeds (issue 12, points 3, 4, 6, 7 and 9):
//! one row per hostile input, with the command, the expected message and exit code, and — where
//! the command must not change it — a byte-for-byte check that the index is unchanged. Rows of a
//! kind run through one helper: [`check_import`], [`check_reindex`], [`check_crawl_refused`].
//!
//! | input                                        | expected                                     | exit |
//! |----------------------------------------------|----------------------------------------------|------|
//! | ELF executable named `.html`                 | "not a page: an ELF executable", 1 skipped   | 0    |
//! | `.zst` corpus (also a 4 GB sparse one)       | "not a page: zstd-compressed data", at once  | 0    |
//! | binary file in a folder beside a good page   | the page imported, the binary skipped        | 0    |
//! | `--url U a.html b.html c.html`               | "--url names the page of a single file"      | 2    |
//! | `--url U folder/`                            | "… is a folder"                              | 2    |
//! | `--url "not a url"`, `--url ftp://…`         | "is not an http(s) URL"                      | 2    |
//! | manifest with `urll =`                       | "line 3: unknown field `urll`"               | 2    |
//! | manifest listing a missing file              | "line 5: gone.html: no such file"            | 2    |
//! | manifest with a URL without scheme           | "line 2: a.html: url … is not an http(s) URL"| 2    |
//! | page over the body limit                     | imported, "1 truncated"                      | 0    |
//! | unreadable subfolder (as `nobody` when root) | the rest imported, "1 failed"                | 1    |
//! | `reindex`, empty archive                     | "holds 0 documents … kept the old index"     | 2    |
//! | `reindex`, no archive                        | "no archive at"                              | 2    |
//! | `reindex`, archive cut short                 | "kept the old index"                         | 2    |
//! | `reindex --force`, fewer documents           | replaced                                     | 0    |
//! | `reindex --index` folder with `thesis.docx`  | "is neither empty nor a vnmon index"         | 2    |
//! | `reindex` while a writer holds the index     | "locked"                                     | 2    |
//! | WARC with a corrupt record in the middle     | every other article imported                 | 1    |
//! | WARC cut at two thirds                       | every complete article imported              | 1    |
//! | seed `[::127.0.0.1]`, `[64:ff9b::7f00:1]`, … | refused as `private_address`                 | 1    |

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{stderr, vnmon};
use chrono::{TimeZone, Utc};
use vnmon::archive::WarcWriter;
use vnmon::import::{KEY_FIELD, KIND_FIELD};

/// Every file under `dir` (relative path → hash of its content); empty when `dir` is missing.
/// Lock files are left out: they exist only while a writer holds them.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, u64> {
    use std::hash::{Hash, Hasher};
    let mut out = BTreeMap::new();
    if !dir.try_exists().expect("stat") {
        return out;
    }
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || name.ends_with(".lock") {
            continue;
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::fs::read(entry.path()).expect("read").hash(&mut h);
        out.insert(entry.path().strip_prefix(dir).unwrap().to_path_buf(), h.finish());
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else if !entry.file_name().to_string_lossy().ends_with(".lock") {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// An article page with `n` paragraphs of distinct text.
fn article(title: &str, n: usize) -> String {
    let paras: String = (0..n)
        .map(|i| format!("<p>Đoạn {i} của bài {title}: Ủy ban nhân dân thành phố Hà Nội chỉ đạo các sở, ngành tăng cường kỷ cương hành chính.</p>\n"))
        .collect();
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><article><h1>{title}</h1>{paras}</article></body></html>"
    )
}

fn http_ok(body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

// ---------------------------------------------------------------------------------------------
// import

/// What an import row expects of the index afterwards.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum After {
    /// Byte for byte as before.
    Unchanged,
    /// May change (documents added).
    Changed,
}

/// One import row: the files to create (relative path, content), the arguments after `import`
/// (`{dir}` is replaced by the work folder), the exit code, messages expected on stderr, and
/// what becomes of the index.
struct ImportCase {
    name: &'static str,
    files: Vec<(&'static str, Vec<u8>)>,
    args: &'static [&'static str],
    code: i32,
    messages: &'static [&'static str],
    after: After,
}

/// A small index to import into, built once.
fn base_index(root: &Path) -> PathBuf {
    let index = root.join("base-index");
    let page = root.join("base.html");
    std::fs::write(&page, article("Bài gốc về kỷ cương", 3)).unwrap();
    let out = vnmon(&index, &["import", page.to_str().unwrap(), "--url", "https://a.vn/goc"]);
    assert!(out.status.success(), "{}", stderr(&out));
    index
}

fn check_import(base: &Path, case: &ImportCase) {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    copy_dir(base, &index);
    for (path, content) in &case.files {
        let path = work.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    let dir = work.path().to_str().unwrap();
    let args: Vec<String> = std::iter::once("import".to_string())
        .chain(case.args.iter().map(|a| a.replace("{dir}", dir)))
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let before = snapshot(&index);
    let started = std::time::Instant::now();
    let out = vnmon(&index, &args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(case.code), "{}: {err}", case.name);
    for m in case.messages {
        assert!(err.contains(m), "{}: expected {m:?} in {err}", case.name);
    }
    if case.code == 2 {
        assert_eq!(err.trim().lines().count(), 1, "{}: one line: {err}", case.name);
    }
    if case.after == After::Unchanged {
        assert_eq!(snapshot(&index), before, "{}: index changed", case.name);
    }
    assert!(started.elapsed().as_secs() < 60, "{}: too slow", case.name);
}

#[test]
fn import_bad_input() {
    let root = tempfile::tempdir().unwrap();
    let base = base_index(root.path());
    let elf = [b"\x7fELF\x02\x01\x01\x00".as_slice(), &[0u8; 200]].concat();
    let zst = [b"\x28\xb5\x2f\xfd\x04\x58".as_slice(), &[0x9cu8; 300]].concat();
    let page = article("Bài hợp lệ", 2).into_bytes();
    let manifest = |body: &str| body.as_bytes().to_vec();
    // A page over the stored-body limit: cut, counted, still searchable.
    let huge = article("Bài rất dài", vnmon::index::MAX_BODY_BYTES / 100).into_bytes();
    let cases = vec![
        ImportCase {
            name: "ELF executable named .html",
            files: vec![("prog.html", elf.clone())],
            args: &["{dir}/prog.html"],
            code: 0,
            messages: &["prog.html: not a page: an ELF executable", "0 imported", "1 skipped"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "zstd corpus file",
            files: vec![("corpus.jsonl.zst", zst.clone())],
            args: &["{dir}/corpus.jsonl.zst"],
            code: 0,
            messages: &["not a page: zstd-compressed data", "1 skipped, 0 failed"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "binary files in a folder are skipped beside a good page",
            files: vec![("f/a.html", page.clone()), ("f/b.html", elf.clone())],
            args: &["{dir}/f"],
            code: 0,
            messages: &[
                "b.html: not a page: an ELF executable",
                "1 imported (1 added",
                "1 skipped",
            ],
            after: After::Changed,
        },
        ImportCase {
            name: "--url with several files",
            files: vec![
                ("a.html", page.clone()),
                ("b.html", page.clone()),
                ("c.html", page.clone()),
            ],
            args: &["--url", "https://a.vn/x", "{dir}/a.html", "{dir}/b.html", "{dir}/c.html"],
            code: 2,
            messages: &["--url names the page of a single file, but 3 paths were given"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "--url with a folder",
            files: vec![("f/a.html", page.clone())],
            args: &["--url", "https://a.vn/x", "{dir}/f"],
            code: 2,
            messages: &["is a folder"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "--url that is not a URL",
            files: vec![("a.html", page.clone())],
            args: &["--url", "not a url", "{dir}/a.html"],
            code: 2,
            messages: &["--url \"not a url\" is not an http(s) URL"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "--url with another scheme",
            files: vec![("a.html", page.clone())],
            args: &["--url", "ftp://a.vn/x", "{dir}/a.html"],
            code: 2,
            messages: &["is not an http(s) URL"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "manifest with an unknown key",
            files: vec![
                ("f/a.html", page.clone()),
                (
                    "f/manifest.toml",
                    manifest("[[page]]\nfile = \"a.html\"\nurll = \"https://a.vn/1\"\n"),
                ),
            ],
            args: &["{dir}/f"],
            code: 2,
            messages: &["manifest.toml: bad manifest: line 3: unknown field `urll`"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "manifest listing a missing file",
            files: vec![
                ("f/a.html", page.clone()),
                (
                    "f/manifest.toml",
                    manifest("[[page]]\nfile = \"a.html\"\n\n[[page]]\nfile = \"gone.html\"\n"),
                ),
            ],
            args: &["{dir}/f"],
            code: 2,
            messages: &["bad manifest: line 5: gone.html: no such file"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "manifest with a bad URL",
            files: vec![
                ("f/a.html", page.clone()),
                ("f/manifest.toml", manifest("[[page]]\nfile = \"a.html\"\nurl = \"a.vn/1\"\n")),
            ],
            args: &["{dir}/f"],
            code: 2,
            messages: &["line 2: a.html: url \"a.vn/1\" is not an http(s) URL"],
            after: After::Unchanged,
        },
        ImportCase {
            name: "a page over the body limit is cut and counted",
            files: vec![("huge.html", huge)],
            args: &["{dir}/huge.html", "--url", "https://a.vn/dai"],
            code: 0,
            messages: &["1 imported (1 added", "1 truncated"],
            after: After::Changed,
        },
    ];
    for case in &cases {
        check_import(&base, case);
    }
}

/// Refusing a huge file costs its first bytes, not its size: a 4 GB (sparse) zstd file named
/// `.html` is skipped at once, the index unchanged.
#[test]
fn refusing_a_huge_binary_file_reads_only_its_head() {
    let root = tempfile::tempdir().unwrap();
    let base = base_index(root.path());
    let path = root.path().join("corpus.html");
    let file = std::fs::File::create(&path).unwrap();
    std::io::Write::write_all(&mut &file, b"\x28\xb5\x2f\xfd\x04\x58").unwrap();
    file.set_len(4 << 30).unwrap();
    let before = snapshot(&base);
    let started = std::time::Instant::now();
    let out = vnmon(&base, &["import", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("not a page: zstd-compressed data"), "{}", stderr(&out));
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
    assert_eq!(snapshot(&base), before);
}

/// One unreadable subfolder is skipped and counted; the rest is imported. Root reads every
/// folder, so as root the import runs as `nobody` (through `setpriv`), for whom the folder is
/// unreadable; where neither works the test says so in one line.
#[test]
fn import_skips_an_unreadable_subfolder() {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let root = tempfile::tempdir().unwrap();
    let base = base_index(root.path());
    let locked = root.path().join("in/locked");
    std::fs::create_dir_all(&locked).unwrap();
    std::fs::write(locked.join("x.html"), article("Khóa", 1)).unwrap();
    std::fs::write(root.path().join("in/ok.html"), article("Mở", 2)).unwrap();
    mode(&locked, 0o000);
    let index = root.path().join("index");
    copy_dir(&base, &index);
    let as_root = std::fs::read_dir(&locked).is_ok();
    let mut cmd = if as_root {
        // `nobody` must reach the folders and write the index.
        mode(root.path(), 0o755);
        mode(&root.path().join("in"), 0o755);
        for entry in walkdir::WalkDir::new(&index) {
            let entry = entry.unwrap();
            mode(entry.path(), if entry.file_type().is_dir() { 0o777 } else { 0o666 });
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_vnmon")]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_vnmon"))
    };
    let out = cmd
        .arg("--index")
        .arg(&index)
        .args(["import", root.path().join("in").to_str().unwrap()])
        .env_remove("VNMON_INDEX")
        .env_remove("VNMON_PROFILES")
        .output();
    mode(&locked, 0o755);
    let out = match out {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: running as root and cannot run as another user ({e})");
            return;
        }
    };
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    for m in ["locked", "1 imported (1 added", "1 failed"] {
        assert!(stderr(&out).contains(m), "unreadable subfolder: {m:?} in {}", stderr(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// WARC archives and reindex

/// Writes a crawler-like archive into `state/warc`: for each article a response, and its
/// `article` tag after the next response (tags come late, as from the crawler). Returns the file.
fn write_archive(state: &Path, titles: &[&str]) -> PathBuf {
    let dir = state.join(vnmon::crawl::WARC_DIR);
    std::fs::create_dir_all(&dir).unwrap();
    let date = Utc.with_ymd_and_hms(2024, 5, 1, 8, 0, 0).unwrap();
    let mut w = WarcWriter::create(&dir, "test", 1 << 30).unwrap();
    let url = |i: usize| format!("https://a.vn/bai-{i}");
    for (i, title) in titles.iter().enumerate() {
        w.write_response(&url(i), date, &http_ok(&article(title, 3)), None).unwrap();
        if i > 0 {
            let u = url(i - 1);
            w.write_metadata(&u, date, None, &[(KIND_FIELD, "article"), (KEY_FIELD, &u)]).unwrap();
        }
    }
    if let Some(last) = titles.len().checked_sub(1) {
        let u = url(last);
        w.write_metadata(&u, date, None, &[(KIND_FIELD, "article"), (KEY_FIELD, &u)]).unwrap();
    }
    w.finish().unwrap().remove(0)
}

/// One reindex row: how to damage the state (or the target), the extra arguments, the exit
/// code, the messages, and whether the index must stay as it was.
struct ReindexCase {
    name: &'static str,
    prepare: fn(state: &Path, index: &Path),
    args: &'static [&'static str],
    code: i32,
    messages: &'static [&'static str],
    after: After,
    /// Documents in the index afterwards (when it may change).
    docs: Option<u64>,
}

fn check_reindex(base_state: &Path, base_index: &Path, case: &ReindexCase) {
    let work = tempfile::tempdir().unwrap();
    let (state, index) = (work.path().join("state"), work.path().join("index"));
    copy_dir(base_state, &state);
    copy_dir(base_index, &index);
    (case.prepare)(&state, &index);
    let before = snapshot(&index);
    let mut args = vec!["reindex", "--state", state.to_str().unwrap()];
    args.extend_from_slice(case.args);
    let out = vnmon(&index, &args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(case.code), "{}: {err}", case.name);
    for m in case.messages {
        assert!(err.contains(m), "{}: expected {m:?} in {err}", case.name);
    }
    if case.after == After::Unchanged {
        assert_eq!(snapshot(&index), before, "{}: index changed", case.name);
    }
    if let Some(docs) = case.docs {
        let n = vnmon::index::Index::open(&index).map(|i| i.num_docs()).unwrap_or(0);
        assert_eq!(n, docs, "{}: {err}", case.name);
    }
}

fn warc_file(state: &Path) -> PathBuf {
    let dir = state.join(vnmon::crawl::WARC_DIR);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.remove(0)
}

#[test]
fn reindex_never_loses_the_index() {
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    let index = root.path().join("index");
    write_archive(&state, &["Một", "Hai", "Ba"]);
    let out = vnmon(&index, &["reindex", "--state", state.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(vnmon::index::Index::open(&index).unwrap().num_docs(), 3);

    let cases = [
        ReindexCase {
            name: "empty archive",
            prepare: |state, _| {
                std::fs::remove_file(warc_file(state)).unwrap();
            },
            args: &[],
            code: 2,
            messages: &["holds 0 documents", "holds 3: kept the old index", "--force"],
            after: After::Unchanged,
            docs: Some(3),
        },
        ReindexCase {
            name: "no archive",
            prepare: |state, _| std::fs::remove_dir_all(state).unwrap(),
            args: &[],
            code: 2,
            messages: &["no archive at"],
            after: After::Unchanged,
            docs: Some(3),
        },
        ReindexCase {
            name: "archive cut after its first record",
            prepare: |state, _| {
                let file = warc_file(state);
                let bytes = std::fs::read(&file).unwrap();
                std::fs::write(&file, &bytes[..bytes.len() / 4]).unwrap();
            },
            args: &[],
            code: 2,
            messages: &["kept the old index"],
            after: After::Unchanged,
            docs: Some(3),
        },
        ReindexCase {
            name: "fewer documents with --force",
            prepare: |state, _| {
                std::fs::remove_file(warc_file(state)).unwrap();
                write_archive(state, &["Chỉ một"]);
            },
            args: &["--force"],
            code: 0,
            messages: &["(1 documents, 3 before)"],
            after: After::Changed,
            docs: Some(1),
        },
        ReindexCase {
            name: "the same archive again",
            prepare: |_, _| {},
            args: &[],
            code: 0,
            messages: &["(3 documents, 3 before)"],
            after: After::Changed,
            docs: Some(3),
        },
        ReindexCase {
            name: "a folder that is not an index",
            prepare: |_, index| {
                std::fs::remove_dir_all(index).unwrap();
                std::fs::create_dir_all(index).unwrap();
                std::fs::write(index.join("thesis.docx"), b"years of work").unwrap();
            },
            args: &[],
            code: 2,
            messages: &["is neither empty nor a vnmon index"],
            after: After::Unchanged,
            docs: None,
        },
    ];
    for case in &cases {
        check_reindex(&state, &index, case);
    }

    // While another writer (an import, a crawl) holds the index: refused, nothing touched.
    let work = tempfile::tempdir().unwrap();
    let locked = work.path().join("index");
    copy_dir(&index, &locked);
    let writer = vnmon::index::Indexer::open(&locked).unwrap();
    let before = snapshot(&locked);
    let out = vnmon(&locked, &["reindex", "--state", state.to_str().unwrap(), "--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("locked") || stderr(&out).contains("in use"), "{}", stderr(&out));
    assert_eq!(snapshot(&locked), before);
    drop(writer);
}

/// A damaged archive loses only the damaged record: a corrupt record in the middle and a file
/// cut at two thirds keep every complete article.
#[test]
fn damaged_archives_keep_every_complete_article() {
    let root = tempfile::tempdir().unwrap();
    let state = root.path().join("state");
    let file = write_archive(&state, &["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"]);
    let bytes = std::fs::read(&file).unwrap();
    // Member boundaries: each record is its own gzip member.
    let starts: Vec<usize> =
        (0..bytes.len() - 2).filter(|&i| bytes[i..].starts_with(&[0x1f, 0x8b, 0x08])).collect();

    // (name, damaged bytes, articles expected at least, exit code)
    let mut corrupt = bytes.clone();
    let mid = starts[starts.len() / 2];
    for b in corrupt.iter_mut().skip(mid + 30).take(16) {
        *b ^= 0x5a;
    }
    let cut = bytes[..bytes.len() * 2 / 3].to_vec();
    let cases: [(&str, Vec<u8>, u64); 2] =
        [("corrupt record in the middle", corrupt, 5), ("cut at two thirds", cut, 3)];
    for (name, damaged, at_least) in cases {
        let dir = tempfile::tempdir().unwrap();
        let warc = dir.path().join("damaged.warc.gz");
        std::fs::write(&warc, &damaged).unwrap();
        let index = dir.path().join("index");
        let out = vnmon(&index, &["import", warc.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let docs = vnmon::index::Index::open(&index).unwrap().num_docs();
        // Every complete response is an article: count them in the damaged file.
        let complete = vnmon::archive::open_warc(&warc)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|r| r.warc_type == "response")
            .count() as u64;
        assert!(complete >= at_least, "{name}: {complete} complete responses");
        assert_eq!(docs, complete, "{name}: {}", stderr(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// crawl seeds at private addresses spelt as IPv6

/// A seed whose address is a private IPv4 address in an IPv6 form: refused before any request
/// (the port is closed anyway), counted as a private-address error, index unchanged.
fn check_crawl_refused(base: &Path, seed: &str) {
    let work = tempfile::tempdir().unwrap();
    let index = work.path().join("index");
    copy_dir(base, &index);
    let state = work.path().join("state");
    let before = snapshot(&index);
    let args = ["crawl", "--seed", seed, "--state", state.to_str().unwrap(), "--max-pages", "1"];
    let out = vnmon(&index, &args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{seed}: {err}");
    assert!(err.contains("private_address"), "{seed}: {err}");
    assert_eq!(snapshot(&index), before, "{seed}: index changed");
}

#[test]
fn crawl_refuses_private_addresses_in_ipv6_forms() {
    let root = tempfile::tempdir().unwrap();
    let base = base_index(root.path());
    for seed in [
        "http://[::127.0.0.1]:9/",
        "http://[::ffff:127.0.0.1]:9/",
        "http://[::ffff:7f00:1]:9/",
        "http://[64:ff9b::7f00:1]:9/",
        "http://[64:ff9b::10.0.0.1]:9/",
        "http://[64:ff9b:1::a9fe:a9fe]:9/",
        "http://[2002:7f00:1::1]:9/",
        "http://[::192.168.1.1]:9/",
    ] {
        check_crawl_refused(&base, seed);
    }
}

/// File names and reasons printed by `import` never carry escape sequences to the terminal.
#[test]
fn import_messages_are_terminal_safe() {
    let root = tempfile::tempdir().unwrap();
    let evil = root.path().join("tin\u{1b}[31m\u{1b}]0;owned\u{7}.html");
    std::fs::write(&evil, b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0").unwrap();
    let out = vnmon(&root.path().join("index"), &["import", evil.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(err.contains("skipped: "), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
}
