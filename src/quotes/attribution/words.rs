//! The text around a quote as words, each marked for what its punctuation says: where a clause
//! or a sentence ends (an abbreviation's full stop does not), a dash, a capital.

use crate::text::Span;

/// Abbreviations whose full stop does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm",
    "cmdr", "rep", "sen", "gov", "rev", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept",
];

/// A word of the surrounding text: its span and its letters, lower-cased, without the
/// punctuation around it.
#[derive(Debug, Clone)]
pub(super) struct Word {
    pub(super) span: Span,
    pub(super) bare: String,
    /// Ends a clause: a trailing comma, semicolon or colon, or a dash on its own.
    pub(super) clause_end: bool,
    /// Starts with a capital letter.
    pub(super) capital: bool,
    /// A dash on its own: what follows is a clause of its own.
    pub(super) dash: bool,
    pub(super) sentence_end: bool,
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

pub(super) fn split_words(text: &str, span: Span) -> Vec<Word> {
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
