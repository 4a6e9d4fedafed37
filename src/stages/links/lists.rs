//! The word and domain lists behind URL classification, parsed from text.
//!
//! The lists are editable files under `config/lists/` (their formats are described in each
//! file's header); the same files are compiled into the binary as the defaults, so gleaner runs
//! without a config directory. Parsing is pure: `&str` in, a matcher out.

use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;

/// Where a lexicon entry was matched, for explanations.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LexiconHit {
    /// The entry as written in its file (`gacor`, `*togel*`, `slot gacor`).
    pub term: String,
    /// Its weight in (0, 1].
    pub weight: f32,
    /// Its category (the file it came from: gambling, betting, adult, ...).
    pub category: &'static str,
}

/// The key of a lowercase word in hashed word sets.
#[inline]
pub(crate) fn word_key(w: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(w.as_bytes())
}

/// Shortest host token [`Lexicon::segmented`] tries to split.
const SEGMENT_MIN_BYTES: usize = 6;

/// Words spam hosts glue to the trade's (`megaslotwins`, `bestcasinobonus`): pieces a host token
/// may be split into besides the lexicon's own words. None is promotional alone.
const GLUE_WORDS: &[&str] = &[
    "best", "top", "free", "online", "win", "wins", "pro", "king", "club", "city", "mega", "super", "vip", "usa",
    "asia", "live", "real", "big", "lucky", "star", "stars", "gold", "royal", "tips", "bonus", "spin", "spins", "hub",
    "zone", "land", "world", "palace", "daily", "hot", "new", "play", "game", "games", "jackpots", "expert",
];

/// Smallest lexicon weight that counts a prose word as topic vocabulary.
pub(crate) const TOPIC_MIN_WEIGHT: f32 = 0.3;

#[derive(Debug, Default, Clone)]
struct Entry {
    weight: f32,
    category: &'static str,
}

/// Promotional vocabulary matched on tokens of hosts, paths and anchor texts.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lexicon {
    /// Whole-word entries keyed by the xxh3 hash of the word (no string hashing per lookup).
    words: crate::stages::bounded::PrehashedMap<Entry>,
    phrases: Vec<(Vec<String>, Entry)>,
    /// Indices into `phrases` (ascending) by the key of their first word, so that a lookup
    /// tries only the phrases that can start at each token instead of every phrase.
    phrase_starts: crate::stages::bounded::PrehashedMap<Vec<u32>>,
    fragments: Vec<(String, Entry)>,
    /// All fragments in one automaton, so a token is searched once for all of them. Built on
    /// first use rather than after each file, so that loading the seven lexicon files builds
    /// it once (a quarter of gleaner's start-up time when it was built seven times).
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    entries: usize,
}

/// A problem in a list file: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ListProblem {
    pub line: usize,
    pub message: String,
}

pub(crate) fn content_lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// Adds the entries of one lexicon file (`<weight> <term>` per line) under `category`.
    pub(crate) fn add_file(&mut self, src: &str, category: &'static str) -> Result<(), ListProblem> {
        for (line, l) in content_lines(src) {
            let (w, term) = l
                .split_once(char::is_whitespace)
                .ok_or_else(|| ListProblem { line, message: "expected `<weight> <term>`".into() })?;
            let weight: f32 = w.parse().map_err(|_| ListProblem { line, message: format!("bad weight {w:?}") })?;
            if !(weight > 0.0 && weight <= 1.0) {
                return Err(ListProblem { line, message: format!("weight {weight} not in (0, 1]") });
            }
            let term = term.trim().to_lowercase();
            let entry = Entry { weight, category };
            if let Some(frag) = term.strip_prefix('*').and_then(|t| t.strip_suffix('*')) {
                if frag.is_empty() || !frag.chars().all(|c| c.is_alphanumeric() || is_combining_mark(c)) {
                    return Err(ListProblem { line, message: format!("bad fragment {term:?}") });
                }
                self.fragments.push((frag.to_owned(), entry));
            } else {
                let toks = tokens(&term);
                match toks.len() {
                    0 => return Err(ListProblem { line, message: format!("empty term {term:?}") }),
                    1 => {
                        let e = self.words.entry(word_key(&toks[0])).or_default();
                        if weight > e.weight {
                            *e = entry;
                        }
                    }
                    _ => {
                        let i = u32::try_from(self.phrases.len()).expect("fewer than 2^32 phrases");
                        self.phrase_starts.entry(word_key(&toks[0])).or_default().push(i);
                        self.phrases.push((toks, entry));
                    }
                }
            }
            self.entries += 1;
        }
        self.automaton = std::sync::OnceLock::new();
        Ok(())
    }

    /// Builds the fragment automaton now (after the last file), so that the first record
    /// does not wait for it.
    pub(crate) fn prepare(&self) {
        self.automaton();
    }

    /// The automaton of all fragments (`None` when there are none).
    fn automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                (!self.fragments.is_empty()).then(|| {
                    aho_corasick::AhoCorasick::new(self.fragments.iter().map(|(f, _)| f.as_str()))
                        .expect("a few hundred short literal fragments always build an automaton")
                })
            })
            .as_ref()
    }

    /// The fragments occurring in `tok`.
    fn fragments_in<'a>(&'a self, tok: &'a str) -> impl Iterator<Item = &'a (String, Entry)> + 'a {
        self.automaton()
            .into_iter()
            .flat_map(move |ac| ac.find_overlapping_iter(tok))
            .map(|m| &self.fragments[m.pattern().as_usize()])
    }

    /// Number of entries loaded.
    pub(crate) fn len(&self) -> usize {
        self.entries
    }

    /// The strongest entry matching `toks` (lowercase tokens as made by [`tokens`]): the first
    /// of the strongest, in the order [`Lexicon::each_hit`] finds them.
    pub(crate) fn best(&self, toks: &[String]) -> Option<LexiconHit> {
        let mut best: Option<LexiconHit> = None;
        self.each_hit(toks, |term, e| {
            if best.as_ref().is_none_or(|b| e.weight > b.weight) {
                best = Some(LexiconHit { term: term.to_owned(), weight: e.weight, category: e.category });
            }
        });
        best
    }

    /// [`Lexicon::best`], and the strongest entry after it whose term neither holds nor is held
    /// in the first's (`bi checking` adds nothing to `tanpa bi checking`): two promises are more
    /// of a pitch than one.
    pub(crate) fn best_two(&self, toks: &[String]) -> (Option<LexiconHit>, Option<LexiconHit>) {
        let mut hits: Vec<LexiconHit> = Vec::new();
        self.each_hit(toks, |term, e| {
            hits.push(LexiconHit { term: term.to_owned(), weight: e.weight, category: e.category });
        });
        let mut best: Option<&LexiconHit> = None;
        for h in &hits {
            if best.is_none_or(|b| h.weight > b.weight) {
                best = Some(h);
            }
        }
        let Some(b) = best else { return (None, None) };
        let bt = b.term.trim_matches('*');
        let mut second: Option<&LexiconHit> = None;
        for h in &hits {
            let ht = h.term.trim_matches('*');
            if bt.contains(ht) || ht.contains(bt) {
                continue;
            }
            if second.is_none_or(|s| h.weight > s.weight) {
                second = Some(h);
            }
        }
        (Some(b.clone()), second.cloned())
    }

    /// How many distinct promises of weight `min` or more `toks` hold: entries found in it,
    /// strongest first, none of whose terms holds or is held in one counted before
    /// (`payday loans`, `bad credit`, `instant approval`: three; `gacor` and `slot gacor`: one).
    pub(crate) fn distinct_hits(&self, toks: &[String], min: f32) -> usize {
        let mut hits: Vec<(f32, String)> = Vec::new();
        self.each_hit(toks, |term, e| {
            if e.weight >= min {
                hits.push((e.weight, term.trim_matches('*').to_owned()));
            }
        });
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut kept: Vec<&str> = Vec::new();
        for (_, t) in &hits {
            if !kept.iter().any(|k| k.contains(t.as_str()) || t.contains(k)) {
                kept.push(t);
            }
        }
        kept.len()
    }

    /// The words of the phrase entries of `categories` of weight at least [`TOPIC_MIN_WEIGHT`].
    pub(crate) fn phrases_of<'a>(&'a self, categories: &'a [&str]) -> impl Iterator<Item = &'a [String]> + 'a {
        self.phrases.iter().filter(|(_, e)| Self::counts(e, categories)).map(|(w, _)| w.as_slice())
    }

    /// `toks` with each token (letters only, [`SEGMENT_MIN_BYTES`] or more) that is made of two
    /// or more whole-word entries and [`GLUE_WORDS`] split into them (`slotjackpot` → `slot`
    /// `jackpot`, `megaslotwins` → `mega` `slot` `wins`, `freespins` → `free` `spins`), or
    /// `None` when no token splits so: spam hosts glue the trade's words together. Pieces are
    /// three letters or more; of the splits of a token, the one with the longest first piece is
    /// taken. Whether the pieces promote anything is for [`Lexicon::best`] to say.
    pub(crate) fn segmented(&self, toks: &[String]) -> Option<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        let mut any = false;
        for t in toks {
            match self.segment(t) {
                Some(pieces) => {
                    any = true;
                    out.extend(pieces.into_iter().map(str::to_owned));
                }
                None => out.push(t.clone()),
            }
        }
        any.then_some(out)
    }

    fn segment<'t>(&self, t: &'t str) -> Option<Vec<&'t str>> {
        let b = t.as_bytes();
        let n = b.len();
        if !(SEGMENT_MIN_BYTES..=64).contains(&n) || !b.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let piece = |w: &str| GLUE_WORDS.contains(&w) || self.words.contains_key(&word_key(w));
        // from[i]: where the piece ending at i starts, when t[..i] splits into pieces.
        let mut from: Vec<Option<usize>> = vec![None; n + 1];
        from[0] = Some(0);
        for i in 0..n {
            if from[i].is_none() {
                continue;
            }
            for j in (i + 3..=n).rev() {
                if from[j].is_none() && piece(&t[i..j]) {
                    from[j] = Some(i);
                }
            }
        }
        from[n]?;
        let mut pieces = Vec::new();
        let mut j = n;
        while j > 0 {
            let i = from[j]?;
            pieces.push(&t[i..j]);
            j = i;
        }
        pieces.reverse();
        (pieces.len() >= 2).then_some(pieces)
    }

    /// Calls `consider` with every entry found in `toks` (its term as written in its file):
    /// words and fragments token by token, then phrases in list order.
    fn each_hit(&self, toks: &[String], mut consider: impl FnMut(&str, &Entry)) {
        // Phrases found anywhere in `toks`, considered in list order as before the index.
        let mut phrases: Vec<u32> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            let key = word_key(t);
            if let Some(e) = self.words.get(&key) {
                consider(t, e);
            }
            for (f, e) in self.fragments_in(t) {
                consider(&format!("*{f}*"), e);
            }
            if let Some(starting) = self.phrase_starts.get(&key) {
                phrases.extend(starting.iter().filter(|&&p| toks[i..].starts_with(&self.phrases[p as usize].0)));
            }
        }
        phrases.sort_unstable();
        phrases.dedup();
        for p in phrases {
            let (p, e) = &self.phrases[p as usize];
            consider(&p.join(" "), e);
        }
    }

    fn counts(e: &Entry, categories: &[&str]) -> bool {
        categories.contains(&e.category) && e.weight >= TOPIC_MIN_WEIGHT
    }

    /// The keys ([`word_key`]) of the whole-word entries of `categories` of weight at least
    /// [`TOPIC_MIN_WEIGHT`]: the words of prose that count towards an article's topic.
    pub(crate) fn word_keys_of<'a>(&'a self, categories: &'a [&str]) -> impl Iterator<Item = u64> + 'a {
        self.words.iter().filter(|(_, e)| Self::counts(e, categories)).map(|(k, _)| *k)
    }

    /// Occurrences of fragment entries of `categories` in lowercase `text` (one automaton pass).
    pub(crate) fn fragment_hits(&self, text: &str, categories: &[&str]) -> usize {
        self.automaton().map_or(0, |ac| {
            ac.find_iter(text).filter(|m| Self::counts(&self.fragments[m.pattern().as_usize()].1, categories)).count()
        })
    }
}

/// Calls `f` with each token of `s` as [`tokens`] makes them, lowercased into `buf` (no
/// allocation per token).
pub(crate) fn for_each_token(s: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    // ASCII stretches go byte by byte; only the words around a non-ASCII character are read
    // as chars.
    crate::text::for_each_ascii_chunk(s, |chunk, ascii| {
        if ascii { ascii_tokens_of(chunk, buf, &mut f) } else { char_tokens_of(chunk, buf, &mut f) }
    });
}

/// [`for_each_token`] on ASCII text: bytes, and a token without capitals passed uncopied.
fn ascii_tokens_of(s: &str, buf: &mut String, f: &mut impl FnMut(&str)) {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == b.len() {
            return;
        }
        let start = i;
        let digit = b[i].is_ascii_digit();
        while i < b.len() && b[i].is_ascii_alphanumeric() && b[i].is_ascii_digit() == digit {
            i += 1;
        }
        let tok = &s[start..i];
        if tok.bytes().any(|c| c.is_ascii_uppercase()) {
            buf.clear();
            buf.push_str(tok);
            buf.make_ascii_lowercase();
            f(buf);
        } else {
            f(tok);
        }
    }
}

/// [`for_each_token`] on any text, char by char.
fn char_tokens_of(s: &str, buf: &mut String, f: &mut impl FnMut(&str)) {
    buf.clear();
    let mut digit = false;
    for c in s.chars() {
        if !buf.is_empty() && is_combining_mark(c) {
            buf.push(c);
        } else if c.is_alphanumeric() {
            let d = c.is_numeric();
            if !buf.is_empty() && d != digit {
                f(buf);
                buf.clear();
            }
            digit = d;
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        } else if !buf.is_empty() {
            f(buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(buf);
        buf.clear();
    }
}

/// Lowercase tokens of a host, path or anchor: split at every non-alphanumeric character and
/// at every boundary between letters and digits (`slot88` → `slot`, `88`). A combining mark
/// stays in the word it marks: Thai tone marks and some vowel signs (and the virama of Indic
/// scripts) are not alphanumeric, and splitting at them cut `สล็อต` into `สล` and `อต`.
pub(crate) fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_digit = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if !cur.is_empty() && is_combining_mark(c) {
            cur.push(c);
        } else if c.is_alphanumeric() {
            let d = c.is_numeric();
            if !cur.is_empty() && d != cur_digit {
                out.push(std::mem::take(&mut cur));
            }
            cur_digit = d;
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A set of domains; a host matches when it or one of its parent domains is listed.
#[derive(Debug, Default, Clone)]
///
/// Domains are kept as 64-bit hashes (xxh3, lowercase): loading the 70,000 domains of the
/// builtin blocklists then takes a few milliseconds, and a false match needs a 64-bit collision.
pub(crate) struct DomainSet {
    set: crate::stages::bounded::PrehashedSet,
}

fn domain_hash(d: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(d.as_bytes())
}

/// The domain a list line names, if any: the last word before any `#`, without a trailing
/// dot or a leading `*.`, holding a dot, and not `localhost` or `0.0.0.0`.
fn listed_domain(line: &str) -> Option<&str> {
    if !line.is_ascii() {
        return listed_domain_unicode(line);
    }
    // ASCII lines (every line of the shipped lists): bytes, not chars. ASCII whitespace is
    // exactly what `split_whitespace` and `trim` cut at in ASCII text.
    let b = line.as_bytes();
    let b = &b[..memchr::memchr(b'#', b).unwrap_or(b.len())];
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace())? + 1;
    let start = b[..end].iter().rposition(u8::is_ascii_whitespace).map_or(0, |i| i + 1);
    accept_domain(&line[start..end])
}

/// [`listed_domain`] for a line with non-ASCII characters (Unicode whitespace counts).
fn listed_domain_unicode(line: &str) -> Option<&str> {
    let l = line.split('#').next().unwrap_or("").trim();
    accept_domain(l.split_whitespace().last()?)
}

fn accept_domain(d: &str) -> Option<&str> {
    let d = d.trim_end_matches('.');
    let d = d.strip_prefix("*.").unwrap_or(d);
    (d.contains('.') && d != "localhost" && d != "0.0.0.0").then_some(d)
}

impl DomainSet {
    /// Adds one list: one domain per line, or hosts-file lines (`0.0.0.0 example.com`).
    pub(crate) fn add_file(&mut self, src: &str) {
        // Room for every line up front: lists run to tens of thousands of domains, and growing
        // the set as it fills rehashes it a dozen times (a third of gleaner's start-up time).
        self.set.reserve(memchr::memchr_iter(b'\n', src.as_bytes()).count() + 1);
        // Lines cut at `\n` by memchr (`str::lines` searched each short line char by char);
        // a `\r` before it is whitespace, which `listed_domain` trims.
        let mut at = 0;
        let bytes = src.as_bytes();
        let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
        for end in ends {
            let l = &src[at..end];
            at = (end + 1).min(bytes.len());
            if let Some(d) = listed_domain(l) {
                let h = if d.bytes().any(|b| b.is_ascii_uppercase()) {
                    domain_hash(&d.to_ascii_lowercase())
                } else {
                    domain_hash(d)
                };
                self.set.insert(h);
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.set.len()
    }

    /// The listed domain that `host` (lowercase) is or is under, if any.
    pub(crate) fn matches<'h>(&self, host: &'h str) -> Option<&'h str> {
        let mut h = host;
        loop {
            if self.set.contains(&domain_hash(h)) {
                return Some(h);
            }
            match h.find('.') {
                Some(p) => h = &h[p + 1..],
                None => return None,
            }
        }
    }
}

/// Weighted TLDs (`<weight> <tld>` per line).
#[derive(Debug, Default, Clone)]
pub(crate) struct TldWeights {
    map: HashMap<String, f32>,
}

impl TldWeights {
    pub(crate) fn add_file(&mut self, src: &str) -> Result<(), ListProblem> {
        for (line, l) in content_lines(src) {
            let (w, t) = l
                .split_once(char::is_whitespace)
                .ok_or_else(|| ListProblem { line, message: "expected `<weight> <tld>`".into() })?;
            let w: f32 = w.parse().map_err(|_| ListProblem { line, message: format!("bad weight {w:?}") })?;
            self.map.insert(t.trim().trim_start_matches('.').to_ascii_lowercase(), w);
        }
        Ok(())
    }

    /// Weight of the host's TLD (or of its public suffix), if listed.
    pub(crate) fn weight(&self, host: &str, suffix: &str) -> Option<(&str, f32)> {
        if let Some((k, w)) = self.map.get_key_value(suffix) {
            return Some((k, *w));
        }
        let tld = host.rsplit('.').next()?;
        self.map.get_key_value(tld).map(|(k, w)| (k.as_str(), *w))
    }
}

/// Phrases, one per line, lowercased (citation cues).
pub(crate) fn phrases(src: &str) -> Vec<String> {
    let mut v: Vec<String> = content_lines(src).map(|(_, l)| l.to_lowercase()).collect();
    // Longest first, so that `dilansir dari` wins over `dilansir`.
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_letters_digits_and_punctuation() {
        assert_eq!(tokens("Slot88-GACOR.vip/a_b"), vec!["slot", "88", "gacor", "vip", "a", "b"]);
        assert_eq!(tokens("slotgacor"), vec!["slotgacor"]);
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        // Thai tone marks (U+0E47-U+0E4C) are not alphanumeric: the word must not break at them.
        assert_eq!(tokens("สล็อตเว็บตรง 88"), vec!["สล็อตเว็บตรง", "88"]);
        let mut buf = String::new();
        let mut seen = Vec::new();
        for_each_token("เล่นสล็อต, ฝากถอน", &mut buf, |t| seen.push(t.to_owned()));
        assert_eq!(seen, vec!["เล่นสล็อต", "ฝากถอน"]);
        // A mark with no word before it is not a word.
        assert_eq!(tokens("\u{0E48} a"), vec!["a"]);
        let mut l = Lexicon::default();
        l.add_file("0.9 *สล็อต*\n", "gambling").unwrap();
        assert_eq!(l.best(&tokens("เว็บสล็อตออนไลน์")).unwrap().term, "*สล็อต*");
    }

    #[test]
    fn lexicon_matches_words_phrases_and_fragments() {
        let mut l = Lexicon::default();
        l.add_file("# c\n0.5 slot\n1.0 *gacor*\n0.9 judi online\n", "gambling").unwrap();
        assert_eq!(l.len(), 3);
        assert_eq!(l.best(&tokens("slot88")).unwrap().weight, 0.5);
        let hit = l.best(&tokens("slotgacor88")).unwrap();
        assert_eq!((hit.term.as_str(), hit.weight), ("*gacor*", 1.0));
        assert_eq!(l.best(&tokens("situs judi online")).unwrap().term, "judi online");
        assert!(l.best(&tokens("judicial online")).is_none());
        assert!(l.add_file("x slot", "g").is_err());
        assert!(l.add_file("2 slot", "g").is_err());
    }

    #[test]
    fn glued_host_words_are_split_into_the_lexicons_and_glue_words() {
        let mut l = Lexicon::default();
        l.add_file("0.4 slot\n0.4 jackpot\n0.4 bet\n0.9 free spins\n", "gambling").unwrap();
        let seg = |s: &str| l.segmented(&tokens(s)).map(|v| v.join(" "));
        assert_eq!(seg("slotjackpot-usa").as_deref(), Some("slot jackpot usa"));
        assert_eq!(seg("megaslotwins").as_deref(), Some("mega slot wins"));
        assert_eq!(l.best(&l.segmented(&tokens("freespins")).unwrap()).unwrap().term, "free spins");
        // Words that are not all pieces, pieces under three letters, and a single piece do not split.
        for host in ["betterment", "alphabet", "slotwise", "thebetterindia", "slot", "slotx", "bestbuy"] {
            assert!(seg(host).is_none_or(|s| l.best(&tokens(&s)).is_none()), "{host}: {:?}", seg(host));
        }
    }

    /// [`Lexicon::best`] as it was before phrases were indexed by their first word: every
    /// phrase tried at every position.
    fn best_by_scan(l: &Lexicon, toks: &[String]) -> Option<LexiconHit> {
        let mut best: Option<LexiconHit> = None;
        let mut consider = |term: &str, e: &Entry| {
            if best.as_ref().is_none_or(|b| e.weight > b.weight) {
                best = Some(LexiconHit { term: term.to_owned(), weight: e.weight, category: e.category });
            }
        };
        for t in toks {
            if let Some(e) = l.words.get(&word_key(t)) {
                consider(t, e);
            }
            for (f, e) in l.fragments_in(t) {
                consider(&format!("*{f}*"), e);
            }
        }
        for (p, e) in &l.phrases {
            if toks.windows(p.len()).any(|w| w == p.as_slice()) {
                consider(&p.join(" "), e);
            }
        }
        best
    }

    /// [`for_each_token`] as it was before its ASCII path: chars, lowercased one by one.
    fn tokens_by_chars(s: &str) -> Vec<String> {
        let (mut out, mut buf, mut digit) = (Vec::new(), String::new(), false);
        for c in s.chars() {
            if !buf.is_empty() && is_combining_mark(c) {
                buf.push(c);
            } else if c.is_alphanumeric() {
                let d = c.is_numeric();
                if !buf.is_empty() && d != digit {
                    out.push(std::mem::take(&mut buf));
                }
                digit = d;
                buf.extend(c.to_lowercase());
            } else if !buf.is_empty() {
                out.push(std::mem::take(&mut buf));
            }
        }
        if !buf.is_empty() {
            out.push(buf);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn prose_tokens_are_the_char_by_char_ones(s in "[a-zA-Z0-9 .,'_\n-]{0,60}|[a-zA-Z0-9 éÉ٣漢İ-]{0,30}") {
            let mut got = Vec::new();
            for_each_token(&s, &mut String::new(), |t| got.push(t.to_owned()));
            proptest::prop_assert_eq!(got, tokens_by_chars(&s));
        }

        #[test]
        fn indexed_phrases_find_what_a_scan_finds(picks in proptest::collection::vec(0usize..10_000, 0..24)) {
            // The shipped lexicon; tokens drawn from its phrases (so that phrases, overlapping
            // ones and repeated first words occur) and from its single words and fragments.
            let mut l = Lexicon::default();
            for cat in ["gambling", "betting", "adult", "pharma", "loan", "seo", "cta"] {
                l.add_file(super::super::builtin_list(cat).unwrap(), cat).unwrap();
            }
            let mut vocab: Vec<String> = l.phrases.iter().flat_map(|(p, _)| p.iter().cloned()).collect();
            vocab.extend(l.fragments.iter().map(|(f, _)| f.clone()));
            vocab.extend(["the", "online", "gacor", "88", "situs"].map(String::from));
            // Odd picks add a whole phrase, even ones a single token.
            let mut toks: Vec<String> = Vec::new();
            for &i in &picks {
                if i % 2 == 1 {
                    toks.extend(l.phrases[i / 2 % l.phrases.len()].0.iter().cloned());
                } else {
                    toks.push(vocab[i / 2 % vocab.len()].clone());
                }
            }
            let hit = l.best(&toks);
            proptest::prop_assert_eq!(&hit, &best_by_scan(&l, &toks));
            if picks.iter().any(|i| i % 2 == 1) {
                proptest::prop_assert!(hit.is_some(), "a whole phrase is always a hit");
            }
        }
    }

    /// The domain of a list line as `DomainSet::add_file` first read it: `content_lines`,
    /// then the last word before any `#`.
    fn listed_domain_by_chars(line: &str) -> Option<&str> {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            return None;
        }
        accept_domain(l.split('#').next().unwrap_or("").split_whitespace().last()?)
    }

    proptest::proptest! {
        #[test]
        fn list_lines_parse_as_by_chars(line in "[ \t#.*a-zA-Z0-9\u{a0}\u{3000}é-]{0,40}") {
            proptest::prop_assert_eq!(listed_domain(&line), listed_domain_by_chars(&line));
        }
    }

    #[test]
    fn shipped_blocklists_parse_as_by_chars() {
        for name in ["hostsvn-gambling", "hostsvn-gambling-vn", "sinfonietta-gambling", "allow", "shorteners"] {
            let src = super::super::builtin_list(name).unwrap();
            for l in src.lines() {
                assert_eq!(listed_domain(l), listed_domain_by_chars(l), "{name}: {l:?}");
            }
        }
    }

    #[test]
    fn domain_set_matches_parents_and_hosts_format() {
        let mut d = DomainSet::default();
        d.add_file("# list\n0.0.0.0 bet365.com\nslot.example\n127.0.0.1 localhost\n");
        assert_eq!(d.len(), 2);
        assert_eq!(d.matches("www.bet365.com"), Some("bet365.com"));
        assert_eq!(d.matches("bet365.com.evil.org"), None);
        assert_eq!(d.matches("notbet365.com"), None);
    }

    #[test]
    fn tld_weights_prefer_suffix() {
        let mut t = TldWeights::default();
        t.add_file("0.5 xyz\n0.7 .vip\n").unwrap();
        assert_eq!(t.weight("a.vip", "vip"), Some(("vip", 0.7)));
        assert_eq!(t.weight("a.com", "com"), None);
    }
}
