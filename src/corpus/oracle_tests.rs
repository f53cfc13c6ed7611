//! The hand-written noise, date-token and dateline matchers against the regexes they replaced,
//! on the seed corpus, a generated corpus, and random text built from the patterns' own pieces.

use super::noise::{RULES, find_more};
use super::structure::{date_token, dateline_outlet};
use proptest::prelude::*;
use regex::Regex;
use std::sync::LazyLock;

/// The replaced rules, in `RULES` order; `Some(range)` where the first group's length counted.
static ORACLE: LazyLock<Vec<(Regex, Option<std::ops::RangeInclusive<usize>>)>> = LazyLock::new(
    || {
        [
            (r"(?i)^(file photo\b|\(files?\)|in this (file )?photo\b|photo:|picture:)", None),
            (r"(?:Picture|Photo|Image|Photograph|Credit|Pictured)s?: [^.!?]{1,60}$", None),
            (r"\bREUTERS/([\p{L} .'-]+)$", Some(2..=40)),
            (r"\((?:AP|AFP|Reuters) Photo[^)]*\)$", None),
            (r"^/?\s*(?:AFP|AP|Getty Images|EPA)\s*/", None),
            (r"(?i)^(related|read more|see also|also read|watch|listen|more on this)\s*:", None),
            (r"(?i)^(advertisement|advertising|sponsored content|sponsored|ad)$", None),
            (
                r"(?i)^(powered by automated translation|(this (article|story) (was|has been) )?(automatically|machine)[ -]translated\b.*)$",
                None,
            ),
            (r"(?i)^originally published (as|in|on|by)\b", None),
            (r"(?i)^\(?(additional )?(reporting|writing|editing|compiled) by\b[^\n]*$", None),
            (
                r"(?i)^(sign up for|subscribe to|follow us on|share this (article|story)|click here)\b.{0,80}$",
                None,
            ),
        ]
        .into_iter()
        .map(|(p, r)| (Regex::new(p).unwrap(), r))
        .collect()
    },
);
static MORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" MORE\b").unwrap());
static DATE_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?").unwrap());
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu}\p{M} .,'/-]*\s\(([\p{L}][\p{L}&. -]+)\)\s*[-–—]").unwrap()
});

fn check(text: &str) {
    for (i, ((regex, group), (_, matches))) in ORACLE.iter().zip(RULES.iter()).enumerate() {
        let expected = match group {
            None => regex.is_match(text),
            Some(range) => regex
                .captures(text)
                .and_then(|c| c.get(1))
                .is_some_and(|g| range.contains(&g.as_str().chars().count())),
        };
        assert_eq!(matches(text), expected, "rule {i} on {text:?}");
    }
    assert_eq!(
        find_more(text),
        MORE.find(text).map(|m| (m.start(), m.end())),
        "MORE in {text:?}"
    );
    assert_eq!(
        date_token(text),
        DATE_TOKEN
            .captures(text)
            .map(|c| (c.get(1).unwrap().as_str(), c.get(0).unwrap().end())),
        "date token in {text:?}"
    );
    assert_eq!(
        dateline_outlet(text),
        DATELINE
            .captures(text)
            .map(|c| c.get(1).unwrap().as_str())
            .filter(|name| name.chars().count() <= 41),
        "dateline in {text:?}"
    );
}

#[test]
fn matchers_agree_with_the_regexes_on_the_seeds() {
    let corpus = crate::corpus::bundled();
    assert!(!corpus.articles.is_empty());
    for article in &corpus.articles {
        check(&article.text);
        for p in &article.paragraphs {
            let body = p.span.slice(&article.text);
            check(body);
            check(body.trim());
            for line in body.lines() {
                check(line.trim());
            }
        }
    }
}

#[test]
fn matchers_agree_with_the_regexes_on_hand_picked_lines() {
    for line in [
        "FILE PHOTO: x",
        "file photos",
        "(FILES) In this",
        "(fileſ) x",
        "(file)",
        "In this file photo taken",
        "in this photograph",
        "In this photo, x",
        "Photo: AP",
        "Pictures: AP and Getty",
        "Photographs: a. b",
        "TelePhoto: x",
        "Photo: ",
        "Photo: AP\nsecond line",
        "Credit: x Photo: y",
        "He spoke to REUTERS/Tom Brenner",
        "xREUTERS/Tom",
        "REUTERS/T",
        "a REUTERS/Tom REUTERS/Ann",
        "é REUTERS/Ñandú Pérez",
        "A rally (AP Photo/Jane Doe)",
        "A rally (AP Photo/Jane) (x)",
        "(Reuters Photo\n)",
        "/ AFP / Nicholas Kamm",
        "/AP/",
        "  Getty Images  / x",
        "EPA",
        "RELATED : x",
        "Read more:x",
        "watchers: no",
        "ADVERTISEMENT",
        "Ad",
        "ads",
        "Sponsored Content",
        "POWERED BY AUTOMATED TRANSLATION",
        "This article was machine-translated",
        "This story has been automatically translated by a bot.",
        "This story is machine translated",
        "machine translatedly",
        "machine translated\nmore",
        "Originally published as x",
        "Originally published byline",
        "(Additional reporting by A; editing by B)",
        "Compiled by\nx",
        "Reporting byline",
        "Sign up for our newsletter",
        "Share this story",
        "Share this storyteller",
        "Click here to read about the full story of the letter and how it was leaked by officials",
        "Mark EsperMark Esper Overnight Defense: MORE denied",
        "MORE MORE",
        " MOREover",
        " MORE_",
        " MORE",
        "date 2020-01-07 A LETTER",
        " \n date\t2020-01-07\t\n\nx",
        "date 2020-01-07x",
        "date2020-01-07",
        "date ٢٠٢٠-٠١-٠٧ x",
        "WASHINGTON (Reuters) - A leaked letter",
        "BAGHDAD (Agence France-Presse) — Rockets",
        "BAGHDAD\t(AFP)–x",
        "BAGHDAD  (AFP) -",
        "BAGHDAD (A) - x",
        "B (AFP) - x",
        "Baghdad (AFP) - x",
        "ÉVORA, PORTUGAL (Lusa)-",
        "WASHINGTON (Reuters)",
        "WASHINGTON(Reuters) -",
        "\u{212A}ELVIN",
        "",
        " ",
    ] {
        check(line);
    }
}

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "file photo",
        "FILE ",
        "(",
        ")",
        "s",
        "ſ",
        "\u{212A}",
        "in this ",
        "photo",
        "Photo",
        ":",
        ": ",
        "Picture",
        "s: ",
        "Credit",
        "REUTERS/",
        "Tom",
        " ",
        ".",
        "!",
        "-",
        "'",
        "é",
        "\u{301}",
        "AP",
        "AFP",
        "Reuters",
        " Photo",
        "/",
        "Getty Images",
        "EPA",
        "\t",
        "\n",
        "related",
        "watch",
        "advertisement",
        "ad",
        "sponsored",
        "this ",
        "article ",
        "was ",
        "machine",
        "translated",
        "originally published ",
        "as",
        "by",
        "reporting",
        " by",
        "additional ",
        "sign up for",
        "click here",
        "x",
        "_",
        "1",
        " MORE",
        "MORE",
        "date ",
        "2020-01-07",
        "٢",
        "WASHINGTON",
        "W",
        "\u{a0}",
        "&",
        "—",
        "–",
        ",",
    ]);
    proptest::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn matchers_agree_with_the_regexes_on_random_text(text in pieces()) {
        check(&text);
        check(text.trim());
    }
}
