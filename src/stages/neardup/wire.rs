//! The shared index as bytes: what a store outside the process (Redis, see `src/shared/`) holds
//! for the near-duplicate index, and what a check sends it. Pure: this module only builds and
//! reads byte strings; the edge ships them, and the store's script (`check_insert.lua`) works
//! on them exactly as [`super::NearDupFilter::check`] and `insert` work on the in-memory
//! [`super::SimIndex`].
//!
//! # Layout
//! The 64 bits are cut into tables by the same [`Plan`] as the in-memory index (permuted
//! tables / multi-index hashing, see `index.rs`). In the store, table `t` is one hash whose
//! field is the *band key* `fp & mask[t]` as 8 big-endian bytes, and whose value is the list of
//! entries in that bucket, 16 bytes each: the fingerprint and the document's sequence number.
//! A query sends, per table, every band key within the plan's radius of its own (its own key
//! first, which is also where an insert goes); the script reads them with one `HMGET` per
//! table and compares fingerprints inline. Keys use the full block width (the in-memory tables
//! shorten theirs while small; a shared store cannot re-key as it grows).
//!
//! A stored document is `fp 8 | exact 16 | sketch 32 | digits 16 | time 4 | token length 2 |
//! token | id`, where `digits` is the bit map of [`super::digits`]. The *token* names where the record came from (an input stream's entry id, or a
//! process nonce and a sequence number): a record checked twice under one token, after a lost
//! reply or a redelivery, finds itself and stays kept instead of becoming its own duplicate.
//!
//! Sketch confirmation in the script compares bytes only: for `n` comparable bins it needs at
//! least `need[n]` equal ones, a table computed here from the same [`estimate`] that
//! [`super::Sketch::jaccard`] uses, so both decide identically at every threshold. The digit
//! check gets the integers of [`super::digits::DigitRule`] ([`digit_rule`]) and compares them
//! as `DigitRule::agree` does.

use super::index::{MAX_ID_BYTES, Plan};
use super::simhash::{SKETCH_BINS, estimate};
use super::{Fingerprint, NearDupConfig};

/// Version of this layout, part of [`Layout::signature`]: processes of different versions
/// refuse to share an index. 2: the digit sketch became a bit map.
pub(crate) const FORMAT: u32 = 2;
/// Bytes of a stored document before its token.
pub(crate) const DOC_HEAD: usize = 78;
/// Marks a count of comparable bins that can never confirm.
pub(crate) const NEVER: u8 = 255;

/// How fingerprints are cut into the store's tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    k: u32,
    radius: u32,
    masks: Vec<u64>,
}

impl Layout {
    /// The layout for a configuration: the in-memory plan for the same `k`, `max_docs` and
    /// memory budget.
    pub(crate) fn for_config(c: &NearDupConfig) -> Layout {
        let plan = Plan::choose(c.k, c.max_docs as u64, c.max_tables());
        Layout { k: c.k, radius: plan.radius, masks: plan.masks }
    }

    /// Number of tables.
    pub(crate) fn tables(&self) -> usize {
        self.masks.len()
    }

    /// Probes one query sends, over all tables.
    pub(crate) fn probes_per_query(&self) -> usize {
        self.masks.iter().map(|m| flips(m.count_ones(), self.radius)).sum()
    }

    /// What every process sharing an index must agree on, stored with the index.
    pub(crate) fn signature(&self) -> String {
        let masks: Vec<String> = self.masks.iter().map(|m| format!("{m:016x}")).collect();
        format!("gleaner-index/{FORMAT} k={} radius={} masks={}", self.k, self.radius, masks.join(","))
    }

    /// The masks, 8 big-endian bytes each (the script recomputes an evicted document's band
    /// keys from them).
    pub(crate) fn masks_bytes(&self) -> Vec<u8> {
        self.masks.iter().flat_map(|m| m.to_be_bytes()).collect()
    }

    /// The probe keys of `fp`: for every table, the band keys within the radius of its own,
    /// the own key first. `counts[t]` says how many belong to table `t`.
    pub(crate) fn probes(&self, fp: u64, keys: &mut Vec<[u8; 8]>, counts: &mut Vec<usize>) {
        keys.clear();
        counts.clear();
        let r = self.radius;
        for &mask in &self.masks {
            let start = keys.len();
            let own = fp & mask;
            keys.push(own.to_be_bytes());
            let bits: Vec<u32> = (0..64).filter(|b| mask >> b & 1 == 1).collect();
            for (i, &a) in bits.iter().enumerate() {
                if r < 1 {
                    break;
                }
                let k1 = own ^ (1 << a);
                keys.push(k1.to_be_bytes());
                for (j, &b) in bits[i + 1..].iter().enumerate() {
                    if r < 2 {
                        break;
                    }
                    let k2 = k1 ^ (1 << b);
                    keys.push(k2.to_be_bytes());
                    if r >= 3 {
                        keys.extend(bits[i + j + 2..].iter().map(|&c| (k2 ^ (1 << c)).to_be_bytes()));
                    }
                }
            }
            counts.push(keys.len() - start);
        }
    }
}

/// Keys within `r` bit flips of a key of `w` bits, itself included.
fn flips(w: u32, r: u32) -> usize {
    let mut total = 0usize;
    let mut c = 1usize;
    for i in 0..=r.min(w) {
        total += c;
        c = c * (w - i) as usize / (i + 1) as usize;
    }
    total
}

/// The stored form of a document (see the module's header). Ids longer than the in-memory
/// index keeps are cut the same way; tokens longer than 65,535 bytes are cut.
pub(crate) fn doc_blob(f: &Fingerprint, time: u32, token: &[u8], id: &[u8]) -> Vec<u8> {
    let token = &token[..token.len().min(u16::MAX as usize)];
    let id = &id[..id.len().min(MAX_ID_BYTES)];
    let mut b = Vec::with_capacity(DOC_HEAD + token.len() + id.len());
    b.extend_from_slice(&f.fp.to_be_bytes());
    b.extend_from_slice(&f.exact.to_be_bytes());
    b.extend_from_slice(&f.sketch.0);
    b.extend_from_slice(&f.digits.0);
    b.extend_from_slice(&time.to_be_bytes());
    b.extend_from_slice(&(token.len() as u16).to_be_bytes());
    b.extend_from_slice(token);
    b.extend_from_slice(id);
    debug_assert_eq!(b.len(), DOC_HEAD + token.len() + id.len());
    b
}

/// For every count `n` of comparable bins (0 to `bins`), the fewest equal bins whose
/// [`estimate`] reaches `threshold`, or [`NEVER`]. Below 4 comparable bins there is no
/// estimate: such a pair counts as similarity 0, as in `NearDupFilter::check`.
pub(crate) fn need_table(bins: usize, threshold: f32) -> Vec<u8> {
    (0..=bins as u32)
        .map(|n| match estimate(0, n) {
            None => {
                if 0.0 >= threshold {
                    0
                } else {
                    NEVER
                }
            }
            Some(_) => (0..=n).find(|&m| estimate(m, n).is_some_and(|j| j >= threshold)).map_or(NEVER, |m| m as u8),
        })
        .collect()
}

/// The text sketch's confirmation table of a configuration.
pub(crate) fn need_sketch(c: &NearDupConfig) -> Vec<u8> {
    need_table(SKETCH_BINS, c.confirm_jaccard)
}

/// The digit check of a configuration as the script reads it (`DigitRule::to_bytes`).
pub(crate) fn digit_rule(c: &NearDupConfig) -> Vec<u8> {
    c.digit_rule().to_bytes()
}

/// The similarity reported for a near copy confirmed with `m` equal bins out of `n`.
pub(crate) fn similarity(m: u32, n: u32) -> f32 {
    estimate(m, n).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::neardup::simhash::Sketch;

    fn layout(k: u32) -> Layout {
        Layout::for_config(&NearDupConfig { k, ..NearDupConfig::default() })
    }

    #[test]
    fn probes_cover_every_key_within_the_radius_once() {
        let l = layout(8);
        let (mut keys, mut counts) = (Vec::new(), Vec::new());
        let fp = 0x0123_4567_89ab_cdef;
        l.probes(fp, &mut keys, &mut counts);
        assert_eq!(counts.len(), l.tables());
        assert_eq!(keys.len(), l.probes_per_query());
        let mut at = 0;
        for (t, &n) in counts.iter().enumerate() {
            let mask = l.masks[t];
            let own = fp & mask;
            let mine = &keys[at..at + n];
            assert_eq!(mine[0], own.to_be_bytes(), "own key first");
            let mut seen = std::collections::HashSet::new();
            for k in mine {
                let v = u64::from_be_bytes(*k);
                assert_eq!(v & !mask, 0, "probes stay inside the mask");
                assert!((v ^ own).count_ones() <= l.radius);
                assert!(seen.insert(v), "each probe once");
            }
            assert_eq!(n, flips(mask.count_ones(), l.radius));
            at += n;
        }
    }

    #[test]
    fn a_fingerprint_within_k_shares_a_probed_bucket() {
        // The guarantee the script relies on: some table's own key of `b` is a probe of `a`.
        let l = layout(8);
        let (mut keys, mut counts) = (Vec::new(), Vec::new());
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..500 {
            x = crate::stages::neardup::simhash::fmix64(x);
            let a = x;
            let mut b = a;
            for i in 0..8 {
                b ^= 1 << ((x >> (6 * i)) & 63);
            }
            l.probes(a, &mut keys, &mut counts);
            let mut at = 0;
            let mut found = false;
            for (t, &n) in counts.iter().enumerate() {
                let own_b = (b & l.masks[t]).to_be_bytes();
                found |= keys[at..at + n].contains(&own_b);
                at += n;
            }
            assert!(found, "{a:016x} {b:016x}");
        }
    }

    #[test]
    fn need_table_decides_as_the_sketch_estimate() {
        let c = NearDupConfig::default();
        let ns = need_sketch(&c);
        assert_eq!(ns.len(), SKETCH_BINS + 1);
        // Every (m, n) pair: the table says what the float comparison says.
        for n in 0..=SKETCH_BINS as u32 {
            for m in 0..=n {
                let by_estimate = estimate(m, n).unwrap_or(0.0) >= c.confirm_jaccard;
                assert_eq!(m >= u32::from(ns[n as usize]), by_estimate, "m={m} n={n}");
            }
        }
        // And the estimate is the sketches' own.
        let a = Sketch::<4>([1, 2, 3, 4]);
        let b = Sketch::<4>([1, 2, 3, 9]);
        assert_eq!(a.jaccard(&b), estimate(3, 4));
    }

    #[test]
    fn doc_blob_layout() {
        let f = Fingerprint {
            fp: 0x0102_0304_0506_0708,
            exact: 0x1111_2222_3333_4444_5555_6666_7777_8888,
            sketch: Sketch([7; SKETCH_BINS]),
            digits: crate::stages::neardup::DigitSketch([9; 16]),
            features: 50,
        };
        let b = doc_blob(&f, 0x0a0b_0c0d, b"tok", b"\"id-1\"");
        assert_eq!(&b[..8], &[1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(&b[8..24], &f.exact.to_be_bytes());
        assert_eq!(&b[24..56], &[7; 32]);
        assert_eq!(&b[56..72], &[9; 16]);
        assert_eq!(&b[72..76], &[0x0a, 0x0b, 0x0c, 0x0d]);
        assert_eq!(&b[76..78], &[0, 3]);
        assert_eq!(&b[78..81], b"tok");
        assert_eq!(&b[81..], b"\"id-1\"");
    }

    #[test]
    fn signature_names_k_radius_and_masks() {
        let s = layout(8).signature();
        assert!(s.starts_with("gleaner-index/2 k=8 radius="), "{s}");
        assert_ne!(s, layout(6).signature());
    }
}
