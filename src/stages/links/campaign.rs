//! Cross-document evidence: a link campaign is one off-site target (homepage, shortener or
//! promotional page) linked from records of many different sites.
//!
//! Popular news and reference sites are cited from many sites too, but as *deep* links to
//! neutral pages; only homepages, shorteners and links with promotional vocabulary take part
//! (see `Scored::campaign_eligible`), and allowlisted domains never do. The tracker runs in
//! input order, so the same stream always gives the same decisions: the record that brings
//! the `min_sites`-th distinct site and every later one get the signal.

use crate::stages::bounded::{CappedMap, Weighted};

/// Most distinct sites remembered per target.
pub(crate) const MAX_SITES: usize = 8;

/// The distinct sites (hashes of registrable domains) seen linking one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Sites {
    pub(crate) sites: [u32; MAX_SITES],
    pub(crate) n: u8,
}

impl Weighted for Sites {
    fn weight(&self) -> u32 {
        u32::from(self.n)
    }
}

/// Counts distinct linking sites per target, within a memory bound.
#[derive(Debug, Clone)]
pub(crate) struct CampaignTracker {
    pub(crate) map: CappedMap<Sites>,
    pub(crate) min_sites: usize,
}

impl CampaignTracker {
    pub(crate) fn new(min_sites: usize, max_targets: usize) -> Self {
        CampaignTracker { map: CappedMap::new(max_targets), min_sites: min_sites.clamp(1, MAX_SITES) }
    }

    /// Records that a record of `site` links `target`; returns whether the target is now linked
    /// from at least `min_sites` distinct sites.
    pub(crate) fn observe(&mut self, target: u64, site: u64) -> bool {
        let site = (site >> 32) as u32 ^ site as u32;
        let e = self.map.entry_or_insert_with(target, Sites::default);
        let n = usize::from(e.n);
        if !e.sites[..n].contains(&site) && n < MAX_SITES {
            e.sites[n] = site;
            e.n += 1;
        }
        usize::from(e.n) >= self.min_sites
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_needs_distinct_sites() {
        let mut t = CampaignTracker::new(3, 100);
        assert!(!t.observe(1, 10));
        assert!(!t.observe(1, 10));
        assert!(!t.observe(1, 11));
        assert!(t.observe(1, 12));
        assert!(t.observe(1, 10));
        assert!(!t.observe(2, 10));
    }
}
