//! `gleaner worker`: one of many processes that clean a Redis Stream together, as one filter.
//!
//! ```text
//!  producers ──XADD──▶ input stream ──XREADGROUP (group, this consumer)──▶ batch
//!      batch ── analyse (CPU pool) ── decide (shared index, see `shared`) ── render (CPU pool)
//!      ──▶ emit.lua: XADD output | rejects, remember the entry id, XACK (one atomic step)
//!  dead consumer's entries ──XAUTOCLAIM after --claim-idle──▶ another worker's batch
//! ```
//!
//! **At least once, and exactly one result per entry.** An entry is acknowledged only in the
//! same atomic step that writes its result (`emit.lua`), and that step writes only while the
//! entry is still pending for this consumer and its id is not remembered: a worker that dies
//! before the step leaves the entry pending, another claims it after `--claim-idle` and writes
//! it; a worker whose entry was claimed away while it was slow writes nothing. The decision
//! itself is idempotent too: a record checked again under its entry id finds itself in the
//! index and stays kept (`shared`, tokens).
//!
//! **Order.** Within a batch, records are decided in stream order; across workers there is no
//! order, so which of two copies is kept depends on timing. Every other guarantee holds for
//! any interleaving: one result per entry, and one kept record per group of copies.
//!
//! **Stopping.** On SIGTERM or SIGINT the worker stops reading, finishes the batch in hand,
//! writes and acknowledges it, and returns. If Redis is down at that moment it keeps retrying
//! for `drain_timeout`, then gives up; the entries stay pending and another worker (or this
//! one, restarted under the same consumer name) takes them.

pub(crate) mod metrics;

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use redis::Value;

use crate::engine::{Analyzer, Decided, Engine, Prepared, RenderOptions, State};
use crate::error::RecordError;
use crate::record::LinePos;
use crate::shared::{Conn, Item, Retry, SharedError, SharedIndex};
pub use metrics::WorkerMetrics;

/// How a worker runs.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Stream the records come from.
    pub input: String,
    /// Stream cleaned records go to.
    pub output: String,
    /// Stream duplicates, empty and malformed records go to (`None`: counted and dropped).
    pub rejects: Option<String>,
    /// Consumer group shared by the workers.
    pub group: String,
    /// This worker's name in the group (unique per live worker).
    pub consumer: String,
    /// Entries pending longer than this with another consumer are claimed.
    pub claim_idle: Duration,
    /// Entries per batch.
    pub batch: usize,
    /// Longest wait for new entries in one read (the loop checks for shutdown in between).
    pub block: Duration,
    /// How long processed entry ids are remembered.
    pub remember: Duration,
    /// After a shutdown signal, how long to keep retrying an unreachable Redis.
    pub drain_timeout: Duration,
    /// Duplicates go to the output (marked) instead of the rejects.
    pub keep_duplicates: bool,
    /// Threads of the CPU pool.
    pub threads: usize,
    /// Longest record accepted, in bytes.
    pub max_record_bytes: u64,
    /// The field of an entry that holds the record.
    pub field: String,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            input: "articles".into(),
            output: "articles:clean".into(),
            rejects: None,
            group: "gleaner".into(),
            consumer: "gleaner".into(),
            claim_idle: Duration::from_secs(30),
            batch: 128,
            block: Duration::from_secs(1),
            remember: Duration::from_secs(24 * 3600),
            drain_timeout: Duration::from_secs(30),
            keep_duplicates: false,
            threads: 1,
            max_record_bytes: 16 << 20,
            field: "record".into(),
        }
    }
}

/// Why a worker stopped with an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WorkerError {
    /// Redis failed past the retry limit, or answered something unusable.
    #[error(transparent)]
    Redis(#[from] SharedError),
    /// The CPU pool could not start.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    /// On a Redis Cluster, the streams and the remembered ids must share one slot.
    #[error(
        "on a Redis Cluster the streams must share a hash tag, so that writing a result and \
         acknowledging its entry is one step on one shard: {0}"
    )]
    CrossSlot(String),
}

/// What a worker did.
#[derive(Debug)]
pub struct WorkerReport {
    /// The engine's totals (records decided by this worker).
    pub totals: crate::Totals,
    /// Entries by what happened to them.
    pub entries: EntryCounts,
}

/// Entries by what happened to them (see `emit.lua`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntryCounts {
    /// Entries read (new, own pending after a restart, or claimed).
    pub read: u64,
    /// Results written to the output stream.
    pub output: u64,
    /// Results written to the rejects stream.
    pub rejects: u64,
    /// Rejected results dropped because there is no rejects stream.
    pub dropped: u64,
    /// Entries whose result had been written before (acknowledged again, nothing written).
    pub written_before: u64,
    /// Entries claimed by another worker while this one held them (left to it).
    pub lost_to_claim: u64,
    /// Entries no longer pending when their result was ready (acknowledged elsewhere).
    pub not_pending: u64,
    /// Entries claimed from other consumers.
    pub claimed: u64,
    /// Entries deleted from the stream while pending (nothing to clean).
    pub deleted: u64,
}

/// The remembered-ids key of a group: under the input stream's hash tag, so that the
/// write-and-acknowledge script touches one Cluster slot when the streams share a tag.
pub fn done_key(input: &str, group: &str) -> String {
    match hash_tag(input) {
        Some(_) => format!("{input}:gleaner-done:{group}"),
        None => format!("{{{input}}}:gleaner-done:{group}"),
    }
}

/// The Cluster hash tag of a key, if it has one (the text between the first `{` and the next
/// `}`, when not empty).
pub fn hash_tag(key: &str) -> Option<&str> {
    let open = key.find('{')?;
    let close = key[open + 1..].find('}')? + open + 1;
    (close > open + 1).then(|| &key[open + 1..close])
}

/// The Redis Cluster slot of a key: CRC16 (XMODEM) of its hash tag, or of the whole key when it
/// has none, modulo 16384 (the Redis Cluster specification).
pub fn key_slot(key: &str) -> u16 {
    let data = hash_tag(key).unwrap_or(key).as_bytes();
    let mut crc: u16 = 0;
    for &b in data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc % 16384
}

/// One stream entry: its id, and its fields (`None` when the entry was deleted while pending).
#[derive(Debug)]
struct Entry {
    id: String,
    fields: Option<Vec<(Vec<u8>, Vec<u8>)>>,
}

fn bulk(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::BulkString(b) => Some(b.clone()),
        Value::SimpleString(s) => Some(s.clone().into_bytes()),
        _ => None,
    }
}

fn bad_reply(what: &'static str, v: &Value) -> SharedError {
    SharedError::Reply { what, detail: format!("{v:?}").chars().take(300).collect() }
}

/// Entries of an `[[id, [field, value, ...] | nil], ...]` array.
fn parse_entries(what: &'static str, v: &Value) -> Result<Vec<Entry>, SharedError> {
    let Value::Array(items) = v else { return Err(bad_reply(what, v)) };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Value::Array(pair) = it else { return Err(bad_reply(what, it)) };
        let id = pair.first().and_then(bulk).ok_or_else(|| bad_reply(what, it))?;
        let id = String::from_utf8(id).map_err(|_| bad_reply(what, it))?;
        let fields = match pair.get(1) {
            None | Some(Value::Nil) => None,
            Some(Value::Array(kv)) => {
                let mut f = Vec::with_capacity(kv.len() / 2);
                for c in kv.chunks(2) {
                    match (c.first().and_then(bulk), c.get(1).and_then(bulk)) {
                        (Some(k), Some(v)) => f.push((k, v)),
                        _ => return Err(bad_reply(what, it)),
                    }
                }
                Some(f)
            }
            Some(other) => return Err(bad_reply(what, other)),
        };
        out.push(Entry { id, fields });
    }
    Ok(out)
}

/// `XREADGROUP GROUP g c COUNT n [BLOCK ms] STREAMS input id`: `id` `0` re-reads this
/// consumer's own pending entries, `>` reads new ones.
fn xreadgroup(opts: &WorkerOptions, block_ms: Option<u64>, id: &str) -> redis::Cmd {
    let mut cmd = redis::cmd("XREADGROUP");
    cmd.arg("GROUP").arg(&opts.group).arg(&opts.consumer).arg("COUNT").arg(opts.batch);
    if let Some(ms) = block_ms {
        cmd.arg("BLOCK").arg(ms);
    }
    cmd.arg("STREAMS").arg(&opts.input).arg(id);
    cmd
}

/// The entries of an XREADGROUP reply (nil when the block timed out).
fn parse_read(v: &Value) -> Result<Vec<Entry>, SharedError> {
    match v {
        Value::Nil => Ok(Vec::new()),
        Value::Array(streams) => {
            let mut out = Vec::new();
            for s in streams {
                let Value::Array(pair) = s else { return Err(bad_reply("XREADGROUP", s)) };
                let Some(entries) = pair.get(1) else { return Err(bad_reply("XREADGROUP", s)) };
                out.extend(parse_entries("XREADGROUP", entries)?);
            }
            Ok(out)
        }
        Value::Map(streams) => {
            let mut out = Vec::new();
            for (_, entries) in streams {
                out.extend(parse_entries("XREADGROUP", entries)?);
            }
            Ok(out)
        }
        other => Err(bad_reply("XREADGROUP", other)),
    }
}

/// Creates the consumer group at the start of the stream (and the stream), unless it exists.
async fn ensure_group(conn: &Conn, retry: &Retry, input: &str, group: &str) -> Result<(), SharedError> {
    conn.call(retry, &[], |mut c| async move {
        let r: Result<(), redis::RedisError> =
            redis::cmd("XGROUP").arg("CREATE").arg(input).arg(group).arg("0").arg("MKSTREAM").query_async(&mut c).await;
        match r {
            Err(e) if e.code() == Some("BUSYGROUP") => Ok(()),
            other => other,
        }
    })
    .await
}

/// Where the worker reads from next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// This consumer's own pending entries (after a restart under the same name).
    Own,
    /// New entries.
    New,
}

/// Runs the worker until `shutdown` completes (then finishes the batch in hand).
///
/// # Errors
/// [`WorkerError`] when Redis stays unreachable past the drain timeout after a shutdown, or
/// answers something unusable; the entries in hand stay pending for another worker.
pub async fn run(
    engine: Engine,
    index: SharedIndex,
    conn: Conn,
    opts: WorkerOptions,
    metrics: Arc<WorkerMetrics>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<WorkerReport, WorkerError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.max(1))
        .thread_name(|i| format!("gleaner-cpu-{i}"))
        .build()
        .map_err(|e| WorkerError::Threads(e.to_string()))?;
    let pool = Arc::new(pool);
    let Engine { analyzer, state } = engine;
    let state = Mutex::new(state);
    // A signal stops the reading; once the drain time is over it also stops the retries.
    let stopping = Arc::new(AtomicBool::new(false));
    let cancel = Arc::new(AtomicBool::new(false));
    let _watch = {
        let (stopping, cancel, drain) = (stopping.clone(), cancel.clone(), opts.drain_timeout);
        AbortOnDrop(tokio::spawn(async move {
            shutdown.await;
            tracing::info!("Stopping: finishing the batch in hand.");
            stopping.store(true, Ordering::Relaxed);
            tokio::time::sleep(drain).await;
            cancel.store(true, Ordering::Relaxed);
        }))
    };
    let retry = Retry { give_up_after: None, cancel: Some(cancel) };
    // The index retries as the streams do: without end while running, for the drain time
    // after a shutdown.
    let index = index.with_retry(retry.clone());
    let done = done_key(&opts.input, &opts.group);
    if conn.is_cluster() {
        let slot = |k: &str| key_slot(k);
        let keys = [opts.input.as_str(), opts.output.as_str(), opts.rejects.as_deref().unwrap_or(&opts.output), &done];
        if keys.iter().any(|k| slot(k) != slot(&opts.input)) {
            let shown: Vec<String> = keys.iter().map(|k| format!("{k} (slot {})", slot(k))).collect();
            return Err(WorkerError::CrossSlot(format!(
                "{}; name them like {{news}}:in, {{news}}:out, {{news}}:rej",
                shown.join(", ")
            )));
        }
    }
    ensure_group(&conn, &retry, &opts.input, &opts.group).await?;
    let emit = redis::Script::new(crate::shared::EMIT);
    tracing::info!(
        input = %opts.input, output = %opts.output, rejects = ?opts.rejects, group = %opts.group,
        consumer = %opts.consumer, index = %index.name(), "Worker started."
    );

    let mut counts = EntryCounts::default();
    let mut source = Source::Own;
    let mut claim_cursor = "0-0".to_owned();
    let mut next_claim = Instant::now();
    let block_ms = opts.block.as_millis().max(1) as u64;
    while !stopping.load(Ordering::Relaxed) {
        // A read or claim retried after a failure may have been carried out by Redis with its
        // reply lost: its entries are then pending here without being in hand. Reading this
        // consumer's own pending entries again after any failure picks them up at once
        // (instead of after --claim-idle, by whoever claims them).
        let errors_before = conn.errors();
        let (entries, claimed) = if source == Source::Own {
            let v: Result<Value, SharedError> = conn
                .call(&retry, &[], |mut c| {
                    let cmd = xreadgroup(&opts, None, "0");
                    async move { cmd.query_async(&mut c).await }
                })
                .await;
            let Some(v) = idle_stop(v)? else { break };
            let e = parse_read(&v)?;
            if e.is_empty() {
                source = Source::New;
                continue;
            }
            (e, false)
        } else if Instant::now() >= next_claim {
            let v: Result<Value, SharedError> = conn
                .call(&retry, &[], |mut c| {
                    let cmd = redis::cmd("XAUTOCLAIM")
                        .arg(&opts.input)
                        .arg(&opts.group)
                        .arg(&opts.consumer)
                        .arg(opts.claim_idle.as_millis() as u64)
                        .arg(&claim_cursor)
                        .arg("COUNT")
                        .arg(opts.batch)
                        .clone();
                    async move { cmd.query_async(&mut c).await }
                })
                .await;
            let Some(v) = idle_stop(v)? else { break };
            let Value::Array(parts) = &v else { return Err(bad_reply("XAUTOCLAIM", &v).into()) };
            let next = parts.first().and_then(bulk).ok_or_else(|| bad_reply("XAUTOCLAIM", &v))?;
            claim_cursor = String::from_utf8_lossy(&next).into_owned();
            let e = parts.get(1).map(|x| parse_entries("XAUTOCLAIM", x)).transpose()?.unwrap_or_default();
            if let Some(Value::Array(deleted)) = parts.get(2) {
                // Redis removes deleted entries from the pending list itself.
                counts.deleted += deleted.len() as u64;
            }
            if claim_cursor == "0-0" {
                // A full sweep: look again in a while.
                next_claim = Instant::now() + (opts.claim_idle / 2).max(Duration::from_millis(100));
            }
            if e.is_empty() {
                if conn.errors() != errors_before {
                    source = Source::Own;
                }
                continue;
            }
            tracing::info!(entries = e.len(), "Claimed entries idle too long at another consumer.");
            (e, true)
        } else {
            let v: Result<Value, SharedError> = conn
                .call(&retry, &[], |mut c| {
                    let cmd = xreadgroup(&opts, Some(block_ms), ">");
                    async move { cmd.query_async(&mut c).await }
                })
                .await;
            let Some(v) = idle_stop(v)? else { break };
            let e = parse_read(&v)?;
            if e.is_empty() {
                if conn.errors() != errors_before {
                    source = Source::Own;
                }
                continue;
            }
            (e, false)
        };
        if conn.errors() != errors_before {
            source = Source::Own;
        }
        let started = Instant::now();
        counts.read += entries.len() as u64;
        if claimed {
            counts.claimed += entries.len() as u64;
        }
        let results = process(&pool, &analyzer, &state, &index, &opts, entries).await?;
        let statuses = write_results(&conn, &retry, &emit, &opts, &done, &results).await?;
        for ((_, target, _), status) in results.iter().zip(&statuses) {
            match (status, target) {
                (1, Target::Output) => counts.output += 1,
                (1, Target::Rejects) => counts.rejects += 1,
                (1, Target::Nowhere) => counts.dropped += 1,
                (1, Target::Deleted) => counts.deleted += 1,
                (0, _) => counts.written_before += 1,
                (-1, _) => counts.lost_to_claim += 1,
                _ => counts.not_pending += 1,
            }
        }
        let totals = state.lock().unwrap_or_else(std::sync::PoisonError::into_inner).totals.clone();
        metrics.batch.observe(started.elapsed());
        metrics.update(&totals, &counts, conn.errors() + index.conn().errors());
    }
    let totals = state.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner).totals;
    Ok(WorkerReport { totals, entries: counts })
}

/// A read's result, or `None` when a shutdown's drain time ended the retries while no entry
/// was in hand (nothing is lost: the worker just stops).
fn idle_stop<T>(r: Result<T, SharedError>) -> Result<Option<T>, SharedError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(SharedError::Cancelled { last }) => {
            tracing::warn!(error = %last, "Stopped while Redis was unreachable; no entry was in hand.");
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Aborts a background task when dropped (mini-redis `DbDropGuard`): the signal watcher ends
/// with the run.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Where a result goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Output,
    Rejects,
    /// A reject without a rejects stream: acknowledged and counted only.
    Nowhere,
    /// The entry was deleted while pending: acknowledged only.
    Deleted,
}

impl Target {
    fn code(self) -> &'static str {
        match self {
            Target::Output => "o",
            Target::Rejects => "r",
            Target::Nowhere | Target::Deleted => "-",
        }
    }
}

/// The wall clock in seconds, for the time window.
fn now_secs() -> u32 {
    let s = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    u32::try_from(s).unwrap_or(u32::MAX)
}

/// Analyses, decides and renders a batch: one `(entry id, target, record)` per entry.
async fn process(
    pool: &Arc<rayon::ThreadPool>,
    analyzer: &Arc<Analyzer>,
    state: &Mutex<State>,
    index: &SharedIndex,
    opts: &WorkerOptions,
    entries: Vec<Entry>,
) -> Result<Vec<(String, Target, Vec<u8>)>, SharedError> {
    // 1. Analysis on the pool, in entry order.
    let prepared: Vec<(String, Option<Prepared>)> = {
        let (an, max, field) = (analyzer.clone(), opts.max_record_bytes, opts.field.clone());
        let (tx, rx) = tokio::sync::oneshot::channel();
        pool.spawn(move || {
            use rayon::prelude::*;
            let out: Vec<(String, Option<Prepared>)> = entries
                .into_par_iter()
                .map(|e| {
                    let Some(fields) = e.fields else { return (e.id, None) };
                    let pos = LinePos { input: 0, line: 1 };
                    let Some(at) = fields.iter().position(|(k, _)| *k == field.as_bytes()) else {
                        // Keep what the entry did hold, as a JSON object of its fields.
                        let shown: serde_json::Map<String, serde_json::Value> = fields
                            .iter()
                            .map(|(k, v)| {
                                let v = String::from_utf8_lossy(&v[..v.len().min(4096)]).into_owned();
                                (String::from_utf8_lossy(k).into_owned(), serde_json::Value::String(v))
                            })
                            .collect();
                        let raw = serde_json::to_vec(&shown).unwrap_or_default();
                        return (e.id, Some(Prepared::failed(raw, pos, RecordError::MissingField(field.clone()))));
                    };
                    let mut fields = fields;
                    let (_, v) = fields.swap_remove(at);
                    let p = if v.len() as u64 > max {
                        let len = v.len() as u64;
                        let mut head = v;
                        head.truncate(4096);
                        Prepared::failed(head, pos, RecordError::TooLong { len, max })
                    } else {
                        // A record without an id is named by its entry id.
                        let id = serde_json::to_string(&e.id).unwrap_or_default();
                        Prepared::with_default_id(&an, v, pos, Some(&id))
                    };
                    (e.id, Some(p))
                })
                .collect();
            let _ = tx.send(out);
        });
        rx.await.map_err(|_| SharedError::Reply { what: "analysis", detail: "the CPU pool stopped".into() })?
    };

    // 2. Decisions: malformed records counted locally, the rest against the shared index.
    let decisions = {
        let tokens: Vec<Vec<u8>> = prepared.iter().map(|(id, _)| format!("{}/{id}", opts.input).into_bytes()).collect();
        let items: Vec<Item<'_>> = prepared
            .iter()
            .zip(&tokens)
            .filter_map(|((_, p), token)| {
                let p = p.as_ref()?;
                let a = p.analysis()?;
                let line = std::str::from_utf8(p.line()).expect("analysed lines are UTF-8");
                Some(Item { line, analysis: a, token: token.clone() })
            })
            .collect();
        let now = now_secs();
        let decided = index.decide(state, analyzer, &items, now).await?.unwrap_or_default();
        let mut st = state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for (_, p) in &prepared {
            if let Some(e) = p.as_ref().and_then(Prepared::error) {
                st.count_malformed(e);
            }
        }
        decided
    };

    // 3. Rendering on the pool.
    let (an, keep, input) = (analyzer.clone(), opts.keep_duplicates, opts.input.clone());
    let has_rejects = opts.rejects.is_some();
    let (tx, rx) = tokio::sync::oneshot::channel();
    pool.spawn(move || {
        use rayon::prelude::*;
        let mut decisions = decisions.into_iter();
        let decided: Vec<(String, Option<Decided>)> = prepared
            .into_iter()
            .map(|(id, p)| {
                let d = p.map(|p| {
                    let dec = if p.analysis().is_some() { decisions.next() } else { None };
                    Decided::new(p, dec)
                });
                (id, d)
            })
            .collect();
        let out: Vec<(String, Target, Vec<u8>)> = decided
            .into_par_iter()
            .map(|(id, d)| {
                let Some(d) = d else { return (id, Target::Deleted, Vec::new()) };
                let name = format!("{input}/{id}");
                let o = an.render_decided(&d, &name, RenderOptions { keep_duplicates: keep });
                let mut line = o.line;
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                let target = match (o.to_rejects, has_rejects) {
                    (false, _) => Target::Output,
                    (true, true) => Target::Rejects,
                    (true, false) => Target::Nowhere,
                };
                (id, target, line)
            })
            .collect();
        let _ = tx.send(out);
    });
    rx.await.map_err(|_| SharedError::Reply { what: "rendering", detail: "the CPU pool stopped".into() })
}

/// Writes a batch's results and acknowledges its entries (`emit.lua`); one status per entry.
async fn write_results(
    conn: &Conn,
    retry: &Retry,
    emit: &redis::Script,
    opts: &WorkerOptions,
    done: &str,
    results: &[(String, Target, Vec<u8>)],
) -> Result<Vec<i64>, SharedError> {
    let rejects = opts.rejects.as_deref().unwrap_or(&opts.output);
    let remember_ms = opts.remember.as_millis() as u64;
    let v: Value = conn
        .call(retry, &[emit], |mut c| {
            let mut cmd = redis::cmd("EVALSHA");
            cmd.arg(emit.get_hash())
                .arg(4)
                .arg(&opts.input)
                .arg(&opts.output)
                .arg(rejects)
                .arg(done)
                .arg(&opts.group)
                .arg(&opts.consumer)
                .arg(remember_ms);
            for (id, target, line) in results {
                cmd.arg(id).arg(target.code()).arg(&line[..]);
            }
            async move { cmd.query_async(&mut c).await }
        })
        .await?;
    let Value::Array(items) = &v else { return Err(bad_reply("EVALSHA emit", &v)) };
    let statuses: Vec<i64> = items.iter().map(|x| if let Value::Int(i) = x { *i } else { -3 }).collect();
    if statuses.len() != results.len() || statuses.contains(&-3) {
        return Err(bad_reply("EVALSHA emit", &v));
    }
    Ok(statuses)
}

/// Reads the group's lag and pending count and the index's size (for `/metrics`).
///
/// # Errors
/// [`SharedError`] when Redis does not answer within a couple of seconds.
pub async fn group_gauges(
    conn: &Conn,
    index: &SharedIndex,
    input: &str,
    group: &str,
) -> Result<metrics::GroupGauges, SharedError> {
    let retry = Retry::for_at_most(Duration::from_secs(2));
    let (groups, pending): (Value, Value) = conn
        .call(&retry, &[], |mut c| async move {
            redis::pipe()
                .cmd("XINFO")
                .arg("GROUPS")
                .arg(input)
                .cmd("XPENDING")
                .arg(input)
                .arg(group)
                .query_async(&mut c)
                .await
        })
        .await?;
    let mut g = metrics::GroupGauges::default();
    if let Value::Array(groups) = &groups {
        for info in groups {
            let pairs: Vec<(String, &Value)> = match info {
                Value::Array(kv) => kv
                    .chunks(2)
                    .filter_map(|c| Some((String::from_utf8_lossy(&bulk(c.first()?)?).into_owned(), c.get(1)?)))
                    .collect(),
                Value::Map(kv) => {
                    kv.iter().filter_map(|(k, v)| Some((String::from_utf8_lossy(&bulk(k)?).into_owned(), v))).collect()
                }
                _ => continue,
            };
            let name = pairs.iter().find(|(k, _)| k == "name").and_then(|(_, v)| bulk(v));
            if name.as_deref() == Some(group.as_bytes()) {
                g.lag = pairs.iter().find(|(k, _)| k == "lag").and_then(|(_, v)| match v {
                    Value::Int(i) => u64::try_from(*i).ok(),
                    _ => None,
                });
            }
        }
    }
    if let Value::Array(p) = &pending
        && let Some(Value::Int(n)) = p.first()
    {
        g.pending = u64::try_from(*n).unwrap_or(0);
    }
    g.index_documents = index.stats().await?.documents;
    Ok(g)
}

/// Serves `/metrics` and `/healthz` on `listener` until `shutdown` completes.
///
/// # Errors
/// When the server fails.
pub async fn serve_metrics(
    listener: tokio::net::TcpListener,
    metrics: Arc<WorkerMetrics>,
    conn: Conn,
    index: SharedIndex,
    opts: WorkerOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::routing::get;
    let app = axum::Router::new().route("/healthz", get(|| async { "{\"status\":\"alive\"}\n" })).route(
        "/metrics",
        get(move || {
            let (m, conn, index, opts) = (metrics.clone(), conn.clone(), index.clone(), opts.clone());
            async move {
                let g = group_gauges(&conn, &index, &opts.input, &opts.group).await.ok();
                ([(axum::http::header::CONTENT_TYPE, "text/plain; version=0.0.4")], m.render(g))
            }
        }),
    );
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_key_shares_the_input_slot() {
        assert_eq!(hash_tag("{news}:in"), Some("news"));
        assert_eq!(hash_tag("news"), None);
        assert_eq!(hash_tag("a{}b"), None);
        assert_eq!(done_key("{news}:in", "g"), "{news}:in:gleaner-done:g");
        assert_eq!(done_key("articles", "g"), "{articles}:gleaner-done:g");
        // `{articles}:...` hashes by `articles`, the same slot as the key `articles` itself.
        assert_eq!(hash_tag(&done_key("articles", "g")), Some("articles"));
    }

    #[test]
    fn key_slots_follow_the_cluster_specification() {
        // Known answers: CRC16/XMODEM("123456789") = 0x31C3; Redis puts "foo" in 12182.
        assert_eq!(key_slot("123456789"), 0x31C3);
        assert_eq!(key_slot("foo"), 12182);
        assert_eq!(key_slot("{foo}:in"), key_slot("foo"));
        assert_eq!(key_slot(&done_key("articles", "g")), key_slot("articles"));
        assert_eq!(key_slot(&done_key("{news}:in", "g")), key_slot("{news}:out"));
    }

    #[test]
    fn reads_entries_and_deleted_ones() {
        let b = |s: &str| Value::BulkString(s.as_bytes().to_vec());
        let reply = Value::Array(vec![Value::Array(vec![
            b("in"),
            Value::Array(vec![
                Value::Array(vec![b("1-0"), Value::Array(vec![b("record"), b("{}")])]),
                Value::Array(vec![b("2-0"), Value::Nil]),
            ]),
        ])]);
        let e = parse_read(&reply).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].id, "1-0");
        assert_eq!(e[0].fields.as_ref().unwrap()[0], (b"record".to_vec(), b"{}".to_vec()));
        assert!(e[1].fields.is_none());
        assert!(parse_read(&Value::Nil).unwrap().is_empty());
        assert!(parse_read(&Value::Int(3)).is_err());
    }
}
