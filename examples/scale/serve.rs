//! The crawl benchmark's world as a server of its own, so vnmon and a Scrapy spider crawl the
//! same pages: `HOSTS` loopback origins with `PAGES` article pages each (about `PAGE_BYTES`
//! bytes, site templates rotating between hosts, related boxes, inline CSS and script), one
//! sitemap per host named in robots.txt.

use std::path::Path;

use vnmon_sitesrv::fixtures;
use vnmon_sitesrv::{crawlcfg, BackgroundServer};

/// Serves until the process is killed; writes `DIR/crawl.toml` (vnmon's site configuration,
/// delay 0) and `DIR/sitemaps.txt` (one sitemap URL per line), then prints `ready`.
pub fn serve(hosts: usize, pages: usize, dir: &Path) -> anyhow::Result<()> {
    let page_bytes =
        std::env::var("PAGE_BYTES").ok().and_then(|s| s.parse().ok()).unwrap_or(150_000);
    let names = fixtures::synthetic_site_names(hosts);
    let server = BackgroundServer::start_with(&names, |bases| {
        fixtures::synthetic_sites(bases, pages, page_bytes)
    })?;
    let bases = server.base_urls();
    let entries = fixtures::synthetic_entry_points(&names, &bases);
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("crawl.toml"), crawlcfg::crawl_config_toml(&entries, &[], 0.0))?;
    let sitemaps: Vec<String> = entries.iter().flat_map(|e| e.sitemaps.clone()).collect();
    std::fs::write(dir.join("sitemaps.txt"), sitemaps.join("\n") + "\n")?;
    println!("ready");
    loop {
        std::thread::park();
    }
}
