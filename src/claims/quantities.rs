//! Figures in a statement: the value, what it counts (the noun its words end on, or "the number
//! of cases" before it), what is said of it, how the words before bound it ("more than 14,000",
//! "nearly 700"), and the day, month or year it is given for.

use super::clock;
use super::dating::{self, Year};
use super::lexicon::{Lexicon, Meaning, TermId, Tok};
use super::terms;
use super::units::Unit;
use crate::text::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    /// What is counted ("troop", "dollar"); `None` when the text does not say ("the number is
    /// around 5,000").
    pub unit: Option<TermId>,
    pub span: Span,
    /// The content terms around the figure (up to four before it and four after what it
    /// counts): what is said of the quantity. Two figures are only for the same quantity when
    /// these meet ("14 people were arrested", "arrested at least 22 people").
    pub context: Vec<TermId>,
    /// For a figure read from words (a time of day, a vote), the content terms of its whole
    /// sentence, names left out: "officers moved to disperse the crowd, and the square was
    /// cleared by 7.30pm" dates the dispersal as much as the clearing. Empty for counts.
    pub setting: Vec<TermId>,
    /// The sentence marks the figure as new ("now", "updated", "rose to"): where a source gives
    /// one quantity twice, this is the figure it stands by.
    pub revised: bool,
    /// How the words before it bound the figure ("more than", "about", "nearly").
    pub bound: Bound,
    /// The counted noun as written ("cases"), when a word after or before the figure says it.
    pub noun: Option<Span>,
    /// The day of the week the clause gives the figure for, Monday 0.
    pub day: Option<u8>,
    /// The month the clause dates itself to, January 0.
    pub month: Option<u8>,
    /// The year the clause dates itself to ("in 2014"), or now for a state that has held
    /// since a date.
    pub year: Option<Year>,
    /// The clause dates the figure from the report's own day ("last year", "this month"), so
    /// it is not the count now.
    pub relative: bool,
    /// What kind of figure it is: a count, a span of time, a time of day.
    pub kind: Figure,
}

/// What a figure measures, which decides how it is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// A number of things ("14 people", "$2,000").
    Count,
    /// A span of time ("five years", "nine minutes"): the unit says little of what is
    /// measured, since any event lasts some years or minutes.
    Duration,
    /// A time of day, in minutes after midnight ("3.40am").
    Clock,
    /// The votes against in a vote or a bench's split ("2-1" is 1, "unanimous" 0).
    Votes,
}

impl Figure {
    /// What a figure read from words measures, as a conflict names it; a count or a span of
    /// time is named by its noun instead.
    pub fn measures(self) -> Option<&'static str> {
        match self {
            Figure::Clock => Some("time of day"),
            Figure::Votes => Some("votes against"),
            Figure::Count | Figure::Duration => None,
        }
    }

    /// Whether the words around the figure, not a counted noun, tell what it is of: then it is
    /// said of its whole sentence, and two such figures in one report are only torn when they
    /// are of one thing.
    pub fn read_from_words(self) -> bool {
        self.measures().is_some()
    }
}

impl Quantity {
    /// The values the figure allows, as its bound reads.
    pub fn range(&self) -> (f64, f64) {
        match self.kind {
            Figure::Clock => clock::range(self.bound, self.value),
            Figure::Count | Figure::Duration | Figure::Votes => self.bound.range(self.value),
        }
    }
}

/// How a figure is bounded by the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// "14 people", "exactly 14".
    Exact,
    /// "about 400", "some 140", "roughly 500".
    About,
    /// "more than 14,000", "at least 22", "over 50".
    AtLeast,
    /// "fewer than 20", "up to 30", "at most 5".
    AtMost,
    /// "nearly 700", "almost 40": a little under.
    Nearly,
}

/// How far either way of an approximate figure ("about 400") another figure still agrees.
const ABOUT: f64 = 0.1;
/// How far under a "nearly" figure ("nearly 700") the true one may be.
const NEARLY: f64 = 0.15;

impl Bound {
    /// The values a figure `v` so bounded allows.
    pub fn range(self, v: f64) -> (f64, f64) {
        match self {
            Bound::Exact => (v, v),
            Bound::About => (v * (1.0 - ABOUT), v * (1.0 + ABOUT)),
            Bound::AtLeast => (v, f64::INFINITY),
            Bound::AtMost => (0.0, v),
            Bound::Nearly => (v * (1.0 - NEARLY), v),
        }
    }
}

/// The bound the words before the number at `i` give it.
pub fn bound_before(words: &[&str], i: usize) -> Bound {
    let w = |back: usize| i.checked_sub(back).map_or("", |j| words[j]);
    match (w(2), w(1)) {
        ("more" | "greater", "than") | ("at", "least") | ("upwards", "of") => Bound::AtLeast,
        ("fewer" | "less", "than") | ("at", "most") | ("up", "to") => Bound::AtMost,
        (_, "over" | "above" | "exceeding") => Bound::AtLeast,
        (_, "under" | "below") => Bound::AtMost,
        (_, "nearly" | "almost") => Bound::Nearly,
        (_, "about" | "around" | "roughly" | "some" | "approximately" | "estimated" | "circa") => {
            Bound::About
        }
        _ => Bound::Exact,
    }
}

/// Words that say a figure is what a count has become: "rose to 37", "has climbed to 60".
pub fn is_rise_or_fall(normal: &str) -> bool {
    matches!(
        normal,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "climbed"
            | "climbs"
            | "increased"
            | "grown"
            | "grew"
            | "jumped"
            | "fell"
            | "fallen"
            | "dropped"
            | "declined"
    )
}

/// Records the number at `i` (value `v`): a year or a day of the month is a term only; any
/// other number is a quantity of whatever the next content word counts. Returns the index of
/// the first token not consumed.
pub fn quantity(
    lexicon: &mut Lexicon,
    text: &str,
    toks: &[Tok],
    words: &[&str],
    i: usize,
    mut v: f64,
    unit: &mut Unit,
) -> usize {
    let surface = toks[i].span.slice(text);
    let integer = v.fract() == 0.0;
    let year = integer && (1800.0..=2100.0).contains(&v) && !surface.contains(',');
    let next_is_month = words.get(i + 1).is_some_and(|w| terms::is_month(w));
    let prev_is_month = i > 0 && terms::is_month(words[i - 1]);
    let day = integer && (1.0..=31.0).contains(&v) && (next_is_month || prev_is_month);
    let mut next = i + 1;
    if let Some(m) = words.get(next).and_then(|w| terms::multiplier(w)) {
        v *= m;
        next += 1;
    }
    let term = lexicon.intern(&format!("#{v}"), false);
    unit.terms.push(term);
    if year || day {
        return next;
    }
    let before = &text[..toks[i].span.start];
    if is_age(text, toks, i) || earlier_figure(words, i) {
        return next;
    }
    let after_number = &text[toks[next - 1].span.end..];
    let percent = after_number.starts_with('%')
        || words.get(next).is_some_and(|w| *w == "percent")
        || words.get(next) == Some(&"per") && words.get(next + 1) == Some(&"cent");
    // "14 of the cases" counts a part of what follows, not the cases.
    let part_of = words.get(next) == Some(&"of");
    let run = (next..toks.len().min(next + 3))
        .take_while(|&j| !text[toks[j - 1].span.end..toks[j].span.start].contains([',', '.']))
        .find(|&j| {
            matches!(lexicon.meaning(&toks[j]), Meaning::Term { id, .. } if lexicon.term(id) != "us")
        })
        .filter(|_| !part_of)
        .map(|j| (j, head_noun(lexicon, text, toks, j)));
    // "nine confirmed cases" counts confirmed cases, not cases: the words before the head
    // noun are part of what is counted.
    let compound = run
        .filter(|(first, head)| head > first)
        .map(|(first, head)| {
            (first..=head)
                .filter_map(|k| match lexicon.meaning(&toks[k]) {
                    Meaning::Term { id, .. } => Some(lexicon.term(id)),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
    // "rose to 37": the figure is what the count has become.
    let rise_verb =
        (i >= 2 && words[i - 1] == "to" && is_rise_or_fall(words[i - 2])).then(|| i - 2);
    let counted_at = run
        .map(|(_, head)| head)
        .or_else(|| counted_before(lexicon, toks, words, i, rise_verb));
    let counted = match terms::currency_before(before) {
        Some(currency) => Some(lexicon.intern(currency, false)),
        None if percent => Some(lexicon.intern("percent", false)),
        None if compound.is_some() => compound.map(|c| lexicon.intern(&c, false)),
        None => counted_at.and_then(|j| match lexicon.meaning(&toks[j]) {
            Meaning::Term { id, .. } => Some(id),
            _ => None,
        }),
    };
    let after_counted = counted_at.map_or(next, |j| (j + 1).max(next));
    let (year, month) = dating::date_of(text, toks, words, i);
    let context = context(
        lexicon,
        text,
        toks,
        words,
        around(i, after_counted, COUNT_REACH, toks.len()),
        counted,
    );
    unit.quantities.push(Quantity {
        value: v,
        unit: counted,
        span: Span::new(toks[i].span.start, toks[next - 1].span.end),
        context,
        setting: Vec::new(),
        revised: rise_verb.is_some() || words.iter().any(|w| terms::marks_revision(w)),
        bound: bound_before(words, i),
        noun: run
            .map(|(first, head)| Span::new(toks[first].span.start, toks[head].span.end))
            .or(counted_at.map(|j| toks[j].span))
            .filter(|_| !percent && terms::currency_before(before).is_none()),
        day: dating::day_near(words, i),
        month,
        year,
        relative: dating::dated_relatively(words),
        kind: match counted {
            Some(t) if terms::is_span_of_time(lexicon.term(t)) => Figure::Duration,
            _ => Figure::Count,
        },
    });
    next
}

/// Words either side of a count read as what is said of it.
const COUNT_REACH: usize = 4;
/// Up to `reach` token indices before the figure at `i` and from `after` on, where what is
/// said of it stands.
fn around(i: usize, after: usize, reach: usize, len: usize) -> impl Iterator<Item = usize> {
    (i.saturating_sub(reach)..i).chain(after..len.min(after + reach))
}

/// The content terms at `at`: what is said of a figure. Reporting verbs and parts of names
/// ("Market Square", "the Corran Estate") say who says it and where, not what is said.
fn context(
    lexicon: &Lexicon,
    text: &str,
    toks: &[Tok],
    words: &[&str],
    at: impl Iterator<Item = usize>,
    counted: Option<TermId>,
) -> Vec<TermId> {
    at.filter_map(|j| said_word(lexicon, text, toks, words, j, counted))
        .collect()
}

/// The term of the word at `j` when it says something of a figure beside it.
pub(super) fn said_word(
    lexicon: &Lexicon,
    text: &str,
    toks: &[Tok],
    words: &[&str],
    j: usize,
    counted: Option<TermId>,
) -> Option<TermId> {
    if matches!(words[j], "said" | "says" | "say" | "told" | "according")
        || (j > 0 && is_name_part(toks[j].span.slice(text)))
    {
        return None;
    }
    match lexicon.meaning(&toks[j]) {
        Meaning::Term { id, .. } if Some(id) != counted => Some(id),
        _ => None,
    }
}

/// The noun a count's words starting at `first` end on: "two police support units" counts
/// units and "three police officers" officers, so the last plural among the words that run on
/// from `first` (no punctuation but a hyphen, no small word between), else `first` ("14 people
/// arrested").
fn head_noun(lexicon: &Lexicon, text: &str, toks: &[Tok], first: usize) -> usize {
    const RUN: usize = 4;
    let is_term = |j: usize| matches!(lexicon.meaning(&toks[j]), Meaning::Term { .. });
    let plural = |j: usize| {
        let word = toks[j].span.slice(text);
        word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("'s")
    };
    (first..toks.len().min(first + RUN))
        .take_while(|&j| {
            j == first
                || (is_term(j)
                    && text[toks[j - 1].span.end..toks[j].span.start]
                        .chars()
                        .all(|c| c.is_whitespace() || c == '-'))
        })
        .filter(|&j| plural(j))
        .last()
        .unwrap_or(first)
}

/// What a figure with no noun after it counts, from the words before it: "the number of cases
/// has risen to 37", "cases rose to 37" (`rise_verb` is where "rose" stands, if it does).
fn counted_before(
    lexicon: &Lexicon,
    toks: &[Tok],
    words: &[&str],
    i: usize,
    rise_verb: Option<usize>,
) -> Option<usize> {
    let term_at = |j: usize| matches!(lexicon.meaning(&toks[j]), Meaning::Term { .. });
    if let Some(of) = (1..i)
        .rev()
        .find(|&j| words[j] == "of" && words[j - 1] == "number")
    {
        return (of + 1..i).find(|&j| term_at(j));
    }
    let subject = rise_verb?.checked_sub(1)?;
    let subject = match words[subject] {
        "has" | "have" | "had" => subject.checked_sub(1)?,
        _ => subject,
    };
    term_at(subject).then_some(subject)
}

/// "Ada Pike, 81, said": a number set off by commas right after a capitalised name is an age,
/// not a count of anything.
fn is_age(text: &str, toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let gap_before = &text[toks[i - 1].span.end..toks[i].span.start];
    let after = &text[toks[i].span.end..];
    gap_before.trim() == ","
        && toks[i - 1].span.slice(text).starts_with(char::is_uppercase)
        && after.starts_with([',', ')', '.', ';'])
}

/// "up from 23", "down from the four": the figure a new one replaced, not a claim of its own.
fn earlier_figure(words: &[&str], i: usize) -> bool {
    // Where the figure's phrase starts: at "the" in "from the 50".
    let from = match i.checked_sub(1).map(|j| words[j]) {
        Some("the") => i - 1,
        _ => i,
    };
    from >= 2
        && words[from - 1] == "from"
        && matches!(words[from - 2], "up" | "down" | "rising" | "falling")
}

/// A word written with a capital inside a clause, as names are ("Market Square"); a word in
/// capitals throughout is a headline's shouting, not a name.
pub fn is_name_part(surface: &str) -> bool {
    surface.starts_with(char::is_uppercase) && surface.chars().any(char::is_lowercase)
}
