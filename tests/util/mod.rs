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
