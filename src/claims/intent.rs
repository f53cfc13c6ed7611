//! Undecided against decided: some reports say a party is still deciding whether to act ("will
//! decide whether to appeal"), another says flatly that it has committed to the act ("vowed to
//! take the case to the supreme court").

use super::ConflictKind;
use super::conflicts::{Found, distinct_words, says, side_from_units};
use super::lexicon::{Lexicon, TermId};
use super::stories::Stories;
use super::terms;
use super::units::Unit;
use crate::corpus::Corpus;
use crate::text::Span;
use std::collections::BTreeSet;

/// Verbs that commit a party to the act named after "to": "vowed to", "pledged to". Only
/// verbs that say the party has made up its mind: "plans to" or "wants to" leave the choice
/// open, "determined to" and "resolved to" also mean "found" and "settled".
const COMMITTED: &[&str] = &[
    "vow",
    "vows",
    "vowed",
    "vowing",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "promise",
    "promises",
    "promised",
    "promising",
    "swear",
    "swears",
    "swore",
    "sworn",
    "decided",
];
/// Most content words of the act that are compared: the act's own words come first, what
/// follows is circumstance.
const ACT_REACH: usize = 6;
/// Least words two acts share for one to be what the other leaves open: one shared word
/// ("appeal") is often the story's topic, not the act.
const SAME_ACT: usize = 2;
/// Words that end the act's phrase: what follows is another clause.
const ACT_ENDS: &[&str] = &["and", "but", "while", "because", "once", "after", "before"];

/// A statement that a choice is open ("whether to ...") or made ("vowed to ...").
struct Stance {
    unit: usize,
    /// The words as written, from the marker to the end of the act.
    shown: String,
    /// The act's content terms, sorted.
    act: Vec<TermId>,
    /// Who committed: the names before the verb (and those an opening pronoun may stand for).
    actor: Vec<TermId>,
}

/// The unit's lower-cased words with where they stand.
fn words(text: &str, span: Span) -> Vec<(String, Span)> {
    let slice = span.slice(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in slice.char_indices().chain([(slice.len(), ' ')]) {
        let part_of_word = c.is_alphanumeric() || c == '\'' || c == '’';
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = slice[s..i].trim_matches(['\'', '’']).to_lowercase();
                out.push((w, Span::new(span.start + s, span.start + i)));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The act named from word `from` on: its content terms up to punctuation or a word that
/// starts another clause, and the text it spans.
fn act(text: &str, unit: &Unit, ws: &[(String, Span)], from: usize) -> (Vec<TermId>, Span) {
    let start = ws[from].1.start;
    let mut end = ws[from].1.end;
    for (i, (w, span)) in ws.iter().enumerate().skip(from + 1) {
        let gap = &text[ws[i - 1].1.end..span.start];
        if gap.contains([',', ';', ':', '.', '!', '?', '"', '“', '”', '(', ')'])
            || ACT_ENDS.contains(&w.as_str())
        {
            break;
        }
        end = span.end;
    }
    let mut act: Vec<TermId> = unit
        .words
        .iter()
        .filter(|(_, s)| s.start >= start && s.end <= end)
        .map(|(t, _)| *t)
        .take(ACT_REACH)
        .collect();
    act.sort_unstable();
    act.dedup();
    (act, Span::new(start, end))
}

/// What `unit` leaves open and what it says is decided.
fn stances(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    u: usize,
) -> (Option<Stance>, Option<Stance>) {
    let unit = &units[u];
    let text = &corpus.articles[unit.article].text;
    let ws = words(text, unit.clause);
    let (mut open, mut decided) = (None, None);
    for i in 0..ws.len() {
        let w = ws[i].0.as_str();
        let next = |k: usize| ws.get(i + k).map(|(w, _)| w.as_str());
        // "whether to act", "whether or not to act": the choice is still to be made. Quoted or
        // not: a report that carries the party's own "we will decide whether to" says it is
        // undecided.
        if open.is_none() && w == "whether" {
            let after = match (next(1), next(2), next(3)) {
                (Some("to"), ..) => Some(i + 2),
                (Some("or"), Some("not"), Some("to")) => Some(i + 4),
                _ => None,
            };
            if let Some(from) = after.filter(|&f| f < ws.len()) {
                let (act, span) = act(text, unit, &ws, from);
                if !act.is_empty() {
                    open = Some(Stance {
                        unit: u,
                        shown: Span::new(ws[i].1.start, span.end).slice(text).to_string(),
                        act,
                        actor: Vec::new(),
                    });
                }
            }
        }
        // "vowed to act", in the report's own words, not denied ("never promised to"), not
        // hedged ("reportedly vowed to").
        if decided.is_none()
            && COMMITTED.contains(&w)
            && next(1) == Some("to")
            && i + 2 < ws.len()
            && unit.hedge.is_none()
            && !ws[i.saturating_sub(2)..i]
                .iter()
                .any(|(w, _)| terms::is_negator(w))
            && !unit.in_quotes(ws[i].1.start)
        {
            let (act, span) = act(text, unit, &ws, i + 2);
            let mut actor: Vec<TermId> = unit
                .words
                .iter()
                .filter(|(_, s)| s.end <= ws[i].1.start)
                .map(|(t, _)| *t)
                .chain(unit.antecedent.iter().copied())
                .filter(|&t| lexicon.is_name(t))
                .collect();
            actor.sort_unstable();
            actor.dedup();
            if !act.is_empty() {
                decided = Some(Stance {
                    unit: u,
                    shown: Span::new(ws[i].1.start, span.end).slice(text).to_string(),
                    act,
                    actor,
                });
            }
        }
    }
    (open, decided)
}

fn shared(a: &[TermId], b: &[TermId]) -> usize {
    crate::sorted::common(a, b).count()
}

/// Conflicts between reports that say a choice is still open and reports that say it was made,
/// on the same act by a party the open side names. `group_of` gives each unit's claim.
pub fn conflicts(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    stories: &Stories,
    group_of: &[usize],
) -> Vec<Found> {
    let (mut open, mut decided) = (Vec::new(), Vec::new());
    for u in 0..units.len() {
        let (o, d) = stances(corpus, lexicon, units, u);
        open.extend(o);
        decided.extend(d);
    }
    if open.is_empty() || decided.is_empty() {
        return Vec::new();
    }
    // The open statements about an act some report says was decided: those sharing the act's
    // words, and those that share a word with them ("whether to appeal" beside "whether to
    // seek leave to appeal to the supreme court").
    let seeds: Vec<&Stance> = open
        .iter()
        .filter(|o| {
            decided.iter().any(|d| {
                units[d.unit].article != units[o.unit].article && shared(&o.act, &d.act) >= SAME_ACT
            })
        })
        .collect();
    if seeds.is_empty() {
        return Vec::new();
    }
    let seed_words: BTreeSet<TermId> = seeds.iter().flat_map(|o| o.act.iter().copied()).collect();
    let open: Vec<&Stance> = open
        .iter()
        .filter(|o| o.act.iter().any(|t| seed_words.contains(t)))
        .collect();
    // Who the open side is about: a party that committed must be one it names ("Mayor
    // Whitcombe vowed" against "Whitcombe said ... whether to appeal"); a party named by no
    // one who leaves the choice open may have made its own.
    let named: BTreeSet<TermId> = open
        .iter()
        .flat_map(|o| units[o.unit].terms.iter().copied())
        .collect();
    let decided: Vec<&Stance> = decided
        .iter()
        .filter(|d| {
            d.actor.iter().any(|t| named.contains(t))
                && open.iter().any(|o| shared(&o.act, &d.act) >= SAME_ACT)
        })
        .collect();
    // A report on both sides takes neither: it may tell the choice was made since.
    let articles =
        |ss: &[&Stance]| -> BTreeSet<usize> { ss.iter().map(|s| units[s.unit].article).collect() };
    let (open_in, decided_in) = (articles(&open), articles(&decided));
    let keep = |ss: &mut Vec<&Stance>, other: &BTreeSet<usize>| {
        ss.retain(|s| !other.contains(&units[s.unit].article));
    };
    let (mut open, mut decided) = (open, decided);
    keep(&mut open, &decided_in);
    keep(&mut decided, &open_in);
    if open.is_empty() || decided.is_empty() {
        return Vec::new();
    }
    // Only reports of one story: "whether to appeal" in one case and "vowed to appeal" in
    // another are not in conflict. The statements whose acts share words tell it.
    let mut told: Vec<usize> = articles(&decided).into_iter().collect();
    told.extend(seeds.iter().map(|o| units[o.unit].article));
    told.sort_unstable();
    told.dedup();
    let same_story = stories.telling(&told, articles(&open).into_iter());
    open.retain(|o| same_story.contains(&units[o.unit].article));
    if open.is_empty() {
        return Vec::new();
    }
    let side = |ss: &[&Stance]| {
        let shown = distinct_words(ss.iter().map(|s| s.shown.clone()));
        side_from_units(shown, ss.iter().map(|s| s.unit).collect(), units)
    };
    let (open_side, decided_side) = (side(&open), side(&decided));
    let reason = format!(
        "{}: {} it is still to be decided (“{}”), while {} it was decided (“{}”)",
        ConflictKind::Hedge.label(),
        says(corpus, &open_side.sources),
        open_side.text,
        says(corpus, &decided_side.sources),
        decided_side.text,
    );
    vec![Found {
        kind: ConflictKind::Hedge,
        reason,
        groups: vec![group_of[decided[0].unit]],
        sides: vec![decided_side, open_side],
        contradicts: false,
    }]
}
