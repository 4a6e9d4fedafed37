//! `gleaner serve`: one long-running engine behind HTTP, for a scraper that posts every article
//! it fetches and gets back the cleaned article and a verdict.
//!
//! ```text
//! connection tasks (axum/hyper) ──▶ handler: checks, permit, body ──▶ spawn_blocking:
//!     Prepared::new (no lock) ─▶ lock · Engine::decide · unlock ─▶ render_decided (no lock)
//! ```
//!
//! **One index, linearizable decisions.** The engine sits in a `std::sync::Mutex`. Only
//! phase 2 of a record ([`Engine::decide`], microseconds) runs under it; parsing, analysis and
//! rendering run outside it on the blocking pool, so two cores are used and the lock is never
//! held across an `.await` (mini-redis `db.rs`). Every decision is a critical section on the
//! one index, so of two identical articles posted at the same moment exactly one is `kept`.
//!
//! **Bounded everything.** A semaphore of `--max-in-flight` permits sheds excess requests with
//! 503 + `Retry-After` before their bodies are read, so at most `max_in_flight` bodies of at
//! most `--max-body-bytes` are ever held (a too-large `Content-Length` is refused with 413
//! before reading; a chunked body is cut at the same limit). A batch is read, decided and
//! written back in slices of at most [`BATCH_SLICE_LINES`] lines, pulled by the response
//! stream, so a slow reader slows the batch instead of growing a buffer. Reading a body is
//! bounded by `--request-timeout`, and after a shutdown signal connections get
//! `--drain-timeout` to finish before they are cut.
//!
//! **State.** With `--state DIR`, [`serve`] loads the snapshot on the blocking pool while
//! `/healthz` already answers and `/readyz` says 503; `/v1/clean` answers 503 until the load
//! is done. It saves every `--snapshot-every` (the engine lock is held only while encoding)
//! and once more after the last connection drained. The engine is taken out of its mutex for
//! that final save, so a record still in flight after it cannot be decided (it gets a 503):
//! every 200 ever sent is in the last snapshot.

mod error;
pub(crate) mod metrics;
mod routes;

use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::engine::{Analyzer, Decided, Engine, Prepared, RenderOptions};
use crate::error::RecordError;
use crate::record::LinePos;
use crate::shared::{Item, SharedIndex, StateCell};
use crate::snapshot::StreamPosition;
use crate::state::StateError;

pub use error::ApiError;
pub use routes::app;

/// Lines of a batch decided under one acquisition of the engine lock.
pub const BATCH_SLICE_LINES: usize = 256;

/// How the daemon runs; every limit has a default fit for one scraper on a small machine.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Largest request body (413 beyond it).
    pub max_body_bytes: u64,
    /// Longest record: a single record or one line of a batch (rejected as `too_long` beyond).
    pub max_record_bytes: u64,
    /// Requests to `/v1/clean` processed at once; more get 503 with `Retry-After`.
    pub max_in_flight: usize,
    /// Snapshot directory (`--state`): loaded at start, saved periodically and at shutdown.
    pub state: Option<PathBuf>,
    /// Period of snapshots (`None`: only at shutdown).
    pub snapshot_every: Option<Duration>,
    /// Longest wait for a request body (and between the lines of a batch).
    pub request_timeout: Duration,
    /// Longest wait for in-flight requests after a shutdown signal.
    pub drain_timeout: Duration,
    /// Decide against a shared index in Redis (`--index`) instead of the engine's own; the
    /// engine then keeps only link campaigns and totals.
    pub shared: Option<Arc<SharedIndex>>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            max_body_bytes: 16 << 20,
            max_record_bytes: 16 << 20,
            max_in_flight: 128,
            state: None,
            snapshot_every: Some(Duration::from_secs(60)),
            request_timeout: Duration::from_secs(30),
            drain_timeout: Duration::from_secs(30),
            shared: None,
        }
    }
}

/// What a [`serve`] run did.
#[derive(Debug)]
pub struct ServeReport {
    /// The engine after the last request.
    pub engine: Engine,
    /// Bytes of the final snapshot, when `--state` is set.
    pub saved_bytes: Option<u64>,
    /// Connections were still open when the drain timeout ended them.
    pub drain_timed_out: bool,
}

/// Why [`serve`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The snapshot could not be loaded or the final one saved.
    #[error(transparent)]
    State(#[from] StateError),
    /// The server itself failed.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
    /// A background task panicked.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The state shared by every connection: the engine and the daemon's limits and metrics.
#[derive(Debug)]
pub struct Daemon {
    /// `None` while the snapshot loads and after the final save.
    engine: Mutex<Option<Engine>>,
    /// The engine's immutable half, used without the lock.
    analyzer: Arc<Analyzer>,
    opts: ServeOptions,
    permits: Arc<Semaphore>,
    /// A [`Phase`] as `u8`.
    phase: AtomicU8,
    /// Names records without an id (their "line"): a sequence over the state's whole life.
    seq: AtomicU64,
    metrics: metrics::Metrics,
    /// Serialises snapshot writes (periodic and final) to the one temporary file.
    save_lock: Mutex<()>,
    /// Prefix of the tokens of this process's records in the shared index.
    nonce: String,
}

/// The daemon's engine as the shared index's decide step sees it.
struct EngineCell<'a>(&'a Mutex<Option<Engine>>);

impl StateCell for EngineCell<'_> {
    fn with<R>(&self, f: impl FnOnce(&mut crate::engine::State) -> R) -> Option<R> {
        lock(self.0).as_mut().map(|e| f(&mut e.state))
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic inside `Engine::decide` would poison the lock. The daemon goes on rather than
    // failing every later request: at worst a counter of the panicking record is off.
    m.lock().unwrap_or_else(|e| {
        tracing::error!("A request panicked while holding a lock; continuing.");
        PoisonError::into_inner(e)
    })
}

/// The wall clock in seconds, for the time window (the engine never reads a clock).
fn now_secs() -> u32 {
    let s = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    u32::try_from(s).unwrap_or(u32::MAX)
}

fn now_unix_f64() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// Where the daemon is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Phase {
    /// Loading the snapshot: `/v1/clean` answers 503.
    Loading = 0,
    /// Ready.
    Serving = 1,
    /// A shutdown signal came: no new connections, `/readyz` is 503, requests on open
    /// connections are still decided (they will be in the final snapshot).
    Draining = 2,
    /// The final snapshot has taken the engine: every request gets 503.
    Stopped = 3,
}

/// One record of a request, before the engine decides it.
#[derive(Debug)]
pub(crate) enum Piece {
    /// A line (or a single record's body).
    Line(Vec<u8>),
    /// A line longer than `max_record_bytes`, of this many bytes (at least); not held.
    TooLong(u64),
}

/// One record of a request, after it.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// Decided: a verdict or a malformed record.
    Decided(Decided),
    /// Too long to be analysed (counted as malformed).
    Rejected(RecordError),
}

impl Outcome {
    /// The malformed record's error, if any.
    pub(crate) fn error(&self) -> Option<&RecordError> {
        match self {
            Outcome::Decided(d) => d.error(),
            Outcome::Rejected(e) => Some(e),
        }
    }
}

impl Daemon {
    /// A daemon around an engine that is ready to use (its state, if any, already loaded).
    /// `opts.state` is only used to save. This is what tests drive through [`app`].
    pub fn new(engine: Engine, opts: ServeOptions) -> Arc<Self> {
        let d = Self::empty(&engine, opts);
        d.install(engine);
        d
    }

    fn empty(engine: &Engine, opts: ServeOptions) -> Arc<Self> {
        Arc::new(Daemon {
            engine: Mutex::new(None),
            analyzer: engine.analyzer().clone(),
            permits: Arc::new(Semaphore::new(opts.max_in_flight)),
            opts,
            phase: AtomicU8::new(Phase::Loading as u8),
            seq: AtomicU64::new(0),
            metrics: metrics::Metrics::default(),
            save_lock: Mutex::new(()),
            nonce: crate::shared::process_nonce(),
        })
    }

    /// Puts the (loaded) engine in place and declares the daemon ready, unless a shutdown
    /// began meanwhile.
    fn install(&self, engine: Engine) {
        self.seq.store(engine.totals().read, Ordering::Relaxed);
        *lock(&self.engine) = Some(engine);
        let _ = self.phase.compare_exchange(
            Phase::Loading as u8,
            Phase::Serving as u8,
            Ordering::AcqRel,
            Ordering::Acquire,
        );
    }

    pub(crate) fn phase(&self) -> Phase {
        match self.phase.load(Ordering::Acquire) {
            0 => Phase::Loading,
            1 => Phase::Serving,
            2 => Phase::Draining,
            _ => Phase::Stopped,
        }
    }

    /// Enters `Draining` (from `Loading` or `Serving`).
    fn drain(&self) {
        let _ = self.phase.fetch_update(Ordering::AcqRel, Ordering::Acquire, |p| {
            (p < Phase::Draining as u8).then_some(Phase::Draining as u8)
        });
    }

    /// Whether `/readyz` says ready: loaded and not shutting down.
    pub fn is_ready(&self) -> bool {
        self.phase() == Phase::Serving
    }

    /// The refusal for a request that came at the wrong time, if any.
    pub(crate) fn refusal(&self) -> Option<ApiError> {
        match self.phase() {
            Phase::Loading => Some(ApiError::NotReady),
            Phase::Stopped => Some(ApiError::ShuttingDown),
            Phase::Serving | Phase::Draining => None,
        }
    }

    /// The options the daemon runs with.
    pub fn options(&self) -> &ServeOptions {
        &self.opts
    }

    /// Decides `pieces` in order: analysis outside the lock, decisions under one acquisition
    /// of it, so a batch slice is atomic with respect to other requests. Blocking: call it on
    /// the blocking pool.
    ///
    /// # Errors
    /// [`ApiError::ShuttingDown`] once the final snapshot has taken the engine (or
    /// [`ApiError::NotReady`] before it is loaded).
    pub(crate) fn decide_all(&self, pieces: Vec<Piece>) -> Result<Vec<Outcome>, ApiError> {
        let max = self.opts.max_record_bytes;
        // Phase 1, no lock. Each record gets the next sequence number as its "line", which is
        // what names a record without an id in `duplicate_of`.
        let first = self.seq.fetch_add(pieces.len() as u64, Ordering::Relaxed);
        let prepared: Vec<Result<Prepared, RecordError>> = pieces
            .into_iter()
            .enumerate()
            .map(|(i, p)| match p {
                Piece::Line(l) => {
                    Ok(Prepared::new(&self.analyzer, l, LinePos { input: 0, line: first + i as u64 + 1 }))
                }
                Piece::TooLong(len) => Err(RecordError::TooLong { len, max }),
            })
            .collect();
        let now = now_secs();
        if let Some(idx) = &self.opts.shared {
            return self.decide_shared(idx, prepared, first, now);
        }
        // Phase 2, under the lock: nothing but decisions.
        let decided: Vec<Outcome> = {
            let mut guard = lock(&self.engine);
            let Some(engine) = guard.as_mut() else {
                return Err(self.refusal().unwrap_or(ApiError::ShuttingDown));
            };
            prepared
                .into_iter()
                .map(|p| match p {
                    Ok(p) => Outcome::Decided(engine.decide(p, now)),
                    Err(e) => {
                        engine.state.count_malformed(&e);
                        Outcome::Rejected(e)
                    }
                })
                .collect()
        };
        Ok(decided)
    }

    /// Phase 2 against the shared index: the engine lock is held only for the local part
    /// (campaigns, totals); the check-and-insert runs in Redis, whose script makes decisions
    /// linearizable across every process sharing the index. Blocking: runs the Redis calls on
    /// the runtime from the blocking pool.
    fn decide_shared(
        &self,
        idx: &SharedIndex,
        prepared: Vec<Result<Prepared, RecordError>>,
        first: u64,
        now: u32,
    ) -> Result<Vec<Outcome>, ApiError> {
        let decisions = {
            let items: Vec<Item<'_>> = prepared
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let p = p.as_ref().ok()?;
                    let a = p.analysis()?;
                    let line = std::str::from_utf8(p.line()).expect("analysed lines are UTF-8");
                    let token = format!("{}:{}", self.nonce, first + i as u64 + 1).into_bytes();
                    Some(Item { line, analysis: a, token })
                })
                .collect();
            let cell = EngineCell(&self.engine);
            match tokio::runtime::Handle::current().block_on(idx.decide(&cell, &self.analyzer, &items, now)) {
                Ok(Some(d)) => d,
                Ok(None) => return Err(self.refusal().unwrap_or(ApiError::ShuttingDown)),
                Err(e) => return Err(ApiError::IndexUnavailable(e.to_string())),
            }
        };
        let mut decisions = decisions.into_iter();
        let mut guard = lock(&self.engine);
        let Some(engine) = guard.as_mut() else {
            return Err(self.refusal().unwrap_or(ApiError::ShuttingDown));
        };
        Ok(prepared
            .into_iter()
            .map(|p| match p {
                Ok(p) if p.analysis().is_some() => {
                    let d = decisions.next();
                    Outcome::Decided(Decided::new(p, d))
                }
                Ok(p) => {
                    if let Some(e) = p.error() {
                        engine.state.count_malformed(e);
                    }
                    Outcome::Decided(Decided::new(p, None))
                }
                Err(e) => {
                    engine.state.count_malformed(&e);
                    Outcome::Rejected(e)
                }
            })
            .collect())
    }

    /// Phase 3 of a decided record: its output line (newline-terminated), or `None` for a
    /// malformed record.
    pub(crate) fn render(&self, o: &Outcome) -> Option<Vec<u8>> {
        match o {
            Outcome::Decided(d) if d.verdict().is_some() => {
                // Duplicates are answered like any record; "rejects" has no meaning here.
                let opts = RenderOptions { keep_duplicates: true };
                Some(self.analyzer.render_decided(d, "daemon", opts).line)
            }
            _ => None,
        }
    }

    /// Saves a snapshot of the shared engine (periodic saves). Blocking.
    fn save_periodic(&self, last_read: &mut Option<u64>) {
        let Some(dir) = self.opts.state.as_deref() else { return };
        let _io = lock(&self.save_lock);
        let start = Instant::now();
        let encoded = {
            let guard = lock(&self.engine);
            let Some(engine) = guard.as_ref() else { return };
            let read = engine.totals().read;
            if *last_read == Some(read) {
                return; // nothing decided since the last save
            }
            *last_read = Some(read);
            // Encoding under the lock gives a consistent cut; the write happens outside it.
            (crate::snapshot::encode(engine, &position(engine)), engine.indexed())
        };
        let (bytes, docs) = encoded;
        match crate::state::write_snapshot(dir, &bytes) {
            Ok(n) => {
                self.saved(start, n);
                tracing::debug!(bytes = n, documents = docs, seconds = start.elapsed().as_secs_f64(), "Saved state.");
            }
            Err(e) => {
                self.metrics.snapshot().failures += 1;
                *last_read = None;
                tracing::error!(error = %e, "Cannot save state; will retry at the next period.");
            }
        }
    }

    fn saved(&self, start: Instant, bytes: u64) {
        let mut g = self.metrics.snapshot();
        g.saves += 1;
        g.last_bytes = Some(bytes);
        g.last_duration = Some(start.elapsed().as_secs_f64());
        g.last_success_unix = Some(now_unix_f64());
    }

    /// Takes the engine out (no request can decide after this) and saves it. Blocking.
    fn finish(&self) -> Result<(Engine, Option<u64>), ServeError> {
        let _io = lock(&self.save_lock);
        self.phase.store(Phase::Stopped as u8, Ordering::Release);
        let engine = lock(&self.engine).take().ok_or_else(|| ServeError::Internal("engine already taken".into()))?;
        let Some(dir) = self.opts.state.as_deref() else { return Ok((engine, None)) };
        let start = Instant::now();
        let n = crate::state::save(dir, &engine, &position(&engine))?;
        self.saved(start, n);
        Ok((engine, Some(n)))
    }

    /// The text of `/metrics`. Blocking (takes the engine lock briefly).
    pub(crate) fn scrape(&self) -> String {
        let (totals, stats) = match lock(&self.engine).as_ref() {
            Some(e) => (Some(e.totals().clone()), Some(e.stats())),
            None => (None, None),
        };
        let s = metrics::Scrape {
            totals,
            stats,
            ready: self.is_ready(),
            in_flight: self.opts.max_in_flight - self.permits.available_permits(),
            max_in_flight: self.opts.max_in_flight,
            now_unix: now_unix_f64(),
            rss_bytes: metrics::rss_bytes(),
        };
        self.metrics.render(&s)
    }
}

/// The stream position a daemon snapshot records: input `daemon`, records = all processed.
fn position(engine: &Engine) -> StreamPosition {
    let n = engine.totals().read;
    StreamPosition { input: "daemon".into(), line: n, records: n }
}

/// Aborts a background task when dropped (mini-redis `DbDropGuard`).
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Serves the API on `listener` until `shutdown` completes, then drains and saves.
///
/// `engine` is freshly built; with `opts.state` the snapshot there is loaded into it first
/// (while `/healthz` answers and `/readyz` reports 503). After `shutdown`, the listener
/// closes, in-flight requests finish (for at most `opts.drain_timeout`), the final snapshot is
/// written and the engine is returned.
///
/// # Errors
/// [`ServeError::State`] when the snapshot cannot be loaded (a damaged state is never replaced
/// by an empty index) or the final one cannot be written.
pub async fn serve(
    listener: TcpListener,
    engine: Engine,
    opts: ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<ServeReport, ServeError> {
    let daemon = Daemon::empty(&engine, opts.clone());
    let (signalled_tx, signalled_rx) = tokio::sync::oneshot::channel::<()>();
    let shutdown = {
        let daemon = daemon.clone();
        async move {
            shutdown.await;
            // Not ready from now on: a load balancer stops sending while we drain.
            daemon.drain();
            tracing::info!("Shutting down: finishing requests in flight.");
            let _ = signalled_tx.send(());
        }
    };
    let server = axum::serve(listener, app(daemon.clone())).with_graceful_shutdown(shutdown).into_future();
    tokio::pin!(server);

    // Load the state while the server already answers /healthz.
    let load = {
        let daemon = daemon.clone();
        let dir = opts.state.clone();
        tokio::task::spawn_blocking(move || -> Result<(), StateError> {
            let mut engine = engine;
            if let Some(dir) = &dir {
                match crate::state::load(dir, &mut engine)? {
                    Some(l) => {
                        for w in &l.warnings {
                            tracing::warn!(problem = %w, "Damaged snapshot generation skipped.");
                        }
                        daemon.metrics.snapshot().last_success_unix = std::fs::metadata(&l.path)
                            .and_then(|m| m.modified())
                            .ok()
                            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                            .map(|d| d.as_secs_f64());
                        tracing::info!(path = %l.path.display(), documents = engine.indexed(), records = l.position.records, "Loaded state.");
                    }
                    None => tracing::info!(dir = %dir.display(), "No snapshot yet; starting with an empty index."),
                }
            }
            daemon.install(engine);
            tracing::info!("Ready.");
            Ok(())
        })
    };
    tokio::pin!(load);
    let mut loading = true;
    let mut signalled = signalled_rx;
    let mut signal_seen = false;
    let mut ticker: Option<AbortOnDrop> = None;
    let drain_deadline = tokio::time::sleep(Duration::MAX);
    tokio::pin!(drain_deadline);
    let mut drain_timed_out = false;
    loop {
        tokio::select! {
            r = &mut server => { r?; break; }
            r = &mut load, if loading => {
                loading = false;
                match r {
                    Ok(Ok(())) => {
                        if !signal_seen && let Some(every) = opts.snapshot_every.filter(|_| opts.state.is_some()) {
                            ticker = Some(AbortOnDrop(tokio::spawn(snapshot_loop(daemon.clone(), every))));
                        }
                    }
                    Ok(Err(e)) => return Err(e.into()),
                    Err(e) => return Err(ServeError::Internal(format!("state loading panicked: {e}"))),
                }
            }
            _ = &mut signalled, if !signal_seen => {
                signal_seen = true;
                drain_deadline.as_mut().reset(tokio::time::Instant::now() + opts.drain_timeout);
            }
            _ = &mut drain_deadline, if signal_seen => {
                drain_timed_out = true;
                tracing::warn!(seconds = opts.drain_timeout.as_secs(), "Drain timeout: closing the connections still open.");
                break;
            }
        }
    }
    drop(ticker);
    if loading {
        // Stopped before the state finished loading: let the load end, then save nothing new.
        match load.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(e.into()),
            Err(e) => return Err(ServeError::Internal(format!("state loading panicked: {e}"))),
        }
    }
    let d = daemon.clone();
    let (engine, saved_bytes) = tokio::task::spawn_blocking(move || d.finish())
        .await
        .map_err(|e| ServeError::Internal(format!("final save panicked: {e}")))??;
    if let (Some(dir), Some(n)) = (&opts.state, saved_bytes) {
        tracing::info!(dir = %dir.display(), bytes = n, documents = engine.indexed(), "Saved state.");
    }
    Ok(ServeReport { engine, saved_bytes, drain_timed_out })
}

async fn snapshot_loop(daemon: Arc<Daemon>, every: Duration) {
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_read = None;
    loop {
        tick.tick().await;
        let d = daemon.clone();
        // The blocking task owns a copy of `last_read` for its run and hands it back.
        let mut lr = last_read;
        let r = tokio::task::spawn_blocking(move || {
            d.save_periodic(&mut lr);
            lr
        })
        .await;
        match r {
            Ok(l) => last_read = l,
            Err(e) => {
                tracing::error!(error = %e, "Snapshot task panicked.");
                last_read = None;
            }
        }
    }
}
