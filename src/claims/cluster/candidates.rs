//! Finding the claims worth comparing with a statement: an inverted index from terms to the
//! claims they are in, read for the rarest terms the statement shares, keeps the few claims
//! that share the most weight, so the cost grows with the corpus, not with its square.

use super::{Index, Weights};
use crate::claims::lexicon::TermId;
use crate::claims::units::Unit;
use std::cell::RefCell;

thread_local! {
    /// Reused by every candidate lookup on this thread ("also supports" runs on every core).
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Rarest terms of a unit used to look up candidate claims.
pub(super) const LOOKUP_TERMS: usize = 8;
/// Most candidate claims compared in full with a unit.
const COMPARED: usize = 32;
/// Most recent claims read from one posting list.
const POSTING_SCAN: usize = 256;

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
pub(super) fn lookup_terms(unit: &Unit, weights: &Weights) -> Vec<TermId> {
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
    pub(super) fn candidates(&self, u: usize) -> Vec<usize> {
        self.ranked(&self.lookup[u], |_| true)
    }

    /// The claims (those `keep` lets through) that share the most weight of `terms`, at most
    /// COMPARED of them, in no particular order (every caller compares them all): a common term
    /// can be in thousands of claims, and only the few best are worth a full comparison. A
    /// dense score per claim is much cheaper than a map here.
    pub(super) fn ranked(&self, terms: &[TermId], keep: impl Fn(usize) -> bool) -> Vec<usize> {
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
}
