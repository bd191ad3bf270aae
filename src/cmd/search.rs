//! `vnmon search`: ranked hits with highlighted snippets, as text, JSON Lines or CSV.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use vnmon::index::{
    Hit, Index, IndexError, SearchRequest, SearchResults, Sort, MAX_DATE, MAX_LIMIT, MIN_DATE,
};

use super::{terminal_safe, Context};

/// Arguments of `vnmon search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Query: words, "quoted phrases", AND/OR/NOT, "phrase"~N, field:term (title, sapo, body,
    /// site, category, tags, doc, issuer, official, unit). Typed with diacritics it matches
    /// exactly those letters; without, every accented form. Bare words must all be there,
    /// wherever they stand; where they stand together ranks first. Function words typed alone
    /// (sau, trên, của…) only rank. At most 4096 characters, 32 nested parentheses, a slop of
    /// 100; a word of 40 bytes or more is an error
    #[arg(default_value = "")]
    query: String,
    /// Only this outlet (host or URL, e.g. dantri.com.vn; case and `www.` do not matter)
    #[arg(long, value_parser = non_blank)]
    site: Option<String>,
    /// Published on or after this date (YYYY-MM-DD, 1900-01-01 to 2199-12-31, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    from: Option<NaiveDate>,
    /// Published on or before this date (YYYY-MM-DD, 1900-01-01 to 2199-12-31, Vietnam time)
    #[arg(long, value_parser = parse_date)]
    to: Option<NaiveDate>,
    /// Articles citing this document (24-CT/TU, "Chỉ thị 24-CT/TU", 73/2023/NĐ-CP)
    #[arg(long, value_name = "REF", value_parser = non_blank)]
    doc: Option<String>,
    /// Articles naming this official (diacritics optional)
    #[arg(long, value_name = "NAME", value_parser = non_blank)]
    official: Option<String>,
    /// Articles naming this unit (diacritics optional)
    #[arg(long, value_name = "NAME", value_parser = non_blank)]
    unit: Option<String>,
    /// Maximum number of hits, at most 10000; 0 only counts the matching articles
    #[arg(long, short = 'n', default_value_t = 10, value_parser = parse_limit)]
    limit: usize,
    /// One JSON object per hit (JSON Lines)
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV with a header row
    #[arg(long)]
    csv: bool,
    /// One hit per group of copies (the same article re-posted by several outlets), with the
    /// number of copies; the count is then of groups
    #[arg(long)]
    collapse_copies: bool,
    /// Order of the hits: `relevance` (best match first) or `date` (newest first); without a
    /// query, always newest first
    #[arg(long, value_name = "ORDER", default_value = "relevance", value_parser = parse_sort)]
    sort: Sort,
    /// Show only articles with every word: otherwise articles with all the words but one (near
    /// matches, marked "near match"; never counted as matches) rank with them, lower, and fill
    /// the page when fewer than --limit have them all
    #[arg(long)]
    all_words: bool,
}

/// `relevance` or `date`.
fn parse_sort(s: &str) -> Result<Sort, String> {
    s.parse()
}

/// A date written exactly `YYYY-MM-DD` (a two-digit year is not guessed), within
/// [`MIN_DATE`]..=[`MAX_DATE`].
pub(super) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let shape = s.len() == 10
        && s.bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| shape)
        .ok_or_else(|| format!("expected YYYY-MM-DD, got {s:?}"))?;
    if !(MIN_DATE..=MAX_DATE).contains(&date) {
        return Err(format!("dates run from {MIN_DATE} to {MAX_DATE}, got {s}"));
    }
    Ok(date)
}

/// A number of hits from 0 to [`MAX_LIMIT`].
fn parse_limit(s: &str) -> Result<usize, String> {
    match s.parse::<u64>() {
        Ok(n) if n <= MAX_LIMIT as u64 => Ok(n as usize),
        Ok(_) => Err(format!("at most {MAX_LIMIT} hits, got {s}")),
        Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            Err(format!("at most {MAX_LIMIT} hits, got {s}"))
        }
        Err(_) => Err(format!("expected a number of hits from 0 to {MAX_LIMIT}, got {s:?}")),
    }
}

/// A filter value with some text: a blank one would otherwise filter nothing.
pub(super) fn non_blank(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("the value is empty".to_string())
    } else {
        Ok(s.to_string())
    }
}

pub fn run(ctx: &Context, args: Args) -> anyhow::Result<ExitCode> {
    if args.query.trim().is_empty()
        && args.doc.is_none()
        && args.official.is_none()
        && args.unit.is_none()
        && args.site.is_none()
        && args.from.is_none()
        && args.to.is_none()
    {
        anyhow::bail!(
            "nothing to search for: give a query or a filter (--doc, --official, --unit, --site, --from, --to)"
        );
    }
    let index = Index::open_read_only(&ctx.index_dir).map_err(explain)?;
    let req = SearchRequest {
        query: args.query.clone(),
        site: args.site.clone(),
        from: args.from,
        to: args.to,
        limit: args.limit,
        doc: args.doc.clone(),
        official: args.official.clone(),
        unit: args.unit.clone(),
        collapse_copies: args.collapse_copies,
        sort: args.sort,
        near_matches: !args.all_words,
    };
    let results = index.search(&req).map_err(explain)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        write_json(&mut out, &results)?;
    } else if args.csv {
        write_csv(&mut out, &results)?;
    } else {
        write_results(&mut out, &results, ctx.color)?;
    }
    out.flush()?;
    Ok(if results.total == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Index errors carry their own one-line explanation; keep it as the whole message.
fn explain(e: IndexError) -> anyhow::Error {
    anyhow::Error::new(e)
}

/// A publication time in Vietnam time; a date without an hour stays a date.
fn moment(p: &chrono::DateTime<chrono::FixedOffset>) -> vnmon::report::time::Moment {
    vnmon::report::time::Moment::from_utc_secs(p.timestamp())
}

fn date_of(hit: &Hit) -> String {
    hit.published.map(|p| moment(&p).display()).unwrap_or_else(|| "-".into())
}

/// The snippet with its highlights marked: ANSI bold colour on a terminal, `**…**` otherwise.
/// The page's own text is made [`terminal_safe`] piece by piece (the ranges index the original).
fn marked(hit: &Hit, color: bool) -> String {
    let (open, close) = if color { ("\x1b[1;31m", "\x1b[0m") } else { ("**", "**") };
    let text = &hit.snippet.text;
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for r in &hit.snippet.highlights {
        if r.start < last
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        out.push_str(&terminal_safe(&text[last..r.start]));
        out.push_str(open);
        out.push_str(&terminal_safe(&text[r.clone()]));
        out.push_str(close);
        last = r.end;
    }
    out.push_str(&terminal_safe(&text[last..]));
    out
}

pub fn write_results(
    out: &mut impl Write,
    results: &SearchResults,
    color: bool,
) -> anyhow::Result<()> {
    let (b, r) = if color { ("\x1b[1m", "\x1b[0m") } else { ("", "") };
    for (i, hit) in results.hits.iter().enumerate() {
        writeln!(out, "{:>2}. {b}{}{r}", i + 1, terminal_safe(&hit.title))?;
        let (site, url) = (terminal_safe(&hit.site), terminal_safe(&hit.url));
        let copies = match hit.copies {
            0 => String::new(),
            1 => " · +1 copy".to_string(),
            n => format!(" · +{n} copies"),
        };
        let near = if hit.near { " · near match (all words but one)" } else { "" };
        writeln!(out, "    {site} · {} · {url}{copies}{near}", date_of(hit))?;
        if !hit.snippet.text.is_empty() {
            writeln!(out, "    {}", marked(hit, color))?;
        }
        writeln!(out)?;
    }
    let near = results.hits.iter().filter(|h| h.near).count();
    let shown = results.hits.len() - near;
    match results.total {
        0 => write!(out, "no articles match")?,
        n if results.hits.is_empty() => write!(out, "{n} article{} match (--limit 0)", plural(n))?,
        n if n == shown => write!(out, "{n} article{} match", plural(n))?,
        n => write!(out, "{shown} of {n} matching articles shown (--limit)")?,
    }
    if near > 0 {
        let n = results.near_total;
        write!(
            out,
            "; {near} of {n} near match{} shown (--all-words hides them)",
            if n == 1 { "" } else { "es" }
        )?;
    }
    writeln!(out)?;
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn write_json(out: &mut impl Write, results: &SearchResults) -> anyhow::Result<()> {
    for (i, hit) in results.hits.iter().enumerate() {
        let v = serde_json::json!({
            "rank": i + 1,
            "score": hit.score,
            "url": hit.url,
            "site": hit.site,
            "title": hit.title,
            "published": hit.published.map(|p| moment(&p).iso()),
            "snippet": hit.snippet.text,
            "highlights": hit.snippet.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
            "copies": hit.copies,
            "match": if hit.near { "near" } else { "all" },
        });
        serde_json::to_writer(&mut *out, &v)?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_csv(out: &mut impl Write, results: &SearchResults) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let header =
        ["rank", "score", "published", "site", "title", "url", "snippet", "copies", "match"];
    w.write_record(header)?;
    for (i, hit) in results.hits.iter().enumerate() {
        w.write_record([
            (i + 1).to_string(),
            format!("{:.3}", hit.score),
            hit.published.map(|p| moment(&p).iso()).unwrap_or_default(),
            terminal_safe(&hit.site),
            terminal_safe(&hit.title),
            terminal_safe(&hit.url),
            terminal_safe(&hit.snippet.text),
            hit.copies.to_string(),
            if hit.near { "near" } else { "all" }.to_string(),
        ])?;
    }
    w.flush().context("cannot write csv")?;
    Ok(())
}
