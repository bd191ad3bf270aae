//! Test-only access to the read-only data beside the checkout (`../shared`: saved pages, gold
//! annotations). A fresh clone may not have it: a test that needs it then says so in one line and
//! passes, unless `VNMON_REQUIRE_SHARED=1` (set by `.ci/run`), which makes the absence a failure.
//! The integration tests have the same helper in `tests/it/common`.

use std::path::PathBuf;

/// `../shared/<rel>` if it is there. Otherwise prints one line naming the test and returns
/// `None`; panics instead when `VNMON_REQUIRE_SHARED=1`.
pub(crate) fn path(rel: &str) -> Option<PathBuf> {
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
