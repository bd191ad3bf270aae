//! Crash safety: the crawler is killed with SIGKILL at random moments and resumed each time.
//! At the end every article is in the index exactly once, nothing committed was lost, and the
//! state database and the index open cleanly.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use vnmon::crawl::state::CrawlState;
use vnmon::index::Index;
use vnmon_sitesrv::crawlcfg;
use vnmon_sitesrv::fixtures::{self, FixtureOptions};

use crate::common::{expected_keys, serve_fixtures};

/// A small deterministic generator for the kill times (the seed is printed on failure).
struct Lcg(u64);

impl Lcg {
    fn next_ms(&mut self, lo: u64, hi: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        lo + (self.0 >> 33) % (hi - lo)
    }
}

fn indexed_keys(index: &Path) -> BTreeSet<String> {
    match Index::open(index) {
        Ok(index) => {
            let mut keys = BTreeSet::new();
            let mut count = 0;
            for r in index.all_records().expect("index readable") {
                keys.insert(r.expect("record readable").article.url.expect("key"));
                count += 1;
            }
            assert_eq!(count, keys.len(), "a document is in the index twice");
            keys
        }
        Err(_) => BTreeSet::new(),
    }
}

#[test]
fn killed_at_random_moments_the_crawl_resumes_and_indexes_each_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let names = fixtures::fixture_site_names();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let opts = FixtureOptions { articles_per_site: 15, ..FixtureOptions::default() };
    let (_server, set) = serve_fixtures(&names, &opts);
    let config = dir.path().join("sites.toml");
    std::fs::write(&config, crawlcfg::crawl_config_toml(&set.entries, &[], 0.03)).unwrap();
    let index = dir.path().join("index");
    let state = dir.path().join("state");
    let crawl = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vnmon"));
        cmd.arg("--index")
            .arg(&index)
            .arg("crawl")
            .arg("--config")
            .arg(&config)
            .arg("--state")
            .arg(&state)
            .args(["--allow-private", "--commit-every", "4"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(42);
    let mut rng = Lcg(seed);
    let mut committed = BTreeSet::new();
    let mut kills = 0;
    let deadline = Instant::now() + Duration::from_secs(120);
    while kills < 6 && Instant::now() < deadline {
        let mut child = crawl().spawn().unwrap();
        let wait = rng.next_ms(80, 900);
        std::thread::sleep(Duration::from_millis(wait));
        if child.try_wait().unwrap().is_some() {
            break; // finished before the kill: nothing left to interrupt
        }
        // SIGKILL: no destructor, no flush, no signal handler runs.
        child.kill().unwrap();
        child.wait().unwrap();
        kills += 1;
        let now = indexed_keys(&index);
        assert!(
            now.is_superset(&committed),
            "seed {seed}: committed documents lost after kill {kills}"
        );
        committed = now;
        // The state database opens cleanly after every kill (once the crawler got as far as
        // creating it: a kill during process start-up leaves nothing behind).
        let db = state.join(vnmon::crawl::STATE_DB);
        if db.try_exists().unwrap() {
            CrawlState::open(&db).unwrap_or_else(|e| panic!("seed {seed}: state after kill: {e}"));
        }
    }
    assert!(kills >= 5, "seed {seed}: only {kills} kills before the crawl finished");
    let status = crawl().status().unwrap();
    assert!(status.code() == Some(0) || status.code() == Some(1), "final crawl: {status:?}");
    let expected: BTreeSet<String> = expected_keys(&set).into_iter().collect();
    let got = indexed_keys(&index);
    assert_eq!(got, expected, "seed {seed}");
    let state = CrawlState::open(&state.join(vnmon::crawl::STATE_DB)).unwrap();
    assert_eq!(state.pending().unwrap(), 0);
}
