//! Claims on the bundled seeds and on small made-up corpora.

use super::*;
use crate::corpus::{self, LoadOptions};
use std::io::Write;

fn seeds() -> (Corpus, Analysis) {
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

fn prefixes(a: &Analysis, sources: &[usize]) -> Vec<String> {
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
fn signed_against_unsigned_is_a_ranked_polarity_conflict() {
    let (_, a) = seeds();
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Polarity && c.reason.contains("signed"))
        .expect("the signed/unsigned conflict");
    let sides: Vec<Vec<String>> = conflict
        .sides
        .iter()
        .map(|s| prefixes(&a, &s.sources))
        .collect();
    assert!(sides.contains(&vec!["002".to_string()]), "{sides:?}");
    // 000's "it was unsigned" stands inside Milley's quote: his words, not the report's.
    assert!(sides.contains(&["001", "003", "004"].map(String::from).to_vec()));
    assert!(conflict.reason.contains("unsigned"));
    let signed = conflict
        .sides
        .iter()
        .find(|s| s.sources.len() == 1)
        .unwrap();
    assert!(signed.evidence.iter().any(|e| e.text.contains("signed by")));
    // Conflicts rank above plain agreement: its claim comes first.
    let claim = &a.claims[conflict.claim.expect("attached to a claim")];
    assert_eq!(claim.id, "c1");
    assert_eq!(claim.contradicted_by().len(), 3);
}

#[test]
fn seeds_have_no_false_conflicts() {
    let (_, a) = seeds();
    let kinds: Vec<ConflictKind> = a.conflicts.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ConflictKind::Polarity], "{:#?}", a.conflicts);
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
fn different_numbers_for_the_same_quantity_conflict() {
    let corpus = made_up(&[
        (
            "a.txt",
            "Officials said the army has 5,000 troops stationed in the northern province.\n",
        ),
        (
            "b.txt",
            "The army has 5,000 troops stationed in the northern province, officials said.\n",
        ),
        (
            "c.txt",
            "Officials said the army has 8,000 troops stationed in the northern province.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Number)
        .expect("a number conflict");
    assert_eq!(conflict.sides[0].sources, [0, 1]);
    assert_eq!(conflict.sides[1].sources, [2]);
    assert!(conflict.reason.contains("8,000"), "{}", conflict.reason);
    let claim = &a.claims[conflict.claim.unwrap()];
    assert_eq!(claim.contradicted_by(), [2]);
}

#[test]
fn different_quantities_are_not_a_conflict() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The government sent 5,000 troops to the northern province on Monday.\n",
        ),
        (
            "b.txt",
            "The government sent $8,000 to the northern province on Monday.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    assert!(a.conflicts.is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn different_people_in_the_same_role_conflict() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The leaked letter to the ministry was signed by General William Seely on Friday.\n",
        ),
        (
            "b.txt",
            "The leaked letter to the ministry was signed by General John Harper on Friday.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Role)
        .expect("a role conflict");
    let names: Vec<&str> = conflict.sides.iter().map(|s| s.text.as_str()).collect();
    assert!(
        names.contains(&"William Seely") && names.contains(&"John Harper"),
        "{names:?}"
    );
}

#[test]
fn signed_against_unsigned_holds_when_reports_name_the_document_differently() {
    let corpus = made_up(&[
        (
            "a.txt",
            "A leaked memo orders the ferry harbour at Kelby Point closed to passenger boats \
             from the first of May. It was signed by deputy director Alma Rusk.\n",
        ),
        (
            "b.txt",
            "A leaked memo orders the ferry harbour at Kelby Point closed to passenger boats \
             from the first of May. The copy the Gazette published is unsigned.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Polarity)
        .unwrap_or_else(|| panic!("a polarity conflict: {:#?}", a.conflicts));
    assert!(conflict.reason.contains("unsigned"), "{}", conflict.reason);
}

#[test]
fn hedged_against_flat_is_flagged() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The rebel commander was reportedly killed in an airstrike near the border town.\n",
        ),
        (
            "b.txt",
            "The rebel commander was killed in an airstrike near the border town.\n",
        ),
        (
            "c.txt",
            "The rebel commander allegedly was killed in an airstrike near the border town.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let conflict = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Hedge)
        .expect("a hedge conflict");
    let hedged = conflict
        .sides
        .iter()
        .find(|s| s.sources == [0, 2])
        .expect("hedged side");
    assert!(hedged.text.contains("reportedly") && hedged.text.contains("allegedly"));
    assert!(conflict.sides.iter().any(|s| s.sources == [1]));
    // Hedging weakens support; it does not contradict.
    let claim = &a.claims[conflict.claim.unwrap()];
    assert_eq!(claim.supported_by(), [0, 1, 2]);
}

#[test]
fn not_only_is_not_a_negation() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The storm damaged not only the harbour but also the old lighthouse on Tuesday.\n",
        ),
        (
            "b.txt",
            "The storm damaged the harbour and the old lighthouse on Tuesday.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    assert!(a.conflicts.is_empty(), "{:#?}", a.conflicts);
    assert_eq!(a.claims[0].supported_by(), [0, 1]);
}

#[test]
fn opposite_polarity_on_a_made_up_corpus() {
    let corpus = made_up(&[
        (
            "a.txt",
            "The ceasefire agreement was signed by both delegations in Geneva.\n",
        ),
        (
            "b.txt",
            "The ceasefire agreement was not signed by both delegations in Geneva.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let conflict = a.conflicts.first().expect("a conflict");
    assert_eq!(conflict.kind, ConflictKind::Polarity);
    assert!(
        conflict.reason.contains("not signed"),
        "{}",
        conflict.reason
    );
}

/// Three reports of one quote, the first and last given to Anna Keller, the second to Tom
/// Brandt, with the quote information the quotes engine would hand over.
fn quote_given_to_two_people(quote: &str) -> (Corpus, ClaimInputs) {
    let texts = [
        (
            "a.txt",
            format!("“{quote},” Mayor Anna Keller said at a press conference.\n"),
        ),
        (
            "b.txt",
            format!("“{quote},” Governor Tom Brandt said at a press conference.\n"),
        ),
        ("c.txt", format!("“{quote},” Keller told reporters.\n")),
    ];
    let texts: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let corpus = made_up(&texts);
    let quote_span = |i: usize| {
        let text = &corpus.articles[i].text;
        let start = text.find('“').unwrap();
        let end = text.find('”').unwrap() + '”'.len_utf8();
        Span::new(start, end)
    };
    let speakers = ["Anna Keller", "Tom Brandt", "Anna Keller"];
    let people = [0, 1, 0];
    let inputs = ClaimInputs {
        attributions: (0..3)
            .map(|i| Attribution {
                article: i,
                span: quote_span(i),
                speaker: Some(speakers[i].to_string()),
                person: Some(people[i]),
            })
            .collect(),
        quote_groups: vec![(0..3).map(|i| (i, quote_span(i))).collect()],
    };
    (corpus, inputs)
}

#[test]
fn attribution_drift_comes_from_the_quote_inputs() {
    let (corpus, inputs) = quote_given_to_two_people("We will not leave the city");
    let a = analyse(&corpus, &inputs);
    let drift = a
        .conflicts
        .iter()
        .find(|c| c.kind == ConflictKind::Attribution)
        .expect("attribution drift");
    assert_eq!(drift.sides[0].sources, [0, 2]);
    assert_eq!(drift.sides[1].sources, [1]);
    assert!(drift.reason.contains("Tom Brandt"));
    let claim = &a.claims[drift.claim.unwrap()];
    assert_eq!(claim.kind, ClaimKind::Quote);
    assert_eq!(claim.speaker.as_deref(), Some("Anna Keller"));
    // Without quote information there is nothing to drift.
    let plain = analyse(&corpus, &ClaimInputs::default());
    assert!(
        plain
            .conflicts
            .iter()
            .all(|c| c.kind != ConflictKind::Attribution)
    );
}

#[test]
fn a_stock_phrase_of_a_few_words_is_not_anyone_s_to_drift_from() {
    let (corpus, inputs) = quote_given_to_two_people("a very bad deal");
    let a = analyse(&corpus, &inputs);
    assert!(
        a.conflicts
            .iter()
            .all(|c| c.kind != ConflictKind::Attribution),
        "{:#?}",
        a.conflicts
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
