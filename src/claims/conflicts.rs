//! Conflicts between sources: opposite polarity ("signed" / "unsigned") on the same topic,
//! different numbers for the same quantity, different people in the same role, the same quote
//! given to different speakers, and hedged against flat statements of one claim.

use super::ConflictKind;
use super::lexicon::{Lexicon, TermId};
use super::polarity::Opposed;
use super::quoting::Quoting;
use super::stories::Stories;
use super::units::{Unit, overlapping};
use crate::corpus::Corpus;
use crate::text::{Span, sanitise_line};
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hash;

/// Fewest words (of three letters or more) two members of a quote must share for their
/// speakers to be set against each other.
const DRIFT_WORDS: usize = 4;

/// One place a side of a conflict is stated: source, sentence, clause.
pub type Place = (usize, Span, Span);

#[derive(Debug, Clone)]
pub struct FoundSide {
    pub sources: Vec<usize>,
    pub text: String,
    pub places: Vec<Place>,
    /// Units that state this side, when the side comes from units.
    pub units: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Found {
    pub kind: ConflictKind,
    pub reason: String,
    pub sides: Vec<FoundSide>,
    /// Groups (claims) the conflict bears on, the main one first.
    pub groups: Vec<usize>,
    /// Whether a side's sources contradict the claim of the other sides (not so for hedges).
    pub contradicts: bool,
}

pub fn find(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    groups: &[Vec<usize>],
    stories: &Stories,
    quoting: &Quoting,
    opposed: Vec<Opposed>,
) -> Vec<Found> {
    let group_of = super::cluster::claim_of(groups, units.len());
    let mut found: Vec<Found> = opposed.into_iter().map(|o| o.file(&group_of)).collect();
    found.extend(super::figures::conflicts(
        corpus, lexicon, units, &group_of, stories,
    ));
    for (g, members) in groups.iter().enumerate() {
        found.extend(roles(corpus, units, g, members));
        found.extend(hedges(corpus, units, g, members));
    }
    found.extend(attribution_drift(corpus, units, &group_of, quoting));
    found.extend(super::intent::conflicts(
        corpus, lexicon, units, stories, &group_of,
    ));
    found
}

pub fn list(ids: &[&str]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub fn says(corpus: &Corpus, sources: &[usize]) -> String {
    let ids: Vec<&str> = sources
        .iter()
        .map(|&s| corpus.articles[s].id.as_str())
        .collect();
    let verb = if ids.len() == 1 { "says" } else { "say" };
    format!("{} {verb}", list(&ids))
}

fn place(u: &Unit) -> Place {
    (u.article, u.sentence, u.clause)
}

pub fn side_from_units(text: String, mut us: Vec<usize>, units: &[Unit]) -> FoundSide {
    us.sort_unstable();
    us.dedup();
    let sources: BTreeSet<usize> = us.iter().map(|&u| units[u].article).collect();
    FoundSide {
        sources: sources.into_iter().collect(),
        text,
        places: us.iter().map(|&u| place(&units[u])).collect(),
        units: us,
    }
}

/// How a side's statements word it, each wording once in lower case: "not signed / unsigned".
pub fn distinct_words(words: impl IntoIterator<Item = String>) -> String {
    let mut distinct: Vec<String> = Vec::new();
    for w in words {
        let w = w.to_lowercase();
        if !distinct.contains(&w) {
            distinct.push(w);
        }
    }
    distinct.join(" / ")
}

/// Per source, the values it gives; sources giving one value each, grouped by value.
fn single_valued<K: Ord + Clone>(
    per_source: BTreeMap<usize, Vec<(K, usize)>>,
) -> BTreeMap<K, Vec<usize>> {
    let mut by_value: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for (_, values) in per_source {
        let distinct: BTreeSet<&K> = values.iter().map(|(k, _)| k).collect();
        if distinct.len() == 1 {
            let key = values[0].0.clone();
            by_value
                .entry(key)
                .or_default()
                .extend(values.iter().map(|(_, u)| *u));
        }
    }
    by_value
}

/// A conflict between sources that fill one slot (a role) differently: a side per value, shown
/// as first written, the majority first; `reason` is given the sides as text.
fn slot_conflict<K: Ord + Hash + Eq>(
    corpus: &Corpus,
    units: &[Unit],
    g: usize,
    by_value: BTreeMap<K, Vec<usize>>,
    shown: &HashMap<K, String>,
    kind: ConflictKind,
    reason: impl FnOnce(String) -> String,
) -> Found {
    let sides: Vec<FoundSide> = by_value
        .into_iter()
        .map(|(v, us)| side_from_units(shown[&v].clone(), us, units))
        .collect();
    slot_found(corpus, sides, vec![g], kind, reason)
}

/// The conflict of `sides` that fill one slot (a quantity, a role) differently, under claim
/// `g`, the majority first; `reason` is given the sides as text.
pub fn slot_found(
    corpus: &Corpus,
    sides: Vec<FoundSide>,
    groups: Vec<usize>,
    kind: ConflictKind,
    reason: impl FnOnce(String) -> String,
) -> Found {
    let sides = majority_first(sides);
    let parts: Vec<String> = sides
        .iter()
        .map(|s| format!("{} ({})", s.text, ids(corpus, &s.sources)))
        .collect();
    Found {
        kind,
        reason: reason(parts.join(" vs ")),
        sides,
        groups,
        contradicts: true,
    }
}

fn ids(corpus: &Corpus, sources: &[usize]) -> String {
    sources
        .iter()
        .map(|&s| corpus.articles[s].id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The side most sources take comes first: it is the claim; the others contradict it.
fn majority_first(mut sides: Vec<FoundSide>) -> Vec<FoundSide> {
    sides.sort_by_key(|s| std::cmp::Reverse(s.sources.len()));
    sides
}

fn roles(corpus: &Corpus, units: &[Unit], g: usize, members: &[usize]) -> Vec<Found> {
    // Per role: (article -> (person, statement)), each person as first written, and the role's
    // word as first written; one pass over the members, so a big claim costs its size.
    type PerRole = (
        BTreeMap<usize, Vec<(TermId, usize)>>,
        HashMap<TermId, String>,
        String,
    );
    let mut by_role: BTreeMap<String, PerRole> = BTreeMap::new();
    for &u in members {
        let text = &corpus.articles[units[u].article].text;
        for p in &units[u].people {
            let office = p.role_span.slice(text).to_lowercase().replace('.', "");
            let (per_source, shown, role_word) = by_role.entry(office).or_default();
            per_source
                .entry(units[u].article)
                .or_default()
                .push((p.key, u));
            shown
                .entry(p.key)
                .or_insert_with(|| p.span.slice(text).to_string());
            if role_word.is_empty() {
                *role_word = p.role_span.slice(text).to_lowercase();
            }
        }
    }
    let mut out = Vec::new();
    for (per_source, shown, role_word) in by_role.into_values() {
        let by_person = single_valued(per_source);
        if by_person.len() < 2 || names_overlap(by_person.keys().map(|k| shown[k].as_str())) {
            continue;
        }
        out.push(slot_conflict(
            corpus,
            units,
            g,
            by_person,
            &shown,
            ConflictKind::Role,
            |sides| format!("{} (“{role_word}”): {sides}", ConflictKind::Role.label()),
        ));
    }
    out
}

/// Each name's words, folded for spelling.
fn name_words<'a>(names: impl Iterator<Item = &'a str>) -> Vec<Vec<String>> {
    names
        .map(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| crate::text::name_key(&w.to_lowercase()))
                .collect()
        })
        .collect()
}

/// Whether some two of `names` relate as `related` says.
fn any_pair(words: &[Vec<String>], related: impl Fn(&[String], &[String]) -> bool) -> bool {
    words.iter().enumerate().any(|(i, a)| {
        words
            .iter()
            .enumerate()
            .any(|(j, b)| i != j && related(a, b))
    })
}

/// Whether one name shares a word with another ("Mark" and "Mark Esper"): not two people for
/// sure.
fn names_overlap<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    any_pair(&name_words(names), |a, b| a.iter().any(|w| b.contains(w)))
}

/// Whether one name's words all stand in another ("Corran" in "Ilse Corran", "Lidia Varosh" in
/// "Internal Affairs Lidia Varosh"): perhaps one person, so never two sides of a drift.
fn one_within_another<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    any_pair(&name_words(names), |a, b| {
        !a.is_empty() && a.iter().all(|w| b.contains(w))
    })
}

fn hedges(corpus: &Corpus, units: &[Unit], g: usize, members: &[usize]) -> Vec<Found> {
    let mut per_source: BTreeMap<usize, Vec<(bool, usize)>> = BTreeMap::new();
    for &u in members {
        let text = &corpus.articles[units[u].article].text;
        // A statement that quotes someone ("cluster 'may be linked' to water") states nothing
        // flatly in the report's own voice: it takes neither side.
        let quoting = units[u]
            .clause
            .slice(text)
            .contains(['"', '“', '”', '‘', '«', '»']);
        if units[u].hedge.is_none() && quoting {
            continue;
        }
        per_source
            .entry(units[u].article)
            .or_default()
            .push((units[u].hedge.is_some(), u));
    }
    let by_hedge = single_valued(per_source);
    let (Some(hedged), Some(flat)) = (by_hedge.get(&true), by_hedge.get(&false)) else {
        return Vec::new();
    };
    // The flat statements must say what is hedged, not only share the claim's topic: most of
    // the hedged words stand in them ("could have come from the public supply" / "the water
    // from the public supply made them ill").
    let hedged_words: BTreeSet<TermId> = hedged
        .iter()
        .flat_map(|&u| units[u].hedged_terms.iter().copied())
        .collect();
    let says_it = |u: usize| {
        let shared = units[u]
            .terms
            .iter()
            .filter(|t| hedged_words.contains(t))
            .count();
        shared >= 2 || shared * 2 > hedged_words.len()
    };
    let flat: Vec<usize> = flat.iter().copied().filter(|&u| says_it(u)).collect();
    let flat = &flat;
    if flat.is_empty() || hedged_words.is_empty() {
        return Vec::new();
    }
    let words = distinct_words(
        hedged
            .iter()
            .map(|&u| units[u].hedge.clone().unwrap_or_default()),
    );
    let hedged = side_from_units(words, hedged.clone(), units);
    let flat = side_from_units("stated flatly".into(), flat.clone(), units);
    let (h, f) = (hedged.sources.len(), flat.sources.len());
    Vec::from([Found {
        kind: ConflictKind::Hedge,
        reason: format!(
            "{}: {} source{} hedge{} it (“{}”), {} state{} it flatly",
            ConflictKind::Hedge.label(),
            h,
            if h == 1 { "" } else { "s" },
            if h == 1 { "s" } else { "" },
            hedged.text,
            f,
            if f == 1 { "s" } else { "" },
        ),
        sides: vec![flat, hedged],
        groups: vec![g],
        contradicts: false,
    }])
}

/// The words of a quoted span, lower-cased, for telling whether two quotes hold the same words.
fn words_of(text: &str, span: Span) -> BTreeSet<String> {
    span.slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}

fn attribution_drift(
    corpus: &Corpus,
    units: &[Unit],
    group_of: &[usize],
    quoting: &Quoting,
) -> Vec<Found> {
    let mut out = Vec::new();
    for quote in &quoting.inputs.quote_groups {
        // Each member a surely named person is given: (index, article, span, person, name).
        let mut attributed = Vec::new();
        for (i, &(article, span)) in quote.iter().enumerate() {
            let Some(a) = corpus.articles.get(article) else {
                continue;
            };
            if span.end > a.text.len() {
                continue;
            }
            // Only people the text names surely take part: a pronoun's guess, a role or a
            // document without its author would flag readings, not reports.
            let (Some(person), Some(speaker)) = (
                quoting.person(article, span),
                quoting.speaker(article, span),
            ) else {
                continue;
            };
            attributed.push((i, article, span, person, speaker, words_of(&a.text, span)));
        }
        // Two speakers drift only over the same words: a member counts when it shares most of
        // its words with a member given to someone else, so a source that quotes two people
        // in one run ("... not out. We will not speculate ...") is set against the speaker of
        // the words it shares, not against both.
        // A stock phrase of two or three words ("a bad deal") is said by many people: too few
        // words to say whose they are.
        let shares_words = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
            let common = x.intersection(y).count();
            common >= DRIFT_WORDS && common * 2 >= x.len().min(y.len())
        };
        let kept: Vec<_> = attributed
            .iter()
            .filter(|(_, _, _, person, _, words)| {
                attributed
                    .iter()
                    .any(|o| o.3 != *person && shares_words(words, &o.5))
            })
            .collect();
        // person -> (as written, places)
        let mut by_speaker: BTreeMap<usize, (String, Vec<Place>)> = BTreeMap::new();
        let mut per_source: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
        for &&(i, article, span, person, speaker, _) in &kept {
            let a = &corpus.articles[article];
            per_source.entry(article).or_default().push((person, i));
            // Every sentence the quoted words run through, so the evidence shows them whole.
            let first = a.sentence_at(span.start).unwrap_or(span);
            let last = a.sentence_at(span.end.saturating_sub(1)).unwrap_or(span);
            let sentence = Span::new(first.start.min(span.start), last.end.max(span.end));
            by_speaker
                .entry(person)
                .or_insert_with(|| (sanitise_line(speaker), Vec::new()))
                .1
                .push((article, sentence, span));
        }
        let single = single_valued(per_source);
        if single.len() < 2 || one_within_another(single.keys().map(|k| by_speaker[k].0.as_str())) {
            continue;
        }
        let sides: Vec<FoundSide> = single
            .iter()
            .map(|(key, members)| {
                let (name, places) = &by_speaker[key];
                let sources: BTreeSet<usize> = members.iter().map(|&i| quote[i].0).collect();
                FoundSide {
                    sources: sources.into_iter().collect(),
                    text: name.clone(),
                    places: places.clone(),
                    units: Vec::new(),
                }
            })
            .collect();
        let parts: Vec<String> = sides
            .iter()
            .map(|s| format!("{} ({})", s.text, ids(corpus, &s.sources)))
            .collect();
        // Filed under the claim that holds most of the quote's statements: a long quote's
        // parts can be claims of their own, and the drift is of the quote, not of each part.
        let mut holding: BTreeMap<usize, usize> = BTreeMap::new();
        for &(article, span) in quote {
            for u in overlapping(units, article, span) {
                *holding.entry(group_of[u]).or_default() += 1;
            }
        }
        let groups: Vec<usize> = holding
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(&g, _)| g)
            .into_iter()
            .collect();
        out.push(Found {
            kind: ConflictKind::Attribution,
            reason: format!(
                "{}: the same quote is attributed to {}",
                ConflictKind::Attribution.label(),
                parts.join(" vs ")
            ),
            sides: majority_first(sides),
            groups,
            contradicts: true,
        });
    }
    out
}
