//! Turns the corpus analysis into what the reader marks: quote highlights coloured by cluster,
//! and anchors that keep panes aligned on the passages they share.

use super::state::{Analysis, Anchors, Highlight, Highlights};
use crate::analysis::Findings;
use crate::corpus::Corpus;
use crate::union_find::Sets;

/// How alike two sentences must be (0..=1) before aligned scrolling treats them as versions of
/// one passage. Lower lets paraphrases pull panes around; higher leaves long unaligned stretches.
const PASSAGE_ANCHOR_SCORE: f64 = 0.55;

/// Articles beyond which sentence anchors are skipped: finding them costs a passage lookup per
/// sentence, and in a large corpus the shared quotes already give enough anchors.
const PASSAGE_ANCHOR_MAX_ARTICLES: usize = 40;

pub fn reader_analysis(corpus: &Corpus, findings: &Findings) -> Analysis {
    let quotes = &findings.quotes;
    let mut per_article: Vec<Vec<Highlight>> = vec![Vec::new(); corpus.articles.len()];
    for q in &quotes.quotes {
        for part in &q.parts {
            let shared = quotes.cluster(part.cluster).is_some_and(|c| c.sources >= 2);
            per_article[q.article].push(Highlight {
                span: part.span,
                group: shared.then_some(part.cluster),
            });
        }
    }
    for list in &mut per_article {
        list.sort_by_key(|h| h.span.start);
    }
    let highlights = Highlights { per_article };
    let mut anchors = Anchors::from_highlights(&highlights);
    if corpus.articles.len() <= PASSAGE_ANCHOR_MAX_ARTICLES {
        add_passage_anchors(corpus, findings, &mut anchors);
    }
    Analysis {
        highlights,
        anchors,
        bookmarks: Vec::new(),
    }
}

/// Adds anchors for sentences that are not quoted in every source but closely match a sentence
/// elsewhere (one outlet quotes, another paraphrases). Matched sentences are joined into groups
/// with union-find; group ids start after the quote clusters' so the two never collide.
fn add_passage_anchors(corpus: &Corpus, findings: &Findings, anchors: &mut Anchors) {
    let sentences: Vec<(usize, crate::text::Span)> = corpus
        .articles
        .iter()
        .enumerate()
        .flat_map(|(a, article)| article.sentences().map(move |s| (a, s)))
        .collect();
    // Sentences are in (article, position) order and do not overlap.
    let index_of = |article: usize, pos: usize| {
        let i = sentences.partition_point(|&(a, s)| (a, s.end) <= (article, pos));
        sentences
            .get(i)
            .filter(|&&(a, s)| a == article && s.start <= pos)
            .map(|_| i)
    };
    let mut sets = Sets::new(sentences.len());
    for (i, &(article, span)) in sentences.iter().enumerate() {
        for m in findings.passages.locate(corpus, article, span) {
            if m.score < PASSAGE_ANCHOR_SCORE {
                continue;
            }
            if let Some(j) = index_of(m.article, m.span.start) {
                sets.join(i, j);
            }
        }
    }
    let first_free = findings.quotes.clusters.len() + 1;
    let mut group_size = vec![0usize; sentences.len()];
    for i in 0..sentences.len() {
        group_size[sets.root(i)] += 1;
    }
    for (i, &(article, span)) in sentences.iter().enumerate() {
        let r = sets.root(i);
        if group_size[r] < 2 {
            continue;
        }
        let list = &mut anchors.per_article[article];
        // A sentence already anchored by a shared quote inside it keeps that anchor.
        if list.iter().any(|(s, _)| s.overlaps(span)) {
            continue;
        }
        list.push((span, first_free + r));
    }
    for list in &mut anchors.per_article {
        list.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    fn group_at(analysis: &Analysis, article: usize, text: &str, needle: &str) -> Option<usize> {
        let pos = text.find(needle).unwrap();
        analysis
            .highlights
            .of(article)
            .iter()
            .find(|h| h.span.contains(pos))
            .and_then(|h| h.group)
    }

    #[test]
    fn the_letter_has_one_highlight_group_in_every_source_that_quotes_it() {
        let corpus = corpus::bundled();
        let findings = crate::analysis::analyse(&corpus);
        let analysis = reader_analysis(&corpus, &findings);
        let letter =
            |a: usize, needle: &str| group_at(&analysis, a, &corpus.articles[a].text, needle);
        let g1 = letter(1, "in deference to the sovereignty").expect("001 quotes the letter");
        assert_eq!(
            letter(2, "respecting the sovereignty"),
            Some(g1),
            "002's re-translation"
        );
        assert_eq!(letter(4, "in deference to the sovereignty"), Some(g1));
        let milley = letter(3, "Poorly worded, implies withdrawal").unwrap();
        assert_ne!(milley, g1);
        assert_eq!(letter(2, "Poorly worded means retreat"), Some(milley));
    }

    #[test]
    fn paraphrased_sentences_anchor_panes_together() {
        let corpus = corpus::bundled();
        let findings = crate::analysis::analyse(&corpus);
        let analysis = reader_analysis(&corpus, &findings);
        let anchor = |a: usize, needle: &str| {
            let pos = corpus.articles[a].text.find(needle).unwrap();
            analysis
                .anchors
                .of(a)
                .iter()
                .find(|(s, _)| s.contains(pos))
                .map(|(_, g)| *g)
        };
        // Soleimani's killing is told in different words, quoted by nobody.
        let g = anchor(3, "drone strike killed Iranian military commander").expect("003 anchored");
        assert_eq!(anchor(2, "He was killed by a U.S. drone"), Some(g));
    }
}
