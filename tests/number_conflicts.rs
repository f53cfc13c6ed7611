//! Number conflicts hold on how news gives figures: a count as of an earlier day, a figure an
//! outlet marks as the newest, a source that reports both sides' figures, bounds ("more than"),
//! parts ("14 of the cases"), other months and years, and what a count's words end on. Each
//! case is a few outlets written for these tests.

#[path = "support/articles.rs"]
mod articles;

use articles::{analysed, number_conflicts, one_story, sides};
use crosscheck::claims::Stance;

#[test]
fn a_stale_figure_conflicts_with_the_newer_count_but_a_dated_earlier_count_does_not() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Stomach bug spreads in Harlow\n\nThe district health office said 23 cases of \
             illness had been reported by Monday afternoon in Harlow.\n",
        ),
        (
            "02_aggregator.txt",
            "Harlow bug\n\nThe district health office said 23 cases of illness have been \
             reported in Harlow.\n",
        ),
        (
            "03_paper.txt",
            "Harlow outbreak grows\n\nThe district health office said 37 cases of illness \
             had been reported by Tuesday morning in Harlow, up from 23 a day earlier.\n",
        ),
        (
            "04_live.txt",
            "Harlow live\n\nThe number of cases has risen to 37, the district health office \
             said. On Monday 23 cases of illness had been reported in Harlow.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].0, "37", "{sides:?}");
    assert_eq!(sides[0].1, ["03_paper", "04_live"], "{sides:?}");
    assert_eq!(sides[1].0, "23");
    assert_eq!(sides[1].1, ["02_aggregator"], "{sides:?}");
}

#[test]
fn a_source_reporting_both_figures_takes_no_side() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Arrests after march\n\nPolice arrested 14 people after the march on Saturday. \
             Organisers said at least 22 people had been arrested.\n",
        ),
        (
            "02_paper.txt",
            "March ends in arrests\n\nPolice said 14 people were arrested after the march.\n",
        ),
        (
            "03_blog.txt",
            "Our march\n\nAt least 22 people were arrested by the end of the march.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    let ids: Vec<&Vec<String>> = sides.iter().map(|s| &s.1).collect();
    assert!(ids.contains(&&vec!["02_paper".to_string()]), "{sides:?}");
    assert!(ids.contains(&&vec!["03_blog".to_string()]), "{sides:?}");
}

#[test]
fn bounds_parts_other_years_and_far_apart_figures_are_not_rivals() {
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Petition grows\n\nMore than 14,000 people have signed the petition against the \
             closure of the Kerrow mill. In 2019, 300 people signed a petition against the \
             closure of the Kerrow bakery. Of the signatures, 40 of the people who signed \
             live abroad.\n",
        ),
        (
            "02_paper.txt",
            "Mill petition\n\nSome 14,500 people have signed the petition against the closure \
             of the Kerrow mill. Last year 2,000 people signed a petition against the closure \
             of the Kerrow bakery. The town of 41,000 people signed up in force.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_figure_marked_as_newest_is_the_one_a_source_stands_by() {
    let (corpus, a) = analysed(&[
        (
            "01_live.txt",
            "Fire live\n\nUPDATE: 80 firefighters are at the depot fire at its height.\n\n\
             Earlier: around 50 firefighters were at the depot fire, the fire service said.\n",
        ),
        (
            "02_wire.txt",
            "Depot fire\n\nAbout 80 firefighters were at the depot fire, the fire service said.\n",
        ),
        (
            "03_brief.txt",
            "Depot blaze\n\nNearly 30 firefighters were at the depot fire, the fire service \
             said.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].1, ["01_live", "02_wire"], "{sides:?}");
    assert_eq!(sides[1].1, ["03_brief"], "{sides:?}");
}

#[test]
fn a_count_is_of_the_noun_its_words_end_on() {
    // "two police support units" counts units, "three police officers" officers.
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Clashes in the square\n\nTwo police support units were sent to the square, \
             where bottles were thrown.\n",
        ),
        (
            "02_paper.txt",
            "Square clashes\n\nThree police officers were hurt in the square, where bottles \
             were thrown.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn figures_first_in_a_sentence_are_read_without_fault() {
    // Each reader of the words before a figure ("up from the", "rose to", "number of") must
    // stop at the sentence's start.
    let (_, a) = analysed(&[
        (
            "01_live.txt",
            "Fire live\n\nThe 50 firefighters at the scene were joined by 30 more, the fire \
             service said. By 40, the crews had stopped counting. 12 crews stayed overnight \
             at the scene.\n",
        ),
        (
            "02_wire.txt",
            "Fire\n\nAbout 80 firefighters fought the fire, the fire service said.\n",
        ),
    ]);
    assert!(a.claims.iter().any(|c| c.supported_by().contains(&0)));
}

#[test]
fn spans_of_time_need_more_than_one_shared_word_to_be_one_quantity() {
    let (_, a) = analysed(&[
        (
            "01_wire.txt",
            "Bridge repairs\n\nThe agency has spent $40 million on repairs over the past five \
             years, its annual report said.\n",
        ),
        (
            "02_paper.txt",
            "Bridge plan\n\nThe city plans to spend $600 million on repairs over the next 10 \
             years, the mayor said.\n",
        ),
        (
            "03_paper.txt",
            "Bridge works\n\nThe agency has spent $40 million on repairs over the past five \
             years.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_unanimous_ruling_and_a_split_one_conflict_but_another_body_s_vote_does_not() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Zoning rule overturned\n\nA unanimous panel of the appeals court overturned the \
             zoning rule on Friday, finding the county had exceeded its powers. The rule passed \
             the county board by seven votes to two in March 2023.\n",
        ),
        (
            "02_paper.txt",
            "Court ends zoning rule\n\nThe appeals court overturned the zoning rule in a \
             unanimous ruling on Friday, finding the county had exceeded its powers.\n",
        ),
        (
            "03_daily.txt",
            "Judges split on zoning\n\nIn a 2-1 decision, the appeals court overturned the \
             zoning rule on Friday, finding the county had exceeded its powers.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    assert!(
        found[0].reason.contains("votes against"),
        "{}",
        found[0].reason
    );
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides[0].0, "unanimous");
    assert_eq!(sides[0].1, ["01_wire", "02_paper"], "{sides:?}");
    assert_eq!(sides[1].0, "2-1");
    assert_eq!(sides[1].1, ["03_daily"], "{sides:?}");
}

#[test]
fn a_time_of_another_event_nearby_is_not_a_rival_time() {
    // The road reopening and the fire breaking out happen on one estate, and the sentence
    // that gives two times dates two events.
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Fire at paint works\n\nThe fire broke out at about 1.50am in a store room at the \
             paint works on the riverside industrial estate.\n",
        ),
        (
            "02_paper.txt",
            "Paint works blaze\n\nThe fire broke out at 1.50am, the company said.\n",
        ),
        (
            "03_local.txt",
            "Estate reopens\n\nThe fire broke out at around 4am, neighbours said. The access \
             road reopened at about 5pm, although the entrance to the industrial estate stayed \
             shut.\n",
        ),
        (
            "04_live.txt",
            "Live\n\nThe fire broke out at 1.50am, and the access road to the industrial estate \
             reopened at 5pm.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides.len(), 2, "{sides:?}");
    assert_eq!(sides[0].1, ["01_wire", "02_paper", "04_live"], "{sides:?}");
    assert_eq!(sides[1].0, "4am");
    assert_eq!(sides[1].1, ["03_local"], "{sides:?}");
}

#[test]
fn every_claim_made_of_one_side_shows_the_other_side_contradicting_it() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Crowd cleared from plaza\n\nPolice said the plaza was cleared by 8.15pm. Three \
             officers were hurt.\n",
        ),
        (
            "02_paper.txt",
            "Plaza protest\n\nThe plaza was cleared by 8.15pm, police said. Three officers were \
             hurt and nine people were arrested.\n",
        ),
        (
            "03_brief.txt",
            "Plaza cleared\n\nThe plaza was cleared by 8.15pm, police said.\n",
        ),
        (
            "04_blog.txt",
            "What we saw\n\nIt was after 11pm before riot police finally cleared the plaza, \
             with running battles in the side streets.\n",
        ),
        (
            "05_local.txt",
            "Long night\n\nIt was after 11pm before riot police finally cleared the plaza, \
             residents said.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let id = |prefix: &str| {
        corpus
            .articles
            .iter()
            .position(|a| a.id.starts_with(prefix))
            .unwrap()
    };
    let of_the_time: Vec<_> = a
        .claims
        .iter()
        .filter(|c| c.summary.contains("8.15pm"))
        .collect();
    assert!(!of_the_time.is_empty(), "{:#?}", a.claims);
    for claim in of_the_time {
        let stance = |s: usize| claim.cells.iter().find(|c| c.source == s).map(|c| c.stance);
        for other_side in ["04", "05"] {
            assert_eq!(
                stance(id(other_side)),
                Some(Stance::Contradicts),
                "{claim:#?}"
            );
        }
    }
}

#[test]
fn a_tabloid_figure_in_capitals_and_headline_words_rivals_the_wire_figure() {
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Corvell to cut staff\n\nCorvell Logistics told staff on Monday that it would \
             close two depots. The cuts amount to roughly 500 jobs, based on the 4,800 \
             employees Corvell listed in its annual report.\n",
        ),
        (
            "02_aggregator.txt",
            "Corvell closes depots\n\nCorvell Logistics is closing two depots. That works out \
             at roughly 500 jobs, based on the 4,800 employees the company listed last year.\n",
        ),
        (
            "03_tabloid.txt",
            "DEPOT BOSS AXES 1,100 JOBS IN MIDNIGHT MEMO\n\nA MILLIONAIRE depot boss wiped out \
             1,100 jobs at Corvell Logistics with a midnight memo, then went on holiday.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let mut got = sides(&corpus, found[0]);
    got.sort();
    assert_eq!(
        got,
        [
            ("1,100".to_string(), vec!["03_tabloid".to_string()]),
            (
                "500".to_string(),
                vec!["01_wire".to_string(), "02_aggregator".to_string()]
            ),
        ]
    );
}

#[test]
fn a_counted_noun_is_the_same_hyphenated_or_not() {
    // "street-food sellers" and "street food sellers" count one thing.
    let (corpus, a) = analysed(&[
        (
            "01_wire.txt",
            "Court lifts Dunmore trading ban\n\nThe ban has kept about 500 street food sellers \
             off the city-centre pavements since the spring, the court heard.\n",
        ),
        (
            "02_tabloid.txt",
            "GRUB'S BACK\n\nThe crackdown has kept nearly 900 street-food sellers off \
             city-centre pavements in Dunmore for a year.\n",
        ),
    ]);
    let found = number_conflicts(&a);
    assert_eq!(found.len(), 1, "{:#?}", a.conflicts);
    let sides = sides(&corpus, found[0]);
    assert_eq!(sides.len(), 2, "{sides:?}");
}

#[test]
fn figures_in_reports_of_different_events_are_not_rivals() {
    // Both say what spending fell for, in years, but one is about bus routes and the other
    // about a museum: two events that share a few common words, not one quantity.
    let (_, a) = analysed(&[
        (
            "01_county.txt",
            "County budget squeeze\n\nPublic spending on rural bus routes has fallen for five \
             years of budget cuts, the county treasurer said. Fares on the Hexley and Brampton \
             lines have risen by a third since the spring, and two evening services were \
             withdrawn in October. Drivers say passengers now wait up to an hour at Hexley \
             station.\n",
        ),
        (
            "02_museum.txt",
            "Mill museum reopens\n\nAfter spending on the old mill museum had fallen for 10 \
             years of budget cuts, volunteers raised the money to reopen its doors this \
             weekend. The waterwheel turns again for the first time since the flood, and the \
             weaving looms in the east gallery have been restored by a team of retired \
             engineers. Children can try carding wool in the new workshop.\n",
        ),
    ]);
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}

#[test]
fn a_report_giving_both_counts_in_one_sentence_takes_no_side() {
    // The paper gives the police's count (of "the crowd") and the organisers' (of "people")
    // side by side: it knows both, and sets neither against the others.
    let story = "Hundreds gathered outside Dunford town hall on Tuesday as councillors met to \
                 vote on closing three libraries.";
    let (_, a) = one_story(
        story,
        &[
            (
                "01_wire.txt",
                "Dunford library protest",
                "About 1,200 people joined the protest, police said.",
            ),
            (
                "02_local.txt",
                "Libraries vote",
                "Police said about 1,200 people joined the protest.",
            ),
            (
                "03_paper.txt",
                "Dunford votes to shut libraries",
                "Police put the crowd at about 1,200 at its peak; the organisers said more than \
                 3,000 people joined the protest.",
            ),
        ],
    );
    assert!(number_conflicts(&a).is_empty(), "{:#?}", a.conflicts);
}
