//! Sorting with one copy of the sorting code.
//!
//! Each call of the standard library's `sort_by` with a new comparator makes a new copy
//! of its sorting algorithm, about 10 KB of WebAssembly each; with some thirty of them
//! the app carried some 280 KB of sorting. Here the algorithm is instantiated once, on
//! indices with a comparator behind a reference, and each call only moves its items
//! into the order found. Stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// The order of `len` items under `cmp`, as their indices, stably: the one place the
/// sorting algorithm is instantiated.
fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..len).collect();
    indices.sort_by(|a, b| cmp(*a, *b));
    indices
}

/// Moves `items` so that `items[i]` becomes what was at `order[i]`, following each
/// cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by `cmp`, stably.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut items: Vec<(u8, char)> =
            vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f'), (2, 'g')];
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        sort_by_key(&mut items, |item| item.0);
        assert_eq!(items, expected);
    }

    #[test]
    fn every_permutation_of_five_comes_out_sorted() {
        let mut seen = 0;
        for n in 0..3125u32 {
            let mut items: Vec<u32> = (0..5).map(|i| (n / 5u32.pow(i)) % 5).collect();
            let mut expected = items.clone();
            expected.sort();
            sort(&mut items);
            assert_eq!(items, expected);
            seen += 1;
        }
        assert_eq!(seen, 3125);
    }
}
