//! Attributions that follow a quote's closing mark: ", General Milley said.", ", said X, chief
//! of staff", ", according to X.", and a role set before the name that holds it.

use super::Attribution;
use super::phrases::{document_after, subject_of, trim_span};
use super::vocabulary::is_speech_verb;
use super::words::{Word, split_words};
use crate::text::Span;

/// "the group's director, Agata Pellin": a role phrase after the verb followed by the name
/// of the person who holds it, set off by a comma. The name is the surer speaker.
fn named_in_apposition(words: &[Word]) -> Option<Span> {
    let role_end = words.iter().position(|w| w.clause_end)?;
    if role_end > 4 || words[0].capital || words[role_end].dash {
        return None;
    }
    let name: Vec<&Word> = words[role_end + 1..]
        .iter()
        .take_while(|w| w.capital)
        .take(4)
        .collect();
    let last = name.last()?;
    let ends_name =
        last.sentence_end || last.clause_end || words.get(role_end + 1 + name.len()).is_none();
    (ends_name && name.len() >= 2).then(|| Span::new(name[0].span.start, last.span.end))
}

/// The attribution that follows a closing mark, in `text[from..limit]`, up to the end of that
/// sentence: `, General Milley said.` / `, said X, chief of staff` / `, according to X.`
pub fn after_quote(text: &str, from: usize, limit: usize) -> Option<Attribution> {
    let words = split_words(text, Span::new(from, limit.max(from)));
    // A dash after the closing mark opens a statement of its own ("...” – the union says
    // hundreds are paying"): the attribution, if any, is before the dash.
    let end = words
        .iter()
        .position(|w| w.sentence_end || w.dash)
        .map_or(words.len(), |i| if words[i].dash { i } else { i + 1 });
    let words: Vec<Word> = words[..end.min(25)]
        .iter()
        .filter(|w| !w.bare.is_empty())
        .cloned()
        .collect();
    let first = words.first()?;
    if first.bare == "according" && words.get(1).is_some_and(|w| w.bare == "to") {
        let subject = subject_of(&words[2..])?;
        return Some(Attribution {
            subject: trim_span(text, subject),
            verb: Span::new(first.span.start, words[1].span.end),
            document: None,
        });
    }
    if is_speech_verb(&first.bare) {
        let subject = named_in_apposition(&words[1..]).or_else(|| subject_of(&words[1..]))?;
        return Some(Attribution {
            subject: trim_span(text, subject),
            verb: first.span,
            document: None,
        });
    }
    let k = words
        .iter()
        .take(15)
        .position(|w| is_speech_verb(&w.bare))?;
    if k == 0 || words[..k].iter().any(|w| w.sentence_end) {
        return None;
    }
    let subject = subject_of(&words[..k])?;
    Some(Attribution {
        subject: trim_span(text, subject),
        verb: words[k].span,
        document: document_after(&words[k + 1..]).map(|s| trim_span(text, s)),
    })
}
