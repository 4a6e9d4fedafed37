//! The `gleaner` binary: logging, argument parsing, dispatch, exit status.
//!
//! Exit status: 0 success; 1 an I/O or fatal error; 2 a usage or configuration error; 130 or
//! 143 after SIGINT or SIGTERM stopped a `clean` run (`serve` exits 0 after a signal: stopping
//! is its normal end). A closed output pipe (`gleaner clean |
//! head`) ends the run quietly with 0.

mod bench;
mod cli;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

/// mimalloc instead of the system allocator. A record's analysis makes a few dozen short-lived
/// allocations (vectors of paragraphs, links, reasons): with glibc's malloc these took 6-7% of a
/// one-thread run's time (`perf record -e cpu-clock` on `gleaner clean -j 1`), and `gleaner
/// bench -j 1` ran 5% faster with mimalloc in paired runs. mimalloc also returns freed memory
/// to the system by itself, which a long-running `gleaner serve` needs (with glibc it took a
/// fixed `M_MMAP_THRESHOLD` to keep heap holes from raising the RSS). Built with `no_thp`:
/// mimalloc 3 otherwise asks for transparent huge pages for all its memory, and the kernel's
/// zeroing of 2 MiB pages then took a fifth of `gleaner clean`'s CPU time (`perf`,
/// `clear_page_erms`) and raised its RSS from 70 to 107 MB on the bench corpus. The index's
/// own large tables still ask for huge pages (`src/hugepages.rs`).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::Context;
use clap::Parser;
use gleaner::Config;
use gleaner::pipeline::shutdown::{Signal, signal};
use gleaner::pipeline::{Format, Input, PipelineError, RunOptions};
use gleaner::snapshot::StreamPosition;
use tokio::io::AsyncWrite;
use tracing_subscriber::EnvFilter;

use cli::{Cli, Command, EngineArgs, FormatArg, LogFormat};

/// An error that maps to exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(&cli);
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            let usage = e.chain().any(|c| c.is::<UsageError>() || c.is::<gleaner::ConfigError>());
            eprintln!("gleaner: error: {e:#}");
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<PipelineError>()
                .is_some_and(|p| matches!(p, PipelineError::Write(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
    })
}

fn init_tracing(cli: &Cli) {
    let default = if cli.quiet {
        "gleaner=warn"
    } else {
        match cli.verbose {
            0 => "gleaner=info",
            1 => "gleaner=debug",
            _ => "gleaner=trace",
        }
    };
    let filter = EnvFilter::try_from_env("GLEANER_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    match cli.log_format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Clean(args) => clean(args),
        Command::Serve(args) => serve(args),
        Command::Worker(args) => worker(args),
        Command::Bench(args) => bench::run(args),
        Command::CheckConfig(args) => {
            let config = match &args.config {
                Some(p) => Config::load(p)?,
                None => Config::default(),
            };
            config.build()?;
            print!("{}", config.to_toml());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Loads the config file (if any) and applies the flags over it.
pub(crate) fn load_config(a: &EngineArgs) -> anyhow::Result<Config> {
    let mut c = match &a.config {
        Some(p) => Config::load(p)?,
        None => Config::default(),
    };
    let f = &mut c.input.fields;
    for (flag, field) in [
        (&a.text_field, &mut f.text),
        (&a.title_field, &mut f.title),
        (&a.url_field, &mut f.url),
        (&a.id_field, &mut f.id),
    ] {
        if let Some(v) = flag {
            field.clone_from(v);
        }
    }
    if let Some(m) = a.max_record_bytes {
        c.input.max_record_bytes = m;
    }
    if let Some(m) = a.max_docs {
        c.neardup.max_docs = m;
    }
    Ok(c)
}

/// Builds the engine and loads `--state` into it.
pub(crate) fn build_engine(a: &EngineArgs, config: &Config) -> anyhow::Result<gleaner::Engine> {
    let mut engine = config.build_with(a.explain)?;
    if let Some(dir) = &a.state {
        match gleaner::state::load(dir, &mut engine).context("cannot load --state")? {
            Some(l) => {
                for w in &l.warnings {
                    tracing::warn!(problem = %w, "Damaged snapshot generation skipped.");
                }
                tracing::info!(path = %l.path.display(), documents = engine.indexed(), input = %l.position.input, line = l.position.line, "Loaded state.");
            }
            None => tracing::info!(dir = %dir.display(), "No snapshot yet; starting with an empty index."),
        }
    }
    Ok(engine)
}

async fn open_out(path: Option<&Path>) -> anyhow::Result<Box<dyn AsyncWrite + Unpin + Send>> {
    Ok(match path {
        Some(p) if p != Path::new("-") => {
            Box::new(tokio::fs::File::create(p).await.with_context(|| format!("cannot create {}", p.display()))?)
        }
        _ => Box::new(tokio::io::stdout()),
    })
}

/// What one run added to the engine's totals.
fn run_totals(now: &gleaner::Totals, before: &gleaner::Totals) -> gleaner::Totals {
    let d = |a: u64, b: u64| a.saturating_sub(b);
    gleaner::Totals {
        read: d(now.read, before.read),
        kept: d(now.kept, before.kept),
        duplicates: d(now.duplicates, before.duplicates),
        empty: d(now.empty, before.empty),
        malformed: d(now.malformed, before.malformed),
        urls_removed: d(now.urls_removed, before.urls_removed),
        paragraphs_removed: d(now.paragraphs_removed, before.paragraphs_removed),
        ..gleaner::Totals::default()
    }
}

fn clean(args: cli::CleanArgs) -> anyhow::Result<ExitCode> {
    let config = load_config(&args.engine)?;
    let engine = build_engine(&args.engine, &config)?;
    // With --state the totals carry on from earlier runs; the summary reports this run's.
    let before = engine.totals().clone();
    let mut inputs = Vec::new();
    for p in &args.inputs {
        if p == Path::new("-") {
            inputs.push(Input::Stdin);
        } else {
            std::fs::File::open(p).with_context(|| format!("cannot open input {}", p.display()))?;
            inputs.push(Input::Path(p.clone()));
        }
    }
    if inputs.is_empty() {
        inputs.push(Input::Stdin);
    }
    if args.format == FormatArg::Text && inputs.contains(&Input::Stdin) && inputs.len() > 1 {
        return Err(UsageError("--format text reads stdin only as the sole input".into()).into());
    }
    if args.threads == Some(0) {
        return Err(UsageError("--threads must be at least 1".into()).into());
    }
    let names: Vec<String> = inputs.iter().map(Input::name).collect();
    let out_format = args.output_format.unwrap_or(args.format);
    if out_format == FormatArg::Text && args.format != FormatArg::Text {
        return Err(UsageError("--output-format text needs --format text".into()).into());
    }
    if args.index.is_some() && args.engine.state.is_some() {
        return Err(
            UsageError("--index and --state exclude each other: with --index the index lives in Redis".into()).into()
        );
    }
    let mut opts = RunOptions {
        threads: args.threads.unwrap_or_else(|| RunOptions::default().threads),
        format: if args.format == FormatArg::Text { Format::Text } else { Format::Jsonl },
        text_output: out_format == FormatArg::Text,
        keep_duplicates: args.keep_duplicates,
        strict: args.strict,
        max_record_bytes: config.input.max_record_bytes,
        max_input_bytes: args.max_input_bytes.unwrap_or(config.input.max_input_bytes),
        progress: !args.no_progress && args.inputs.iter().any(|p| p != Path::new("-")),
        ..RunOptions::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().context("cannot start runtime")?;
    rt.block_on(async move {
        if let Some(url) = &args.index {
            let retry = gleaner::shared::Retry::for_at_most(std::time::Duration::from_secs(60));
            let idx = match gleaner::shared::SharedIndex::connect(url, &config, retry).await {
                Ok(i) => i,
                Err(e @ gleaner::shared::SharedError::Url { .. }) => return Err(UsageError(e.to_string()).into()),
                Err(e) => return Err(anyhow::Error::from(e).context("cannot use --index")),
            };
            opts.shared = Some(Arc::new(idx));
        }
        let out = open_out(args.output.as_deref()).await?;
        let rejects = match &args.rejects {
            Some(p) => Some(open_out(Some(p)).await?),
            None => None,
        };
        let caught: Arc<Mutex<Option<Signal>>> = Arc::default();
        let shutdown = {
            let caught = caught.clone();
            async move {
                match signal().await {
                    Ok(s) => {
                        tracing::info!(signal = ?s, "Stopping: finishing the records in hand.");
                        *caught.lock().expect("signal slot is never poisoned") = Some(s);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "Cannot listen for signals.");
                        std::future::pending::<()>().await;
                    }
                }
            }
        };
        let report = gleaner::run(inputs, out, rejects, engine, opts, shutdown).await?;
        let t = run_totals(report.engine.totals(), &before);
        let c = report.counts;
        anyhow::ensure!(c.read == c.emitted + c.rejected, "accounting error: {c:?}");
        tracing::debug!(stats = ?report.engine.stats(), "Engine state.");
        if let Some(dir) = &args.engine.state {
            let pos = StreamPosition::at(&names, report.position, c.read);
            let size = gleaner::state::save(dir, &report.engine, &pos).context("cannot save --state")?;
            tracing::info!(dir = %dir.display(), bytes = size, documents = report.engine.indexed(), "Saved state.");
        }
        let mb = report.bytes_read as f64 / 1e6;
        tracing::info!(
            read = c.read,
            kept = t.kept,
            duplicates = t.duplicates,
            empty = t.empty,
            rejected = c.rejected,
            malformed = t.malformed,
            urls_removed = t.urls_removed,
            paragraphs_removed = t.paragraphs_removed,
            seconds = format!("{:.2}", report.seconds),
            mb_per_s = format!("{:.1}", mb / report.seconds.max(1e-9)),
            "Done."
        );
        if report.interrupted {
            if let Some(p) = report.position {
                tracing::info!(input = %names.get(p.input as usize).map_or("-", String::as_str), line = p.line, "Stopped after this line; rerun on the rest to continue.");
            }
            let s = caught.lock().expect("signal slot is never poisoned").unwrap_or(Signal::Interrupt);
            return Ok(ExitCode::from(s.exit_code()));
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn serve(args: cli::ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = load_config(&args.engine)?;
    if let Some(w) = args.window {
        config.neardup.window_secs = w.as_secs();
    }
    // The daemon loads --state itself, while /healthz already answers.
    let engine = config.build_with(args.engine.explain)?;
    if args.threads == Some(0) {
        return Err(UsageError("--threads must be at least 1".into()).into());
    }
    if args.max_in_flight == 0 {
        return Err(UsageError("--max-in-flight must be at least 1".into()).into());
    }
    if args.index.is_some() && args.engine.state.is_some() {
        return Err(
            UsageError("--index and --state exclude each other: with --index the index lives in Redis".into()).into()
        );
    }
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut opts = gleaner::ServeOptions {
        max_body_bytes: args.max_body_bytes,
        max_record_bytes: config.input.max_record_bytes,
        max_in_flight: args.max_in_flight,
        state: args.engine.state.clone(),
        snapshot_every: (!args.snapshot_every.is_zero()).then_some(args.snapshot_every),
        request_timeout: args.request_timeout,
        drain_timeout: args.drain_timeout,
        shared: None,
    };
    // `threads` async workers for HTTP, and as many blocking threads for the records' CPU
    // work, plus two for snapshots and scrapes: more would only queue on the same cores.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads)
        .max_blocking_threads(threads + 2)
        .thread_name("gleaner-serve")
        .enable_all()
        .build()
        .context("cannot start runtime")?;
    let result = rt.block_on(async move {
        if let Some(url) = &args.index {
            let retry = gleaner::shared::Retry::for_at_most(args.request_timeout);
            opts.shared = Some(Arc::new(match gleaner::shared::SharedIndex::connect(url, &config, retry).await {
                Ok(i) => i,
                Err(e @ gleaner::shared::SharedError::Url { .. }) => return Err(UsageError(e.to_string()).into()),
                Err(e) => return Err(anyhow::Error::from(e).context("cannot use --index")),
            }));
        }
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.listen))?;
        let addr = listener.local_addr().context("cannot read the bound address")?;
        tracing::info!(addr = %addr, threads, max_in_flight = opts.max_in_flight, state = ?opts.state, "Listening.");
        let shutdown = async {
            match signal().await {
                Ok(s) => tracing::info!(signal = ?s, "Signal received."),
                Err(e) => {
                    tracing::warn!(error = %e, "Cannot listen for signals.");
                    std::future::pending::<()>().await;
                }
            }
        };
        let report = gleaner::serve(listener, engine, opts, shutdown).await?;
        let t = report.engine.totals();
        tracing::info!(
            read = t.read,
            kept = t.kept,
            duplicates = t.duplicates,
            empty = t.empty,
            malformed = t.malformed,
            documents = report.engine.indexed(),
            drain_timed_out = report.drain_timed_out,
            "Stopped."
        );
        anyhow::Ok(ExitCode::SUCCESS)
    });
    // Connections cut by the drain timeout may still hold blocking tasks: do not wait on them.
    rt.shutdown_timeout(std::time::Duration::from_secs(1));
    result
}

fn worker(args: cli::WorkerArgs) -> anyhow::Result<ExitCode> {
    if args.engine.state.is_some() {
        return Err(UsageError("gleaner worker keeps its index in Redis: --state does not apply".into()).into());
    }
    if args.batch == 0 || args.threads == Some(0) {
        return Err(UsageError("--batch and --threads must be at least 1".into()).into());
    }
    let config = load_config(&args.engine)?;
    let engine = config.build_with(args.engine.explain)?;
    let host = std::fs::read_to_string("/etc/hostname").map(|s| s.trim().to_owned()).unwrap_or_default();
    let consumer = args
        .consumer
        .clone()
        .unwrap_or_else(|| format!("{}-{}", if host.is_empty() { "gleaner" } else { &host }, std::process::id()));
    let opts = gleaner::worker::WorkerOptions {
        input: args.input.clone(),
        output: args.output.clone(),
        rejects: args.rejects.clone(),
        group: args.group.clone(),
        consumer,
        claim_idle: args.claim_idle,
        batch: args.batch,
        remember: args.remember,
        drain_timeout: args.drain_timeout,
        keep_duplicates: args.keep_duplicates,
        threads: args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        max_record_bytes: config.input.max_record_bytes,
        ..gleaner::worker::WorkerOptions::default()
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("gleaner-worker")
        .enable_all()
        .build()
        .context("cannot start runtime")?;
    rt.block_on(async move {
        use gleaner::shared::{Conn, Retry, SharedIndex};
        // Until the first connection, a worker waits for Redis as long as it takes (it may
        // start before Redis does); SIGTERM still ends the wait.
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let cancel = Arc::new(std::sync::atomic::AtomicBool::new(false));
        {
            let cancel = cancel.clone();
            tokio::spawn(async move {
                match signal().await {
                    Ok(s) => tracing::info!(signal = ?s, "Signal received."),
                    Err(e) => {
                        tracing::warn!(error = %e, "Cannot listen for signals.");
                        std::future::pending::<()>().await;
                    }
                }
                let _ = stop_tx.send(true);
                cancel.store(true, std::sync::atomic::Ordering::Relaxed);
            });
        }
        let connecting = Retry { give_up_after: None, cancel: Some(cancel.clone()) };
        let streams_url = gleaner::shared::split_index_url(&args.redis)?.0;
        let conn = Conn::connect(&streams_url, &connecting).await.context("cannot connect to --redis")?;
        let index_url = args.index.clone().unwrap_or_else(|| args.redis.clone());
        let index = SharedIndex::connect(&index_url, &config, Retry { give_up_after: None, cancel: None })
            .await
            .context("cannot use the shared index")?;
        let metrics = Arc::new(gleaner::worker::WorkerMetrics::default());
        let stopped = {
            let mut rx = stop_rx.clone();
            async move {
                let _ = rx.wait_for(|s| *s).await;
            }
        };
        let server = match args.metrics_listen {
            Some(addr) => {
                let listener = tokio::net::TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen on {addr}"))?;
                tracing::info!(addr = %listener.local_addr().context("cannot read the bound address")?, "Metrics at /metrics.");
                let mconn = Conn::connect(&streams_url, &connecting).await?;
                let (m, i, o) = (metrics.clone(), index.clone(), opts.clone());
                let mut rx = stop_rx.clone();
                let done = async move {
                    let _ = rx.wait_for(|s| *s).await;
                };
                Some(tokio::spawn(gleaner::worker::serve_metrics(listener, m, mconn, i, o, done)))
            }
            None => None,
        };
        let report = match gleaner::worker::run(engine, index, conn, opts, metrics, stopped).await {
            Ok(r) => r,
            Err(e @ gleaner::worker::WorkerError::CrossSlot(_)) => return Err(UsageError(e.to_string()).into()),
            Err(e) => return Err(e.into()),
        };
        if let Some(s) = server {
            let _ = s.await;
        }
        let (t, e) = (&report.totals, &report.entries);
        tracing::info!(
            entries = e.read,
            output = e.output,
            rejects = e.rejects,
            dropped = e.dropped,
            written_before = e.written_before,
            lost_to_claim = e.lost_to_claim,
            claimed = e.claimed,
            kept = t.kept,
            duplicates = t.duplicates,
            empty = t.empty,
            malformed = t.malformed,
            "Stopped."
        );
        anyhow::Ok(ExitCode::SUCCESS)
    })
}
