//! Signals during `gleaner clean` (issue 7): SIGTERM and SIGINT stop the run within 5 seconds
//! with everything in hand written, the snapshot saved at the position of the last record
//! written, and a rerun on the rest with the same `--state` gives, with the first part, the
//! bytes of one uninterrupted run. SIGKILL leaves the previous snapshot loadable.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::util::*;

/// Records in the large input: enough that a run lasts several seconds.
const RECORDS: u64 = 100_000;

struct Big {
    _dir: tempfile::TempDir,
    input: PathBuf,
    lines: Vec<Vec<u8>>,
    /// Output and rejects of one uninterrupted run.
    out: Vec<u8>,
    rejects: Vec<u8>,
}

/// The large input and its uninterrupted run, made once for all tests of this module.
fn big() -> &'static Big {
    static BIG: OnceLock<Big> = OnceLock::new();
    BIG.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("big.jsonl");
        let (bytes, _) = Generator::new(0x51_9a15, false).jsonl(RECORDS);
        std::fs::write(&input, &bytes).unwrap();
        let lines = bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(<[u8]>::to_vec).collect();
        let (o, r) = (dir.path().join("full.out"), dir.path().join("full.rej"));
        let state = dir.path().join("full-state");
        run_ok(clean_cmd(&state, &o, &r).arg(&input));
        let (out, rejects) = (std::fs::read(&o).unwrap(), std::fs::read(&r).unwrap());
        Big { _dir: dir, input, lines, out, rejects }
    })
}

fn clean_cmd(state: &Path, out: &Path, rejects: &Path) -> std::process::Command {
    let mut c = gleaner();
    c.args(["clean", "--no-progress", "--threads", "2", "--state"])
        .arg(state)
        .arg("-o")
        .arg(out)
        .arg("--rejects")
        .arg(rejects);
    c
}

fn kill(child: &Child, signal: &str) {
    let st = std::process::Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status().unwrap();
    assert!(st.success(), "kill -{signal} failed");
}

/// Waits until `path` holds at least `bytes` bytes (the run is well under way).
fn wait_for_output(child: &mut Child, path: &Path, bytes: u64) {
    let start = Instant::now();
    loop {
        if std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) >= bytes {
            return;
        }
        if let Some(st) = child.try_wait().unwrap() {
            panic!("gleaner ended ({st}) before it could be signalled: make the input larger");
        }
        assert!(start.elapsed() < Duration::from_secs(120), "no output after 2 minutes");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn wait_at_most(child: &mut Child, limit: Duration) -> (ExitStatus, Duration) {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return (st, start.elapsed());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("gleaner did not exit within {limit:?} of the signal");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn count_lines(b: &[u8]) -> u64 {
    b.split(|c| *c == b'\n').filter(|l| !l.is_empty()).count() as u64
}

/// After an interrupted run in `dir`: checks what it wrote against its summary and snapshot,
/// reruns on the rest with the same state, and compares the whole with the uninterrupted run.
fn check_resume(dir: &Path, stderr: &str, input_name: &str) {
    let big = big();
    let (out1, rej1) = (std::fs::read(dir.join("1.out")).unwrap(), std::fs::read(dir.join("1.rej")).unwrap());
    let read = summary(stderr.as_bytes())["read"];
    assert!(read > 0 && read < RECORDS, "read={read}: the signal came mid-run");
    assert_eq!(count_lines(&out1) + count_lines(&rej1), read, "output + rejects = records read");
    assert!(stderr.contains("Stopped after this line"), "{stderr}");
    assert!(stderr.contains(&format!("line={read}")), "stopping position is the last record written: {stderr}");

    // The snapshot holds the position of the last record written.
    let mut engine = gleaner::Config::default().build().unwrap();
    let loaded = gleaner::state::load(&dir.join("state"), &mut engine).unwrap().expect("a snapshot was saved");
    assert_eq!(loaded.position.input, input_name);
    assert_eq!(loaded.position.line, read);
    assert_eq!(loaded.position.records, read);
    assert!(loaded.warnings.is_empty());

    // Rerun on the rest with the same state.
    let rest = dir.join("rest.jsonl");
    let mut f = std::fs::File::create(&rest).unwrap();
    for l in &big.lines[read as usize..] {
        f.write_all(l).unwrap();
        f.write_all(b"\n").unwrap();
    }
    drop(f);
    let (o2, r2) = (dir.join("2.out"), dir.join("2.rej"));
    let run2 = run_ok(clean_cmd(&dir.join("state"), &o2, &r2).arg(&rest));
    let s2 = summary(&run2.stderr);
    assert_eq!(s2["read"], RECORDS - read);
    assert_eq!(s2["read"], s2["kept"] + s2["duplicates"] + s2["empty"] + s2["malformed"], "{s2:?}");
    let mut out = out1;
    out.extend(std::fs::read(&o2).unwrap());
    let mut rej = rej1;
    rej.extend(std::fs::read(&r2).unwrap());
    assert!(out == big.out, "interrupted + resumed output differs from one uninterrupted run");
    assert!(rej == big.rejects, "interrupted + resumed rejects differ from one uninterrupted run");
}

#[test]
fn sigterm_on_a_file_stops_within_5s_saves_state_and_resumes_to_the_same_bytes() {
    let big = big();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let stderr_path = d.join("stderr");
    let mut child = clean_cmd(&d.join("state"), &d.join("1.out"), &d.join("1.rej"))
        .arg(&big.input)
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    wait_for_output(&mut child, &d.join("1.out"), 1 << 20);
    kill(&child, "TERM");
    let (st, took) = wait_at_most(&mut child, Duration::from_secs(5));
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    assert_eq!(st.code(), Some(143), "{stderr}");
    assert!(took < Duration::from_secs(5));
    check_resume(d, &stderr, &big.input.display().to_string());
}

#[test]
fn sigint_on_slow_stdin_stops_within_5s_saves_state_and_resumes_to_the_same_bytes() {
    let big = big();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let stderr_path = d.join("stderr");
    let mut child = clean_cmd(&d.join("state"), &d.join("1.out"), &d.join("1.rej"))
        .arg("-")
        .stdin(Stdio::piped())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    // A slow producer: the reader thread is blocked on stdin most of the time.
    let mut stdin = child.stdin.take().unwrap();
    let lines = big.lines.clone();
    let writer = std::thread::spawn(move || {
        for chunk in lines.chunks(500) {
            let mut buf = Vec::new();
            for l in chunk {
                buf.extend_from_slice(l);
                buf.push(b'\n');
            }
            if stdin.write_all(&buf).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    });
    wait_for_output(&mut child, &d.join("1.out"), 1 << 20);
    kill(&child, "INT");
    let (st, took) = wait_at_most(&mut child, Duration::from_secs(5));
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    assert_eq!(st.code(), Some(130), "{stderr}");
    assert!(took < Duration::from_secs(5));
    writer.join().unwrap();
    check_resume(d, &stderr, "-");
}

#[test]
fn sigkill_leaves_the_previous_snapshot_loadable() {
    let big = big();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let state = d.join("state");
    // A first, complete run saves a snapshot at line 1000.
    let first = d.join("first.jsonl");
    let mut f = std::fs::File::create(&first).unwrap();
    for l in &big.lines[..1000] {
        f.write_all(l).unwrap();
        f.write_all(b"\n").unwrap();
    }
    drop(f);
    run_ok(clean_cmd(&state, &d.join("a.out"), &d.join("a.rej")).arg(&first));
    let snapshot = std::fs::read(state.join(gleaner::state::CURRENT)).unwrap();

    // Runs killed at different moments, up to and during the final save.
    let mut delays_ms = vec![0u64, 50, 300];
    let full_run = {
        let t = Instant::now();
        run_ok(clean_cmd(&d.join("timing-state"), &d.join("t.out"), &d.join("t.rej")).arg(&big.input));
        t.elapsed().as_millis() as u64
    };
    delays_ms.extend([full_run * 97 / 100, full_run * 101 / 100]);
    for ms in delays_ms {
        let mut child = clean_cmd(&state, &d.join("k.out"), &d.join("k.rej"))
            .arg(&big.input)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill(); // SIGKILL
        let st = child.wait().unwrap();
        let mut engine = gleaner::Config::default().build().unwrap();
        let loaded = gleaner::state::load(&state, &mut engine)
            .unwrap_or_else(|e| panic!("after SIGKILL at {ms} ms ({st}): {e}"))
            .expect("a snapshot is there");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        // Either the first run's snapshot, or (if the killed run got to finish its save) a
        // complete one of the whole input.
        let line = loaded.position.line;
        assert!(line == 1000 || line == RECORDS, "position {line} after SIGKILL at {ms} ms ({st})");
        if line == RECORDS {
            // Start again from the first run's state for the next attempt.
            std::fs::remove_dir_all(&state).unwrap();
            std::fs::create_dir_all(&state).unwrap();
            std::fs::write(state.join(gleaner::state::CURRENT), &snapshot).unwrap();
        }
        // And the binary carries on from it.
        let out = run_ok(
            clean_cmd(&state, &d.join("c.out"), &d.join("c.rej")).arg(&first).env("GLEANER_LOG", "gleaner=info"),
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("Loaded state"));
        // Put the first snapshot back (the check run saved a new one).
        std::fs::write(state.join(gleaner::state::CURRENT), &snapshot).unwrap();
        let _ = std::fs::remove_file(state.join(gleaner::state::PREVIOUS));
    }
}
