//! When a figure is given for: the year and month its clause names ("in February", "in
//! 2014"), the count as it stands now for a state held since a date ("has kept 400 vendors off
//! since January 2024"), a date told from the report's own day ("last year"), and the day of
//! the week a count is given as of ("by Monday afternoon").

use super::lexicon::Tok;
use super::terms;
use crate::text::calendar::WEEKDAYS;

/// The year a figure is given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Year {
    /// A year the clause names ("in 2014").
    Named(u16),
    /// The count as it stands now, of a state that has held since a date ("has kept 400
    /// vendors off the streets since January 2024") or with none ("has kept 700 off for two
    /// years"). A date after "since" says when the state began, not when it was counted.
    Now,
}

/// The year and month the clause gives the figure at `i` for. "has kept 400 vendors off the
/// streets since January 2024" gives the count as it stands now: the date says when the state
/// began.
pub fn date_of(text: &str, toks: &[Tok], words: &[&str], i: usize) -> (Option<Year>, Option<u8>) {
    match (
        perfect_before(words, i),
        dated_only_since(text, toks, words),
    ) {
        (true, Some(true)) => (Some(Year::Now), None),
        _ => (year_of(text, toks), month_of(words)),
    }
}

/// The month (January 0) the clause dates itself to ("in February", "since last June"): a
/// figure of another month counts something else, not a rival. A date beside a day's number
/// ("Nov 8", "on 5 March") is more often the dateline's or the report's own day, and is not
/// taken.
pub fn month_of(words: &[&str]) -> Option<u8> {
    months(words).next().map(|(month, _)| month)
}

/// The months the clause dates itself by, each with whether "since" stands before it.
fn months<'a>(words: &'a [&str]) -> impl Iterator<Item = (u8, bool)> + 'a {
    // "march" and "may" are words too: a month is one only after a word that dates.
    (1..words.len()).filter_map(|j| {
        let month = terms::MONTHS.iter().position(|m| *m == words[j])?;
        matches!(
            words[j - 1],
            "in" | "since" | "until" | "last" | "early" | "late" | "mid"
        )
        .then_some((month as u8, words[j - 1] == "since"))
    })
}

/// The year the clause names ("in 2014", "since 2021"): a figure of another year counts
/// something else. A year is four digits as written: "$2,000" and "2,024 people" are not.
pub fn year_of(text: &str, toks: &[Tok]) -> Option<Year> {
    years(text, toks).next().map(|(year, _)| Year::Named(year))
}

/// The years the clause names, each with whether "since" stands before it ("since 2021",
/// "since January 2024").
fn years<'a>(text: &'a str, toks: &'a [Tok]) -> impl Iterator<Item = (u16, bool)> + 'a {
    let word = move |j: usize| terms::normal(toks[j].span.slice(text));
    (0..toks.len()).filter_map(move |i| {
        let written = toks[i].span.slice(text);
        let year: u16 = written
            .parse()
            .ok()
            .filter(|_| written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()))?;
        let money = terms::currency_before(&text[..toks[i].span.start]).is_some();
        let since = (i >= 1 && word(i - 1) == "since")
            || (i >= 2 && word(i - 2) == "since" && terms::is_month(&word(i - 1)));
        ((1900..=2100).contains(&year) && !money).then_some((year, since))
    })
}

/// Whether a perfect tense stands just before the figure at `i` ("has kept 700 vendors off",
/// "have been 37 cases"): the count of a state that runs on to now.
fn perfect_before(words: &[&str], i: usize) -> bool {
    words[i.saturating_sub(PERFECT_REACH)..i]
        .iter()
        .any(|w| matches!(*w, "has" | "have" | "had"))
}

/// Whether every date the clause names stands after "since"; `None` when it names none.
fn dated_only_since(text: &str, toks: &[Tok], words: &[&str]) -> Option<bool> {
    let mut dates = months(words)
        .map(|(_, since)| since)
        .chain(years(text, toks).map(|(_, since)| since))
        .peekable();
    dates.peek()?;
    Some(dates.all(|since| since))
}

/// Whether the clause dates itself from the report's own day: "last year", "this month".
pub fn dated_relatively(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        matches!(w[0], "last" | "this" | "next" | "previous") && matches!(w[1], "year" | "month")
    })
}

/// How many words before a figure a perfect tense's "has" may stand: "which has kept nearly 700".
const PERFECT_REACH: usize = 3;

/// The day of the week (Monday 0) the clause gives a count as of, nearest the number at `i`:
/// "23 cases by Monday afternoon", "as of Tuesday, 37". A day the counted thing happened on
/// ("arrested 14 people on Saturday") is not one.
pub fn day_near(words: &[&str], i: usize) -> Option<u8> {
    let as_of = |j: usize| match j.checked_sub(1).map(|b| words[b]) {
        Some("by") => true,
        Some("of") => j >= 2 && words[j - 2] == "as",
        _ => false,
    };
    words
        .iter()
        .enumerate()
        .filter(|&(j, _)| as_of(j))
        .filter_map(|(j, w)| Some((j.abs_diff(i), WEEKDAYS.iter().position(|d| d == w)?)))
        .min()
        .map(|(_, day)| day as u8)
}

#[cfg(test)]
mod tests {
    use super::{Year, dated_only_since, dated_relatively, perfect_before, year_of};
    use crate::claims::lexicon::plain_tokens;

    fn year(text: &str) -> Option<Year> {
        year_of(text, &plain_tokens(text).0)
    }

    #[test]
    fn a_year_is_four_digits_as_written_and_not_money() {
        assert_eq!(
            year("The ban came into force in 2024."),
            Some(Year::Named(2024))
        );
        assert_eq!(
            year("It carried fines of up to $2,000 in 2024."),
            Some(Year::Named(2024))
        );
        assert_eq!(year("It carried fines of up to $2,000."), None);
        assert_eq!(year("It carried fines of up to $2000."), None);
        assert_eq!(year("The march drew 2,024 people."), None);
    }

    #[test]
    fn a_state_held_since_a_date_is_counted_now() {
        let read = |text: &str| {
            let (toks, normals) = plain_tokens(text);
            let words: Vec<&str> = normals.iter().map(String::as_str).collect();
            let i = toks
                .iter()
                .position(|t| t.span.slice(text) == "400")
                .expect("a figure");
            (
                perfect_before(&words, i),
                dated_only_since(text, &toks, &words),
            )
        };
        assert_eq!(
            read("It has kept 400 vendors away since January 2024."),
            (true, Some(true))
        );
        assert_eq!(
            read("It has kept 400 vendors away since 2024."),
            (true, Some(true))
        );
        assert_eq!(
            read("Since 2021 it processed 400 people, 90 in 2024."),
            (false, Some(false))
        );
        assert_eq!(
            read("It has kept 400 vendors away for two years."),
            (true, None)
        );
        assert_eq!(read("It cut 400 jobs in February."), (false, Some(false)));
    }

    #[test]
    fn last_year_dates_a_figure_from_the_report_s_day_but_last_year_s_ruling_does_not() {
        let dated = |text: &str| {
            dated_relatively(
                &plain_tokens(text)
                    .1
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )
        };
        assert!(dated("It processed 3,400 people last year."));
        assert!(dated("It expects 5,000 visitors this month."));
        assert!(!dated("It overturned last year's ruling on 38 streets."));
        assert!(!dated("It has housed 400 people for a year."));
    }
}
