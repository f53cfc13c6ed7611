//! Number conflicts: one quantity (the same counted noun, with something said of both figures)
//! that sources give as figures that cannot both hold, found across the whole corpus.

use super::ConflictKind;
use super::conflicts::{Found, FoundSide, side_from_units};
use super::lexicon::{Lexicon, TermId};
use super::parts::{compound_head, parts_and_wholes};
use super::quantities::Figure;
use super::said::{ByValue, Mention, Said};
use super::stories::{ONE_EVENT, Stories};
use super::units::{Unit, overlapping};
use crate::corpus::Corpus;
use crate::text::sanitise_line;
use crate::union_find::Sets;
use std::collections::{BTreeMap, BTreeSet};

/// Figures that cannot all hold, by value, and whether they count a part and its whole.
struct Dispute {
    by_value: ByValue,
    part_of_whole: bool,
}

/// The number conflicts of the corpus, each filed under the claim most of its statements are in.
pub fn conflicts(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    group_of: &[usize],
    stories: &Stories,
) -> Vec<Found> {
    let mut by_noun: BTreeMap<TermId, Vec<Mention>> = BTreeMap::new();
    for (u, unit) in units.iter().enumerate() {
        for (k, q) in unit.quantities.iter().enumerate() {
            if let Some(noun) = q.unit {
                by_noun.entry(noun).or_default().push((u, k));
            }
        }
    }
    let sides: BTreeMap<TermId, ByValue> = by_noun
        .iter()
        .map(|(&noun, mentions)| (noun, taken_sides(lexicon, units, noun, mentions)))
        .collect();
    let parts = parts_outnumbering(lexicon, units, &sides);
    let same_noun = sides
        .into_values()
        .flat_map(|by_value| rivals(units, by_value, Said::same_quantity, Said::apart))
        .map(|by_value| Dispute {
            by_value,
            part_of_whole: false,
        });
    let parts = parts.into_iter().map(|by_value| Dispute {
        by_value,
        part_of_whole: true,
    });
    // One dispute may be over several nouns ("23 cases" here, "23 people" there): rival
    // figures of two nouns that share two values are one conflict.
    let mut disputes: Vec<Dispute> = Vec::new();
    for dispute in same_noun.chain(parts) {
        let shared = |d: &Dispute| {
            let values = dispute.by_value.keys();
            values.filter(|v| d.by_value.contains_key(v)).count() >= 2
        };
        match disputes.iter_mut().find(|d| shared(d)) {
            Some(merged) => {
                merged.part_of_whole &= dispute.part_of_whole;
                for (v, ms) in dispute.by_value {
                    merged.by_value.entry(v).or_default().extend(ms);
                }
            }
            None => disputes.push(dispute),
        }
    }
    // How many statements each claim holds as its own.
    let mut statements_in: BTreeMap<usize, usize> = BTreeMap::new();
    for &g in group_of {
        *statements_in.entry(g).or_default() += 1;
    }
    disputes
        .into_iter()
        .filter_map(|dispute| {
            found(
                corpus,
                lexicon,
                units,
                group_of,
                &statements_in,
                stories,
                dispute,
            )
        })
        .collect()
}

/// The figures each source stands by for one counted noun, by value. A source that gives a
/// count as of an earlier day than another source does reports an earlier count, not a rival
/// one; a source that marks a figure as the newest ("now", "rose to") stands by that one; a
/// source that still gives two figures in statements about one thing (their sentences share a
/// word besides the noun) knows of both and takes no side on either.
fn taken_sides(lexicon: &Lexicon, units: &[Unit], noun: TermId, mentions: &[Mention]) -> ByValue {
    let quantity = |&(u, k): &Mention| &units[u].quantities[k];
    let latest_day = mentions.iter().filter_map(|m| quantity(m).day).max();
    let mut per_source: BTreeMap<usize, Vec<Mention>> = BTreeMap::new();
    for m in mentions {
        let earlier = quantity(m).day.is_some_and(|d| Some(d) < latest_day);
        if !earlier {
            per_source.entry(units[m.0].article).or_default().push(*m);
        }
    }
    let about = |ms: &[Mention]| -> BTreeSet<TermId> {
        ms.iter()
            .flat_map(|&(u, _)| units[u].terms.iter().copied())
            .filter(|&t| t != noun && !lexicon.is_figure(t))
            .collect()
    };
    let mut by_value = ByValue::new();
    for mut ms in per_source.into_values() {
        if ms.iter().any(|m| quantity(m).revised) {
            ms.retain(|m| quantity(m).revised);
        }
        let mut own = ByValue::new();
        for m in ms {
            own.entry(quantity(&m).value.to_bits()).or_default().push(m);
        }
        let said: Vec<(Said, BTreeSet<TermId>)> = own
            .iter()
            .map(|(&v, ms)| (Said::of(units, v, ms), about(ms)))
            .collect();
        // A report gives many times of day, most of them of other events than this one: only
        // two times of one event leave it torn, and two times in one sentence ("cleared by
        // 7.30pm, and reopened at 6am") are mostly of two events. A report that quotes a figure ("the statement
        // says the square was 'cleared by 7.30pm'") and gives another in its own words stands
        // by its own.
        let own_voice_over_quoted = |a: usize, b: usize| !said[a].0.quoted && said[b].0.quoted;
        let torn = |a: usize| {
            (0..said.len()).any(|b| {
                b != a
                    && !own_voice_over_quoted(a, b)
                    && if said[a].0.kind.read_from_words() {
                        said[a].0.same_event(&said[b].0)
                    } else {
                        !said[a].1.is_disjoint(&said[b].1)
                            && !said[a].0.dates.is_disjoint(&said[b].0.dates)
                    }
            })
        };
        for (a, (v, ms)) in own.into_iter().enumerate() {
            if !torn(a) {
                by_value.entry(v).or_default().extend(ms);
            }
        }
    }
    by_value
}

/// Counts of a part that are more than the count of its whole for the same thing ("4,300
/// migrants" handled last year, "3,400 people" processed last year; "nearly 700 street
/// vendors" kept off the streets, "about 400 vendors" kept off them): a part cannot outnumber
/// its whole. A count of a part below its whole's ("3 officers", "14 people") is a part of it,
/// not a rival.
fn parts_outnumbering(
    lexicon: &Lexicon,
    units: &[Unit],
    sides: &BTreeMap<TermId, ByValue>,
) -> Vec<ByValue> {
    let mut found = Vec::new();
    let nouns: BTreeSet<TermId> = sides.keys().copied().collect();
    for of in parts_and_wholes(lexicon, &nouns) {
        let whole = &sides[&of.whole];
        let mut both = whole.clone();
        // A figure the whole gives, given too of another part ("400 vendors", "400 licensed
        // vendors"), is the whole's count in more words.
        let whole_word = lexicon.term(of.whole);
        for (&other, counts) in sides {
            if other != of.part
                && !of.other_noun
                && compound_head(lexicon, other) == Some(whole_word)
            {
                for (v, ms) in counts.iter().filter(|(v, _)| whole.contains_key(v)) {
                    both.entry(*v).or_default().extend(ms);
                }
            }
        }
        for (&v, ms) in &sides[&of.part] {
            both.entry(v).or_default().extend(ms);
        }
        let against = |a: &Said, b: &Said| a.outnumbers(b, &of) || b.outnumbers(a, &of);
        // Another noun does not say the two count one thing: two words said of both must.
        let same = if of.other_noun {
            Said::same_count_in_other_words
        } else {
            Said::same_quantity
        };
        found.extend(rivals(units, both, same, against));
    }
    found
}

/// The values that rival another (figures for one quantity, by `same`, that cannot both hold,
/// by `against`), in sets of values that rival each other.
fn rivals(
    units: &[Unit],
    by_value: ByValue,
    same: impl Fn(&Said, &Said) -> bool,
    against: impl Fn(&Said, &Said) -> bool,
) -> Vec<ByValue> {
    let said: Vec<Said> = by_value
        .iter()
        .map(|(&v, ms)| Said::of(units, v, ms))
        .collect();
    let n = said.len();
    let rival = |a: usize, b: usize| same(&said[a], &said[b]) && against(&said[a], &said[b]);
    let mut set_of = Sets::new(n);
    for a in 0..n {
        for b in a + 1..n {
            if rival(a, b) {
                set_of.join(a, b);
            }
        }
    }
    let mut sets: BTreeMap<usize, ByValue> = BTreeMap::new();
    for (a, (v, ms)) in by_value.into_iter().enumerate() {
        // Of a value's statements, those that speak of the quantity its rivals do, or of a
        // count what another such statement of the value says of it: "the cuts amount to roughly 500
        // jobs" meets "axes 1,200 jobs", and "that works out at roughly 500 jobs, based on the
        // 4,200 employees" is the same 500 in other words.
        let rivals: Vec<usize> = (0..n).filter(|&b| rival(a, b)).collect();
        let own: Vec<Said> = ms
            .iter()
            .map(|m| Said::of(units, v, std::slice::from_ref(m)))
            .collect();
        let mut kept: Vec<bool> = own
            .iter()
            .map(|o| rivals.iter().any(|&b| same(o, &said[b])))
            .collect();
        // Times and votes are told apart by their sentences, which say more than one thing.
        let counted = said[a].kind == Figure::Count;
        let mut reached: Vec<usize> = (0..own.len()).filter(|&i| counted && kept[i]).collect();
        while let Some(k) = reached.pop() {
            for i in 0..own.len() {
                if !kept[i] && own[i].same_quantity(&own[k]) {
                    kept[i] = true;
                    reached.push(i);
                }
            }
        }
        let ms: Vec<Mention> = ms
            .into_iter()
            .zip(kept)
            .filter_map(|(m, keep)| keep.then_some(m))
            .collect();
        if !ms.is_empty() {
            sets.entry(set_of.root(a)).or_default().insert(v, ms);
        }
    }
    sets.into_values().filter(|set| set.len() >= 2).collect()
}

/// The conflict for one dispute: a side per value (a source on two sides is on neither), the
/// majority first, under the claim that holds most of its statements; the reason says when the
/// figures count a part and its whole.
fn found(
    corpus: &Corpus,
    lexicon: &Lexicon,
    units: &[Unit],
    group_of: &[usize],
    statements_in: &BTreeMap<usize, usize>,
    stories: &Stories,
    Dispute {
        by_value,
        part_of_whole,
    }: Dispute,
) -> Option<Found> {
    // A report that gives a rival count in the same sentence, under any noun or none ("police
    // put the crowd at about 1,200; organisers said more than 3,000 people took part"), knows
    // both and takes no side. Not so for times, as one sentence often gives the times of two
    // events.
    let values: BTreeSet<u64> = by_value.keys().copied().collect();
    let gives_a_rival = |(u, k): Mention, own: u64| {
        let unit = &units[u];
        unit.quantities[k].kind == Figure::Count
            && overlapping(units, unit.article, unit.sentence).any(|w| {
                units[w].quantities.iter().any(|q| {
                    let v = q.value.to_bits();
                    q.kind == Figure::Count && v != own && values.contains(&v)
                })
            })
    };
    let by_value: ByValue = by_value
        .into_iter()
        .map(|(v, ms)| {
            (
                v,
                ms.into_iter().filter(|&m| !gives_a_rival(m, v)).collect(),
            )
        })
        .collect();
    let sources_of =
        |ms: &[Mention]| -> BTreeSet<usize> { ms.iter().map(|&(u, _)| units[u].article).collect() };
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    for ms in by_value.values() {
        for s in sources_of(ms) {
            *seen.entry(s).or_default() += 1;
        }
    }
    let alone: Vec<Vec<Mention>> = by_value
        .values()
        .map(|ms| {
            ms.iter()
                .copied()
                .filter(|&(u, _)| seen[&units[u].article] == 1)
                .collect()
        })
        .collect();
    // A figure counts against another only in reports of one story: a report of another
    // event gives its own "five years" or "30 percent". Judged side by side, not report by
    // report, so a brief that names little but the figure stays on its side.
    let tells_the_others_story: Vec<bool> = (0..alone.len())
        .map(|i| {
            let mut others: Vec<usize> = (0..alone.len())
                .filter(|&j| j != i)
                .flat_map(|j| sources_of(&alone[j]))
                .collect();
            others.sort_unstable();
            others.dedup();
            let own = sources_of(&alone[i]);
            let telling = stories.telling_at(ONE_EVENT, &others, own.iter().copied());
            own.iter().any(|s| telling.contains(s))
        })
        .collect();
    let sides: Vec<FoundSide> = alone
        .into_iter()
        .zip(tells_the_others_story)
        .filter_map(|(kept, told)| {
            if !told {
                return None;
            }
            let &(u, k) = kept.first()?;
            let text = &corpus.articles[units[u].article].text;
            let shown = units[u].quantities[k].span.slice(text).to_string();
            Some(side_from_units(
                shown,
                kept.iter().map(|&(u, _)| u).collect(),
                units,
            ))
        })
        .collect();
    if sides.len() < 2 {
        return None;
    }
    let mut claims: BTreeMap<usize, usize> = BTreeMap::new();
    for side in &sides {
        for &u in &side.units {
            *claims.entry(group_of[u]).or_default() += 1;
        }
    }
    let claim = claims
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(&g, _)| g)?;
    // The dispute bears too on every other claim made mostly of its statements ("the square
    // was cleared by 7.30pm" beside "it was after 9pm before police cleared the square"), so
    // sources on the other side show there as contradicting it, not as agreeing in other words.
    let bears_on: Vec<usize> = std::iter::once(claim)
        .chain(
            claims
                .iter()
                .filter(|&(&g, &n)| g != claim && n * 2 >= statements_in[&g])
                .map(|(&g, _)| g),
        )
        .collect();
    // What is counted, as the sources write it ("cases, people"), else as the analysis keys it.
    let mut quantity: Vec<String> = Vec::new();
    for &(u, k) in by_value.values().flatten() {
        let q = &units[u].quantities[k];
        let text = &corpus.articles[units[u].article].text;
        let noun = match (q.noun, q.unit) {
            (Some(span), _) => sanitise_line(&span.slice(text).to_lowercase()),
            (None, Some(unit)) => lexicon.term(unit).to_string(),
            (None, None) => continue,
        };
        if !quantity.contains(&noun) {
            quantity.push(noun);
        }
    }
    Some(super::conflicts::slot_found(
        corpus,
        sides,
        bears_on,
        ConflictKind::Number,
        |parts| {
            let why = if part_of_whole {
                "; a part cannot outnumber its whole"
            } else {
                ""
            };
            format!(
                "{} ({}{why}): {parts}",
                ConflictKind::Number.label(),
                quantity.join(", ")
            )
        },
    ))
}
