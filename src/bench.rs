//! `gleaner bench`: the whole `clean` pipeline on a generated corpus, in one process.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::pipeline::{Input, RunOptions};

use crate::cli::{BenchArgs, StagesArg};

/// Peak resident set size of this process in bytes (Linux `VmHWM`), if known.
pub(crate) fn peak_rss() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub(crate) fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let spec = CorpusSpec { docs: args.docs, dup_rate: args.dup_rate, seed: args.seed, ..CorpusSpec::default() };
    let corpus = generate(&spec);
    let bytes: Arc<[u8]> = corpus.jsonl().into();
    if let Some(p) = &args.write_corpus {
        std::fs::write(p, &bytes).with_context(|| format!("cannot write {}", p.display()))?;
        eprintln!("wrote {} records, {} bytes to {}", corpus.lines.len(), bytes.len(), p.display());
        return Ok(ExitCode::SUCCESS);
    }
    let config = crate::load_config(&args.engine)?;
    let threads = args.threads.unwrap_or_else(|| RunOptions::default().threads).max(1);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let mut secs = Vec::new();
    let mut last = None;
    for _ in 0..args.runs.max(1) {
        let mut engine = config.build()?;
        if args.stages == StagesArg::None {
            engine.set_passthrough(true);
        }
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
    let median = secs[secs.len() / 2];
    let report = last.expect("at least one run");
    let t = report.engine.totals();
    let mb = bytes.len() as f64 / 1e6;
    let out = serde_json::json!({
        "docs": args.docs,
        "bytes": bytes.len(),
        "threads": threads,
        "stages": format!("{:?}", args.stages).to_lowercase(),
        "runs": secs.len(),
        "median_seconds": median,
        "docs_per_s": args.docs as f64 / median,
        "mb_per_s": mb / median,
        "kept": t.kept,
        "duplicates": t.duplicates,
        "urls_removed": t.urls_removed,
        "paragraphs_removed": t.paragraphs_removed,
        "peak_rss_bytes": peak_rss(),
    });
    if args.json {
        println!("{out}");
    } else {
        println!(
            "{} docs, {:.1} MB, {} thread(s), stages {}: median of {} runs {:.3} s = {:.0} docs/s, {:.1} MB/s; kept {}, duplicates {}, URLs removed {}, paragraphs removed {}; peak RSS {:.1} MB",
            args.docs,
            mb,
            threads,
            out["stages"].as_str().unwrap_or(""),
            secs.len(),
            median,
            args.docs as f64 / median,
            mb / median,
            t.kept,
            t.duplicates,
            t.urls_removed,
            t.paragraphs_removed,
            peak_rss().unwrap_or(0) as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}
