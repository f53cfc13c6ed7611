//! Words that are someone else's, not the report's: inside quotation marks, however many
//! sentences the quote runs over, or what someone is said to deny; and acts a report gives as
//! ordered, not done. On small made-up corpora, they raise no conflict, and the same words
//! stated as done in the report's own voice still do.

use super::tests::made_up;
use super::*;

const SIGNED: &str = "The ceasefire agreement was signed by both delegations in Geneva.\n";

/// The conflicts between two reports.
fn between(a: &str, b: &str) -> Vec<Conflict> {
    let corpus = made_up(&[("a.txt", a), ("b.txt", b)]);
    analyse(&corpus, &ClaimInputs::default()).conflicts
}

/// The conflicts between a report that the agreement was signed and `other`.
fn against_signed(other: &str) -> Vec<Conflict> {
    between(SIGNED, other)
}

fn any_of(kind: ConflictKind, found: &[Conflict]) -> bool {
    found.iter().any(|c| c.kind == kind)
}

#[test]
fn a_negation_in_a_later_sentence_of_a_quote_is_the_speakers() {
    for quoted in [
        "\"The talks were long and hard. The ceasefire agreement was not signed by both \
         delegations in Geneva,\" a mediator said.\n",
        "“The talks were long and hard. The ceasefire agreement was not signed by both \
         delegations in Geneva,” a mediator said.\n",
        "«The talks were long and hard. The ceasefire agreement was not signed by both \
         delegations in Geneva,» a mediator said.\n",
    ] {
        let found = against_signed(quoted);
        assert!(found.is_empty(), "{quoted}: {found:#?}");
    }
    // The same words in the report's own voice are a conflict.
    let own = "The talks were long and hard, a mediator said. The ceasefire agreement was not \
               signed by both delegations in Geneva.\n";
    assert!(any_of(ConflictKind::Polarity, &against_signed(own)));
}

#[test]
fn a_hedge_in_a_later_sentence_of_a_quote_is_the_speakers() {
    let flat = "The rebel commander was killed in an airstrike near the border town.\n";
    let quoted = "\"We heard the jets overhead. The rebel commander was reportedly killed in an \
                  airstrike near the border town,\" a local official said.\n";
    let found = between(flat, quoted);
    assert!(found.is_empty(), "{found:#?}");
    let own = "Residents heard the jets overhead. The rebel commander was reportedly killed in \
               an airstrike near the border town.\n";
    assert!(any_of(ConflictKind::Hedge, &between(flat, own)));
}

#[test]
fn single_marks_quote_but_apostrophes_do_not() {
    let quoted = "‘The talks were long and hard. The ceasefire agreement was not signed by both \
                  delegations in Geneva,’ a mediator said.\n";
    let found = against_signed(quoted);
    assert!(found.is_empty(), "{found:#?}");
    let apostrophes = "The mediators’ team didn’t rest, and Geneva’s hotels weren’t quiet in the \
                       1990s’ way. The ceasefire agreement was not signed by both delegations in \
                       Geneva, officials’ notes show.\n";
    assert!(any_of(ConflictKind::Polarity, &against_signed(apostrophes)));
}

#[test]
fn a_stray_or_unclosed_mark_quotes_no_more_than_its_sentence() {
    for own in [
        // An inch mark opens nothing.
        "Beside a 12\" pipe in the old town, officials said the ceasefire agreement was not \
         signed by both delegations in Geneva.\n",
        // A quote left open stops at its sentence...
        "The mediator said \"the talks were long and hard. The ceasefire agreement was not \
         signed by both delegations in Geneva.\n",
        // ... and at its paragraph.
        "The mediator said \"the talks were long and hard.\n\nThe ceasefire agreement was not \
         signed by both delegations in Geneva.\n",
    ] {
        assert!(
            any_of(ConflictKind::Polarity, &against_signed(own)),
            "{own}"
        );
    }
}

#[test]
fn a_reported_denial_does_not_affirm_what_is_denied() {
    let denied = "The ministry denied that the ceasefire agreement was signed by both delegations \
                  in Geneva.\n";
    let not_signed = "The ceasefire agreement was not signed by both delegations in Geneva.\n";
    let found = between(denied, not_signed);
    assert!(found.is_empty(), "{found:#?}");
    assert!(any_of(ConflictKind::Polarity, &against_signed(not_signed)));
}

#[test]
fn an_act_ordered_is_not_said_to_be_done() {
    let not_done = "The reception programme has not been suspended at the border crossings, the \
                    ministry said.\n";
    for ordered in [
        "A leaked memo told border officials to suspend the reception programme at all border \
         crossings.\n",
        "A leaked memo told border officials to quietly suspend the reception programme at all \
         border crossings.\n",
    ] {
        let found = between(ordered, not_done);
        assert!(
            !any_of(ConflictKind::Polarity, &found),
            "{ordered}: {found:#?}"
        );
    }
    let done = "The reception programme was suspended at all border crossings on Monday.\n";
    assert!(any_of(ConflictKind::Polarity, &between(done, not_done)));
}
