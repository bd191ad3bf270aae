//! Diacritic folding for accent-insensitive matching (`vietnamese.md` §3.9).
//!
//! Lowercase, strip every mark, `đ`/`Đ`/`ð`/`Ð` → `d`. On the 134 Vietnamese letters outside
//! ASCII this is exactly what tantivy's `AsciiFoldingFilter` does after its lowercaser, so the
//! folded shadow field and folded queries agree. Other Latin letters lose their marks through
//! canonical decomposition (`é` → `e`, `ñ` → `n`); a few letters without a decomposition map by
//! hand (`ø` → `o`, `ł` → `l`, `ı` → `i`). Everything else is only lowercased.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::tone::base_and_tone;

/// Folds one character: lowercase, marks stripped, `đ` → `d`. `None` for a combining mark
/// (it is dropped, so NFD input folds like NFC input). Characters whose lowercase form has
/// several characters keep the first (`İ` → `i`).
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    if is_combining_mark(c) {
        return None;
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    if let Some((base, _)) = base_and_tone(lower) {
        return Some(match base {
            'ă' | 'â' => 'a',
            'ê' => 'e',
            'ô' | 'ơ' => 'o',
            'ư' => 'u',
            other => other,
        });
    }
    let mapped = match lower {
        'đ' | 'ð' => 'd',
        'ø' => 'o',
        'ł' => 'l',
        'ı' => 'i',
        'ħ' => 'h',
        'ŧ' => 't',
        _ => {
            let mut first = None;
            decompose_canonical(lower, |d| {
                if first.is_none() {
                    first = Some(d);
                }
            });
            first.unwrap_or(lower)
        }
    };
    Some(mapped)
}

pub(super) fn fold_impl(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().filter_map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::super::fold;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }

    /// All 134 Vietnamese letters outside ASCII fold to their ASCII base letter.
    #[test]
    fn every_vietnamese_letter() {
        let table: &[(char, [char; 6])] = &[
            ('a', ['a', 'à', 'á', 'ả', 'ã', 'ạ']),
            ('a', ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ']),
            ('a', ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ']),
            ('e', ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ']),
            ('e', ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ']),
            ('i', ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị']),
            ('o', ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ']),
            ('o', ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ']),
            ('o', ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ']),
            ('u', ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ']),
            ('u', ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự']),
            ('y', ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
        ];
        let mut non_ascii = 0;
        for (ascii, forms) in table {
            for &lower in forms {
                let upper = lower.to_uppercase().next().expect("uppercase");
                for c in [lower, upper] {
                    non_ascii += usize::from(!c.is_ascii());
                    check(&c.to_string(), &ascii.to_string());
                }
            }
        }
        for c in ['đ', 'Đ', 'ð', 'Ð'] {
            check(&c.to_string(), "d");
        }
        assert_eq!(non_ascii + 2, 134);
    }

    #[test]
    fn fold_cases() {
        let cases: &[(&str, &str)] = &[
            ("Thành ủy Hà Nội", "thanh uy ha noi"),
            ("NGHỊ ĐỊNH 30/2020/NĐ-CP", "nghi dinh 30/2020/nd-cp"),
            ("Nguyễn Xuân Phúc", "nguyen xuan phuc"),
            ("người lao động", "nguoi lao dong"),
            ("Nguye\u{0302}\u{0303}n", "nguyen"),
            ("café Zürich Ñandú", "cafe zurich nandu"),
            ("ÐẢNG", "dang"),
            ("ASCII Only 123", "ascii only 123"),
            ("tiếng Việt – “ngoặc”", "tieng viet – “ngoac”"),
            ("", ""),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}
