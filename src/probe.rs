//! Entry points into single stages, for the criterion benches in `benches/` (hidden from the
//! documentation: not part of the supported API). Each runs the real code path of one stage
//! on a `&str` and returns a number so the work cannot be optimised away.

use crate::engine::Engine;
use crate::stages::links::extract;
use crate::stages::neardup::simhash::{BitCounts, MinSketch, ngrams, shingles};
use crate::stages::repeats::in_doc::find_repeats;
use crate::text::{self, Tokens};

/// Finds the links of `text` (no scoring).
pub fn find_links(text: &str) -> usize {
    extract::find_links(text).len()
}

/// Finds and scores the links of `text` with `engine`'s lists; returns how many would go.
pub fn score_links(engine: &Engine, text: &str) -> usize {
    let paras = text::paragraphs(text);
    let links = engine.analyzer.links.analyze(text, "", None, &paras);
    links.iter().filter(|l| engine.analyzer.links.is_removed(l, false)).count()
}

/// Splits paragraphs and tokenises them; returns the number of tokens.
pub fn tokenize(text: &str) -> usize {
    let mut t = Tokens::default();
    for p in text::paragraphs(text) {
        text::tokenize(p.of(text), &mut t);
    }
    t.hashes.len()
}

/// The same with `unicode-segmentation` only (the baseline of the ASCII fast path).
pub fn tokenize_unicode_words(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().map(|w| w.to_lowercase().len()).sum()
}

/// Tokenises `text` and computes the document simhash the way the engine does.
pub fn fingerprint(text: &str) -> u64 {
    let mut t = Tokens::default();
    text::tokenize(text, &mut t);
    let mut feats = Vec::new();
    ngrams(&t.hashes, 1, |h| feats.push(h));
    feats.sort_unstable();
    feats.dedup();
    let mut c = BitCounts::default();
    feats.iter().for_each(|h| c.add(*h));
    c.flush();
    let mut m = MinSketch::<32>::default();
    shingles(&t.hashes, 3, |h| m.add(h));
    c.fingerprint() ^ u64::from(m.finish().0[0])
}

/// Analyses one record with `engine` (paragraphs, links, tokens, fingerprints, repeats).
pub fn analyze(engine: &Engine, line: &[u8]) -> usize {
    engine.analyzer.analyze(line, crate::record::LinePos::default()).map_or(0, |a| a.paragraph_count())
}

/// In-document repeat detection on the paragraphs of `text` (after tokenising them).
pub fn repeats(engine: &Engine, line: &[u8]) -> usize {
    match engine.analyzer.analyze(line, crate::record::LinePos::default()) {
        Ok(a) => {
            let line = std::str::from_utf8(line).expect("analysed lines are UTF-8");
            find_repeats(a.text_of(line), a.paras(), &[], a.tokens(), &engine.analyzer.repeats).len()
        }
        Err(_) => 0,
    }
}

/// Finds the links of `text` and checks what the rest of gleaner relies on (for the fuzz
/// target `urls`): every span lies inside the text on char boundaries, an element contains
/// its URL and anchor, links come in text order without overlapping, and at most
/// `MAX_LINKS` are taken. Returns how many links were found.
///
/// # Panics
/// When one of those does not hold.
pub fn check_links(text: &str) -> usize {
    use crate::text::ByteSpan;
    let ok = |s: ByteSpan| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    let links = extract::find_links(text);
    assert!(links.len() <= extract::MAX_LINKS);
    let mut at = 0;
    for l in &links {
        let o = l.outer();
        assert!(ok(l.url) && ok(o), "span out of the text or off a char boundary: {l:?}");
        assert!(o.start >= at, "links overlap or are out of order: {l:?}");
        assert!(!o.is_empty(), "empty link: {l:?}");
        if let Some(e) = l.element {
            for s in [e.anchor, e.open, e.close] {
                assert!(ok(s) && e.whole.contains(s), "element part outside the element: {l:?}");
            }
            assert!(e.whole.contains(l.url), "URL outside its element: {l:?}");
        }
        at = o.end;
    }
    links.len()
}
