//! 64-bit simhash (Charikar 2002) over shingle features, and the small min-hash sketch that
//! confirms a candidate before a record is called a duplicate.
//!
//! Features are shingles: hashes of `k` consecutive token hashes (words, or characters in
//! scripts written without spaces). Each occurrence counts once, so frequent shingles weigh
//! more (term-frequency weighting). Shingles do not cross paragraph boundaries, which makes a
//! document's counts the sum of its paragraphs' counts: removing a paragraph later (as
//! boilerplate) only subtracts its contribution, without re-reading the text.
//!
//! Counting the 64 bit positions is the hot loop. [`BitCounts::add`] does it eight lanes at a
//! time: byte `b` of lane `j` counts bit `8b + j`, so one feature costs eight shifts, masks and
//! adds instead of 64 branches; lanes flush into `u32` counters every 255 features, before a
//! byte can overflow. `benches/stages.rs` compares it with the plain loop.

/// Seed mixed into sketch values so that they are independent of simhash bits.
const SKETCH_SEED: u64 = 0x736b_6574_6368_3031; // "sketch01"

/// Number of bins of the one-permutation min-hash sketch of a text's shingles.
pub(crate) const SKETCH_BINS: usize = 32;

/// The finalising mix of MurmurHash3, a bijection with full avalanche.
#[inline]
pub(crate) fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Calls `f` with the hash of every shingle of `k` consecutive tokens. A run shorter than `k`
/// gives one shingle of all its tokens, so short paragraphs still count.
#[inline]
pub(crate) fn shingles(tokens: &[u64], k: usize, mut f: impl FnMut(u64)) {
    let k = k.max(1);
    if tokens.is_empty() {
        return;
    }
    if tokens.len() <= k {
        f(combine(tokens));
        return;
    }
    // The default width, with the window's length known to the compiler: the rotations
    // become constants and the loop over the window unrolls.
    if k == 3 {
        for w in tokens.windows(3) {
            let w: &[u64; 3] = w.try_into().expect("windows of 3");
            f(combine(w));
        }
        return;
    }
    for w in tokens.windows(k) {
        f(combine(w));
    }
}

/// Calls `f` with the hash of every run of exactly `n` consecutive tokens (none when the text
/// is shorter).
#[inline]
pub(crate) fn ngrams(tokens: &[u64], n: usize, mut f: impl FnMut(u64)) {
    if n == 0 || tokens.len() < n {
        return;
    }
    if n == 1 {
        tokens.iter().for_each(|t| f(unigram(*t)));
        return;
    }
    for w in tokens.windows(n) {
        f(combine(w));
    }
}

/// The feature hash of a single token: the token hash itself, already well mixed (what
/// [`ngrams`] gives for `n = 1`).
#[inline]
pub(crate) fn unigram(t: u64) -> u64 {
    t
}

/// The hash of a run of token hashes. Token hashes are already uniform, so rotating each by
/// its position and adding is enough to tell orders apart; one multiply spreads the sum.
#[inline]
fn combine(w: &[u64]) -> u64 {
    let mut h = 0x9E37_79B9_7F4A_7C15u64 ^ w.len() as u64;
    for (i, &t) in w.iter().enumerate() {
        h = h.wrapping_add(t.rotate_left(7 * i as u32 + 1));
    }
    h.wrapping_mul(0xD6E8_FEB8_6659_FD93) ^ (h >> 29)
}

/// Per-bit counts of a multiset of features: how many features have each bit set, and how many
/// there are. Mergeable by addition.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct BitCounts {
    lanes: [u64; 8],
    pending: u32,
    counts: [u32; 64],
    total: u32,
}

impl Default for BitCounts {
    fn default() -> Self {
        BitCounts { lanes: [0; 8], pending: 0, counts: [0; 64], total: 0 }
    }
}

impl std::fmt::Debug for BitCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BitCounts(total={})", self.total + self.pending)
    }
}

const LANE_MASK: u64 = 0x0101_0101_0101_0101;

impl BitCounts {
    /// Adds one feature.
    #[inline]
    pub(crate) fn add(&mut self, h: u64) {
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            *lane += (h >> j) & LANE_MASK;
        }
        self.pending += 1;
        if self.pending == 255 {
            self.flush();
        }
    }

    /// Moves the lane bytes into the counters.
    /// [`BitCounts::add`] for every hash of `hs`, with the lanes held in registers for the
    /// whole run rather than read and written back through `self` for each hash.
    pub(crate) fn add_all(&mut self, hs: &[u64]) {
        let mut lanes = self.lanes;
        let mut pending = self.pending;
        for &h in hs {
            for (j, lane) in lanes.iter_mut().enumerate() {
                *lane += (h >> j) & LANE_MASK;
            }
            pending += 1;
            if pending == 255 {
                self.lanes = lanes;
                self.pending = pending;
                self.flush();
                lanes = self.lanes;
                pending = 0;
            }
        }
        self.lanes = lanes;
        self.pending = pending;
    }

    pub(crate) fn flush(&mut self) {
        if self.pending == 0 {
            return;
        }
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            let l = *lane;
            for b in 0..8 {
                self.counts[b * 8 + j] += ((l >> (b * 8)) & 0xff) as u32;
            }
            *lane = 0;
        }
        self.total += self.pending;
        self.pending = 0;
    }

    /// Adds another (flushed) count to this (flushed) one.
    pub(crate) fn merge(&mut self, other: &BitCounts) {
        debug_assert!(self.pending == 0 && other.pending == 0);
        for (a, b) in self.counts.iter_mut().zip(other.counts.iter()) {
            *a += b;
        }
        self.total += other.total;
    }

    /// Number of features counted (flushed ones).
    pub(crate) fn total(&self) -> u32 {
        self.total
    }

    /// The simhash: bit `i` is set when more than half of the features have it set.
    pub(crate) fn fingerprint(&self) -> u64 {
        debug_assert!(self.pending == 0);
        let mut fp = 0u64;
        for (i, &c) in self.counts.iter().enumerate() {
            if 2 * u64::from(c) > u64::from(self.total) {
                fp |= 1 << i;
            }
        }
        fp
    }
}

/// The plain per-bit simhash loop, kept as the reference the lane version must equal (and as
/// the baseline of its benchmark).
pub fn simhash_reference(features: &[u64]) -> u64 {
    let mut v = [0i64; 64];
    for &h in features {
        for (i, x) in v.iter_mut().enumerate() {
            if (h >> i) & 1 == 1 {
                *x += 1;
            } else {
                *x -= 1;
            }
        }
    }
    v.iter().enumerate().fold(0u64, |fp, (i, &x)| if x > 0 { fp | 1 << i } else { fp })
}

/// Simhash of a feature list, counted eight bit lanes at a time.
pub fn simhash(features: &[u64]) -> u64 {
    let mut c = BitCounts::default();
    for &h in features {
        c.add(h);
    }
    c.flush();
    c.fingerprint()
}

/// Hamming distance between two fingerprints.
#[inline]
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// One-permutation min-hash accumulator: the minimum value per bin. Mergeable by minimum.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct MinSketch<const N: usize = SKETCH_BINS> {
    mins: [u32; N],
}

impl<const N: usize> Default for MinSketch<N> {
    fn default() -> Self {
        MinSketch { mins: [u32::MAX; N] }
    }
}

impl<const N: usize> std::fmt::Debug for MinSketch<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MinSketch({:?})", &self.mins[..4])
    }
}

impl<const N: usize> MinSketch<N> {
    #[inline]
    pub(crate) fn add(&mut self, h: u64) {
        // One multiply by an odd constant (a bijection) decorrelates the bin and value bits
        // from the simhash's use of the same feature hashes.
        let g = (h ^ SKETCH_SEED).wrapping_mul(0x9FB2_1C65_1E98_DF25);
        let bin = (((g >> 32) * N as u64) >> 32) as usize;
        let v = g as u32;
        if v < self.mins[bin] {
            self.mins[bin] = v;
        }
    }

    pub(crate) fn merge(&mut self, other: &MinSketch<N>) {
        for (a, b) in self.mins.iter_mut().zip(other.mins.iter()) {
            *a = (*a).min(*b);
        }
    }

    /// Jaccard estimate between two full sketches (`None` when neither has enough bins).
    pub(crate) fn jaccard(&self, other: &MinSketch<N>) -> Option<f32> {
        let mut n = 0;
        let mut m = 0;
        for (a, b) in self.mins.iter().zip(other.mins.iter()) {
            if *a == u32::MAX && *b == u32::MAX {
                continue;
            }
            n += 1;
            if a == b {
                m += 1;
            }
        }
        (n >= 4).then(|| m as f32 / n as f32)
    }

    /// The stored form: 8 bits of each bin's minimum, 0 for an empty bin (b-bit min-hash,
    /// Li & König 2010).
    pub(crate) fn finish(&self) -> Sketch<N> {
        let mut s = [0u8; N];
        for (o, &v) in s.iter_mut().zip(self.mins.iter()) {
            if v != u32::MAX {
                *o = (v.wrapping_mul(0x9E37_79B1) >> 24) as u8 % 255 + 1;
            }
        }
        Sketch(s)
    }
}

/// A stored sketch of `N` one-byte bins (32 unless said otherwise).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sketch<const N: usize = SKETCH_BINS>(pub [u8; N]);

impl<const N: usize> Default for Sketch<N> {
    fn default() -> Self {
        Sketch([0; N])
    }
}

impl<const N: usize> Sketch<N> {
    /// Estimated Jaccard similarity of the two feature sets, corrected for the 1/255 chance of
    /// equal bytes; `None` when fewer than 4 bins are comparable (texts too short to judge).
    pub fn jaccard(&self, other: &Sketch<N>) -> Option<f32> {
        let mut n = 0u32;
        let mut m = 0u32;
        for (a, b) in self.0.iter().zip(other.0.iter()) {
            if *a == 0 && *b == 0 {
                continue;
            }
            n += 1;
            if a == b && *a != 0 {
                m += 1;
            }
        }
        estimate(m, n)
    }
}

/// The Jaccard estimate from `m` equal bins out of `n` comparable ones, corrected for the
/// 1/255 chance of equal bytes; `None` below 4 comparable bins. [`Sketch::jaccard`] and the
/// shared index's confirmation tables (`wire::need_table`) both use it, so a check in Redis
/// and one in memory agree to the bit.
pub(crate) fn estimate(m: u32, n: u32) -> Option<f32> {
    if n < 4 {
        return None;
    }
    let raw = m as f32 / n as f32;
    let c = 1.0 / 255.0;
    Some(((raw - c) / (1.0 - c)).clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_answers() {
        // Fixed values: a change here changes every stored fingerprint, so it must be deliberate
        // (and bump the snapshot version).
        assert_eq!(fmix64(0), 0);
        assert_eq!(fmix64(1), 0xb456_bcfc_34c2_cb2c);
        let f: Vec<u64> = (1..=10u64).map(fmix64).collect();
        assert_eq!(simhash(&f), simhash_reference(&f));
        assert_eq!(hamming(0, u64::MAX), 64);
        assert_eq!(hamming(0b1011, 0b0001), 2);
        let mut s = Vec::new();
        shingles(&[1, 2, 3, 4], 3, |h| s.push(h));
        assert_eq!(s.len(), 2);
        let mut t = Vec::new();
        shingles(&[1, 2], 3, |h| t.push(h));
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn identical_sets_have_jaccard_one() {
        let mut a: MinSketch = MinSketch::default();
        for i in 0..500u64 {
            a.add(fmix64(i));
        }
        assert_eq!(a.finish().jaccard(&a.finish()), Some(1.0));
        let mut b: MinSketch = MinSketch::default();
        for i in 1000..1500u64 {
            b.add(fmix64(i));
        }
        assert!(a.finish().jaccard(&b.finish()).unwrap() < 0.2);
        let e: MinSketch = MinSketch::default();
        assert_eq!(e.finish().jaccard(&e.finish()), None);
    }

    proptest! {
        #[test]
        fn add_all_counts_as_add_does(hs in proptest::collection::vec(any::<u64>(), 0..700)) {
            let (mut one, mut all) = (BitCounts::default(), BitCounts::default());
            hs.iter().for_each(|h| one.add(*h));
            all.add_all(&hs[..hs.len() / 3]);
            all.add_all(&hs[hs.len() / 3..]);
            one.flush();
            all.flush();
            prop_assert!(one == all);
        }

        #[test]
        fn three_token_shingles_equal_the_general_windows(t in proptest::collection::vec(any::<u64>(), 0..40)) {
            let mut fast = Vec::new();
            shingles(&t, 3, |h| fast.push(h));
            let general: Vec<u64> = if t.is_empty() {
                Vec::new()
            } else if t.len() <= 3 {
                vec![combine(&t)]
            } else {
                t.windows(3).map(combine).collect()
            };
            prop_assert_eq!(fast, general);
        }
    }

    proptest! {
        #[test]
        fn lane_counting_equals_reference(f in proptest::collection::vec(any::<u64>(), 0..700)) {
            prop_assert_eq!(simhash(&f), simhash_reference(&f));
        }

        #[test]
        fn merged_counts_equal_counts_of_union(a in proptest::collection::vec(any::<u64>(), 0..300),
                                               b in proptest::collection::vec(any::<u64>(), 0..300)) {
            let mut ca = BitCounts::default();
            a.iter().for_each(|h| ca.add(*h));
            ca.flush();
            let mut cb = BitCounts::default();
            b.iter().for_each(|h| cb.add(*h));
            cb.flush();
            ca.merge(&cb);
            let all: Vec<u64> = a.iter().chain(b.iter()).copied().collect();
            prop_assert_eq!(ca.fingerprint(), simhash(&all));
        }

        #[test]
        fn hamming_is_symmetric(a in any::<u64>(), b in any::<u64>()) {
            prop_assert_eq!(hamming(a, b), hamming(b, a));
            prop_assert_eq!(hamming(a, a), 0);
        }
    }
}
