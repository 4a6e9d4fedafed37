//! The near-duplicate index: query and insert at 1e4, 1e6 and 1e7 fingerprints (override with
//! `GLEANER_BENCH_INDEX_SIZES=10000,1000000`), for k = 3 and the default k, with the memory per
//! document printed. Its own target: building a 1e7 index takes a while, and `cargo bench
//! --bench stages` should not pay for it.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use gleaner::Config;

/// Index sizes: 1e4, 1e6 and 1e7 by default (`GLEANER_BENCH_INDEX_SIZES=10000,1000000` for
/// a quicker run). Building the largest takes about a minute and 1.2 GB.
fn index_sizes() -> Vec<usize> {
    std::env::var("GLEANER_BENCH_INDEX_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 1_000_000, 10_000_000])
}

fn index(c: &mut Criterion) {
    let mut g = c.benchmark_group("index");
    g.sample_size(20);
    let default_k = Config::default().neardup.k;
    for &n in &index_sizes() {
        for k in [3u32, default_k] {
            // The index is full (max_docs = n): each timed insert evicts the oldest document, so
            // the size stays n however many iterations criterion runs. Tables are planned for
            // the default max_docs, as in a default run.
            let cfg = gleaner::NearDupConfig { k, ..Default::default() };
            let mut ix = gleaner::SimIndex::with_plan_for(k, n, cfg.max_docs, cfg.max_tables());
            let mut rng = gleaner::corpus::Rng::new(7);
            let doc = |fp: u64| gleaner::DocEntry {
                fp,
                exact: u128::from(fp) << 64 | u128::from(!fp),
                sketch: Default::default(),
                digits: Default::default(),
                time: 0,
            };
            for _ in 0..n {
                let fp = rng.next_u64();
                ix.insert(doc(fp), b"\"doc-0000000\"");
            }
            let per_doc = (ix.memory_bytes() - ix.id_bytes()) as f64 / n as f64;
            eprintln!(
                "index n={n} k={k}: {} tables, {} probes per query, {per_doc:.1} bytes per document beyond ids",
                ix.plan().masks.len(),
                ix.plan().probes
            );
            let mut out = Vec::new();
            g.bench_with_input(BenchmarkId::new(format!("query_k{k}"), n), &n, |b, _| {
                b.iter_batched(
                    || rng.next_u64(),
                    |q| {
                        ix.query(q, k, &mut out);
                        out.len()
                    },
                    BatchSize::SmallInput,
                )
            });
            g.bench_with_input(BenchmarkId::new(format!("insert_k{k}"), n), &n, |b, _| {
                b.iter_batched(|| rng.next_u64(), |fp| ix.insert(doc(fp), b"\"doc-0000000\""), BatchSize::SmallInput)
            });
        }
    }
    g.finish();
}

criterion_group!(benches, index);
criterion_main!(benches);
