//! The shipped configuration documents every key at its default.

use gleaner::Config;

use crate::util::*;

#[test]
fn shipped_config_equals_the_defaults() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/gleaner.toml");
    let c = Config::load(&path).unwrap();
    let d = Config { base_dir: c.base_dir.clone(), ..Config::default() };
    assert_eq!(c, d);
    // And it names every key: the file parses into the same tree as the serialised default.
    let text = std::fs::read_to_string(&path).unwrap();
    let file: toml::Value = toml::from_str(&text).unwrap();
    let full: toml::Value = toml::from_str(&Config::default().to_toml()).unwrap();
    assert_eq!(file, full, "config/gleaner.toml must list every key");
}

#[test]
fn check_config_reports_every_problem_with_its_key_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(&p, "[neardup]\nk = 12\nconfirm_jaccard = 2.0\n").unwrap();
    let out = gleaner().arg("check-config").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("neardup.k") && err.contains("neardup.confirm_jaccard"), "{err}");
    std::fs::write(&p, "[neardup]\nkay = 3\n").unwrap();
    let out = gleaner().arg("check-config").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("kay"));
}

#[test]
fn check_config_prints_the_resolved_config() {
    let out = run_ok(gleaner().arg("check-config"));
    let printed: Config = toml::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(printed, Config::default());
}

#[test]
fn lists_resolve_relative_to_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mine.txt"), "# my lexicon\n1.0 zorblax\n").unwrap();
    std::fs::write(dir.path().join("c.toml"), "[urls]\nlexicons = [\"mine.txt\"]\n").unwrap();
    let out = run_with_stdin(
        {
            let mut c = gleaner();
            c.args(["clean", "-q", "--config"]).arg(dir.path().join("c.toml"));
            c
        },
        b"{\"text\":\"visit <a href=\\\"https://zorblax.example.org/x\\\">here</a> today\"}\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r = &json_lines(&out.stdout)[0];
    assert_eq!(r["gleaner"]["removed_urls"][0]["reason"], "lexicon_host", "{r}");
}
