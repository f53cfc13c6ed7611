//! Groups units that make the same claim: each unit joins the claim whose term profile it is
//! most like (IDF-weighted cosine), found through an inverted index from terms to claims, so
//! the cost grows with the corpus, not with its square. Names and numbers are slot fillers:
//! shared, they count double; unshared, they cost nothing, so "5,000 troops" and "6,000
//! troops" can still meet and be flagged as a conflict.

use super::lexicon::{Lexicon, TermId};
use super::units::Unit;
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

thread_local! {
    /// Reused by every candidate lookup on this thread ("also supports" runs on every core).
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Least similarity for a unit to join a claim.
pub const JOIN: f64 = 0.38;
/// Least similarity of two claims' profiles for them to be one claim.
const MERGE: f64 = 0.5;
/// Least similarity for a source's closest statement to also support a claim that source would
/// otherwise omit (a sentence may make two claims).
const ALSO_SUPPORTS: f64 = 0.25;
/// Rarest terms of a unit used to look up candidate claims.
const LOOKUP_TERMS: usize = 8;
/// Most candidate claims compared in full with a unit.
const COMPARED: usize = 32;
/// Most recent claims read from one posting list.
const POSTING_SCAN: usize = 256;
const NAME_BOOST: f64 = 1.0;
const NUMBER_BOOST: f64 = 1.6;

/// Weight of each term: inverse document frequency over units, names and numbers boosted.
#[derive(Debug, Clone)]
pub struct Weights {
    pub weight: Vec<f64>,
    pub slot: Vec<bool>,
    pub df: Vec<u32>,
}

impl Weights {
    pub fn new(lexicon: &Lexicon, units: &[Unit]) -> Self {
        let n = lexicon.terms.len();
        let mut df = vec![0u32; n];
        for u in units {
            for &t in &u.terms {
                df[t as usize] += 1;
            }
        }
        let total = units.len().max(1) as f64;
        let mut weight = vec![0.0; n];
        let mut slot = vec![false; n];
        for t in 0..n {
            let idf = (1.0 + total / (df[t].max(1) as f64)).ln();
            let name = lexicon.term_is_name[t];
            let number = lexicon.is_figure(t as TermId);
            slot[t] = name || number;
            weight[t] = idf
                * if number {
                    NUMBER_BOOST
                } else if name {
                    NAME_BOOST
                } else {
                    1.0
                };
        }
        Weights { weight, slot, df }
    }

    pub fn w(&self, t: TermId) -> f64 {
        self.weight[t as usize]
    }

    pub fn is_slot(&self, t: TermId) -> bool {
        self.slot[t as usize]
    }
}

#[derive(Debug, Default)]
struct Group {
    members: Vec<usize>,
    counts: HashMap<TermId, u32>,
    /// Sum of (weight × count)² over terms that are not slots.
    plain_sq: f64,
}

impl Group {
    fn add(&mut self, u: usize, unit: &Unit, weights: &Weights) {
        self.members.push(u);
        for &t in &unit.terms {
            let c = self.counts.entry(t).or_insert(0);
            if !weights.is_slot(t) {
                let w = weights.w(t);
                self.plain_sq += w * w * ((2 * *c + 1) as f64);
            }
            *c += 1;
        }
    }

    fn remove(&mut self, u: usize, unit: &Unit, weights: &Weights) {
        self.members.retain(|&m| m != u);
        for &t in &unit.terms {
            if let Some(c) = self.counts.get_mut(&t) {
                *c -= 1;
                if !weights.is_slot(t) {
                    let w = weights.w(t);
                    self.plain_sq -= w * w * ((2 * *c + 1) as f64);
                }
                if *c == 0 {
                    self.counts.remove(&t);
                }
            }
        }
    }

    fn similarity(&self, unit: &Unit, weights: &Weights) -> f64 {
        let n = self.members.len() as f64;
        if n == 0.0 {
            return 0.0;
        }
        let (mut dot, mut unit_sq, mut slot_sq) = (0.0, 0.0, 0.0);
        for &t in &unit.terms {
            let w = weights.w(t);
            let c = self.counts.get(&t).copied().unwrap_or(0) as f64;
            dot += w * w * c / n;
            if !weights.is_slot(t) || c > 0.0 {
                unit_sq += w * w;
            }
            if weights.is_slot(t) && c > 0.0 {
                slot_sq += w * w * c * c;
            }
        }
        let group_sq = (self.plain_sq.max(0.0) + slot_sq) / (n * n);
        if dot == 0.0 || unit_sq == 0.0 || group_sq == 0.0 {
            0.0
        } else {
            dot / (unit_sq * group_sq).sqrt()
        }
    }
}

impl Group {
    /// Cosine of two claims' profiles, slots counted only when both have them.
    fn similarity_to(&self, other: &Group, weights: &Weights) -> f64 {
        let (na, nb) = (self.members.len() as f64, other.members.len() as f64);
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        // The shared terms are found by walking the smaller profile (the measure is symmetric):
        // a claim of a thousand statements has thousands of terms, its candidates mostly a few
        // dozen.
        if other.counts.len() < self.counts.len() {
            return other.similarity_to(self, weights);
        }
        let (mut dot, mut a_sq, mut b_sq) = (0.0, self.plain_sq.max(0.0), other.plain_sq.max(0.0));
        a_sq /= na * na;
        b_sq /= nb * nb;
        for (&t, &ca) in &self.counts {
            if let Some(&cb) = other.counts.get(&t) {
                let w = weights.w(t);
                let (fa, fb) = (ca as f64 / na, cb as f64 / nb);
                dot += w * w * fa * fb;
                if weights.is_slot(t) {
                    a_sq += (w * fa).powi(2);
                    b_sq += (w * fb).powi(2);
                }
            }
        }
        if dot == 0.0 {
            0.0
        } else {
            dot / (a_sq * b_sq).sqrt()
        }
    }

    fn top_terms(&self, weights: &Weights) -> Vec<TermId> {
        let mut terms: Vec<(TermId, f64)> = self
            .counts
            .iter()
            .map(|(&t, &c)| (t, weights.w(t) * c as f64))
            .collect();
        // Heaviest first, then the lower id: a total order, so selecting the first few and
        // sorting only those gives what sorting them all did, without sorting thousands.
        let order = |a: &(TermId, f64), b: &(TermId, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if terms.len() > LOOKUP_TERMS {
            terms.select_nth_unstable_by(LOOKUP_TERMS, order);
            terms.truncate(LOOKUP_TERMS);
        }
        terms.sort_by(order);
        terms.into_iter().map(|(t, _)| t).collect()
    }
}

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

/// Reused by every candidate lookup: a score per claim (all zero between lookups), the claims
/// scored in the order first met (only the first so many are this lookup's), and the best of
/// them so far.
#[derive(Default)]
struct Scratch {
    score: Vec<f64>,
    touched: Vec<u32>,
    best: std::collections::BinaryHeap<std::cmp::Reverse<Ranked>>,
}

/// A candidate claim and the weight it shares: higher score first, then the earlier claim.
#[derive(Clone, Copy, PartialEq)]
struct Ranked {
    score: f64,
    claim: u32,
}

impl Eq for Ranked {}

impl Ranked {
    /// The order as one integer: scores are positive (sums of squared weights), and positive
    /// floats order as their bits do, so the heap compares two integers rather than two floats
    /// and two ids.
    fn key(self) -> u128 {
        (u128::from(self.score.to_bits()) << 32) | u128::from(u32::MAX - self.claim)
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The rarest terms some other statement shares, rarest first: a word no one else uses finds
/// nothing.
fn lookup_terms(unit: &Unit, weights: &Weights) -> Vec<TermId> {
    let mut terms: Vec<TermId> = unit
        .terms
        .iter()
        .copied()
        .filter(|&t| weights.df[t as usize] > 1)
        .collect();
    terms.sort_by(|a, b| weights.w(*b).total_cmp(&weights.w(*a)));
    terms.truncate(LOOKUP_TERMS);
    terms
}

/// Adds `weight` to the score of each claim of `window` that `keep` lets through, once for
/// each time it is listed, and writes the claims scored for the first time into `touched`
/// after the `met` already there; returns how many are there now. The scores and the window
/// come in as plain slices, so the hot loop keeps their addresses in registers.
fn add_score(
    score: &mut [f64],
    touched: &mut [u32],
    mut met: usize,
    window: &[u32],
    weight: f64,
    keep: impl Fn(usize) -> bool,
) -> usize {
    for &g in window {
        if keep(g as usize) {
            let s = &mut score[g as usize];
            // Written whatever the score, kept only when the claim is new.
            touched[met] = g;
            met += usize::from(*s == 0.0);
            *s += weight;
        }
    }
    met
}

/// The best COMPARED of the `touched` claims by (score, then claim id), their scores cleared
/// for the next lookup. They are kept in a min-heap: most claims score below its smallest and
/// cost one comparison, where partitioning the thousands touched cost more than the lookups.
/// The order is total, so the set kept is the one a full sort would give. Scores are sums of
/// positive weights, so a plain comparison with the smallest kept score turns most claims away
/// before the total order is needed.
fn keep_best(
    score: &mut [f64],
    touched: &[u32],
    best: &mut std::collections::BinaryHeap<std::cmp::Reverse<Ranked>>,
) {
    let mut floor = f64::NEG_INFINITY;
    for &g in touched {
        let entry = Ranked {
            score: std::mem::take(&mut score[g as usize]),
            claim: g,
        };
        // Only a weight too small to count leaves a listed claim at zero: not a candidate.
        if entry.score == 0.0 || entry.score < floor {
            continue;
        }
        if best.len() < COMPARED {
            best.push(std::cmp::Reverse(entry));
        } else if let Some(mut worst) = best.peek_mut()
            && entry > worst.0
        {
            // Replaced in place: one sift down instead of a pop and a push.
            *worst = std::cmp::Reverse(entry);
        }
        if best.len() == COMPARED {
            floor = best.peek().map_or(floor, |worst| worst.0.score);
        }
    }
}

impl Index<'_> {
    /// Claims that share one of the unit's rarest terms.
    fn candidates(&self, u: usize) -> Vec<usize> {
        self.ranked(&self.lookup[u], |_| true)
    }

    /// The claims (those `keep` lets through) that share the most weight of `terms`, at most
    /// COMPARED of them, in no particular order (every caller compares them all): a common term
    /// can be in thousands of claims, and only the few best are worth a full comparison. A
    /// dense score per claim is much cheaper than a map here.
    fn ranked(&self, terms: &[TermId], keep: impl Fn(usize) -> bool) -> Vec<usize> {
        SCRATCH.with_borrow_mut(|scratch| {
            let Scratch {
                score,
                touched,
                best,
            } = scratch;
            if score.len() < self.groups.len() {
                score.resize(self.groups.len(), 0.0);
            }
            // The recent part of each term's posting list, with the term's weight.
            let windows = || {
                terms.iter().filter_map(|&t| {
                    let w = self.weights.w(t);
                    let posting = &self.postings[t as usize];
                    (w > 0.0).then(|| {
                        (
                            w * w,
                            &posting[posting.len().saturating_sub(POSTING_SCAN)..],
                        )
                    })
                })
            };
            // Room for every claim listed, so a claim met first is written down without a
            // branch.
            let listed: usize = windows().map(|(_, window)| window.len()).sum();
            if touched.len() < listed {
                touched.resize(listed, 0);
            }
            let mut met = 0;
            for (weight, window) in windows() {
                met = add_score(score, touched, met, window, weight, &keep);
            }
            best.clear();
            keep_best(score, &touched[..met], best);
            best.drain().map(|r| r.0.claim as usize).collect()
        })
    }

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
pub fn cluster(units: &[Unit], weights: &Weights) -> Vec<Vec<usize>> {
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
    let also = index.also_supports();
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

    /// Statements that also support a claim made by two or more other sources, when their own
    /// source would otherwise omit it: (unit, claim).
    fn also_supports(&self) -> Vec<(usize, usize)> {
        let sources: Vec<Vec<usize>> = self
            .groups
            .iter()
            .map(|g| {
                let mut s: Vec<usize> = g.members.iter().map(|&u| self.units[u].article).collect();
                s.sort_unstable();
                s.dedup();
                s
            })
            .collect();
        // Each statement's close claims, read-only over the claims, so found on every core.
        let statements: Vec<usize> = (0..self.units.len()).collect();
        let close = crate::parallel::map(&statements, |&u| {
            let unit = &self.units[u];
            let own = self.of_unit[u];
            self.candidates(u)
                .into_iter()
                .filter(|&g| {
                    g != own
                        && sources[g].len() >= 2
                        && sources[g].binary_search(&unit.article).is_err()
                })
                .map(|g| (g, self.groups[g].similarity(unit, self.weights)))
                .filter(|&(_, sim)| sim >= ALSO_SUPPORTS)
                .collect::<Vec<_>>()
        });
        // (claim, article) -> (similarity, unit): the closest statement, the first on a tie.
        let mut best: HashMap<(usize, usize), (f64, usize)> = HashMap::default();
        for (u, claims) in close.into_iter().enumerate() {
            for (g, sim) in claims {
                let entry = best.entry((g, self.units[u].article)).or_insert((sim, u));
                if sim > entry.0 {
                    *entry = (sim, u);
                }
            }
        }
        let mut out: Vec<(usize, usize)> =
            best.into_iter().map(|((g, _), (_, u))| (u, g)).collect();
        out.sort_unstable();
        out
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
