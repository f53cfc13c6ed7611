//! Conflicts between sources: opposite polarity ("signed" / "unsigned") on the same topic,
//! different numbers for the same quantity, different people in the same role, the same quote
//! given to different speakers, and hedged against flat statements of one claim.

use super::cluster::Weights;
use super::lexicon::{Lexicon, TermId};
use super::units::{Unit, overlapping};
use super::{ClaimInputs, ConflictKind, terms};
use crate::corpus::Corpus;
use crate::text::{Span, sanitise_line};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Least topic similarity (weighted cosine of a sentence and the one before it, the disputed
/// word left out) for a negated and an affirmed statement to be about the same thing.
const SAME_TOPIC: f64 = 0.2;
/// Least similarity of two whole reports for them to tell the same story.
const SAME_STORY: f64 = 0.25;
/// Most statements on the other side a statement is compared with, to bound the cost.
const TOPIC_COMPARISONS: usize = 64;

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
    weights: &Weights,
    groups: &[Vec<usize>],
    inputs: &ClaimInputs,
) -> Vec<Found> {
    let mut group_of = vec![usize::MAX; units.len()];
    for (g, members) in groups.iter().enumerate() {
        for &u in members {
            group_of[u] = g;
        }
    }
    let mut found = polarity(corpus, units, weights, &group_of);
    for (g, members) in groups.iter().enumerate() {
        found.extend(numbers(corpus, lexicon, units, g, members));
        found.extend(roles(corpus, units, g, members));
        found.extend(hedges(units, g, members));
    }
    found.extend(attribution_drift(corpus, units, &group_of, inputs));
    found
}

pub fn list(ids: &[&str]) -> String {
    match ids {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn says(corpus: &Corpus, sources: &[usize]) -> String {
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

fn side_from_units(text: String, mut us: Vec<usize>, units: &[Unit]) -> FoundSide {
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

/// Weighted cosine of two sorted term lists, leaving `except` out.
fn topic_similarity(a: &[TermId], b: &[TermId], except: TermId, weights: &Weights) -> f64 {
    let sq = |ts: &[TermId]| -> f64 {
        ts.iter()
            .filter(|&&t| t != except)
            .map(|&t| weights.w(t).powi(2))
            .sum()
    };
    let (na, nb) = (sq(a), sq(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if a[i] != except {
                    dot += weights.w(a[i]).powi(2);
                }
                i += 1;
                j += 1;
            }
        }
    }
    dot / (na * nb).sqrt()
}

/// A unit's terms with those of the unit before it in the same article: "It was unsigned"
/// is about the letter named in the sentence before.
fn context(units: &[Unit], u: usize) -> Vec<TermId> {
    let mut terms = units[u].terms.clone();
    if u > 0 && units[u - 1].article == units[u].article {
        terms.extend(&units[u - 1].terms);
    }
    if units
        .get(u + 1)
        .is_some_and(|n| n.sentence == units[u].sentence)
    {
        terms.extend(&units[u + 1].terms);
    }
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// Whether two reports tell the same story: the cosine of their whole-article term profiles.
struct Stories {
    profiles: Vec<HashMap<TermId, f64>>,
    norms: Vec<f64>,
}

impl Stories {
    fn new(units: &[Unit], weights: &Weights, articles: usize) -> Self {
        let mut profiles: Vec<HashMap<TermId, f64>> = vec![HashMap::new(); articles];
        for u in units {
            for &t in &u.terms {
                *profiles[u.article].entry(t).or_insert(0.0) += weights.w(t);
            }
        }
        let norms = profiles
            .iter()
            .map(|p| p.values().map(|v| v * v).sum::<f64>().sqrt())
            .collect();
        Stories { profiles, norms }
    }

    fn same(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let (pa, pb) = (&self.profiles[a], &self.profiles[b]);
        let (small, large) = if pa.len() < pb.len() {
            (pa, pb)
        } else {
            (pb, pa)
        };
        let dot: f64 = small
            .iter()
            .filter_map(|(t, v)| large.get(t).map(|w| v * w))
            .sum();
        let norm = self.norms[a] * self.norms[b];
        norm > 0.0 && dot / norm >= SAME_STORY
    }
}

fn polarity(corpus: &Corpus, units: &[Unit], weights: &Weights, group_of: &[usize]) -> Vec<Found> {
    let stories = Stories::new(units, weights, corpus.articles.len());
    let negated: HashSet<TermId> = units
        .iter()
        .flat_map(|u| u.negated.iter().map(|(t, _)| *t))
        .filter(|&t| !weights.is_slot(t))
        .collect();
    let mut by_term: BTreeMap<TermId, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, u) in units.iter().enumerate() {
        for &t in &u.terms {
            if negated.contains(&t) {
                let entry = by_term.entry(t).or_default();
                if u.negates(t) {
                    entry.1.push(i);
                } else {
                    entry.0.push(i);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (term, (pos, neg)) in by_term {
        let pos_sources: HashSet<usize> = pos.iter().map(|&u| units[u].article).collect();
        let neg_sources: HashSet<usize> = neg.iter().map(|&u| units[u].article).collect();
        let pure_pos: Vec<usize> = pos
            .into_iter()
            .filter(|&u| !neg_sources.contains(&units[u].article))
            .collect();
        let pure_neg: Vec<usize> = neg
            .into_iter()
            .filter(|&u| !pos_sources.contains(&units[u].article))
            .collect();
        if pure_pos.is_empty() || pure_neg.is_empty() {
            continue;
        }
        let pos_ctx: Vec<Vec<TermId>> = pure_pos.iter().map(|&u| context(units, u)).collect();
        let neg_ctx: Vec<Vec<TermId>> = pure_neg.iter().map(|&u| context(units, u)).collect();
        // The conflict stands when some affirmed and some negated statement share their topic;
        // then every source that only affirms or only negates the word in a report of the
        // same story takes its side.
        let mut seeds: Vec<usize> = Vec::new();
        for (i, a) in pos_ctx.iter().enumerate().take(TOPIC_COMPARISONS) {
            for (j, b) in neg_ctx.iter().enumerate().take(TOPIC_COMPARISONS) {
                if topic_similarity(a, b, term, weights) >= SAME_TOPIC {
                    seeds.push(units[pure_pos[i]].article);
                    seeds.push(units[pure_neg[j]].article);
                }
            }
        }
        if seeds.is_empty() {
            continue;
        }
        seeds.sort_unstable();
        seeds.dedup();
        let kept = |us: &[usize]| -> Vec<usize> {
            us.iter()
                .copied()
                .filter(|&u| seeds.iter().any(|&s| stories.same(s, units[u].article)))
                .collect()
        };
        let (pos, neg) = (kept(&pure_pos), kept(&pure_neg));
        let text_of = |u: usize, span: Option<Span>| -> String {
            let text = &corpus.articles[units[u].article].text;
            span.map(|s| s.slice(text).to_lowercase())
                .unwrap_or_default()
        };
        let pos_word = text_of(pos[0], units[pos[0]].word_span(term));
        let mut neg_words: Vec<String> = Vec::new();
        for &u in &neg {
            let span = units[u]
                .negated
                .iter()
                .find(|(t, _)| *t == term)
                .map(|p| p.1);
            let w = text_of(u, span);
            if !neg_words.contains(&w) {
                neg_words.push(w);
            }
        }
        let pos_side = side_from_units(pos_word.clone(), pos, units);
        let neg_side = side_from_units(neg_words.join(" / "), neg, units);
        let reason = format!(
            "opposite polarity: {} “{}”, while {} “{}”",
            says(corpus, &pos_side.sources),
            pos_side.text,
            says(corpus, &neg_side.sources),
            neg_side.text
        );
        // The main claim is the one the smaller side's statement belongs to.
        let mut sides = vec![pos_side, neg_side];
        if sides[1].sources.len() < sides[0].sources.len() {
            sides.swap(0, 1);
        }
        // Preferably a claim none of the other side's statements belongs to.
        let other: HashSet<usize> = sides[1].units.iter().map(|&u| group_of[u]).collect();
        let main = sides[0]
            .units
            .iter()
            .map(|&u| group_of[u])
            .find(|g| !other.contains(g))
            .unwrap_or(group_of[sides[0].units[0]]);
        let groups = vec![main];
        sides.sort_by_key(|s| s.sources.clone());
        out.push(Found {
            kind: ConflictKind::Polarity,
            reason,
            sides,
            groups,
            contradicts: true,
        });
    }
    out
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

fn numbers(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    g: usize,
    members: &[usize],
) -> Vec<Found> {
    let counted: BTreeSet<TermId> = members
        .iter()
        .flat_map(|&u| units[u].quantities.iter().filter_map(|q| q.unit))
        .collect();
    let only_unit = (counted.len() == 1).then(|| *counted.iter().next().unwrap_or(&0));
    let mut out = Vec::new();
    for &what in &counted {
        let mut per_source: BTreeMap<usize, Vec<(u64, usize)>> = BTreeMap::new();
        let mut shown: HashMap<u64, String> = HashMap::new();
        for &u in members {
            for q in &units[u].quantities {
                if q.unit == Some(what) || (q.unit.is_none() && only_unit == Some(what)) {
                    let key = q.value.to_bits();
                    per_source
                        .entry(units[u].article)
                        .or_default()
                        .push((key, u));
                    let text = &corpus.articles[units[u].article].text;
                    shown
                        .entry(key)
                        .or_insert_with(|| q.span.slice(text).to_string());
                }
            }
        }
        let by_value = single_valued(per_source);
        if by_value.len() < 2 {
            continue;
        }
        let sides: Vec<FoundSide> = by_value
            .into_iter()
            .map(|(v, us)| side_from_units(shown[&v].clone(), us, units))
            .collect();
        let parts: Vec<String> = sides
            .iter()
            .map(|s| format!("{} ({})", s.text, ids(corpus, &s.sources)))
            .collect();
        out.push(Found {
            kind: ConflictKind::Number,
            reason: format!(
                "different numbers for the same quantity ({}): {}",
                lexicon.term(what),
                parts.join(" vs ")
            ),
            sides: majority_first(sides),
            groups: vec![g],
            contradicts: true,
        });
    }
    out
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
    let roles: BTreeSet<TermId> = members
        .iter()
        .flat_map(|&u| units[u].people.iter().map(|p| p.role))
        .collect();
    let mut out = Vec::new();
    for role in roles {
        let mut per_source: BTreeMap<usize, Vec<(TermId, usize)>> = BTreeMap::new();
        let mut shown: HashMap<TermId, String> = HashMap::new();
        let mut role_word = String::new();
        for &u in members {
            let text = &corpus.articles[units[u].article].text;
            for p in units[u].people.iter().filter(|p| p.role == role) {
                per_source
                    .entry(units[u].article)
                    .or_default()
                    .push((p.key, u));
                shown
                    .entry(p.key)
                    .or_insert_with(|| p.span.slice(text).to_string());
                if role_word.is_empty() {
                    role_word = p.role_span.slice(text).to_lowercase();
                }
            }
        }
        let by_person = single_valued(per_source);
        if by_person.len() < 2 || names_overlap(by_person.keys().map(|k| shown[k].as_str())) {
            continue;
        }
        let sides: Vec<FoundSide> = by_person
            .into_iter()
            .map(|(k, us)| side_from_units(shown[&k].clone(), us, units))
            .collect();
        let parts: Vec<String> = sides
            .iter()
            .map(|s| format!("{} ({})", s.text, ids(corpus, &s.sources)))
            .collect();
        out.push(Found {
            kind: ConflictKind::Role,
            reason: format!(
                "different people named in the same role (“{role_word}”): {}",
                parts.join(" vs ")
            ),
            sides: majority_first(sides),
            groups: vec![g],
            contradicts: true,
        });
    }
    out
}

/// Whether one name is part of another ("Mark" and "Mark Esper"): not two people for sure.
fn names_overlap<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<Vec<String>> = names
        .map(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| terms::name_key(&w.to_lowercase()))
                .collect()
        })
        .collect();
    words.iter().enumerate().any(|(i, a)| {
        words
            .iter()
            .enumerate()
            .any(|(j, b)| i != j && a.iter().any(|w| b.contains(w)))
    })
}

fn hedges(units: &[Unit], g: usize, members: &[usize]) -> Vec<Found> {
    let mut per_source: BTreeMap<usize, Vec<(bool, usize)>> = BTreeMap::new();
    for &u in members {
        per_source
            .entry(units[u].article)
            .or_default()
            .push((units[u].hedge.is_some(), u));
    }
    let by_hedge = single_valued(per_source);
    let (Some(hedged), Some(flat)) = (by_hedge.get(&true), by_hedge.get(&false)) else {
        return Vec::new();
    };
    let mut words: Vec<String> = Vec::new();
    for &u in hedged {
        let w = units[u].hedge.clone().unwrap_or_default().to_lowercase();
        if !words.contains(&w) {
            words.push(w);
        }
    }
    let hedged = side_from_units(words.join(" / "), hedged.clone(), units);
    let flat = side_from_units("stated flatly".into(), flat.clone(), units);
    let (h, f) = (hedged.sources.len(), flat.sources.len());
    Vec::from([Found {
        kind: ConflictKind::Hedge,
        reason: format!(
            "hedged versus flat: {} source{} hedge{} it (“{}”), {} state{} it flatly",
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

/// The key two ways of writing a speaker share: "Gen. Mark Milley" and "Milley" are one.
fn speaker_key(speaker: &str) -> String {
    let words: Vec<String> = speaker
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !terms::is_stop_word(w))
        .collect();
    // The surname when there is one, else the title ("the mayor").
    words
        .iter()
        .rfind(|w| !terms::is_title(w))
        .or(words.last())
        .map(|w| terms::name_key(w))
        .unwrap_or_default()
}

fn attribution_drift(
    corpus: &Corpus,
    units: &[Unit],
    group_of: &[usize],
    inputs: &ClaimInputs,
) -> Vec<Found> {
    let mut out = Vec::new();
    for quote in &inputs.quote_groups {
        // speaker key -> (as written, places)
        let mut by_speaker: BTreeMap<String, (String, Vec<Place>)> = BTreeMap::new();
        let mut per_source: BTreeMap<usize, Vec<(String, usize)>> = BTreeMap::new();
        for (i, &(article, span)) in quote.iter().enumerate() {
            let Some(a) = corpus.articles.get(article) else {
                continue;
            };
            if span.end > a.text.len() {
                continue;
            }
            let speaker = inputs.attributions.iter().find_map(|at| {
                (at.article == article && at.span.overlaps(span))
                    .then_some(at.speaker.as_deref())
                    .flatten()
            });
            let Some(speaker) = speaker else { continue };
            let key = speaker_key(speaker);
            if key.is_empty() {
                continue;
            }
            per_source
                .entry(article)
                .or_default()
                .push((key.clone(), i));
            let sentence = a.sentence_at(span.start).unwrap_or(span);
            by_speaker
                .entry(key)
                .or_insert_with(|| (sanitise_line(speaker), Vec::new()))
                .1
                .push((article, sentence, span));
        }
        let single = single_valued(per_source);
        if single.len() < 2 {
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
        let mut groups = Vec::new();
        for &(article, span) in quote {
            for u in overlapping(units, article, span) {
                if !groups.contains(&group_of[u]) {
                    groups.push(group_of[u]);
                }
            }
        }
        out.push(Found {
            kind: ConflictKind::Attribution,
            reason: format!(
                "attribution drift: the same quote is attributed to {}",
                parts.join(" vs ")
            ),
            sides: majority_first(sides),
            groups,
            contradicts: true,
        });
    }
    out
}
