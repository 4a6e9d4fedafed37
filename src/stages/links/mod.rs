//! Injected-URL removal: find every link, score it, remove the promotional ones.
//!
//! [`LinksConfig`] (serde, in `[urls]`) builds a [`LinkCleaner`] holding the loaded lists. The
//! work splits in two like every stage of gleaner:
//!
//! * [`LinkCleaner::analyze`] runs per record, in parallel: it finds the links
//!   ([`extract`]), scores each on its own and in its record ([`classify`]).
//! * [`CampaignTracker`] runs in input order: it adds the one signal that needs the stream, the
//!   same off-site target linked from records of many different sites.
//!
//! The final decision (score against threshold) and the byte spans to delete come from
//! [`LinkCleaner::removal`], so the text outside them is never touched.

pub(crate) mod campaign;
pub(crate) mod classify;
pub(crate) mod extract;
pub(crate) mod lists;
pub(crate) mod reporting;

pub(crate) use campaign::CampaignTracker;
pub use classify::SignalWeights;
use classify::{DocContext, Lists, Scored};
use extract::{FoundLink, Target};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64_with_seed;

use crate::text::ByteSpan;

/// Seed of the campaign target hash.
const CAMPAIGN_SEED: u64 = 0x6361_6d70_6169_676e; // "campaign"

/// `[urls]`: how links are judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LinksConfig {
    /// Remove a link when its score reaches this value. Lower is stricter (removes more).
    pub threshold: f32,
    /// Weights of the signals.
    pub weights: SignalWeights,
    /// Domain blocklists: `builtin:<name>` or a path (one domain per line, or hosts format).
    pub blocklists: Vec<String>,
    /// Domains whose links are trusted more (a promotional path can still outweigh it).
    pub allowlists: Vec<String>,
    /// URL shorteners and link-in-bio services.
    pub shorteners: Vec<String>,
    /// Free hosting and site-builder services.
    pub free_hosting: Vec<String>,
    /// Promotional lexicons (`<weight> <term>` per line); the file name is the category.
    pub lexicons: Vec<String>,
    /// Spam-favoured TLDs (`<weight> <tld>` per line).
    pub spam_tlds: Vec<String>,
    /// Phrases that introduce a cited source (`Sumber:`, `according to`, ...).
    pub citation_cues: Vec<String>,
    /// The vocabulary of reporting (`cue <term>` and `topic <term>` per line): what makes an
    /// article or a sentence news about a promoted trade rather than a pitch for it.
    pub reporting: Vec<String>,
    /// A target linked from records of this many distinct sites is a link campaign.
    pub campaign_min_sites: usize,
    /// Most targets tracked for campaigns (memory bound; rarely seen ones are pruned first).
    pub campaign_max_targets: usize,
    /// Prose words (gambling vocabulary) an article needs before it counts as reporting on
    /// gambling, together with `reporting_min_cues` reporting words.
    pub reporting_min_topic_words: usize,
    /// Reporting words (police, blocked, regulator, ...) needed, see above.
    pub reporting_min_cues: usize,
    /// Remove the sentence that pitches a removed link with it, and pitching sentences next to
    /// it (`config/gleaner.toml` says when).
    pub pitch_sentences: bool,
}

impl Default for LinksConfig {
    fn default() -> Self {
        let b = |v: &[&str]| v.iter().map(|s| format!("builtin:{s}")).collect();
        LinksConfig {
            threshold: 1.0,
            weights: SignalWeights::default(),
            blocklists: b(&["hostsvn-gambling", "hostsvn-gambling-vn", "sinfonietta-gambling"]),
            allowlists: b(&["allow"]),
            shorteners: b(&["shorteners"]),
            free_hosting: b(&["free-hosting"]),
            lexicons: b(&["gambling", "betting", "adult", "pharma", "loan", "seo", "cta"]),
            spam_tlds: b(&["spam-tlds"]),
            citation_cues: b(&["citation-cues"]),
            reporting: b(&["reporting"]),
            campaign_min_sites: 3,
            campaign_max_targets: 200_000,
            reporting_min_topic_words: 3,
            reporting_min_cues: 2,
            pitch_sentences: true,
        }
    }
}

/// The lists compiled into the binary, by their `builtin:` name.
pub(crate) fn builtin_list(name: &str) -> Option<&'static str> {
    Some(match name {
        "hostsvn-gambling" => include_str!("../../../config/lists/blocklist/hostsVN-gambling-domain.txt"),
        "hostsvn-gambling-vn" => include_str!("../../../config/lists/blocklist/hostsVN-gambling-domain-VN.txt"),
        "sinfonietta-gambling" => include_str!("../../../config/lists/blocklist/sinfonietta-gambling-hosts.txt"),
        "allow" => include_str!("../../../config/lists/allow.txt"),
        "shorteners" => include_str!("../../../config/lists/shorteners.txt"),
        "free-hosting" => include_str!("../../../config/lists/free-hosting.txt"),
        "gambling" => include_str!("../../../config/lists/lexicon/gambling.txt"),
        "betting" => include_str!("../../../config/lists/lexicon/betting.txt"),
        "adult" => include_str!("../../../config/lists/lexicon/adult.txt"),
        "pharma" => include_str!("../../../config/lists/lexicon/pharma.txt"),
        "loan" => include_str!("../../../config/lists/lexicon/loan.txt"),
        "seo" => include_str!("../../../config/lists/lexicon/seo.txt"),
        "cta" => include_str!("../../../config/lists/lexicon/cta.txt"),
        "spam-tlds" => include_str!("../../../config/lists/spam-tlds.txt"),
        "citation-cues" => include_str!("../../../config/lists/citation-cues.txt"),
        "reporting" => include_str!("../../../config/lists/reporting.txt"),
        _ => return None,
    })
}

/// Category names must be `'static` in explanations; lexicon files outside the builtin set
/// get one of these by file stem, or `other`.
pub(crate) fn category_name(stem: &str) -> &'static str {
    match stem {
        "gambling" => "gambling",
        "betting" => "betting",
        "adult" => "adult",
        "pharma" => "pharma",
        "loan" => "loan",
        "seo" => "seo",
        "cta" => "cta",
        _ => "other",
    }
}

/// A link found in a record, with its static score.
#[derive(Debug, Clone)]
pub(crate) struct LinkInfo {
    pub link: FoundLink,
    pub scored: Scored,
    /// Index of the paragraph holding the link, if it lies in one.
    pub para: Option<usize>,
    /// Hash of the target (host and path), for campaign tracking, when eligible.
    pub campaign_key: Option<u64>,
    /// The sentence around the link when it is a pitch for it (see [`pitch_sentence`]): it
    /// goes with the link when the link and every other link in it are removed.
    pub pitch: Option<ByteSpan>,
}

impl LinkInfo {
    /// Whether the link points away from the article's own site (not scored `own_site`).
    pub(crate) fn off_site(&self) -> bool {
        self.scored.signals.iter().all(|s| s.name != "own_site")
    }
}

/// The built link stage: lists loaded, weights and threshold set.
#[derive(Debug, Clone)]
pub(crate) struct LinkCleaner {
    pub(crate) lists: Lists,
    pub(crate) weights: SignalWeights,
    pub(crate) threshold: f32,
    pub(crate) reporting_min_topic_words: usize,
    pub(crate) reporting_min_cues: usize,
    pub(crate) pitch_sentences: bool,
    pub(crate) campaign_max_targets: usize,
    /// What a word of prose says in [`LinkCleaner::reports_on_gambling`], by its key: bit
    /// [`TOPIC`] a word of the trades (lexicon or reporting list), bit [`CUE`] a reporting word.
    /// One lookup a word instead of three.
    prose_words: crate::stages::bounded::PrehashedMap<u8>,
    /// Phrases of the trades (lexicon phrases of [`REPORTED_TRADES`]) by the key of their last
    /// word, as the keys of all their words: found as the prose's words go by, with the words
    /// before kept in a ring (bit [`PHRASE_END`] of `prose_words` says when to look).
    topic_phrases: crate::stages::bounded::PrehashedMap<Vec<Vec<u64>>>,
}

/// The text of `span` outside the links `outers` (in text order, not overlapping), the pieces
/// joined by a space: the words a pitch test reads.
fn outside_links(text: &str, span: ByteSpan, outers: &[ByteSpan]) -> String {
    let first = outers.partition_point(|o| o.end <= span.start);
    let mut rest = String::new();
    let mut at = span.start;
    for o in outers[first..].iter().take_while(|o| o.start < span.end) {
        if o.start > at {
            rest.push_str(&text[at..o.start]);
            rest.push(' ');
        }
        at = at.max(o.end);
    }
    if at < span.end {
        rest.push_str(&text[at..span.end]);
    }
    rest
}

/// What [`LinkCleaner::pitch_line`] found about a paragraph.
#[derive(Debug, Clone, Copy)]
struct PitchLine {
    /// Short, and no reporting word.
    line: bool,
    /// And a promotional term around the paragraph's only link.
    promotional: bool,
}

impl PitchLine {
    /// Whether link `l` of the paragraph is pitched by it.
    fn pitches(&self, l: &LinkInfo) -> bool {
        self.line && (l.scored.promo_anchor || self.promotional)
    }
}

/// Trades an article may report on: gambling, betting, fake drugs, illegal loans, adult sites.
const REPORTED_TRADES: [&str; 5] = ["gambling", "betting", "pharma", "loan", "adult"];
const TOPIC: u8 = 1;
const CUE: u8 = 2;
const PHRASE_END: u8 = 4;
/// Longest phrase of the trades looked for in prose, in words.
const PHRASE_RING: usize = 8;

impl LinkCleaner {
    pub(crate) fn new(config: &LinksConfig, lists: Lists) -> Self {
        let mut prose_words = crate::stages::bounded::PrehashedMap::<u8>::default();
        let (cues, topic) = lists.reporting.word_keys();
        for (k, bit) in
            lists.lexicon.word_keys_of(&REPORTED_TRADES).chain(topic).map(|k| (k, TOPIC)).chain(cues.map(|k| (k, CUE)))
        {
            *prose_words.entry(k).or_insert(0) |= bit;
        }
        let mut topic_phrases = crate::stages::bounded::PrehashedMap::<Vec<Vec<u64>>>::default();
        for words in lists.lexicon.phrases_of(&REPORTED_TRADES).filter(|w| w.len() <= PHRASE_RING) {
            let keys: Vec<u64> = words.iter().map(|w| lists::word_key(w)).collect();
            let last = *keys.last().expect("a phrase has words");
            *prose_words.entry(last).or_insert(0) |= PHRASE_END;
            topic_phrases.entry(last).or_default().push(keys);
        }
        LinkCleaner {
            prose_words,
            topic_phrases,
            lists,
            weights: config.weights.clone(),
            threshold: config.threshold,
            reporting_min_topic_words: config.reporting_min_topic_words,
            reporting_min_cues: config.reporting_min_cues,
            pitch_sentences: config.pitch_sentences,
            campaign_max_targets: config.campaign_max_targets,
        }
    }

    /// Finds and scores the links of one record. `paras` are the paragraph spans of `text`.
    /// `title` is the record's title (may be empty): it says what the article reports on.
    pub(crate) fn analyze(
        &self,
        text: &str,
        title: &str,
        own_domain: Option<&str>,
        paras: &[ByteSpan],
    ) -> Vec<LinkInfo> {
        let links = extract::find_links(text);
        if links.is_empty() {
            return Vec::new();
        }
        // Whether the article reports on gambling is only worth measuring when some link may
        // go: promotional vocabulary, a listed host or TLD, an obfuscated spelling, or a
        // homepage pasted mid-sentence.
        let outers: Vec<ByteSpan> = links.iter().map(|l| l.outer()).collect();
        let spans = classify::reading_spans(text, &outers);
        let mut ctx = DocContext { text, own_domain, reporting: false, links: &spans };
        let mut out: Vec<LinkInfo> = links
            .into_iter()
            .map(|link| {
                let scored = classify::score(&link, &ctx, &self.lists, &self.weights);
                LinkInfo {
                    para: paragraph_of(paras, link.outer().start),
                    campaign_key: None,
                    pitch: None,
                    link,
                    scored,
                }
            })
            .collect();
        let promo = out.iter().any(|l| {
            l.scored.signals.iter().any(|s| {
                matches!(
                    s.name,
                    "lexicon_host"
                        | "lexicon_path"
                        | "blocklist"
                        | "spam_tld"
                        | "obfuscated"
                        | "bare_domain_mid_sentence"
                        | "homepage_mid_sentence"
                )
            })
        });
        // Links of a report that stand on a pitch line of their own (below).
        let mut appended = vec![false; out.len()];
        if promo && self.reports_on_gambling(text, title, &out, paras) {
            ctx.reporting = true;
            let mut lines: Vec<Option<PitchLine>> = vec![None; paras.len()];
            for (l, appended) in out.iter_mut().zip(&mut appended) {
                // A pitch appended to a report (`Tham gia cá cược uy tín tại https://x.com/
                // nhận thưởng 200%`) is the spammer's, not the reporter's quote, and keeps the
                // score it has outside a report. A public body's page is cited there, unless
                // its anchor is the pitch (a hijacked page in a hidden block).
                let institutional = l.link.parsed().is_some_and(|p| classify::is_institutional(&p.suffix));
                *appended = (!institutional || l.scored.promo_anchor)
                    && l.para.is_some_and(|p| {
                        lines[p].get_or_insert_with(|| self.pitch_line(text, paras[p], &outers)).pitches(l)
                            || self.pitch_tail(text, paras[p], l, &outers)
                    });
                if !*appended {
                    l.scored = classify::score(&l.link, &ctx, &self.lists, &self.weights);
                }
            }
        }
        if !ctx.reporting {
            self.mark_spun_copies(text, paras, &outers, &mut out);
        }
        self.mark_link_blocks(text, paras, &mut out);
        for (l, appended) in out.iter_mut().zip(appended) {
            if l.scored.campaign_eligible {
                l.campaign_key = l.link.parsed().map(campaign_key);
            }
            // An article that reports on gambling quotes the pitches it reports on (but for
            // those appended to it); a public body's page is cited, and a wrong removal of one
            // must not take its sentence.
            let institutional = l.link.parsed().is_some_and(|p| classify::is_institutional(&p.suffix));
            if self.pitch_sentences
                && (!ctx.reporting || appended)
                && !institutional
                && l.scored.score > 0.0
                && let Some(p) = l.para
            {
                l.pitch = pitch_sentence(text, paras[p], l.link.outer(), &outers, &self.lists);
            }
        }
        out
    }

    /// Whether the links of paragraph `para` stand on a line of their own that pitches them: a
    /// paragraph of at most [`PITCH_LINE_MAX_WORDS`] words besides its links, none of them a
    /// reporting word. Its links are then pitched when one is an anchor on promotional words,
    /// or when the words hold a promotional term (weight [`PITCH_MIN_WEIGHT_LINKED`] or more)
    /// around the paragraph's only link ([`PitchLine::pitches`]). A report's own paragraphs
    /// name the sites it is about in lists (`sites including x.com and y.net, which required
    /// no prescription`) and in longer sentences that say what was done to them. Computed once
    /// a paragraph: the work stays linear however many links a paragraph holds.
    fn pitch_line(&self, text: &str, para: ByteSpan, outers: &[ByteSpan]) -> PitchLine {
        // `outers` are in text order and do not overlap: those in the paragraph are a run.
        let from = outers.partition_point(|o| o.end <= para.start);
        let to = outers.partition_point(|o| o.start < para.end);
        let rest = outside_links(text, para, outers);
        let toks = lists::tokens(&rest);
        let line = toks.len() <= PITCH_LINE_MAX_WORDS && !self.lists.reporting.has_cue(&rest, &toks);
        PitchLine {
            line,
            promotional: line
                && to.saturating_sub(from) == 1
                && self.lists.lexicon.best(&toks).is_some_and(|h| h.weight >= PITCH_MIN_WEIGHT_LINKED),
        }
    }

    /// Whether link `l` stands at the end of its paragraph's last sentence (at most
    /// [`PITCH_TAIL_AFTER_WORDS`] words after it) and that sentence is a pitch appended to a
    /// report (`… dijerat Pasal 45 UU ITE. Obat kuat pria asli, kirim COD, pesan di
    /// https://…`): at most [`PITCH_LINE_MAX_WORDS`] words besides its links, no reporting word,
    /// and a strong promotional term ([`PITCH_TAIL_MIN_WEIGHT`]). A report's own sentences that
    /// name sites say what was done to them.
    fn pitch_tail(&self, text: &str, para: ByteSpan, l: &LinkInfo, outers: &[ByteSpan]) -> bool {
        let o = l.link.outer();
        if o.end > para.end || o.start < para.start {
            return false;
        }
        let after = text[o.end..para.end].trim_end().trim_end_matches(['.', '!', '。', '।']);
        if after.contains(['.', '!', '?', '\n']) || after.split_whitespace().count() > PITCH_TAIL_AFTER_WORDS {
            return false;
        }
        let before = &text[para.start..o.start];
        let start =
            [". ", "! ", "? ", "\n"].iter().filter_map(|e| before.rfind(e).map(|p| p + e.len())).max().unwrap_or(0);
        let rest = outside_links(text, ByteSpan::new(para.start + start, para.end), outers);
        let toks = lists::tokens(&rest);
        toks.len() <= PITCH_LINE_MAX_WORDS
            && !self.lists.reporting.has_cue(&rest, &toks)
            && self.lists.lexicon.best(&toks).is_some_and(|h| h.weight >= PITCH_TAIL_MIN_WEIGHT)
    }

    /// Homepages of other sites pasted into a reworded copy of one of the article's paragraphs
    /// ([`SignalWeights::spun_copy`]): the paragraph shares at least [`SPUN_MIN_JACCARD`] of its
    /// distinct words with another paragraph (outside links, at least [`SPUN_MIN_WORDS`] in
    /// each: short paragraphs share their function words), and neither paragraph names the
    /// site. Such pairs are rare in real news (0.2% of BBC
    /// articles, 5% of detik's, most of them lists of like items), and carry a homepage that the
    /// other lacks rarer still; a spammer's spun copy is made of the paragraph beside it.
    fn mark_spun_copies(&self, text: &str, paras: &[ByteSpan], outers: &[ByteSpan], links: &mut [LinkInfo]) {
        // Links already removed need no more evidence (and their spam is the common case: the
        // paragraphs of most articles with such links are then not read again).
        let eligible = |l: &LinkInfo| {
            l.para.is_some()
                && l.scored.score < self.threshold
                && l.off_site()
                && l.scored.signals.iter().all(|s| s.name != "allowlist")
                && l.link.parsed().is_some_and(|p| p.is_homepage() && !classify::is_institutional(&p.suffix))
        };
        if paras.len() < 2 || !links.iter().any(eligible) {
            return;
        }
        // Each paragraph's distinct words, read when first needed.
        let mut buf = String::new();
        let mut words: Vec<Option<Vec<u64>>> = vec![None; paras.len()];
        let mut words_of = |i: usize, words: &mut Vec<Option<Vec<u64>>>| {
            words[i].get_or_insert_with(|| {
                let mut v = Vec::new();
                lists::for_each_token(&outside_links(text, paras[i], outers), &mut buf, |w| v.push(lists::word_key(w)));
                v.sort_unstable();
                v.dedup();
                v
            });
        };
        let jaccard = |a: &[u64], b: &[u64]| {
            let (mut i, mut j, mut both) = (0, 0, 0);
            while i < a.len() && j < b.len() {
                match a[i].cmp(&b[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => (i, j, both) = (i + 1, j + 1, both + 1),
                }
            }
            both as f32 / (a.len() + b.len() - both) as f32
        };
        for l in links.iter_mut().filter(|l| eligible(l)) {
            let (Some(pi), Some(p)) = (l.para, l.link.parsed()) else { continue };
            words_of(pi, &mut words);
            if words[pi].as_ref().is_none_or(|w| w.len() < SPUN_MIN_WORDS) {
                continue;
            }
            let name = p.domain.split('.').next().unwrap_or("").to_ascii_lowercase();
            // A paragraph that names the site it links in its own words cites it (`… and Sony
            // sells it at https://www.sony.com`), however like its neighbours it is.
            if outside_links(text, paras[pi], outers).to_ascii_lowercase().contains(&name) {
                continue;
            }
            // A paragraph a quarter or four times as long as this one cannot share enough of
            // its words (Jaccard 0.4 needs the smaller set at least 0.4 of the larger).
            let len = paras[pi].len();
            let mut copy = false;
            for (qi, q) in paras.iter().enumerate() {
                if qi == pi || q.len() * 4 < len || q.len() > len * 4 {
                    continue;
                }
                words_of(qi, &mut words);
                let (own, other) = (words[pi].as_deref().unwrap_or(&[]), words[qi].as_deref().unwrap_or(&[]));
                if other.len() >= SPUN_MIN_WORDS
                    && jaccard(own, other) >= SPUN_MIN_JACCARD
                    && !q.of(text).to_ascii_lowercase().contains(&name)
                {
                    copy = true;
                    break;
                }
            }
            if copy {
                l.scored.push("spun_copy", None, self.weights.spun_copy);
            }
        }
    }

    /// HTML anchors to other sites in paragraphs of nothing but links: the blocks of links
    /// that compromised pages carry (often hidden with `display:none`).
    fn mark_link_blocks(&self, text: &str, paras: &[ByteSpan], links: &mut [LinkInfo]) {
        let mut i = 0;
        while i < links.len() {
            let Some(p) = links[i].para else {
                i += 1;
                continue;
            };
            let mut j = i;
            while j < links.len() && links[j].para == Some(p) {
                j += 1;
            }
            // The paragraph's text outside its links and outside HTML tags.
            let span = paras[p];
            let mut prose = false;
            let mut at = span.start;
            let mut in_tag = false;
            let check = |s: &str, in_tag: &mut bool| {
                for c in s.chars() {
                    match c {
                        '<' => *in_tag = true,
                        '>' => *in_tag = false,
                        c if !*in_tag && c.is_alphanumeric() => return true,
                        _ => {}
                    }
                }
                false
            };
            for l in &links[i..j] {
                let o = l.link.outer();
                let end = o.start.min(span.end);
                if end > at {
                    prose |= check(&text[at..end], &mut in_tag);
                }
                at = at.max(o.end);
            }
            if at < span.end {
                prose |= check(&text[at..span.end], &mut in_tag);
            }
            if !prose {
                for l in &mut links[i..j] {
                    if l.link.form == extract::LinkForm::HtmlAnchor && l.off_site() && has_url_target(l) {
                        l.scored.push("link_block", None, self.weights.link_block);
                    }
                }
            }
            i = j;
        }
    }

    /// Counts gambling vocabulary and reporting words in the article's own prose: its title,
    /// and its text outside links and outside the paragraphs whose links look promotional (an
    /// injected pitch brings its own gambling words, and must not make the article look like a
    /// report; a report that lists the sites it is about loses that paragraph, and its title
    /// still says what it reports on).
    fn reports_on_gambling(&self, text: &str, title: &str, links: &[LinkInfo], paras: &[ByteSpan]) -> bool {
        // A government or academic page is a pitch by its host or its anchor only: cited in a
        // report, its path and the sentence around it name the harm it warns about
        // (`its guide on payday loans is at .../consumer-tools/payday-loans/`). A hijacked one
        // in a spammer's paragraph carries a promotional anchor.
        let pitch = |l: &LinkInfo| {
            let institutional = l.link.parsed().is_some_and(|p| classify::is_institutional(&p.suffix));
            l.scored.signals.iter().any(|s| {
                s.weight > 0.0
                    && match s.name {
                        "lexicon_host" | "lexicon_anchor" | "blocklist" => true,
                        // A path or sentence that merely touches the trade (`lottery-and-gaming/
                        // registered-operators` at a regulator) does not make a pitch.
                        "lexicon_path" | "promo_context" => !institutional && s.weight >= PITCH_PATH_MIN_WEIGHT,
                        _ => false,
                    }
            })
        };
        let skipped: Vec<ByteSpan> =
            links.iter().filter(|l| pitch(l)).filter_map(|l| l.para.map(|p| paras[p])).collect();
        // The prose, lowercased once; tokens are looked up as words, and all fragments are
        // found in one pass of the automaton over the whole prose.
        let mut prose = String::with_capacity(title.len() + 1 + text.len());
        if !title.contains("://") {
            prose.push_str(title);
            prose.push(' ');
        }
        let mut at = 0;
        let cut = |from: usize, to: usize, prose: &mut String| {
            if from < to {
                prose.push_str(&text[from..to]);
                prose.push(' ');
            }
        };
        let mut holes: Vec<ByteSpan> = links.iter().map(|l| l.link.outer()).chain(skipped).collect();
        holes.sort_by_key(|h| (h.start, h.end));
        for h in holes {
            cut(at, h.start, &mut prose);
            at = at.max(h.end);
        }
        cut(at, text.len(), &mut prose);
        let prose = prose.to_lowercase();
        // Reporting on any promoted trade counts: gambling, betting, fake drugs, illegal loans.
        let found = self.lists.reporting.fragment_counts(&prose);
        let mut topic = self.lists.lexicon.fragment_hits(&prose, &REPORTED_TRADES) + found.topic;
        let mut cues = found.cues;
        let mut word = String::new();
        // A report names its trade in phrases as often as in words (`obat kuat`, `judi
        // online`): a phrase counts where it ends, once.
        let mut ring = [0u64; PHRASE_RING];
        let mut seen = 0usize;
        lists::for_each_token(&prose, &mut word, |w| {
            let key = lists::word_key(w);
            ring[seen % PHRASE_RING] = key;
            seen += 1;
            if let Some(&f) = self.prose_words.get(&key) {
                topic += usize::from(f & TOPIC != 0);
                cues += usize::from(f & CUE != 0);
                if f & PHRASE_END != 0 {
                    let ends_here = |keys: &Vec<u64>| {
                        keys.len() <= seen
                            && keys
                                .iter()
                                .rev()
                                .enumerate()
                                .all(|(back, k)| ring[(seen - 1 - back) % PHRASE_RING] == *k)
                    };
                    topic += usize::from(self.topic_phrases.get(&key).is_some_and(|ps| ps.iter().any(ends_here)));
                }
            }
        });
        topic >= self.reporting_min_topic_words && cues >= self.reporting_min_cues
    }

    /// Whether `l` is a chat link (`wa.me/…`, `t.me/…`) that would go as the call to action of
    /// a pitch sentence it stands in: not the article's own, not allowlisted, not cited.
    pub(crate) fn is_pitch_contact(&self, l: &LinkInfo) -> bool {
        classify::is_contact_link(&l.link)
            && !l.scored.signals.iter().any(|s| matches!(s.name, "own_site" | "allowlist" | "citation_cue"))
    }

    /// Whether a link is removed, given the extra campaign weight decided in stream order.
    pub(crate) fn is_removed(&self, info: &LinkInfo, campaign: bool) -> bool {
        let extra = if campaign { self.weights.campaign } else { 0.0 };
        info.scored.score + extra >= self.threshold
    }

    /// The byte spans that remove a link: the whole element when its anchor is promotional (or
    /// there is no element), the tags alone otherwise; spacing mended so that one space stays
    /// where a link sat between two words.
    pub(crate) fn removal(text: &str, info: &LinkInfo, out: &mut Vec<ByteSpan>) {
        match info.link.element {
            Some(e) if !drops_anchor(text, info) => {
                out.push(e.open);
                if !e.close.is_empty() {
                    out.push(e.close);
                }
            }
            _ => out.push(mend_spacing(text, info.link.outer())),
        }
    }
}

/// Most words (outside links) of a sentence removed as a link's pitch: a longer one is the
/// article's own prose, however it mentions the trade.
const PITCH_MAX_WORDS: usize = 40;
/// Most words after a link that ends a pitch appended to a report ([`LinkCleaner::pitch_tail`]).
const PITCH_TAIL_AFTER_WORDS: usize = 6;
/// Least weight of the promotional term of a pitch appended to a report's paragraph.
const PITCH_TAIL_MIN_WEIGHT: f32 = 0.7;
/// Fewest distinct words (outside links) of each of two paragraphs compared for one being a
/// reworded copy of the other ([`LinkCleaner::mark_spun_copies`]).
const SPUN_MIN_WORDS: usize = 16;
/// Least share of distinct words (Jaccard) two paragraphs have in common for one to be a
/// reworded copy of the other.
const SPUN_MIN_JACCARD: f32 = 0.4;
/// The least weight of a path or context signal that makes a link's paragraph a pitch, left
/// out of the prose a report is recognised by ([`LinkCleaner::reports_on_gambling`]).
const PITCH_PATH_MIN_WEIGHT: f32 = 0.3;
/// Most words besides its links of a line that pitches a link in a report
/// ([`LinkCleaner::pitch_line`]).
const PITCH_LINE_MAX_WORDS: usize = 30;
/// The same in characters (scripts without spaces make long tokens).
const PITCH_MAX_CHARS: usize = 320;
/// Bytes searched on each side of a link for the ends of its sentence.
const PITCH_WINDOW: usize = 2048;
/// Weight of the strongest lexicon term that makes a link's sentence a pitch (`daftar
/// sekarang`, `jackpot`: calls to action and prizes), and one next to it.
const PITCH_MIN_WEIGHT_LINKED: f32 = 0.4;
const PITCH_MIN_WEIGHT: f32 = 0.5;
/// Most sentences on each side of a pitch that go with it.
const PITCH_MAX_NEIGHBOURS: usize = 3;

/// The sentence around the link at `link` when it is a pitch for the link: its words outside
/// links (`outers`) name the promoted trade or call to action (a lexicon term of weight 0.4 or
/// more: `slot gacor`, `bonus new member`, `jackpot`, `daftar sekarang`), none reports on it (a word of
/// `reporting`: banned, arrested, illegal), and there are at most [`PITCH_MAX_WORDS`] of them.
/// Removing the link alone would leave the pitch behind, cut ("Kunjungi juga untuk info
/// jackpot maxwin terbaru."). Up to [`PITCH_MAX_NEIGHBOURS`] sentences on each side join it
/// while they pitch too (a term of weight 0.5 or more) and hold no link. The span covers the sentences, their end marks and
/// the spaces after them (or before them, at the end of the paragraph), so that the text reads
/// as if they had never been there. Sentences end at `.`, `!` or `?` before a space (or at
/// `。！？`), outside links; `para` bounds the search.
pub(crate) fn pitch_sentence(
    text: &str,
    para: ByteSpan,
    link: ByteSpan,
    outers: &[ByteSpan],
    lists: &Lists,
) -> Option<ByteSpan> {
    // A link whose markup runs past its paragraph (an anchor spanning lines) has no sentence.
    if link.start < para.start || link.end > para.end {
        return None;
    }
    // The sentence is looked for within a window around the link: one that runs past it is
    // too long to be a pitch anyway, and the work per link stays bounded.
    let mut lo = link.start.saturating_sub(PITCH_WINDOW).max(para.start);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (link.end + PITCH_WINDOW).min(para.end);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    // Thai, Lao, Khmer and Burmese mark no sentence ends: the "sentence" would be the line.
    if text[lo..hi]
        .chars()
        .any(|c| matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'))
    {
        return None;
    }
    // The links in the window (`outers` are in text order and do not overlap).
    let near = &outers[outers.partition_point(|o| o.end <= lo)..outers.partition_point(|o| o.start < hi)];
    let in_link = |i: usize| {
        let k = near.partition_point(|o| o.end <= i);
        k < near.len() && near[k].start <= i
    };
    let b = text.as_bytes();
    // A sentence end at byte `i`: the char there ends a sentence, and what follows is a space
    // (or the paragraph's end) unless it is an ideographic mark.
    let ends_at = |i: usize| -> Option<usize> {
        if in_link(i) {
            return None;
        }
        let c = text[i..].chars().next()?;
        let next = i + c.len_utf8();
        match c {
            '.' | '!' | '?' => (next >= para.end || b[next] == b' ' || b[next] == b'\t').then_some(next),
            '。' | '！' | '？' => Some(next),
            _ => None,
        }
    };
    // Where the sentence holding byte `at` starts (after the last sentence end before `at`),
    // and where the one starting at `from` ends; `None` when that lies outside the window.
    let sentence_start = |at: usize| match text[lo..at].char_indices().rev().find_map(|(i, _)| ends_at(lo + i)) {
        Some(s) => Some(s),
        None => (lo == para.start).then_some(para.start),
    };
    let sentence_end = |from: usize| match text[from..hi].char_indices().find_map(|(i, _)| ends_at(from + i)) {
        Some(e) => Some(e),
        None => (hi == para.end).then_some(para.end),
    };
    let start = sentence_start(link.start)?;
    let end = sentence_end(link.end)?;
    // Whether the text of `from..to` outside links is a pitch: a promotional term of at least
    // `weight`, no reporting word, not too long.
    let promotional = |from: usize, to: usize, weight: f32| {
        let rest = outside_links(text, ByteSpan::new(from, to), near);
        let toks = lists::tokens(&rest);
        // A sentence that reports (banned, arrested, illegal) is news about the trade.
        toks.len() <= PITCH_MAX_WORDS
            && rest.chars().count() <= PITCH_MAX_CHARS
            && !lists.reporting.has_cue(&rest, &toks)
            && lists.lexicon.best(&toks).is_some_and(|h| h.weight >= weight)
    };
    // The link's own sentence needs less than its neighbours: it holds the removed link.
    if !promotional(start, end, PITCH_MIN_WEIGHT_LINKED) {
        return None;
    }
    // The sentences next to it go too while they pitch as well and hold no link of their own
    // ("Situs slot gacor terpercaya. Daftar di x.com. Bonus new member 100%!").
    let no_link = |from: usize, to: usize| !near.iter().any(|o| o.end > from && o.start < to);
    let (mut start, mut end) = (start, end);
    for _ in 0..PITCH_MAX_NEIGHBOURS {
        // The previous sentence: from the sentence end before its own end mark.
        let Some((last, _)) = text[lo..start].trim_end().char_indices().last() else { break };
        let Some(from) = sentence_start(lo + last) else { break };
        if !(no_link(from, start) && promotional(from, start, PITCH_MIN_WEIGHT)) {
            break;
        }
        start = from;
    }
    for _ in 0..PITCH_MAX_NEIGHBOURS {
        let next = end + (text[end..hi].len() - text[end..hi].trim_start().len());
        let Some(to) = (next < hi).then(|| sentence_end(next)).flatten() else { break };
        if !(no_link(end, to) && promotional(next, to, PITCH_MIN_WEIGHT)) {
            break;
        }
        end = to;
    }
    // Whole sentence with the spaces after it, or before it when it ends the paragraph.
    let start = start + text[start..end].len() - text[start..end].trim_start().len();
    let after = text[end..para.end].len() - text[end..para.end].trim_start_matches([' ', '\t']).len();
    if end + after < para.end {
        Some(ByteSpan::new(start, end + after))
    } else {
        let before = text[para.start..start].len() - text[para.start..start].trim_end_matches([' ', '\t']).len();
        Some(ByteSpan::new(start - before, para.end))
    }
}

/// Whether removing this link removes its anchor text too: when the anchor is promotional,
/// empty, or holds a URL (which would otherwise surface as a link of its own once the element
/// is gone, and make a second cleaning remove more than the first).
pub(crate) fn drops_anchor(text: &str, info: &LinkInfo) -> bool {
    let Some(e) = info.link.element else { return true };
    let a = e.anchor.of(text).trim();
    info.scored.promo_anchor || a.is_empty() || !extract::find_links(a).is_empty()
}

fn campaign_key(p: &extract::ParsedUrl) -> u64 {
    let host = p.host.strip_prefix("www.").unwrap_or(&p.host);
    let path = p.path.trim_end_matches('/');
    let mut key = String::with_capacity(host.len() + path.len());
    key.push_str(host);
    key.push_str(path);
    xxh3_64_with_seed(key.as_bytes(), CAMPAIGN_SEED)
}

fn paragraph_of(paras: &[ByteSpan], at: usize) -> Option<usize> {
    let i = paras.partition_point(|p| p.end <= at);
    (i < paras.len() && paras[i].start <= at).then_some(i)
}

/// Extends a removed span over adjacent spaces so that the text reads as if the link had never
/// been there: between two words one space stays; at a line start or before punctuation or a
/// line end, the spaces on the open side go too.
pub(crate) fn mend_spacing(text: &str, span: ByteSpan) -> ByteSpan {
    let b = text.as_bytes();
    let is_sp = |c: u8| c == b' ' || c == b'\t';
    let before_ws = span.start > 0 && is_sp(b[span.start - 1]);
    let after_ws = span.end < b.len() && is_sp(b[span.end]);
    let line_start = span.start == 0 || b[span.start - 1] == b'\n';
    let mut s = span;
    if after_ws && (before_ws || line_start) {
        while s.end < b.len() && is_sp(b[s.end]) {
            s.end += 1;
        }
    } else if before_ws {
        let next = b.get(span.end).copied();
        let closes = matches!(next, None | Some(b'\n' | b'\r' | b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'));
        if closes {
            while s.start > 0 && is_sp(b[s.start - 1]) {
                s.start -= 1;
            }
        }
    }
    s
}

/// Whether a link's target is a URL at all (relative and empty links are never removed).
pub(crate) fn has_url_target(info: &LinkInfo) -> bool {
    matches!(info.link.target, Target::Url(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, span: ByteSpan) -> String {
        format!("{}{}", &text[..span.start], &text[span.end..])
    }

    #[test]
    fn mending_leaves_one_space_between_words() {
        let t = "lama https://x.com/ mencurigai";
        assert_eq!(apply(t, mend_spacing(t, ByteSpan::new(5, 19))), "lama mencurigai");
        let t = "https://x.com/ mencurigai";
        assert_eq!(apply(t, mend_spacing(t, ByteSpan::new(0, 14))), "mencurigai");
        let t = "lihat x.com.";
        assert_eq!(apply(t, mend_spacing(t, ByteSpan::new(6, 11))), "lihat.");
        let t = "lihat x.com\nlalu";
        assert_eq!(apply(t, mend_spacing(t, ByteSpan::new(6, 11))), "lihat\nlalu");
        let t = "dix.com lalu";
        assert_eq!(apply(t, mend_spacing(t, ByteSpan::new(2, 7))), "di lalu");
    }

    #[test]
    fn paragraph_of_finds_the_holder() {
        let p = [ByteSpan::new(0, 5), ByteSpan::new(7, 10)];
        assert_eq!(paragraph_of(&p, 3), Some(0));
        assert_eq!(paragraph_of(&p, 6), None);
        assert_eq!(paragraph_of(&p, 7), Some(1));
        assert_eq!(paragraph_of(&p, 11), None);
    }

    #[test]
    fn the_builtin_reporting_vocabulary_loads() {
        let mut r = reporting::Reporting::default();
        r.add_file(builtin_list("reporting").unwrap()).unwrap();
        r.prepare();
        assert!(r.len() > 200);
        assert!(r.is_cue_word(lists::word_key("police")));
    }

    #[test]
    fn every_builtin_list_parses() {
        let c = LinksConfig::default();
        for name in c.blocklists.iter().chain(&c.allowlists).chain(&c.lexicons).chain(&c.spam_tlds).chain(&c.reporting)
        {
            let n = name.strip_prefix("builtin:").unwrap();
            assert!(builtin_list(n).is_some(), "{n}");
        }
    }
}
