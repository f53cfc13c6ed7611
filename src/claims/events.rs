//! Statements that report one act by one body ("Iraq's parliament voted", "the Iraqi
//! parliament passed a resolution") are one claim however differently they are worded: the
//! term profiles of such sentences can share little beyond the act itself.

use super::units::Unit;
use rustc_hash::FxHashMap as HashMap;

/// Brings each statement of an act into the claim that holds most statements of that act.
/// A statement that stood alone moves there; one that is part of a claim other sources make
/// stays in it as well (a sentence may make two claims).
pub fn join_same_acts(groups: &mut Vec<Vec<usize>>, units: &[Unit]) {
    let mut group_of = super::cluster::claim_of(groups, units.len());
    let mut by_act: HashMap<u32, Vec<usize>> = HashMap::default();
    for (u, unit) in units.iter().enumerate() {
        if let Some(act) = unit.act
            && group_of[u] != usize::MAX
        {
            by_act.entry(act).or_default().push(u);
        }
    }
    let mut acts: Vec<(u32, Vec<usize>)> = by_act.into_iter().collect();
    acts.sort_unstable();
    for (_, statements) in acts {
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
