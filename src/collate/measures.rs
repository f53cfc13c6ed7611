//! Measures over a collation: each witness's counts of differences, its fidelity to the
//! consensus, whether it reads as a re-translation, and the pairwise distance matrix.

use super::Collation;
use super::classify::{self, Base, CellRef, VariantClass};
use serde::Serialize;
use std::borrow::Cow;

/// How much each class counts against fidelity and towards distance. Cosmetic changes count a
/// little, so identical copies stand out at distance 0; a moved run keeps its words, so it counts
/// half.
fn weight(class: VariantClass) -> f64 {
    match class {
        VariantClass::Same => 0.0,
        VariantClass::Cosmetic => 0.25,
        VariantClass::Transposition => 0.5,
        VariantClass::Substitution | VariantClass::Omission | VariantClass::Addition => 1.0,
    }
}

/// A witness's differences from a base, counted in columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WitnessStats {
    /// Tokens of the witness, and of the base.
    pub words: usize,
    pub base_words: usize,
    pub same: usize,
    pub cosmetic: usize,
    pub substitutions: usize,
    pub omissions: usize,
    pub additions: usize,
    pub transpositions: usize,
}

impl WitnessStats {
    fn count(&mut self, class: VariantClass) {
        match class {
            VariantClass::Same => self.same += 1,
            VariantClass::Cosmetic => self.cosmetic += 1,
            VariantClass::Substitution => self.substitutions += 1,
            VariantClass::Omission => self.omissions += 1,
            VariantClass::Addition => self.additions += 1,
            VariantClass::Transposition => self.transpositions += 1,
        }
    }

    /// Re-translated: a good share of the base's words replaced by others, yet the same length
    /// and enough shared words in the same order to show it is the same text.
    pub fn looks_retranslated(&self) -> bool {
        if self.base_words < 4 || self.substitutions < 2 {
            return false;
        }
        let base = self.base_words as f64;
        let substituted = self.substitutions as f64 / base;
        let kept = (self.same + self.cosmetic) as f64 / base;
        let length_ratio = self.words as f64 / base;
        substituted >= 0.2 && kept >= 0.3 && (2.0 / 3.0..=1.5).contains(&length_ratio)
    }
}

impl Collation<'_> {
    /// Every column's consensus reading and every cell's class against it (borrowed when the
    /// consensus is the base already).
    fn consensus(&self) -> (Cow<'_, [Option<CellRef>]>, Cow<'_, [VariantClass]>) {
        if self.base == Base::Consensus {
            return (Cow::Borrowed(&self.bases), Cow::Borrowed(&self.classes));
        }
        let bases = classify::base_cells(&self.cells, self.width(), &self.tokens, Base::Consensus);
        let classes = classify::classify(
            &self.cells,
            self.width(),
            &self.tokens,
            &bases,
            &self.key_texts,
        );
        (Cow::Owned(bases), Cow::Owned(classes))
    }

    fn stats_against(
        &self,
        bases: &[Option<CellRef>],
        classes: &[VariantClass],
        w: usize,
    ) -> WitnessStats {
        let width = self.width();
        let mut stats = WitnessStats {
            words: self.tokens[w].len(),
            ..WitnessStats::default()
        };
        for (c, base) in bases.iter().enumerate() {
            if base.is_none() && self.cells[c * width + w].is_none() {
                continue;
            }
            stats.base_words += usize::from(base.is_some());
            stats.count(classes[c * width + w]);
        }
        stats
    }

    /// Witness `w`'s differences from the current base.
    pub fn stats(&self, w: usize) -> WitnessStats {
        self.stats_against(&self.bases, &self.classes, w)
    }

    /// Witness `w`'s differences from the consensus.
    pub fn consensus_stats(&self, w: usize) -> WitnessStats {
        let (bases, classes) = self.consensus();
        self.stats_against(&bases, &classes, w)
    }

    /// Each witness's fidelity to the consensus, 0..=1: one minus the weighted share of columns
    /// (where it or the consensus has a word) in which it differs.
    pub fn fidelity(&self) -> Vec<f64> {
        let (_, classes) = self.consensus();
        let width = self.width();
        (0..width)
            .map(|w| {
                let (mut cost, mut count) = (0.0, 0usize);
                for c in 0..self.len() {
                    let class = classes[c * width + w];
                    if class == VariantClass::Same && self.cells[c * width + w].is_none() {
                        continue;
                    }
                    count += 1;
                    cost += weight(class);
                }
                if count == 0 {
                    1.0
                } else {
                    1.0 - cost / count as f64
                }
            })
            .collect()
    }

    /// Pairwise distances between witnesses, 0..=1 and symmetric: the weighted share of columns
    /// (where either has a word) in which they differ. 0 means the same wording to the comma.
    pub fn distances(&self) -> Vec<Vec<f64>> {
        let width = self.width();
        (0..width)
            .map(|a| {
                (0..width)
                    .map(|b| match a.cmp(&b) {
                        std::cmp::Ordering::Equal => 0.0,
                        // Always measured in the same direction, so the matrix is symmetric.
                        std::cmp::Ordering::Less => self.distance(a, b),
                        std::cmp::Ordering::Greater => self.distance(b, a),
                    })
                    .collect()
            })
            .collect()
    }

    /// The distance between witnesses `a` and `b` (see [`Collation::distances`]).
    pub fn distance(&self, a: usize, b: usize) -> f64 {
        let width = self.width();
        let (mut cost, mut count) = (0.0, 0usize);
        for column in self.cells.chunks_exact(width) {
            let (x, y) = (column[a], column[b]);
            if x.is_none() && y.is_none() {
                continue;
            }
            count += 1;
            cost += weight(classify::classify_cell(
                &self.tokens,
                x.map(|t| (a, t)),
                b,
                y,
            ));
        }
        if count == 0 { 0.0 } else { cost / count as f64 }
    }

    /// True when witness `w` reads as a re-translation of the consensus (see
    /// [`WitnessStats::looks_retranslated`]).
    pub fn is_retranslation(&self, w: usize) -> bool {
        self.consensus_stats(w).looks_retranslated()
    }
}
