//! Undecided against decided on small made-up corpora: the conflict, and the look-alikes that
//! are not one.

use super::tests::made_up;
use super::*;

/// Two reports say the club is still deciding whether to appeal; `others` are more reports,
/// named "c.txt", "d.txt", ...
fn club_story(others: &[&str]) -> Analysis {
    let names = ["c.txt", "d.txt", "e.txt"];
    let mut texts = vec![
        (
            "a.txt",
            "Harlow Town chairman Ray Dobbins said the club would study the ruling before \
             deciding whether to appeal the points deduction to the league arbitration panel. \
             The club was punished for breaching spending rules last season.\n",
        ),
        (
            "b.txt",
            "\"We will read the ruling carefully and then decide whether to appeal,\" Dobbins \
             told reporters. Harlow Town were given a points deduction for breaching spending \
             rules last season.\n",
        ),
    ];
    texts.extend(names.iter().copied().zip(others.iter().copied()));
    analyse(&made_up(&texts), &ClaimInputs::default())
}

/// Each side's sources, by the first letter of their file names.
fn sides(a: &Analysis, conflict: &Conflict) -> Vec<Vec<String>> {
    conflict
        .sides
        .iter()
        .map(|s| {
            s.sources
                .iter()
                .map(|&i| a.sources[i][..1].to_string())
                .collect()
        })
        .collect()
}

/// The report that vows it, in the club's chairman's name.
const VOW: &str = "Furious Harlow Town chairman Ray Dobbins last night vowed to take the points \
                   deduction to the league arbitration panel. The club was punished for \
                   breaching spending rules last season.\n";

fn undecided_conflicts(a: &Analysis) -> Vec<&Conflict> {
    a.conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Hedge && c.reason.contains("still to be decided"))
        .collect()
}

/// The one undecided-against-decided conflict of `a`.
fn the_conflict(a: &Analysis) -> &Conflict {
    let found = undecided_conflicts(a);
    let [conflict] = found[..] else {
        panic!("one undecided-against-decided conflict: {:#?}", a.conflicts);
    };
    conflict
}

#[test]
fn a_vow_against_an_open_choice_is_flagged() {
    let a = club_story(&[VOW]);
    let conflict = the_conflict(&a);
    assert_eq!(
        sides(&a, conflict),
        [["c"].as_slice(), &["a", "b"]],
        "{}",
        conflict.reason
    );
    assert!(conflict.sides[0].text.starts_with("vowed to take"));
    assert!(conflict.sides[1].text.contains("whether to appeal"));
}

#[test]
fn another_party_vowing_is_not_a_conflict() {
    // Their rivals made up their minds; the club has not.
    let a = club_story(&[
        "Rival club Denton Rovers last night vowed to take the points deduction to the league \
         arbitration panel. Harlow Town were punished for breaching spending rules last \
         season.\n",
    ]);
    assert!(undecided_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_quoted_or_denied_vow_is_not_a_conflict() {
    for third in [
        "Chairman Ray Dobbins has not decided to take the points deduction to the league \
         arbitration panel. Harlow Town were punished for breaching spending rules.\n",
        "A fan said: \"Dobbins vowed to take the points deduction to the league arbitration \
         panel.\" Harlow Town were punished for breaching spending rules.\n",
    ] {
        let a = club_story(&[third]);
        assert!(
            undecided_conflicts(&a).is_empty(),
            "{third}: {:#?}",
            a.conflicts
        );
    }
}

#[test]
fn a_report_that_tells_both_takes_no_side() {
    // The choice was open on Monday and made on Tuesday: the report says both, and so only
    // the reports that say one of them are set against each other.
    let both = "On Monday chairman Ray Dobbins was still weighing whether to take the points \
                deduction to the league arbitration panel. On Tuesday Dobbins vowed to take the \
                points deduction to the league arbitration panel.\n";
    let a = club_story(&[both, VOW]);
    let conflict = the_conflict(&a);
    assert_eq!(
        sides(&a, conflict),
        [["d"].as_slice(), &["a", "b"]],
        "{}",
        conflict.reason
    );
}
