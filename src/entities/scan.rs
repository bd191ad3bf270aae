//! Character-level helpers over raw text shared by the date and document extractors: byte
//! offsets in, byte offsets out, no allocation unless a word is returned.

/// Dash characters accepted as a hyphen in dates and references.
pub(crate) const DASHES: &str = "-‐‑‒–—―−";

/// No letter or digit glued on either side of `[start, end)`.
#[inline]
pub(crate) fn word_boundaries(text: &str, start: usize, end: usize) -> bool {
    !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
        && !text[end..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Skips spaces, tabs and at most one line break backwards from `p`.
#[inline]
pub(crate) fn skip_ws_back(text: &str, p: usize) -> usize {
    let t = text[..p].trim_end_matches([' ', '\t']);
    let t = t.strip_suffix('\n').unwrap_or(t);
    let t = t.strip_suffix('\r').unwrap_or(t);
    t.trim_end_matches([' ', '\t']).len()
}

/// Skips spaces, tabs and at most one line break forwards from `p`.
#[inline]
pub(crate) fn skip_ws(text: &str, p: usize) -> usize {
    let t = text[p..].trim_start_matches([' ', '\t']);
    let t = t.strip_prefix('\r').unwrap_or(t);
    let t = t.strip_prefix('\n').unwrap_or(t);
    text.len() - t.trim_start_matches([' ', '\t']).len()
}

/// If the text before `end` is `word` (case-insensitive, whole word), its start.
pub(crate) fn ends_with_word_ci(text: &str, end: usize, word: &str) -> Option<usize> {
    let before = &text[..end];
    let mut it = before.char_indices().rev();
    let mut start = end;
    for wc in word.chars().rev() {
        let (i, c) = it.next()?;
        if !eq_ci_char(c, wc) {
            return None;
        }
        start = i;
    }
    if before[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(start)
}

/// Case-insensitive character comparison (`wc` lowercase).
#[inline]
fn eq_ci_char(c: char, wc: char) -> bool {
    c == wc || c.to_lowercase().eq(std::iter::once(wc)) || (c == ' ' && wc == ' ')
}

/// The end of a document number's digits at `q`: one to five ASCII digits not followed by a
/// sixth ("24" in "24-CT/TU"; "123456" is no number), or `None`.
pub(crate) fn number_digits_end(text: &str, q: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut e = q;
    while e < bytes.len() && bytes[e].is_ascii_digit() && e - q < 5 {
        e += 1;
    }
    (e != q && !bytes.get(e).is_some_and(u8::is_ascii_digit)).then_some(e)
}

/// Skips spaces and tabs.
#[inline]
pub(crate) fn hspace(text: &str, p: usize) -> usize {
    text.len() - text[p..].trim_start_matches([' ', '\t']).len()
}

/// The word (letters and digits) at `p` and its end.
#[inline]
pub(crate) fn word_at(text: &str, p: usize) -> (&str, usize) {
    // A position inside a character or past the end starts no word.
    if !text.is_char_boundary(p) {
        return ("", p);
    }
    let n: usize = text[p..].chars().take_while(|c| c.is_alphanumeric()).map(char::len_utf8).sum();
    (&text[p..p + n], p + n)
}

/// Largest char boundary `<= i`.
#[inline]
pub(crate) fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
