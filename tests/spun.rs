//! Spun copies inside a document (the seed's attack, generalised): a paragraph of a real
//! IndoSum article copied with a share of its lowercase words swapped for words of another
//! article (a spinner's synonyms change the same tokens; names and numbers stay), put after
//! the first paragraph, half of the copies carrying a pasted promotional link after their third
//! word. gleaner must remove the copy (or its original, keeping one), and must not remove more
//! from the untouched articles than without the alignment rule.
//!
//! `.ci/test spun -- --nocapture` prints the figures the README shows.

use gleaner::corpus::Rng;
use gleaner::{Config, LinePos, RenderOptions};

use crate::util::*;

struct Article {
    id: String,
    url: String,
    paras: Vec<String>,
}

fn articles() -> Vec<Article> {
    read_jsonl(&fixture("indosum/articles.jsonl.gz"))
        .iter()
        .filter(|r| !r["id"].as_str().unwrap().contains('#'))
        .map(|r| Article {
            id: r["id"].as_str().unwrap().to_owned(),
            url: r["url"].as_str().unwrap_or("").to_owned(),
            paras: r["text"]
                .as_str()
                .unwrap()
                .split('\n')
                .filter(|p| !p.trim().is_empty())
                .map(str::to_owned)
                .collect(),
        })
        .filter(|a| a.paras.len() >= 4 && a.paras[1..].iter().any(|p| p.split_whitespace().count() >= 20))
        .take(600)
        .collect()
}

/// Swaps each lowercase word of at least three letters for a donor word with chance `rate`.
fn spin(p: &str, rate: f64, donor: &[&str], rng: &mut Rng) -> String {
    p.split(' ')
        .map(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            if core.chars().count() >= 3 && core.chars().all(char::is_lowercase) && rng.chance(rate) {
                w.replace(core, donor[rng.below(donor.len())])
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraphs removed from each record as repeats (`repeat`, `near_repeat` or
/// `spam_carrier`), by index.
fn removed(cfg: &Config, records: &[(String, String, Vec<String>)]) -> Vec<Vec<(u64, String)>> {
    let mut engine = cfg.build().unwrap();
    records
        .iter()
        .enumerate()
        .map(|(i, (id, url, paras))| {
            let line = serde_json::to_vec(&serde_json::json!({
                "id": id, "url": url, "title": "", "text": paras.join("\n\n"),
            }))
            .unwrap();
            let out = engine.process_line(
                &line,
                LinePos { input: 0, line: i as u64 + 1 },
                "-",
                RenderOptions { keep_duplicates: true },
            );
            let v: serde_json::Value = serde_json::from_slice(&out.line).unwrap();
            v["gleaner"]["removed_paragraphs"]
                .as_array()
                .unwrap_or_else(|| panic!("{id}: not a cleaned record: {v}"))
                .iter()
                .map(|r| (r["index"].as_u64().unwrap(), r["reason"].as_str().unwrap().to_owned()))
                .filter(|(_, r)| ["repeat", "near_repeat", "spam_carrier"].contains(&r.as_str()))
                .collect()
        })
        .collect()
}

fn without_alignment() -> Config {
    let mut c = Config::default();
    c.repeats.aligned_ratio = 1.0;
    c.repeats.aligned_ratio_link = 1.0;
    c
}

#[test]
fn spun_copies_are_found_and_untouched_articles_keep_their_paragraphs() {
    let arts = articles();
    assert!(arts.len() >= 500, "{} articles", arts.len());
    let donor: Vec<&str> = arts
        .iter()
        .flat_map(|a| a.paras.iter().flat_map(|p| p.split_whitespace()))
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_lowercase))
        .collect();

    // Untouched: what the alignment rule removes beyond the other rules.
    let plain: Vec<(String, String, Vec<String>)> =
        arts.iter().map(|a| (a.id.clone(), a.url.clone(), a.paras.clone())).collect();
    let (on, off) = (removed(&Config::default(), &plain), removed(&without_alignment(), &plain));
    let extra: Vec<String> = on
        .iter()
        .zip(&off)
        .zip(&plain)
        .flat_map(|((a, b), rec)| {
            a.iter().filter(|r| !b.contains(r)).map(|(i, _)| format!("{} #{}: {}", rec.0, i, rec.2[*i as usize]))
        })
        .collect();
    println!("untouched: {} articles, {} paragraphs removed by the alignment rule", plain.len(), extra.len());
    for e in &extra {
        println!("  {e}");
    }
    assert!(extra.len() * 200 <= plain.len(), "more than 0.5% of articles lose a paragraph: {extra:#?}");

    println!("| words swapped | with a link | without | before the alignment rule: with a link | without |");
    for (rate, want_link, want_plain) in [(0.1, 0.99, 0.95), (0.2, 0.99, 0.75), (0.3, 0.97, 0.0), (0.4, 0.95, 0.0)] {
        let mut rng = Rng::new(0x5350_554e + (rate * 100.0) as u64);
        let mut recs = Vec::new();
        let mut want = Vec::new();
        for (i, a) in arts.iter().enumerate() {
            let cands: Vec<usize> =
                (1..a.paras.len()).filter(|&j| a.paras[j].split_whitespace().count() >= 20).collect();
            let j = cands[rng.below(cands.len())];
            let mut copy = spin(&a.paras[j], rate, &donor, &mut rng);
            let link = i % 2 == 0;
            if link {
                let w: Vec<&str> = copy.split(' ').collect();
                copy = format!("{} https://slot-gacor-resmi.com/ {}", w[..3].join(" "), w[3..].join(" "));
            }
            let mut paras = vec![a.paras[0].clone(), copy];
            paras.extend(a.paras[1..].iter().cloned());
            recs.push((format!("{}#spun", a.id), a.url.clone(), paras));
            want.push((1u64, j as u64 + 1, link));
        }
        let score = |got: &[Vec<(u64, String)>]| {
            let mut n = [[0usize; 2]; 2];
            for (g, (copy, orig, link)) in got.iter().zip(&want) {
                let hit = g.iter().any(|(i, _)| i == copy || i == orig);
                n[usize::from(*link)][0] += usize::from(hit);
                n[usize::from(*link)][1] += 1;
            }
            (n[1][0] as f64 / n[1][1] as f64, n[0][0] as f64 / n[0][1] as f64)
        };
        let (link_now, plain_now) = score(&removed(&Config::default(), &recs));
        let (link_before, plain_before) = score(&removed(&without_alignment(), &recs));
        println!("| {rate:.1} | {link_now:.3} | {plain_now:.3} | {link_before:.3} | {plain_before:.3} |");
        assert!(link_now >= want_link, "spun at {rate} with a link: recall {link_now:.3} < {want_link}");
        assert!(plain_now >= want_plain, "spun at {rate} without a link: recall {plain_now:.3} < {want_plain}");
    }
}

/// The explanation gleaner gives for one record holding `paras`.
fn explain(paras: &[&str]) -> serde_json::Value {
    let mut engine = Config::default().build().unwrap();
    let line = serde_json::to_vec(&serde_json::json!({
        "id": "a", "url": "https://www.kabar-kota.example/berita/1", "title": "", "text": paras.join("\n\n"),
    }))
    .unwrap();
    let out = engine.process_line(&line, LinePos { input: 0, line: 1 }, "-", RenderOptions::default());
    serde_json::from_slice::<serde_json::Value>(&out.line).unwrap()["gleaner"].clone()
}

const OPENING: &str = "Warga di tiga kecamatan mengeluhkan air bersih yang tidak mengalir sejak pekan lalu.";
const ORIGINAL: &str = "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang tentang \
    perbaikan jalan, dana sekolah dan biaya angkutan umum untuk tahun depan.";
const CLOSING: &str = "Anggaran itu akan mulai dipakai bulan depan, kata juru bicara dewan.";

#[test]
fn a_copy_with_two_words_swapped_is_a_near_repeat() {
    let copy = ORIGINAL.replace("menyetujui", "mengesahkan").replace("panjang", "alot");
    let g = explain(&[OPENING, &copy, ORIGINAL, CLOSING]);
    assert_eq!(g["removed_paragraphs"], serde_json::json!([{"index": 2, "reason": "near_repeat", "of": 1}]), "{g}");
}

#[test]
fn a_loosely_spun_copy_goes_only_with_its_pasted_link() {
    let spun = "Dewan kota mengesahkan https://slot-gacor-resmi.com/ anggaran anyar pada hari Selasa usai \
        diskusi alot mengenai perbaikan jalan, dana sekolah serta ongkos angkutan umum bagi tahun depan.";
    let g = explain(&[OPENING, spun, ORIGINAL, CLOSING]);
    assert_eq!(g["removed_urls"][0]["url"], "https://slot-gacor-resmi.com/", "{g}");
    assert_eq!(g["removed_paragraphs"], serde_json::json!([{"index": 1, "reason": "spam_carrier", "of": 2}]), "{g}");

    // The same copy without the link is another paragraph that says much the same: it stays.
    let unlinked = spun.replace("https://slot-gacor-resmi.com/ ", "");
    let g = explain(&[OPENING, &unlinked, ORIGINAL, CLOSING]);
    assert_eq!(g["removed_paragraphs"], serde_json::json!([]), "{g}");
}

#[test]
fn lines_of_one_template_with_other_names_or_numbers_stay() {
    let names = [
        "Bupati Sleman menerima penghargaan dari gubernur atas keberhasilan program air bersih yang menjangkau \
         seluruh desa di wilayahnya tahun ini.",
        "Bupati Bantul menerima penghargaan dari gubernur atas keberhasilan program air bersih yang menjangkau \
         seluruh desa di wilayahnya tahun ini.",
    ];
    let g = explain(&[OPENING, names[0], names[1], CLOSING]);
    assert_eq!(g["removed_paragraphs"], serde_json::json!([]), "{g}");
    let numbers = [
        "Tim tamu dikenakan sanksi denda Rp 20.000.000 karena dalam satu pertandingan mendapatkan lima kartu \
         kuning dari wasit.",
        "Tim tamu dikenakan sanksi denda Rp 10.000.000 karena dalam satu pertandingan mendapatkan lima kartu \
         kuning dari wasit.",
    ];
    let g = explain(&[OPENING, numbers[0], numbers[1], CLOSING]);
    assert_eq!(g["removed_paragraphs"], serde_json::json!([]), "{g}");
}
