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
/// Most bytes of stored text searched for the best snippet: the cost of a snippet is bounded
/// by this, not by the document's length (matches further in are not shown).
const MAX_SCAN_BYTES: usize = 64 * 1024;
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
    /// The first term, folded: a paragraph without it among its folded terms cannot match.
    first_folded: String,
    prefix: bool,
    /// Other words allowed between the terms, in all.
    slop: u32,
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
                // Folding an exact term gives the folded term of the same word (tone placement
                // only moves a diacritic that folding removes).
                let first_folded = analyzer::terms(&mut folded, terms.first()?)
                    .into_iter()
                    .next()
                    .map_or_else(String::new, |t| t.text);
                (!terms.is_empty()).then_some(Group {
                    folded: h.folded,
                    terms,
                    first_folded,
                    prefix: h.prefix,
                    slop: h.slop,
                })
            })
            .collect();
        Highlighter { exact, folded, groups }
    }

    /// The best snippet from `sources` (tried in order; earlier wins ties). Without any match, the
    /// beginning of the first non-empty source, unhighlighted.
    pub fn snippet(&mut self, sources: &[&str]) -> Snippet {
        let mut best: Option<(&str, Window)> = None;
        if !self.groups.is_empty() {
            let mut budget = MAX_SCAN_BYTES;
            for para in sources.iter().flat_map(|s| s.split('\n')) {
                if budget == 0 {
                    break;
                }
                let para = prefix(para, budget);
                budget -= para.len();
                let matches = self.matches(para);
                if let Some(window) = best_window(para, matches) {
                    if best.as_ref().is_none_or(|(_, b)| window.score > b.score) {
                        best = Some((para, window));
                    }
                }
            }
        }
        match best {
            Some((para, window)) => cut(para, window.span, &window.hits),
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

    /// Every match in `text` (a title), merged, as byte ranges of `text` (within its first
    /// 64 KiB).
    pub fn highlight(&mut self, text: &str) -> Vec<Range<usize>> {
        if self.groups.is_empty() {
            return Vec::new();
        }
        let text = prefix(text, MAX_SCAN_BYTES);
        let mut matches = self.matches(text);
        matches.sort_by_key(|m| (m.range.start, m.range.end));
        merge(text, matches.into_iter().map(|m| m.range))
    }

    /// Every match of every group in `para`.
    fn matches(&mut self, para: &str) -> Vec<Match> {
        let mut out = Vec::new();
        let folded = analyzer::terms(&mut self.folded, para);
        // Most paragraphs hold no literal: rule them out on the folded terms alone, without the
        // exact analysis (the costlier one, with tone canonicalisation).
        let possible = self.groups.iter().any(|g| {
            folded.iter().any(|t| {
                if g.prefix && g.terms.len() == 1 {
                    t.text.starts_with(&g.first_folded)
                } else {
                    t.text == g.first_folded
                }
            })
        });
        if !possible {
            return out;
        }
        let exact = analyzer::terms(&mut self.exact, para);
        if exact.len() != folded.len() {
            // Cannot happen (same tokenizer, filters never drop differently); no highlights then.
            return out;
        }
        for i in 0..exact.len() {
            for (group, g) in self.groups.iter().enumerate() {
                let terms = if g.folded { &folded[i..] } else { &exact[i..] };
                if let Some(end) = match_at(terms, g) {
                    out.push(Match { range: exact[i].start..end, group });
                }
            }
        }
        out
    }
}

/// One occurrence of a query literal: byte range in the paragraph, index of the literal.
#[derive(Debug, Clone)]
struct Match {
    range: Range<usize>,
    group: usize,
}

/// The chosen part of a paragraph.
#[derive(Debug)]
struct Window {
    /// Distinct literals × 1000 + number of matches.
    score: usize,
    /// From the first match's start to the last match's end.
    span: Range<usize>,
    /// Merged highlight ranges.
    hits: Vec<Range<usize>>,
}

/// End offset of `group` matched at the start of `terms`: its terms in order, with at most
/// `group.slop` other words between them in all.
fn match_at(terms: &[Term], group: &Group) -> Option<usize> {
    let n = group.terms.len();
    if n == 0 || terms.len() < n {
        return None;
    }
    let mut slack = group.slop as usize;
    let mut at = 0usize;
    let mut end = None;
    for (k, q) in group.terms.iter().enumerate() {
        let last = k + 1 == n;
        let ok = |t: &Term| {
            if last && group.prefix {
                t.text.starts_with(q.as_str())
            } else {
                t.text == *q
            }
        };
        // The first term must stand at the start; later ones may skip up to `slack` words.
        let reach = if k == 0 { 0 } else { slack };
        let found = (0..=reach).find(|skip| terms.get(at + skip).is_some_and(ok))?;
        slack -= found;
        end = terms.get(at + found).map(|t| t.end);
        at += found + 1;
    }
    end
}

/// The densest window of matches in `para`: most distinct literals first, then most matches,
/// then the earliest.
fn best_window(para: &str, mut matches: Vec<Match>) -> Option<Window> {
    matches.sort_by_key(|m| (m.range.start, m.range.end));
    // Budget in bytes is generous (up to 3 bytes per char); `cut` trims to characters.
    let budget = MAX_CHARS * 3 / 2;
    let mut best: Option<(usize, usize, usize)> = None; // (score, first, last)
    for (i, first) in matches.iter().enumerate() {
        let mut groups = Vec::new();
        let mut last = i;
        for (j, m) in matches.iter().enumerate().skip(i) {
            if j > i && m.range.end - first.range.start > budget {
                break;
            }
            if !groups.contains(&m.group) {
                groups.push(m.group);
            }
            last = j;
        }
        let score = groups.len() * 1000 + (last + 1 - i);
        if best.is_none_or(|(s, ..)| score > s) {
            best = Some((score, i, last));
        }
    }
    let (score, first, last) = best?;
    let window = matches.get(first..=last)?;
    let start = window.first()?.range.start;
    let end = window.iter().map(|m| m.range.end).max()?;
    let hits = merge(para, window.iter().map(|m| m.range.clone()));
    Some(Window { score, span: start..end, hits })
}

/// Merges sorted ranges that overlap or are separated by spaces only ("kỷ" + "cương" →
/// "kỷ cương").
fn merge(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(prev)
                if r.start <= prev.end
                    || text.get(prev.end..r.start).is_some_and(|gap| gap.trim().is_empty()) =>
            {
                prev.end = prev.end.max(r.end)
            }
            _ => out.push(r),
        }
    }
    out
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
    let mut end = match para[span.end..].char_indices().nth(after_chars) {
        Some((i, _)) => span.end + i,
        None => para.len(),
    };
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

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
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
            .map(|(p, folded)| Highlight {
                folded: *folded,
                phrase: p.to_string(),
                prefix: false,
                slop: 0,
            })
            .collect();
        let snippet = Highlighter::new(&highlights).snippet(sources);
        let words: Vec<&str> =
            snippet.highlights.iter().map(|r| &snippet.text[r.clone()]).collect();
        assert_eq!(words, expected_words, "snippet {:?}", snippet.text);
        assert!(snippet.text.chars().count() <= MAX_CHARS + 4, "{:?}", snippet.text);
    }

    /// Query literals (phrase, routed to folded) and the expected highlighted words.
    type Case = (&'static [(&'static str, bool)], &'static [&'static str]);

    #[test]
    fn highlights_exact_folded_and_phrases() {
        let body = "Hà Nội siết chặt kỷ cương hành chính.\n\nThụy Điển và thủy điện là hai chuyện.";
        let cases: [Case; 5] = [
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
            slop: 0,
        }])
        .snippet(&[&body]);
        assert!(snippet.text.starts_with(ELLIPSIS) && snippet.text.ends_with(ELLIPSIS));
    }

    #[test]
    fn cost_is_bounded_by_the_scan_budget_not_the_document() {
        // A match beyond the budget is not searched for; one inside it is found even in a huge
        // single paragraph; either way the work is bounded.
        let filler = "chữ ".repeat(MAX_SCAN_BYTES);
        let cases: [(String, &[&str]); 3] = [
            (format!("kỷ cương {filler}"), &["kỷ cương"]),
            (format!("{filler}kỷ cương"), &[]),
            (format!("{}\nkỷ cương\n{filler}", "a ".repeat(MAX_SCAN_BYTES / 4)), &["kỷ cương"]),
        ];
        for (body, expected) in &cases {
            let started = std::time::Instant::now();
            check(&[("ky cuong", true)], &[body.as_str()], expected);
            assert!(started.elapsed() < std::time::Duration::from_secs(5));
        }
    }

    #[test]
    fn no_match_gives_the_lead() {
        let snippet = Highlighter::new(&[]).snippet(&["", "Đoạn mở đầu.\n\nĐoạn hai."]);
        assert_eq!(snippet, Snippet { text: "Đoạn mở đầu.".into(), highlights: vec![] });
    }
}
