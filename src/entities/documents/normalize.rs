//! User input (`24-ct/tu`, `Chỉ thị 24`) to the canonical id of a reference.

use super::assemble::trim_number;
use super::ident::parse_ident;
use super::types::type_word_prefix;

/// A type word typed without diacritics ("chi thi", "nghi quyet"): folded comparison, since
/// folding keeps the number of characters of Vietnamese letters.
fn folded_type_word_prefix(lower: &str) -> Option<&'static super::codes::TypeWord> {
    let folded = crate::text::fold(lower);
    super::codes::LEX.type_words.iter().find(|w| {
        let phrase = crate::text::fold(&w.phrase);
        folded.starts_with(&phrase)
            && !folded[phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
            && !w.kind.is_empty()
    })
}

/// Turns user input (`24-ct/tu`, `24 - CT/TU`, `Chỉ thị 24-CT/TU`, `nđ 73/2023/nđcp`) into the
/// canonical id used in [`crate::entities::DocumentRef::id`]. A type word with a bare number ("Chỉ thị 24") gives
/// the short key `Chỉ thị|24`. `None` when the input is no reference.
pub fn normalize_ref(input: &str) -> Option<String> {
    let s = input.trim();
    // Optional type word and "số".
    let mut rest = s;
    let mut kind: Option<&'static str> = None;
    let lower = s.to_lowercase();
    if let Some(w) = type_word_prefix(&lower).or_else(|| folded_type_word_prefix(&lower)) {
        // Same byte length in lower case for these words' letters.
        let n = s.char_indices().nth(w.phrase.chars().count()).map_or(s.len(), |(i, _)| i);
        if !s[n..].starts_with(|c: char| c.is_alphanumeric()) {
            rest = s[n..].trim_start();
            if !w.kind.is_empty() {
                kind = Some(&w.kind);
            }
        }
    }
    for so in ["số hiệu", "so hieu", "số", "Số", "SỐ", "so", "So", "SO"] {
        if let Some(r) = rest.strip_prefix(so) {
            if !r.starts_with(|c: char| c.is_alphanumeric()) {
                rest = r.trim_start().trim_start_matches(':').trim_start();
                break;
            }
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let mut num_end = digits;
    let after = &rest[digits..];
    let mut num = rest[..digits].to_string();
    if let Some(c) = after.chars().next() {
        if c.is_ascii_alphabetic() {
            let n2 = after[1..].trim_start();
            if n2.starts_with(['/', '-']) || n2.is_empty() {
                num.push(c.to_ascii_lowercase());
                num_end += 1;
            }
        }
    }
    let tail = rest[num_end..].trim_end_matches(['.', ',', ';', ')', ' ']);
    if tail.trim().is_empty() {
        return kind.map(|k| format!("{k}|{}", trim_number(&num)));
    }
    // "24 ct/tu": a symbol after a space joins the number with a hyphen, as written officially.
    let tail = match tail.strip_prefix(char::is_whitespace) {
        Some(t) if t.trim_start().starts_with(|c: char| c.is_alphabetic()) => {
            format!("-{}", t.trim())
        }
        _ => tail.to_string(),
    };
    let candidate = format!("{num}{}", tail.to_uppercase());
    let ident = parse_ident(&candidate, 0, true)?;
    (ident.end == candidate.len()).then(|| ident.id())
}
