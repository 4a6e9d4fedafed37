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
    /// The same words in the same order for the most part, as a spun copy is (a share of
    /// its words swapped for others, numbers kept): the tokens the two share in order over
    /// the longer's length is at least `aligned_ratio` (`strong`), or at least
    /// `aligned_ratio_link` (not `strong`: it counts only when one of the two carries a
    /// pasted link, which the engine knows once links are decided).
    Aligned { strong: bool },
}

impl RepeatKind {
    /// Whether a paragraph found to repeat another this way may still stay (a loose
    /// alignment, which counts only around a pasted link): such a paragraph is also a
    /// reference for later ones.
    pub(crate) fn may_stay(self) -> bool {
        self == RepeatKind::Aligned { strong: false }
    }
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

/// Most earlier paragraphs a paragraph is aligned with (the nearest ones): a bound on the
/// work in long documents. A spun copy sits near its original.
const ALIGN_REFS: usize = 64;
/// Longest paragraph, in tokens, aligned with others: a bound on the work per pair.
const ALIGN_MAX_TOKENS: usize = 2048;

/// Length of the longest common subsequence of `a` and `b`: how many tokens the two share in
/// the same order. Bit-parallel (Allison and Dix 1986; Hyyrö 2004): one pass over the longer
/// sequence, `⌈m / 64⌉` word operations a token for the shorter's length `m`.
pub(crate) fn lcs_len(a: &[u64], b: &[u64]) -> usize {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if a.is_empty() {
        return 0;
    }
    let words = a.len().div_ceil(64);
    // For each distinct token of `a`, the bit mask of its positions (a row of `words` words).
    let mut rows: PrehashedMap<u32> = PrehashedMap::default();
    let mut masks: Vec<u64> = Vec::new();
    for (i, &t) in a.iter().enumerate() {
        let row = *rows.entry(t).or_insert_with(|| {
            masks.resize(masks.len() + words, 0);
            (masks.len() / words - 1) as u32
        }) as usize;
        masks[row * words + i / 64] |= 1 << (i % 64);
    }
    // V's zero bits mark the prefix of `a` matched so far; each token of `b` that occurs in
    // `a` moves them by V' = (V + (V & M)) | (V & !M), the addition carried across words.
    let mut v = vec![u64::MAX; words];
    for t in b {
        let Some(&row) = rows.get(t) else { continue };
        let m = &masks[row as usize * words..(row as usize + 1) * words];
        let mut carry = false;
        for (vw, &mw) in v.iter_mut().zip(m) {
            let u = *vw & mw;
            let (s1, c1) = vw.overflowing_add(u);
            let (s2, c2) = s1.overflowing_add(u64::from(carry));
            carry = c1 || c2;
            *vw = s2 | (*vw & !mw);
        }
    }
    let tail = a.len() % 64;
    v.iter()
        .enumerate()
        .map(|(w, &x)| {
            let live = if w + 1 == words && tail != 0 { (1u64 << tail) - 1 } else { u64::MAX };
            (!x & live).count_ones() as usize
        })
        .sum()
}

/// What the alignment check reads first about a paragraph.
#[derive(Clone, Copy)]
struct Shape {
    digits: u128,
    words: u64,
    len: u32,
    /// Bits set in `words`.
    distinct: u32,
    /// Long enough to be aligned (and not too long).
    eligible: bool,
    /// Holds a link to a URL.
    linked: bool,
}

/// The words of `s` written with a capital letter that do not start a sentence: the names a
/// spun copy keeps (a spinner swaps common words for synonyms), and that tell apart the
/// sentences of a list filled in from one template ("MFT was charged under …", "SRN was
/// charged under …").
fn names(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut starts = true;
    for w in s.split_whitespace() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        // At a sentence's start only a word in capitals (an acronym, initials) is surely a name.
        let capital = core.chars().next().is_some_and(char::is_uppercase);
        let shouted = core.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !core.chars().any(char::is_lowercase);
        if capital && (!starts || shouted) {
            out.push(core);
        }
        // A word ending in a full stop (closing quotes and brackets aside) ends a sentence.
        starts = w.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»', '」']).ends_with(['.', '!', '?', ':', '。']);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The distinct words of `s` (split at spaces, punctuation trimmed off their ends).
fn words(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// German function words: text holding two of them capitalises its nouns.
const GERMAN: &[&str] = &[
    "auf", "das", "dem", "den", "der", "des", "die", "ein", "eine", "für", "ist", "mit", "nicht", "sich", "und", "von",
    "wird", "zu",
];

/// Whether paragraphs `a` and `b` are two fillings of one template rather than one text and
/// its copy: the names (see [`names`]) of neither are all names of the other ("Regent of
/// Sleman …", "Regent of Bantul …"; the critics' picks of a film award, one line each). A copy
/// may add names (the title words an injector glues in front) but swaps none: a spinner swaps
/// common words. German capitalises its nouns, so there a spun copy differs in capitalised
/// words too, though not only in them: in German text the fillings are told apart by names
/// making up at least half of the words in which the two differ.
fn template_fillings(a: &str, b: &str) -> bool {
    let (na, nb) = (names(a), names(b));
    let (few, many) = if na.len() <= nb.len() { (&na, &nb) } else { (&nb, &na) };
    if few.iter().all(|w| many.binary_search(w).is_ok()) {
        return false;
    }
    let (wa, wb) = (words(a), words(b));
    let german = wa.iter().filter(|w| GERMAN.binary_search(w).is_ok()).take(2).count() == 2;
    if !german {
        return true;
    }
    let differ: Vec<&str> = wa
        .iter()
        .filter(|w| wb.binary_search(w).is_err())
        .chain(wb.iter().filter(|w| wa.binary_search(w).is_err()))
        .copied()
        .collect();
    let named = differ.iter().filter(|w| na.binary_search(w).is_ok() || nb.binary_search(w).is_ok()).count();
    2 * named >= differ.len()
}

/// Whether paragraphs `p` and `q` of `doc`, near each other by their tokens, are two fillings
/// of one template (other numbers, or other names: see [`template_fillings`]) and so no
/// repeat.
fn fillings(doc: &Doc<'_>, p: &ParaInfo, q: &ParaInfo) -> bool {
    p.digits != q.digits || template_fillings(p.span.of(doc.text), q.span.of(doc.text))
}

/// Whether paragraph `i` of `doc` is an aligned repeat of paragraph `j` (see
/// [`RepeatKind::Aligned`]), and how strongly, once [`aligned_with`] found the pair plausible.
fn aligned(doc: &Doc<'_>, i: usize, j: usize, cfg: &RepeatsConfig) -> Option<bool> {
    let (a, b) = (&doc.shapes[i], &doc.shapes[j]);
    let low = if a.linked || b.linked { cfg.aligned_ratio.min(cfg.aligned_ratio_link) } else { cfg.aligned_ratio };
    let (p, q) = (&doc.paras[i], &doc.paras[j]);
    let (pt, qt) = (toks_of(p, doc.tokens), toks_of(q, doc.tokens));
    let ratio = lcs_len(pt, qt) as f32 / pt.len().max(qt.len()) as f32;
    if ratio < low || template_fillings(p.span.of(doc.text), q.span.of(doc.text)) {
        None
    } else if ratio >= cfg.aligned_ratio {
        Some(true)
    } else if ratio >= cfg.aligned_ratio_link {
        Some(false)
    } else {
        None
    }
}

/// The nearest of the earlier reference paragraphs `refs` that paragraph `i` is an aligned
/// repeat of, a strong match first.
fn aligned_with(
    doc: &Doc<'_>,
    i: usize,
    refs: impl Iterator<Item = usize>,
    cfg: &RepeatsConfig,
) -> Option<(usize, RepeatKind)> {
    let a = &doc.shapes[i];
    let (strong, linked) = doc.pct;
    if !a.eligible || linked >= 100 {
        return None;
    }
    let mut weak = None;
    for j in refs.take(ALIGN_REFS) {
        let b = &doc.shapes[j];
        let pct = if a.linked | b.linked { linked } else { strong };
        // A spun copy keeps the numbers (lists of scores, prices or dates differ in them),
        // about the length, and most of the words: the bit maps bound how many distinct
        // words the two can share (at least 0.8 of the ratio). The tests are combined without
        // branches: most pairs fail one, which one is unpredictable.
        let (n, m) = (a.len, b.len);
        let shared = (a.words & b.words).count_ones();
        let plausible = b.eligible
            & (a.digits == b.digits)
            & (n.min(m) * 100 >= pct * n.max(m))
            & (shared * 125 >= pct * a.distinct.min(b.distinct));
        if !plausible {
            continue;
        }
        match aligned(doc, i, j, cfg) {
            Some(true) => return Some((j, RepeatKind::Aligned { strong: true })),
            Some(false) if weak.is_none() => weak = Some((j, RepeatKind::Aligned { strong: false })),
            _ => {}
        }
    }
    weak
}

/// Documents with at most this many paragraphs compare them pairwise (no maps to build);
/// longer ones go through maps, so the work stays linear.
const PAIRWISE_MAX: usize = 64;

/// Finds, for each paragraph, the first earlier paragraph it repeats (if any): an exact repeat
/// first, else a containment, else a similar paragraph.
///
/// `text` is the text the paragraphs' spans point into; `linked[i]` (when there) says that
/// paragraph `i` holds a link to a URL, the only paragraphs [`RepeatKind::Aligned`] looks at
/// with its lower threshold.
pub(crate) fn find_repeats(
    text: &str,
    paras: &[ParaInfo],
    linked: &[bool],
    tokens: &[u64],
    cfg: &RepeatsConfig,
) -> Vec<Repeat> {
    let shapes = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let len = p.tokens();
            Shape {
                digits: p.digits,
                words: p.words,
                len: len as u32,
                distinct: p.words.count_ones(),
                eligible: len >= cfg.near_min_tokens.max(cfg.min_len(p)) && len <= ALIGN_MAX_TOKENS,
                linked: linked.get(i).copied().unwrap_or(false),
            }
        })
        .collect();
    // The ratios in percent, once: the quick bounds of `aligned_with` are integer arithmetic.
    let pct = (
        (cfg.aligned_ratio * 100.0).round() as u32,
        (cfg.aligned_ratio.min(cfg.aligned_ratio_link) * 100.0).round() as u32,
    );
    let doc = Doc { text, paras, shapes, tokens, pct };
    if paras.len() <= PAIRWISE_MAX { find_pairwise(&doc, cfg) } else { find_mapped(&doc, cfg) }
}

/// A document's paragraphs, their tokens and its text.
struct Doc<'a> {
    text: &'a str,
    paras: &'a [ParaInfo],
    shapes: Vec<Shape>,
    tokens: &'a [u64],
    /// `aligned_ratio` and the lower of it and `aligned_ratio_link`, in percent.
    pct: (u32, u32),
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

fn find_pairwise(doc: &Doc<'_>, cfg: &RepeatsConfig) -> Vec<Repeat> {
    let (paras, tokens) = (doc.paras, doc.tokens);
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
                && !fillings(doc, p, q)
            {
                similar = Some(j);
            }
        }
        let found = exact
            .map(|j| (j, RepeatKind::Exact))
            .or(contained.map(|j| (j, RepeatKind::Contained)))
            .or(similar.map(|j| (j, RepeatKind::Similar)))
            // Only paragraphs long enough to align are tried (`Shape::eligible`).
            .or_else(|| aligned_with(doc, i, refs.iter().rev().copied(), cfg));
        if let Some((j, kind)) = found {
            out.push(Repeat { later: i, earlier: j, kind });
        }
        if found.is_none_or(|(_, kind)| kind.may_stay()) {
            refs.push(i);
        }
    }
    out
}

fn find_mapped(doc: &Doc<'_>, cfg: &RepeatsConfig) -> Vec<Repeat> {
    let (paras, tokens) = (doc.paras, doc.tokens);
    let mut out = Vec::new();
    let mut exact: PrehashedMap<u32> = PrehashedMap::default();
    // First WINDOW tokens of a paragraph → paragraph.
    let mut heads: PrehashedMap<u32> = PrehashedMap::default();
    // WINDOW tokens at offset a ≤ max_edge of a paragraph → (paragraph, offset).
    let mut windows: PrehashedMap<(u32, u32)> = PrehashedMap::default();
    let mut blocks: [PrehashedMap<Vec<u32>>; 4] = Default::default();
    // References long enough to be aligned with, in order (the last `ALIGN_REFS` are used).
    let mut aligned_refs: Vec<usize> = Vec::new();

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
                            && !fillings(doc, p, q)
                        {
                            found = Some(Repeat { later: i, earlier: j as usize, kind: RepeatKind::Similar });
                            break 'search;
                        }
                    }
                }
            }
        }
        if found.is_none() && similar_ok {
            found = aligned_with(doc, i, aligned_refs.iter().rev().copied(), cfg).map(|(j, kind)| Repeat {
                later: i,
                earlier: j,
                kind,
            });
        }
        if let Some(r) = found {
            out.push(r);
            if !r.kind.may_stay() {
                continue;
            }
        }
        // Only paragraphs that repeat nothing (or may stay) become references for later ones.
        if similar_ok {
            aligned_refs.push(i);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lcs_naive(a: &[u64], b: &[u64]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut prev = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { prev + 1 } else { up.max(row[j]) };
                prev = up;
            }
        }
        row[b.len()]
    }

    proptest! {
        // Small alphabets make long common runs; lengths cross the 64-bit word boundaries.
        #[test]
        fn lcs_agrees_with_the_table(
            a in proptest::collection::vec(0u64..6, 0..200),
            b in proptest::collection::vec(0u64..6, 0..200),
        ) {
            prop_assert_eq!(lcs_len(&a, &b), lcs_naive(&a, &b));
            prop_assert_eq!(lcs_len(&b, &a), lcs_naive(&a, &b));
        }
    }

    #[test]
    fn lcs_of_a_copy_with_swapped_words() {
        let a: Vec<u64> = (0..130).collect();
        let mut b = a.clone();
        b[3] = 1000;
        b[70] = 1001;
        b.insert(0, 1002);
        assert_eq!(lcs_len(&a, &b), 128);
        assert_eq!(lcs_len(&a, &[]), 0);
    }

    #[test]
    fn names_are_capitalised_words_inside_sentences_and_acronyms() {
        assert_eq!(
            names("MFT dipersangkakan melanggar UU ITE. Sedangkan Budi tidak."),
            vec!["Budi", "ITE", "MFT", "UU"]
        );
        assert_eq!(names("\"Ya, kata Agus.\" Juga dia."), vec!["Agus"]);
        assert!(!template_fillings("Rusia Mengadakan Panggilan Barat telah lama", "Barat telah lama"));
        assert!(template_fillings("Bupati Sleman menerima", "Bupati Bantul menerima"));
        assert!(!template_fillings("東京で会議", "大阪で会議"));
        // A German copy with a noun and two verbs swapped is a copy; German lines that differ
        // in their names only are not.
        assert!(!template_fillings(
            "Inhaber Werner Hartmann führt den Betrieb. Die Töchter haben andere Berufe gewählt und wollen nicht.",
            "Inhaber Werner Hartmann führt das Geschäft. Die Töchter haben andere Berufe ergriffen und möchten nicht."
        ));
        assert!(template_fillings(
            "In Bellheim ist das Wasser einwandfrei und wird weiter geprüft.",
            "In Rohrbach ist das Wasser einwandfrei und wird weiter geprüft."
        ));
        assert!(GERMAN.windows(2).all(|w| w[0] < w[1]), "sorted for binary search");
    }
}
