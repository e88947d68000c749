//! Stable sorting that shares one compiled sort routine between every caller.
//!
//! The standard library's stable sort is compiled afresh, about 3 KB of WebAssembly,
//! for each element type and comparison; these helpers sort positions (always `usize`)
//! through one comparison passed by reference, then move the elements into place, so
//! each caller adds only a few hundred bytes. Same result as `slice::sort_by`: stable,
//! O(n log n) comparisons.

use std::cmp::Ordering;

/// Sorts `items` stably with `compare`, exactly as `items.sort_by(compare)` would.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    place(items, order);
}

/// Sorts `items` stably by `key`, exactly as `items.sort_by_key(key)` would.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in sorted order: the one compiled copy of the sort.
#[inline(never)]
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the elements so that position `k` holds what was at `order[k]`, by following
/// each cycle of the permutation with swaps.
fn place<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != k {
            let from = order[k];
            order[k] = k;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

/// The first `limit` of `items` as a long list draws them a part at a time, plus `keep`
/// wherever it stands (the item the person just moved or added, so it stays in view and
/// keeps focus), in list order.
pub fn first_keeping<T: PartialEq + Clone>(items: &[T], limit: usize, keep: Option<&T>) -> Vec<T> {
    items
        .iter()
        .enumerate()
        .filter(|(i, item)| *i < limit || keep == Some(*item))
        .map(|(_, item)| item.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_long_list_draws_its_first_part_and_the_kept_item() {
        let items = ["a", "b", "c", "d", "e"];
        assert_eq!(first_keeping(&items, 2, None), ["a", "b"]);
        assert_eq!(first_keeping(&items, 2, Some(&"d")), ["a", "b", "d"]);
        assert_eq!(first_keeping(&items, 2, Some(&"b")), ["a", "b"]);
        assert_eq!(first_keeping(&items, 9, Some(&"z")), items);
        assert!(first_keeping(&items, 0, None).is_empty());
    }

    proptest! {
        #[test]
        fn sorts_exactly_as_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std = items;
            // Ties on the first field show whether the order of equals is kept.
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sorts_by_key_exactly_as_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_by_key(&mut ours, |x| std::cmp::Reverse(x.0));
            std.sort_by_key(|x| std::cmp::Reverse(x.0));
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut none: Vec<u8> = Vec::new();
        sort_by(&mut none, Ord::cmp);
        assert!(none.is_empty());
        let mut one = vec![String::from("a")];
        sort_by(&mut one, Ord::cmp);
        assert_eq!(one, ["a"]);
    }
}
