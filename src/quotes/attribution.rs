//! Reading the words around a quote for who said it: "X said", "said X", "X told reporters",
//! "according to X", "X wrote in the letter", "the letter — which said". Pure text patterns;
//! deciding who X is belongs to `speakers`.

use super::names::is_body_word;
use crate::text::Span;

/// Verbs that introduce reported speech or writing.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "adding", "wrote", "writes",
    "stated", "states", "explained", "insisted", "conceded", "declared", "noted", "stressed",
    "asked", "replied", "continued", "argued", "claimed", "warned", "read", "reads",
    "specified", "concluded", "tweeted", "described", "asserted", "announced", "acknowledged",
    "admitted", "remarked", "recalled", "suggested", "urged", "posted", "commented",
    "responded", "cautioned", "quipped", "saying",
];

/// Nouns for writings that can be the source of a quote.
#[rustfmt::skip]
pub const DOCUMENT_NOUNS: &[&str] = &[
    "letter", "memo", "memorandum", "statement", "document", "report", "tweet", "post", "email",
    "note", "communique", "communiqué", "resolution", "notice", "directive", "cable", "message",
    "order", "draft", "press release", "release", "filing", "transcript", "advisory", "text",
    "announcement", "ruling", "judgment", "judgement", "speech", "affidavit",
];

/// Abbreviations whose full stop does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm",
    "cmdr", "rep", "sen", "gov", "rev", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept",
];

const CONJUNCTIONS: &[&str] = &[
    "but", "and", "then", "also", "so", "yet", "or", "later", "again",
];

/// A word of the surrounding text: its span and its letters, lower-cased, without the
/// punctuation around it.
#[derive(Debug, Clone)]
struct Word {
    span: Span,
    bare: String,
    /// Ends a clause: a trailing comma, semicolon or colon, or a dash on its own.
    clause_end: bool,
    /// Starts with a capital letter.
    capital: bool,
    /// A dash on its own: what follows is a clause of its own.
    dash: bool,
    sentence_end: bool,
}

fn strip(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a word's inner full stops make it an abbreviation ("U.S.", "a.m.") rather than a
/// figure with a decimal point ("7.15am", "3.5"), which can end a sentence.
fn dotted_abbreviation(word: &str) -> bool {
    word.char_indices().any(|(i, c)| {
        c == '.'
            && word[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
    })
}

fn split_words(text: &str, span: Span) -> Vec<Word> {
    let slice = span.slice(text);
    let mut out = Vec::new();
    let mut start = None;
    let push = |s: usize, e: usize, out: &mut Vec<Word>| {
        let raw = &slice[s..e];
        let tail = raw.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
        let bare = strip(raw).to_lowercase();
        let dash = matches!(raw, "—" | "–" | "-" | "--");
        let sentence_end = (tail.ends_with(['!', '?'])
            || tail.ends_with('.')
                && !ABBREVIATIONS.contains(&bare.as_str())
                && bare.chars().count() != 1
                && !dotted_abbreviation(strip(raw)))
            && !tail.ends_with("..");
        let capital = raw
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase);
        out.push(Word {
            span: Span::new(span.start + s, span.start + e),
            capital,
            bare,
            clause_end: dash || tail.ends_with([',', ';', ':']),
            dash,
            sentence_end,
        });
    };
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push(s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, slice.len(), &mut out);
    }
    out
}

pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

pub fn is_document_noun(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(&word)
}

/// Who a quote is attributed to, as spans of the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker phrase ("General Milley", "he", "the letter"), apposition cut off.
    pub subject: Span,
    pub verb: Span,
    /// "in the draft letter" after the verb: the writing the subject put the words in.
    pub document: Option<Span>,
}

/// Words that end a speaker phrase: what follows says when or where ("said Gen. Qassem
/// Soleimani on Friday", "Milley told reporters at the Pentagon"), not who.
const ADVERBIAL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "while",
    "when",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "from",
    "via",
];

/// The subject words with leading punctuation words dropped and apposition ("X, chairman of
/// ..., told") cut at its first comma.
fn subject_of(words: &[Word]) -> Option<Span> {
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

/// "in the draft letter" / "in a tweet" within a few words after the verb.
fn document_after(words: &[Word]) -> Option<Span> {
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
fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lead = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    Span::new(span.start + lead, span.start + trimmed.len().max(lead))
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

/// Words that can stand between a subject and its verb: "Belcar had said", "she has told".
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "would", "will", "also", "then", "later",
];

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

#[cfg(test)]
mod tests {
    use super::*;

    fn after(text: &str) -> Option<(&str, &str, Option<&str>)> {
        after_quote(text, 0, text.len()).map(|a| {
            (
                a.subject.slice(text),
                a.verb.slice(text),
                a.document.map(|d| d.slice(text)),
            )
        })
    }

    fn before(text: &str) -> Option<(&str, &str)> {
        before_quote(text, 0, text.len()).map(|a| (a.subject.slice(text), a.verb.slice(text)))
    }

    #[test]
    fn subject_then_verb() {
        assert_eq!(
            after(", General Milley said. Then"),
            Some(("General Milley", "said.", None))
        );
        assert_eq!(
            after(" he told reporters on Monday. A senior"),
            Some(("he", "told", None))
        );
        assert_eq!(
            after(
                ", U.S. Army General Mark Milley, chairman of the Joint Chiefs of Staff, told a group of reporters"
            ),
            Some(("U.S. Army General Mark Milley", "told", None))
        );
        assert_eq!(
            after(
                " Gen Mark Milley, Chairman of the Joint Chiefs of Staff told reporters on Monday."
            ),
            Some(("Gen Mark Milley", "told", None))
        );
        assert_eq!(
            after(" Letter specified."),
            Some(("Letter", "specified.", None))
        );
    }

    #[test]
    fn verb_then_subject() {
        assert_eq!(
            after(", said General Mark Milley, chief of staff, stressing"),
            Some(("General Mark Milley", "said", None))
        );
        assert_eq!(
            after(", according to Mr Esper."),
            Some(("Mr Esper", "according to", None))
        );
    }

    #[test]
    fn writing_in_a_document() {
        assert_eq!(
            after(", Seely wrote in the draft letter."),
            Some(("Seely", "wrote", Some("in the draft letter")))
        );
    }

    #[test]
    fn no_attribution_in_ordinary_text() {
        assert_eq!(after(". Then it went to your hands."), None);
        assert_eq!(after(""), None);
        assert_eq!(after(" – the union says workers pay."), None);
    }

    #[test]
    fn a_role_then_its_name_and_a_phrase_before_the_subject() {
        assert_eq!(
            after(", said the group's director, Ada Pell."),
            Some(("Ada Pell", "said", None))
        );
        assert_eq!(
            before("In its statement the company said on Monday: "),
            Some(("the company", "said"))
        );
        assert_eq!(
            before("It issued a statement at 7.15am. It read in full "),
            Some(("It", "read"))
        );
    }

    #[test]
    fn before_the_quote() {
        assert_eq!(before("It read "), Some(("It", "read")));
        assert_eq!(
            before("Pentagon spokeswoman Alyssa Farah added in a tweet that "),
            Some(("Pentagon spokeswoman Alyssa Farah", "added"))
        );
        assert_eq!(
            before("He didn’t deny that it was delivered, but asserted that it was a "),
            Some(("He", "asserted"))
        );
        assert_eq!(
            before(
                "Gen. Mark Milley, the chairman, told reporters the letter — which said U.S. troops were preparing for "
            ),
            Some(("letter", "said"))
        );
        assert_eq!(before("The sky was blue and "), None);
        assert_eq!(
            before("Ellen Marsh, a spokesperson for the firm, said on Monday: "),
            Some(("Ellen Marsh", "said"))
        );
        assert_eq!(
            before("A spokesman for the ministry, Tomas Bell, said on Monday: "),
            Some(("Tomas Bell", "said"))
        );
        assert_eq!(
            before("On Monday, her spokesman, Tomas Bell, had said only that "),
            Some(("Tomas Bell", "said"))
        );
    }
}
