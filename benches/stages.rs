//! One criterion group per stage, on the deterministic benchmark corpus (`gleaner::corpus`),
//! so the figures match `gleaner bench`. Setup is untimed (`iter_batched`); throughput is in
//! bytes of record text.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::record::{FieldNames, LinePos, parse_record};
use gleaner::{Config, probe};

fn texts(n: usize) -> Vec<String> {
    let c = generate(&CorpusSpec { docs: n, dup_rate: 0.0, ..CorpusSpec::default() });
    c.lines
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_owned())
        .collect()
}

fn bytes(t: &[String]) -> u64 {
    t.iter().map(|s| s.len() as u64).sum()
}

fn links(c: &mut Criterion) {
    let t = texts(200);
    let engine = Config::default().build().unwrap();
    let mut g = c.benchmark_group("links");
    g.throughput(Throughput::Bytes(bytes(&t)));
    g.bench_function("find", |b| b.iter(|| t.iter().map(|s| probe::find_links(black_box(s))).sum::<usize>()));
    g.bench_function("find_and_score", |b| {
        b.iter(|| t.iter().map(|s| probe::score_links(&engine, black_box(s))).sum::<usize>())
    });
    g.finish();
}

fn text(c: &mut Criterion) {
    let t = texts(200);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes(&t)));
    g.bench_function("tokenize", |b| b.iter(|| t.iter().map(|s| probe::tokenize(black_box(s))).sum::<usize>()));
    g.bench_function("unicode_words_baseline", |b| {
        b.iter(|| t.iter().map(|s| probe::tokenize_unicode_words(black_box(s))).sum::<usize>())
    });
    g.bench_function("fingerprint", |b| b.iter(|| t.iter().fold(0u64, |a, s| a ^ probe::fingerprint(black_box(s)))));
    g.finish();
}

fn simhash(c: &mut Criterion) {
    let feats: Vec<u64> = (0..4096u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15)).collect();
    let mut g = c.benchmark_group("simhash");
    g.throughput(Throughput::Elements(feats.len() as u64));
    g.bench_function("lanes", |b| b.iter(|| gleaner::simhash(black_box(&feats))));
    g.bench_function("reference_loop", |b| b.iter(|| gleaner::simhash_reference(black_box(&feats))));
    g.finish();
}

fn repeats(c: &mut Criterion) {
    let corpus = generate(&CorpusSpec { docs: 200, dup_rate: 0.0, ..CorpusSpec::default() });
    let mut engine = Config::default().build().unwrap();
    engine.set_keep_tokens(true);
    let mut g = c.benchmark_group("repeats");
    g.throughput(Throughput::Bytes(corpus.bytes() as u64));
    g.bench_function("analyze_and_find", |b| {
        b.iter(|| corpus.lines.iter().map(|l| probe::repeats(&engine, black_box(l.as_bytes()))).sum::<usize>())
    });
    g.finish();
}

fn json(c: &mut Criterion) {
    let corpus = generate(&CorpusSpec { docs: 200, dup_rate: 0.0, ..CorpusSpec::default() });
    let names = FieldNames::default();
    let mut g = c.benchmark_group("json");
    g.throughput(Throughput::Bytes(corpus.bytes() as u64));
    g.bench_function("parse_and_write", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            for l in &corpus.lines {
                let r = parse_record(l.as_bytes(), &names, LinePos::default()).unwrap();
                let exp: gleaner::Explanation = serde_json::from_str(
                    r#"{"verdict":"kept","simhash":"0000000000000000","duplicate_of":null,"distance":null,"removed_urls":[],"removed_paragraphs":[]}"#,
                )
                .unwrap();
                gleaner::record::write_record(&mut out, r.fields.iter().map(|(k, v)| (k.as_ref(), v.get())), "text", &r.text, &exp);
            }
            out.len()
        })
    });
    g.finish();
}

/// gleaner's fingerprint against the `simhash` crate (the crate the design names) on the same
/// texts: whitespace words, SipHash, a per-bit loop.
fn simhash_crate(c: &mut Criterion) {
    let t = texts(200);
    let mut g = c.benchmark_group("fingerprint");
    g.throughput(Throughput::Bytes(bytes(&t)));
    g.bench_function("gleaner", |b| b.iter(|| t.iter().fold(0u64, |a, s| a ^ probe::fingerprint(black_box(s)))));
    g.bench_function("simhash_crate", |b| b.iter(|| t.iter().fold(0u64, |a, s| a ^ simhash::simhash(black_box(s)))));
    g.finish();
}

criterion_group!(benches, links, text, simhash, simhash_crate, repeats, json);
criterion_main!(benches);
