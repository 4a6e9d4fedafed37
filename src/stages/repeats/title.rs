//! Title echoes: a paragraph that repeats the record's title.
//!
//! Measured on the corpora (see the README): scraped pages repeat their `<title>` as a line,
//! often with a site name or breadcrumbs around it ("Title - WSJ"), while articles almost
//! never restate their title as a paragraph of their own. So a paragraph is an echo when it
//! equals the title, or holds the title plus at most `title_max_extra` tokens, or is a large
//! part of a long title (at least `title_min_part` tokens covering two thirds of it).

use super::RepeatsConfig;
use crate::stages::ParaInfo;

/// Paragraphs that echo the title (title tokens `title`), in order.
pub(crate) fn title_echoes(paras: &[ParaInfo], tokens: &[u64], title: &[u64], cfg: &RepeatsConfig) -> Vec<usize> {
    let nt = title.len();
    if nt < cfg.title_min_tokens {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let toks = &tokens[p.tok.start as usize..p.tok.end as usize];
        let n = toks.len();
        let echo = if n >= nt {
            n - nt <= cfg.title_max_extra && (0..=n - nt).any(|a| &toks[a..a + nt] == title)
        } else {
            n >= cfg.title_min_part && 3 * n >= 2 * nt && (0..=nt - n).any(|a| &title[a..a + n] == toks)
        };
        if echo {
            out.push(i);
        }
    }
    out
}
