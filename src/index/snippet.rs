//! Snippets: a short extract of the stored text around the best cluster of matches, with the
//! matched words marked as byte ranges.
//!
//! tantivy's `SnippetGenerator` highlights with the tokenizer of the field it reads, so it finds
//! nothing in the stored text for a query that only matched a folded field. Highlighting is
//! therefore done here, for both kinds of literal: the stored text is tokenised with both
//! analyzers (their offsets coincide, since filters never move offsets), and each query literal
//! is matched, as a word or a phrase, against the exact or the folded terms depending on how it
//! was routed (see [`super::query`]).

use std::ops::Range;

use tantivy::tokenizer::TextAnalyzer;

use super::analyzer::{self, Term};
use super::query::Highlight;

/// Longest snippet, in characters (without the ellipses).
const MAX_CHARS: usize = 180;
/// Marker for text cut off before or after the snippet.
const ELLIPSIS: &str = "…";

/// An extract of an article with highlighted matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// The extract (one paragraph or part of one, `…` where cut).
    pub text: String,
    /// Byte ranges of `text` to highlight, sorted and non-overlapping.
    pub highlights: Vec<Range<usize>>,
}

/// One query literal, analyzed.
struct Group {
    folded: bool,
    terms: Vec<String>,
    prefix: bool,
}

/// Builds snippets for the literals of one query.
pub struct Highlighter {
    exact: TextAnalyzer,
    folded: TextAnalyzer,
    groups: Vec<Group>,
}

impl Highlighter {
    /// Analyzes the query's literals.
    pub fn new(highlights: &[Highlight]) -> Highlighter {
        let mut exact = analyzer::exact();
        let mut folded = analyzer::folded();
        let groups = highlights
            .iter()
            .filter_map(|h| {
                let analyzer = if h.folded { &mut folded } else { &mut exact };
                let terms: Vec<String> =
                    analyzer::terms(analyzer, &h.phrase).into_iter().map(|t| t.text).collect();
                (!terms.is_empty()).then_some(Group { folded: h.folded, terms, prefix: h.prefix })
            })
            .collect();
        Highlighter { exact, folded, groups }
    }

    /// The best snippet from `sources` (tried in order; earlier wins ties). Without any match, the
    /// beginning of the first non-empty source, unhighlighted.
    pub fn snippet(&mut self, sources: &[&str]) -> Snippet {
        let mut best: Option<(usize, &str, Range<usize>, Vec<Range<usize>>)> = None;
        for &source in sources {
            if self.groups.is_empty() {
                break;
            }
            for (para_range, matches) in self.matches_by_paragraph(source) {
                if let Some((score, span, hits)) = best_window(source, &matches) {
                    if best.as_ref().is_none_or(|(s, ..)| score > *s) {
                        let para = &source[para_range.clone()];
                        let hits = hits
                            .into_iter()
                            .map(|r| r.start - para_range.start..r.end - para_range.start)
                            .collect();
                        let span = span.start - para_range.start..span.end - para_range.start;
                        best = Some((score, para, span, hits));
                    }
                }
            }
        }
        match best {
            Some((_, para, span, hits)) => cut(para, span, &hits),
            None => {
                let lead = sources
                    .iter()
                    .flat_map(|s| s.split('\n'))
                    .map(str::trim)
                    .find(|p| !p.is_empty())
                    .unwrap_or_default();
                cut(lead, 0..0, &[])
            }
        }
    }

    /// Matches in `source`, grouped by paragraph (line); each match is (byte range, group index).
    fn matches_by_paragraph(
        &mut self,
        source: &str,
    ) -> Vec<(Range<usize>, Vec<(Range<usize>, usize)>)> {
        let exact = analyzer::terms(&mut self.exact, source);
        let folded = analyzer::terms(&mut self.folded, source);
        let mut out: Vec<(Range<usize>, Vec<(Range<usize>, usize)>)> = Vec::new();
        if exact.len() != folded.len() {
            return out;
        }
        let mut start = 0;
        for line in source.split('\n') {
            let range = start..start + line.len();
            start = range.end + 1;
            let first = exact.partition_point(|t| t.start < range.start);
            let last = exact.partition_point(|t| t.start < range.end);
            if first == last {
                continue;
            }
            let mut matches = Vec::new();
            for i in first..last {
                for (g, group) in self.groups.iter().enumerate() {
                    let terms: &[Term] = if group.folded { &folded } else { &exact };
                    if let Some(end) = match_at(&terms[i..last], group) {
                        matches.push((terms[i].start..end, g));
                    }
                }
            }
            if !matches.is_empty() {
                out.push((range, matches));
            }
        }
        out
    }
}

/// End offset of `group` matched at the start of `terms`.
fn match_at(terms: &[Term], group: &Group) -> Option<usize> {
    if terms.len() < group.terms.len() {
        return None;
    }
    let n = group.terms.len();
    for (k, (t, q)) in terms.iter().zip(&group.terms).enumerate() {
        let last = k + 1 == n;
        let ok = if last && group.prefix { t.text.starts_with(q.as_str()) } else { t.text == *q };
        if !ok {
            return None;
        }
    }
    terms.get(n - 1).map(|t| t.end)
}

/// The densest window of matches (sorted by start): score, span of the window's matches, and the
/// merged highlight ranges inside it.
fn best_window(
    text: &str,
    matches: &[(Range<usize>, usize)],
) -> Option<(usize, Range<usize>, Vec<Range<usize>>)> {
    let mut sorted = matches.to_vec();
    sorted.sort_by_key(|(r, _)| (r.start, r.end));
    let mut best: Option<(usize, usize, usize)> = None; // (score, first, last)
    for i in 0..sorted.len() {
        let mut groups = Vec::new();
        let mut j = i;
        // Budget in bytes is generous (3 bytes per char); the cut trims to characters.
        while j < sorted.len() && sorted[j].0.end - sorted[i].0.start <= MAX_CHARS * 3 / 2 {
            if !groups.contains(&sorted[j].1) {
                groups.push(sorted[j].1);
            }
            j += 1;
        }
        let last = j.max(i + 1) - 1;
        let score = groups.len().max(1) * 1000 + (last + 1 - i);
        if best.is_none_or(|(s, ..)| score > s) {
            best = Some((score, i, last));
        }
    }
    let (score, first, last) = best?;
    let window = &sorted[first..=last];
    let span_end = window.iter().map(|(r, _)| r.end).max().unwrap_or(window[0].0.end);
    let mut hits: Vec<Range<usize>> = Vec::new();
    for (r, _) in window {
        match hits.last_mut() {
            // Overlapping, or separated by spaces only ("kỷ" + "cương" → "kỷ cương").
            Some(prev)
                if r.start <= prev.end
                    || text.get(prev.end..r.start).is_some_and(|gap| gap.trim().is_empty()) =>
            {
                prev.end = prev.end.max(r.end)
            }
            _ => hits.push(r.clone()),
        }
    }
    Some((score, window[0].0.start..span_end, hits))
}

/// Cuts `para` around `span` to about [`MAX_CHARS`] characters at word boundaries, adds
/// ellipses where text was cut, and shifts `hits` into the result.
fn cut(para: &str, span: Range<usize>, hits: &[Range<usize>]) -> Snippet {
    let span_chars = para[span.clone()].chars().count();
    let extra = MAX_CHARS.saturating_sub(span_chars);
    let before_chars = if hits.is_empty() { 0 } else { extra / 3 };
    // Walk back `before_chars` characters, then forward to the start of a word.
    let mut start = span.start;
    for (i, _) in para[..span.start].char_indices().rev().take(before_chars) {
        start = i;
    }
    if start > 0 && start < span.start {
        let tail = &para[start..span.start];
        if let Some(ws) = tail.find(char::is_whitespace) {
            start += ws;
            start += para[start..].len() - para[start..].trim_start().len();
        } else {
            start = span.start;
        }
    }
    let after_chars = MAX_CHARS.saturating_sub(para[start..span.end].chars().count());
    let mut end = span.end;
    let mut taken = 0;
    for (i, c) in para[span.end..].char_indices() {
        if taken == after_chars {
            break;
        }
        end = span.end + i + c.len_utf8();
        taken += 1;
    }
    if end < para.len() && end > span.end {
        // Back to the end of a word.
        let tail = &para[span.end..end];
        end = match tail.rfind(char::is_whitespace) {
            Some(ws) => span.end + ws,
            None => span.end,
        };
        end = span.end + para[span.end..end].trim_end().len();
    }
    let body = &para[start..end];
    let mut text = String::new();
    let lead_trimmed = body.len() - body.trim_start().len();
    if start > 0 {
        text.push_str(ELLIPSIS);
        text.push(' ');
    }
    let offset = text.len() as isize - (start + lead_trimmed) as isize;
    text.push_str(body.trim());
    if end < para.trim_end().len() {
        text.push(' ');
        text.push_str(ELLIPSIS);
    }
    let highlights = hits
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| shift(r.start, offset)..shift(r.end, offset))
        .collect();
    Snippet { text, highlights }
}

fn shift(x: usize, by: isize) -> usize {
    x.saturating_add_signed(by)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &[(&str, bool)], sources: &[&str], expected_words: &[&str]) {
        let highlights: Vec<Highlight> = query
            .iter()
            .map(|(p, folded)| Highlight { folded: *folded, phrase: p.to_string(), prefix: false })
            .collect();
        let snippet = Highlighter::new(&highlights).snippet(sources);
        let words: Vec<&str> =
            snippet.highlights.iter().map(|r| &snippet.text[r.clone()]).collect();
        assert_eq!(words, expected_words, "snippet {:?}", snippet.text);
        assert!(snippet.text.chars().count() <= MAX_CHARS + 4, "{:?}", snippet.text);
    }

    #[test]
    fn highlights_exact_folded_and_phrases() {
        let body = "Hà Nội siết chặt kỷ cương hành chính.\n\nThụy Điển và thủy điện là hai chuyện.";
        let cases: [(&[(&str, bool)], &[&str]); 5] = [
            (&[("kỷ cương", false)], &["kỷ cương"]),
            (&[("ky cuong", true)], &["kỷ cương"]),
            (&[("thủy", false)], &["thủy"]),
            (&[("thuy", true)], &["Thụy", "thủy"]),
            (&[("ha noi", true), ("siết", false)], &["Hà Nội siết"]),
        ];
        for (query, expected) in cases {
            check(query, &[body], expected);
        }
    }

    #[test]
    fn long_paragraph_is_cut_around_the_match() {
        let filler = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(20);
        let body = format!("{filler}Quyết định 123/QĐ-UBND {filler}");
        check(&[("quyet dinh", true)], &[&body], &["Quyết định"]);
        let snippet = Highlighter::new(&[Highlight {
            folded: true,
            phrase: "quyet dinh".into(),
            prefix: false,
        }])
        .snippet(&[&body]);
        assert!(snippet.text.starts_with(ELLIPSIS) && snippet.text.ends_with(ELLIPSIS));
    }

    #[test]
    fn no_match_gives_the_lead() {
        let snippet = Highlighter::new(&[]).snippet(&["", "Đoạn mở đầu.\n\nĐoạn hai."]);
        assert_eq!(snippet, Snippet { text: "Đoạn mở đầu.".into(), highlights: vec![] });
    }
}
