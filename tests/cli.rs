//! The command line: help, exit statuses, inputs and outputs.

use std::io::Write;

use crate::util::*;

#[test]
fn help_lists_the_commands() {
    let out = run_ok(gleaner().arg("--help"));
    let s = String::from_utf8(out.stdout).unwrap();
    for c in ["clean", "serve", "bench", "check-config"] {
        assert!(s.contains(c), "{s}");
    }
    let out = run_ok(gleaner().args(["clean", "--help"]));
    let s = String::from_utf8(out.stdout).unwrap();
    for f in ["--rejects", "--keep-duplicates", "--format", "--threads", "--state", "--max-record-bytes"] {
        assert!(s.contains(f), "{f} missing from clean --help");
    }
}

#[test]
fn usage_errors_exit_2() {
    let out = gleaner().args(["clean", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = gleaner().args(["clean", "--threads", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_input_exits_1_with_a_clear_message() {
    let out = gleaner().args(["clean", "/nonexistent/in.jsonl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot open input /nonexistent/in.jsonl"), "{err}");
}

#[test]
fn reads_stdin_and_keeps_fields_in_order() {
    let input = b"{\"z\":[1, 2],\"text\":\"Hello world, this is text.\",\"a\":{\"b\":null}}\n";
    let out = run_with_stdin(
        {
            let mut c = gleaner();
            c.args(["clean", "-q", "-"]);
            c
        },
        input,
    );
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.starts_with("{\"z\":[1, 2],\"text\":\"Hello world, this is text.\",\"a\":{\"b\":null},\"gleaner\":{"),
        "{s}"
    );
    let r = &json_lines(s.as_bytes())[0];
    assert_eq!(r["gleaner"]["verdict"], "kept");
}

#[test]
fn reads_gzip_and_zstd_by_magic_and_writes_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = b"{\"id\":1,\"text\":\"alpha beta gamma\"}\n{\"id\":2,\"text\":\"delta epsilon\"}\n";
    let gz = dir.path().join("a.data");
    let mut e = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap();
    let zst = dir.path().join("b.zst");
    std::fs::write(&zst, zstd::encode_all(&data[..], 3).unwrap()).unwrap();
    let out_file = dir.path().join("out.jsonl");
    let out = run_ok(gleaner().args(["clean", "-q", "--keep-duplicates", "-o"]).arg(&out_file).arg(&gz).arg(&zst));
    assert!(out.stdout.is_empty(), "stdout carries nothing with -o");
    let recs = json_lines(&std::fs::read(&out_file).unwrap());
    assert_eq!(recs.len(), 4);
    assert_eq!(recs[2]["gleaner"]["verdict"], "duplicate");
    assert_eq!(recs[2]["gleaner"]["duplicate_of"], 1);
    assert_eq!(recs[2]["gleaner"]["distance"], 0);
}

#[test]
fn custom_field_names() {
    let out = run_with_stdin(
        {
            let mut c = gleaner();
            c.args(["clean", "-q", "--text-field", "body", "--id-field", "key", "--keep-duplicates"]);
            c
        },
        b"{\"key\":\"k1\",\"body\":\"same words in both records here\"}\n{\"key\":\"k2\",\"body\":\"same words in both records here\"}\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = json_lines(&out.stdout);
    assert_eq!(recs[1]["gleaner"]["duplicate_of"], "k1");
}

#[test]
fn summary_line_goes_to_stderr_and_stdout_has_only_data() {
    let out = run_ok(gleaner().args(["clean"]).arg(fixture("seed.in.jsonl")));
    let err = String::from_utf8_lossy(&out.stderr);
    for k in [
        "read=1",
        "kept=1",
        "duplicates=0",
        "rejected=0",
        "urls_removed=1",
        "paragraphs_removed=2",
        "seconds=",
        "mb_per_s=",
    ] {
        assert!(err.contains(k), "{k} not in {err}");
    }
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn closed_stdout_pipe_exits_quietly() {
    use std::process::Stdio;
    let mut child = gleaner()
        .args(["clean", "-q", "--keep-duplicates"])
        .arg(fixture("indosum/articles.jsonl.gz"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn bench_prints_the_full_run_beside_the_floor_and_each_stage_share() {
    let out = run_ok(gleaner().args(["bench", "--docs", "400", "--runs", "1", "-j", "1", "--json"]));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (full, floor) = (&v["full"], &v["floor"]);
    assert_eq!(full["kept"].as_u64().unwrap() + full["duplicates"].as_u64().unwrap(), 400, "{v}");
    assert!(full["duplicates"].as_u64().unwrap() > 0, "{v}");
    // The floor only parses and serialises: everything is kept, nothing is cleaned.
    assert_eq!(floor["kept"], 400, "{v}");
    assert_eq!(floor["urls_removed"], 0, "{v}");
    assert!(full["urls_removed"].as_u64().unwrap() > 0, "{v}");
    let ratio = v["full_to_floor"].as_f64().unwrap();
    assert!(ratio > 0.0 && ratio.is_finite(), "{v}");
    let shares = v["stage_shares"].as_object().unwrap();
    for s in ["parse", "urls", "tokenize", "fingerprint", "repeats", "decide+index", "render+serialize"] {
        let x = shares[s].as_f64().unwrap();
        assert!(x > 0.0 && x < 1.0, "{s}: {v}");
    }
    let sum: f64 = shares.values().map(|x| x.as_f64().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-6, "{v}");
    assert!(v["peak_rss_bytes"].as_u64().unwrap() > 0, "{v}");

    // The human-readable form names the same figures.
    let out = run_ok(gleaner().args(["bench", "--docs", "200", "--runs", "1", "-j", "2"]));
    let s = String::from_utf8(out.stdout).unwrap();
    for want in ["full pipeline", "floor (--stages none)", "of the floor", "stage shares", "peak RSS"] {
        assert!(s.contains(want), "{want}: {s}");
    }
}
