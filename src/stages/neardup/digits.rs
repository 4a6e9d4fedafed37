//! The tokens holding digits (numbers, dates, model names, sizes, versions) of a text, and the
//! rule that uses them to keep template look-alikes apart.
//!
//! Two notices stamped from one template (one phone maker's update notices, one agency's
//! weekly figures) share most of their text, so their shingle sketches agree as a near copy's
//! would. What tells them apart is what the template was filled with, and much of that is held
//! in tokens with digits: the date, the model number, the count of fixes, the file size. Two
//! facts decide, with the sets of such tokens `A` and `B` of the two texts:
//!
//! * **Their similarity** (`confirm_digits`): a near copy holds mostly the same ones.
//! * **What each holds that the other lacks** (`differing_digits`): a copy that was edited,
//!   updated or cut may change one number, or add or drop a paragraph with its numbers, but
//!   then one text's numbers are (nearly) all in the other. When *each* text holds at least
//!   `differing_digits` such tokens the other lacks, the two state different facts in the
//!   same slots: they are two fillings of one template, not two copies of one text. This
//!   holds whatever the share of text the two have in common, which is why it is counted in
//!   tokens and not as a share: a template's slots are few, whatever its length.
//!
//! What this cannot tell apart: a page fetched twice whose only change is a time stamp of two
//! or more number tokens (`14:32 12 March` → `09:10 13 March`) looks like a template filled
//! twice, and both fetches are kept.
//!
//! # Why a bit map
//! The set is stored as 128 bits, one bit per token (7 bits of the token's mixed hash), merged
//! across paragraphs by OR. Such sets are small (a news text holds 0 to about 60 such tokens),
//! and a bit map answers both questions:
//!
//! * A bit set in `A`'s map and clear in `B`'s belongs to a token of `A` that `B` lacks, so the
//!   number of such bits is a *lower bound* of the tokens `A` holds and `B` lacks: collisions
//!   can hide a difference, never invent one. The rule only keeps apart texts that really
//!   differ in that many tokens each (and misses some that do: with ten tokens a side, a
//!   difference of two on each side shows in full about three times in four).
//! * The number of distinct tokens behind `x` set bits is estimated by linear counting,
//!   `n(x) = -128 ln(1 - x/128)` (Whang et al. 1990), so `|A ∩ B| ≈ n(a) + n(b) - n(a ∪ b)`
//!   gives the Jaccard similarity. Below 4 set bits in the union there is too little to judge,
//!   and a full map (all 128 bits, several hundred tokens) says nothing either: both pass.
//!
//! The 16 one-byte min-hash bins this replaced (same size) tell only whether bins agree, not
//! which text holds the token the other lacks, and on sets of ten tokens one bin moved their
//! estimate by a tenth or more.
//!
//! # One rule for the index in memory and in Redis
//! [`DigitRule`] holds the estimates as integers (`n(x)` in 1/1024ths) and, per number of bits
//! in the union, the least `n(a) + n(b)` that reaches `confirm_digits`. The same integers go
//! to the shared index's script ([`DigitRule::to_bytes`]), which compares exactly as
//! [`DigitRule::agree`] does: no floating point is compared on either side.

use super::simhash::fmix64;

/// Bits of a text's digit-token map.
pub(crate) const DIGIT_BITS: usize = 128;
/// Seed mixed into token hashes before they pick a bit, so that the bit is independent of the
/// min-hash bins and the simhash, which use the same token hashes.
const DIGIT_SEED: u64 = 0x6469_6769_7473_3032; // "digits02"
/// Fixed-point scale of the linear-counting estimates.
const SCALE: f64 = 1024.0;
/// Fewer set bits than this in the union: too few tokens to judge (both texts pass).
const MIN_BITS: u32 = 4;

/// The bit of a token hash in a digit map.
#[inline]
pub(crate) fn digit_bit(token: u64) -> u128 {
    1u128 << (fmix64(token ^ DIGIT_SEED) >> 57)
}

/// The stored map of a text's tokens holding digits: 128 bits, little-endian (bit `i` is bit
/// `i % 8` of byte `i / 8`), one bit set per token.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct DigitSketch(pub [u8; 16]);

impl DigitSketch {
    /// The stored form of a map.
    pub(crate) fn from_bits(bits: u128) -> DigitSketch {
        DigitSketch(bits.to_le_bytes())
    }

    fn bits(&self) -> u128 {
        u128::from_le_bytes(self.0)
    }

    /// Set bits: in this map, in `other`'s, in either, in this one only, in `other`'s only.
    pub(crate) fn counts(&self, other: &DigitSketch) -> DigitCounts {
        let (a, b) = (self.bits(), other.bits());
        DigitCounts {
            a: a.count_ones(),
            b: b.count_ones(),
            union: (a | b).count_ones(),
            only_a: (a & !b).count_ones(),
            only_b: (b & !a).count_ones(),
        }
    }
}

/// Bit counts of two digit maps (see [`DigitSketch::counts`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct DigitCounts {
    pub a: u32,
    pub b: u32,
    pub union: u32,
    pub only_a: u32,
    pub only_b: u32,
}

/// The digit check of a configuration, in integers (see the module's header).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct DigitRule {
    /// Each text must lack fewer than this many of the other's tokens (0: no such check).
    differ: u32,
    /// `n(x)` for `x` set bits, in 1/1024ths (`lc[128]`, a full map, is never used: 0).
    lc: [u32; DIGIT_BITS + 1],
    /// For `u` set bits in the union: the least `lc[a] + lc[b]` that confirms (0: always).
    need: [u32; DIGIT_BITS + 1],
}

/// Linear-counting estimate of the tokens behind `x` of 128 bits, unscaled.
fn linear_count(x: u32) -> f64 {
    let m = DIGIT_BITS as f64;
    -m * (1.0 - f64::from(x) / m).ln()
}

impl DigitRule {
    /// The rule for a Jaccard threshold `confirm` (0 to 1) and a count `differ`.
    pub(crate) fn new(confirm: f32, differ: u32) -> DigitRule {
        let mut lc = [0u32; DIGIT_BITS + 1];
        for (x, v) in lc.iter_mut().enumerate().take(DIGIT_BITS) {
            *v = (linear_count(x as u32) * SCALE).round() as u32;
        }
        let t = f64::from(confirm);
        let mut need = [0u32; DIGIT_BITS + 1];
        // A threshold of 0 asks for nothing (the estimate is clamped at 0, never below).
        let judged = if confirm > 0.0 { MIN_BITS as usize..DIGIT_BITS } else { 0..0 };
        for u in judged {
            let l = u64::from(lc[u]);
            // The least s with (s - l) / l >= t, the Jaccard estimate's own comparison.
            let mut s = ((1.0 + t) * l as f64).floor() as u64;
            while s > 0 && Self::reaches(s - 1, l, t) {
                s -= 1;
            }
            while !Self::reaches(s, l, t) {
                s += 1;
            }
            need[u] = s as u32;
        }
        DigitRule { differ, lc, need }
    }

    /// Whether `s = n(a) + n(b)` gives an estimate of at least `t` over `n(a ∪ b) = l`.
    fn reaches(s: u64, l: u64, t: f64) -> bool {
        (s as f64 - l as f64) / l as f64 >= t
    }

    /// Whether the digit maps of two texts allow calling them copies: they are similar enough,
    /// and not each lacking `differ` or more of the other's tokens.
    pub(crate) fn agree(&self, x: &DigitSketch, y: &DigitSketch) -> bool {
        let c = x.counts(y);
        if self.differ > 0 && c.only_a >= self.differ && c.only_b >= self.differ {
            return false;
        }
        let have = u64::from(self.lc[c.a as usize]) + u64::from(self.lc[c.b as usize]);
        have >= u64::from(self.need[c.union as usize])
    }

    /// The rule as the shared index's script reads it: `differ`, then `lc[0..=128]`, then
    /// `need[0..=128]`, each a big-endian `u32`.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(4 * (1 + 2 * (DIGIT_BITS + 1)));
        b.extend_from_slice(&self.differ.to_be_bytes());
        for v in self.lc.iter().chain(self.need.iter()) {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b
    }

    /// The Jaccard estimate the rule compares, in floating point (`None` when there is too
    /// little to judge or the maps are full): what the tables must agree with.
    #[cfg(test)]
    fn jaccard(c: &DigitCounts) -> Option<f64> {
        if c.union < MIN_BITS || c.union as usize >= DIGIT_BITS {
            return None;
        }
        let (a, b, u) = (linear_count(c.a), linear_count(c.b), linear_count(c.union));
        Some(((a + b - u) / u).clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Tokens, tokenize};

    fn map(text: &str) -> DigitSketch {
        let mut t = Tokens::default();
        tokenize(text, &mut t);
        let bits = t.hashes.iter().zip(&t.has_digit).filter(|(_, d)| **d).fold(0u128, |m, (h, _)| m | digit_bit(*h));
        DigitSketch::from_bits(bits)
    }

    #[test]
    fn differences_are_lower_bounds() {
        let a = map("models x1 x2 x3 on 2024-05-01 with 3 fixes");
        let b = map("models x1 x2 x3 on 2024-05-01 with 3 fixes and 7 more");
        let c = a.counts(&b);
        assert_eq!(c.only_a, 0, "a's tokens are all in b");
        assert!(c.only_b <= 1);
        assert_eq!(a.counts(&a).only_a, 0);
        assert_eq!(a.counts(&a).union, a.counts(&a).a);
    }

    #[test]
    fn table_decides_as_the_estimate() {
        for t in [0.0f32, 0.3, 0.5, 0.72, 1.0] {
            let r = DigitRule::new(t, 0);
            for u in 0..=DIGIT_BITS as u32 {
                for a in 0..=u {
                    // b ranges over what a union of u bits allows.
                    for b in (u - a)..=u {
                        let x = DigitCounts { a, b, union: u, only_a: u - b, only_b: u - a };
                        let by_table =
                            u64::from(r.lc[a as usize]) + u64::from(r.lc[b as usize]) >= u64::from(r.need[u as usize]);
                        let by_float = if u < MIN_BITS || u as usize >= DIGIT_BITS || t <= 0.0 {
                            true
                        } else {
                            let (la, lb, lu) = (r.lc[a as usize], r.lc[b as usize], r.lc[u as usize]);
                            DigitRule::reaches(u64::from(la) + u64::from(lb), u64::from(lu), f64::from(t))
                        };
                        assert_eq!(by_table, by_float, "t={t} a={a} b={b} u={u}");
                        if let Some(j) = DigitRule::jaccard(&x) {
                            // The integer estimate and the float one are the same within rounding.
                            if (j - f64::from(t)).abs() > 0.01 {
                                assert_eq!(by_table, j >= f64::from(t), "t={t} a={a} b={b} u={u} j={j}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn two_sided_differences_keep_texts_apart() {
        let r = DigitRule::new(0.5, 2);
        let base = "Release 4.2 of the Acme A-100 ships on 12 March with 3 fixes, 250 MB, build 7781.";
        // One number changed: an update or a typo, still a copy.
        let one = "Release 4.2 of the Acme A-100 ships on 13 March with 3 fixes, 250 MB, build 7781.";
        // Numbers added on one side only (a paragraph more): still a copy.
        let more = format!("{base} Earlier builds 7702 and 7733 are withdrawn.");
        // The template filled again: each text holds numbers the other lacks.
        let other = "Release 4.3 of the Acme A-100 ships on 28 May with 5 fixes, 250 MB, build 7954.";
        assert!(r.agree(&map(base), &map(base)));
        assert!(r.agree(&map(base), &map(one)));
        assert!(r.agree(&map(base), &map(&more)));
        assert!(!r.agree(&map(base), &map(other)));
        assert!(!r.agree(&map(other), &map(base)), "symmetric");
        // 0 turns the count off (the similarity check alone then decides).
        assert_eq!(DigitRule::new(0.5, 0).agree(&map(base), &map(other)), {
            let c = map(base).counts(&map(other));
            DigitRule::jaccard(&c).is_none_or(|j| j >= 0.5)
        });
    }

    #[test]
    fn few_tokens_or_full_maps_pass_the_similarity_check() {
        let r = DigitRule::new(0.9, 0);
        assert!(r.agree(&map("in 2024"), &map("in 2025")), "two tokens: too few to judge");
        let full = DigitSketch([0xff; 16]);
        assert!(r.agree(&full, &map("1 2 3 4 5 6")));
    }

    #[test]
    fn rule_bytes_layout() {
        let r = DigitRule::new(0.5, 2);
        let b = r.to_bytes();
        assert_eq!(b.len(), 4 * (1 + 2 * (DIGIT_BITS + 1)));
        assert_eq!(&b[..4], &2u32.to_be_bytes());
        let lc = |x: usize| u32::from_be_bytes(b[4 + 4 * x..8 + 4 * x].try_into().unwrap());
        let need = |u: usize| u32::from_be_bytes(b[4 + 4 * (DIGIT_BITS + 1) + 4 * u..][..4].try_into().unwrap());
        assert_eq!(lc(0), 0);
        assert_eq!(lc(1), 1028, "-128 ln(127/128) * 1024");
        assert_eq!(need(3), 0);
        assert_eq!(need(4), r.need[4]);
        assert_eq!(need(DIGIT_BITS), 0);
    }
}
