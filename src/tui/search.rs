//! Case-insensitive search across every loaded article, with the current match for `n` / `N`.

use crate::corpus::Corpus;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Every match, by article then position.
    pub hits: Vec<Hit>,
    pub current: Option<usize>,
}

impl Search {
    pub fn run(corpus: &Corpus, query: &str) -> Search {
        let pattern = format!("(?i){}", regex::escape(query));
        let hits = match regex::Regex::new(&pattern) {
            Ok(re) if !query.is_empty() => corpus
                .articles
                .iter()
                .enumerate()
                .flat_map(|(i, a)| {
                    re.find_iter(&a.text).map(move |m| Hit {
                        article: i,
                        span: Span::new(m.start(), m.end()),
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        Search {
            query: query.to_string(),
            hits,
            current: None,
        }
    }

    /// The matches inside `span` of `article`.
    pub fn hits_in(&self, article: usize, span: Span) -> impl Iterator<Item = &Hit> {
        let first = self
            .hits
            .partition_point(|h| (h.article, h.span.end) <= (article, span.start));
        self.hits[first..]
            .iter()
            .take_while(move |h| h.article == article && h.span.start < span.end)
    }

    /// The first match at or after byte `pos` of `article`, else the first after it, wrapping.
    pub fn first_from(&self, article: usize, pos: usize) -> Option<usize> {
        if self.hits.is_empty() {
            return None;
        }
        let i = self
            .hits
            .partition_point(|h| (h.article, h.span.start) < (article, pos));
        Some(i % self.hits.len())
    }

    pub fn step(&mut self, forward: bool) -> Option<Hit> {
        let n = self.hits.len();
        if n == 0 {
            return None;
        }
        let next = match (self.current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.current = Some(next);
        Some(self.hits[next])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_case_of_a_word_in_every_article() {
        let corpus = crate::corpus::bundled();
        let s = Search::run(&corpus, "IRAQ");
        assert!(s.hits.len() >= corpus.articles.len());
        for h in &s.hits {
            assert_eq!(
                corpus.articles[h.article].slice(h.span).to_lowercase(),
                "iraq"
            );
        }
        let sorted = s
            .hits
            .windows(2)
            .all(|w| (w[0].article, w[0].span.start) < (w[1].article, w[1].span.start));
        assert!(sorted);
        assert!(Search::run(&corpus, "").hits.is_empty());
        // Regex syntax in the query is taken literally.
        assert!(Search::run(&corpus, ".*").hits.is_empty());
    }

    #[test]
    fn hits_in_a_span_are_exactly_the_overlapping_ones() {
        let corpus = crate::corpus::bundled();
        let s = Search::run(&corpus, "the");
        let a = 1;
        let span = Span::new(100, 600);
        let got: Vec<_> = s.hits_in(a, span).copied().collect();
        let want: Vec<_> = s
            .hits
            .iter()
            .filter(|h| h.article == a && h.span.overlaps(span))
            .copied()
            .collect();
        assert_eq!(got, want);
    }
}
