//! The near-duplicate index: every fingerprint within Hamming distance `k` of a query, found
//! through hash tables on blocks of bits, never by a scan.
//!
//! # Scheme
//! The 64 bits are cut into `B` blocks and one table is kept per choice of `s` blocks (the
//! table's *key*). If two fingerprints differ in at most `k` bits, some choice of `s` blocks
//! holds at most `r` of the differing bits, where `r` is the sum of the `s` smallest shares of
//! `k` spread as evenly as possible over `B` blocks. A query therefore probes, in every table,
//! each key within distance `r` of its own key. This generalises both Manku, Jain and Das
//! Sarma (2007), whose permuted tables are the case `r = 0`, and multi-index hashing (Norouzi,
//! Punjani and Fleet 2012), the case `s = 1`. [`Plan::choose`] picks `B` and `s` for `k`, the
//! largest index size (`max_docs`) and the memory budget, by an explicit cost model: probes
//! plus expected false key matches; the test `index_agrees_with_brute_force` checks the
//! arithmetic against a scan.
//!
//! # Layout
//! Tables are open-addressing arrays (linear probing over buckets of one cache line) of 8-byte
//! entries: the slot of the document and 31 fingerprint bits outside the key (the tag), so a
//! probe rules out almost every entry without touching the document store. The top bits of a
//! bucket's tags hold its spill count, which lets most probes stop at their home bucket.
//! Documents live in a ring of at most `max_docs` slots, oldest evicted first, with their
//! 128-bit exact hash, sketch, time and id.
//! Removal uses backward-shift deletion, so tables never hold tombstones.

use super::digits::DigitSketch;
use super::simhash::{Sketch, fmix64, hamming};

/// Most candidates collected per query (a bound on work for adversarial input; in normal use a
/// query returns a handful).
const MAX_CANDIDATES: usize = 4096;
/// Bytes one table entry takes.
const ENTRY_BYTES: usize = 8;
/// Tables grow by half when they would pass this load (in tenths).
const MAX_LOAD_TENTHS: usize = 8;

/// How the index cuts fingerprints into tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Number of blocks the 64 bits are cut into.
    pub blocks: u32,
    /// Blocks per table key.
    pub key_blocks: u32,
    /// Bits flipped within a key when probing.
    pub radius: u32,
    /// The bits of each table's key.
    pub masks: Vec<u64>,
    /// Probes per query (all tables).
    pub probes: u64,
}

fn binomial(n: u64, k: u64) -> u64 {
    if k > n {
        return 0;
    }
    let mut r = 1u64;
    for i in 0..k {
        r = r.saturating_mul(n - i) / (i + 1);
    }
    r
}

fn block_masks(blocks: u32) -> Vec<u64> {
    let base = 64 / blocks;
    let extra = 64 % blocks;
    let mut masks = Vec::with_capacity(blocks as usize);
    let mut at = 0;
    for j in 0..blocks {
        let w = base + u32::from(j < extra);
        let m = if w == 64 { u64::MAX } else { ((1u64 << w) - 1) << at };
        masks.push(m);
        at += w;
    }
    masks
}

fn subsets(n: u32, s: u32) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    fn rec(start: u32, n: u32, s: u32, cur: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
        if cur.len() as u32 == s {
            out.push(cur.clone());
            return;
        }
        for i in start..n {
            cur.push(i);
            rec(i + 1, n, s, cur, out);
            cur.pop();
        }
    }
    rec(0, n, s, &mut cur, &mut out);
    out
}

/// The largest number of differing bits that the lightest `s` of `blocks` blocks can be made
/// to hold when `k` differing bits are spread over the blocks.
fn radius(k: u32, blocks: u32, s: u32) -> u32 {
    let q = k / blocks;
    let rem = k % blocks;
    s * q + s.saturating_sub(blocks - rem)
}

impl Plan {
    /// The cheapest plan for distance `k` over an index of up to `max_docs` fingerprints with
    /// at most `max_tables` tables.
    pub fn choose(k: u32, max_docs: u64, max_tables: usize) -> Plan {
        let n = max_docs.max(1) as f64;
        let mut best: Option<(f64, Plan)> = None;
        for blocks in 1..=16u32 {
            for s in 1..=blocks {
                let tables = binomial(u64::from(blocks), u64::from(s));
                if tables as usize > max_tables.max(1) {
                    continue;
                }
                let r = radius(k, blocks, s);
                if r > 3 {
                    continue;
                }
                let bm = block_masks(blocks);
                let masks: Vec<u64> =
                    subsets(blocks, s).iter().map(|sub| sub.iter().fold(0u64, |m, &b| m | bm[b as usize])).collect();
                let width = masks.iter().map(|m| u64::from(m.count_ones())).min().unwrap_or(64);
                let per_table: u64 = (0..=u64::from(r)).map(|i| binomial(width, i)).sum();
                let probes = tables.saturating_mul(per_table);
                // Expected entries sharing a probed key by chance (each compared inline).
                let false_matches = probes as f64 * n / 2f64.powi(width as i32);
                let cost = probes as f64 + 0.25 * false_matches + tables as f64 * 2.0;
                if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                    best = Some((cost, Plan { blocks, key_blocks: s, radius: r, masks, probes }));
                }
            }
        }
        match best {
            Some((_, p)) => p,
            // Three tables of one block each answer any k up to 11 with at most 3 flips.
            None => Plan::choose(k.min(11), max_docs, 3),
        }
    }
}

/// Buffers of one table's probes, reused from query to query: `(key, flipped bits, bucket)`.
struct ProbeBufs {
    /// Every probe, with its home bucket.
    keys: Vec<(u64, u32, usize)>,
    /// Probes that go on past their home bucket, with the next bucket to read.
    later: Vec<(u64, u32, usize)>,
}

thread_local! {
    static PROBE_BUFS: std::cell::RefCell<ProbeBufs> =
        const { std::cell::RefCell::new(ProbeBufs { keys: Vec::new(), later: Vec::new() }) };
}

/// What a probe compares against: the query, its tag in the probed table, the distance, and
/// the stored fingerprints.
#[derive(Clone, Copy)]
struct ProbeCtx<'a> {
    q: u64,
    tag: u32,
    k: u32,
    fps: &'a [u64],
}

/// Entries per bucket: 8 entries of 8 bytes fill one 64-byte cache line.
const BUCKET: usize = 8;

/// One table: open addressing over buckets of [`BUCKET`] entries (bucketised linear probing).
/// An entry lives in its home bucket or, when that is full, in the next bucket with room; so a
/// lookup reads one cache line and moves on only past full buckets, which at load 0.8 is rare.
#[derive(Debug, Clone)]
struct Table {
    /// The bits of the table's block (its full key width).
    block: u64,
    /// The bits of the current key: the highest bits of the block (see `set_key_width`).
    mask: u64,
    seed: u64,
    /// The runs of bits outside the key, `(shift, width)`, packed into an entry's tag.
    tag_runs: Vec<(u32, u32)>,
    /// Buckets of `[slot, tag]`: the document's slot and 32 of its fingerprint bits outside
    /// the key. Slot `EMPTY` marks a free entry; a bucket's entries are filled from the front.
    buckets: Vec<Line<[[u32; 2]; BUCKET]>>,
    len: usize,
}

const EMPTY: u32 = u32::MAX;
const EMPTY_BUCKET: Line<[[u32; 2]; BUCKET]> = Line([[EMPTY, 0]; BUCKET]);

/// The top bit of each of a bucket's eight stored tags is one bit of the bucket's *spill
/// count*: how many entries whose home is this bucket lie past it (saturating at 255). The bits
/// belong to the positions, not to the entries, so they stay when entries move ([`put`]). A
/// probe whose home bucket is full goes on to the next bucket only when the count is not zero:
/// at load 0.8 a quarter of buckets have spilled, against the four in ten that are full.
/// Keeping the count in the bucket's own line costs a bit of each tag and no cache miss.
const SPILL_BIT: u32 = 1 << 31;
/// The bits of a stored tag that are fingerprint bits.
const TAG_MASK: u32 = !SPILL_BIT;

type Bucket = [[u32; 2]; BUCKET];

/// Stores entry `e` at position `i` of `bucket`, keeping the position's spill-count bit.
#[inline]
fn put(bucket: &mut Bucket, i: usize, e: [u32; 2]) {
    bucket[i] = [e[0], (e[1] & TAG_MASK) | (bucket[i][1] & SPILL_BIT)];
}

/// The bucket's spill count (see [`SPILL_BIT`]).
#[inline]
fn spill_count(bucket: &Bucket) -> u8 {
    bucket.iter().enumerate().fold(0u8, |n, (i, e)| n | (((e[1] >> 31) as u8) << i))
}

/// Whether the bucket's spill count is not zero (one OR over the line, no count assembled).
#[inline]
fn spilled(bucket: &Bucket) -> bool {
    bucket.iter().fold(0, |a, e| a | e[1]) & SPILL_BIT != 0
}

fn set_spill_count(bucket: &mut Bucket, n: u8) {
    for (i, e) in bucket.iter_mut().enumerate() {
        e[1] = (e[1] & TAG_MASK) | (u32::from(n >> i & 1) << 31);
    }
}

/// One cache line: a bucket aligned to 64 bytes, so that a probe reads (and prefetches) one
/// line. Without it a `Vec` of 64-byte arrays is only 4-byte aligned (a large allocation starts
/// 16 bytes into its pages), every bucket straddles two lines, and a probe's second line is a
/// cache miss that no prefetch covered: at 1e7 documents that doubled a k = 8 query's time.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct Line<T>(T);

impl<T> std::ops::Deref for Line<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> std::ops::DerefMut for Line<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl Table {
    fn new(block: u64, seed: u64) -> Self {
        let mut t = Table { block, mask: 0, seed, tag_runs: Vec::new(), buckets: vec![EMPTY_BUCKET; 4], len: 0 };
        t.set_key_width();
        t
    }

    /// Sets the key to the highest bits of the block, as many as the table's size calls for:
    /// `log2(buckets) + 2`, about four keys per bucket, so that a key's entries (1.6 at load
    /// 0.8) share their home bucket and seldom spill. Fewer key bits mean fewer keys to probe
    /// within the radius (a small index answers a query with a third of the probes of a
    /// full-width key), and more bits than this save no bucket reads (`cargo bench --bench
    /// index`, k = 8 at 1e4: 5.6 µs per query with `+ 4`, 4.4 µs with `+ 2` and with `+ 1`);
    /// the bits left out of the key join the tag. A key
    /// made of the top bits of a block still differs in at most `r` bits when the block does,
    /// so nothing is missed.
    fn set_key_width(&mut self) {
        let want = (usize::BITS - self.buckets.len().leading_zeros()) + 1;
        let width = want.clamp(8, self.block.count_ones());
        let mut mask = 0u64;
        let mut m = self.block;
        for _ in 0..width {
            let top = 63 - m.leading_zeros();
            mask |= 1 << top;
            m &= !(1 << top);
        }
        self.mask = mask;
        self.tag_runs.clear();
        let mut b = 0;
        while b < 64 {
            if mask >> b & 1 == 0 {
                let start = b;
                while b < 64 && mask >> b & 1 == 0 {
                    b += 1;
                }
                self.tag_runs.push((start, b - start));
            } else {
                b += 1;
            }
        }
    }

    /// 31 bits of `fp` outside the key, packed (the top bit of a stored tag belongs to the
    /// bucket's spill count, see [`SPILL_BIT`]).
    #[inline]
    fn tag(&self, fp: u64) -> u32 {
        let mut out = 0u64;
        let mut at = 0;
        for &(shift, width) in &self.tag_runs {
            let bits = if width == 64 { fp } else { (fp >> shift) & ((1u64 << width) - 1) };
            out |= bits << at;
            at += width;
            if at >= 31 {
                break;
            }
        }
        out as u32 & TAG_MASK
    }

    /// The home bucket of a key: one multiply mixes the key's bits into the high bits, and the
    /// high half of a 128-bit product maps them onto the bucket count (Lemire's fast range).
    #[inline]
    fn home(&self, key: u64) -> usize {
        let h = (key ^ self.seed).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((u128::from(h) * self.buckets.len() as u128) >> 64) as usize
    }

    #[inline]
    fn next(&self, b: usize) -> usize {
        if b + 1 == self.buckets.len() { 0 } else { b + 1 }
    }

    fn insert(&mut self, fp: u64, slot: u32, fps: &[u64]) {
        if (self.len + 1) * 10 > self.buckets.len() * BUCKET * MAX_LOAD_TENTHS {
            self.grow(fps);
        }
        self.place(fp & self.mask, [slot, self.tag(fp)]);
        self.len += 1;
    }

    fn place(&mut self, key: u64, e: [u32; 2]) {
        let home = self.home(key);
        let mut b = home;
        loop {
            if let Some(free) = self.buckets[b].iter().position(|x| x[0] == EMPTY) {
                put(&mut self.buckets[b], free, e);
                if b != home {
                    let n = spill_count(&self.buckets[home]);
                    set_spill_count(&mut self.buckets[home], n.saturating_add(1));
                }
                return;
            }
            b = self.next(b);
        }
    }

    /// One entry whose home is `home` no longer lies outside it (removed, or moved home).
    fn unspill(&mut self, home: usize) {
        let n = spill_count(&self.buckets[home]);
        // A saturated count no longer knows how many there are: it stays, and probes of the
        // bucket keep going on (never wrong, only slower).
        if n != u8::MAX {
            debug_assert!(n > 0, "a spilled entry was counted");
            set_spill_count(&mut self.buckets[home], n.saturating_sub(1));
        }
    }

    fn grow(&mut self, fps: &[u64]) {
        let n = self.buckets.len() * 5 / 4 + 1;
        let old = std::mem::replace(&mut self.buckets, crate::hugepages::filled_vec(EMPTY_BUCKET, n));
        let old_mask = self.mask;
        self.set_key_width();
        for e in old.iter().flat_map(|b| b.iter()).filter(|e| e[0] != EMPTY) {
            let fp = fps[e[0] as usize];
            let entry = if self.mask == old_mask { [e[0], e[1] & TAG_MASK] } else { [e[0], self.tag(fp)] };
            self.place(fp & self.mask, entry);
        }
    }

    fn remove(&mut self, fp: u64, slot: u32, fps: &[u64]) -> bool {
        let home = self.home(fp & self.mask);
        let mut b = home;
        let i = loop {
            if let Some(i) = self.buckets[b].iter().position(|x| x[0] == slot) {
                break i;
            }
            if self.buckets[b].iter().any(|x| x[0] == EMPTY) {
                return false;
            }
            b = self.next(b);
        };
        if b != home {
            self.unspill(home);
        }
        // Take the entry out, keep the bucket packed from the front.
        let bucket = &mut self.buckets[b];
        let last = bucket.iter().rposition(|x| x[0] != EMPTY).expect("the bucket holds the entry");
        let moved = bucket[last];
        put(bucket, i, moved);
        put(bucket, last, [EMPTY, 0]);
        self.len -= 1;
        // Backward shift: the bucket was full (or not); if it was, later buckets may hold
        // entries whose home is at or before it. Pull the first such entry in, and repeat from
        // the bucket it left, until a bucket that was not full ends the run.
        let mut hole = b;
        let mut was_full = last == BUCKET - 1;
        let mut j = hole;
        while was_full {
            j = self.next(j);
            if j == hole {
                break;
            }
            let n = self.buckets.len();
            let mut moved = None;
            for (k, e) in self.buckets[j].iter().enumerate() {
                if e[0] == EMPTY {
                    break;
                }
                let h = self.home(fps[e[0] as usize] & self.mask);
                // Can the entry live at `hole`? Yes if its home is not after `hole` on the way
                // from its home to `j`.
                if (hole + n - h) % n < (j + n - h) % n {
                    moved = Some((k, h));
                    break;
                }
            }
            let full_j = self.buckets[j].iter().all(|x| x[0] != EMPTY);
            if let Some((k, h)) = moved {
                let e = self.buckets[j][k];
                let hb = &mut self.buckets[hole];
                let free = hb.iter().position(|x| x[0] == EMPTY).expect("the hole bucket has room");
                put(hb, free, e);
                let jb = &mut self.buckets[j];
                let last = jb.iter().rposition(|x| x[0] != EMPTY).expect("bucket j holds the moved entry");
                let tail = jb[last];
                put(jb, k, tail);
                put(jb, last, [EMPTY, 0]);
                if hole == h {
                    self.unspill(h);
                }
                hole = j;
                was_full = full_j;
            } else if !full_j {
                break;
            }
        }
        true
    }

    /// Calls `f(slot, distance)` for every entry of bucket `b` whose key equals `key` and
    /// whose fingerprint is within `k` of `q`, `budget` being what the key's flipped bits leave
    /// of `k` for the tag. The tag rules out almost every other entry without reading its
    /// fingerprint; the few that pass are checked against the stored fingerprint. Returns the
    /// next bucket when the key's entries may go on there: from the home bucket only when it
    /// is full and some entry of its own spilled (see [`SPILL_BIT`]), from a later bucket
    /// whenever it is full (entries fill a bucket from the front, and a run of entries past
    /// their home ends at the first bucket with room).
    #[inline]
    fn probe(
        &self,
        key: u64,
        b: usize,
        at_home: bool,
        budget: u32,
        ctx: &ProbeCtx<'_>,
        f: &mut impl FnMut(u32, u32),
    ) -> Option<usize> {
        let ProbeCtx { q, tag: q_tag, k, fps } = *ctx;
        let bucket = &self.buckets[b];
        // Branch-free pass over the whole bucket: a bit per entry whose tag is close enough.
        // Empty entries may pass by chance; the slot check below drops them.
        let mut pass = close_tags(bucket, q_tag, budget);
        while pass != 0 {
            let e = bucket[pass.trailing_zeros() as usize];
            pass &= pass - 1;
            if e[0] == EMPTY {
                continue;
            }
            let fp = fps[e[0] as usize];
            if fp & self.mask == key {
                let d = hamming(fp, q);
                if d <= k {
                    f(e[0], d);
                }
            }
        }
        let full = bucket[BUCKET - 1][0] != EMPTY;
        (full && (!at_home || spilled(bucket))).then(|| self.next(b))
    }

    fn bytes(&self) -> usize {
        self.buckets.len() * BUCKET * ENTRY_BYTES
    }

    /// Every bucket's spill count against a recount of the entries that lie past their home.
    #[cfg(test)]
    fn spill_counts_hold(&self, fps: &[u64]) -> bool {
        let mut want = vec![0usize; self.buckets.len()];
        for (b, bucket) in self.buckets.iter().enumerate() {
            for e in bucket.iter().filter(|e| e[0] != EMPTY) {
                let home = self.home(fps[e[0] as usize] & self.mask);
                if home != b {
                    want[home] += 1;
                }
            }
        }
        self.buckets.iter().zip(want).all(|(b, n)| {
            let c = spill_count(b);
            c == u8::MAX || usize::from(c) == n
        })
    }

    /// Hints the CPU to load bucket `b` (a no-op off x86_64).
    #[inline]
    fn prefetch(&self, b: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            let p = self.buckets[b].as_ptr().cast::<i8>();
            // SAFETY: prefetching is a hint with no effect on memory or program state; the
            // pointer is in bounds of `self.buckets`.
            unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = b;
    }
}

/// Bit `i` set when entry `i` of `bucket` has a tag within `budget` bits of `q_tag` (spill-count
/// bits aside).
#[cfg(not(all(target_arch = "x86_64", target_feature = "avx2")))]
#[inline]
fn close_tags(bucket: &[[u32; 2]; BUCKET], q_tag: u32, budget: u32) -> u32 {
    close_tags_scalar(bucket, q_tag, budget)
}

#[inline]
#[cfg_attr(all(target_arch = "x86_64", target_feature = "avx2"), allow(dead_code))]
fn close_tags_scalar(bucket: &[[u32; 2]; BUCKET], q_tag: u32, budget: u32) -> u32 {
    let mut pass = 0u32;
    for (i, e) in bucket.iter().enumerate() {
        pass |= u32::from(((e[1] ^ q_tag) & TAG_MASK).count_ones() <= budget) << i;
    }
    pass
}

/// [`close_tags_scalar`] with AVX2 (the x86-64-v3 build of `.cargo/config.toml`): the bucket
/// is one cache line, two 256-bit registers; the 32-bit lanes are counted with a nibble
/// lookup table (`vpshufb`) and summed per lane, about 20 instructions instead of 70.
#[cfg(all(target_arch = "x86_64", target_feature = "avx2"))]
#[inline]
fn close_tags(bucket: &[[u32; 2]; BUCKET], q_tag: u32, budget: u32) -> u32 {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_and_si256, _mm256_castsi256_pd, _mm256_cmpgt_epi32, _mm256_loadu_si256,
        _mm256_madd_epi16, _mm256_maddubs_epi16, _mm256_movemask_pd, _mm256_set1_epi8, _mm256_set1_epi16,
        _mm256_set1_epi32, _mm256_setr_epi8, _mm256_shuffle_epi8, _mm256_srli_epi16, _mm256_xor_si256,
    };
    // SAFETY: this function is compiled only when AVX2 is enabled for the whole build (so
    // every CPU the binary runs on has it); the loads read the 64 bytes of `bucket`, with no
    // alignment requirement.
    unsafe {
        let p = bucket.as_ptr().cast::<__m256i>();
        let q = _mm256_set1_epi32(q_tag as i32);
        let lut = _mm256_setr_epi8(
            0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4,
        );
        let low = _mm256_set1_epi8(0x0f);
        // The spill-count bit of each tag is left out of the distance.
        let tag_bits = _mm256_set1_epi32(TAG_MASK as i32);
        let too_far = |v: __m256i| {
            let x = _mm256_and_si256(_mm256_xor_si256(v, q), tag_bits);
            let lo = _mm256_shuffle_epi8(lut, _mm256_and_si256(x, low));
            let hi = _mm256_shuffle_epi8(lut, _mm256_and_si256(_mm256_srli_epi16::<4>(x), low));
            let bytes = _mm256_add_epi8(lo, hi);
            let lanes = _mm256_madd_epi16(_mm256_maddubs_epi16(bytes, _mm256_set1_epi8(1)), _mm256_set1_epi16(1));
            // An entry is a 64-bit lane whose high half is the tag: the sign bits of the
            // 64-bit lanes are the tags' results, one bit per entry.
            _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi32(lanes, _mm256_set1_epi32(budget as i32)))) as u32
        };
        let a = !too_far(_mm256_loadu_si256(p)) & 0xF;
        let b = !too_far(_mm256_loadu_si256(p.add(1))) & 0xF;
        a | b << 4
    }
}

/// Slots per bucket of the exact table (16 × 4 bytes: one cache line).
const EXACT_BUCKET: usize = 16;

/// The exact-copy table: document slots keyed by their 128-bit exact hash, verified against
/// the hash stored with the document. Independent of the simhash, so an exact copy is found
/// even when boilerplate removal has moved its fingerprint since the first copy was seen.
#[derive(Debug, Clone)]
struct ExactTable {
    buckets: Vec<Line<[u32; EXACT_BUCKET]>>,
    len: usize,
}

impl ExactTable {
    fn new() -> Self {
        ExactTable { buckets: vec![Line([EMPTY; EXACT_BUCKET]); 2], len: 0 }
    }

    #[inline]
    fn home(&self, exact: u128) -> usize {
        // Both halves mixed, so that no relation between them (a hash whose halves are
        // complements, say) folds every entry onto one home.
        let h = (exact as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ ((exact >> 64) as u64);
        ((u128::from(h) * self.buckets.len() as u128) >> 64) as usize
    }

    fn next(&self, b: usize) -> usize {
        if b + 1 == self.buckets.len() { 0 } else { b + 1 }
    }

    fn find(&self, exact: u128, hashes: &[u128]) -> Option<u32> {
        let mut b = self.home(exact);
        loop {
            for &s in self.buckets[b].iter() {
                if s == EMPTY {
                    return None;
                }
                if hashes[s as usize] == exact {
                    return Some(s);
                }
            }
            b = self.next(b);
        }
    }

    fn place(&mut self, exact: u128, slot: u32) {
        let mut b = self.home(exact);
        loop {
            if let Some(free) = self.buckets[b].iter_mut().find(|s| **s == EMPTY) {
                *free = slot;
                return;
            }
            b = self.next(b);
        }
    }

    fn insert(&mut self, exact: u128, slot: u32, hashes: &[u128]) {
        if (self.len + 1) * 10 > self.buckets.len() * EXACT_BUCKET * MAX_LOAD_TENTHS {
            let n = self.buckets.len() * 5 / 4 + 1;
            let old = std::mem::replace(&mut self.buckets, vec![Line([EMPTY; EXACT_BUCKET]); n]);
            for &s in old.iter().flat_map(|b| b.iter()).filter(|s| **s != EMPTY) {
                self.place(hashes[s as usize], s);
            }
        }
        self.place(exact, slot);
        self.len += 1;
    }

    fn remove(&mut self, exact: u128, slot: u32, hashes: &[u128]) {
        let mut b = self.home(exact);
        let i = loop {
            if let Some(i) = self.buckets[b].iter().position(|s| *s == slot) {
                break i;
            }
            if self.buckets[b].contains(&EMPTY) {
                return;
            }
            b = self.next(b);
        };
        let last = self.buckets[b].iter().rposition(|s| *s != EMPTY).expect("the bucket holds the slot");
        self.buckets[b][i] = self.buckets[b][last];
        self.buckets[b][last] = EMPTY;
        self.len -= 1;
        // Backward shift over buckets, as in `Table::remove`.
        let n = self.buckets.len();
        let (mut hole, mut was_full, mut j) = (b, last == EXACT_BUCKET - 1, b);
        while was_full {
            j = self.next(j);
            if j == hole {
                break;
            }
            let moved = self.buckets[j].iter().take_while(|s| **s != EMPTY).position(|&s| {
                let h = self.home(hashes[s as usize]);
                (hole + n - h) % n < (j + n - h) % n
            });
            let full_j = !self.buckets[j].contains(&EMPTY);
            match moved {
                Some(k) => {
                    let s = self.buckets[j][k];
                    let free = self.buckets[hole].iter().position(|x| *x == EMPTY).expect("the hole has room");
                    self.buckets[hole][free] = s;
                    let last = self.buckets[j].iter().rposition(|x| *x != EMPTY).expect("bucket j holds it");
                    self.buckets[j][k] = self.buckets[j][last];
                    self.buckets[j][last] = EMPTY;
                    hole = j;
                    was_full = full_j;
                }
                None if !full_j => break,
                None => {}
            }
        }
    }

    fn bytes(&self) -> usize {
        self.buckets.len() * EXACT_BUCKET * 4
    }
}

/// What the index keeps about one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocEntry {
    /// Simhash.
    pub fp: u64,
    /// 128-bit hash of the normalised text, for certain exact matches.
    pub exact: u128,
    /// Min-hash sketch for confirmation.
    pub sketch: Sketch,
    /// Bit map of the tokens holding digits.
    pub digits: DigitSketch,
    /// Insertion time (seconds since the Unix epoch, or 0 when time is not used).
    pub time: u32,
}

/// Packs an id's arena offset (40 bits) and length (24 bits).
const ID_LEN_BITS: u32 = 24;
/// Longest id stored; longer ids are cut (the explanation then reports the cut id).
pub(crate) const MAX_ID_BYTES: usize = (1 << ID_LEN_BITS) - 1;

/// The index: tables plus the ring of documents.
#[derive(Debug, Clone)]
pub struct SimIndex {
    plan: Plan,
    k: u32,
    tables: Vec<Table>,
    exact_table: ExactTable,
    max_docs: usize,
    /// Logical sequence number of the oldest document held.
    head: u64,
    len: usize,
    fps: Vec<u64>,
    exact: Vec<u128>,
    sketches: Vec<Sketch>,
    digits: Vec<DigitSketch>,
    times: Vec<u32>,
    id_refs: Vec<u64>,
    ids: Vec<u8>,
    /// Logical offset of `ids[0]`.
    ids_base: u64,
    evicted: u64,
}

/// A match returned by [`SimIndex::query`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Logical sequence number of the document (insertion order).
    pub seq: u64,
    /// Hamming distance to the query.
    pub distance: u32,
}

impl SimIndex {
    /// An empty index answering distance `k`, holding at most `max_docs` documents, with at
    /// most `max_tables` tables.
    pub fn new(k: u32, max_docs: usize, max_tables: usize) -> Self {
        Self::with_plan_for(k, max_docs, max_docs, max_tables)
    }

    /// An index holding at most `max_docs` documents whose tables are planned for `plan_docs`
    /// (benchmarks: a small, full index laid out like a default one).
    pub fn with_plan_for(k: u32, max_docs: usize, plan_docs: usize, max_tables: usize) -> Self {
        let plan = Plan::choose(k, plan_docs as u64, max_tables);
        let tables =
            plan.masks.iter().enumerate().map(|(i, m)| Table::new(*m, fmix64(0x7461_626c_6500 + i as u64))).collect();
        SimIndex {
            plan,
            k,
            tables,
            exact_table: ExactTable::new(),
            max_docs: max_docs.max(1),
            head: 0,
            len: 0,
            fps: Vec::new(),
            exact: Vec::new(),
            sketches: Vec::new(),
            digits: Vec::new(),
            times: Vec::new(),
            id_refs: Vec::new(),
            ids: Vec::new(),
            ids_base: 0,
            evicted: 0,
        }
    }

    /// The plan in use.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The largest distance the index answers.
    pub fn k(&self) -> u32 {
        self.k
    }

    /// Documents held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no document is held.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Documents evicted so far.
    pub fn evicted(&self) -> u64 {
        self.evicted
    }

    /// Logical sequence number the next insertion gets.
    pub fn next_seq(&self) -> u64 {
        self.head + self.len as u64
    }

    #[inline]
    fn slot(&self, seq: u64) -> usize {
        (seq % self.max_docs as u64) as usize
    }

    /// The held document whose exact hash is `exact`, if any.
    pub fn find_exact(&self, exact: u128) -> Option<u64> {
        self.exact_table.find(exact, &self.exact).map(|s| self.seq_of_slot(s as usize))
    }

    /// Every held document within `k` (at most the index's own `k`) of `fp`, each once, sorted
    /// by distance then insertion order.
    pub fn query(&self, fp: u64, k: u32, out: &mut Vec<Candidate>) {
        out.clear();
        let k = k.min(self.k);
        let mut push = |slot: u32, d: u32| {
            if out.len() < MAX_CANDIDATES {
                out.push(Candidate { seq: self.seq_of_slot(slot as usize), distance: d });
            }
        };
        PROBE_BUFS.with_borrow_mut(|bufs| {
            self.probe_tables(fp, k, bufs, &mut push);
        });
        out.sort_unstable_by_key(|c| (c.distance, c.seq));
        out.dedup();
    }

    /// The probes of [`SimIndex::query`], table by table.
    fn probe_tables(&self, fp: u64, k: u32, bufs: &mut ProbeBufs, push: &mut impl FnMut(u32, u32)) {
        let ProbeBufs { keys, later } = bufs;
        let r = self.plan.radius;
        let fps = &self.fps;
        let mut bits = [0u32; 64];
        for t in &self.tables {
            let key = fp & t.mask;
            let tag = t.tag(fp);
            keys.clear();
            keys.push((key, 0, 0));
            let mut nb = 0;
            let mut m = t.mask;
            while m != 0 {
                bits[nb] = m.trailing_zeros();
                nb += 1;
                m &= m - 1;
            }
            let bits = &bits[..if r >= 1 { nb } else { 0 }];
            for (i, &a) in bits.iter().enumerate() {
                let k1 = key ^ (1 << a);
                keys.push((k1, 1, 0));
                if r < 2 {
                    continue;
                }
                for (j, &b) in bits[i + 1..].iter().enumerate() {
                    let k2 = k1 ^ (1 << b);
                    keys.push((k2, 2, 0));
                    if r >= 3 {
                        keys.extend(bits[i + j + 2..].iter().map(|&c| (k2 ^ (1 << c), 3, 0)));
                    }
                }
            }
            debug_assert!(r <= 3, "plans never need more than 3 flipped bits");
            if k < r {
                keys.retain(|e| e.1 <= k);
            }
            for e in keys.iter_mut() {
                e.2 = t.home(e.0);
            }
            // Probes are independent: prefetch a window ahead so their cache misses overlap.
            // A probe that must go on past its home bucket is put off, its next bucket
            // prefetched, until the home buckets are done: that line then has had time to
            // arrive, and no line is fetched that the probe does not read.
            const AHEAD: usize = 12;
            for &(_, _, home) in keys.iter().take(AHEAD) {
                t.prefetch(home);
            }
            let ctx = ProbeCtx { q: fp, tag, k, fps };
            later.clear();
            for (i, &(pk, flips, home)) in keys.iter().enumerate() {
                if let Some(&(_, _, next)) = keys.get(i + AHEAD) {
                    t.prefetch(next);
                }
                if let Some(next) = t.probe(pk, home, true, k - flips, &ctx, push) {
                    t.prefetch(next);
                    later.push((pk, flips, next));
                }
            }
            let mut i = 0;
            while let Some(&(pk, flips, b)) = later.get(i) {
                if let Some(next) = t.probe(pk, b, false, k - flips, &ctx, push) {
                    t.prefetch(next);
                    later.push((pk, flips, next));
                }
                i += 1;
            }
        }
    }

    fn seq_of_slot(&self, slot: usize) -> u64 {
        let head_slot = self.slot(self.head);
        let off = (slot + self.max_docs - head_slot) % self.max_docs;
        self.head + off as u64
    }

    /// The document with sequence number `seq`, if still held.
    pub fn doc(&self, seq: u64) -> Option<DocEntry> {
        if seq < self.head || seq >= self.next_seq() {
            return None;
        }
        let s = self.slot(seq);
        Some(DocEntry {
            fp: self.fps[s],
            exact: self.exact[s],
            sketch: self.sketches[s],
            digits: self.digits[s],
            time: self.times[s],
        })
    }

    /// The id bytes of document `seq`, if still held.
    pub fn id(&self, seq: u64) -> Option<&[u8]> {
        if seq < self.head || seq >= self.next_seq() {
            return None;
        }
        let r = self.id_refs[self.slot(seq)];
        let off = (r >> ID_LEN_BITS) - self.ids_base;
        let len = r & ((1 << ID_LEN_BITS) - 1);
        Some(&self.ids[off as usize..(off + len) as usize])
    }

    /// Adds a document, evicting the oldest first when the index is full. Returns its sequence
    /// number.
    pub fn insert(&mut self, doc: DocEntry, id: &[u8]) -> u64 {
        if self.len == self.max_docs {
            self.evict_oldest();
        }
        let seq = self.next_seq();
        let s = self.slot(seq);
        let id = &id[..id.len().min(MAX_ID_BYTES)];
        let off = self.ids_base + self.ids.len() as u64;
        self.ids.extend_from_slice(id);
        let idref = (off << ID_LEN_BITS) | id.len() as u64;
        if s == self.fps.len() {
            self.fps.push(doc.fp);
            self.exact.push(doc.exact);
            self.sketches.push(doc.sketch);
            self.digits.push(doc.digits);
            self.times.push(doc.time);
            self.id_refs.push(idref);
        } else {
            self.fps[s] = doc.fp;
            self.exact[s] = doc.exact;
            self.sketches[s] = doc.sketch;
            self.digits[s] = doc.digits;
            self.times[s] = doc.time;
            self.id_refs[s] = idref;
        }
        for t in &mut self.tables {
            t.insert(doc.fp, s as u32, &self.fps);
        }
        self.exact_table.insert(doc.exact, s as u32, &self.exact);
        self.len += 1;
        seq
    }

    /// Removes the oldest document.
    pub fn evict_oldest(&mut self) {
        if self.len == 0 {
            return;
        }
        let s = self.slot(self.head);
        let fp = self.fps[s];
        for t in &mut self.tables {
            let removed = t.remove(fp, s as u32, &self.fps);
            debug_assert!(removed, "every held document is in every table");
        }
        self.exact_table.remove(self.exact[s], s as u32, &self.exact);
        let r = self.id_refs[s];
        let id_end = (r >> ID_LEN_BITS) + (r & ((1 << ID_LEN_BITS) - 1));
        self.head += 1;
        self.len -= 1;
        self.evicted += 1;
        // Compact the id arena once most of it belongs to evicted documents.
        let dead = (id_end - self.ids_base) as usize;
        if dead > 1 << 16 && dead * 2 > self.ids.len() {
            self.ids.drain(..dead);
            self.ids_base = id_end;
        }
    }

    /// Evicts every document older than `min_time` (documents are held in time order).
    pub fn evict_before(&mut self, min_time: u32) -> usize {
        let mut n = 0;
        while self.len > 0 && self.times[self.slot(self.head)] < min_time {
            self.evict_oldest();
            n += 1;
        }
        n
    }

    /// Documents from oldest to newest, with their ids (for snapshots).
    pub fn iter(&self) -> impl Iterator<Item = (DocEntry, &[u8])> + '_ {
        (self.head..self.next_seq()).map(|seq| {
            let d = self.doc(seq).expect("seq is within the held range");
            (d, self.id(seq).expect("seq is within the held range"))
        })
    }

    /// Resident bytes of the index: the tables as allocated (hashing touches all of them) and
    /// the document arrays as filled (their unused capacity is never touched, so it is not
    /// resident), ids included.
    pub fn memory_bytes(&self) -> usize {
        self.tables.iter().map(Table::bytes).sum::<usize>()
            + self.exact_table.bytes()
            + self.fps.len() * Self::STORED_BYTES
            + self.ids.len()
    }

    /// Bytes of the held ids (excluded from the per-document memory budget).
    pub fn id_bytes(&self) -> usize {
        self.ids.len()
    }

    /// Per-document memory besides the simhash tables (the exact table included), for planning.
    pub const DOC_BYTES: usize = Self::STORED_BYTES + 7;
    /// Bytes stored per document in the document arrays.
    const STORED_BYTES: usize = 8 + 16 + std::mem::size_of::<Sketch>() + std::mem::size_of::<DigitSketch>() + 4 + 8;
    /// Bytes per document per table at the lowest load (8-byte entries; a table grows by a
    /// quarter when it passes load 0.8, so its load stays between 0.64 and 0.8).
    pub const TABLE_BYTES_PER_DOC: usize = 13;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn doc(fp: u64) -> DocEntry {
        DocEntry { fp, exact: u128::from(fp), sketch: Sketch::default(), digits: DigitSketch::default(), time: 0 }
    }

    #[test]
    fn radius_is_the_lightest_blocks_share() {
        assert_eq!(radius(3, 2, 1), 1);
        assert_eq!(radius(3, 6, 3), 0);
        assert_eq!(radius(8, 3, 1), 2);
        assert_eq!(radius(4, 3, 1), 1);
        assert_eq!(radius(0, 3, 1), 0);
    }

    #[test]
    fn plans_stay_within_table_budget() {
        for k in 0..=8 {
            assert!(Plan::choose(k, 10_000, 1).radius <= 3);
            let p = Plan::choose(k, 10_000_000, 3);
            assert!(p.masks.len() <= 3, "k={k} {p:?}");
            assert_eq!(p.masks.iter().fold(0, |a, m| a | m), u64::MAX);
            assert!(p.radius <= 3);
        }
    }

    #[test]
    fn evicts_oldest_and_keeps_ids() {
        let mut ix = SimIndex::new(3, 3, 3);
        for i in 0..5u64 {
            ix.insert(doc(i * 0x1111), format!("\"id{i}\"").as_bytes());
        }
        assert_eq!(ix.len(), 3);
        assert_eq!(ix.evicted(), 2);
        assert_eq!(ix.id(4), Some(&b"\"id4\""[..]));
        assert_eq!(ix.id(1), None);
        let mut out = Vec::new();
        ix.query(0, 0, &mut out);
        assert!(out.is_empty(), "evicted document not found");
        ix.query(4 * 0x1111, 0, &mut out);
        assert_eq!(out, vec![Candidate { seq: 4, distance: 0 }]);
    }

    #[test]
    fn evicts_by_time() {
        let mut ix = SimIndex::new(3, 10, 3);
        for t in [5u32, 6, 7, 8] {
            ix.insert(DocEntry { time: t, ..doc(u64::from(t)) }, b"1");
        }
        assert_eq!(ix.evict_before(7), 2);
        assert_eq!(ix.len(), 2);
    }

    fn brute(fps: &[(u64, u64)], q: u64, k: u32) -> Vec<Candidate> {
        let mut v: Vec<Candidate> = fps
            .iter()
            .filter(|(_, f)| hamming(*f, q) <= k)
            .map(|(s, f)| Candidate { seq: *s, distance: hamming(*f, q) })
            .collect();
        v.sort_unstable_by_key(|c| (c.distance, c.seq));
        v
    }

    proptest! {
        #[test]
        fn vector_tag_check_equals_the_scalar_one(
            entries in proptest::collection::vec((any::<u32>(), any::<u32>()), 8),
            q in any::<u32>(),
            flip in proptest::collection::vec(0u32..32, 0..12),
            budget in 0u32..12,
        ) {
            let mut bucket = [[0u32; 2]; BUCKET];
            for (i, (s, t)) in entries.iter().enumerate() {
                // Half the tags near the query, so that both outcomes are exercised.
                let near = flip.iter().fold(q, |x, b| x ^ (1 << b));
                bucket[i] = [*s, if i % 2 == 0 { near } else { *t }];
            }
            prop_assert_eq!(close_tags(&bucket, q, budget), close_tags_scalar(&bucket, q, budget));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn index_agrees_with_brute_force(
            k in 0u32..=8,
            max_tables in 1usize..=4,
            base in proptest::collection::vec(any::<u64>(), 1..40),
            flips in proptest::collection::vec((0usize..40, any::<u64>(), 0u32..12), 0..200),
            cap in 5usize..300,
        ) {
            let mut ix = SimIndex::new(k, cap, max_tables);
            let mut held: Vec<(u64, u64)> = Vec::new();
            // Near copies of a few base fingerprints, so that many fall within k.
            for (b, r, nbits) in flips {
                let mut fp = base[b % base.len()];
                let mut rr = r;
                for _ in 0..nbits { fp ^= 1 << (rr % 64); rr = rr.rotate_left(7) ^ 0x9E37; }
                let seq = ix.insert(doc(fp), b"x");
                held.push((seq, fp));
                if held.len() > cap { held.remove(0); }
            }
            for t in &ix.tables {
                prop_assert!(t.spill_counts_hold(&ix.fps));
            }
            let mut out = Vec::new();
            for q in base.iter().chain(held.iter().map(|(_, f)| f).take(10)) {
                ix.query(*q, k, &mut out);
                prop_assert_eq!(&out, &brute(&held, *q, k));
            }
        }
    }
}

#[cfg(test)]
mod exact_table_tests {
    use super::*;

    #[test]
    fn related_hash_halves_do_not_share_one_home() {
        // Regression: the home was `lo ^ hi`, so hashes whose halves are complements all went
        // to one bucket and every insert walked the whole run (the index bench took minutes).
        let n = 20_000u64;
        let hashes: Vec<u128> = (0..n)
            .map(|i| {
                let fp = i.wrapping_mul(0x2545_F491_4F6C_DD1D);
                u128::from(fp) << 64 | u128::from(!fp)
            })
            .collect();
        let mut t = ExactTable::new();
        for (s, h) in hashes.iter().enumerate() {
            t.insert(*h, s as u32, &hashes);
        }
        let len = t.buckets.len();
        let mut longest = 0;
        for (b, bucket) in t.buckets.iter().enumerate() {
            for &s in bucket.iter().filter(|s| **s != EMPTY) {
                longest = longest.max((b + len - t.home(hashes[s as usize])) % len);
            }
        }
        assert!(longest < 32, "an entry sits {longest} buckets past its home");
        for (s, h) in hashes.iter().enumerate() {
            assert_eq!(t.find(*h, &hashes), Some(s as u32));
        }
    }
}
