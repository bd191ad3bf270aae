//! Crawl configurations for sites served by this server: the demo and the crawler tests crawl
//! local sites with the same configuration format (`seeds/sites.toml`) as live outlets.

use super::fixtures::EntryPoints;

/// Article URLs of the local sites: an id of six or more digits before `.htm`/`.html`/`.ldo`.
pub const LOCAL_ARTICLE_PATTERN: &str = r"-(\d{6,})\.(?:htm|html|ldo)$";

/// A `sites.toml` text for the given entry points. Every site's scope is its own
/// `127.0.0.1:PORT` (sites on one host with different ports are different sites) plus
/// `extra_hosts` (e.g. the `.invalid` hosts of the seed pages' canonical links), its delay
/// `delay_secs`.
pub fn crawl_config_toml(entries: &[EntryPoints], extra_hosts: &[&str], delay_secs: f64) -> String {
    let mut out = format!("default_delay_secs = {delay_secs}\n");
    for e in entries {
        let list = |v: &[String]| v.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join(", ");
        let authority = e.base.split_once("://").map_or(e.base.as_str(), |(_, a)| a);
        let mut hosts = vec![format!("{:?}", authority.trim_end_matches('/'))];
        hosts.extend(extra_hosts.iter().map(|h| format!("{h:?}")));
        out.push_str("\n[[site]]\n");
        out.push_str(&format!("name = {:?}\n", e.site));
        if let Some(p) = &e.profile {
            out.push_str(&format!("profile = {p:?}\n"));
        }
        out.push_str(&format!("hosts = [{}]\n", hosts.join(", ")));
        out.push_str(&format!("feeds = [{}]\n", list(&e.feeds)));
        out.push_str(&format!("sitemaps = [{}]\n", list(&e.sitemaps)));
        out.push_str(&format!("listings = [{}]\n", list(&e.listings)));
        out.push_str(&format!("article_pattern = '{LOCAL_ARTICLE_PATTERN}'\n"));
        out.push_str(&format!("article_id_pattern = '{LOCAL_ARTICLE_PATTERN}'\n"));
        out.push_str(&format!("delay_secs = {delay_secs}\n"));
    }
    out
}
