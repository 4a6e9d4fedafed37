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
