//! Crawl throughput: `vnmon::crawl::crawl` against the local synthetic server with 100 hosts,
//! politeness delay 0, ~150 KB pages. Every page is fetched, archived (gzip WARC), decoded,
//! extracted, run through the entity extractors and indexed: the whole live-crawl path.
//!
//! `cargo bench --bench crawl_throughput [-- HOSTS PAGES_PER_HOST PAGE_BYTES CONCURRENCY]`
//! (defaults 100 30 150000 32). Prints pages/s and the process's peak RSS. The server runs in
//! the same process on one thread, so the 2 cores are shared between server and crawler.

use std::time::Instant;

use vnmon::crawl::config::CrawlConfig;
use vnmon::crawl::{self, CrawlFlags, CrawlIo, CrawlPlan, Shutdown};
use vnmon::extract::Profiles;
use vnmon_sitesrv::fixtures;
use vnmon_sitesrv::{crawlcfg, BackgroundServer};

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    for line in status.lines() {
        if let Some(v) = line.strip_prefix("VmHWM:") {
            let kb: f64 = v.trim().trim_end_matches("kB").trim().parse().unwrap_or(0.0);
            return kb / 1024.0;
        }
    }
    0.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let hosts = args.first().copied().unwrap_or(100);
    let per_host = args.get(1).copied().unwrap_or(30);
    let page_bytes = args.get(2).copied().unwrap_or(150_000);
    let concurrency = args.get(3).copied().unwrap_or(32);

    let names = fixtures::synthetic_site_names(hosts);
    let server = BackgroundServer::start_with(&names, |bases| {
        fixtures::synthetic_sites(bases, per_host, page_bytes)
    })?;
    let bases = server.base_urls();
    let entries = fixtures::synthetic_entry_points(&names, &bases);
    let config = CrawlConfig::from_toml(&crawlcfg::crawl_config_toml(&entries, &[], 0.0))?;
    let dir = tempfile::tempdir()?;
    let flags = CrawlFlags {
        concurrency: Some(concurrency),
        allow_private: true,
        delay_secs: Some(0.0),
        ..CrawlFlags::default()
    };
    let plan = CrawlPlan::resolve(config, &flags)?;
    let mut indexer = plan.indexer(&dir.path().join("index"))?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let started = Instant::now();
    let profiles = Profiles::builtin();
    let io = CrawlIo {
        state_dir: &dir.path().join("state"),
        indexer: &mut indexer,
        profiles: &profiles,
        archive: None,
    };
    let summary = rt.block_on(crawl::crawl(&plan, io, Shutdown::never(), &mut |_| {}))?;
    indexer.finish()?;
    let secs = started.elapsed().as_secs_f64();
    let t = summary.total();
    let warc_bytes: u64 = std::fs::read_dir(dir.path().join("state").join(crawl::WARC_DIR))?
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "hosts {hosts}, pages/host {per_host}, page ~{} KB, concurrency {concurrency}",
        page_bytes / 1000
    );
    println!(
        "articles indexed {} of {} responses ({} errors) in {secs:.1} s: {:.0} pages/s fetched, archived, extracted and indexed",
        t.indexed,
        t.fetched,
        t.error_count(),
        t.indexed as f64 / secs
    );
    println!("WARC written: {:.0} MB (gzip)", warc_bytes as f64 / 1e6);
    println!("peak RSS (server + crawler, one process): {:.0} MB", peak_rss_mb());
    Ok(())
}
