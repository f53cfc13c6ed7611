//! How much each term counts when statements are compared: inverse document frequency over
//! the statements, with names and numbers boosted, since a shared name or figure says more
//! about the claim than a shared common word.

use crate::claims::lexicon::{Lexicon, TermId};
use crate::claims::units::Unit;

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
