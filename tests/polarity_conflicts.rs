//! Opposite polarity where a state is told by its opposite word ("open" against "shut" or
//! "closed"), and which reports take the affirming side. Each case is a few outlets written
//! for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::{analysed, one_story};
use crosscheck::claims::{Analysis, Conflict, ConflictKind};
use crosscheck::corpus::Corpus;

const STATIONS: &str = "Harlow Water said it had opened bottled water stations at the \
                        leisure centre and in Market Square from 6pm.";

#[test]
fn schools_open_against_schools_shut_is_a_conflict_and_the_water_stations_take_no_side() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            &format!(
                "Boil water notice in Harlow\n\n{STATIONS} The boil water notice covers every home in \
                 Harlow, the town council said.\n"
            ),
        ),
        (
            "02_herald.txt",
            "Harlow boil notice\n\nSchools in the town are open as normal, the town council \
             confirmed, with bottled water supplied to every school and care home.\n",
        ),
        (
            "03_live.txt",
            "Live: Harlow water\n\nThe town council says all of the town's schools are open \
             today. Bottled water has been delivered to every school.\n",
        ),
        (
            "04_tabloid.txt",
            "TAP WATER BUG\n\nTwo primary schools in the town shut their gates today as staff \
             scrambled to get hold of bottled water after the boil water notice.\n",
        ),
    ]);
    let (_, [open, shut]) = the_polarity_conflict(&corpus, &a, "04_tabloid");
    assert_eq!(open, ["02_herald", "03_live"]);
    assert_eq!(shut, ["04_tabloid"]);
}

/// The one polarity conflict of `a`, and its sides' source ids: the side without `marker` first.
fn the_polarity_conflict<'a>(
    corpus: &'a Corpus,
    a: &'a Analysis,
    marker: &str,
) -> (&'a Conflict, [Vec<&'a str>; 2]) {
    let polarity: Vec<&Conflict> = a
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Polarity)
        .collect();
    assert_eq!(polarity.len(), 1, "{:#?}", a.conflicts);
    let ids = |side: usize| -> Vec<&str> {
        polarity[0].sides[side]
            .sources
            .iter()
            .map(|&s| corpus.articles[s].id.as_str())
            .collect()
    };
    let (mut first, mut second) = (ids(0), ids(1));
    if first.contains(&marker) {
        std::mem::swap(&mut first, &mut second);
    }
    (polarity[0], [first, second])
}

#[test]
fn a_road_closed_and_a_rest_centre_opened_are_not_opposites() {
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Fire at Saltby plant\n\nPolice closed Mill Road while firefighters worked through \
             the night at the Saltby plant.\n",
        ),
        (
            "02_local.txt",
            "Saltby fire\n\nThe council opened a rest centre at the church hall for families \
             moved out of their homes near the Saltby plant.\n",
        ),
        (
            "03_live.txt",
            "Live: Saltby\n\nFirefighters worked through the night at the Saltby plant, and \
             the council opened a rest centre for families.\n",
        ),
    ]);
    assert_no_polarity_conflict(&a);
}

/// Four reports of one night's protest: two say there was no tear gas, a tabloid and a blog
/// say it was fired, and a broadsheet only names the dispute.
fn tear_gas_reports(broadsheet: &str) -> Vec<(&'static str, String)> {
    vec![
        (
            "01_trade.txt",
            "Force defends its response in Bracken Square\n\nThe Ashford force made nine arrests \
             for public order offences after the march on Saturday. No tear gas was deployed. \
             Officers used a small amount of pepper spray, the force said.\n"
                .to_string(),
        ),
        (
            "02_local.txt",
            "Nine arrested after Bracken Square march\n\nNine people were arrested after the \
             housing march in Bracken Square ended in scuffles on Saturday evening. No tear gas \
             was used, the force said.\n"
                .to_string(),
        ),
        (
            "03_tabloid.txt",
            "SQUARE CHAOS\n\nYOBS hurled bottles as the housing march in Ashford turned ugly \
             on Saturday. Riot cops fired tear gas and drew batons in Bracken Square, and nine \
             people were arrested.\n"
                .to_string(),
        ),
        (
            "04_blog.md",
            "What we saw in Bracken Square\n\nBy nine o'clock police had tear-gassed a crowd \
             of tenants who had marched peacefully from the estate, and nine of us were \
             arrested.\n"
                .to_string(),
        ),
        ("05_broadsheet.txt", broadsheet.to_string()),
    ]
}

#[test]
fn no_tear_gas_against_fired_tear_gas_is_a_conflict_and_naming_the_dispute_takes_no_side() {
    let reports = tear_gas_reports(
        "Ashford police and tenants at odds after march\n\nNine people were arrested after \
         the housing march in Bracken Square on Saturday. The sharpest dispute is over tear \
         gas, and over how long the square stayed closed.\n",
    );
    let texts: Vec<(&str, &str)> = reports.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (corpus, a) = analysed(&texts);
    let (conflict, [none, fired]) = the_polarity_conflict(&corpus, &a, "03_tabloid");
    assert_eq!(none, ["01_trade", "02_local"]);
    assert_eq!(fired, ["03_tabloid", "04_blog"]);
    assert!(
        conflict.reason.contains("“tear gas”") && conflict.reason.contains("“no tear gas”"),
        "the phrase, not its first word: {}",
        conflict.reason
    );
}

#[test]
fn the_same_phrase_in_another_story_is_no_conflict() {
    let (_, a) = analysed(&[
        (
            "01_trade.txt",
            "Force defends its response in Bracken Square\n\nThe Ashford force made nine \
             arrests after the march on Saturday. No tear gas was deployed, the force said.\n",
        ),
        (
            "02_history.txt",
            "A chemist's century\n\nThe museum's new gallery on the history of chemistry opens \
             with the wartime laboratories, where early batches of tear gas were made and \
             tested on volunteers from the regiment.\n",
        ),
    ]);
    assert_no_polarity_conflict(&a);
}

#[test]
fn a_level_never_recorded_before_is_a_record_not_its_denial() {
    let story = "The River Alde burst its banks at Penford on Sunday night, flooding 200 homes \
                 in the lower town and closing the bridge.";
    let (_, a) = one_story(
        story,
        &[
            (
                "01_wire.txt",
                "Penford floods",
                "The river peaked at a record 4.9 metres.",
            ),
            (
                "02_paper.txt",
                "Alde floods Penford",
                "The river reached a record height.",
            ),
            (
                "03_foreign.txt",
                "Floods in Penford",
                "The river rose to 4.9 metres, a level never recorded before.",
            ),
        ],
    );
    assert_no_polarity_conflict(&a);
}

#[test]
fn deprived_of_a_thing_is_without_it() {
    let story = "Floodwater reached the Marden treatment works overnight and the plant was shut \
                 down, the water company said on Monday.";
    let (_, a) = one_story(
        story,
        &[
            (
                "01_wire.txt",
                "Marden works flooded",
                "About 1,800 homes were left without running water.",
            ),
            (
                "02_foreign.txt",
                "Marden: the water works under water",
                "Some 1,800 households are deprived of running water.",
            ),
            (
                "03_local.txt",
                "Homes dry in Marden",
                "Around 1,800 homes have been without running water since the early hours.",
            ),
        ],
    );
    assert_no_polarity_conflict(&a);
}

fn assert_no_polarity_conflict(a: &Analysis) {
    assert!(
        a.conflicts.iter().all(|c| c.kind != ConflictKind::Polarity),
        "{:#?}",
        a.conflicts
    );
}
