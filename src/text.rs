//! Pure text primitives: byte spans, paragraph splitting, word segmentation and normalisation.
//!
//! Everything here works on `&str` and returns values; nothing allocates more than its output.
//! Two decisions shape the rest of gleaner:
//!
//! * **A paragraph is a non-empty line.** Scrapers separate paragraphs by one newline (detik) or
//!   a blank line (the seed), so every line holding something other than whitespace is a
//!   paragraph and the bytes between two paragraphs are its separator, kept exactly.
//! * **Tokens are normalised words.** Words are found by Unicode word segmentation (UAX #29,
//!   through `unicode-segmentation`), case-folded and NFKC-normalised, and hashed with xxh3 under
//!   a fixed seed. Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) give
//!   one token per character, so shingles over tokens become character n-grams there. A
//!   hand-written ASCII fast path gives the same words as UAX #29 on ASCII text (a property
//!   test checks the two agree) at a fraction of the cost; `benches/stages.rs` keeps the figure.

use std::fmt;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};
use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Seed of the token hash. Changing it changes every fingerprint, so snapshots record it.
pub(crate) const TOKEN_SEED: u64 = 0x676c_6561_6e65_7231; // "gleaner1"

/// A half-open range of **byte** offsets into a text (`start..end`).
///
/// Spans are bytes, never chars, and the type says so: every detector reports byte spans and
/// [`crate::stages::apply_findings`] copies the bytes outside them unchanged.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end` (`start <= end`).
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        ByteSpan { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The covered text. Panics if the span does not lie on char boundaries of `s`, which
    /// cannot happen for spans produced by this crate from the same `s`.
    pub fn of<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

impl fmt::Debug for ByteSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Splits `text` into paragraphs: every line that holds a non-whitespace character.
///
/// A line ends at `\n`; a `\r` just before it belongs to the line terminator, not to the
/// paragraph. The returned spans exclude the terminator. Whitespace-only lines are separators.
pub fn paragraphs(text: &str) -> Vec<ByteSpan> {
    let bytes = text.as_bytes();
    // Most articles have a few to a few dozen paragraphs: start with room for 16.
    let mut out = Vec::with_capacity(16);
    let mut start = 0;
    while start <= bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let mut e = end;
        if e > start && bytes[e - 1] == b'\r' {
            e -= 1;
        }
        if !is_blank(&text[start..e]) {
            out.push(ByteSpan::new(start, e));
        }
        if end == bytes.len() {
            break;
        }
        start = end + 1;
    }
    out
}

fn is_blank(s: &str) -> bool {
    // `char::is_whitespace`, as `str::trim` (used to reject an empty text) has it: the two
    // must agree. It stops at the first other character, which in a paragraph is nearly
    // always the first one (an `is_ascii` test in front of it read every line in full).
    s.chars().all(char::is_whitespace)
}

/// The spans to delete so that the paragraphs marked in `removed` disappear together with one
/// adjacent separator each, leaving every other byte of the text as it was.
///
/// A removed paragraph takes the separator after it, unless no kept paragraph follows it, in
/// which case it takes the separator before it (so the text does not end in a dangling blank
/// line and the original trailing bytes stay). Spans are sorted and may touch but never overlap.
pub fn paragraph_removals(paras: &[ByteSpan], removed: &[bool]) -> Vec<ByteSpan> {
    debug_assert_eq!(paras.len(), removed.len());
    let last_kept = removed.iter().rposition(|r| !r);
    let mut out = Vec::new();
    for (i, (p, r)) in paras.iter().zip(removed).enumerate() {
        if !r {
            continue;
        }
        let span = match last_kept {
            Some(l) if i < l => ByteSpan::new(p.start, paras[i + 1].start),
            Some(_) => ByteSpan::new(paras[i - 1].end, p.end),
            // Nothing kept: drop everything from the first paragraph to the last one.
            None if i + 1 < paras.len() => ByteSpan::new(p.start, paras[i + 1].start),
            None => ByteSpan::new(p.start, p.end),
        };
        out.push(span);
    }
    out
}

/// Where tokens go: their hashes, which of them hold a digit, and how many came from scripts
/// written without spaces.
#[derive(Default, Debug, Clone)]
pub struct Tokens {
    /// Token hashes in text order.
    pub hashes: Vec<u64>,
    /// For each token, whether it holds a digit (numbers, dates, model names: the specifics
    /// that tell two texts built from one template apart).
    pub has_digit: Vec<bool>,
    /// How many of them are single characters of a script written without spaces.
    pub cjk: usize,
}

impl Tokens {
    /// Empties the buffer, keeping its allocation.
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.has_digit.clear();
        self.cjk = 0;
    }

    #[inline]
    fn push(&mut self, h: u64, digit: bool) {
        self.hashes.push(h);
        self.has_digit.push(digit);
    }
}

/// Tokenises `s` and appends the normalised token hashes to `out`.
///
/// Words never span whitespace, so the text is cut at ASCII whitespace and only the chunks
/// holding a non-ASCII byte go through UAX #29; the rest takes the ASCII path.
pub fn tokenize(s: &str, out: &mut Tokens) {
    let b = s.as_bytes();
    if b.is_ascii() {
        ascii_tokens(b, out);
        return;
    }
    let mut buf = String::new();
    for_each_ascii_chunk(s, |chunk, ascii| {
        if ascii {
            ascii_tokens(chunk.as_bytes(), out);
        } else {
            for w in chunk.unicode_words() {
                push_unicode_word(w, &mut buf, out);
            }
        }
    });
}

/// Cuts `s` at ASCII whitespace into alternating chunks, in order: stretches of ASCII text
/// (`true`) and the whitespace-delimited runs around non-ASCII characters (`false`). Words
/// never span ASCII whitespace, so a tokenizer can take the fast ASCII path for the first
/// kind and read only the second kind char by char. Chunks may be empty.
pub(crate) fn for_each_ascii_chunk(s: &str, mut each: impl FnMut(&str, bool)) {
    let b = s.as_bytes();
    let mut run = 0;
    while let Some(p) = b[run..].iter().position(|&c| c >= 0x80) {
        let j = run + p;
        let cs = b[run..j].iter().rposition(u8::is_ascii_whitespace).map_or(run, |q| run + q + 1);
        let ce = b[j..].iter().position(u8::is_ascii_whitespace).map_or(b.len(), |q| j + q);
        each(&s[run..cs], true);
        each(&s[cs..ce], false);
        run = ce;
    }
    each(&s[run..], true);
}

/// The ASCII tokenizer: the word segmentation of [`ascii_words`] with the hashing of
/// [`hash_ascii_word`]. Word bytes (letters, digits, `_`) are classified 64 at a time into a
/// bit mask ([`word_bits64`]), so finding where a word starts and ends is a trailing-zero count
/// rather than a byte loop with a mispredicted exit per word; only the rare joiner (`don't`,
/// `3.5`) is looked at byte by byte. The word's bytes are then read eight at a time straight
/// from the text (masked to the word), lowercased and tested for digits in SWAR fashion.
fn ascii_tokens(b: &[u8], tokens: &mut Tokens) {
    let mut out = Staging { tokens, hashes: [0; STAGED], digits: [false; STAGED], len: 0 };
    ascii_tokens_into(b, &mut out);
    out.flush();
}

/// Tokens gathered in fixed arrays and moved to [`Tokens`] a block at a time: a store and a
/// count per token instead of two vector pushes, each checking its capacity.
struct Staging<'a> {
    tokens: &'a mut Tokens,
    hashes: [u64; STAGED],
    digits: [bool; STAGED],
    len: usize,
}

const STAGED: usize = 64;

impl Staging<'_> {
    #[inline]
    fn push(&mut self, h: u64, digit: bool) {
        if self.len == STAGED {
            self.flush();
        }
        self.hashes[self.len] = h;
        self.digits[self.len] = digit;
        self.len += 1;
    }

    fn flush(&mut self) {
        self.tokens.hashes.extend_from_slice(&self.hashes[..self.len]);
        self.tokens.has_digit.extend_from_slice(&self.digits[..self.len]);
        self.len = 0;
    }
}

fn ascii_tokens_into(b: &[u8], out: &mut Staging<'_>) {
    let n = b.len();
    // `bits`: bit j set when b[base + j] is a word byte (bytes past the end are not); `digits`:
    // when it is an ASCII digit.
    let mut base = 0;
    let (mut bits, mut digits) = word_bits64(b, 0);
    let mut i = 0;
    loop {
        // The next word start at or after `i`.
        loop {
            let m = if i - base < 64 { bits >> (i - base) } else { 0 };
            if m != 0 {
                i += m.trailing_zeros() as usize;
                break;
            }
            base += 64;
            if base >= n {
                return;
            }
            (bits, digits) = word_bits64(b, base);
            i = base;
        }
        let start = i;
        loop {
            // The end of the run of word bytes: the next byte that is not one. Bits shifted in
            // from above the window are zero, so a run reaching the window's end reloads.
            loop {
                let m = if i - base < 64 { !bits >> (i - base) } else { 0 };
                if m != 0 {
                    i += m.trailing_zeros() as usize;
                    break;
                }
                base += 64;
                (bits, digits) = word_bits64(b, base);
                i = base;
            }
            // A joiner between two letters or two digits continues the word.
            if i + 1 < n && i > start {
                let c = CLASS[b[i] as usize];
                if c & (MID_LETTER | MID_NUM) != 0 {
                    let both = CLASS[b[i - 1] as usize] & CLASS[b[i + 1] as usize];
                    if (c & MID_LETTER != 0 && both & ALPHA != 0) || (c & MID_NUM != 0 && both & DIGIT != 0) {
                        i += 1;
                        continue;
                    }
                }
            }
            break;
        }
        let w = &b[start..i];
        if w[0] == b'_' && !w.iter().any(|c| CLASS[*c as usize] & (ALPHA | DIGIT) != 0) {
            continue;
        }
        if w.len() > 16 {
            let digit = w.iter().any(u8::is_ascii_digit);
            out.push(hash_long_word(w), digit);
            continue;
        }
        let len = w.len();
        let (lo, hi) = if start + 16 <= n {
            // Read past the word and mask the excess off.
            let [keep_lo, keep_hi] = KEEP[len];
            (load8(&b[start..]) & keep_lo, load8(&b[start + 8..]) & keep_hi)
        } else {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(w);
            (load8(&buf[..8]), load8(&buf[8..]))
        };
        // A word that began in the current window has its digit bits there; one that began in
        // an earlier window is tested on its bytes.
        let digit = if start >= base {
            (digits >> (start - base)) & ((1u64 << len) - 1) != 0
        } else {
            (digit_mask(lo) | digit_mask(hi)) != 0
        };
        out.push(mix_lanes(swar_lower(lo), swar_lower(hi), w.len()), digit);
    }
}

/// The byte masks that keep the first `len` bytes of two 8-byte lanes, for `len` 0..=16.
static KEEP: [[u64; 2]; 17] = {
    let mut t = [[0u64; 2]; 17];
    let mut len = 0;
    while len <= 16 {
        t[len] = [keep_bytes(len), keep_bytes(len.saturating_sub(8))];
        len += 1;
    }
    t
};

/// The mask of the first `k` bytes of a little-endian `u64`.
const fn keep_bytes(k: usize) -> u64 {
    if k >= 8 { u64::MAX } else { (1u64 << (8 * k)) - 1 }
}

/// Bit `j` set when `b[at + j]` is a word byte (an ASCII letter, digit or `_`), for the 64
/// bytes from `at`, and beside it the same for ASCII digits; bytes past the end of `b` are
/// neither.
#[inline]
fn word_bits64(b: &[u8], at: usize) -> (u64, u64) {
    if at + 64 <= b.len() {
        let w: &[u8; 64] = b[at..at + 64].try_into().expect("64 bytes");
        word_bits_block(w)
    } else {
        let mut w = [0u8; 64];
        let tail = &b[at.min(b.len())..];
        w[..tail.len()].copy_from_slice(tail);
        word_bits_block(&w)
    }
}

/// [`word_bits64`] on one block: SSE2 (part of every x86_64) sixteen bytes per step.
#[cfg(target_arch = "x86_64")]
#[inline]
fn word_bits_block(w: &[u8; 64]) -> (u64, u64) {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let (mut words, mut digits) = (0u64, 0u64);
    for (k, chunk) in w.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics exist on every
        // x86_64 CPU; `chunk` is 16 readable bytes and the load has no alignment requirement.
        let (m, d) = unsafe {
            let x = _mm_loadu_si128(chunk.as_ptr().cast());
            // A byte is in `lo..lo + len` when (byte - lo), biased into signed range, is below
            // -128 + len: one add and one signed compare per range.
            let alpha = _mm_cmplt_epi8(
                _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80u8.wrapping_sub(b'a') as i8)),
                _mm_set1_epi8(i8::MIN + 26),
            );
            let digit = _mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(b'0') as i8)),
                _mm_set1_epi8(i8::MIN + 10),
            );
            let under = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'_' as i8));
            (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), under)), _mm_movemask_epi8(digit))
        };
        words |= u64::from(m as u32 & 0xFFFF) << (16 * k);
        digits |= u64::from(d as u32 & 0xFFFF) << (16 * k);
    }
    (words, digits)
}

/// [`word_bits64`] on one block, eight bytes per step in SWAR fashion.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn word_bits_block(w: &[u8; 64]) -> (u64, u64) {
    word_bits_block_swar(w)
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
#[inline]
fn word_bits_block_swar(w: &[u8; 64]) -> (u64, u64) {
    // High bit of each byte -> one bit per byte, in byte order.
    let gather = |m: u64| (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let (mut words, mut digits) = (0u64, 0u64);
    for (k, chunk) in w.chunks_exact(8).enumerate() {
        let x = load8(chunk);
        words |= gather(word_mask(x)) << (8 * k);
        digits |= gather(digit_mask(x)) << (8 * k);
    }
    (words, digits)
}

/// The high bit of each byte of `x` set when the byte is an ASCII digit (zero bytes are not).
#[inline]
fn digit_mask(x: u64) -> u64 {
    let ge0 = x.wrapping_add(LO * (0x80 - u64::from(b'0')));
    let gt9 = x.wrapping_add(LO * (0x80 - u64::from(b'9') - 1));
    ge0 & !gt9 & HI & !x
}

/// Returns the words of `s` as normalised strings (lowercase, NFKC; one string per character
/// in scripts written without spaces). For tests, tools and explanations, not for hot paths.
pub fn normalized_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    if s.is_ascii() {
        ascii_words(s.as_bytes(), |a, b| words.push(s[a..b].to_ascii_lowercase()));
        return words;
    }
    for w in s.unicode_words() {
        let n = normalize_word(w);
        if n.chars().any(is_unspaced_script) {
            words.extend(n.chars().filter(|c| c.is_alphanumeric()).map(String::from));
        } else {
            words.push(n);
        }
    }
    words
}

fn push_unicode_word(w: &str, buf: &mut String, out: &mut Tokens) {
    if w.is_ascii() {
        out.push(hash_ascii_word(w.as_bytes()), w.bytes().any(|b| b.is_ascii_digit()));
        return;
    }
    buf.clear();
    if is_nfkc_quick(w.chars()) == IsNormalized::Yes {
        buf.push_str(w);
    } else {
        buf.extend(w.nfkc());
    }
    if buf.chars().any(is_unspaced_script) {
        let mut tmp = [0u8; 4];
        for c in buf.chars().filter(|c| c.is_alphanumeric()) {
            out.push(xxh3_64_with_seed(c.encode_utf8(&mut tmp).as_bytes(), TOKEN_SEED), c.is_numeric());
            out.cjk += 1;
        }
        return;
    }
    let lower: String = buf.chars().flat_map(char::to_lowercase).collect();
    let digit = lower.chars().any(char::is_numeric);
    // After NFKC a word may be plain ASCII (full-width letters): hash it as the ASCII path does.
    let h = if lower.is_ascii() {
        hash_ascii_word(lower.as_bytes())
    } else {
        xxh3_64_with_seed(lower.as_bytes(), TOKEN_SEED)
    };
    out.push(h, digit);
}

fn normalize_word(w: &str) -> String {
    let nf: String = if is_nfkc_quick(w.chars()) == IsNormalized::Yes { w.to_owned() } else { w.nfkc().collect() };
    nf.chars().flat_map(char::to_lowercase).collect()
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

#[inline]
fn load8(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().expect("callers pass at least 8 bytes"))
}

/// Lowercases the ASCII letters of eight bytes at once: a byte in `A..=Z` gets bit 5 set.
#[inline]
fn swar_lower(x: u64) -> u64 {
    // For bytes < 0x80: (x + (0x80 - 'A')) has the high bit iff x >= 'A'; (x + (0x80 - 'Z' - 1))
    // has it iff x > 'Z'. The difference of the two marks `A..=Z`.
    let ge_a = x.wrapping_add(LO * (0x80 - b'A' as u64));
    let gt_z = x.wrapping_add(LO * (0x80 - b'Z' as u64 - 1));
    let upper = (ge_a & !gt_z) & HI & !x;
    x | (upper >> 2)
}

/// Hash of an ASCII word after lowercasing. A word of up to 16 bytes (nearly all) is its
/// lowercase bytes packed little-endian into two 8-byte lanes, zero-padded, mixed with its
/// length; a longer word is hashed by xxh3. [`ascii_tokens`] computes the same lanes while it
/// scans, so both give the same hash for the same word.
#[inline]
fn hash_ascii_word(w: &[u8]) -> u64 {
    let n = w.len();
    if n > 16 {
        return hash_long_word(w);
    }
    let mut buf = [0u8; 16];
    buf[..n].copy_from_slice(w);
    let lo = swar_lower(load8(&buf[..8]));
    let hi = swar_lower(load8(&buf[8..]));
    mix_lanes(lo, hi, n)
}

#[inline]
fn mix_lanes(lo: u64, hi: u64, n: usize) -> u64 {
    let h = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hi.rotate_left(31).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    crate::stages::neardup::simhash::fmix64(h ^ (n as u64).wrapping_mul(0x1656_67B1_9E37_79F9) ^ TOKEN_SEED)
}

#[cold]
fn hash_long_word(w: &[u8]) -> u64 {
    xxh3_64_with_seed(&w.to_ascii_lowercase(), TOKEN_SEED)
}

/// True for characters of scripts written without spaces between words, where gleaner uses
/// characters as tokens: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
#[inline]
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFF66..=0xFF9F    // half-width Katakana
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x20000..=0x3134F  // CJK extensions B..G
    )
}

/// Word segmentation of ASCII text, identical to UAX #29 `unicode_words` on ASCII input.
///
/// ASCII word-break classes: letters (ALetter), digits (Numeric), `_` (ExtendNumLet), `:`
/// (MidLetter), `.` (MidNumLet), `'` (Single_Quote, which acts as MidNumLet outside Hebrew),
/// `,` and `;` (MidNum). Rules WB5–WB13b join letters and digits, join across one MidLetter or
/// MidNumLet between two letters and one MidNum or MidNumLet between two digits, and join `_`
/// to anything word-like. A segment counts as a word if it holds a letter or a digit.
#[inline]
pub(crate) fn ascii_words(s: &[u8], mut f: impl FnMut(usize, usize)) {
    let n = s.len();
    let mut i = 0;
    loop {
        // Skip to a word character, eight bytes at a time.
        while i + 8 <= n {
            let m = word_mask(load8(&s[i..]));
            if m != 0 {
                i += (m.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        while i < n && CLASS[s[i] as usize] & WORD == 0 {
            i += 1;
        }
        if i >= n {
            return;
        }
        let start = i;
        loop {
            // The run of letters, digits and underscores.
            while i + 8 <= n {
                let m = !word_mask(load8(&s[i..])) & HI;
                if m != 0 {
                    i += (m.trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            while i < n && CLASS[s[i] as usize] & WORD != 0 {
                i += 1;
            }
            // A joiner between two letters or two digits continues the word.
            if i + 1 < n && i > start {
                let c = CLASS[s[i] as usize];
                if c & (MID_LETTER | MID_NUM) != 0 {
                    let both = CLASS[s[i - 1] as usize] & CLASS[s[i + 1] as usize];
                    if (c & MID_LETTER != 0 && both & ALPHA != 0) || (c & MID_NUM != 0 && both & DIGIT != 0) {
                        i += 1;
                        continue;
                    }
                }
            }
            break;
        }
        // A run of underscores alone is not a word.
        if s[start] != b'_' || s[start..i].iter().any(|c| CLASS[*c as usize] & (ALPHA | DIGIT) != 0) {
            f(start, i);
        }
    }
}

/// The high bit of each of eight ASCII bytes set when the byte is a letter, a digit or `_`.
#[inline]
fn word_mask(x: u64) -> u64 {
    // For bytes below 0x80, adding 0x80 - c sets the high bit exactly when the byte is >= c,
    // without carrying into the next byte.
    let ge = |c: u8| x.wrapping_add(LO * (0x80 - u64::from(c)));
    let range = |lo: u8, hi: u8| ge(lo) & !ge(hi + 1);
    let y = x ^ (LO * u64::from(b'_'));
    let underscore = !(((y & !HI).wrapping_add(!HI)) | y);
    (range(b'0', b'9') | range(b'A', b'Z') | range(b'a', b'z') | underscore) & HI
}

const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const UNDER: u8 = 4;
const MID_LETTER: u8 = 8;
const MID_NUM: u8 = 16;
const WORD: u8 = ALPHA | DIGIT | UNDER;

/// UAX #29 word-break classes of ASCII bytes (bytes >= 0x80 are never in an ASCII chunk).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            ALPHA
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b == b'_' {
            UNDER
        } else if b == b'.' || b == b'\'' {
            MID_LETTER | MID_NUM
        } else if b == b':' {
            MID_LETTER
        } else if b == b',' || b == b';' {
            MID_NUM
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Collapses every run of Unicode whitespace to one space and trims both ends.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Cuts `s` to at most `max` bytes on a char boundary.
pub fn truncate_at_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spans_text<'a>(t: &'a str, s: &[ByteSpan]) -> Vec<&'a str> {
        s.iter().map(|s| s.of(t)).collect()
    }

    #[test]
    fn paragraphs_are_non_empty_lines() {
        let t = "  Title\n\nfirst para\n \t\nsecond\r\nthird\n";
        assert_eq!(spans_text(t, &paragraphs(t)), vec!["  Title", "first para", "second", "third"]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n  \n").is_empty());
        // Regression (issue 7): a vertical tab is whitespace here as in `str::trim`.
        assert!(paragraphs("\u{b}\n\u{c} \r\n").is_empty());
        assert_eq!(spans_text("x", &paragraphs("x")), vec!["x"]);
    }

    fn remove(t: &str, which: &[usize]) -> String {
        let p = paragraphs(t);
        let mut removed = vec![false; p.len()];
        for &w in which {
            removed[w] = true;
        }
        let spans = paragraph_removals(&p, &removed);
        let mut out = String::new();
        let mut at = 0;
        for s in spans {
            assert!(s.start >= at, "overlapping removal spans");
            out.push_str(&t[at..s.start]);
            at = s.end;
        }
        out.push_str(&t[at..]);
        out
    }

    #[test]
    fn removing_paragraphs_keeps_other_bytes_and_separators() {
        let t = "a a\n\nb  b\n\nc\n\nd";
        assert_eq!(remove(t, &[0]), "b  b\n\nc\n\nd");
        assert_eq!(remove(t, &[1]), "a a\n\nc\n\nd");
        assert_eq!(remove(t, &[3]), "a a\n\nb  b\n\nc");
        assert_eq!(remove(t, &[2, 3]), "a a\n\nb  b");
        assert_eq!(remove(t, &[0, 1, 2, 3]), "");
        let t = "a\nb\n\n\nc\n";
        assert_eq!(remove(t, &[1]), "a\nc\n");
        assert_eq!(remove(t, &[2]), "a\nb\n");
    }

    #[test]
    fn ascii_words_follow_uax29_examples() {
        fn words(s: &str) -> Vec<&str> {
            let mut v = Vec::new();
            ascii_words(s.as_bytes(), |a, b| v.push(&s[a..b]));
            v
        }
        assert_eq!(words("Hello, world!"), vec!["Hello", "world"]);
        assert_eq!(words("can't 3.14 1,000 e.g. a_b _x"), vec!["can't", "3.14", "1,000", "e.g", "a_b", "_x"]);
        assert_eq!(words("a:b 1:2 a.1 ___"), vec!["a:b", "1", "2", "a", "1"]);
    }

    #[test]
    fn tokens_are_case_folded_and_nfkc_normalised() {
        let mut a = Tokens::default();
        let mut b = Tokens::default();
        tokenize("Ｓｌｏｔ GACOR", &mut a);
        tokenize("slot gacor", &mut b);
        assert_eq!(a.hashes, b.hashes);
        assert_eq!(normalized_words("Ｓｌｏｔ GACOR café"), vec!["slot", "gacor", "café"]);
    }

    #[test]
    fn unspaced_scripts_give_one_token_per_character() {
        let mut t = Tokens::default();
        tokenize("東京タワー、ok", &mut t);
        assert_eq!(t.hashes.len(), 6);
        assert_eq!(t.cjk, 5);
        assert_eq!(normalized_words("ｶﾀｶﾅ"), vec!["カ", "タ", "カ", "ナ"]);
    }

    #[test]
    fn collapse_and_truncate() {
        assert_eq!(collapse_whitespace("  a \t b\n\nc "), "a b c");
        assert_eq!(truncate_at_boundary("héllo", 2), "h");
        assert_eq!(truncate_at_boundary("héllo", 3), "hé");
    }

    #[test]
    fn swar_lowercase_matches_ascii_lowercase() {
        for c in 0u8..128 {
            let x = u64::from_le_bytes([c; 8]);
            assert_eq!(swar_lower(x), u64::from_le_bytes([c.to_ascii_lowercase(); 8]), "{c}");
        }
        assert_eq!(hash_ascii_word(b"GaCoR"), hash_ascii_word(b"gacor"));
        assert_ne!(hash_ascii_word(b"gacor"), hash_ascii_word(b"gacor "));
        assert_eq!(hash_ascii_word(b"A_VERY_LONG_WORD_INDEED"), hash_ascii_word(b"a_very_long_word_indeed"));
    }

    proptest! {
        #[test]
        fn fused_ascii_tokens_equal_words_then_hash(
            s in "[a-cA-C0-9_.,;:' \\-\n]{0,200}|[a-zA-Z ]{0,300}|[a-z]{10,140}( [a-z0-9]{1,30}){0,9}"
        ) {
            let mut fused = Tokens::default();
            ascii_tokens(s.as_bytes(), &mut fused);
            let mut hashes = Vec::new();
            let mut digits = Vec::new();
            ascii_words(s.as_bytes(), |a, b| {
                let w = &s.as_bytes()[a..b];
                hashes.push(hash_ascii_word(w));
                digits.push(w.iter().any(u8::is_ascii_digit));
            });
            prop_assert_eq!(fused.hashes, hashes);
            prop_assert_eq!(fused.has_digit, digits);
        }

        #[test]
        fn word_bits_agree_with_the_class_table(block in proptest::collection::vec(0u8..128, 64)) {
            let w: &[u8; 64] = block.as_slice().try_into().unwrap();
            let want = block.iter().enumerate().fold(0u64, |m, (j, c)| m | u64::from(CLASS[*c as usize] & WORD != 0) << j);
            let digits = block.iter().enumerate().fold(0u64, |m, (j, c)| m | u64::from(c.is_ascii_digit()) << j);
            prop_assert_eq!(word_bits_block(w), (want, digits));
            prop_assert_eq!(word_bits_block_swar(w), (want, digits));
        }

        #[test]
        fn ascii_fast_path_equals_unicode_words(s in "[a-cA-C0-9_.,;:' \\-\n]{0,40}") {
            let mut fast = Vec::new();
            ascii_words(s.as_bytes(), |a, b| fast.push(&s[a..b]));
            let slow: Vec<&str> = s.unicode_words().collect();
            prop_assert_eq!(fast, slow);
        }

        #[test]
        fn paragraph_removal_never_touches_kept_paragraphs(
            lines in proptest::collection::vec("[ab ]{0,4}", 0..8),
            mask in proptest::collection::vec(any::<bool>(), 8),
        ) {
            let t = lines.join("\n");
            let p = paragraphs(&t);
            let removed: Vec<bool> = (0..p.len()).map(|i| mask[i]).collect();
            let spans = paragraph_removals(&p, &removed);
            for (i, para) in p.iter().enumerate() {
                let overlapping = spans.iter().any(|s| s.start < para.end && para.start < s.end);
                let covered = spans.iter().any(|s| s.contains(*para));
                if removed[i] { prop_assert!(covered) } else { prop_assert!(!overlapping) }
            }
        }
    }
}
