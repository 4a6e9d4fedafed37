//! Many gleaner processes as one filter, on Redis (issue 8): `gleaner worker` on Redis Streams
//! and `--index redis://`, against a real `redis-server` started here on 127.0.0.1 (a free
//! port, a temporary directory, append-only file on) and killed at the end. The input is the
//! IndoSum fixture: 2,300 real articles, 300 of them exact or edited copies.
//!
//! A missing `redis-server` fails these tests with a message saying how to install it; `.ci/test`
//! installs it when it is missing.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use redis::Commands;

use crate::util::*;

/// The fixture's lines, as they go into the input stream.
fn lines() -> &'static Vec<Vec<u8>> {
    static L: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    L.get_or_init(|| {
        let raw = std::fs::read(fixture("indosum/articles.jsonl.gz")).unwrap();
        let mut text = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut text).unwrap();
        text.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(<[u8]>::to_vec).collect()
    })
}

/// Records `gleaner clean` keeps from the fixture (the figure every shared run must match).
fn clean_kept() -> usize {
    static K: OnceLock<usize> = OnceLock::new();
    *K.get_or_init(|| {
        let out = run_ok(gleaner().args(["clean", "-q", "--no-progress"]).arg(fixture("indosum/articles.jsonl.gz")));
        json_lines(&out.stdout).len()
    })
}

fn redis_server_bin() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|d| d.join("redis-server")).find(|p| p.is_file()).unwrap_or_else(|| {
        panic!(
            "redis-server is not on PATH: the tests of `gleaner worker` and `--index redis://` need a real \
             Redis. Install it (Debian/Ubuntu: apt-get install redis-server); .ci/test installs it when missing."
        )
    })
}

/// A `redis-server` on 127.0.0.1, killed when dropped.
struct RedisServer {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    extra: &'static [&'static str],
}

impl RedisServer {
    fn start() -> Self {
        Self::start_with(&[])
    }

    /// A server with more options (`--cluster-enabled yes`, ...).
    fn start_with(extra: &'static [&'static str]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = tempfile::tempdir().unwrap();
        let child = Self::spawn(port, &dir, extra);
        let s = RedisServer { child, port, dir, extra };
        s.wait_ready();
        s
    }

    fn spawn(port: u16, dir: &tempfile::TempDir, extra: &[&str]) -> Child {
        Command::new(redis_server_bin())
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes"])
            .args(extra)
            .arg("--dir")
            .arg(dir.path())
            .arg("--logfile")
            .arg(dir.path().join("redis.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts")
    }

    /// Waits until PING answers PONG (not LOADING).
    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(mut c) = redis::Client::open(self.url()).and_then(|c| c.get_connection())
                && redis::cmd("PING").query::<String>(&mut c).is_ok_and(|p| p == "PONG")
            {
                return;
            }
            assert!(Instant::now() < deadline, "redis-server on port {} did not come up: {}", self.port, self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    fn conn(&self) -> redis::Connection {
        redis::Client::open(self.url()).unwrap().get_connection().unwrap()
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("redis.log")).unwrap_or_default()
    }

    /// SIGKILL, `down` without Redis, then the same port and directory again (the append-only
    /// file brings the data back).
    fn crash_and_restart(&mut self, down: Duration) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        std::thread::sleep(down);
        self.child = Self::spawn(self.port, &self.dir, self.extra);
        self.wait_ready();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Puts the fixture's lines in the stream `in`, plus three bad entries; returns the ids.
fn load(c: &mut redis::Connection) -> Vec<String> {
    let mut p = redis::pipe();
    for l in lines() {
        p.cmd("XADD").arg("in").arg("*").arg("record").arg(&l[..]);
    }
    p.cmd("XADD").arg("in").arg("*").arg("record").arg("{not json");
    p.cmd("XADD").arg("in").arg("*").arg("article").arg("{\"text\": \"the wrong field\"}");
    p.cmd("XADD").arg("in").arg("*").arg("record").arg("{\"id\": 1}");
    p.query(c).unwrap()
}

/// A worker process; its stderr goes to a file in `logs`. `extra` may set `--batch` (32 by
/// default here).
fn worker(r: &RedisServer, consumer: &str, logs: &std::path::Path, extra: &[&str]) -> Child {
    let log = std::fs::File::create(logs.join(format!("{consumer}.log"))).unwrap();
    let batch: &[&str] = if extra.contains(&"--batch") { &[] } else { &["--batch", "32"] };
    gleaner()
        .args(["worker", "--redis", &r.url(), "--input", "in", "--output", "out", "--rejects", "rej"])
        .args(["--group", "g", "--consumer", consumer, "-j", "1"])
        .args(batch)
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("gleaner worker starts")
}

/// GET /metrics from the worker whose log (`Metrics at /metrics. addr=...`) is `log`.
fn scrape(log: &std::path::Path) -> String {
    use std::io::Write;
    let text = std::fs::read_to_string(log).unwrap();
    let line = text.lines().find(|l| l.contains("Metrics at /metrics.")).unwrap_or_else(|| panic!("{text}"));
    let addr = line[line.find("addr=").unwrap() + 5..].split_whitespace().next().unwrap().to_owned();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    body
}

fn results(c: &mut redis::Connection) -> usize {
    let o: usize = c.xlen("out").unwrap();
    let r: usize = c.xlen("rej").unwrap();
    o + r
}

fn pending(c: &mut redis::Connection) -> usize {
    let v: redis::Value = redis::cmd("XPENDING").arg("in").arg("g").query(c).unwrap();
    match v {
        redis::Value::Array(a) => match a.first() {
            Some(redis::Value::Int(n)) => *n as usize,
            _ => 0,
        },
        _ => 0,
    }
}

/// Waits (at most `secs`) until every entry has a result and nothing is pending.
fn wait_drained(r: &RedisServer, total: usize, secs: u64, logs: &std::path::Path) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Ok(mut c) = redis::Client::open(r.url()).and_then(|c| c.get_connection())
            && results(&mut c) >= total
            && pending(&mut c) == 0
        {
            return;
        }
        if Instant::now() > deadline {
            let mut msg = String::new();
            for e in std::fs::read_dir(logs).unwrap().flatten() {
                msg += &format!("--- {}\n{}\n", e.path().display(), std::fs::read_to_string(e.path()).unwrap());
            }
            panic!("not drained within {secs} s\n{msg}\nredis log:\n{}", r.log());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Reads a whole stream: (entry id, `input` field, record JSON).
fn read_stream(c: &mut redis::Connection, key: &str) -> Vec<(String, String, serde_json::Value)> {
    let reply: redis::streams::StreamRangeReply = c.xrange_all(key).unwrap();
    reply
        .ids
        .into_iter()
        .map(|e| {
            let get = |f: &str| -> Vec<u8> { e.get(f).unwrap_or_else(|| panic!("{key} entry {} has no {f}", e.id)) };
            let record = serde_json::from_slice(&get("record")).unwrap();
            (e.id.clone(), String::from_utf8(get("input")).unwrap(), record)
        })
        .collect()
}

/// The figures every run must show: exactly one result per input entry, as many kept records
/// as `gleaner clean` keeps, the bad entries rejected with their reasons, nothing pending.
fn check_exactly_once(c: &mut redis::Connection, ids: &[String]) {
    let out = read_stream(c, "out");
    let rej = read_stream(c, "rej");
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (_, input, _) in out.iter().chain(&rej) {
        *seen.entry(input).or_default() += 1;
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "entries with more than one result: {twice:?}");
    let missing: Vec<_> = ids.iter().filter(|id| !seen.contains_key(id.as_str())).collect();
    assert!(missing.is_empty(), "entries without a result: {missing:?}");
    assert_eq!(out.len() + rej.len(), ids.len());
    assert!(out.iter().all(|(_, _, r)| r["gleaner"]["verdict"] == "kept"));
    assert_eq!(out.len(), clean_kept(), "kept records differ from one `gleaner clean` run");
    let kept_ids: HashSet<&str> = out.iter().map(|(_, _, r)| r["id"].as_str().unwrap_or("")).collect();
    assert_eq!(kept_ids.len(), out.len(), "an article kept twice");
    let reasons: Vec<&str> = rej.iter().filter_map(|(_, _, r)| r["reason"].as_str()).collect();
    assert!(reasons.contains(&"invalid_json"), "{reasons:?}");
    assert!(reasons.contains(&"missing_field"), "{reasons:?}");
    assert!(reasons.contains(&"missing_text"), "{reasons:?}");
    let dups = rej.iter().filter(|(_, _, r)| r["gleaner"]["verdict"] == "duplicate").count();
    assert_eq!(dups, lines().len() - clean_kept());
    assert_eq!(pending(c), 0);
}

fn terminate(children: &mut [Child]) {
    for ch in children.iter() {
        let st = Command::new("kill").args(["-TERM", &ch.id().to_string()]).status().unwrap();
        assert!(st.success());
    }
    for ch in children.iter_mut() {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(st) = ch.try_wait().unwrap() {
                assert!(st.success(), "a worker exited with {st:?} after SIGTERM");
                break;
            }
            assert!(Instant::now() < deadline, "a worker did not stop within 20 s of SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn three_workers_give_one_result_per_entry_and_keep_what_clean_keeps() {
    let r = RedisServer::start();
    let logs = tempfile::tempdir().unwrap();
    let mut c = r.conn();
    let ids = load(&mut c);
    let mut ws: Vec<Child> = (1..=3)
        .map(|i| {
            let metrics: &[&str] = if i == 1 { &["--metrics-listen", "127.0.0.1:0"] } else { &[] };
            worker(&r, &format!("w{i}"), logs.path(), metrics)
        })
        .collect();
    wait_drained(&r, ids.len(), 60, logs.path());
    // The first worker's metrics: its own verdicts, and the group's pending count from Redis.
    let text = scrape(&logs.path().join("w1.log"));
    assert!(text.contains("gleaner_records_total{verdict=\"kept\"}"), "{text}");
    assert!(text.contains("gleaner_stream_pending 0\n"), "{text}");
    assert!(text.contains("gleaner_stream_lag 0\n"), "{text}");
    assert!(text.contains("gleaner_redis_up 1\n"), "{text}");
    terminate(&mut ws);
    check_exactly_once(&mut c, &ids);
    // Every worker took part.
    let consumers: redis::Value = redis::cmd("XINFO").arg("CONSUMERS").arg("in").arg("g").query(&mut c).unwrap();
    let redis::Value::Array(cs) = consumers else { panic!("{consumers:?}") };
    assert_eq!(cs.len(), 3);
}

#[test]
fn a_killed_worker_s_entries_are_claimed_nothing_lost_nothing_twice() {
    let r = RedisServer::start();
    let logs = tempfile::tempdir().unwrap();
    let mut c = r.conn();
    let ids = load(&mut c);
    // A consumer that took 40 entries and died before acknowledging any.
    let () = redis::cmd("XGROUP").arg("CREATE").arg("in").arg("g").arg("0").query(&mut c).unwrap();
    let mut read = redis::cmd("XREADGROUP");
    for a in ["GROUP", "g", "ghost", "COUNT", "40", "STREAMS", "in", ">"] {
        read.arg(a);
    }
    let _: redis::Value = read.query(&mut c).unwrap();
    // A worker killed mid-stream, with small batches so that it is caught holding some.
    let mut a = worker(&r, "a", logs.path(), &["--batch", "8"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while results(&mut c) < 600 {
        let log = || std::fs::read_to_string(logs.path().join("a.log")).unwrap();
        assert!(a.try_wait().unwrap().is_none(), "worker a exited: {}", log());
        assert!(Instant::now() < deadline, "worker a made no progress: {}", log());
        std::thread::sleep(Duration::from_millis(5));
    }
    a.kill().unwrap();
    a.wait().unwrap();
    let held_by_a = consumer_pending(&mut c, "a");
    let mut ws: Vec<Child> =
        ["b", "c"].iter().map(|n| worker(&r, n, logs.path(), &["--claim-idle", "500ms"])).collect();
    wait_drained(&r, ids.len(), 60, logs.path());
    terminate(&mut ws);
    check_exactly_once(&mut c, &ids);
    assert_eq!(consumer_pending(&mut c, "ghost"), 0, "the dead consumer's entries were claimed");
    assert_eq!(consumer_pending(&mut c, "a"), 0, "the killed worker's {held_by_a} entries were claimed");
}

fn consumer_pending(c: &mut redis::Connection, name: &str) -> usize {
    let v: redis::Value = redis::cmd("XINFO").arg("CONSUMERS").arg("in").arg("g").query(c).unwrap();
    let redis::Value::Array(cs) = v else { panic!("{v:?}") };
    for info in cs {
        let redis::Value::Array(kv) = info else { continue };
        let get = |k: &str| {
            kv.chunks(2)
                .find(|p| matches!(&p[0], redis::Value::BulkString(b) if b == k.as_bytes()))
                .map(|p| p[1].clone())
        };
        if get("name") == Some(redis::Value::BulkString(name.as_bytes().to_vec())) {
            return match get("pending") {
                Some(redis::Value::Int(n)) => n as usize,
                _ => 0,
            };
        }
    }
    0
}

#[test]
fn workers_ride_out_a_redis_restart() {
    let mut r = RedisServer::start();
    let logs = tempfile::tempdir().unwrap();
    let ids = load(&mut r.conn());
    let mut ws: Vec<Child> = (1..=3).map(|i| worker(&r, &format!("w{i}"), logs.path(), &[])).collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    while results(&mut r.conn()) < 500 {
        assert!(Instant::now() < deadline, "no progress before the restart");
        std::thread::sleep(Duration::from_millis(5));
    }
    r.crash_and_restart(Duration::from_millis(1500));
    let mid = results(&mut r.conn());
    assert!(mid < ids.len(), "the restart came after the end ({mid} results)");
    wait_drained(&r, ids.len(), 60, logs.path());
    for w in ws.iter_mut() {
        assert!(w.try_wait().unwrap().is_none(), "a worker died with Redis");
    }
    terminate(&mut ws);
    check_exactly_once(&mut r.conn(), &ids);
    let logged: String =
        (1..=3).map(|i| std::fs::read_to_string(logs.path().join(format!("w{i}.log"))).unwrap()).collect();
    assert!(logged.contains("Redis unreachable; retrying with backoff."), "{logged}");
    assert!(logged.contains("Redis is back."), "{logged}");
}

#[test]
fn clean_with_a_fresh_shared_index_writes_what_clean_writes() {
    let r = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let run = |index: Option<&str>, rejects: &str| {
        let mut cmd = gleaner();
        cmd.args(["clean", "-q", "--no-progress", "--rejects"]).arg(dir.path().join(rejects));
        if let Some(u) = index {
            cmd.args(["--index", u]);
        }
        let out = run_ok(cmd.arg(fixture("indosum/articles.jsonl.gz")));
        (out.stdout, std::fs::read(dir.path().join(rejects)).unwrap())
    };
    let (mem_out, mem_rej) = run(None, "mem.rej");
    let url = format!("{}?name=diff", r.url());
    let (red_out, red_rej) = run(Some(&url), "red.rej");
    assert!(mem_out == red_out, "cleaned records differ between the in-memory and the Redis index");
    assert!(mem_rej == red_rej, "rejects differ between the in-memory and the Redis index");
    // The same input again: every article is now a copy of one in the shared index.
    let (again, rej) = run(Some(&url), "again.rej");
    assert!(again.is_empty());
    assert_eq!(json_lines(&rej).len(), lines().len());
}

/// A made-up vendor's update notice: one template filled with a version, a date, a build, a
/// count of fixes and what they fix (what livedoor's phone-update notices look like).
fn notice(version: &str, date: &str, build: &str, fixes: &str, what: &str) -> String {
    format!(
        "Acme Phone A-100 gets a software update\n\n\
         Acme said on {date} that version {version} (build {build}) of the system software for the \
         Acme Phone A-100 is now available over the air, with {fixes} fixes: {what}.\n\n\
         The update takes about ten minutes and is offered until the end of next year. Owners are \
         asked to install it as soon as they can.\n\n\
         Before updating, charge the battery fully and keep the charger connected. Do not remove \
         the battery while the update runs, or the phone may fail to start again.\n\n\
         The update cannot be installed during a call, while roaming abroad, in flight mode, when \
         the date and time are wrong, or when storage is nearly full.\n\n\
         Messages received during the update are kept by the network and delivered once the phone \
         restarts. Alarms and calls to emergency numbers do not work meanwhile.\n\n\
         Written by the news desk. Related: the Acme support pages, our earlier reviews."
    )
}

#[test]
fn template_look_alikes_are_told_apart_in_redis_as_in_memory() {
    // Fillings of one template (kept apart by the digit check) and copies of them (one number
    // corrected, numbers added on one side): the script's digit check must decide as
    // `DigitRule::agree`, under the default rule and under others.
    let texts = [
        notice("4.2", "12 March 2024", "7781", "3", "a crash when the camera opens"),
        notice("4.3", "28 May 2024", "7954", "5", "a crash when the camera opens in the dark"),
        notice("4.2", "12 March 2024", "7781", "4", "a crash when the camera opens"),
        notice("4.4", "2 July 2024", "8012", "2", "slow charging with 65 W chargers"),
        format!(
            "{}\n\nBuilds 7702 and 7733 are withdrawn.",
            notice("4.4", "2 July 2024", "8012", "2", "slow charging with 65 W chargers")
        ),
        notice("5.0", "9 September 2024", "9100", "12", "the battery drain seen since 4.4"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("notices.jsonl");
    let lines: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            serde_json::json!({"id": format!("n{i}"), "url": "https://acme.example/n", "title": "", "text": t})
                .to_string()
        })
        .collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let r = RedisServer::start();
    for (name, rule) in [
        ("default", ""),
        ("jaccard", "differing_digits = 0\nconfirm_digits = 0.8\n"),
        ("one", "differing_digits = 1\n"),
    ] {
        let config = dir.path().join(format!("{name}.toml"));
        std::fs::write(&config, format!("[neardup]\n{rule}")).unwrap();
        let run = |index: Option<&str>| {
            let mut cmd = gleaner();
            cmd.args(["clean", "-q", "--no-progress", "--keep-duplicates", "--config"]).arg(&config);
            if let Some(u) = index {
                cmd.args(["--index", u]);
            }
            run_ok(cmd.arg(&input)).stdout
        };
        let mem = run(None);
        assert!(mem == run(Some(&format!("{}?name={name}", r.url()))), "{name}: Redis decides otherwise");
        if name == "default" {
            let verdicts: Vec<String> =
                json_lines(&mem).iter().map(|v| v["gleaner"]["verdict"].as_str().unwrap().to_owned()).collect();
            assert_eq!(verdicts, ["kept", "kept", "duplicate", "kept", "duplicate", "kept"]);
        }
    }
}

#[test]
fn eviction_in_redis_matches_eviction_in_memory() {
    // With room for 300 documents, the oldest are evicted as the stream goes on, so copies
    // of evicted originals are kept: the script must evict exactly what the ring does.
    let r = RedisServer::start();
    let dir = tempfile::tempdir().unwrap();
    let run = |index: Option<&str>, rejects: &str| {
        let mut cmd = gleaner();
        cmd.args(["clean", "-q", "--no-progress", "--max-docs", "300", "--rejects"]).arg(dir.path().join(rejects));
        if let Some(u) = index {
            cmd.args(["--index", u]);
        }
        let out = run_ok(cmd.arg(fixture("indosum/articles.jsonl.gz")));
        (out.stdout, std::fs::read(dir.path().join(rejects)).unwrap())
    };
    let (mem_out, mem_rej) = run(None, "mem.rej");
    let (red_out, red_rej) = run(Some(&format!("{}?name=small", r.url())), "red.rej");
    assert!(json_lines(&mem_out).len() > clean_kept(), "eviction lets copies through");
    assert!(mem_out == red_out && mem_rej == red_rej, "eviction differs between memory and Redis");
    let mut c = r.conn();
    for key in ["docs", "exact"] {
        let n: usize = c.hlen(format!("gleaner:{{small}}:{key}")).unwrap();
        assert_eq!(n, 300, "{key} holds the 300 newest documents only");
    }
    for t in 0..3 {
        // Band buckets hold 16-byte entries; together, one per document held.
        let buckets: Vec<Vec<u8>> = c.hvals(format!("gleaner:{{small}}:t{t}")).unwrap();
        assert_eq!(buckets.iter().map(|b| b.len() / 16).sum::<usize>(), 300, "table {t}");
    }
}

#[test]
fn two_processes_checking_the_same_articles_at_once_keep_each_exactly_once() {
    // Two `clean --index` processes on one input, started together: each article is checked
    // and inserted by both at about the same moment, from two connections. The atomic script
    // lets exactly one of them keep it.
    let r = RedisServer::start();
    let url = format!("{}?name=race", r.url());
    // Both read the articles from stdin, fed a few at a time to one and then the other, so
    // that they check the same articles at the same time however the machine schedules them
    // (started on two files, one could finish before the other began on a loaded machine).
    // Their output goes to files: a full stdout pipe would stop a process while it is fed.
    let dir = tempfile::tempdir().unwrap();
    let spawn = |name: &str| {
        let out = std::fs::File::create(dir.path().join(format!("{name}.out"))).unwrap();
        let err = std::fs::File::create(dir.path().join(format!("{name}.err"))).unwrap();
        gleaner()
            .args(["clean", "-q", "--no-progress", "--index", &url])
            .stdin(Stdio::piped())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap()
    };
    let (mut a, mut b) = (spawn("a"), spawn("b"));
    {
        use std::io::Write;
        let (mut ia, mut ib) = (a.stdin.take().unwrap(), b.stdin.take().unwrap());
        for chunk in lines().chunks(8) {
            for input in [&mut ia, &mut ib] {
                for line in chunk {
                    input.write_all(line).unwrap();
                    input.write_all(b"\n").unwrap();
                }
                input.flush().unwrap();
            }
        }
    }
    let (sa, sb) = (a.wait().unwrap(), b.wait().unwrap());
    let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap();
    assert!(sa.success() && sb.success(), "{}", String::from_utf8_lossy(&read("b.err")));
    let (a, b) = (read("a.out"), read("b.out"));
    let ids = |o: &[u8]| -> Vec<String> {
        json_lines(o).iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    let (ka, kb) = (ids(&a), ids(&b));
    let both: HashSet<&String> =
        ka.iter().collect::<HashSet<_>>().intersection(&kb.iter().collect()).copied().collect();
    assert!(both.is_empty(), "{} articles kept by both processes, e.g. {:?}", both.len(), both.iter().next());
    assert_eq!(ka.len() + kb.len(), clean_kept(), "kept {} + {}", ka.len(), kb.len());
    assert!(!ka.is_empty() && !kb.is_empty(), "the two processes did not overlap ({} / {})", ka.len(), kb.len());
}

#[test]
fn bad_index_urls_and_index_with_state_are_usage_errors() {
    let out = gleaner()
        .args(["clean", "-q", "--index", "http://localhost/", "--state", "/nonexistent"])
        .arg(fixture("seed.in.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let out =
        gleaner().args(["clean", "-q", "--index", "http://localhost/"]).arg(fixture("seed.in.jsonl")).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("redis://"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Waits (at most 30 s) until a daemon's `/readyz` answers 200: it listens before its engine
/// is built, and answers `/v1/clean` with 503 until then (a loaded machine makes that long).
fn wait_ready_blocking(addr: std::net::SocketAddr) {
    use std::io::Write;
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        let mut resp = String::new();
        if let Ok(mut s) = std::net::TcpStream::connect(addr) {
            let _ = s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let _ = s.read_to_string(&mut resp);
        }
        if resp.starts_with("HTTP/1.1 200") {
            return;
        }
        assert!(Instant::now() < until, "daemon at {addr} not ready after 30 s: {resp}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// POSTs one record to a daemon; the verdict it answers.
fn post_verdict(addr: std::net::SocketAddr, body: &[u8]) -> String {
    use std::io::Write;
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let json = &resp[resp.find("\r\n\r\n").unwrap() + 4..];
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    v["gleaner"]["verdict"].as_str().unwrap().to_owned()
}

#[test]
fn two_daemons_sharing_an_index_keep_one_of_two_copies_posted_at_once() {
    let r = RedisServer::start();
    let url = format!("{}?name=daemons", r.url());
    let a = start_daemon(&["--index", &url]);
    let b = start_daemon(&["--index", &url]);
    wait_ready_blocking(a.addr);
    wait_ready_blocking(b.addr);
    // 100 distinct articles (originals: the fixture's copies have ids `<original>#copy1`,
    // `#edit1`, ...), each posted to both daemons at the same moment.
    let originals: Vec<&Vec<u8>> = lines()
        .iter()
        .filter(|l| !serde_json::from_slice::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().contains('#'))
        .take(100)
        .collect();
    let (sa, sb) = (a.addr, b.addr);
    let mut kept = 0;
    for rec in originals {
        let (x, y) = (rec.clone(), rec.clone());
        let ta = std::thread::spawn(move || post_verdict(sa, &x));
        let tb = std::thread::spawn(move || post_verdict(sb, &y));
        let (va, vb) = (ta.join().unwrap(), tb.join().unwrap());
        let k = [&va, &vb].iter().filter(|v| v.as_str() == "kept").count();
        assert_eq!(k, 1, "one copy kept, the other a duplicate: {va} / {vb}");
        assert!([&va, &vb].iter().any(|v| v.as_str() == "duplicate"));
        kept += k;
    }
    assert_eq!(kept, 100);
}

/// Three `redis-server` nodes made into one Redis Cluster (`redis-cli --cluster create`).
fn start_cluster() -> (Vec<RedisServer>, String) {
    const CLUSTER: &[&str] = &["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"];
    let nodes: Vec<RedisServer> = (0..3).map(|_| RedisServer::start_with(CLUSTER)).collect();
    let addrs: Vec<String> = nodes.iter().map(|n| format!("127.0.0.1:{}", n.port)).collect();
    let out = Command::new("redis-cli")
        .arg("--cluster")
        .arg("create")
        .args(&addrs)
        .args(["--cluster-replicas", "0", "--cluster-yes"])
        .output()
        .expect("redis-cli (Debian package redis-tools, installed with redis-server) runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let deadline = Instant::now() + Duration::from_secs(20);
    for n in &nodes {
        loop {
            let info: String = redis::cmd("CLUSTER").arg("INFO").query(&mut n.conn()).unwrap();
            if info.contains("cluster_state:ok") {
                break;
            }
            assert!(Instant::now() < deadline, "the cluster did not come up: {info}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let url = format!("redis+cluster://{}/", addrs.join(","));
    (nodes, url)
}

#[test]
fn on_a_redis_cluster_the_index_and_the_workers_work_the_same() {
    let (nodes, url) = start_cluster();
    // `clean --index` on the cluster writes what `clean` writes.
    let plain = run_ok(gleaner().args(["clean", "-q", "--no-progress"]).arg(fixture("indosum/articles.jsonl.gz")));
    let shared = run_ok(
        gleaner()
            .args(["clean", "-q", "--no-progress", "--index", &format!("{url}?name=diff")])
            .arg(fixture("indosum/articles.jsonl.gz")),
    );
    assert!(plain.stdout == shared.stdout, "clean --index on a cluster differs from clean");

    // Two workers on streams sharing the hash tag {news}.
    let client = redis::cluster::ClusterClient::new(nodes.iter().map(|n| n.url()).collect::<Vec<_>>()).unwrap();
    let mut c = client.get_connection().unwrap();
    let mut ids: Vec<String> = Vec::new();
    for l in lines() {
        ids.push(c.xadd("{news}:in", "*", &[("record", &l[..])]).unwrap());
    }
    let logs = tempfile::tempdir().unwrap();
    let mut ws: Vec<Child> = (1..=2)
        .map(|i| {
            let log = std::fs::File::create(logs.path().join(format!("c{i}.log"))).unwrap();
            gleaner()
                .args(["worker", "--redis", &url, "--index", &format!("{url}?name=workers")])
                .args(["--input", "{news}:in", "--output", "{news}:out", "--rejects", "{news}:rej"])
                .args(["--group", "g", "--consumer", &format!("c{i}"), "-j", "1", "--batch", "32"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .unwrap()
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let o: usize = c.xlen("{news}:out").unwrap();
        let r: usize = c.xlen("{news}:rej").unwrap();
        // (No group yet before the workers create it.)
        let p: Option<redis::Value> = redis::cmd("XPENDING").arg("{news}:in").arg("g").query(&mut c).ok();
        let pending = matches!(&p, Some(redis::Value::Array(a)) if matches!(a.first(), Some(redis::Value::Int(0))));
        if o + r >= ids.len() && pending {
            break;
        }
        assert!(Instant::now() < deadline, "not drained: {o} + {r} of {}", ids.len());
        std::thread::sleep(Duration::from_millis(50));
    }
    terminate(&mut ws);
    let inputs = |key: &str, c: &mut redis::cluster::ClusterConnection| -> Vec<String> {
        let reply: redis::streams::StreamRangeReply = c.xrange_all(key).unwrap();
        reply.ids.iter().map(|e| String::from_utf8(e.get::<Vec<u8>>("input").unwrap()).unwrap()).collect()
    };
    let (out, rej) = (inputs("{news}:out", &mut c), inputs("{news}:rej", &mut c));
    let all: HashSet<&String> = out.iter().chain(&rej).collect();
    assert_eq!(all.len(), out.len() + rej.len(), "an entry with two results");
    assert_eq!(all.len(), ids.len(), "an entry without a result");
    assert_eq!(out.len(), clean_kept());

    // Streams in different slots are refused with a clear message (exit 2).
    let bad = gleaner()
        .args(["worker", "-q", "--redis", &url, "--input", "news:in", "--output", "{news}:out", "--group", "g"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2), "{}", String::from_utf8_lossy(&bad.stderr));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("must share a hash tag"));
}
