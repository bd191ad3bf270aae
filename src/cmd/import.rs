//! `vnmon import`: saved pages and WARC files into the index, with progress and a summary.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use vnmon::import::{self, Event};
use vnmon::index::indexer::WRITER_HEAP_BYTES;
use vnmon::index::{Added, Indexer};

use super::{redact_credentials, terminal_safe, Context};

/// Arguments of `vnmon import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// HTML files, folders of them (a manifest.toml gives URLs), WARC files (.warc, .warc.gz)
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// URL of the page when a single HTML file is given
    #[arg(long)]
    url: Option<String>,
    /// Print every page as it is indexed
    #[arg(short, long)]
    verbose: bool,
    /// Site configuration whose URL rules (article ids) identify documents, as in a crawl
    /// [default: the bundled seeds/sites.toml]
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let inputs = import::collect(&args.paths, args.url.as_deref())?;
    let rules = std::sync::Arc::new(super::crawl::load_config(args.config.as_deref())?);
    let mut indexer = Indexer::open_with(&ctx.index_dir, rules, WRITER_HEAP_BYTES)
        .with_context(|| format!("cannot open index {}", ctx.index_dir.display()))?;
    // Progress in bytes of input (a WARC of a million pages is one file), with the rate in
    // pages and the ETA from the bytes still to read.
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(import::input_bytes(&inputs));
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} [{bar:30}] {percent:>3}% {binary_bytes}/{binary_total_bytes} · {msg} · ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let started = std::time::Instant::now();
    let mut pages = 0u64;
    let verbose = args.verbose;
    // Names, keys and reasons come from files and pages: no control characters, no credentials.
    let say = |line: String| eprintln!("{}", terminal_safe(&redact_credentials(&line)));
    let summary = import::import_all(&inputs, &ctx.profiles, &mut indexer, &mut |ev| match ev {
        Event::InputDone(_) => {}
        Event::Indexed { name, added, key, read } => {
            pages += 1;
            bar.set_position(read);
            if pages % 64 == 1 {
                let rate = pages as f64 / started.elapsed().as_secs_f64().max(1e-3);
                bar.set_message(format!("{pages} pages, {rate:.0} pages/s"));
            }
            if verbose {
                let what = match added {
                    Added::New => "added".to_string(),
                    Added::Replaced => "updated".to_string(),
                    Added::Earlier { of } => format!("original of {of}, which it replaced"),
                    Added::Unchanged => "unchanged".to_string(),
                    Added::Duplicate { of, by } => format!("duplicate ({by}) of {of}"),
                };
                bar.suspend(|| say(format!("{what}: {name} → {key}")));
            }
        }
        Event::Refused { name, reason } => {
            bar.suspend(|| say(format!("skipped: {name}: {reason}")))
        }
        Event::Skipped { name, reason } => {
            if verbose {
                bar.suspend(|| say(format!("skipped: {name}: {reason}")));
            }
        }
        Event::Failed { name, reason } => bar.suspend(|| say(format!("failed: {name}: {reason}"))),
    })?;
    bar.finish_and_clear();
    indexer.finish()?;
    eprintln!("{summary} → {}", ctx.index_dir.display());
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
