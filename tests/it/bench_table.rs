//! The table of `benches/run.sh` (`benches/support/table.rs`): ratios, targets, missing peers.

#[path = "../../benches/support/table.rs"]
mod table;

use table::{parse_rows, render};

fn row(section: &str, case: &str, tool: &str, metric: &str, value: f64) -> String {
    serde_json::json!({"section": section, "case": case, "tool": tool, "metric": metric, "value": value})
        .to_string()
}

/// Renders `rows` (JSON Lines, with a stray log line) and checks that each expected line is in
/// the table, and that there are exactly that many data lines.
fn check(rows: &[String], expected: &[&str]) {
    let text = format!("building index…\n{}\n", rows.join("\n"));
    let table = render(&parse_rows(&text));
    let data: Vec<&str> = table.lines().skip(2).collect();
    for e in expected {
        assert!(data.contains(e), "missing line {e:?} in\n{table}");
    }
    assert_eq!(data.len(), expected.len(), "{table}");
}

#[test]
fn ratios_against_peers_and_targets() {
    check(
        &[
            row("extract", "generated", "vnmon", "pages/s/core", 420.0),
            row("extract", "generated", "trafilatura", "pages/s/core", 21.0),
            row("extract", "generated", "vnmon generic", "pages/s/core", 150.0),
        ],
        &[
            "| extract | generated | pages/s/core | vnmon | 420 | trafilatura | 21.0 | 20.0× | ≥ 10× | met |",
            "| extract | generated | pages/s/core | vnmon generic | 150 | trafilatura | 21.0 | 7.14× | ≥ 10× | **missed** |",
        ],
    );
}

#[test]
fn lower_is_better_and_absolute_targets() {
    check(
        &[
            row("ingest", "100k", "vnmon import", "index bytes/article", 3200.0),
            row("ingest", "100k", "FTS5 text-only", "index bytes/article", 4000.0),
            row("ingest", "100k", "vnmon import", "peak RSS MiB", 1600.0),
            row("ingest", "100k", "FTS5 text-only", "peak RSS MiB", 40.0),
            row("search", "100k", "vnmon in-process", "p99 ms", 12.5),
            row("reports", "1M", "vnmon in-process", "coverage of the 3 most cited: worst p50 ms", 850.0),
        ],
        &[
            "| ingest | 100k | index bytes/article | vnmon import | 3200 | FTS5 text-only | 4000 | 0.80× | ≤ 0.7× | **missed** |",
            "| ingest | 100k | peak RSS MiB | vnmon import | 1600 | FTS5 text-only | 40.0 | 40.0× | ≤ 1536 | **missed** |",
            "| search | 100k | p99 ms | vnmon in-process | 12.5 | | | | ≤ 20.0 | met |",
            "| reports | 1M | coverage of the 3 most cited: worst p50 ms | vnmon in-process | 850 | | | | ≤ 300 | **missed** |",
        ],
    );
}

#[test]
fn peers_only_pair_on_the_same_case_and_metric() {
    check(
        &[
            row("ingest", "100k", "vnmon import", "docs/s", 900.0),
            row("ingest", "1M", "FTS5 text-only", "docs/s", 3000.0),
            row("ingest", "100k", "FTS5 text-only", "docs/s", 450.0),
            row("ingest", "100k", "trafilatura + FTS5", "docs/s", 30.0),
            row("crawl", "20 hosts", "vnmon crawl", "pages/s", 0.0),
        ],
        &[
            "| ingest | 100k | docs/s | vnmon import | 900 | FTS5 text-only | 450 | 2.00× | ≥ 2× | met |",
            "| ingest | 100k | docs/s | vnmon import | 900 | trafilatura + FTS5 | 30.0 | 30.0× | | |",
            "| crawl | 20 hosts | pages/s | vnmon crawl | 0.00 | | | | | |",
        ],
    );
}
