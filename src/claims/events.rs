//! Statements of one fact are one claim however differently they are worded: statements that
//! report one act by one body ("Iraq's parliament voted", "the Iraqi parliament passed a
//! resolution"), and statements that give one figure of one thing ("fines of up to $2,000")
//! in sentences that otherwise say different things. The term profiles of such sentences can
//! share little beyond the act or the figure itself.

use super::quantities::{Figure, Quantity};
use super::units::Unit;
use crate::union_find::Sets;
use rustc_hash::FxHashMap as HashMap;

/// Brings the statements of each act, and of each figure, into one claim.
pub fn join_same_facts(groups: &mut Vec<Vec<usize>>, units: &[Unit]) {
    join_statements(groups, units, acts(units), Shared::AlsoJoins);
    join_statements(groups, units, figures(units), Shared::Stays);
}

/// What becomes of a fact's statement that is part of a claim other sources make.
#[derive(Clone, Copy, PartialEq)]
enum Shared {
    /// It stays there and joins the fact's claim as well: a sentence may make two claims,
    /// and an act is the whole of what its statements report.
    AlsoJoins,
    /// It stays there only: a figure is often one of several things its sentence says, and
    /// the story's main figure would otherwise pull the sentences of every claim into one.
    Stays,
}

/// The statements of each act a body is reported to have done.
fn acts(units: &[Unit]) -> Vec<Vec<usize>> {
    let mut by_act: HashMap<u32, Vec<usize>> = HashMap::default();
    for (u, unit) in units.iter().enumerate() {
        if let Some(act) = unit.act {
            by_act.entry(act).or_default().push(u);
        }
    }
    let mut acts: Vec<(u32, Vec<usize>)> = by_act.into_iter().collect();
    acts.sort_unstable();
    acts.into_iter().map(|(_, statements)| statements).collect()
}

/// The statements of each figure: counts of one thing with one value, not dated to different
/// years or months, where something is said of both ("faced fines of up to $2,000", "carried
/// fines of up to $2,000": a word around the figures is shared). Three officers hurt and
/// three officers arrested are two facts.
fn figures(units: &[Unit]) -> Vec<Vec<usize>> {
    type Key = (u32, u64);
    let mut by_key: HashMap<Key, Vec<(usize, usize)>> = HashMap::default();
    for (u, unit) in units.iter().enumerate() {
        for (k, q) in unit.quantities.iter().enumerate() {
            if let (Some(noun), Figure::Count) = (q.unit, q.kind) {
                let key = (noun, q.value.to_bits());
                by_key.entry(key).or_default().push((u, k));
            }
        }
    }
    let mut keyed: Vec<(Key, Vec<(usize, usize)>)> = by_key.into_iter().collect();
    keyed.sort_unstable_by_key(|(key, _)| *key);
    let mut facts = Vec::new();
    for (_, mentions) in keyed {
        let quantity = |(u, k): (usize, usize)| &units[u].quantities[k];
        let one_fact = |a: &Quantity, b: &Quantity| {
            agree(a.year, b.year)
                && agree(a.month, b.month)
                && a.context.iter().any(|t| b.context.contains(t))
        };
        let mut sets = Sets::new(mentions.len());
        for a in 0..mentions.len() {
            for b in a + 1..mentions.len() {
                if one_fact(quantity(mentions[a]), quantity(mentions[b])) {
                    sets.join(a, b);
                }
            }
        }
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::default();
        for (i, &(u, _)) in mentions.iter().enumerate() {
            by_root.entry(sets.root(i)).or_default().push(u);
        }
        let mut found: Vec<Vec<usize>> = by_root.into_values().collect();
        found.sort_unstable();
        facts.extend(found);
    }
    facts
}

/// Brings each fact's statements into the claim that holds most of them, when more than one
/// source states it. A statement that stood alone moves there; one that is part of a claim
/// other sources make stays in it, and joins as well as `shared` says.
fn join_statements(
    groups: &mut Vec<Vec<usize>>,
    units: &[Unit],
    facts: Vec<Vec<usize>>,
    shared: Shared,
) {
    let mut group_of = super::cluster::claim_of(groups, units.len());
    for mut statements in facts {
        statements.retain(|&u| group_of[u] != usize::MAX);
        statements.sort_unstable();
        statements.dedup();
        let mut articles: Vec<usize> = statements.iter().map(|&u| units[u].article).collect();
        articles.sort_unstable();
        articles.dedup();
        if articles.len() < 2 {
            continue;
        }
        let target = claim_with_most(&statements, &group_of);
        for &u in &statements {
            let own = group_of[u];
            if own == target || groups[target].contains(&u) {
                continue;
            }
            let only_its_source = groups[own]
                .iter()
                .all(|&m| units[m].article == units[u].article);
            if only_its_source {
                groups[own].retain(|&m| m != u);
                group_of[u] = target;
            } else if shared == Shared::Stays {
                continue;
            }
            groups[target].push(u);
        }
    }
    groups.retain(|m| !m.is_empty());
    for m in groups.iter_mut() {
        m.sort_unstable();
        m.dedup();
    }
    groups.sort_by_key(|m| m[0]);
}

/// The claim holding most of `statements`; the earliest on a tie.
fn claim_with_most(statements: &[usize], group_of: &[usize]) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &u in statements {
        let g = group_of[u];
        match counts.iter_mut().find(|(h, _)| *h == g) {
            Some((_, n)) => *n += 1,
            None => counts.push((g, 1)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(usize::MAX, |(g, _)| g)
}

/// Whether two dates, either of which may be unsaid, can be the same.
fn agree<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
    x.is_none() || y.is_none() || x == y
}
