//! Helpers shared by the test modules: the fixture sites, and the data beside the checkout.

use std::path::PathBuf;

use vnmon_sitesrv::fixtures::{self, FixtureOptions, FixtureSet, SeedSource};
use vnmon_sitesrv::BackgroundServer;

/// `../shared/<rel>` (the read-only data beside the checkout: saved pages, gold annotations) if
/// it is there. A fresh clone may not have it: then this prints one line naming the test and
/// returns `None`, and the test returns early; with `VNMON_REQUIRE_SHARED=1` (set by `.ci/run`)
/// it panics instead. The library's unit tests use the same rule (`src/shared_data.rs`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared")).join(rel);
    if path.try_exists().unwrap_or(false) {
        return Some(path);
    }
    let required = std::env::var("VNMON_REQUIRE_SHARED").is_ok_and(|v| v == "1");
    assert!(!required, "VNMON_REQUIRE_SHARED=1 but ../shared/{rel} is missing");
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    // Straight to the process's stderr: libtest hides what a passing test prints with `eprintln!`.
    let line =
        format!("skipped {test}: needs ../shared/{rel} (VNMON_REQUIRE_SHARED=1 fails instead)\n");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
    None
}

/// Serves the template fixture sites named in `names` on 127.0.0.1, with what the tests need to
/// know about their articles.
pub fn serve_fixtures(names: &[&str], opts: &FixtureOptions) -> (BackgroundServer, FixtureSet) {
    let mut set = None;
    let server = BackgroundServer::start_with(names, |bases| {
        let s = fixtures::fixture_set(bases, opts);
        let sites = s.sites.clone();
        set = Some(s);
        sites
    })
    .expect("fixture server starts");
    (server, set.expect("fixture set built"))
}

/// Canonical URLs of the articles that must end up in the index: all but the content copies.
pub fn expected_keys(set: &FixtureSet) -> Vec<String> {
    let mut v: Vec<String> =
        set.articles.iter().filter(|a| a.copy_of.is_none()).map(|a| a.url.clone()).collect();
    v.sort();
    v
}

/// vnmon's bundled seed pages with their manifest entries, as the site server takes them (what
/// `vnmon demo` serves).
pub fn seed_sources() -> Vec<SeedSource> {
    let manifest = vnmon::seeds::manifest().expect("bundled manifest");
    manifest
        .page
        .into_iter()
        .map(|p| {
            let (_, body) = vnmon::seeds::PAGES
                .iter()
                .find(|(f, _)| *f == p.file)
                .unwrap_or_else(|| panic!("{} is not bundled", p.file));
            SeedSource {
                file: p.file,
                url: p.url,
                profile: p.profile,
                published: p.published,
                body: body.to_vec(),
            }
        })
        .collect()
}

/// The `vnmon` binary with the environment it reads cleared (`VNMON_INDEX`, `VNMON_PROFILES`,
/// `VNMON_STATE`) and no backtraces, so a test sees only its own arguments.
pub fn vnmon_command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_vnmon"));
    cmd.env_remove("VNMON_INDEX")
        .env_remove("VNMON_PROFILES")
        .env_remove("VNMON_STATE")
        .env("RUST_BACKTRACE", "0");
    cmd
}

/// Runs `vnmon --index INDEX ARGS…` to completion.
pub fn vnmon(index: &std::path::Path, args: &[&str]) -> std::process::Output {
    vnmon_command().arg("--index").arg(index).args(args).output().expect("vnmon runs")
}

/// Standard output as text.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
