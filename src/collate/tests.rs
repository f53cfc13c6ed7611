//! Collation on the seeds' own wordings (copied byte for byte from the seed files) and on small
//! made-up sentences, plus the table's invariants as properties.

use super::*;
use proptest::prelude::*;

#[test]
fn table_bands_fill_each_line_and_give_a_too_wide_column_its_own() {
    assert_eq!(table_bands(&[], 10), Vec::<std::ops::Range<usize>>::new());
    assert_eq!(table_bands(&[3, 3, 3], 10), [0..2, 2..3]);
    assert_eq!(table_bands(&[3, 40, 3], 10), [0..1, 1..2, 2..3]);
    assert_eq!(table_bands(&[5, 5], 1), [0..1, 1..2]);
}

const LETTER_001: &str = "Sir, in deference to the sovereignty of the Republic of Iraq, and as requested by the Iraqi Parliament and the Prime Minister, CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement.";
const LETTER_002: &str = "Sir, respecting the sovereignty of the Republic of Iraq and at the request of the Iraqi Parliament and Iraqi Prime Minister, the CJTF-OIR will reposition its forces in the coming days and weeks to prepare for the further movement.";
const LETTER_004: &str = "Sir, in deference to the sovereignty of the Republic of Iraq, and as requested by the Iraqi Parliament and the Prime Minister, CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement,";
const MILLEY_000: &str =
    "(it was) poorly worded, (it) implies withdrawal, (but) that is not what's happening";
const MILLEY_002: &str = "Poorly worded means retreat. That is not the case";
const MILLEY_003: &str = "Poorly worded, implies withdrawal. That’s not what’s happening";
const MILLEY_004: &str = "Poorly worded, implies withdrawal. That’s not what’s happening";

fn run<'a>(texts: &[(&str, &'a str)]) -> Collation<'a> {
    let witnesses: Vec<_> = texts.iter().map(|(id, t)| Witness::new(*id, t)).collect();
    collate(&witnesses, &CollateOptions::default())
}

/// The column where witness `w` reads `word` (its token text, punctuation included).
fn column_of(c: &Collation, w: usize, word: &str) -> usize {
    c.token_columns(w)
        .into_iter()
        .find(|&col| c.cell_text(col, w) == Some(word))
        .unwrap_or_else(|| panic!("{word:?} not in witness {w}"))
}

fn class_of(c: &Collation, w: usize, word: &str) -> VariantClass {
    c.column(column_of(c, w, word)).classes[w]
}

#[test]
fn letter_consensus_is_the_shared_wording_and_002_is_a_retranslation() {
    let c = run(&[
        ("001", LETTER_001),
        ("002", LETTER_002),
        ("004", LETTER_004),
    ]);
    let consensus: Vec<&str> = (0..c.len()).filter_map(|col| c.base_text(col)).collect();
    assert_eq!(consensus.join(" "), LETTER_001);
    assert_eq!(c.stats(0).same, c.tokens(0).len());
    assert!(c.is_retranslation(1), "{:?}", c.consensus_stats(1));
    assert!(!c.is_retranslation(0));
    assert!(!c.is_retranslation(2));

    // 004 differs only by its final comma.
    assert_eq!(class_of(&c, 2, "movement,"), VariantClass::Cosmetic);
    let s4 = c.stats(2);
    assert_eq!((s4.cosmetic, s4.same), (1, c.tokens(2).len() - 1));

    // 002's own readings.
    assert_eq!(class_of(&c, 1, "Iraq"), VariantClass::Cosmetic);
    assert_eq!(class_of(&c, 1, "reposition"), VariantClass::Substitution);
    assert_eq!(class_of(&c, 1, "further"), VariantClass::Substitution);
    assert_eq!(c.cell_text(column_of(&c, 1, "further"), 0), Some("onward"));
    let the_cjtf = column_of(&c, 1, "CJTF-OIR") - 1;
    assert_eq!(c.cell_text(the_cjtf, 1), Some("the"));
    assert_eq!(c.column(the_cjtf).classes[1], VariantClass::Addition);
    let course = column_of(&c, 0, "course");
    assert_eq!(c.cell_text(course, 1), None);
    assert_eq!(c.column(course).classes[1], VariantClass::Omission);
    assert_eq!(c.column(course).class, VariantClass::Omission);
}

#[test]
fn letter_distances_show_who_copied_whom() {
    let c = run(&[
        ("001", LETTER_001),
        ("002", LETTER_002),
        ("004", LETTER_004),
    ]);
    let d = c.distances();
    assert!(d[0][2] > 0.0 && d[0][2] < 0.02, "{}", d[0][2]);
    assert!(d[0][1] > 0.3, "{}", d[0][1]);
    assert_eq!(d[0][1], d[1][0]);
    assert_eq!(d[1][1], 0.0);
    let f = c.fidelity();
    assert_eq!(f[0], 1.0);
    assert!(f[2] > 0.99 && f[2] < 1.0);
    assert!(f[1] < 0.8, "{}", f[1]);
}

#[test]
fn milley_quote_variants() {
    let c = run(&[
        ("003", MILLEY_003),
        ("004", MILLEY_004),
        ("000", MILLEY_000),
        ("002", MILLEY_002),
    ]);
    let consensus: Vec<&str> = (0..c.len()).filter_map(|col| c.base_text(col)).collect();
    assert_eq!(consensus.join(" "), MILLEY_003);
    assert_eq!(c.distances()[0][1], 0.0);

    // 000: bracketed insertions are additions, apostrophes and case are cosmetic.
    assert_eq!(class_of(&c, 2, "(it"), VariantClass::Addition);
    assert_eq!(class_of(&c, 2, "(but)"), VariantClass::Addition);
    assert_eq!(class_of(&c, 2, "poorly"), VariantClass::Cosmetic);
    assert_eq!(class_of(&c, 2, "withdrawal,"), VariantClass::Cosmetic);
    assert_eq!(class_of(&c, 2, "what's"), VariantClass::Cosmetic);
    assert_eq!(class_of(&c, 2, "that"), VariantClass::Substitution);
    assert_eq!(class_of(&c, 2, "is"), VariantClass::Addition);
    assert!(!c.is_retranslation(2));

    // 002: the re-translation.
    assert_eq!(class_of(&c, 3, "Poorly"), VariantClass::Same);
    assert_eq!(class_of(&c, 3, "case"), VariantClass::Substitution);
    assert_eq!(c.cell_text(column_of(&c, 3, "case"), 0), Some("happening"));
    assert!(c.is_retranslation(3), "{:?}", c.consensus_stats(3));
    assert!(!c.is_retranslation(0));

    let f = c.fidelity();
    assert_eq!((f[0], f[1]), (1.0, 1.0));
    assert!(f[3] < f[2] && f[2] < 1.0, "{f:?}");
}

#[test]
fn cosmetic_differences_fold() {
    let c = run(&[
        ("uk", "The co-ordinated “attack” on 5000 troops’ defence"),
        ("us", "the coordinated \"attack\" on 5,000 troops' defense"),
    ]);
    let classes: Vec<_> = c.columns().map(|col| col.class).collect();
    assert_eq!(
        classes,
        [
            VariantClass::Cosmetic,
            VariantClass::Cosmetic,
            VariantClass::Cosmetic,
            VariantClass::Same,
            VariantClass::Cosmetic,
            VariantClass::Cosmetic,
            VariantClass::Cosmetic,
        ]
    );
}

#[test]
fn a_moved_word_is_a_transposition() {
    let c = run(&[
        ("a", "the troops will leave Iraq soon"),
        ("b", "soon the troops will leave Iraq"),
    ])
    .with_base(Base::Witness(0));
    let moved: Vec<_> = c
        .columns()
        .filter(|col| col.class == VariantClass::Transposition)
        .map(|col| col.index)
        .collect();
    assert_eq!(moved.len(), 2);
    assert_eq!(c.cell_text(moved[0], 1), Some("soon"));
    assert_eq!(c.cell_text(moved[1], 0), Some("soon"));
    assert_eq!(c.stats(1).transpositions, 2);
}

#[test]
fn a_moved_short_word_is_not_called_a_transposition() {
    let c = run(&[("a", "leave the Iraq"), ("b", "the leave Iraq")]).with_base(Base::Witness(0));
    assert!(
        c.columns()
            .all(|col| col.class != VariantClass::Transposition)
    );
}

#[test]
fn choosing_a_witness_as_base_reclassifies() {
    let c = run(&[
        ("001", LETTER_001),
        ("002", LETTER_002),
        ("004", LETTER_004),
    ]);
    let c = c.with_base(Base::Witness(1));
    assert_eq!(c.base(), Base::Witness(1));
    assert_eq!(c.stats(1).same, c.tokens(1).len());
    assert_eq!(class_of(&c, 0, "onward"), VariantClass::Substitution);
    let the_cjtf = column_of(&c, 1, "CJTF-OIR") - 1;
    assert_eq!(c.column(the_cjtf).classes[0], VariantClass::Omission);
    // Fidelity stays measured against the consensus.
    assert_eq!(c.fidelity()[0], 1.0);
    // An index out of range falls back to the consensus rather than panicking.
    assert_eq!(c.with_base(Base::Witness(9)).base(), Base::Consensus);
}

#[test]
fn word_diff_aligns_two_texts_against_the_first() {
    let d = word_diff(
        Witness::new("a", MILLEY_003),
        Witness::new("b", MILLEY_002),
        Algorithm::Patience,
        None,
    );
    assert_eq!(d.base(), Base::Witness(0));
    assert_eq!(class_of(&d, 1, "case"), VariantClass::Substitution);
    assert_eq!(class_of(&d, 1, "is"), VariantClass::Addition);
}

#[test]
fn segments_limit_what_is_collated() {
    let text = "Caption: a photo.\nThe troops stay.";
    let w = Witness::new("a", text).with_segments(vec![Span::new(18, text.len())]);
    let c = collate(
        &[w, Witness::new("b", "The troops stay.")],
        &CollateOptions::default(),
    );
    assert_eq!(c.len(), 3);
    assert!(c.columns().all(|col| col.class == VariantClass::Same));
}

#[test]
fn degenerate_inputs() {
    let none = collate(&[], &CollateOptions::default());
    assert!(none.is_empty());
    assert!(none.distances().is_empty());
    let empty = run(&[("a", ""), ("b", "  … "), ("c", "word")]);
    assert_eq!(empty.len(), 1);
    // The consensus is empty, so the two wordless witnesses match it and the third adds a word.
    assert_eq!(empty.fidelity(), [1.0, 1.0, 0.0]);
    assert_eq!(empty.base_text(0), None);
    let one = run(&[("a", "only one \u{1b}[31m witness \u{202e}")]);
    assert!(one.columns().all(|col| col.class == VariantClass::Same));
    assert_eq!(one.fidelity(), [1.0]);
}

#[test]
fn generated_versions_collate_with_every_kind_of_variant() {
    let texts = crate::synth::passage_versions(3, 6, 800);
    let witnesses = Witness::numbered(&texts);
    let c = collate(&witnesses, &CollateOptions::default());
    assert_tokens_in_order(&c);
    assert!(c.is_retranslation(5), "{:?}", c.consensus_stats(5));
    for w in 0..5 {
        assert!(!c.is_retranslation(w), "v{w}: {:?}", c.consensus_stats(w));
    }
    let mut seen: Vec<VariantClass> = c.columns().map(|col| col.class).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 6, "{seen:?}");
}

fn assert_tokens_in_order(c: &Collation) {
    for w in 0..c.width() {
        let cols = c.token_columns(w);
        assert_eq!(cols.len(), c.tokens(w).len());
        for (t, &col) in cols.iter().enumerate() {
            assert_eq!(c.column(col).cells[w], Some(t as u32));
        }
    }
    for col in c.columns() {
        assert!(
            col.cells.iter().any(Option::is_some),
            "empty column {}",
            col.index
        );
    }
}

fn text_strategy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("the"),
        Just("The"),
        Just("troops"),
        Just("troops,"),
        Just("Iraq’s"),
        Just("Iraq's"),
        Just("5,000"),
        Just("5000"),
        Just("co-ordinated"),
        Just("…"),
        Just("“leave”"),
        Just("\u{202e}x"),
        Just("\n\n"),
        Just("é"),
    ];
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn a_text_collated_with_itself_has_no_differences(text in text_strategy()) {
        let c = run(&[("a", &text), ("b", &text), ("c", &text)]);
        prop_assert!(c.columns().all(|col| col.class == VariantClass::Same));
        prop_assert_eq!(c.len(), c.tokens(0).len());
        prop_assert!(c.distances().iter().flatten().all(|&d| d == 0.0));
    }

    #[test]
    fn every_token_appears_once_in_order(texts in prop::collection::vec(text_strategy(), 1..6)) {
        let witnesses: Vec<_> = texts.iter().map(|t| Witness::new("w", t)).collect();
        let c = collate(&witnesses, &CollateOptions::default());
        assert_tokens_in_order(&c);
        let c = c.with_base(Base::Witness(texts.len() - 1));
        assert_tokens_in_order(&c);
        for f in c.fidelity() {
            prop_assert!((0.0..=1.0).contains(&f));
        }
    }

    #[test]
    fn arbitrary_text_collates_in_order(a in "\\PC{0,200}", b in "\\PC{0,200}") {
        let c = run(&[("a", &a), ("b", &b)]);
        assert_tokens_in_order(&c);
    }
}
