//! `vnmon entities`: the most mentioned documents, officials or units, with article and outlet
//! counts.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use vnmon::index::Index;
use vnmon::report::{self, EntityCount, EntityKind};

use super::{terminal_safe, Context};

/// Entity kinds on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Official document references
    Documents,
    /// Named officials
    Officials,
    /// Units (organisations)
    Units,
}

/// Arguments of `vnmon entities`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which entities to list
    #[arg(long, value_enum, default_value_t = Kind::Documents)]
    kind: Kind,
    /// How many to list
    #[arg(long, default_value_t = 20)]
    top: usize,
    /// One JSON object per entity (JSON Lines)
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV with a header row
    #[arg(long)]
    csv: bool,
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let kind = match args.kind {
        Kind::Documents => EntityKind::Documents,
        Kind::Officials => EntityKind::Officials,
        Kind::Units => EntityKind::Units,
    };
    let index = Index::open_read_only(&ctx.index_dir)?;
    let mut rows = report::top_entities(&index, kind, args.top)?;
    for r in &mut rows {
        // Labels and details come from pages: nothing in them may reach the terminal as control.
        for text in [&mut r.key, &mut r.label, &mut r.detail] {
            *text = terminal_safe(text);
        }
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        for r in &rows {
            let v = serde_json::json!({
                "key": r.key, "label": r.label, "detail": r.detail,
                "mentions": r.mentions, "articles": r.articles, "outlets": r.outlets,
            });
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
        }
    } else if args.csv {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(["key", "label", "detail", "mentions", "articles", "outlets"])?;
        for r in &rows {
            w.write_record([
                r.key.clone(),
                r.label.clone(),
                r.detail.clone(),
                r.mentions.to_string(),
                r.articles.to_string(),
                r.outlets.to_string(),
            ])?;
        }
        w.flush()?;
    } else {
        writeln!(out, "{}", table(kind, &rows))?;
    }
    Ok(if rows.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn table(kind: EntityKind, rows: &[EntityCount]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    let detail = match kind {
        EntityKind::Documents => "issuer",
        EntityKind::Officials => "title",
        EntityKind::Units => "canonical",
    };
    t.set_header(vec![kind.name(), detail, "articles", "outlets", "mentions"]);
    for r in rows {
        let d = if kind == EntityKind::Units { r.key.clone() } else { r.detail.clone() };
        t.add_row(vec![
            r.label.clone(),
            d,
            r.articles.to_string(),
            r.outlets.to_string(),
            r.mentions.to_string(),
        ]);
    }
    t
}
