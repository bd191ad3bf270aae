//! Corpus scan for the document-reference and date extractors.
//!
//! Reads `../shared/corpus/baomoi-2017.jsonl.zst` (34,870 articles), runs
//! `entities::documents::find` and `entities::dates::find` over every article (title, lead and
//! body joined by blank lines, NFC), and prints: articles, MB of text, references by kind,
//! articles without any document type word that still yielded references (must be 0; listed
//! otherwise), and single-thread throughput in MB/s.
//!
//! Run: `cargo bench --bench entities_corpus`. Set `VNMON_DUMP=refs` to print every reference
//! with its context (for false-positive review), `VNMON_DUMP=dates` for every date.
//!
//! `VNMON_ENTITIES_OUT=FILE` writes, per article, its id and a hash of everything
//! `entities::extract` returns (documents, dates, officials, units with every mention), one line
//! each: two builds' files are identical exactly when their extractors agree on every article
//! (`cmp before.txt after.txt`). `VNMON_UNITS_OUT=FILE` writes every unit mention (id, byte
//! span, canonical name, text), one line each; `VNMON_OFFICIALS_OUT=FILE` every official.
//! `VNMON_DOCUMENTS_OUT=FILE` writes every document (id, key, kind, issue date, issuer, the
//! byte spans of its mentions, its first mention in 300 bytes of context, and the issue date
//! found without the fixed publication date, year-less days taking the text's own context
//! year), one line each.
//! `VNMON_DUMP_ONLY=1` stops once those files are written, skipping the timed and analysis
//! passes (and so the `VNMON_DUMP` listings).
//!
//! `VNMON_ARTICLES=N` keeps only the first `N` articles of the corpus (file order) for every
//! pass: a short run for instruction counts under `valgrind --tool=callgrind` (with
//! `VNMON_ENTITIES_OUT` and `VNMON_DUMP_ONLY=1`, `entities::extract` runs once per article).
//!
//! `VNMON_CONTEXT_OUT=FILE` writes every date found with the fixed publication date beside the
//! date found at the same span when year-less dates take their year from the text's own
//! `dates::context_date` instead, as `dates::find_in_text` gives them in texts without
//! `published`: id, context date, that date ("-": none), the fixed one, byte span, context, one
//! line each (a corpus check of the context year). A range's or a list's dates share one span:
//! the n-th date of a span is paired with the n-th the context gives there.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Instant;

use chrono::NaiveDate;
use vnmon::entities::{dates, documents};

#[path = "support/baomoi.rs"]
mod baomoi;

/// Up to `n` bytes of context on each side of `[s, e)`, on char boundaries, one line.
fn context(text: &str, s: usize, e: usize, n: usize) -> String {
    let mut a = s.saturating_sub(n);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + n).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[[{}]]{}", &text[a..s], &text[s..e], &text[e..b]).replace('\n', " ⏎ ")
}

/// When the environment variable `var` names a file, writes `line`'s output for every article
/// into it.
fn write_lines(
    var: &str,
    articles: &[(String, String)],
    mut line: impl FnMut(&mut dyn Write, &str, &str) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let Ok(path) = std::env::var(var) else { return Ok(()) };
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    for (id, text) in articles {
        line(&mut out, id, text)?;
    }
    out.flush()?;
    eprintln!("wrote {path}");
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `VNMON_ARTICLES=N`: the first `N` articles only.
    let limit = std::env::var("VNMON_ARTICLES").ok().and_then(|n| n.parse().ok());
    let articles: Vec<(String, String)> = baomoi::articles()?
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|a| {
            let text = a.text();
            (a.id, text)
        })
        .collect();
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    let published = NaiveDate::from_ymd_opt(2017, 6, 30);
    let dump = std::env::var("VNMON_DUMP").unwrap_or_default();

    // `VNMON_ENTITIES_OUT=FILE`: one line per article, a hash of everything extracted.
    write_lines("VNMON_ENTITIES_OUT", &articles, |out, id, text| {
        use std::hash::{Hash, Hasher};
        let e = vnmon::entities::extract(text, published);
        let mut h = std::collections::hash_map::DefaultHasher::new();
        format!("{e:?}").hash(&mut h);
        let counts = (e.documents.len(), e.dates.len(), e.officials.len(), e.units.len());
        writeln!(out, "{id}\t{:016x}\t{counts:?}", h.finish())
    })?;
    // `VNMON_CONTEXT_OUT=FILE`: every date found with the fixed publication date, beside the
    // date the text's own context date gives at the same span ("-" when none).
    write_lines("VNMON_CONTEXT_OUT", &articles, |out, id, text| {
        let (own, ctx) = dates::find_in_text(text, None);
        let shown = ctx.map_or_else(|| "-".to_string(), |d| d.to_string());
        let fixed = dates::find(text, published);
        for (k, dm) in fixed.iter().enumerate() {
            let (s, e) = (dm.mention.start, dm.mention.end);
            // (a range's or a list's dates share one span: the n-th date of a span is paired
            // with the n-th the context gives there, "28/2 - 2/3" end with end)
            let span =
                |o: &&vnmon::entities::DateMention| (o.mention.start, o.mention.end) == (s, e);
            let nth = fixed[..k].iter().filter(span).count();
            let mine = own.iter().filter(span).nth(nth);
            let mine = mine.map_or_else(|| "-".to_string(), |o| o.date.to_string());
            let c = context(text, s, e, 60);
            writeln!(out, "{id}\t{shown}\t{mine}\t{}\t{s}\t{e}\t{c}", dm.date)?;
        }
        Ok(())
    })?;

    // `VNMON_OFFICIALS_OUT=FILE`: every official (id, name, titles joined by " | ", mention
    // spans), one line each, for corpus-wide tallies of official and title shapes.
    write_lines("VNMON_OFFICIALS_OUT", &articles, |out, id, text| {
        for o in vnmon::entities::officials::find(text) {
            let spans: Vec<String> =
                o.mentions.iter().map(|m| format!("{}-{}", m.start, m.end)).collect();
            let titles = o.titles.join(" | ").replace(['\t', '\n'], " ");
            writeln!(out, "{id}\t{}\t{titles}\t{}", o.name, spans.join(","))?;
        }
        Ok(())
    })?;
    // `VNMON_UNITS_OUT=FILE`: every unit mention, one line each (id, start, end, canonical name,
    // the mention as written), for corpus-wide tallies of unit forms.
    write_lines("VNMON_UNITS_OUT", &articles, |out, id, text| {
        for u in vnmon::entities::units::find(text) {
            for m in &u.mentions {
                let t = m.text.replace(['\t', '\n'], " ");
                writeln!(out, "{id}\t{}\t{}\t{}\t{t}", m.start, m.end, u.canonical)?;
            }
        }
        Ok(())
    })?;
    // `VNMON_DOCUMENTS_OUT=FILE`: every document (id, key, kind, issue date, issuer, mention
    // spans, the first mention with 300 bytes each side, the issue date without the fixed
    // publication date), one line each, for corpus readings of the issue date and issuer.
    write_lines("VNMON_DOCUMENTS_OUT", &articles, |out, id, text| {
        let key = |d: &vnmon::entities::DocumentRef| {
            d.id.clone().unwrap_or_else(|| format!("{}|{}", d.kind, d.number))
        };
        // (the issue dates as a text without a publication date gives them: year-less days take
        // the year of the text's own context, `dates::context_date`, or none)
        let own = documents::find(text, dates::context_date(text));
        for d in documents::find(text, published) {
            let key = key(&d);
            let theirs = own.iter().find(|o| o.id == d.id && o.number == d.number);
            let own_issued =
                theirs.and_then(|o| o.issued).map_or("-".to_string(), |x| x.to_string());
            let issued = d.issued.map_or_else(|| "-".to_string(), |x| x.to_string());
            let issuer = d.issuer.as_deref().unwrap_or("-").replace(['\t', '\n'], " ");
            let m = &d.mentions[0];
            let c = context(text, m.start, m.end, 300).replace('\t', " ");
            let spans: Vec<String> =
                d.mentions.iter().map(|m| format!("{}-{}", m.start, m.end)).collect();
            let spans = spans.join(",");
            writeln!(
                out,
                "{id}\t{key}\t{}\t{issued}\t{issuer}\t{spans}\t{c}\t{own_issued}",
                d.kind
            )?;
        }
        Ok(())
    })?;
    // `VNMON_DUMP_ONLY=1`: stop after the files above are written, without the timed and
    // analysis passes (no throughput, no `VNMON_DUMP` listing).
    if std::env::var("VNMON_DUMP_ONLY").is_ok_and(|v| v == "1") {
        return Ok(());
    }

    // Timed pass: documents + dates, one thread.
    let mut best = f64::MAX;
    let mut total_docs = 0usize;
    let mut total_dates = 0usize;
    for _ in 0..3 {
        let t = Instant::now();
        let (mut nd, mut nt) = (0, 0);
        for (_, text) in &articles {
            nd += documents::find(text, published).len();
            nt += dates::find(text, published).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        total_docs = nd;
        total_dates = nt;
    }
    let t = Instant::now();
    for (_, text) in &articles {
        std::hint::black_box(documents::find(text, published));
    }
    let docs_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for (_, text) in &articles {
        std::hint::black_box(dates::find(text, published));
    }
    let dates_secs = t.elapsed().as_secs_f64();
    // The whole entity extraction (documents, dates, officials, units), as ingest runs it.
    let mut all_best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        for (_, text) in &articles {
            std::hint::black_box(vnmon::entities::extract(text, published));
        }
        all_best = all_best.min(t.elapsed().as_secs_f64());
    }

    // Analysis pass.
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut with_refs = 0usize;
    let mut without_type_words = 0usize;
    let mut offenders: Vec<String> = Vec::new();
    let mut unresolved_short = 0usize;
    for (id, text) in &articles {
        let docs = documents::find(text, published);
        if !docs.is_empty() {
            with_refs += 1;
        }
        let has_type_word = documents::mentions_type_word(text);
        if !has_type_word {
            without_type_words += 1;
            for d in &docs {
                let m = &d.mentions[0];
                offenders.push(format!("{id}: {:?} {}", d.id, context(text, m.start, m.end, 50)));
            }
        }
        for d in &docs {
            let e = by_kind.entry(d.kind.clone()).or_default();
            if d.id.is_some() {
                e.0 += 1;
            } else {
                e.1 += 1;
                unresolved_short += 1;
            }
            if dump == "refs" {
                for m in &d.mentions {
                    println!(
                        "REF {id}\t{}\t{}\t{:?}\t{:?}\t{}",
                        d.id.as_deref().unwrap_or("-"),
                        d.kind,
                        d.issued,
                        d.issuer,
                        context(text, m.start, m.end, 40)
                    );
                }
            }
        }
        if dump == "dates" {
            for dm in dates::find(text, published) {
                println!(
                    "DATE {id}\t{}\t{}",
                    dm.date,
                    context(text, dm.mention.start, dm.mention.end, 30)
                );
            }
        }
    }

    println!("articles: {}", articles.len());
    println!("text: {mb:.1} MB");
    println!("articles with document references: {with_refs}");
    println!("documents found: {total_docs} (full and short), dates found: {total_dates}");
    println!("documents by kind (full id / short only):");
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort_by_key(|(_, (a, b))| std::cmp::Reverse(a + b));
    for (k, (full, short)) in kinds {
        println!("  {k:<26} {full:>6} / {short:>4}");
    }
    println!("short references without a full one: {unresolved_short}");
    println!(
        "articles without any type word: {without_type_words}; of those yielding references: {}",
        offenders.len()
    );
    for o in &offenders {
        println!("  {o}");
    }
    println!(
        "throughput (1 thread): documents+dates {:.1} MB/s (best of 3); documents {:.1} MB/s, dates {:.1} MB/s",
        mb / best,
        mb / docs_secs,
        mb / dates_secs
    );
    println!(
        "throughput (1 thread): all entities (documents, dates, officials, units) {:.1} MB/s (best of 3)",
        mb / all_best
    );
    Ok(())
}
