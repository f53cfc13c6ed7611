//! Grouping quoted passages from different sources that report the same statement. Candidates
//! come from an inverted index of content words, so only passages sharing words are compared;
//! pairs judged the same are joined strongest first.

use super::similarity::{Profile, same_statement};
use crate::union_find::Sets;
use rustc_hash::FxHashMap as HashMap;

/// A passage to cluster: one part of a quote.
pub struct Unit {
    pub article: usize,
    pub quote: usize,
    pub profile: Profile,
}

/// A word in more than this many passages is too common to propose candidates by itself; it
/// still counts when candidates are scored.
const MAX_POSTINGS: usize = 200;

/// Candidate pairs (a < b, different articles) that share enough rare words to be worth
/// comparing.
fn candidates(units: &[Unit], weights: &[f64]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
    for (i, u) in units.iter().enumerate() {
        for &t in &u.profile.set {
            postings.entry(t).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut accumulated: HashMap<usize, f64> = HashMap::default();
    for (a, unit) in units.iter().enumerate() {
        accumulated.clear();
        for &t in &unit.profile.set {
            let list = &postings[&t];
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &b in list.iter().filter(|&&b| b > a) {
                if units[b].article != unit.article {
                    *accumulated.entry(b).or_default() += weights[t as usize];
                }
            }
        }
        for (&b, &w) in &accumulated {
            let smaller = unit.profile.weight.min(units[b].profile.weight);
            if w >= 0.2 * smaller {
                out.push((a, b));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Groups units into clusters: the returned vector gives each unit's group, numbered from 0 in
/// order of each group's first unit.
pub fn group(units: &[Unit], weights: &[f64]) -> Vec<usize> {
    let mut edges: Vec<(f64, usize, usize)> = candidates(units, weights)
        .into_iter()
        .filter_map(|(a, b)| {
            same_statement(&units[a].profile, &units[b].profile, weights).map(|m| (m.score(), a, b))
        })
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut sets = Sets::new(units.len());
    for &(_, a, b) in &edges {
        sets.join(a, b);
    }
    // Parts of one quote that matched nothing elsewhere stay together as that quote.
    let mut lone_by_quote: HashMap<usize, usize> = HashMap::default();
    let mut size = vec![0usize; units.len()];
    for i in 0..units.len() {
        size[sets.root(i)] += 1;
    }
    for (i, unit) in units.iter().enumerate() {
        if size[sets.root(i)] == 1 {
            match lone_by_quote.get(&unit.quote) {
                Some(&first) => sets.join(first, i),
                None => {
                    lone_by_quote.insert(unit.quote, i);
                }
            }
        }
    }
    let mut numbering: HashMap<usize, usize> = HashMap::default();
    (0..units.len())
        .map(|i| {
            let root = sets.root(i);
            let next = numbering.len();
            *numbering.entry(root).or_insert(next)
        })
        .collect()
}
