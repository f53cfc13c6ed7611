//! Number conflicts hold on how news gives figures: a count as of an earlier day, a figure an
//! outlet marks as the newest, a source that reports both sides' figures, bounds ("more than"),
//! parts ("14 of the cases"), other months and years, and what a count's words end on. Each
//! case is a few outlets written for these tests.

use crosscheck::claims::{Analysis, ClaimInputs, Conflict, ConflictKind, analyse};
use crosscheck::corpus::{self, Corpus, LoadOptions};

/// Loads `(file name, text)` pairs the way a user's files are, and analyses their claims.
fn analysed(texts: &[(&str, &str)]) -> (Corpus, Analysis) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<std::path::PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    let corpus = corpus::load_paths(&paths, &LoadOptions::default());
    let analysis = analyse(&corpus, &ClaimInputs::default());
    (corpus, analysis)
}

fn number_conflicts(a: &Analysis) -> Vec<&Conflict> {
    a.conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Number)
        .collect()
}

/// Each side of a conflict as (the figure as written, the ids of its sources).
fn sides(corpus: &Corpus, c: &Conflict) -> Vec<(String, Vec<String>)> {
    c.sides
        .iter()
        .map(|s| {
            let ids = s
                .sources
                .iter()
                .map(|&i| corpus.articles[i].id.clone())
                .collect();
            (s.text.clone(), ids)
        })
        .collect()
}

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
