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
    let kept_ids: Vec<&str> = kept.iter().map(|r| r["id"].as_str().unwrap_or("<no id>")).collect();
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

// ---------------------------------------------------------------------------------------------
// The bad-input corpus of issue 7: tests/fixtures/malformed/, expected outcomes in
// expected.json, big kinds generated here.

const AFTER: &[u8] =
    br#"{"id": "after", "text": "The last record of the file, after the bad input, is still processed."}"#;

/// Writes the input of a generated kind into `dir`; returns the input paths.
fn generate(kind: &str, dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    use std::io::Write;
    let after = dir.join("after.jsonl");
    std::fs::write(&after, [AFTER, b"\n"].concat()).unwrap();
    let main = dir.join(kind);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&main).unwrap());
    // Writes `pre`, then `unit` until `total` bytes, then `post`, into any writer.
    fn fill(w: &mut dyn Write, pre: &[u8], unit: &[u8], total: usize, post: &[u8]) {
        w.write_all(pre).unwrap();
        let chunk = unit.repeat((1 << 20) / unit.len());
        let mut left = total;
        while left > 0 {
            let n = left.min(chunk.len());
            w.write_all(&chunk[..n]).unwrap();
            left -= n;
        }
        w.write_all(post).unwrap();
    }
    let rec = |id: &str, text: &str| serde_json::to_vec(&serde_json::json!({"id": id, "text": text})).unwrap();
    match kind {
        "huge_line" => {
            fill(&mut f, br#"{"id":"huge","text":""#, b"a", 100 << 20, b"\"}\n");
            f.write_all(AFTER).unwrap();
            f.write_all(b"\n").unwrap();
        }
        "gzip_bomb" => {
            let mut e = flate2::write::GzEncoder::new(&mut f, flate2::Compression::best());
            fill(&mut e, br#"{"id":"bomb","text":""#, b"a", 256 << 20, b"\"}\n");
            e.finish().unwrap();
        }
        "zstd_bomb" => {
            let mut e = zstd::stream::write::Encoder::new(&mut f, 19).unwrap();
            fill(&mut e, br#"{"id":"bomb","text":""#, b"a", 256 << 20, b"\"}\n");
            e.finish().unwrap();
        }
        "paragraphs_50k" => {
            let text: Vec<String> = (0..50_000)
                .map(|i| format!("Paragraph {i} says something of its own about topic {} today.", i * 7919 % 100_003))
                .collect();
            f.write_all(&rec("paragraphs", &text.join("\n"))).unwrap();
            f.write_all(b"\n").unwrap();
            f.write_all(AFTER).unwrap();
            f.write_all(b"\n").unwrap();
        }
        "url_100kb" => {
            let path = "b".repeat(100_000);
            f.write_all(&rec("long-plain-url", &format!("See https://example.com/{path} for more."))).unwrap();
            f.write_all(b"\n").unwrap();
            f.write_all(&rec("long-spam-url", &format!("Promo at https://slot-gacor88.vip/{path} today only.")))
                .unwrap();
            f.write_all(b"\n").unwrap();
            f.write_all(AFTER).unwrap();
            f.write_all(b"\n").unwrap();
        }
        "url_tokens_100k" => {
            let domains: Vec<String> = (0..100_000).map(|i| format!("site{i}.com/p{i}")).collect();
            f.write_all(&rec("domains", &domains.join(" "))).unwrap();
            f.write_all(b"\n").unwrap();
            for (id, unit) in
                [("schemes", "http://"), ("markdown", "[x](a"), ("anchors", "<a href=\""), ("obfuscated", "hxxp[:]//")]
            {
                f.write_all(&rec(id, &unit.repeat(100_000))).unwrap();
                f.write_all(b"\n").unwrap();
            }
            f.write_all(AFTER).unwrap();
            f.write_all(b"\n").unwrap();
        }
        other => panic!("unknown generated kind {other}"),
    }
    f.flush().unwrap();
    drop(f);
    if kind.ends_with("_bomb") { vec![main, after] } else { vec![main] }
}

/// Runs `gleaner clean` on `inputs` and returns (status, output, rejects, stderr, max RSS in KB).
fn clean_measured(
    args: &[String],
    inputs: &[std::path::PathBuf],
    dir: &std::path::Path,
) -> (std::process::ExitStatus, Vec<u8>, Vec<u8>, String, u64) {
    let (o, r, e) = (dir.join("out"), dir.join("rej"), dir.join("err"));
    let mut child = gleaner()
        .args(["clean", "--no-progress", "--threads", "2", "-o"])
        .arg(&o)
        .arg("--rejects")
        .arg(&r)
        .args(args)
        .args(inputs)
        .stderr(std::fs::File::create(&e).unwrap())
        .spawn()
        .unwrap();
    // The peak RSS of the child's own address space (VmHWM), sampled until it exits. Not
    // wait4's ru_maxrss: a child spawned with vfork carries the test process's RSS at exec
    // into its maxrss, and the test process holds other tests' buffers.
    let status_file = format!("/proc/{}/status", child.id());
    let mut rss_kb = 0;
    let status = loop {
        if let Some(kb) = std::fs::read_to_string(&status_file).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        }) {
            rss_kb = rss_kb.max(kb);
        }
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    (status, std::fs::read(&o).unwrap(), std::fs::read(&r).unwrap(), std::fs::read_to_string(&e).unwrap(), rss_kb)
}

fn check_kind(k: &serde_json::Value) {
    let name = k["kind"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let inputs: Vec<std::path::PathBuf> = match k.get("generate") {
        Some(g) => generate(g.as_str().unwrap(), dir.path()),
        None => k["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fixture(&format!("malformed/{}", p.as_str().unwrap())))
            .collect(),
    };
    let args: Vec<String> = k
        .get("args")
        .map_or(vec![], |a| a.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect());
    let started = std::time::Instant::now();
    let (status, out, rej, stderr, rss_kb) = clean_measured(&args, &inputs, dir.path());
    let took = started.elapsed();
    assert!(status.success(), "{name}: {status}\n{stderr}");
    if let Some(s) = k.get("max_seconds") {
        assert!(took.as_secs_f64() < s.as_f64().unwrap(), "{name}: took {took:?}");
    }
    if let Some(m) = k.get("max_rss_mb") {
        assert!(rss_kb < m.as_u64().unwrap() * 1024, "{name}: peak memory {} MB", rss_kb / 1024);
    }
    let out_raw: Vec<&[u8]> = out.split(|b| *b == b'\n').filter(|l| !l.is_empty()).collect();
    let kept = json_lines(&out);
    let rejects = json_lines(&rej);
    let s = summary(stderr.as_bytes());
    assert_eq!(s["read"], (kept.len() + rejects.len()) as u64, "{name}: read = emitted + rejected");
    assert_eq!(s["rejected"], rejects.len() as u64, "{name}");
    for r in &kept {
        assert_eq!(r["gleaner"]["verdict"], "kept", "{name}: {r}");
    }

    let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let kept_ids: Vec<&str> = kept.iter().map(|r| r["id"].as_str().unwrap_or("<no id>")).collect();
    let mut want_kept: Vec<String> = Vec::new();
    if let Some(range) = k.get("kept_ids") {
        let p = range["prefix"].as_str().unwrap();
        want_kept.extend((range["from"].as_u64().unwrap()..=range["to"].as_u64().unwrap()).map(|i| format!("{p}{i}")));
    }
    let mut expected_lines = want_kept.len();
    for e in k["expect"].as_array().unwrap() {
        expected_lines += 1;
        let input = e.get("input").map_or(0, |i| i.as_u64().unwrap() as usize);
        let line = e["line"].as_u64().unwrap();
        if let Some(reason) = e.get("reason") {
            let r = rejects
                .iter()
                .find(|r| r["line"] == line && r["input"] == names[input].as_str() && r.get("reason").is_some())
                .unwrap_or_else(|| panic!("{name}: no reject for input {input} line {line}: {rejects:#?}"));
            assert_eq!(&r["reason"], reason, "{name}: {r}");
            assert!(!r["error"].as_str().unwrap().is_empty());
            assert!(r["raw"].as_str().unwrap().len() <= 4096, "{name}: raw is cut at 4 KiB");
            if let Some(c) = e.get("error_contains") {
                assert!(r["error"].as_str().unwrap().contains(c.as_str().unwrap()), "{name}: {r}");
            }
        } else if let Some(id) = e.get("kept") {
            let id = id.as_str().unwrap();
            want_kept.push(id.to_owned());
            let (i, r) =
                kept.iter().enumerate().find(|(_, r)| r["id"] == id).unwrap_or_else(|| panic!("{name}: {id} not kept"));
            if let Some(t) = e.get("text") {
                assert_eq!(&r["text"], t, "{name}: {id}");
            }
            if let Some(u) = e.get("removed_url") {
                assert!(r["gleaner"]["removed_urls"].as_array().unwrap().contains(u), "{name}: {id}: {}", r["gleaner"]);
            }
            if let Some(c) = e.get("raw_contains") {
                assert!(String::from_utf8_lossy(out_raw[i]).contains(c.as_str().unwrap()), "{name}: {id}");
            }
        } else {
            let id = e["id"].as_str().unwrap();
            let r = rejects.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{name}: {id} not in the rejects"));
            assert_eq!(r["gleaner"]["verdict"], e["verdict"], "{name}: {r}");
            if let Some(u) = e.get("removed_url") {
                assert!(r["gleaner"]["removed_urls"].as_array().unwrap().contains(u), "{name}: {id}: {}", r["gleaner"]);
            }
        }
    }
    if let Some(reason) = k.get("last_reject_of_input_0") {
        let last = rejects.iter().rfind(|r| r["input"] == names[0].as_str()).unwrap();
        assert_eq!(&last["reason"], reason, "{name}: {last}");
        assert!(kept_ids.contains(&"after"), "{name}");
    } else {
        // Every line is accounted for by the manifest, and the output is in input order.
        assert_eq!(s["read"] as usize, expected_lines, "{name}: lines read");
        assert_eq!(kept_ids, want_kept, "{name}: records out, in order");
    }
    // Every output line names one gleaner key, even when the input had one.
    for l in &out_raw {
        assert_eq!(String::from_utf8_lossy(l).matches("\"gleaner\":").count(), 1, "{name}");
    }
}

#[test]
fn the_bad_input_corpus_has_at_least_25_kinds_each_with_its_expected_outcome() {
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("malformed/expected.json")).unwrap()).unwrap();
    let kinds = manifest["kinds"].as_array().unwrap();
    assert!(kinds.len() >= 25, "{} kinds", kinds.len());
    // Every committed file of the corpus is in the manifest.
    let listed: Vec<&str> = kinds
        .iter()
        .filter_map(|k| k.get("inputs"))
        .flat_map(|i| i.as_array().unwrap())
        .map(|p| p.as_str().unwrap())
        .collect();
    for f in std::fs::read_dir(fixture("malformed")).unwrap() {
        let n = f.unwrap().file_name().into_string().unwrap();
        if n.contains(".jsonl") {
            assert!(listed.contains(&n.as_str()), "{n} is not in expected.json");
        }
    }
    for k in kinds {
        check_kind(k);
    }
}

#[test]
fn all_committed_bad_inputs_in_one_run_add_up() {
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("malformed/expected.json")).unwrap()).unwrap();
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for k in manifest["kinds"].as_array().unwrap().iter().filter_map(|k| k.get("inputs")) {
        for p in k.as_array().unwrap() {
            let p = fixture(&format!("malformed/{}", p.as_str().unwrap()));
            if !files.contains(&p) {
                files.push(p);
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let (status, out, rej, stderr, _) = clean_measured(&[], &files, dir.path());
    assert!(status.success(), "{stderr}");
    let s = summary(stderr.as_bytes());
    let (o, r) = (json_lines(&out).len() as u64, json_lines(&rej).len() as u64);
    assert_eq!(s["read"], o + r, "{s:?}");
    assert_eq!(s["read"], s["kept"] + s["duplicates"] + s["empty"] + s["malformed"], "{s:?}");
    assert!(s["read"] > 300, "{s:?}");
}
