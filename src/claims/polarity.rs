//! Opposite polarity: a word some reports affirm and others negate ("signed" / "unsigned",
//! "not signed"), when the statements share their topic and the reports tell one story.

use super::ConflictKind;
use super::cluster::Weights;
use super::conflicts::{Found, distinct_words, says, side_from_units};
use super::lexicon::TermId;
use super::stories::{ONE_EVENT, SAME_STORY, Stories};
use super::units::Unit;
use crate::corpus::Corpus;
use crate::text::Span;
use crate::text::calendar::{RELATIVE_DAYS, WEEKDAYS};
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;

/// Least topic similarity (weighted cosine of a sentence and the one before it, the disputed
/// word left out) for a negated and an affirmed statement to be about the same thing.
const SAME_TOPIC: f64 = 0.2;
/// Topic similarity at which a negated and an affirmed statement are about one thing even
/// with no word near the disputed one in common: reports call one document "the memo", "the
/// copy" and "the instruction".
const ONE_TOPIC: f64 = 0.4;
/// Most statements on the other side a statement is compared with, to bound the cost.
const TOPIC_COMPARISONS: usize = 64;

/// Weighted cosine of two sorted term lists, leaving `except` out.
fn topic_similarity(a: &[TermId], b: &[TermId], except: TermId, weights: &Weights) -> f64 {
    let sq = |ts: &mut dyn Iterator<Item = &TermId>| -> f64 {
        ts.filter(|&&t| t != except)
            .map(|&t| weights.w(t).powi(2))
            .sum()
    };
    let (na, nb) = (sq(&mut a.iter()), sq(&mut b.iter()));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let dot = sq(&mut crate::sorted::common(a, b));
    dot / (na * nb).sqrt()
}

/// How many words either side of the disputed one make up what is said of it.
const PREDICATE_REACH: usize = 3;

/// Where `unit` says (or denies) `term`: the index in its words of the word it stands in.
fn position(unit: &Unit, term: TermId) -> Option<usize> {
    let at = unit
        .negated
        .iter()
        .find(|(t, _)| *t == term)
        .map(|(_, span)| span.end)
        .or_else(|| unit.word_span(term).map(|s| s.end))?;
    unit.words.iter().position(|(_, s)| s.end >= at)
}

/// The terms within `PREDICATE_REACH` words of where `unit` says (or denies) `term`; when
/// the unit opens with a pronoun ("It was signed by ..."), what it may stand for: the terms of
/// the sentence before.
fn near(unit: &Unit, term: TermId) -> Vec<TermId> {
    let Some(i) = position(unit, term) else {
        return Vec::new();
    };
    let mut out: Vec<TermId> = unit.words
        [i.saturating_sub(PREDICATE_REACH)..unit.words.len().min(i + PREDICATE_REACH + 1)]
        .iter()
        .map(|(t, _)| *t)
        .filter(|&t| t != term)
        .collect();
    out.extend(&unit.antecedent);
    out
}

/// Words that, standing between the disputed word and the next one, make the next one
/// something else than what it acts on: "open as normal", "open on Tuesday", "shut for the
/// day". Time words right after it ("open today") are not what it acts on either. "By" is
/// not among them: the agent of a passive ("spray carried by most officers") tells its act
/// apart as an object does.
const NOT_BEFORE_OBJECT: &[&str] = &[
    "as", "on", "in", "at", "for", "from", "with", "to", "until", "since", "after", "before",
    "during", "and", "or", "but",
];

/// The word the disputed one acts on: the next content word, unless a preposition or a
/// conjunction stands between them or it says when.
fn object(text: &str, unit: &Unit, term: TermId) -> Option<TermId> {
    let i = position(unit, term)?;
    let (_, at) = unit.words[i];
    let (next, next_at) = *unit.words.get(i + 1)?;
    let between = text.get(at.end..next_at.start)?.to_lowercase();
    let said = next_at.slice(text).to_lowercase();
    let said = said.as_str();
    let when = said == "now" || RELATIVE_DAYS.contains(&said) || WEEKDAYS.contains(&said);
    let set_apart = between
        .split(|c: char| !c.is_alphabetic())
        .any(|w| NOT_BEFORE_OBJECT.contains(&w));
    (!when && !set_apart).then_some(next)
}

/// Whether an affirmed and a negated statement say the disputed word of the same thing: a word
/// near it on both sides ("fired tear gas" / "no tear gas was deployed", "ordered the
/// evacuation" / "no evacuation order"), or, where reports name the thing differently ("the
/// memo was signed" / "the copy is unsigned"), statements on one topic beyond doubt
/// (`topic`, see `ONE_TOPIC`); and in either case no object that only one side has ("did not
/// give a headcount" / "will give up her bonus").
fn same_predicate(
    corpus: &Corpus,
    affirmed: &Unit,
    negated: &Unit,
    term: TermId,
    topic: f64,
) -> bool {
    let (a, b) = (near(affirmed, term), near(negated, term));
    let shared = b.iter().any(|t| a.contains(t));
    let object = |u: &Unit| object(&corpus.articles[u.article].text, u, term);
    let objects_agree = match (object(affirmed), object(negated)) {
        (Some(x), Some(y)) => b.contains(&x) || a.contains(&y),
        _ => true,
    };
    (shared || topic >= ONE_TOPIC) && objects_agree
}

/// Whether both statements say the disputed word with the same word after it, as one phrase
/// ("fired tear gas" / "no tear gas was deployed"): then they speak of one thing, however
/// little else their sentences share.
fn same_phrase(corpus: &Corpus, affirmed: &Unit, negated: &Unit, term: TermId) -> bool {
    let object = |u: &Unit| object(&corpus.articles[u.article].text, u, term);
    object(affirmed).is_some_and(|x| object(negated) == Some(x))
}

/// Words after which a thing is only spoken of, not said to be: "the dispute is over tear gas",
/// "questions about tear gas".
const SPOKEN_OF_AFTER: &[&str] = &["over", "about", "regarding", "concerning", "whether"];

/// Whether `unit` says the thing `term` names was there, not only speaks of it: "police fired
/// tear gas" does, "the sharpest dispute is over tear gas" and "at odds over arrests, tear gas
/// and ..." do not. Read only where the other side denies the thing itself ("no tear gas"): an
/// act or a state ("signed", "open") is said by being named.
fn says_it_was_there(corpus: &Corpus, unit: &Unit, term: TermId) -> bool {
    let Some(at) = unit.word_span(term) else {
        return false;
    };
    let text = &corpus.articles[unit.article].text;
    let Some(before) = text.get(unit.clause.start..at.start) else {
        return false;
    };
    let before = before.to_lowercase();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // In a list ("over arrests, tear gas and ..."), what the word before the list's first item
    // is.
    let (head, last) = before.rsplit_once(',').unwrap_or(("", before.as_str()));
    let mut lead = words(last);
    if lead.is_empty() {
        lead = words(head);
        lead.pop();
    }
    !lead
        .last()
        .is_some_and(|w| SPOKEN_OF_AFTER.contains(&w.as_str()))
}

/// Whether `unit` denies the thing `term` names, with "no" before it ("no tear gas was used"),
/// rather than an act or a state ("not signed", "shut").
fn denies_the_thing(corpus: &Corpus, unit: &Unit, term: TermId) -> bool {
    let text = &corpus.articles[unit.article].text;
    unit.negated.iter().any(|(t, span)| {
        *t == term
            && span
                .slice(text)
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("no"))
    })
}

/// The word right after `span` when only a space or a hyphen stands between them: with it, the
/// disputed word makes a phrase ("tear gas"), unlike an object further on ("signed by the
/// general").
fn next_in_phrase(text: &str, unit: &Unit, span: Span) -> Option<(TermId, Span)> {
    let &(term, next) = unit.words.iter().find(|(_, s)| s.start >= span.end)?;
    let gap = text.get(span.end..next.start)?;
    (!gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '-')).then_some((term, next))
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

/// A word some sources affirm and others negate, judged from the statements alone, before they
/// are clustered into claims.
pub struct Opposed {
    /// The conflict, with no claims yet (see `file`).
    found: Found,
    /// The side whose claim the conflict is filed under: the smaller one.
    filed_under: usize,
}

impl Opposed {
    /// The conflict filed under a claim of its smaller side, preferably one that none of the
    /// other side's statements belongs to.
    pub fn file(self, group_of: &[usize]) -> Found {
        let Opposed {
            mut found,
            filed_under,
        } = self;
        let other: HashSet<usize> = found
            .sides
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != filed_under)
            .flat_map(|(_, side)| side.units.iter().map(|&u| group_of[u]))
            .collect();
        let units = &found.sides[filed_under].units;
        let main = units
            .iter()
            .map(|&u| group_of[u])
            .find(|g| !other.contains(g))
            .unwrap_or(group_of[units[0]]);
        found.groups = vec![main];
        found
    }
}

/// Words some sources affirm and others negate, on the same topic. Needs no claims, so it is
/// worked out while the statements are clustered.
pub fn find(corpus: &Corpus, units: &[Unit], weights: &Weights) -> Vec<Opposed> {
    let stories = Stories::new(units, weights, corpus.articles.len());
    let negated: HashSet<TermId> = units
        .iter()
        .flat_map(|u| u.negated.iter().map(|(t, _)| *t))
        .filter(|&t| !weights.is_slot(t))
        .collect();
    // Each word: the units that use it plainly, and those that negate it.
    let mut by_term: BTreeMap<TermId, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, u) in units.iter().enumerate() {
        for &t in &u.terms {
            if negated.contains(&t) {
                let entry = by_term.entry(t).or_default();
                if u.negates(t) {
                    entry.1.push(i);
                } else if !u.denial
                    && u.quoted_terms.binary_search(&t).is_err()
                    && u.intended.binary_search(&t).is_err()
                {
                    // A statement of someone's denial ("police deny using tear gas",
                    // "rejected accounts that officers fired it") names what is denied: it
                    // does not affirm it; nor does an order to do something ("told officials
                    // to suspend the programme") say it was done.
                    entry.0.push(i);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (term, (pos, neg)) in by_term {
        // Where every statement that negates the word denies the thing itself ("no tear gas"),
        // a statement that only speaks of it ("the dispute is over tear gas") takes no side.
        let thing_denied = !neg.is_empty()
            && neg
                .iter()
                .all(|&v| denies_the_thing(corpus, &units[v], term));
        let pos: Vec<usize> = pos
            .into_iter()
            .filter(|&u| !thing_denied || says_it_was_there(corpus, &units[u], term))
            .collect();
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
        // Only the first few of each side are compared, so only theirs are worked out.
        let contexts = |us: &[usize]| -> Vec<Vec<TermId>> {
            us.iter()
                .take(TOPIC_COMPARISONS)
                .map(|&u| context(units, u))
                .collect()
        };
        let (pos_ctx, neg_ctx) = (contexts(&pure_pos), contexts(&pure_neg));
        // The conflict stands when some affirmed and some negated statement share their topic;
        // then every source that only affirms or only negates the word in a report of the
        // same story takes its side.
        let mut seeds: Vec<usize> = Vec::new();
        // The affirming statements that set the conflict, as indices into `pure_pos`.
        let mut seed_pos: Vec<usize> = Vec::new();
        // The affirming reports that tell the story the negating ones tell together, worked
        // out the first time it is needed.
        let mut story_of_negators: Option<HashSet<usize>> = None;
        // Whether a report that says the word in the phrase a negating report denies tells
        // that report's story: plainly alike, or, where it is only somewhat alike (a tabloid's
        // few words against a trade paper's), alike the negating reports taken together.
        let mut tells_story_of = |affirmer: usize, negator: usize| {
            let similarity = stories.similarity(affirmer, negator);
            similarity >= SAME_STORY
                || (similarity >= ONE_EVENT
                    && story_of_negators
                        .get_or_insert_with(|| {
                            let mut negators: Vec<usize> =
                                pure_neg.iter().map(|&v| units[v].article).collect();
                            negators.sort_unstable();
                            negators.dedup();
                            stories.telling(&negators, pure_pos.iter().map(|&u| units[u].article))
                        })
                        .contains(&affirmer))
        };
        for (i, a) in pos_ctx.iter().enumerate().take(TOPIC_COMPARISONS) {
            for (j, b) in neg_ctx.iter().enumerate().take(TOPIC_COMPARISONS) {
                let (affirmed, negated) = (&units[pure_pos[i]], &units[pure_neg[j]]);
                let topic = topic_similarity(a, b, term, weights);
                if (topic >= SAME_TOPIC && same_predicate(corpus, affirmed, negated, term, topic))
                    || (same_phrase(corpus, affirmed, negated, term)
                        && tells_story_of(affirmed.article, negated.article))
                {
                    seeds.push(units[pure_pos[i]].article);
                    seeds.push(units[pure_neg[j]].article);
                    seed_pos.push(i);
                }
            }
        }
        if seeds.is_empty() {
            continue;
        }
        seeds.sort_unstable();
        seeds.dedup();
        // Each article once, however many of its statements use the word.
        let mut articles: Vec<usize> = pure_pos
            .iter()
            .chain(&pure_neg)
            .map(|&u| units[u].article)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        let same_story = stories.telling(&seeds, articles.into_iter());
        seed_pos.sort_unstable();
        seed_pos.dedup();
        // Every report of the story that negates the word takes the negating side: a negation
        // ("unsigned", "not signed", "shut") is said on purpose. Any use of a word affirms it,
        // so a report takes the affirming side only where it says the word of what one of
        // the first statements says it of: "opened bottled water stations" is not on the side
        // of "the schools are open" against "two schools shut".
        let told = |u: &usize| same_story.contains(&units[*u].article);
        let neg: Vec<usize> = pure_neg.iter().copied().filter(told).collect();
        // Seeds are among the first statements compared, whose contexts are made already.
        let seed_ctx: Vec<(&Vec<TermId>, Vec<TermId>)> = seed_pos
            .iter()
            .map(|&i| (&pos_ctx[i], near(&units[pure_pos[i]], term)))
            .collect();
        let neg_near: Vec<Vec<TermId>> = pure_neg
            .iter()
            .take(neg_ctx.len())
            .map(|&v| near(&units[v], term))
            .collect();
        let pos: Vec<usize> = pure_pos
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, u)| told(u))
            .filter(|&(i, u)| {
                if seed_pos.binary_search(&i).is_ok() {
                    return true;
                }
                // Words near it first, as they are cheap; the topic only against the seeds.
                let own_near = near(&units[u], term);
                let shares_near = |other: &[TermId]| own_near.iter().any(|t| other.contains(t));
                seed_ctx.iter().any(|(_, seed_near)| shares_near(seed_near))
                    || neg_near.iter().zip(&pure_neg).any(|(v_near, &v)| {
                        shares_near(v_near)
                            && same_predicate(corpus, &units[u], &units[v], term, 0.0)
                    })
                    || {
                        let own = context(units, u);
                        seed_ctx
                            .iter()
                            .any(|(ctx, _)| topic_similarity(&own, ctx, term, weights) >= ONE_TOPIC)
                    }
            })
            .map(|(_, u)| u)
            .collect();
        if pos.is_empty() || neg.is_empty() {
            continue;
        }
        let affirmed_at = |u: usize| units[u].word_span(term);
        let negated_at = |u: usize| {
            units[u]
                .negated
                .iter()
                .find(|(t, _)| *t == term)
                .map(|p| p.1)
        };
        // The words as written, through the word after them where both sides say the word in
        // one phrase with it ("tear gas" / "no tear gas").
        let phrase_word = |u: usize, at: Option<Span>| {
            let text = &corpus.articles[units[u].article].text;
            at.and_then(|s| next_in_phrase(text, &units[u], s))
        };
        let phrased_on = |us: &[usize], at: &dyn Fn(usize) -> Option<Span>| -> HashSet<TermId> {
            us.iter()
                .filter_map(|&u| phrase_word(u, at(u)).map(|(t, _)| t))
                .collect()
        };
        let phrased: HashSet<TermId> = phrased_on(&pos, &affirmed_at)
            .intersection(&phrased_on(&neg, &negated_at))
            .copied()
            .collect();
        let text_of = |u: usize, at: Option<Span>| -> String {
            let text = &corpus.articles[units[u].article].text;
            let shown = match phrase_word(u, at) {
                Some((t, next)) if phrased.contains(&t) => at.map(|s| Span::new(s.start, next.end)),
                _ => at,
            };
            shown
                .map(|s| s.slice(text).to_lowercase())
                .unwrap_or_default()
        };
        let pos_word = text_of(pos[0], affirmed_at(pos[0]));
        let neg_words = distinct_words(neg.iter().map(|&u| text_of(u, negated_at(u))));
        let pos_side = side_from_units(pos_word.clone(), pos, units);
        let neg_side = side_from_units(neg_words, neg, units);
        let reason = format!(
            "{}: {} “{}”, while {} “{}”",
            ConflictKind::Polarity.label(),
            says(corpus, &pos_side.sources),
            pos_side.text,
            says(corpus, &neg_side.sources),
            neg_side.text
        );
        // Filed under the smaller side (the affirmed one on a tie); the two sides' sources
        // are apart, so their order by sources tells which that is.
        let affirmed_filed = pos_side.sources.len() <= neg_side.sources.len();
        let affirmed_first = pos_side.sources < neg_side.sources;
        let sides = if affirmed_first {
            vec![pos_side, neg_side]
        } else {
            vec![neg_side, pos_side]
        };
        out.push(Opposed {
            found: Found {
                kind: ConflictKind::Polarity,
                reason,
                sides,
                groups: Vec::new(),
                contradicts: true,
            },
            filed_under: usize::from(affirmed_filed != affirmed_first),
        });
    }
    out
}
