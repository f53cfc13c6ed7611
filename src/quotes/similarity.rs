//! How alike two passages are: content words weighted by rarity (a Dice overlap, and
//! containment for a short passage inside a longer one, words in the same order), and the
//! shape of the whole word sequence, which survives re-translation better than the words do.

use super::terms::{Rarity, Term};
use rustc_hash::FxHashMap as HashMap;

/// Interned words, so profiles compare integers.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    pub weights: Vec<f64>,
}

impl Vocabulary {
    pub fn id(&mut self, form: &str, rarity: &Rarity) -> u32 {
        if let Some(&id) = self.ids.get(form) {
            return id;
        }
        let id = self.weights.len() as u32;
        self.ids.insert(form.to_string(), id);
        self.weights.push(rarity.weight(form));
        id
    }

    pub fn get(&self, form: &str) -> Option<u32> {
        self.ids.get(form).copied()
    }
}

/// A passage as compared.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Content words in order.
    pub content: Vec<u32>,
    /// Content words, sorted and distinct.
    pub set: Vec<u32>,
    /// Total weight of `set`.
    pub weight: f64,
    /// Every word in order, function words included.
    pub shape: Vec<u32>,
}

impl Profile {
    pub fn new(terms: &[Term], vocabulary: &mut Vocabulary, rarity: &Rarity) -> Profile {
        let mut content = Vec::new();
        let mut shape = Vec::with_capacity(terms.len());
        for t in terms {
            let id = vocabulary.id(&t.form, rarity);
            shape.push(id);
            if t.content {
                content.push(id);
            }
        }
        let mut set = content.clone();
        set.sort_unstable();
        set.dedup();
        let weight = set.iter().map(|&i| vocabulary.weights[i as usize]).sum();
        Profile {
            content,
            set,
            weight,
            shape,
        }
    }
}

/// Total weight of the words two sorted sets share.
pub fn shared_weight(a: &[u32], b: &[u32], weights: &[f64]) -> f64 {
    crate::sorted::common(a, b)
        .map(|&w| weights[w as usize])
        .sum()
}

/// Length of the longest common subsequence; sequences are capped so a huge passage costs a
/// bounded amount.
pub fn lcs(a: &[u32], b: &[u32]) -> usize {
    const CAP: usize = 400;
    let (a, b) = (&a[..a.len().min(CAP)], &b[..b.len().min(CAP)]);
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Why two passages were judged the same statement, with the score in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Match {
    /// Most of the content words are shared.
    Overlap(f64),
    /// The shorter passage's content words all appear, in order, in the longer one.
    Contained(f64),
    /// Fewer shared words but the same shape: a re-translation or a loose rendering.
    Shape(f64),
}

impl Match {
    pub fn score(self) -> f64 {
        match self {
            Match::Overlap(s) | Match::Contained(s) | Match::Shape(s) => s,
        }
    }
}

pub const OVERLAP: f64 = 0.5;
pub const CONTAINED: f64 = 0.8;
const SHAPE_OVERLAP: f64 = 0.25;
const SHAPE: f64 = 0.5;

/// Whether two passages report the same statement, and how strongly.
pub fn same_statement(a: &Profile, b: &Profile, weights: &[f64]) -> Option<Match> {
    // One word in common is a shared topic, not a shared statement; a one-word quote joins only
    // a quote of that same word.
    if a.set.len() < 2 || b.set.len() < 2 {
        return (a.set == b.set && !a.set.is_empty()).then_some(Match::Overlap(1.0));
    }
    let shared = shared_weight(&a.set, &b.set, weights);
    let dice = 2.0 * shared / (a.weight + b.weight);
    if dice >= OVERLAP {
        return Some(Match::Overlap(dice));
    }
    let (small, large) = if a.weight <= b.weight { (a, b) } else { (b, a) };
    let containment = shared / small.weight;
    if small.set.len() >= 2 && containment >= CONTAINED {
        let in_order = lcs(&small.content, &large.content) as f64;
        if in_order >= CONTAINED * small.content.len() as f64 {
            return Some(Match::Contained(
                containment * in_order / small.content.len() as f64,
            ));
        }
    }
    let (la, lb) = (a.shape.len() as f64, b.shape.len() as f64);
    if dice >= SHAPE_OVERLAP && la.min(lb) / la.max(lb) >= 0.6 {
        let shape = 2.0 * lcs(&a.shape, &b.shape) as f64 / (la + lb);
        // Shared content words in the same order as well as the same function words.
        let ordered =
            lcs(&a.content, &b.content) as f64 / a.content.len().min(b.content.len()) as f64;
        if shape >= SHAPE && ordered >= 0.3 {
            return Some(Match::Shape((dice + shape) / 2.0));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lcs_counts_common_order() {
        assert_eq!(lcs(&[1, 2, 3, 4], &[1, 3, 4, 5]), 3);
        assert_eq!(lcs(&[], &[1]), 0);
    }

    #[test]
    fn shared_weight_of_sorted_sets() {
        assert_eq!(
            shared_weight(&[0, 2, 3], &[1, 2, 3], &[1.0, 1.0, 0.5, 2.0]),
            2.5
        );
    }
}
