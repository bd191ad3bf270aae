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
use vnmon::crawl::config::{self, CrawlConfig};
use vnmon::crawl::{
    self, CrawlFlags, CrawlIo, CrawlPlan, CrawlSummary, Event, Shutdown, SiteStats,
};

use super::{redact_credentials, terminal_safe, Context};

/// Arguments of `vnmon crawl`. Settings given here beat the configuration file's, which beat
/// the defaults (`--dry-run` shows the result and where each value came from).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Site configuration (TOML) [default: the bundled seeds/sites.toml]
    #[arg(long, value_name = "FILE", conflicts_with = "seeds")]
    config: Option<PathBuf>,
    /// Crawl only these sites of the configuration (repeatable)
    #[arg(long = "site", value_name = "NAME")]
    sites: Vec<String>,
    /// Ad hoc crawl of a site without a profile, from this page (repeatable)
    #[arg(long = "seed", value_name = "URL")]
    seeds: Vec<String>,
    /// Seconds between two requests to one origin, for every site [file: delay_secs,
    /// default_delay_secs; default 1]
    #[arg(long, value_name = "SECS", allow_negative_numbers = true)]
    delay: Option<f64>,
    /// Only articles published on or after this date (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    since: Option<NaiveDate>,
    /// Stop after fetching this many article pages [file: max_pages; default no limit]
    #[arg(long, value_name = "N")]
    max_pages: Option<usize>,
    /// Crawl state: SQLite database and WARC archive [env VNMON_STATE]
    #[arg(long, value_name = "DIR", env = "VNMON_STATE", default_value = "state")]
    state: PathBuf,
    /// Requests in flight across all origins [file: concurrency; default 8]
    #[arg(long, value_name = "N")]
    concurrency: Option<usize>,
    /// User-Agent header [file: user_agent; default: vnmon's own, with a contact URL]
    #[arg(long)]
    user_agent: Option<String>,
    /// Limit on one HTTP attempt, in seconds [file: timeout_secs; default 30]
    #[arg(long, value_name = "SECS", allow_negative_numbers = true)]
    timeout: Option<f64>,
    /// Largest accepted response body after decompression [file: max_body_bytes; default 10 MiB]
    #[arg(long, value_name = "BYTES")]
    max_body_bytes: Option<usize>,
    /// Allow private, loopback and link-local addresses (local test servers)
    #[arg(long)]
    allow_private: bool,
    /// Commit the index after this many new documents (and at least every 10 s) [default 500]
    #[arg(long, value_name = "N")]
    commit_every: Option<usize>,
    /// Print the resolved plan (sites, seeds, delays, concurrency, limits) and exit
    #[arg(long)]
    dry_run: bool,
}

/// Arguments of `vnmon reindex`.
#[derive(Debug, clap::Args)]
pub struct ReindexArgs {
    /// Crawl state directory whose WARC archive is read [env VNMON_STATE]
    #[arg(long, value_name = "DIR", env = "VNMON_STATE", default_value = "state")]
    state: PathBuf,
    /// Site configuration whose URL rules identify documents [default: the bundled one]
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Replace the index even when the rebuilt one holds fewer documents
    #[arg(long)]
    force: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("expected YYYY-MM-DD, got {s:?}"))
}

/// The configuration file named by `--config`, or the bundled one.
pub fn load_config(path: Option<&Path>) -> anyhow::Result<CrawlConfig> {
    match path {
        Some(path) => {
            CrawlConfig::from_file(path).with_context(|| format!("cannot load {}", path.display()))
        }
        None => CrawlConfig::bundled().context("bundled site configuration"),
    }
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let config = if args.seeds.is_empty() {
        load_config(args.config.as_deref())?
    } else {
        let mut seeds = Vec::new();
        for seed in &args.seeds {
            seeds.push(config::parse_seed(seed).map_err(|e| anyhow::anyhow!("--seed {e}"))?);
        }
        config::adhoc(&seeds, None)
    };
    let flags = CrawlFlags {
        sites: args.sites.clone(),
        since: args.since,
        max_pages: args.max_pages,
        delay_secs: args.delay,
        concurrency: args.concurrency,
        user_agent: args.user_agent.clone(),
        timeout_secs: args.timeout,
        max_body_bytes: args.max_body_bytes,
        allow_private: args.allow_private,
        commit_every: args.commit_every,
    };
    let plan = CrawlPlan::resolve(config, &flags)?;
    if args.dry_run {
        // Seed URLs may carry credentials (`https://user:token@host/`): never shown.
        print!("{}", redact_credentials(&plan.to_string()));
        return Ok(ExitCode::SUCCESS);
    }
    let summary = run_crawl(ctx, &plan, &args.state)?;
    print_summary(&summary);
    let errors = summary.total().error_count();
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Runs a crawl on a fresh runtime with a live display on a terminal, logs otherwise. Ctrl-C
/// stops it cleanly: what was processed is committed, in-flight URLs stay queued.
pub fn run_crawl(ctx: &Context, plan: &CrawlPlan, state: &Path) -> anyhow::Result<CrawlSummary> {
    let mut indexer = plan
        .indexer(&ctx.index_dir)
        .with_context(|| format!("cannot open index {}", ctx.index_dir.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let (trigger, shutdown) = Shutdown::new();
    runtime.spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("interrupted: finishing the current batch (Ctrl-C again to abort)");
            trigger.trigger();
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    });
    let mut display = Display::new(std::io::stderr().is_terminal());
    let io =
        CrawlIo { state_dir: state, indexer: &mut indexer, profiles: &ctx.profiles, archive: None };
    let result = runtime.block_on(crawl::crawl(plan, io, shutdown, &mut |ev| display.event(ev)));
    display.finish();
    let summary = result?;
    indexer.finish()?;
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
                    let line = format!(
                        "level=info msg=fetched site={site} kind={kind} status={status} url={url}"
                    );
                    eprintln!("{}", terminal_safe(&redact_credentials(&line)));
                }
            }
            Event::Committed { documents } => {
                if self.multi.is_none() {
                    eprintln!("level=info msg=committed documents={documents}");
                }
            }
        }
    }

    /// Prints a log line, without credentials or control characters.
    fn log(&self, line: String) {
        let line = terminal_safe(&redact_credentials(&line));
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
        "unchanged",
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
            s.unchanged.to_string(),
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
/// ingest path and Indexer as `import`, with [`vnmon::index::rebuild`]: under the index's writer
/// lock, beside the old index, swapped in only when it holds at least as many documents (or with
/// `--force`); a folder that is neither empty nor an index is refused.
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
    let rules = std::sync::Arc::new(load_config(args.config.as_deref())?);
    let target = &ctx.index_dir;
    let heap = vnmon::index::indexer::WRITER_HEAP_BYTES;
    let rebuilt = vnmon::index::rebuild(target, rules, heap, args.force, |indexer| {
        vnmon::import::import_all(&inputs, &ctx.profiles, indexer, &mut |ev| {
            if let vnmon::import::Event::Failed { name, reason } = ev {
                eprintln!(
                    "{}",
                    terminal_safe(&redact_credentials(&format!("failed: {name}: {reason}")))
                );
            }
        })
    })
    .with_context(|| format!("reindex of {} from {}", target.display(), warc_dir.display()))?;
    let summary = rebuilt.built;
    eprintln!(
        "{} WARC files: {summary} → {} ({} documents, {} before)",
        files.len(),
        target.display(),
        rebuilt.new_docs,
        rebuilt.old_docs
    );
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
