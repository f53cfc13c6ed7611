//! Statements: each content sentence cut at clause joints ("..., but", "; ", ", and") into the
//! units that are compared, each with its terms, quantities, people in roles, negated words,
//! hedges, and whether it is quoted.

use super::lexicon::{Lexicon, Meaning, Sentence, TermId, Tok};
use super::quantities::{self, Quantity};
use super::roles::{is_name_tok, joined};
use super::terms;
use super::{asides, clock, decision, readings, roles, votes};

pub use super::roles::Person;
use crate::corpus::Corpus;
use crate::quotes;
use crate::text::Span;

/// Fewest distinct terms on each side of a clause joint for the sentence to be cut there.
const MIN_CLAUSE_TERMS: usize = 3;
/// Words after ", and" that show a new clause begins rather than a list going on.
const STARTS_CLAUSE: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this",
    "that", "these", "those", "there",
];
/// How far after a negator the negated word may stand.
const NEGATION_REACH: usize = 4;

#[derive(Debug, Clone)]
pub struct Unit {
    pub article: usize,
    pub sentence: Span,
    pub clause: Span,
    /// Distinct terms, sorted.
    pub terms: Vec<TermId>,
    /// Terms said not to hold ("not signed", "unsigned", "no decision"), with the words that
    /// say so.
    pub negated: Vec<(TermId, Span)>,
    /// Terms the unit uses inside quotation marks.
    pub quoted_terms: Vec<TermId>,
    /// Terms of acts the unit gives as ordered, planned or wanted ("told officials to
    /// suspend", "agreed to quietly withdraw"), not as done. Sorted.
    pub intended: Vec<TermId>,
    /// When the unit opens with a pronoun, the terms of the sentence before it: what the
    /// pronoun may stand for.
    pub antecedent: Vec<TermId>,
    /// Each content word's term and where it stands, in reading order.
    pub words: Vec<(TermId, Span)>,
    pub quantities: Vec<Quantity>,
    pub people: Vec<Person>,
    /// The hedge words, as written ("reportedly", "appeared to").
    pub hedge: Option<String>,
    /// What is hedged: the content terms of the few words after the hedge ("could have come
    /// from the public supply").
    pub hedged_terms: Vec<TermId>,
    pub denial: bool,
    pub confirmation: bool,
    /// Whether most of the unit's words are quoted.
    pub quoted: bool,
    /// The stretches of the clause inside quotation marks, in order.
    pub quotes: Vec<Span>,
    /// The act this statement reports, when it is a body's decision (see `decision`).
    pub act: Option<TermId>,
}

impl Unit {
    pub fn negates(&self, term: TermId) -> bool {
        self.negated.iter().any(|(t, _)| *t == term)
    }

    /// Whether byte `pos` of the article stands inside quotation marks.
    pub fn in_quotes(&self, pos: usize) -> bool {
        quotes::is_quoted(&self.quotes, pos)
    }

    /// Where `term` stands in the unit, if it does.
    pub fn word_span(&self, term: TermId) -> Option<Span> {
        self.words.iter().find(|(t, _)| *t == term).map(|(_, s)| *s)
    }
}

/// How many words after a hedge say what it hedges.
const HEDGE_REACH: usize = 6;

/// Every unit of the corpus worth checking, in article and reading order.
/// `normals` are the normal forms `lexicon::read` returned: a unit's words borrow them while its
/// numbers and acts are interned as terms.
pub fn extract(
    corpus: &Corpus,
    lexicon: &mut Lexicon,
    normals: &[String],
    sentences: &[Sentence],
) -> Vec<Unit> {
    let mut units = Vec::new();
    // The content terms of the sentence before, in the same article: what a unit that opens
    // with a pronoun ("It was signed by ...") may be about, even when that sentence was too
    // short to be a unit ("Letter specified.").
    let mut before: (usize, Vec<TermId>) = (usize::MAX, Vec::new());
    // Quotes are found over the whole article, not sentence by sentence: a quote opened in
    // one sentence goes on in the next ones of its paragraph until it closes.
    let mut quotes: Vec<Span> = Vec::new();
    for s in sentences {
        let text = &corpus.articles[s.article].text;
        if before.0 != s.article {
            before = (s.article, Vec::new());
            quotes = quotes::quoted_spans(&corpus.articles[s.article]);
        }
        let quoted = quoted_tokens(&quotes, s);
        let first_unit = units.len();
        let mut start = 0;
        for end in clause_ends(lexicon, normals, text, &s.toks) {
            // A sentence of punctuation alone (a lone closing quote, a dash) has no tokens and
            // so no clause to build.
            if end == start {
                continue;
            }
            let asides = asides::find(
                lexicon,
                normals,
                text,
                &s.toks,
                start..end,
                MIN_CLAUSE_TERMS,
            );
            let mut built = Vec::with_capacity(1 + asides.len());
            if asides.is_empty() {
                built.push(build(lexicon, normals, text, s, start..end, &quoted));
            } else {
                // The sentence around its asides, read as if they were not there, then each
                // aside with the words it is said of.
                let kept = |i: &usize| !asides.iter().any(|a| (a.start..a.end).contains(i));
                let around = Sentence {
                    article: s.article,
                    span: s.span,
                    toks: (start..end).filter(kept).map(|i| s.toks[i]).collect(),
                };
                let around_quoted: Vec<bool> =
                    (start..end).filter(kept).map(|i| quoted[i]).collect();
                built.push(build(
                    lexicon,
                    normals,
                    text,
                    &around,
                    0..around.toks.len(),
                    &around_quoted,
                ));
                for a in &asides {
                    built.push(build(lexicon, normals, text, s, a.head..a.end, &quoted));
                }
            }
            for mut unit in built {
                unit.quotes = quotes
                    .iter()
                    .filter(|q| q.overlaps(unit.clause))
                    .map(|q| Span::new(q.start.max(unit.clause.start), q.end.min(unit.clause.end)))
                    .collect();
                // Figures and dates alone ("14:05", "Sunday 9 November 2025, 2.20pm": a live
                // blog's or a page's time stamp) state nothing.
                let worded = unit.words.iter().any(|&(t, span)| {
                    !lexicon.is_figure(t) && !is_calendar_word(&span.slice(text).to_lowercase())
                });
                if worded
                    && (unit.terms.len() >= MIN_CLAUSE_TERMS
                        || (!unit.quantities.is_empty() && unit.terms.len() >= 2))
                {
                    let opening = normals[s.toks[start].normal as usize].as_str();
                    if matches!(opening, "it" | "this" | "that" | "they" | "he" | "she") {
                        unit.antecedent = before.1.clone();
                    }
                    units.push(unit);
                }
            }
            start = end;
        }
        times_said_of_sentence(lexicon, text, s, &mut units[first_unit..]);
        before.1 = s
            .toks
            .iter()
            .filter_map(|t| match lexicon.meaning(t) {
                Meaning::Term { id, .. } => Some(id),
                _ => None,
            })
            .collect();
    }
    units
}

/// A weekday, a month or a day named from today: words that only date what a line says.
fn is_calendar_word(word: &str) -> bool {
    use crate::text::calendar::{RELATIVE_DAYS, WEEKDAYS};
    WEEKDAYS.contains(&word) || RELATIVE_DAYS.contains(&word) || terms::is_month(word)
}

/// Gives each time of day or vote its setting: the terms of the whole sentence it stands in,
/// or of its own clause where other clauses of the sentence give times too ("the square was
/// cleared by 7.30pm, and the road reopened at 6am" dates two events).
fn times_said_of_sentence(lexicon: &Lexicon, text: &str, sentence: &Sentence, units: &mut [Unit]) {
    let timed = |u: &Unit| u.quantities.iter().any(|q| q.kind.read_from_words());
    let clauses = units.iter().filter(|u| timed(u)).count();
    if clauses == 0 {
        return;
    }
    let first_word = sentence.toks.first().map(|t| t.span.start);
    let said = |units: &[Unit]| -> Vec<TermId> {
        let mut said: Vec<TermId> = units
            .iter()
            .flat_map(|u| u.words.iter())
            // Any sentence opens with a capital; further on, one marks part of a name.
            .filter(|&&(t, span)| {
                !lexicon.is_name(t)
                    && (Some(span.start) == first_word
                        || !quantities::is_name_part(span.slice(text)))
            })
            .map(|&(t, _)| t)
            .collect();
        said.sort_unstable();
        said.dedup();
        said
    };
    let whole = (clauses == 1).then(|| said(units));
    for u in 0..units.len() {
        if !timed(&units[u]) {
            continue;
        }
        let setting = whole.clone().unwrap_or_else(|| said(&units[u..=u]));
        for q in &mut units[u].quantities {
            if q.kind.read_from_words() {
                q.setting = setting.clone();
            }
        }
    }
}

/// Whether the word at `i` follows "to", maybe past an adverb ("to quietly suspend"): an act
/// ordered, planned or wanted.
fn after_to(words: &[&str], i: usize) -> bool {
    let back = |n: usize| i.checked_sub(n).map_or("", |j| words[j]);
    back(1) == "to" || (back(2) == "to" && back(1).ends_with("ly"))
}

pub(super) fn content_terms(lexicon: &Lexicon, toks: &[Tok]) -> usize {
    let mut ids: Vec<u32> = toks
        .iter()
        .filter(|t| lexicon.meaning(t) != Meaning::Stop)
        .map(|t| t.normal)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Token indices where clauses end (exclusive), the last being the sentence's end.
fn clause_ends(lexicon: &Lexicon, normals: &[String], text: &str, toks: &[Tok]) -> Vec<usize> {
    let normal = |t: &Tok| normals[t.normal as usize].as_str();
    let mut ends = Vec::new();
    let mut start = 0;
    for j in 1..toks.len() {
        let gap = &text[toks[j - 1].span.end..toks[j].span.start];
        let word = normal(&toks[j]);
        let joint = gap.contains(';')
            || matches!(word, "but" | "whereas" | "although" | "though")
            || (gap.contains(',') && word == "which")
            || (gap.contains(',')
                && matches!(word, "and" | "while")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| STARTS_CLAUSE.contains(&normal(t))));
        if joint
            && content_terms(lexicon, &toks[start..j]) >= MIN_CLAUSE_TERMS
            && content_terms(lexicon, &toks[j..]) >= MIN_CLAUSE_TERMS
        {
            ends.push(j);
            start = j;
        }
    }
    ends.push(toks.len());
    ends
}

/// Per token of the sentence, whether it stands inside quotation marks.
fn quoted_tokens(quotes: &[Span], s: &Sentence) -> Vec<bool> {
    s.toks
        .iter()
        .map(|t| quotes::is_quoted(quotes, t.span.start))
        .collect()
}

fn build(
    lexicon: &mut Lexicon,
    normals: &[String],
    text: &str,
    s: &Sentence,
    range: std::ops::Range<usize>,
    quoted: &[bool],
) -> Unit {
    let toks = &s.toks[range.clone()];
    let clause = Span::new(toks[0].span.start, toks[toks.len() - 1].span.end);
    let words: Vec<&str> = toks
        .iter()
        .map(|t| normals[t.normal as usize].as_str())
        .collect();
    let mut unit = Unit {
        article: s.article,
        sentence: s.span,
        clause: extend_to_punctuation(text, clause, s.span),
        terms: Vec::new(),
        negated: Vec::new(),
        quoted_terms: Vec::new(),
        intended: Vec::new(),
        antecedent: Vec::new(),
        words: Vec::new(),
        quantities: Vec::new(),
        people: Vec::new(),
        hedge: None,
        hedged_terms: Vec::new(),
        denial: false,
        confirmation: false,
        quotes: Vec::new(),
        act: None,
        quoted: quoted[range.clone()].iter().filter(|q| **q).count() * 2 > toks.len(),
    };
    let mut skip_until = 0;
    for (i, tok) in toks.iter().enumerate() {
        let word = words[i];
        unit.denial |= terms::is_denial(word);
        unit.confirmation |= terms::is_confirmation(word);
        // Words inside quotation marks are the speaker's: a hedge or a negation there says
        // nothing of how the report itself states the claim, and two reports' cuts of one
        // quote are compared in Compare, not here.
        let in_quotes = quoted.get(range.start + i).copied().unwrap_or(false);
        if in_quotes && let Meaning::Term { id, .. } = lexicon.meaning(tok) {
            unit.quoted_terms.push(id);
        }
        if unit.hedge.is_none()
            && !in_quotes
            && let Some(n) = terms::hedge_at(&words, i)
        {
            let span = Span::new(tok.span.start, toks[i + n - 1].span.end);
            unit.hedge = Some(span.slice(text).to_string());
            unit.hedged_terms = toks[i + n..toks.len().min(i + n + HEDGE_REACH)]
                .iter()
                .filter_map(|t| match lexicon.meaning(t) {
                    Meaning::Term { id, .. } => Some(id),
                    _ => None,
                })
                .collect();
        }
        if terms::is_negator(word)
            && !in_quotes
            && !words
                .get(i + 1)
                .is_some_and(|w| terms::is_false_negation(w))
            && let Some((id, j)) = negated_after(lexicon, toks, &words, i)
            && !words[j + 1..].contains(&"until")
            // "a level never recorded before" says it is the first time: a record, not that
            // nothing was recorded.
            && !(word == "never" && words[j + 1..].contains(&"before"))
            && !quoted.get(range.start + j).copied().unwrap_or(false)
        {
            unit.negated
                .push((id, Span::new(tok.span.start, toks[j].span.end)));
        }
        if i < skip_until {
            continue;
        }
        let read =
            clock::reading(text, toks, &words, i).or_else(|| votes::reading(text, toks, &words, i));
        if let Some(reading) = read {
            skip_until = readings::read_figure(lexicon, text, toks, &words, i, reading, &mut unit);
            continue;
        }
        if let Some(v) = terms::number_word(word).filter(|v| *v >= 2.0) {
            skip_until = quantities::quantity(lexicon, text, toks, &words, i, v, &mut unit);
            continue;
        }
        match lexicon.meaning(tok) {
            Meaning::Stop => {}
            Meaning::Number(v) => {
                skip_until = quantities::quantity(lexicon, text, toks, &words, i, v, &mut unit);
            }
            Meaning::Term { id, negated } => {
                // A name counts once, by its last word: "Mark Milley" is one name, not two.
                let name_goes_on = lexicon.is_name(id)
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| is_name_tok(lexicon, n) && joined(text, tok, n));
                if !name_goes_on {
                    unit.terms.push(id);
                }
                unit.words.push((id, tok.span));
                if after_to(&words, i) {
                    unit.intended.push(id);
                }
                if negated && !in_quotes {
                    unit.negated.push((id, tok.span));
                }
                if lexicon.is_name(id) && (i == 0 || !is_name_tok(lexicon, &toks[i - 1])) {
                    unit.people
                        .extend(roles::person(lexicon, text, toks, &words, i));
                }
            }
        }
    }
    unit.act = decision::act(lexicon, toks, &words);
    unit.terms.extend(unit.act);
    unit.terms.sort_unstable();
    unit.terms.dedup();
    unit.negated.dedup_by_key(|(t, _)| *t);
    unit.quoted_terms.sort_unstable();
    unit.quoted_terms.dedup();
    unit.intended.sort_unstable();
    unit.intended.dedup();
    unit
}

/// Takes a clause's closing punctuation (and closing quote) with it, within the sentence.
fn extend_to_punctuation(text: &str, clause: Span, sentence: Span) -> Span {
    let rest = &text[clause.end..sentence.end];
    let take: usize = rest
        .chars()
        .take_while(|c| !c.is_alphanumeric() && !c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    Span::new(clause.start, clause.end + take)
}

/// The word a negator at `i` negates, and its index: the first content word after it that is
/// not an adverb ("not immediately clear" negates "clear"; "not unsigned" negates nothing).
fn negated_after(
    lexicon: &Lexicon,
    toks: &[Tok],
    words: &[&str],
    i: usize,
) -> Option<(TermId, usize)> {
    (i + 1..toks.len().min(i + 1 + NEGATION_REACH))
        .find_map(|j| match lexicon.meaning(&toks[j]) {
            Meaning::Term { id, negated: false } if !words[j].ends_with("ly") => {
                Some(Some((id, j)))
            }
            Meaning::Term { .. } if !words[j].ends_with("ly") => Some(None),
            _ => None,
        })
        .flatten()
}

/// The units of `article` whose sentence overlaps `span`; `units` are in article and reading
/// order, as `extract` returns them.
pub fn overlapping(units: &[Unit], article: usize, span: Span) -> std::ops::Range<usize> {
    let start = units.partition_point(|u| (u.article, u.sentence.end) <= (article, span.start));
    let end = units.partition_point(|u| (u.article, u.sentence.start) < (article, span.end));
    start..end.max(start)
}
