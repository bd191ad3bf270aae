//! `vnmon demo`: the bundled seed sites served from an in-process server on 127.0.0.1, crawled
//! with the same code as a live crawl (robots.txt, feeds, sitemaps, listings, WARC, extraction,
//! index), then the question the tool exists for: which articles report on Chỉ thị 24-CT/TU?

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use vnmon::crawl::config::CrawlConfig;
use vnmon::crawl::{CrawlFlags, CrawlPlan};
use vnmon::index::{Index, SearchRequest};
use vnmon_sitesrv::fixtures::{self, SeedSource};
use vnmon_sitesrv::{crawlcfg, BackgroundServer};

use super::Context;

/// Arguments of `vnmon demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query to show after indexing
    #[arg(long, default_value = "Chỉ thị 24-CT/TU")]
    query: String,
    /// Crawl state (SQLite and WARC) of the demo crawl [env VNMON_STATE]
    #[arg(long, value_name = "DIR", env = "VNMON_STATE", default_value = "state")]
    state: PathBuf,
    /// Where the coverage charts go (SVG and PNG) [default: STATE/charts]
    #[arg(long, value_name = "DIR")]
    charts: Option<PathBuf>,
}

/// The hosts of the seed pages' canonical links: in scope, so documents keep those stable keys.
const SEED_HOSTS: [&str; 4] = [
    "dantri.seeds.vnmon.invalid",
    "baochinhphu.seeds.vnmon.invalid",
    "generic.seeds.vnmon.invalid",
    "laodongxahoi.seeds.vnmon.invalid",
];

/// The bundled seed pages with their manifest entries, as the site server takes them.
fn seed_sources() -> anyhow::Result<Vec<SeedSource>> {
    let manifest = vnmon::seeds::manifest().context("bundled seeds")?;
    let mut out = Vec::new();
    for p in manifest.page {
        let Some((_, body)) = vnmon::seeds::PAGES.iter().find(|(f, _)| *f == p.file) else {
            anyhow::bail!("bundled seeds: {} is in the manifest but not bundled", p.file);
        };
        let body = body.to_vec();
        out.push(SeedSource {
            file: p.file,
            url: p.url,
            profile: p.profile,
            published: p.published,
            body,
        });
    }
    Ok(out)
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let pages = seed_sources()?;
    let names = fixtures::seed_site_names(&pages).context("bundled seeds")?;
    let mut entries = Vec::new();
    let mut failure = None;
    let server =
        BackgroundServer::start_with(&names, |bases| match fixtures::seed_set(bases, &pages) {
            Ok(set) => {
                entries = set.entries;
                set.sites
            }
            Err(e) => {
                failure = Some(e);
                Vec::new()
            }
        })
        .context("cannot start the local seed server")?;
    if let Some(e) = failure {
        return Err(e).context("bundled seeds");
    }
    let toml = crawlcfg::crawl_config_toml(&entries, &SEED_HOSTS, 0.05);
    let config = CrawlConfig::from_toml(&toml).context("demo crawl configuration")?;
    let flags = CrawlFlags { allow_private: true, ..CrawlFlags::default() };
    let plan = CrawlPlan::resolve(config, &flags).context("demo crawl plan")?;
    // writeln!, not println!: output into a closed pipe is an error main ends quietly on, not a
    // panic.
    let stdout = std::io::stdout();
    writeln!(stdout.lock(), "serving {} seed sites on 127.0.0.1:", entries.len())?;
    for e in &entries {
        writeln!(stdout.lock(), "  {:<13} {}", e.site, e.base)?;
    }
    let summary = super::crawl::run_crawl(ctx, &plan, &args.state)?;
    drop(server);
    let t = summary.total();
    writeln!(
        stdout.lock(),
        "crawled: {} responses, {} articles indexed, {} updated, {} unchanged, {} duplicates, {} errors → {}\n",
        t.fetched,
        t.indexed,
        t.updated,
        t.unchanged,
        t.duplicates,
        t.error_count(),
        ctx.index_dir.display()
    )?;
    let index = Index::open(&ctx.index_dir)?;
    writeln!(stdout.lock(), "$ vnmon search {:?}\n", args.query)?;
    let results = index.search(&SearchRequest {
        query: args.query.clone(),
        limit: 10,
        ..SearchRequest::default()
    })?;
    let mut out = std::io::stdout().lock();
    super::search::write_results(&mut out, &results, ctx.color)?;
    // The question the tool exists for: how widely was it reported?
    let charts = args.charts.clone().unwrap_or_else(|| args.state.join("charts"));
    writeln!(
        out,
        "\n$ vnmon coverage {:?} --chain --plot {}\n",
        args.query,
        charts.join("coverage.svg").display()
    )?;
    let req = vnmon::report::coverage::Request {
        reference: args.query.clone(),
        chain_depth: 3,
        ..Default::default()
    };
    match vnmon::report::coverage::coverage(&index, &req) {
        Ok(report) => {
            super::coverage::write_text(&mut out, &report, true)?;
            let mut written = Vec::new();
            for name in ["coverage.svg", "coverage.png"] {
                written.extend(super::coverage::write_charts(&report, &charts.join(name))?);
            }
            writeln!(out, "\ncharts written:")?;
            for p in written {
                writeln!(out, "  {}", p.display())?;
            }
        }
        // Not a reference (a free-text --query): the search above is the answer.
        Err(vnmon::report::coverage::CoverageError::NotAReference(_)) => {}
        Err(e) => writeln!(out, "coverage: {e}")?,
    }
    Ok(if t.error_count() > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
