//! Injected-URL detection on the labelled evaluation set (issue #3): 1,218 URLs in 642 real
//! articles (IndoSum, CC BY-SA; Zyte's article-extraction benchmark, MIT), half injected the
//! ways spammers do it, half legitimate the ways articles cite (tests/fixtures/urls/SOURCE.md).
//!
//! A labelled URL counts as removed when a removed link covers it (an anchor's text that is
//! itself a URL goes with its anchor). `.ci/test urls -- --nocapture` prints the figures and
//! every miss.

use std::collections::BTreeMap;

use gleaner::engine::LinkReport;
use gleaner::{Config, Engine, LinePos, Prepared};

use crate::util::*;

/// Figures of one labelled set: injected URLs removed and missed, legitimate ones removed and
/// kept, and every miss by kind.
struct Figures {
    tp: usize,
    fneg: usize,
    fp: usize,
    tn: usize,
    misses: BTreeMap<String, Vec<String>>,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fneg) as f64
    }

    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp) as f64
    }

    fn print(&self) {
        println!(
            "injected removed {}, injected missed {}, legitimate removed {}, legitimate kept {}",
            self.tp, self.fneg, self.fp, self.tn
        );
        println!("recall {:.4}, precision {:.4}", self.recall(), self.precision());
        for (k, v) in &self.misses {
            println!("{k}: {}", v.len());
            for m in v {
                println!("    {m}");
            }
        }
    }
}

/// Runs the default engine over a labelled fixture: records with `labels`, each a `span` of the
/// text, `injected` or not, and a `kind`.
fn evaluate(path: &str) -> Figures {
    let mut engine = Config::default().build().unwrap();
    let recs = read_jsonl(&fixture(path));
    let mut f = Figures { tp: 0, fneg: 0, fp: 0, tn: 0, misses: BTreeMap::new() };
    for (n, r) in recs.iter().enumerate() {
        let mut rec = r.clone();
        rec.as_object_mut().unwrap().remove("labels");
        let line = serde_json::to_vec(&rec).unwrap();
        let prepared = Prepared::new(engine.analyzer(), line, LinePos { input: 0, line: n as u64 + 1 });
        let decided = engine.decide(prepared, 0);
        let links = decided.links();
        let text = r["text"].as_str().unwrap();
        // The k-th label with a given span is the k-th occurrence of that span in the text.
        let mut next_from: BTreeMap<String, usize> = BTreeMap::new();
        for label in r["labels"].as_array().unwrap() {
            let span = label["span"].as_str().unwrap();
            let from = next_from.get(span).copied().unwrap_or(0);
            let at = text[from..].find(span).map(|p| from + p).unwrap_or_else(|| panic!("{span} not in {}", r["id"]));
            next_from.insert(span.to_owned(), at + 1);
            let end = at + span.len();
            let link = links
                .iter()
                .find(|l| l.outer.start <= at && end <= l.outer.end || (l.url.start < end && at < l.url.end));
            let removed = link.is_some_and(|l| l.removed);
            let injected = label["injected"].as_bool().unwrap();
            let describe = || {
                format!(
                    "{} {span:?} score {} {:?}",
                    r["id"].as_str().unwrap(),
                    link.map_or("none (not found)".to_owned(), |l| format!("{:.2}", l.score)),
                    link.map(|l| &l.signals)
                )
            };
            let kind = label["kind"].as_str().unwrap();
            match (injected, removed) {
                (true, true) => f.tp += 1,
                (true, false) => {
                    f.fneg += 1;
                    f.misses.entry(format!("missed {kind}")).or_default().push(describe());
                }
                (false, true) => {
                    f.fp += 1;
                    f.misses.entry(format!("wrongly removed {kind}")).or_default().push(describe());
                }
                (false, false) => f.tn += 1,
            }
        }
    }
    f
}

/// Evaluates a labelled set, prints its figures and misses, and holds it: at least `injected`
/// and `legit` labelled URLs, recall and precision at least `recall` and `precision`.
fn hold(path: &str, injected: usize, legit: usize, recall: f64, precision: f64) {
    let f = evaluate(path);
    f.print();
    assert!(f.tp + f.fneg >= injected && f.fp + f.tn >= legit, "{path}: fewer labelled URLs than expected");
    assert!(f.recall() >= recall, "{path}: recall of injected URLs {:.4} < {recall}", f.recall());
    assert!(f.precision() >= precision, "{path}: precision {:.4} < {precision}", f.precision());
}

/// The links of one record (`json`) as `engine` decides them.
fn links_of(engine: &mut Engine, json: serde_json::Value) -> Vec<LinkReport> {
    let line = serde_json::to_vec(&json).unwrap();
    let prepared = Prepared::new(engine.analyzer(), line, LinePos { input: 0, line: 1 });
    assert!(prepared.error().is_none(), "{:?}", prepared.error());
    engine.decide(prepared, 0).links()
}

#[test]
fn injected_urls_are_removed_and_legitimate_ones_kept() {
    hold("urls/urls.jsonl", 500, 500, 0.97, 0.99);
}

/// The outside review's set (tests/fixtures/urls-review/SOURCE.md): 109 articles in eight
/// languages, written after reading the classifier to find the shapes it had not seen. Some of
/// its findings were fixed with it (0.52 / 0.84 before, 0.69 / 0.99 now), so its figures are no longer those of unseen data; the test
/// holds them where they are (`.ci/test review_set -- --nocapture` prints every miss), and the
/// README lists what is still missed.
#[test]
fn review_set_of_unseen_shapes_does_not_regress() {
    hold("urls-review/review.jsonl", 100, 200, 0.68, 0.97);
}

/// The second review, written blind (see `tests/fixtures/urls-review2/SOURCE.md`).
#[test]
fn review2_blind_set_does_not_regress() {
    hold("urls-review2/review2.jsonl", 130, 290, 0.77, 0.93);
}

/// The third review, held out until its round's other changes were made (see
/// `tests/fixtures/urls-review3/SOURCE.md`).
#[test]
fn review3_held_out_set_does_not_regress() {
    hold("urls-review3/review3.jsonl", 95, 180, 0.80, 0.94);
}

/// The fourth review, written blind and scored at d0ed082 before anything was changed for it
/// (see `tests/fixtures/urls-review4/SOURCE.md`); its wrong removals were studied since.
#[test]
fn review4_set_does_not_regress() {
    hold("urls-review4/review4.jsonl", 100, 230, 0.57, 0.67);
}

/// The fifth review, written blind and scored before it was read: 0.667 / 0.846 at 0f8b3d1,
/// 0.667 / 0.857 with the reporting vocabulary of 17 languages written before it was read (see
/// `tests/fixtures/urls-review5/SOURCE.md`); its misses and wrong removals were studied since
/// (0.818 / 0.931 now).
#[test]
fn review5_set_does_not_regress() {
    hold("urls-review5/review5.jsonl", 95, 230, 0.76, 0.90);
}

/// The sixth review, written blind and scored at cc7b446 before it was read: 0.624 / 0.795,
/// 15 of 325 legitimate spans removed (see `tests/fixtures/urls-review6/SOURCE.md`); its misses
/// and wrong removals were studied since (0.914 / 0.977 now).
#[test]
fn review6_set_does_not_regress() {
    hold("urls-review6/review6.jsonl", 90, 320, 0.74, 0.95);
}

/// Whether each link of a record holding `text` (with `url`) is removed, by its text.
fn removed_by_text(engine: &mut Engine, url: &str, title: &str, text: &str) -> Vec<(String, bool)> {
    let links = links_of(engine, serde_json::json!({"id": "x", "url": url, "title": title, "text": text}));
    links.iter().map(|l| (text[l.url.start..l.url.end].to_owned(), l.removed)).collect()
}

/// A link's context is its own: a spam anchor in a list does not make its neighbours spam, a
/// pitch sentence with its own link does not make the sentence before it one, and a homepage
/// the article names, or introduces by "the official site" in its language, is cited.
#[test]
fn a_links_context_is_its_own_and_named_sites_are_cited() {
    let mut engine = Config::default().build().unwrap();
    let lead = "Slots let a web component take children from the page; this guide shows how the default one works.";
    let text = format!(
        "{lead}\n\nFurther reading: [Using templates and slots](https://developer.mozilla.org/en-US/docs/Web/API/\
         Web_components/Using_templates_and_slots) · [slot gacor hari ini](https://slotgacor-harian.example) · \
         [Shadow DOM v1](https://web.dev/articles/shadowdom-v1)"
    );
    let r = removed_by_text(&mut engine, "https://blog.example.com/slots", "Named slots", &text);
    assert_eq!(r.iter().map(|(_, gone)| *gone).collect::<Vec<_>>(), [false, true, false], "{r:?}");

    let text = "Northway is federally insured. More information is available at https://www.corvalpay.example and \
                https://www.northwaycu.example. Boost your own press release: buy high-DA backlinks and guest posts \
                today at https://www.rankrocket-backlinks.example.";
    let r = removed_by_text(&mut engine, "https://www.corvalpay.example/news/1", "Payouts", text);
    assert_eq!(r.iter().map(|(_, gone)| *gone).collect::<Vec<_>>(), [false, false, true], "{r:?}");

    // Named elsewhere in the article, or after "the official site" in Vietnamese, Arabic,
    // Tagalog and Hindi (whose `पोर्टल` ends in a virama): cited, not pasted.
    let cases = [
        "Giải Jackpot của Vietlott đã vượt 120 tỷ đồng sau nhiều kỳ quay.\n\nTheo kết quả công bố trên trang chính \
         thức https://vietlott.example.vn, kỳ quay tối 26/11 không có vé nào trùng khớp cả sáu số.",
        "RBI ने डिजिटल लोन ऐप्स की सूची जारी की है।\n\nयह सूची https://www.rbi.example.in पर उपलब्ध है और लोग वहां शिकायत भी कर सकते हैं।",
        "شاهد جدول الترتيب والمباريات القادمة عبر الموقع الرسمي للرابطة https://www.league.example.sa والموقع الرسمي للنادي.",
        "Ayon sa pinakahuling bulletin na makikita sa https://www.weather.example.ph, taglay ng bagyo ang lakas ng hangin.",
        "शिकायतें नगर निगम के पोर्टल https://lmc.city.example.in पर दर्ज की जा सकती हैं और टैंकर भेजे जाएंगे।",
    ];
    for text in cases {
        let r = removed_by_text(&mut engine, "https://news.example.com/a", "News", text);
        assert!(r.iter().all(|(_, gone)| !gone), "{text}: {r:?}");
    }
    // A homepage pasted into a sentence whose name the article does not use still goes.
    let text = "Giải Jackpot đã vượt 120 tỷ đồng sau nhiều kỳ quay.\n\nKỳ quay tối 26/11 https://www.lotus-win.example \
                không có vé nào trùng khớp cả sáu số, theo kết quả công bố.";
    let r = removed_by_text(&mut engine, "https://news.example.com/a", "News", text);
    assert!(r[0].1, "{r:?}");
}

/// A homepage pasted into a reworded copy of one of the article's paragraphs goes (the spun
/// copy around the seed's pasted link), while paragraphs alike by design, each naming the site
/// it links, keep their links.
#[test]
fn a_homepage_in_a_spun_copy_goes() {
    let mut engine = Config::default().build().unwrap();
    let original = "The detail that mattered most was how our API answers during maintenance. We now return 503 \
                    with a Retry-After header, as RFC 9110 describes, and the status page links to the same \
                    maintenance window, so client libraries and humans see one story.";
    let spun = "The detail that counted most was how our interface replies throughout upkeep. We at this point \
                return 503 with a Retry-After header, as https://www.garudaspin88.example describes, and the standing \
                web page links to the exact same upkeep window, so customer libraries and people see one tale.";
    let text = format!("We moved our status page last month after a long outage.\n\n{original}\n\n{spun}");
    let r = removed_by_text(&mut engine, "https://blog.example.com/status", "Status pages", &text);
    assert!(r[0].1, "{r:?}");

    let text = "Three headphones made our shortlist this year after a month of testing on trains and planes.\n\n\
                The Sony WH-1000XM6 is our pick for travel: it cancels engine noise well, lasts thirty hours on a \
                charge and folds flat, and Sony sells it at https://www.sony.example for the full price.\n\n\
                The Bose QuietComfort Ultra is our pick for calls: it cancels engine noise well, lasts twenty hours \
                on a charge and folds flat, and Bose sells it at https://www.bose.example for the full price.";
    let r = removed_by_text(&mut engine, "https://reviews.example.com/headphones", "Headphones", text);
    assert!(r.iter().all(|(_, gone)| !gone), "{r:?}");
}

/// Reporting on the trade as a business (a sponsorship deal, a market's figures) counts as
/// reporting: a bookmaker named as a club's sponsor is kept. A pitch hooked on a question
/// (`Need cash fast? … at https://…`) is labelled by it.
#[test]
fn sponsors_in_business_reports_stay_and_question_hooks_label_pitches() {
    let mut engine = Config::default().build().unwrap();
    let text = "Ashcombe Town have signed a two-year shirt sponsorship with a bookmaker, the club's first betting \
                sponsor.\n\nThe sponsor's logo and the address betway.com will appear on the home and away shirts \
                from January. The Premier League's ban on gambling sponsors on the front of shirts does not cover \
                the lower leagues.\n\nThe regulator's guidance on gambling sponsorship and betting adverts is published \
                online.";
    let r = removed_by_text(&mut engine, "https://news.example.com/a", "Ashcombe Town sign bookmaker as sponsor", text);
    assert!(!r[0].1, "{r:?}");

    let lead = "The council approved the budget on Tuesday after a long debate about road repairs in three districts.";
    for pitch in [
        "Need cash before payday? Pinjaman cair 5 menit, apply at https://dana-kilat.example/apply.",
        "Nome sujo? Empréstimo sem consulta, libera na hora: https://credito-agora.example.",
        "Want signals that beat the market? Join our VIP room at https://t.me/whales_vip and copy trades.",
    ] {
        let text = format!("{lead} {pitch}\n\nThe next meeting is in March.");
        let r = removed_by_text(&mut engine, "https://news.example.com/a", "Budget", &text);
        assert!(r.iter().all(|(_, gone)| *gone), "{pitch}: {r:?}");
    }
    // A sentence of up to 14 words that a homepage ends, holding a strong promise, labels it;
    // one that reports (`melaporkan`) does not.
    for pitch in [
        "Compra Tamiflu y antibióticos sin receta con envío en 24 horas en farmacia-rapida.example.",
        "Tonton semua perlawanan secara langsung dengan langganan IPTV 4K paling murah di https://www.tv-murah.example.",
    ] {
        let text = format!("{lead} {pitch}\n\nThe next meeting is in March.");
        let r = removed_by_text(&mut engine, "https://news.example.com/a", "Budget", &text);
        assert!(r.iter().all(|(_, gone)| *gone), "{pitch}: {r:?}");
    }
    let text = format!("{lead} Masyarakat dapat melaporkan situs judi online melalui https://aduan.example.id.");
    let r = removed_by_text(&mut engine, "https://news.example.com/a", "Budget", &text);
    assert!(!r[0].1, "{r:?}");
    // A pitch appended to a report's paragraph keeps its score outside the report; the sites
    // the report names stay.
    let text = "Polisi menangkap lima admin situs judi online di Surabaya dan menyita barang bukti, kata penyidik \
                Polda Jatim. Para tersangka dijerat pasal perjudian.\n\nSitus yang diblokir antara lain \
                gacor-raja88.net dan puluhan situs judi lain.\n\nKasus obat ilegal juga ditangani BPOM. Obat kuat pria \
                asli, kirim COD ke seluruh Indonesia, pesan di https://www.obatkuat-asli.example.";
    let r = removed_by_text(&mut engine, "https://news.example.com/a", "Polisi tangkap admin judi online", text);
    assert_eq!(r.iter().map(|(_, gone)| *gone).collect::<Vec<_>>(), [false, true], "{r:?}");
    // A question before a link to a public service, without words of a trade, is no pitch.
    let text =
        format!("{lead} Want to know more? The full budget is available at https://www.city.example.gov/budget.");
    let r = removed_by_text(&mut engine, "https://news.example.com/a", "Budget", &text);
    assert!(!r[0].1, "{r:?}");
}

/// Reports in languages beyond English and Indonesian keep the domains they quote, while a
/// pitch appended to one on a line of its own still goes.
#[test]
fn reports_in_other_languages_keep_the_domains_they_quote() {
    let mut engine = Config::default().build().unwrap();
    let cases = [
        (
            "vi",
            "Công an tỉnh vừa triệt phá đường dây đánh bạc qua mạng, bắt giữ 9 đối tượng.\n\n\
             Theo cơ quan điều tra, nhóm này quảng cáo cho các trang cá cược như bongda-vip79.com trên mạng xã hội.\n\n\
             Người dân được cảnh báo không tham gia cá cược trái phép.",
            "bongda-vip79.com",
        ),
        (
            "ko",
            "경찰이 불법 도박사이트 운영자 12명을 검거했다.\n\n\
             경찰에 따르면 이들은 casino-pick88.net 등 도메인을 바꿔 가며 차단을 피했다.\n\n\
             도박 피해 신고는 경찰청으로 하면 된다.",
            "casino-pick88.net",
        ),
        (
            "fr",
            "Les gendarmes ont obtenu le blocage de sites de jeux illégaux proposant des paris sportifs.\n\n\
             Parmi eux figurait paris-bonus-vip.net, condamné par le tribunal pour escroquerie et arnaque.\n\n\
             Les joueurs sont invités à signaler tout site de casino illégal.",
            "paris-bonus-vip.net",
        ),
    ];
    for (lang, text, domain) in cases {
        let title = text.split('.').next().unwrap();
        let links = links_of(
            &mut engine,
            serde_json::json!({"id": lang, "url": "https://news.example.com/a", "title": title, "text": text}),
        );
        let l = links.iter().find(|l| &text[l.url.start..l.url.end] == domain).unwrap();
        assert!(!l.removed, "{lang}: {links:?}");
    }
    // A report that names its trade in phrases (`obat kuat`) more than in words.
    let text = "Petugas BPOM dan polisi menyita obat kuat ilegal dari gudang di Makassar. Obat kuat itu dijual \
                tanpa resep dan tanpa izin edar.\n\nSitus yang diblokir antara lain jual-viagra-cod.com dan \
                sejenisnya, kata penyidik.\n\nKasus ini ditangani Polda Sulawesi Selatan.";
    let title = "BPOM sita obat kuat ilegal";
    let links = links_of(
        &mut engine,
        serde_json::json!({"id": "id", "url": "https://news.example.com/c", "title": title, "text": text}),
    );
    assert!(!links[0].removed, "id: {links:?}");

    // The same Vietnamese report with a pitch appended: the pitch's link goes, the quote stays.
    let text = format!("{}\n\nTham gia cá cược uy tín, nhận thưởng 200% tại https://nhacai-top1.com/", cases[0].1);
    let links =
        links_of(&mut engine, serde_json::json!({"id": "vi2", "url": "https://news.example.com/b", "text": text}));
    assert_eq!(links.len(), 2, "{links:?}");
    assert!(!links[0].removed && links[1].removed, "{links:?}");
}

/// Three promises or more around a link are a pitch however long the sentence; a list of
/// links under a "you may also like" label is a related-links block; and a state lottery on
/// the allowlist is not removed because a public gambling blocklist also holds it.
#[test]
fn dense_pitches_related_lists_and_allowlisted_lotteries() {
    let mut engine = Config::default().build().unwrap();
    let lead = "The council approved the budget on Tuesday after a long debate about road repairs in three districts.";
    let text = format!(
        "{lead}\n\nShort on rent? Payday loans for bad credit with instant approval, apply now at \
         https://cash-today.example/apply and get the money in minutes.\n\nThe next meeting is in March."
    );
    let links =
        links_of(&mut engine, serde_json::json!({"id": "a", "url": "https://news.example.com/a", "text": text}));
    assert!(links[0].removed, "{links:?}");

    let text = format!(
        "{lead}\n\nYou may also like:\nhttps://www.news.example.com/2026/roads\nhttps://pills-direct.example/viagra-no-prescription"
    );
    let links =
        links_of(&mut engine, serde_json::json!({"id": "b", "url": "https://www.news.example.com/a", "text": text}));
    assert!(!links[0].removed && links[1].removed, "{links:?}");
    assert!(links[1].signals.iter().any(|s| s.starts_with("related_off_site")), "{links:?}");

    // A line that says it is an advertisement, pointing at another site.
    let text = format!("{lead}\n\nSponsored: the fastest way to grow your traffic https://growth-now.example/plans");
    let links =
        links_of(&mut engine, serde_json::json!({"id": "e", "url": "https://news.example.com/e", "text": text}));
    assert!(links[0].signals.iter().any(|s| s.starts_with("ad_label")), "{links:?}");

    let text = "Lottery ticket sales rose by a fifth this year. The Française des Jeux, https://www.fdj.fr, says most of the \
                money goes to the state and to sport.";
    let links =
        links_of(&mut engine, serde_json::json!({"id": "d", "url": "https://news.example.com/d", "text": text}));
    assert!(!links[0].removed, "{links:?}");
}

/// An `href` holding a line break makes the anchor run past its paragraph (seen in a real
/// hidden link block); this once sliced the text backwards and lost the record.
#[test]
fn an_anchor_spanning_paragraphs_is_cleaned_not_lost() {
    let mut engine = Config::default().build().unwrap();
    let text = "Kampus kami.\n<p><a href=\"https://kacafilm.id/\">PAN4D</a></p><p><a href=\"https://donsburger.id/\n\">SLOT777</a></p><p><a href=\"https://enc.lk/\">TOGEL PULSA</a></p>\nAkhir.";
    let links = links_of(&mut engine, serde_json::json!({"id": "a", "text": text}));
    // An anchor stays on its line, so the broken one is not an anchor: its URL is found bare
    // inside the tag. The two whole anchors around it go.
    assert_eq!(links.len(), 3);
    assert!(links[0].removed && links[2].removed, "{links:?}");
    assert_eq!(&text[links[1].url.start..links[1].url.end], "https://donsburger.id/");
}

/// A regulator's page whose path names the harm it warns about, cited in a crackdown story, is
/// kept: its paragraph is the story's own prose, not a pitch.
#[test]
fn a_regulator_cited_in_a_crackdown_story_is_kept() {
    let mut engine = Config::default().build().unwrap();
    let text = "Police arrested three suspects who ran payday loans sites that charged illegal fees, the regulator said on Monday after a court hearing.\n\n\
        The bureau has warned borrowers about payday loans before. Its guide on payday loans can be found at https://www.consumerfinance.gov/consumer-tools/payday-loans/ for anyone affected.\n\n\
        Investigators said the scheme drew thousands of borrowers into debt and that more arrests were likely.";
    let links =
        links_of(&mut engine, serde_json::json!({"id": "a", "url": "https://news.example.com/x", "text": text}));
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(!links[0].removed, "{links:?}");
}

/// A "read also" line sends readers to the site's own stories: pointing elsewhere it is a
/// disguise and weighs towards removal; pointing home, or in a record without a url, it does not.
#[test]
fn a_read_also_line_to_another_site_is_a_disguise() {
    let mut engine = Config::default().build().unwrap();
    let text = "Harga cabai di pasar induk naik tajam pekan ini karena pasokan dari sentra produksi berkurang.\n\n\
        Baca juga: Harga bawang ikut naik https://kabarpasar.example.com/bawang-naik\n\n\
        Baca juga: Cara cepat dapat cuan harian https://cuanharian88.xyz/daftar\n\n\
        Pedagang berharap pasokan kembali normal bulan depan.";
    let mut decide = |url: Option<&str>| {
        let mut rec = serde_json::json!({"id": "a", "text": text});
        if let Some(u) = url {
            rec["url"] = serde_json::json!(u);
        }
        links_of(&mut engine, rec)
    };
    let flagged = |l: &LinkReport| l.signals.iter().any(|s| s.starts_with("related_off_site"));
    let links = decide(Some("https://kabarpasar.example.com/cabai"));
    assert_eq!(links.len(), 2, "{links:?}");
    assert!(!flagged(&links[0]) && !links[0].removed, "{links:?}");
    assert!(flagged(&links[1]) && links[1].removed, "{links:?}");
    let links = decide(None);
    assert!(links.iter().all(|l| !flagged(l)), "{links:?}");
}

/// The cleaned text and explanation of one record holding `text`.
fn clean_one(text: &str) -> (String, serde_json::Value) {
    let mut engine = gleaner::Config::default().build().unwrap();
    let line = serde_json::to_vec(&serde_json::json!({
        "id": "a", "url": "https://www.kabar-kota.example/berita/1", "title": "Rapat anggaran", "text": text,
    }))
    .unwrap();
    let out =
        engine.process_line(&line, gleaner::LinePos { input: 0, line: 1 }, "-", gleaner::RenderOptions::default());
    let v: serde_json::Value = serde_json::from_slice(&out.line).unwrap();
    (v["text"].as_str().unwrap().to_owned(), v["gleaner"].clone())
}

/// A sentence that pitches a removed link goes with it; the article's own sentences around it
/// stay whole, and a sentence that reports on the trade, or holds a link that stays, is kept.
#[test]
fn a_pitch_sentence_goes_with_its_link() {
    let lead = "Dewan kota menggelar rapat anggaran pada Selasa dan membahas perbaikan jalan di tiga kecamatan.";
    let tail = "Ketua dewan menyebut anggaran pendidikan naik sepuluh persen tahun depan.";

    // Inside a paragraph: only the pitch goes.
    let (t, g) = clean_one(&format!(
        "{lead}\n\nRapat dimulai pukul sembilan. Kunjungi juga slot88resmi.com untuk info jackpot maxwin terbaru. \
         Rapat berlangsung hingga malam.\n\n{tail}"
    ));
    assert_eq!(t, format!("{lead}\n\nRapat dimulai pukul sembilan. Rapat berlangsung hingga malam.\n\n{tail}"), "{g}");
    assert_eq!(g["removed_urls"][0]["with_sentence"], true, "{g}");

    // A paragraph that is nothing but the pitch goes whole.
    let (t, g) = clean_one(&format!(
        "{lead}\n\nBaca juga: Situs slot gacor terpercaya hari ini https://slotgacor88.vip/\n\n{tail}"
    ));
    assert_eq!(t, format!("{lead}\n\n{tail}"), "{g}");
    assert_eq!(g["removed_paragraphs"][0]["reason"], "spam_carrier", "{g}");

    // A pitch over several sentences goes whole; the article's sentence before it stays.
    let (t, g) = clean_one(&format!(
        "{lead}\n\nWarga masih bertahan di pengungsian. Situs slot gacor terpercaya se-Asia. Daftar sekarang di \
         https://slotgacor88.vip/ dan menangkan jackpot. Bonus new member 100% setiap hari!\n\n{tail}"
    ));
    assert_eq!(t, format!("{lead}\n\nWarga masih bertahan di pengungsian.\n\n{tail}"), "{g}");

    // A pitch that also holds a link that stays (a cited source) loses its spam link only.
    let (t, g) = clean_one(&format!(
        "{lead}\n\nKlaim bonus new member di https://slot-gacor-hari-ini.pages.dev/ atau lihat data di \
         https://www.bps.go.id/id/statistics-table/2/inflasi.html hari ini.\n\n{tail}"
    ));
    assert!(t.contains("https://www.bps.go.id/id/statistics-table/2/inflasi.html"), "{t}\n{g}");
    assert!(!t.contains("slot-gacor-hari-ini"), "{t}\n{g}");
    assert!(g["removed_urls"][0].get("with_sentence").is_none(), "{g}");

    // A chat link in the pitch sentence of a removed link is its call to action: both go, and
    // the sentence with them.
    let (t, g) = clean_one(&format!(
        "{lead}\n\nWarga masih bertahan di pengungsian. Daftar slot gacor di https://slotgacor88.vip/ dan bila \
         ada pertanyaan tentang cara pendaftaran silakan hubungi kami di https://wa.me/6281234567890. Bantuan terus \
         berdatangan.\n\n{tail}"
    ));
    assert_eq!(
        t,
        format!("{lead}\n\nWarga masih bertahan di pengungsian. Bantuan terus berdatangan.\n\n{tail}"),
        "{g}"
    );
    assert_eq!(g["removed_urls"][1]["reason"], "contact", "{g}");

    // Turned off, only the link goes.
    let mut c = gleaner::Config::default();
    c.urls.pitch_sentences = false;
    let mut engine = c.build().unwrap();
    let line = serde_json::to_vec(&serde_json::json!({
        "id": "a", "url": "https://www.kabar-kota.example/berita/1", "title": "Rapat anggaran",
        "text": "Rapat dimulai pukul sembilan. Kunjungi juga slot88resmi.com untuk info jackpot maxwin terbaru.",
    }))
    .unwrap();
    let out =
        engine.process_line(&line, gleaner::LinePos { input: 0, line: 1 }, "-", gleaner::RenderOptions::default());
    let v: serde_json::Value = serde_json::from_slice(&out.line).unwrap();
    assert_eq!(v["text"], "Rapat dimulai pukul sembilan. Kunjungi juga untuk info jackpot maxwin terbaru.", "{v}");

    // A sentence that reports on the trade stays, whatever happens to its link.
    let report = "Polisi memblokir situs slot88resmi.com yang menawarkan jackpot maxwin kepada pelajar.";
    let (t, g) = clean_one(&format!("{lead}\n\n{report} Rapat berlangsung hingga malam.\n\n{tail}"));
    assert!(t.contains("Polisi memblokir situs") && t.contains("kepada pelajar."), "{t}\n{g}");
}

/// After a word that introduces a site (`di`, `at`), a homepage is cited, unless the words
/// around it are a strong promise: then the introduction belongs to the pitch. A public body's
/// site in the same words, a deeper page, and an article that reports on the trade stay.
#[test]
fn an_intro_word_does_not_cite_a_pitched_homepage() {
    let lead = "Dewan kota menggelar rapat anggaran pada Selasa dan membahas perbaikan jalan di tiga kecamatan.";
    let tail = "Ketua dewan menyebut anggaran pendidikan naik sepuluh persen tahun depan.";
    for (pitch, host) in [
        (
            "Pinjaman online cepat cair tanpa BI checking, ajukan di https://danakilat-cair.id sekarang juga.",
            "danakilat-cair.id",
        ),
        (
            "Need help with your thesis? Order a custom essay at https://essaywriters-pro.net today, plagiarism free.",
            "essaywriters-pro.net",
        ),
    ] {
        let (t, g) = clean_one(&format!("{lead}\n\nRapat dimulai pukul sembilan. {pitch}\n\n{tail}"));
        assert!(!t.contains(host), "{t}\n{g}");
        // The link's sentence goes with it (a question before it with no promotional term
        // stays).
        assert_eq!(g["removed_urls"][0]["with_sentence"], true, "{g}");
        assert!(t.starts_with(&format!("{lead}\n\nRapat dimulai pukul sembilan.")) && t.ends_with(tail), "{t}");
    }
    for kept in [
        // A public body's site.
        "Tawaran cepat cair tanpa BI checking patut dicurigai, cek legalitasnya di https://www.ojk.go.id sebelum meminjam.",
        // A page, not a homepage.
        "Tawaran cepat cair tanpa BI checking dicatat di https://www.example-riset.org/laporan/2026/survei-konsumen sebelum dianalisis.",
    ] {
        let (t, g) = clean_one(&format!("{lead}\n\n{kept}\n\n{tail}"));
        assert!(t.contains(kept), "{t}\n{g}");
    }
}

/// Dots spelled in brackets and hosts written in full-width letters are links.
#[test]
fn spelled_dots_and_full_width_hosts_are_found() {
    let lead = "Dewan kota menggelar rapat anggaran pada Selasa dan membahas perbaikan jalan di tiga kecamatan.";
    for written in [
        "slotgacor88(dot)com",
        "slotgacor88 (dot) com",
        "\u{FF53}\u{FF4C}\u{FF4F}\u{FF54}\u{FF47}\u{FF41}\u{FF43}\u{FF4F}\u{FF52}\u{FF18}\u{FF18}\u{FF0E}\u{FF43}\u{FF4F}\u{FF4D}",
    ] {
        let (t, g) = clean_one(&format!("{lead} Main di {written} dan raih jackpot maxwin malam ini juga."));
        assert!(!t.contains(written), "{t}\n{g}");
        assert_eq!(g["removed_urls"][0]["url"], written, "{g}");
    }
}

/// A citation cue does not cite a page whose own path names the trade (a page planted on a
/// hijacked site), unless the article reports on it.
#[test]
fn a_cue_does_not_cite_a_page_that_names_the_trade() {
    let lead = "Dewan kota menggelar rapat anggaran pada Selasa dan membahas perbaikan jalan di tiga kecamatan.";
    let planted = "https://dpmd.contohkab.go.id/wp-content/uploads/2025/07/slot-gacor-maxwin/";
    let (t, g) = clean_one(&format!(
        "{lead}\n\nRincian pencairan dana desa per desa dapat dilihat di {planted}, sementara laporan realisasi \
         diumumkan pekan depan."
    ));
    assert!(!t.contains(planted), "{t}\n{g}");
    // The same cue before a page that does not name the trade still cites it.
    let page = "https://dpmd.contohkab.go.id/wp-content/uploads/2025/07/rincian-dana-desa.pdf";
    let (t, g) = clean_one(&format!(
        "{lead}\n\nRincian pencairan dana desa per desa dapat dilihat di {page}, sementara laporan realisasi \
         diumumkan pekan depan."
    ));
    assert!(t.contains(page), "{t}\n{g}");
}

/// A link that ends its line after a colon is labelled by what comes before the colon, however
/// long: a pitch appended to an article with a chat link goes; a newsroom's own contact line
/// stays.
#[test]
fn a_link_after_a_colon_at_the_end_of_its_line_is_labelled_by_it() {
    let lead = "Dewan kota menggelar rapat anggaran pada Selasa dan membahas perbaikan jalan di tiga kecamatan.";
    let pitch = "Jasa joki skripsi, tesis dan jurnal terpercaya dengan revisi sampai selesai, fast respon: \
                 https://wa.me/6281234567890";
    let (t, g) = clean_one(&format!("{lead}\n\n{pitch}"));
    assert_eq!(t, lead, "{g}");
    let contact = "Redaksi menerima informasi dan laporan warga tentang kerusakan jalan lewat WhatsApp: \
                   https://wa.me/6281234567890";
    let (t, g) = clean_one(&format!("{lead}\n\n{contact}"));
    assert!(t.contains(contact), "{t}\n{g}");
}
