//! `--state DIR`: the index and statistics survive a restart (issue #4), and a damaged snapshot
//! stops the run with a clear message instead of being replaced by an empty index.

use std::io::Write;

use crate::util::*;

fn originals(n: usize) -> Vec<serde_json::Value> {
    read_jsonl(&fixture("indosum/articles.jsonl.gz"))
        .into_iter()
        .filter(|r| !r["id"].as_str().unwrap().contains('#'))
        .take(n)
        .collect()
}

fn write_jsonl(path: &std::path::Path, recs: &[serde_json::Value]) {
    let mut f = std::fs::File::create(path).unwrap();
    for r in recs {
        writeln!(f, "{}", serde_json::to_string(r).unwrap()).unwrap();
    }
}

#[test]
fn a_second_run_with_the_same_state_finds_the_first_runs_records() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let first = originals(60);
    let run1 = dir.path().join("run1.jsonl");
    write_jsonl(&run1, &first);
    let out = run_ok(gleaner().args(["clean", "-q", "--state"]).arg(&state).arg(&run1));
    assert_eq!(json_lines(&out.stdout).len(), 60, "run 1 keeps everything");
    assert!(state.join("snapshot.bin").exists());

    // Run 2: exact copies under new ids, and copies with their last paragraph dropped.
    let mut second = Vec::new();
    for (i, r) in first.iter().enumerate() {
        let mut c = r.clone();
        c["id"] = serde_json::json!(format!("copy-{i}"));
        if i % 2 == 1 {
            let text = r["text"].as_str().unwrap();
            let cut = text.rfind("\n\n").unwrap_or(text.len());
            c["text"] = serde_json::json!(&text[..cut]);
        }
        second.push(c);
    }
    let run2 = dir.path().join("run2.jsonl");
    write_jsonl(&run2, &second);
    let rejects = dir.path().join("rejects.jsonl");
    run_ok(gleaner().args(["clean", "-q", "--state"]).arg(&state).arg("--rejects").arg(&rejects).arg(&run2));
    let rej = json_lines(&std::fs::read(&rejects).unwrap());

    // The same records in one run without a restart: the restart must change nothing.
    let rejects_once = dir.path().join("rejects-once.jsonl");
    run_ok(gleaner().args(["clean", "-q", "--rejects"]).arg(&rejects_once).arg(&run1).arg(&run2));
    let once = json_lines(&std::fs::read(&rejects_once).unwrap());
    let verdicts = |v: &[serde_json::Value]| -> Vec<String> {
        v.iter()
            .map(|r| {
                format!(
                    "{} {} {} {}",
                    r["id"], r["gleaner"]["duplicate_of"], r["gleaner"]["distance"], r["gleaner"]["simhash"]
                )
            })
            .collect()
    };
    assert_eq!(verdicts(&rej), verdicts(&once), "a restart with --state finds what one run finds");

    let exact_found = rej.iter().filter(|r| r["gleaner"]["distance"] == 0).count();
    assert_eq!(exact_found, 30, "every exact copy is found across the restart");
    assert!(rej.len() >= 45, "near copies found across the restart: {} of 60", rej.len());
    for r in &rej {
        let i: usize = r["id"].as_str().unwrap().trim_start_matches("copy-").parse().unwrap();
        assert_eq!(r["gleaner"]["duplicate_of"], first[i]["id"], "{r}");
    }
}

#[test]
fn a_truncated_snapshot_stops_the_run_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let input = dir.path().join("in.jsonl");
    write_jsonl(&input, &originals(20));
    run_ok(gleaner().args(["clean", "-q", "--state"]).arg(&state).arg(&input));
    let snap = state.join("snapshot.bin");
    let bytes = std::fs::read(&snap).unwrap();
    std::fs::write(&snap, &bytes[..bytes.len() / 2]).unwrap();
    let out = gleaner().args(["clean", "-q", "--state"]).arg(&state).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("snapshot.bin"), "{err}");
    assert!(err.contains("checksum") || err.contains("truncated"), "{err}");
    assert!(out.stdout.is_empty(), "nothing is processed on a damaged state");
}
