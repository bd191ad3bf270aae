//! `vnmon extract`: one article in, the `extract` JSON contract out.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use vnmon::ingest::{self, RawPage};

use super::Context;

/// Arguments of `vnmon extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Treat the input as a saved web page
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Treat the input as plain text
    #[arg(long)]
    text: bool,
    /// The page's URL (selects the site profile); default: the page's canonical link
    #[arg(long)]
    url: Option<String>,
    /// Publication date when the input has none: YYYY-MM-DD[THH:MM[:SS]+07:00]
    #[arg(long, value_parser = parse_published)]
    published: Option<DateTime<FixedOffset>>,
    /// Say on standard error which extraction path was taken for each page and why (profile
    /// chosen by host, by template with the outlet named on the page, or generic; fallbacks)
    #[arg(long)]
    explain: bool,
    /// Input files; `-` or none reads standard input
    files: Vec<PathBuf>,
}

/// Parses `--published`: a date (taken as midnight in Vietnam) or an RFC 3339 time.
pub fn parse_published(s: &str) -> Result<DateTime<FixedOffset>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    if let Ok(t) = DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%:z") {
        return Ok(t);
    }
    let vn = vnmon::extract::date::vietnam_offset();
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return vn.from_local_datetime(&t).single().ok_or_else(|| "bad time".to_string());
        }
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected YYYY-MM-DD[THH:MM[:SS]+07:00], got {s:?}"))?;
    let t = d.and_hms_opt(0, 0, 0).ok_or("bad date")?;
    vn.from_local_datetime(&t).single().ok_or_else(|| "bad date".to_string())
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let content_type = if args.html {
        Some("text/html")
    } else if args.text {
        Some("text/plain")
    } else {
        None
    };
    let stdin_only =
        args.files.is_empty() || (args.files.len() == 1 && args.files[0].as_os_str() == "-");
    let mut out = std::io::stdout().lock();
    if stdin_only {
        let mut body = Vec::new();
        std::io::stdin().read_to_end(&mut body).context("cannot read standard input")?;
        let raw = raw_page(body, content_type, &args);
        let value = extract_one(ctx, &raw, args.explain)?;
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.files.len() == 1 {
        let path = &args.files[0];
        let body =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let value = extract_one(ctx, &raw_page(body, content_type, &args), args.explain)?;
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Several inputs: JSON Lines in input order, errors inline, exit 1 if any failed.
    let mut failed = 0usize;
    for path in &args.files {
        let result = std::fs::read(path)
            .with_context(|| format!("cannot read {}", path.display()))
            .and_then(|body| extract_one(ctx, &raw_page(body, content_type, &args), args.explain));
        let mut value = match result {
            Ok(v) => v,
            Err(e) => {
                failed += 1;
                eprintln!("vnmon: {e:#}");
                serde_json::json!({ "error": format!("{e:#}") })
            }
        };
        if let Some(o) = value.as_object_mut() {
            o.insert("input".into(), path.display().to_string().into());
        }
        serde_json::to_writer(&mut out, &value)?;
        writeln!(out)?;
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn raw_page(body: Vec<u8>, content_type: Option<&str>, args: &Args) -> RawPage {
    RawPage {
        url: args.url.clone(),
        content_type: content_type.map(str::to_string),
        body,
        profile: None,
        published_hint: args.published,
        key: None,
    }
}

fn extract_one(ctx: &Context, raw: &RawPage, explain: bool) -> anyhow::Result<serde_json::Value> {
    let record = ingest::extract_record(raw, &ctx.profiles);
    if explain && record.is_ok() {
        let is_text = matches!(ingest::sniff_format(raw), Ok(ingest::Format::Text));
        let mut err = std::io::stderr().lock();
        if is_text {
            writeln!(err, "explain: plain text: the whole input is the body")?;
        } else {
            let html = vnmon::text::decode_html(&raw.body, raw.content_type.as_deref());
            let (_, notes) = vnmon::extract::extract_html_explained(
                &html,
                raw.url.as_deref(),
                raw.profile.as_deref(),
                &ctx.profiles,
            );
            for n in notes {
                writeln!(err, "explain: {}", super::terminal_safe(&n))?;
            }
        }
    }
    match record {
        Ok(record) => Ok(record.to_json()),
        Err(e) => bail!(e),
    }
}
