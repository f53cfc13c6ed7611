//! The "also supports" pass: a sentence may make two claims, so a source's closest statement
//! also supports a claim that two or more other sources make, where that source would
//! otherwise omit it.

use super::Index;
use crate::claims::stories::{ONE_EVENT, Stories};
use rustc_hash::FxHashMap as HashMap;

/// Least similarity for a source's closest statement to also support a claim that source would
/// otherwise omit (a sentence may make two claims).
const ALSO_SUPPORTS: f64 = 0.25;

impl Index<'_> {
    /// Statements that also support a claim made by two or more other sources, when their own
    /// source would otherwise omit it: (unit, claim).
    pub(super) fn also_supports(&self, stories: &Stories) -> Vec<(usize, usize)> {
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
        // Only a report of the event the claim's sources report: with several events loaded,
        // a report of another one is not made to support it by a sentence that happens to be
        // alike.
        let events = stories.events();
        // Pairs of reports recur across claims: each is compared once.
        let mut one_event: HashMap<(usize, usize), bool> = HashMap::default();
        let mut out: Vec<(usize, usize)> = best
            .into_iter()
            .filter(|&((g, article), _)| {
                sources[g].iter().any(|&s| events[s] == events[article])
                    || sources[g].iter().any(|&s| {
                        *one_event
                            .entry((article, s))
                            .or_insert_with(|| stories.similarity(article, s) >= ONE_EVENT)
                    })
            })
            .map(|((g, _), (_, u))| (u, g))
            .collect();
        out.sort_unstable();
        out
    }
}
