//! Times of day that conflict: one event given two times that cannot both hold, however each
//! is written ("3.40am", "3:40 a.m.", "3.40 in the morning"), and times that do not: of other
//! events, bounds that allow each other ("not before 4pm", "4.30pm"), hours something keeps.
//! Each case is a few outlets written for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::{analysed, number_conflicts, one_story, sides};
use crosscheck::claims::Analysis;
use crosscheck::claims::Stance;

#[test]
fn two_times_of_day_for_one_event_conflict_whichever_way_they_are_written() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Warehouse blaze in Tolland\n\nThe blaze broke out at about 4.20am in a warehouse \
             used to store paper, the owners said. The first emergency call was logged at \
             4.31am.\n",
        ),
        (
            "02_paper.txt",
            "Tolland warehouse fire\n\nThe blaze broke out at around 4:20 a.m. in the paper \
             warehouse, according to the owners.\n",
        ),
        (
            "03_local.txt",
            "Night of smoke\n\nThe blaze broke out at 4.20 in the morning in a warehouse on \
             the industrial estate.\n",
        ),
        (
            "04_blog.txt",
            "What I saw\n\nThe blaze broke out at around 1am on Friday in the warehouse, long \
             before anyone called it in.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    assert!(
        found[0].reason.contains("time of day"),
        "{}",
        found[0].reason
    );
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].1, ["01_wire", "02_paper", "03_local"], "{sides:?}");
    assert_eq!(sides[1].0, "1am");
    assert_eq!(sides[1].1, ["04_blog"], "{sides:?}");
    // Every claim made of the time's statements shows the blog contradicting it, none as
    // agreeing in other words.
    let blog = corpus
        .articles
        .iter()
        .position(|a| a.id == "04_blog")
        .unwrap();
    for claim in a.claims.iter().filter(|c| c.summary.contains("4.20")) {
        let cell = claim.cells.iter().find(|c| c.source == blog);
        assert!(
            cell.is_none_or(|c| c.stance == Stance::Contradicts),
            "{}: {cell:?}",
            claim.summary
        );
    }
}

#[test]
fn times_of_different_events_and_bounds_that_allow_each_other_do_not_conflict() {
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Square cleared after protest\n\nMarchers set off from the park at 2pm. Police \
             said the square was cleared by 8.30pm.\n",
        ),
        (
            "02_paper.txt",
            "Protest ends\n\nThe square was cleared at 8.10pm, police said, after officers \
             moved in at 7pm.\n",
        ),
        (
            "03_live.txt",
            "Live: protest\n\nThe march set off from the park at about 2.10pm. The square was \
             cleared by 8.30pm.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_report_that_quotes_a_time_and_gives_its_own_stands_by_its_own() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Crowd dispersed\n\nThe council said the road was reopened by 6.30pm after the \
             crowd left.\n",
        ),
        (
            "02_paper.txt",
            "Road reopened\n\nThe road was reopened by 6.30pm, the council said, once the \
             crowd had left.\n",
        ),
        (
            "03_blog.txt",
            "Not how it went\n\nThe council says the road was \"reopened by 6.30pm.\" The road \
             was not reopened until after 10pm, when the last of the crowd left.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].1, ["01_wire", "02_paper"], "{sides:?}");
    assert_eq!(sides[1].1, ["03_blog"], "{sides:?}");
}

#[test]
fn hours_something_keeps_are_not_the_moment_of_an_event() {
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Boil notice\n\nThe water company opened bottled water stations at the leisure \
             centre from 6pm on Monday.\n",
        ),
        (
            "02_live.txt",
            "Boil notice live\n\nAbout 60 people were waiting when the bottled water station \
             opened at 7am.\n",
        ),
        (
            "03_paper.txt",
            "Shop hours\n\nThe bottled water stations are open from 7am to 10pm, the water \
             company said.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

/// A cargo jet off the runway, as each outlet `(file name, title, own sentence)` tells it.
fn brenmoor(outlets: &[(&str, &str, &str)]) -> Analysis {
    let story = "A cargo jet skidded off the runway at Brenmoor airport on Monday morning, and \
                 every flight was cancelled while it was moved.";
    one_story(story, outlets).1
}

#[test]
fn a_time_not_before_another_allows_it() {
    let a = brenmoor(&[
        (
            "01_wire.txt",
            "Brenmoor runway closed",
            "The airport reopened at 4.30pm.",
        ),
        (
            "02_live.txt",
            "Live: Brenmoor",
            "The airport now says it will not reopen before 4pm.",
        ),
        (
            "03_local.txt",
            "Brenmoor reopens",
            "The airport reopened at 4.30pm.",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_time_a_statement_was_issued_is_not_the_time_of_what_it_tells() {
    let a = brenmoor(&[
        (
            "01_wire.txt",
            "Brenmoor runway closed",
            "The crew rejected the takeoff at 6:55 a.m., the airline said.",
        ),
        (
            "02_paper.txt",
            "Brenmoor jet skids off runway",
            "In a statement issued at 9.20am, the airline said: \"The crew rejected the \
             takeoff and stopped the jet safely.\"",
        ),
        (
            "03_local.txt",
            "Jet off the runway",
            "The crew rejected the takeoff at 6.55am.",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}
