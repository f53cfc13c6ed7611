//! Claims on the bundled seeds and on small made-up corpora: which statements are one claim, who
//! supports or omits it, and what the evidence points at; with the corpus helpers the other claim
//! test modules share.

use super::*;
use crate::corpus::{self, LoadOptions};
use std::io::Write;

pub(super) fn seeds() -> (Corpus, Analysis) {
    let corpus = corpus::bundled();
    let analysis = analyse(&corpus, &ClaimInputs::default());
    (corpus, analysis)
}

/// Articles from texts, loaded the way a user's files are: `(file name, text)`.
pub(super) fn made_up(texts: &[(&str, &str)]) -> Corpus {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<std::path::PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            let mut f = std::fs::File::create(&path).expect("temp file");
            f.write_all(text.as_bytes()).expect("write");
            path
        })
        .collect();
    corpus::load_paths(&paths, &LoadOptions::default())
}

/// The claim that `source` supports with a sentence containing `needle`.
fn claim_with<'a>(a: &'a Analysis, corpus: &Corpus, source: &str, needle: &str) -> &'a Claim {
    let s = corpus.index_of_prefix(source);
    a.claims
        .iter()
        .find(|c| {
            c.cell(s).is_some_and(|cell| {
                cell.stance == Stance::Supports
                    && cell.evidence.iter().any(|e| e.text.contains(needle))
            })
        })
        .unwrap_or_else(|| panic!("no claim of {source} with {needle:?}"))
}

fn ids(a: &Analysis, sources: &[usize]) -> Vec<String> {
    sources.iter().map(|&s| a.sources[s].clone()).collect()
}

pub(super) fn prefixes(a: &Analysis, sources: &[usize]) -> Vec<String> {
    sources
        .iter()
        .map(|&s| a.sources[s][..3].to_string())
        .collect()
}

trait ByPrefix {
    fn index_of_prefix(&self, prefix: &str) -> usize;
}

impl ByPrefix for Corpus {
    fn index_of_prefix(&self, prefix: &str) -> usize {
        self.articles
            .iter()
            .position(|a| a.id.starts_with(prefix))
            .unwrap_or_else(|| panic!("no source {prefix}"))
    }
}

const ALL: [&str; 5] = ["000", "001", "002", "003", "004"];

#[test]
fn five_thousand_troops_is_one_claim_of_all_five() {
    let (corpus, a) = seeds();
    let c = claim_with(&a, &corpus, "000", "Some 5000 US troops");
    assert_eq!(prefixes(&a, &c.supported_by()), ALL);
    assert_eq!(c.kind, ClaimKind::Number);
    let texts: Vec<&str> = c.support().map(|e| &*e.text).collect();
    for needle in [
        "around 5,000 troops",
        "approximately 5,000 US troops",
        "the number is around 5,000",
        "about 5,000 troops",
    ] {
        assert!(texts.iter().any(|t| t.contains(needle)), "{needle}");
    }
}

#[test]
fn soleimani_killing_is_one_claim_of_all_five() {
    let (corpus, a) = seeds();
    let c = claim_with(&a, &corpus, "003", "drone strike killed");
    assert_eq!(prefixes(&a, &c.supported_by()), ALL);
    assert!(c.support().any(|e| e.text.contains("Suleimani")));
    assert!(c.support().any(|e| e.text.contains("Qasem Soleimani")));
}

#[test]
fn the_letter_was_a_draft_is_one_claim_of_all_five() {
    let (corpus, a) = seeds();
    let c = claim_with(&a, &corpus, "002", "poorly worded draft");
    assert_eq!(prefixes(&a, &c.supported_by()), ALL);
    assert!(c.support().all(|e| e.text.to_lowercase().contains("draft")));
}

#[test]
fn parliament_resolution_is_one_claim_of_four() {
    let (corpus, a) = seeds();
    let c = claim_with(&a, &corpus, "003", "passed a resolution");
    assert_eq!(
        prefixes(&a, &c.supported_by()),
        ["000", "002", "003", "004"]
    );
    assert_eq!(prefixes(&a, &c.omitted_by()), ["001"]);
}

#[test]
fn one_bodys_decision_is_one_claim_however_it_is_worded() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The council of Springfield voted on Tuesday night to close the old river bridge \
             for repairs. Traffic will be diverted through the town centre for a month.\n",
        ),
        (
            "b.txt",
            "Springfield's council approved a plan to shut the crossing, which engineers have \
             called unsafe since the spring floods.\n",
        ),
        (
            "c.txt",
            "A proposal to seal off the span was adopted by the Springfield council after a \
             long and angry debate.\n",
        ),
        (
            "d.txt",
            "The Shelbyville council voted to build a new ferry landing near the marina.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let c = claim_with(&a, &corpus, "a", "voted on Tuesday");
    assert_eq!(ids(&a, &c.supported_by()), ["a", "b", "c"]);
    let other = claim_with(&a, &corpus, "d", "Shelbyville");
    assert_eq!(
        ids(&a, &other.supported_by()),
        ["d"],
        "another town's council decided something else"
    );
}

#[test]
fn seven_hundred_fifty_marines_is_unique_to_001() {
    let (corpus, a) = seeds();
    let c = claim_with(&a, &corpus, "001", "750 Marines");
    assert_eq!(c.unique_to(), Some(corpus.index_of_prefix("001")));
    assert_eq!(c.omitted_by().len(), 4);
}

#[test]
fn every_evidence_span_points_at_its_sentence() {
    let (corpus, a) = seeds();
    for c in &a.claims {
        assert!(!c.summary.is_empty());
        for cell in &c.cells {
            for e in &cell.evidence {
                let article = &corpus.articles[e.source];
                assert!(e.sentence.covers(e.clause));
                assert_eq!(article.clean_text(e.sentence), &*e.text);
                assert!(article.sentences().any(|s| s == e.sentence));
            }
        }
    }
    // Noise is never evidence.
    assert!(
        a.claims
            .iter()
            .flat_map(|c| c.support())
            .all(|e| !e.text.contains("Picture: AP") && !e.text.starts_with("RELATED"))
    );
}

#[test]
fn hostile_input_does_not_break_analysis() {
    let empty = analyse(&Corpus::default(), &ClaimInputs::default());
    assert!(empty.claims.is_empty() && empty.sources.is_empty());
    let huge_number = "9".repeat(400);
    let weird = format!(
        "\u{202e}Ünïcödé \u{0}control\u{7} text 5,000,000,000 {huge_number} troops.\n\n\"\"\"\n\n— — —\n"
    );
    let corpus = made_up(&[("a.txt", &weird), ("b.txt", "not not not no never.\n")]);
    let a = analyse(&corpus, &ClaimInputs::default());
    assert_eq!(a.sources.len(), corpus.articles.len());
    // Inputs pointing outside the corpus are ignored, not trusted.
    let inputs = ClaimInputs {
        attributions: vec![Attribution {
            article: 9,
            span: Span::new(0, 99_999),
            speaker: Some("x".into()),
            person: Some(0),
        }],
        quote_groups: vec![vec![(9, Span::new(5, 99_999)), (0, Span::new(0, 99_999))]],
    };
    analyse(&corpus, &inputs);
}

/// On a generated corpus the clustering puts nearly every copy of a planted number with its
/// other copies, and most copies of a planted quote: two wide claims that each hold a copy are
/// not joined through it, since that would chain unrelated claims together. Precision is low
/// (much of each article's own narration lands in wide claims): 0.26, quote recall 0.91 and
/// number recall 0.98 on this corpus (`cargo run --release --example claims_quality -- 80
/// 800`). The bounds catch a change that makes any of them worse.
#[test]
fn a_generated_corpus_has_its_planted_copies_found() {
    let articles = crate::synth::corpus(1, 80, 800);
    let corpus = crate::synth::load(&articles);
    let quotes = crate::quotes::analyse(&corpus);
    let inputs = crate::analysis::claim_inputs(&quotes);
    let (_, statements) = Statements::read_beside(&corpus, || ());
    let claimed = statements.join_quotes(&inputs);
    let score = crate::synth::score_claims(&corpus, &articles, &claimed.claim_sentences());
    assert!(
        score.quote_sentences > 500 && score.number_sentences > 300,
        "{score:?}"
    );
    assert!(score.quote_recall > 0.89, "{score:?}");
    assert!(score.number_recall > 0.97, "{score:?}");
    assert!(score.precision > 0.25, "{score:?}");
}
