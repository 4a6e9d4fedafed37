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

/// Per-site paragraph document counts. The rule that turns a count into a decision is
/// [`reaches`], so that counts held elsewhere (the shared index in Redis) decide the same way.
#[derive(Debug, Clone)]
pub(crate) struct BoilerplateTracker {
    pub(crate) counts: CappedMap<u32>,
}

/// The counter key of a paragraph hash within a site.
pub(crate) fn key(site: u64, para: u64) -> u64 {
    fmix64(site.rotate_left(23) ^ para)
}

impl BoilerplateTracker {
    pub(crate) fn new(max_entries: usize) -> Self {
        BoilerplateTracker { counts: CappedMap::new(max_entries) }
    }

    /// The count of a counter key (see [`key`]): kept documents holding that paragraph.
    pub(crate) fn count(&self, key: u64) -> Option<u32> {
        self.counts.get(key).copied()
    }

    /// Counts one kept document for one counter key.
    pub(crate) fn record_key(&mut self, key: u64) {
        let c = self.counts.entry_or_insert_with(key, || 0);
        *c = c.saturating_add(1);
    }
}

/// Whether a paragraph of `tokens` tokens that `count` earlier kept documents of its site held
/// is boilerplate in this one (the `min_docs`-th document, `long_min_docs` for long ones).
pub(crate) fn reaches(
    count: Option<u32>,
    tokens: usize,
    min_docs: u32,
    long_min_docs: u32,
    long_tokens: usize,
) -> bool {
    if tokens == 0 {
        return false;
    }
    let need = if tokens >= long_tokens { long_min_docs } else { min_docs };
    count.is_some_and(|c| c + 1 >= need)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn third_document_of_a_site_drops_its_repeated_paragraph() {
        let mut b = BoilerplateTracker::new(1000);
        let is_bp = |b: &BoilerplateTracker, site, tokens| reaches(b.count(key(site, 42)), tokens, 3, 10, 16);
        assert!(!is_bp(&b, 1, 5));
        b.record_key(key(1, 42));
        assert!(!is_bp(&b, 1, 5));
        b.record_key(key(1, 42));
        assert!(is_bp(&b, 1, 5), "third document");
        assert!(!is_bp(&b, 2, 5), "another site");
        assert!(!is_bp(&b, 1, 20), "long paragraphs need more documents");
        assert!(!is_bp(&b, 1, 0), "a paragraph without tokens never is");
    }
}
