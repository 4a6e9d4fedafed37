//! Near-duplicate documents: fingerprints, the index, and the decision.
//!
//! [`NearDupConfig`] (serde, `[neardup]`) builds a [`NearDupFilter`]: a [`SimIndex`] plus the
//! rules that turn index candidates into a verdict. A candidate becomes a duplicate when
//!
//! 1. its 128-bit exact hash equals the record's (an exact copy after normalisation: certain,
//!    whatever `k`), or
//! 2. its simhash is within the record's bit threshold (`k`, or `k_short` for short texts,
//!    whose fingerprints are noisier) **and** the min-hash sketches kept beside the
//!    fingerprints estimate a Jaccard similarity of at least `confirm_jaccard` **and** the
//!    two texts' tokens holding digits agree ([`digits`]): similar enough (`confirm_digits`),
//!    and not each holding `differing_digits` or more that the other lacks.
//!
//! The second check is what lets `k` grow past the classic 3 for recall without giving up
//! precision: simhash alone merges texts that merely share a template or a topic, and the
//! digit check keeps apart texts stamped from one template, which share their text but were
//! filled with different facts.

pub(crate) mod digits;
pub(crate) mod index;
pub(crate) mod simhash;
pub(crate) mod wire;

use digits::DigitRule;
pub use digits::DigitSketch;
pub use index::{Candidate, DocEntry, Plan, SimIndex};
use serde::{Deserialize, Serialize};
pub use simhash::{Sketch, hamming, simhash, simhash_reference};

/// Words left out of single-word simhash features (see the file's header).
pub(crate) const STOPWORDS: &str = include_str!("stopwords.txt");

/// The token hashes of [`STOPWORDS`] in a small open-addressing table (a few hundred words in
/// a table of 2048 slots, 16 KiB: it stays in the L1 cache), looked up by the hash's top bits.
/// Every token of every paragraph is tested, so the test is one load and a compare for most
/// tokens; a general-purpose hash set cost about three times as much here.
#[derive(Debug, Clone)]
pub(crate) struct Stopwords {
    /// Slot `h >> SHIFT` (or the next ones) holds `h`; 0 marks an empty slot (a zero hash is
    /// kept in `zero`).
    slots: Box<[u64; STOP_SLOTS]>,
    zero: bool,
}

const STOP_SLOTS: usize = 2048;
const STOP_SHIFT: u32 = 64 - STOP_SLOTS.trailing_zeros();

impl Default for Stopwords {
    fn default() -> Self {
        Stopwords { slots: Box::new([0; STOP_SLOTS]), zero: false }
    }
}

impl Stopwords {
    #[inline]
    pub(crate) fn contains(&self, h: u64) -> bool {
        if h == 0 {
            return self.zero;
        }
        let mut i = (h >> STOP_SHIFT) as usize;
        loop {
            let e = self.slots[i];
            if e == h {
                return true;
            }
            if e == 0 {
                return false;
            }
            i = (i + 1) % STOP_SLOTS;
        }
    }

    fn insert(&mut self, h: u64) {
        if h == 0 {
            self.zero = true;
            return;
        }
        let mut i = (h >> STOP_SHIFT) as usize;
        while self.slots[i] != 0 && self.slots[i] != h {
            i = (i + 1) % STOP_SLOTS;
        }
        self.slots[i] = h;
    }
}

pub(crate) fn stopword_hashes() -> Stopwords {
    let mut t = crate::text::Tokens::default();
    for w in STOPWORDS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        crate::text::tokenize(w.trim(), &mut t);
    }
    // At most a quarter full, so that probe runs stay short (the list is compiled in).
    assert!(t.hashes.len() * 4 <= STOP_SLOTS, "stopwords.txt outgrew its table");
    let mut s = Stopwords::default();
    for h in t.hashes {
        s.insert(h);
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
    /// dates, model names) that confirms a candidate, when the two texts hold enough of them.
    /// Texts stamped from one template differ there.
    pub confirm_digits: f32,
    /// Two texts that *each* hold at least this many tokens with digits that the other lacks
    /// state different facts (two fillings of one template) and are not duplicates; a copy
    /// changes one number, or adds or drops numbers on one side only. 0 turns this off.
    pub differing_digits: u32,
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
            differing_digits: 2,
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

    /// The digit check of this configuration (shared with the Redis index's script).
    pub(crate) fn digit_rule(&self) -> DigitRule {
        DigitRule::new(self.confirm_digits, self.differing_digits)
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
    digits: DigitRule,
    scratch: Vec<Candidate>,
}

impl NearDupFilter {
    pub(crate) fn new(config: &NearDupConfig) -> Self {
        NearDupFilter {
            index: SimIndex::new(config.k, config.max_docs, config.max_tables()),
            digits: config.digit_rule(),
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
                if j >= self.config.confirm_jaccard && self.digits.agree(&f.digits, &d.digits) {
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

#[cfg(test)]
mod tests {
    use crate::record::{LinePos, Verdict};
    use crate::{Config, RenderOptions};

    #[test]
    fn stopword_table_holds_every_listed_word_and_nothing_else() {
        let stop = super::stopword_hashes();
        let mut listed = crate::text::Tokens::default();
        for w in super::STOPWORDS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            crate::text::tokenize(w.trim(), &mut listed);
        }
        assert!(listed.hashes.len() > 100);
        assert!(listed.hashes.iter().all(|h| stop.contains(*h)));
        let set: std::collections::HashSet<u64> = listed.hashes.iter().copied().collect();
        let mut other = crate::text::Tokens::default();
        crate::text::tokenize("simhash fingerprint Jakarta gambling quarterly parliament 2026 xylophone", &mut other);
        for h in other.hashes.iter().chain(&[0, 1, u64::MAX]) {
            assert_eq!(stop.contains(*h), set.contains(h), "{h:x}");
        }
    }

    /// A made-up vendor's update notice: one template, filled with a version, a date, a build,
    /// a count of fixes and what they fix.
    fn notice(version: &str, date: &str, build: &str, fixes: &str, what: &str) -> String {
        format!(
            "Acme Phone A-100 gets a software update\n\n\
             Acme said on {date} that version {version} (build {build}) of the system software for \
             the Acme Phone A-100 is now available over the air, with {fixes} fixes: {what}.\n\n\
             The update takes about ten minutes and is offered until the end of next year. \
             Owners are asked to install it as soon as they can.\n\n\
             Before updating, charge the battery fully and keep the charger connected. Do not \
             remove the battery while the update runs, or the phone may fail to start again.\n\n\
             The update cannot be installed during a call, while roaming abroad, in flight mode, \
             when the date and time are wrong, or when storage is nearly full.\n\n\
             Messages received during the update are kept by the network and delivered once the \
             phone restarts. Alarms and calls to emergency numbers do not work meanwhile.\n\n\
             The phone sends its model and serial number to the update server, which uses them \
             for nothing else. If the update fails, take the phone to a repair counter.\n\n\
             Written by the news desk. Related: the Acme support pages, our earlier reviews."
        )
    }

    fn verdicts(config: &Config, texts: &[String]) -> Vec<Verdict> {
        let mut engine = config.build().expect("valid config");
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let line = serde_json::json!({"id": format!("n{i}"), "url": "", "title": "", "text": t});
                let out = engine.process_line(
                    line.to_string().as_bytes(),
                    LinePos { input: 0, line: i as u64 + 1 },
                    "-",
                    RenderOptions::default(),
                );
                out.verdict.expect("well-formed line")
            })
            .collect()
    }

    #[test]
    fn template_fillings_with_different_facts_are_not_duplicates() {
        let a = notice("4.2", "12 March 2024", "7781", "3", "a crash when the camera opens");
        // The template filled again: another version, date, build and fix.
        let b = notice("4.3", "28 May 2024", "7954", "5", "a crash when the camera opens in the dark");
        // A copy of `a` that corrects one number: still a copy.
        let a2 = notice("4.2", "12 March 2024", "7781", "4", "a crash when the camera opens");
        let c = Config::default();
        assert_eq!(
            verdicts(&c, &[a.clone(), b.clone(), a2.clone()]),
            [Verdict::Kept, Verdict::Kept, Verdict::Duplicate]
        );
        // The texts alone would call `b` a copy: only the digit check keeps the two apart.
        let mut off = Config::default();
        off.neardup.differing_digits = 0;
        off.neardup.confirm_digits = 0.0;
        assert_eq!(verdicts(&off, &[a, b]), [Verdict::Kept, Verdict::Duplicate]);
    }
}
