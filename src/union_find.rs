//! Disjoint sets over `0..n` (union-find). A set's root is always its smallest member, so
//! whatever is grouped can be numbered by its first member, as the callers do.

pub struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    /// The smallest member of `x`'s set.
    pub fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            // Path halving: each step also shortens the path for the next search.
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Makes the sets of `a` and `b` one.
    pub fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a.max(b)] = a.min(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_members_share_the_smallest_as_root() {
        let mut sets = Sets::new(6);
        sets.join(4, 2);
        sets.join(5, 4);
        sets.join(3, 1);
        assert_eq!((sets.root(5), sets.root(4), sets.root(2)), (2, 2, 2));
        assert_eq!((sets.root(3), sets.root(1)), (1, 1));
        assert_eq!(sets.root(0), 0);
        sets.join(5, 1);
        assert!((1..6).all(|x| sets.root(x) == 1));
        assert_eq!(sets.root(0), 0);
    }
}
