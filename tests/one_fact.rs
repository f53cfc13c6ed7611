//! A sentence may make several claims: outlets that give one figure of one thing ("fines of up
//! to $2,000") in sentences that otherwise say different things still make one claim together.
//! Each case is a few outlets written for these tests.

#[path = "support/articles.rs"]
mod articles;

use crosscheck::claims::Analysis;

fn analysed(texts: &[(&str, &str)]) -> Analysis {
    articles::analysed(texts).1
}

/// The sources (by index) that support each claim whose sentences hold `words`.
fn supporters_of(a: &Analysis, words: &str) -> Vec<Vec<usize>> {
    a.claims
        .iter()
        .filter(|c| {
            c.cells
                .iter()
                .any(|cell| cell.evidence.iter().any(|e| e.text.contains(words)))
        })
        .map(|c| c.supported_by())
        .collect()
}

#[test]
fn one_figure_of_one_thing_is_one_claim_across_different_sentences() {
    let a = analysed(&[
        (
            "01_wire.txt",
            "Market ban overturned\n\nThe ban, in force since March 2023, barred trading on 17 \
             streets in the old town and carried fines of up to $2,000.\n",
        ),
        (
            "02_local.txt",
            "Traders return\n\nStallholders caught trading faced fines of up to $2,000, and \
             wardens were given powers to seize their carts.\n",
        ),
        (
            "03_tabloid.txt",
            "Grub's up\n\nStallholders who had been threatened with fines of up to $2,000 for \
             selling soup on the wrong corner danced in the rain.\n",
        ),
    ]);
    let claims = supporters_of(&a, "$2,000");
    assert!(
        claims.iter().any(|sources| sources == &[0, 1, 2]),
        "one claim of the $2,000 fines from all three: {claims:?}"
    );
}

#[test]
fn one_figure_said_of_different_things_is_not_one_claim() {
    let a = analysed(&[
        (
            "01_wire.txt",
            "Clashes at the depot\n\nThree officers suffered minor injuries when pickets \
             pushed through the barrier at the north gate.\n",
        ),
        (
            "02_local.txt",
            "Pickets held\n\nLater in the evening three officers were suspended pending an \
             inquiry into the arrests made outside the canteen.\n",
        ),
    ]);
    for sources in supporters_of(&a, "three officers") {
        assert_eq!(sources.len(), 1, "{:#?}", a.claims);
    }
}
