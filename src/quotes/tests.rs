//! The seed corpus cases named in issue 3, written as expected clusters and speakers, plus
//! hostile input.

use super::*;
use crate::corpus::{self, Corpus, LoadOptions, load_paths};

fn seeds() -> (Corpus, QuoteIndex) {
    let corpus = corpus::bundled();
    let index = analyse(&corpus);
    (corpus, index)
}

fn article(corpus: &Corpus, prefix: &str) -> usize {
    corpus
        .articles
        .iter()
        .position(|a| a.id.starts_with(prefix))
        .unwrap()
}

/// The cluster holding the quoted words `needle` in the seed article whose id starts `prefix`.
fn cluster_with<'a>(
    corpus: &Corpus,
    index: &'a QuoteIndex,
    prefix: &str,
    needle: &str,
) -> &'a Cluster {
    let a = article(corpus, prefix);
    let pos = corpus.articles[a]
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {prefix}"));
    index
        .cluster_of(a, pos + needle.len() / 2)
        .unwrap_or_else(|| panic!("{needle:?} in {prefix} is in no cluster"))
}

/// Short article ids ("000") of a cluster's members, with each member's speaker.
fn members(corpus: &Corpus, index: &QuoteIndex, c: &Cluster) -> Vec<(String, Option<String>)> {
    c.members
        .iter()
        .map(|m| {
            let q = &index.quotes[m.quote];
            (
                corpus.articles[q.article].id[..3].to_string(),
                index.speaker(q.speaker).map(|s| s.name.clone()),
            )
        })
        .collect()
}

fn sources(corpus: &Corpus, index: &QuoteIndex, c: &Cluster) -> Vec<String> {
    let mut s: Vec<String> = members(corpus, index, c).into_iter().map(|m| m.0).collect();
    s.dedup();
    s
}

/// The quote of article `prefix` whose first part starts with `start`.
fn quote_starting<'a>(
    corpus: &Corpus,
    index: &'a QuoteIndex,
    prefix: &str,
    start: &str,
) -> &'a Quote {
    let a = article(corpus, prefix);
    index
        .quotes_in(a)
        .map(|(_, q)| q)
        .find(|q| corpus.articles[a].slice(q.parts[0].span).starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {prefix}"))
}

fn speaker_of<'a>(index: &'a QuoteIndex, c: &Cluster) -> &'a Speaker {
    index.speaker(c.speaker).expect("cluster has a speaker")
}

#[test]
fn letter_sentence_and_its_retranslation_form_one_cluster() {
    let (corpus, index) = seeds();
    let c = cluster_with(&corpus, &index, "002", "Sir, respecting the sovereignty");
    assert_eq!(sources(&corpus, &index, c), ["001", "002", "004"]);
    // The letter's words are its signer's, with the letter as the medium.
    let speaker = speaker_of(&index, c);
    assert_eq!(speaker.kind, SpeakerKind::Person);
    assert!(speaker.name.contains("Seely"), "{speaker:?}");
    let medium = index
        .speaker(index.cluster_medium(c))
        .expect("the letter as the medium");
    assert_eq!(medium.kind, SpeakerKind::Document);
    assert_eq!(medium.name, "the letter");
    assert!(
        members(&corpus, &index, c)
            .iter()
            .all(|(_, s)| s.as_deref().is_some_and(|s| s.contains("Seely")))
    );
}

#[test]
fn short_quote_joins_the_longer_quote_containing_it() {
    let (corpus, index) = seeds();
    let short = cluster_with(&corpus, &index, "004", "onward movement”");
    let long = cluster_with(&corpus, &index, "001", "Sir, in deference");
    assert_eq!(short.id, long.id);
}

#[test]
fn poorly_worded_across_four_sources_including_the_retranslation() {
    let (corpus, index) = seeds();
    let c = cluster_with(&corpus, &index, "003", "Poorly worded, implies withdrawal");
    assert_eq!(c.id, 1, "the most widely reported statement comes first");
    assert_eq!(sources(&corpus, &index, c), ["000", "002", "003", "004"]);
    assert_eq!(speaker_of(&index, c).name, "Mark Milley");
    assert!(
        members(&corpus, &index, c)
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Mark Milley"))
    );
    let retranslated = cluster_with(&corpus, &index, "002", "Poorly worded means retreat");
    assert_eq!(retranslated.id, c.id);
    let inserted = cluster_with(&corpus, &index, "000", "(it) implies withdrawal");
    assert_eq!(inserted.id, c.id);
}

#[test]
fn that_letter_is_a_draft_across_three_sources() {
    let (corpus, index) = seeds();
    let c = cluster_with(
        &corpus,
        &index,
        "004",
        "That letter is a draft, it was a mistake, it was unsigned",
    );
    assert_eq!(sources(&corpus, &index, c), ["000", "001", "004"]);
    assert_eq!(speaker_of(&index, c).name, "Mark Milley");
    // 001 mixes a curly opening mark with a straight closing one; "he" is Milley.
    let mixed = cluster_with(
        &corpus,
        &index,
        "001",
        "That letter is a draft, it was a mistake, it should",
    );
    assert_eq!(mixed.id, c.id);
    // 004 splits Milley's words around "Milley told reporters": one statement, two clusters.
    let a = article(&corpus, "004");
    let split = quote_starting(&corpus, &index, "004", "That letter is a draft");
    assert_eq!(split.parts.len(), 2);
    assert!(
        corpus.articles[a]
            .slice(split.parts[1].span)
            .starts_with("Poorly worded")
    );
    assert_ne!(split.parts[0].cluster, split.parts[1].cluster);
}

#[test]
fn we_respect_your_sovereign_decision_is_the_letter_in_two_sources() {
    let (corpus, index) = seeds();
    let c = cluster_with(&corpus, &index, "002", "We respect your sovereign decision");
    assert_eq!(sources(&corpus, &index, c), ["002", "004"]);
    assert!(speaker_of(&index, c).name.contains("Seely"));
    let medium = index.speaker(index.cluster_medium(c)).expect("a medium");
    assert_eq!(medium.name, "the letter");
}

#[test]
fn no_decision_to_leave_iraq_across_three_sources() {
    let (corpus, index) = seeds();
    let c = cluster_with(
        &corpus,
        &index,
        "001",
        "There's been no decision whatsoever",
    );
    assert_eq!(sources(&corpus, &index, c), ["000", "001", "002"]);
    assert_eq!(speaker_of(&index, c).name, "Mark Esper");
    let m = members(&corpus, &index, c);
    assert!(
        m.contains(&("001".into(), Some("Mark Esper".into()))),
        "{m:?}"
    );
    assert!(
        m.contains(&("002".into(), Some("Mark Esper".into()))),
        "{m:?}"
    );
}

#[test]
fn broken_bracket_quote_still_matches() {
    let (corpus, index) = seeds();
    let c = cluster_with(&corpus, &index, "000", "was sent over to some key Iraqi");
    assert_eq!(sources(&corpus, &index, c), ["000", "003"]);
    let a = article(&corpus, "000");
    let quote = quote_starting(&corpus, &index, "000", "It) was sent");
    assert!(quote.closed);
    assert!(
        corpus.articles[a]
            .slice(quote.parts[0].span)
            .ends_with("kerfuffle.")
    );
}

#[test]
fn editorial_insertions_are_recorded() {
    let (corpus, index) = seeds();
    let a = article(&corpus, "000");
    let insertions: Vec<&str> = index
        .quotes_in(a)
        .flat_map(|(_, q)| &q.insertions)
        .map(|s| corpus.articles[a].slice(*s))
        .collect();
    assert_eq!(insertions, ["(it was)", "(it)", "(but)"]);
}

#[test]
fn speakers_unify_titles_and_name_forms() {
    let (_, index) = seeds();
    let milley: Vec<&Speaker> = index
        .speakers
        .iter()
        .filter(|s| s.name.contains("Milley"))
        .collect();
    assert_eq!(milley.len(), 1, "{milley:?}");
    assert_eq!(milley[0].name, "Mark Milley");
    let esper: Vec<&Speaker> = index
        .speakers
        .iter()
        .filter(|s| s.name.contains("Esper"))
        .collect();
    assert_eq!(esper.len(), 1);
    assert_eq!(esper[0].name, "Mark Esper");
    assert!(index.speakers.iter().any(|s| s.name == "Alyssa Farah"));
}

#[test]
fn split_quote_by_mr_esper_is_one_statement() {
    let (corpus, index) = seeds();
    let q = quote_starting(&corpus, &index, "000", "We are repositioning");
    assert_eq!(q.parts.len(), 2);
    assert_eq!(index.speaker(q.speaker).unwrap().name, "Mark Esper");
}

#[test]
fn no_quote_comes_from_noise() {
    let (corpus, index) = seeds();
    for q in &index.quotes {
        for p in &q.parts {
            assert!(!corpus.articles[q.article].touches_noise(p.span));
        }
    }
}

#[test]
fn cluster_ids_are_ordered_by_sources_then_first_appearance() {
    let (_, index) = seeds();
    assert!(
        index
            .clusters
            .windows(2)
            .all(|w| w[0].sources >= w[1].sources)
    );
    for (i, c) in index.clusters.iter().enumerate() {
        assert_eq!(c.id, i + 1);
        for m in &c.members {
            for &p in &m.parts {
                assert_eq!(index.quotes[m.quote].parts[p].cluster, c.id);
            }
        }
    }
    let parts: usize = index.quotes.iter().map(|q| q.parts.len()).sum();
    let members: usize = index
        .clusters
        .iter()
        .flat_map(|c| &c.members)
        .map(|m| m.parts.len())
        .sum();
    assert_eq!(parts, members, "every part is in exactly one cluster");
}

#[test]
fn locating_a_paraphrased_passage() {
    let corpus = corpus::bundled();
    let passages = PassageIndex::new(&corpus);
    let a = article(&corpus, "001");
    let text = &corpus.articles[a].text;
    let start = text.find("Sir, in deference").unwrap();
    let end = text.find("onward movement.").unwrap() + "onward movement".len();
    let found = passages.locate(&corpus, a, Span::new(start, end));
    let by_id: Vec<(&str, &str, f64)> = found
        .iter()
        .map(|m| {
            (
                &corpus.articles[m.article].id[..3],
                corpus.articles[m.article].slice(m.span),
                m.score,
            )
        })
        .collect();
    assert_eq!(by_id[0].0, "004", "{by_id:?}");
    assert!(by_id[0].2 > 0.95, "{by_id:?}");
    let retranslation = by_id
        .iter()
        .find(|m| m.0 == "002")
        .expect("002 has the letter");
    assert!(
        retranslation.1.contains("respecting the sovereignty"),
        "{retranslation:?}"
    );
    assert!(
        found
            .iter()
            .all(|m| (0.0..=1.0).contains(&m.score) && m.article != a)
    );
}

#[test]
fn locating_unquoted_text_and_reporting_none() {
    let corpus = corpus::bundled();
    let passages = PassageIndex::new(&corpus);
    let a = article(&corpus, "003");
    let text = &corpus.articles[a].text;
    // 003 paraphrases what 002 also says without quote marks.
    let needle =
        "a poorly worded draft document meant only to underscore increased movement of forces";
    let start = text.find(needle).unwrap();
    let found = passages.locate(&corpus, a, Span::new(start, start + needle.len()));
    let b = article(&corpus, "002");
    let in_002 = found
        .iter()
        .find(|m| m.article == b)
        .expect("002 paraphrases it");
    assert!(
        corpus.articles[b]
            .slice(in_002.span)
            .contains("poorly worded draft document")
    );
    // A sentence only 003 has: at best a few shared words, never a strong match.
    let start = text.find("Milley declined to say how many forces").unwrap();
    let lonely = passages.locate(
        &corpus,
        a,
        Span::new(
            start,
            start + "Milley declined to say how many forces were in Iraq currently".len(),
        ),
    );
    assert!(lonely.iter().all(|m| m.score < 0.9));
    assert!(passages.locate(&corpus, a, Span::new(0, 0)).is_empty());
    assert!(passages.locate(&corpus, 99, Span::new(0, 5)).is_empty());
    assert!(passages.locate(&corpus, a, Span::new(5, 1_000_000)).len() <= corpus.articles.len());
}

/// A corpus of the texts given, one article each, loaded as files are.
pub(super) fn corpus_of(texts: &[&str]) -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let p = dir.path().join(format!("{i}.txt"));
            std::fs::write(&p, t).unwrap();
            p
        })
        .collect();
    load_paths(&paths, &LoadOptions::default())
}

#[test]
fn british_single_quotes_and_pronouns() {
    let corpus = corpus_of(&[
        "Headline\n\nDefence Secretary Ben Wallace spoke on Monday.\n\n'We will not leave Iraq's people behind,' he said. 'Our troops stay for the '90s-style mission.'\n",
        "Headline\n\n\"We will not leave Iraq's people behind,\" Mr Wallace told reporters.\n",
    ]);
    let index = analyse(&corpus);
    let shared: Vec<&Cluster> = index.shared().collect();
    assert_eq!(shared.len(), 1, "{:?}", index.clusters);
    let q = &index.quotes[shared[0].members[0].quote];
    assert_eq!(q.marks, MarkKind::Single);
    assert_eq!(q.parts.len(), 2);
    assert_eq!(
        index.speaker(shared[0].speaker).unwrap().name,
        "Ben Wallace"
    );
}

#[test]
fn unknown_speaker_stays_unknown() {
    let corpus = corpus_of(&[
        "Headline\n\nThe weather turned.\n\n\"Nobody expected this storm to last,\" a sign read in the square.\n\nSome text \"with a quote\" here.\n",
    ]);
    let index = analyse(&corpus);
    let q = index
        .quotes
        .iter()
        .find(|q| corpus.articles[0].slice(q.parts[0].span) == "with a quote")
        .unwrap();
    assert_eq!(q.speaker, None);
}

#[test]
fn hostile_input_never_panics() {
    let huge = "\"a ".repeat(20_000);
    let controls = "\u{1b}[31m\"red\u{7}\" he said \u{202e}'x' \u{0}";
    let corpus = corpus_of(&[
        "",
        "\"",
        "“”‘’\"'",
        &huge,
        controls,
        "\"Unclosed at the start of everything\n\nand the article goes on for a while.\n\nEnd.",
        "(((( [[[ \"]]] )))) “ ‘ ’ ” …… ... . . .",
        "日本語の“引用”です。\"Ünïcödé quote\" — said Zoë Ågren.",
    ]);
    let index = analyse(&corpus);
    let passages = PassageIndex::new(&corpus);
    for (a, article) in corpus.articles.iter().enumerate() {
        for (_, q) in index.quotes_in(a) {
            for p in &q.parts {
                assert!(p.span.end <= article.text.len());
                assert!(article.text.is_char_boundary(p.span.start));
            }
        }
        let _ = passages.locate(&corpus, a, Span::new(0, article.text.len()));
    }
    let unclosed = corpus
        .articles
        .iter()
        .position(|a| a.text.starts_with("\"Unclosed"))
        .unwrap();
    for (_, q) in index.quotes_in(unclosed) {
        assert!(
            !corpus.articles[unclosed].slice(q.span()).contains("End."),
            "an unclosed mark swallowed the article"
        );
    }
}

#[test]
fn transliterated_names_are_one_person_and_short_names_stay_apart() {
    let corpus = corpus_of(&[
        "Headline\n\n\"We will answer,\" said Gen. Qassem Soleimani on Friday.\n\n\"This is the end,\" said Ali Khan.\n",
        "Headline\n\n\"They will pay,\" Qasem Suleimani told a crowd.\n\n\"It is over,\" said Ali Kahn.\n",
    ]);
    let index = analyse(&corpus);
    let named: Vec<&str> = index.speakers.iter().map(|s| s.name.as_str()).collect();
    let soleimani: Vec<&Speaker> = index
        .speakers
        .iter()
        .filter(|s| s.name.contains("leimani"))
        .collect();
    assert_eq!(soleimani.len(), 1, "{named:?}");
    assert_eq!(soleimani[0].aliases.len(), 2, "{:?}", soleimani[0]);
    // "Khan" and "Kahn" are short: a shared skeleton is not enough.
    assert!(
        named.contains(&"Ali Khan") && named.contains(&"Ali Kahn"),
        "{named:?}"
    );
}
