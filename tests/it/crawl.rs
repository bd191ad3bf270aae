//! The crawler end to end against the local fixture server (`vnmon-sitesrv`) on 127.0.0.1:
//! discovery, dedup, politeness measured on the server side, conditional re-crawls, the WARC
//! archive read back by Python's warcio, and one test per injected fault.
//!
//! Each group shares one crawl (a `OnceLock`), so every test below asserts one thing about it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use vnmon::crawl::config::CrawlConfig;
use vnmon::crawl::state::{CrawlState, UrlState};
use vnmon::crawl::{self, CrawlFlags, CrawlIo, CrawlPlan, CrawlSummary, Shutdown};
use vnmon::extract::Profiles;
use vnmon::index::Index;
use vnmon_sitesrv::fixtures::{self, fault_paths, EntryPoints, FaultOptions, FixtureOptions};
use vnmon_sitesrv::{crawlcfg, BackgroundServer, RequestLog};

use crate::common::{expected_keys, serve_fixtures};

/// Delay between two requests to one host in these crawls.
const DELAY_SECS: f64 = 0.05;

fn run_crawl(plan: &CrawlPlan, index: &Path, state: &Path) -> CrawlSummary {
    let mut indexer = plan.indexer(index).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let profiles = Profiles::builtin();
    let io =
        CrawlIo { state_dir: state, indexer: &mut indexer, profiles: &profiles, archive: None };
    let summary = rt.block_on(crawl::crawl(plan, io, Shutdown::never(), &mut |_| {})).unwrap();
    indexer.finish().unwrap();
    summary
}

/// The plan of `config` with private (loopback) addresses allowed.
fn local_plan(config: &CrawlConfig) -> CrawlPlan {
    let flags = CrawlFlags { allow_private: true, ..CrawlFlags::default() };
    CrawlPlan::resolve(config.clone(), &flags).unwrap()
}

fn keys(index: &Path) -> Vec<String> {
    let index = Index::open(index).unwrap();
    let mut out: Vec<String> =
        index.all_records().unwrap().map(|r| r.unwrap().article.url.unwrap()).collect();
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------------
// The three template sites

struct FixtureCrawl {
    _dir: tempfile::TempDir,
    index: PathBuf,
    state: PathBuf,
    set: fixtures::FixtureSet,
    first: CrawlSummary,
    second: CrawlSummary,
    log: Vec<RequestLog>,
    bases: HashMap<String, String>,
}

fn fixture_crawl() -> &'static FixtureCrawl {
    static CELL: OnceLock<FixtureCrawl> = OnceLock::new();
    CELL.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let names = fixtures::fixture_site_names();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let opts = FixtureOptions { articles_per_site: 6, ..FixtureOptions::default() };
        let (server, set) = serve_fixtures(&names, &opts);
        let config =
            CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&set.entries, &[], DELAY_SECS))
                .unwrap();
        let index = dir.path().join("index");
        let state = dir.path().join("state");
        let first = run_crawl(&local_plan(&config), &index, &state);
        let log = server.log();
        let second = run_crawl(&local_plan(&config), &index, &state);
        let bases = server.base_urls();
        FixtureCrawl { _dir: dir, index, state, set, first, second, log, bases }
    })
}

#[test]
fn every_article_is_indexed_exactly_once() {
    let c = fixture_crawl();
    let expected = expected_keys(&c.set);
    assert_eq!(keys(&c.index), expected);
    let t = c.first.total();
    assert_eq!(t.indexed, expected.len(), "{:?}", c.first);
    assert_eq!(t.error_count(), 0, "{:?}", t.errors);
}

#[test]
fn the_same_article_under_two_urls_or_twice_the_same_content_is_indexed_once() {
    let c = fixture_crawl();
    let copies = c.set.articles.iter().filter(|a| a.copy_of.is_some()).count();
    assert!(copies >= 3);
    // The content copies are recognised as duplicates; alias URLs (utm_source, a canonical
    // link to the main URL) are canonicalised or resolve to the same key.
    assert!(c.first.total().duplicates >= copies, "{:?}", c.first.total());
    let k = keys(&c.index);
    for a in &c.set.articles {
        for alias in &a.aliases {
            assert!(!k.contains(alias), "alias {alias} indexed");
        }
    }
}

#[test]
fn a_recrawl_sends_conditional_requests_and_reindexes_nothing() {
    let c = fixture_crawl();
    let t = c.second.total();
    assert_eq!(t.indexed, 0, "{t:?}");
    assert_eq!(t.updated, 0, "{t:?}");
    assert!(t.not_modified > 0, "{t:?}");
}

#[test]
fn no_host_ever_gets_two_requests_closer_than_its_delay() {
    let c = fixture_crawl();
    let mut by_site: BTreeMap<&str, Vec<std::time::Instant>> = BTreeMap::new();
    for r in &c.log {
        by_site.entry(r.site.as_str()).or_default().push(r.at);
    }
    for (site, mut times) in by_site {
        times.sort();
        // The generic site asks for a larger Crawl-delay in its robots.txt.
        let delay = if site == fixtures::GENERIC_SITE {
            Duration::from_secs_f64(0.2)
        } else {
            Duration::from_secs_f64(DELAY_SECS)
        };
        assert!(times.len() > 5, "{site}: {} requests", times.len());
        for pair in times.windows(2) {
            let gap = pair[1] - pair[0];
            assert!(
                gap + Duration::from_millis(5) >= delay,
                "{site}: two requests {gap:?} apart, delay {delay:?}"
            );
        }
    }
    assert!(c.bases.len() >= 3);
}

#[test]
fn the_archive_holds_every_response_and_warcio_reads_it() {
    let c = fixture_crawl();
    let warc_dir = c.state.join(crawl::WARC_DIR);
    let files: Vec<PathBuf> = std::fs::read_dir(&warc_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".warc.gz"))
        .collect();
    assert!(!files.is_empty());
    // Every request the server saw has a response record (robots.txt, feeds, sitemaps, pages).
    let mut uris = HashSet::new();
    for f in &files {
        for rec in vnmon::archive::open_warc(f).unwrap() {
            let rec = rec.unwrap();
            if rec.warc_type == "response" {
                uris.insert(rec.target_uri.unwrap());
            }
        }
    }
    for r in &c.log {
        let url = format!("{}{}", c.bases[&r.site], r.path);
        assert!(uris.contains(&url), "no response record for {url}");
    }
    assert!(uris.iter().any(|u| u.ends_with("/robots.txt")));
    let have_warcio = std::process::Command::new("python3")
        .args(["-c", "import warcio"])
        .status()
        .is_ok_and(|s| s.success());
    if !have_warcio {
        assert!(
            std::env::var("VNMON_REQUIRE_WARCIO").is_err(),
            "VNMON_REQUIRE_WARCIO is set but python3 cannot import warcio"
        );
        eprintln!("NOTICE: warcio not installed; skipping the warcio read-back");
        return;
    }
    for f in &files {
        let out = std::process::Command::new("python3")
            .args(["-m", "warcio.cli", "check", "-v"])
            .arg(f)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "warcio check failed on {}: {text}", f.display());
        assert!(!text.contains("digest fail"), "{text}");
    }
}

#[test]
fn reindex_from_the_archive_gives_the_same_documents() {
    let c = fixture_crawl();
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vnmon"))
        .arg("--index")
        .arg(dir.path().join("rebuilt"))
        .arg("reindex")
        .arg("--state")
        .arg(&c.state)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(keys(&dir.path().join("rebuilt")), keys(&c.index));
}

// ---------------------------------------------------------------------------------------------
// Faults: one crawl over the fault sites plus a healthy site; one test per fault

struct FaultCrawl {
    _dir: tempfile::TempDir,
    summary: CrawlSummary,
    state_db: PathBuf,
    index: PathBuf,
    bases: HashMap<String, String>,
    healthy: Vec<String>,
}

fn fault_crawl() -> &'static FaultCrawl {
    static CELL: OnceLock<FaultCrawl> = OnceLock::new();
    CELL.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let mut names = fixtures::fault_site_names();
        names.push(fixtures::DANTRI_SITE.to_string());
        let fault_opts = FaultOptions {
            slow: Duration::from_secs(3),
            oversized: 2 * 1024 * 1024,
            gzip_bomb: 64 * 1024 * 1024,
            retry_after_secs: 1,
            too_many_times: 1,
            fail_times: 1,
        };
        let mut healthy_set = None;
        let server = BackgroundServer::start_with(&names, |bases| {
            let mut sites = vec![
                fixtures::fault_site_with(&bases[fixtures::FAULT_SITE], &fault_opts),
                fixtures::robots_5xx_site(&bases[fixtures::ROBOTS_5XX_SITE]),
                fixtures::robots_disallow_site(&bases[fixtures::ROBOTS_DISALLOW_SITE]),
                fixtures::malformed_site(&bases[fixtures::MALFORMED_SITE]),
            ];
            let only_dantri: HashMap<String, String> = bases
                .iter()
                .filter(|(k, _)| k.as_str() == fixtures::DANTRI_SITE)
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let set = fixtures::fixture_set(
                &only_dantri,
                &FixtureOptions { articles_per_site: 4, ..FixtureOptions::default() },
            );
            sites.extend(set.sites.clone());
            healthy_set = Some(set);
            sites
        })
        .unwrap();
        let healthy_set = healthy_set.unwrap();
        let bases = server.base_urls();
        let mut entries: Vec<EntryPoints> = fixtures::fault_site_names()
            .into_iter()
            .map(|site| {
                let base = bases[&site].clone();
                EntryPoints {
                    feeds: vec![format!("{base}/feed.rss")],
                    sitemaps: vec![format!("{base}/sitemap.xml")],
                    listings: vec![format!("{base}/")],
                    profile: None,
                    site,
                    base,
                }
            })
            .collect();
        entries.extend(healthy_set.entries.clone());
        let config =
            CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&entries, &[], 0.02)).unwrap();
        let mut opts = local_plan(&config);
        opts.fetch.total_timeout = Duration::from_millis(1500);
        opts.fetch.connect_timeout = Duration::from_millis(1500);
        opts.fetch.max_body_bytes = 1024 * 1024;
        opts.fetch.max_retries = 1;
        opts.fetch.backoff_base = Duration::from_millis(50);
        opts.fetch.backoff_max = Duration::from_millis(1500);
        let index = dir.path().join("index");
        let state_dir = dir.path().join("state");
        let summary = run_crawl(&opts, &index, &state_dir);
        drop(server);
        let state_db = state_dir.join(crawl::STATE_DB);
        let healthy: Vec<String> = healthy_set
            .articles
            .iter()
            .filter(|a| a.copy_of.is_none())
            .map(|a| a.url.clone())
            .collect();
        FaultCrawl { _dir: dir, summary, state_db, index, bases, healthy }
    })
}

/// Checks one fault: the URL ends in `state` with an error of `kind` (for failures), the
/// fault's kind is counted in the summary, and the healthy site lost nothing.
fn check_fault(site: &str, path: &str, expected: UrlState, kind: Option<&str>) {
    let c = fault_crawl();
    let url = format!("{}{}", c.bases[site], path);
    let state = CrawlState::open(&c.state_db).unwrap();
    let rec = state.record(&url).unwrap().unwrap_or_else(|| panic!("{url} never queued"));
    assert_eq!(rec.state, expected, "{url}: {rec:?}");
    if let Some(kind) = kind {
        let error = rec.error.clone().unwrap_or_default();
        assert!(error.starts_with(kind), "{url}: error {error:?}, expected {kind}");
        let counted = c.summary.sites[site].errors.get(kind).copied().unwrap_or(0);
        assert!(counted >= 1, "{kind} not counted for {site}: {:?}", c.summary.sites[site]);
    }
    let indexed = keys(&c.index);
    for h in &c.healthy {
        assert!(indexed.contains(h), "healthy article {h} lost");
    }
}

use fixtures::{FAULT_SITE as F, MALFORMED_SITE, ROBOTS_5XX_SITE, ROBOTS_DISALLOW_SITE};

#[test]
fn fault_500() {
    check_fault(F, fault_paths::STATUS_500, UrlState::Failed, Some("status"));
}

#[test]
fn fault_503() {
    check_fault(F, fault_paths::STATUS_503, UrlState::Failed, Some("status"));
}

#[test]
fn fault_429_with_retry_after_is_retried() {
    check_fault(F, fault_paths::TOO_MANY, UrlState::Done, None);
}

#[test]
fn fault_transient_5xx_is_retried() {
    check_fault(F, fault_paths::FAIL_TIMES, UrlState::Done, None);
}

#[test]
fn fault_slower_than_the_timeout() {
    check_fault(F, fault_paths::SLOW, UrlState::Failed, Some("timeout"));
}

#[test]
fn fault_body_stalls_past_the_timeout() {
    check_fault(F, fault_paths::SLOW_BODY, UrlState::Failed, Some("timeout"));
}

#[test]
fn fault_connection_reset() {
    let c = fault_crawl();
    let url = format!("{}{}", c.bases[F], fault_paths::RESET);
    let rec = CrawlState::open(&c.state_db).unwrap().record(&url).unwrap().unwrap();
    assert_eq!(rec.state, UrlState::Failed);
    let error = rec.error.unwrap_or_default();
    assert!(["reset", "io", "connect"].iter().any(|k| error.starts_with(k)), "{error}");
}

#[test]
fn fault_truncated_body() {
    check_fault(F, fault_paths::TRUNCATED, UrlState::Failed, Some("truncated"));
}

#[test]
fn fault_redirect_loop() {
    check_fault(F, fault_paths::REDIRECT_LOOP, UrlState::Failed, Some("redirect_loop"));
}

#[test]
fn fault_oversized_body() {
    check_fault(F, fault_paths::OVERSIZED, UrlState::Failed, Some("too_large"));
}

#[test]
fn fault_gzip_bomb_is_cut_off() {
    check_fault(F, fault_paths::GZIP_BOMB, UrlState::Failed, Some("too_large"));
}

#[test]
fn fault_wrong_charset_header_is_decoded_right() {
    check_fault(F, fault_paths::WRONG_CHARSET, UrlState::Done, None);
    let c = fault_crawl();
    let index = Index::open(&c.index).unwrap();
    let url = format!("{}{}", c.bases[F], fault_paths::WRONG_CHARSET);
    let record = index.get(&url).unwrap().expect("indexed");
    let title = record.article.title.unwrap_or_default();
    assert!(!title.contains('Ã') && title.chars().any(|ch| "ếệộạảủưđ".contains(ch)), "{title}");
}

#[test]
fn fault_non_html_content_type_is_skipped() {
    check_fault(F, fault_paths::NON_HTML, UrlState::Skipped, None);
}

#[test]
fn fault_robots_txt_5xx_disallows_the_host() {
    let c = fault_crawl();
    let s = &c.summary.sites[ROBOTS_5XX_SITE];
    assert_eq!(s.indexed, 0, "{s:?}");
    assert!(s.errors.get("robots_disallowed").copied().unwrap_or(0) >= 1, "{s:?}");
}

#[test]
fn fault_robots_txt_disallow_is_obeyed() {
    let c = fault_crawl();
    let s = &c.summary.sites[ROBOTS_DISALLOW_SITE];
    assert!(s.indexed >= 1, "{s:?}");
    assert!(s.errors.get("robots_disallowed").copied().unwrap_or(0) >= 1, "{s:?}");
    for key in keys(&c.index) {
        assert!(!key.contains("/private/"), "{key} indexed despite Disallow");
    }
}

#[test]
fn fault_malformed_feed_and_sitemap_xml() {
    let c = fault_crawl();
    let s = &c.summary.sites[MALFORMED_SITE];
    assert!(s.errors.contains_key("malformed_feed"), "{s:?}");
    assert!(s.errors.contains_key("malformed_sitemap"), "{s:?}");
}

#[test]
fn fault_crawl_goes_on_and_counts_everything() {
    let c = fault_crawl();
    let total = c.summary.total();
    assert!(total.error_count() >= 10, "{total:?}");
    check_fault(F, fault_paths::OK, UrlState::Done, None);
}

// ---------------------------------------------------------------------------------------------
// Ad hoc seeds and the private-address guard

#[test]
fn an_ad_hoc_seed_discovers_sitemaps_feeds_and_links_of_an_unknown_site() {
    let opts = FixtureOptions { articles_per_site: 5, ..Default::default() };
    let (server, set) = serve_fixtures(&[fixtures::GENERIC_SITE], &opts);
    let base = server.base_url(fixtures::GENERIC_SITE).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vnmon"))
        .arg("--index")
        .arg(dir.path().join("index"))
        .arg("crawl")
        .args(["--seed", &format!("{base}/tin-tuc"), "--delay", "0.02", "--allow-private"])
        .arg("--state")
        .arg(dir.path().join("state"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "{err}");
    assert_eq!(keys(&dir.path().join("index")), expected_keys(&set), "{err}");
}

#[test]
fn private_addresses_are_refused_without_allow_private() {
    let opts = FixtureOptions { articles_per_site: 3, ..Default::default() };
    let (_server, set) = serve_fixtures(&[fixtures::DANTRI_SITE], &opts);
    let config =
        CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let summary = run_crawl(
        &CrawlPlan::from_config(config).unwrap(),
        &dir.path().join("index"),
        &dir.path().join("state"),
    );
    let t = summary.total();
    assert_eq!(t.indexed, 0, "{t:?}");
    assert_eq!(t.fetched, 0, "{t:?}");
    assert!(t.errors.get("private_address").copied().unwrap_or(0) >= 1, "{t:?}");
}

// ---------------------------------------------------------------------------------------------
// Crawl limits

#[test]
fn max_pages_and_since_limit_what_is_fetched_and_indexed() {
    let opts = FixtureOptions { articles_per_site: 6, ..Default::default() };
    let (_server, set) = serve_fixtures(&[fixtures::DANTRI_SITE], &opts);
    let config =
        CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&set.entries, &[], 0.0)).unwrap();

    // --max-pages 3: three article pages fetched, the rest stays queued for the next run.
    let dir = tempfile::tempdir().unwrap();
    let mut limited = local_plan(&config);
    limited.max_pages.value = Some(3);
    let (index, state) = (dir.path().join("index"), dir.path().join("state"));
    let summary = run_crawl(&limited, &index, &state);
    let t = summary.total();
    assert!(t.indexed + t.duplicates <= 3, "{t:?}");
    assert!(t.indexed >= 1, "{t:?}");
    assert!(summary.pending > 0, "{summary:?}");
    // The next run goes on where the budget stopped it.
    let summary = run_crawl(&local_plan(&config), &index, &state);
    assert_eq!(summary.pending, 0);
    assert_eq!(keys(&index), expected_keys(&set));

    // --since after every publication date: feed and sitemap entries are dropped, nothing
    // is indexed.
    let dir = tempfile::tempdir().unwrap();
    let mut recent = local_plan(&config);
    recent.since = chrono::NaiveDate::from_ymd_opt(2100, 1, 1);
    let summary = run_crawl(&recent, &dir.path().join("index"), &dir.path().join("state"));
    assert_eq!(summary.total().indexed, 0, "{:?}", summary.total());
}

// ---------------------------------------------------------------------------------------------
// Three sites on one host that differ only by port: origin identity

/// Delay between two requests to one origin in the twin crawls.
const TWIN_DELAY_SECS: f64 = 0.08;

/// One crawl of the twin world: what it reported, indexed and made the server see.
struct TwinRun {
    summary: CrawlSummary,
    keys: Vec<String>,
    log: Vec<RequestLog>,
    /// Summary site name of each twin (configured name, or the ad hoc `127.0.0.1:PORT`).
    site_names: BTreeMap<String, String>,
}

struct TwinWorld {
    _dir: tempfile::TempDir,
    set: fixtures::FixtureSet,
    configured: TwinRun,
    adhoc: TwinRun,
}

/// Three Dân trí-like sites on 127.0.0.1, each on its own port, with the same paths, article
/// ids, titles and dates (and their own text), crawled once as configured sites and once from
/// `--seed`-style ad hoc seeds (their first listing pages).
fn twin_world() -> &'static TwinWorld {
    static CELL: OnceLock<TwinWorld> = OnceLock::new();
    CELL.get_or_init(|| {
        let names = ["twin-a", "twin-b", "twin-c"];
        let opts = FixtureOptions { articles_per_site: 6, ..FixtureOptions::default() };
        let mut set = None;
        let server = BackgroundServer::start_with(&names, |bases| {
            let s = fixtures::twin_set(bases, &names, fixtures::DANTRI_SITE, &opts);
            let sites = s.sites.clone();
            set = Some(s);
            sites
        })
        .unwrap();
        let set = set.unwrap();
        let bases = server.base_urls();
        let dir = tempfile::tempdir().unwrap();
        let run = |label: &str, config: &CrawlConfig, site_names: BTreeMap<String, String>| {
            server.clear_log();
            let index = dir.path().join(format!("{label}-index"));
            let state = dir.path().join(format!("{label}-state"));
            let summary = run_crawl(&local_plan(config), &index, &state);
            TwinRun { summary, keys: keys(&index), log: server.log(), site_names }
        };
        let toml = crawlcfg::crawl_config_toml(&set.entries, &[], TWIN_DELAY_SECS);
        let config = CrawlConfig::from_toml(&toml).unwrap();
        let same: BTreeMap<String, String> =
            names.iter().map(|n| (n.to_string(), n.to_string())).collect();
        let configured = run("configured", &config, same);
        let seeds: Vec<url::Url> =
            set.entries.iter().map(|e| url::Url::parse(&e.listings[0]).unwrap()).collect();
        let config = crawl::config::adhoc(&seeds, Some(TWIN_DELAY_SECS));
        let by_port: BTreeMap<String, String> = names
            .iter()
            .map(|n| (n.to_string(), bases[*n].trim_start_matches("http://").to_string()))
            .collect();
        let adhoc = run("adhoc", &config, by_port);
        TwinWorld { _dir: dir, set, configured, adhoc }
    })
}

/// Every article of every twin is indexed, and each site counts its own.
fn check_twins_all_found(run: &TwinRun, set: &fixtures::FixtureSet) {
    assert_eq!(run.keys, expected_keys(set), "{:?}", run.summary);
    for (twin, site) in &run.site_names {
        let want = set.articles.iter().filter(|a| &a.site == twin && a.copy_of.is_none()).count();
        let got = run.summary.sites.get(site).map(|s| s.indexed);
        assert_eq!(got, Some(want), "{twin} as {site}: {:?}", run.summary.sites);
    }
}

/// The only duplicates are the content copies each site serves under a second id.
fn check_twins_no_false_duplicates(run: &TwinRun, set: &fixtures::FixtureSet) {
    for (twin, site) in &run.site_names {
        let copies = set.articles.iter().filter(|a| &a.site == twin && a.copy_of.is_some()).count();
        let stats = &run.summary.sites[site];
        assert_eq!(stats.duplicates, copies, "{twin} as {site}: {stats:?}");
        assert_eq!(stats.error_count(), 0, "{twin} as {site}: {stats:?}");
    }
}

/// Each twin's own robots.txt and sitemap index were requested (discovery per origin).
fn check_twins_discovery(run: &TwinRun) {
    for twin in run.site_names.keys() {
        for path in ["/robots.txt", "/sitemaps/articles.xml"] {
            let hits = run.log.iter().filter(|r| &r.site == twin && r.path == path).count();
            assert!(hits >= 1, "{twin}: {path} never requested");
        }
    }
}

/// At the server, no origin gets two requests closer than its delay, while requests to
/// different origins do come closer than that (they run side by side, not as one host).
fn check_twins_delays(run: &TwinRun) {
    let delay = Duration::from_secs_f64(TWIN_DELAY_SECS);
    let mut all: Vec<(std::time::Instant, &str)> = Vec::new();
    for twin in run.site_names.keys() {
        let mut times: Vec<std::time::Instant> =
            run.log.iter().filter(|r| &r.site == twin).map(|r| r.at).collect();
        times.sort();
        assert!(times.len() > 5, "{twin}: {} requests", times.len());
        for pair in times.windows(2) {
            let gap = pair[1] - pair[0];
            assert!(gap + Duration::from_millis(5) >= delay, "{twin}: two requests {gap:?} apart");
        }
        all.extend(times.into_iter().map(|t| (t, twin.as_str())));
    }
    all.sort();
    let close = all.windows(2).filter(|w| w[0].1 != w[1].1 && w[1].0 - w[0].0 < delay / 2).count();
    assert!(close >= 3, "requests to different origins never overlapped ({close})");
}

#[test]
fn twins_on_one_host_configured_all_articles_found() {
    let w = twin_world();
    check_twins_all_found(&w.configured, &w.set);
}

#[test]
fn twins_on_one_host_ad_hoc_all_articles_found() {
    let w = twin_world();
    check_twins_all_found(&w.adhoc, &w.set);
}

#[test]
fn twins_on_one_host_have_no_false_duplicates() {
    let w = twin_world();
    check_twins_no_false_duplicates(&w.configured, &w.set);
    check_twins_no_false_duplicates(&w.adhoc, &w.set);
}

#[test]
fn twins_on_one_host_each_have_robots_and_sitemap_read() {
    let w = twin_world();
    check_twins_discovery(&w.configured);
    check_twins_discovery(&w.adhoc);
}

#[test]
fn twins_on_one_host_hold_delays_per_origin() {
    let w = twin_world();
    check_twins_delays(&w.configured);
    check_twins_delays(&w.adhoc);
}
