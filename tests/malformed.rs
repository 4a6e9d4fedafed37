//! Bad input is data: every malformed line becomes a reject with its line number and reason,
//! processing continues, and read = kept + duplicates + rejected.

use crate::util::*;

#[test]
fn every_bad_line_is_rejected_with_its_reason_and_every_good_line_comes_out() {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("malformed-mix.expected.json")).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let rejects = dir.path().join("rejects.jsonl");
    let out = run_ok(
        gleaner()
            .args(["clean", "-q", "--max-record-bytes", &expected["max_record_bytes"].to_string(), "--rejects"])
            .arg(&rejects)
            .arg(fixture("malformed-mix.jsonl")),
    );
    let kept = json_lines(&out.stdout);
    let rej = json_lines(&std::fs::read(&rejects).unwrap());
    let total_lines = std::fs::read(fixture("malformed-mix.jsonl")).unwrap().split(|b| *b == b'\n').count();
    assert_eq!(kept.len() + rej.len(), total_lines, "records in = records out + records rejected");

    let good: Vec<&str> = expected["good_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let kept_ids: Vec<&str> = kept.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(kept_ids, good, "every good line comes out, in order");

    let malformed: Vec<&serde_json::Value> = rej.iter().filter(|r| r.get("error").is_some()).collect();
    let want = expected["rejects"].as_array().unwrap();
    assert_eq!(malformed.len(), want.len(), "{malformed:#?}");
    for (got, want) in malformed.iter().zip(want) {
        assert_eq!(got["line"], want["line"], "{got}");
        assert_eq!(got["reason"], want["reason"], "{got}");
        assert_eq!(got["input"].as_str().unwrap(), fixture("malformed-mix.jsonl").display().to_string());
        assert!(!got["error"].as_str().unwrap().is_empty());
        assert!(got["raw"].as_str().unwrap().len() <= 4096);
    }
}

#[test]
fn strict_stops_at_the_first_bad_line() {
    let out = gleaner().args(["clean", "-q", "--strict"]).arg(fixture("malformed-mix.jsonl")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(":2:") && err.contains("invalid JSON"), "{err}");
    assert_eq!(json_lines(&out.stdout).len(), 1, "the good line before it was written");
}

#[test]
fn without_rejects_file_bad_lines_are_logged() {
    let out = run_with_stdin(
        {
            let mut c = gleaner();
            c.args(["clean"]);
            c
        },
        b"{\"text\":\"ok fine text\"}\n{oops\n",
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid_json"), "{err}");
    assert!(err.contains("rejected=1"), "{err}");
}
