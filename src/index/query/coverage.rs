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
pub struct CoverageQuery {
    inner: Box<dyn Query>,
    groups: Vec<Box<dyn Query>>,
    slope: Score,
    all: Score,
}

impl CoverageQuery {
    /// Wraps `inner`; `groups` only weigh, they never decide what matches.
    pub fn new(
        inner: Box<dyn Query>,
        groups: Vec<Box<dyn Query>>,
        slope: Score,
        all: Score,
    ) -> Self {
        CoverageQuery { inner, groups, slope, all }
    }
}

impl Clone for CoverageQuery {
    fn clone(&self) -> Self {
        CoverageQuery {
            inner: self.inner.box_clone(),
            groups: self.groups.iter().map(|g| g.box_clone()).collect(),
            slope: self.slope,
            all: self.all,
        }
    }
}

impl fmt::Debug for CoverageQuery {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "Coverage(slope={}, all={}, inner={:?}, groups={:?})",
            self.slope, self.all, self.inner, self.groups
        )
    }
}

impl Query for CoverageQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let inner = self.inner.weight(enable_scoring)?;
        if !enable_scoring.is_scoring_enabled() || self.groups.is_empty() {
            return Ok(inner);
        }
        let unscored = match enable_scoring.searcher() {
            Some(searcher) => EnableScoring::disabled_from_searcher(searcher),
            None => EnableScoring::disabled_from_schema(enable_scoring.schema()),
        };
        let groups =
            self.groups.iter().map(|g| g.weight(unscored)).collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(CoverageWeight { inner, groups, slope: self.slope, all: self.all }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.inner.query_terms(visitor);
    }
}

struct CoverageWeight {
    inner: Box<dyn Weight>,
    groups: Vec<Box<dyn Weight>>,
    slope: Score,
    all: Score,
}

impl Weight for CoverageWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let inner = self.inner.scorer(reader, boost)?;
        let groups = self
            .groups
            .iter()
            .map(|g| g.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(Box::new(CoverageScorer { inner, groups, slope: self.slope, all: self.all }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let inner = self.inner.explain(reader, doc)?;
        let mut scorer = self.scorer(reader, 1.0)?;
        let score = if scorer.doc() <= doc && scorer.seek(doc) == doc {
            scorer.score()
        } else {
            inner.value()
        };
        let mut explanation =
            Explanation::new("Coverage of the concepts by headline and lead", score);
        explanation.add_detail(inner);
        Ok(explanation)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.inner.count(reader)
    }

    /// As tantivy's own loop, but the concepts are looked up only for a document whose score
    /// could pass `threshold` at the largest factor.
    fn for_each_pruning(
        &self,
        mut threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let inner = self.inner.scorer(reader, 1.0)?;
        let groups = self
            .groups
            .iter()
            .map(|g| g.scorer(reader, 1.0))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut scorer = CoverageScorer { inner, groups, slope: self.slope, all: self.all };
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

struct CoverageScorer {
    inner: Box<dyn Scorer>,
    groups: Vec<Box<dyn Scorer>>,
    slope: Score,
    all: Score,
}

impl CoverageScorer {
    /// The factor of the current document's score.
    fn factor(&mut self) -> Score {
        let share = self.share();
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

impl DocSet for CoverageScorer {
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

impl Scorer for CoverageScorer {
    fn score(&mut self) -> Score {
        self.factor() * self.inner.score()
    }
}
