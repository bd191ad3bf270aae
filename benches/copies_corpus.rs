//! Copy detection over the baomoi corpus: speed, groups, and samples for judging precision.
//!
//! Reads `../shared/corpus/baomoi-2017.jsonl.zst` (34,870 articles), computes
//! `text::copies::Signature::of` for every article (title, lead and body joined by blank lines,
//! NFC), groups them with `text::copies::group`, and prints:
//! - signature time and single-thread MB/s (best of three passes), grouping time;
//! - the number of groups with at least two members and their size histogram;
//! - a seeded random sample of 40 groups, each copy beside its original: titles, outlet (the
//!   corpus has none), exact Jaccard of 3-word and of 4-word shingles (the signature's), the
//!   estimate, and the first 150 characters of each;
//! - a seeded random sample of 20 pairs with an exact 4-word-shingle Jaccard in 0.5–0.7 that were
//!   *not* grouped (a recall hint). They are found without the signatures: pairs sharing at
//!   least 3 of the rare 4-word shingles kept by a 1-in-8 hash sample; the same pairs, binned by
//!   exact Jaccard, give the share grouped in each bin.
//!
//! Run: `cargo bench --bench copies_corpus`.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use vnmon::text::copies::{self, Signature};

#[path = "support/baomoi.rs"]
mod baomoi;
/// Groups and missed pairs shown.
const GROUP_SAMPLE: usize = 40;
const MISSED_SAMPLE: usize = 20;
/// Copies shown per sampled group.
const COPIES_SHOWN: usize = 4;

struct Doc {
    id: String,
    title: String,
    text: String,
}

/// SplitMix64: the sample is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// `k` distinct items of `items`, in sample order.
    fn sample<T: Clone>(&mut self, items: &[T], k: usize) -> Vec<T> {
        let mut pool = items.to_vec();
        let k = k.min(pool.len());
        for i in 0..k {
            let j = i + (self.next() % (pool.len() - i) as u64) as usize;
            pool.swap(i, j);
        }
        pool.truncate(k);
        pool
    }
}

fn clip(text: &str, n: usize) -> String {
    text.chars().take(n).collect::<String>().replace(['\n', '\t'], " ")
}

fn show_pair(docs: &[Doc], signatures: &[Signature], o: usize, c: usize) {
    let (a, b) = (&docs[o], &docs[c]);
    println!(
        "  J3 {:.3}  J4 {:.3}  estimate {:.3}",
        copies::exact_similarity_with(&a.text, &b.text, 3),
        copies::exact_similarity(&a.text, &b.text),
        signatures[o].similarity(&signatures[c])
    );
    for (role, d) in [("original", a), ("copy    ", b)] {
        println!("  {role} [{}] {}  (outlet: -)", d.id, d.title);
        println!("           {}", clip(&d.text, 150));
    }
}

/// Folded words of a text, for the independent candidate search.
fn words(text: &str) -> Vec<String> {
    vnmon::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Pairs sharing at least 3 sampled 4-word shingles that occur in at most 50 articles.
fn independent_candidates(docs: &[Doc]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        let w = words(&d.text);
        let mut kept: Vec<u64> = w
            .windows(4)
            .map(|s| {
                let mut h = std::hash::DefaultHasher::new();
                std::hash::Hash::hash(s, &mut h);
                std::hash::Hasher::finish(&h)
            })
            .filter(|h| h % 8 == 0)
            .collect();
        kept.sort_unstable();
        kept.dedup();
        for h in kept {
            postings.entry(h).or_default().push(i as u32);
        }
    }
    let mut shared: HashMap<(u32, u32), u32> = HashMap::new();
    for list in postings.values().filter(|l| l.len() >= 2 && l.len() <= 50) {
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|((a, b), _)| (a as usize, b as usize))
        .collect();
    pairs.sort_unstable();
    pairs
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let docs: Vec<Doc> = baomoi::articles()?
        .into_iter()
        .map(|a| {
            let text = a.text();
            Doc { id: a.id, title: a.title, text }
        })
        .collect();
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

    // Timed: signatures (best of 3), then grouping.
    let mut best = f64::MAX;
    let mut signatures = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        signatures = docs.iter().map(|d| Signature::of(&d.text)).collect::<Vec<_>>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let items: Vec<(Signature, Option<i64>)> = signatures.iter().map(|s| (*s, None)).collect();
    let t = Instant::now();
    let originals = copies::group(&items);
    let group_secs = t.elapsed().as_secs_f64();

    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &o) in originals.iter().enumerate() {
        groups.entry(o).or_default().push(i);
    }
    let multi: Vec<(usize, Vec<usize>)> =
        groups.iter().filter(|(_, m)| m.len() >= 2).map(|(&o, m)| (o, m.clone())).collect();
    let mut histogram: BTreeMap<usize, usize> = BTreeMap::new();
    for (_, m) in &multi {
        *histogram.entry(m.len()).or_default() += 1;
    }
    let in_groups: usize = multi.iter().map(|(_, m)| m.len()).sum();

    println!("articles: {}", docs.len());
    println!("text: {mb:.1} MB");
    println!(
        "signatures: {:.2} s, {:.1} MB/s (1 thread, best of 3); group: {:.3} s",
        best,
        mb / best,
        group_secs
    );
    println!(
        "groups with >= 2 members: {} ({in_groups} articles, {} copies beside their originals)",
        multi.len(),
        in_groups - multi.len()
    );
    let sizes: Vec<String> = histogram.iter().map(|(s, n)| format!("{s}: {n}")).collect();
    println!("group sizes (size: groups): {}", sizes.join(", "));

    let mut rng = Rng(2017);
    println!("\n=== sample of {GROUP_SAMPLE} groups (seeded) ===");
    for (k, (o, members)) in rng.sample(&multi, GROUP_SAMPLE).into_iter().enumerate() {
        println!("\n[G{}] {} members", k + 1, members.len());
        for &c in members.iter().filter(|&&c| c != o).take(COPIES_SHOWN) {
            show_pair(&docs, &signatures, o, c);
        }
    }

    let candidates = independent_candidates(&docs);
    let scored: Vec<(usize, usize, f32)> = candidates
        .iter()
        .map(|&(a, b)| (a, b, copies::exact_similarity(&docs[a].text, &docs[b].text)))
        .collect();
    println!("\n=== independent candidates by exact J4: pairs, grouped ===");
    for (lo, hi) in [(0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)] {
        let bin: Vec<_> = scored.iter().filter(|p| p.2 >= lo && p.2 < hi).collect();
        let grouped = bin.iter().filter(|p| originals[p.0] == originals[p.1]).count();
        println!(
            "  J4 {lo:.1}-{:.1}: {:>5} pairs, {:>5} grouped ({:.0} %)",
            hi.min(1.0),
            bin.len(),
            grouped,
            100.0 * grouped as f64 / bin.len().max(1) as f64
        );
    }
    let missed: Vec<(usize, usize, f32)> = scored
        .into_iter()
        .filter(|&(a, b, j)| originals[a] != originals[b] && (0.5..=0.7).contains(&j))
        .collect();
    println!(
        "\n=== pairs with exact J4 in 0.5-0.7 not grouped: {} (of {} independent candidates); \
         sample of {MISSED_SAMPLE} (seeded) ===",
        missed.len(),
        candidates.len()
    );
    for (k, (a, b, _)) in rng.sample(&missed, MISSED_SAMPLE).into_iter().enumerate() {
        println!("\n[M{}]", k + 1);
        show_pair(&docs, &signatures, a, b);
    }
    Ok(())
}
