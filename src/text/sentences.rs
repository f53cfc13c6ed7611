//! Sentence boundaries within a paragraph, tuned for news copy: titles and initialisms
//! ("Gen.", "Brig.", "U.S.", "D.C.") do not end sentences, closing quotes stay with the sentence
//! they close, and an ellipsis followed by a lower-case word runs on.

use super::Span;
use super::calendar::{MONTHS, WEEKDAYS};

/// Abbreviations after which a full stop does not end a sentence, compared in lower case.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig",
    "adm", "cmdr", "rep", "sen", "gov", "pres", "rev", "st", "jr", "sr", "no", "vs", "etc", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "est", "dept",
    "corp", "inc", "ltd", "co", "mt", "ft",
];

/// Words that, after an initialism like "U.S.", show that a new sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "A",
    "An",
    "In",
    "On",
    "This",
    "That",
    "There",
    "And",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
];

fn closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn opening_or_upper(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// The word immediately before byte `end` (letters and inner dots), lower-cased.
fn word_before(text: &str, end: usize) -> String {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    before[start..].to_lowercase()
}

fn next_word(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the terminator at `[stop, after)` ends a sentence, given what follows.
fn ends_sentence(text: &str, stop: usize, terminator: char, after: usize) -> bool {
    let rest = &text[after..];
    let Some(next) = rest.trim_start().chars().next() else {
        return true;
    };
    if !rest.starts_with(char::is_whitespace) || !opening_or_upper(next) {
        return false;
    }
    if terminator != '.' {
        return true;
    }
    let word = word_before(text, stop);
    let bare = word.trim_end_matches('.');
    if ABBREVIATIONS.contains(&bare) {
        return false;
    }
    // "7:30 p.m." ends its sentence unless the time goes on with a day, a month or a time zone
    // ("6 p.m. Monday", "9 a.m. ET").
    if matches!(bare, "a.m" | "p.m") {
        return !goes_on_after_a_time(next_word(text, after));
    }
    // A figure with a point in it ("at 3.40am.", "5.62m.") is no initialism.
    if bare.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    // Initials such as "H." in "William H. Seely" and initialisms such as "U.S." run on unless
    // the next word plainly starts a sentence.
    let single_letter = bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic);
    if single_letter || bare.contains('.') {
        return SENTENCE_STARTERS.contains(&next_word(text, after));
    }
    true
}

/// Whether `word` after "p.m." carries on the time: a day, a month or a time zone ("ET").
fn goes_on_after_a_time(word: &str) -> bool {
    let zone = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
    let word = word.to_lowercase();
    zone || WEEKDAYS.contains(&word.as_str()) || MONTHS.contains(&word.as_str())
}

/// Splits `text[span]` into sentence spans (trimmed, never empty).
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    for (c, stop, after) in terminator_runs(text, span) {
        if ends_sentence(text, stop, c, after) {
            let s = Span::new(start, after).trim(text);
            if !s.is_empty() {
                out.push(s);
            }
            start = after;
        }
    }
    let tail = Span::new(start, span.end).trim(text);
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

/// The characters that can end a sentence.
const TERMINATORS: [char; 4] = ['.', '!', '?', '…'];

/// Each run of terminators in `text[span]` with the closing quotes after it (`?!`, `."`,
/// `.”)`): its first terminator, where that stands and where the run ends, as byte offsets.
fn terminator_runs(text: &str, span: Span) -> Vec<(char, usize, usize)> {
    let slice = span.slice(text);
    // Each terminator's next place, found by `str::find` (memchr) and looked for again only
    // once passed: most of a paragraph is skipped without a look at each character.
    let find = |k: usize, from: usize| {
        slice[from..]
            .find(TERMINATORS[k])
            .map_or(usize::MAX, |at| from + at)
    };
    let mut next: [usize; 4] = std::array::from_fn(|k| find(k, 0));
    let mut runs = Vec::new();
    let mut i = 0;
    loop {
        for (k, at) in next.iter_mut().enumerate() {
            if *at < i {
                *at = find(k, i);
            }
        }
        let (k, &at) = next
            .iter()
            .enumerate()
            .min_by_key(|&(_, at)| *at)
            .expect("four terminators");
        if at == usize::MAX {
            return runs;
        }
        let c = TERMINATORS[k];
        i = at + c.len_utf8();
        while let Some(d) = slice[i..].chars().next() {
            if TERMINATORS.contains(&d) || closing(d) {
                i += d.len_utf8();
            } else {
                break;
            }
        }
        runs.push((c, span.start + at, span.start + i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `terminator_runs` as it was before its byte search: a character at a time, kept as
    /// the oracle the byte search must agree with.
    fn terminator_runs_by_char(text: &str, span: Span) -> Vec<(char, usize, usize)> {
        let mut runs = Vec::new();
        let mut iter = span.slice(text).char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let stop = span.start + i;
            let mut after = stop + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '.' | '!' | '?' | '…') || closing(d) {
                    after = span.start + j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            runs.push((c, stop, after));
        }
        runs
    }

    proptest! {
        #[test]
        fn the_byte_search_finds_the_terminators_the_character_reading_does(
            text in "([A-Za-z]{1,5}|[ .!?…\"'”’)(]|U\\.S\\.|Gen\\.|The|\n|é|—)*",
            skip in 0usize..4,
        ) {
            let start = text.char_indices().nth(skip).map_or(text.len(), |(i, _)| i);
            let span = Span::new(start, text.len());
            prop_assert_eq!(terminator_runs(&text, span), terminator_runs_by_char(&text, span));
        }
    }

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn titles_and_initialisms_do_not_split() {
        assert_eq!(
            split(
                "Gen. Mark Milley spoke. U.S. Army General Mark Milley, chairman, told reporters."
            ),
            [
                "Gen. Mark Milley spoke.",
                "U.S. Army General Mark Milley, chairman, told reporters."
            ]
        );
        assert_eq!(
            split("I send drafts all over Washington D.C. that aren't signed."),
            ["I send drafts all over Washington D.C. that aren't signed."]
        );
        assert_eq!(
            split("Brig Gen William H. Seely III was named."),
            ["Brig Gen William H. Seely III was named."]
        );
    }

    #[test]
    fn initialism_before_a_sentence_starter_splits() {
        assert_eq!(
            split("He was killed by a drone operated by the U.S. The strike came Friday."),
            [
                "He was killed by a drone operated by the U.S.",
                "The strike came Friday."
            ]
        );
    }

    #[test]
    fn a_figure_with_a_point_ends_its_sentence() {
        assert_eq!(
            split("The works was taken out of service at 3.40am. Kellow Water said so."),
            [
                "The works was taken out of service at 3.40am.",
                "Kellow Water said so."
            ]
        );
        assert_eq!(
            split("The river peaked at 5.62m. Gauges downstream lagged."),
            ["The river peaked at 5.62m.", "Gauges downstream lagged."]
        );
    }

    #[test]
    fn a_time_ends_its_sentence_unless_a_day_or_zone_goes_on() {
        assert_eq!(
            split("The square was cleared by 7:30 p.m. Organizers disputed that."),
            [
                "The square was cleared by 7:30 p.m.",
                "Organizers disputed that."
            ]
        );
        assert_eq!(
            split("Stations open from 6 p.m. Monday. Queues formed early."),
            ["Stations open from 6 p.m. Monday.", "Queues formed early."]
        );
        assert_eq!(
            split("Polls close at 8 p.m. ET on Tuesday."),
            ["Polls close at 8 p.m. ET on Tuesday."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“That letter is a draft,” he said. “It was a mistake.” Then he left."),
            [
                "“That letter is a draft,” he said.",
                "“It was a mistake.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn ellipsis_before_lower_case_runs_on() {
        assert_eq!(
            split("I don’t know what this letter is … we’re trying to figure it out."),
            ["I don’t know what this letter is … we’re trying to figure it out."]
        );
    }
}
