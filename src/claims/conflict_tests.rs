//! Conflicts on the bundled seeds and on small made-up corpora: figures, roles, polarity, hedges
//! and attribution drift set against each other, and the look-alikes that are no conflict.

use super::tests::{made_up, prefixes, seeds};
use super::*;

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
fn a_body_named_in_the_possessive_holds_no_role() {
    // "sent by Orlen's chief operating officer, Tove Brandt": Orlen owns the office; Brandt
    // holds it, as the other report says.
    let corpus = made_up(&[
        (
            "a.txt",
            "The union posted an internal email sent by Orlen's chief operating officer, Tove \
             Brandt, to senior managers.\n",
        ),
        (
            "b.txt",
            "The internal email was sent by Tove Brandt, Orlen's chief operating officer, to \
             senior managers.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    assert!(
        a.conflicts.iter().all(|c| c.kind != ConflictKind::Role),
        "{:#?}",
        a.conflicts
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
