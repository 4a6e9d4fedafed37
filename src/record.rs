//! Records in and out: decoding one JSON line without disturbing the fields gleaner does not
//! own, the explanation attached to each cleaned record, and the reject line.
//!
//! A record is decoded into its fields in their original order, each value kept as the exact
//! bytes it had in the input ([`RawValue`]). Only the text field is re-encoded on output, the
//! explanation is appended under the key `gleaner`, and everything else is copied byte for byte.
//! Decoding borrows from the line: no field is copied unless JSON escapes force it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::RecordError;
use crate::text::truncate_at_boundary;

/// Names of the fields gleaner reads. Configurable because scrapers name them differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FieldNames {
    /// The article body, cleaned in place. Required, a string.
    pub text: String,
    /// The title, used to find title echoes. Optional string.
    pub title: String,
    /// The article's own URL, used for own-site links and per-site boilerplate. Optional string.
    pub url: String,
    /// The record id, reported as `duplicate_of`. Optional string or number; the 1-based line
    /// number when absent.
    pub id: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames { text: "text".into(), title: "title".into(), url: "url".into(), id: "id".into() }
    }
}

/// The key under which gleaner writes its explanation.
pub const EXPLANATION_KEY: &str = "gleaner";

/// Position of a line in the input stream: which input, which line (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LinePos {
    /// Index of the input in the list of inputs.
    pub input: u32,
    /// 1-based line number inside that input.
    pub line: u64,
}

/// A decoded record: its fields in input order, plus the ones gleaner reads.
#[derive(Debug)]
pub struct Record<'a> {
    /// The whole line, validated as UTF-8.
    pub line: &'a str,
    /// Every field of the object, in input order, values as raw JSON.
    pub fields: Vec<(Cow<'a, str>, &'a RawValue)>,
    /// The text to clean.
    pub text: Cow<'a, str>,
    /// The title, empty when absent.
    pub title: Cow<'a, str>,
    /// The URL, empty when absent.
    pub url: Cow<'a, str>,
    /// The id as raw JSON (a string literal or a number), or the line number.
    pub id_json: Cow<'a, str>,
}

/// The fields of a JSON object, in order (repeated keys included; the caller rejects them).
struct Fields<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut m: M) -> Result<Self::Value, M::Error> {
                let mut fields: Vec<(Cow<'de, str>, &'de RawValue)> = Vec::with_capacity(8);
                while let Some(key) = m.next_key::<Key<'de>>()? {
                    let value: &'de RawValue = m.next_value()?;
                    fields.push((key.0, value));
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(V)
    }
}

/// A map key, borrowed unless it contains escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct K<'a>(#[serde(borrow)] Cow<'a, str>);
        K::deserialize(d).map(|k| Key(k.0))
    }
}

/// Deepest nesting of arrays and objects accepted inside a record (serde_json's own limit,
/// so that whatever gleaner writes, serde_json can read back).
pub const MAX_DEPTH: usize = 127;

/// Nesting depth of a raw JSON value, counted without recursion.
fn nesting_depth(raw: &str) -> usize {
    let b = raw.as_bytes();
    if !matches!(b.first(), Some(b'{' | b'[')) {
        return 0;
    }
    let (mut depth, mut max, mut in_str, mut esc) = (0usize, 0usize, false, false);
    for &c in b {
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'{' | b'[' => {
                depth += 1;
                max = max.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The first key that occurs twice, found in linear time for any number of keys.
fn repeated_key<'k>(fields: &'k [(Cow<'_, str>, &RawValue)]) -> Option<&'k str> {
    if fields.len() <= 16 {
        return fields
            .iter()
            .enumerate()
            .find(|(i, (k, _))| fields[..*i].iter().any(|(j, _)| j == k))
            .map(|(_, (k, _))| k.as_ref());
    }
    let mut seen = std::collections::HashSet::with_capacity(fields.len());
    fields.iter().map(|(k, _)| k.as_ref()).find(|k| !seen.insert(*k))
}

/// The first `\u` escape (four hex digits) in `line` (valid JSON) that encodes half of a surrogate pair
/// without its other half. JSON's grammar lets it through, but it is not Unicode: serde_json
/// (and so every Rust reader of gleaner's output) refuses it, so such a record is rejected
/// whole rather than copied into the output.
fn lone_surrogate(line: &str) -> Option<String> {
    let b = line.as_bytes();
    let hex = |at: usize| -> Option<u16> {
        let h = b.get(at..at + 4)?;
        u16::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let mut i = 0;
    // In valid JSON a backslash occurs only inside strings, where it starts an escape.
    while let Some(k) = b.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let at = i + k;
        if b.get(at + 1) != Some(&b'u') {
            i = at + 2;
            continue;
        }
        let u = hex(at + 2)?;
        i = at + 6;
        match u {
            0xD800..=0xDBFF
                if b.get(at + 6..at + 8) == Some(b"\\u") && matches!(hex(at + 8), Some(0xDC00..=0xDFFF)) =>
            {
                i = at + 12;
            }
            0xD800..=0xDFFF => return Some(format!("lone surrogate \\u{u:04x} at byte {at}")),
            _ => {}
        }
    }
    None
}

fn json_kind(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

fn json_kind_of_line(line: &str) -> &'static str {
    match line.trim_start().as_bytes().first() {
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'0'..=b'9' | b'-') => "a number",
        _ => "something else",
    }
}

fn string_value<'a>(raw: &'a RawValue) -> Option<Cow<'a, str>> {
    let s = raw.get();
    if !s.starts_with('"') {
        return None;
    }
    // `raw` is one JSON value that serde_json has already validated: a string here is
    // well formed (valid escapes, no raw control characters) and ends with its quote. The
    // common escapes are decoded here, between memchr jumps, instead of by a second full
    // pass of serde_json's string parser; a `\u` escape (rare in text) goes to serde_json.
    let inner = &s[1..s.len() - 1];
    let b = inner.as_bytes();
    let Some(mut i) = memchr::memchr(b'\\', b) else {
        return Some(Cow::Borrowed(inner));
    };
    let mut out = String::with_capacity(inner.len());
    let mut at = 0;
    loop {
        out.push_str(&inner[at..i]);
        out.push(match b[i + 1] {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            _ => return string_value_serde(raw),
        });
        at = i + 2;
        match memchr::memchr(b'\\', &b[at..]) {
            Some(p) => i = at + p,
            None => break,
        }
    }
    out.push_str(&inner[at..]);
    Some(Cow::Owned(out))
}

/// [`string_value`] by serde_json alone (every escape, `\u` included).
fn string_value_serde<'a>(raw: &'a RawValue) -> Option<Cow<'a, str>> {
    #[derive(Deserialize)]
    struct S<'a>(#[serde(borrow)] Cow<'a, str>);
    serde_json::from_str::<S<'a>>(raw.get()).ok().map(|s| s.0)
}

/// Decodes one input line (without its line terminator).
///
/// # Errors
/// A [`RecordError`] saying what is wrong; the caller turns it into a reject line.
pub fn parse_record<'a>(line: &'a [u8], names: &FieldNames, pos: LinePos) -> Result<Record<'a>, RecordError> {
    let line = std::str::from_utf8(line).map_err(|e| RecordError::InvalidUtf8 { offset: e.valid_up_to() })?;
    parse_record_str(line, names, pos)
}

/// [`parse_record`] on a line already known to be UTF-8.
///
/// # Errors
/// As [`parse_record`], except that the line cannot be invalid UTF-8.
pub fn parse_record_str<'a>(line: &'a str, names: &FieldNames, pos: LinePos) -> Result<Record<'a>, RecordError> {
    if line.trim().is_empty() {
        return Err(RecordError::EmptyLine);
    }
    let Fields(fields) = match serde_json::from_str::<Fields<'a>>(line) {
        Ok(f) => f,
        Err(e) if e.is_data() && !line.trim_start().starts_with('{') => {
            return Err(RecordError::NotAnObject(json_kind_of_line(line)));
        }
        Err(e) => return Err(RecordError::InvalidJson(e.to_string())),
    };
    if let Some(e) = lone_surrogate(line) {
        return Err(RecordError::InvalidJson(e));
    }
    if let Some(k) = repeated_key(&fields) {
        return Err(RecordError::DuplicateKey(k.to_owned()));
    }
    if let Some((k, _)) = fields.iter().find(|(_, v)| nesting_depth(v.get()) > MAX_DEPTH) {
        return Err(RecordError::TooDeep { field: k.to_string(), max: MAX_DEPTH });
    }
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| *v);
    let text = match get(&names.text) {
        None => return Err(RecordError::MissingText(names.text.clone())),
        Some(v) => string_value(v).ok_or_else(|| RecordError::WrongType {
            field: names.text.clone(),
            expected: "a string",
            found: json_kind(v),
        })?,
    };
    if text.trim().is_empty() {
        return Err(RecordError::EmptyText(names.text.clone()));
    }
    let optional_string = |name: &str| -> Result<Cow<'a, str>, RecordError> {
        match get(name) {
            None => Ok(Cow::Borrowed("")),
            Some(v) if v.get() == "null" => Ok(Cow::Borrowed("")),
            Some(v) => string_value(v).ok_or_else(|| RecordError::WrongType {
                field: name.to_owned(),
                expected: "a string or null",
                found: json_kind(v),
            }),
        }
    };
    let title = optional_string(&names.title)?;
    let url = optional_string(&names.url)?;
    let id_json = match get(&names.id) {
        None => Cow::Owned(pos.line.to_string()),
        Some(v) if v.get() == "null" => Cow::Owned(pos.line.to_string()),
        Some(v) => match v.get().as_bytes()[0] {
            b'"' | b'-' | b'0'..=b'9' => Cow::Borrowed(v.get()),
            _ => {
                return Err(RecordError::WrongType {
                    field: names.id.clone(),
                    expected: "a string, a number or null",
                    found: json_kind(v),
                });
            }
        },
    };
    Ok(Record { line, fields, text, title, url, id_json })
}

/// What gleaner decided about a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// Cleaned and emitted.
    Kept,
    /// A near or exact duplicate of an earlier kept record; goes to rejects unless
    /// `--keep-duplicates`.
    Duplicate,
    /// Nothing was left after cleaning (every paragraph removed); goes to rejects.
    Empty,
}

/// Why a paragraph was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphReason {
    /// The same paragraph (after normalisation) appeared earlier in the text.
    Repeat,
    /// Nearly the same as another paragraph: it contains it but for a few words at its ends, or
    /// their fingerprints are within a small distance.
    NearRepeat,
    /// It repeats the record's title.
    TitleEcho,
    /// The record's site repeats it in many of its documents.
    Boilerplate,
    /// It carried an injected link: either it is a near repeat of a clean paragraph or nothing
    /// but the removed links was left in it.
    SpamCarrier,
}

/// One removed paragraph in the explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedParagraph {
    /// 0-based index of the paragraph among the paragraphs of the input text.
    pub index: usize,
    /// Why it was removed.
    pub reason: ParagraphReason,
    /// Index of the paragraph it repeats, if any.
    pub of: Option<usize>,
}

/// One removed URL in the explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemovedUrl {
    /// The URL as it appeared in the text.
    pub url: String,
    /// The strongest signal that made it spam, e.g. `homepage_mid_sentence`.
    pub reason: String,
    /// The sentence around it, a pitch for it, went too (written only when true).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub with_sentence: bool,
}

/// The score of one URL, written with `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlScore {
    /// The URL as it appeared in the text.
    pub url: String,
    /// Sum of the signal weights; removed when at or above the threshold.
    pub score: f32,
    /// Whether it was removed.
    pub removed: bool,
    /// The signals that fired, as `name` or `name:detail`, with their weights.
    pub signals: Vec<String>,
}

/// The `gleaner` object attached to every cleaned record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Explanation {
    /// Kept, duplicate or empty.
    pub verdict: Verdict,
    /// 64-bit simhash of the cleaned text, 16 lowercase hex digits.
    pub simhash: String,
    /// Id of the earlier record this one duplicates, as it was in the input.
    pub duplicate_of: Option<Box<RawValue>>,
    /// Hamming distance to that record's simhash (0 for exact copies).
    pub distance: Option<u32>,
    /// Estimated Jaccard similarity of the two texts' shingle sets, from the sketches kept in
    /// the index (1 for exact copies); present for duplicates only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub similarity: Option<f32>,
    /// URLs removed from the text.
    pub removed_urls: Vec<RemovedUrl>,
    /// Paragraphs removed from the text.
    pub removed_paragraphs: Vec<RemovedParagraph>,
    /// Every URL found and its score (only with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub urls: Option<Vec<UrlScore>>,
}

/// Appends `s` to `out` as a JSON string literal, byte for byte as serde_json writes it (`\"`,
/// `\\`, `\b \f \n \r \t`, other control characters as `\u00xx`, everything else as is).
/// Runs that need no escape are found by `plain_prefix` and copied at once: this is most of
/// every article, and serde_json's byte-at-a-time loop was the largest cost of writing a record.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut i = 0;
    loop {
        let plain = plain_prefix(&b[i..]);
        out.extend_from_slice(&b[i..i + plain]);
        i += plain;
        let Some(&c) = b.get(i) else { break };
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => b"",
        };
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
        } else {
            out.extend_from_slice(esc);
        }
        i += 1;
    }
    out.push(b'"');
}

/// The length of the run at the start of `b` that a JSON string holds as it is: no quote,
/// backslash or control character. 32 bytes at a time with AVX2 (the x86-64-v3 build of
/// `.cargo/config.toml`; a run between two line breaks is a paragraph, hundreds of bytes), then
/// 8 at a time: the lowest flagged byte of the bit trick is exact (a borrow only flags bytes
/// above a true one).
#[inline]
fn plain_prefix(b: &[u8]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    #[cfg(all(target_arch = "x86_64", target_feature = "avx2"))]
    while i + 32 <= b.len() {
        use std::arch::x86_64::{
            __m256i, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_max_epu8, _mm256_movemask_epi8, _mm256_or_si256,
            _mm256_set1_epi8,
        };
        // SAFETY: AVX2 is enabled for the whole build (so every CPU the binary runs on has it);
        // the unaligned load reads b[i..i + 32], inside `b`.
        let special = unsafe {
            let v = _mm256_loadu_si256(b.as_ptr().add(i).cast::<__m256i>());
            let ctrl = _mm256_cmpeq_epi8(_mm256_max_epu8(v, _mm256_set1_epi8(0x1f)), _mm256_set1_epi8(0x1f));
            let quote = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b'"' as i8));
            let backslash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b'\\' as i8));
            _mm256_movemask_epi8(_mm256_or_si256(ctrl, _mm256_or_si256(quote, backslash))) as u32
        };
        if special != 0 {
            return i + special.trailing_zeros() as usize;
        }
        i += 32;
    }
    let zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    while i + 8 <= b.len() {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        let special = (w.wrapping_sub(LO * 0x20) & !w & HI)
            | zero(w ^ (LO * u64::from(b'"')))
            | zero(w ^ (LO * u64::from(b'\\')));
        if special != 0 {
            return i + (special.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + b[i..].iter().take_while(|&&c| c >= 0x20 && c != b'"' && c != b'\\').count()
}

/// Writes the output record: the input fields (key, raw JSON value) in order with the value
/// of `text_key` replaced by `text` and any previous `gleaner` key dropped, then the
/// explanation. Ends with a newline.
pub fn write_record<'a>(
    out: &mut Vec<u8>,
    fields: impl Iterator<Item = (&'a str, &'a str)>,
    text_key: &str,
    text: &str,
    exp: &Explanation,
) {
    out.push(b'{');
    let mut first = true;
    for (k, v) in fields {
        if k == EXPLANATION_KEY {
            continue;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        write_json_str(out, k);
        out.push(b':');
        if k == text_key {
            write_json_str(out, text);
        } else if v.contains(['\n', '\r']) {
            // A raw CR or LF in valid JSON can only be whitespace between tokens (strings
            // escape them): a space says the same and keeps one record on one line, whatever
            // newline convention the reader splits on.
            out.extend(v.bytes().map(|b| if b == b'\n' || b == b'\r' { b' ' } else { b }));
        } else {
            out.extend_from_slice(v.as_bytes());
        }
    }
    if !first {
        out.push(b',');
    }
    write_json_str(out, EXPLANATION_KEY);
    out.push(b':');
    serde_json::to_writer(&mut *out, exp).expect("serialising an Explanation into a Vec cannot fail");
    out.extend_from_slice(b"}\n");
}

/// Largest part of the raw line copied into a reject.
pub const REJECT_RAW_MAX: usize = 4096;

/// A line that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reject {
    /// 1-based line number in its input.
    pub line: u64,
    /// The input's name (`-` for stdin).
    pub input: String,
    /// Stable reason code, e.g. `invalid_json`.
    pub reason: String,
    /// Human-readable message.
    pub error: String,
    /// The line, decoded lossily, cut at 4 KiB.
    pub raw: String,
}

impl Reject {
    /// The reject for `raw` (the line's bytes, or its first bytes) at `line` of `input`.
    pub fn new(line: u64, input: &str, err: &RecordError, raw: &[u8]) -> Self {
        let cut = &raw[..raw.len().min(REJECT_RAW_MAX)];
        let lossy = String::from_utf8_lossy(cut);
        Reject {
            line,
            input: input.to_owned(),
            reason: err.reason().to_owned(),
            error: err.to_string(),
            raw: truncate_at_boundary(&lossy, REJECT_RAW_MAX).to_owned(),
        }
    }

    /// Appends the reject as one JSON line.
    pub fn write(&self, out: &mut Vec<u8>) {
        serde_json::to_writer(&mut *out, self).expect("serialising a Reject into a Vec cannot fail");
        out.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn json_str(s: &str) -> String {
        let mut out = Vec::new();
        write_json_str(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let all_ascii: String = (0u8..128).map(char::from).collect();
        for s in [
            "",
            "a",
            "\"",
            "\\",
            "plain text of more than eight bytes",
            "tab\there\nand \u{1}\u{1f}\u{7f}",
            &all_ascii,
            "é漢字 \u{2028} 🎉\"x\"",
            "12345678\"",
            "1234567\n",
        ] {
            assert_eq!(json_str(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn strings_are_written_as_serde_json_writes_them_anywhere_in_a_block(
            parts in proptest::collection::vec(("[a-z é漢]{0,70}", "[\"\\\\\n\r\t\u{1}\u{8}\u{c}\u{1f}\u{7f}/]?"), 0..12),
        ) {
            // Runs of plain text of any length (across the 32- and 8-byte steps) between specials.
            let s: String = parts.iter().map(|(a, b)| format!("{a}{b}")).collect();
            prop_assert_eq!(json_str(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn string_values_decode_as_serde_json_does(t in "(\\PC|[\n\t\r\"\\\\/\u{8}\u{c}\u{1}\u{1f}\u{7f}])*") {
            for raw in [serde_json::to_string(&t).unwrap(), serde_json::to_string(&t).unwrap().replace('/', "\\/")] {
                let v: Box<RawValue> = serde_json::from_str(&raw).unwrap();
                prop_assert_eq!(string_value(&v), string_value_serde(&v));
            }
            // \u escapes, surrogate pairs included, as a producer may write them.
            let escaped: String = t.chars().map(|c| if c.is_ascii_alphanumeric() || c == ' ' { c.to_string() } else {
                let mut u = [0u16; 2];
                c.encode_utf16(&mut u).iter().map(|x| format!("\\u{x:04x}")).collect()
            }).collect();
            let v: Box<RawValue> = serde_json::from_str(&format!("\"{escaped}\"")).unwrap();
            prop_assert_eq!(string_value(&v), string_value_serde(&v));
        }

        #[test]
        fn non_string_values_are_not_strings(n in any::<i64>()) {
            let v: Box<RawValue> = serde_json::from_str(&n.to_string()).unwrap();
            prop_assert_eq!(string_value(&v), None);
        }

        #[test]
        fn any_string_is_written_as_serde_json_writes_it(s in ".*", t in "[ -~\t\n\r\u{0}-\u{1f}]{0,64}") {
            prop_assert_eq!(json_str(&s), serde_json::to_string(&s).unwrap());
            prop_assert_eq!(json_str(&t), serde_json::to_string(&t).unwrap());
        }
    }

    fn parse(s: &str) -> Result<Record<'_>, RecordError> {
        parse_record(s.as_bytes(), &FieldNames::default(), LinePos { input: 0, line: 7 })
    }

    #[test]
    fn keeps_fields_in_order_and_borrows() {
        let r = parse(r#"{"z":1,"text":"hello","id":"a","x":{"n":[1, 2]}}"#).unwrap();
        let keys: Vec<&str> = r.fields.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["z", "text", "id", "x"]);
        assert!(matches!(r.text, Cow::Borrowed("hello")));
        assert_eq!(r.id_json, "\"a\"");
        assert_eq!(r.fields[3].1.get(), r#"{"n":[1, 2]}"#);
    }

    #[test]
    fn missing_id_is_line_number() {
        let r = parse(r#"{"text":"a\nb"}"#).unwrap();
        assert_eq!(r.id_json, "7");
        assert_eq!(r.text, "a\nb");
    }

    #[test]
    fn rejects_bad_lines_with_reasons() {
        let reason = |s: &str| parse(s).unwrap_err().reason();
        assert_eq!(reason(""), "empty_line");
        assert_eq!(reason("   "), "empty_line");
        assert_eq!(reason("{"), "invalid_json");
        assert_eq!(reason("[1,2]"), "not_an_object");
        assert_eq!(reason("42"), "not_an_object");
        assert_eq!(reason(r#"{"text":"a","text":"b"}"#), "duplicate_key");
        assert_eq!(reason(r#"{"title":"a"}"#), "missing_text");
        assert_eq!(reason(r#"{"text":5}"#), "wrong_type");
        assert_eq!(reason(r#"{"text":null}"#), "wrong_type");
        assert_eq!(reason(r#"{"text":" \n "}"#), "empty_text");
        assert_eq!(reason(r#"{"text":"a","title":{}}"#), "wrong_type");
        assert_eq!(reason(r#"{"text":"a","id":[1]}"#), "wrong_type");
        let e = parse_record(b"{\"text\":\"\xff\"}", &FieldNames::default(), LinePos::default());
        assert_eq!(e.unwrap_err(), RecordError::InvalidUtf8 { offset: 9 });
    }

    #[test]
    fn lone_surrogates_are_invalid_json_and_pairs_are_fine() {
        // Regression (issue 7): a lone surrogate in the text was reported as "must be a string,
        // found a string", and in any other field it was copied into output serde_json cannot
        // read.
        for bad in [
            r#"{"text":"a \ud800 b"}"#,
            r#"{"text":"a","author":"\udc00"}"#,
            r#"{"text":"a","x":["\uD83D"]}"#,
            r#"{"text":"a \ud83d\u0041"}"#,
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.reason(), "invalid_json", "{bad}");
            assert!(e.to_string().contains("lone surrogate"), "{e}");
        }
        for good in [r#"{"text":"\ud83d\ude00 ok"}"#, r#"{"text":"\\ud800 is text","t":"\u00e9"}"#] {
            assert!(parse(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn duplicate_key_error_names_the_key() {
        let e = parse(r#"{"a":1,"a":2,"text":"x"}"#).unwrap_err();
        assert_eq!(e, RecordError::DuplicateKey("a".into()));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{{\"text\":\"a\",\"x\":{}{}}}", "[".repeat(5000), "]".repeat(5000));
        assert_eq!(parse(&deep).unwrap_err().reason(), "too_deep");
        let ok = format!("{{\"text\":\"a\",\"x\":{}{}}}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn writes_record_with_replaced_text_and_explanation() {
        let line = r#"{"id":1,"text":"a b","gleaner":{"old":1},"k":[1, 2]}"#;
        let r = parse(line).unwrap();
        let exp = Explanation {
            verdict: Verdict::Kept,
            simhash: "00000000000000ff".into(),
            duplicate_of: None,
            distance: None,
            similarity: None,
            removed_urls: vec![],
            removed_paragraphs: vec![RemovedParagraph { index: 1, reason: ParagraphReason::TitleEcho, of: None }],
            urls: None,
        };
        let mut out = Vec::new();
        write_record(&mut out, r.fields.iter().map(|(k, v)| (k.as_ref(), v.get())), "text", "a", &exp);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"id\":1,\"text\":\"a\",\"k\":[1, 2],\"gleaner\":{\"verdict\":\"kept\",\"simhash\":\"00000000000000ff\",\"duplicate_of\":null,\"distance\":null,\"removed_urls\":[],\"removed_paragraphs\":[{\"index\":1,\"reason\":\"title_echo\",\"of\":null}]}}\n"
        );
    }

    #[test]
    fn line_breaks_inside_values_do_not_reach_the_output() {
        // Regression (issue 7, found by the `record_decoder` fuzz target): a CR (or, through
        // the library, an LF) as whitespace inside a field's value was copied into the output,
        // splitting the record for readers that break lines on CR.
        let r = parse("{\"a\":[1,\r2],\"b\":{\"c\":\n\"x\\ny\"},\"text\":\"t\"}").unwrap();
        let exp = Explanation {
            verdict: Verdict::Kept,
            simhash: "0000000000000000".into(),
            duplicate_of: None,
            distance: None,
            similarity: None,
            removed_urls: vec![],
            removed_paragraphs: vec![],
            urls: None,
        };
        let mut out = Vec::new();
        write_record(&mut out, r.fields.iter().map(|(k, v)| (k.as_ref(), v.get())), "text", "t", &exp);
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("{\"a\":[1, 2],\"b\":{\"c\": \"x\\ny\"},\"text\":\"t\""), "{s}");
        assert_eq!(s.matches(['\n', '\r']).count(), 1);
    }

    #[test]
    fn reject_raw_is_lossy_and_cut() {
        let raw = [b'a'; 5000];
        let r = Reject::new(3, "-", &RecordError::EmptyLine, &raw);
        assert_eq!(r.raw.len(), REJECT_RAW_MAX);
        let r = Reject::new(3, "-", &RecordError::EmptyLine, b"\xffx");
        assert_eq!(r.raw, "\u{fffd}x");
    }
}
