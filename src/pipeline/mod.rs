//! The `clean` pipeline: the only async layer of the command-line path.
//!
//! ```text
//! reader thread ──batches──▶ analyze (CPU pool, ordered) ──▶ decide (in order) ──▶
//!     render (CPU pool, ordered) ──▶ writer (output + rejects)
//! ```
//!
//! Lines are read on a std thread into batches and sent through a bounded channel. Each batch
//! is analysed on a rayon pool of `--threads` threads; `buffered(n)` keeps up to `n` batches in
//! flight and yields them **in input order**, so the stream phase (campaigns, boilerplate, the
//! index) sees records in order whatever the thread count, and rendering, again on the pool,
//! is re-ordered the same way before the writer. Every queue is bounded, so memory stays flat
//! on an input of any length. On shutdown the pipeline stops taking batches, finishes those in
//! flight, flushes both sinks and reports where it stopped.

pub mod shutdown;
pub mod sink;
pub mod source;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use futures::StreamExt;
use tokio::io::AsyncWrite;
use tokio::sync::{mpsc, oneshot};

use crate::engine::{Analysis, Analyzer, Decision, Engine, RenderOptions, State, strip_cr};
use crate::error::RecordError;
use crate::record::{LinePos, Reject};
use crate::shared::{Item, SharedError, SharedIndex};
pub use sink::JsonlSink;
use source::{Batch, ReadOptions};
pub use source::{Format, Input};

/// Records in and out of a run. `read == emitted + rejected` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Counts {
    /// Input records (lines, or articles in text format) processed.
    pub read: u64,
    /// Records written to the output.
    pub emitted: u64,
    /// Records written to the rejects stream (or counted as rejected without one).
    pub rejected: u64,
}

/// How a run is carried out.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Threads of the CPU pool.
    pub threads: usize,
    /// Input format.
    pub format: Format,
    /// Write text-format articles back as text (otherwise as JSON Lines).
    pub text_output: bool,
    /// Duplicates go to the output, marked, instead of the rejects.
    pub keep_duplicates: bool,
    /// Stop at the first malformed record.
    pub strict: bool,
    /// Longest line accepted.
    pub max_record_bytes: u64,
    /// Most decompressed bytes per input.
    pub max_input_bytes: u64,
    /// Lines per batch.
    pub batch_lines: usize,
    /// Show a progress bar (only when stderr is a terminal).
    pub progress: bool,
    /// Time in seconds passed to the time window (0: unused).
    pub now: u32,
    /// Decide against a shared index in Redis instead of the engine's own (`--index`).
    pub shared: Option<Arc<SharedIndex>>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            format: Format::Jsonl,
            text_output: false,
            keep_duplicates: false,
            strict: false,
            max_record_bytes: 16 << 20,
            max_input_bytes: 64 << 30,
            batch_lines: 256,
            progress: false,
            now: 0,
            shared: None,
        }
    }
}

/// What a run did.
#[derive(Debug)]
pub struct RunReport {
    /// Records in and out.
    pub counts: Counts,
    /// The engine, with its state after the run (for snapshots).
    pub engine: Engine,
    /// The last record processed, if any.
    pub position: Option<LinePos>,
    /// The run stopped on the shutdown future before reading everything.
    pub interrupted: bool,
    /// Wall time of the run in seconds.
    pub seconds: f64,
    /// Input bytes read (compressed size for compressed inputs).
    pub bytes_read: u64,
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// Writing the output or rejects failed (a closed pipe shows up here as `BrokenPipe`).
    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),
    /// `--strict` and a malformed record.
    #[error("{input}:{line}: {error} (--strict)")]
    Strict {
        /// The input's name.
        input: String,
        /// 1-based line number.
        line: u64,
        /// What was wrong.
        error: String,
    },
    /// The runtime could not start its threads.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    /// The shared index failed (Redis unreachable past the retry limit).
    #[error("shared index: {0}")]
    Index(#[from] SharedError),
}

enum Res {
    Failed(RecordError),
    Analyzed(Box<Analysis>),
    Decided(Box<Analysis>, Decision),
}

struct Work {
    batch: Batch,
    results: Vec<Res>,
}

struct Rendered {
    out: Vec<u8>,
    rejects: Vec<u8>,
    n_out: u64,
    n_rej: u64,
    last: Option<LinePos>,
    /// With `--strict`: bytes of output and rejects to write before stopping, and the error.
    strict_stop: Option<(usize, usize, PipelineError)>,
}

/// The text of a line without a trailing `\r`, if it is UTF-8.
fn line_text<'b>(batch: &'b source::Batch, it: &source::Item) -> Option<&'b str> {
    batch.text(it.line).map(|line| line.strip_suffix('\r').unwrap_or(line))
}

/// The text of an analysed line: analysis succeeded, so it is UTF-8.
fn decoded_line<'b>(batch: &'b source::Batch, it: &source::Item) -> &'b str {
    line_text(batch, it).expect("analysed lines are UTF-8")
}

fn analyze_batch(an: &Analyzer, batch: Batch) -> Work {
    let results = batch
        .items
        .iter()
        .map(|it| match &it.error {
            Some(e) => Res::Failed(e.clone()),
            None => {
                // A panic here would be a bug in gleaner; it costs this record, not the run.
                let analyze = || match line_text(&batch, it) {
                    Some(line) => an.analyze_str(line, it.pos),
                    None => an.analyze(strip_cr(batch.raw(it.line)), it.pos),
                };
                match std::panic::catch_unwind(AssertUnwindSafe(analyze)) {
                    Ok(Ok(a)) => Res::Analyzed(Box::new(a)),
                    Ok(Err(e)) => Res::Failed(e),
                    Err(_) => Res::Failed(RecordError::Input("internal error while analysing this record".into())),
                }
            }
        })
        .collect();
    Work { batch, results }
}

fn decide_batch(state: &mut State, an: &Analyzer, work: &mut Work, now: u32) {
    for (it, res) in work.batch.items.iter().zip(work.results.iter_mut()) {
        let r = std::mem::replace(res, Res::Failed(RecordError::EmptyLine));
        *res = match r {
            Res::Analyzed(a) => {
                let s = decoded_line(&work.batch, it);
                let d = state.decide(an, s, &a, now);
                Res::Decided(a, d)
            }
            Res::Failed(e) => {
                state.count_malformed(&e);
                Res::Failed(e)
            }
            decided => decided,
        };
    }
}

/// The stream phase of a batch against the shared index: malformed lines are counted
/// locally, analysed records are decided in Redis (two round trips for the batch). Tokens are
/// `NONCE:INPUT:LINE`, unique to this run.
async fn decide_batch_shared(
    idx: &SharedIndex,
    state: &std::sync::Mutex<State>,
    an: &Analyzer,
    work: &mut Work,
    now: u32,
    nonce: &str,
) -> Result<(), SharedError> {
    let mut decided = {
        let items: Vec<Item<'_>> = work
            .batch
            .items
            .iter()
            .zip(work.results.iter())
            .filter_map(|(it, res)| match res {
                Res::Analyzed(a) => {
                    let line = decoded_line(&work.batch, it);
                    let token = format!("{nonce}:{}:{}", it.pos.input, it.pos.line).into_bytes();
                    Some(Item { line, analysis: a, token })
                }
                _ => None,
            })
            .collect();
        idx.decide(state, an, &items, now).await?.unwrap_or_default().into_iter()
    };
    let mut st = state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    for res in work.results.iter_mut() {
        let r = std::mem::replace(res, Res::Failed(RecordError::EmptyLine));
        *res = match r {
            Res::Analyzed(a) => {
                let d = decided.next().expect("the shared index decides every record it is given");
                Res::Decided(a, d)
            }
            Res::Failed(e) => {
                st.count_malformed(&e);
                Res::Failed(e)
            }
            other => other,
        };
    }
    Ok(())
}

fn render_batch(an: &Analyzer, work: &Work, names: &[String], opts: &RunOptions) -> Rendered {
    let mut r = Rendered { out: Vec::new(), rejects: Vec::new(), n_out: 0, n_rej: 0, last: None, strict_stop: None };
    let ro = RenderOptions { keep_duplicates: opts.keep_duplicates };
    let size = work.batch.bytes().len();
    r.out.reserve(size + size / 8);
    for (it, res) in work.batch.items.iter().zip(work.results.iter()) {
        r.last = Some(it.pos);
        let raw = work.batch.raw(it.line);
        let input = names.get(it.pos.input as usize).map_or("-", String::as_str);
        match res {
            Res::Failed(e) => {
                let before = (r.out.len(), r.rejects.len());
                Reject::new(it.pos.line, input, e, strip_cr(raw)).write(&mut r.rejects);
                r.n_rej += 1;
                if opts.strict {
                    let err =
                        PipelineError::Strict { input: input.to_owned(), line: it.pos.line, error: e.to_string() };
                    r.strict_stop = Some((before.0, r.rejects.len(), err));
                    return r;
                }
            }
            Res::Decided(a, d) => {
                let line = decoded_line(&work.batch, it);
                // Rendered straight into the output; a reject's bytes move to the rejects, and
                // a panic's partial record is cut off again.
                let start = r.out.len();
                let rendered = std::panic::catch_unwind(AssertUnwindSafe(|| an.render(line, a, d, ro, &mut r.out)));
                match rendered {
                    Ok(true) => {
                        r.rejects.extend_from_slice(&r.out[start..]);
                        r.out.truncate(start);
                        r.n_rej += 1;
                    }
                    Ok(false) => {
                        if let (Some(layout), true) = (&it.layout, opts.text_output) {
                            r.out.truncate(start);
                            r.out.extend_from_slice(layout.head.as_bytes());
                            r.out.extend_from_slice(an.cleaned_text(a.text_of(line), a, d).as_bytes());
                        }
                        r.n_out += 1;
                    }
                    Err(_) => {
                        r.out.truncate(start);
                        let e = RecordError::Input("internal error while writing this record".into());
                        Reject::new(it.pos.line, input, &e, raw).write(&mut r.rejects);
                        r.n_rej += 1;
                    }
                }
            }
            Res::Analyzed(_) => unreachable!("decide_batch decides every analysed record"),
        }
    }
    r
}

/// Runs `f` on the pool and resolves to its result.
fn on_pool<T: Send + 'static>(
    pool: &rayon::ThreadPool,
    f: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = T> {
    let (tx, rx) = oneshot::channel();
    pool.spawn(move || {
        let _ = tx.send(f());
    });
    async move { rx.await.expect("pool tasks always send their result (panics are caught inside)") }
}

/// Cleans `inputs` into `out` (and `rejects`), with `engine`, until the inputs end or
/// `shutdown` completes.
///
/// # Errors
/// [`PipelineError`] when an output cannot be written, on `--strict`, or when threads cannot
/// start. Malformed records are not errors: they go to the rejects.
pub async fn run<O, R>(
    inputs: Vec<Input>,
    out: O,
    rejects: Option<R>,
    engine: Engine,
    opts: RunOptions,
    shutdown: impl Future<Output = ()>,
) -> Result<RunReport, PipelineError>
where
    O: AsyncWrite + Unpin,
    R: AsyncWrite + Unpin,
{
    let started = Instant::now();
    let threads = opts.threads.max(1);
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("gleaner-cpu-{i}"))
            .build()
            .map_err(|e| PipelineError::Threads(e.to_string()))?,
    );
    let names: Arc<Vec<String>> = Arc::new(inputs.iter().map(Input::name).collect());
    let total_bytes: Option<u64> = inputs.iter().map(Input::size).sum();
    let (tx, mut rx) = mpsc::channel::<Batch>(2 * threads + 2);
    let stop = Arc::new(AtomicBool::new(false));
    let bytes_read = Arc::new(AtomicU64::new(0));
    let read_opts = ReadOptions {
        format: opts.format,
        max_record_bytes: opts.max_record_bytes,
        max_input_bytes: opts.max_input_bytes,
        batch_lines: opts.batch_lines.max(1),
        batch_bytes: 4 << 20,
    };
    let reader = {
        let (stop, bytes_read) = (stop.clone(), bytes_read.clone());
        std::thread::Builder::new()
            .name("gleaner-reader".into())
            .spawn(move || source::read_all(&inputs, read_opts, &tx, &stop, bytes_read))
            .map_err(|e| PipelineError::Threads(e.to_string()))?
    };

    let progress = make_progress(opts.progress, total_bytes);
    let mut out = JsonlSink::new(out);
    let mut rej = rejects.map(JsonlSink::new);
    let mut counts = Counts::default();
    let mut position = None;
    let mut logged_rejects = 0u64;
    let Engine { analyzer, state } = engine;
    // The state moves into each decide task in turn; `then` below runs one at a time, in input
    // order, so the lock is never contended. It lets the stream phase run on the pool like the
    // rest, so `--threads 1` really is one thread of CPU work.
    let state = Arc::new(std::sync::Mutex::new(state));
    let interrupted = Arc::new(AtomicBool::new(false));
    let result: Result<(), PipelineError> = {
        let batches = futures::stream::poll_fn(move |cx| rx.poll_recv(cx));
        let stop_on_signal = {
            let (stop, interrupted) = (stop.clone(), interrupted.clone());
            async move {
                shutdown.await;
                stop.store(true, Ordering::Relaxed);
                interrupted.store(true, Ordering::Relaxed);
            }
        };
        let analyzed = batches
            .take_until(stop_on_signal)
            .map(|b| {
                let an = analyzer.clone();
                on_pool(&pool, move || analyze_batch(&an, b))
            })
            .buffered(threads * 2);
        let opts2 = opts.clone();
        let nonce = crate::shared::process_nonce();
        let rendered = analyzed
            .then(|mut w| {
                let (an, st, now, shared) = (analyzer.clone(), state.clone(), opts2.now, opts2.shared.clone());
                let nonce = nonce.clone();
                let pool = pool.clone();
                async move {
                    match shared {
                        None => Ok(on_pool(&pool, move || {
                            let mut st = st.lock().expect("a decide task never panics while holding the state");
                            decide_batch(&mut st, &an, &mut w, now);
                            w
                        })
                        .await),
                        Some(idx) => decide_batch_shared(&idx, &st, &an, &mut w, now, &nonce).await.map(|()| w),
                    }
                }
            })
            .map(|w| {
                let (an, names, o) = (analyzer.clone(), names.clone(), opts2.clone());
                let pool = pool.clone();
                async move {
                    match w {
                        Ok(w) => Ok(on_pool(&pool, move || render_batch(&an, &w, &names, &o)).await),
                        Err(e) => Err(e),
                    }
                }
            })
            .buffered(threads * 2);
        futures::pin_mut!(rendered);
        let mut res = Ok(());
        while let Some(r) = rendered.next().await {
            let r = match r {
                Ok(r) => r,
                Err(e) => {
                    res = Err(PipelineError::Index(e));
                    break;
                }
            };
            if let Some((o, j, err)) = r.strict_stop {
                let w = async {
                    out.write(&r.out[..o], 0).await?;
                    if let Some(rj) = rej.as_mut() {
                        rj.write(&r.rejects[..j], 0).await?;
                    }
                    Ok::<(), std::io::Error>(())
                };
                res = w.await.map_err(PipelineError::Write).and(Err(err));
                break;
            }
            counts.read += r.n_out + r.n_rej;
            counts.emitted += r.n_out;
            counts.rejected += r.n_rej;
            position = r.last.or(position);
            if let Err(e) = out.write(&r.out, r.n_out).await {
                res = Err(PipelineError::Write(e));
                break;
            }
            match rej.as_mut() {
                Some(rj) => {
                    if let Err(e) = rj.write(&r.rejects, r.n_rej).await {
                        res = Err(PipelineError::Write(e));
                        break;
                    }
                }
                None => log_rejects(&r.rejects, &mut logged_rejects),
            }
            if let Some(pb) = &progress {
                pb.set_position(bytes_read.load(Ordering::Relaxed));
                let secs = started.elapsed().as_secs_f64().max(1e-3);
                let t = &state_totals_hint(&counts);
                pb.set_message(format!("{} records, {:.0}/s, {}", counts.read, counts.read as f64 / secs, t));
            }
        }
        res
    };
    stop.store(true, Ordering::Relaxed);
    let flushed = async {
        out.flush().await?;
        if let Some(rj) = rej.as_mut() {
            rj.flush().await?;
        }
        Ok::<(), std::io::Error>(())
    }
    .await;
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    result?;
    flushed.map_err(PipelineError::Write)?;
    let was_interrupted = interrupted.load(Ordering::Relaxed);
    if !was_interrupted {
        // The reader has finished (the channel closed); collect it. After an interrupt it may
        // still be blocked on a read of stdin, so it is left to end with the process.
        let _ = reader.join();
    }
    debug_assert_eq!(counts.read, counts.emitted + counts.rejected);
    let state = Arc::try_unwrap(state)
        .map_err(|_| PipelineError::Threads("a decide task outlived the run".into()))?
        .into_inner()
        .expect("a decide task never panics while holding the state");
    Ok(RunReport {
        counts,
        engine: Engine { analyzer, state },
        position,
        interrupted: was_interrupted,
        seconds: started.elapsed().as_secs_f64(),
        bytes_read: bytes_read.load(Ordering::Relaxed),
    })
}

fn state_totals_hint(c: &Counts) -> String {
    format!("{} out, {} rejected", c.emitted, c.rejected)
}

/// Without a rejects file, rejected lines are logged (the first 100 individually) so that
/// none disappears silently; the summary gives the totals.
fn log_rejects(bytes: &[u8], logged: &mut u64) {
    for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        *logged += 1;
        if *logged <= 100 {
            tracing::warn!(reject = %String::from_utf8_lossy(&line[..line.len().min(300)]), "Rejected a record (no --rejects file).");
        } else if *logged == 101 {
            tracing::warn!("Further rejects are counted, not logged; use --rejects FILE to keep them.");
        }
    }
}

fn make_progress(wanted: bool, total: Option<u64>) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !wanted || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = match total {
        Some(t) => indicatif::ProgressBar::new(t),
        None => indicatif::ProgressBar::new_spinner(),
    };
    pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    let style = indicatif::ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg}")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    pb.set_style(style);
    Some(pb)
}
