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

/// Distinct content words from which a passage says enough to stand for its statement; a
/// shorter one ("a working draft", "tear gas") can sit inside several statements.
const SUBSTANTIAL: usize = 4;

/// The share of pairs of substantial passages across two clusters that must match for the
/// clusters to join: one passage that happens to match a passage of another statement does
/// not make the statements one.
const LINKAGE: f64 = 1.0 / 3.0;

/// The substantial members of each cluster, for joining clusters by their average match.
struct Linkage {
    members: HashMap<usize, Vec<usize>>,
    /// Pairs of clusters, by root and size, found not to match: the answer holds until one
    /// of them grows.
    refused: rustc_hash::FxHashSet<(usize, usize, usize, usize)>,
    matched: rustc_hash::FxHashSet<(usize, usize)>,
    /// The quote of each unit: the parts of one quote ("A," she said. "B.") are one
    /// statement, and count as matching each other.
    quote_of: Vec<usize>,
}

impl Linkage {
    fn new(units: &[Unit], substantial: &[bool], edges: &[(f64, usize, usize)]) -> Linkage {
        Linkage {
            members: (0..substantial.len())
                .filter(|&i| substantial[i])
                .map(|i| (i, vec![i]))
                .collect(),
            refused: Default::default(),
            matched: edges
                .iter()
                .map(|&(_, a, b)| (a.min(b), a.max(b)))
                .collect(),
            quote_of: units.iter().map(|u| u.quote).collect(),
        }
    }

    fn matches(&self, x: usize, y: usize) -> bool {
        self.quote_of[x] == self.quote_of[y] || self.matched.contains(&(x.min(y), x.max(y)))
    }

    /// Joins the clusters of `a` and `b` when enough of their members match each other.
    fn join(&mut self, sets: &mut Sets, a: usize, b: usize) {
        let (ra, rb) = (sets.root(a), sets.root(b));
        if ra == rb {
            return;
        }
        let (left, right) = (&self.members[&ra], &self.members[&rb]);
        let key = if ra < rb {
            (ra, rb, left.len(), right.len())
        } else {
            (rb, ra, right.len(), left.len())
        };
        if self.refused.contains(&key) {
            return;
        }
        let pairs = left.len() * right.len();
        let needed = (LINKAGE * pairs as f64).ceil() as usize;
        let mut found = 0;
        'outer: for &x in left {
            for &y in right {
                if self.matches(x, y) {
                    found += 1;
                    if found >= needed {
                        break 'outer;
                    }
                }
            }
        }
        if found < needed {
            self.refused.insert(key);
            return;
        }
        let mut moved = self.members.remove(&ra).unwrap_or_default();
        moved.extend(self.members.remove(&rb).unwrap_or_default());
        sets.join(ra, rb);
        self.members.insert(sets.root(ra), moved);
    }
}

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

/// Joins each group of short passages to the cluster of substance it matches most, by the
/// total score of its matches: "a working draft" goes with the statement most of its sources
/// quote it from, not with every statement that contains it.
fn attach_short_groups(sets: &mut Sets, edges: &[(f64, usize, usize)], substantial: &[bool]) {
    let mut pull: HashMap<(usize, usize), f64> = HashMap::default();
    for &(score, a, b) in edges
        .iter()
        .filter(|e| substantial[e.1] != substantial[e.2])
    {
        let (short, long) = if substantial[a] { (b, a) } else { (a, b) };
        *pull.entry((sets.root(short), sets.root(long))).or_default() += score;
    }
    let mut best: HashMap<usize, (f64, usize)> = HashMap::default();
    let mut pulls: Vec<((usize, usize), f64)> = pull.into_iter().collect();
    pulls.sort_by_key(|x| x.0);
    for ((short, long), score) in pulls {
        let entry = best.entry(short).or_insert((score, long));
        if score > entry.0 {
            *entry = (score, long);
        }
    }
    for (short, (_, long)) in best {
        sets.join(short, long);
    }
}

/// Groups units into clusters: the returned vector gives each unit's group, numbered from 0 in
/// order of each group's first unit.
///
/// A short passage ("a working draft") is contained in every longer one that quotes it, also in
/// a different statement that echoes it ("The minister calls it a 'working draft'. You do not
/// ..."); passages sharing a rare phrase ("tear gas") can match across statements too. Joined
/// pair by pair, such links would chain different statements into one cluster, so clusters
/// grow in three steps: passages of substance join where most of their members match
/// (`Linkage`); short passages join each other; and each group of short passages then joins
/// the one cluster it matches most.
pub fn group(units: &[Unit], weights: &[f64]) -> Vec<usize> {
    let mut edges: Vec<(f64, usize, usize)> = candidates(units, weights)
        .into_iter()
        .filter_map(|(a, b)| {
            same_statement(&units[a].profile, &units[b].profile, weights).map(|m| (m.score(), a, b))
        })
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let substantial: Vec<bool> = units
        .iter()
        .map(|u| u.profile.set.len() >= SUBSTANTIAL)
        .collect();
    let mut sets = Sets::new(units.len());
    let mut linkage = Linkage::new(units, &substantial, &edges);
    for &(_, a, b) in edges
        .iter()
        .filter(|e| substantial[e.1] && substantial[e.2])
    {
        linkage.join(&mut sets, a, b);
    }
    for &(_, a, b) in edges
        .iter()
        .filter(|e| !substantial[e.1] && !substantial[e.2])
    {
        sets.join(a, b);
    }
    attach_short_groups(&mut sets, &edges, &substantial);
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
