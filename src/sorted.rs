//! Walking two sorted slices together: the elements they share, as multisets.

use std::cmp::Ordering;

/// The elements of `a` that `b` also has, each matched once, in order: both slices sorted.
pub fn common<'a, T: Ord>(a: &'a [T], b: &'a [T]) -> impl Iterator<Item = &'a T> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(&a[i - 1]);
                }
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_elements_are_matched_once_each() {
        let shared: Vec<u32> = common(&[1, 2, 2, 2, 5, 9], &[2, 2, 3, 9])
            .copied()
            .collect();
        assert_eq!(shared, [2, 2, 9]);
        assert_eq!(common::<u32>(&[], &[1]).count(), 0);
    }
}
