//! The whole `clean` pipeline on the benchmark corpus, end to end, in one process: the same
//! path as `gleaner bench`.

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gleaner::Config;
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::pipeline::{Input, RunOptions};

fn pipeline(c: &mut Criterion) {
    let corpus = generate(&CorpusSpec { docs: 2_000, ..CorpusSpec::default() });
    let bytes: Arc<[u8]> = corpus.jsonl().into();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(10);
    for threads in [1usize, 2] {
        g.bench_function(format!("clean_threads_{threads}"), |b| {
            b.iter(|| {
                let engine = Config::default().build().unwrap();
                let opts = RunOptions { threads, ..RunOptions::default() };
                let input = vec![Input::Bytes("bench".into(), bytes.clone())];
                let r = rt
                    .block_on(gleaner::run(
                        input,
                        tokio::io::sink(),
                        Some(tokio::io::sink()),
                        engine,
                        opts,
                        std::future::pending(),
                    ))
                    .unwrap();
                r.counts.read
            })
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
