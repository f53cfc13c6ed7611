//! Attributions that introduce a quote: `X said: "`, `It read "`, `according to X, "`, a subject
//! named before its apposition, and the noun a relative clause ("the letter — which said")
//! hangs on.

use super::Attribution;
use super::phrases::{document_after, subject_of, trim_span};
use super::vocabulary::{ADVERBIAL_STARTS, AUXILIARIES, CONJUNCTIONS, is_speech_verb};
use super::words::{Word, split_words};
use crate::quotes::names::is_body_word;
use crate::text::Span;

/// The subject of a verb that follows one or more comma clauses: the clauses before it, nearest
/// first, as words. The first clause that opens with a capital letter and is not a sentence
/// adverbial ("On Monday,") wins; failing that, the nearest clause.
fn apposed_subject(words: &[Word]) -> Vec<&Word> {
    let mut clauses: Vec<Vec<&Word>> = Vec::new();
    let mut current: Vec<&Word> = Vec::new();
    for w in words {
        if !w.bare.is_empty() {
            current.push(w);
        }
        if w.clause_end {
            clauses.push(std::mem::take(&mut current));
        }
    }
    clauses.retain(|c| !c.is_empty() && c.len() <= 7);
    let names_someone = |c: &&Vec<&Word>| {
        let first = &c[0];
        first.capital
            && !ADVERBIAL_STARTS.contains(&first.bare.as_str())
            && !matches!(first.bare.as_str(), "a" | "an" | "the")
    };
    // "The chief executive of Penderlane, the software company, has told": the clauses are
    // one subject named twice, and a body is its speaker only when no clause names a person.
    let names_no_body = |c: &&Vec<&Word>| !c.last().is_some_and(|w| is_body_word(&w.bare));
    clauses
        .iter()
        .rev()
        .find(names_someone)
        .or_else(|| clauses.iter().rev().find(names_no_body))
        .or(clauses.last())
        .cloned()
        .unwrap_or_default()
}

/// The attribution that introduces a quote opening at `to`, looking back no further than
/// `from` and the start of the sentence: `X said: "` / `It read "` / `according to X, "` /
/// `the letter — which said ... "`.
pub fn before_quote(text: &str, from: usize, to: usize) -> Option<Attribution> {
    let words = split_words(text, Span::new(from, to.max(from)));
    let start = words
        .iter()
        .rposition(|w| w.sentence_end)
        .map_or(0, |i| i + 1);
    let words = &words[start..];
    let v = words
        .iter()
        .rposition(|w| is_speech_verb(&w.bare) || w.bare == "according")?;
    if words[v].bare == "according" {
        let subject = subject_of(words.get(v + 2..)?)?;
        return Some(Attribution {
            subject: trim_span(text, subject),
            verb: words[v].span,
            document: None,
        });
    }
    let clause_start = words[..v]
        .iter()
        .rposition(|w| w.clause_end)
        .map_or(0, |i| i + 1);
    let spoken: Vec<&Word> = words[clause_start..v]
        .iter()
        .filter(|w| !w.bare.is_empty())
        .collect();
    let coordinated = spoken
        .first()
        .is_some_and(|w| CONJUNCTIONS.contains(&w.bare.as_str()));
    let mut subject: Vec<&Word> = spoken
        .into_iter()
        .skip_while(|w| {
            CONJUNCTIONS.contains(&w.bare.as_str()) || AUXILIARIES.contains(&w.bare.as_str())
        })
        .collect();
    if subject
        .first()
        .is_some_and(|w| ADVERBIAL_STARTS.contains(&w.bare.as_str()))
    {
        // "In its statement the company said": the subject follows the opening phrase, from
        // its determiner or name on.
        let own = subject
            .iter()
            .skip(2)
            .rposition(|w| w.capital || matches!(w.bare.as_str(), "the" | "a" | "an"));
        if let Some(i) = own {
            subject = subject[i + 2..].to_vec();
        }
    }
    if subject.is_empty() && clause_start > 0 && !coordinated {
        // "Ellen Marsh, a spokesperson for the firm, said": the verb's subject stands before
        // the apposition. The nearest clause that opens with a capital is the name; else the
        // nearest clause ("A spokesman for the ministry, Tomas Belcar, said").
        subject = apposed_subject(&words[..clause_start]);
    }
    if subject
        .last()
        .is_some_and(|w| matches!(w.bare.as_str(), "which" | "that" | "who"))
    {
        // A relative clause: the speaker is the noun it hangs on.
        let antecedent = words[..clause_start + subject.len() - 1]
            .iter()
            .rev()
            .find(|w| !w.bare.is_empty())?;
        subject = vec![antecedent];
    } else if subject.is_empty() {
        // "He didn't deny ..., but asserted that": the sentence's own subject.
        let first = words.iter().find(|w| !w.bare.is_empty())?;
        subject = vec![first];
    }
    if subject.len() > 7 {
        return None;
    }
    let span = Span::new(subject[0].span.start, subject[subject.len() - 1].span.end);
    Some(Attribution {
        subject: trim_span(text, span),
        verb: words[v].span,
        document: document_after(&words[v + 1..]).map(|s| trim_span(text, s)),
    })
}
