//! The shared index: the near-duplicate index and the per-site boilerplate counts in Redis, so
//! that many gleaner processes act as one filter (`--index redis://HOST:PORT/`). This is the
//! edge of the stream phase; the decisions themselves stay in the pure core (`engine.rs`,
//! `stages/neardup/wire.rs`), and this module only moves their bytes.
//!
//! ```text
//!  gleaner process (clean, serve, worker)                      Redis (one hash tag per index)
//!  ─────────────────────────────────────                       ───────────────────────────────
//!  stage: links, campaigns, repeats  (local)
//!  boilerplate counts of the batch   ── pipelined HMGET ──▶    gleaner:{NAME}:bp
//!  settle: boilerplate, fingerprint  (local)
//!  check-and-insert, one per record  ── pipelined EVALSHA ─▶   exact → tables → confirm →
//!                                                              insert, count, evict (atomic)
//!  finish: verdict, totals           (local)
//! ```
//!
//! **Atomicity.** The check and the insert of one record are one Lua script
//! (`check_insert.lua`), so Redis runs them as one step: of two processes that send copies of an
//! article at the same moment, one inserts and the other finds it. Reading the boilerplate
//! counts is a separate, earlier step: counts are statistics, and a paragraph crossing its
//! threshold while two sites' articles are in flight is removed from the next article rather
//! than this one. The exact-copy hash covers the text before any removal, so copies are
//! matched however the counts moved.
//!
//! **Retries.** Every call is retried with exponential backoff (100 ms doubling to 5 s) while
//! Redis is unreachable, restarting or loading its data, for as long as the caller's
//! [`Retry`] allows. Retrying is safe because every record carries a *token* (its stream
//! entry id, or this process's nonce and a sequence number): a record checked again under its
//! token finds itself and stays kept, instead of becoming a duplicate of itself.
//!
//! **Redis Cluster.** Every key of an index is `gleaner:{NAME}:...`, one hash tag, so each script
//! touches one slot. The price is that one index lives on one shard: a Cluster spreads
//! *indexes* (for example one per language or per customer, `?name=...`), not one index.
//! Sharding one index by fingerprint band would split a check across slots and lose the single
//! atomic step that makes "exactly one kept" hold.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use redis::aio::ConnectionManager;
use redis::{Client, Value};

use crate::engine::{Analysis, Analyzer, Answer, Decision, Query, State};
use crate::stages::neardup::wire::{self, Layout};

/// The check-and-insert script.
const CHECK_INSERT: &str = include_str!("check_insert.lua");
/// The worker's write-and-acknowledge script.
pub(crate) const EMIT: &str = include_str!("emit.lua");

/// Why the shared index failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SharedError {
    /// The `--index` or `--redis` URL is not usable.
    #[error("invalid Redis URL {url:?}: {reason}")]
    Url {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Redis answered with an error that retrying does not cure.
    #[error("redis error: {0}")]
    Redis(#[from] redis::RedisError),
    /// The index was made by processes with other near-duplicate settings.
    #[error(
        "index {name:?} was created with another layout ({found}); this process uses {want}: \
         give it the same [neardup] k, max_docs and bytes_per_doc, or use another index name"
    )]
    Layout {
        /// The index name.
        name: String,
        /// The layout stored with the index.
        found: String,
        /// This process's layout.
        want: String,
    },
    /// Redis answered something the protocol does not allow.
    #[error("unexpected reply from redis to {what}: {detail}")]
    Reply {
        /// The request.
        what: &'static str,
        /// The reply, abridged.
        detail: String,
    },
    /// Redis stayed unreachable longer than the caller allows.
    #[error("redis unreachable for {secs:.0} s, giving up: {last}")]
    GaveUp {
        /// Seconds spent retrying.
        secs: f64,
        /// The last error.
        last: redis::RedisError,
    },
    /// A shutdown stopped the retries.
    #[error("stopped while redis was unreachable: {last}")]
    Cancelled {
        /// The last error.
        last: redis::RedisError,
    },
}

/// How long a call keeps retrying while Redis is unreachable.
#[derive(Debug, Clone, Default)]
pub struct Retry {
    /// Give up after this long (`None`: never, as a worker does).
    pub give_up_after: Option<Duration>,
    /// Stop retrying once this is set (a shutdown whose drain time is over).
    pub cancel: Option<Arc<AtomicBool>>,
}

impl Retry {
    /// Retry for at most `d`.
    pub fn for_at_most(d: Duration) -> Self {
        Retry { give_up_after: Some(d), cancel: None }
    }
}

/// Whether retrying may cure `e`: the connection, a restart, a load, a failover.
pub(crate) fn transient(e: &redis::RedisError) -> bool {
    use redis::{ErrorKind, ServerErrorKind};
    e.is_io_error()
        || e.is_connection_dropped()
        || e.is_connection_refusal()
        || e.is_timeout()
        || matches!(
            e.kind(),
            ErrorKind::Server(
                ServerErrorKind::BusyLoading
                    | ServerErrorKind::TryAgain
                    | ServerErrorKind::ClusterDown
                    | ServerErrorKind::MasterDown
                    | ServerErrorKind::ReadOnly
            )
        )
}

fn is_noscript(e: &redis::RedisError) -> bool {
    e.kind() == redis::ErrorKind::Server(redis::ServerErrorKind::NoScript)
}

/// One connection to Redis: a single server (a `ConnectionManager`, which reconnects by
/// itself) or a Cluster (the cluster client, which routes each command by its key's slot and
/// follows MOVED and failovers).
#[derive(Clone)]
pub(crate) enum AnyConn {
    Single(ConnectionManager),
    Cluster(redis::cluster_async::ClusterConnection),
}

impl redis::aio::ConnectionLike for AnyConn {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a redis::Cmd) -> redis::RedisFuture<'a, Value> {
        match self {
            AnyConn::Single(c) => c.req_packed_command(cmd),
            AnyConn::Cluster(c) => c.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a redis::Pipeline,
        offset: usize,
        count: usize,
    ) -> redis::RedisFuture<'a, Vec<Value>> {
        match self {
            AnyConn::Single(c) => c.req_packed_commands(pipeline, offset, count),
            AnyConn::Cluster(c) => c.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            AnyConn::Single(c) => c.get_db(),
            AnyConn::Cluster(c) => c.get_db(),
        }
    }
}

/// A Redis connection that reconnects by itself, with the retry loop around it.
#[derive(Clone)]
pub struct Conn {
    conn: AnyConn,
    /// Attempts that failed with a transient error (for metrics).
    errors: Arc<AtomicU64>,
    url: String,
}

impl std::fmt::Debug for Conn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Conn").field("url", &self.url).finish()
    }
}

/// The scheme of a Redis Cluster URL: `redis+cluster://HOST:PORT[,HOST:PORT...]/`.
const CLUSTER_SCHEME: &str = "redis+cluster://";

/// Splits gleaner's own query parameter (`name`) off a Redis URL: the URL the client takes,
/// and the index name (default `gleaner`). `redis+cluster://HOST:PORT,HOST:PORT/` names the
/// seed nodes of a Redis Cluster.
pub fn split_index_url(url: &str) -> Result<(String, String), SharedError> {
    let bad = |reason: &str| SharedError::Url { url: url.to_owned(), reason: reason.to_owned() };
    if let Some(rest) = url.strip_prefix(CLUSTER_SCHEME) {
        let (nodes, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut name = "gleaner".to_owned();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("name", v)) => name = v.to_owned(),
                _ => return Err(bad("a cluster URL takes only the parameter name=INDEX")),
            }
        }
        if name.is_empty() || name.contains(['{', '}']) {
            return Err(bad("the index name must be non-empty, without braces"));
        }
        cluster_nodes(&format!("{CLUSTER_SCHEME}{nodes}")).map_err(|r| bad(&r))?;
        return Ok((format!("{CLUSTER_SCHEME}{nodes}"), name));
    }
    let mut parsed = url::Url::parse(url).map_err(|e| bad(&e.to_string()))?;
    if !matches!(parsed.scheme(), "redis" | "rediss" | "redis+unix" | "unix") {
        return Err(bad("the scheme must be redis:// (or rediss://, redis+unix://, redis+cluster://)"));
    }
    let mut name = "gleaner".to_owned();
    let rest: Vec<(String, String)> = parsed
        .query_pairs()
        .filter_map(|(k, v)| {
            if k == "name" {
                name = v.into_owned();
                None
            } else {
                Some((k.into_owned(), v.into_owned()))
            }
        })
        .collect();
    if name.is_empty() || name.contains(['{', '}']) {
        return Err(bad("the index name must be non-empty, without braces"));
    }
    if rest.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(rest);
    }
    Ok((parsed.to_string(), name))
}

/// The seed nodes of a `redis+cluster://` URL, as `redis://HOST:PORT/` URLs.
fn cluster_nodes(url: &str) -> Result<Vec<String>, String> {
    let rest = url.strip_prefix(CLUSTER_SCHEME).ok_or("not a redis+cluster:// URL")?;
    let hosts = rest.split(['/', '?']).next().unwrap_or("");
    let nodes: Vec<String> = hosts.split(',').filter(|h| !h.is_empty()).map(|h| format!("redis://{h}/")).collect();
    if nodes.is_empty() {
        return Err("name at least one node: redis+cluster://HOST:PORT[,HOST:PORT...]/".into());
    }
    Ok(nodes)
}

impl Conn {
    /// Connects to `url` (a `redis://` or `redis+cluster://` URL without gleaner's own
    /// parameters), retrying as `retry` allows while Redis is not up yet.
    ///
    /// # Errors
    /// [`SharedError`] when the URL is invalid or Redis stays unreachable.
    pub async fn connect(url: &str, retry: &Retry) -> Result<Conn, SharedError> {
        let bad = |reason: String| SharedError::Url { url: url.to_owned(), reason };
        let started = Instant::now();
        let mut delay = Duration::from_millis(100);
        if url.starts_with(CLUSTER_SCHEME) {
            let nodes = cluster_nodes(url).map_err(bad)?;
            let client = redis::cluster::ClusterClient::builder(nodes)
                .retries(6)
                .min_retry_wait(50)
                .max_retry_wait(2000)
                .connection_timeout(Duration::from_secs(5))
                .response_timeout(Duration::from_secs(30))
                .build()
                .map_err(|e| bad(e.to_string()))?;
            loop {
                match client.get_async_connection().await {
                    Ok(c) => return Ok(Conn::new(AnyConn::Cluster(c), url)),
                    Err(e) if transient(&e) || e.is_cluster_error() => {
                        wait_or_give_up(retry, started, &mut delay, e, "Redis Cluster is not reachable yet.").await?;
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        let client = Client::open(url).map_err(|e| bad(e.to_string()))?;
        // The manager reconnects in the background with its own backoff; `call` below retries
        // the request itself, so a restart of Redis costs a pause, not the request.
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_min_delay(Duration::from_millis(50))
            .set_max_delay(Duration::from_secs(2))
            .set_exponent_base(2.0)
            .set_number_of_retries(4)
            .set_connection_timeout(Some(Duration::from_secs(5)))
            .set_response_timeout(Some(Duration::from_secs(30)));
        loop {
            match ConnectionManager::new_with_config(client.clone(), config.clone()).await {
                Ok(manager) => return Ok(Conn::new(AnyConn::Single(manager), url)),
                Err(e) if transient(&e) => {
                    wait_or_give_up(retry, started, &mut delay, e, "Redis is not reachable yet; retrying.").await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn new(conn: AnyConn, url: &str) -> Conn {
        Conn { conn, errors: Arc::new(AtomicU64::new(0)), url: url.to_owned() }
    }

    /// Whether this is a connection to a Redis Cluster.
    pub fn is_cluster(&self) -> bool {
        matches!(self.conn, AnyConn::Cluster(_))
    }

    /// Transient failures seen so far.
    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    /// Runs `f` until it succeeds, retrying transient failures with backoff as `retry` allows;
    /// on NOSCRIPT, `load` runs first (Redis restarted and forgot the scripts).
    pub(crate) async fn call<T, F, Fut>(
        &self,
        retry: &Retry,
        scripts: &[&redis::Script],
        mut f: F,
    ) -> Result<T, SharedError>
    where
        F: FnMut(AnyConn) -> Fut,
        Fut: std::future::Future<Output = Result<T, redis::RedisError>>,
    {
        let started = Instant::now();
        let mut delay = Duration::from_millis(100);
        let mut failing = false;
        loop {
            let r = f(self.conn.clone()).await;
            match r {
                Ok(v) => {
                    if failing {
                        tracing::info!(seconds = format!("{:.1}", started.elapsed().as_secs_f64()), "Redis is back.");
                    }
                    return Ok(v);
                }
                Err(e) if is_noscript(&e) => {
                    for s in scripts {
                        if let Err(e) = s.prepare_invoke().load_async(&mut self.conn.clone()).await
                            && !transient(&e)
                        {
                            return Err(e.into());
                        }
                    }
                }
                Err(e) if transient(&e) => {
                    self.errors.fetch_add(1, Ordering::Relaxed);
                    if !failing {
                        tracing::warn!(error = %e, "Redis unreachable; retrying with backoff.");
                        failing = true;
                    }
                    wait_or_give_up(retry, started, &mut delay, e, "Still retrying Redis.").await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

async fn wait_or_give_up(
    retry: &Retry,
    started: Instant,
    delay: &mut Duration,
    e: redis::RedisError,
    note: &str,
) -> Result<(), SharedError> {
    if retry.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed)) {
        return Err(SharedError::Cancelled { last: e });
    }
    if let Some(limit) = retry.give_up_after
        && started.elapsed() >= limit
    {
        return Err(SharedError::GaveUp { secs: started.elapsed().as_secs_f64(), last: e });
    }
    tracing::debug!(error = %e, delay_ms = delay.as_millis() as u64, "{note}");
    // Sleep in short steps so that a cancel is seen within 100 ms.
    let until = Instant::now() + *delay;
    while Instant::now() < until {
        if retry.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(SharedError::Cancelled { last: e });
        }
        tokio::time::sleep(Duration::from_millis(100).min(until - Instant::now())).await;
    }
    *delay = (*delay * 2).min(Duration::from_secs(5));
    Ok(())
}

/// The names of one index's keys, all under the hash tag `{NAME}`.
#[derive(Debug, Clone)]
struct Keys {
    meta: String,
    exact: String,
    docs: String,
    bp: String,
    tables: Vec<String>,
}

impl Keys {
    fn new(name: &str, tables: usize) -> Keys {
        let k = |s: &str| format!("gleaner:{{{name}}}:{s}");
        Keys {
            meta: k("meta"),
            exact: k("exact"),
            docs: k("docs"),
            bp: k("bp"),
            tables: (0..tables).map(|t| k(&format!("t{t}"))).collect(),
        }
    }
}

/// One record to decide against the shared index.
#[derive(Debug)]
pub(crate) struct Item<'a> {
    /// The record's line.
    pub(crate) line: &'a str,
    /// Its analysis.
    pub(crate) analysis: &'a Analysis,
    /// Where it came from (see the module's header).
    pub(crate) token: Vec<u8>,
}

/// Gives the decide step its local state (campaigns, totals) for a moment.
pub(crate) trait StateCell {
    /// Runs `f` on the state; `None` when there is no state any more (a daemon shutting down).
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> Option<R>;
}

impl StateCell for std::sync::Mutex<State> {
    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> Option<R> {
        let mut g = self.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        Some(f(&mut g))
    }
}

/// Sizes of a shared index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SharedStats {
    /// Documents held.
    pub documents: u64,
    /// Documents evicted (max_docs, time window) over the index's life.
    pub evicted: u64,
    /// Boilerplate counters held.
    pub boilerplate_entries: u64,
}

/// A connection to one shared index.
#[derive(Debug, Clone)]
pub struct SharedIndex {
    conn: Conn,
    name: String,
    keys: Keys,
    layout: Layout,
    script: Arc<redis::Script>,
    need_sketch: Vec<u8>,
    digit_rule: Vec<u8>,
    masks: Vec<u8>,
    max_docs: u64,
    bp_cap: u64,
    retry: Retry,
}

impl SharedIndex {
    /// Connects to the index named in `url` (`redis://HOST:PORT/[DB][?name=NAME]`) for an
    /// engine built from `config`, and checks that the index's layout is this process's.
    ///
    /// # Errors
    /// [`SharedError`] when the URL is invalid, Redis stays unreachable past `retry`, or the
    /// index was created with another layout.
    pub async fn connect(url: &str, config: &crate::Config, retry: Retry) -> Result<SharedIndex, SharedError> {
        let (client_url, name) = split_index_url(url)?;
        let conn = Conn::connect(&client_url, &retry).await?;
        Self::with_conn(conn, &name, config, retry).await
    }

    /// As [`SharedIndex::connect`], on an existing connection.
    ///
    /// # Errors
    /// As [`SharedIndex::connect`].
    pub async fn with_conn(
        conn: Conn,
        name: &str,
        config: &crate::Config,
        retry: Retry,
    ) -> Result<SharedIndex, SharedError> {
        let nd = &config.neardup;
        let layout = Layout::for_config(nd);
        let (need_sketch, digit_rule) = (wire::need_sketch(nd), wire::digit_rule(nd));
        let idx = SharedIndex {
            keys: Keys::new(name, layout.tables()),
            name: name.to_owned(),
            masks: layout.masks_bytes(),
            layout,
            script: Arc::new(redis::Script::new(CHECK_INSERT)),
            need_sketch,
            digit_rule,
            max_docs: nd.max_docs as u64,
            bp_cap: config.boilerplate.max_entries as u64,
            conn,
            retry,
        };
        let want = idx.layout.signature();
        let meta = idx.keys.meta.clone();
        let script = idx.script.clone();
        let found: String = idx
            .conn
            .call(&idx.retry, &[], |mut c| {
                let (meta, want, script) = (meta.clone(), want.clone(), script.clone());
                async move {
                    script.prepare_invoke().load_async(&mut c).await?;
                    redis::cmd("HSETNX").arg(&meta).arg("layout").arg(&want).query_async::<()>(&mut c).await?;
                    redis::cmd("HGET").arg(&meta).arg("layout").query_async(&mut c).await
                }
            })
            .await?;
        if found != want {
            return Err(SharedError::Layout { name: name.to_owned(), found, want });
        }
        tracing::info!(
            index = %idx.name,
            url = %idx.conn.url,
            tables = idx.layout.tables(),
            probes = idx.layout.probes_per_query(),
            "Using the shared index in Redis."
        );
        Ok(idx)
    }

    /// The same index with another retry policy (a worker's, which stops retrying once its
    /// drain time after a shutdown is over).
    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// The index's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The connection.
    pub fn conn(&self) -> &Conn {
        &self.conn
    }

    /// The index's sizes.
    ///
    /// # Errors
    /// [`SharedError`] when Redis fails past the retry limit.
    pub async fn stats(&self) -> Result<SharedStats, SharedError> {
        let k = self.keys.clone();
        let (documents, evicted, bp): (u64, Option<u64>, u64) = self
            .conn
            .call(&self.retry, &[], |mut c| {
                let k = k.clone();
                async move {
                    redis::pipe()
                        .cmd("HLEN")
                        .arg(&k.docs)
                        .cmd("HGET")
                        .arg(&k.meta)
                        .arg("evicted")
                        .cmd("HLEN")
                        .arg(&k.bp)
                        .query_async(&mut c)
                        .await
                }
            })
            .await?;
        Ok(SharedStats { documents, evicted: evicted.unwrap_or(0), boilerplate_entries: bp })
    }

    /// Decides `items` in order: the local part under `cell`, the shared part in Redis.
    /// Returns one decision per item, or `None` when `cell` has no state any more.
    ///
    /// The batch's boilerplate counts are read in one pipelined round trip; the
    /// check-and-inserts go in pipelined runs, cut before any record whose possible
    /// boilerplate paragraphs an earlier record of the run would count if kept. Counts
    /// added by the batch's own kept records are carried locally, so one process decides
    /// exactly as it would in memory; what other processes count meanwhile is seen from the
    /// next batch on.
    ///
    /// # Errors
    /// [`SharedError`] when Redis fails past the retry limit; the local state is then left as
    /// it was except for link-campaign observations (which repeat harmlessly on a retry).
    pub(crate) async fn decide(
        &self,
        cell: &impl StateCell,
        an: &Analyzer,
        items: &[Item<'_>],
        now: u32,
    ) -> Result<Option<Vec<Decision>>, SharedError> {
        // 1. Local decisions (links, campaigns, repeats), in order.
        let Some(mut staged) =
            cell.with(|st| items.iter().map(|it| st.stage(an, it.line, it.analysis)).collect::<Vec<_>>())
        else {
            return Ok(None);
        };
        // 2. The boilerplate counts of every paragraph that may be boilerplate.
        let asks: Vec<&[u64]> = staged.iter().map(|s| s.boilerplate_keys()).collect();
        let read =
            if asks.iter().all(|a| a.is_empty()) { vec![Vec::new(); asks.len()] } else { self.counts(&asks).await? };
        // 3. Fingerprints and atomic check-and-inserts, run by run.
        let mut answers: Vec<Option<Answer>> = Vec::with_capacity(items.len());
        let mut added: HashMap<u64, u32> = HashMap::new();
        let mut at = 0;
        while at < items.len() {
            let mut run: Vec<Option<Query>> = Vec::new();
            let mut counting: HashSet<u64> = HashSet::new();
            let mut end = at;
            while end < items.len() {
                let s = &mut staged[end];
                if end > at && s.boilerplate_keys().iter().any(|k| counting.contains(k)) {
                    break;
                }
                let counts: Vec<Option<u32>> = s
                    .boilerplate_keys()
                    .iter()
                    .zip(&read[end])
                    .map(|(k, c)| match (c, added.get(k)) {
                        (c, None) => *c,
                        (c, Some(n)) => Some(c.unwrap_or(0).saturating_add(*n)),
                    })
                    .collect();
                let q = s.settle(an, items[end].line, items[end].analysis, &counts, now);
                if let Some(q) = &q {
                    counting.extend(q.record_keys.iter().copied());
                }
                run.push(q);
                end += 1;
            }
            let got = self.check_insert(&run, &items[at..end], now).await?;
            for (q, a) in run.iter().zip(&got) {
                if let (Some(q), Some(Answer::Kept)) = (q, a) {
                    for &k in &q.record_keys {
                        *added.entry(k).or_default() += 1;
                    }
                }
            }
            answers.extend(got);
            at = end;
        }
        // 4. Verdicts and totals, in order.
        Ok(cell.with(|st| staged.into_iter().zip(answers).map(|(s, a)| st.finish(s, a)).collect()))
    }

    async fn counts(&self, asks: &[&[u64]]) -> Result<Vec<Vec<Option<u32>>>, SharedError> {
        let bp = self.keys.bp.clone();
        let replies: Vec<Value> = self
            .conn
            .call(&self.retry, &[], |mut c| {
                let mut p = redis::pipe();
                for a in asks.iter().filter(|a| !a.is_empty()) {
                    let cmd = p.cmd("HMGET").arg(&bp);
                    for k in a.iter() {
                        cmd.arg(&k.to_be_bytes()[..]);
                    }
                }
                async move { p.query_async(&mut c).await }
            })
            .await?;
        let mut replies = replies.into_iter();
        let mut out = Vec::with_capacity(asks.len());
        for a in asks {
            if a.is_empty() {
                out.push(Vec::new());
                continue;
            }
            let v = replies.next().ok_or_else(|| reply_err("HMGET", "fewer replies than requests"))?;
            let Value::Array(vals) = v else { return Err(reply_err("HMGET", &format!("{v:?}"))) };
            if vals.len() != a.len() {
                return Err(reply_err("HMGET", "wrong number of values"));
            }
            out.push(
                vals.into_iter()
                    .map(|v| match v {
                        Value::Nil => Ok(None),
                        other => redis::from_redis_value::<u64>(other)
                            .map(|n| Some(u32::try_from(n).unwrap_or(u32::MAX)))
                            .map_err(|e| reply_err("HMGET", &e.to_string())),
                    })
                    .collect::<Result<_, _>>()?,
            );
        }
        Ok(out)
    }

    async fn check_insert(
        &self,
        queries: &[Option<Query>],
        items: &[Item<'_>],
        now: u32,
    ) -> Result<Vec<Option<Answer>>, SharedError> {
        if queries.iter().all(Option::is_none) {
            return Ok(vec![None; queries.len()]);
        }
        let mut keys_buf = Vec::new();
        let mut counts_buf = Vec::new();
        let mut p = redis::pipe();
        let sha = self.script.get_hash().to_owned();
        let nkeys = 4 + self.keys.tables.len();
        for (q, it) in queries.iter().zip(items) {
            let Some(q) = q else { continue };
            self.layout.probes(q.fingerprint.fp, &mut keys_buf, &mut counts_buf);
            let cmd = p.cmd("EVALSHA").arg(&sha).arg(nkeys);
            cmd.arg(&self.keys.meta).arg(&self.keys.exact).arg(&self.keys.docs).arg(&self.keys.bp);
            for t in &self.keys.tables {
                cmd.arg(t);
            }
            let bpk: Vec<u8> = q.record_keys.iter().flat_map(|k| k.to_be_bytes()).collect();
            let counts: Vec<String> = counts_buf.iter().map(usize::to_string).collect();
            cmd.arg(q.k)
                .arg(if q.near { "1" } else { "0" })
                .arg(&self.need_sketch[..])
                .arg(&self.digit_rule[..])
                .arg(&q.fingerprint.fp.to_be_bytes()[..])
                .arg(&q.fingerprint.exact.to_be_bytes()[..])
                .arg(&wire::doc_blob(&q.fingerprint, now, &it.token, &q.id)[..])
                .arg(&it.token[..])
                .arg(self.max_docs)
                .arg(q.min_time)
                .arg(&bpk[..])
                .arg(self.bp_cap)
                .arg(&self.masks[..])
                .arg(counts.join(" "));
            for k in &keys_buf {
                cmd.arg(&k[..]);
            }
        }
        let script = self.script.clone();
        let replies: Vec<Value> = self
            .conn
            .call(&self.retry, &[&script], |mut c| {
                let p = p.clone();
                async move { p.query_async(&mut c).await }
            })
            .await?;
        let mut replies = replies.into_iter();
        let mut out = Vec::with_capacity(queries.len());
        for q in queries {
            if q.is_none() {
                out.push(None);
                continue;
            }
            let v = replies.next().ok_or_else(|| reply_err("EVALSHA", "fewer replies than requests"))?;
            out.push(Some(parse_answer(v)?));
        }
        Ok(out)
    }
}

fn reply_err(what: &'static str, detail: &str) -> SharedError {
    SharedError::Reply { what, detail: detail.chars().take(300).collect() }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

/// Reads the script's reply (see `check_insert.lua`).
fn parse_answer(v: Value) -> Result<Answer, SharedError> {
    let Value::Array(a) = v else { return Err(reply_err("EVALSHA", &format!("{v:?}"))) };
    match a.first().and_then(int) {
        Some(1) => Ok(Answer::Kept),
        Some(3) => Ok(Answer::KeptBefore),
        Some(2) if a.len() == 6 => {
            let id = match &a[1] {
                Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                other => return Err(reply_err("EVALSHA", &format!("id {other:?}"))),
            };
            let n: Vec<i64> = a[2..].iter().map(|v| int(v).unwrap_or(-1)).collect();
            if n.iter().any(|x| *x < 0) {
                return Err(reply_err("EVALSHA", &format!("{a:?}")));
            }
            let (distance, m, nn, exact) = (n[0] as u32, n[1] as u32, n[2] as u32, n[3] == 1);
            let similarity = if exact { 1.0 } else { wire::similarity(m, nn) };
            Ok(Answer::Duplicate { id, distance, similarity })
        }
        _ => Err(reply_err("EVALSHA", &format!("{a:?}"))),
    }
}

/// A token prefix unique to this process: host, process id and start time.
pub(crate) fn process_nonce() -> String {
    let host = std::fs::read_to_string("/etc/hostname").map(|s| s.trim().to_owned()).unwrap_or_default();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{host}:{}:{nanos:x}", std::process::id())
}
