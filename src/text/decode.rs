//! Bytes → text (`vietnamese.md` §3.1 step 1, `sites.md` §1.6).
//!
//! Charset precedence for HTML: byte-order mark, HTTP `Content-Type` charset, `<meta charset>` or
//! `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB, UTF-16 without
//! BOM (many NUL bytes), valid UTF-8, and finally `chardetng` with the `.vn` TLD hint. The BOM
//! wins over the header as in browsers: it cannot be there by accident. A declared UTF-8 whose
//! bytes are mostly not UTF-8 is re-detected; a declared single-byte charset (Latin-1,
//! Windows-125x) whose bytes are mostly valid UTF-8 multi-byte sequences — a few damaged bytes
//! aside — is read as UTF-8, the damaged bytes becoming U+FFFD, rather than turned into mojibake
//! that the damaged bytes would then keep from being repaired. Decoded text then goes through
//! [`repair_mojibake`](super::repair_mojibake) and [`normalize`](super::normalize).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How many leading bytes are searched for a `<meta>` charset declaration.
const META_SCAN_BYTES: usize = 4096;
/// How many leading bytes the UTF-16 heuristic and the detector look at.
const SNIFF_BYTES: usize = 64 * 1024;

/// Where the charset used to decode a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A UTF-8 or UTF-16 byte-order mark.
    Bom,
    /// The `charset` parameter of the HTTP `Content-Type` header.
    Header,
    /// A `<meta>` declaration in the document head.
    Meta,
    /// NUL bytes at every other position: UTF-16 without a BOM.
    Utf16Heuristic,
    /// No declaration, and the bytes are valid UTF-8.
    ValidUtf8,
    /// Guessed by `chardetng` (no declaration, or a UTF-8 declaration the bytes contradict), or
    /// UTF-8 where the bytes contradict a single-byte declaration.
    Detected,
}

/// The encoding chosen for a document and the reason for the choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetectedEncoding {
    /// The encoding used to decode the bytes.
    pub encoding: &'static Encoding,
    /// Where the choice came from.
    pub source: CharsetSource,
    /// Length of the byte-order mark to skip (0 when there is none).
    pub bom_len: usize,
}

impl DetectedEncoding {
    fn new(encoding: &'static Encoding, source: CharsetSource) -> Self {
        DetectedEncoding { encoding, source, bom_len: 0 }
    }
}

/// The `charset` parameter of a `Content-Type` value, resolved with the WHATWG label table.
fn charset_from_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        if !key.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        Encoding::for_label(value.as_bytes())
    })
}

/// Finds `needle` (lowercase ASCII) in `hay` ignoring ASCII case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// The charset declared by the first `<meta>` tag carrying one, within the first 4 KB. Covers
/// `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
/// A declared UTF-16 means UTF-8 (WHATWG: an ASCII-readable meta cannot be UTF-16).
fn charset_from_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut head = &bytes[..bytes.len().min(META_SCAN_BYTES)];
    while let Some(start) = find_ci(head, b"<meta") {
        let tag = &head[start + 5..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        let attrs = &tag[..end];
        if let Some(enc) = charset_in_attrs(attrs) {
            return Some(enc.output_encoding());
        }
        head = &tag[end..];
    }
    None
}

fn charset_in_attrs(attrs: &[u8]) -> Option<&'static Encoding> {
    let mut rest = attrs;
    while let Some(pos) = find_ci(rest, b"charset") {
        let mut after = &rest[pos + 7..];
        after = trim_start(after);
        if let Some((b'=', tail)) = after.split_first() {
            let value = trim_start(tail);
            let value = match value.first() {
                Some(b'"' | b'\'') => &value[1..],
                _ => value,
            };
            let len = value
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .count();
            if let Some(enc) = Encoding::for_label(&value[..len]) {
                return Some(enc);
            }
        }
        rest = after;
    }
    None
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// UTF-16 without BOM: NUL high bytes at every other position (ASCII characters in UTF-16).
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut zero_even, mut zero_odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        zero_even += usize::from(pair[0] == 0);
        zero_odd += usize::from(pair[1] == 0);
    }
    if zero_odd * 10 >= pairs * 3 && zero_even * 20 < pairs {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 3 && zero_odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(Some(b"vn"), Utf8Detection::Allow)
}

/// Whether bytes declared UTF-8 are mostly something else: more invalid sequences than valid
/// multi-byte characters. A page with one truncated character stays UTF-8.
fn utf8_declaration_contradicted(bytes: &[u8]) -> bool {
    let (invalid, multibyte) = utf8_counts(bytes);
    invalid > multibyte
}

/// Whether bytes declared in a single-byte charset are really UTF-8: many valid multi-byte
/// sequences (which legacy text almost never forms) and at most one invalid sequence per ten.
fn single_byte_declaration_contradicted(bytes: &[u8]) -> bool {
    let (invalid, multibyte) = utf8_counts(bytes);
    multibyte >= 8 && invalid * 10 <= multibyte
}

/// Invalid sequences and valid non-ASCII characters in `bytes` read as UTF-8.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let mut invalid = 0usize;
    let mut multibyte = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                multibyte += std::str::from_utf8(good)
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                invalid += 1;
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = &bad[skip.min(bad.len())..];
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    (invalid, multibyte)
}

/// Chooses the encoding of a document; `content_type` is the HTTP header value, `html` enables
/// the `<meta>` scan.
fn choose(bytes: &[u8], content_type: Option<&str>, html: bool) -> DetectedEncoding {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return DetectedEncoding { encoding, source: CharsetSource::Bom, bom_len };
    }
    let declared = content_type
        .and_then(charset_from_content_type)
        .map(|e| (e, CharsetSource::Header))
        .or_else(|| {
            html.then(|| charset_from_meta(bytes)).flatten().map(|e| (e, CharsetSource::Meta))
        });
    if let Some((encoding, source)) = declared {
        if encoding == UTF_8 && utf8_declaration_contradicted(bytes) {
            let guess = detect(bytes);
            if guess != UTF_8 {
                return DetectedEncoding::new(guess, CharsetSource::Detected);
            }
        }
        if encoding.is_single_byte() && single_byte_declaration_contradicted(bytes) {
            return DetectedEncoding::new(UTF_8, CharsetSource::Detected);
        }
        return DetectedEncoding::new(encoding, source);
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return DetectedEncoding::new(encoding, CharsetSource::Utf16Heuristic);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return DetectedEncoding::new(UTF_8, CharsetSource::ValidUtf8);
    }
    DetectedEncoding::new(detect(bytes), CharsetSource::Detected)
}

/// Which encoding [`decode_html`](super::decode_html) uses for `bytes` served with
/// `content_type`, and why.
pub fn detect_encoding(bytes: &[u8], content_type: Option<&str>) -> DetectedEncoding {
    choose(bytes, content_type, true)
}

fn finish(bytes: &[u8], chosen: DetectedEncoding) -> String {
    let body = bytes.get(chosen.bom_len..).unwrap_or_default();
    let (text, _had_errors) = chosen.encoding.decode_without_bom_handling(body);
    let repaired = super::repair_mojibake(&text);
    super::normalize(&repaired)
}

pub(super) fn decode_html_impl(bytes: &[u8], content_type: Option<&str>) -> String {
    finish(bytes, choose(bytes, content_type, true))
}

pub(super) fn decode_text_impl(bytes: &[u8]) -> String {
    finish(bytes, choose(bytes, None, false))
}

#[cfg(test)]
mod tests {
    use super::super::{decode_html, decode_text};
    use super::*;

    const LAODONG: &str = "fixtures/laodong/homepage_2021-08_double-encoded-utf8-mojibake.html";

    fn check_html(bytes: &[u8], content_type: Option<&str>, expected: &str) {
        assert_eq!(
            decode_html(bytes, content_type),
            expected,
            "decode_html({:?}, {content_type:?})",
            String::from_utf8_lossy(bytes)
        );
    }

    fn check_text(bytes: &[u8], expected: &str) {
        assert_eq!(decode_text(bytes), expected, "decode_text({bytes:?})");
    }

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = (if bom { "\u{FEFF}" } else { "" }).encode_utf16().chain(s.encode_utf16());
        for u in units {
            let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
            out.extend_from_slice(&b);
        }
        out
    }

    /// "Việt Nam – Đường" in Windows-1258: base letters plus combining tone bytes.
    const CP1258: &[u8] = b"Vi\xEA\xF2t Nam \x96 \xD0\xFD\xF5\xCCng";

    #[test]
    fn html_cases() {
        let latin1_meta =
            b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xE9</body></html>";
        let utf8_meta_1258_header = "<meta charset=\"utf-8\"><p>Đường</p>";
        let http_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"><p>Vi\xEA\xF2t</p>";
        let cases: Vec<(Vec<u8>, Option<&str>, String)> = vec![
            (CP1258.to_vec(), Some("text/html; charset=windows-1258"), "Việt Nam – Đường".into()),
            (CP1258.to_vec(), Some("text/html;charset=\"Windows-1258\""), "Việt Nam – Đường".into()),
            (latin1_meta.to_vec(), None, "<html><head><meta charset=\"iso-8859-1\"></head><body>café</body></html>".into()),
            (http_equiv.to_vec(), None, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"><p>Việt</p>".into()),
            // header beats meta: the bytes are UTF-8 as the header says
            (utf8_meta_1258_header.as_bytes().to_vec(), Some("text/html; charset=utf-8"), utf8_meta_1258_header.into()),
            // header beats meta the other way round too
            (b"<meta charset=\"utf-8\"><p>caf\xE9</p>".to_vec(), Some("text/html; charset=ISO-8859-1"), "<meta charset=\"utf-8\"><p>café</p>".into()),
            // BOM
            ([b"\xEF\xBB\xBF".as_slice(), "Hà Nội".as_bytes()].concat(), Some("text/html; charset=iso-8859-1"), "Hà Nội".into()),
            (utf16("<p>Hà Nội</p>", true, true), None, "<p>Hà Nội</p>".into()),
            (utf16("<p>Hà Nội</p>", false, true), None, "<p>Hà Nội</p>".into()),
            // no declaration, valid UTF-8, NFD and NBSP cleaned
            ("Vie\u{0323}\u{0302}t\u{00A0}Nam".as_bytes().to_vec(), None, "Việt Nam".into()),
            (Vec::new(), None, String::new()),
            // UTF-8 served as Latin-1: decodes to mojibake, which is then repaired
            ("<p>Lao Động – “Công đoàn”</p>".as_bytes().to_vec(), Some("text/html; charset=iso-8859-1"), "<p>Lao Động – “Công đoàn”</p>".into()),
            // declared UTF-8 but the bytes are Windows-1258 throughout: re-detected
            (CP1258.repeat(20), Some("text/html; charset=utf-8"), "Việt Nam – Đường".repeat(20)),
            // UTF-8 with one damaged byte, under a wrong single-byte meta charset: read as
            // UTF-8, no mojibake left in any paragraph
            (
                [
                    "<meta charset=\"windows-1252\"><p>Ủy ban nhân dân thành phố Hà Nội</p><p>Đoạn ".as_bytes(),
                    b"\xff",
                    " hỏng ở giữa câu</p>".as_bytes(),
                ]
                .concat(),
                None,
                "<meta charset=\"windows-1252\"><p>Ủy ban nhân dân thành phố Hà Nội</p><p>Đoạn \u{FFFD} hỏng ở giữa câu</p>".into(),
            ),
        ];
        for (bytes, ct, expected) in &cases {
            check_html(bytes, *ct, expected);
        }
    }

    #[test]
    fn encoding_choice() {
        let cases: &[(&[u8], Option<&str>, &Encoding, CharsetSource)] = &[
            (
                b"<meta charset=utf-8>",
                Some("text/html; charset=windows-1258"),
                encoding_rs::WINDOWS_1258,
                CharsetSource::Header,
            ),
            (
                b"<META CHARSET='Windows-1258'>",
                Some("text/html"),
                encoding_rs::WINDOWS_1258,
                CharsetSource::Meta,
            ),
            (b"<meta charset=\"utf-16\">", None, UTF_8, CharsetSource::Meta),
            (
                b"\xEF\xBB\xBFabc",
                Some("text/html; charset=windows-1252"),
                UTF_8,
                CharsetSource::Bom,
            ),
            (b"plain ascii", None, UTF_8, CharsetSource::ValidUtf8),
        ];
        for &(bytes, ct, encoding, source) in cases {
            let got = detect_encoding(bytes, ct);
            assert_eq!((got.encoding, got.source), (encoding, source), "{bytes:?} {ct:?}");
        }
    }

    #[test]
    fn text_cases() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (utf16("Thủ tướng Chính phủ", true, false), "Thủ tướng Chính phủ"),
            (utf16("Thủ tướng Chính phủ", false, false), "Thủ tướng Chính phủ"),
            (utf16("Thủ tướng", true, true), "Thủ tướng"),
            ("Lao \u{00C4}\u{0090}\u{00E1}\u{00BB}\u{0099}ng".as_bytes().to_vec(), "Lao Động"),
            ("\u{FEFF}Đảng".as_bytes().to_vec(), "Đảng"),
        ];
        for (bytes, expected) in &cases {
            check_text(bytes, expected);
        }
    }

    #[test]
    fn detects_undeclared_legacy_vietnamese() {
        // A paragraph of Windows-1258 without any declaration: detection must not end in
        // UTF-8 replacement characters.
        let mut bytes = Vec::new();
        for _ in 0..20 {
            bytes.extend_from_slice(CP1258);
            bytes.extend_from_slice(b". ");
        }
        let text = decode_text(&bytes);
        assert!(!text.contains('\u{FFFD}'), "{text}");
        assert!(text.contains("Việt Nam"), "{text}");
    }

    /// Clean UTF-8 fixtures come out exactly as their normalised UTF-8 text: detection and
    /// mojibake repair never touch good pages.
    #[test]
    fn clean_fixtures_unchanged() {
        let Some(root) = crate::shared_data::path("fixtures") else { return };
        let mut seen = 0;
        for site in ["dantri", "baochinhphu"] {
            let dir = std::fs::read_dir(root.join(site)).expect("fixture dir");
            for entry in dir {
                let path = entry.expect("dir entry").path();
                let bytes = std::fs::read(&path).expect("fixture readable");
                let utf8 = std::str::from_utf8(&bytes).expect("fixture is UTF-8");
                assert!(!super::super::is_mojibake(utf8), "{path:?}");
                let decoded = decode_html(&bytes, None);
                assert_eq!(decoded, super::super::normalize(utf8), "{path:?}");
                seen += 1;
            }
        }
        assert!(seen >= 5, "only {seen} fixtures found");
    }

    #[test]
    fn laodong_mojibake_fixture() {
        let Some(path) = crate::shared_data::path(LAODONG) else { return };
        let bytes = std::fs::read(path).expect("fixture readable");
        let text = decode_html(&bytes, Some("text/html; charset=utf-8"));
        assert!(text.contains("Lao Động"));
        assert!(!text.contains('Ã'));
        assert!(!text.chars().any(|c| ('\u{0080}'..='\u{009F}').contains(&c)));
        let undeclared = decode_html(&bytes, None);
        assert_eq!(undeclared, text);
    }
}
