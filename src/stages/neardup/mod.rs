//! Near-duplicate documents: fingerprints, the index, and the decision.
//!
//! [`NearDupConfig`] (serde, `[neardup]`) builds a [`NearDupFilter`]: a [`SimIndex`] plus the
//! rules that turn index candidates into a verdict. A candidate becomes a duplicate when
//!
//! 1. its 128-bit exact hash equals the record's (an exact copy after normalisation: certain,
//!    whatever `k`), or
//! 2. its simhash is within the record's bit threshold (`k`, or `k_short` for short texts,
//!    whose fingerprints are noisier) **and** the min-hash sketches kept beside the
//!    fingerprints estimate a Jaccard similarity of at least `confirm_jaccard`.
//!
//! The second check is what lets `k` grow past the classic 3 for recall without giving up
//! precision: simhash alone merges texts that merely share a template or a topic.

pub(crate) mod index;
pub(crate) mod simhash;
pub(crate) mod wire;

pub use index::{Candidate, DocEntry, Plan, SimIndex};
use serde::{Deserialize, Serialize};
pub use simhash::{DigitSketch, Sketch, hamming, simhash, simhash_reference};

/// Words left out of single-word simhash features (see the file's header).
pub(crate) const STOPWORDS: &str = include_str!("stopwords.txt");

/// The token hashes of [`STOPWORDS`], behind a 4096-bit filter: most tokens are not
/// stopwords, and the filter says so with one bit test instead of a hash-table probe.
#[derive(Debug, Clone)]
pub(crate) struct Stopwords {
    bits: [u64; 64],
    set: crate::stages::bounded::PrehashedSet,
}

impl Default for Stopwords {
    fn default() -> Self {
        Stopwords { bits: [0; 64], set: Default::default() }
    }
}

impl Stopwords {
    #[inline]
    fn bit(h: u64) -> (usize, u64) {
        let b = (h >> 52) as usize;
        (b >> 6, 1 << (b & 63))
    }

    #[inline]
    pub(crate) fn contains(&self, h: u64) -> bool {
        let (w, m) = Self::bit(h);
        self.bits[w] & m != 0 && self.set.contains(&h)
    }
}

pub(crate) fn stopword_hashes() -> Stopwords {
    let mut t = crate::text::Tokens::default();
    for w in STOPWORDS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        crate::text::tokenize(w.trim(), &mut t);
    }
    let mut s = Stopwords::default();
    for h in t.hashes {
        let (w, m) = Stopwords::bit(h);
        s.bits[w] |= m;
        s.set.insert(h);
    }
    s
}

/// `[neardup]`: fingerprints and the near-duplicate decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NearDupConfig {
    /// Largest Hamming distance between simhashes of near-duplicates (0 to 8).
    pub k: u32,
    /// Bit threshold for short texts (fewer than `short_features` features).
    pub k_short: u32,
    /// Texts with fewer features than this use `k_short`.
    pub short_features: u32,
    /// Texts with fewer features than this are only matched as exact copies.
    pub min_features: u32,
    /// Simhash features are the distinct word n-grams of each paragraph for n = 1 up to this
    /// (measured: see the README).
    pub simhash_words: usize,
    /// The same in characters, for texts in scripts written without spaces.
    pub simhash_chars: usize,
    /// Words per shingle of the confirming sketch.
    pub sketch_words: usize,
    /// Characters per shingle of the confirming sketch, for unspaced scripts.
    pub sketch_chars: usize,
    /// A text whose tokens are at least this share of characters of unspaced scripts (Han,
    /// kana, Thai, ...) uses character shingles.
    pub cjk_ratio: f32,
    /// Smallest estimated Jaccard similarity (of shingle sets) that confirms a candidate.
    pub confirm_jaccard: f32,
    /// Smallest estimated Jaccard similarity of the sets of tokens holding digits (numbers,
    /// dates, model names) that confirms a candidate, when both texts have enough of them.
    /// Texts stamped from one template differ there.
    pub confirm_digits: f32,
    /// Most fingerprints held; beyond it the oldest are evicted first.
    pub max_docs: usize,
    /// Memory budget per indexed document in bytes (ids excluded); sets the number of tables.
    pub bytes_per_doc: usize,
    /// Evict fingerprints older than this many seconds (0: never). Meant for the daemon.
    pub window_secs: u64,
}

impl Default for NearDupConfig {
    fn default() -> Self {
        NearDupConfig {
            k: 8,
            k_short: 4,
            short_features: 64,
            min_features: 8,
            simhash_words: 1,
            simhash_chars: 2,
            sketch_words: 3,
            sketch_chars: 4,
            cjk_ratio: 0.3,
            confirm_jaccard: 0.72,
            confirm_digits: 0.5,
            max_docs: 10_000_000,
            bytes_per_doc: 128,
            window_secs: 0,
        }
    }
}

impl NearDupConfig {
    /// The bit threshold for a text with `features` features: `k`, `k_short` for short texts,
    /// 0 (exact copies only) below `min_features`.
    pub(crate) fn k_for(&self, features: u32) -> u32 {
        if features < self.min_features {
            0
        } else if features < self.short_features {
            self.k_short.min(self.k)
        } else {
            self.k
        }
    }

    /// Number of tables the memory budget affords.
    pub fn max_tables(&self) -> usize {
        let spare = self.bytes_per_doc.saturating_sub(SimIndex::DOC_BYTES);
        (spare / SimIndex::TABLE_BYTES_PER_DOC).max(1)
    }
}

/// What a record's cleaned text looks like to the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    pub fp: u64,
    pub exact: u128,
    pub sketch: Sketch,
    pub digits: DigitSketch,
    pub features: u32,
}

/// A duplicate found: which earlier document, at what distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Match {
    pub seq: u64,
    pub distance: u32,
    pub exact: bool,
    /// Estimated Jaccard similarity of the two texts' shingle sets (1 for exact copies).
    pub similarity: f32,
}

/// The built near-duplicate filter.
#[derive(Debug, Clone)]
pub(crate) struct NearDupFilter {
    pub(crate) config: NearDupConfig,
    pub(crate) index: SimIndex,
    scratch: Vec<Candidate>,
}

impl NearDupFilter {
    pub(crate) fn new(config: &NearDupConfig) -> Self {
        NearDupFilter {
            index: SimIndex::new(config.k, config.max_docs, config.max_tables()),
            config: config.clone(),
            scratch: Vec::new(),
        }
    }

    /// The bit threshold for a text with `features` features.
    pub(crate) fn k_for(&self, features: u32) -> u32 {
        self.config.k_for(features)
    }

    /// The earliest-best duplicate of `f` among held documents, if any: exact copies first,
    /// then confirmed near copies by distance, then by age.
    pub(crate) fn check(&mut self, f: &Fingerprint) -> Option<Match> {
        if let Some(seq) = self.index.find_exact(f.exact) {
            // Same normalised text: distance 0 by definition, even if boilerplate removal has
            // since shifted the fingerprint of one of them.
            return Some(Match { seq, distance: 0, exact: true, similarity: 1.0 });
        }
        let k = self.k_for(f.features);
        let mut cands = std::mem::take(&mut self.scratch);
        self.index.query(f.fp, k, &mut cands);
        let mut best: Option<Match> = None;
        // Candidates come sorted by distance, then age: an exact copy (distance 0) is met
        // before any near copy at a larger distance, and replaces a near copy met first.
        for c in &cands {
            let d = self.index.doc(c.seq).expect("query returns held documents");
            if d.exact == f.exact {
                best = Some(Match { seq: c.seq, distance: c.distance, exact: true, similarity: 1.0 });
                break;
            }
            if best.is_none() && f.features >= self.config.min_features {
                let j = f.sketch.jaccard(&d.sketch).unwrap_or(0.0);
                let digits_agree = f.digits.jaccard(&d.digits).is_none_or(|x| x >= self.config.confirm_digits);
                if j >= self.config.confirm_jaccard && digits_agree {
                    best = Some(Match { seq: c.seq, distance: c.distance, exact: false, similarity: j });
                }
            }
        }
        self.scratch = cands;
        best
    }

    pub(crate) fn insert(&mut self, f: &Fingerprint, id: &[u8], time: u32) -> u64 {
        if self.config.window_secs > 0 {
            let min = u64::from(time).saturating_sub(self.config.window_secs);
            self.index.evict_before(min.min(u64::from(u32::MAX)) as u32);
        }
        self.index.insert(DocEntry { fp: f.fp, exact: f.exact, sketch: f.sketch, digits: f.digits, time }, id)
    }
}
