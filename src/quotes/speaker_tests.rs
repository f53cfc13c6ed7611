//! Speakers read as news copy means them, on short invented articles: each case is one
//! convention of attribution (a dash clause, an apposition, a role between a name and a
//! pronoun, a title for the same office, a document quoted in parts) or of clustering (a short
//! phrase that two different statements both contain).

use super::tests::corpus_of;
use super::*;

/// The speaker's name of the quote of the first article whose words start with `start`.
fn speaker(texts: &[&str], start: &str) -> Option<String> {
    let corpus = corpus_of(texts);
    let index = analyse(&corpus);
    let (_, quote) = index
        .quotes_in(0)
        .find(|(_, q)| corpus.articles[0].slice(q.parts[0].span).starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"));
    index.speaker(quote.speaker).map(|s| s.name.clone())
}

#[test]
fn a_dash_clause_after_a_quote_is_a_statement_of_its_own() {
    let text = "Headline\n\nIn an email to staff, Rena Kohl said she had “hired far too fast” – \
                the union says hundreds of workers will pay for it.\n";
    assert_eq!(speaker(&[text], "hired far").as_deref(), Some("Rena Kohl"));
}

#[test]
fn a_subject_named_twice_is_the_person_not_the_company() {
    let text = "Headline\n\nRena Kohl, chief executive of Brightwell, spoke on Monday.\n\n\
                The chief executive of Brightwell, the software company, has told staff she is \
                cutting jobs, admitting that she had “hired far too fast”.\n";
    assert_eq!(speaker(&[text], "hired far").as_deref(), Some("Rena Kohl"));
}

#[test]
fn a_role_standing_between_a_name_and_a_pronoun_is_whom_the_pronoun_means() {
    let text = "Headline\n\nInterior minister Greta Holm spoke on Monday.\n\nThe memo carries \
                the name of state secretary Ivo Brand. If the minister did not approve it (“I \
                have not signed anything at all,” she said on Monday), who did?\n";
    assert_eq!(
        speaker(&[text], "I have not").as_deref(),
        Some("Greta Holm")
    );
}

#[test]
fn the_judge_is_the_person_the_article_titles_justice() {
    let text = "Headline\n\nJustice Mara Quill read the ruling from the bench.\n\n“Vendors may \
                trade again from today,” the judge said.\n";
    assert_eq!(speaker(&[text], "Vendors").as_deref(), Some("Mara Quill"));
}

#[test]
fn an_honorific_and_surname_is_the_namesake_of_that_title_named_last() {
    let text = "Headline\n\nLawyer Dina Ferr said the vendors had won.\n\nChestnut seller Joel \
                Ferr, 58, wiped his eyes.\n\nMs Ferr said: “We hope the council will talk to us \
                now.”\n";
    assert_eq!(speaker(&[text], "We hope").as_deref(), Some("Dina Ferr"));
}

#[test]
fn a_run_the_text_calls_a_group_is_never_the_person_a_pronoun_means() {
    let text = "Headline\n\nOpen Streets Alba, a campaign group, said families were turned \
                away.\n\nAda Pell, director of Open Streets Alba, said families had been told to \
                come back in April. “That is a closure in all but name,” she said.\n";
    assert_eq!(speaker(&[text], "That is").as_deref(), Some("Ada Pell"));
}

#[test]
fn a_statement_read_in_full_is_its_signers() {
    // "7.15am." ends its sentence: the figure's inner stop is no abbreviation's.
    let text = "Headline\n\nHarlow Mills issued a statement at about 7.15am. It read in \
                full:\n\n“A fire broke out in our storage building overnight.”\n\nThe statement \
                was signed by Nina Vos, managing director.\n";
    assert_eq!(speaker(&[text], "A fire").as_deref(), Some("Nina Vos"));
}

#[test]
fn a_document_quoted_point_by_point_and_clause_by_clause_is_the_document() {
    let text = "Headline\n\nA leaked memo told border staff to stop. “The scheme is suspended at \
                all crossings,” it reads. “No announcement is to be made,” the fourth point \
                reads. Claims lodged, it says, “are to be held without a decision”, and late \
                arrivals “should come back at a later date”.\n";
    for start in ["The scheme", "No announcement", "should come back"] {
        assert_eq!(
            speaker(&[text], start).as_deref(),
            Some("the memo"),
            "{start}"
        );
    }
}

#[test]
fn a_quote_after_a_sentence_of_reported_speech_is_that_speakers() {
    let text = "Headline\n\nHer neighbour, Tom Weir, 45, said he had driven his daughters across \
                town. “The police were very calm about it all.”\n";
    assert_eq!(speaker(&[text], "The police").as_deref(), Some("Tom Weir"));
}

#[test]
fn a_pronoun_after_someone_named_speaking_is_theirs() {
    // Ruiz is known to be "she"; Lind, named speaking just before, is still the one meant.
    let text = "Headline\n\nMayor Ana Ruiz said she would study the plan. “We need time,” she \
                said.\n\nCouncil leader Maura Lind said the closure was a blow for the town.\n\n\
                “These are good jobs and they are not easily replaced,” she said.\n";
    assert_eq!(speaker(&[text], "These are").as_deref(), Some("Maura Lind"));
}

#[test]
fn a_role_after_the_verb_gives_way_to_the_name_set_off_after_it() {
    let text = "Headline\n\nOpen Streets Alba runs the campaign.\n\n“That is a closure in all \
                but name,” said the group's director, Ada Pell.\n";
    assert_eq!(speaker(&[text], "That is").as_deref(), Some("Ada Pell"));
}

#[test]
fn a_statement_that_echoes_a_short_phrase_is_not_clustered_with_its_speaker() {
    let corpus = corpus_of(&[
        "Headline\n\n“It is a rough sketch, one of many on any desk,” Mayor Ana Ruiz said.\n\n\
         “Nobody sketches the closure of a library by accident,” said councillor Ben Ochs.\n",
        "Headline\n\nMayor Ana Ruiz called the plan “a rough sketch”.\n\n“It is a rough \
         sketch, one of many on any desk,” she said.\n\nCouncillor Ben Ochs scoffed. “The \
         mayor calls it a ‘rough sketch’. Nobody sketches the closure of a library by \
         accident,” he said.\n",
        "Headline\n\nThe mayor said the plan was “a rough sketch”.\n\n“It is a rough sketch, \
         one of many on any desk,” Ruiz said.\n",
        "Headline\n\nMayor Ana Ruiz said it was “a rough sketch”.\n",
    ]);
    let index = analyse(&corpus);
    let text = &corpus.articles[0].text;
    let cluster = index
        .cluster_of(0, text.find("Nobody sketches").unwrap())
        .unwrap();
    assert_eq!(
        index.speaker(cluster.speaker).map(|s| s.name.as_str()),
        Some("Ben Ochs")
    );
    let sketch = index
        .cluster_of(0, text.find("It is a rough").unwrap())
        .unwrap();
    assert_ne!(sketch.id, cluster.id);
    assert_eq!(
        index.speaker(sketch.speaker).map(|s| s.name.as_str()),
        Some("Ana Ruiz")
    );
    // The short "a rough sketch" of the other sources goes with the mayor's statement.
    assert_eq!(sketch.sources, 4);
}
