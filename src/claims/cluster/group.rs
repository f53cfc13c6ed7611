//! A claim as it forms: its statements and their term counts, kept up to date as statements
//! join and leave, and how alike a statement or another claim is to it (IDF-weighted cosine,
//! names and numbers counted only where both sides have them).

use super::Weights;
use super::candidates::LOOKUP_TERMS;
use crate::claims::lexicon::TermId;
use crate::claims::units::Unit;
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Default)]
pub(super) struct Group {
    pub(super) members: Vec<usize>,
    pub(super) counts: HashMap<TermId, u32>,
    /// Sum of (weight × count)² over terms that are not slots.
    plain_sq: f64,
}

impl Group {
    pub(super) fn add(&mut self, u: usize, unit: &Unit, weights: &Weights) {
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

    pub(super) fn remove(&mut self, u: usize, unit: &Unit, weights: &Weights) {
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

    pub(super) fn similarity(&self, unit: &Unit, weights: &Weights) -> f64 {
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

    /// Cosine of two claims' profiles, slots counted only when both have them.
    pub(super) fn similarity_to(&self, other: &Group, weights: &Weights) -> f64 {
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

    pub(super) fn top_terms(&self, weights: &Weights) -> Vec<TermId> {
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
