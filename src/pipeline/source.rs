//! Reading inputs: on a std thread, line by line, into bounded batches.
//!
//! The reader runs on its own thread and hands batches to the async pipeline through a bounded
//! channel, so the pipeline never blocks on a read and a signal is noticed at once (Vector's
//! stdin source works the same way). It detects gzip and zstd by their magic bytes, caps the
//! decompressed size of each input, and caps the length of a line without holding it: an
//! over-long line is skipped to its end, keeping only its first 4 KiB for the reject. Errors
//! inside an input (truncated or corrupt compression, the size cap, an I/O error) become one
//! reject at the line where they happened, and the next input is read.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::sync::mpsc;

use crate::error::RecordError;
use crate::record::{LinePos, REJECT_RAW_MAX};
use crate::text::ByteSpan;

/// One input of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    Path(PathBuf),
    /// Bytes in memory, with a name (benchmarks, tests).
    Bytes(String, Arc<[u8]>),
}

impl Input {
    /// The name used in rejects and messages (`-` for stdin).
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::Path(p) => p.display().to_string(),
            Input::Bytes(name, _) => name.clone(),
        }
    }

    /// Size on disk, when known.
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Stdin => None,
            Input::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Bytes(_, b) => Some(b.len() as u64),
        }
    }
}

/// How each input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// JSON Lines: one record per line.
    #[default]
    Jsonl,
    /// Plain text: the whole input is one article, its first non-empty line the title.
    Text,
}

/// Where a text-format article's body starts, for writing it back in the same layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextLayout {
    /// Everything before the body: leading blank lines, the title line, its separator.
    pub(crate) head: String,
}

/// A line of input and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub(crate) pos: LinePos,
    /// The line in the batch buffer (without its terminator).
    pub(crate) line: ByteSpan,
    /// An error found while reading (an over-long line, a broken input).
    pub(crate) error: Option<RecordError>,
    /// For text-format inputs: the article's head, written back before the cleaned body.
    pub(crate) layout: Option<TextLayout>,
}

/// Lines read together, moved between threads as one unit.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// The lines while the batch is filled, and after [`Batch::seal`] when they are not all
    /// UTF-8.
    pub(crate) buf: Vec<u8>,
    /// The lines after [`Batch::seal`] when they are all UTF-8 (nearly always): validated
    /// once here rather than once per phase for each line.
    text: String,
    pub(crate) items: Vec<Item>,
}

impl Batch {
    /// Validates the whole batch as UTF-8 once, before it leaves the reader.
    fn seal(mut self) -> Batch {
        match String::from_utf8(std::mem::take(&mut self.buf)) {
            Ok(text) => self.text = text,
            Err(e) => self.buf = e.into_bytes(),
        }
        self
    }

    /// The bytes of all lines.
    pub(crate) fn bytes(&self) -> &[u8] {
        if self.buf.is_empty() { self.text.as_bytes() } else { &self.buf }
    }

    /// Line `span` (as read, a trailing `\r` included).
    pub(crate) fn raw(&self, span: ByteSpan) -> &[u8] {
        &self.bytes()[span.start..span.end]
    }

    /// Line `span` as text, if it is UTF-8.
    pub(crate) fn text(&self, span: ByteSpan) -> Option<&str> {
        if self.buf.is_empty() {
            // Line ends are `\n` bytes, always character boundaries.
            self.text.get(span.start..span.end)
        } else {
            std::str::from_utf8(&self.buf[span.start..span.end]).ok()
        }
    }
}

/// Limits and shape of reading.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReadOptions {
    pub(crate) format: Format,
    pub(crate) max_record_bytes: u64,
    pub(crate) max_input_bytes: u64,
    /// A batch is sent when it holds this many lines...
    pub(crate) batch_lines: usize,
    /// ... or this many bytes.
    pub(crate) batch_bytes: usize,
}

/// Counts the bytes read from an underlying (compressed) reader, for the progress bar.
struct Counting<R> {
    inner: R,
    n: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.fetch_add(k as u64, Ordering::Relaxed);
        Ok(k)
    }
}

/// Fails once more than `left` bytes have been read (a guard against decompression bombs).
struct Capped<R> {
    inner: R,
    left: u64,
    cap: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = buf.len().min(usize::try_from(self.left.saturating_add(1)).unwrap_or(usize::MAX));
        let k = self.inner.read(&mut buf[..want])?;
        if k as u64 > self.left {
            return Err(io::Error::other(format!(
                "input exceeds max_input_bytes ({} bytes after decompression)",
                self.cap
            )));
        }
        self.left -= k as u64;
        Ok(k)
    }
}

fn open(input: &Input, counter: Arc<AtomicU64>, max_input: u64) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::Path(p) => Box::new(File::open(p)?),
        Input::Bytes(_, b) => Box::new(io::Cursor::new(b.clone())),
    };
    let mut peek = BufReader::with_capacity(1 << 16, Counting { inner: raw, n: counter });
    let magic = peek.fill_buf()?.get(..4).map(<[u8]>::to_vec).unwrap_or_default();
    let decoded: Box<dyn Read + Send> = if magic.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(peek))
    } else if magic == [0x28, 0xb5, 0x2f, 0xfd] {
        Box::new(zstd::stream::read::Decoder::with_buffer(peek)?)
    } else {
        Box::new(peek)
    };
    Ok(Box::new(BufReader::with_capacity(1 << 16, Capped { inner: decoded, left: max_input, cap: max_input })))
}

/// The reading loop; runs on its own thread until every input is read, `stop` is set, or the
/// pipeline stops taking batches (it then drops what it holds).
pub(crate) fn read_all(
    inputs: &[Input],
    opts: ReadOptions,
    tx: &mpsc::Sender<Batch>,
    stop: &AtomicBool,
    bytes_read: Arc<AtomicU64>,
) {
    let mut batch = Batch::default();
    for (idx, input) in inputs.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let input_idx = idx as u32;
        let mut reader = match open(input, bytes_read.clone(), opts.max_input_bytes) {
            Ok(r) => r,
            Err(e) => {
                push_error(
                    &mut batch,
                    LinePos { input: input_idx, line: 1 },
                    &[],
                    format!("cannot read {}: {e}", input.name()),
                );
                continue;
            }
        };
        let more = match opts.format {
            Format::Jsonl => read_lines(&mut *reader, input_idx, opts, &mut batch, tx, stop),
            Format::Text => read_article(&mut *reader, input, input_idx, opts, &mut batch),
        };
        if !more {
            return;
        }
        if (batch.items.len() >= opts.batch_lines || batch.buf.len() >= opts.batch_bytes)
            && tx.blocking_send(take_batch(&mut batch, opts)).is_err()
        {
            return;
        }
    }
    if !batch.items.is_empty() {
        let _ = tx.blocking_send(batch.seal());
    }
}

/// The full batch, leaving in its place an empty one sized like it (a little more), so that the
/// next batch's buffer is allocated once instead of doubled from empty: the doublings copied
/// each batch's bytes about once more (`gleaner clean`: 2% of a run's instructions).
fn take_batch(batch: &mut Batch, opts: ReadOptions) -> Batch {
    let bytes = batch.buf.len().min(opts.batch_bytes);
    let next = Batch {
        buf: Vec::with_capacity(bytes + bytes / 8),
        text: String::new(),
        items: Vec::with_capacity(batch.items.len().min(opts.batch_lines)),
    };
    std::mem::replace(batch, next).seal()
}

fn push_error(batch: &mut Batch, pos: LinePos, raw: &[u8], msg: String) {
    let start = batch.buf.len();
    batch.buf.extend_from_slice(&raw[..raw.len().min(REJECT_RAW_MAX)]);
    batch.items.push(Item {
        pos,
        line: ByteSpan::new(start, batch.buf.len()),
        error: Some(RecordError::Input(msg)),
        layout: None,
    });
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads JSON Lines; returns false when the pipeline stopped taking batches or `stop` is set.
fn read_lines(
    r: &mut dyn BufRead,
    input: u32,
    opts: ReadOptions,
    batch: &mut Batch,
    tx: &mpsc::Sender<Batch>,
    stop: &AtomicBool,
) -> bool {
    let max = opts.max_record_bytes;
    let mut line_no: u64 = 0;
    loop {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        line_no += 1;
        let pos = LinePos { input, line: line_no };
        let start = batch.buf.len();
        let mut len: u64 = 0;
        let mut overlong = false;
        let mut ended = false;
        let mut got_any = false;
        let res: io::Result<()> = (|| {
            loop {
                let chunk = r.fill_buf()?;
                if chunk.is_empty() {
                    ended = true;
                    return Ok(());
                }
                got_any = true;
                let (piece, found) = match memchr::memchr(b'\n', chunk) {
                    Some(i) => (&chunk[..i], true),
                    None => (chunk, false),
                };
                let n = piece.len();
                if !overlong {
                    if len + n as u64 > max {
                        overlong = true;
                        // Keep only the beginning, for the reject.
                        let keep = (REJECT_RAW_MAX as u64).saturating_sub(len).min(n as u64) as usize;
                        batch.buf.extend_from_slice(&piece[..keep]);
                        batch.buf.truncate(start + REJECT_RAW_MAX.min(batch.buf.len() - start));
                    } else {
                        batch.buf.extend_from_slice(piece);
                    }
                }
                len += n as u64;
                r.consume(n + usize::from(found));
                if found {
                    return Ok(());
                }
            }
        })();
        if let Err(e) = res {
            let raw = batch.buf[start..].to_vec();
            batch.buf.truncate(start);
            push_error(batch, pos, &raw, e.to_string());
            return true;
        }
        if ended && !got_any {
            batch.buf.truncate(start);
            return true;
        }
        // A byte-order mark opening an input (written by some Windows tools) is not part of
        // the first record.
        if line_no == 1 && batch.buf[start..].starts_with(UTF8_BOM) {
            batch.buf.drain(start..start + UTF8_BOM.len());
        }
        let line = ByteSpan::new(start, batch.buf.len());
        let error = overlong.then_some(RecordError::TooLong { len, max });
        batch.items.push(Item { pos, line, error, layout: None });
        if ended {
            return true;
        }
        if (batch.items.len() >= opts.batch_lines || batch.buf.len() >= opts.batch_bytes)
            && tx.blocking_send(take_batch(batch, opts)).is_err()
        {
            return false;
        }
    }
}

/// Reads a whole input as one text article and queues it as a synthetic JSON record
/// `{"id": <input name>, "title": <first non-empty line>, "text": <the rest>}`.
fn read_article(r: &mut dyn BufRead, input: &Input, idx: u32, opts: ReadOptions, batch: &mut Batch) -> bool {
    let pos = LinePos { input: idx, line: 1 };
    let mut bytes = Vec::new();
    let cap = opts.max_record_bytes;
    if let Err(e) = r.take(cap + 1).read_to_end(&mut bytes) {
        push_error(batch, pos, &bytes, e.to_string());
        return true;
    }
    if bytes.len() as u64 > cap {
        let start = batch.buf.len();
        batch.buf.extend_from_slice(&bytes[..REJECT_RAW_MAX.min(bytes.len())]);
        let mut len = bytes.len() as u64;
        len += io::copy(r, &mut io::sink()).unwrap_or(0);
        batch.items.push(Item {
            pos,
            line: ByteSpan::new(start, batch.buf.len()),
            error: Some(RecordError::TooLong { len, max: cap }),
            layout: None,
        });
        return true;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let start = batch.buf.len();
            let b = e.into_bytes();
            batch.buf.extend_from_slice(&b[..REJECT_RAW_MAX.min(b.len())]);
            batch.items.push(Item {
                pos,
                line: ByteSpan::new(start, batch.buf.len()),
                error: Some(RecordError::InvalidUtf8 { offset }),
                layout: None,
            });
            return true;
        }
    };
    let (head, title, body) = split_article(&text);
    let rec = serde_json::json!({ "id": input.name(), "title": title, "text": body });
    let start = batch.buf.len();
    serde_json::to_writer(&mut batch.buf, &rec).expect("serialising into a Vec cannot fail");
    batch.items.push(Item {
        pos,
        line: ByteSpan::new(start, batch.buf.len()),
        error: None,
        layout: Some(TextLayout { head: head.to_owned() }),
    });
    true
}

/// Splits a text article into its head (up to the body), title and body.
pub(crate) fn split_article(text: &str) -> (&str, &str, &str) {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            at += line.len();
            continue;
        }
        let title_start = at;
        let title_end = at + content.len();
        let mut body = at + line.len();
        // The separator: the blank lines after the title.
        for l in text[body..].split_inclusive('\n') {
            if l.trim().is_empty() && l.ends_with('\n') {
                body += l.len();
            } else {
                break;
            }
        }
        return (&text[..body], &text[title_start..title_end], &text[body..]);
    }
    (text, "", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_title_separator_body() {
        assert_eq!(split_article("\nTitle\n\nBody\n\nMore"), ("\nTitle\n\n", "Title", "Body\n\nMore"));
        assert_eq!(split_article("T\r\nB"), ("T\r\n", "T", "B"));
        assert_eq!(split_article("only"), ("only", "only", ""));
    }
}
