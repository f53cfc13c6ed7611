//! Figures read from the words that give them rather than counted, times of day ("3.40am")
//! and votes ("2-1"): what each is of is told by the words of its clause around it.

use super::dating::{dated_relatively, month_of, year_of};
use super::lexicon::{Lexicon, Meaning, Tok};
use super::quantities::{Bound, Figure, Quantity, said_word};
use super::units::Unit;
use crate::text::Span;

/// Words said either side of a time of day or a vote, read as what happened then: the verb
/// and its subject often stand further from them than from a count ("the square was cleared
/// by 7.30pm").
const READ_REACH: usize = 6;

/// Prepositions that open where something happened.
fn is_place_word(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "on"
            | "near"
            | "outside"
            | "inside"
            | "across"
            | "along"
            | "beside"
            | "behind"
            | "off"
    )
}

/// A figure read from the words that give it rather than counted: a time of day ("3.40am"),
/// a vote's split ("2-1").
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub kind: Figure,
    pub value: f64,
    /// The comparison term the words stand for ("3.40am" and "3:40 a.m." are one term), where
    /// it is not the word's own ("unanimous").
    pub term: Option<String>,
    /// The index of the first token after the words that give it.
    pub end: usize,
    pub bound: Bound,
    /// Whether the figure may be compared with others: hours something keeps ("open from
    /// 7am") are not the moment of an event.
    pub compared: bool,
}

/// Records the figure read at `i` ("the fire broke out at about 3.40am", "a 2-1 decision"):
/// what it is of is told by the words of the clause around it. Returns the index of the first
/// token not consumed.
pub fn read_figure(
    lexicon: &mut Lexicon,
    text: &str,
    toks: &[Tok],
    words: &[&str],
    i: usize,
    reading: Reading,
    unit: &mut Unit,
) -> usize {
    match &reading.term {
        Some(term) => unit.terms.push(lexicon.intern(term, false)),
        None => match lexicon.meaning(&toks[i]) {
            Meaning::Term { id, .. } => {
                unit.terms.push(id);
                unit.words.push((id, toks[i].span));
            }
            Meaning::Number(v) => unit.terms.push(lexicon.intern(&format!("#{v}"), false)),
            Meaning::Stop => {}
        },
    }
    let Some(measures) = reading.kind.measures().filter(|_| reading.compared) else {
        return reading.end;
    };
    let counted = lexicon.intern(measures, false);
    let said = |j: usize| said_word(lexicon, text, toks, words, j, Some(counted));
    // Counted in words said, not tokens: a court's or a place's name between a vote and what
    // was voted ("the unanimous panel of the Court of Appeal overturned") takes no room.
    // What follows a time from "in", "at" or "on" says where it happened ("broke out at
    // 3.40am in a store on the industrial estate"), which another event there shares; what
    // follows it past a comma or a quotation mark is another clause ("in a statement issued
    // at 10.15am, the chief executive said: ...").
    let after = (reading.end..toks.len())
        .take_while(|&j| {
            reading.kind != Figure::Clock
                || !(is_place_word(words[j])
                    || text[toks[j - 1].span.end..toks[j].span.start]
                        .contains([',', ';', ':', '"', '“', '”']))
        })
        .filter_map(said)
        .take(READ_REACH);
    let context = (0..i)
        .rev()
        .filter_map(said)
        .take(READ_REACH)
        .chain(after)
        .collect();
    unit.quantities.push(Quantity {
        value: reading.value,
        unit: Some(counted),
        span: Span::new(toks[i].span.start, toks[reading.end - 1].span.end),
        context,
        setting: Vec::new(),
        revised: false,
        bound: reading.bound,
        noun: None,
        day: None,
        month: month_of(words),
        year: year_of(text, toks),
        relative: dated_relatively(words),
        kind: reading.kind,
    });
    reading.end
}
