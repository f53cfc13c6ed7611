//! The exact longest common subsequence of two key sequences, bit-parallel (Allison-Dix,
//! Hyyrö): one machine word holds 64 old positions, so n x m words cost about n x m / 64 steps,
//! where Myers' O((n + m) D) is quadratic on dissimilar gaps.

/// Bit `i` of a row is clear when old position `i` adds one to the common subsequence of
/// `old[..=i]` and the new words seen so far.
struct Rows {
    words_per_row: usize,
    /// Row `j` (0-based) is the state after new word `j`; rows are `words_per_row` long.
    bits: Vec<u64>,
}

impl Rows {
    fn set(&self, row: usize, i: usize) -> bool {
        self.bits[row * self.words_per_row + i / 64] >> (i % 64) & 1 == 1
    }
}

/// Reusable buffers: `slot` maps a key to its match mask (keys index it directly, as interned
/// keys are dense) and is left all `u32::MAX` after each call.
pub(crate) struct Lcs {
    slot: Vec<u32>,
    masks: Vec<u64>,
}

impl Lcs {
    /// For sequences of keys below `keys`.
    pub(crate) fn new(keys: usize) -> Lcs {
        Lcs {
            slot: vec![u32::MAX; keys],
            masks: Vec::new(),
        }
    }

    /// The matched (old, new) index pairs of one longest common subsequence, in order. Where
    /// several exist, a word pairs with the latest equal word it can (the last pair first).
    pub(crate) fn pairs(&mut self, old: &[u32], new: &[u32]) -> Vec<(usize, usize)> {
        if old.is_empty() || new.is_empty() {
            return Vec::new();
        }
        let rows = self.rows(old, new);
        let mut pairs = Vec::new();
        let (mut i, mut j) = (old.len(), new.len());
        while i > 0 && j > 0 {
            if old[i - 1] == new[j - 1] {
                pairs.push((i - 1, j - 1));
                i -= 1;
                j -= 1;
            } else if rows.set(j - 1, i - 1) {
                // The common subsequence is as long without old word i - 1.
                i -= 1;
            } else {
                j -= 1;
            }
        }
        pairs.reverse();
        pairs
    }

    /// Every row of the bit matrix, each row the previous one advanced by one new word:
    /// V' = (V + (V & M)) | (V & !M), with M the old positions holding that word.
    fn rows(&mut self, old: &[u32], new: &[u32]) -> Rows {
        let width = old.len().div_ceil(64);
        self.masks.clear();
        for (i, &k) in old.iter().enumerate() {
            let mut slot = self.slot[k as usize];
            if slot == u32::MAX {
                slot = (self.masks.len() / width) as u32;
                self.slot[k as usize] = slot;
                self.masks.resize(self.masks.len() + width, 0);
            }
            self.masks[slot as usize * width + i / 64] |= 1 << (i % 64);
        }
        let mut bits = vec![0u64; width * new.len()];
        let mut row = vec![u64::MAX; width];
        for (j, &k) in new.iter().enumerate() {
            let slot = self.slot[k as usize];
            if slot != u32::MAX {
                let mask = &self.masks[slot as usize * width..][..width];
                let mut carry = false;
                for (v, &m) in row.iter_mut().zip(mask) {
                    let (sum, c1) = v.overflowing_add(*v & m);
                    let (sum, c2) = sum.overflowing_add(carry as u64);
                    carry = c1 || c2;
                    *v = sum | (*v & !m);
                }
            }
            bits[j * width..][..width].copy_from_slice(&row);
        }
        for &k in old {
            self.slot[k as usize] = u32::MAX;
        }
        Rows {
            words_per_row: width,
            bits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook quadratic table, as the oracle.
    fn lcs_len(old: &[u32], new: &[u32]) -> usize {
        let mut table = vec![vec![0usize; new.len() + 1]; old.len() + 1];
        for i in 1..=old.len() {
            for j in 1..=new.len() {
                table[i][j] = if old[i - 1] == new[j - 1] {
                    table[i - 1][j - 1] + 1
                } else {
                    table[i - 1][j].max(table[i][j - 1])
                };
            }
        }
        table[old.len()][new.len()]
    }

    fn assert_common_and_longest(lcs: &mut Lcs, old: &[u32], new: &[u32]) {
        let pairs = lcs.pairs(old, new);
        for w in pairs.windows(2) {
            assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1, "{pairs:?}");
        }
        for &(i, j) in &pairs {
            assert_eq!(old[i], new[j]);
        }
        assert_eq!(pairs.len(), lcs_len(old, new), "{old:?} / {new:?}");
    }

    #[test]
    fn pairs_are_a_longest_common_subsequence() {
        let mut lcs = Lcs::new(12);
        let mut rng = crate::synth::Rng::new(99);
        let mut next = |n: u32| rng.below(n as usize) as u32;
        // Lengths cross the 64-bit word edges, so carries between words are exercised.
        for _ in 0..400 {
            let vocabulary = 1 + next(12);
            let old: Vec<u32> = (0..next(200)).map(|_| next(vocabulary)).collect();
            let new: Vec<u32> = (0..next(200)).map(|_| next(vocabulary)).collect();
            assert_common_and_longest(&mut lcs, &old, &new);
        }
    }

    #[test]
    fn edge_cases() {
        let mut lcs = Lcs::new(9001);
        assert!(lcs.pairs(&[], &[1, 2]).is_empty());
        assert!(lcs.pairs(&[1, 2], &[]).is_empty());
        assert!(lcs.pairs(&[1, 2], &[3, 4]).is_empty());
        assert_eq!(lcs.pairs(&[5; 130], &[5; 70]).len(), 70);
        assert_eq!(lcs.pairs(&[1, 2, 3], &[1, 2, 3]), [(0, 0), (1, 1), (2, 2)]);
        // Keys far apart in the key space share one small table of masks.
        assert_common_and_longest(&mut lcs, &[9000, 3, 9000], &[3, 9000, 7]);
    }
}
