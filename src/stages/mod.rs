//! The cleaning stages. **Pure and synchronous**: nothing in this module tree does I/O, reads
//! a clock or uses a runtime (`.ci/run` greps for it), so every stage is testable on `&str`.
//!
//! Each stage follows one contract in two parts, which is how gleaner stays deterministic for
//! any number of threads:
//!
//! * a **per-record** part that depends on the record alone (finding links and scoring them,
//!   tokens and fingerprints of paragraphs, in-document repeats, title echoes), run in parallel
//!   on `&self`;
//! * a **stream** part that carries state across records (link campaigns, site boilerplate,
//!   the near-duplicate index), run on `&mut self` strictly in input order.
//!
//! Detectors never edit text. They report byte spans, and [`apply_findings`] removes them in
//! one place, copying every other byte unchanged; the same decisions become the record's
//! explanation.

pub(crate) mod bounded;
pub(crate) mod links;
pub(crate) mod neardup;
pub(crate) mod repeats;

use std::ops::Range;

use crate::text::ByteSpan;
use neardup::simhash::{BitCounts, MinSketch};

/// What the per-record part knows about one paragraph.
#[derive(Debug, Clone)]
pub(crate) struct ParaInfo {
    /// The paragraph in the text.
    pub span: ByteSpan,
    /// Its tokens in the record's token buffer.
    pub tok: Range<u32>,
    /// How many of its tokens are characters of unspaced scripts.
    pub cjk: u32,
    /// 128-bit hash of its token sequence (its identity after normalisation).
    pub hash: u128,
    /// Bit counts of its shingle features.
    pub counts: BitCounts,
    /// Min-hash of its shingles.
    pub mins: MinSketch,
    /// Bit map of its tokens holding digits (see `neardup::digits`).
    pub digits: u128,
    /// Its own simhash.
    pub simhash: u64,
    /// Bit map of its words other than stopwords (one of 64 bits each): a quick bound on how
    /// many distinct words two paragraphs can share.
    pub words: u64,
}

impl ParaInfo {
    pub(crate) fn tokens(&self) -> usize {
        (self.tok.end - self.tok.start) as usize
    }
}

/// Removes `spans` from `text` and returns the rest. Spans may overlap or touch; they are
/// sorted and merged first. Bytes outside every span are copied unchanged.
pub fn apply_findings(text: &str, spans: &mut [ByteSpan]) -> String {
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans.iter() {
        if s.end <= at {
            continue;
        }
        let start = s.start.max(at);
        out.push_str(&text[at..start]);
        at = s.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn merges_overlapping_spans() {
        let mut s = vec![ByteSpan::new(4, 8), ByteSpan::new(0, 2), ByteSpan::new(6, 10)];
        assert_eq!(apply_findings("0123456789ab", &mut s), "23ab");
        assert_eq!(apply_findings("abc", &mut []), "abc");
    }

    proptest! {
        #[test]
        fn text_outside_spans_is_unchanged(t in "[a-z ]{0,40}", cuts in proptest::collection::vec((0usize..40, 0usize..6), 0..5)) {
            let mut spans: Vec<ByteSpan> = cuts.iter()
                .filter(|(a, _)| *a <= t.len())
                .map(|(a, l)| ByteSpan::new(*a, (*a + l).min(t.len())))
                .collect();
            let out = apply_findings(&t, &mut spans);
            let kept: String = t.char_indices()
                .filter(|(i, _)| !spans.iter().any(|s| s.start <= *i && *i < s.end))
                .map(|(_, c)| c)
                .collect();
            prop_assert_eq!(out, kept);
        }
    }
}
