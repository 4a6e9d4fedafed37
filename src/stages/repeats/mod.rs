//! Repeated paragraphs: inside a document ([`in_doc`]), echoes of the title ([`title`]) and
//! boilerplate a site repeats across its documents ([`boilerplate`]).
//!
//! In-document repeats and title echoes depend on one record only and are found in parallel;
//! which of two near repeats goes (the one that carried a removed link, else the later one) is
//! settled in input order once link decisions are final. Boilerplate counts carry state across
//! records and are applied in input order.

pub(crate) mod boilerplate;
pub(crate) mod in_doc;
pub(crate) mod title;

use serde::{Deserialize, Serialize};

use super::ParaInfo;

/// `[repeats]`: repeated paragraphs inside one document and title echoes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RepeatsConfig {
    /// Shortest paragraph, in words, whose repeat is removed. Shorter lines repeat naturally
    /// (list items, labels, refrains). Chosen by measurement: see the README.
    pub min_words: usize,
    /// The same for paragraphs mostly in scripts written without spaces, in characters.
    pub min_cjk_chars: usize,
    /// Most tokens one near repeat may add at its two ends together.
    pub max_edge_tokens: usize,
    /// Shortest paragraph, in tokens, compared by simhash for near repeats.
    pub near_min_tokens: usize,
    /// Largest Hamming distance between paragraph simhashes of near repeats.
    pub near_distance: u32,
    /// Smallest estimated Jaccard similarity confirming a simhash near repeat.
    pub near_jaccard: f32,
    /// Smallest share of the longer paragraph's tokens that two paragraphs of at least
    /// `near_min_tokens` tokens share in the same order (their longest common subsequence),
    /// with the same numbers, for one to be a near repeat of the other: a copy with a few of
    /// its words swapped ("spun"). 1 turns the check off.
    pub aligned_ratio: f32,
    /// The same, lower, when one of the two carries a pasted link to another site (removed,
    /// or kept with a positive score): the spun copy a spam injector wraps its link in.
    pub aligned_ratio_link: f32,
    /// Remove paragraphs that repeat the title.
    pub title_echo: bool,
    /// Titles shorter than this (in tokens) are not looked for.
    pub title_min_tokens: usize,
    /// Most tokens a title echo may add around the title (a site name, breadcrumbs).
    pub title_max_extra: usize,
    /// Shortest part of a title, in tokens, that counts as an echo.
    pub title_min_part: usize,
}

impl Default for RepeatsConfig {
    fn default() -> Self {
        RepeatsConfig {
            min_words: 10,
            min_cjk_chars: 50,
            max_edge_tokens: 5,
            near_min_tokens: 16,
            near_distance: 3,
            near_jaccard: 0.5,
            aligned_ratio: 0.8,
            aligned_ratio_link: 0.5,
            title_echo: true,
            title_min_tokens: 3,
            title_max_extra: 5,
            title_min_part: 5,
        }
    }
}

impl RepeatsConfig {
    /// Shortest length (in tokens) at which a repeat of `p` counts.
    pub(crate) fn min_len(&self, p: &ParaInfo) -> usize {
        let n = (p.tok.end - p.tok.start) as usize;
        if 2 * p.cjk as usize > n { self.min_cjk_chars } else { self.min_words }.max(1)
    }

    /// Most tokens a containment may leave over for a contained paragraph of `n` tokens.
    pub(crate) fn max_extra(&self, n: usize) -> usize {
        self.max_edge_tokens.min((n / 3).max(1))
    }
}

/// `[boilerplate]`: paragraphs a site repeats across its documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoilerplateConfig {
    /// Remove site boilerplate at all.
    pub enabled: bool,
    /// A paragraph is boilerplate from the `min_docs`-th kept document of a site holding it.
    pub min_docs: u32,
    /// The same for paragraphs of at least `long_tokens` tokens.
    pub long_min_docs: u32,
    /// Paragraphs this long (in tokens) use `long_min_docs`.
    pub long_tokens: usize,
    /// Most (site, paragraph) counters held; the least seen are pruned first.
    pub max_entries: usize,
}

impl Default for BoilerplateConfig {
    fn default() -> Self {
        BoilerplateConfig { enabled: true, min_docs: 3, long_min_docs: 10, long_tokens: 16, max_entries: 1_000_000 }
    }
}
