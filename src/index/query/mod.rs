//! From a user query string to a tantivy query.
//!
//! The query is normalised ([`crate::text::normalize`], NFC) and parsed with tantivy's query
//! grammar, so quoted phrases, `AND`/`OR`/`NOT`, `+`/`-`, parentheses, boosts and field prefixes
//! all work. Terms are combined with `AND` unless `OR` is written.
//!
//! Then every literal (a word, or a quoted phrase) is routed by its own spelling:
//! - typed **with** any non-ASCII letter (`thủy điện`): it searches the exact fields, so it
//!   matches those letters only, ignoring case, Unicode form and tone placement; a bare word
//!   (unquoted, never a name) with a syllable the press writes with a final `i` or `y` alike
//!   also matches its other spelling (`kỷ luật` and `kỉ luật`; [`crate::text::I_Y_TWINS`]), and
//!   so does one with an initial `d` or `gi` alike (`mưa giông` and `mưa dông`;
//!   [`crate::text::D_GI_TWINS`]),
//!   scored at most as the typed one;
//! - typed **without** (`thuy dien`): it searches the folded fields and matches every accented
//!   form.
//!
//! A letter outside the Vietnamese alphabet (`ü`, `ç`, `ć`, `ñ`) is read without its mark, since
//! the press mostly leaves it out (`Rudiger`, `Francois`, `Modric`): a bare `Rüdiger` is searched
//! as `Rudiger`, folded, and a quoted phrase or `title:` term holding one is matched without any
//! diacritics; both match both spellings. So is a phrase whose only marks are a foreign word's
//! written with a Vietnamese letter (`Bogotá`, `José`: no Vietnamese syllable). A keyword
//! field's value (`tag:"Mesut Özil"`) is compared as typed.
//!
//! A literal without field searches title, sapo and body. The prefixes `title:`, `sapo:` and
//! `body:` pick one of them (still routed exact/folded). Keyword prefixes: `site:`, `url:`,
//! `category:`, `tags:` (alias `tag:`), `doc:` (document id, see [`super::doc_filter_key`]),
//! `issuer:`, `official:` and `unit:` (both matched without diacritics, see
//! [`super::entity_key`]).
//!
//! Words typed side by side without quotes or operators (`Sóc Sơn Chỉ thị 24`) are grouped
//! into the words the user meant ([`groups`]): document references, names, and syllable pairs
//! the index mostly sees side by side. Every group is required, as a phrase (a reference may
//! have one word between, "Chỉ thị **số** 24"), wherever it stands in the article; a reference
//! also matches the article's document ids (`doc_ids`, every id of that kind and number).
//! Articles where the whole run stands together, or nearly, and headlines holding more of the
//! groups rank first (a group the headline lacks counts, less, when the lead holds it). For a
//! query that is one run of bare words with two or more required groups that are not function
//! words, a score is also raised by the share of those groups that headline and lead hold
//! together ([`aboutness`], `ABOUTNESS_SLOPE`, `ABOUTNESS_ALL`). A
//! function word typed alone in a run (`sau`, `trên`; `FUNCTION_WORDS`) only ranks. For a query
//! that is one run of three or more required groups, [`Parsed::relaxed`] is the query of the
//! near matches (every group but one, document references always kept; two lowercase syllables
//! left apart that the index often sees side by side, `hợp đồng`, count as one, and so do two
//! capitalised Vietnamese ones, `Tây Ninh`, and a run's capitalised first syllable and the
//! lowercase next, `Lễ hội`), which rank
//! with the full matches at a lower weight. In the near matches only, a capitalised foreign word
//! of five letters or more (`Betsy`, `Mississippi`) also matches its spellings one letter away
//! that the index holds (`Besty`, `Mississipi`), in articles that never write it as typed.
//! A year typed (`2017`) is a group of its own, and a near match lacking only the year, published
//! that year or undated, ranks as a full match of its score would (`NEAR_WITHOUT_YEAR`).
//!
//! `||` and `&&` are spellings of `OR` and `AND`; a mark standing alone between words, as
//! headlines write it (`Bà Rịa - Vũng Tàu`, `Lee & Man`), is left out. A query is bounded: at most
//! [`MAX_QUERY_CHARS`] characters, parentheses nested at most [`MAX_QUERY_DEPTH`] deep, phrase
//! slop at most [`MAX_SLOP`]; a word the index does not keep ([`analyzer::MAX_TOKEN_BYTES`])
//! is an error rather than silently dropped.

mod aboutness;
mod groups;

use std::collections::HashMap;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EnableScoring, ExistsQuery, PhraseQuery,
    Query, QueryParser, QueryParserError, TermQuery,
};
use tantivy::query_grammar::{
    self, Delimiter, Occur, UserInputAst, UserInputLeaf, UserInputLiteral,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

use super::{analyzer, schema};
use super::{doc_filter_key, entity_key, site_filter_key, IndexError};
use groups::Kind;

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
    /// How many other words may stand between the phrase's words (a document reference typed
    /// `Chỉ thị 24` highlights "Chỉ thị số 24").
    pub slop: u32,
}

/// A parsed query with what snippets need to know about it.
pub struct Parsed {
    /// The query to run.
    pub query: Box<dyn Query>,
    /// Positive literals over text fields, in query order.
    pub highlights: Vec<Highlight>,
    /// For a query that is one run of bare words with three or more required groups (two
    /// neighbouring syllables that are one concept, `CONCEPT_SHARE`, count as one group): the
    /// articles holding all of them but one (document references are never the one left out),
    /// ranked the same way. [`crate::index::Index::search`] ranks them with the full matches,
    /// their scores weighted by [`crate::index::NEAR_MATCH_WEIGHT`]
    /// ([`crate::index::SearchRequest::near_matches`]).
    pub relaxed: Option<Box<dyn Query>>,
}

/// Parses `input` (already trimmed and non-empty) for a search with `searcher`, whose term
/// statistics group the syllables of bare words ([`groups`]).
pub fn parse(searcher: &Searcher, input: &str) -> Result<Parsed, IndexError> {
    let index = searcher.index();
    let input = crate::text::normalize(input);
    let input = fold_foreign_letters(&input).into_owned();
    let input = check_bounds_and_spell_operators(&input)?;
    let marked = mark_runs(&input);
    let whole_run = {
        let tokens = top_level_tokens(&input);
        tokens.len() >= 2 && tokens.iter().all(|t| is_bare_word(t))
    };
    let ast = query_grammar::parse_query(&marked).map_err(|_| syntax_error(&input))?;
    check_word_lengths(&ast)?;
    let mut rw = Rewriter::new(searcher);
    let mut ast = rw.rewrite(ast, false);
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
    let invalid = |e: QueryParserError| {
        let detail = match e {
            QueryParserError::FieldDoesNotExist(f) | QueryParserError::FieldNotIndexed(f) => {
                format!("unknown field `{f}` (fields: {FIELD_NAMES})")
            }
            other => other.to_string(),
        };
        IndexError::Query(one_line(&format!("invalid query `{input}`: {detail}")))
    };
    let query = parser.build_query_from_user_input_ast(ast).map_err(invalid)?;
    let (query, relaxed) = match rw.run_parts.take() {
        Some(mut parts) if whole_run => {
            let aboutness = std::mem::take(&mut parts.aboutness);
            let relaxed = relaxed_query(&parser, parts, searcher);
            // Built from the same words as the query just built: an error is the query's own.
            let groups = aboutness
                .into_iter()
                .map(|ast| parser.build_query_from_user_input_ast(ast).map_err(invalid))
                .collect::<Result<Vec<Box<dyn Query>>, IndexError>>()?;
            match groups {
                // Full and near matches alike: a full match scores the same in both queries.
                groups if groups.len() >= 2 => {
                    let wrap = |q: Box<dyn Query>| -> Box<dyn Query> {
                        let groups = groups.iter().map(|g| g.box_clone()).collect();
                        Box::new(aboutness::AboutnessQuery::new(
                            q,
                            groups,
                            ABOUTNESS_SLOPE,
                            ABOUTNESS_ALL,
                        ))
                    };
                    (wrap(query), relaxed.map(wrap))
                }
                _ => (query, relaxed),
            }
        }
        _ => (query, None),
    };
    Ok(Parsed { query, highlights: rw.highlights, relaxed })
}

/// The query of the articles holding every group of a run but one ([`Parsed::relaxed`]), or
/// `None` when the run has fewer than three required groups or fewer than two that may be left
/// out. A near match lacking the run's rarest group ([`rarest_group`]) scores
/// [`NEAR_WITHOUT_RAREST`] times as much; one lacking the run's one year ([`groups::is_year`])
/// and published that year or undated, [`NEAR_WITHOUT_YEAR`] times as much.
fn relaxed_query(
    parser: &QueryParser,
    parts: RunParts,
    searcher: &Searcher,
) -> Option<Box<dyn Query>> {
    let required = parts.keep.len() + parts.droppable.len();
    if required < 3 || parts.droppable.len() < 2 {
        return None;
    }
    let build = |ast: UserInputAst| parser.build_query_from_user_input_ast(ast).ok();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for ast in parts.keep {
        clauses.push((Occur::Must, build(ast)?));
    }
    let droppable: Vec<(Occur, Box<dyn Query>)> = parts
        .droppable
        .into_iter()
        .map(|ast| build(ast).map(|q| (Occur::Should, q)))
        .collect::<Option<_>>()?;
    let year = match parts.years[..] {
        [i] => droppable.get(i).map(|(_, q)| q.box_clone()).zip(parts.year),
        _ => None,
    };
    // The year is never the rarest group: its own weight says what lacking it costs.
    let rarest =
        rarest_group(searcher, &droppable).filter(|&i| year.is_none() || parts.years[..] != [i]);
    let rarest = rarest.map(|i| droppable[i].1.box_clone());
    let least = droppable.len() - 1;
    clauses.push((
        Occur::Must,
        Box::new(BooleanQuery::with_minimum_required_clauses(droppable, least)),
    ));
    for ast in parts.optional {
        clauses.push((Occur::Should, build(ast)?));
    }
    let relaxed: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
    let relaxed = match rarest {
        Some(rarest) => weighted_without(relaxed, rarest, NEAR_WITHOUT_RAREST),
        None => relaxed,
    };
    Some(match year.and_then(|(group, year)| Some((group, dated_in(searcher, year)?))) {
        Some((group, dated)) => weighted_without_year(relaxed, group, dated),
        None => relaxed,
    })
}

/// The articles published in `year` (Vietnam days) or never dated: those whose text may leave
/// the year out ([`NEAR_WITHOUT_YEAR`]).
fn dated_in(searcher: &Searcher, year: i32) -> Option<Box<dyn Query>> {
    let fields = schema::Fields::resolve(searcher.schema()).ok()?;
    let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31)?;
    let that_year = super::period_query(&fields, Some(first), Some(last)).ok()??;
    let undated = BooleanQuery::new(vec![
        (Occur::Must, Box::new(AllQuery)),
        (Occur::MustNot, Box::new(ExistsQuery::new(schema::PUBLISHED.to_string(), false))),
    ]);
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Should, that_year),
        (Occur::Should, Box::new(undated)),
    ])))
}

/// `query` (the near matches) in three disjoint parts, so each match scores as one of them:
/// those holding the year's `group` (held at no extra score), those lacking it that are `dated`
/// that year or undated ([`dated_in`]), their score times [`NEAR_WITHOUT_YEAR`], and the
/// others lacking it, as they are.
fn weighted_without_year(
    query: Box<dyn Query>,
    group: Box<dyn Query>,
    dated: Box<dyn Query>,
) -> Box<dyn Query> {
    let holding = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (Occur::Must, Box::new(ConstScoreQuery::new(group.box_clone(), 0.0))),
    ]);
    let lacking = BooleanQuery::new(vec![(Occur::Must, query), (Occur::MustNot, group)]);
    let fitting = BooleanQuery::new(vec![
        (Occur::Must, Box::new(lacking.clone())),
        (Occur::Must, Box::new(ConstScoreQuery::new(dated.box_clone(), 0.0))),
    ]);
    let other = BooleanQuery::new(vec![(Occur::Must, Box::new(lacking)), (Occur::MustNot, dated)]);
    Box::new(BooleanQuery::new(vec![
        (Occur::Should, Box::new(holding)),
        (Occur::Should, Box::new(BoostQuery::new(Box::new(fitting), NEAR_WITHOUT_YEAR))),
        (Occur::Should, Box::new(other)),
    ]))
}

/// `query` in two disjoint halves, so each match scores as one of them: the matches holding
/// `group` (held at no extra score), and those lacking it, their score times `weight`.
fn weighted_without(query: Box<dyn Query>, group: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    let with = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (Occur::Must, Box::new(ConstScoreQuery::new(group.box_clone(), 0.0))),
    ]);
    let without = BooleanQuery::new(vec![(Occur::Must, query), (Occur::MustNot, group)]);
    let without = BoostQuery::new(Box::new(without), weight);
    Box::new(BooleanQuery::new(vec![
        (Occur::Should, Box::new(with)),
        (Occur::Should, Box::new(without)),
    ]))
}

/// The index in `droppable` (a run's groups of which a near match may lack one) of the group
/// that the fewest documents hold, counted on a sample of the index ([`sample_count`]), when
/// one holds strictly fewer than every other: the most specific concept of the query
/// ([`NEAR_WITHOUT_RAREST`]).
fn rarest_group(searcher: &Searcher, droppable: &[(Occur, Box<dyn Query>)]) -> Option<usize> {
    let counts: Vec<u64> =
        droppable.iter().map(|(_, q)| sample_count(searcher, q.as_ref())).collect::<Option<_>>()?;
    let (best, &least) = counts.iter().enumerate().min_by_key(|(_, c)| **c)?;
    (counts.iter().filter(|&&c| c == least).count() == 1).then_some(best)
}

/// Matches of `query` in the first segments of `searcher`, up to [`STATS_SAMPLE_DOCS`]
/// documents.
fn sample_count(searcher: &Searcher, query: &dyn Query) -> Option<u64> {
    let weight = query.weight(EnableScoring::disabled_from_searcher(searcher)).ok()?;
    let (mut n, mut seen) = (0u64, 0u32);
    for segment in searcher.segment_readers() {
        if seen >= STATS_SAMPLE_DOCS {
            break;
        }
        n += u64::from(weight.count(segment).ok()?);
        seen = seen.saturating_add(segment.max_doc());
    }
    Some(n)
}

/// Checks the bounds of `input` (length, nesting, slop) and rewrites the operators `||` and
/// `&&` (outside quotes) as `OR` and `AND`, which is how tantivy's grammar spells them. A lone
/// mark typed between words outside quotes ([`is_lone_mark`]: `Bà Rịa - Vũng Tàu`, `Lee & Man`,
/// as headlines write them) is left out: it indexes to nothing, and tantivy's grammar would read
/// a `-` or `+` standing alone as an error.
fn check_bounds_and_spell_operators(input: &str) -> Result<String, IndexError> {
    let refuse = |why: String| Err(IndexError::Query(one_line(&why)));
    let chars = input.chars().count();
    if chars > MAX_QUERY_CHARS {
        return refuse(format!("the query is {chars} characters long: at most {MAX_QUERY_CHARS}"));
    }
    let mut parts = Vec::new();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let pieces = input.split('"').count();
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
        let last = part.split(' ').count() - 1;
        let words: Vec<&str> = part
            .split(' ')
            .enumerate()
            // A word touching a quote (`-"kỷ cương"`, `"kỷ cương"~2`) belongs to the phrase.
            .filter(|&(j, w)| {
                (j == 0 && i > 0) || (j == last && i + 1 < pieces) || !is_lone_mark(w)
            })
            .map(|(_, w)| match w {
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

/// A word made only of marks that mean nothing to the query grammar standing alone (`-`, `–`,
/// `&`, `+`, `/`, `...`): no letter or digit, no quote, bracket, escape, boost, slop or wildcard,
/// and not an operator (`&&`, `||`).
fn is_lone_mark(w: &str) -> bool {
    !w.is_empty()
        && w != "&&"
        && w != "||"
        && w.chars()
            .all(|c| !c.is_alphanumeric() && !c.is_whitespace() && !"()[]{}\"'\\^~*".contains(c))
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

/// Extra weight of documents where a run of bare words stands exactly as typed.
const PHRASE_BOOST: f64 = 2.0;

/// Extra weight of documents where a run of bare words stands nearly together: in order, with
/// at most [`NEAR_SLOP`] other words between.
const NEAR_BOOST: f64 = 1.5;

/// Extra weight of each group of a run of bare words found in the headline.
const TITLE_GROUP_BOOST: f64 = 2.0;

/// Extra weight of each group of a run of bare words found in the lead (sapo) but not in the
/// headline: 0.45 of [`TITLE_GROUP_BOOST`], 0.9 (a quarter, 0.5, until the twenty-seventh
/// session; over the fifteen readable query sets every weight from 0.75 to 1.1 ranks better than
/// 0.5, 0.9 best).
const LEAD_GROUP_BOOST: f64 = TITLE_GROUP_BOOST * 0.45;

/// Aboutness ([`aboutness`]): for a query that is one run of bare words with two or more
/// required groups that are not function words, a full or near match scores `1 +
/// ABOUTNESS_SLOPE × share` times more, `share` being the share of those groups (concepts,
/// whatever their term statistics) its headline and lead hold together…
const ABOUTNESS_SLOPE: f32 = 0.2;

/// …and `ABOUTNESS_ALL` more when they hold every group: a headline on one facet of the story
/// whose lead holds the rest is about the query, an article naming every word in its body is not.
const ABOUTNESS_ALL: f32 = 0.1;

/// Weight of a near match that lacks the query's rarest group (the one the fewest documents
/// hold: a name, a code, the specific word), against one that lacks a more common group: an
/// article holding every concept but the one that makes the query specific (the RCEP in
/// `Hội nghị Bộ trưởng RCEP Hà Nội`, the player in a signing) is more often another story.
/// 0.8 since the twenty-eighth session: over the sixteen readable query sets (sums of the top
/// 10 and the MRR; none, 1.0: 1043, 14.046) 0.5 gives 1041, 14.066; 0.6 1042, 14.070; 0.7
/// 1044, 14.071; 0.8 1047, 14.076; 0.85 and 0.9 1045, 14.076; 0.95 1043, 14.076. 0.8 is best
/// and lowers no set; 0.7 loses an article in two sets (the first and the thirteenth), 0.6 and
/// 0.5 in four (the second and the fourth too).
const NEAR_WITHOUT_RAREST: f32 = 0.8;

/// Weight of a near match that lacks the run's one year (`2017`; [`groups::is_year`]) and holds
/// every other group, when it is published that year or undated, against one lacking another
/// group: a news article rarely writes the year it is published in (its date holds it), so the
/// Cannes piece headed "Lý Nhã Kỳ … trên thảm đỏ LHP Cannes ngày 2" is about `Lý Nhã Kỳ thảm
/// đỏ Cannes 2017` as much as one headed "… Cannes 2017" (of the 117 articles of the baomoi
/// corpus naming Cannes, 55 never write 2017). `1 / NEAR_MATCH_WEIGHT` ranks it as a full match
/// of the same score would rank, and still below the full matches that score more by holding
/// the year. A piece dated another year lacking the year is another edition or another plan
/// (the 2017 pay rise for `tăng lương cơ sở 2018`): a near match as any other.
const NEAR_WITHOUT_YEAR: f32 = 1.0 / crate::index::NEAR_MATCH_WEIGHT;

/// Share of the documents holding two lowercase syllables typed side by side that must hold
/// them as a phrase for the two, each a group of its own (under [`groups`]' word share: `hợp
/// đồng` stands together in 19 % of the articles holding both syllables, `chính thức` 50 %,
/// `bổ nhiệm` 37 %, `mất tích` 23 %, `áp sát` about 15 %), to be one concept of the near
/// matches: an article lacking the concept lacks both syllables, and is still a near match when
/// it holds every other group. The required groups are unchanged. 0.1 since the twenty-sixth
/// session (0.15 before, the middle of the plateau 0.1–0.2 measured in the seventeenth): `áp
/// sát`, both of whose syllables are common in other words (`áp dụng`, `áp lực`; `cảnh sát`,
/// `giám sát`), stands just under 0.15 in the index, so a report writing `đụng độ` lacked two
/// groups.
const CONCEPT_SHARE: f64 = 0.1;

/// Accented spellings of each syllable of a pair typed without diacritics that
/// [`Rewriter::reading_stats`] tries, the commonest first: `lo` is `lo`, `lộ`, `lò`, `lỗ`,
/// `lở`… (`sạt lở`), `lon` is `lớn`, `lợn`, `lon`…
const MAX_READINGS: usize = 6;

/// Most accented spellings [`accented_readings`] makes of one syllable.
const MAX_SPELLINGS: usize = 400;

/// The spellings whose folded form is the lowercase ASCII syllable `folded`: each vowel in
/// each of its letters (`a`, `ă`, `â`; `e`, `ê`; `o`, `ô`, `ơ`; `u`, `ư`), `d` or `đ`, and at
/// most one tone mark, on any vowel (the exact analyzer moves it where it belongs). Empty
/// for a word that is not lowercase ASCII or would have more than [`MAX_SPELLINGS`].
pub fn accented_readings(folded: &str) -> Vec<String> {
    let letters = |c: char| -> &'static [char] {
        match c {
            'a' => &['a', 'ă', 'â'],
            'e' => &['e', 'ê'],
            'o' => &['o', 'ô', 'ơ'],
            'u' => &['u', 'ư'],
            'd' => &['d', 'đ'],
            _ => &[],
        }
    };
    if folded.is_empty() || !folded.chars().all(|c| c.is_ascii_lowercase()) {
        return Vec::new();
    }
    // Every choice of letters, then every tone on every vowel.
    let mut bases: Vec<Vec<char>> = vec![Vec::new()];
    for c in folded.chars() {
        let choices = letters(c);
        let choices = if choices.is_empty() { std::slice::from_ref(&c) } else { choices };
        bases = bases
            .into_iter()
            .flat_map(|b| {
                choices.iter().map(move |&l| {
                    let mut b = b.clone();
                    b.push(l);
                    b
                })
            })
            .collect();
        if bases.len() > MAX_SPELLINGS {
            return Vec::new();
        }
    }
    let row = |c: char| crate::text::VOWELS.iter().find(|r| r[0] == c);
    let mut out = Vec::new();
    for base in bases {
        out.push(base.iter().collect::<String>());
        for (i, &c) in base.iter().enumerate() {
            let Some(row) = row(c) else { continue };
            for &toned in &row[1..] {
                let mut s = base.clone();
                s[i] = toned;
                out.push(s.into_iter().collect());
            }
        }
        if out.len() > MAX_SPELLINGS {
            return Vec::new();
        }
    }
    out
}

/// Words between the words of a run for [`NEAR_BOOST`] (about one clause).
const NEAR_SLOP: u32 = 8;

/// Function words: typed alone inside a run of bare words (`giá lợn tăng sau giải cứu`,
/// `đi vệ sinh trên cầu`), they rank the articles holding them higher but are not required,
/// as search engines treat stop words; quoted, or grouped with a neighbour into one word
/// (`sau đó` seen side by side), they are matched as typed. Folded spellings.
const FUNCTION_WORDS: &[&str] = &[
    "cua", "va", "cac", "nhung", "voi", "cho", "tai", "trong", "tren", "duoi", "sau", "truoc",
    "ve", "khi", "da", "dang", "se", "duoc", "bi", "la", "co", "nay", "do", "thi", "ma", "de",
    "tu", "den", "ra", "vao", "lai", "cung", "rat", "mot", "nhu", "theo", "hay", "hoac",
];

/// Slop marking a run of bare words in the rewritten query text: larger than any slop a user may
/// type ([`MAX_SLOP`]), so it never comes from the user.
const RUN_MARK: u32 = 1_000_000;

/// Documents sampled, segment by segment, for the statistics of a syllable pair: the cost of
/// grouping is bounded by this, not by the index size. On a larger index, grouping and the
/// concepts of the near matches may depend on how the index is cut into segments: the one
/// exception to that rule in ARCHITECTURE.md.
const STATS_SAMPLE_DOCS: u32 = 200_000;

/// Most spellings one letter away ([`Rewriter::one_letter_off`]) a group of a run matches in
/// the near matches.
const MAX_NEAR_NAMES: usize = 4;

/// Most `doc_ids` terms a document reference typed in a query expands to.
const MAX_DOC_TERMS: usize = 64;

/// Whether `w` is a capitalised Vietnamese syllable (`Tây`, `Ninh`; not `UBND`, `Bengal`): two
/// such syllables typed side by side that grouping leaves apart, because each is common alone
/// (`Tây Ninh`: `tây` is also *phương Tây*, `ninh` *an ninh*, so the two stand together in 0.197
/// of the articles holding both, under the name share), are one concept of the near matches
/// when they pass [`CONCEPT_SHARE`], as two lowercase ones are: the pilgrimage report writing
/// "núi Bà Đen" without the province lacks the one concept, not two groups. Foreign words are
/// left out: a place and its country typed side by side (`Bali Indonesia`, `Bamako Mali`) stay
/// two concepts, as [`groups`] cuts them.
fn capitalised_syllable(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() > 1
        && chars.all(char::is_lowercase)
        && !groups::not_a_syllable(w)
}

/// Whether `a b`, the first two syllables of a run, are a capitalised Vietnamese syllable
/// ([`capitalised_syllable`]) and a lowercase one: a query written in sentence case (`Lễ hội
/// Việt Nam tại Tokyo`, `Ngày hội`), whose opening word may be one concept of the near matches
/// with the next, as two lowercase syllables are ([`Rewriter::concepts`]).
fn opens_in_sentence_case(a: &str, b: &str) -> bool {
    capitalised_syllable(a) && b.starts_with(char::is_lowercase)
}

/// The syllable of `g` when it is one syllable of letters left alone by [`groups::segment`],
/// lowercase or a capitalised Vietnamese syllable ([`capitalised_syllable`]), which may join a
/// neighbour of the same case in one concept of the near matches ([`Rewriter::concepts`]).
fn lone_syllable(g: &groups::Group) -> Option<&str> {
    match g.words.as_slice() {
        [w] if g.kind == Kind::Word
            && w.chars().all(char::is_alphabetic)
            && (!w.starts_with(char::is_uppercase) || capitalised_syllable(w)) =>
        {
            Some(w.as_str())
        }
        _ => None,
    }
}

/// Marks runs of two or more bare words typed side by side (`Sóc Sơn Chỉ thị 24` →
/// `"Sóc Sơn Chỉ thị 24"~RUN_MARK`), for [`Rewriter`] to group them. Quoted phrases,
/// parenthesised groups, field prefixes, `+`/`-` terms and the operators `AND`, `OR`, `NOT`,
/// `&&`, `||` end a run.
fn mark_runs(input: &str) -> String {
    let tokens = top_level_tokens(input);
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        // One word is a run too when it may have other spellings (an abbreviation, a code).
        if run.len() >= 2 || run.first().is_some_and(|w| groups::may_have_other_spellings(w)) {
            out.push(format!("\"{}\"~{RUN_MARK}", run.join(" ")));
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

/// A letter outside the Vietnamese alphabet that folds to an ASCII letter (`ü`, `ç`, `ć`, `ñ`);
/// not a Vietnamese letter (`ư`, `đ`, `ế`), not another script.
fn is_foreign_letter(c: char) -> bool {
    !c.is_ascii()
        && c.is_alphabetic()
        && !matches!(c, 'đ' | 'Đ')
        && crate::text::base_and_tone(c).is_none()
        && crate::text::fold_char(c).is_some_and(|f| f.is_ascii_alphabetic())
}

/// Whether `w`, a word of letters, is a foreign word written with a Vietnamese letter's mark:
/// it holds a letter with diacritics, every letter Latin, none `đ`, a lowercase letter (not an abbreviation:
/// `GĐ`, `HĐND`), and spells no Vietnamese syllable ([`groups::not_a_syllable`]: `Bogotá`,
/// `José`, `Sánchez`, `ôxy`, `café`).
fn marked_foreign_word(w: &str) -> bool {
    has_diacritics(w)
        && w.chars().all(|c| crate::text::fold_char(c).is_some_and(|f| f.is_ascii_alphabetic()))
        && !w.contains(['đ', 'Đ'])
        && w.chars().any(char::is_lowercase)
        && groups::not_a_syllable(w)
}

/// Whether `phrase` holds diacritics only in foreign words ([`marked_foreign_word`]): the press
/// writes such words mostly without their marks (the corpus, outside the excluded ids: of 1,511
/// words holding only letters of the Vietnamese alphabet, no `đ`, a lowercase letter, and
/// spelling no syllable, 3,494 articles write them with their marks and 9,733 without: `José`
/// 11 against `Jose` 371, `Sánchez` 10 against 174, `ôxy` 39 against `oxy` 201, `café` 34
/// against 102), so such a phrase is matched without diacritics, which finds both, as one
/// holding a foreign letter is ([`fold_foreign_letters`]). A phrase with a Vietnamese word
/// holding a mark (`Đắk Lắk`, `đánh bom Bogotá`) is left as typed: folded, its Vietnamese
/// words would match other syllables; a run of bare words is grouped first, so its foreign
/// word is a group of its own or a name's.
fn marked_only_in_foreign_words(phrase: &str) -> bool {
    let mut marked =
        phrase.split(|c: char| !c.is_alphabetic()).filter(|w| has_diacritics(w)).peekable();
    marked.peek().is_some() && marked.all(marked_foreign_word)
}

/// `s` with every foreign letter ([`is_foreign_letter`]) of a bare word written as the ASCII
/// letter it folds to, its case kept (`Rüdiger` → `Rudiger`, `François` → `Francois`, `Modrić` →
/// `Modric`); quoted phrases and `field:value` terms are left as typed (a quoted phrase holding
/// such a letter is matched folded whole, [`Rewriter::literal`]; a keyword field's value is
/// compared as stored). The press writes such foreign names mostly without their marks (the
/// corpus, outside the excluded ids: of 167 words holding such a letter, 241 articles write them
/// with it and 1,738 without: `Rudiger` 21 against `Rüdiger` 5, `Ozil` 48 against `Özil` 2,
/// `Francois` 124 against `François` 18), so a bare word typed with one is searched as typed
/// without diacritics ([`has_diacritics`]), which matches both.
fn fold_foreign_letters(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_foreign_letter) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let (mut quoted, mut field) = (false, false);
    for c in s.chars() {
        match c {
            '"' => quoted = !quoted,
            // A term's field prefix: its value, up to the next space outside quotes, is kept.
            ':' if !quoted => field = true,
            c if c.is_whitespace() && !quoted => field = false,
            _ => {}
        }
        match crate::text::fold_char(c) {
            Some(f) if !quoted && !field && is_foreign_letter(c) => {
                out.push(if c.is_uppercase() { f.to_ascii_uppercase() } else { f });
            }
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Rewrites a parsed query: routes literals to their fields, groups runs of bare words, and
/// collects the highlights.
struct Rewriter<'a> {
    searcher: &'a Searcher,
    exact: TextAnalyzer,
    folded: TextAnalyzer,
    /// Pair statistics already looked up.
    pairs: HashMap<(String, String), Option<(u64, u64)>>,
    highlights: Vec<Highlight>,
    /// The groups of the last run of bare words, for [`relaxed_query`].
    run_parts: Option<RunParts>,
}

/// The clauses of a run of bare words, sorted for [`relaxed_query`].
struct RunParts {
    /// Required groups that a near match must still hold (document references).
    keep: Vec<UserInputAst>,
    /// Required groups of which a near match may lack one.
    droppable: Vec<UserInputAst>,
    /// Clauses that only rank (function words, phrase boosts).
    optional: Vec<UserInputAst>,
    /// For each required group, "in the headline or the lead" (any of its spellings), for
    /// [`aboutness::AboutnessQuery`].
    aboutness: Vec<UserInputAst>,
    /// The indices in `droppable` of the groups that are a year ([`groups::is_year`]).
    years: Vec<usize>,
    /// The last year typed, as a number.
    year: Option<i32>,
}

fn leaf(lit: UserInputLiteral) -> UserInputAst {
    UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(lit)))
}

/// `ast` scaled by `weight` when it is below 1 (as is otherwise).
fn weighted(ast: UserInputAst, weight: f64) -> UserInputAst {
    if weight < 1.0 {
        UserInputAst::Boost(Box::new(ast), weight.into())
    } else {
        ast
    }
}

/// A short or full reference typed without "số" ("Chỉ thị 24-CT/TU") with "số" before its
/// number, as the texts write it; `None` when it has it already or has no number after a kind
/// word. An exact phrase, never a sloppy one: tantivy's sloppy matching of three or more words
/// depends on each segment's term frequencies (the order in which it intersects the words), so
/// the same article could match in one index and not in another.
fn with_number_word(words: &[String]) -> Option<String> {
    let at = words.iter().position(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
    if at == 0 || crate::text::fold(&words[at - 1]) == "so" {
        return None;
    }
    let accented = words.iter().any(|w| has_diacritics(w));
    let mut with: Vec<&str> = words.iter().map(String::as_str).collect();
    with.insert(at, if accented { "số" } else { "so" });
    Some(with.join(" "))
}

/// The spellings of a group other than the one typed, each an exact phrase: any spelling of an
/// abbreviation, a name or a code (`HĐND`, `Hội đồng nhân dân`; `G-20` for `G20`), and for a
/// document reference its form with "số" (`Chỉ thị 24` also finds "Chỉ thị số 24"). An
/// expansion typed without its `và` (`Tài nguyên Môi trường`) needs no variant with it: its
/// other spellings hold the expansion as listed, `và` included ([`groups::ABBREVIATIONS`]).
/// A word (never a name) typed with a syllable the press writes with a final `i` or `y` alike,
/// or an initial `d` or `gi` alike, also finds the other spelling (`kỷ luật` and `kỉ luật`, `tỷ
/// USD` and `tỉ USD`, `mưa giông` and `mưa dông`; [`groups::twin_spelling`]).
fn other_spellings(g: &groups::Group) -> Vec<String> {
    match &g.kind {
        Kind::Spellings(all) => all[1..].to_vec(),
        Kind::Doc(_) => with_number_word(&g.words).into_iter().collect(),
        Kind::Word => groups::twin_spelling(&g.words).into_iter().collect(),
        Kind::Name => Vec::new(),
    }
}

/// The other spelling of a whole run ([`groups::twin_spelling`] of each word group), or `None`
/// when no group has one.
fn twin_run(groups: &[groups::Group]) -> Option<String> {
    let mut changed = false;
    let parts: Vec<String> = groups
        .iter()
        .map(|g| match (&g.kind, groups::twin_spelling(&g.words)) {
            (Kind::Word, Some(other)) => {
                changed = true;
                other
            }
            _ => g.words.join(" "),
        })
        .collect();
    changed.then(|| parts.join(" "))
}

fn phrase_literal(phrase: String, slop: u32) -> UserInputLiteral {
    UserInputLiteral {
        field_name: None,
        phrase,
        delimiter: Delimiter::DoubleQuotes,
        slop,
        prefix: false,
    }
}

/// How a literal's words are highlighted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marks {
    /// Not at all (a negated literal, a ranking-only phrase).
    None,
    /// As typed: a phrase as a whole, a sloppy phrase word by word.
    AsTyped,
    /// As one group, whatever its slop.
    Group,
}

impl<'a> Rewriter<'a> {
    fn new(searcher: &'a Searcher) -> Rewriter<'a> {
        Rewriter {
            searcher,
            exact: analyzer::exact(),
            folded: analyzer::folded(),
            pairs: HashMap::new(),
            highlights: Vec::new(),
            run_parts: None,
        }
    }

    fn rewrite(&mut self, ast: UserInputAst, negated: bool) -> UserInputAst {
        match ast {
            UserInputAst::Clause(clauses) => UserInputAst::Clause(
                clauses
                    .into_iter()
                    .map(|(occur, sub)| {
                        let neg = negated ^ (occur == Some(Occur::MustNot));
                        (occur, self.rewrite(sub, neg))
                    })
                    .collect(),
            ),
            UserInputAst::Boost(sub, boost) => {
                UserInputAst::Boost(Box::new(self.rewrite(*sub, negated)), boost)
            }
            UserInputAst::Leaf(leaf) => match *leaf {
                UserInputLeaf::Literal(lit)
                    if lit.slop == RUN_MARK
                        && lit.field_name.is_none()
                        && lit.delimiter == Delimiter::DoubleQuotes =>
                {
                    self.run(&lit.phrase, negated)
                }
                UserInputLeaf::Literal(lit) => {
                    let marks = if negated { Marks::None } else { Marks::AsTyped };
                    self.literal(lit, marks)
                }
                other => UserInputAst::Leaf(Box::new(rename_leaf_field(other))),
            },
        }
    }

    /// A run of bare words: its groups, all required, and phrase boosts for the whole run.
    fn run(&mut self, phrase: &str, negated: bool) -> UserInputAst {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let groups = groups::segment(&words, &mut |a, b| self.pair_stats(a, b));
        let marks = if negated { Marks::None } else { Marks::Group };
        let function_word = |g: &groups::Group| {
            g.kind == Kind::Word
                && g.words.len() == 1
                && FUNCTION_WORDS.contains(&crate::text::fold(&g.words[0]).as_str())
        };
        // Function words only rank when something else is required.
        let optional_words = !negated && groups.iter().any(|g| !function_word(g));
        let mut clauses = Vec::new();
        let mut parts = RunParts {
            keep: Vec::new(),
            droppable: Vec::new(),
            optional: Vec::new(),
            aboutness: Vec::new(),
            years: Vec::new(),
            year: None,
        };
        // Syllables left alone that the index often sees side by side (`hợp` `đồng`) join in one
        // concept of the near matches.
        let singles: Vec<Option<&str>> = groups
            .iter()
            .map(|g| {
                // Document references are kept and optional function words only rank.
                let kept_or_optional =
                    matches!(g.kind, Kind::Doc(_)) || (optional_words && function_word(g));
                if kept_or_optional {
                    None
                } else {
                    lone_syllable(g)
                }
            })
            .collect();
        let joins_next = self.concepts(&singles);
        for (i, g) in groups.iter().enumerate() {
            let mut text = phrase_literal(g.words.join(" "), 0);
            if g.words.len() == 1 {
                text.delimiter = Delimiter::None;
            }
            let mut ast = if groups::is_month(&g.words) {
                // Its words anywhere; the headline and the lead count the phrase only.
                let words = g.words.iter().map(|w| {
                    let mut word = phrase_literal(w.clone(), 0);
                    word.delimiter = Delimiter::None;
                    (Some(Occur::Must), self.literal(word, marks))
                });
                UserInputAst::Clause(words.collect())
            } else {
                self.literal(text, marks)
            };
            let others = other_spellings(g);
            // An `i`/`y` spelling scores at most as the typed one (by the rarer spelling's own
            // inverse document frequency it would outrank the exact matches).
            let weights: Vec<f64> = others
                .iter()
                .map(|other| match g.kind {
                    Kind::Word => self.spelling_weight(&g.words.join(" "), other),
                    _ => 1.0,
                })
                .collect();
            if matches!(g.kind, Kind::Spellings(_) | Kind::Doc(_)) || !others.is_empty() {
                let mut alternatives = vec![(Some(Occur::Should), ast)];
                for (phrase, &weight) in others.iter().zip(&weights) {
                    let lit = self.literal(phrase_literal(phrase.clone(), 0), marks);
                    alternatives.push((Some(Occur::Should), weighted(lit, weight)));
                }
                if let Kind::Doc(key) = &g.kind {
                    for term in self.doc_terms(key) {
                        let mut lit = phrase_literal(term, 0);
                        lit.field_name = Some(schema::DOC_IDS.to_string());
                        alternatives.push((Some(Occur::Should), leaf(lit)));
                    }
                }
                ast = UserInputAst::Clause(alternatives);
            }
            if let Kind::Doc(_) = &g.kind {
                parts.keep.push(ast.clone());
            } else if optional_words && function_word(g) {
                parts.optional.push(ast.clone());
                clauses.push((Some(Occur::Should), ast));
                continue;
            } else {
                let joins_prev =
                    i.checked_sub(1).and_then(|p| joins_next.get(p)).copied().unwrap_or(false);
                // For the near matches only: a foreign name within one letter.
                let near = self.one_letter_off(g);
                let loose = if near.is_empty() {
                    ast.clone()
                } else {
                    let typed = g.words.join(" ");
                    let mut alternatives = vec![(Some(Occur::Should), ast.clone())];
                    for (phrase, word) in near {
                        let weight = self.spelling_weight(&typed, &phrase);
                        let lit = self.literal(phrase_literal(phrase, 0), marks);
                        // Only where the article never writes the word as typed: one writing
                        // both spells the name right and merely lacks the group as typed.
                        let typed_word = self.literal(phrase_literal(word, 0), Marks::None);
                        let misspelt = UserInputAst::Clause(vec![
                            (Some(Occur::Must), weighted(lit, weight)),
                            (Some(Occur::MustNot), typed_word),
                        ]);
                        alternatives.push((Some(Occur::Should), misspelt));
                    }
                    UserInputAst::Clause(alternatives)
                };
                match parts.droppable.pop() {
                    Some(prev) if joins_prev => {
                        let both = vec![(Some(Occur::Must), prev), (Some(Occur::Must), loose)];
                        parts.droppable.push(UserInputAst::Clause(both));
                    }
                    prev => {
                        parts.droppable.extend(prev);
                        if groups::is_year(&g.words) {
                            parts.years.push(parts.droppable.len());
                            parts.year = g.words[0].parse().ok();
                        }
                        parts.droppable.push(loose);
                    }
                }
            }
            clauses.push((Some(Occur::Must), ast));
            if !negated && groups.len() >= 2 {
                // Scoring only: headlines holding more of the groups rank first, in any of the
                // group's spellings (`GPMB` for `giải phóng mặt bằng`, "Chỉ thị số 24"); a
                // group the headline lacks counts, less, when the lead holds it.
                let spellings: Vec<(String, f64)> = std::iter::once((g.words.join(" "), 1.0))
                    .chain(others.into_iter().zip(weights))
                    .collect();
                let in_title = self.in_field(schema::TITLE, &spellings);
                let boosted =
                    UserInputAst::Boost(Box::new(in_title.clone()), TITLE_GROUP_BOOST.into());
                parts.optional.push(boosted.clone());
                clauses.push((Some(Occur::Should), boosted));
                let in_lead = self.in_field(schema::SAPO, &spellings);
                parts.aboutness.push(UserInputAst::Clause(vec![
                    (Some(Occur::Should), in_title.clone()),
                    (Some(Occur::Should), in_lead.clone()),
                ]));
                let in_lead_only =
                    vec![(Some(Occur::Must), in_lead), (Some(Occur::MustNot), in_title)];
                let boosted = UserInputAst::Boost(
                    Box::new(UserInputAst::Clause(in_lead_only)),
                    LEAD_GROUP_BOOST.into(),
                );
                parts.optional.push(boosted.clone());
                clauses.push((Some(Occur::Should), boosted));
            }
        }
        let accented = words.iter().filter(|w| has_diacritics(w)).count();
        let one_routing = accented == 0 || accented == words.len();
        if groups.len() >= 2 && !negated && one_routing {
            // Scoring only: the run as typed, then nearly together, ranks first; so does the
            // run with its words' `i`/`y` spellings, at most as much.
            let typed = words.join(" ");
            let other = twin_run(&groups);
            let other = other.map(|run| {
                let weight = self.spelling_weight(&typed, &run);
                (run, weight)
            });
            for (slop, boost) in [(0, PHRASE_BOOST), (NEAR_SLOP, NEAR_BOOST)] {
                let mut routed = self.literal(phrase_literal(typed.clone(), slop), Marks::None);
                if let Some((run, weight)) = &other {
                    let twin = self.literal(phrase_literal(run.clone(), slop), Marks::None);
                    routed = UserInputAst::Clause(vec![
                        (Some(Occur::Should), routed),
                        (Some(Occur::Should), weighted(twin, *weight)),
                    ]);
                }
                let boosted = UserInputAst::Boost(Box::new(routed), boost.into());
                parts.optional.push(boosted.clone());
                clauses.push((Some(Occur::Should), boosted));
            }
        }
        if !negated {
            self.run_parts = Some(parts);
        }
        if clauses.len() == 1 {
            if let Some((_, only)) = clauses.pop() {
                return only;
            }
        }
        UserInputAst::Clause(clauses)
    }

    /// For each group of a run, whether it is one concept of the near matches with the next
    /// ([`Parsed::relaxed`]), given `singles`, each group's syllable when it is a lone syllable
    /// that may join a neighbour ([`lone_syllable`]). Neighbouring syllables whose
    /// [`Self::concept_share`] passes join by that share, highest first, and a syllable joins
    /// at most one neighbour: in `ký hợp đồng`, `hợp` joins `đồng` when `hợp đồng` stands
    /// together more often than `ký hợp`, whichever comes first.
    fn concepts(&mut self, singles: &[Option<&str>]) -> Vec<bool> {
        let mut pairs: Vec<(f64, usize)> = Vec::new();
        for (i, pair) in singles.windows(2).enumerate() {
            if let [Some(a), Some(b)] = pair {
                // A lowercase word and a name side by side are two concepts (`tỉnh Quảng`),
                // but the run's first syllable, capitalised before a lowercase one, is the
                // query written in sentence case (`Lễ hội Việt Nam tại Tokyo`).
                let sentence_case = i == 0 && opens_in_sentence_case(a, b);
                if a.starts_with(char::is_uppercase) != b.starts_with(char::is_uppercase)
                    && !sentence_case
                {
                    continue;
                }
                if let Some(share) = self.concept_share(a, b) {
                    pairs.push((share, i));
                }
            }
        }
        // Highest share first; on a tie, the pair typed first.
        pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut taken = vec![false; singles.len()];
        let mut joins_next = vec![false; singles.len()];
        for (_, i) in pairs {
            if let ([.., left], [right, ..]) = taken.split_at_mut(i + 1) {
                if !*left && !*right {
                    (*left, *right) = (true, true);
                    if let Some(j) = joins_next.get_mut(i) {
                        *j = true;
                    }
                }
            }
        }
        joins_next
    }

    /// The share of the documents holding the syllables `a` and `b` (typed side by side and
    /// left as two groups under [`groups`]' word share) that hold them together, when it is at
    /// least [`CONCEPT_SHARE`]: one concept for the near matches ([`Parsed::relaxed`]).
    fn concept_share(&mut self, a: &str, b: &str) -> Option<f64> {
        let (phrase, both) = self.pair_stats(&[a], b)?;
        if both == 0 {
            return None;
        }
        let share = phrase as f64 / both as f64;
        (share >= CONCEPT_SHARE).then_some(share)
    }

    /// For two syllables typed without diacritics, the pair statistics of their commonest
    /// accented reading in the body: `(documents with the phrase, documents with both)` for the
    /// reading most documents write as a phrase, of the [`MAX_READINGS`] commonest spellings of
    /// each syllable. Folded, each syllable stands for several (`trinh` for `trình`, `trịnh`,
    /// `trinh`; `sat` for `sát`, `sắt`, `sạt`), so the documents holding both folded syllables
    /// are mostly other words' and the folded share is far below the accented one (`trinh sat`
    /// 0.09, `trinh sát` 0.74; `tham nhung` 0.04, `tham nhũng` 0.97): a pair typed without
    /// diacritics groups as it does typed with them. `None` when no reading stands as a phrase
    /// in the sample.
    fn reading_stats(&mut self, a: &str, b: &str) -> Option<(u64, u64)> {
        let field = self.searcher.schema().get_field(schema::BODY).ok()?;
        let ra = self.readings(field, a);
        let rb = self.readings(field, b);
        let mut best: Option<(u64, Term, Term)> = None;
        for ta in &ra {
            for tb in &rb {
                let phrase = self.sample_count(&PhraseQuery::new(vec![ta.clone(), tb.clone()]))?;
                if phrase > best.as_ref().map_or(0, |b| b.0) {
                    best = Some((phrase, ta.clone(), tb.clone()));
                }
            }
        }
        let (phrase, ta, tb) = best?;
        let both = BooleanQuery::intersection(vec![
            Box::new(TermQuery::new(ta, IndexRecordOption::Basic)),
            Box::new(TermQuery::new(tb, IndexRecordOption::Basic)),
        ]);
        let both = self.sample_count(&both)?;
        (both > 0).then_some((phrase, both))
    }

    /// The [`MAX_READINGS`] accented spellings of the folded syllable `folded` the exact field
    /// `field` holds in most documents ([`accented_readings`]).
    fn readings(&mut self, field: Field, folded: &str) -> Vec<Term> {
        let mut found: Vec<(u64, Term)> = Vec::new();
        for spelling in accented_readings(&folded.to_lowercase()) {
            let mut t = analyzer::terms(&mut self.exact, &spelling);
            let (Some(t), true) = (t.pop(), t.is_empty()) else { continue };
            let term = Term::from_field_text(field, &t.text);
            if found.iter().any(|(_, known)| *known == term) {
                continue;
            }
            let docs = self.searcher.doc_freq(&term).unwrap_or(0);
            if docs > 0 {
                found.push((docs, term));
            }
        }
        found.sort_by_key(|x| std::cmp::Reverse(x.0));
        found.into_iter().take(MAX_READINGS).map(|(_, t)| t).collect()
    }

    /// Any of `spellings` (exact phrases, each with its weight) in the text field `field`
    /// (routed exact or folded by each spelling), unhighlighted: a clause that only ranks.
    fn in_field(&mut self, field: &str, spellings: &[(String, f64)]) -> UserInputAst {
        let mut alternatives: Vec<(Option<Occur>, UserInputAst)> = spellings
            .iter()
            .map(|(spelling, weight)| {
                let mut lit = phrase_literal(spelling.clone(), 0);
                lit.field_name = Some(field.to_string());
                (Some(Occur::Should), weighted(self.literal(lit, Marks::None), *weight))
            })
            .collect();
        match alternatives.len() {
            1 => alternatives.pop().map_or(UserInputAst::Clause(Vec::new()), |(_, ast)| ast),
            _ => UserInputAst::Clause(alternatives),
        }
    }

    /// The group `g` (a name or a word) with one of its foreign words spelt one letter away
    /// ([`groups::one_letter_spellings`]) as the index holds it (`Besty DeVos` for `Betsy
    /// DeVos`, `Mississipi`), each an exact phrase with the word it replaces: at most
    /// [`MAX_NEAR_NAMES`], commonest first. Only the near matches hold them in place of the
    /// group, and only in articles that never write the replaced word as typed, so the spelling
    /// typed ranks above.
    fn one_letter_off(&mut self, g: &groups::Group) -> Vec<(String, String)> {
        if !matches!(g.kind, Kind::Name | Kind::Word) {
            return Vec::new();
        }
        let Ok(field) = self.searcher.schema().get_field(schema::BODY_FOLDED) else {
            return Vec::new();
        };
        let mut found: Vec<(u64, String, String)> = Vec::new();
        for (i, word) in g.words.iter().enumerate() {
            for spelling in groups::one_letter_spellings(word) {
                let term = Term::from_field_text(field, &spelling);
                let freq = self.searcher.doc_freq(&term).unwrap_or(0);
                if freq == 0 {
                    continue;
                }
                let mut words = g.words.clone();
                let mut chars = spelling.chars();
                words[i] = chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default();
                found.push((freq, words.join(" "), word.clone()));
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found.into_iter().take(MAX_NEAR_NAMES).map(|(_, phrase, word)| (phrase, word)).collect()
    }

    /// The weight of `other`, another spelling of the exact phrase `typed`: the ratio of their
    /// inverse document frequencies in the body (tantivy's BM25 weight of a phrase is the sum
    /// of its terms'), at most 1, so that a rarer spelling scores as the typed one would and a
    /// commoner one as itself.
    fn spelling_weight(&mut self, typed: &str, other: &str) -> f64 {
        match (self.idf_sum(typed), self.idf_sum(other)) {
            (Some(typed), Some(other)) if other > typed => typed / other,
            _ => 1.0,
        }
    }

    /// The sum of the BM25 inverse document frequencies of the exact terms of `phrase` in the
    /// body field.
    fn idf_sum(&mut self, phrase: &str) -> Option<f64> {
        let field = self.searcher.schema().get_field(schema::BODY).ok()?;
        let docs = self.searcher.num_docs() as f64;
        let mut sum = 0.0;
        for term in analyzer::terms(&mut self.exact, phrase) {
            let term = Term::from_field_text(field, &term.text);
            let freq = self.searcher.doc_freq(&term).ok()? as f64;
            sum += (1.0 + (docs - freq + 0.5) / (freq + 0.5)).ln();
        }
        Some(sum)
    }

    /// `(documents with the phrase "a… b", documents with the phrase "a…" and b)` in the body
    /// field (the title field when no body holds both), folded when none is typed with
    /// diacritics, counted on a sample of the index ([`groups::PairStats`]); with `a` empty,
    /// the documents holding `b`. Two syllables typed without diacritics count by their
    /// commonest accented reading ([`Self::reading_stats`]) when the index holds one.
    fn pair_stats(&mut self, a: &[&str], b: &str) -> Option<(u64, u64)> {
        let key = (a.join(" "), b.to_string());
        if let Some(known) = self.pairs.get(&key) {
            return *known;
        }
        let found = self.count_pair(a, b);
        self.pairs.insert(key, found);
        found
    }

    /// A sloppy phrase of three or more terms as every pair of neighbouring terms within the
    /// slop, all required (`"a b c"~N`: a within N of b, and b within N of c), or, for a clause
    /// that only ranks (`rank_only`), each pair adding to the score. tantivy's sloppy
    /// matching of three or more terms walks them in the order of each segment's term
    /// frequencies, so the same article could match in one index and not in another (and rank
    /// differently); its two-term matching does not depend on that order. `None` for a phrase
    /// of fewer than three terms or without slop, which tantivy matches as it is.
    fn slop_pairs(
        &mut self,
        lit: &UserInputLiteral,
        folded: bool,
        fields: &[&str],
        rank_only: bool,
    ) -> Option<UserInputAst> {
        if lit.slop == 0 || lit.prefix {
            return None;
        }
        let analyzer = if folded { &mut self.folded } else { &mut self.exact };
        let terms: Vec<String> =
            analyzer::terms(analyzer, &lit.phrase).into_iter().map(|t| t.text).collect();
        if terms.len() < 3 {
            return None;
        }
        // A proximity boost's budget is shared by the whole run: each gap gets its share.
        let gaps = u32::try_from(terms.len() - 1).unwrap_or(u32::MAX);
        let pair_slop = if rank_only { lit.slop.div_ceil(gaps).max(1) } else { lit.slop };
        let clauses = fields
            .iter()
            .map(|field| {
                let pairs = terms
                    .windows(2)
                    .map(|pair| {
                        let mut l = phrase_literal(pair.join(" "), pair_slop);
                        l.field_name = Some(field.to_string());
                        (Some(Occur::Must), leaf(l))
                    })
                    .collect();
                (Some(Occur::Should), UserInputAst::Clause(pairs))
            })
            .collect();
        Some(UserInputAst::Clause(clauses))
    }

    fn count_pair(&mut self, a: &[&str], b: &str) -> Option<(u64, u64)> {
        let folded = !a.iter().any(|w| has_diacritics(w)) && !has_diacritics(b);
        if let (true, [a]) = (folded, a) {
            if let Some(read) = self.reading_stats(a, b) {
                return Some(read);
            }
        }
        let analyzer = if folded { &mut self.folded } else { &mut self.exact };
        let mut words = Vec::with_capacity(a.len() + 1);
        for w in a.iter().chain([&b]) {
            let mut t = analyzer::terms(analyzer, w);
            if t.len() != 1 {
                return None;
            }
            words.push(t.pop()?.text);
        }
        let fields = if folded {
            [schema::BODY_FOLDED, schema::TITLE_FOLDED]
        } else {
            [schema::BODY, schema::TITLE]
        };
        for name in fields {
            let field = self.searcher.schema().get_field(name).ok()?;
            let terms: Vec<Term> = words.iter().map(|w| Term::from_field_text(field, w)).collect();
            let (last, head) = terms.split_last()?;
            if head.is_empty() {
                // `b` alone: the documents holding it.
                let docs =
                    self.sample_count(&TermQuery::new(last.clone(), IndexRecordOption::Basic))?;
                if docs > 0 {
                    return Some((docs, docs));
                }
                continue;
            }
            let head: Box<dyn Query> = match head {
                [one] => Box::new(TermQuery::new(one.clone(), IndexRecordOption::Basic)),
                _ => Box::new(PhraseQuery::new(head.to_vec())),
            };
            let both = BooleanQuery::intersection(vec![
                head,
                Box::new(TermQuery::new(last.clone(), IndexRecordOption::Basic)),
            ]);
            let both = self.sample_count(&both)?;
            if both == 0 {
                continue;
            }
            let phrase = self.sample_count(&PhraseQuery::new(terms))?;
            return Some((phrase, both));
        }
        Some((0, 0))
    }

    /// Matches of `query` in the first segments ([`sample_count`]).
    fn sample_count(&self, query: &dyn Query) -> Option<u64> {
        sample_count(self.searcher, query)
    }

    /// The `doc_ids` terms a reference typed in the query may match: its key and, for a kind
    /// with a bare number (`Chỉ thị|24`), every id of that kind and number in the index.
    fn doc_terms(&self, key: &str) -> Vec<String> {
        let field = self.searcher.schema().get_field(schema::DOC_IDS);
        let Ok(field) = field else { return Vec::new() };
        let terms = super::refs::expand_keys(self.searcher, field, &[key.to_string()])
            .unwrap_or_else(|_| vec![key.to_string()]);
        let kind = key.split_once('|').map(|(k, _)| k);
        terms
            .into_iter()
            .filter(|t| match kind {
                // Never across kinds: `Kế hoạch 24` is not `24-CT/TU`.
                Some(kind) if !t.contains('|') => crate::entities::documents::find(t, None)
                    .first()
                    .is_some_and(|d| d.kind.to_lowercase() == kind.to_lowercase()),
                _ => true,
            })
            .take(MAX_DOC_TERMS)
            .collect()
    }

    fn literal(&mut self, mut lit: UserInputLiteral, marks: Marks) -> UserInputAst {
        let text_field = matches!(
            lit.field_name.as_deref(),
            None | Some(schema::TITLE | schema::SAPO | schema::BODY)
        );
        // ("\"Rüdiger gia nhập\"", `title:Özil`: a phrase holding a foreign letter is matched
        // without any diacritics, so both spellings of the name match.)
        if text_field && lit.phrase.chars().any(is_foreign_letter) {
            lit.phrase = crate::text::fold(&lit.phrase);
        }
        // (`Bogotá`, `José Mourinho`: a phrase whose marks are all foreign words' likewise.)
        if text_field && marked_only_in_foreign_words(&lit.phrase) {
            lit.phrase = crate::text::fold(&lit.phrase);
        }
        let folded = !has_diacritics(&lit.phrase);
        let text_fields: Option<Vec<&str>> = match lit.field_name.as_deref() {
            None if folded => {
                Some(vec![schema::TITLE_FOLDED, schema::SAPO_FOLDED, schema::BODY_FOLDED])
            }
            None => Some(vec![schema::TITLE, schema::SAPO, schema::BODY]),
            Some(schema::TITLE) => {
                Some(vec![if folded { schema::TITLE_FOLDED } else { schema::TITLE }])
            }
            Some(schema::SAPO) => {
                Some(vec![if folded { schema::SAPO_FOLDED } else { schema::SAPO }])
            }
            Some(schema::BODY) => {
                Some(vec![if folded { schema::BODY_FOLDED } else { schema::BODY }])
            }
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
        let highlight = |phrase: &str, prefix: bool, slop: u32| Highlight {
            folded,
            phrase: phrase.to_string(),
            prefix,
            slop,
        };
        match marks {
            Marks::None => {}
            Marks::AsTyped if lit.slop > 0 => {
                // A sloppy phrase: its words need not be adjacent, so highlight them one by one.
                for word in lit.phrase.split_whitespace() {
                    self.highlights.push(highlight(word, false, 0));
                }
            }
            Marks::AsTyped => self.highlights.push(highlight(&lit.phrase, lit.prefix, 0)),
            Marks::Group => self.highlights.push(highlight(&lit.phrase, lit.prefix, lit.slop)),
        }
        if let Some(pairs) = self.slop_pairs(&lit, folded, &text_fields, marks == Marks::None) {
            return pairs;
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
mod marking_tests {
    use super::mark_runs;

    fn check(input: &str, expected: &str) {
        assert_eq!(mark_runs(input), expected.replace("RUN", "1000000"), "{input}");
    }

    #[test]
    fn runs_of_bare_words_are_marked() {
        let cases = [
            ("kỷ cương", r#""kỷ cương"~RUN"#),
            ("ky cuong", r#""ky cuong"~RUN"#),
            ("Chỉ thị 24-CT/TU", r#""Chỉ thị 24-CT/TU"~RUN"#),
            ("thủy", "thủy"),
            ("HĐND", r#""HĐND"~RUN"#),
            ("hdnd OR thủy", r#""hdnd"~RUN OR thủy"#),
            ("Sóc Sơn AND kỷ cương", r#""Sóc Sơn"~RUN AND "kỷ cương"~RUN"#),
            ("kỷ cương OR thủy điện", r#""kỷ cương"~RUN OR "thủy điện"~RUN"#),
            ("kỷ cương -thủy", r#""kỷ cương"~RUN -thủy"#),
            (r#""kỷ cương" Hà Nội"#, r#""kỷ cương" "Hà Nội"~RUN"#),
            ("title:kỷ cương", "title:kỷ cương"),
            ("(kỷ cương) Hà", "(kỷ cương) Hà"),
            ("thanh uy Hà Nội", r#""thanh uy Hà Nội"~RUN"#),
            ("NOT cương", "NOT cương"),
            // A syllable with an `i`/`y` spelling is a run alone, to find (or exclude) both.
            ("NOT kỷ", r#"NOT "kỷ"~RUN"#),
            ("Kỷ", "Kỷ"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}

#[cfg(test)]
mod foreign_letter_tests {
    use super::fold_foreign_letters;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold_foreign_letters(input), expected, "{input}");
    }

    #[test]
    fn bare_words_lose_a_foreign_mark_quoted_and_field_values_keep_it() {
        let cases = [
            ("Rüdiger gia nhập Chelsea", "Rudiger gia nhập Chelsea"),
            ("Modrić Đức", "Modric Đức"),
            (r#""Rüdiger gia nhập" Özil"#, r#""Rüdiger gia nhập" Ozil"#),
            (r#"tag:"Mesut Özil" Özil"#, r#"tag:"Mesut Özil" Ozil"#),
            ("issuer:Müller Müller", "issuer:Müller Muller"),
            ("thủy điện", "thủy điện"),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}

#[cfg(test)]
mod foreign_word_tests {
    use super::{marked_only_in_foreign_words, opens_in_sentence_case};

    #[test]
    fn a_phrase_marked_only_in_foreign_words_is_matched_without_marks() {
        let cases = [
            ("Bogotá", true),
            ("José Mourinho", true),
            ("Sánchez", true),
            ("ôxy", true),
            ("café", true),
            ("Andino Bogotá", true),
            // A Vietnamese word holding a mark, or a `đ`: as typed.
            ("đánh bom Bogotá", false),
            ("Đắk Lắk", false),
            ("Đắk", false),
            ("thủy điện", false),
            ("Nguyễn", false),
            ("khuyếch", false),
            // An abbreviation in capitals, another script, no mark at all: as typed.
            ("GĐ", false),
            ("HĐND", false),
            ("Путин", false),
            ("Bogota", false),
        ];
        for (phrase, expected) in cases {
            assert_eq!(marked_only_in_foreign_words(phrase), expected, "{phrase}");
        }
    }

    #[test]
    fn a_run_opening_in_sentence_case() {
        let cases = [
            (("Lễ", "hội"), true),
            (("Ngày", "hội"), true),
            (("Lễ", "Hội"), false),
            (("lễ", "hội"), false),
            (("Trump", "dự"), false),
            (("UBND", "tỉnh"), false),
        ];
        for ((a, b), expected) in cases {
            assert_eq!(opens_in_sentence_case(a, b), expected, "{a} {b}");
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
            // A lone mark between words is left out; one touching a word or a quote is kept.
            ("tàu ngầm Bà Rịa - Vũng Tàu", Ok("tàu ngầm Bà Rịa Vũng Tàu")),
            ("Bà Rịa – Vũng Tàu — Cam Ranh", Ok("Bà Rịa Vũng Tàu Cam Ranh")),
            ("nhà máy giấy Lee & Man", Ok("nhà máy giấy Lee Man")),
            ("a + b / c ... d", Ok("a b c d")),
            ("(a - b) && c", Ok("(a b) AND c")),
            ("Bà Rịa-Vũng Tàu Lee&Man", Ok("Bà Rịa-Vũng Tàu Lee&Man")),
            ("thủy -điện +kỷ", Ok("thủy -điện +kỷ")),
            (r#"thủy -"kỷ cương""#, Ok(r#"thủy -"kỷ cương""#)),
            (r#""Bà Rịa - Vũng Tàu" - tàu"#, Ok(r#""Bà Rịa - Vũng Tàu" tàu"#)),
            (r#""kỷ cương"~2 - a"#, Ok(r#""kỷ cương"~2 a"#)),
            ("a * b", Ok("a * b")),
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

#[cfg(test)]
mod exact_alternatives_tests {
    use super::{groups, has_diacritics, other_spellings, with_number_word};

    fn check_number(words: &[&str], expected: Option<&str>) {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        assert_eq!(with_number_word(&words).as_deref(), expected, "{words:?}");
    }

    #[test]
    fn a_reference_also_reads_with_so_before_its_number() {
        check_number(&["Chỉ", "thị", "24-CT/TU"], Some("Chỉ thị số 24-CT/TU"));
        check_number(&["chi", "thi", "24"], Some("chi thi so 24"));
        check_number(&["Nghị", "quyết", "số", "57-NQ/TW"], None);
        check_number(&["nghi", "quyet", "so", "57"], None);
        check_number(&["24-CT/TU"], None);
        check_number(&["Chỉ", "thị"], None);
    }

    /// Every expansion with a `và`, typed without it or as its first abbreviation, accented or
    /// folded, has among its other spellings the expansion with its `và`.
    #[test]
    fn an_expansion_keeps_its_va_among_the_other_spellings() {
        for (abbrevs, expansion) in groups::ABBREVIATIONS {
            let words: Vec<&str> = expansion.split_whitespace().collect();
            if !words.contains(&"và") {
                continue;
            }
            let without: Vec<&str> = words.iter().copied().filter(|w| *w != "và").collect();
            let without = without.join(" ");
            let folded_without = crate::text::fold(&without);
            for typed in [without.as_str(), folded_without.as_str(), abbrevs[0]] {
                let typed_words: Vec<&str> = typed.split_whitespace().collect();
                let found = groups::segment(&typed_words, &mut |_, _| None);
                let [group] = found.as_slice() else { panic!("{typed}: {found:?}") };
                let want = if has_diacritics(typed) {
                    expansion.to_string()
                } else {
                    crate::text::fold(expansion)
                };
                assert!(other_spellings(group).contains(&want), "{typed}: {group:?}");
            }
        }
    }

    fn check_readings(folded: &str, expected: &[&str], count: usize) {
        let got = super::accented_readings(folded);
        for want in expected {
            assert!(got.iter().any(|g| g == want), "{folded}: no {want} in {got:?}");
        }
        assert_eq!(got.len(), count, "{folded}: {got:?}");
    }

    /// A syllable typed without diacritics reads as each of its accented spellings: each vowel
    /// in each of its letters, `d` or `đ`, at most one tone mark.
    #[test]
    fn a_folded_syllable_reads_as_its_accented_spellings() {
        check_readings("trinh", &["trinh", "trình", "trịnh"], 6);
        check_readings("sat", &["sát", "sắt", "sạt", "sất"], 18);
        check_readings("nhung", &["những", "nhũng", "nhung", "nhúng"], 12);
        check_readings("duong", &["đường", "dương", "dưỡng", "đuông"], 132);
        check_readings("lo", &["lở", "lỗ", "lộ", "lò"], 18);
        // Not a lowercase ASCII syllable: no readings.
        check_readings("sát", &[], 0);
        check_readings("su-30", &[], 0);
        check_readings("", &[], 0);
    }
}
