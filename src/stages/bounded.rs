//! A hash map with a hard size cap, for per-stream statistics that must not grow without end.
//!
//! Keys are already 64-bit hashes, so the map hashes them with one multiply (a fixed, seedless
//! mixer: the same sequence of operations always gives the same map). When the map reaches its
//! cap, entries whose weight is lowest (a count of 1 first, then 2, ...) are pruned until it
//! is at three quarters of the cap. Which entries go depends only on their values, never on
//! iteration order, so pruning is deterministic.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already uniformly distributed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (i ^ (i >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    }
}

pub(crate) type PrehashedMap<V> = HashMap<u64, V, BuildHasherDefault<PrehashedHasher>>;
pub(crate) type PrehashedSet = std::collections::HashSet<u64, BuildHasherDefault<PrehashedHasher>>;

/// Values kept in a [`CappedMap`] say how much they are worth keeping.
pub(crate) trait Weighted {
    fn weight(&self) -> u32;
}

/// A map of at most `cap` entries.
#[derive(Debug, Clone)]
pub(crate) struct CappedMap<V> {
    map: PrehashedMap<V>,
    cap: usize,
    pruned: u64,
}

impl<V: Weighted> CappedMap<V> {
    pub(crate) fn new(cap: usize) -> Self {
        CappedMap { map: PrehashedMap::default(), cap: cap.max(4), pruned: 0 }
    }

    pub(crate) fn get(&self, k: u64) -> Option<&V> {
        self.map.get(&k)
    }

    /// The entry for `k`, created with `make` if absent (pruning first if the map is full).
    pub(crate) fn entry_or_insert_with(&mut self, k: u64, make: impl FnOnce() -> V) -> &mut V {
        // The size first: below the cap (nearly always) no second lookup of `k` is needed.
        if self.map.len() >= self.cap && !self.map.contains_key(&k) {
            self.prune();
        }
        self.map.entry(k).or_insert_with(make)
    }

    fn prune(&mut self) {
        let target = self.cap * 3 / 4;
        let mut limit = 1;
        while self.map.len() > target {
            let before = self.map.len();
            self.map.retain(|_, v| v.weight() > limit);
            self.pruned += (before - self.map.len()) as u64;
            limit = limit.saturating_mul(2);
            if limit == u32::MAX {
                self.map.clear();
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// Heap bytes of the map, estimated from its capacity: the table has a power of two of
    /// buckets, 8 for every 7 entries of capacity, each an entry plus one control byte. It
    /// never shrinks, so once the cap is reached this stays put.
    pub(crate) fn memory_bytes(&self) -> usize {
        match self.map.capacity() {
            0 => 0,
            c => (c * 8 / 7).next_power_of_two() * (std::mem::size_of::<(u64, V)>() + 1),
        }
    }

    /// Entries removed by pruning since creation.
    pub(crate) fn pruned(&self) -> u64 {
        self.pruned
    }

    /// Entries sorted by key, for a canonical snapshot.
    pub(crate) fn sorted(&self) -> Vec<(u64, &V)> {
        let mut v: Vec<(u64, &V)> = self.map.iter().map(|(k, v)| (*k, v)).collect();
        v.sort_unstable_by_key(|(k, _)| *k);
        v
    }

    pub(crate) fn insert(&mut self, k: u64, v: V) {
        if self.map.len() >= self.cap && !self.map.contains_key(&k) {
            self.prune();
        }
        self.map.insert(k, v);
    }
}

impl Weighted for u32 {
    fn weight(&self) -> u32 {
        *self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prunes_lightest_entries_at_the_cap() {
        let mut m: CappedMap<u32> = CappedMap::new(8);
        for k in 0..4u64 {
            *m.entry_or_insert_with(k, || 0) += 5;
        }
        for k in 100..200u64 {
            *m.entry_or_insert_with(k, || 0) += 1;
            assert!(m.len() <= 8);
        }
        for k in 0..4u64 {
            assert_eq!(m.get(k), Some(&5), "heavy entries survive");
        }
        assert!(m.pruned() > 0);
    }

    #[test]
    fn same_operations_same_contents() {
        let run = || {
            let mut m: CappedMap<u32> = CappedMap::new(16);
            for k in 0..1000u64 {
                *m.entry_or_insert_with(k % 37 * 7919, || 0) += (k % 3) as u32 + 1;
            }
            m.sorted().into_iter().map(|(k, v)| (k, *v)).collect::<Vec<_>>()
        };
        assert_eq!(run(), run());
    }

    proptest::proptest! {
        #[test]
        fn seen_set_keeps_first_occurrences_as_a_hash_set_does(
            runs in proptest::collection::vec(proptest::collection::vec(0u64..64, 0..200), 1..6),
        ) {
            let mut seen = SeenSet::default();
            for run in runs {
                // Small values, so that repeats are common; spread to use all of the table.
                let run: Vec<u64> = run.iter().map(|x| x.wrapping_mul(0xA24B_AED4_963E_E407)).collect();
                seen.reset(run.len());
                let mut want = std::collections::HashSet::new();
                for h in run {
                    proptest::prop_assert_eq!(seen.insert(h), want.insert(h));
                }
            }
        }
    }
}

/// A set of `u64`s emptied in constant time, for telling first occurrences from repeats in
/// short runs (a paragraph's features): open addressing over a power-of-two table whose
/// slots count as empty unless stamped with the current generation. It replaces a sort and a
/// dedup of each paragraph's features (a hash insert per feature instead of a sort's
/// comparisons; same set of features, so the same fingerprint).
#[derive(Debug, Default)]
pub(crate) struct SeenSet {
    keys: Vec<u64>,
    stamps: Vec<u32>,
    generation: u32,
    shift: u32,
}

impl SeenSet {
    /// Empties the set and makes room for `n` insertions at load at most one half.
    pub(crate) fn reset(&mut self, n: usize) {
        let want = (2 * n).max(16).next_power_of_two();
        if want > self.keys.len() {
            self.keys = vec![0; want];
            self.stamps = vec![0; want];
            self.generation = 0;
        }
        self.shift = 64 - self.keys.len().trailing_zeros();
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 resets a stale stamp could match again: clear them all once.
            self.stamps.fill(0);
            self.generation = 1;
        }
    }

    /// Adds `h`; true when it was not in the set.
    #[inline]
    pub(crate) fn insert(&mut self, h: u64) -> bool {
        let mask = self.keys.len() - 1;
        let mut i = (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        loop {
            if self.stamps[i] != self.generation {
                self.stamps[i] = self.generation;
                self.keys[i] = h;
                return true;
            }
            if self.keys[i] == h {
                return false;
            }
            i = (i + 1) & mask;
        }
    }
}
