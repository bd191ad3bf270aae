//! `vnmon coverage REF`: how widely a document was reported, as text, JSON or CSV, with charts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use clap::ValueEnum;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use vnmon::index::Index;
use vnmon::report::coverage::{self, ChainNode, Coverage, CoverageError, Request};
use vnmon::report::time::Bucket;
use vnmon::report::{charts, export};

use super::search::{non_blank, parse_date};
use super::{terminal_safe, Context};

/// Timeline bucket on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// Calendar days
    Day,
    /// ISO weeks (Monday to Sunday)
    Week,
    /// Calendar months
    Month,
}

/// Arguments of `vnmon coverage`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document: "Chỉ thị 24-CT/TU", "24-CT/TU", "chi thi 24 ct/tu", or a short form
    /// ("Chỉ thị 24")
    #[arg(value_name = "REF")]
    reference: String,
    /// Pick among documents sharing the number: issuer, any spelling ("Thành ủy Hà Nội", "ha noi")
    #[arg(long, value_parser = non_blank)]
    issuer: Option<String>,
    /// Pick among documents sharing the number: year of issue
    #[arg(long, value_parser = clap::value_parser!(i32).range(1900..=2199))]
    year: Option<i32>,
    /// Articles published on or after this date (YYYY-MM-DD, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    from: Option<NaiveDate>,
    /// Articles published on or before this date (YYYY-MM-DD, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    to: Option<NaiveDate>,
    /// Timeline bucket
    #[arg(long, value_enum, default_value_t = By::Week)]
    by: By,
    /// Only this outlet (host or URL)
    #[arg(long, value_parser = non_blank)]
    site: Option<String>,
    /// Follow the implementation chain: documents issued to carry it out, and theirs
    #[arg(long)]
    chain: bool,
    /// The report as one JSON object
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// The timeline as CSV (one row per bucket); with --articles, one row per article
    #[arg(long)]
    csv: bool,
    /// With --csv: one row per article (date, outlet, title, URL, mentions, copy group)
    #[arg(long, requires = "csv")]
    articles: bool,
    /// Write the timeline chart (stacked by outlet) to FILE.svg or FILE.png, and the outlets
    /// chart beside it (FILE-outlets.svg|png)
    #[arg(long, value_name = "FILE")]
    plot: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let site = match args.site.as_deref() {
        Some(s) => Some(vnmon::index::site_filter_key(s).ok_or_else(|| {
            anyhow::anyhow!("site `{s}` is not a host name (e.g. dantri.com.vn)")
        })?),
        None => None,
    };
    if let (Some(f), Some(t)) = (args.from, args.to) {
        anyhow::ensure!(f <= t, "the date range is empty: from {f} is after to {t}");
    }
    if let Some(plot) = &args.plot {
        chart_kind(plot)?;
    }
    let index = Index::open_read_only(&ctx.index_dir)?;
    let req = Request {
        reference: args.reference.clone(),
        issuer: args.issuer.clone(),
        year: args.year,
        from: args.from,
        to: args.to,
        site,
        by: match args.by {
            By::Day => Bucket::Day,
            By::Week => Bucket::Week,
            By::Month => Bucket::Month,
        },
        all_titles: args.articles || args.json,
        chain_depth: if args.chain { 3 } else { 1 },
    };
    let report = match coverage::coverage(&index, &req) {
        Ok(r) => r,
        Err(CoverageError::Ambiguous { reference, candidates }) => {
            let mut err = std::io::stderr().lock();
            writeln!(
                err,
                "vnmon: {} documents match {}; pick one with --issuer or --year:",
                candidates.len(),
                terminal_safe(&reference)
            )?;
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            t.set_header(vec!["document", "issuer", "year", "articles", "outlets"]);
            for c in &candidates {
                let d = &c.document;
                let issuer = match (d.issuer_display.as_str(), d.issuer_resolved) {
                    ("", _) => "(not stated)".to_string(),
                    (i, true) => i.to_string(),
                    (i, false) => format!("{i} (locality unknown)"),
                };
                t.add_row(vec![
                    terminal_safe(&d.label),
                    terminal_safe(&issuer),
                    d.year.map(|y| y.to_string()).unwrap_or_else(|| "?".into()),
                    c.articles.to_string(),
                    c.outlets.to_string(),
                ]);
            }
            writeln!(err, "{t}")?;
            return Ok(ExitCode::from(1));
        }
        Err(e @ CoverageError::NotFound(_)) => {
            eprintln!("vnmon: {}", terminal_safe(&e.to_string()));
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(e.into()),
    };
    let mut out = std::io::stdout().lock();
    let written = match &args.plot {
        Some(path) => write_charts(&report, path)?,
        None => Vec::new(),
    };
    if args.json {
        serde_json::to_writer_pretty(&mut out, &export::coverage_json(&report))?;
        writeln!(out)?;
    } else if args.csv {
        let (header, rows) = if args.articles {
            export::articles_rows(&report)
        } else {
            export::timeline_rows(&report)
        };
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(&header)?;
        for r in rows {
            w.write_record(r.iter().map(|c| terminal_safe(c)))?;
        }
        w.flush()?;
    } else {
        write_text(&mut out, &report, args.chain)?;
    }
    for path in written {
        // On stderr when stdout carries data, so the data stays clean.
        if args.json || args.csv {
            eprintln!("chart written to {}", path.display());
        } else {
            writeln!(out, "chart written to {}", path.display())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The chart format of a path: `svg` or `png`.
fn chart_kind(path: &Path) -> anyhow::Result<&'static str> {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("svg") => Ok("svg"),
        Some("png") => Ok("png"),
        _ => anyhow::bail!("--plot {}: the file name must end in .svg or .png", path.display()),
    }
}

/// Writes the timeline to `path` and the outlets chart beside it; returns both paths.
pub fn write_charts(report: &Coverage, path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let kind = chart_kind(path)?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("coverage");
    let outlets_path = path.with_file_name(format!("{stem}-outlets.{kind}"));
    let svgs = [
        (path.to_path_buf(), vnmon::report::chart::timeline_svg(&charts::timeline(report))),
        (outlets_path, vnmon::report::chart::bars_svg(&charts::outlets(report))),
    ];
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let mut written = Vec::new();
    for (p, svg) in svgs {
        let bytes = if kind == "png" {
            vnmon::report::chart::svg_to_png(&svg, 2.0)
                .with_context(|| format!("cannot render {}", p.display()))?
        } else {
            svg.into_bytes()
        };
        std::fs::write(&p, bytes).with_context(|| format!("cannot write {}", p.display()))?;
        written.push(p);
    }
    Ok(written)
}

/// "1 article", "4 articles".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn date_or_dash(m: Option<vnmon::report::time::Moment>) -> String {
    m.map(|m| m.display()).unwrap_or_else(|| "-".into())
}

/// The report as text.
pub fn write_text(out: &mut impl Write, c: &Coverage, chain: bool) -> anyhow::Result<()> {
    let d = &c.document;
    let safe = |s: &str| terminal_safe(s);
    let mut head = safe(&d.label);
    if !d.issuer_display.is_empty() {
        head.push_str(&format!(" — {}", safe(&d.issuer_display)));
        if !d.issuer_resolved {
            head.push_str(" (locality not stated)");
        }
    }
    if let Some(i) = d.issued {
        head.push_str(&format!(", ban hành {}", i.format("%Y-%m-%d")));
    }
    writeln!(out, "{head}")?;
    let first = c.articles.first();
    let last = c.articles.iter().rev().find(|a| a.published.is_some());
    writeln!(
        out,
        "{} in {} · {}, {} · first {} · last {}",
        count(c.articles.len(), "article", "articles"),
        count(c.outlets.len(), "outlet", "outlets"),
        count(c.originals, "original", "originals"),
        count(c.articles.len() - c.originals, "copy", "copies"),
        date_or_dash(first.and_then(|a| a.published)),
        date_or_dash(last.and_then(|a| a.published)),
    )?;
    let why: Vec<String> = c
        .grouping
        .iter()
        .map(|(w, n)| format!("{n} {}", w.name()))
        .chain((c.unattached > 0).then(|| format!("{} left out (ambiguous)", c.unattached)))
        .collect();
    writeln!(out, "grouped by id, issuer and year: {}", why.join(", "))?;
    for o in &c.others {
        writeln!(
            out,
            "  not this document: {} {} {} ({} articles)",
            safe(&o.document.label),
            safe(&o.document.issuer_display),
            o.document.year.map(|y| y.to_string()).unwrap_or_default(),
            o.articles
        )?;
    }
    if let (Some(f), Some(l)) = (first, last) {
        writeln!(
            out,
            "first report: {} · {} · {}",
            date_or_dash(f.published),
            safe(&f.site),
            safe(&f.title)
        )?;
        writeln!(out, "              {}", safe(&f.url))?;
        writeln!(
            out,
            "last report:  {} · {} · {}",
            date_or_dash(l.published),
            safe(&l.site),
            safe(&l.title)
        )?;
        writeln!(out, "              {}", safe(&l.url))?;
    }
    writeln!(out, "\nOutlets")?;
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["outlet", "articles", "originals", "first report", "last report"]);
    for o in &c.outlets {
        t.add_row(vec![
            safe(&o.site),
            o.articles.to_string(),
            o.originals.to_string(),
            date_or_dash(c.articles[o.first].published),
            date_or_dash(c.articles[o.last].published),
        ]);
    }
    writeln!(out, "{t}")?;
    writeln!(
        out,
        "\nTimeline (by {}; attention = share of all articles of these outlets)",
        c.by.name()
    )?;
    let peak = c.timeline.iter().map(|b| b.articles).max().unwrap_or(0).max(1);
    let mut quiet: Vec<&vnmon::report::coverage::BucketEntry> = Vec::new();
    let flush = |out: &mut dyn Write, quiet: &mut Vec<&vnmon::report::coverage::BucketEntry>| {
        let r = match quiet.len() {
            0 => Ok(()),
            1 => writeln!(out, "  {:<10} {:>4}", quiet[0].label, 0),
            n => writeln!(
                out,
                "  {:<10}  …   {n} {}s without a report, to {}",
                quiet[0].label,
                c.by.name(),
                quiet[n - 1].label
            ),
        };
        quiet.clear();
        r
    };
    for b in &c.timeline {
        if b.articles == 0 {
            quiet.push(b);
            continue;
        }
        flush(out, &mut quiet)?;
        let bar = "█".repeat(((b.articles * 30).div_ceil(peak)) as usize);
        writeln!(
            out,
            "  {:<10} {:>4}  {:<30}  {:>6.2}% of {}",
            b.label,
            b.articles,
            bar,
            b.attention * 100.0,
            b.outlet_articles
        )?;
    }
    let list = |out: &mut dyn Write, name: &str, v: &[coverage::Ranked]| -> std::io::Result<()> {
        writeln!(out, "\n{name}")?;
        if v.is_empty() {
            writeln!(out, "  (none found)")?;
        }
        for r in v.iter().take(15) {
            let detail = if r.detail.is_empty() {
                String::new()
            } else {
                format!(" — {}", safe(&r.detail))
            };
            writeln!(out, "  {:>3} × {}{detail}", r.articles, safe(&r.name))?;
        }
        Ok(())
    };
    list(out, "Units that held events on it", &c.units)?;
    list(out, "Officials named", &c.officials)?;
    list(out, "Related documents (named in the same articles)", &c.related)?;
    writeln!(out, "\nImplementing documents{}", if chain { " (chain)" } else { "" })?;
    if c.chain.is_empty() {
        writeln!(out, "  (none found)")?;
    }
    for n in &c.chain {
        write_node(out, n, 1, chain)?;
    }
    Ok(())
}

fn write_node(
    out: &mut impl Write,
    n: &ChainNode,
    depth: usize,
    detail: bool,
) -> std::io::Result<()> {
    let d = &n.document;
    let pad = "  ".repeat(depth);
    let mut evidence = Vec::new();
    if n.explicit > 0 {
        evidence.push(format!("explicit in {}", n.explicit));
    }
    if n.cocited > 0 {
        evidence.push(format!("co-cited in {}", n.cocited));
    }
    let issuer = if d.issuer_display.is_empty() {
        "issuer not stated".to_string()
    } else {
        terminal_safe(&d.issuer_display)
    };
    let issued = d.issued.map(|i| format!(", {}", i.format("%Y-%m-%d"))).unwrap_or_default();
    writeln!(
        out,
        "{pad}└ {} ({issuer}{issued}) — {}; reported by {}",
        terminal_safe(&d.label),
        evidence.join(", "),
        n.reported_by
    )?;
    if detail {
        for a in &n.evidence {
            writeln!(
                out,
                "{pad}    {} · {} · {}",
                date_or_dash(a.published),
                terminal_safe(&a.site),
                terminal_safe(&a.url)
            )?;
        }
    }
    for c in &n.children {
        write_node(out, c, depth + 1, detail)?;
    }
    Ok(())
}
