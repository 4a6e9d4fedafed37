//! Regressions found by the reliability work of issue 7, each named `issue_7_…`, running the
//! real binary. (Unit tests next to each fix cover the functions themselves.)

use std::time::{Duration, Instant};

use crate::util::*;

fn clean_stdin(input: &[u8], extra: &[&str]) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    let rej = dir.path().join("rej.jsonl");
    let mut c = gleaner();
    c.args(["clean", "-q", "--rejects"]).arg(&rej).args(extra);
    let out = run_with_stdin(c, input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (json_lines(&out.stdout), json_lines(&std::fs::read(&rej).unwrap()))
}

/// A run of failed link candidates cost MAX_URL_BYTES each: `http://` x 140,000 (1 MB) took
/// 11 s, a 16 MiB record minutes. Each kind now takes well under a second per megabyte.
#[test]
fn issue_7_runs_of_failed_link_candidates_are_linear() {
    for unit in ["http://", "[x](a", "[](]", "<a href=\"", "hxxp[:]//", "<a x='\""] {
        let text = unit.repeat((2 << 20) / unit.len()) + " then https://slot-gacor88.vip/ here.";
        let rec = serde_json::to_vec(&serde_json::json!({"id": unit, "text": text})).unwrap();
        let t = Instant::now();
        let (out, rej) = clean_stdin(&[rec, b"\n".to_vec()].concat(), &[]);
        let took = t.elapsed();
        assert!(took < Duration::from_secs(10), "{unit:?} x 2 MB took {took:?}");
        let r = out.first().or(rej.first()).unwrap();
        assert_eq!(
            r["gleaner"]["removed_urls"][0]["url"], "https://slot-gacor88.vip/",
            "{unit:?}: the link after the run"
        );
    }
}

/// In an article that reports on gambling, every link of a paragraph built the paragraph's
/// text again to see whether it was a pitch line appended to the report: a paragraph of 4,000
/// domains among 1.2 MB of words took 89 s. The paragraph is now read once.
#[test]
fn links_of_a_long_paragraph_in_a_report_are_linear() {
    let head = "Polisi menangkap tersangka judi online dan memblokir situs judi slot ilegal. Kasus judi \
                online ditangani Polda.\n\n";
    let words = " kata".repeat(60);
    let para: String = (0..4000).map(|i| format!("situs{i}.com{words} ")).collect();
    let text = format!("{head}{para}\n\nPolisi terus memberantas judi online.");
    let rec = serde_json::to_vec(&serde_json::json!({
        "id": "report", "url": "https://news.example.com/a", "title": "Polisi blokir judi online", "text": text,
    }))
    .unwrap();
    let t = Instant::now();
    let (out, rej) = clean_stdin(&[rec, b"\n".to_vec()].concat(), &[]);
    let took = t.elapsed();
    assert!(took < Duration::from_secs(10), "a paragraph of 4,000 links in a report took {took:?}");
    assert_eq!(out.len() + rej.len(), 1);
}

/// Every link of a line read the whole line around it (word counts, sentence ends): a line of
/// 100,000 bare domains (the most links a text keeps is 4,096) took 11 s; and the pitch
/// sentence of each link is looked for within a window, not across the line. A line of
/// domains, and one of promotional sentences with links, both 2 MB.
#[test]
fn issue_7_links_on_one_long_line_are_linear() {
    let domains: Vec<String> = (0..100_000).map(|i| format!("site{i}.com/p{i}")).collect();
    let pitches: Vec<String> = (0..40_000).map(|i| format!("Daftar slot{i}gacor.com bonus jackpot.")).collect();
    for (id, text) in [("domains", domains.join(" ")), ("pitches", pitches.join(" "))] {
        let rec = serde_json::to_vec(&serde_json::json!({"id": id, "text": text})).unwrap();
        let t = Instant::now();
        let (out, rej) = clean_stdin(&[rec, b"\n".to_vec()].concat(), &[]);
        let took = t.elapsed();
        assert!(took < Duration::from_secs(10), "{id}: 2 MB on one line took {took:?}");
        assert_eq!(out.len() + rej.len(), 1);
    }
}

/// A 100 KB spam URL was removed up to its first 8 KB, leaving 92 KB of it in the text.
#[test]
fn issue_7_a_long_spam_url_is_removed_whole() {
    let url = format!("https://slot-gacor88.vip/{}", "a".repeat(100_000));
    let rec = serde_json::json!({"id": 1, "text": format!("Promo at {url} today only.")});
    let (out, _) = clean_stdin(format!("{rec}\n").as_bytes(), &[]);
    assert_eq!(out[0]["text"], "Promo at today only.");
    assert_eq!(out[0]["gleaner"]["removed_urls"][0]["url"], url.as_str());
}

/// A lone surrogate in the text was rejected as "wrong_type: must be a string, found a
/// string"; in any other field it was copied into an output line serde_json cannot read.
#[test]
fn issue_7_lone_surrogates_are_invalid_json() {
    let input = b"{\"id\":1,\"text\":\"a \\ud800 b\"}\n{\"id\":2,\"text\":\"ok text\",\"by\":\"\\udfff\"}\n{\"id\":3,\"text\":\"\\ud83d\\ude00 ok\"}\n";
    let (out, rej) = clean_stdin(input, &[]);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["text"], "\u{1F600} ok");
    let reasons: Vec<&str> = rej.iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["invalid_json", "invalid_json"]);
    assert!(rej[0]["error"].as_str().unwrap().contains("lone surrogate"), "{}", rej[0]);
}

/// A text of nothing but links that are kept (or only punctuation, or emoji) was rejected as
/// `empty` although cleaning had removed nothing.
#[test]
fn issue_7_a_text_cleaning_leaves_untouched_is_never_empty() {
    let input = "{\"id\":1,\"text\":\"https://www.bbc.co.uk/news https://en.wikipedia.org/wiki/Jakarta\"}\n\
                 {\"id\":2,\"text\":\"\u{1F600}\u{1F600}\"}\n{\"id\":3,\"text\":\"!!! ???\"}\n\
                 {\"id\":4,\"text\":\"https://slot-gacor88.vip/\"}\n";
    let (out, rej) = clean_stdin(input.as_bytes(), &[]);
    let ids: Vec<i64> = out.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 3], "nothing removed: kept, and not duplicates of each other");
    assert_eq!(rej.len(), 1);
    assert_eq!(rej[0]["gleaner"]["verdict"], "empty", "everything removed: empty");
}

/// A UTF-8 byte-order mark opening a JSONL file made its first record invalid JSON.
#[test]
fn issue_7_a_byte_order_mark_opening_an_input_is_ignored() {
    let (out, rej) = clean_stdin(b"\xef\xbb\xbf{\"id\":1,\"text\":\"first record here\"}\n", &[]);
    assert_eq!(out.len(), 1, "{rej:?}");
}

/// With `--state`, the summary added the earlier runs' kept, duplicates and removals to this
/// run's `read`, so its counts did not add up (`read=1 kept=283 duplicates=15`).
#[test]
fn issue_7_the_summary_counts_this_run_only_with_state() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    for _ in 0..2 {
        let out =
            run_ok(gleaner().args(["clean", "-o", "/dev/null", "--state"]).arg(&state).arg(fixture("seed.in.jsonl")));
        let s = summary(&out.stderr);
        assert_eq!((s["read"], s["kept"] + s["duplicates"] + s["empty"] + s["malformed"]), (1, 1), "{s:?}");
    }
}

/// An HTML anchor whose `href` or `</a>` ran over a line break made a link span two
/// paragraphs; analysing the record panicked, and the pipeline rejected it as an internal
/// error. Found by the `urls` fuzz target.
#[test]
fn issue_7_an_anchor_over_a_line_break_is_cleaned_not_rejected() {
    let text = "Berita hari ini <a href=\"https://slot-gacor88.vip/\">slot gacor\nhari ini</a> dan lainnya.\n\nParagraf kedua <a href=\"https://x.com/a\nb\">x</a> selesai.";
    let rec = serde_json::json!({"id": 1, "text": text});
    let (out, rej) = clean_stdin(format!("{rec}\n").as_bytes(), &[]);
    assert!(rej.is_empty(), "{rej:?}");
    assert_eq!(out[0]["gleaner"]["verdict"], "kept");
}

/// A CR between the tokens of a field's value was copied into the output, splitting the
/// record for readers that break lines on CR. Found by the `record_decoder` fuzz target.
#[test]
fn issue_7_a_cr_inside_a_value_does_not_split_the_output_line() {
    let (out, _) = clean_stdin(b"{\"id\":1,\"tags\":[\"a\",\r\"b\"],\"text\":\"some text here\"}\n", &[]);
    assert_eq!(out[0]["tags"], serde_json::json!(["a", "b"]));
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, b"{\"id\":1,\"tags\":[\"a\",\r\"b\"],\"text\":\"some text here\"}\n").unwrap();
    let raw = run_ok(gleaner().args(["clean", "-q"]).arg(&input)).stdout;
    assert_eq!(raw.iter().filter(|b| **b == b'\r' || **b == b'\n').count(), 1, "{}", String::from_utf8_lossy(&raw));
}

/// Records without a URL were pooled into one pseudo-site for boilerplate: a paragraph shared
/// by a few URL-less documents was then removed from every later one, so an exact copy of an
/// earlier record could come out cleaned differently, and kept. Found by the million-record
/// accounting oracle.
#[test]
fn issue_7_records_without_a_url_share_no_boilerplate() {
    let shared = "Baca juga berita terkini lainnya hanya di portal kami setiap hari ya.";
    let mut input = String::new();
    for i in 0..6 {
        let text = format!("Artikel nomor {i} membahas topik yang sama sekali berbeda dari yang lain.\n\n{shared}");
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let (out, rej) = clean_stdin(input.as_bytes(), &[]);
    assert!(rej.is_empty(), "{rej:?}");
    for r in &out {
        assert_eq!(r["gleaner"]["removed_paragraphs"], serde_json::json!([]), "{r}");
    }
    // With a URL, the same site's documents do share boilerplate.
    let mut input = String::new();
    for i in 0..6 {
        let text = format!("Artikel nomor {i} membahas topik yang sama sekali berbeda dari yang lain.\n\n{shared}");
        input.push_str(
            &serde_json::json!({"id": i, "url": format!("https://www.portal.co.id/{i}"), "text": text}).to_string(),
        );
        input.push('\n');
    }
    let (out, _) = clean_stdin(input.as_bytes(), &[]);
    assert_eq!(out[5]["gleaner"]["removed_paragraphs"][0]["reason"], "boilerplate", "{}", out[5]);
}

/// The pitch-sentence search sliced its paragraph from the link's end, which a link whose
/// markup runs past its line lies beyond (found by the `urls` fuzz target within a second).
#[test]
fn a_link_spanning_lines_has_no_pitch_sentence() {
    let input = r#"{"id": "f", "text": "[url=https://essaypro-writers.online/]write\u0003\u0000\u0000\u0000\u0000\u0000\u0000\u0000 my essayFor dinner, try the tofu restaurant snear NanzEn-ji. [![k\u0000\u0001\u0000\u0000 hotel deals](https://i read 16 letters that the legislative chambers had received , while it was on its annual recess .\n\nAfter raimg.imgbox-cdn.\u0000\u0000\u0000\u0000\u0000\u0000\u0000xy the tofu res<a sty1le=\"disp\r\u0000\u0000\u0000none\" href=\"https://mega-sty1le=\"disp\r\u0000\u0000\u0000none\" href=\"https://mega-elua\u0000\u0000\u00005\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000 cams](https://hot-singles-..........\u0000...........................................................nmpurmalaysia.com/beahappymillionaire\u03dcom,\"Os casos de dengue no Paran\u00e1 ca\u00edram 40% em rela\u00e7\u00e3o  jelas ao mesmo per\u00edod\u0001\u0000\u0000\to dtaurant  cheap[/url] Many families sa)d the program savesnear Nd themanz up )o $90 a month En-ji. [![kf=kyoo ano passa`pe\u0001\u0000. Daf\u0000\u0000\u0000\u0000\u0001Ongaengamat kdo, segundo joletito88)perm da Secretariaeamanan dari Vaksin.tar  da Saakun  pro com, Aclfonsthaislhot Tailn\u00fadeuj</aday.>a.."}"#;
    let (out, rej) = clean_stdin(format!("{input}\n").as_bytes(), &[]);
    assert_eq!(out.len(), 1, "{rej:?}");
}
