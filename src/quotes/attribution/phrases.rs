//! The phrases of an attribution read from its words, in either direction from the quote: the
//! speaker phrase and the writing named after the verb, trimmed to their words.

use super::vocabulary::{ADVERBIAL_STARTS, is_document_noun};
use super::words::Word;
use crate::text::Span;

/// The subject words with leading punctuation words dropped and apposition ("X, chairman of
/// ..., told") cut at its first comma.
pub(super) fn subject_of(words: &[Word]) -> Option<Span> {
    let words: Vec<&Word> = words.iter().filter(|w| !w.bare.is_empty()).collect();
    let end = words
        .iter()
        .enumerate()
        .find_map(|(i, w)| {
            if i > 0 && ADVERBIAL_STARTS.contains(&w.bare.as_str()) {
                Some(i)
            } else {
                w.clause_end.then_some(i + 1)
            }
        })
        .unwrap_or(words.len());
    let subject = &words[..end];
    (!subject.is_empty() && subject.len() <= 7)
        .then(|| Span::new(subject[0].span.start, subject[subject.len() - 1].span.end))
}

/// "in the draft letter" / "in a tweet" within a few words after the verb.
pub(super) fn document_after(words: &[Word]) -> Option<Span> {
    let first = words.first()?;
    if first.bare != "in" {
        return None;
    }
    let start = first.span.start;
    for (i, w) in words.iter().enumerate().skip(1).take(4) {
        if is_document_noun(&w.bare) {
            // "the draft letter": the last of the nouns is the writing.
            let last = words[i..]
                .iter()
                .take_while(|w| is_document_noun(&w.bare))
                .last()
                .unwrap_or(w);
            return Some(Span::new(start, last.span.end));
        }
        if w.sentence_end || w.clause_end {
            break;
        }
    }
    None
}

/// Cuts trailing punctuation off a span's text.
pub(super) fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lead = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    Span::new(span.start + lead, span.start + trimmed.len().max(lead))
}
