//! Everything crosscheck works out about a loaded corpus, computed once and shared by the reader
//! and the headless commands: quotes and their clusters, the passage index, and the claims.

use crate::claims::{self, Attribution, ClaimInputs};
use crate::collate::Witness;
use crate::corpus::Corpus;
use crate::failsafe::{self, StageFailure, stage};
use crate::quotes::{self, Cluster, PassageIndex, QuoteIndex};
use crate::text::{Span, normalise_word};
use std::collections::BTreeMap;

#[derive(Debug)]
pub struct Findings {
    pub quotes: QuoteIndex,
    pub passages: PassageIndex,
    pub claims: claims::Analysis,
}

/// Runs every analysis over `corpus`, in the order they depend on each other: the claims'
/// statements are read and clustered on a second thread while the quotes are found, since
/// neither needs the other until the claims are put together. Each stage is named (see
/// `failsafe::stage`), so `try_analyse` can say which one failed.
pub fn analyse(corpus: &Corpus) -> Findings {
    let ((passages, quotes), statements) = stage("claims", || {
        claims::Statements::read_beside(corpus, || {
            let passages = stage("shared passages", || PassageIndex::new(corpus));
            let quotes = stage("quotes", || quotes::analyse_indexed(corpus, &passages));
            (passages, quotes)
        })
    });
    let claims = stage("claims", || {
        statements.finish(corpus, &claim_inputs(&quotes))
    });
    Findings {
        quotes,
        passages,
        claims,
    }
}

/// `analyse`, with a failure of any stage returned as an error that names the stage and the
/// sources instead of ending the program: what the reader runs.
pub fn try_analyse(corpus: &Corpus) -> Result<Findings, StageFailure> {
    failsafe::guarded(&corpus.ids(), || analyse(corpus))
}

/// The claims alone (what `crosscheck claims` prints), with the quotes they need found beside
/// the statements as `analyse` does.
pub fn claims(corpus: &Corpus) -> claims::Analysis {
    let (quotes, statements) = stage("claims", || {
        claims::Statements::read_beside(corpus, || stage("quotes", || quotes::analyse(corpus)))
    });
    stage("claims", || {
        statements.finish(corpus, &claim_inputs(&quotes))
    })
}

/// `claims`, a failure returned as an error naming the stage and the sources.
pub fn try_claims(corpus: &Corpus) -> Result<claims::Analysis, StageFailure> {
    failsafe::guarded(&corpus.ids(), || claims(corpus))
}

/// The quotes and their clusters alone (what `crosscheck quotes` prints), a failure returned
/// as an error naming the stage and the sources.
pub fn try_quotes(corpus: &Corpus) -> Result<QuoteIndex, StageFailure> {
    failsafe::guarded(&corpus.ids(), || {
        stage("quotes", || quotes::analyse(corpus))
    })
}

/// What the claims analysis needs from the quotes engine: who said each quote, and which quotes
/// are one statement reported by several sources.
pub fn claim_inputs(quotes: &QuoteIndex) -> ClaimInputs {
    let attributions = quotes
        .quotes
        .iter()
        .map(|q| Attribution {
            article: q.article,
            span: q.span(),
            speaker: quotes.speaker(q.speaker).map(|s| s.name.clone()),
            person: q.surely_named_person(quotes),
        })
        .collect();
    let quote_groups = quotes
        .shared()
        .map(|cluster| {
            cluster
                .members
                .iter()
                .flat_map(|m| {
                    let (article, spans) = quotes.member_spans(m);
                    spans.into_iter().map(move |s| (article, s))
                })
                .collect()
        })
        .collect();
    ClaimInputs {
        attributions,
        quote_groups,
    }
}

/// Every source's wording of one quote cluster, as collation witnesses named by source id,
/// with the article each comes from, in corpus order. A source that quotes the passage in
/// pieces (split by its own narration, or over several quotes) gives one witness of all its
/// pieces in text order, so its wording is compared whole rather than as fragments; a quote
/// that only repeats words the same source quotes in full elsewhere ("onward movement" before
/// the whole letter) is left out, or it would be collated as if it opened the passage.
/// `diff --quote` and the reader's Compare view collate these.
pub fn cluster_witnesses<'a>(
    corpus: &'a Corpus,
    quotes: &QuoteIndex,
    cluster: &Cluster,
) -> Vec<(usize, Witness<'a>)> {
    let mut by_article: BTreeMap<usize, Vec<Vec<Span>>> = BTreeMap::new();
    for member in &cluster.members {
        let (article, spans) = quotes.member_spans(member);
        by_article.entry(article).or_default().push(spans);
    }
    by_article
        .into_iter()
        .map(|(index, members)| {
            let article = &corpus.articles[index];
            // Each member's words in their normal form (the tokeniser's words, cosmetic
            // differences folded), so a repeat is found word for word.
            let words: Vec<Vec<String>> = members
                .iter()
                .map(|spans| {
                    spans
                        .iter()
                        .flat_map(|&span| article.tokens(span))
                        .map(|t| normalise_word(t.text(&article.text)))
                        .collect()
                })
                .collect();
            let repeats = |i: usize| {
                let mine = &words[i];
                words.iter().enumerate().any(|(j, other)| {
                    j != i
                        && other.len() > mine.len()
                        && !mine.is_empty()
                        && other.windows(mine.len()).any(|w| w == mine.as_slice())
                })
            };
            let mut spans: Vec<Span> = members
                .iter()
                .enumerate()
                .filter(|&(i, _)| !repeats(i))
                .flat_map(|(_, m)| m.iter().copied())
                .collect();
            spans.sort();
            spans.dedup();
            let witness = Witness::new(article.id.clone(), &article.text).with_segments(spans);
            (index, witness)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn claims_on_the_seeds_carry_the_quotes_speakers() {
        let corpus = corpus::bundled();
        let findings = analyse(&corpus);
        let speakers: Vec<&str> = findings
            .claims
            .claims
            .iter()
            .filter_map(|c| c.speaker.as_deref())
            .collect();
        assert!(speakers.contains(&"Mark Milley"), "{speakers:?}");
        let inputs = claim_inputs(&findings.quotes);
        assert!(inputs.quote_groups.len() >= 5);
        assert!(inputs.quote_groups.iter().all(|g| g.len() >= 2));
    }

    #[test]
    fn the_letters_witnesses_leave_out_a_fragment_quoted_before_it() {
        let corpus = corpus::bundled();
        let quotes = quotes::analyse(&corpus);
        let wording = |w: &Witness| -> String {
            let pieces: Vec<&str> = w.segments.iter().map(|s| s.slice(w.text)).collect();
            pieces.join(" ")
        };
        let letter = quotes
            .shared()
            .find(|c| {
                cluster_witnesses(&corpus, &quotes, c)
                    .iter()
                    .any(|(_, w)| wording(w).contains("in deference to the sovereignty"))
            })
            .expect("the letter is a shared passage");
        let witnesses = cluster_witnesses(&corpus, &quotes, letter);
        let hill = witnesses
            .iter()
            .find(|(a, _)| corpus.articles[*a].id.starts_with("004"))
            .map(|(_, w)| wording(w))
            .expect("The Hill quotes the letter");
        assert!(hill.trim_start().starts_with("Sir"), "{hill}");
        assert!(hill.contains("onward movement"), "{hill}");
    }
}
