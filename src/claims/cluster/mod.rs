//! Groups units that make the same claim: each unit joins the claim whose term profile it is
//! most like (IDF-weighted cosine), found through an inverted index from terms to claims, so
//! the cost grows with the corpus, not with its square. Names and numbers are slot fillers:
//! shared, they count double; unshared, they cost nothing, so "5,000 troops" and "6,000
//! troops" can still meet and be flagged as a conflict.

mod also_supports;
mod candidates;
mod group;
mod weights;

pub use weights::Weights;

use super::lexicon::TermId;
use super::stories::Stories;
use super::units::Unit;
use candidates::lookup_terms;
use group::Group;

/// Least similarity for a unit to join a claim.
pub const JOIN: f64 = 0.38;
/// Least similarity of two claims' profiles for them to be one claim.
const MERGE: f64 = 0.5;

/// The claims as they form, with the index from terms to them that finds a unit's candidates.
struct Index<'a> {
    units: &'a [Unit],
    weights: &'a Weights,
    groups: Vec<Group>,
    /// The claims each term is in, by term id, in the order the term joined them.
    postings: Vec<Vec<u32>>,
    /// Each unit's lookup terms, rarest first: worked out once, a unit is looked up three times.
    lookup: Vec<Vec<TermId>>,
    of_unit: Vec<usize>,
}

impl Index<'_> {
    fn best(&self, u: usize) -> Option<(usize, f64)> {
        let unit = &self.units[u];
        self.candidates(u)
            .into_iter()
            .map(|g| (g, self.groups[g].similarity(unit, self.weights)))
            .filter(|(_, s)| *s >= JOIN)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    }

    fn join(&mut self, u: usize, g: usize) {
        let unit = &self.units[u];
        for &t in &unit.terms {
            if !self.groups[g].counts.contains_key(&t) {
                self.postings[t as usize].push(g as u32);
            }
        }
        self.groups[g].add(u, unit, self.weights);
        self.of_unit[u] = g;
    }

    fn place(&mut self, u: usize, fallback: Option<usize>) {
        let target = match (self.best(u), fallback) {
            (Some((g, _)), _) => g,
            (None, Some(g)) if self.groups[g].members.is_empty() => g,
            _ => {
                self.groups.push(Group::default());
                self.groups.len() - 1
            }
        };
        self.join(u, target);
    }
}

/// The claims as lists of unit indices, each in reading order; claims in order of first unit.
pub fn cluster(units: &[Unit], weights: &Weights, stories: &Stories) -> Vec<Vec<usize>> {
    let mut index = Index {
        units,
        weights,
        groups: Vec::new(),
        postings: vec![Vec::new(); weights.weight.len()],
        lookup: units.iter().map(|u| lookup_terms(u, weights)).collect(),
        of_unit: vec![usize::MAX; units.len()],
    };
    for u in 0..units.len() {
        index.place(u, None);
    }
    // A second pass lets early units move to the claim that formed after them.
    for (u, unit) in units.iter().enumerate() {
        let g = index.of_unit[u];
        index.groups[g].remove(u, unit, weights);
        index.place(u, Some(g));
    }
    index.merge_similar();
    let also = index.also_supports(stories);
    let mut groups: Vec<Vec<usize>> = index.groups.into_iter().map(|g| g.members).collect();
    for (u, g) in also {
        // A statement no other source shares moves to the claim rather than standing twice.
        let own = index.of_unit[u];
        if groups[own] == [u] {
            groups[own].clear();
        }
        groups[g].push(u);
    }
    let mut groups: Vec<Vec<usize>> = groups
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    groups.sort_by_key(|m| m[0]);
    groups
}

impl Index<'_> {
    /// Joins claims whose profiles are alike: the single pass can split one claim in two when
    /// its first statements were worded differently.
    fn merge_similar(&mut self) {
        for g in 0..self.groups.len() {
            if self.groups[g].members.is_empty() {
                continue;
            }
            let mut candidates = self.ranked(&self.groups[g].top_terms(self.weights), |h| h > g);
            // In claim order, as the merges always went.
            candidates.sort_unstable();
            for h in candidates {
                if !self.groups[h].members.is_empty()
                    && self.groups[g].similarity_to(&self.groups[h], self.weights) >= MERGE
                {
                    let moved = std::mem::take(&mut self.groups[h].members);
                    self.groups[h] = Group::default();
                    for u in moved {
                        self.join(u, g);
                    }
                }
            }
        }
    }
}

/// The claim each unit is in, by unit (`usize::MAX` for none); a unit in two claims (it also
/// supports one) gives the later.
pub fn claim_of(groups: &[Vec<usize>], units: usize) -> Vec<usize> {
    let mut of = vec![usize::MAX; units];
    for (g, members) in groups.iter().enumerate() {
        for &u in members {
            of[u] = g;
        }
    }
    of
}

/// How typical each member is of its claim: its similarity to the claim's profile.
pub fn centrality(units: &[Unit], members: &[usize], weights: &Weights) -> Vec<f64> {
    let mut g = Group::default();
    for &u in members {
        g.add(u, &units[u], weights);
    }
    members
        .iter()
        .map(|&u| g.similarity(&units[u], weights))
        .collect()
}
