//! Helpers shared by the crawler test binaries.

use vnmon::sitesrv::fixtures::{self, FixtureOptions, FixtureSet};
use vnmon::sitesrv::BackgroundServer;

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
