//! The near-duplicate index: query and insert at 1e4, 1e6 and 1e7 fingerprints (override with
//! `GLEANER_BENCH_INDEX_SIZES=10000,1000000`), for k = 3 and the default k, with the memory per
//! document printed, and beside the default k's query the memory floor of as many random
//! cache-line reads (`index/random_lines`). Its own target: building a 1e7 index takes a while, and `cargo bench
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
            if k == default_k {
                // The memory floor of such a query: as many reads of random 64-byte lines, with
                // the same prefetch window, from an array as large as the whole index (its
                // tables and document arrays).
                let lines = (ix.memory_bytes() - ix.id_bytes()) / 64;
                let probes = ix.plan().probes as usize;
                random_lines(&mut g, n, lines, probes, &mut rng);
            }
        }
    }
    g.finish();
}

/// `index/random_lines/{n}`: `probes` prefetched reads of random cache lines from an array of
/// `lines` lines: what the same number of independent memory accesses costs on this machine,
/// whatever the index does around them.
fn random_lines(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    n: usize,
    lines: usize,
    probes: usize,
    rng: &mut gleaner::corpus::Rng,
) {
    const AHEAD: usize = 12;
    let table: Vec<[u64; 8]> = (0..lines.max(1) as u64).map(|i| [i; 8]).collect();
    g.bench_with_input(BenchmarkId::new("random_lines", n), &n, |b, _| {
        b.iter_batched_ref(
            || (0..probes).map(|_| (rng.next_u64() % table.len() as u64) as usize).collect::<Vec<usize>>(),
            |at| {
                let mut sum = 0u64;
                for i in 0..at.len() {
                    if let Some(&next) = at.get(i + AHEAD) {
                        #[cfg(target_arch = "x86_64")]
                        // SAFETY: a prefetch is a hint with no effect on program state; the
                        // pointer is in bounds of `table`.
                        unsafe {
                            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                                table[next].as_ptr().cast(),
                            )
                        };
                        #[cfg(not(target_arch = "x86_64"))]
                        let _ = next;
                    }
                    sum = sum.wrapping_add(table[at[i]][i & 7]);
                }
                sum
            },
            BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, index);
criterion_main!(benches);
