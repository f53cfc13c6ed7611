//! Work on every core with results that are the same whatever the machine: mapping
//! independent items while keeping their order (the analysis stages that are pure per item: a
//! claim, a conflict, a statement's close claims), and two jobs at once with panics passed on.

use std::num::NonZeroUsize;

/// Most threads used; the stages it serves gain little past a few cores.
const MOST_THREADS: usize = 8;

/// `f` of each item, in item order. Each thread takes every n-th item (costly items tend to
/// cluster, so striding balances better than halves) and has its own `state` from `init`, for
/// caches that are not shared.
pub fn map_with<T, S, R>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(MOST_THREADS)
        .min(items.len());
    if threads <= 1 {
        let mut state = init();
        return items.iter().map(|item| f(&mut state, item)).collect();
    }
    let strand = |first: usize| -> Vec<R> {
        let mut state = init();
        items
            .iter()
            .skip(first)
            .step_by(threads)
            .map(|item| f(&mut state, item))
            .collect()
    };
    let strands: Vec<Vec<R>> = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads)
            .map(|first| scope.spawn(move || strand(first)))
            .collect();
        let mut strands = vec![strand(0)];
        strands.extend(others.into_iter().map(|handle| {
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        }));
        strands
    });
    let mut iters: Vec<_> = strands.into_iter().map(Vec::into_iter).collect();
    (0..items.len())
        .map(|i| {
            iters[i % threads]
                .next()
                .expect("each strand holds its share of the items")
        })
        .collect()
}

/// Runs `a` here and `b` on a thread of its own, at once; a panic in either reaches the caller.
pub fn join<A, B: Send>(a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B) {
    std::thread::scope(|scope| {
        let b = scope.spawn(b);
        let a = a();
        let b = b
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (a, b)
    })
}

/// `f` of each item, in item order, on every core.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |(), item| f(item))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_items_order() {
        for n in [0, 1, 2, 3, 17, 1000] {
            let items: Vec<usize> = (0..n).collect();
            assert_eq!(
                map(&items, |&i| i * 3),
                items.iter().map(|i| i * 3).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn each_thread_keeps_its_own_state() {
        let items: Vec<u32> = (0..100).collect();
        // A running count per thread: thread k takes items k, k + n, k + 2n...
        let seen = map_with(
            &items,
            || 0usize,
            |count, _| {
                *count += 1;
                *count
            },
        );
        let threads = seen.iter().filter(|&&c| c == 1).count();
        assert!((1..=MOST_THREADS).contains(&threads));
        for (i, &count) in seen.iter().enumerate() {
            assert_eq!(count, i / threads + 1, "item {i}");
        }
    }

    #[test]
    fn join_runs_both_and_a_panic_on_either_side_reaches_the_caller() {
        assert_eq!(join(|| 1, || "two"), (1, "two"));
        assert!(std::panic::catch_unwind(|| join(|| panic!("here"), || 2)).is_err());
        assert!(std::panic::catch_unwind(|| join(|| 1, || panic!("there"))).is_err());
    }

    #[test]
    fn a_panic_in_one_item_reaches_the_caller() {
        let items: Vec<u32> = (0..50).collect();
        let result = std::panic::catch_unwind(|| map(&items, |&i| assert_ne!(i, 37)));
        assert!(result.is_err());
    }
}
