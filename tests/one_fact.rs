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

#[test]
fn a_fact_set_off_by_commas_is_a_claim_of_its_own() {
    let a = analysed(&[
        (
            "01_wire.txt",
            "Glassworks to shut\n\nThe Harwick glassworks, which Solvane bought in 2014, will \
             close in the spring with the loss of 210 jobs, the company said on Friday.\n",
        ),
        (
            "02_trade.txt",
            "Solvane closes furnace line\n\nThe Harwick site, which Solvane bought in 2014, \
             has made bottles for the drinks trade since the 1950s.\n",
        ),
        (
            "03_local.txt",
            "End of an era at Harwick\n\nUnion officials said the news had come without \
             warning. Solvane bought the Harwick glassworks in 2014 from its founding family.\n",
        ),
    ]);
    let bought = supporters_of(&a, "bought");
    assert!(
        bought.iter().any(|sources| sources == &[0, 1, 2]),
        "the purchase in 2014 is one claim of all three: {bought:?}"
    );
    // The sentences around the asides still make their own claims, apart from the purchase.
    for words in ["210 jobs", "drinks trade"] {
        let claims = supporters_of(&a, words);
        assert!(
            claims.iter().any(|sources| sources.len() == 1),
            "“{words}” keeps a claim of its own: {claims:?}"
        );
    }
}

#[test]
fn a_list_is_not_an_aside() {
    // "which lets hospitals, warehouses and retailers ..." goes on past its first comma: the
    // comma is a list's, so no aside "which lets hospitals" is cut out of it.
    let a = analysed(&[
        (
            "01_wire.txt",
            "Rota app maker lists\n\nIts software, which lets hospitals, warehouses and \
             retailers plan shifts on a phone, became a lockdown success for the company.\n",
        ),
        (
            "02_trade.txt",
            "Shiftwell floats\n\nShiftwell's software lets hospitals plan night rotas, and \
             the firm says its order book doubled in a year.\n",
        ),
    ]);
    let claims = supporters_of(&a, "lets hospitals");
    assert!(
        claims.iter().all(|sources| sources.len() == 1),
        "no claim made of half a list: {claims:?}"
    );
}

#[test]
fn a_report_of_another_event_does_not_support_a_claim_by_a_sentence_alike() {
    // Loaded with two reports of a grants scheme, a report of a march has a sentence that
    // shares a figure and little else with the scheme's claim ("Bus routes 4 and 9" and "four
    // county offices"): it is a report of another event, so it neither supports nor omits
    // the claim by that sentence.
    let a = analysed(&[
        (
            "01_wire.txt",
            "Farm grants scheme to close\n\nThe county will close its farm grants scheme in the \
             spring, officials said on Monday. The scheme, launched in 2019, lets farmers claim \
             grants at four county offices. About 900 farms used it last year.\n",
        ),
        (
            "02_farm.txt",
            "Grants scheme axed\n\nFarmers have criticised the decision to end the grants \
             scheme. The programme, set up in 2019, allows farmers to claim grants at four \
             offices in the county. The farmers union called the move short-sighted.\n",
        ),
        (
            "03_march.txt",
            "March through Kellby passes off peacefully\n\nAbout 3,000 people marched through \
             Kellby on Saturday against the closure of the town library. Police said the march \
             passed off peacefully and no arrests were made. Bus routes 4 and 9, which were \
             diverted on Saturday evening, are back on their normal routes. Organisers plan a \
             second march next month.\n",
        ),
    ]);
    let claims = supporters_of(&a, "in 2019");
    assert!(
        claims.iter().any(|sources| sources == &[0, 1]),
        "the scheme's claim, of its two reports only: {claims:?}"
    );
}
