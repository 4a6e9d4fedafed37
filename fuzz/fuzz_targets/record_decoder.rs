//! The record decoder on any bytes: it never panics; a rejected line becomes a reject line
//! that is JSON; an accepted one is written back as a record that decodes again to the same
//! fields, in the same order, with the same text.
#![no_main]

use gleaner::record::{Explanation, FieldNames, LinePos, Reject, Verdict, parse_record, write_record};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let names = FieldNames::default();
    let pos = LinePos { input: 0, line: 1 };
    match parse_record(data, &names, pos) {
        Err(e) => {
            assert!(!e.reason().is_empty());
            let mut out = Vec::new();
            Reject::new(1, "-", &e, data).write(&mut out);
            let v: serde_json::Value = serde_json::from_slice(&out).expect("a reject line is JSON");
            assert!(v["raw"].as_str().expect("raw is a string").len() <= gleaner::record::REJECT_RAW_MAX);
        }
        Ok(rec) => {
            assert!(!rec.text.trim().is_empty());
            let exp = Explanation {
                verdict: Verdict::Kept,
                simhash: "0000000000000000".into(),
                duplicate_of: None,
                distance: None,
                similarity: None,
                removed_urls: vec![],
                removed_paragraphs: vec![],
                urls: None,
            };
            let mut out = Vec::new();
            let fields = rec.fields.iter().map(|(k, v)| (k.as_ref(), v.get()));
            write_record(&mut out, fields, &names.text, &rec.text, &exp);
            assert_eq!(out.last(), Some(&b'\n'));
            assert!(!out[..out.len() - 1].iter().any(|b| *b == b'\n' || *b == b'\r'), "one record, one line");
            serde_json::from_slice::<serde::de::IgnoredAny>(&out).expect("the output is JSON");
            let again = parse_record(&out[..out.len() - 1], &names, pos).expect("the output decodes again");
            assert_eq!(again.text, rec.text);
            let keys = |r: &gleaner::record::Record<'_>| -> Vec<String> {
                r.fields.iter().map(|(k, _)| k.to_string()).filter(|k| k != "gleaner").collect()
            };
            assert_eq!(keys(&again), keys(&rec));
            for ((k, v), (k2, v2)) in rec.fields.iter().filter(|(k, _)| k != "gleaner").zip(&again.fields) {
                assert_eq!(k, k2);
                if *k != names.text {
                    // Byte for byte, but for line breaks between tokens, written as spaces.
                    let same = v.get().replace(['\n', '\r'], " ");
                    assert_eq!(same, v2.get(), "field {k} passes through byte for byte");
                }
            }
        }
    }
});
