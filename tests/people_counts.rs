//! A count of a kind of people ("refugees", "officers") held against a count of everyone
//! ("people") for the same thing: a part cannot outnumber its whole, while a part smaller
//! than the whole is no rival. Each case is a few outlets written for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::{analysed, number_conflicts, sides};
use crosscheck::claims::Analysis;
use crosscheck::corpus::Corpus;

/// Four outlets on a winter shelter scheme closing; `wire`, `paper`, `local` and `tabloid`
/// each add the sentence given for it.
fn shelter_story(wire: &str, paper: &str, local: &str, tabloid: &str) -> (Corpus, Analysis) {
    let story = "The city council voted on Thursday to close the Harbour Lane winter shelter \
                 scheme at the end of March, citing the cost of the lease.";
    let texts = [
        (
            "01_wire.txt",
            "Council votes to close Harbour Lane shelter",
            wire,
        ),
        (
            "02_paper.txt",
            "Harbour Lane shelter to close in March",
            paper,
        ),
        (
            "03_local.txt",
            "Shelter scheme to shut after council vote",
            local,
        ),
        ("04_tabloid.txt", "SHELTER AXED", tabloid),
    ];
    let written: Vec<(&str, String)> = texts
        .iter()
        .map(|(name, title, own)| (*name, format!("{title}\n\n{story} {own}\n")))
        .collect();
    let borrowed: Vec<(&str, &str)> = written.iter().map(|(n, t)| (*n, t.as_str())).collect();
    analysed(&borrowed)
}

#[test]
fn more_of_a_kind_of_people_than_people_in_all_conflicts() {
    let (corpus, a) = shelter_story(
        "About 2,100 people were housed by the scheme last winter, according to council figures.",
        "About 2,100 people were housed by the scheme last winter, council figures show.",
        "It housed about 2,100 people last winter.",
        "The scheme, which took in 2,900 refugees last winter, will shut its doors in March.",
    );
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].0, "2,100", "{sides:?}");
    assert_eq!(sides[0].1, ["01_wire", "02_paper", "03_local"], "{sides:?}");
    assert_eq!(sides[1].0, "2,900", "{sides:?}");
    assert_eq!(sides[1].1, ["04_tabloid"], "{sides:?}");
    assert!(
        found[0].reason.contains("refugees") && found[0].reason.contains("people"),
        "{}",
        found[0].reason
    );
}

#[test]
fn fewer_of_a_kind_than_people_in_all_are_a_part_not_a_rival() {
    let (_, a) = shelter_story(
        "About 2,100 people were housed by the scheme last winter, according to council figures.",
        "About 2,100 people were housed by the scheme last winter, council figures show.",
        "It housed about 2,100 people last winter.",
        "The scheme, which took in 1,400 refugees last winter, will shut its doors in March.",
    );
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_count_of_things_or_of_another_thing_is_not_held_against_people() {
    // Rooms are not people; the district's residents housed in new flats are not the people
    // the scheme housed, with only one word ("housed") said of both.
    let (_, a) = shelter_story(
        "About 2,100 people were housed by the scheme last winter, according to council figures.",
        "It housed about 2,100 people last winter.",
        "The scheme rented 2,600 rooms last winter from hostels across the city.",
        "Some 4,000 residents were housed in new flats across the district.",
    );
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}
