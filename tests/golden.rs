//! The seed article (case #1): the spam-injected page this project started from.
//! Expected: the title plus paragraphs 3, 4, 5, 6, 8, 9, 10, 11, 12 of the original, byte for
//! byte, with one removed URL and two removed paragraphs explained.

use crate::util::*;

#[test]
fn seed_as_text_keeps_exactly_the_clean_paragraphs() {
    let out = run_ok(gleaner().args(["clean", "-q", "--format", "text"]).arg(fixture("seed.txt")));
    let expected = std::fs::read_to_string(fixture("seed.out.txt")).unwrap();
    eqnice!(expected, String::from_utf8(out.stdout).unwrap());
}

#[test]
fn seed_as_text_to_jsonl_explains_the_removals() {
    let out = run_ok(
        gleaner().args(["clean", "-q", "--format", "text", "--output-format", "jsonl"]).arg(fixture("seed.txt")),
    );
    let recs = json_lines(&out.stdout);
    assert_eq!(recs.len(), 1);
    check_seed_explanation(&recs[0]);
}

fn check_seed_explanation(r: &serde_json::Value) {
    let g = &r["gleaner"];
    assert_eq!(g["verdict"], "kept");
    let urls = g["removed_urls"].as_array().unwrap();
    assert_eq!(urls.len(), 1, "{g}");
    assert_eq!(urls[0]["url"], "https://esports-indonesia.com/");
    let paras = g["removed_paragraphs"].as_array().unwrap();
    assert_eq!(paras.len(), 2, "{g}");
    // Paragraph 2 of the file is index 0 of the body: the spun copy of paragraph 6 (index 4)
    // that carried the link. Paragraph 7 (index 5) echoes the title.
    assert_eq!(paras[0], serde_json::json!({"index": 0, "reason": "spam_carrier", "of": 4}));
    assert_eq!(paras[1], serde_json::json!({"index": 5, "reason": "title_echo", "of": null}));
    assert_eq!(g["simhash"].as_str().unwrap().len(), 16);
}

#[test]
fn seed_as_jsonl_record() {
    let out = run_ok(gleaner().args(["clean", "-q"]).arg(fixture("seed.in.jsonl")));
    let recs = json_lines(&out.stdout);
    assert_eq!(recs.len(), 1);
    let expected = std::fs::read_to_string(fixture("seed.out-text.txt")).unwrap();
    eqnice!(expected, recs[0]["text"].as_str().unwrap().to_owned());
    check_seed_explanation(&recs[0]);
    golden("seed.out.jsonl", &out.stdout);
}

#[test]
fn cleaning_the_clean_seed_changes_nothing() {
    let out = run_ok(gleaner().args(["clean", "-q"]).arg(fixture("seed.in.jsonl")));
    let again = run_with_stdin(
        {
            let mut c = gleaner();
            c.args(["clean", "-q"]);
            c
        },
        &out.stdout,
    );
    assert!(again.status.success());
    let a = json_lines(&out.stdout);
    let b = json_lines(&again.stdout);
    assert_eq!(a[0]["text"], b[0]["text"]);
    assert_eq!(b[0]["gleaner"]["removed_paragraphs"], serde_json::json!([]));
    assert_eq!(b[0]["gleaner"]["removed_urls"], serde_json::json!([]));
}

/// The seed with a classifier that lets its link through (threshold out of reach): the spun
/// copy that holds the kept link is the repeat that goes, and the original paragraph stays.
#[test]
fn a_missed_link_does_not_keep_its_spun_copy_over_the_original() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.toml"), "[urls]\nthreshold = 50.0\n").unwrap();
    let out = run_ok(
        gleaner().args(["clean", "-q", "--config"]).arg(dir.path().join("c.toml")).arg(fixture("seed.in.jsonl")),
    );
    let g = &json_lines(&out.stdout)[0]["gleaner"];
    assert!(g["removed_urls"].as_array().is_none_or(|u| u.is_empty()), "{g}");
    let paras = g["removed_paragraphs"].as_array().unwrap();
    assert_eq!(paras[0], serde_json::json!({"index": 0, "reason": "near_repeat", "of": 4}), "{g}");
}
