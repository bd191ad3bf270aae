//! Frontier benchmark: enqueue 1,000,000 URLs (batches of 10,000) into an on-disk
//! [`CrawlState`], then drain 50,000 of them through `next_batch` (and `finish` each), and report
//! times and the peak resident set size of the process (`VmHWM` in `/proc/self/status`).
//! Target: peak RSS < 300 MB.
//!
//! Run: `cargo bench --bench frontier`. Sizes can be changed with the environment variables
//! `FRONTIER_URLS`, `FRONTIER_HOSTS`, `FRONTIER_DRAIN` and `FRONTIER_BATCH` (next_batch limit).

use std::collections::HashSet;
use std::error::Error;
use std::time::Instant;

use url::Url;
use vnmon::crawl::state::{now_ms, CrawlState, NewUrl, Outcome, UrlKind, UrlState};

/// Reads a `usize` setting from the environment.
fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A `VmHWM` / `VmRSS` line of `/proc/self/status`, in MiB.
fn proc_status_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Size of the database files (main + WAL) in MiB.
fn db_mib(path: &std::path::Path) -> f64 {
    let mut total = 0u64;
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        total += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
    }
    total as f64 / (1024.0 * 1024.0)
}

fn main() -> Result<(), Box<dyn Error>> {
    let n_urls = setting("FRONTIER_URLS", 1_000_000);
    let n_hosts = setting("FRONTIER_HOSTS", 100).max(1);
    let n_drain = setting("FRONTIER_DRAIN", 50_000);
    let batch_limit = setting("FRONTIER_BATCH", 256).max(1);
    const CHUNK: usize = 10_000;

    let dir = tempfile::tempdir()?;
    let path = dir.path().join("frontier.sqlite");
    let mut state = CrawlState::open(&path)?;
    state.set_per_host_limit(4);
    println!(
        "frontier bench: {n_urls} urls over {n_hosts} hosts, drain {n_drain} \
         (next_batch limit {batch_limit}, per host 4)"
    );
    println!("rss at start: {:.1} MiB", proc_status_mib("VmRSS:").unwrap_or(f64::NAN));

    let t = Instant::now();
    let mut added = 0;
    let mut start = 0;
    while start < n_urls {
        let end = (start + CHUNK).min(n_urls);
        let urls: Vec<Url> = (start..end)
            .map(|i| {
                let host = i % n_hosts;
                Url::parse(&format!(
                    "https://tin{host}.example.vn/chuyen-muc-{}/tieu-de-bai-viet-so-{i}-{}.htm",
                    i % 17,
                    20_250_000_000_000_000u64 + i as u64
                ))
            })
            .collect::<Result<_, _>>()?;
        let entries: Vec<NewUrl<'_>> = urls
            .iter()
            .enumerate()
            .map(|(k, u)| NewUrl {
                url: u,
                site: "bench",
                kind: UrlKind::Article,
                priority: i32::try_from((start + k) % 3).unwrap_or(0),
                depth: 1,
                not_before: None,
                discovered_from: Some("https://tin0.example.vn/feed.rss"),
                published_hint: None,
            })
            .collect();
        added += state.enqueue_many(&entries)?;
        start = end;
    }
    let enqueue_s = t.elapsed().as_secs_f64();
    println!(
        "enqueue: {added} new in {enqueue_s:.2} s ({:.0} urls/s); db {:.1} MiB; rss {:.1} MiB",
        added as f64 / enqueue_s,
        db_mib(&path),
        proc_status_mib("VmRSS:").unwrap_or(f64::NAN)
    );

    // Re-enqueueing known URLs (dedup path).
    let t = Instant::now();
    let urls: Vec<Url> = (0..CHUNK.min(n_urls))
        .map(|i| {
            Url::parse(&format!(
                "https://tin{}.example.vn/chuyen-muc-{}/tieu-de-bai-viet-so-{i}-{}.htm",
                i % n_hosts,
                i % 17,
                20_250_000_000_000_000u64 + i as u64
            ))
        })
        .collect::<Result<_, _>>()?;
    let entries: Vec<NewUrl<'_>> = urls
        .iter()
        .map(|u| NewUrl {
            url: u,
            site: "bench",
            kind: UrlKind::Article,
            priority: 0,
            depth: 1,
            not_before: None,
            discovered_from: None,
            published_hint: None,
        })
        .collect();
    let again = state.enqueue_many(&entries)?;
    println!(
        "re-enqueue {} known urls: {again} new, {:.1} ms",
        entries.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    drop(entries);
    drop(urls);

    let t = Instant::now();
    let pending = state.pending()?;
    println!("pending(): {pending} in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);

    let now = now_ms() + 1;
    let empty = HashSet::new();
    let mut drained = 0;
    let mut calls = 0;
    let mut batch_s = 0.0;
    let mut finish_s = 0.0;
    let mut worst_ms: f64 = 0.0;
    let done = Outcome { http_status: Some(200), ..Outcome::new(UrlState::Done) };
    while drained < n_drain {
        let t = Instant::now();
        let batch = state.next_batch(now, batch_limit.min(n_drain - drained), &empty)?;
        let el = t.elapsed().as_secs_f64();
        batch_s += el;
        worst_ms = worst_ms.max(el * 1e3);
        calls += 1;
        if batch.is_empty() {
            break;
        }
        let t = Instant::now();
        for q in &batch {
            state.finish(q.url.as_str(), &done)?;
        }
        finish_s += t.elapsed().as_secs_f64();
        drained += batch.len();
    }
    println!(
        "drain: {drained} urls in {calls} next_batch calls: {batch_s:.2} s \
         ({:.2} ms/call mean, {worst_ms:.2} ms worst, {:.0} urls/s); \
         finish: {finish_s:.2} s ({:.0} urls/s)",
        batch_s * 1e3 / calls.max(1) as f64,
        drained as f64 / batch_s,
        drained as f64 / finish_s
    );

    // The crawl loop's pattern: one URL at a time while half of the hosts are busy.
    let busy: HashSet<String> =
        (0..n_hosts / 2).map(|h| format!("tin{}.example.vn", h * 2)).collect();
    let singles = 1_000;
    let t = Instant::now();
    let mut taken = 0;
    for _ in 0..singles {
        for q in state.next_batch(now, 1, &busy)? {
            state.finish(q.url.as_str(), &done)?;
            taken += 1;
        }
    }
    println!(
        "single takes with {} busy hosts: {taken} in {:.2} s ({:.2} ms per next_batch + finish)",
        busy.len(),
        t.elapsed().as_secs_f64(),
        t.elapsed().as_secs_f64() * 1e3 / singles as f64
    );

    let t = Instant::now();
    let counts = state.counts()?;
    println!(
        "counts(): {} sites in {:.1} ms; pending {}",
        counts.len(),
        t.elapsed().as_secs_f64() * 1e3,
        state.pending()?
    );
    println!(
        "peak rss (VmHWM): {:.1} MiB; db {:.1} MiB",
        proc_status_mib("VmHWM:").unwrap_or(f64::NAN),
        db_mib(&path)
    );
    Ok(())
}
