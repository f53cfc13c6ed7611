//! Whether reports tell the same story: the cosine of their whole-article term profiles, so a
//! word said and denied in two unrelated reports is no conflict.

use super::cluster::Weights;
use super::lexicon::TermId;
use super::units::Unit;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Least similarity of two whole reports for them to tell the same story.
pub const SAME_STORY: f64 = 0.25;
/// Least similarity of two whole reports for statements in them that are already tied to one
/// thing (by the words around two figures, or by one phrase) to be about one event. Looser than
/// `SAME_STORY`: it only keeps out reports of other events, which share a few common words
/// ("years", "percent") and little else, while a tabloid's report of the event still shares its
/// names and places with the wire's.
pub const ONE_EVENT: f64 = 0.1;

/// Whether two reports tell the same story: the cosine of their whole-article term profiles.
pub struct Stories {
    profiles: Vec<HashMap<TermId, f64>>,
    norms: Vec<f64>,
}

impl Stories {
    pub fn new(units: &[Unit], weights: &Weights, articles: usize) -> Self {
        let mut profiles: Vec<HashMap<TermId, f64>> = vec![HashMap::default(); articles];
        for u in units {
            for &t in &u.terms {
                *profiles[u.article].entry(t).or_insert(0.0) += weights.w(t);
            }
        }
        let norms = profiles
            .iter()
            .map(|p| p.values().map(|v| v * v).sum::<f64>().sqrt())
            .collect();
        Stories { profiles, norms }
    }

    /// Each report's event, by report: the report that opened it. A report is of the event of
    /// the opening report it is most alike, at `ONE_EVENT` or more; alike none, it opens one.
    /// Reports of one event mostly share it at the cost of a comparison per event; reports of
    /// two events may still be alike, which `similarity` tells.
    pub fn events(&self) -> Vec<usize> {
        let mut openers: Vec<usize> = Vec::new();
        (0..self.profiles.len())
            .map(|a| {
                let closest = openers
                    .iter()
                    .map(|&o| (self.similarity(a, o), o))
                    .filter(|&(sim, _)| sim >= ONE_EVENT)
                    .max_by(|x, y| x.0.total_cmp(&y.0));
                match closest {
                    Some((_, o)) => o,
                    None => {
                        openers.push(a);
                        a
                    }
                }
            })
            .collect()
    }

    /// The similarity of reports `a` and `b`: one comparison of their profiles, walking the
    /// smaller.
    pub fn similarity(&self, a: usize, b: usize) -> f64 {
        if a == b {
            return 1.0;
        }
        let (small, large) = if self.profiles[a].len() <= self.profiles[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let dot: f64 = self.profiles[small]
            .iter()
            .filter_map(|(t, v)| self.profiles[large].get(t).map(|w| v * w))
            .sum();
        let denom = self.norms[a] * self.norms[b];
        if denom > 0.0 { dot / denom } else { 0.0 }
    }

    /// Of `articles`, those that tell the story the `seeds` tell: cosine with the seeds'
    /// combined profile, one comparison per article however many seeds there are. `seeds` are
    /// sorted.
    pub fn telling(
        &self,
        seeds: &[usize],
        articles: impl Iterator<Item = usize>,
    ) -> HashSet<usize> {
        self.telling_at(SAME_STORY, seeds, articles)
    }

    /// As `telling`, with `least` for the least similarity.
    pub fn telling_at(
        &self,
        least: f64,
        seeds: &[usize],
        articles: impl Iterator<Item = usize>,
    ) -> HashSet<usize> {
        let mut centroid: HashMap<TermId, f64> = HashMap::default();
        for &s in seeds {
            if self.norms[s] > 0.0 {
                for (t, v) in &self.profiles[s] {
                    *centroid.entry(*t).or_insert(0.0) += v / self.norms[s];
                }
            }
        }
        let norm = centroid.values().map(|v| v * v).sum::<f64>().sqrt();
        articles
            .filter(|&a| {
                seeds.binary_search(&a).is_ok() || {
                    let dot: f64 = self.profiles[a]
                        .iter()
                        .filter_map(|(t, v)| centroid.get(t).map(|w| v * w))
                        .sum();
                    let denom = norm * self.norms[a];
                    denom > 0.0 && dot / denom >= least
                }
            })
            .collect()
    }
}
