//! Micro-benchmarks (criterion), so that a regression in one stage shows before it hides in a
//! whole-pipeline figure: text normalisation, each profile's extraction, the generic extractor,
//! each entity extractor and the index analyzers.
//!
//! ```text
//! cargo bench --bench micro                  # everything (≈ 2 min)
//! cargo bench --bench micro -- entities/     # one group (criterion's name filter)
//! cargo bench --bench micro -- --save-baseline before   # then --baseline before to compare
//! ```
//!
//! Inputs are in the repository, so the figures do not depend on `../shared`: the bundled seed
//! pages (`seeds/pages`, URLs from `seeds/manifest.toml`) and the real saved pages of
//! `tests/data/real-pages`. A profile is measured on the first of those pages it would be chosen
//! for; the real fixtures in `../shared/fixtures`, when present, add the profiles no repository
//! page has. Throughput is in input bytes, so MB/s figures compare across inputs.

#[path = "support/realweb.rs"]
mod realweb;

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use scraper::Html;
use tantivy::tokenizer::TokenStream;
use vnmon::extract::meta::PageMeta;
use vnmon::extract::{extract_html, Profiles};
use vnmon::index::analyzer;

/// One page to extract: where it came from, its URL (if known) and its decoded HTML.
struct Page {
    label: String,
    url: Option<String>,
    html: String,
}

#[derive(serde::Deserialize)]
struct Manifest {
    page: Vec<SeedPage>,
}

#[derive(serde::Deserialize)]
struct SeedPage {
    file: String,
    url: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed pages, the real saved pages, and the `../shared` fixtures when they are there.
fn pages() -> Vec<Page> {
    let mut out = Vec::new();
    let manifest = std::fs::read_to_string(root().join("seeds/manifest.toml"))
        .expect("seeds/manifest.toml is readable");
    let manifest: Manifest = toml::from_str(&manifest).expect("seeds/manifest.toml is valid");
    for p in manifest.page {
        let bytes = std::fs::read(root().join("seeds").join(&p.file)).expect("seed page");
        out.push(Page {
            label: format!("seeds/{}", p.file),
            url: Some(p.url),
            html: vnmon::text::decode_html(&bytes, None),
        });
    }
    for p in realweb::load() {
        out.push(Page {
            label: format!("real-pages/{}", p.id),
            html: realweb::html(&p),
            url: Some(p.url),
        });
    }
    let fixtures = root().join("../shared/fixtures");
    for site in ["dantri", "baochinhphu", "laodong"] {
        let Ok(dir) = std::fs::read_dir(fixtures.join(site)) else { continue };
        let mut files: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "html")) {
            let bytes = std::fs::read(&f).expect("fixture page");
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            out.push(Page {
                label: format!("shared/fixtures/{site}/{name}"),
                url: None,
                html: vnmon::text::decode_html(&bytes, None),
            });
        }
    }
    out
}

/// Body text of the bundled seed pages (the entity extractors' and analyzers' input).
fn seed_text(pages: &[Page], profiles: &Profiles) -> String {
    pages
        .iter()
        .filter(|p| p.label.starts_with("seeds/"))
        .map(|p| extract_html(&p.html, p.url.as_deref(), None, profiles).body)
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn normalisation(c: &mut Criterion) {
    let profiles = Profiles::builtin();
    let text = seed_text(&pages(), &profiles);
    // The same text in decomposed form, with old-style tone placement: the slow path.
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(text.as_str()).collect();
    let mut g = c.benchmark_group("normalise");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("nfc-input", |b| b.iter(|| vnmon::text::normalize(&text)));
    g.bench_function("nfd-input", |b| b.iter(|| vnmon::text::normalize(&nfd)));
    g.bench_function("canonical_tones", |b| b.iter(|| vnmon::text::canonical_tones(&text)));
    g.bench_function("fold", |b| b.iter(|| vnmon::text::fold(&text)));
    g.bench_function("decode_html", |b| b.iter(|| vnmon::text::decode_html(text.as_bytes(), None)));
    g.finish();
}

fn extraction(c: &mut Criterion) {
    let pages = pages();
    let builtin = Profiles::builtin();
    let none = Profiles::empty();
    let mut g = c.benchmark_group("extract");
    let mut missing = Vec::new();
    for profile in builtin.iter() {
        // The first page this profile would be chosen for.
        let page = pages.iter().find(|p| {
            let doc = Html::parse_document(&p.html);
            let meta = PageMeta::read(&doc);
            let url = p.url.clone().or_else(|| meta.canonical.clone());
            builtin.choose(url.as_deref(), &doc, &meta).0.is_some_and(|q| q.name == profile.name)
        });
        let Some(page) = page else {
            missing.push(profile.name.clone());
            continue;
        };
        g.throughput(Throughput::Bytes(page.html.len() as u64));
        g.bench_with_input(BenchmarkId::new("profile", &profile.name), page, |b, p| {
            b.iter(|| extract_html(&p.html, p.url.as_deref(), Some(&profile.name), &builtin))
        });
    }
    if !missing.is_empty() {
        eprintln!("extract/profile: no repository page for {}", missing.join(", "));
    }
    for label in ["seeds/pages/002-generic.html", "real-pages/vtcnews-2025-12-24"] {
        let Some(page) = pages.iter().find(|p| p.label == label) else { continue };
        g.throughput(Throughput::Bytes(page.html.len() as u64));
        g.bench_with_input(BenchmarkId::new("generic", label), page, |b, p| {
            b.iter(|| extract_html(&p.html, p.url.as_deref(), None, &none))
        });
    }
    g.bench_function("parse-only/real-pages/vtcnews-2025-12-24", |b| {
        let page = pages.iter().find(|p| p.label == "real-pages/vtcnews-2025-12-24");
        let html = page.map_or("", |p| p.html.as_str());
        b.iter(|| Html::parse_document(html))
    });
    g.finish();
}

fn entities(c: &mut Criterion) {
    let profiles = Profiles::builtin();
    let text = seed_text(&pages(), &profiles);
    let published = chrono::NaiveDate::from_ymd_opt(2023, 9, 15);
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("documents", |b| {
        b.iter(|| vnmon::entities::documents::find(&text, published))
    });
    g.bench_function("dates", |b| b.iter(|| vnmon::entities::dates::find(&text, published)));
    g.bench_function("officials+units", |b| {
        b.iter(|| vnmon::entities::officials::find_with_units(&text))
    });
    g.bench_function("units", |b| b.iter(|| vnmon::entities::units::find(&text)));
    g.bench_function("all", |b| b.iter(|| vnmon::entities::extract(&text, published)));
    // Text with no trigger at all: what the cheap pre-scan costs on an ordinary news story.
    let plain = text
        .split("\n\n")
        .filter(|p| !p.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join("\n\n");
    g.throughput(Throughput::Bytes(plain.len() as u64));
    g.bench_function("all/no-digits", |b| b.iter(|| vnmon::entities::extract(&plain, published)));
    g.finish();
}

fn analyzers(c: &mut Criterion) {
    let profiles = Profiles::builtin();
    let text = seed_text(&pages(), &profiles);
    let mut g = c.benchmark_group("analyzer");
    g.throughput(Throughput::Bytes(text.len() as u64));
    for (name, mut a) in [("exact", analyzer::exact()), ("folded", analyzer::folded())] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut stream = a.token_stream(&text);
                let mut n = 0usize;
                while stream.advance() {
                    n += 1;
                }
                n
            })
        });
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = micro;
    config = config();
    targets = normalisation, extraction, entities, analyzers
}
criterion_main!(micro);
