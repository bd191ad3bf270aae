//! The table `benches/run.sh` prints: measurements of vnmon and of the tools a user would pick
//! instead, taken in one run, turned into ratios checked against the targets.
//!
//! Every measurement is one JSON line `{"section", "case", "tool", "metric", "value"}`. A table
//! line pairs a vnmon tool (`vnmon …`) with each peer measured on the same section, case and
//! metric, gives the ratio vnmon / peer and, where a target is set, whether it is met. Absolute
//! targets (milliseconds, MiB) apply to vnmon's own figure. Included by the `scale` example and
//! by the test `tests/it/bench_table.rs` with `#[path]`.
#![allow(dead_code)] // each includer uses part of it

use std::fmt::Write as _;

/// One measurement.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Row {
    /// extract | ingest | search | reports | crawl
    pub section: String,
    /// The input (`extraction-dev`, `generated`, `100k`, …).
    pub case: String,
    /// `vnmon …` or a peer (`trafilatura`, `FTS5 text-only`, …).
    pub tool: String,
    /// What was measured, with its unit (`pages/s/core`, `p99 ms`, …).
    pub metric: String,
    /// The figure.
    pub value: f64,
}

/// What a target asks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    /// vnmon / peer ≥ this.
    RatioAtLeast(f64),
    /// vnmon / peer ≤ this.
    RatioAtMost(f64),
    /// vnmon's own figure ≤ this.
    AtMost(f64),
}

/// A target of issue 10: section, metric (exact), vnmon tool (prefix), peer (exact; empty for
/// an absolute goal), goal.
pub struct Target {
    pub section: &'static str,
    pub metric: &'static str,
    pub tool: &'static str,
    pub peer: &'static str,
    pub goal: Goal,
}

/// The targets on the 2-core project machine.
pub const TARGETS: &[Target] = &[
    Target {
        section: "extract",
        metric: "pages/s/core",
        tool: "vnmon",
        peer: "trafilatura",
        goal: Goal::RatioAtLeast(10.0),
    },
    Target {
        section: "ingest",
        metric: "docs/s",
        tool: "vnmon",
        peer: "FTS5 text-only",
        goal: Goal::RatioAtLeast(2.0),
    },
    Target {
        section: "ingest",
        metric: "index bytes/article",
        tool: "vnmon",
        peer: "FTS5 text-only",
        goal: Goal::RatioAtMost(0.7),
    },
    Target {
        section: "ingest",
        metric: "peak RSS MiB",
        tool: "vnmon",
        peer: "",
        goal: Goal::AtMost(1536.0),
    },
    Target {
        section: "search",
        metric: "p99 ms",
        tool: "vnmon in-process",
        peer: "",
        goal: Goal::AtMost(20.0),
    },
    Target {
        section: "search",
        metric: "p99 ms",
        tool: "vnmon command",
        peer: "",
        goal: Goal::AtMost(60.0),
    },
    Target {
        section: "reports",
        metric: "coverage of the 3 most cited: worst p50 ms",
        tool: "vnmon",
        peer: "",
        goal: Goal::AtMost(300.0),
    },
    Target {
        section: "crawl",
        metric: "pages/s",
        tool: "vnmon",
        peer: "Scrapy + trafilatura",
        goal: Goal::RatioAtLeast(30.0),
    },
];

/// Parses JSON Lines of [`Row`]s; lines that are not rows are skipped (the harness's own logs).
pub fn parse_rows(text: &str) -> Vec<Row> {
    text.lines().filter_map(|l| serde_json::from_str(l.trim()).ok()).collect()
}

fn is_vnmon(tool: &str) -> bool {
    tool.starts_with("vnmon")
}

/// A figure with a sensible number of digits.
pub fn fmt_value(v: f64) -> String {
    let a = v.abs();
    if a >= 100.0 {
        format!("{v:.0}")
    } else if a >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn verdict(goal: Goal, figure: f64) -> String {
    let (ok, want) = match goal {
        Goal::RatioAtLeast(t) => (figure >= t, format!("≥ {t}×")),
        Goal::RatioAtMost(t) => (figure <= t, format!("≤ {t}×")),
        Goal::AtMost(t) => (figure <= t, format!("≤ {}", fmt_value(t))),
    };
    format!("{want} | {}", if ok { "met" } else { "**missed**" })
}

/// The table, in Markdown: one line per vnmon figure and peer (a vnmon figure without a peer
/// gets one line of its own), in the order the rows were measured.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::from(
        "| section | case | metric | vnmon | value | peer | value | vnmon / peer | target | status |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
    );
    for r in rows.iter().filter(|r| is_vnmon(&r.tool)) {
        let peers: Vec<&Row> = rows
            .iter()
            .filter(|p| {
                !is_vnmon(&p.tool)
                    && p.section == r.section
                    && p.case == r.case
                    && p.metric == r.metric
            })
            .collect();
        let targets: Vec<&Target> = TARGETS
            .iter()
            .filter(|t| {
                t.section == r.section && t.metric == r.metric && r.tool.starts_with(t.tool)
            })
            .collect();
        let absolute = targets.iter().find(|t| t.peer.is_empty());
        let abs_cells = match absolute {
            Some(t) => verdict(t.goal, r.value),
            None => "|".to_string(),
        };
        if peers.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | | | | {abs_cells} |",
                r.section,
                r.case,
                r.metric,
                r.tool,
                fmt_value(r.value)
            );
            continue;
        }
        for p in peers {
            let ratio = if p.value > 0.0 { r.value / p.value } else { f64::INFINITY };
            let cells = match targets.iter().find(|t| t.peer == p.tool) {
                Some(t) => verdict(t.goal, ratio),
                None => abs_cells.clone(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {}× | {cells} |",
                r.section,
                r.case,
                r.metric,
                r.tool,
                fmt_value(r.value),
                p.tool,
                fmt_value(p.value),
                fmt_value(ratio)
            );
        }
    }
    out
}
