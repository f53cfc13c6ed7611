//! A count of a part held against a count of its whole for the same thing: a kind of people
//! ("refugees") against everyone ("people"), a compound ("street sellers") against the noun it
//! ends on ("vendors"). A part cannot outnumber its whole, while a part smaller than the whole
//! is no rival. Each case is a few outlets written for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::{number_conflicts, one_story, sides};
use crosscheck::claims::Analysis;
use crosscheck::corpus::Corpus;

/// Four outlets on one story: a wire, a paper, a local and a tabloid, with these titles and
/// sentences of their own.
fn four_outlets(titles: [&str; 4], story: &str, own: [&str; 4]) -> (Corpus, Analysis) {
    let names = [
        "01_wire.txt",
        "02_paper.txt",
        "03_local.txt",
        "04_tabloid.txt",
    ];
    let outlets: Vec<(&str, &str, &str)> = (0..4).map(|i| (names[i], titles[i], own[i])).collect();
    one_story(story, &outlets)
}

/// Four outlets on a winter shelter scheme closing; `wire`, `paper`, `local` and `tabloid`
/// each add the sentence given for it.
fn shelter_story(wire: &str, paper: &str, local: &str, tabloid: &str) -> (Corpus, Analysis) {
    four_outlets(
        [
            "Council votes to close Harbour Lane shelter",
            "Harbour Lane shelter to close in March",
            "Shelter scheme to shut after council vote",
            "SHELTER AXED",
        ],
        "The city council voted on Thursday to close the Harbour Lane winter shelter scheme at \
         the end of March, citing the cost of the lease.",
        [wire, paper, local, tabloid],
    )
}

/// Four outlets on a court striking down a ban on street trading; each adds its sentence.
fn market_story(own: [&str; 4]) -> (Corpus, Analysis) {
    four_outlets(
        [
            "Court strikes down Dunford street trading ban",
            "Dunford trading ban quashed",
            "Judges scrap Dunford ban",
            "STREET FOOD IS BACK",
        ],
        "The High Court on Wednesday struck down Dunford's ban on street trading in the town \
         centre, ruling that the council had not shown a total ban was needed.",
        own,
    )
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

#[test]
fn more_of_a_compound_than_of_the_noun_it_ends_on_conflicts() {
    // "street sellers" are vendors, as "licensed traders" are; "since January 2024" says when
    // the ban began, so the count is of vendors kept off now, as the tabloid's is.
    let (corpus, a) = market_story([
        "The ban has kept about 400 vendors off the streets since January 2024.",
        "It has kept about 400 licensed vendors off the streets since January 2024.",
        "Officials said about 400 licensed traders had been cleared off the streets.",
        "The ban has kept nearly 700 street sellers off the pavements for two years.",
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].0, "400", "{sides:?}");
    assert!(sides[0].1.len() >= 2, "{sides:?}");
    assert_eq!(sides[1].0, "700", "{sides:?}");
    assert_eq!(sides[1].1, ["04_tabloid"], "{sides:?}");
}

#[test]
fn fewer_of_a_compound_than_of_its_noun_are_a_part() {
    let (_, a) = market_story([
        "The ban has kept about 400 vendors off the streets since January 2024.",
        "It has kept about 400 vendors off the streets since January 2024.",
        "About 400 vendors had been cleared off the streets, officials said.",
        "The ban has kept nearly 150 hot-food sellers off the pavements for two years.",
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_count_since_a_year_is_not_the_count_of_last_year() {
    let (_, a) = shelter_story(
        "The scheme has housed 6,000 people since 2021, according to council figures.",
        "The scheme housed 2,100 people last winter and 1,900 people last year.",
        "It housed 1,900 people last year.",
        "The scheme housed about 1,900 people last year, the council said.",
    );
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}
