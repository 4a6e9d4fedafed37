//! Boilerplate across documents: a paragraph that a site repeats in many of its documents.
//!
//! Counts are per site (the registrable domain of the record's `url`; records without one
//! share a default group), so a quote carried by several different sites is never boilerplate.
//! Only kept documents are counted (a duplicate article would otherwise turn its own body into
//! boilerplate), each distinct paragraph once per document. A paragraph becomes boilerplate in
//! the `min_docs`-th document that holds it; long paragraphs, which measurement shows are
//! mostly story content repeated in follow-ups, need `long_min_docs`. Memory is bounded by a
//! [`CappedMap`] of `max_entries` counters that prunes the paragraphs seen least first.

use crate::stages::bounded::CappedMap;
use crate::stages::neardup::simhash::fmix64;

/// Per-site paragraph document counts.
#[derive(Debug, Clone)]
pub(crate) struct BoilerplateTracker {
    pub(crate) counts: CappedMap<u32>,
    pub(crate) min_docs: u32,
    pub(crate) long_min_docs: u32,
    pub(crate) long_tokens: usize,
}

/// The counter key of a paragraph hash within a site.
pub(crate) fn key(site: u64, para: u64) -> u64 {
    fmix64(site.rotate_left(23) ^ para)
}

impl BoilerplateTracker {
    pub(crate) fn new(min_docs: u32, long_min_docs: u32, long_tokens: usize, max_entries: usize) -> Self {
        BoilerplateTracker { counts: CappedMap::new(max_entries), min_docs, long_min_docs, long_tokens }
    }

    /// Whether a paragraph of `tokens` tokens with hash `para` is boilerplate of `site`, given
    /// the documents counted so far (this one not yet).
    pub(crate) fn is_boilerplate(&self, site: u64, para: u64, tokens: usize) -> bool {
        if tokens == 0 {
            return false;
        }
        let need = if tokens >= self.long_tokens { self.long_min_docs } else { self.min_docs };
        self.counts.get(key(site, para)).is_some_and(|&c| c + 1 >= need)
    }

    /// Counts one kept document holding the (distinct) paragraph hashes `paras`.
    pub(crate) fn record(&mut self, site: u64, paras: &[u64]) {
        for &p in paras {
            let c = self.counts.entry_or_insert_with(key(site, p), || 0);
            *c = c.saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn third_document_of_a_site_drops_its_repeated_paragraph() {
        let mut b = BoilerplateTracker::new(3, 10, 16, 1000);
        assert!(!b.is_boilerplate(1, 42, 5));
        b.record(1, &[42]);
        assert!(!b.is_boilerplate(1, 42, 5));
        b.record(1, &[42]);
        assert!(b.is_boilerplate(1, 42, 5), "third document");
        assert!(!b.is_boilerplate(2, 42, 5), "another site");
        assert!(!b.is_boilerplate(1, 42, 20), "long paragraphs need more documents");
    }
}
