//! Attributions read from made-up text on either side of a quote.

use super::*;

fn after(text: &str) -> Option<(&str, &str, Option<&str>)> {
    after_quote(text, 0, text.len()).map(|a| {
        (
            a.subject.slice(text),
            a.verb.slice(text),
            a.document.map(|d| d.slice(text)),
        )
    })
}

fn before(text: &str) -> Option<(&str, &str)> {
    before_quote(text, 0, text.len()).map(|a| (a.subject.slice(text), a.verb.slice(text)))
}

#[test]
fn subject_then_verb() {
    assert_eq!(
        after(", General Milley said. Then"),
        Some(("General Milley", "said.", None))
    );
    assert_eq!(
        after(" he told reporters on Monday. A senior"),
        Some(("he", "told", None))
    );
    assert_eq!(
        after(
            ", U.S. Army General Mark Milley, chairman of the Joint Chiefs of Staff, told a group of reporters"
        ),
        Some(("U.S. Army General Mark Milley", "told", None))
    );
    assert_eq!(
        after(" Gen Mark Milley, Chairman of the Joint Chiefs of Staff told reporters on Monday."),
        Some(("Gen Mark Milley", "told", None))
    );
    assert_eq!(
        after(" Letter specified."),
        Some(("Letter", "specified.", None))
    );
}

#[test]
fn verb_then_subject() {
    assert_eq!(
        after(", said General Mark Milley, chief of staff, stressing"),
        Some(("General Mark Milley", "said", None))
    );
    assert_eq!(
        after(", according to Mr Esper."),
        Some(("Mr Esper", "according to", None))
    );
}

#[test]
fn writing_in_a_document() {
    assert_eq!(
        after(", Seely wrote in the draft letter."),
        Some(("Seely", "wrote", Some("in the draft letter")))
    );
}

#[test]
fn no_attribution_in_ordinary_text() {
    assert_eq!(after(". Then it went to your hands."), None);
    assert_eq!(after(""), None);
    assert_eq!(after(" – the union says workers pay."), None);
}

#[test]
fn a_role_then_its_name_and_a_phrase_before_the_subject() {
    assert_eq!(
        after(", said the group's director, Ada Pell."),
        Some(("Ada Pell", "said", None))
    );
    assert_eq!(
        before("In its statement the company said on Monday: "),
        Some(("the company", "said"))
    );
    assert_eq!(
        before("It issued a statement at 7.15am. It read in full "),
        Some(("It", "read"))
    );
}

#[test]
fn before_the_quote() {
    assert_eq!(before("It read "), Some(("It", "read")));
    assert_eq!(
        before("Pentagon spokeswoman Alyssa Farah added in a tweet that "),
        Some(("Pentagon spokeswoman Alyssa Farah", "added"))
    );
    assert_eq!(
        before("He didn’t deny that it was delivered, but asserted that it was a "),
        Some(("He", "asserted"))
    );
    assert_eq!(
        before(
            "Gen. Mark Milley, the chairman, told reporters the letter — which said U.S. troops were preparing for "
        ),
        Some(("letter", "said"))
    );
    assert_eq!(before("The sky was blue and "), None);
    assert_eq!(
        before("Ellen Marsh, a spokesperson for the firm, said on Monday: "),
        Some(("Ellen Marsh", "said"))
    );
    assert_eq!(
        before("A spokesman for the ministry, Tomas Bell, said on Monday: "),
        Some(("Tomas Bell", "said"))
    );
    assert_eq!(
        before("On Monday, her spokesman, Tomas Bell, had said only that "),
        Some(("Tomas Bell", "said"))
    );
}
