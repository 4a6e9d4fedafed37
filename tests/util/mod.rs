//! Helpers: run the built binary, read fixtures, compare with a readable diff.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Asserts two strings are equal, printing both in full when they are not.
macro_rules! eqnice {
    ($expected:expr, $got:expr) => {{
        let (e, g) = (&$expected, &$got);
        if e != g {
            panic!("\n=== expected ===\n{}\n=== got ===\n{}\n===\n", e, g);
        }
    }};
}

/// The path of a fixture.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}

/// A `gleaner` command with logs kept quiet unless asked for.
pub fn gleaner() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gleaner"));
    c.env_remove("GLEANER_LOG").env_remove("RUST_LOG");
    c
}

/// Runs a command with `stdin` as its input.
pub fn run_with_stdin(mut cmd: Command, stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child =
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("gleaner starts");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("gleaner runs");
    writer.join().unwrap();
    out
}

/// Runs a command and returns its output, panicking with stderr if it failed.
pub fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("gleaner runs");
    assert!(out.status.success(), "gleaner failed: {:?}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    out
}

/// Parses JSON Lines.
pub fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            serde_json::from_slice(l).unwrap_or_else(|e| panic!("bad JSON line {e}: {}", String::from_utf8_lossy(l)))
        })
        .collect()
}

/// Reads a (possibly gzipped) JSON Lines fixture.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let raw = std::fs::read(path).unwrap();
    let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
        use std::io::Read;
        let mut v = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut v).unwrap();
        v
    } else {
        raw
    };
    json_lines(&bytes)
}

/// Writes `GLEANER_BLESS=1` output over a golden file, or compares with it.
pub fn golden(name: &str, got: &[u8]) {
    let path = fixture(name);
    if std::env::var_os("GLEANER_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let expected =
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e} (run with GLEANER_BLESS=1)", path.display()));
    eqnice!(String::from_utf8_lossy(&expected), String::from_utf8_lossy(got));
}

/// A `gleaner serve` process on an ephemeral port of 127.0.0.1, killed when dropped.
pub struct DaemonProcess {
    pub child: std::process::Child,
    pub addr: std::net::SocketAddr,
    /// Everything the daemon wrote to stderr so far.
    pub stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

/// Starts `gleaner serve --listen 127.0.0.1:0 ARGS...` and waits (at most 30 s) for the
/// `Listening.` log line that names the bound address (text or JSON log format).
pub fn start_daemon(args: &[&str]) -> DaemonProcess {
    use std::io::BufRead;
    let mut child = gleaner()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gleaner serve starts");
    let err = child.stderr.take().unwrap();
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = bound_addr(&line) {
                    let _ = tx.send(addr);
                }
                let mut l = log.lock().unwrap();
                l.push_str(&line);
                l.push('\n');
            }
        });
    }
    match rx.recv_timeout(std::time::Duration::from_secs(30)) {
        Ok(addr) => DaemonProcess { child, addr, stderr: log },
        Err(_) => {
            let _ = child.kill();
            panic!("gleaner serve did not log its address:\n{}", log.lock().unwrap());
        }
    }
}

/// The address in a `Listening.` log line: `addr=IP:PORT` (text) or `"addr":"IP:PORT"` (JSON).
fn bound_addr(line: &str) -> Option<std::net::SocketAddr> {
    if !line.contains("Listening.") {
        return None;
    }
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
        return v["fields"]["addr"].as_str()?.parse().ok();
    }
    let at = line.find("addr=")? + 5;
    line[at..].split_whitespace().next()?.parse().ok()
}

impl DaemonProcess {
    /// The URL of `path` on this daemon.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Sends SIGTERM.
    pub fn terminate(&self) {
        let st = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        assert!(st.success());
    }

    /// Waits (at most `secs`) for the process to exit; its status.
    pub fn wait_exit(&mut self, secs: u64) -> std::process::ExitStatus {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st;
            }
            if std::time::Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("gleaner serve did not exit within {secs} s:\n{}", self.stderr.lock().unwrap());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// The stderr so far.
    pub fn log(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for DaemonProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The counters of the one-line summary on stderr (`read=… kept=… rejected=…`).
pub fn summary(stderr: &[u8]) -> std::collections::HashMap<String, u64> {
    let s = String::from_utf8_lossy(stderr);
    let line = s.lines().rev().find(|l| l.contains("read=") && l.contains("rejected=")).unwrap_or_else(|| {
        panic!("no summary line in stderr:\n{s}");
    });
    line.split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .filter_map(|(k, v)| v.parse().ok().map(|v| (k.to_owned(), v)))
        .collect()
}

/// What the accounting generator put on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An original article.
    Original,
    /// A byte-identical text of an earlier original (line number), under a new id.
    ExactOf(u64),
    /// An edited copy of an earlier original (may or may not be found).
    NearOf(u64),
    /// An original with an injected spam link.
    Spam,
    /// A text of nothing but a spam link: nothing is left after cleaning.
    OnlySpam,
    /// A malformed line, rejected with this reason.
    Malformed(&'static str),
}

/// A deterministic stream of records for the accounting oracle: every line `n` (1-based)
/// carries the id `r{n:08}` and a payload derived from it (`check`, `n`, `meta`), so a checker
/// can tell which input every output or reject line came from and that its fields arrived
/// intact.
pub struct Generator {
    pub malformed: bool,
    texts: Vec<(u64, String)>,
    rng: u64,
}

const SYLLABLES: &[&str] = &[
    "ka", "ri", "mu", "no", "se", "ta", "ba", "lu", "pe", "di", "go", "ra", "sin", "tor", "mel", "dan", "per", "lan",
    "jo", "vi", "ke", "sa", "ul", "em", "ar", "ton", "gi", "bo", "ne", "wa",
];

impl Generator {
    /// A generator; `malformed` mixes malformed lines in.
    pub fn new(seed: u64, malformed: bool) -> Self {
        Generator { malformed, texts: Vec::new(), rng: seed }
    }

    fn next(&mut self) -> u64 {
        // SplitMix64.
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn word(&mut self) -> String {
        let n = 2 + self.below(3);
        (0..n).map(|_| SYLLABLES[self.below(SYLLABLES.len() as u64) as usize]).collect()
    }

    fn text(&mut self) -> String {
        let paras = 2 + self.below(4);
        (0..paras)
            .map(|_| {
                let words = 14 + self.below(30);
                let mut p: Vec<String> = (0..words).map(|_| self.word()).collect();
                p[0][..1].make_ascii_uppercase();
                p.join(" ") + "."
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The id of line `n`.
    pub fn id(n: u64) -> String {
        format!("r{n:08}")
    }

    /// The payload derived from an id.
    pub fn check(id: &str) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(id.as_bytes()))
    }

    /// Line `n` (1-based; lines must be asked for in order) and what it is.
    pub fn line(&mut self, n: u64) -> (Vec<u8>, Kind) {
        let id = Self::id(n);
        let roll = self.below(1000);
        let (text, kind) = match roll {
            0..=49 if !self.texts.is_empty() => {
                let pick = self.below(self.texts.len() as u64) as usize;
                let (of, t) = self.texts[pick].clone();
                (t, Kind::ExactOf(of))
            }
            50..=79 if !self.texts.is_empty() => {
                let pick = self.below(self.texts.len() as u64) as usize;
                let (of, t) = self.texts[pick].clone();
                let mut words: Vec<String> = t.split(' ').map(str::to_owned).collect();
                let at = self.below(words.len() as u64) as usize;
                words[at] = self.word();
                (words.join(" "), Kind::NearOf(of))
            }
            80..=109 => {
                let mut t = self.text();
                let at = t.find(' ').unwrap_or(0);
                t.insert_str(at, " https://slot-gacor88.vip/ ");
                (t, Kind::Spam)
            }
            110..=119 => ("https://slot-gacor88.vip/".to_owned(), Kind::OnlySpam),
            120..=159 if self.malformed => {
                let which = self.below(6);
                let check = Self::check(&id);
                let line: Vec<u8> = match which {
                    0 => format!(r#"{{"id":"{id}","check":"{check}","text":"unterminated"#).into_bytes(),
                    1 => format!(r#"{{"id":"{id}","check":"{check}","text":{n}}}"#).into_bytes(),
                    2 => {
                        let mut l = format!(r#"{{"id":"{id}","check":"{check}","text":"caf"#).into_bytes();
                        l.extend_from_slice(b"\xe9 au lait\"}");
                        l
                    }
                    3 => format!(r#"{{"id":"{id}","check":"{check}"}}"#).into_bytes(),
                    4 => format!(r#"{{"id":"{id}","check":"{check}","text":" \n "}}"#).into_bytes(),
                    _ => format!(r#"["{id}","{check}"]"#).into_bytes(),
                };
                let reason =
                    ["invalid_json", "wrong_type", "invalid_utf8", "missing_text", "empty_text", "not_an_object"]
                        [which as usize];
                return (line, Kind::Malformed(reason));
            }
            _ => {
                let t = self.text();
                self.texts.push((n, t.clone()));
                (t, Kind::Original)
            }
        };
        let rec = serde_json::json!({
            "id": id,
            "check": Self::check(&id),
            "title": format!("Title of {id}"),
            "text": text,
            "n": n,
            "meta": {"id_again": id, "tags": ["a", "b"]},
        });
        (serde_json::to_vec(&rec).unwrap(), kind)
    }

    /// `count` lines as JSON Lines, with what each is.
    pub fn jsonl(&mut self, count: u64) -> (Vec<u8>, Vec<Kind>) {
        let mut out = Vec::new();
        let mut kinds = Vec::with_capacity(count as usize);
        for n in 1..=count {
            let (l, k) = self.line(n);
            out.extend_from_slice(&l);
            out.push(b'\n');
            kinds.push(k);
        }
        (out, kinds)
    }
}
