//! `vnmon crawl` and `vnmon reindex`: the crawler's command line, progress display and summary.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use chrono::NaiveDate;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use url::Url;
use vnmon::crawl::config::{self, CrawlConfig};
use vnmon::crawl::{self, CrawlOptions, CrawlSummary, Event, SiteStats};
use vnmon::index::Index;

use super::Context;

/// Arguments of `vnmon crawl`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Site configuration (TOML)
    #[arg(long, default_value = "seeds/sites.toml", conflicts_with = "seeds")]
    config: PathBuf,
    /// Crawl only these sites of the configuration (repeatable)
    #[arg(long = "site", value_name = "NAME")]
    sites: Vec<String>,
    /// Ad hoc crawl of a site without a profile, from this page (repeatable)
    #[arg(long = "seed", value_name = "URL")]
    seeds: Vec<Url>,
    /// Seconds between two requests to one host (ad hoc crawls; configured sites set their own)
    #[arg(long, value_name = "SECS")]
    delay: Option<f64>,
    /// Only articles published on or after this date (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    since: Option<NaiveDate>,
    /// Stop after fetching this many article pages
    #[arg(long, value_name = "N")]
    max_pages: Option<usize>,
    /// Crawl state: SQLite database and WARC archive [env VNMON_STATE]
    #[arg(long, value_name = "DIR", env = "VNMON_STATE", default_value = "state")]
    state: PathBuf,
    /// Requests in flight across all hosts
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// User-Agent header (default: vnmon's own, with a contact URL)
    #[arg(long)]
    user_agent: Option<String>,
    /// Allow private, loopback and link-local addresses (local test servers)
    #[arg(long)]
    allow_private: bool,
    /// Commit the index after this many new documents (and at least every 10 s)
    #[arg(long, value_name = "N", default_value_t = 500)]
    commit_every: usize,
}

/// Arguments of `vnmon reindex`.
#[derive(Debug, clap::Args)]
pub struct ReindexArgs {
    /// Crawl state directory whose WARC archive is read [env VNMON_STATE]
    #[arg(long, value_name = "DIR", env = "VNMON_STATE", default_value = "state")]
    state: PathBuf,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("expected YYYY-MM-DD, got {s:?}"))
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let config = if args.seeds.is_empty() {
        CrawlConfig::from_file(&args.config)
            .with_context(|| format!("cannot load {}", args.config.display()))?
    } else {
        config::adhoc(&args.seeds, args.delay)
    };
    let mut opts = CrawlOptions {
        sites: args.sites.clone(),
        since: args.since,
        max_pages: args.max_pages,
        concurrency: args.concurrency.max(1),
        commit_every: args.commit_every.max(1),
        ..CrawlOptions::default()
    };
    opts.fetch.allow_private = args.allow_private;
    if let Some(ua) = &args.user_agent {
        opts.fetch.user_agent = ua.clone();
    }
    let summary = run_crawl(ctx, &config, &opts, &args.state)?;
    print_summary(&summary);
    let errors = summary.total().error_count();
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Runs a crawl on a fresh runtime with a live display on a terminal, logs otherwise.
pub fn run_crawl(
    ctx: &Context,
    config: &CrawlConfig,
    opts: &CrawlOptions,
    state: &Path,
) -> anyhow::Result<CrawlSummary> {
    let index = Index::open_or_create(&ctx.index_dir)
        .with_context(|| format!("cannot open index {}", ctx.index_dir.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let mut display = Display::new(std::io::stderr().is_terminal());
    let summary =
        runtime.block_on(crawl::crawl(config, opts, &ctx.profiles, &index, state, &mut |ev| {
            display.event(ev)
        }))?;
    display.finish();
    Ok(summary)
}

/// Live progress: one line per site on a terminal; `key=value` log lines otherwise.
struct Display {
    multi: Option<MultiProgress>,
    bars: BTreeMap<String, ProgressBar>,
    started: std::time::Instant,
}

impl Display {
    fn new(tty: bool) -> Display {
        Display {
            multi: tty.then(MultiProgress::new),
            bars: BTreeMap::new(),
            started: std::time::Instant::now(),
        }
    }

    fn event(&mut self, ev: Event<'_>) {
        match ev {
            Event::Progress { sites, pending } => {
                let Some(multi) = &self.multi else { return };
                let secs = self.started.elapsed().as_secs_f64().max(0.001);
                for (name, s) in sites {
                    let bar = self.bars.entry(name.clone()).or_insert_with(|| {
                        let bar = multi.add(ProgressBar::new_spinner());
                        bar.set_style(
                            ProgressStyle::with_template("{spinner} {prefix:<16} {wide_msg}")
                                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                        );
                        bar.set_prefix(name.clone());
                        bar.enable_steady_tick(Duration::from_millis(120));
                        bar
                    });
                    bar.set_message(format!(
                        "fetched {:>6}  indexed {:>6}  errors {:>4}  {:.1}/s",
                        s.fetched,
                        s.indexed + s.updated,
                        s.error_count(),
                        s.fetched as f64 / secs
                    ));
                }
                if let Some(first) = self.bars.values().next() {
                    first.set_message(format!("{} · queued {pending}", first.message()));
                }
            }
            Event::Failed { site, url, kind, reason } => {
                let line = format!("level=warn msg=\"fetch failed\" site={site} kind={kind} url={url} reason={reason:?}");
                self.log(line);
            }
            Event::Fetched { site, url, kind, status } => {
                if self.multi.is_none() {
                    let status = status.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
                    eprintln!(
                        "level=info msg=fetched site={site} kind={kind} status={status} url={url}"
                    );
                }
            }
            Event::Committed { documents } => {
                if self.multi.is_none() {
                    eprintln!("level=info msg=committed documents={documents}");
                }
            }
        }
    }

    fn log(&self, line: String) {
        match &self.multi {
            Some(m) => {
                let _ = m.println(line);
            }
            None => eprintln!("{line}"),
        }
    }

    fn finish(&mut self) {
        for bar in self.bars.values() {
            bar.finish_and_clear();
        }
    }
}

fn print_summary(summary: &CrawlSummary) {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec![
        "site",
        "fetched",
        "indexed",
        "updated",
        "not modified",
        "duplicates",
        "skipped",
        "errors",
    ]);
    let row = |name: &str, s: &SiteStats| {
        let errors = if s.errors.is_empty() {
            "0".to_string()
        } else {
            s.errors.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
        };
        vec![
            name.to_string(),
            s.fetched.to_string(),
            s.indexed.to_string(),
            s.updated.to_string(),
            s.not_modified.to_string(),
            s.duplicates.to_string(),
            s.skipped.to_string(),
            errors,
        ]
    };
    for (name, s) in &summary.sites {
        t.add_row(row(name, s));
    }
    if summary.sites.len() > 1 {
        t.add_row(row("total", &summary.total()));
    }
    eprintln!("{t}");
    eprintln!(
        "crawl finished in {:.1} s; {} URLs still queued{}",
        summary.elapsed.as_secs_f64(),
        summary.pending,
        if summary.resumed > 0 {
            format!("; resumed {} URLs left in flight by an earlier run", summary.resumed)
        } else {
            String::new()
        }
    );
}

/// `vnmon reindex`: rebuilds the index from the crawl's WARC archive alone, through the same
/// ingest path as `import`. The new index is built beside the old one and swapped in at the end.
pub fn reindex(ctx: &Context, args: ReindexArgs) -> anyhow::Result<ExitCode> {
    let warc_dir = args.state.join(crawl::WARC_DIR);
    let mut files: Vec<PathBuf> = Vec::new();
    let entries = std::fs::read_dir(&warc_dir)
        .with_context(|| format!("no archive at {}", warc_dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with(".warc.gz") || name.ends_with(".warc.gz.open") || name.ends_with(".warc")
        {
            files.push(path);
        }
    }
    files.sort();
    let inputs: Vec<vnmon::import::Input> =
        files.iter().cloned().map(vnmon::import::Input::Warc).collect();
    let target = &ctx.index_dir;
    let fresh = sibling(target, "rebuild");
    if fresh.try_exists()? {
        std::fs::remove_dir_all(&fresh)?;
    }
    let index = Index::open_or_create(&fresh)?;
    let mut writer = index.writer(200 * 1024 * 1024)?;
    let summary = vnmon::import::import_all(&inputs, &ctx.profiles, &mut writer, &mut |ev| {
        if let vnmon::import::Event::Failed { name, reason } = ev {
            eprintln!("failed: {name}: {reason}");
        }
    })?;
    drop(writer);
    drop(index);
    let old = sibling(target, "old");
    if target.try_exists()? {
        if old.try_exists()? {
            std::fs::remove_dir_all(&old)?;
        }
        std::fs::rename(target, &old)?;
    }
    std::fs::rename(&fresh, target)?;
    if old.try_exists()? {
        std::fs::remove_dir_all(&old)?;
    }
    eprintln!("{} WARC files: {summary} → {}", files.len(), target.display());
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name =
        dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "index".into());
    dir.with_file_name(format!("{name}.{suffix}"))
}
