//! The whole `clean` pipeline on the benchmark corpus, end to end, in one process: the same
//! path as `gleaner bench`.

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gleaner::Config;
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::pipeline::{Input, RunOptions};

/// One whole `clean` run of `bytes` (engine built inside, as a run would), outputs discarded.
fn clean(rt: &tokio::runtime::Runtime, bytes: &Arc<[u8]>, threads: usize) -> u64 {
    let engine = Config::default().build().unwrap();
    let opts = RunOptions { threads, ..RunOptions::default() };
    let input = vec![Input::Bytes("bench".into(), bytes.clone())];
    let r = rt
        .block_on(gleaner::run(input, tokio::io::sink(), Some(tokio::io::sink()), engine, opts, std::future::pending()))
        .unwrap();
    r.counts.read
}

fn pipeline(c: &mut Criterion) {
    let corpus = generate(&CorpusSpec { docs: 2_000, ..CorpusSpec::default() });
    let bytes: Arc<[u8]> = corpus.jsonl().into();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(10);
    for threads in [1usize, 2] {
        g.bench_function(format!("clean_threads_{threads}"), |b| b.iter(|| clean(&rt, &bytes, threads)));
    }
    g.finish();
}

/// Articles without a single URL through the whole pipeline (one thread): URL handling must
/// cost them next to nothing. Compare across commits with `--save-baseline` / `--baseline`.
fn no_url_articles(c: &mut Criterion) {
    let corpus = generate(&CorpusSpec { docs: 2_000, spam_rate: 0.0, ..CorpusSpec::default() });
    let bytes: Arc<[u8]> = corpus.jsonl().into();
    for l in &corpus.lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let text = v["text"].as_str().unwrap();
        assert!(!text.contains("://"), "a URL in {text}");
    }
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(20);
    g.bench_function("no_url_articles", |b| b.iter(|| clean(&rt, &bytes, 1)));
    g.finish();
}

criterion_group!(benches, pipeline, no_url_articles);
criterion_main!(benches);
