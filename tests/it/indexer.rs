//! Document identity and the commit protocol, end to end: one article is one document however
//! it came in (crawled, imported from a saved file, imported from its WARC record, rebuilt by
//! `reindex`); archive and index failures stop the crawl with nothing marked done that is not
//! archived and committed; the crawl plan's settings hold at the server.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use vnmon::archive::{ArchiveError, WarcWriter};
use vnmon::crawl::archiver::ArchiveStore;
use vnmon::crawl::config::CrawlConfig;
use vnmon::crawl::state::{CrawlState, UrlState};
use vnmon::crawl::{self, CrawlError, CrawlFlags, CrawlIo, CrawlPlan, CrawlSummary, Shutdown};
use vnmon::extract::Profiles;
use vnmon::index::Index;
use vnmon::net::Exchange;
use vnmon_sitesrv::fixtures::{self, FixtureOptions, FixtureSet};
use vnmon_sitesrv::{crawlcfg, BackgroundServer, Fault};

use crate::common::{expected_keys, serve_fixtures};
use crate::common::{stderr, vnmon};

fn keys(index: &Path) -> BTreeSet<String> {
    let index = Index::open(index).expect("index");
    index
        .all_records()
        .expect("records")
        .map(|r| r.expect("record").article.url.expect("url"))
        .collect()
}

fn dantri_world(articles: usize) -> (BackgroundServer, FixtureSet, CrawlConfig) {
    let opts = FixtureOptions { articles_per_site: articles, ..FixtureOptions::default() };
    let (server, set) = serve_fixtures(&[fixtures::DANTRI_SITE], &opts);
    let config =
        CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();
    (server, set, config)
}

fn local_plan(config: &CrawlConfig) -> CrawlPlan {
    let flags = CrawlFlags { allow_private: true, ..CrawlFlags::default() };
    CrawlPlan::resolve(config.clone(), &flags).unwrap()
}

/// Crawls with an optional injected archive store and commit fault; returns the crawl's result.
fn crawl_with(
    plan: &CrawlPlan,
    index: &Path,
    state: &Path,
    archive: Option<Box<dyn ArchiveStore>>,
    failing_commits_after: Option<usize>,
) -> Result<CrawlSummary, CrawlError> {
    let mut indexer = plan.indexer(index).unwrap();
    if let Some(n) = failing_commits_after {
        indexer.fail_commits_after(n);
    }
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let profiles = Profiles::builtin();
    let io = CrawlIo { state_dir: state, indexer: &mut indexer, profiles: &profiles, archive };
    let result = rt.block_on(crawl::crawl(plan, io, Shutdown::never(), &mut |_| {}));
    if result.is_ok() {
        indexer.finish().unwrap();
    }
    result
}

fn warc_files(state: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(state.join(crawl::WARC_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------------------------------------
// One article, one document

#[test]
fn one_article_is_one_document_however_it_came_in() {
    let (_server, set, config) = dantri_world(4);
    let dir = tempfile::tempdir().unwrap();
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let expected: BTreeSet<String> = expected_keys(&set).into_iter().collect();

    // Crawled.
    crawl_with(&local_plan(&config), &index, &state, None, None).unwrap();
    assert_eq!(keys(&index), expected);

    // The same page saved to a file and imported, under its own address with tracking
    // parameters, and with no address at all (the canonical link decides).
    let article = set.articles.iter().find(|a| a.copy_of.is_none()).unwrap();
    let site = set.sites.iter().find(|s| s.name == article.site).unwrap();
    let page = dir.path().join("saved.html");
    std::fs::write(&page, &site.routes[&article.path].body).unwrap();
    let with_utm = format!("{}?utm_source=facebook&utm_medium=social#comments", article.url);
    for extra in [vec!["--url", with_utm.as_str()], vec![]] {
        let mut args = vec!["import", page.to_str().unwrap()];
        args.extend(extra);
        let out = vnmon(&index, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("(0 added, 0 updated, 1 unchanged, 0 duplicates)"),
            "{}",
            stderr(&out)
        );
        assert_eq!(keys(&index), expected);
    }

    // Its WARC records, imported twice.
    let warcs = warc_files(&state);
    let warc_args: Vec<&str> =
        std::iter::once("import").chain(warcs.iter().map(|p| p.to_str().unwrap())).collect();
    for _ in 0..2 {
        let out = vnmon(&index, &warc_args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("(0 added, 0 updated"), "{}", stderr(&out));
        assert_eq!(keys(&index), expected);
    }

    // Rebuilt from the archive alone.
    let out = vnmon(&index, &["reindex", "--state", state.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(keys(&index), expected);

    // Updated content replaces the document, never duplicates it.
    let html = String::from_utf8(site.routes[&article.path].body.clone()).unwrap();
    let changed =
        html.replacen(&article.paragraphs[0], "Đoạn mở đầu đã được cập nhật sau khi đăng.", 1);
    assert_ne!(changed, html);
    std::fs::write(&page, changed).unwrap();
    let out = vnmon(&index, &["import", page.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("(0 added, 1 updated, 0 unchanged, 0 duplicates)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(keys(&index), expected);
    let got = Index::open(&index).unwrap().get(&article.url).unwrap().expect("document");
    assert!(got.article.body.contains("đã được cập nhật"), "{}", got.article.body);
}

// ---------------------------------------------------------------------------------------------
// Failures cannot be lost

/// A WARC writer that fails every write after `ok_writes` successful ones, like a disk that
/// fills up during the crawl. Remembers the URLs whose responses it did archive.
struct FillingDisk {
    inner: WarcWriter,
    ok_writes: usize,
    archived: Arc<Mutex<HashSet<String>>>,
}

impl ArchiveStore for FillingDisk {
    fn exchange(&mut self, ex: &Exchange) -> Result<(), ArchiveError> {
        if self.ok_writes == 0 {
            return Err(ArchiveError::Io(std::io::Error::other("No space left on device")));
        }
        self.ok_writes -= 1;
        self.inner.exchange(ex)?;
        if ex.response.is_some() {
            self.archived.lock().unwrap().insert(ex.url.clone());
        }
        Ok(())
    }
    fn metadata(&mut self, uri: &str, fields: &[(&str, &str)]) -> Result<(), ArchiveError> {
        self.inner.metadata(uri, fields)
    }
    fn flush(&mut self) -> Result<(), ArchiveError> {
        ArchiveStore::flush(&mut self.inner)
    }
    fn close(self: Box<Self>) -> Result<(), ArchiveError> {
        Box::new(self.inner).close()
    }
}

/// The URLs the state has marked done.
fn done_urls(state: &Path, candidates: &[String]) -> Vec<String> {
    let db = CrawlState::open(&state.join(crawl::STATE_DB)).unwrap();
    candidates
        .iter()
        .filter(|u| {
            db.record(u)
                .unwrap()
                .is_some_and(|r| matches!(r.state, UrlState::Done | UrlState::Duplicate))
        })
        .cloned()
        .collect()
}

#[test]
fn an_archive_failure_stops_the_crawl_and_nothing_unarchived_is_done() {
    let (server, set, config) = dantri_world(6);
    let dir = tempfile::tempdir().unwrap();
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let mut plan = local_plan(&config);
    plan.commit_every = 1;
    let archived = Arc::new(Mutex::new(HashSet::new()));
    let store = FillingDisk {
        inner: WarcWriter::create(&state.join(crawl::WARC_DIR), "vnmon", 1 << 30).unwrap(),
        ok_writes: 8,
        archived: Arc::clone(&archived),
    };
    let err = crawl_with(&plan, &index, &state, Some(Box::new(store)), None).unwrap_err();
    assert!(matches!(err, CrawlError::Archive(_)), "{err}");
    assert!(err.to_string().contains("No space left on device"), "{err}");
    // Every article marked done was archived; some were not reached.
    let articles: Vec<String> = set.articles.iter().map(|a| a.url.clone()).collect();
    let done = done_urls(&state, &articles);
    let archived = archived.lock().unwrap().clone();
    for url in &done {
        assert!(archived.contains(url), "{url} is done but not archived");
    }
    assert!(done.len() < articles.len(), "the failure came too late to test anything");
    let indexed_before =
        if index.join("meta.json").try_exists().unwrap() { keys(&index).len() } else { 0 };
    assert!(indexed_before <= done.len());

    // The next run, with a working archive, fetches what was not done and indexes everything.
    server.clear_log();
    crawl_with(&plan, &index, &state, None, None).unwrap();
    assert_eq!(keys(&index), expected_keys(&set).into_iter().collect());
    let fetched: HashSet<String> = server.log().iter().map(|r| r.path.clone()).collect();
    for a in &set.articles {
        if !done.contains(&a.url) {
            assert!(fetched.contains(&a.path), "{} was not fetched again", a.url);
        }
    }
}

#[test]
fn an_index_commit_failure_stops_the_crawl_and_nothing_is_marked_done() {
    let (_server, set, config) = dantri_world(4);
    let dir = tempfile::tempdir().unwrap();
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let err = crawl_with(&local_plan(&config), &index, &state, None, Some(0)).unwrap_err();
    assert!(matches!(err, CrawlError::Index(_)), "{err}");
    let articles: Vec<String> = set.articles.iter().map(|a| a.url.clone()).collect();
    assert_eq!(done_urls(&state, &articles), Vec::<String>::new());
    assert_eq!(Index::open(&index).unwrap().num_docs(), 0);
    // A working index next time: everything goes in.
    crawl_with(&local_plan(&config), &index, &state, None, None).unwrap();
    assert_eq!(keys(&index), expected_keys(&set).into_iter().collect());
}

/// Makes `dir` refuse new files: `chmod 555`, and for root (whom permissions do not stop) the
/// immutable attribute. `false` when neither works here.
fn make_read_only(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join(".probe");
    if std::fs::write(&probe, b"x").is_err() {
        return true;
    }
    let _ = std::fs::remove_file(&probe);
    let ok = Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
    ok && std::fs::write(&probe, b"x").is_err()
}

fn make_writable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = Command::new("chattr").arg("-i").arg(dir).status();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_read_only_archive_directory_stops_the_crawl_with_one_line() {
    let (_server, set, _) = dantri_world(3);
    let dir = tempfile::tempdir().unwrap();
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let config = dir.path().join("sites.toml");
    std::fs::write(&config, crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();
    let warc = state.join(crawl::WARC_DIR);
    std::fs::create_dir_all(&warc).unwrap();
    if !make_read_only(&warc) {
        eprintln!("skipped: cannot make a directory read-only here (neither chmod nor chattr)");
        make_writable(&warc);
        return;
    }
    let args = [
        "crawl",
        "--config",
        config.to_str().unwrap(),
        "--state",
        state.to_str().unwrap(),
        "--allow-private",
    ];
    let out = vnmon(&index, &args);
    make_writable(&warc);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("vnmon:")).collect();
    assert_eq!(errors.len(), 1, "{err}");
    assert!(errors[0].contains("archive"), "{err}");
    let articles: Vec<String> = set.articles.iter().map(|a| a.url.clone()).collect();
    assert_eq!(done_urls(&state, &articles), Vec::<String>::new());

    let out = vnmon(&index, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(keys(&index), expected_keys(&set).into_iter().collect());
}

// ---------------------------------------------------------------------------------------------
// The plan holds at the server

/// Six sites on six ports whose every response starts `SLOW` late.
fn slow_world() -> (BackgroundServer, FixtureSet) {
    const SLOW: Duration = Duration::from_millis(150);
    let names = ["s1", "s2", "s3", "s4", "s5", "s6"];
    let opts = FixtureOptions { articles_per_site: 3, ..FixtureOptions::default() };
    let mut set = None;
    let server = BackgroundServer::start_with(&names, |bases| {
        let mut s = fixtures::twin_set(bases, &names, fixtures::DANTRI_SITE, &opts);
        for site in &mut s.sites {
            for route in site.routes.values_mut() {
                route.fault = Some(Fault::Slow { delay: SLOW });
            }
        }
        let sites = s.sites.clone();
        set = Some(s);
        sites
    })
    .unwrap();
    (server, set.unwrap())
}

/// Most requests the server had in flight at once: every response takes at least `SLOW`, so
/// requests that arrived less than that apart overlapped.
fn max_in_flight(server: &BackgroundServer) -> usize {
    let mut at: Vec<_> = server.log().iter().map(|r| r.at).collect();
    at.sort();
    let window = Duration::from_millis(140);
    (0..at.len())
        .map(|i| at[..=i].iter().filter(|t| at[i].duration_since(**t) < window).count())
        .max()
        .unwrap_or(0)
}

#[test]
fn concurrency_from_the_file_holds_at_the_server_and_the_flags_beat_the_file() {
    let (server, set) = slow_world();
    let dir = tempfile::tempdir().unwrap();
    let file = format!(
        "concurrency = 2\nuser_agent = \"file-agent/1.0\"\n{}",
        crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)
    );
    let config = CrawlConfig::from_toml(&file).unwrap();

    let plan = local_plan(&config);
    assert_eq!(plan.concurrency.value, 2);
    crawl_with(&plan, &dir.path().join("i1"), &dir.path().join("s1"), None, None).unwrap();
    assert_eq!(max_in_flight(&server), 2, "file concurrency = 2");
    assert!(server.log().iter().all(|r| r.header("user-agent") == Some("file-agent/1.0")));

    server.clear_log();
    let flags = CrawlFlags {
        allow_private: true,
        concurrency: Some(4),
        user_agent: Some("flag-agent/2.0".into()),
        ..CrawlFlags::default()
    };
    let plan = CrawlPlan::resolve(config, &flags).unwrap();
    crawl_with(&plan, &dir.path().join("i2"), &dir.path().join("s2"), None, None).unwrap();
    let seen = max_in_flight(&server);
    assert!(seen > 2 && seen <= 4, "--concurrency 4 beats the file's 2: {seen} in flight");
    assert!(server.log().iter().all(|r| r.header("user-agent") == Some("flag-agent/2.0")));
}

#[test]
fn dry_run_prints_the_resolved_plan_and_where_each_setting_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("sites.toml");
    std::fs::write(
        &config,
        "concurrency = 3\ndefault_delay_secs = 2.5\n[[site]]\nname = \"a\"\nhosts = [\"a.vn\"]\n\
         listings = [\"https://a.vn/tin.htm\"]\narticle_pattern = '-\\d+\\.htm$'\n",
    )
    .unwrap();
    let index = dir.path().join("index");
    let out = vnmon(
        &index,
        &["crawl", "--config", config.to_str().unwrap(), "--dry-run", "--max-pages", "9"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    for line in [
        "  concurrency     3  (config file)",
        "  max pages       9  (command line)",
        "  a  delay 2.5 s (config file)",
        "    listing  https://a.vn/tin.htm",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }
    assert!(!index.try_exists().unwrap(), "a dry run touches nothing");
    // Bad flags are one line and exit 2.
    for (flag, value, message) in [
        ("--delay", "-5", "--delay: -5 is not a delay between 0 and 3600 s"),
        ("--delay", "nan", "--delay: NaN is not a delay"),
        ("--concurrency", "0", "--concurrency: must be at least 1"),
    ] {
        let out = vnmon(
            &index,
            &["crawl", "--config", config.to_str().unwrap(), "--dry-run", flag, value],
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// Shutdown

#[test]
fn a_shutdown_signal_stops_the_crawl_cleanly_and_the_next_run_finishes_it() {
    let (_server, set) = slow_world();
    let dir = tempfile::tempdir().unwrap();
    let config =
        CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();
    let plan = local_plan(&config);
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let mut indexer = plan.indexer(&index).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let profiles = Profiles::builtin();
    let (trigger, shutdown) = Shutdown::new();
    let io =
        CrawlIo { state_dir: &state, indexer: &mut indexer, profiles: &profiles, archive: None };
    let started = std::time::Instant::now();
    let summary = rt.block_on(async {
        let stop = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(700)).await;
            trigger.trigger();
        });
        let summary = crawl::crawl(&plan, io, shutdown, &mut |_| {}).await;
        let _ = stop.await;
        summary
    });
    let summary = summary.expect("a stopped crawl is not an error");
    indexer.finish().unwrap();
    assert!(started.elapsed() < Duration::from_secs(5), "stopped promptly");
    assert!(summary.pending > 0, "work was left for the next run: {summary:?}");
    let first = keys(&index);
    crawl_with(&plan, &index, &state, None, None).unwrap();
    let all = keys(&index);
    assert!(all.is_superset(&first));
    assert_eq!(all, expected_keys(&set).into_iter().collect());
}

#[test]
fn ctrl_c_reaches_the_crawl_as_a_shutdown_and_the_state_stays_usable() {
    let (server, set) = slow_world();
    let dir = tempfile::tempdir().unwrap();
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let config = dir.path().join("sites.toml");
    std::fs::write(&config, crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();
    let args = [
        "crawl",
        "--config",
        config.to_str().unwrap(),
        "--state",
        state.to_str().unwrap(),
        "--allow-private",
    ];
    let child = Command::new(env!("CARGO_BIN_EXE_vnmon"))
        .arg("--index")
        .arg(&index)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Signal once the crawl is under way (its handler is installed before the first request),
    // long before it can finish (every response takes 150 ms, one at a time per site).
    let waited = std::time::Instant::now();
    while server.log().len() < 3 && waited.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let sent = Command::new("kill").arg("-INT").arg(child.id().to_string()).status().unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert!(err.contains("interrupted: finishing the current batch"), "{err}");
    assert!(matches!(out.status.code(), Some(0) | Some(1)), "{err}");
    let out = vnmon(&index, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(keys(&index), expected_keys(&set).into_iter().collect());
}
