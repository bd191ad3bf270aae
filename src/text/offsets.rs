//! Matching copies with byte-offset maps back to the stored text (`vietnamese.md` §3.1).
//!
//! The folded, tone-canonical and punctuation-mapped copies of a text can differ from it in byte
//! length (`ủ` is 3 bytes, `u` one). Matchers run on the copy and report evidence spans in the
//! stored text through an [`OffsetMap`].

use super::fold::fold_char;

/// Byte offsets from a derived copy back to its source text: `source_offset(i)` is where, in the
/// source, the character that produced byte `i` of the copy starts; `source_offset(copy.len())`
/// is the source length. A span `a..b` of the copy maps to `source_offset(a)..source_offset(b)`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OffsetMap {
    offsets: Vec<usize>,
}

impl OffsetMap {
    /// Source offset for byte `i` of the copy; offsets past the end clamp to the source length.
    pub fn source_offset(&self, i: usize) -> usize {
        self.offsets.get(i).or_else(|| self.offsets.last()).copied().unwrap_or(0)
    }

    /// Source span of the copy's span `start..end`.
    pub fn source_span(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        self.source_offset(start)..self.source_offset(end)
    }

    /// Builds the map for a copy whose characters correspond one to one, in order, to the
    /// source characters for which `keep` is true.
    fn build(source: &str, copy: &str, keep: impl Fn(char) -> bool) -> OffsetMap {
        let mut offsets = Vec::with_capacity(copy.len() + 1);
        let mut src = source.char_indices().filter(|&(_, c)| keep(c));
        for out in copy.chars() {
            let at = src.next().map_or(source.len(), |(i, _)| i);
            offsets.extend(std::iter::repeat_n(at, out.len_utf8()));
        }
        offsets.push(source.len());
        OffsetMap { offsets }
    }
}

/// [`fold`](super::fold) together with the map from folded bytes to `s`.
pub fn fold_with_map(s: &str) -> (String, OffsetMap) {
    let folded = super::fold(s);
    let map = OffsetMap::build(s, &folded, |c| fold_char(c).is_some());
    (folded, map)
}

/// [`canonical_tones`](super::canonical_tones) together with the map from its bytes to `s`
/// (tone canonicalisation keeps the number of characters).
pub fn canonical_tones_with_map(s: &str) -> (String, OffsetMap) {
    let canonical = super::canonical_tones(s);
    let map = OffsetMap::build(s, &canonical, |_| true);
    (canonical, map)
}

/// [`match_punctuation`](super::match_punctuation) together with the map from its bytes to `s`.
pub fn match_punctuation_with_map(s: &str) -> (String, OffsetMap) {
    let mapped = super::match_punctuation(s).into_owned();
    let map = OffsetMap::build(s, &mapped, |_| true);
    (mapped, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Produces a matching copy and its map.
    type Maker = fn(&str) -> (String, OffsetMap);

    /// Finds `needle` in the copy of `source` and checks that it maps back to `expected`.
    fn check(source: &str, make: Maker, needle: &str, expected: &str) {
        let (copy, map) = make(source);
        let start = copy.find(needle).expect("needle in copy");
        let span = map.source_span(start, start + needle.len());
        assert_eq!(&source[span], expected, "{source:?} / {needle:?}");
    }

    #[test]
    fn span_cases() {
        let cases: &[(&str, Maker, &str, &str)] = &[
            ("Ông Nguyễn Văn Ánh, Thành ủy", fold_with_map, "thanh uy", "Thành ủy"),
            ("Ông Nguyễn Văn Ánh", fold_with_map, "nguyen van", "Nguyễn Văn"),
            ("Nguye\u{0302}\u{0303}n Du", fold_with_map, "du", "Du"),
            ("Nguye\u{0302}\u{0303}n Du", fold_with_map, "nguyen", "Nguye\u{0302}\u{0303}n"),
            ("Ủy ban hoà giải", canonical_tones_with_map, "hòa giải", "hoà giải"),
            (
                "số 12/2025/NĐ\u{2013}CP ngày",
                match_punctuation_with_map,
                "12/2025/NĐ-CP",
                "12/2025/NĐ\u{2013}CP",
            ),
        ];
        for &(source, make, needle, expected) in cases {
            check(source, make, needle, expected);
        }
    }

    #[test]
    fn clamps_past_end() {
        let (_, map) = fold_with_map("Hà");
        assert_eq!(map.source_offset(100), "Hà".len());
        assert_eq!(OffsetMap::default().source_offset(3), 0);
    }
}
