//! `gleaner serve` (issue 6): a real HTTP client (reqwest) against servers on 127.0.0.1 with
//! an ephemeral port, started in process with `gleaner::serve` or as the real binary (for
//! signals and restarts).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::SinkExt;
use gleaner::corpus::{CorpusSpec, generate};
use gleaner::daemon::{ServeError, ServeReport};
use gleaner::{Config, ServeOptions};
use tokio::sync::oneshot;

use crate::util::*;

/// A server started in this process.
struct Server {
    addr: std::net::SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<ServeReport, ServeError>>,
    client: reqwest::Client,
}

impl Server {
    async fn start(opts: ServeOptions) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let engine = Config::default().build().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(gleaner::serve(listener, engine, opts, async {
            let _ = rx.await;
        }));
        let s = Server { addr, stop: Some(tx), task, client: reqwest::Client::new() };
        wait_ready(&s.client, &s.url("/readyz")).await;
        s
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    async fn post(&self, content_type: &str, body: impl Into<reqwest::Body>) -> Reply {
        post(&self.client, &self.url("/v1/clean"), content_type, body).await.unwrap()
    }

    /// Posts in a task (for bodies fed while the request runs).
    fn spawn_post(
        &self,
        content_type: &'static str,
        body: reqwest::Body,
    ) -> tokio::task::JoinHandle<reqwest::Result<Reply>> {
        let (c, url) = (self.client.clone(), self.url("/v1/clean"));
        tokio::spawn(async move { post(&c, &url, content_type, body).await })
    }

    /// Triggers shutdown and waits for `serve` to return.
    async fn stop(mut self) -> ServeReport {
        let _ = self.stop.take().unwrap().send(());
        tokio::time::timeout(Duration::from_secs(30), self.task).await.expect("serve returns").unwrap().unwrap()
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

async fn post(
    c: &reqwest::Client,
    url: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Result<Reply> {
    let mut req = c.post(url).body(body);
    if !content_type.is_empty() {
        req = req.header("content-type", content_type);
    }
    let r = req.send().await?;
    let (status, headers) = (r.status().as_u16(), r.headers().clone());
    Ok(Reply { status, headers, body: r.bytes().await?.to_vec() })
}

async fn get(c: &reqwest::Client, url: &str) -> Reply {
    let r = c.get(url).send().await.unwrap();
    let (status, headers) = (r.status().as_u16(), r.headers().clone());
    Reply { status, headers, body: r.bytes().await.unwrap().to_vec() }
}

/// Polls `/readyz` until 200, for at most 30 s.
async fn wait_ready(c: &reqwest::Client, url: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = c.get(url).send().await
            && r.status() == 200
        {
            return;
        }
        assert!(Instant::now() < deadline, "{url} never became ready");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// A request body fed from a channel, to stream a batch or stall a request.
fn channel_body() -> (futures::channel::mpsc::Sender<Result<Vec<u8>, std::io::Error>>, reqwest::Body) {
    let (tx, rx) = futures::channel::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(16);
    (tx, reqwest::Body::wrap_stream(rx))
}

/// Reads a streamed response until it holds `n` complete lines (at most 10 s).
async fn read_lines(r: &mut reqwest::Response, buf: &mut Vec<u8>, n: usize) -> Vec<serde_json::Value> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while buf.iter().filter(|b| **b == b'\n').count() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        let chunk = tokio::time::timeout(left, r.chunk()).await.expect("lines arrive in time").unwrap();
        buf.extend_from_slice(&chunk.expect("the response goes on"));
    }
    json_lines(buf)
}

fn gunzip(path: &std::path::Path) -> Vec<u8> {
    use std::io::Read;
    let mut v = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap()).read_to_end(&mut v).unwrap();
    v
}

const ARTICLE: &str = "{\"id\":\"a1\",\"url\":\"https://example.com/a\",\"title\":\"A title\",\"text\":\"The council met on Tuesday to discuss the new budget for the coming year.\\nMembers agreed to fund two more schools and a library in the east of the city.\"}";

#[test]
fn a_single_record_comes_back_as_clean_writes_it_and_a_repeat_is_a_200_duplicate() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let seed = std::fs::read(fixture("seed.in.jsonl")).unwrap();
        let r = s.post("application/json", seed.clone()).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), "application/json");
        // The same bytes as `gleaner clean` (the golden output), newline included.
        eqnice!(
            String::from_utf8(std::fs::read(fixture("seed.out.jsonl")).unwrap()).unwrap(),
            String::from_utf8(r.body.clone()).unwrap()
        );
        let r = s.post("application/json; charset=utf-8", seed).await;
        assert_eq!(r.status, 200);
        let v = r.json();
        assert_eq!(v["gleaner"]["verdict"], "duplicate");
        assert_eq!(v["gleaner"]["duplicate_of"], "seed-000");
        let report = s.stop().await;
        assert_eq!(report.engine.totals().kept, 1);
        assert_eq!(report.engine.totals().duplicates, 1);
    });
}

#[test]
fn a_batch_gives_one_line_per_input_line_in_order_identical_to_clean() {
    let input = gunzip(&fixture("indosum/articles.jsonl.gz"));
    let dir = tempfile::tempdir().unwrap();
    let rejects = dir.path().join("rejects.jsonl");
    let clean = run_ok(
        gleaner()
            .args(["clean", "-q", "--keep-duplicates", "--rejects"])
            .arg(&rejects)
            .arg(fixture("indosum/articles.jsonl.gz")),
    );
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let r = s.post("application/x-ndjson", input.clone()).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), "application/x-ndjson");
        let lines: Vec<&[u8]> = r.body.split_inclusive(|b| *b == b'\n').collect();
        assert_eq!(lines.len(), input.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count());
        // Kept and duplicate records are byte for byte `clean --keep-duplicates`'s output.
        let (mut records, mut others) = (Vec::new(), 0);
        for l in &lines {
            let v: serde_json::Value = serde_json::from_slice(l).unwrap();
            match v["gleaner"]["verdict"].as_str() {
                Some("kept" | "duplicate") => records.extend_from_slice(l),
                _ => others += 1,
            }
        }
        eqnice!(String::from_utf8_lossy(&clean.stdout), String::from_utf8_lossy(&records));
        assert_eq!(others, json_lines(&std::fs::read(&rejects).unwrap()).len());
        s.stop().await;
    });
}

#[test]
fn a_malformed_line_in_a_batch_gives_an_error_line_in_its_place_and_the_batch_goes_on() {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("malformed-mix.expected.json")).unwrap()).unwrap();
    let input = std::fs::read(fixture("malformed-mix.jsonl")).unwrap();
    let n_lines = input.split(|b| *b == b'\n').count(); // the last line has no newline
    runtime().block_on(async {
        let opts =
            ServeOptions { max_record_bytes: expected["max_record_bytes"].as_u64().unwrap(), ..Default::default() };
        let s = Server::start(opts).await;
        let r = s.post("application/x-ndjson", input).await;
        assert_eq!(r.status, 200);
        let out = json_lines(&r.body);
        assert_eq!(out.len(), n_lines, "one output line per input line");
        let errors: Vec<&serde_json::Value> = out.iter().filter(|v| v.get("error").is_some()).collect();
        let want = expected["rejects"].as_array().unwrap();
        assert_eq!(errors.len(), want.len(), "{errors:#?}");
        for (got, want) in errors.iter().zip(want) {
            assert_eq!(got["line"], want["line"], "{got}");
            assert_eq!(got["reason"], want["reason"], "{got}");
            assert!(!got["error"].as_str().unwrap().is_empty());
        }
        // Every error line stands at its own line's place.
        for (i, v) in out.iter().enumerate() {
            if v.get("error").is_some() {
                assert_eq!(v["line"], i + 1);
            }
        }
        let kept: Vec<&str> =
            out.iter().filter(|v| v["gleaner"]["verdict"] == "kept").map(|v| v["id"].as_str().unwrap()).collect();
        let good: Vec<&str> = expected["good_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(kept, good);
        s.stop().await;
    });
}

#[test]
fn a_batch_streams_each_line_back_before_the_next_is_sent() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let (mut tx, body) = channel_body();
        let req = s.client.post(s.url("/v1/clean")).header("content-type", "application/x-ndjson").body(body);
        let sent = tokio::spawn(req.send());
        tx.send(Ok(format!("{ARTICLE}\n").into_bytes())).await.unwrap();
        let mut r = sent.await.unwrap().unwrap();
        assert_eq!(r.status(), 200);
        let mut buf = Vec::new();
        let got = read_lines(&mut r, &mut buf, 1).await;
        assert_eq!(got[0]["gleaner"]["verdict"], "kept");
        // The second line is sent only now, in two pieces; its answer follows.
        tx.send(Ok(b"{\"text\": ".to_vec())).await.unwrap();
        tx.send(Ok(b"\"Something else to read about.\"}\n not json\n".to_vec())).await.unwrap();
        let got = read_lines(&mut r, &mut buf, 3).await;
        assert_eq!(got[1]["gleaner"]["verdict"], "kept");
        assert_eq!(got[2]["line"], 3);
        assert_eq!(got[2]["reason"], "invalid_json");
        tx.send(Ok(ARTICLE.as_bytes().to_vec())).await.unwrap(); // no final newline
        drop(tx);
        let got = read_lines(&mut r, &mut buf, 4).await;
        assert_eq!(got[3]["gleaner"]["verdict"], "duplicate");
        assert_eq!(got[3]["gleaner"]["duplicate_of"], "a1");
        assert!(r.chunk().await.unwrap().is_none(), "the batch ends with its input");
        s.stop().await;
    });
}

#[test]
fn identical_articles_posted_at_the_same_moment_are_kept_exactly_once() {
    runtime().block_on(async {
        let s = Arc::new(Server::start(ServeOptions::default()).await);
        let corpus = generate(&CorpusSpec { docs: 8, dup_rate: 0.0, seed: 7, ..CorpusSpec::default() });
        const COPIES: usize = 12;
        let barrier = Arc::new(tokio::sync::Barrier::new(corpus.lines.len() * COPIES));
        let mut tasks = Vec::new();
        for (a, line) in corpus.lines.iter().enumerate() {
            for _ in 0..COPIES {
                let (s, barrier, line) = (s.clone(), barrier.clone(), line.clone());
                tasks.push(tokio::spawn(async move {
                    barrier.wait().await;
                    let r = s.post("application/json", line).await;
                    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
                    (a, r.json()["gleaner"]["verdict"].as_str().unwrap().to_owned())
                }));
            }
        }
        let mut kept = vec![0; corpus.lines.len()];
        for t in tasks {
            let (a, verdict) = t.await.unwrap();
            match verdict.as_str() {
                "kept" => kept[a] += 1,
                "duplicate" => {}
                v => panic!("unexpected verdict {v}"),
            }
        }
        assert_eq!(kept, vec![1; corpus.lines.len()], "each article kept exactly once");
        let s = Arc::into_inner(s).unwrap();
        let report = s.stop().await;
        assert_eq!(report.engine.totals().kept, corpus.lines.len() as u64);
        assert_eq!(report.engine.totals().duplicates, (corpus.lines.len() * (COPIES - 1)) as u64);
    });
}

#[test]
fn malformed_single_record_is_400_with_a_json_error() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        for (body, reason) in [
            ("{\"text\": 5}", "wrong_type"),
            ("not json", "invalid_json"),
            ("", "empty_line"),
            ("[1]", "not_an_object"),
        ] {
            let r = s.post("application/json", body).await;
            assert_eq!(r.status, 400, "{body}");
            assert_eq!(r.header("content-type"), "application/json");
            let v = r.json();
            assert_eq!(v["reason"], reason, "{v}");
            assert!(!v["error"].as_str().unwrap().is_empty());
        }
        let report = s.stop().await;
        assert_eq!(report.engine.totals().malformed, 4);
    });
}

#[test]
fn wrong_or_missing_content_type_is_415() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        for ct in ["text/plain", "application/x-www-form-urlencoded", ""] {
            let r = s.post(ct, ARTICLE).await;
            assert_eq!(r.status, 415, "{ct:?}");
            assert_eq!(r.json()["reason"], "unsupported_media_type");
        }
        s.stop().await;
    });
}

#[test]
fn a_body_over_the_limit_is_413_refused_from_its_content_length_before_it_is_read() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions { max_body_bytes: 1000, ..Default::default() }).await;
        // Headers announcing 17 MB, and no body at all: the answer comes without it.
        let addr = s.addr;
        let raw = tokio::task::spawn_blocking(move || {
            use std::io::{Read, Write};
            let mut c = std::net::TcpStream::connect(addr).unwrap();
            c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            c.write_all(b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 17000000\r\n\r\n")
                .unwrap();
            let mut got = Vec::new();
            let _ = c.read_to_end(&mut got); // the server closes the connection after the 413
            String::from_utf8_lossy(&got).into_owned()
        })
        .await
        .unwrap();
        assert!(raw.starts_with("HTTP/1.1 413"), "{raw}");
        assert!(raw.contains("\"reason\":\"body_too_large\""), "{raw}");

        // With a real client: a declared length over the limit...
        let r = s.post("application/json", vec![b' '; 2000]).await;
        assert_eq!(r.status, 413);
        assert_eq!(r.json()["reason"], "body_too_large");
        // ...and a chunked body without Content-Length, cut at the limit.
        let (mut tx, body) = channel_body();
        let sent = s.spawn_post("application/json", body);
        for _ in 0..3 {
            if tx.send(Ok(vec![b' '; 600])).await.is_err() {
                break;
            }
        }
        drop(tx);
        let r = sent.await.unwrap().unwrap();
        assert_eq!(r.status, 413);
        // A chunked batch answers the lines before the limit, then says why it stopped.
        let (mut tx, body) = channel_body();
        let sent = s.spawn_post("application/x-ndjson", body);
        tx.send(Ok(b"{\"text\":\"one line of text here\"}\n".to_vec())).await.unwrap();
        let _ = tx.send(Ok(vec![b' '; 1200])).await;
        drop(tx);
        let r = sent.await.unwrap().unwrap();
        assert_eq!(r.status, 200);
        let out = json_lines(&r.body);
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0]["gleaner"]["verdict"], "kept");
        assert_eq!(out[1]["line"], 2);
        assert_eq!(out[1]["reason"], "body_too_large");
        s.stop().await;
    });
}

#[test]
fn more_requests_than_max_in_flight_get_503_with_retry_after() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions { max_in_flight: 1, ..Default::default() }).await;
        // A batch in progress holds the only permit until its last line.
        let (mut tx, body) = channel_body();
        let req = s.client.post(s.url("/v1/clean")).header("content-type", "application/x-ndjson").body(body);
        let sent = tokio::spawn(req.send());
        tx.send(Ok(format!("{ARTICLE}\n").into_bytes())).await.unwrap();
        let mut batch = sent.await.unwrap().unwrap();
        let mut buf = Vec::new();
        read_lines(&mut batch, &mut buf, 1).await;

        let r = s.post("application/json", ARTICLE).await;
        assert_eq!(r.status, 503);
        assert_eq!(r.header("retry-after"), "1");
        assert_eq!(r.json()["reason"], "overloaded");
        // Health, readiness and metrics are never shed.
        assert_eq!(get(&s.client, &s.url("/healthz")).await.status, 200);
        assert_eq!(get(&s.client, &s.url("/readyz")).await.status, 200);
        let m = String::from_utf8(get(&s.client, &s.url("/metrics")).await.body).unwrap();
        assert!(m.contains("gleaner_requests_in_flight 1\n"), "{m}");
        assert!(m.contains("gleaner_rejected_requests_total{reason=\"overloaded\"} 1\n"), "{m}");

        drop(tx);
        read_lines(&mut batch, &mut buf, 1).await;
        assert!(batch.chunk().await.unwrap().is_none());
        let r = s.post("application/json", ARTICLE).await;
        assert_eq!(r.status, 200, "the permit is back once the batch ended");
        assert_eq!(r.json()["gleaner"]["verdict"], "duplicate");
        s.stop().await;
    });
}

#[test]
fn a_stalled_body_is_408_after_the_request_timeout() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions { request_timeout: Duration::from_millis(300), ..Default::default() }).await;
        let (mut tx, body) = channel_body();
        let sent = s.spawn_post("application/json", body);
        tx.send(Ok(b"{\"text\":".to_vec())).await.unwrap();
        let r = tokio::time::timeout(Duration::from_secs(10), sent).await.unwrap().unwrap().unwrap();
        assert_eq!(r.status, 408);
        assert_eq!(r.json()["reason"], "timeout");
        drop(tx);
        s.stop().await;
    });
}

#[test]
fn unknown_paths_and_methods_get_json_errors() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let r = get(&s.client, &s.url("/nope")).await;
        assert_eq!(r.status, 404);
        assert_eq!(r.json()["reason"], "not_found");
        let r = get(&s.client, &s.url("/v1/clean")).await;
        assert_eq!(r.status, 405);
        assert_eq!(r.json()["reason"], "method_not_allowed");
        s.stop().await;
    });
}

#[test]
fn health_readiness_and_metrics() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let r = get(&s.client, &s.url("/healthz")).await;
        assert_eq!((r.status, r.json()["status"].as_str()), (200, Some("alive")));
        let r = get(&s.client, &s.url("/readyz")).await;
        assert_eq!((r.status, r.json()["status"].as_str()), (200, Some("ready")));
        let seed = std::fs::read(fixture("seed.in.jsonl")).unwrap();
        assert_eq!(s.post("application/json", seed.clone()).await.status, 200);
        assert_eq!(s.post("application/json", seed).await.status, 200);
        assert_eq!(s.post("application/json", "nope").await.status, 400);
        assert_eq!(s.post("text/plain", "x").await.status, 415);
        let r = get(&s.client, &s.url("/metrics")).await;
        assert_eq!(r.status, 200);
        assert!(r.header("content-type").starts_with("text/plain; version=0.0.4"));
        let m = String::from_utf8(r.body).unwrap();
        for want in [
            "gleaner_ready 1\n",
            "gleaner_records_total{verdict=\"kept\"} 1\n",
            "gleaner_records_total{verdict=\"duplicate\"} 1\n",
            "gleaner_records_total{verdict=\"malformed\"} 1\n",
            "gleaner_urls_removed_total{reason=\"homepage_mid_sentence\"} 2\n",
            "gleaner_paragraphs_removed_total{reason=\"title_echo\"} 2\n",
            "gleaner_malformed_records_total{reason=\"invalid_json\"} 1\n",
            "gleaner_rejected_requests_total{reason=\"unsupported_media_type\"} 1\n",
            "gleaner_http_responses_total{code=\"415\"} 1\n",
            "gleaner_request_duration_seconds_count{kind=\"single\"} 3\n",
            "gleaner_request_duration_seconds_bucket{kind=\"single\",le=\"+Inf\"} 3\n",
            "# TYPE gleaner_request_duration_seconds histogram\n",
            "gleaner_index_documents 1\n",
            "# TYPE gleaner_index_bytes gauge\n",
            "# TYPE process_resident_memory_bytes gauge\n",
            "gleaner_snapshots_total 0\n",
        ] {
            assert!(m.contains(want), "{want:?} missing from\n{m}");
        }
        // Every sample line is `name{labels} value` with a number.
        for l in m.lines().filter(|l| !l.starts_with('#')) {
            let v = l.rsplit(' ').next().unwrap();
            assert!(v.parse::<f64>().is_ok(), "{l}");
        }
        s.stop().await;
    });
}

#[test]
fn shutdown_lets_a_batch_in_flight_finish_and_returns_the_engine() {
    runtime().block_on(async {
        let s = Server::start(ServeOptions::default()).await;
        let (mut tx, body) = channel_body();
        let req = s.client.post(s.url("/v1/clean")).header("content-type", "application/x-ndjson").body(body);
        let sent = tokio::spawn(req.send());
        tx.send(Ok(format!("{ARTICLE}\n").into_bytes())).await.unwrap();
        let mut batch = sent.await.unwrap().unwrap();
        let mut buf = Vec::new();
        read_lines(&mut batch, &mut buf, 1).await;
        let stopping = tokio::spawn(s.stop());
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!stopping.is_finished(), "serve waits for the batch");
        // The batch goes on after the signal.
        tx.send(Ok(b"{\"text\":\"Another article entirely, about the weather in spring.\"}\n".to_vec())).await.unwrap();
        let got = read_lines(&mut batch, &mut buf, 2).await;
        assert_eq!(got[1]["gleaner"]["verdict"], "kept");
        drop(tx);
        assert!(batch.chunk().await.unwrap().is_none());
        let report = stopping.await.unwrap();
        assert_eq!(report.engine.totals().kept, 2);
        assert!(!report.drain_timed_out);
    });
}

/// The whole life of the binary: load, SIGTERM under load, save, exit 0, restart, remember.
#[test]
fn sigterm_under_load_then_restart_forgets_no_article_that_got_a_200() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let state_arg = state.to_str().unwrap();
    let corpus = Arc::new(generate(&CorpusSpec { docs: 4000, dup_rate: 0.0, seed: 6, ..CorpusSpec::default() }));
    let rt = runtime();
    let mut d = start_daemon(&["--state", state_arg, "--snapshot-every", "1s"]);
    let client = reqwest::Client::new();
    let url = d.url("/v1/clean");
    let answered: Vec<(usize, String)> = rt.block_on(async {
        wait_ready(&client, &d.url("/readyz")).await;
        let next = Arc::new(AtomicUsize::new(0));
        let ok = Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut workers = Vec::new();
        for _ in 0..16 {
            let (client, url, next, ok, corpus) =
                (client.clone(), url.clone(), next.clone(), ok.clone(), corpus.clone());
            workers.push(tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= corpus.lines.len() {
                        break;
                    }
                    match post(&client, &url, "application/json", corpus.lines[i].clone()).await {
                        Ok(r) if r.status == 200 => {
                            let v = r.json()["gleaner"]["verdict"].as_str().unwrap().to_owned();
                            ok.lock().unwrap().push((i, v));
                        }
                        // 503 while shutting down, or the connection closed: the server is going.
                        Ok(r) => assert_eq!(r.status, 503, "{}", String::from_utf8_lossy(&r.body)),
                        Err(_) => break,
                    }
                }
            }));
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        while ok.lock().unwrap().len() < 500 {
            assert!(Instant::now() < deadline, "too slow: {} answers", ok.lock().unwrap().len());
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        d.terminate();
        for w in workers {
            w.await.unwrap();
        }
        std::mem::take(&mut *ok.lock().unwrap())
    });
    let status = d.wait_exit(60);
    let log = d.log();
    assert_eq!(status.code(), Some(0), "{log}");
    assert!(log.contains("Saved state."), "{log}");
    assert!(answered.len() < corpus.lines.len(), "the signal came during the load");
    let kept: Vec<usize> = answered.iter().filter(|(_, v)| v == "kept").map(|(i, _)| *i).collect();
    assert!(kept.len() >= 500, "{} kept of {} answered", kept.len(), answered.len());

    // Restart on the same state: every article that got a 200 is remembered.
    let d = start_daemon(&["--state", state_arg]);
    let unsent = (0..corpus.lines.len()).rev().find(|i| !answered.iter().any(|(j, _)| j == i)).unwrap();
    rt.block_on(async {
        wait_ready(&client, &d.url("/readyz")).await;
        for &i in &kept {
            let r = post(&client, &d.url("/v1/clean"), "application/json", corpus.lines[i].clone()).await.unwrap();
            assert_eq!(r.status, 200);
            let v = r.json();
            assert_eq!(v["gleaner"]["verdict"], "duplicate", "article {i} was forgotten");
            assert_eq!(v["gleaner"]["duplicate_of"], format!("doc-{i}"));
        }
        // An article never sent is still new (the index is not "everything").
        let r = post(&client, &d.url("/v1/clean"), "application/json", corpus.lines[unsent].clone()).await.unwrap();
        assert_eq!(r.json()["gleaner"]["verdict"], "kept");
    });
    d.terminate();
    let mut d = d;
    assert_eq!(d.wait_exit(60).code(), Some(0), "{}", d.log());
}

#[test]
fn json_logs_and_sigint() {
    let mut d = start_daemon(&["--log-format", "json"]);
    let rt = runtime();
    rt.block_on(wait_ready(&reqwest::Client::new(), &d.url("/readyz")));
    let st = std::process::Command::new("kill").args(["-INT", &d.child.id().to_string()]).status().unwrap();
    assert!(st.success());
    assert_eq!(d.wait_exit(30).code(), Some(0), "{}", d.log());
    let log = d.log();
    for line in log.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v["fields"]["message"].is_string(), "{line}");
    }
    assert!(log.contains("\"Stopped.\""), "{log}");
}

#[test]
fn serve_is_in_the_help_with_its_flags() {
    let out = run_ok(gleaner().args(["serve", "--help"]));
    let s = String::from_utf8(out.stdout).unwrap();
    for f in [
        "--listen",
        "--state",
        "--config",
        "--max-body-bytes",
        "--max-in-flight",
        "--snapshot-every",
        "--window",
        "--log-format",
    ] {
        assert!(s.contains(f), "{f} missing from serve --help");
    }
    let out = gleaner().args(["serve", "--window", "3w"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_port_in_use_exits_1_with_a_clear_message() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = gleaner().args(["serve", "--listen", &addr]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("cannot listen on {addr}")));
}

/// A crash (SIGKILL) loses at most what came after the last periodic snapshot.
#[test]
fn after_a_crash_a_restart_remembers_what_the_last_periodic_snapshot_held() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let state_arg = state.to_str().unwrap();
    let rt = runtime();
    let client = reqwest::Client::new();
    let mut d = start_daemon(&["--state", state_arg, "--snapshot-every", "1s"]);
    rt.block_on(async {
        wait_ready(&client, &d.url("/readyz")).await;
        let r = post(&client, &d.url("/v1/clean"), "application/json", ARTICLE).await.unwrap();
        assert_eq!(r.json()["gleaner"]["verdict"], "kept");
        // Wait for a periodic snapshot taken after the article was kept.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let m = String::from_utf8(get(&client, &d.url("/metrics")).await.body).unwrap();
            if !m.contains("gleaner_snapshots_total 0\n") {
                assert!(m.contains("# TYPE gleaner_snapshot_age_seconds gauge"), "{m}");
                assert!(m.contains("# TYPE gleaner_snapshot_duration_seconds gauge"), "{m}");
                break;
            }
            assert!(Instant::now() < deadline, "no periodic snapshot:\n{m}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
    d.child.kill().unwrap(); // SIGKILL: no final snapshot
    d.child.wait().unwrap();
    let mut d = start_daemon(&["--state", state_arg]);
    rt.block_on(async {
        wait_ready(&client, &d.url("/readyz")).await;
        let r = post(&client, &d.url("/v1/clean"), "application/json", ARTICLE).await.unwrap();
        assert_eq!(r.json()["gleaner"]["verdict"], "duplicate");
        let m = String::from_utf8(get(&client, &d.url("/metrics")).await.body).unwrap();
        assert!(m.contains("gleaner_records_total{verdict=\"kept\"} 1\n"), "totals survive a restart:\n{m}");
    });
    d.terminate();
    assert_eq!(d.wait_exit(30).code(), Some(0), "{}", d.log());
}

/// `--window` forgets kept articles older than the window, by the wall clock.
#[test]
fn the_window_forgets_old_articles() {
    let d = start_daemon(&["--window", "1s"]);
    let rt = runtime();
    let client = reqwest::Client::new();
    rt.block_on(async {
        wait_ready(&client, &d.url("/readyz")).await;
        let url = d.url("/v1/clean");
        let other =
            "{\"id\":\"b\",\"text\":\"A different article, about rain in the hills and the farmers waiting for it.\"}";
        assert_eq!(
            post(&client, &url, "application/json", ARTICLE).await.unwrap().json()["gleaner"]["verdict"],
            "kept"
        );
        assert_eq!(
            post(&client, &url, "application/json", ARTICLE).await.unwrap().json()["gleaner"]["verdict"],
            "duplicate"
        );
        // Time must pass for a window to close: no way around this sleep.
        tokio::time::sleep(Duration::from_millis(2100)).await;
        // Eviction happens as new articles are kept.
        assert_eq!(post(&client, &url, "application/json", other).await.unwrap().json()["gleaner"]["verdict"], "kept");
        assert_eq!(
            post(&client, &url, "application/json", ARTICLE).await.unwrap().json()["gleaner"]["verdict"],
            "kept"
        );
    });
}
