//! `vnmon demo`: the bundled seed sites into the index, then the question the tool exists for:
//! which articles report on Chỉ thị 24-CT/TU?

use std::process::ExitCode;

use anyhow::Context as _;
use vnmon::import::{self, Event};
use vnmon::index::{Index, SearchRequest};

use super::Context;

/// Arguments of `vnmon demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query to show after indexing
    #[arg(long, default_value = "Chỉ thị 24-CT/TU")]
    query: String,
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let inputs = vnmon::seeds::inputs().context("bundled seeds")?;
    let index = Index::open_or_create(&ctx.index_dir)
        .with_context(|| format!("cannot open index {}", ctx.index_dir.display()))?;
    let mut writer = index.writer(50 * 1024 * 1024)?;
    println!("indexing {} bundled seed pages into {}", inputs.len(), ctx.index_dir.display());
    let summary = import::import_all(&inputs, &ctx.profiles, &mut writer, &mut |ev| {
        if let Event::Indexed { name, .. } = ev {
            println!("  indexed {name}");
        }
        if let Event::Failed { name, reason } = ev {
            eprintln!("  failed {name}: {reason}");
        }
    })?;
    println!("{summary}\n");
    drop(writer);
    let index = Index::open(&ctx.index_dir)?;
    println!("$ vnmon search {:?}\n", args.query);
    let results = index.search(&SearchRequest {
        query: args.query.clone(),
        limit: 10,
        ..SearchRequest::default()
    })?;
    let mut out = std::io::stdout().lock();
    super::search::write_results(&mut out, &results, ctx.color)?;
    Ok(if summary.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
