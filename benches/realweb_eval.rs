//! Extraction on real saved pages of outlets without a profile (`tests/data/real-pages/`,
//! provenance in its README): per-field figures for the dev and test splits, for the generic
//! path (no profiles at all) and for what `vnmon extract` chooses (the built-in profiles). The
//! `test-generic` split holds held-out pages of outlets that have a profile but no page in dev
//! (none since its thirteen moved to dev in the thirty-second session; an empty split prints no
//! row): its `generic` row is the figure that counts (the `chosen` row may apply their profiles).
//!
//! ```text
//! cargo bench --bench realweb_eval               # tables
//! cargo bench --bench realweb_eval -- --misses   # plus every miss with its reason
//! cargo bench --bench realweb_eval -- --split dev # one split only (develop on dev)
//! cargo bench --bench realweb_eval -- --show ID  # print one page's extraction
//! ```
//!
//! The rules of each field are in `benches/support/realweb.rs`.

#[path = "support/realweb.rs"]
mod realweb;

use vnmon::extract::{extract_html, Article, Profiles};

fn run(profiles: &Profiles, page: &realweb::Page) -> Article {
    extract_html(&realweb::html(page), Some(&page.url), None, profiles)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let show = args.iter().position(|a| a == "--show").and_then(|i| args.get(i + 1)).cloned();
    let only = args.iter().position(|a| a == "--split").and_then(|i| args.get(i + 1)).cloned();
    let pages = realweb::load();
    let generic = Profiles::empty();
    let builtin = Profiles::builtin();

    if let Some(id) = show {
        let page = pages.iter().find(|p| p.id == id).expect("no page with that id");
        for (name, profiles) in [("generic", &generic), ("chosen", &builtin)] {
            let a = run(profiles, page);
            println!("== {name}: profile {:?}", a.profile);
            println!("title    {:?}", a.title);
            println!("published {:?}", a.published.map(|d| d.to_rfc3339()));
            println!("author   {:?}  authors {:?}", a.author, a.authors);
            println!("dateline {:?}  source {:?}", a.dateline, a.source);
            println!("sapo     {:?}", a.sapo);
            for (i, p) in a.body.split("\n\n").enumerate() {
                println!("[{i}] {p}");
            }
        }
        return;
    }

    let scored = pages.iter().filter(|p| p.split == "dev" || p.split == "test").count();
    let generic_only = pages.iter().filter(|p| p.split == "test-generic").count();
    println!(
        "real-web extraction set: {scored} dev and test pages (outlets without a profile, and \
         retired held-out pages of profiled ones), {generic_only} held-out pages of profiled \
         outlets (tests/data/real-pages)"
    );
    println!(
        "{:<12} {:<8} {:>5} | {}",
        "split",
        "path",
        "pages",
        realweb::FIELDS.map(|f| format!("{f:>8}")).join(" ")
    );
    for split in ["dev", "test", "test-generic"] {
        if only.as_deref().is_some_and(|o| o != split) {
            continue;
        }
        let set: Vec<&realweb::Page> = pages.iter().filter(|p| p.split == split).collect();
        if set.is_empty() {
            continue; // `test-generic` is empty between two sessions' searches
        }
        for (name, profiles) in [("generic", &generic), ("chosen", &builtin)] {
            let scores: Vec<realweb::Score> =
                set.iter().map(|p| realweb::score(p, &run(profiles, p))).collect();
            let t = realweb::tally(&scores);
            let n = set.len();
            let cells: Vec<String> =
                t.iter().map(|k| format!("{:>8}", format!("{k}/{n}"))).collect();
            println!("{split:<12} {name:<8} {n:>5} | {}", cells.join(" "));
            if misses {
                for (p, s) in set.iter().zip(&scores) {
                    for m in &s.misses {
                        println!("    {} {}: {m}", p.id, name);
                    }
                }
            }
        }
    }
}
