//! Who a sentence of narration makes its subject, for reading the pronouns after it: the person
//! it names as speaking ("Council leader Maureen Farrow said the closure ...") and a role that
//! stands as a clause's subject without a name ("If the minister did not approve it ...").
//! Quoted words are not narration and are left out.

use super::attribution::is_speech_verb;
use super::names::{bare, is_head_title};
use crate::text::Span;

/// Words after which a noun phrase opens a clause as its subject ("if the minister ...").
/// "that" is left out: "Pellin said that the minister had lied" makes the minister the subject
/// of what Pellin said, and a pronoun after it is still Pellin.
const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "because", "although", "though", "after", "before", "since", "unless",
    "until", "whether", "once",
];

/// How many words after a name its speech verb may come ("Fergus Tallon, who chairs the
/// council's scrutiny committee, said").
const VERB_REACH: usize = 15;

/// The words of `span` outside quoted text, as (position, word as written).
fn narration<'a>(text: &'a str, span: Span, quoted: &[Span]) -> Vec<(usize, &'a str)> {
    let quoted: Vec<Span> = quoted
        .iter()
        .filter(|q| q.overlaps(span))
        .copied()
        .collect();
    let slice = span.slice(text);
    let mut out = Vec::new();
    let mut offset = 0;
    for piece in slice.split_inclusive(char::is_whitespace) {
        let pos = span.start + offset;
        offset += piece.len();
        let word = piece.trim();
        let at = Span::new(pos, pos + word.len());
        if !word.is_empty() && !quoted.iter().any(|q| q.overlaps(at)) {
            out.push((pos, word));
        }
    }
    out
}

/// The positions, among `people` (in text order), of the mentions in `sentence` that a speech
/// verb follows before the next person is named: "Maureen Farrow said", "Fergus Tallon, who
/// chairs the committee, said".
pub fn speaking(
    text: &str,
    sentence: Span,
    people: &[(usize, usize)],
    quoted: &[Span],
) -> Vec<usize> {
    let first = people.partition_point(|(p, _)| *p < sentence.start);
    let last = people.partition_point(|(p, _)| *p < sentence.end);
    if first == last {
        return Vec::new();
    }
    let words = narration(text, sentence, quoted);
    let mentions: Vec<usize> = people[first..last]
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| !quoted.iter().any(|q| q.contains(*p)))
        .collect();
    mentions
        .iter()
        .enumerate()
        .filter(|(i, at)| {
            let next = mentions.get(i + 1).copied().unwrap_or(usize::MAX);
            words
                .iter()
                .filter(|(p, _)| *p > **at && *p < next)
                .take(VERB_REACH)
                .any(|(_, w)| is_speech_verb(&bare(w)))
        })
        .map(|(_, at)| *at)
        .collect()
}

/// Role phrases that stand as the subject of a clause in `sentence` with no name after them
/// ("If the minister did not approve it", "The judge accepted"), as (position, phrase).
pub fn role_subjects(text: &str, sentence: Span, quoted: &[Span]) -> Vec<(usize, String)> {
    let words = narration(text, sentence, quoted);
    let mut out = Vec::new();
    for (i, (pos, word)) in words.iter().enumerate() {
        let the = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case("the");
        if !the || word.ends_with([',', ';', ':', '.']) {
            continue;
        }
        let opens_clause = i == 0 || {
            let previous = words[i - 1].1;
            previous.ends_with('(') || SUBORDINATORS.contains(&bare(previous).as_str())
        };
        if !opens_clause {
            continue;
        }
        // "the minister", "the presiding judge": lower-case words up to a title, then a
        // lower-case word (the verb), not a name.
        let Some(head) = (i + 1..words.len().min(i + 4)).find(|&j| is_head_title(words[j].1))
        else {
            continue;
        };
        let phrase = &words[i + 1..=head];
        let plain = phrase.iter().all(|(_, w)| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
        let verb_follows = words
            .get(head + 1)
            .is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_lowercase));
        if plain && verb_follows {
            let end = words[head].0 + words[head].1.len();
            out.push((*pos, text[*pos..end].to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_followed_by_a_speech_verb_is_speaking() {
        let text = "Council leader Maura Lind, who chairs the board, said the plan failed, and Ivo Marr agreed.";
        let lind = text.find("Maura").unwrap();
        let marr = text.find("Ivo").unwrap();
        let found = speaking(text, Span::new(0, text.len()), &[(lind, 0), (marr, 1)], &[]);
        assert_eq!(found, [lind]);
    }

    #[test]
    fn a_role_opening_a_clause_is_a_subject_and_an_object_is_not() {
        let text = "If the minister did not approve it, then who did? Pell accused the minister.";
        let found = role_subjects(text, Span::new(0, text.len()), &[]);
        assert_eq!(found, [(3, "the minister".to_string())]);
        let quoted = "She said \"the judge ruled\" today.";
        let inside = quoted.find("the judge").unwrap();
        let span = Span::new(inside, inside + 15);
        assert!(role_subjects(quoted, Span::new(0, quoted.len()), &[span]).is_empty());
    }
}
