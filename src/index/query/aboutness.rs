//! Aboutness: a query's score multiplied by the share of its concepts that the article's headline
//! and lead (sapo) hold together.
//!
//! A full match whose headline covers one side of the story and whose lead holds the rest is
//! about the query; an article holding every word in passing in its body is not. Additive
//! headline and lead boosts (`TITLE_GROUP_BOOST`, `LEAD_GROUP_BOOST`) weigh each group by its
//! term statistics; this factor counts concepts instead, the same for every group, and scales the
//! whole score, so it orders articles of similar relevance without letting a short headline
//! full of rare words outrank the rest.

use std::fmt;

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

/// `inner`, its score multiplied by `1 + slope × share + (all when share = 1)`, where `share`
/// is the share of `groups` (each "this concept is in the headline or the lead", matched without
/// scoring) that the document matches.
pub struct AboutnessQuery {
    inner: Box<dyn Query>,
    groups: Vec<Box<dyn Query>>,
    slope: Score,
    all: Score,
}

impl AboutnessQuery {
    /// Wraps `inner`; `groups` only weigh, they never decide what matches.
    pub fn new(
        inner: Box<dyn Query>,
        groups: Vec<Box<dyn Query>>,
        slope: Score,
        all: Score,
    ) -> Self {
        AboutnessQuery { inner, groups, slope, all }
    }
}

impl Clone for AboutnessQuery {
    fn clone(&self) -> Self {
        AboutnessQuery {
            inner: self.inner.box_clone(),
            groups: self.groups.iter().map(|g| g.box_clone()).collect(),
            slope: self.slope,
            all: self.all,
        }
    }
}

impl fmt::Debug for AboutnessQuery {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "Aboutness(slope={}, all={}, inner={:?}, groups={:?})",
            self.slope, self.all, self.inner, self.groups
        )
    }
}

impl Query for AboutnessQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let inner = self.inner.weight(enable_scoring)?;
        // Scoring enabled always comes with a searcher.
        let searcher = match enable_scoring.searcher() {
            Some(searcher) if enable_scoring.is_scoring_enabled() && !self.groups.is_empty() => {
                searcher
            }
            _ => return Ok(inner),
        };
        let unscored = EnableScoring::disabled_from_searcher(searcher);
        let groups =
            self.groups.iter().map(|g| g.weight(unscored)).collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(AboutnessWeight { inner, groups, slope: self.slope, all: self.all }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.inner.query_terms(visitor);
    }
}

struct AboutnessWeight {
    inner: Box<dyn Weight>,
    groups: Vec<Box<dyn Weight>>,
    slope: Score,
    all: Score,
}

impl AboutnessWeight {
    /// The scorer of `reader`'s segment, or (`Err`) `inner`'s own when it matches nothing
    /// there: the groups' scorers (unions that fill a window of documents as they start) are
    /// built only for a segment that needs them.
    fn aboutness_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Result<AboutnessScorer, Box<dyn Scorer>>> {
        let inner = self.inner.scorer(reader, boost)?;
        if inner.doc() == TERMINATED {
            return Ok(Err(inner));
        }
        let groups = self
            .groups
            .iter()
            .map(|g| g.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Ok(AboutnessScorer { inner, groups, slope: self.slope, all: self.all }))
    }
}

impl Weight for AboutnessWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.aboutness_scorer(reader, boost)? {
            Ok(scorer) => Box::new(scorer),
            Err(empty) => empty,
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let inner = self.inner.explain(reader, doc)?;
        let does_not_match =
            || tantivy::TantivyError::InvalidArgument(format!("Document #({doc}) does not match"));
        let Ok(mut scorer) = self.aboutness_scorer(reader, 1.0)? else {
            return Err(does_not_match());
        };
        if scorer.doc() > doc || scorer.seek(doc) != doc {
            return Err(does_not_match());
        }
        let share = scorer.share();
        let factor = scorer.factor_of(share);
        let mut explanation = Explanation::new(
            "Aboutness: concepts held by headline and lead",
            factor * inner.value(),
        );
        explanation.add_const("share of the concepts headline and lead hold", share);
        explanation.add_const("factor, 1 + slope × share (+ all when every concept)", factor);
        explanation.add_detail(inner);
        Ok(explanation)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.inner.count(reader)
    }

    /// As tantivy's own loop, but the concepts are looked up only for a document whose score
    /// could pass `threshold` at the largest factor. Reached only when the top documents are
    /// collected alone (a search collapsing copies); a default search counts while it ranks
    /// (`Index::search`: one pass, measured faster than ranking and counting apart), which goes
    /// through `Weight::for_each` and looks the concepts up for every match.
    fn for_each_pruning(
        &self,
        mut threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let Ok(mut scorer) = self.aboutness_scorer(reader, 1.0)? else {
            return Ok(());
        };
        let most = 1.0 + self.slope + self.all;
        let mut doc = scorer.inner.doc();
        while doc != TERMINATED {
            let score = scorer.inner.score();
            if score * most > threshold {
                let score = score * scorer.factor();
                if score > threshold {
                    threshold = callback(doc, score);
                }
            }
            doc = scorer.inner.advance();
        }
        Ok(())
    }
}

struct AboutnessScorer {
    inner: Box<dyn Scorer>,
    groups: Vec<Box<dyn Scorer>>,
    slope: Score,
    all: Score,
}

impl AboutnessScorer {
    /// The factor of the current document's score.
    fn factor(&mut self) -> Score {
        let share = self.share();
        self.factor_of(share)
    }

    /// The factor of a document whose share of the groups is `share`.
    fn factor_of(&self, share: Score) -> Score {
        let all = if share >= 1.0 { self.all } else { 0.0 };
        1.0 + self.slope * share + all
    }

    /// The share of the groups matching the current document.
    fn share(&mut self) -> Score {
        let doc = self.inner.doc();
        if doc == TERMINATED || self.groups.is_empty() {
            return 0.0;
        }
        let mut covered = 0usize;
        for g in &mut self.groups {
            let at = if g.doc() < doc { g.seek(doc) } else { g.doc() };
            if at == doc {
                covered += 1;
            }
        }
        covered as Score / self.groups.len() as Score
    }
}

impl DocSet for AboutnessScorer {
    fn advance(&mut self) -> DocId {
        self.inner.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.inner.seek(target)
    }

    fn doc(&self) -> DocId {
        self.inner.doc()
    }

    fn size_hint(&self) -> u32 {
        self.inner.size_hint()
    }

    fn cost(&self) -> u64 {
        self.inner.cost()
    }
}

impl Scorer for AboutnessScorer {
    fn score(&mut self) -> Score {
        self.factor() * self.inner.score()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::TermQuery;
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index, Term};

    /// More matches than the page: ranking alone (the collector prunes, through
    /// `for_each_pruning`) finds the same documents with the same scores as ranking while
    /// counting (every match scored, through `for_each`).
    #[test]
    fn pruning_ranks_as_scoring_every_match() {
        let mut builder = Schema::builder();
        let title = builder.add_text_field("title", TEXT);
        let body = builder.add_text_field("body", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).expect("writer");
        for i in 0..300usize {
            let words = "dien ".repeat(1 + i % 7) + &"khac ".repeat(i % 11);
            let heading = match i % 3 {
                0 => "thuy dien",
                1 => "thuy",
                _ => "tin",
            };
            writer.add_document(doc!(title => heading, body => words)).expect("add");
        }
        writer.commit().expect("commit");
        let searcher = index.reader().expect("reader").searcher();
        let term = |f, w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(f, w), IndexRecordOption::WithFreqs))
        };
        let query = AboutnessQuery::new(
            term(body, "dien"),
            vec![term(title, "thuy"), term(title, "dien")],
            0.2,
            0.1,
        );
        for k in [1, 5, 20] {
            let alone = searcher.search(&query, &TopDocs::with_limit(k).order_by_score());
            let (count, counted) = searcher
                .search(&query, &(Count, TopDocs::with_limit(k).order_by_score()))
                .expect("search");
            let alone = alone.expect("search");
            assert_eq!(alone, counted, "k = {k}");
            assert_eq!(count, 300);
            assert_eq!(query.count(&searcher).expect("count"), 300);
        }
        // The factor applies: the best document's headline holds both concepts.
        let best = searcher.search(&query, &TopDocs::with_limit(1).order_by_score());
        let (_, address) = best.expect("search")[0];
        let explanation = query.explain(&searcher, address).expect("explain");
        assert!(explanation.to_pretty_json().contains("share"));
    }
}
