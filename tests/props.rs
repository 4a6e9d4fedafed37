//! Properties (issue 7), with proptest: cleaning is idempotent; text outside what the
//! explanation reports is unchanged; a record's verdict does not depend on the thread count;
//! the index agrees with a brute-force scan under every kind of eviction; Hamming distance is
//! a metric. Unit tests next to the code cover the pieces (`apply_findings`, paragraph
//! removal, the index under its capacity bound, simhash lanes); these check the whole.

use std::sync::{Arc, OnceLock};

use gleaner::pipeline::{Input, RunOptions};
use gleaner::record::LinePos;
use gleaner::{Engine, RenderOptions, SimIndex};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::util::*;

/// An engine with the default configuration (built once; clones share the lists).
fn engine() -> Engine {
    static PROTO: OnceLock<Engine> = OnceLock::new();
    PROTO.get_or_init(|| gleaner::Config::default().build().unwrap()).clone()
}

/// Cleans one record with a fresh engine.
fn clean(rec: &Value) -> Value {
    let line = serde_json::to_vec(rec).unwrap();
    let out = engine().process_line(&line, LinePos { input: 0, line: 1 }, "-", RenderOptions::default());
    serde_json::from_slice(&out.line).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Generated articles: paragraphs of words, with injected links, repeats and title echoes.

const WORDS: &[&str] = &[
    "pemerintah",
    "kota",
    "jakarta",
    "warga",
    "mengatakan",
    "bahwa",
    "program",
    "baru",
    "akan",
    "dimulai",
    "minggu",
    "depan",
    "the",
    "council",
    "said",
    "new",
    "plan",
    "would",
    "start",
    "next",
    "week",
    "after",
    "months",
    "of",
    "talks",
    "with",
    "residents",
    "about",
    "water",
    "prices",
    "and",
    "roads",
    "2024",
    "15",
];
const SPAM: &[&str] = &[
    "https://slot-gacor88.vip/",
    "www.judi-bola-online.net",
    "maxwin-togel.xyz",
    "https://bandar-slot777.online/daftar",
    "http://good.com@evil.com/x",
];

fn words(n: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(WORDS), n).prop_map(|w| w.join(" "))
}

#[derive(Debug, Clone)]
struct Article {
    title: String,
    paras: Vec<String>,
    sep: &'static str,
}

fn article() -> impl Strategy<Value = Article> {
    (
        words(4..9),
        proptest::collection::vec(words(6..30), 1..8),
        // (paragraph, word position, spam link, form)
        proptest::collection::vec((0usize..8, 0usize..30, 0usize..SPAM.len(), 0u8..4), 0..3),
        proptest::option::of((0usize..8, 0usize..8)),
        any::<bool>(),
        prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just("\n \n")],
    )
        .prop_map(|(title, mut paras, links, repeat, echo, sep)| {
            for (p, at, s, form) in links {
                let p = p % paras.len();
                let mut w: Vec<String> = paras[p].split(' ').map(str::to_owned).collect();
                let url = SPAM[s];
                let link = match form {
                    0 | 1 => url.to_owned(),
                    2 => format!(
                        "[slot gacor]({})",
                        if url.contains("://") { url.to_owned() } else { format!("https://{url}") }
                    ),
                    _ => format!("<a href=\"https://{}\">daftar slot</a>", url.trim_start_matches("https://")),
                };
                w.insert(at % (w.len() + 1), link);
                paras[p] = w.join(" ");
            }
            if let Some((from, to)) = repeat {
                let copy = paras[from % paras.len()].clone();
                let at = to % (paras.len() + 1);
                paras.insert(at, copy);
            }
            if echo {
                paras.insert(paras.len() / 2, title.clone());
            }
            Article { title, paras, sep }
        })
}

fn record(a: &Article) -> Value {
    json!({"id": "a", "url": "https://www.kompas.com/news/1", "title": a.title, "text": a.paras.join(a.sep)})
}

/// The checks of "text outside reported spans is unchanged", for one record.
fn check_only_reported_text_changed(input: &str, out: &Value) {
    let g = &out["gleaner"];
    let cleaned = out["text"].as_str().unwrap();
    let removed: Vec<usize> =
        g["removed_paragraphs"].as_array().unwrap().iter().map(|r| r["index"].as_u64().unwrap() as usize).collect();
    let urls: Vec<&str> = g["removed_urls"].as_array().unwrap().iter().map(|u| u["url"].as_str().unwrap()).collect();
    // URLs whose pitch sentence went with them (`with_sentence`).
    let pitched: Vec<&str> = g["removed_urls"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["with_sentence"] == true)
        .map(|u| u["url"].as_str().unwrap())
        .collect();
    let in_paras: Vec<&str> = gleaner::text::paragraphs(input).iter().map(|s| s.of(input)).collect();
    let out_paras: Vec<&str> = gleaner::text::paragraphs(cleaned).iter().map(|s| s.of(cleaned)).collect();
    let kept: Vec<&str> = in_paras.iter().enumerate().filter(|(i, _)| !removed.contains(i)).map(|(_, p)| *p).collect();
    if g["verdict"] == "empty" {
        assert!(out_paras.is_empty(), "{out}");
        return;
    }
    assert_eq!(kept.len(), out_paras.len(), "paragraphs out = paragraphs in - removed\n{input:?}\n{cleaned:?}");
    for (k, o) in kept.iter().zip(&out_paras) {
        let carried = urls.iter().any(|u| k.contains(u));
        if !carried {
            assert_eq!(k, o, "a paragraph without a removed URL changed");
            continue;
        }
        // Only the removed URLs, their markup and the spacing around them (or their pitch
        // sentences) went: the output is
        // the input with characters deleted, and every word left is a word of the input in
        // order.
        let mut it = k.chars();
        assert!(o.chars().all(|c| it.any(|d| d == c)), "{o:?} is not {k:?} with characters deleted");
        // Apart from the removed URLs (the same URL may be removed in one place and kept in
        // another, where its context differs) and whitespace, nothing changed.
        let (mut k_rest, mut o_rest) = ((*k).to_owned(), (*o).to_owned());
        for u in &urls {
            k_rest = k_rest.replace(u, " ");
            o_rest = o_rest.replace(u, " ");
        }
        // A pitch sentence goes whole: there only the deletion above is checked.
        if !k.contains('<') && !k.contains('[') && !pitched.iter().any(|u| k.contains(u)) {
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squeeze(&k_rest), squeeze(&o_rest), "beyond the removed URLs and spacing, text changed");
        }
    }
    // Separators between kept paragraphs are kept (the bytes between two kept paragraphs that
    // were adjacent in the input).
    for w in kept.windows(2).zip(out_paras.windows(2)) {
        let (k, o) = w;
        if let (Some(ki), Some(oi)) = (input.find(k[0]), cleaned.find(o[0])) {
            let (ks, os) = (&input[ki + k[0].len()..], &cleaned[oi + o[0].len()..]);
            let (kn, on) = (ks.find(k[1]), os.find(o[1]));
            if let (Some(kn), Some(on)) = (kn, on)
                && !ks[..kn].chars().any(|c| !c.is_whitespace())
            {
                assert_eq!(&ks[..kn], &os[..on], "separator changed");
            }
        }
    }
}

/// Cleans `text` (with `title`) twice; the second pass must change nothing.
fn check_idempotent(first: &Value, title: &Value, url: &Value) {
    if first["gleaner"]["verdict"] != "kept" {
        return;
    }
    let again = clean(&json!({"id": "a", "url": url, "title": title, "text": first["text"]}));
    assert_eq!(again["gleaner"]["verdict"], "kept", "{first}\n{again}");
    assert_eq!(again["text"], first["text"], "cleaning the cleaned text changed it");
    assert_eq!(again["gleaner"]["removed_urls"], json!([]), "{again}");
    assert_eq!(again["gleaner"]["removed_paragraphs"], json!([]), "{again}");
}

proptest! {
    // A fixed seed, so that CI is reproducible; `PROPTEST_RNG_SEED=N .ci/test props` explores
    // others (the open idempotence findings in README, Reliability, "Still open", turn up
    // with some of them).
    #![proptest_config(ProptestConfig {
        rng_seed: proptest::test_runner::RngSeed::Fixed(
            std::env::var("PROPTEST_RNG_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20261126),
        ),
        ..ProptestConfig::with_cases(256)
    })]

    #[test]
    fn cleaning_generated_articles_is_idempotent_and_touches_only_what_it_reports(a in article()) {
        let rec = record(&a);
        let out = clean(&rec);
        check_only_reported_text_changed(rec["text"].as_str().unwrap(), &out);
        check_idempotent(&out, &rec["title"], &rec["url"]);
    }
}

/// Real records: the seed, the URL evaluation set (injected links in real articles), IndoSum.
fn real_records() -> Vec<Value> {
    let mut v = read_jsonl(&fixture("seed.in.jsonl"));
    v.extend(read_jsonl(&fixture("urls/urls.jsonl")));
    v.extend(read_jsonl(&fixture("indosum/articles.jsonl.gz")).into_iter().step_by(3));
    v
}

#[test]
fn cleaning_real_articles_is_idempotent_and_touches_only_what_it_reports() {
    let mut changed = 0;
    for rec in real_records() {
        let Some(text) = rec["text"].as_str() else { continue };
        let out = clean(&rec);
        check_only_reported_text_changed(text, &out);
        check_idempotent(&out, &rec["title"], &rec["url"]);
        changed += usize::from(out["text"] != rec["text"]);
    }
    assert!(changed > 200, "only {changed} records were changed: the check would prove little");
}

// ---------------------------------------------------------------------------------------------
// Thread count.

fn run_lib(input: &Arc<[u8]>, threads: usize, batch_lines: usize) -> (Vec<u8>, Vec<u8>, gleaner::Counts) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (mut out, mut rej) = (Vec::new(), Vec::new());
    let opts = RunOptions { threads, batch_lines, ..RunOptions::default() };
    let report = rt
        .block_on(gleaner::run(
            vec![Input::Bytes("mem".into(), input.clone())],
            &mut out,
            Some(&mut rej),
            engine(),
            opts,
            std::future::pending(),
        ))
        .unwrap();
    (out, rej, report.counts)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn verdicts_do_not_depend_on_the_thread_count(
        seed in any::<u64>(),
        docs in 50usize..400,
        batch in 1usize..40,
        bad in proptest::collection::vec((0usize..400, 0usize..4), 0..20),
    ) {
        let spec = gleaner::corpus::CorpusSpec { docs, seed, dup_rate: 0.2, spam_rate: 0.2, repeat_rate: 0.2 };
        let mut lines: Vec<Vec<u8>> = gleaner::corpus::generate(&spec).lines.into_iter().map(String::into_bytes).collect();
        for (at, kind) in bad {
            let l = [&b"{\"text\":"[..], b"[1,2]", b"\xff\xfe", b""][kind].to_vec();
            lines.insert(at.min(lines.len()), l);
        }
        let mut bytes = lines.join(&b'\n');
        bytes.push(b'\n');
        let input: Arc<[u8]> = bytes.into();
        let (o1, r1, c1) = run_lib(&input, 1, batch);
        let (o4, r4, c4) = run_lib(&input, 4, batch);
        prop_assert_eq!(c1, c4);
        prop_assert_eq!(c1.read, lines.len() as u64);
        prop_assert_eq!(c1.read, c1.emitted + c1.rejected);
        prop_assert!(o1 == o4, "output differs between 1 and 4 threads");
        prop_assert!(r1 == r4, "rejects differ between 1 and 4 threads");
    }
}

// ---------------------------------------------------------------------------------------------
// The index, model-based: inserts, evictions by capacity, by time and of the oldest, against a
// brute-force scan of a plain list.

#[derive(Debug, Clone)]
enum Op {
    Insert { base: usize, flips: u64, nbits: u32, time: u32 },
    EvictBefore(u32),
    EvictOldest,
    Query { base: usize, flips: u64, nbits: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0usize..16, any::<u64>(), 0u32..12, 0u32..100).prop_map(|(base, flips, nbits, time)| Op::Insert { base, flips, nbits, time }),
        1 => (0u32..100).prop_map(Op::EvictBefore),
        1 => Just(Op::EvictOldest),
        3 => (0usize..16, any::<u64>(), 0u32..12).prop_map(|(base, flips, nbits)| Op::Query { base, flips, nbits }),
    ]
}

fn near(base: u64, mut r: u64, nbits: u32) -> u64 {
    let mut fp = base;
    for _ in 0..nbits {
        fp ^= 1 << (r % 64);
        r = r.rotate_left(7) ^ 0x9E37;
    }
    fp
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn index_agrees_with_a_brute_force_scan(
        k in 0u32..=8,
        max_tables in 1usize..=4,
        cap in 5usize..200,
        bases in proptest::collection::vec(any::<u64>(), 16),
        ops in proptest::collection::vec(op(), 1..400),
    ) {
        let mut ix = SimIndex::new(k, cap, max_tables);
        // The model: (seq, fp, time) in insertion order.
        let mut held: Vec<(u64, u64, u32)> = Vec::new();
        let mut out = Vec::new();
        for op in ops {
            match op {
                Op::Insert { base, flips, nbits, time } => {
                    let fp = near(bases[base], flips, nbits);
                    let doc = gleaner::DocEntry {
                        fp,
                        exact: u128::from(fp),
                        sketch: gleaner::Sketch(std::array::from_fn(|_| 0)),
                        digits: gleaner::DigitSketch([0; 16]),
                        time,
                    };
                    let seq = ix.insert(doc, b"x");
                    held.push((seq, fp, time));
                    if held.len() > cap {
                        held.remove(0);
                    }
                }
                Op::EvictBefore(t) => {
                    // Evicts from the oldest while they are older than `t`.
                    let n = held.iter().take_while(|(_, _, time)| *time < t).count();
                    prop_assert_eq!(ix.evict_before(t), n);
                    held.drain(..n);
                }
                Op::EvictOldest => {
                    ix.evict_oldest();
                    if !held.is_empty() {
                        held.remove(0);
                    }
                }
                Op::Query { base, flips, nbits } => {
                    let q = near(bases[base], flips, nbits);
                    ix.query(q, k, &mut out);
                    let mut brute: Vec<gleaner::Candidate> = held
                        .iter()
                        .filter(|(_, f, _)| gleaner::hamming(*f, q) <= k)
                        .map(|(s, f, _)| gleaner::Candidate { seq: *s, distance: gleaner::hamming(*f, q) })
                        .collect();
                    brute.sort_unstable_by_key(|c| (c.distance, c.seq));
                    prop_assert_eq!(&out, &brute);
                }
            }
            prop_assert_eq!(ix.len(), held.len());
        }
    }

    #[test]
    fn hamming_distance_is_a_metric(a in any::<u64>(), b in any::<u64>(), c in any::<u64>()) {
        use gleaner::hamming;
        prop_assert_eq!(hamming(a, b), hamming(b, a));
        prop_assert_eq!(hamming(a, b), (a ^ b).count_ones());
        prop_assert_eq!(hamming(a, a), 0);
        prop_assert!(hamming(a, c) <= hamming(a, b) + hamming(b, c));
    }
}

/// Regression (a property-test failure): a paragraph that repeats the title but for a
/// promotional link survived the first pass (its anchor text made it differ); once the link
/// was gone, a second pass removed it as a title echo.
#[test]
fn a_title_echo_hidden_by_a_promotional_anchor_goes_in_the_first_pass() {
    let title = json!("pemerintah pemerintah pemerintah pemerintah");
    let url = json!("https://www.kompas.com/news/1");
    let p0 = "pemerintah pemerintah <a href=\"https://slot-gacor88.vip/\">daftar https://slot-gacor88.vip/ slot</a> pemerintah pemerintah pemerintah pemerintah";
    let p = "pemerintah pemerintah pemerintah pemerintah pemerintah pemerintah";
    let text = format!("{p0}\n{p}\n{p}\n{p}");
    let first = clean(&json!({"id": "a", "url": url, "title": title, "text": text}));
    check_idempotent(&first, &title, &url);
}
