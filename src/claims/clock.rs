//! Times of day as reports write them ("3.40am", "7:30 p.m.", "9pm", "3.40 in the morning"):
//! the minute of the day each names, so that two reports' times for one event can be compared
//! and the statements that give one time can be told to be about one moment.

use super::lexicon::Tok;
use super::quantities::{Bound, Figure};
use super::readings::Reading;

/// How far either way of "about 3.40am" another time still agrees, in minutes.
const ABOUT_MINUTES: f64 = 15.0;

/// A time of day found in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Minutes after midnight.
    pub minutes: u16,
    /// The index of the first token after the time and its "am" / "in the morning".
    pub end: usize,
}

/// The time of day at token `i` as a figure: its minute, its bound ("by 7.30pm"), and whether
/// it is a moment to compare or hours something keeps.
pub fn reading(text: &str, toks: &[Tok], words: &[&str], i: usize) -> Option<Reading> {
    let clock = clock_at(text, toks, words, i)?;
    Some(Reading {
        kind: Figure::Clock,
        value: f64::from(clock.minutes),
        term: Some(format!(
            "#{:02}:{:02}",
            clock.minutes / 60,
            clock.minutes % 60
        )),
        end: clock.end,
        bound: bound_before(words, i),
        compared: !bounds_hours(text, toks, words, i),
    })
}

/// The time of day written at token `i`, if one is: an hour (and minutes after a stop or a
/// colon) with "am" or "pm" joined or after it, or with "in the morning", "this evening" and
/// the like. A bare "3.40" or "14:30" is left alone: it may be a score, a ratio or a live
/// blog's stamp.
fn clock_at(text: &str, toks: &[Tok], words: &[&str], i: usize) -> Option<Clock> {
    let surface = toks[i].span.slice(text);
    if !surface.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let surface = surface.to_ascii_lowercase();
    // "3.40am", "9pm", "7.30AM": one token.
    if let Some((number, half)) = split_half(&surface) {
        let (hour, minute) = hour_minute(number)?;
        return Clock::new(hour, minute, half, i + 1);
    }
    let (hour, mut minute) = hour_minute(&surface)?;
    let mut j = i + 1;
    // "3:40": the colon is not a joiner, so the minutes are a token of their own.
    if minute == 0
        && let Some(next) = toks.get(j)
        && gap(text, toks, j) == ":"
        && next.span.len() == 2
        && let Ok(m) = next.span.slice(text).parse::<u16>()
    {
        minute = m;
        j += 1;
    }
    let spaced = |k: usize| k < toks.len() && gap(text, toks, k).trim().is_empty();
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    if spaced(j) && matches!(word(j), "am" | "pm") {
        return Clock::new(hour, minute, Half::of(word(j))?, j + 1);
    }
    // "3.40 in the morning", "6.15 this evening", "11 at night", "9 tonight".
    let (half, len) = match (word(j), word(j + 1), word(j + 2)) {
        ("in", "the", part) => (Half::of_part(part)?, 3),
        ("this", part, _) => (Half::of_part(part)?, 2),
        ("at", "night", _) => (Half::Pm, 2),
        ("tonight", _, _) => (Half::Pm, 1),
        _ => return None,
    };
    Clock::new(hour, minute, half, j + len)
}

/// The minutes a time so bounded allows: "by 7.30pm" is at or before it, "after 9pm" at or
/// after it, "about 3.40am" a quarter of an hour either way.
pub fn range(bound: Bound, minutes: f64) -> (f64, f64) {
    match bound {
        Bound::Exact => (minutes, minutes),
        Bound::About => (minutes - ABOUT_MINUTES, minutes + ABOUT_MINUTES),
        Bound::Nearly => (minutes - ABOUT_MINUTES, minutes),
        Bound::AtLeast => (minutes, f64::INFINITY),
        Bound::AtMost => (f64::NEG_INFINITY, minutes),
    }
}

/// How many words before "before" a negator turns it into "not before".
const NEGATED_BOUND_REACH: usize = 3;

/// The bound the words before a time give it: "by" and "before" end a span of time at it,
/// "not before" and "after" start one there; otherwise as for any figure ("about", "around").
fn bound_before(words: &[&str], i: usize) -> Bound {
    // "will not reopen before 4pm": not before it is at or after it.
    let negated = |j: usize| {
        words[j.saturating_sub(NEGATED_BOUND_REACH)..j]
            .iter()
            .any(|w| super::terms::is_negator(w))
    };
    match i.checked_sub(1).map(|j| words[j]) {
        Some("by" | "before") if negated(i - 1) => Bound::AtLeast,
        Some("by" | "before") => Bound::AtMost,
        Some("after") => Bound::AtLeast,
        _ => super::quantities::bound_before(words, i),
    }
}

/// Whether the time at `i` starts or ends hours something keeps ("open from 7am to 10pm",
/// "from 6pm on Monday", "between 2pm and 4pm"): a time a state holds from, often day after
/// day, not the moment of one event.
fn bounds_hours(text: &str, toks: &[Tok], words: &[&str], i: usize) -> bool {
    let word = |back: usize| i.checked_sub(back).map_or("", |j| words[j]);
    match word(1) {
        "from" | "between" => true,
        "to" | "until" | "till" | "and" => {
            (2..=4).any(|back| i >= back && clock_at(text, toks, words, i - back).is_some())
        }
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Half {
    Am,
    Pm,
}

impl Half {
    fn of(word: &str) -> Option<Half> {
        match word {
            "am" => Some(Half::Am),
            "pm" => Some(Half::Pm),
            _ => None,
        }
    }

    fn of_part(part: &str) -> Option<Half> {
        match part {
            "morning" => Some(Half::Am),
            "afternoon" | "evening" | "night" => Some(Half::Pm),
            _ => None,
        }
    }
}

impl Clock {
    fn new(hour: u16, minute: u16, half: Half, end: usize) -> Option<Clock> {
        if !(1..=12).contains(&hour) || minute >= 60 {
            return None;
        }
        let hour = match half {
            Half::Am => hour % 12,
            Half::Pm => hour % 12 + 12,
        };
        Some(Clock {
            minutes: hour * 60 + minute,
            end,
        })
    }
}

/// "3.40am" as ("3.40", am).
fn split_half(surface: &str) -> Option<(&str, Half)> {
    // The last two bytes may cut a letter of another script ("0’1"): then there is no "am".
    let at = surface.len().checked_sub(2)?;
    let (number, half) = (surface.get(..at)?, surface.get(at..)?);
    let half = Half::of(half)?;
    number
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some((number, half))
}

/// "3.40" as (3, 40), "9" as (9, 0); anything else is not an hour.
fn hour_minute(number: &str) -> Option<(u16, u16)> {
    let (hour, minute) = match number.split_once(['.', ':']) {
        Some((h, m)) if m.len() == 2 => (h, m.parse().ok()?),
        Some(_) => return None,
        None => (number, 0),
    };
    if hour.is_empty() || hour.len() > 2 {
        return None;
    }
    Some((hour.parse().ok()?, minute))
}

/// What stands between token `j - 1` and token `j`.
fn gap<'a>(text: &'a str, toks: &[Tok], j: usize) -> &'a str {
    &text[toks[j - 1].span.end..toks[j].span.start]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexicon::plain_tokens;

    fn clock(s: &str) -> Option<(u16, usize)> {
        let (toks, normals) = plain_tokens(s);
        let words: Vec<&str> = normals.iter().map(String::as_str).collect();
        clock_at(s, &toks, &words, 0).map(|c| (c.minutes, c.end))
    }

    #[test]
    fn a_curly_mark_inside_a_number_is_not_a_time() {
        assert_eq!(clock("2020-01-0’1 in the morning"), None);
    }

    #[test]
    fn reads_the_ways_reports_write_a_time() {
        assert_eq!(clock("3.40am yesterday"), Some((220, 1)));
        assert_eq!(clock("3.40 a.m. in a building"), Some((220, 2)));
        assert_eq!(clock("3:40 a.m. in a building"), Some((220, 3)));
        assert_eq!(clock("3.40 in the morning"), Some((220, 4)));
        assert_eq!(clock("3.40 this morning"), Some((220, 3)));
        assert_eq!(clock("9pm"), Some((21 * 60, 1)));
        assert_eq!(clock("7:30 p.m."), Some((19 * 60 + 30, 3)));
        assert_eq!(clock("7.30AM EMAIL"), Some((7 * 60 + 30, 1)));
        assert_eq!(clock("12am"), Some((0, 1)));
        assert_eq!(clock("12.15pm"), Some((12 * 60 + 15, 1)));
        assert_eq!(clock("11 at night"), Some((23 * 60, 3)));
    }

    #[test]
    fn leaves_what_is_not_a_time_of_day() {
        assert_eq!(clock("3.40 per cent"), None);
        assert_eq!(clock("14:30 Police"), None);
        assert_eq!(clock("09:40 The"), None);
        assert_eq!(clock("2-1 decision"), None);
        assert_eq!(clock("13pm"), None);
        assert_eq!(clock("3.75am"), None);
        assert_eq!(clock("500 am"), None);
        assert_eq!(clock("3 in the ward"), None);
        assert_eq!(clock("1,200 am"), None);
    }
}
