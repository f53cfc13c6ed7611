//! What counts as a statement: a line of figures alone, such as a live blog's time stamps, is
//! none, so it neither makes a claim nor pulls the counts it shares a number with into one.

use super::tests::made_up;
use super::*;

#[test]
fn a_live_blog_s_time_stamps_are_not_claims() {
    let corpus = made_up(&[
        (
            "01_live.txt",
            "Live: flood in Marlow\n\n14:05\n\nRescuers say 14 people were taken from the \
             flooded homes.\n\n15:20\n\nThe river is still rising, the council says.\n",
        ),
        (
            "02_wire.txt",
            "Flood in Marlow\n\nRescuers took 14 people from flooded homes in Marlow on \
             Sunday, the council said.\n",
        ),
        (
            "03_live.txt",
            "Marlow flood live\n\n14:05\n\nFourteen people were taken from flooded homes, \
             rescuers said.\n\n16:40\n\nThe council says the river is still rising.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let figures_only = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == ' ')
    };
    assert!(
        a.claims.iter().all(|c| !figures_only(&c.summary)),
        "{:#?}",
        a.claims.iter().map(|c| &c.summary).collect::<Vec<_>>()
    );
}

#[test]
fn a_page_s_dated_time_stamp_is_not_a_claim() {
    let stamp = "Sunday 9 November 2025, 2.20pm";
    let corpus = made_up(&[
        (
            "01_paper.txt",
            &format!(
                "Harbour fire\n\nBy Ann Lowe\n\n{stamp}\n\nFire crews spent the night at the \
                 harbour after a blaze in a fish store on Saturday.\n"
            ),
        ),
        (
            "02_live.txt",
            "Harbour fire live\n\nSunday 9 November 2025, 9.05am\n\nCrews are still at the \
             harbour after the blaze in the fish store on Saturday.\n",
        ),
    ]);
    let a = analyse(&corpus, &ClaimInputs::default());
    let stamps: Vec<&str> = a
        .claims
        .iter()
        .flat_map(|c| c.cells.iter().flat_map(|cell| &cell.evidence))
        .map(|e| &*e.text)
        .filter(|t| t.starts_with("Sunday 9 November"))
        .collect();
    assert!(stamps.is_empty(), "{stamps:?}");
}
