//! Load test of `gleaner serve`: single-article posts over N keep-alive connections.
//!
//! ```text
//! benches/load/run.sh                                  # 1,000,000 requests, 64 connections
//! cargo bench --bench load -- --requests 20000         # what a plain `cargo bench` runs
//! ```
//!
//! It starts the real binary (`gleaner serve --listen 127.0.0.1:0 --state <tmp>`), generates
//! the articles first (untimed: `gleaner::corpus`, 50,000 per seed, ids made unique, a tenth
//! of them copies of earlier ones, as in `gleaner bench`), then keeps `--connections` requests
//! in flight until `--requests` are answered. It reports requests per second and client-side
//! p50/p99/p99.9 latency, and the daemon's resident memory (`VmRSS`) with the index's own size
//! (from `/metrics`) after `--checkpoint` requests and at the end, so that memory growth beyond
//! the index's shows. Finally it sends SIGTERM and times the drain and final snapshot.
//!
//! Traffic goes to 127.0.0.1 only; the run is bounded by `--requests` and stops by itself.

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gleaner::corpus::{CorpusSpec, generate};

struct Args {
    requests: usize,
    connections: usize,
    checkpoint: usize,
    json: bool,
}

fn args() -> Args {
    let mut a = Args { requests: 20_000, connections: 64, checkpoint: 100_000, json: false };
    let mut it = std::env::args().skip(1);
    while let Some(s) = it.next() {
        let mut num = |name: &str| -> usize {
            it.next().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or_else(|| panic!("{name} takes a number"))
        };
        match s.as_str() {
            "--requests" => a.requests = num("--requests"),
            "--connections" => a.connections = num("--connections"),
            "--checkpoint" => a.checkpoint = num("--checkpoint"),
            "--json" => a.json = true,
            // `cargo bench` passes --bench (and filters); nothing to do with them.
            _ => {}
        }
    }
    a.checkpoint = a.checkpoint.min(a.requests / 2).max(1);
    a
}

/// `n` distinct articles (a tenth of them copies of earlier ones), on two threads.
fn corpus(n: usize) -> Vec<String> {
    const PER_SEED: usize = 50_000;
    let chunks: Vec<usize> = (0..n.div_ceil(PER_SEED)).collect();
    let mut parts: Vec<Vec<String>> = std::thread::scope(|s| {
        let hs: Vec<_> = chunks
            .chunks(chunks.len().div_ceil(2).max(1))
            .map(|mine| {
                s.spawn(move || {
                    mine.iter()
                        .map(|&c| {
                            let docs = PER_SEED.min(n - c * PER_SEED);
                            let spec = CorpusSpec { docs, seed: 1000 + c as u64, ..CorpusSpec::default() };
                            generate(&spec)
                                .lines
                                .into_iter()
                                .map(|l| l.replacen("{\"id\":\"doc-", &format!("{{\"id\":\"s{c}-doc-"), 1))
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut out = Vec::with_capacity(n);
    for p in parts.iter_mut() {
        out.append(p);
    }
    out
}

fn rss_kb(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// One sample of a Prometheus text page.
fn metric(page: &str, name: &str) -> f64 {
    page.lines()
        .find(|l| l.starts_with(name) && l[name.len()..].starts_with([' ', '{']))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

#[derive(Debug, Clone, Copy, serde::Serialize)]
struct Memory {
    after_requests: usize,
    rss_bytes: u64,
    index_bytes: f64,
    index_documents: f64,
    boilerplate_entries: f64,
    /// Index plus the capped counters (boilerplate, link campaigns): the engine's state.
    state_bytes: f64,
}

async fn memory(client: &reqwest::Client, base: &str, pid: u32, after: usize) -> Memory {
    let page = client.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
    Memory {
        after_requests: after,
        rss_bytes: rss_kb(pid) * 1024,
        // memory_bytes() of the index already counts its ids.
        index_bytes: metric(&page, "gleaner_index_bytes"),
        index_documents: metric(&page, "gleaner_index_documents"),
        boilerplate_entries: metric(&page, "gleaner_boilerplate_entries"),
        state_bytes: metric(&page, "gleaner_index_bytes")
            + metric(&page, "gleaner_boilerplate_bytes")
            + metric(&page, "gleaner_campaign_bytes"),
    }
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    f64::from(sorted[i]) / 1000.0
}

fn main() {
    let a = args();
    let t = Instant::now();
    let lines = Arc::new(corpus(a.requests));
    let bytes: usize = lines.iter().map(String::len).sum();
    eprintln!(
        "generated {} articles ({:.0} MB) in {:.1} s",
        lines.len(),
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );

    let state = tempfile::tempdir().unwrap();
    // GLEANER_BIN: another build of gleaner (an installed one, or a copy outside a shared
    // target directory).
    let bin = std::env::var_os("GLEANER_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_gleaner").into());
    let mut child = Command::new(bin)
        .args(["serve", "--listen", "127.0.0.1:0", "--snapshot-every", "0", "--state"])
        .arg(state.path())
        .env_remove("GLEANER_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gleaner serve starts");
    let pid = child.id();
    let log = Arc::new(Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    {
        let (err, log) = (child.stderr.take().unwrap(), log.clone());
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                if line.contains("Listening.")
                    && let Some(at) = line.find("addr=")
                {
                    let _ = tx.send(line[at + 5..].split_whitespace().next().unwrap_or("").to_owned());
                }
                log.lock().unwrap().push_str(&(line + "\n"));
            }
        });
    }
    let addr = rx.recv_timeout(Duration::from_secs(30)).expect("the daemon logs its address");
    let base = format!("http://{addr}");

    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let report = rt.block_on(async {
        let client = reqwest::Client::builder().pool_max_idle_per_host(a.connections).build().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while client.get(format!("{base}/readyz")).send().await.map(|r| r.status() != 200).unwrap_or(true) {
            assert!(Instant::now() < deadline, "the daemon never became ready");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let idle = memory(&client, &base, pid, 0).await;
        let next = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(AtomicUsize::new(0));
        let non_200 = Arc::new(AtomicU64::new(0));
        let checkpoint: Arc<Mutex<Option<(Memory, Duration)>>> = Arc::default();
        let start = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..a.connections {
            let (client, url, lines, next, done, non_200, checkpoint) = (
                client.clone(),
                format!("{base}/v1/clean"),
                lines.clone(),
                next.clone(),
                done.clone(),
                non_200.clone(),
                checkpoint.clone(),
            );
            let base = base.clone();
            let cp = a.checkpoint;
            tasks.push(tokio::spawn(async move {
                let mut lat: Vec<u32> = Vec::with_capacity(lines.len() / 32);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= lines.len() {
                        break;
                    }
                    let t = Instant::now();
                    let r = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(lines[i].clone())
                        .send()
                        .await
                        .expect("the daemon answers");
                    let ok = r.status() == 200;
                    let _ = r.bytes().await.expect("the daemon answers in full");
                    lat.push(u32::try_from(t.elapsed().as_micros()).unwrap_or(u32::MAX));
                    if !ok {
                        non_200.fetch_add(1, Ordering::Relaxed);
                    }
                    if done.fetch_add(1, Ordering::Relaxed) + 1 == cp {
                        let m = memory(&client, &base, pid, cp).await;
                        *checkpoint.lock().unwrap() = Some((m, start.elapsed()));
                    }
                }
                lat
            }));
        }
        let mut lat = Vec::with_capacity(lines.len());
        for t in tasks {
            lat.extend(t.await.unwrap());
        }
        let secs = start.elapsed().as_secs_f64();
        let end = memory(&client, &base, pid, lines.len()).await;
        let page = client.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
        lat.sort_unstable();
        let (cp, cp_at) = checkpoint.lock().unwrap().expect("the checkpoint was passed");
        serde_json::json!({
            "requests": lines.len(),
            "connections": a.connections,
            "seconds": secs,
            "requests_per_second": lines.len() as f64 / secs,
            "p50_ms": percentile(&lat, 0.50),
            "p99_ms": percentile(&lat, 0.99),
            "p999_ms": percentile(&lat, 0.999),
            "max_ms": percentile(&lat, 1.0),
            "non_200": non_200.load(Ordering::Relaxed),
            "requests_per_second_to_checkpoint": cp.after_requests as f64 / cp_at.as_secs_f64(),
            "kept": metric(&page, "gleaner_records_total{verdict=\"kept\"}"),
            "duplicates": metric(&page, "gleaner_records_total{verdict=\"duplicate\"}"),
            "memory": [idle, cp, end],
        })
    });

    // Diagnosis: the largest mappings of the daemon (GLEANER_LOAD_SMAPS=1).
    if std::env::var_os("GLEANER_LOAD_SMAPS").is_some() {
        let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap_or_default();
        let mut maps: Vec<(u64, String)> = Vec::new();
        let mut cur = String::new();
        for l in smaps.lines() {
            if l.contains('-') && !l.starts_with(|c: char| c.is_ascii_uppercase()) {
                cur = l.to_owned();
            } else if let Some(v) = l.strip_prefix("Rss:") {
                let kb: u64 = v.split_whitespace().next().unwrap().parse().unwrap();
                maps.push((kb, cur.clone()));
            }
        }
        maps.sort_unstable_by_key(|m| std::cmp::Reverse(m.0));
        for (kb, m) in maps.iter().take(25) {
            eprintln!("{kb:>9} kB  {m}");
        }
    }
    // Stop: SIGTERM, drain, final snapshot, exit 0.
    let t = Instant::now();
    let st = Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(st.success());
    let status = child.wait().unwrap();
    let stop_secs = t.elapsed().as_secs_f64();
    let log = log.lock().unwrap().clone();
    let snapshot_bytes = std::fs::metadata(state.path().join("snapshot.bin")).map(|m| m.len()).unwrap_or(0);
    assert!(status.success(), "the daemon exits 0 after SIGTERM:\n{log}");

    let m = report["memory"].clone();
    let f = |i: usize, k: &str| m[i][k].as_f64().unwrap_or(f64::NAN);
    let rss_growth = f(2, "rss_bytes") - f(1, "rss_bytes");
    let beyond_index = rss_growth - (f(2, "index_bytes") - f(1, "index_bytes"));
    let beyond_state = rss_growth - (f(2, "state_bytes") - f(1, "state_bytes"));
    let mut report = report;
    report["rss_growth_beyond_index_ratio"] = (beyond_index / f(1, "rss_bytes")).into();
    report["rss_growth_beyond_state_ratio"] = (beyond_state / f(1, "rss_bytes")).into();
    report["stop_seconds"] = stop_secs.into();
    report["snapshot_bytes"] = snapshot_bytes.into();
    report["cores"] = std::thread::available_parallelism().map_or(1, |n| n.get()).into();
    if a.json {
        println!("{report}");
        return;
    }
    const MIB: f64 = (1 << 20) as f64;
    let mb = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN) / MIB;
    println!(
        "gleaner serve, {} single-article POSTs over {} connections, {} cores",
        report["requests"],
        report["connections"],
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "  {:.0} requests/s ({:.1} s); latency p50 {:.2} ms, p99 {:.2} ms, p99.9 {:.2} ms, max {:.1} ms; non-200: {}",
        report["requests_per_second"].as_f64().unwrap(),
        report["seconds"].as_f64().unwrap(),
        report["p50_ms"].as_f64().unwrap(),
        report["p99_ms"].as_f64().unwrap(),
        report["p999_ms"].as_f64().unwrap(),
        report["max_ms"].as_f64().unwrap(),
        report["non_200"],
    );
    println!(
        "  first {} requests: {:.0} requests/s; verdicts: kept {} duplicate {}",
        m[1]["after_requests"],
        report["requests_per_second_to_checkpoint"].as_f64().unwrap(),
        report["kept"],
        report["duplicates"]
    );
    for s in m.as_array().unwrap() {
        println!(
            "  after {:>9} requests: RSS {:7.1} MiB; state {:7.1} MiB, of which index {:7.1} MiB ({} documents); boilerplate counters {}",
            s["after_requests"],
            mb(&s["rss_bytes"]),
            mb(&s["state_bytes"]),
            mb(&s["index_bytes"]),
            s["index_documents"],
            s["boilerplate_entries"],
        );
    }
    let (a0, a1) = (&m[1]["after_requests"], &m[2]["after_requests"]);
    println!(
        "  RSS growth from {a0} to {a1} requests: {:.1} MiB; beyond the index's own growth {:.1} MiB = {:.1}% of the RSS at {a0}; beyond the whole state's (index + capped counters) {:.1} MiB = {:.1}%",
        rss_growth / MIB,
        beyond_index / MIB,
        100.0 * beyond_index / f(1, "rss_bytes"),
        beyond_state / MIB,
        100.0 * beyond_state / f(1, "rss_bytes"),
    );
    println!(
        "  SIGTERM to exit (drain + final snapshot of {:.1} MiB): {:.2} s",
        snapshot_bytes as f64 / MIB,
        stop_secs
    );
}
