//! "Show me this passage elsewhere": for any span of one article, the best-matching span in
//! every other article, quoted or paraphrased. Sentences are found through an inverted index of
//! content words, then widened to neighbouring sentences or narrowed to the matching words,
//! whichever matches better.

use super::similarity::{Vocabulary, shared_weight};
use super::terms::{Rarity, Term, sentence_content_terms, terms};
use crate::corpus::Corpus;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// A passage found in another article, with how alike it is, from 0 (nothing shared) to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PassageMatch {
    pub article: usize,
    pub span: Span,
    pub score: f64,
}

/// Below this score a passage is not reported: it shares a few words, not the passage.
pub const MIN_SCORE: f64 = 0.3;

#[derive(Debug)]
struct Sentence {
    article: usize,
    span: Span,
    /// Content words with their spans, in order.
    words: Vec<(Span, u32)>,
    set: Vec<u32>,
}

/// Every sentence of a corpus indexed by its content words; build once, query often.
#[derive(Debug)]
pub struct PassageIndex {
    vocabulary: Vocabulary,
    rarity: Rarity,
    sentences: Vec<Sentence>,
    postings: HashMap<u32, Vec<usize>>,
}

fn sorted_set(words: &[(Span, u32)]) -> Vec<u32> {
    let mut set: Vec<u32> = words.iter().map(|&(_, id)| id).collect();
    set.sort_unstable();
    set.dedup();
    set
}

fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = a.iter().chain(b).copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl PassageIndex {
    pub fn new(corpus: &Corpus) -> PassageIndex {
        // The content terms of every sentence, computed once: they give both the rarity of
        // each term and the index.
        let per_article: Vec<Vec<(Span, Vec<Term>)>> = corpus
            .articles
            .iter()
            .map(|article| sentence_content_terms(article).collect())
            .collect();
        let rarity = Rarity::from_articles(per_article.iter().map(|sentences| {
            sentences
                .iter()
                .flat_map(|(_, ts)| ts.iter().map(|t| t.form.clone()))
                .collect()
        }));
        let mut vocabulary = Vocabulary::default();
        let mut sentences = Vec::new();
        let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
        for (a, article_sentences) in per_article.into_iter().enumerate() {
            for (span, content) in article_sentences {
                let words: Vec<(Span, u32)> = content
                    .into_iter()
                    .map(|t| (t.span, vocabulary.id(&t.form, &rarity)))
                    .collect();
                let set = sorted_set(&words);
                for &id in &set {
                    postings.entry(id).or_default().push(sentences.len());
                }
                sentences.push(Sentence {
                    article: a,
                    span,
                    words,
                    set,
                });
            }
        }
        PassageIndex {
            vocabulary,
            rarity,
            sentences,
            postings,
        }
    }

    /// How rare each term is across the corpus the index was built from.
    pub(super) fn rarity(&self) -> &Rarity {
        &self.rarity
    }

    fn weight(&self, set: &[u32]) -> f64 {
        set.iter()
            .map(|&i| self.vocabulary.weights[i as usize])
            .sum()
    }

    /// The best match for `span` of article `article` in every other article that has one,
    /// best first.
    pub fn locate(&self, corpus: &Corpus, article: usize, span: Span) -> Vec<PassageMatch> {
        let Some(source) = corpus.articles.get(article) else {
            return Vec::new();
        };
        let span = Span::new(
            span.start.min(source.text.len()),
            span.end.min(source.text.len()),
        );
        if !source.text.is_char_boundary(span.start)
            || !source.text.is_char_boundary(span.end)
            || span.is_empty()
        {
            return Vec::new();
        }
        let mut query = Vec::new();
        let mut query_weight = 0.0;
        for t in terms(source, span, &[]).into_iter().filter(|t| t.content) {
            match self.vocabulary.get(&t.form) {
                Some(id) => query.push(id),
                None => query_weight += self.rarity.weight(&t.form),
            }
        }
        query.sort_unstable();
        query.dedup();
        query_weight += self.weight(&query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut accumulated: HashMap<usize, f64> = HashMap::default();
        for &id in &query {
            for &s in self.postings.get(&id).into_iter().flatten() {
                if self.sentences[s].article != article {
                    *accumulated.entry(s).or_default() += self.vocabulary.weights[id as usize];
                }
            }
        }
        let mut seeds: Vec<(usize, f64)> = accumulated.into_iter().collect();
        seeds.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut best: HashMap<usize, PassageMatch> = HashMap::default();
        let mut tried: HashMap<usize, usize> = HashMap::default();
        for (seed, _) in seeds {
            let other = self.sentences[seed].article;
            let count = tried.entry(other).or_default();
            if *count >= 3 {
                continue;
            }
            *count += 1;
            let found = self.grow(&query, query_weight, seed);
            if found.score >= MIN_SCORE && best.get(&other).is_none_or(|b| found.score > b.score) {
                best.insert(other, found);
            }
        }
        let mut out: Vec<PassageMatch> = best.into_values().collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        out
    }

    fn dice(&self, query: &[u32], query_weight: f64, set: &[u32]) -> f64 {
        let total = query_weight + self.weight(set);
        if total <= 0.0 {
            0.0
        } else {
            2.0 * shared_weight(query, set, &self.vocabulary.weights) / total
        }
    }

    /// Widens a seed sentence to its neighbours while that matches better, then tries the
    /// narrowest span holding the shared words.
    fn grow(&self, query: &[u32], query_weight: f64, seed: usize) -> PassageMatch {
        let article = self.sentences[seed].article;
        let (mut first, mut last) = (seed, seed);
        let mut set = self.sentences[seed].set.clone();
        let mut score = self.dice(query, query_weight, &set);
        while last - first < 6 {
            let mut options = Vec::new();
            if first > 0 && self.sentences[first - 1].article == article {
                options.push((first - 1, last));
            }
            if last + 1 < self.sentences.len() && self.sentences[last + 1].article == article {
                options.push((first, last + 1));
            }
            let best = options
                .into_iter()
                .map(|(f, l)| {
                    let added = if f < first { f } else { l };
                    let s = union(&set, &self.sentences[added].set);
                    (self.dice(query, query_weight, &s), f, l, s)
                })
                .max_by(|a, b| a.0.total_cmp(&b.0));
            match best {
                Some((s, f, l, grown)) if s > score => {
                    (first, last, score, set) = (f, l, s, grown);
                }
                _ => break,
            }
        }
        let mut span = Span::new(
            self.sentences[first].span.start,
            self.sentences[last].span.end,
        );
        let words: Vec<(Span, u32)> = (first..=last)
            .flat_map(|i| self.sentences[i].words.iter().copied())
            .collect();
        let hits: Vec<usize> = words
            .iter()
            .enumerate()
            .filter(|(_, (_, id))| query.binary_search(id).is_ok())
            .map(|(i, _)| i)
            .collect();
        if let (Some(&a), Some(&b)) = (hits.first(), hits.last()) {
            let narrow = sorted_set(&words[a..=b]);
            let narrow_score = self.dice(query, query_weight, &narrow);
            if narrow_score > score {
                score = narrow_score;
                span = Span::new(words[a].0.start, words[b].0.end);
            }
        }
        PassageMatch {
            article,
            span,
            score: score.clamp(0.0, 1.0),
        }
    }
}

/// One-off lookup; build a `PassageIndex` instead when asking more than once.
pub fn locate(corpus: &Corpus, article: usize, span: Span) -> Vec<PassageMatch> {
    PassageIndex::new(corpus).locate(corpus, article, span)
}
