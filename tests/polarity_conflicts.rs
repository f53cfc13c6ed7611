//! Opposite polarity where a state is told by its opposite word ("open" against "shut" or
//! "closed"), and which reports take the affirming side. Each case is a few outlets written
//! for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::analysed;
use crosscheck::claims::ConflictKind;

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
    let polarity: Vec<_> = a
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
    let (mut open, mut shut) = (ids(0), ids(1));
    if open.contains(&"04_tabloid") {
        std::mem::swap(&mut open, &mut shut);
    }
    assert_eq!(open, ["02_herald", "03_live"]);
    assert_eq!(shut, ["04_tabloid"]);
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
    assert!(
        a.conflicts.iter().all(|c| c.kind != ConflictKind::Polarity),
        "{:#?}",
        a.conflicts
    );
}
