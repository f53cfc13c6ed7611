//! How well the claims analysis finds what a synthetic corpus planted. Every sentence the
//! clustering put in a claim is given its true claim (what the paragraph it stands in was made
//! from, and its place there) and the clustering is scored with B-cubed precision and recall (Bagga and Baldwin,
//! 1998), so that a faster clustering can be shown to find the same claims, not merely other
//! ones.

use super::{Planted, SynthArticle};
use crate::corpus::Corpus;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// A sentence's true claim: the seed sentence a quoted sentence was copied from (whichever
/// quote of the pool carried it), the sentence of a planted numeric claim by its place in it,
/// or, for narration, a claim of its own that no other sentence makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Truth {
    Quoted(usize),
    Number { pool: usize, sentence: usize },
    Own(usize),
}

/// A clustering's score against the planted claims; every figure is between 0 and 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClaimsScore {
    /// Sentences that stand in some claim (claims are scored by their sentences: a sentence
    /// cut into clauses is one piece of evidence), and how many of them are copies of a
    /// planted quote and of a planted number.
    pub sentences: usize,
    pub quote_sentences: usize,
    pub number_sentences: usize,
    /// For each sentence in each claim, the share of that claim's sentences that make the same
    /// true claim, averaged: lumping unrelated narration together lowers it.
    pub precision: f64,
    /// For each sentence of a planted quote, the share of its copies (the same sentence of the
    /// same quote in other articles) that stand in a claim with it, averaged.
    pub quote_recall: f64,
    /// The same for the planted numeric claims, whose copies differ at most in the number.
    pub number_recall: f64,
}

impl ClaimsScore {
    /// Recall over every planted sentence, quotes and numbers together.
    pub fn recall(&self) -> f64 {
        let (quotes, numbers) = (self.quote_sentences as f64, self.number_sentences as f64);
        if quotes + numbers == 0.0 {
            return 1.0;
        }
        (self.quote_recall * quotes + self.number_recall * numbers) / (quotes + numbers)
    }
}

/// A sentence: its source and where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Sentence {
    source: usize,
    start: usize,
}

/// Scores `claims`, each a claim's sentences as (source, sentence) as
/// `Claimed::claim_sentences` gives them, found in `corpus`, which holds `articles` in the
/// same order (as `load` builds it), against what `articles` planted.
pub fn score_claims(
    corpus: &Corpus,
    articles: &[SynthArticle],
    claims: &[Vec<(usize, Span)>],
) -> ClaimsScore {
    let mut ids: HashMap<Sentence, usize> = HashMap::default();
    let mut sentences: Vec<Sentence> = Vec::new();
    let claims: Vec<Vec<usize>> = claims
        .iter()
        .map(|claim| {
            let mut members: Vec<usize> = claim
                .iter()
                .map(|&(source, sentence)| {
                    let s = Sentence {
                        source,
                        start: sentence.start,
                    };
                    *ids.entry(s).or_insert_with(|| {
                        sentences.push(s);
                        sentences.len() - 1
                    })
                })
                .collect();
            members.sort_unstable();
            members.dedup();
            members
        })
        .collect();
    let truth = truths(corpus, articles, &sentences);

    let mut precision = 0.0;
    let mut occurrences = 0usize;
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (c, members) in claims.iter().enumerate() {
        let mut count: HashMap<Truth, usize> = HashMap::default();
        for &m in members {
            *count.entry(truth[m]).or_default() += 1;
            claims_of[m].push(c);
        }
        for &m in members {
            precision += count[&truth[m]] as f64 / members.len() as f64;
        }
        occurrences += members.len();
    }

    let mut copies: HashMap<Truth, usize> = HashMap::default();
    for t in &truth {
        *copies.entry(*t).or_default() += 1;
    }
    let (mut quote, mut quotes, mut number, mut numbers) = (0.0, 0usize, 0.0, 0usize);
    for (m, t) in truth.iter().enumerate() {
        if let Truth::Own(_) = t {
            continue;
        }
        let mut found: Vec<usize> = claims_of[m]
            .iter()
            .flat_map(|&c| claims[c].iter().copied())
            .filter(|&other| truth[other] == *t)
            .collect();
        found.sort_unstable();
        found.dedup();
        let recall = found.len() as f64 / copies[t] as f64;
        match t {
            Truth::Quoted(_) => (quote, quotes) = (quote + recall, quotes + 1),
            Truth::Number { .. } => (number, numbers) = (number + recall, numbers + 1),
            Truth::Own(_) => {}
        }
    }
    let mean = |sum: f64, n: usize| if n == 0 { 1.0 } else { sum / n as f64 };
    ClaimsScore {
        sentences: sentences.len(),
        quote_sentences: quotes,
        number_sentences: numbers,
        precision: mean(precision, occurrences),
        quote_recall: mean(quote, quotes),
        number_recall: mean(number, numbers),
    }
}

/// Each sentence's true claim. A planted paragraph is found in its loaded article by its text,
/// so whatever loading does to the text around it does not matter, and a sentence's place in
/// it is counted among the article's own sentences.
fn truths(corpus: &Corpus, articles: &[SynthArticle], sentences: &[Sentence]) -> Vec<Truth> {
    assert_eq!(
        corpus.articles.len(),
        articles.len(),
        "one article per synthetic article"
    );
    // Per article, each planted paragraph: where its sentences start, and what it carries.
    let planted: Vec<Vec<(Vec<usize>, &Planted)>> = articles
        .iter()
        .zip(&corpus.articles)
        .map(|(synth, loaded)| {
            let starts: Vec<usize> = loaded.sentences().map(|s| s.start).collect();
            let mut from = 0;
            synth
                .paragraphs
                .iter()
                .filter(|(_, what)| *what != Planted::Narration)
                .map(|(range, what)| {
                    let text = &synth.text[range.clone()];
                    let start = from
                        + loaded.text[from..].find(text).unwrap_or_else(|| {
                            panic!("{}: planted paragraph not found: {text}", synth.name)
                        });
                    from = start + text.len();
                    let inside = starts.partition_point(|&s| s < start)
                        ..starts.partition_point(|&s| s < from);
                    (starts[inside].to_vec(), what)
                })
                .collect()
        })
        .collect();
    sentences
        .iter()
        .enumerate()
        .map(|(m, s)| {
            let within = planted[s.source]
                .iter()
                .find_map(|(starts, what)| Some((starts.binary_search(&s.start).ok()?, *what)));
            match within {
                None => Truth::Own(m),
                // An edit can drop the word that ends a sentence and join two, so a copy can
                // have fewer sentences than its seeds; one past the last seed is given it.
                Some((k, Planted::Quote(seeds))) => Truth::Quoted(seeds[k.min(seeds.len() - 1)]),
                Some((k, Planted::Number(pool))) => Truth::Number {
                    pool: *pool,
                    sentence: k,
                },
                Some((_, Planted::Narration)) => unreachable!("narration is not looked up"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_sentence(corpus: &Corpus) -> Vec<(usize, Span)> {
        corpus
            .articles
            .iter()
            .enumerate()
            .flat_map(|(a, article)| article.sentences().map(move |s| (a, s)))
            .collect()
    }

    #[test]
    fn one_claim_of_everything_finds_every_copy_and_little_else() {
        let articles = super::super::corpus(5, 30, 400);
        let corpus = super::super::load(&articles);
        let score = score_claims(&corpus, &articles, &[every_sentence(&corpus)]);
        assert_eq!(score.recall(), 1.0);
        assert!(
            score.quote_sentences > 20 && score.number_sentences > 20,
            "{score:?}"
        );
        assert!(score.precision < 0.05, "{score:?}");
    }

    #[test]
    fn every_sentence_alone_is_precise_and_finds_no_copy() {
        let articles = super::super::corpus(5, 30, 400);
        let corpus = super::super::load(&articles);
        let alone: Vec<Vec<(usize, Span)>> = every_sentence(&corpus)
            .into_iter()
            .map(|s| vec![s])
            .collect();
        let score = score_claims(&corpus, &articles, &alone);
        assert_eq!(score.precision, 1.0);
        // Each planted sentence finds only itself among its copies (about ten of them).
        assert!(score.recall() < 0.3, "{score:?}");
    }

    #[test]
    fn copies_of_one_seed_sentence_are_one_claim_whichever_quote_carries_them() {
        let articles = super::super::corpus(5, 30, 400);
        let corpus = super::super::load(&articles);
        let sentences: Vec<Sentence> = every_sentence(&corpus)
            .into_iter()
            .map(|(source, s)| Sentence {
                source,
                start: s.start,
            })
            .collect();
        let truth = truths(&corpus, &articles, &sentences);
        let quoted = truth
            .iter()
            .filter(|t| matches!(t, Truth::Quoted(_)))
            .count();
        let mut seeds: Vec<&Truth> = truth
            .iter()
            .filter(|t| matches!(t, Truth::Quoted(_)))
            .collect();
        seeds.sort_by_key(|t| match t {
            Truth::Quoted(seed) => *seed,
            _ => unreachable!(),
        });
        seeds.dedup();
        // Thirty articles carry about forty quotes, drawn from a pool of ten: most seed
        // sentences are quoted several times.
        assert!(
            quoted > 2 * seeds.len(),
            "{quoted} quoted sentences of {} seeds",
            seeds.len()
        );
        assert!(truth.iter().any(|t| matches!(t, Truth::Own(_))));
    }
}
