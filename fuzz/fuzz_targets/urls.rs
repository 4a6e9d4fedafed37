//! URL finding and removal on any text: the link scanner's spans are sound (checked inside
//! `probe::check_links`), and the whole engine, on a record holding the text, never panics,
//! writes JSON that decodes again and removes only characters (the cleaned text is the input
//! with characters deleted).
#![no_main]

use std::sync::OnceLock;

use gleaner::record::{FieldNames, LinePos, parse_record};
use gleaner::{Engine, RenderOptions};
use libfuzzer_sys::fuzz_target;

fn engine() -> Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| gleaner::Config::default().build().expect("the default config builds")).clone()
}

fn clean(text: &str) -> (Option<gleaner::Verdict>, serde_json::Value) {
    let rec = serde_json::json!({"id": "f", "url": "https://www.example.co.id/news/1", "title": "Judul berita", "text": text});
    let line = serde_json::to_vec(&rec).unwrap();
    let out = engine().process_line(&line, LinePos { input: 0, line: 1 }, "-", RenderOptions::default());
    let body = &out.line[..out.line.len() - 1];
    match out.verdict {
        // Nothing left: the text is empty, which is no record to decode again.
        Some(gleaner::Verdict::Empty) => {}
        Some(_) => {
            parse_record(body, &FieldNames::default(), LinePos::default()).expect("the output decodes again");
        }
        None => {}
    }
    (out.verdict, serde_json::from_slice(body).expect("the output is JSON"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    gleaner::probe::check_links(text);
    let (verdict, out) = clean(text);
    if text.trim().is_empty() {
        assert_eq!(verdict, None);
        return;
    }
    let cleaned = out["text"].as_str().expect("a cleaned text");
    let mut rest = text.chars();
    assert!(cleaned.chars().all(|c| rest.any(|d| d == c)), "the cleaned text is the input with characters deleted");
    // Idempotence (cleaning the cleaned text changes nothing) is checked by the property tests;
    // two ways it still fails on fuzzed text are open, see fuzz/findings/README.md, so it is
    // not asserted here.
});
