//! `gleaner bench`: the whole `clean` pipeline on a generated corpus, in one process, beside
//! the I/O floor (`--stages none`: parse and serialise only) and with each stage's share of
//! the time.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::pipeline::{Input, RunOptions};
use gleaner::{Config, Laps, RenderOptions, Stage};

use crate::cli::{BenchArgs, StagesArg};

/// Peak resident set size of this process in bytes (Linux `VmHWM`), if known.
pub(crate) fn peak_rss() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The median of timed runs of the `clean` pipeline, and the last run's totals.
struct Timed {
    seconds: f64,
    runs: usize,
    kept: u64,
    duplicates: u64,
    urls_removed: u64,
    paragraphs_removed: u64,
}

fn timed(
    rt: &tokio::runtime::Runtime,
    config: &Config,
    bytes: &Arc<[u8]>,
    threads: usize,
    runs: usize,
    passthrough: bool,
) -> anyhow::Result<Timed> {
    let mut secs = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let mut engine = config.build()?;
        engine.set_passthrough(passthrough);
        let opts = RunOptions { threads, ..RunOptions::default() };
        let input = vec![Input::Bytes("bench".into(), bytes.clone())];
        let report = rt.block_on(gleaner::run(
            input,
            tokio::io::sink(),
            Some(tokio::io::sink()),
            engine,
            opts,
            std::future::pending(),
        ))?;
        secs.push(report.seconds);
        last = Some(report);
    }
    secs.sort_by(f64::total_cmp);
    let report = last.expect("at least one run");
    let t = report.engine.totals();
    Ok(Timed {
        seconds: secs[secs.len() / 2],
        runs: secs.len(),
        kept: t.kept,
        duplicates: t.duplicates,
        urls_removed: t.urls_removed,
        paragraphs_removed: t.paragraphs_removed,
    })
}

/// Wall time per [`Stage`], from one clock read at the end of each.
struct StageClock {
    last: Instant,
    spent: [Duration; Stage::ALL.len()],
}

impl Laps for StageClock {
    fn lap(&mut self, stage: Stage) {
        let now = Instant::now();
        self.spent[stage as usize] += now - self.last;
        self.last = now;
    }
}

/// Each stage's share of the time of one single-thread pass over the corpus (the same
/// engine code the pipeline runs, record by record, with a clock read between stages).
fn stage_shares(config: &Config, bytes: &[u8]) -> anyhow::Result<Vec<(Stage, f64)>> {
    let mut engine = config.build()?;
    let mut clock = StageClock { last: Instant::now(), spent: Default::default() };
    for (n, line) in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()).enumerate() {
        clock.last = Instant::now();
        let pos = gleaner::LinePos { input: 0, line: n as u64 + 1 };
        let out = engine.process_line_laps(line, pos, "bench", RenderOptions::default(), 0, &mut clock);
        std::hint::black_box(out);
    }
    let total: f64 = clock.spent.iter().map(Duration::as_secs_f64).sum();
    Ok(Stage::ALL.iter().map(|s| (*s, clock.spent[*s as usize].as_secs_f64() / total.max(f64::MIN_POSITIVE))).collect())
}

pub(crate) fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let spec = CorpusSpec { docs: args.docs, dup_rate: args.dup_rate, seed: args.seed, ..CorpusSpec::default() };
    let corpus = generate(&spec);
    let bytes: Arc<[u8]> = corpus.jsonl().into();
    drop(corpus);
    if let Some(p) = &args.write_corpus {
        std::fs::write(p, &bytes).with_context(|| format!("cannot write {}", p.display()))?;
        eprintln!("wrote {} records, {} bytes to {}", args.docs, bytes.len(), p.display());
        return Ok(ExitCode::SUCCESS);
    }
    let config = crate::load_config(&args.engine)?;
    let threads = args.threads.unwrap_or_else(|| RunOptions::default().threads).max(1);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let mb = bytes.len() as f64 / 1e6;
    let docs = args.docs as f64;

    let floor = timed(&rt, &config, &bytes, threads, args.runs, true)?;
    let (full, shares) = if args.stages == StagesArg::All {
        let full = timed(&rt, &config, &bytes, threads, args.runs, false)?;
        (Some(full), Some(stage_shares(&config, &bytes)?))
    } else {
        (None, None)
    };
    let rss = peak_rss();

    let result = |t: &Timed| {
        serde_json::json!({
            "median_seconds": t.seconds,
            "runs": t.runs,
            "docs_per_s": docs / t.seconds,
            "mb_per_s": mb / t.seconds,
            "kept": t.kept,
            "duplicates": t.duplicates,
            "urls_removed": t.urls_removed,
            "paragraphs_removed": t.paragraphs_removed,
        })
    };
    let out = serde_json::json!({
        "docs": args.docs,
        "bytes": bytes.len(),
        "seed": args.seed,
        "dup_rate": args.dup_rate,
        "threads": threads,
        "full": full.as_ref().map(result),
        "floor": result(&floor),
        "full_to_floor": full.as_ref().map(|f| floor.seconds / f.seconds),
        "stage_shares": shares.as_ref().map(|s| s.iter().map(|(st, x)| (st.name().to_owned(), serde_json::json!(x))).collect::<serde_json::Map<_, _>>()),
        "peak_rss_bytes": rss,
    });
    if args.json {
        println!("{out}");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "corpus: {} docs, {:.1} MB (seed {}, dup rate {}); {} thread(s), median of {} runs",
        args.docs, mb, args.seed, args.dup_rate, threads, floor.runs
    );
    let line = |name: &str, t: &Timed| {
        println!("{name:<22} {:>7.3} s {:>9.0} docs/s {:>7.1} MB/s", t.seconds, docs / t.seconds, mb / t.seconds)
    };
    if let Some(f) = &full {
        line("full pipeline", f);
    }
    line("floor (--stages none)", &floor);
    if let (Some(f), Some(shares)) = (&full, &shares) {
        println!("full / floor: {:.1}% of the floor's throughput", 100.0 * floor.seconds / f.seconds);
        println!(
            "kept {}, duplicates {}, URLs removed {}, paragraphs removed {}",
            f.kept, f.duplicates, f.urls_removed, f.paragraphs_removed
        );
        let parts: Vec<String> = shares.iter().map(|(s, x)| format!("{} {:.1}%", s.name(), 100.0 * x)).collect();
        println!("stage shares (one thread, one pass): {}", parts.join(", "));
    }
    println!("peak RSS {:.1} MB (the corpus in memory included)", rss.unwrap_or(0) as f64 / 1e6);
    Ok(ExitCode::SUCCESS)
}
