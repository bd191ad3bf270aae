//! Near-duplicate ("copy") detection: MinHash signatures of word shingles, grouped by LSH.
//!
//! A *copy* is the same article re-posted or syndicated by another outlet: a changed headline, a
//! trimmed ending (the last 20–30 % cut), another byline or "Theo …" line, a few words edited, an
//! extra intro sentence. Two different articles on one event, two articles quoting the same
//! paragraph of a directive, or two issues of a templated series are not copies.
//!
//! # Shingles
//!
//! Words are maximal runs of letters and digits of the [folded](super::fold_char) text
//! (lowercase, no diacritics, `đ` → `d`), so `Thành ủy`, `THÀNH ỦY` and `thanh uy` are the same
//! two words and punctuation, spacing and tone-mark placement never matter. A Vietnamese word is
//! a syllable, so a shingle is [`SHINGLE_WORDS`] = 4 consecutive syllables (about two English
//! words). Digits are words too (`6/2/2017` is `6 2 2017`): numbers are what differs between two
//! issues of a series, and a copy keeps them.
//!
//! Jaccard similarity J of the shingle sets, for the cases above (an article of n words, w = 4;
//! every edited word removes up to w shingles from the intersection):
//! - trimmed ending, fraction t cut: J = 1 − t (0.75 for 25 %, 0.70 for 30 %);
//! - k words edited: J ≈ (n − wk)/(n + wk) (0.87 for 5 words in 300);
//! - extra sentence or byline of e words: J ≈ n/(n + e) (0.94 for 20 words in 300);
//! - two at once (25 % trimmed and a new headline): J ≈ 0.7;
//! - two articles of 400 words sharing one 50-word paragraph: J ≈ 47/753 = 0.06; two crime
//!   reports of the corpus that both end with the same 230-word article of the penal code: 0.30;
//!   400 random pairs of the baomoi corpus: mean 0.0002, 99th percentile 0.003.
//!
//! On the baomoi corpus, pairs at J ≥ 0.5 are re-posts and rewrites of one text: typically 60–80 %
//! of the shorter article reappears word for word, in order, in the other. Below 0.4 they are
//! mostly different articles on one event, sharing quotes, a press release's sentences or a
//! legal text. With 3-word shingles every J is higher (by 0.03–0.07 on those pairs) and common
//! phrases weigh more; 5 or 6 words make each edit cost more. Four words were kept.
//!
//! # Signature
//!
//! [`SIGNATURE_BYTES`] = 32 bytes hold [`HASHES`] = 64 MinHash values of 4 bits each (b-bit
//! minwise hashing, Li and König 2010), computed by one-permutation hashing (Li, Owen and Zhang
//! 2012): each shingle is hashed once to 64 bits, the top 6 bits choose one of 64 bins, and every
//! bin keeps its minimum; an empty bin takes the value of another bin by optimal densification
//! (Shrivastava 2017), so that, as with 64 independent hash functions, the two values of a bin
//! come from the same shingle with probability exactly J. One hash per shingle instead of 64
//! makes signatures about 3 times faster (48 against 17 MB/s on the corpus). A value is the low 4
//! bits of its minimum, so two values agree with probability p = 1/16 + 15/16 · J (the same
//! shingle, or a chance collision of 4 bits), and `similarity` = (m/64 − 1/16)/(15/16) from the
//! number m of agreeing values. Its standard deviation at J = 0.5 is 0.066, where the same 32
//! bytes spent as 16 band hashes of 16 bits (J from the share of matching bands) give 0.11 and 32
//! values of 8 bits give 0.088: for a fixed size, more values of fewer bits estimate better near
//! 0.5. Fewer than 4 bits would make the bands below too weak.
//!
//! # Threshold and banding
//!
//! A pair is a copy when the estimate is ≥ [`THRESHOLD`] = 0.5 (m ≥ 34 of 64): below the
//! combined edits of a real copy (≥ 0.65), far above shared paragraphs (≤ 0.3).
//! [`group`] finds candidate pairs through [`BANDS`] = 16 bands of [`ROWS`] = 4 values (16 bits,
//! the bytes `2b` and `2b + 1`): a pair is a candidate when one band agrees entirely, with
//! probability 1 − (1 − p⁴)¹⁶, then verified with [`Signature::is_copy_of`]. Unrelated pairs
//! collide in a band with probability 2⁻¹⁶. Probabilities (bands and estimate share the same
//! values; computed exactly by dynamic programming over the 16 bands, bins taken independent):
//!
//! | J    | candidate | estimate ≥ 0.5 | grouped |
//! |------|-----------|----------------|---------|
//! | 0.1  | 0.010     | 0.000          | 0.000   |
//! | 0.3  | 0.20      | 0.002          | 0.001   |
//! | 0.4  | 0.45      | 0.083          | 0.068   |
//! | 0.5  | 0.73      | 0.55           | 0.48    |
//! | 0.6  | 0.93      | 0.95           | 0.90    |
//! | 0.7  | 0.993     | 0.9996         | 0.993   |
//! | 0.9  | 1.000     | 1.000          | 1.000   |
//!
//! The steep band curve also keeps the work near-linear: at J = 0.2 (same template, same
//! topic) only 6 % of pairs are candidates, against 49 % with 16 bands of 2 rows.
//!
//! # Measured (`cargo bench --bench copies_corpus`, baomoi corpus, 34,870 articles)
//!
//! Signatures at 48 MB/s on one core; grouping 0.04 s; 383 groups of 2 or more (812 articles).
//! Of 40 sampled groups, read by hand, 39 are one text re-posted or re-edited from one source
//! (4 of them borderline: two outlets relaying the same bulletin, briefing or statement with
//! their own framing) and 1 is false: two statements about two different missile launches that
//! reuse the same spokesperson's wording. Pairs found independently (shared rare shingles),
//! grouped by exact J: 3 % at 0.3–0.4, 28 % at 0.4–0.5, 77 % at 0.5–0.6, 97 % at 0.6–0.7,
//! all above 0.7.
//!
//! # Limits
//!
//! A templated series whose fixed frame is most of each issue (a results page with a long
//! standing explanation and a few numbers) has J above 0.5 between issues and is grouped; a
//! series with varied wording (weather bulletins: J 0.3–0.45) is not. Copies of copies join one
//! group even when the first and the last differ more ([`group`] is transitive).
//!
//! # Short and empty texts
//!
//! A text of fewer than [`MIN_WORDS`] = 30 words (one or two sentences) has too few shingles for a
//! shared sentence not to dominate it: its signature is a 256-bit hash of its word sequence, which
//! matches only a text with the same words. A text without any word gets [`Signature::EMPTY`],
//! which is a copy of nothing, not even of another empty text.

use super::fold::fold_char;

/// Number of bytes of a signature as stored in the index.
pub const SIGNATURE_BYTES: usize = 32;
/// Number of MinHash values in a signature (4 bits each).
pub const HASHES: usize = 64;
/// Number of LSH bands used by [`group`]; band `b` is the 16-bit value of bytes `2b`, `2b + 1`.
pub const BANDS: usize = 16;
/// Number of MinHash values per band.
pub const ROWS: usize = HASHES / BANDS;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;
/// Texts with fewer words get an exact-match signature (see the module documentation).
pub const MIN_WORDS: usize = 30;
/// Estimated Jaccard similarity from which two articles are copies.
pub const THRESHOLD: f32 = 0.5;
/// Agreeing 4-bit values that make a copy: the smallest m with (m/64 − 1/16)/(15/16) ≥ 0.5.
const MIN_MATCHES: u32 = 34;
/// Chance that two 4-bit values of different shingles agree.
const COLLISION: f32 = 1.0 / 16.0;
/// Members of a large bucket are compared with this many following members (in signature
/// order) only; smaller buckets are compared all pairs.
const WINDOW: usize = 32;

/// A MinHash signature of an article's word shingles: 64 values of 4 bits (see the module
/// documentation for the parameters and their reasons).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Signature(pub [u8; SIGNATURE_BYTES]);

impl Signature {
    /// The signature of a text without words: a copy of nothing.
    pub const EMPTY: Signature = Signature([0; SIGNATURE_BYTES]);

    /// Signature of a text (NFC, as stored). Words are folded (lowercase, no diacritics) and cut
    /// into [`SHINGLE_WORDS`]-word shingles; a text of fewer than [`MIN_WORDS`] words gets a
    /// signature that matches only a text with the same words, and a text without words gets
    /// [`Signature::EMPTY`].
    pub fn of(text: &str) -> Signature {
        let mut window = [0u64; SHINGLE_WORDS];
        let mut words = 0usize;
        let mut sequence = 0u64;
        let mut mins = [u64::MAX; HASHES];
        let mut filled = 0u64;
        for_each_word(text, |word| {
            window[words % SHINGLE_WORDS] = word;
            words += 1;
            sequence = mix(sequence ^ word);
            if words >= SHINGLE_WORDS {
                // One permutation: the top 6 bits pick the bin, the minimum is kept per bin.
                let h = shingle_hash(&window, words);
                let bin = (h >> 58) as usize;
                mins[bin] = mins[bin].min(h);
                filled |= 1 << bin;
            }
        });
        if words == 0 {
            return Signature::EMPTY;
        }
        let mut bytes = [0u8; SIGNATURE_BYTES];
        if words < MIN_WORDS {
            let mut h = mix(sequence ^ words as u64);
            for chunk in bytes.chunks_mut(8) {
                h = mix(h ^ 0x5851_F42D_4C95_7F2D);
                chunk.copy_from_slice(&h.to_le_bytes());
            }
        } else {
            for (i, value) in densified(&mins, filled).iter().enumerate() {
                bytes[i / 2] |= (value & 0xF) << (4 * (i % 2));
            }
        }
        if bytes == Signature::EMPTY.0 {
            bytes[0] = 1; // 2⁻²⁵⁶: only an empty text has the empty signature
        }
        Signature(bytes)
    }

    /// The bytes stored in the index.
    pub fn to_bytes(&self) -> [u8; SIGNATURE_BYTES] {
        self.0
    }

    /// The signature stored as `b`; `None` unless `b` has exactly [`SIGNATURE_BYTES`] bytes.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        b.try_into().ok().map(Signature)
    }

    /// The 4-bit MinHash value `i` (`i` < [`HASHES`]).
    pub fn value(&self, i: usize) -> u8 {
        (self.0[i / 2] >> (4 * (i % 2))) & 0xF
    }

    /// The LSH band keys: band `b` is the 16-bit value of bytes `2b` and `2b + 1`. Two signatures
    /// are candidate copies when one band agrees (an index can store these as terms).
    pub fn bands(&self) -> [u16; BANDS] {
        std::array::from_fn(|b| self.band(b))
    }

    fn band(&self, b: usize) -> u16 {
        u16::from_le_bytes([self.0[2 * b], self.0[2 * b + 1]])
    }

    /// Whether this is the signature of a text without words.
    pub fn is_empty(&self) -> bool {
        *self == Signature::EMPTY
    }

    /// Number of the 64 values that agree (0 when either signature is empty).
    fn matches(&self, other: &Signature) -> u32 {
        if self.is_empty() || other.is_empty() {
            return 0;
        }
        let mut differing = 0;
        for (a, b) in self.0.chunks(16).zip(other.0.chunks(16)) {
            let a = u128::from_le_bytes(a.try_into().expect("16-byte chunk"));
            let b = u128::from_le_bytes(b.try_into().expect("16-byte chunk"));
            let mut x = a ^ b;
            x |= x >> 1;
            x |= x >> 2;
            differing += (x & 0x1111_1111_1111_1111_1111_1111_1111_1111).count_ones();
        }
        HASHES as u32 - differing
    }

    /// Estimated Jaccard similarity of the two shingle sets, in [0, 1]: (m/64 − 1/16)/(15/16)
    /// for m agreeing values (standard deviation ≤ 0.07 at 0.5). 0 when either text is empty.
    pub fn similarity(&self, other: &Signature) -> f32 {
        let m = self.matches(other) as f32 / HASHES as f32;
        ((m - COLLISION) / (1.0 - COLLISION)).clamp(0.0, 1.0)
    }

    /// Whether the two articles are copies of one another: estimated similarity ≥ [`THRESHOLD`].
    pub fn is_copy_of(&self, other: &Signature) -> bool {
        self.matches(other) >= MIN_MATCHES
    }
}

/// Exact Jaccard similarity of the shingle sets of two texts, as [`Signature::of`] sees them
/// (folded words, [`SHINGLE_WORDS`]-word shingles; texts shorter than one shingle are one
/// shingle). 0 when either text has no words. For tests and measurements; it allocates.
pub fn exact_similarity(a: &str, b: &str) -> f32 {
    jaccard(&shingle_set(a, SHINGLE_WORDS), &shingle_set(b, SHINGLE_WORDS))
}

/// Exact Jaccard similarity of the `w`-word shingle sets of two texts (folded words as in
/// [`Signature::of`]); 0 when either text has no words.
pub fn exact_similarity_with(a: &str, b: &str, w: usize) -> f32 {
    jaccard(&shingle_set(a, w), &shingle_set(b, w))
}

fn jaccard(a: &std::collections::HashSet<u64>, b: &std::collections::HashSet<u64>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count();
    common as f32 / (a.len() + b.len() - common) as f32
}

fn shingle_set(text: &str, w: usize) -> std::collections::HashSet<u64> {
    let w = w.max(1);
    let mut words = Vec::new();
    for_each_word(text, |h| words.push(h));
    let shingle = |s: &[u64]| {
        mix(s.iter().enumerate().fold(0u64, |acc, (k, &h)| acc ^ h.rotate_left(17 * k as u32)))
    };
    if words.len() < w {
        return std::iter::once(shingle(&words)).filter(|_| !words.is_empty()).collect();
    }
    words.windows(w).map(shingle).collect()
}

/// Groups items into copy groups: returns, for each item, the index of its group's original —
/// the member with the earliest `published` (`None` sorts last), then the smallest index.
///
/// Candidate pairs share a band ([`Signature::bands`]); each is verified with
/// [`Signature::is_copy_of`] and joined by union-find, so copies of copies join one group.
/// Sorting the band keys costs O(n log n) per band; a bucket of more than 33 members compares
/// each member with the next 32 in signature order only (identical signatures are adjacent), so
/// the verifications are at most 16 · 32 per item. Empty signatures are never grouped. The
/// groups do not depend on the order of `items`.
pub fn group(items: &[(Signature, Option<i64>)]) -> Vec<usize> {
    let n = items.len();
    let mut sets = UnionFind::new(n);
    let mut keys: Vec<u64> = Vec::with_capacity(n);
    let mut bucket: Vec<usize> = Vec::new();
    for band in 0..BANDS {
        keys.clear();
        keys.extend(
            items
                .iter()
                .enumerate()
                .filter(|(_, (s, _))| !s.is_empty())
                .map(|(i, (s, _))| (u64::from(s.band(band)) << 32) | i as u64),
        );
        keys.sort_unstable();
        for run in keys.chunk_by(|a, b| a >> 32 == b >> 32) {
            if run.len() < 2 {
                continue;
            }
            bucket.clear();
            bucket.extend(run.iter().map(|k| (k & 0xFFFF_FFFF) as usize));
            if bucket.len() > WINDOW + 1 {
                bucket.sort_unstable_by_key(|&i| (items[i].0 .0, i));
            }
            let reach = if bucket.len() > WINDOW + 1 { WINDOW } else { bucket.len() };
            for (k, &i) in bucket.iter().enumerate() {
                for &j in bucket.iter().skip(k + 1).take(reach) {
                    if sets.find(i) != sets.find(j) && items[i].0.is_copy_of(&items[j].0) {
                        sets.union(i, j);
                    }
                }
            }
        }
    }
    // The original of each set: earliest `published`, `None` last, then the smallest index.
    let rank = |i: usize| (items[i].1.is_none(), items[i].1, i);
    let mut original: Vec<usize> = (0..n).collect();
    for i in 0..n {
        let root = sets.find(i);
        if rank(i) < rank(original[root]) {
            original[root] = i;
        }
    }
    (0..n).map(|i| original[sets.find(i)]).collect()
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect(), size: vec![1; n] }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

/// Calls `f` with the hash of every word of `text`: a maximal run of folded letters and digits.
/// Combining marks are dropped by folding, so NFD text gives the same words as NFC.
fn for_each_word(text: &str, mut f: impl FnMut(u64)) {
    let mut h = 0u64;
    let mut in_word = false;
    for c in text.chars() {
        let Some(c) = fold_char(c) else { continue };
        if c.is_alphanumeric() {
            h = (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7C_C1_B7_27_22_0A_95);
            in_word = true;
        } else if in_word {
            f(mix(h));
            h = 0;
            in_word = false;
        }
    }
    if in_word {
        f(mix(h));
    }
}

/// Hash of the shingle ending at word `count` (1-based) in the ring buffer `window`: the word
/// hashes (already mixed) rotated by their position, combined and mixed once.
fn shingle_hash(window: &[u64; SHINGLE_WORDS], count: usize) -> u64 {
    let combined = (0..SHINGLE_WORDS)
        .fold(0u64, |acc, k| acc ^ window[(count + k) % SHINGLE_WORDS].rotate_left(17 * k as u32));
    mix(combined)
}

/// The 4-bit value of every bin: its minimum's, or for an empty bin the value of the first
/// non-empty bin in a fixed pseudo-random sequence of bins, marked with the attempt number
/// (optimal densification, Shrivastava 2017: the two values of a bin agree with probability J
/// whichever bins are empty). `filled` has a bit set for every non-empty bin.
fn densified(mins: &[u64; HASHES], filled: u64) -> [u8; HASHES] {
    std::array::from_fn(|bin| {
        let mut attempt = 0u64;
        let mut source = bin;
        while filled != 0 && filled & (1 << source) == 0 {
            attempt += 1;
            source = (mix((bin as u64) << 32 | attempt) >> 58) as usize;
        }
        (mix(mins[source].wrapping_add(attempt)) & 0xF) as u8
    })
}

/// SplitMix64's finaliser: a bijective 64-bit mixer.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
#[path = "copies_tests.rs"]
mod tests;
