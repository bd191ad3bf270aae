//! From a user query string to a tantivy query.
//!
//! The query is normalised ([`crate::text::normalize`], NFC) and parsed with tantivy's query
//! grammar, so quoted phrases, `AND`/`OR`/`NOT`, `+`/`-`, parentheses, boosts and field prefixes
//! all work. Terms are combined with `AND` unless `OR` is written.
//!
//! Then every literal (a word, or a quoted phrase) is routed by its own spelling:
//! - typed **with** any non-ASCII letter (`thủy điện`): it searches the exact fields, so it
//!   matches those letters only, ignoring case, Unicode form and tone placement;
//! - typed **without** (`thuy dien`): it searches the folded fields and matches every accented
//!   form.
//!
//! A literal without field searches title, sapo and body. The prefixes `title:`, `sapo:` and
//! `body:` pick one of them (still routed exact/folded). Keyword prefixes: `site:`, `url:`,
//! `category:`, `tags:` (alias `tag:`), `doc:` (document id, see [`super::doc_filter_key`]),
//! `issuer:`, `official:` and `unit:` (both matched without diacritics, see
//! [`super::entity_key`]).
//!
//! `||` and `&&` are spellings of `OR` and `AND`. A query is bounded: at most
//! [`MAX_QUERY_CHARS`] characters, parentheses nested at most [`MAX_QUERY_DEPTH`] deep, phrase
//! slop at most [`MAX_SLOP`]; a word the index does not keep ([`analyzer::MAX_TOKEN_BYTES`])
//! is an error rather than silently dropped.

use tantivy::query::{Query, QueryParser, QueryParserError};
use tantivy::query_grammar::{
    self, Delimiter, Occur, UserInputAst, UserInputLeaf, UserInputLiteral,
};

use super::{analyzer, schema};
use super::{doc_filter_key, entity_key, site_filter_key, IndexError};

/// The longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 4096;

/// How deep parentheses may nest in a query.
pub const MAX_QUERY_DEPTH: usize = 32;

/// The largest phrase slop (`"kỷ cương"~N`).
pub const MAX_SLOP: u64 = 100;

/// Boosts: exact fields score above their folded twins, titles above bodies.
const BOOSTS: [(&str, f32); 6] = [
    (schema::TITLE, 3.0),
    (schema::SAPO, 2.0),
    (schema::BODY, 1.5),
    (schema::TITLE_FOLDED, 2.0),
    (schema::SAPO_FOLDED, 1.3),
    (schema::BODY_FOLDED, 1.0),
];

/// Field prefixes users may write, for error messages.
const FIELD_NAMES: &str =
    "title, sapo, body, site, url, category, tags, doc, issuer, official, unit, published";

/// A positive literal of the query, kept to highlight snippets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The literal was routed to the folded fields.
    pub folded: bool,
    /// The literal as typed (a word or a phrase).
    pub phrase: String,
    /// The last word is a prefix (`"quyết đị"*`).
    pub prefix: bool,
}

/// A parsed query with what snippets need to know about it.
pub struct Parsed {
    /// The query to run.
    pub query: Box<dyn Query>,
    /// Positive literals over text fields, in query order.
    pub highlights: Vec<Highlight>,
}

/// Parses `input` (already trimmed and non-empty).
pub fn parse(index: &tantivy::Index, input: &str) -> Result<Parsed, IndexError> {
    let input = crate::text::normalize(input);
    let input = check_bounds_and_spell_operators(&input)?;
    let grouped = group_adjacent_words(&input);
    let ast = query_grammar::parse_query(&grouped).map_err(|_| syntax_error(&input))?;
    check_word_lengths(&ast)?;
    let phrases = adjacent_word_phrases(&ast);
    let mut highlights = Vec::new();
    let mut ast = rewrite(ast, false, &mut highlights);
    if let UserInputAst::Clause(clauses) = &mut ast {
        for phrase in phrases {
            // Scoring only: the exact sequence ranks first.
            let routed = rewrite_literal(phrase, false, &mut Vec::new());
            let boosted = UserInputAst::Boost(Box::new(routed), PHRASE_BOOST.into());
            clauses.push((Some(Occur::Should), boosted));
        }
    }
    // A query made only of exclusions ("-thủy") means "everything except".
    if let UserInputAst::Clause(clauses) = &mut ast {
        if !clauses.is_empty() && clauses.iter().all(|(o, _)| *o == Some(Occur::MustNot)) {
            clauses.push((Some(Occur::Must), UserInputAst::Leaf(Box::new(UserInputLeaf::All))));
        }
    }
    let mut parser = QueryParser::for_index(index, Vec::new());
    parser.set_conjunction_by_default();
    for (name, boost) in BOOSTS {
        if let Ok(field) = index.schema().get_field(name) {
            parser.set_field_boost(field, boost);
        }
    }
    let query = parser.build_query_from_user_input_ast(ast).map_err(|e| {
        let detail = match e {
            QueryParserError::FieldDoesNotExist(f) | QueryParserError::FieldNotIndexed(f) => {
                format!("unknown field `{f}` (fields: {FIELD_NAMES})")
            }
            other => other.to_string(),
        };
        IndexError::Query(one_line(&format!("invalid query `{input}`: {detail}")))
    })?;
    Ok(Parsed { query, highlights })
}

/// Checks the bounds of `input` (length, nesting, slop) and rewrites the operators `||` and
/// `&&` (outside quotes) as `OR` and `AND`, which is how tantivy's grammar spells them.
fn check_bounds_and_spell_operators(input: &str) -> Result<String, IndexError> {
    let refuse = |why: String| Err(IndexError::Query(one_line(&why)));
    let chars = input.chars().count();
    if chars > MAX_QUERY_CHARS {
        return refuse(format!("the query is {chars} characters long: at most {MAX_QUERY_CHARS}"));
    }
    let mut parts = Vec::new();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for (i, part) in input.split('"').enumerate() {
        if i % 2 == 1 {
            parts.push(part.to_string());
            continue;
        }
        if i > 0 {
            if let Some(after) = part.strip_prefix('~') {
                let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
                let slop = digits.parse::<u64>().unwrap_or(u64::MAX);
                if !digits.is_empty() && slop > MAX_SLOP {
                    return refuse(format!(
                        "phrase slop ~{digits} is too large: at most ~{MAX_SLOP}"
                    ));
                }
            }
        }
        for c in part.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        let words: Vec<&str> = part
            .split(' ')
            .map(|w| match w {
                "||" => "OR",
                "&&" => "AND",
                other => other,
            })
            .collect();
        parts.push(words.join(" "));
    }
    if deepest > MAX_QUERY_DEPTH {
        return refuse(format!(
            "the query nests parentheses {deepest} deep: at most {MAX_QUERY_DEPTH}"
        ));
    }
    Ok(parts.join("\""))
}

/// Refuses a word the index cannot hold: of [`analyzer::MAX_TOKEN_BYTES`] bytes or more, it is
/// dropped when indexing and would be dropped from the query too, silently widening it.
fn check_word_lengths(ast: &UserInputAst) -> Result<(), IndexError> {
    match ast {
        UserInputAst::Clause(clauses) => {
            clauses.iter().try_for_each(|(_, sub)| check_word_lengths(sub))
        }
        UserInputAst::Boost(sub, _) => check_word_lengths(sub),
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Literal(lit)
                if matches!(
                    lit.field_name.as_deref(),
                    None | Some(schema::TITLE | schema::SAPO | schema::BODY)
                ) =>
            {
                let too_long = lit
                    .phrase
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| w.len() >= analyzer::MAX_TOKEN_BYTES);
                match too_long {
                    Some(word) => Err(IndexError::Query(format!(
                        "the word `{word}` is {} bytes long: the index keeps words under {} \
                         bytes, so no article can match it",
                        word.len(),
                        analyzer::MAX_TOKEN_BYTES
                    ))),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        },
    }
}

/// Extra weight of documents where words typed without quotes stand exactly side by side.
const PHRASE_BOOST: f64 = 2.0;

/// How far apart syllables typed side by side may stand in a document (intervening words).
/// Vietnamese words are made of several space-separated syllables, so `kỷ cương` typed without
/// quotes means the word *kỷ cương*, not *kỷ* somewhere and *cương* elsewhere ("kỷ luật … tăng
/// cường"). Two words of slack let `Chỉ thị 24-CT/TU` find "Chỉ thị **số** 24-CT/TU" and
/// `Hà Nội Chỉ thị` find "Hà Nội ban hành Chỉ thị"; separate concepts are joined with `AND`.
const NEAR_SLOP: u32 = 2;

/// Rewrites runs of two or more bare words typed side by side into sloppy phrases
/// (`kỷ cương` → `"kỷ cương"~2`, see `NEAR_SLOP`). Quoted phrases, parenthesised groups, field
/// prefixes, `+`/`-` terms and the operators `AND`, `OR`, `NOT`, `&&`, `||` end a run. A run
/// mixing words typed with and without diacritics is left alone (each word is routed to its own
/// fields and they are all required); codes such as `24-CT/TU` or `TP` count on either side.
pub fn group_adjacent_words(input: &str) -> String {
    let tokens = top_level_tokens(input);
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        let accented = run.iter().any(|w| has_diacritics(w));
        let plain = run.iter().any(|w| is_plain_word(w));
        if run.len() >= 2 && !(accented && plain) {
            out.push(format!("\"{}\"~{NEAR_SLOP}", run.join(" ")));
        } else {
            out.extend(run.iter().map(|w| w.to_string()));
        }
        run.clear();
    };
    for tok in &tokens {
        if is_bare_word(tok) {
            run.push(tok);
        } else {
            flush(&mut run, &mut out);
            out.push(tok.clone());
        }
    }
    flush(&mut run, &mut out);
    out.join(" ")
}

/// Splits a query at top-level whitespace, keeping quoted strings and parenthesised groups whole.
fn top_level_tokens(input: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    for c in input.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c.is_whitespace() && !quoted && depth == 0 {
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    tokens
}

/// A word that can join a run: no operator, quote, group, prefix, field or query syntax.
fn is_bare_word(tok: &str) -> bool {
    const OPERATORS: [&str; 5] = ["AND", "OR", "NOT", "&&", "||"];
    !OPERATORS.contains(&tok)
        && !tok.starts_with(['+', '-', '(', '"', '\''])
        && !tok.contains([':', '"', '(', ')', '*', '^', '~', '[', ']', '{', '}', '\\'])
}

/// An all-ASCII word with a lowercase vowel-bearing syllable (`thanh`, `uy`): typed without
/// diacritics. Codes (`24-CT/TU`, `TP`, `2023`) are not plain words.
fn is_plain_word(word: &str) -> bool {
    word.is_ascii()
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word.chars().any(|c| "aeiouy".contains(c.to_ascii_lowercase()))
}

/// Phrases made of runs of adjacent plain words of a conjunctive top-level query: `kỷ cương`
/// yields the phrase `"kỷ cương"`, required within [`NEAR_SLOP`] and boosted when exact. Runs
/// mixing words typed with and without diacritics are skipped (they would route to different
/// fields) and keep plain `AND` semantics.
fn adjacent_word_phrases(ast: &UserInputAst) -> Vec<UserInputLiteral> {
    let UserInputAst::Clause(clauses) = ast else {
        return Vec::new();
    };
    if clauses.iter().any(|(occur, _)| *occur == Some(Occur::Should)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<UserInputLiteral>| {
        let accented = run.iter().filter(|w| has_diacritics(w)).count();
        if run.len() >= 2 && (accented == 0 || accented == run.len()) {
            out.push(UserInputLiteral {
                field_name: None,
                phrase: run.join(" "),
                delimiter: Delimiter::DoubleQuotes,
                slop: 0,
                prefix: false,
            });
        }
        run.clear();
    };
    for (occur, sub) in clauses {
        let word = match (occur, sub) {
            (None | Some(Occur::Must), UserInputAst::Leaf(leaf)) => match leaf.as_ref() {
                UserInputLeaf::Literal(lit)
                    if lit.field_name.is_none()
                        && lit.delimiter == Delimiter::None
                        && !lit.prefix
                        && lit.slop == 0 =>
                {
                    Some(lit.phrase.as_str())
                }
                _ => None,
            },
            _ => None,
        };
        match word {
            Some(w) => run.push(w),
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

fn syntax_error(input: &str) -> IndexError {
    let (_, errors) = query_grammar::parse_query_lenient(input);
    let detail = match errors.first() {
        Some(e) => {
            // `pos` is a byte offset; report a 1-based character position.
            let chars = input.get(..e.pos).map_or(e.pos, |before| before.chars().count());
            format!(": {} at character {}", e.message, chars + 1)
        }
        None => String::new(),
    };
    IndexError::Query(one_line(&format!("invalid query `{input}`{detail}")))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `s` contains a letter outside ASCII: the literal was typed with diacritics.
pub fn has_diacritics(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

fn rewrite(ast: UserInputAst, negated: bool, out: &mut Vec<Highlight>) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, sub)| {
                    let neg = negated ^ (occur == Some(Occur::MustNot));
                    (occur, rewrite(sub, neg, out))
                })
                .collect(),
        ),
        UserInputAst::Boost(sub, boost) => {
            UserInputAst::Boost(Box::new(rewrite(*sub, negated, out)), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(lit) => rewrite_literal(lit, negated, out),
            other => UserInputAst::Leaf(Box::new(rename_leaf_field(other))),
        },
    }
}

fn leaf(lit: UserInputLiteral) -> UserInputAst {
    UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(lit)))
}

fn rewrite_literal(
    mut lit: UserInputLiteral,
    negated: bool,
    out: &mut Vec<Highlight>,
) -> UserInputAst {
    let folded = !has_diacritics(&lit.phrase);
    let text_fields: Option<Vec<&str>> = match lit.field_name.as_deref() {
        None if folded => {
            Some(vec![schema::TITLE_FOLDED, schema::SAPO_FOLDED, schema::BODY_FOLDED])
        }
        None => Some(vec![schema::TITLE, schema::SAPO, schema::BODY]),
        Some(schema::TITLE) => {
            Some(vec![if folded { schema::TITLE_FOLDED } else { schema::TITLE }])
        }
        Some(schema::SAPO) => Some(vec![if folded { schema::SAPO_FOLDED } else { schema::SAPO }]),
        Some(schema::BODY) => Some(vec![if folded { schema::BODY_FOLDED } else { schema::BODY }]),
        _ => None,
    };
    let Some(text_fields) = text_fields else {
        // A keyword field: map the aliases and normalise entity keys.
        let (name, value) = match lit.field_name.as_deref().unwrap_or_default() {
            "tag" => (schema::TAGS.to_string(), lit.phrase.clone()),
            "doc" => (schema::DOC_IDS.to_string(), doc_filter_key(&lit.phrase)),
            "issuer" => (schema::ISSUERS.to_string(), lit.phrase.clone()),
            "site" => (
                schema::SITE.to_string(),
                site_filter_key(&lit.phrase).unwrap_or_else(|| lit.phrase.clone()),
            ),
            "official" => (schema::OFFICIALS_FOLDED.to_string(), entity_key(&lit.phrase)),
            "unit" => (schema::UNITS_FOLDED.to_string(), entity_key(&lit.phrase)),
            other => (other.to_string(), lit.phrase.clone()),
        };
        lit.field_name = Some(name);
        lit.phrase = value;
        return leaf(lit);
    };
    if !negated && lit.slop > 0 {
        // A sloppy phrase: its words need not be adjacent, so highlight them one by one.
        for word in lit.phrase.split_whitespace() {
            out.push(Highlight { folded, phrase: word.to_string(), prefix: false });
        }
    } else if !negated {
        out.push(Highlight { folded, phrase: lit.phrase.clone(), prefix: lit.prefix });
    }
    if text_fields.len() == 1 {
        lit.field_name = text_fields.first().map(|f| f.to_string());
        return leaf(lit);
    }
    UserInputAst::Clause(
        text_fields
            .into_iter()
            .map(|f| {
                let mut l = lit.clone();
                l.field_name = Some(f.to_string());
                (Some(Occur::Should), leaf(l))
            })
            .collect(),
    )
}

/// Maps field aliases of non-literal leaves (ranges, sets, regexes).
fn rename_leaf_field(leaf: UserInputLeaf) -> UserInputLeaf {
    fn alias(f: Option<String>) -> Option<String> {
        f.map(|f| match f.as_str() {
            "tag" => schema::TAGS.to_string(),
            "doc" => schema::DOC_IDS.to_string(),
            "issuer" => schema::ISSUERS.to_string(),
            "official" => schema::OFFICIALS_FOLDED.to_string(),
            "unit" => schema::UNITS_FOLDED.to_string(),
            _ => f,
        })
    }
    match leaf {
        UserInputLeaf::Range { field, lower, upper } => {
            UserInputLeaf::Range { field: alias(field), lower, upper }
        }
        UserInputLeaf::Set { field, elements } => {
            UserInputLeaf::Set { field: alias(field), elements }
        }
        UserInputLeaf::Regex { field, pattern } => {
            UserInputLeaf::Regex { field: alias(field), pattern }
        }
        other => other,
    }
}

#[cfg(test)]
mod grouping_tests {
    use super::group_adjacent_words;

    fn check(input: &str, expected: &str) {
        assert_eq!(group_adjacent_words(input), expected, "{input}");
    }

    #[test]
    fn adjacent_syllables_become_sloppy_phrases() {
        let cases = [
            ("kỷ cương", r#""kỷ cương"~2"#),
            ("ky cuong", r#""ky cuong"~2"#),
            ("Chỉ thị 24-CT/TU", r#""Chỉ thị 24-CT/TU"~2"#),
            ("thủy", "thủy"),
            ("Sóc Sơn AND kỷ cương", r#""Sóc Sơn"~2 AND "kỷ cương"~2"#),
            ("kỷ cương OR thủy điện", r#""kỷ cương"~2 OR "thủy điện"~2"#),
            ("kỷ cương -thủy", r#""kỷ cương"~2 -thủy"#),
            (r#""kỷ cương" Hà Nội"#, r#""kỷ cương" "Hà Nội"~2"#),
            ("title:kỷ cương", "title:kỷ cương"),
            ("(kỷ cương) Hà", "(kỷ cương) Hà"),
            // Mixed runs keep per-word routing: `thanh uy` folded, `Hà Nội` exact.
            ("thanh uy Hà Nội", "thanh uy Hà Nội"),
            ("TP Hà Nội", r#""TP Hà Nội"~2"#),
            ("NOT kỷ", "NOT kỷ"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}

#[cfg(test)]
mod bounds_tests {
    use super::check_bounds_and_spell_operators;

    /// `expected`: the rewritten query, or `Err(part of the message)`.
    fn check(input: &str, expected: Result<&str, &str>) {
        match (check_bounds_and_spell_operators(input), expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{input}"),
            (Err(e), Err(want)) => assert!(e.to_string().contains(want), "{input}: {e}"),
            (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn operators_are_spelled_and_bounds_hold() {
        let deep = format!("{}a{}", "(".repeat(33), ")".repeat(33));
        let ok_deep = format!("{}a{}", "(".repeat(32), ")".repeat(32));
        let long = "a ".repeat(2049);
        let cases: Vec<(&str, Result<&str, &str>)> = vec![
            ("kỷ || thủy", Ok("kỷ OR thủy")),
            ("kỷ && thủy", Ok("kỷ AND thủy")),
            (r#""a || b" || c"#, Ok(r#""a || b" OR c"#)),
            ("(a || b) && c", Ok("(a OR b) AND c")),
            ("a||b", Ok("a||b")),
            (r#""kỷ cương"~100"#, Ok(r#""kỷ cương"~100"#)),
            (r#""kỷ cương"~101"#, Err("phrase slop ~101 is too large: at most ~100")),
            (r#""kỷ cương"~99999999999999999999999"#, Err("is too large")),
            ("a~99999999999", Ok("a~99999999999")),
            (&deep, Err("nests parentheses 33 deep: at most 32")),
            (&ok_deep, Ok(&ok_deep)),
            (
                r#""((((((((((((((((((((((((((((((((((((((((""#,
                Ok(r#""((((((((((((((((((((((((((((((((((((((((""#),
            ),
            (&long, Err("the query is 4098 characters long: at most 4096")),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}
