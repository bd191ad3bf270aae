//! HTML character references, decoded once (`vietnamese.md` §3.8).
//!
//! The HTML parser already decodes references in text nodes and attributes. Some text reaches
//! vnmon still encoded: JSON-LD string values (`ch&#237;nh s&#225;ch`), meta `content`
//! (`&#x2B;07:00`) and RSS CDATA (`K&yacute; ức`). [`decode_entities`] decodes such text exactly
//! once, so `&amp;lt;` becomes the literal `&lt;` and stays that way.

use std::borrow::Cow;

use super::mojibake::CP1252_HIGH;

/// Names of U+00A0–U+00FF in HTML 4 order (the Latin-1 entity set).
const LATIN1_NAMES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// The rest of the HTML 4 set, `&apos;`, the HTML 5 names of Vietnamese letters outside
/// Latin-1 (`ă đ ĩ ũ`; `ơ ư` have none) and a few common HTML 5 punctuation names.
const OTHER_NAMES: &[(&str, u32)] = &[
    ("quot", 34),
    ("amp", 38),
    ("apos", 39),
    ("lt", 60),
    ("gt", 62),
    ("QUOT", 34),
    ("AMP", 38),
    ("LT", 60),
    ("GT", 62),
    ("COPY", 169),
    ("REG", 174),
    ("Tab", 9),
    ("NewLine", 10),
    ("excl", 33),
    ("num", 35),
    ("dollar", 36),
    ("percnt", 37),
    ("lpar", 40),
    ("rpar", 41),
    ("ast", 42),
    ("plus", 43),
    ("comma", 44),
    ("period", 46),
    ("sol", 47),
    ("colon", 58),
    ("semi", 59),
    ("equals", 61),
    ("quest", 63),
    ("commat", 64),
    ("lsqb", 91),
    ("bsol", 92),
    ("rsqb", 93),
    ("lowbar", 95),
    ("grave", 96),
    ("lcub", 123),
    ("verbar", 124),
    ("rcub", 125),
    ("Abreve", 0x102),
    ("abreve", 0x103),
    ("Dstrok", 0x110),
    ("dstrok", 0x111),
    ("Itilde", 0x128),
    ("itilde", 0x129),
    ("Utilde", 0x168),
    ("utilde", 0x169),
    ("OElig", 338),
    ("oelig", 339),
    ("Scaron", 352),
    ("scaron", 353),
    ("Yuml", 376),
    ("fnof", 402),
    ("circ", 710),
    ("tilde", 732),
    ("Alpha", 913),
    ("Beta", 914),
    ("Gamma", 915),
    ("Delta", 916),
    ("Epsilon", 917),
    ("Zeta", 918),
    ("Eta", 919),
    ("Theta", 920),
    ("Iota", 921),
    ("Kappa", 922),
    ("Lambda", 923),
    ("Mu", 924),
    ("Nu", 925),
    ("Xi", 926),
    ("Omicron", 927),
    ("Pi", 928),
    ("Rho", 929),
    ("Sigma", 931),
    ("Tau", 932),
    ("Upsilon", 933),
    ("Phi", 934),
    ("Chi", 935),
    ("Psi", 936),
    ("Omega", 937),
    ("alpha", 945),
    ("beta", 946),
    ("gamma", 947),
    ("delta", 948),
    ("epsilon", 949),
    ("zeta", 950),
    ("eta", 951),
    ("theta", 952),
    ("iota", 953),
    ("kappa", 954),
    ("lambda", 955),
    ("mu", 956),
    ("nu", 957),
    ("xi", 958),
    ("omicron", 959),
    ("pi", 960),
    ("rho", 961),
    ("sigmaf", 962),
    ("sigma", 963),
    ("tau", 964),
    ("upsilon", 965),
    ("phi", 966),
    ("chi", 967),
    ("psi", 968),
    ("omega", 969),
    ("thetasym", 977),
    ("upsih", 978),
    ("piv", 982),
    ("ensp", 8194),
    ("emsp", 8195),
    ("thinsp", 8201),
    ("ZeroWidthSpace", 8203),
    ("zwnj", 8204),
    ("zwj", 8205),
    ("lrm", 8206),
    ("rlm", 8207),
    ("hyphen", 8208),
    ("dash", 8208),
    ("ndash", 8211),
    ("mdash", 8212),
    ("horbar", 8213),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("bdquo", 8222),
    ("dagger", 8224),
    ("Dagger", 8225),
    ("bull", 8226),
    ("hellip", 8230),
    ("permil", 8240),
    ("prime", 8242),
    ("Prime", 8243),
    ("lsaquo", 8249),
    ("rsaquo", 8250),
    ("oline", 8254),
    ("frasl", 8260),
    ("euro", 8364),
    ("image", 8465),
    ("weierp", 8472),
    ("real", 8476),
    ("trade", 8482),
    ("alefsym", 8501),
    ("larr", 8592),
    ("uarr", 8593),
    ("rarr", 8594),
    ("darr", 8595),
    ("harr", 8596),
    ("crarr", 8629),
    ("lArr", 8656),
    ("uArr", 8657),
    ("rArr", 8658),
    ("dArr", 8659),
    ("hArr", 8660),
    ("forall", 8704),
    ("part", 8706),
    ("exist", 8707),
    ("empty", 8709),
    ("nabla", 8711),
    ("isin", 8712),
    ("notin", 8713),
    ("ni", 8715),
    ("prod", 8719),
    ("sum", 8721),
    ("minus", 8722),
    ("lowast", 8727),
    ("radic", 8730),
    ("prop", 8733),
    ("infin", 8734),
    ("ang", 8736),
    ("and", 8743),
    ("or", 8744),
    ("cap", 8745),
    ("cup", 8746),
    ("int", 8747),
    ("there4", 8756),
    ("sim", 8764),
    ("cong", 8773),
    ("asymp", 8776),
    ("ne", 8800),
    ("equiv", 8801),
    ("le", 8804),
    ("ge", 8805),
    ("sub", 8834),
    ("sup", 8835),
    ("nsub", 8836),
    ("sube", 8838),
    ("supe", 8839),
    ("oplus", 8853),
    ("otimes", 8855),
    ("perp", 8869),
    ("sdot", 8901),
    ("lceil", 8968),
    ("rceil", 8969),
    ("lfloor", 8970),
    ("rfloor", 8971),
    ("lang", 10216),
    ("rang", 10217),
    ("loz", 9674),
    ("spades", 9824),
    ("clubs", 9827),
    ("hearts", 9829),
    ("diams", 9830),
];

/// The character a named reference (without `&` and `;`) stands for. Names are case-sensitive
/// (`&Aacute;` ≠ `&aacute;`).
pub(super) fn named_entity(name: &str) -> Option<char> {
    if let Some(i) = LATIN1_NAMES.iter().position(|&n| n == name) {
        return u32::try_from(0xA0 + i).ok().and_then(char::from_u32);
    }
    OTHER_NAMES.iter().find(|(n, _)| *n == name).and_then(|&(_, cp)| char::from_u32(cp))
}

/// The character a numeric reference stands for, with the HTML 5 fix-ups: 0, surrogates and
/// values above U+10FFFF give U+FFFD; 0x80–0x9F are read as Windows-1252.
fn numeric_entity(value: u32) -> char {
    match value {
        0x80..=0x9F => CP1252_HIGH[(value - 0x80) as usize],
        _ => char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{FFFD}'),
    }
}

/// Parses the reference that follows an `&` (`rest` starts just after it). Returns the decoded
/// character and the number of bytes of `rest` consumed, including the closing `;`.
fn parse_reference(rest: &str) -> Option<(char, usize)> {
    let bytes = rest.as_bytes();
    if bytes.first() == Some(&b'#') {
        let (radix, start) = match bytes.get(1) {
            Some(b'x' | b'X') => (16, 2),
            _ => (10, 1),
        };
        let digits = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || (radix == 16 && b.is_ascii_hexdigit()))
            .count();
        if digits == 0 || bytes.get(start + digits) != Some(&b';') {
            return None;
        }
        let text = rest.get(start..start + digits)?;
        // Overlong numbers saturate to an invalid code point, which becomes U+FFFD.
        let value = u32::from_str_radix(text, radix).unwrap_or(u32::MAX);
        return Some((numeric_entity(value), start + digits + 1));
    }
    let len = bytes.iter().take(32).take_while(|b| b.is_ascii_alphanumeric()).count();
    if len == 0 || bytes.get(len) != Some(&b';') {
        return None;
    }
    let c = named_entity(rest.get(..len)?)?;
    Some((c, len + 1))
}

/// Decodes HTML character references once: decimal (`&#237;`), hexadecimal (`&#x1EBF;`) and
/// named (`&yacute;`, `&amp;` … the HTML 4 set plus the HTML 5 names of Vietnamese letters).
/// A reference must end with `;`; anything that is not a valid reference (`&`, `&#xZZ;`,
/// `&unknown;`) is kept verbatim. Returns the input borrowed when there is nothing to decode.
///
/// The output is not normalised: pass it through [`crate::text::normalize`] (a reference may
/// produce a combining mark, NBSP or `Ð`).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    let Some(first) = s.find('&') else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    let mut changed = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match parse_reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(decode_entities(input), expected, "decode_entities({input:?})");
    }

    #[test]
    fn entity_cases() {
        let cases: &[(&str, &str)] = &[
            ("ch&#237;nh s&#225;ch", "chính sách"),
            ("C&#x1A1; ch&#x1EBF;", "Cơ chế"),
            ("&#X1EBF;", "ế"),
            ("&#x2B;07:00", "+07:00"),
            ("K&yacute; ức", "Ký ức"),
            (
                "&Agrave; &agrave; &Aacute; &atilde; &ecirc; &ocirc; &otilde; &uacute;",
                "À à Á ã ê ô õ ú",
            ),
            ("&abreve;&Abreve;&dstrok;&Dstrok;&itilde;&utilde;", "ăĂđĐĩũ"),
            ("&amp;lt;", "&lt;"),
            ("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", "a & b <c> \"d\" 'e'"),
            ("x&nbsp;y", "x\u{A0}y"),
            ("&ndash;&mdash;&hellip;&ldquo;&rdquo;&lsquo;&rsquo;", "–—…“”‘’"),
            ("&#xZZ;", "&#xZZ;"),
            ("&#;", "&#;"),
            ("&#x;", "&#x;"),
            ("&", "&"),
            ("a & b", "a & b"),
            ("&&amp;", "&&"),
            ("&amp", "&amp"),
            ("&unknown;", "&unknown;"),
            ("&#0;", "\u{FFFD}"),
            ("&#xD800;", "\u{FFFD}"),
            ("&#99999999999;", "\u{FFFD}"),
            ("&#150;", "–"),
            ("Đà Nẵng", "Đà Nẵng"),
            ("trailing &", "trailing &"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        for s in ["no refs", "a & b", "&bogus;"] {
            assert!(matches!(decode_entities(s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn every_latin1_name_decodes() {
        for (i, name) in LATIN1_NAMES.iter().enumerate() {
            let expected = char::from_u32(0xA0 + i as u32).map(String::from);
            assert_eq!(Some(decode_entities(&format!("&{name};")).into_owned()), expected);
        }
    }
}
