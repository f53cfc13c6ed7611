//! The diff behind `Algorithm::Patience`: two sequences of interned word keys aligned by
//! patience anchors (words unique on both sides, longest increasing run), with git's histogram
//! idea where a gap has no unique word (the rarest shared word's longest common run anchors it).
//! `similar`'s patience falls back to Myers in those gaps, quadratic on dissimilar texts; this
//! stays near linear. Small gaps, and regions nothing anchors, are aligned exactly (a longest
//! common subsequence, bit-parallel); only very large unanchored regions still go to Myers.

use super::lcs::Lcs;
use similar::{Algorithm, DiffOp, capture_diff_deadline};
use std::time::Instant;

/// A shared word seen more often than this on the old side does not anchor a histogram split.
const MAX_OCCURRENCES: u32 = 64;

/// Gaps between anchors up to this size (old x new words) are aligned exactly, which finds the
/// most shared words there (as `similar`'s patience does for every gap with Myers).
const EXACT_GAP_CELLS: usize = 10_000;

/// Regions up to this size are aligned exactly (a 4,000 x 4,000-word region costs 2 MB and a
/// few million steps); larger ones go to Myers with the deadline.
const EXACT_MAX_CELLS: usize = 1 << 24;

/// The diff of `old` against `new` as `similar`'s ops (a delete next to an insert is a replace).
pub(crate) fn diff(old: &[u32], new: &[u32], deadline: Option<Instant>) -> Vec<DiffOp> {
    let table_len = old.iter().chain(new).max().map_or(0, |&k| k as usize + 1);
    let mut differ = Differ {
        old,
        new,
        deadline,
        old_counts: vec![0; table_len],
        new_counts: vec![0; table_len],
        old_position: vec![0; table_len],
        runs: Vec::new(),
        lcs: Lcs::new(table_len),
    };
    differ.run(Region {
        old: 0..old.len(),
        new: 0..new.len(),
        gap: false,
    });
    ops(&differ.runs, old.len(), new.len())
}

#[derive(Clone)]
struct Region {
    old: std::ops::Range<usize>,
    new: std::ops::Range<usize>,
    /// Between anchors (or around them), rather than the whole input.
    gap: bool,
}

/// A run of equal keys: (old start, new start, length).
type Run = (usize, usize, usize);

struct Differ<'a> {
    old: &'a [u32],
    new: &'a [u32],
    deadline: Option<Instant>,
    /// Occurrences per key inside the region being split; zeroed again after each use.
    old_counts: Vec<u32>,
    new_counts: Vec<u32>,
    /// A key's (first) position on the old side of the region being split, set afresh for
    /// each region and read only for keys counted there.
    old_position: Vec<usize>,
    /// Equal runs found so far, in order.
    runs: Vec<Run>,
    lcs: Lcs,
}

enum Work {
    Split(Region),
    Equal(Run),
}

impl Differ<'_> {
    /// Splits regions until none has anything in common left, left to right with an explicit
    /// stack (a long text with many edits would otherwise recurse deeply).
    fn run(&mut self, region: Region) {
        let mut stack = vec![Work::Split(region)];
        while let Some(work) = stack.pop() {
            match work {
                Work::Equal(run) => self.push_run(run),
                Work::Split(region) => self.split(region, &mut stack),
            }
        }
    }

    fn push_run(&mut self, run: Run) {
        if run.2 > 0 {
            self.runs.push(run);
        }
    }

    /// One matched word, joined to the run before it when it continues that run.
    fn push_pair(&mut self, i: usize, j: usize) {
        match self.runs.last_mut() {
            Some((ri, rj, len)) if *ri + *len == i && *rj + *len == j => *len += 1,
            _ => self.runs.push((i, j, 1)),
        }
    }

    fn split(&mut self, mut region: Region, stack: &mut Vec<Work>) {
        let (old, new) = (self.old, self.new);
        let prefix = old[region.old.clone()]
            .iter()
            .zip(&new[region.new.clone()])
            .take_while(|(a, b)| a == b)
            .count();
        self.push_run((region.old.start, region.new.start, prefix));
        region.old.start += prefix;
        region.new.start += prefix;
        let suffix = old[region.old.clone()]
            .iter()
            .rev()
            .zip(new[region.new.clone()].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        region.old.end -= suffix;
        region.new.end -= suffix;
        let suffix_run = (region.old.end, region.new.end, suffix);
        stack.push(Work::Equal(suffix_run));
        if region.old.is_empty() || region.new.is_empty() {
            return;
        }
        if region.gap && region.old.len() * region.new.len() <= EXACT_GAP_CELLS {
            self.exact(region);
            return;
        }
        let anchors = self.anchors(&region);
        if anchors.is_empty() {
            // Nothing anchors the region: it is all different, or shared only in very frequent
            // words.
            self.exact(region);
            return;
        }
        // Gaps between anchors, pushed last to first so they are done first to last.
        let mut end = (region.old.end, region.new.end);
        for run in anchors.into_iter().rev() {
            let after = Region {
                old: run.0 + run.2..end.0,
                new: run.1 + run.2..end.1,
                gap: true,
            };
            stack.push(Work::Split(after));
            stack.push(Work::Equal(run));
            end = (run.0, run.1);
        }
        stack.push(Work::Split(Region {
            old: region.old.start..end.0,
            new: region.new.start..end.1,
            gap: true,
        }));
    }

    /// Equal runs that split the region, in order: patience anchors when some word is unique on
    /// both sides, otherwise the longest run around the rarest shared word.
    fn anchors(&mut self, region: &Region) -> Vec<Run> {
        let old = &self.old[region.old.clone()];
        let new = &self.new[region.new.clone()];
        for &k in old {
            self.old_counts[k as usize] += 1;
        }
        for &k in new {
            self.new_counts[k as usize] += 1;
        }
        let unique: Vec<(usize, usize)> = {
            // Old positions of words unique on both sides, in new order.
            let unique =
                |k: u32| self.old_counts[k as usize] == 1 && self.new_counts[k as usize] == 1;
            for (i, &k) in old.iter().enumerate() {
                if unique(k) {
                    self.old_position[k as usize] = i;
                }
            }
            new.iter()
                .enumerate()
                .filter(|&(_, &k)| unique(k))
                .map(|(j, &k)| (self.old_position[k as usize], j))
                .collect()
        };
        let anchors: Vec<Run> = if unique.is_empty() {
            self.rarest_run(old, new).into_iter().collect()
        } else {
            longest_increasing(&unique)
                .into_iter()
                .map(|(i, j)| (i, j, 1))
                .collect()
        };
        for &k in old {
            self.old_counts[k as usize] = 0;
        }
        for &k in new {
            self.new_counts[k as usize] = 0;
        }
        anchors
            .into_iter()
            .map(|(i, j, len)| (region.old.start + i, region.new.start + j, len))
            .collect()
    }

    /// Git's histogram choice: among runs of equal words through a shared word, the one whose
    /// rarest word is rarest on the old side, then the longest. Offsets are within the slices.
    fn rarest_run(&mut self, old: &[u32], new: &[u32]) -> Option<Run> {
        // Where each old word occurs next, and first (`old_position`), so candidates are found
        // without scanning.
        for &k in old {
            self.old_position[k as usize] = usize::MAX;
        }
        let mut next_same = vec![usize::MAX; old.len()];
        for (i, &k) in old.iter().enumerate().rev() {
            next_same[i] = std::mem::replace(&mut self.old_position[k as usize], i);
        }
        let mut best: Option<(u32, Run)> = None;
        let mut j = 0;
        while j < new.len() {
            let count = self.old_counts[new[j] as usize];
            if count == 0 || count > MAX_OCCURRENCES || best.is_some_and(|(c, _)| count > c) {
                j += 1;
                continue;
            }
            let mut next_j = j + 1;
            let mut at = self.old_position[new[j] as usize];
            while at != usize::MAX {
                let i = at;
                at = next_same[i];
                let back = (1..=i.min(j))
                    .take_while(|&d| old[i - d] == new[j - d])
                    .count();
                let (start_old, start_new) = (i - back, j - back);
                let len = old[start_old..]
                    .iter()
                    .zip(&new[start_new..])
                    .take_while(|(a, b)| a == b)
                    .count();
                let rarest = old[start_old..start_old + len]
                    .iter()
                    .map(|&k| self.old_counts[k as usize])
                    .min()
                    .unwrap_or(count);
                let better =
                    best.is_none_or(|(c, (_, _, l))| rarest < c || (rarest == c && len > l));
                if better {
                    best = Some((rarest, (start_old, start_new, len)));
                    next_j = next_j.max(start_new + len);
                }
            }
            j = next_j;
        }
        best.map(|(_, run)| run)
    }

    /// The most shared words of a region no anchor splits: a longest common subsequence, or
    /// `similar`'s Myers within the deadline when the region is too large for one.
    fn exact(&mut self, region: Region) {
        let (old, new) = (self.old, self.new);
        for &k in &old[region.old.clone()] {
            self.old_counts[k as usize] = 1;
        }
        let shared = new[region.new.clone()]
            .iter()
            .any(|&k| self.old_counts[k as usize] > 0);
        for &k in &old[region.old.clone()] {
            self.old_counts[k as usize] = 0;
        }
        if !shared {
            return;
        }
        if region.old.len() * region.new.len() <= EXACT_MAX_CELLS {
            let pairs = self
                .lcs
                .pairs(&old[region.old.clone()], &new[region.new.clone()]);
            for (i, j) in pairs {
                self.push_pair(region.old.start + i, region.new.start + j);
            }
            return;
        }
        let ops = capture_diff_deadline(
            Algorithm::Myers,
            old,
            region.old.clone(),
            new,
            region.new.clone(),
            self.deadline,
        );
        for op in ops {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                self.push_run((old_index, new_index, len));
            }
        }
    }
}

/// The longest chain of pairs increasing on both sides, given pairs sorted by their second
/// element (patience sorting: piles by first element, back links to the previous pile's top).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tops: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = Vec::with_capacity(pairs.len());
    for (p, &(i, _)) in pairs.iter().enumerate() {
        let pile = tops.partition_point(|&t| pairs[t].0 < i);
        back.push(pile.checked_sub(1).map(|prev| tops[prev]));
        if pile == tops.len() {
            tops.push(p);
        } else {
            tops[pile] = p;
        }
    }
    let mut chain = Vec::with_capacity(tops.len());
    let mut at = tops.last().copied();
    while let Some(p) = at {
        chain.push(pairs[p]);
        at = back[p];
    }
    chain.reverse();
    chain
}

/// Ops from the equal runs: each gap between runs is a delete, an insert or a replace.
fn ops(runs: &[Run], old_len: usize, new_len: usize) -> Vec<DiffOp> {
    let mut out = Vec::with_capacity(runs.len() * 2 + 1);
    let (mut i, mut j) = (0, 0);
    let gap = |out: &mut Vec<DiffOp>, i: usize, j: usize, to_i: usize, to_j: usize| match (
        to_i > i,
        to_j > j,
    ) {
        (true, true) => out.push(DiffOp::Replace {
            old_index: i,
            old_len: to_i - i,
            new_index: j,
            new_len: to_j - j,
        }),
        (true, false) => out.push(DiffOp::Delete {
            old_index: i,
            old_len: to_i - i,
            new_index: j,
        }),
        (false, true) => out.push(DiffOp::Insert {
            old_index: i,
            new_index: j,
            new_len: to_j - j,
        }),
        (false, false) => {}
    };
    for &(ri, rj, len) in runs {
        gap(&mut out, i, j, ri, rj);
        match out.last_mut() {
            Some(DiffOp::Equal {
                old_index,
                len: prev,
                ..
            }) if *old_index + *prev == ri => *prev += len,
            _ => out.push(DiffOp::Equal {
                old_index: ri,
                new_index: rj,
                len,
            }),
        }
        (i, j) = (ri + len, rj + len);
    }
    gap(&mut out, i, j, old_len, new_len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position of both sides is covered once, in order, and equal ops pair equal keys.
    fn assert_valid(old: &[u32], new: &[u32], ops: &[DiffOp]) {
        let (mut i, mut j) = (0, 0);
        for op in ops {
            let (oi, ol, ni, nl) = match *op {
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => {
                    assert_eq!(
                        old[old_index..old_index + len],
                        new[new_index..new_index + len]
                    );
                    (old_index, len, new_index, len)
                }
                DiffOp::Delete {
                    old_index,
                    old_len,
                    new_index,
                } => (old_index, old_len, new_index, 0),
                DiffOp::Insert {
                    old_index,
                    new_index,
                    new_len,
                } => (old_index, 0, new_index, new_len),
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => (old_index, old_len, new_index, new_len),
            };
            assert_eq!((oi, ni), (i, j), "{ops:?}");
            (i, j) = (oi + ol, ni + nl);
        }
        assert_eq!((i, j), (old.len(), new.len()));
    }

    fn equal_len(ops: &[DiffOp]) -> usize {
        ops.iter()
            .map(|op| match op {
                DiffOp::Equal { len, .. } => *len,
                _ => 0,
            })
            .sum()
    }

    #[test]
    fn edits_between_unique_words_are_found() {
        let old = [1, 2, 3, 4, 5, 6];
        let new = [1, 2, 9, 4, 5, 7, 6];
        let ops = diff(&old, &new, None);
        assert_valid(&old, &new, &ops);
        assert_eq!(equal_len(&ops), 5);
    }

    #[test]
    fn repeated_words_anchor_on_the_rarest_run() {
        // No word is unique on both sides; "1 2" is the rarest shared run.
        let old = [0, 0, 1, 2, 0, 3, 3];
        let new = [0, 1, 2, 0, 0, 3, 3, 3];
        let ops = diff(&old, &new, None);
        assert_valid(&old, &new, &ops);
        assert_eq!(equal_len(&ops), 6);
    }

    #[test]
    fn empty_and_disjoint_sides_are_valid() {
        for (old, new) in [
            (vec![], vec![]),
            (vec![1, 2], vec![]),
            (vec![], vec![3]),
            (vec![1, 2], vec![3, 4, 5]),
            (vec![7; 200], vec![7; 150]),
        ] {
            let ops = diff(&old, &new, None);
            assert_valid(&old, &new, &ops);
        }
    }

    #[test]
    fn random_sequences_give_valid_diffs() {
        let mut rng = crate::synth::Rng::new(12345);
        let mut next = |n: u32| rng.below(n as usize) as u32;
        for _ in 0..300 {
            let vocabulary = 1 + next(30);
            let old: Vec<u32> = (0..next(120)).map(|_| next(vocabulary)).collect();
            let new: Vec<u32> = old
                .iter()
                .filter_map(|&k| match next(10) {
                    0 => None,
                    1 => Some(next(vocabulary)),
                    _ => Some(k),
                })
                .collect();
            let ops = diff(&old, &new, None);
            assert_valid(&old, &new, &ops);
        }
    }
}
