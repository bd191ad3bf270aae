//! The two Vietnamese analyzers registered on every vnmon index.
//!
//! - [`VI_EXACT`]: `SimpleTokenizer` → `RemoveLongFilter(40)` → `LowerCaser` → [`ToneCanonicalizer`].
//!   Syllables keep their diacritics; tone-mark placement is rewritten to the traditional style
//!   (`hoà` and `hòa` are one term), so a query typed with diacritics matches exactly its letters.
//! - [`VI_FOLDED`]: `SimpleTokenizer` → `RemoveLongFilter(40)` → `LowerCaser` →
//!   `AsciiFoldingFilter`. Every diacritic is stripped and `đ` becomes `d`; this is what queries
//!   typed without diacritics search.
//!
//! Both expect NFC input: combining marks are not alphanumeric, so decomposed text would be split
//! inside syllables. Filters rewrite token text only, never offsets, so token offsets always point
//! into the original text (snippets rely on that).

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

/// Name of the diacritics-keeping analyzer.
pub const VI_EXACT: &str = "vi_exact";
/// Name of the ASCII-folding analyzer.
pub const VI_FOLDED: &str = "vi_folded";

/// Tokens of this many bytes or more are dropped (a Vietnamese syllable is at most about 20).
pub const MAX_TOKEN_BYTES: usize = 40;

/// Builds the [`VI_EXACT`] analyzer.
pub fn exact() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(ToneCanonicalizer)
        .build()
}

/// Builds the [`VI_FOLDED`] analyzer.
pub fn folded() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers both analyzers on `index` (tokenizers are not persisted: call on every open).
pub fn register(index: &tantivy::Index) {
    let manager = index.tokenizers();
    manager.register(VI_EXACT, exact());
    manager.register(VI_FOLDED, folded());
}

/// One token of an analyzed text: its byte range in the input and its term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Start byte offset in the analyzed text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The indexed term.
    pub text: String,
}

/// Runs `analyzer` over `text` and collects its tokens.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = stream.token();
        out.push(Term { start: t.offset_from, end: t.offset_to, text: t.text.clone() });
    }
    out
}

/// Token filter rewriting each token to canonical (traditional) tone placement with
/// [`crate::text::canonical_tones`]. ASCII tokens pass through untouched.
#[derive(Clone, Copy, Debug, Default)]
pub struct ToneCanonicalizer;

impl TokenFilter for ToneCanonicalizer {
    type Tokenizer<T: Tokenizer> = ToneCanonicalizerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        ToneCanonicalizerFilter { inner: tokenizer }
    }
}

/// The tokenizer produced by [`ToneCanonicalizer`].
#[derive(Clone, Debug)]
pub struct ToneCanonicalizerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for ToneCanonicalizerFilter<T> {
    type TokenStream<'a> = ToneCanonicalizerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ToneCanonicalizerStream { tail: self.inner.token_stream(text) }
    }
}

/// The token stream produced by [`ToneCanonicalizer`].
#[derive(Debug)]
pub struct ToneCanonicalizerStream<S> {
    tail: S,
}

impl<S: TokenStream> TokenStream for ToneCanonicalizerStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if may_move_tone(&token.text) {
            let canonical = crate::text::canonical_tones(&token.text);
            if canonical != token.text {
                token.text = canonical;
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// True when `token` (lowercase NFC) has a tone-marked vowel next to another vowel: only then
/// can tone placement differ between spellings. Most syllables fail this cheap test, which saves
/// calling [`crate::text::canonical_tones`] (an allocation and a decomposition) on them.
fn may_move_tone(token: &str) -> bool {
    if token.is_ascii() {
        return false;
    }
    let mut prev_vowel = false;
    let mut prev_toned = false;
    for c in token.chars() {
        let toned = has_tone(c);
        let vowel = toned || is_plain_vowel(c);
        if vowel && prev_vowel && (toned || prev_toned) {
            return true;
        }
        prev_vowel = vowel;
        prev_toned = toned;
    }
    false
}

/// A lowercase vowel without tone mark (quality marks allowed).
fn is_plain_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// A lowercase vowel carrying a tone mark (huyền, sắc, hỏi, ngã or nặng).
fn has_tone(c: char) -> bool {
    matches!(c, '\u{1EA0}'..='\u{1EF9}')
        || matches!(
            c,
            'à' | 'á'
                | 'ã'
                | 'è'
                | 'é'
                | 'ì'
                | 'í'
                | 'ò'
                | 'ó'
                | 'õ'
                | 'ù'
                | 'ú'
                | 'ý'
                | 'ĩ'
                | 'ũ'
        )
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// Vowel bases with their quality marks, in NFC.
    const BASES: [&str; 12] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    /// No tone, huyền, sắc, hỏi, ngã, nặng (combining marks).
    const TONES: [&str; 6] = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];

    fn all_letters() -> Vec<String> {
        let mut out = Vec::new();
        for base in BASES {
            for tone in TONES {
                let lower: String = format!("{base}{tone}").nfc().collect();
                out.push(lower.to_uppercase());
                out.push(lower);
            }
        }
        out.push("đ".into());
        out.push("Đ".into());
        out
    }

    #[test]
    fn every_vietnamese_letter_folds_to_one_ascii_token() {
        let letters = all_letters();
        assert_eq!(letters.len(), 12 * 6 * 2 + 2);
        let mut analyzer = folded();
        for letter in &letters {
            assert_eq!(letter.chars().count(), 1, "{letter:?} is not one NFC char");
            let toks = terms(&mut analyzer, letter);
            assert_eq!(toks.len(), 1, "{letter:?} gave {toks:?}");
            let text = &toks[0].text;
            assert!(text.len() == 1 && text.is_ascii(), "{letter:?} folded to {text:?}");
            let expected_base = match letter.to_lowercase().nfd().next() {
                Some('đ') => 'd',
                Some(c) => c,
                None => unreachable!("non-empty letter"),
            };
            assert_eq!(text.chars().next(), Some(expected_base), "{letter:?}");
        }
    }

    fn check(analyzer: &mut TextAnalyzer, input: &str, expected: &[&str]) {
        let got: Vec<String> = terms(analyzer, input).into_iter().map(|t| t.text).collect();
        assert_eq!(got, expected, "input {input:?}");
    }

    #[test]
    fn analyzers_tokenise_syllables() {
        let cases: [(&str, &[&str], &[&str]); 4] = [
            ("Kỷ cương", &["kỷ", "cương"], &["ky", "cuong"]),
            (
                "Chỉ thị 24-CT/TU",
                &["chỉ", "thị", "24", "ct", "tu"],
                &["chi", "thi", "24", "ct", "tu"],
            ),
            ("ĐẢNG BỘ TP.HCM", &["đảng", "bộ", "tp", "hcm"], &["dang", "bo", "tp", "hcm"]),
            ("Thụy Điển", &["thụy", "điển"], &["thuy", "dien"]),
        ];
        let (mut e, mut f) = (exact(), folded());
        for (input, exact_terms, folded_terms) in cases {
            check(&mut e, input, exact_terms);
            check(&mut f, input, folded_terms);
        }
    }

    /// The fast path never skips a syllable that `canonical_tones` would change: checked on
    /// every toned letter after every vowel (two-vowel rimes, with and without a final).
    #[test]
    fn tone_fast_path_skips_only_unchanged_syllables() {
        let letters = all_letters();
        let lower: Vec<&String> = letters.iter().filter(|l| **l == l.to_lowercase()).collect();
        let (mut checked, mut moved) = (0, 0);
        for onset in ["", "h", "qu", "gi", "th"] {
            for a in &lower {
                for b in &lower {
                    for coda in ["", "n", "ng", "t"] {
                        let syllable = format!("{onset}{a}{b}{coda}");
                        let changed = crate::text::canonical_tones(&syllable) != syllable;
                        assert!(!changed || may_move_tone(&syllable), "{syllable} skipped");
                        checked += 1;
                        moved += usize::from(changed);
                    }
                }
            }
        }
        assert!(checked > 100_000 && moved > 100, "{checked} checked, {moved} moved");
        let cases = [("hoà", true), ("thủy", true), ("thị", false), ("được", true), ("ha", false)];
        for (token, expected) in cases {
            assert_eq!(may_move_tone(token), expected, "{token}");
        }
    }

    #[test]
    fn offsets_point_into_the_input() {
        let input = "Thành ủy Hà Nội";
        for mut analyzer in [exact(), folded()] {
            let spans: Vec<&str> =
                terms(&mut analyzer, input).iter().map(|t| &input[t.start..t.end]).collect();
            assert_eq!(spans, ["Thành", "ủy", "Hà", "Nội"]);
        }
    }
}
