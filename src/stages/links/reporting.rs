//! The vocabulary of reporting: the words that make an article (or a sentence) news *about* a
//! promoted trade rather than a pitch for it, in every language gleaner meets.
//!
//! Loaded from `config/lists/reporting.txt` (and any file named in `urls.reporting`). Two
//! kinds of entry:
//!
//! * `cue`: a reporting word (police, arrested, blocked, illegal, regulator, scam, warning);
//! * `topic`: a word of the trades reported on (gambling, betting, illegal loans, fake drugs)
//!   in languages the promotional lexicons do not cover as words.
//!
//! A term is one whole token (`cue police`), or a substring of the lowercased text
//! (`cue *검거*`): substrings serve the scripts written without spaces, the languages that
//! glue particles and suffixes to their words (Korean, Turkish, Japanese), and phrases
//! (`cue *bắt giữ*`).

use aho_corasick::AhoCorasick;

use super::lists::{self, ListProblem};
use crate::stages::bounded::PrehashedSet;

/// What an entry says about a text that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Cue,
    Topic,
}

/// The loaded reporting vocabulary.
#[derive(Debug, Default, Clone)]
pub(crate) struct Reporting {
    cue_words: PrehashedSet,
    topic_words: PrehashedSet,
    fragments: Vec<(String, Kind)>,
    /// The substrings written in ASCII, each searched on its own (a few dozen SIMD substring
    /// searches cost less than an automaton over all of them, whose patterns start with common
    /// letters and defeat its prefilter).
    ascii: Vec<(memchr::memmem::Finder<'static>, Kind)>,
    /// The others, in one automaton, run only on prose that holds a character beyond ASCII and
    /// general punctuation (`“`, `—`): text in one of their languages.
    other: Option<(AhoCorasick, Vec<Kind>)>,
}

/// Counts of reporting vocabulary in one text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counts {
    pub cues: usize,
    pub topic: usize,
}

impl Reporting {
    /// Adds the entries of one file (`cue <term>` or `topic <term>` per line).
    pub(crate) fn add_file(&mut self, src: &str) -> Result<(), ListProblem> {
        for (line, l) in lists::content_lines(src) {
            let (kind, term) = l
                .split_once(char::is_whitespace)
                .ok_or_else(|| ListProblem { line, message: "expected `cue <term>` or `topic <term>`".into() })?;
            let kind = match kind {
                "cue" => Kind::Cue,
                "topic" => Kind::Topic,
                other => {
                    return Err(ListProblem { line, message: format!("unknown kind {other:?} (cue or topic)") });
                }
            };
            let term = term.trim().to_lowercase();
            if let Some(frag) = term.strip_prefix('*').and_then(|t| t.strip_suffix('*')) {
                if frag.trim().is_empty() || frag.contains('*') {
                    return Err(ListProblem { line, message: format!("bad substring {term:?}") });
                }
                self.fragments.push((frag.to_owned(), kind));
            } else {
                // A whole token: what the tokenizer makes of the term must be the term itself.
                let toks = lists::tokens(&term);
                if toks.len() != 1 || toks[0] != term {
                    return Err(ListProblem {
                        line,
                        message: format!(
                            "{term:?} is not one token (write a phrase or a word with digits as `*{term}*`)"
                        ),
                    });
                }
                let key = lists::word_key(&term);
                match kind {
                    Kind::Cue => self.cue_words.insert(key),
                    Kind::Topic => self.topic_words.insert(key),
                };
            }
        }
        Ok(())
    }

    /// Builds the substring automata once every file is in.
    pub(crate) fn prepare(&mut self) {
        self.fragments.sort();
        self.fragments.dedup();
        self.ascii = self
            .fragments
            .iter()
            .filter(|(f, _)| f.is_ascii())
            .map(|(f, k)| (memchr::memmem::Finder::new(f.as_bytes()).into_owned(), *k))
            .collect();
        let (pats, kinds): (Vec<&str>, Vec<Kind>) =
            self.fragments.iter().filter(|(f, _)| !f.is_ascii()).map(|(f, k)| (f.as_str(), *k)).unzip();
        // Every pattern is a plain string: building cannot fail.
        self.other = if pats.is_empty() { None } else { AhoCorasick::new(pats).ok().map(|ac| (ac, kinds)) };
    }

    /// Calls `f` with the kind of each occurrence of a substring entry in `lower`, until it
    /// returns false.
    fn each_fragment(&self, lower: &str, mut f: impl FnMut(Kind) -> bool) {
        for (finder, kind) in &self.ascii {
            for _ in finder.find_iter(lower.as_bytes()) {
                if !f(*kind) {
                    return;
                }
            }
        }
        if let Some((ac, kinds)) = &self.other
            && beyond_punctuation(lower)
        {
            for m in ac.find_iter(lower) {
                if !f(kinds[m.pattern().as_usize()]) {
                    return;
                }
            }
        }
    }

    /// The keys of the whole-word cues and of the whole-word topic words.
    pub(crate) fn word_keys(&self) -> (impl Iterator<Item = u64> + '_, impl Iterator<Item = u64> + '_) {
        (self.cue_words.iter().copied(), self.topic_words.iter().copied())
    }

    /// Whether the word with key `key` ([`lists::word_key`]) is a reporting cue.
    pub(crate) fn is_cue_word(&self, key: u64) -> bool {
        self.cue_words.contains(&key)
    }

    /// Whether the word with key `key` is a topic word.
    #[cfg(test)]
    pub(crate) fn is_topic_word(&self, key: u64) -> bool {
        self.topic_words.contains(&key)
    }

    /// Substring entries found in `lower` (lowercased text), by kind. Matches of one script do
    /// not overlap.
    pub(crate) fn fragment_counts(&self, lower: &str) -> Counts {
        let mut c = Counts::default();
        self.each_fragment(lower, |k| {
            match k {
                Kind::Cue => c.cues += 1,
                Kind::Topic => c.topic += 1,
            }
            true
        });
        c
    }

    /// Whether `text` holds a reporting cue: one of `tokens` (its tokens, as
    /// [`lists::tokens`] makes them), or a substring cue.
    pub(crate) fn has_cue(&self, text: &str, tokens: &[String]) -> bool {
        if tokens.iter().any(|t| self.is_cue_word(lists::word_key(t))) {
            return true;
        }
        let mut found = false;
        self.each_fragment(&text.to_lowercase(), |k| {
            found = k == Kind::Cue;
            !found
        });
        found
    }

    /// Number of entries loaded.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.cue_words.len() + self.topic_words.len() + self.fragments.len()
    }
}

/// Whether `s` holds a character beyond ASCII other than a no-break space or general
/// punctuation (U+2000 to U+206F: curly quotes, dashes, the ellipsis), which English and
/// Indonesian prose is full of.
fn beyond_punctuation(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(p) = b[i..].iter().position(|&c| c >= 0x80) {
        let j = i + p;
        match (b[j], b.get(j + 1)) {
            (0xC2, Some(0xA0)) => i = j + 2,
            (0xE2, Some(0x80 | 0x81)) => i = j + 3,
            _ => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(src: &str) -> Reporting {
        let mut r = Reporting::default();
        r.add_file(src).unwrap();
        r.prepare();
        r
    }

    #[test]
    fn words_and_substrings_count_by_kind() {
        let r = vocab("# comment\ncue police\ncue *검거*\ntopic *도박*\ntopic *cá cược*\n");
        assert!(r.is_cue_word(lists::word_key("police")));
        assert!(!r.is_topic_word(lists::word_key("police")));
        let c = r.fragment_counts("경찰이 불법 도박사이트 운영 조직을 검거했다. 도박 cá cược");
        assert_eq!(c, Counts { cues: 1, topic: 3 });
        assert!(r.has_cue("경찰이 검거했다", &lists::tokens("경찰이 검거했다")));
        assert!(r.has_cue("The Police said", &lists::tokens("The Police said")));
        assert!(!r.has_cue("도박", &lists::tokens("도박")));
        assert_eq!(r.len(), 4);
    }

    #[test]
    fn punctuation_alone_does_not_wake_the_other_scripts() {
        assert!(!beyond_punctuation("“Polisi” menangkap — tiga\u{a0}orang…"));
        assert!(beyond_punctuation("Công an"));
        assert!(beyond_punctuation("“경찰”"));
        let r = vocab("cue *công an*\ncue *tidak sah*\n");
        assert_eq!(r.fragment_counts("kata “công an” dan tidak sah").cues, 2);
    }

    #[test]
    fn bad_lines_are_refused_with_their_number() {
        let mut r = Reporting::default();
        assert_eq!(r.add_file("cue ok\nword police\n").unwrap_err().line, 2);
        assert_eq!(r.add_file("cue yasa dışı\n").unwrap_err().line, 1);
        assert_eq!(r.add_file("topic **\n").unwrap_err().line, 1);
        assert_eq!(r.add_file("police\n").unwrap_err().line, 1);
    }
}
