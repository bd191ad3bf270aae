//! `vnmon documents`: the most reported documents of a period.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use vnmon::index::Index;
use vnmon::report::documents::{self, Request};
use vnmon::report::export;

use super::search::{non_blank, parse_date};
use super::{terminal_safe, Context};

/// Arguments of `vnmon documents`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles published on or after this date (YYYY-MM-DD, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    since: Option<NaiveDate>,
    /// Articles published on or before this date (YYYY-MM-DD, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    until: Option<NaiveDate>,
    /// How many documents, at most 10000
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    top: u32,
    /// Only this kind: chi-thi, nghi-quyet, ke-hoach, quyet-dinh, nghi-dinh, ket-luan, … (or the
    /// kind in words)
    #[arg(long, value_parser = non_blank)]
    kind: Option<String>,
    /// Only documents of this issuer (any spelling, diacritics optional)
    #[arg(long, value_parser = non_blank)]
    issuer: Option<String>,
    /// One JSON object per document (JSON Lines)
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV with a header row
    #[arg(long)]
    csv: bool,
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    if let (Some(f), Some(t)) = (args.since, args.until) {
        anyhow::ensure!(f <= t, "the date range is empty: since {f} is after until {t}");
    }
    let index = Index::open_read_only(&ctx.index_dir)?;
    let req = Request {
        since: args.since,
        until: args.until,
        top: args.top as usize,
        kind: args.kind.clone(),
        issuer: args.issuer.clone(),
    };
    let list = documents::documents(&index, &req)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        for l in &list {
            serde_json::to_writer(&mut out, &export::listed_json(l))?;
            writeln!(out)?;
        }
    } else if args.csv {
        let (header, rows) = export::listed_rows(&list);
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(&header)?;
        for r in rows {
            w.write_record(r.iter().map(|c| terminal_safe(c)))?;
        }
        w.flush()?;
    } else {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_header(vec!["document", "issuer", "issued", "articles", "outlets", "first report"]);
        for l in &list {
            let d = &l.document;
            let first = l
                .first
                .as_ref()
                .map(|(m, site, _, _)| format!("{} {}", m.display(), terminal_safe(site)))
                .unwrap_or_default();
            t.add_row(vec![
                terminal_safe(&d.label),
                terminal_safe(&d.issuer_display),
                d.issued.map(|i| i.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                l.articles.to_string(),
                l.outlets.to_string(),
                first,
            ]);
        }
        writeln!(out, "{t}")?;
    }
    out.flush()?;
    Ok(if list.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
