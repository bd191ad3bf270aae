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
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} files {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let verbose = args.verbose;
    // Names, keys and reasons come from files and pages: no control characters, no credentials.
    let say = |line: String| eprintln!("{}", terminal_safe(&redact_credentials(&line)));
    let summary = import::import_all(&inputs, &ctx.profiles, &mut indexer, &mut |ev| match ev {
        Event::InputDone(_) => bar.inc(1),
        Event::Indexed { name, added, key } => {
            bar.set_message(terminal_safe(name));
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
