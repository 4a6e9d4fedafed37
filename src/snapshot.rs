//! The engine's state as bytes: versioned, self-describing, checksummed. Pure: no files here
//! (see [`crate::state`]).
//!
//! Layout (little-endian):
//!
//! ```text
//! magic "GLNRSNAP" · version u32 · fingerprint parameters · stream position · totals (JSON)
//! · documents (oldest first: fp, exact, sketch, digit map, time, id) · boilerplate counters (sorted)
//! · campaign targets (sorted) · xxh3-64 of everything before it
//! ```
//!
//! The fingerprint parameters (token seed, shingle sizes, script ratio, sketch size) are
//! checked on load: fingerprints made under other parameters cannot be compared, so such a
//! snapshot is refused rather than silently mixed. The index's tables are not stored; they are
//! rebuilt from the documents, so a snapshot can be loaded under another `k` or memory budget.

use xxhash_rust::xxh3::xxh3_64;

use crate::engine::{Engine, Totals};
use crate::record::LinePos;
use crate::stages::links::campaign::{MAX_SITES, Sites};
use crate::stages::neardup::digits::DIGIT_BITS;
use crate::stages::neardup::simhash::SKETCH_BINS;
use crate::stages::neardup::{DigitSketch, DocEntry, Sketch};
use crate::text::TOKEN_SEED;

const MAGIC: &[u8; 8] = b"GLNRSNAP";
/// Format version; bumped on any change of layout or of fingerprint computation. 2: the 16
/// bytes after the sketch are a bit map of the tokens holding digits, no longer a min-hash.
pub const VERSION: u32 = 2;

/// Why a snapshot could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SnapshotError {
    /// Not a gleaner snapshot.
    #[error("not a gleaner snapshot (bad magic number)")]
    BadMagic,
    /// Written by another version of the format.
    #[error("snapshot format version {found}, this gleaner reads version {VERSION}")]
    Version {
        /// The version found.
        found: u32,
    },
    /// Shorter than its contents say (a torn write).
    #[error("snapshot is truncated ({0} bytes)")]
    Truncated(usize),
    /// Contents do not match the checksum (corruption).
    #[error("snapshot checksum mismatch (truncated or corrupt file)")]
    Checksum,
    /// Made with other fingerprint parameters.
    #[error("snapshot made with {what} = {found}, configuration says {expected}")]
    Incompatible {
        /// The parameter.
        what: &'static str,
        /// In the snapshot.
        found: String,
        /// In the configuration.
        expected: String,
    },
    /// Structurally invalid despite a valid checksum.
    #[error("snapshot is malformed: {0}")]
    Malformed(String),
}

/// Where in the input stream the snapshot was taken.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StreamPosition {
    /// Name of the input holding the last record processed.
    pub input: String,
    /// Its 1-based line number.
    pub line: u64,
    /// Records processed in the run that wrote the snapshot.
    pub records: u64,
}

impl StreamPosition {
    /// The position after `pos` in `names`.
    pub fn at(names: &[String], pos: Option<LinePos>, records: u64) -> Self {
        match pos {
            Some(p) => StreamPosition {
                input: names.get(p.input as usize).cloned().unwrap_or_default(),
                line: p.line,
                records,
            },
            None => StreamPosition { input: String::new(), line: 0, records },
        }
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SnapshotError> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.b.len());
        let end =
            end.ok_or_else(|| SnapshotError::Malformed(format!("field runs past the end at byte {}", self.at)))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, SnapshotError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, SnapshotError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("took 4 bytes")))
    }
    fn u64(&mut self) -> Result<u64, SnapshotError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("took 8 bytes")))
    }
    fn bytes(&mut self) -> Result<&'a [u8], SnapshotError> {
        let n = self.u64()?;
        let n = usize::try_from(n).map_err(|_| SnapshotError::Malformed("length overflow".into()))?;
        self.take(n)
    }
    /// A count of items of at least `min_item` bytes each, checked against what is left.
    fn count(&mut self, min_item: usize) -> Result<usize, SnapshotError> {
        let n = self.u64()?;
        let left = (self.b.len() - self.at) as u64;
        if n.saturating_mul(min_item as u64) > left {
            return Err(SnapshotError::Malformed(format!("count {n} exceeds the remaining {left} bytes")));
        }
        Ok(n as usize)
    }
}

fn params(e: &Engine) -> [(&'static str, u64); 9] {
    let nd = &e.analyzer.neardup;
    [
        ("token_seed", TOKEN_SEED),
        ("neardup.simhash_words", nd.simhash_words as u64),
        ("neardup.simhash_chars", nd.simhash_chars as u64),
        ("neardup.sketch_words", nd.sketch_words as u64),
        ("neardup.sketch_chars", nd.sketch_chars as u64),
        ("neardup.cjk_ratio", u64::from(nd.cjk_ratio.to_bits())),
        ("sketch_bins", SKETCH_BINS as u64),
        ("digit_bits", DIGIT_BITS as u64),
        ("stopwords", xxhash_rust::xxh3::xxh3_64(crate::stages::neardup::STOPWORDS.as_bytes())),
    ]
}

/// Encodes the engine's state.
pub fn encode(e: &Engine, pos: &StreamPosition) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(64 + e.indexed() * 72));
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    for (_, v) in params(e) {
        w.u64(v);
    }
    w.bytes(&serde_json::to_vec(pos).expect("positions serialise"));
    w.bytes(&serde_json::to_vec(&e.state.totals).expect("totals serialise"));
    let ix = &e.state.neardup.index;
    w.u64(ix.len() as u64);
    for (d, id) in ix.iter() {
        w.u64(d.fp);
        w.0.extend_from_slice(&d.exact.to_le_bytes());
        w.0.extend_from_slice(&d.sketch.0);
        w.0.extend_from_slice(&d.digits.0);
        w.u32(d.time);
        w.bytes(id);
    }
    let bp = e.state.boilerplate.counts.sorted();
    w.u64(bp.len() as u64);
    for (k, c) in bp {
        w.u64(k);
        w.u32(*c);
    }
    let cp = e.state.campaign.map.sorted();
    w.u64(cp.len() as u64);
    for (k, s) in cp {
        w.u64(k);
        w.u8(s.n);
        for site in &s.sites[..usize::from(s.n)] {
            w.u32(*site);
        }
    }
    let sum = xxh3_64(&w.0);
    w.u64(sum);
    w.0
}

/// Replaces the engine's state with the snapshot's. On error the engine is unchanged.
///
/// # Errors
/// [`SnapshotError`] saying what is wrong with the bytes.
pub fn decode_into(e: &mut Engine, b: &[u8]) -> Result<StreamPosition, SnapshotError> {
    if b.len() < MAGIC.len() + 4 + 8 {
        return Err(if b.starts_with(&MAGIC[..b.len().min(8)]) {
            SnapshotError::Truncated(b.len())
        } else {
            SnapshotError::BadMagic
        });
    }
    if &b[..8] != MAGIC {
        return Err(SnapshotError::BadMagic);
    }
    let version = u32::from_le_bytes(b[8..12].try_into().expect("4 bytes"));
    if version != VERSION {
        return Err(SnapshotError::Version { found: version });
    }
    let (body, sum) = b.split_at(b.len() - 8);
    if xxh3_64(body) != u64::from_le_bytes(sum.try_into().expect("8 bytes")) {
        return Err(SnapshotError::Checksum);
    }
    let mut r = Reader { b: body, at: 12 };
    for (what, expected) in params(e) {
        let found = r.u64()?;
        if found != expected {
            let show = |v: u64| {
                if what == "neardup.cjk_ratio" { f32::from_bits(v as u32).to_string() } else { v.to_string() }
            };
            return Err(SnapshotError::Incompatible { what, found: show(found), expected: show(expected) });
        }
    }
    let pos: StreamPosition =
        serde_json::from_slice(r.bytes()?).map_err(|e| SnapshotError::Malformed(format!("position: {e}")))?;
    let totals: Totals =
        serde_json::from_slice(r.bytes()?).map_err(|e| SnapshotError::Malformed(format!("totals: {e}")))?;
    let mut state = e.state.clone();
    state.neardup = crate::stages::neardup::NearDupFilter::new(&e.analyzer.neardup);
    let n = r.count(8 + 16 + SKETCH_BINS + DIGIT_BITS / 8 + 4 + 8)?;
    for _ in 0..n {
        let fp = r.u64()?;
        let exact = u128::from_le_bytes(r.take(16)?.try_into().expect("16 bytes"));
        let sketch = Sketch(r.take(SKETCH_BINS)?.try_into().expect("SKETCH_BINS bytes"));
        let digits = DigitSketch(r.take(DIGIT_BITS / 8)?.try_into().expect("DIGIT_BITS / 8 bytes"));
        let time = r.u32()?;
        let id = r.bytes()?;
        state.neardup.index.insert(DocEntry { fp, exact, sketch, digits, time }, id);
    }
    state.boilerplate.counts = crate::stages::bounded::CappedMap::new(e.analyzer.boilerplate.max_entries);
    let n = r.count(12)?;
    for _ in 0..n {
        let k = r.u64()?;
        let c = r.u32()?;
        state.boilerplate.counts.insert(k, c);
    }
    state.campaign.map = crate::stages::bounded::CappedMap::new(e.analyzer.links.campaign_max_targets);
    let n = r.count(9)?;
    for _ in 0..n {
        let k = r.u64()?;
        let cnt = r.u8()?;
        if usize::from(cnt) > MAX_SITES {
            return Err(SnapshotError::Malformed(format!("campaign target with {cnt} sites")));
        }
        let mut s = Sites { n: cnt, ..Sites::default() };
        for i in 0..usize::from(cnt) {
            s.sites[i] = r.u32()?;
        }
        state.campaign.map.insert(k, s);
    }
    if r.at != body.len() {
        return Err(SnapshotError::Malformed(format!("{} unexpected bytes at the end", body.len() - r.at)));
    }
    state.totals = totals;
    e.state = state;
    Ok(pos)
}
