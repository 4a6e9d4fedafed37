//! Repeats inside one document: exact repeats, containment ("the same paragraph but for a few
//! words at its ends") and similar paragraphs (close simhashes, confirmed by their sketches).
//!
//! Work is linear in the number of paragraphs: exact repeats through a map of paragraph
//! hashes; containment through the first few tokens of each paragraph and its windows at the
//! few offsets a containment allows; similarity through four 16-bit blocks of the paragraph
//! simhash (two fingerprints within 3 bits share at least one block), with at most
//! [`BUCKET_CAP`] paragraphs compared per block.

use super::RepeatsConfig;
use crate::stages::ParaInfo;
use crate::stages::bounded::PrehashedMap;
use crate::stages::neardup::simhash::{fmix64, hamming};

/// Tokens hashed to find containment candidates.
const WINDOW: usize = 4;
/// Most paragraphs kept per simhash block value.
const BUCKET_CAP: usize = 8;

/// How a paragraph repeats an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RepeatKind {
    /// Same tokens after normalisation.
    Exact,
    /// One contains the other but for a few tokens at its ends.
    Contained,
    /// Simhashes within `near_distance` and sketches agreeing.
    Similar,
}

/// `later` repeats `earlier`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Repeat {
    pub later: usize,
    pub earlier: usize,
    pub kind: RepeatKind,
}

fn window_key(w: &[u64]) -> u64 {
    w.iter().fold(0x243F_6A88_85A3_08D3u64, |h, &t| fmix64(h ^ t))
}

/// Whether `short` occurs in `long` starting at `at` with at most `max_extra` tokens of `long`
/// left over at its two ends together.
fn contained_at(long: &[u64], short: &[u64], at: usize, max_extra: usize) -> bool {
    at + short.len() <= long.len() && long.len() - short.len() <= max_extra && &long[at..at + short.len()] == short
}

/// Documents with at most this many paragraphs compare them pairwise (no maps to build);
/// longer ones go through maps, so the work stays linear.
const PAIRWISE_MAX: usize = 64;

/// Finds, for each paragraph, the first earlier paragraph it repeats (if any): an exact repeat
/// first, else a containment, else a similar paragraph.
pub(crate) fn find_repeats(paras: &[ParaInfo], tokens: &[u64], cfg: &RepeatsConfig) -> Vec<Repeat> {
    if paras.len() <= PAIRWISE_MAX { find_pairwise(paras, tokens, cfg) } else { find_mapped(paras, tokens, cfg) }
}

fn toks_of<'a>(p: &ParaInfo, tokens: &'a [u64]) -> &'a [u64] {
    &tokens[p.tok.start as usize..p.tok.end as usize]
}

/// Whether one of `a`, `b` contains the other but for at most `max_extra(shorter)` tokens.
fn contains_either(a: &[u64], b: &[u64], cfg: &RepeatsConfig) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let extra = long.len() - short.len();
    extra >= 1
        && short.len() >= WINDOW.min(short.len())
        && extra <= cfg.max_extra(short.len())
        // The first tokens compared before the whole run: paragraphs of nearly equal length
        // are common, containments rare.
        && (0..=extra).any(|at| short.first().is_none_or(|f| long[at] == *f) && &long[at..at + short.len()] == short)
}

fn find_pairwise(paras: &[ParaInfo], tokens: &[u64], cfg: &RepeatsConfig) -> Vec<Repeat> {
    let mut out = Vec::new();
    let mut refs: Vec<usize> = Vec::with_capacity(paras.len());
    for (i, p) in paras.iter().enumerate() {
        let toks = toks_of(p, tokens);
        let n = toks.len();
        if n < cfg.min_len(p) {
            continue;
        }
        let similar_ok = n >= cfg.near_min_tokens;
        let (mut exact, mut contained, mut similar) = (None, None, None);
        for &j in &refs {
            let q = &paras[j];
            let qt = toks_of(q, tokens);
            if q.hash == p.hash && qt == toks {
                exact = Some(j);
                break;
            }
            if contained.is_none() && contains_either(toks, qt, cfg) {
                contained = Some(j);
            }
            if similar.is_none()
                && similar_ok
                && qt.len() >= cfg.near_min_tokens
                && hamming(q.simhash, p.simhash) <= cfg.near_distance
                && q.mins.jaccard(&p.mins).is_some_and(|x| x >= cfg.near_jaccard)
            {
                similar = Some(j);
            }
        }
        let found = exact
            .map(|j| (j, RepeatKind::Exact))
            .or(contained.map(|j| (j, RepeatKind::Contained)))
            .or(similar.map(|j| (j, RepeatKind::Similar)));
        match found {
            Some((j, kind)) => out.push(Repeat { later: i, earlier: j, kind }),
            None => refs.push(i),
        }
    }
    out
}

fn find_mapped(paras: &[ParaInfo], tokens: &[u64], cfg: &RepeatsConfig) -> Vec<Repeat> {
    let mut out = Vec::new();
    let mut exact: PrehashedMap<u32> = PrehashedMap::default();
    // First WINDOW tokens of a paragraph → paragraph.
    let mut heads: PrehashedMap<u32> = PrehashedMap::default();
    // WINDOW tokens at offset a ≤ max_edge of a paragraph → (paragraph, offset).
    let mut windows: PrehashedMap<(u32, u32)> = PrehashedMap::default();
    let mut blocks: [PrehashedMap<Vec<u32>>; 4] = Default::default();

    for (i, p) in paras.iter().enumerate() {
        let toks = &tokens[p.tok.start as usize..p.tok.end as usize];
        let n = toks.len();
        if n < cfg.min_len(p) {
            continue;
        }
        let h = p.hash as u64;
        let mut found: Option<Repeat> = None;
        if let Some(&j) = exact.get(&h) {
            let q = &paras[j as usize];
            if &tokens[q.tok.start as usize..q.tok.end as usize] == toks {
                found = Some(Repeat { later: i, earlier: j as usize, kind: RepeatKind::Exact });
            }
        }
        let w = WINDOW.min(n);
        // This paragraph contains an earlier one starting at offset a.
        if found.is_none() {
            for a in 0..=cfg.max_edge_tokens.min(n - w) {
                let Some(&j) = heads.get(&window_key(&toks[a..a + w])) else { continue };
                let q = &paras[j as usize];
                let qt = &tokens[q.tok.start as usize..q.tok.end as usize];
                if contained_at(toks, qt, a, cfg.max_extra(qt.len())) {
                    found = Some(Repeat { later: i, earlier: j as usize, kind: RepeatKind::Contained });
                    break;
                }
            }
        }
        // An earlier paragraph contains this one starting at offset a.
        if found.is_none()
            && let Some(&(j, a)) = windows.get(&window_key(&toks[..w]))
        {
            let q = &paras[j as usize];
            let qt = &tokens[q.tok.start as usize..q.tok.end as usize];
            if contained_at(qt, toks, a as usize, cfg.max_extra(n)) {
                found = Some(Repeat { later: i, earlier: j as usize, kind: RepeatKind::Contained });
            }
        }
        let fp = p.simhash;
        let similar_ok = n >= cfg.near_min_tokens;
        if found.is_none() && similar_ok {
            'search: for (b, map) in blocks.iter().enumerate() {
                let key = (fp >> (16 * b)) & 0xFFFF;
                if let Some(list) = map.get(&key) {
                    for &j in list {
                        let q = &paras[j as usize];
                        if hamming(q.simhash, fp) <= cfg.near_distance
                            && q.mins.jaccard(&p.mins).is_some_and(|x| x >= cfg.near_jaccard)
                        {
                            found = Some(Repeat { later: i, earlier: j as usize, kind: RepeatKind::Similar });
                            break 'search;
                        }
                    }
                }
            }
        }
        if let Some(r) = found {
            out.push(r);
            continue;
        }
        // Only paragraphs that repeat nothing become references for later ones.
        let iu = i as u32;
        exact.entry(h).or_insert(iu);
        heads.entry(window_key(&toks[..w])).or_insert(iu);
        for a in 0..=cfg.max_edge_tokens.min(n - w) {
            windows.entry(window_key(&toks[a..a + w])).or_insert((iu, a as u32));
        }
        if similar_ok {
            for (b, map) in blocks.iter_mut().enumerate() {
                let list = map.entry((fp >> (16 * b)) & 0xFFFF).or_default();
                if list.len() < BUCKET_CAP {
                    list.push(iu);
                }
            }
        }
    }
    out
}
