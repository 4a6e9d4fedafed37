//! The engine: one record in, one cleaned record (or reject) out. Synchronous and pure.
//!
//! A record goes through three phases, in this order:
//!
//! 1. `Analyzer::analyze` (per record, parallel): decode, split paragraphs, find and score
//!    links, tokenise the text outside links, fingerprint every paragraph, find in-document
//!    repeats and title echoes.
//! 2. `State::decide` (stream, in input order): settle link campaigns and link removals, which
//!    of two repeats goes, site boilerplate, then the document fingerprint and the
//!    near-duplicate verdict.
//! 3. `Analyzer::render` (per record, parallel): delete the decided spans, write the record
//!    with its explanation.
//!
//! The phases exchange owned values (`Analysis`, `Decision`) that refer to the input line
//! by byte offsets, so a batch of lines moves between threads without copying text. The
//! [`Engine`] bundles an `Arc<Analyzer>` with the [`State`] for callers that want one call per
//! record (the daemon, tests); the pipeline drives the phases itself.

use std::sync::Arc;

use serde_json::value::RawValue;
use xxhash_rust::xxh3::{xxh3_64_with_seed, xxh3_128_with_seed};

use crate::error::RecordError;
use crate::record::{
    self, Explanation, FieldNames, LinePos, ParagraphReason, Record, Reject, RemovedParagraph, RemovedUrl, UrlScore,
    Verdict,
};
use crate::stages::links::{self, CampaignTracker, LinkCleaner, LinkInfo};
use crate::stages::neardup::digits::{DigitSketch, digit_bit};
use crate::stages::neardup::simhash::{BitCounts, MinSketch, ngrams, shingles, unigram};
use crate::stages::neardup::{Fingerprint, NearDupConfig, NearDupFilter};
use crate::stages::repeats::boilerplate::{self, BoilerplateTracker};
use crate::stages::repeats::in_doc::{RepeatKind, find_repeats};
use crate::stages::repeats::title::title_echoes;
use crate::stages::repeats::{BoilerplateConfig, RepeatsConfig};
use crate::stages::{ParaInfo, apply_findings};
use crate::text::{self, ByteSpan, Tokens};

/// Seed of the site hash (registrable domain of a record's URL).
const SITE_SEED: u64 = 0x7369_7465_7369_7465; // "sitesite"
/// Seed of the exact-text hash.
const EXACT_SEED: u64 = 0x6578_6163_7431_3238; // "exact128"

/// A string of the input line: borrowed by offset, or owned when JSON escapes forced a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Str {
    Span(ByteSpan),
    Owned(Box<str>),
}

impl Str {
    /// `s` by offset when it lies inside `line`, else a copy.
    fn of_cow(line: &str, s: &str) -> Str {
        let (lp, sp) = (line.as_ptr() as usize, s.as_ptr() as usize);
        if !s.is_empty() && sp >= lp && sp + s.len() <= lp + line.len() {
            Str::Span(ByteSpan::new(sp - lp, sp - lp + s.len()))
        } else {
            Str::Owned(s.into())
        }
    }

    pub(crate) fn get<'a>(&'a self, line: &'a str) -> &'a str {
        match self {
            Str::Span(s) => s.of(line),
            Str::Owned(s) => s,
        }
    }
}

/// The immutable part of the engine: configuration and loaded lists.
#[derive(Debug, Clone)]
pub struct Analyzer {
    pub(crate) names: FieldNames,
    pub(crate) links: LinkCleaner,
    pub(crate) repeats: RepeatsConfig,
    pub(crate) neardup: NearDupConfig,
    pub(crate) boilerplate: BoilerplateConfig,
    /// Write every URL's score into the explanation.
    pub(crate) explain: bool,
    /// Parse and serialise only (the I/O floor of `gleaner bench --stages none`).
    pub(crate) passthrough: bool,
    /// Keep token hashes in the analysis (for the benches of single stages).
    pub(crate) keep_tokens: bool,
    /// Token hashes of the words left out of single-word simhash features.
    pub(crate) stopwords: crate::stages::neardup::Stopwords,
}

/// What the per-record phase learned about a record.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    /// Fields in input order: key, and the value's raw JSON span in the line.
    fields: Vec<(Str, ByteSpan)>,
    text: Str,
    id: Str,
    site: u64,
    paras: Vec<ParaInfo>,
    tokens_total: usize,
    /// Token hashes, kept only when asked (benches); empty otherwise.
    tokens: Vec<u64>,
    links: Vec<LinkInfo>,
    repeats: Vec<crate::stages::repeats::in_doc::Repeat>,
    echoes: Vec<usize>,
}

impl Analysis {
    pub(crate) fn paragraph_count(&self) -> usize {
        self.paras.len()
    }

    pub(crate) fn paras(&self) -> &[ParaInfo] {
        &self.paras
    }

    pub(crate) fn tokens(&self) -> &[u64] {
        &self.tokens
    }

    /// The record's text.
    pub(crate) fn text_of<'a>(&'a self, line: &'a str) -> &'a str {
        self.text.get(line)
    }
}

/// What the stream phase decided about a record.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub(crate) verdict: Verdict,
    fp: u64,
    duplicate_of: Option<(String, u32, f32)>,
    removed_links: Vec<(usize, &'static str)>,
    /// Removed links whose pitch sentence goes with them.
    pitched: Vec<usize>,
    campaign: Vec<usize>,
    removed_paras: Vec<RemovedParagraph>,
}

/// Running totals of what the engine decided.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    /// Records seen (good or bad).
    pub read: u64,
    /// Records kept.
    pub kept: u64,
    /// Records found to duplicate an earlier one.
    pub duplicates: u64,
    /// Records with nothing left after cleaning.
    pub empty: u64,
    /// Malformed records.
    pub malformed: u64,
    /// URLs removed.
    pub urls_removed: u64,
    /// Paragraphs removed.
    pub paragraphs_removed: u64,
    /// Removed URLs by reason.
    pub urls_by_reason: std::collections::BTreeMap<String, u64>,
    /// Removed paragraphs by reason.
    pub paragraphs_by_reason: std::collections::BTreeMap<String, u64>,
    /// Malformed records by reason.
    pub malformed_by_reason: std::collections::BTreeMap<String, u64>,
}

/// Sizes of the engine's state and lists (see [`Engine::stats`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct EngineStats {
    /// Documents in the near-duplicate index.
    pub indexed: usize,
    /// Heap bytes of the index.
    pub index_bytes: usize,
    /// Bytes of ids held by the index.
    pub index_id_bytes: usize,
    /// Documents evicted from the index.
    pub evicted: u64,
    /// Tables of the index.
    pub index_tables: usize,
    /// (site, paragraph) boilerplate counters held.
    pub boilerplate_entries: usize,
    /// Boilerplate counters pruned by the memory bound.
    pub boilerplate_pruned: u64,
    /// Heap bytes of the boilerplate counters (estimated from the table's capacity).
    pub boilerplate_bytes: usize,
    /// Heap bytes of the link-campaign targets (estimated likewise).
    pub campaign_bytes: usize,
    /// Link-campaign targets tracked.
    pub campaign_targets: usize,
    /// Lexicon entries loaded.
    pub lexicon_entries: usize,
    /// Blocklisted domains loaded.
    pub blocklist_domains: usize,
}

/// The mutable part of the engine: everything that carries across records.
#[derive(Debug, Clone)]
pub struct State {
    pub(crate) campaign: CampaignTracker,
    pub(crate) boilerplate: BoilerplateTracker,
    pub(crate) neardup: NearDupFilter,
    pub(crate) totals: Totals,
}

/// The engine: analyzer plus state.
#[derive(Debug, Clone)]
pub struct Engine {
    pub(crate) analyzer: Arc<Analyzer>,
    pub(crate) state: State,
}

/// The result of processing one line with [`Engine::process_line`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The verdict, or `None` for a malformed line.
    pub verdict: Option<Verdict>,
    /// The output line (a cleaned record or a reject), newline-terminated.
    pub line: Vec<u8>,
    /// Whether the line belongs to the rejects stream.
    pub to_rejects: bool,
}

/// Options of the render phase.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Send duplicates to the output (marked) instead of the rejects.
    pub keep_duplicates: bool,
}

/// Sites remembered per thread (see [`site_hash`]); the memo is emptied when it reaches this.
const SITE_MEMO: usize = 4096;

thread_local! {
    static SITES: std::cell::RefCell<std::collections::HashMap<String, (u64, Option<String>)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The record's site (registrable domain) and its hash. An http(s) URL's site depends only on
/// its scheme and authority, and a stream holds few sites, so those of the last few thousand
/// authorities are remembered per thread instead of parsing every URL in full.
fn site_hash(url: &str) -> (u64, Option<String>) {
    let url = url.trim();
    if url.is_empty() {
        return (0, None);
    }
    let Some(authority) = http_authority(url) else {
        return site_of(url);
    };
    SITES.with_borrow_mut(|memo| {
        if let Some(site) = memo.get(authority) {
            return site.clone();
        }
        let site = site_of(url);
        if memo.len() >= SITE_MEMO {
            memo.clear();
        }
        memo.insert(authority.to_owned(), site.clone());
        site
    })
}

/// `http://` or `https://` and the authority after it (up to the first `/`, `\`, `?` or `#`,
/// the characters that end it for the URL parser), when `url` starts so and it is not empty.
fn http_authority(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
    // An empty authority is no key: the parser skips any further slashes (`https:///a` is
    // the host `a`), so the host lies past it.
    (end > 0).then(|| &url[..url.len() - rest.len() + end])
}

/// [`site_hash`] without the memo.
fn site_of(url: &str) -> (u64, Option<String>) {
    let parsed = url::Url::parse(url).or_else(|_| url::Url::parse(&format!("http://{url}")));
    let Some(host) = parsed.ok().and_then(|u| u.host_str().map(str::to_owned)) else {
        return (0, None);
    };
    let host = host.trim_start_matches("www.").to_owned();
    let domain = psl::domain_str(&host).unwrap_or(&host).to_owned();
    (xxh3_64_with_seed(domain.as_bytes(), SITE_SEED) | 1, Some(domain))
}

/// Buffers of the analysis, kept per thread and reused from record to record.
#[derive(Default)]
struct Scratch {
    toks: Tokens,
    ranges: Vec<(std::ops::Range<u32>, u32)>,
    feats: Vec<u64>,
    seen: crate::stages::bounded::SeenSet,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// 128-bit hash of a token sequence: xxh3 over the token hashes' bytes, read in place.
fn token_bytes_hash(toks: &[u64]) -> u128 {
    // The bytes of `u64`s in native order: the same on every little-endian machine, which is
    // what snapshots (also native) assume.
    xxh3_128_with_seed(bytemuck::cast_slice(toks), EXACT_SEED)
}

impl Analyzer {
    /// Phase 1: everything that depends on the record alone.
    ///
    /// # Errors
    /// A [`RecordError`] when the line is not a usable record.
    pub(crate) fn analyze(&self, line: &[u8], pos: LinePos) -> Result<Analysis, RecordError> {
        self.analyze_laps(line, pos, &mut ())
    }

    /// [`Analyzer::analyze`] on a line already known to be UTF-8 (the pipeline validates a
    /// whole batch at once).
    pub(crate) fn analyze_str(&self, line: &str, pos: LinePos) -> Result<Analysis, RecordError> {
        let rec = record::parse_record_str(line, &self.names, pos)?;
        Ok(self.analyze_record(rec.line, &rec, &mut ()))
    }

    /// As [`Analyzer::analyze`]; a record without an id (absent or null) is named by
    /// `default_id` (JSON) instead of its line number, when given.
    pub(crate) fn analyze_with_id(
        &self,
        line: &[u8],
        pos: LinePos,
        default_id: Option<&str>,
    ) -> Result<Analysis, RecordError> {
        let rec = record::parse_record(line, &self.names, pos)?;
        let mut a = self.analyze_record(rec.line, &rec, &mut ());
        if let Some(id) = default_id
            && !rec.fields.iter().any(|(k, v)| *k == self.names.id && v.get() != "null")
        {
            a.id = Str::Owned(id.into());
        }
        Ok(a)
    }

    /// [`Analyzer::analyze`], reporting the end of each stage to `laps`.
    fn analyze_laps(&self, line: &[u8], pos: LinePos, laps: &mut impl Laps) -> Result<Analysis, RecordError> {
        let rec = record::parse_record(line, &self.names, pos);
        laps.lap(Stage::Parse);
        let rec = rec?;
        Ok(self.analyze_record(rec.line, &rec, laps))
    }

    fn analyze_record(&self, line: &str, rec: &Record<'_>, laps: &mut impl Laps) -> Analysis {
        let fields = rec
            .fields
            .iter()
            .map(|(k, v)| {
                let start = v.get().as_ptr() as usize - line.as_ptr() as usize;
                (Str::of_cow(line, k), ByteSpan::new(start, start + v.get().len()))
            })
            .collect();
        let text: &str = &rec.text;
        if self.passthrough {
            return Analysis {
                fields,
                text: Str::of_cow(line, &rec.text),
                id: Str::of_cow(line, &rec.id_json),
                site: 0,
                paras: Vec::new(),
                tokens_total: 0,
                tokens: Vec::new(),
                links: Vec::new(),
                repeats: Vec::new(),
                echoes: Vec::new(),
            };
        }
        let (site, own_domain) = site_hash(&rec.url);
        let spans = text::paragraphs(text);
        let links = self.links.analyze(text, &rec.title, own_domain.as_deref(), &spans);
        laps.lap(Stage::Links);

        // Tokens of each paragraph, leaving out URLs and link markup (anchor texts stay).
        SCRATCH.with_borrow_mut(|scratch| self.features(line, rec, fields, site, spans, links, scratch, laps))
    }

    /// The token, feature and repeat stages of [`Analyzer::analyze_record`], with buffers that
    /// are reused from record to record (`scratch`) instead of grown anew for each.
    #[allow(clippy::too_many_arguments)]
    fn features(
        &self,
        line: &str,
        rec: &Record<'_>,
        fields: Vec<(Str, ByteSpan)>,
        site: u64,
        spans: Vec<ByteSpan>,
        links: Vec<LinkInfo>,
        scratch: &mut Scratch,
        laps: &mut impl Laps,
    ) -> Analysis {
        let text: &str = &rec.text;
        let mut by_para: Vec<Vec<ByteSpan>> = Vec::new();
        if !links.is_empty() {
            by_para = vec![Vec::new(); spans.len()];
            for l in &links {
                if let Some(p) = l.para {
                    by_para[p].extend(masks(text, l));
                }
            }
            // Pitch sentences start before their links.
            by_para.iter_mut().for_each(|m| m.sort_unstable());
        }
        let Scratch { toks, ranges, feats, seen } = scratch;
        toks.clear();
        ranges.clear();
        for (pi, p) in spans.iter().enumerate() {
            let start = toks.hashes.len() as u32;
            let cjk0 = toks.cjk;
            let mut at = p.start;
            for m in by_para.get(pi).map_or(&[][..], Vec::as_slice) {
                // A link's masks may run past its paragraph (an anchor spanning lines).
                let end = m.start.min(p.end);
                if end > at {
                    text::tokenize(&text[at..end], toks);
                }
                at = at.max(m.end);
            }
            if at < p.end {
                text::tokenize(&text[at..p.end], toks);
            }
            ranges.push((start..toks.hashes.len() as u32, (toks.cjk - cjk0) as u32));
        }
        let total = toks.hashes.len();
        laps.lap(Stage::Tokenize);
        let nd = &self.neardup;
        let (k_sim, k_sketch) = if total > 0 && toks.cjk as f32 >= nd.cjk_ratio * total as f32 {
            (nd.simhash_chars, nd.sketch_chars)
        } else {
            (nd.simhash_words, nd.sketch_words)
        };
        let paras: Vec<ParaInfo> = spans
            .iter()
            .zip(ranges.iter().cloned())
            .map(|(span, (tok, cjk))| {
                let t = &toks.hashes[tok.start as usize..tok.end as usize];
                let mut counts = BitCounts::default();
                let mut mins = MinSketch::default();
                // Simhash features: the distinct word (or character) n-grams of the paragraph,
                // n = 1..=k_sim, each counted once per paragraph. Measured on the corpora
                // (README): single words keep near copies close under edits, bigrams and
                // once-per-paragraph counting keep unrelated texts apart despite stopwords.
                feats.clear();
                feats.extend(t.iter().copied().filter(|h| !self.stopwords.contains(*h)).map(unigram));
                let near = tok.len() >= self.repeats.near_min_tokens;
                let words = if near { feats.iter().fold(0u64, |w, h| w | 1 << (h >> 58)) } else { 0 };
                for n in 2..=k_sim {
                    ngrams(t, n, |h| feats.push(h));
                }
                seen.reset(feats.len());
                feats.retain(|h| seen.insert(*h));
                counts.add_all(feats);
                shingles(t, k_sketch, |h| mins.add(h));
                let flags = &toks.has_digit[tok.start as usize..tok.end as usize];
                let digits = t.iter().zip(flags).filter(|(_, d)| **d).fold(0u128, |m, (h, _)| m | digit_bit(*h));
                counts.flush();
                ParaInfo {
                    span: *span,
                    hash: token_bytes_hash(t),
                    // Only paragraphs long enough to be compared as near repeats need their own.
                    simhash: if near { counts.fingerprint() } else { 0 },
                    words,
                    counts,
                    mins,
                    digits,
                    cjk,
                    tok,
                }
            })
            .collect();
        laps.lap(Stage::Features);
        let mut linked = Vec::new();
        if !links.is_empty() {
            linked = vec![false; paras.len()];
            for l in links.iter().filter(|l| links::has_url_target(l)) {
                if let Some(p) = l.para {
                    linked[p] = true;
                }
            }
        }
        let repeats = find_repeats(text, &paras, &linked, &toks.hashes, &self.repeats);
        let echoes = if self.repeats.title_echo && !rec.title.trim().is_empty() {
            let mut tt = Tokens::default();
            text::tokenize(&rec.title, &mut tt);
            title_echoes(&paras, &toks.hashes, &tt.hashes, &self.repeats)
        } else {
            Vec::new()
        };
        laps.lap(Stage::Repeats);
        Analysis {
            fields,
            text: Str::of_cow(line, &rec.text),
            id: Str::of_cow(line, &rec.id_json),
            site,
            paras,
            tokens_total: total,
            tokens: if self.keep_tokens { toks.hashes.clone() } else { Vec::new() },
            links,
            repeats,
            echoes,
        }
    }

    /// Phase 3: the output line for a decided record.
    pub(crate) fn render(
        &self,
        line: &str,
        a: &Analysis,
        d: &Decision,
        opts: RenderOptions,
        out: &mut Vec<u8>,
    ) -> bool {
        let text = a.text.get(line);
        let cleaned = self.cleaned_text(text, a, d);
        let exp = self.explanation(text, a, d);
        let fields = a.fields.iter().map(|(k, v)| (k.get(line), v.of(line)));
        record::write_record(out, fields, &self.names.text, &cleaned, &exp);
        match d.verdict {
            Verdict::Kept => false,
            Verdict::Duplicate => !opts.keep_duplicates,
            _ => true,
        }
    }

    /// The cleaned text: the input text without the removed links and paragraphs (the text
    /// itself, uncopied, when nothing is removed).
    pub(crate) fn cleaned_text<'t>(&self, text: &'t str, a: &Analysis, d: &Decision) -> std::borrow::Cow<'t, str> {
        if d.removed_links.is_empty() && d.removed_paras.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut spans = Vec::new();
        for &(i, _) in &d.removed_links {
            link_removal(text, a, i, &d.pitched, &mut spans);
        }
        if !d.removed_paras.is_empty() {
            let para_spans: Vec<ByteSpan> = a.paras.iter().map(|p| p.span).collect();
            let mut removed = vec![false; a.paras.len()];
            for r in &d.removed_paras {
                removed[r.index] = true;
            }
            spans.extend(text::paragraph_removals(&para_spans, &removed));
        }
        std::borrow::Cow::Owned(apply_findings(text, &mut spans))
    }

    fn explanation(&self, text: &str, a: &Analysis, d: &Decision) -> Explanation {
        let removed_urls = d
            .removed_links
            .iter()
            .map(|&(i, reason)| RemovedUrl {
                url: a.links[i].link.url.of(text).to_owned(),
                reason: reason.to_owned(),
                with_sentence: d.pitched.binary_search(&i).is_ok(),
            })
            .collect();
        let urls = self.explain.then(|| {
            a.links
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut signals: Vec<String> = l.scored.signals.iter().map(|s| s.label()).collect();
                    let mut score = l.scored.score;
                    if d.campaign.contains(&i) {
                        signals.push(format!("campaign={:+.2}", self.links.weights.campaign));
                        score += self.links.weights.campaign;
                    }
                    UrlScore {
                        url: l.link.url.of(text).to_owned(),
                        score: (score * 100.0).round() / 100.0,
                        removed: d.removed_links.iter().any(|(j, _)| *j == i),
                        signals,
                    }
                })
                .collect()
        });
        Explanation {
            verdict: d.verdict,
            simhash: format!("{:016x}", d.fp),
            duplicate_of: d.duplicate_of.as_ref().map(|(id, _, _)| {
                RawValue::from_string(id.clone()).expect("ids are stored as the JSON they were read as")
            }),
            distance: d.duplicate_of.as_ref().map(|(_, dist, _)| *dist),
            similarity: d.duplicate_of.as_ref().map(|(_, _, s)| (s * 100.0).round() / 100.0),
            removed_urls,
            removed_paragraphs: d.removed_paras.clone(),
            urls,
        }
    }
}

/// The spans of a link left out of tokens: the URL and the markup, not the anchor text (the
/// whole pitch sentence when the link has one).
fn masks(text: &str, l: &LinkInfo) -> Vec<ByteSpan> {
    // A pitch sentence goes with its link: left out as a promotional anchor is (below).
    if let Some(s) = l.pitch {
        return vec![s];
    }
    match l.link.element {
        // An anchor text that goes with its link when the link is removed (promotional, or
        // holding a URL) is left out too, so repeats, title echoes and the fingerprint are
        // judged without it: otherwise a paragraph that differed from another only by the
        // pitch survived the first pass and went in the second (cleaning was not idempotent;
        // found by the property test).
        Some(_) if crate::stages::links::drops_anchor(text, l) => vec![l.link.outer()],
        Some(e) => {
            let mut v = vec![e.open, l.link.url, e.close];
            v.sort_unstable();
            v
        }
        None => vec![l.link.url],
    }
}

impl State {
    pub(crate) fn new(links: &crate::stages::links::LinksConfig, bp: &BoilerplateConfig, nd: &NearDupConfig) -> Self {
        State {
            campaign: CampaignTracker::new(links.campaign_min_sites, links.campaign_max_targets),
            boilerplate: BoilerplateTracker::new(bp.max_entries),
            neardup: NearDupFilter::new(nd),
            totals: Totals::default(),
        }
    }

    /// Counts a malformed line.
    pub(crate) fn count_malformed(&mut self, err: &RecordError) {
        self.totals.read += 1;
        self.totals.malformed += 1;
        *self.totals.malformed_by_reason.entry(err.reason().to_owned()).or_default() += 1;
    }

    /// Phase 2: decisions that depend on the stream, in input order, against the in-memory
    /// state. `now` is the time in seconds used by the optional time window (0 when unused).
    pub(crate) fn decide(&mut self, an: &Analyzer, line: &str, a: &Analysis, now: u32) -> Decision {
        let mut staged = self.stage(an, line, a);
        let counts: Vec<Option<u32>> = staged.bp_keys.iter().map(|&k| self.boilerplate.count(k)).collect();
        let answer = staged.settle(an, line, a, &counts, now).map(|q| self.answer(&q, now));
        self.finish(staged, answer)
    }

    /// The in-memory index's answer to a query: a duplicate, or kept (inserted and counted
    /// for boilerplate).
    fn answer(&mut self, q: &Query, now: u32) -> Answer {
        match self.neardup.check(&q.fingerprint) {
            Some(m) => {
                let id = self.neardup.index.id(m.seq).expect("matches are held documents");
                Answer::Duplicate {
                    id: String::from_utf8_lossy(id).into_owned(),
                    distance: m.distance,
                    similarity: m.similarity,
                }
            }
            None => {
                self.neardup.insert(&q.fingerprint, &q.id, now);
                for &k in &q.record_keys {
                    self.boilerplate.record_key(k);
                }
                Answer::Kept
            }
        }
    }

    /// Phase 2a: the decisions that need only this process's state (links and link
    /// campaigns, title echoes, repeats, link-only carriers), and the boilerplate counters
    /// the rest needs. Nothing is counted in the totals until [`State::finish`].
    pub(crate) fn stage(&mut self, an: &Analyzer, line: &str, a: &Analysis) -> Staged {
        let text = a.text.get(line);
        if an.passthrough {
            return Staged {
                passthrough: true,
                removed_links: Vec::new(),
                pitched: Vec::new(),
                campaign: Vec::new(),
                reason: Vec::new(),
                bp_paras: Vec::new(),
                bp_keys: Vec::new(),
                fp: 0,
                kept_any: true,
            };
        }

        // 1. Links: the campaign signal, then the threshold.
        let mut removed_links = Vec::new();
        let mut campaign = Vec::new();
        let mut carrier = vec![false; a.paras.len()];
        for (i, l) in a.links.iter().enumerate() {
            if !links::has_url_target(l) {
                continue;
            }
            let in_campaign = l.campaign_key.is_some_and(|k| self.campaign.observe(k, a.site));
            if in_campaign {
                campaign.push(i);
            }
            if an.links.is_removed(l, in_campaign) {
                let reason =
                    if in_campaign && l.scored.score < an.links.threshold { "campaign" } else { l.scored.reason() };
                removed_links.push((i, reason));
                if let Some(p) = l.para {
                    carrier[p] = true;
                }
            }
        }

        // A removed link's pitch sentence goes with it when every link in it goes too; a chat
        // link in that sentence (`… daftar di https://x.vip atau chat admin https://wa.me/62…`)
        // is the pitch's call to action and goes first.
        let mut pitched: Vec<usize> = Vec::new();
        if a.links.iter().any(|l| l.pitch.is_some()) {
            let mut gone = vec![false; a.links.len()];
            for &(i, _) in &removed_links {
                gone[i] = true;
            }
            // Links are in text order: those inside a sentence are a run.
            let in_sentence = |s: ByteSpan| {
                let from = a.links.partition_point(|o| o.link.outer().end <= s.start);
                (from..a.links.len()).take_while(move |&j| a.links[j].link.outer().start < s.end)
            };
            let sentences: Vec<ByteSpan> = removed_links.iter().filter_map(|&(i, _)| a.links[i].pitch).collect();
            let mut contacts = Vec::new();
            for s in sentences {
                for j in in_sentence(s) {
                    if !gone[j] && links::has_url_target(&a.links[j]) && an.links.is_pitch_contact(&a.links[j]) {
                        gone[j] = true;
                        contacts.push((j, "contact"));
                        if let Some(p) = a.links[j].para {
                            carrier[p] = true;
                        }
                    }
                }
            }
            if !contacts.is_empty() {
                removed_links.extend(contacts);
                removed_links.sort_unstable_by_key(|&(i, _)| i);
            }
            pitched = removed_links
                .iter()
                .map(|&(i, _)| i)
                .filter(|&i| a.links[i].pitch.is_some_and(|s| in_sentence(s).all(|j| gone[j])))
                .collect();
        }

        // 2. Paragraphs: title echoes, repeats, link-only carriers; boilerplate in `settle`.
        let mut reason: Vec<Option<(ParagraphReason, Option<usize>)>> = vec![None; a.paras.len()];
        for &e in &a.echoes {
            reason[e] = Some((ParagraphReason::TitleEcho, None));
        }
        resolve_repeats(a, &carrier, &mut reason);
        for (p, c) in carrier.iter().enumerate() {
            if *c && reason[p].is_none() && !has_words_left(text, a, p, &removed_links, &pitched) {
                reason[p] = Some((ParagraphReason::SpamCarrier, None));
            }
        }
        // Boilerplate is per site: a record without a URL has none (site 0), and records
        // without URLs are not pooled into one pseudo-site.
        let (mut bp_paras, mut bp_keys) = (Vec::new(), Vec::new());
        if an.boilerplate.enabled && a.site != 0 {
            bp_paras.reserve(a.paras.len());
            bp_keys.reserve(a.paras.len());
            for (p, info) in a.paras.iter().enumerate() {
                if reason[p].is_none() && info.tokens() > 0 {
                    bp_paras.push(p);
                    bp_keys.push(boilerplate::key(a.site, info.hash as u64));
                }
            }
        }
        Staged {
            passthrough: false,
            removed_links,
            pitched,
            campaign,
            reason,
            bp_paras,
            bp_keys,
            fp: 0,
            kept_any: false,
        }
    }

    /// Phase 2c: the verdict from the index's answer (`None` when [`Staged::settle`] asked
    /// nothing), counted in the totals.
    pub(crate) fn finish(&mut self, s: Staged, answer: Option<Answer>) -> Decision {
        self.totals.read += 1;
        if s.passthrough {
            self.totals.kept += 1;
            return Decision {
                verdict: Verdict::Kept,
                fp: 0,
                duplicate_of: None,
                removed_links: Vec::new(),
                pitched: Vec::new(),
                campaign: Vec::new(),
                removed_paras: Vec::new(),
            };
        }
        let removed_paras: Vec<RemovedParagraph> = s
            .reason
            .iter()
            .enumerate()
            .filter_map(|(index, r)| r.map(|(reason, of)| RemovedParagraph { index, reason, of }))
            .collect();

        let (verdict, duplicate_of) = if s.reason.iter().all(Option::is_some) {
            (Verdict::Empty, None)
        } else if !s.kept_any {
            // Paragraphs are left but none holds a word outside links (only kept URLs, only
            // punctuation or emoji): nothing was removed, so the record is kept; with no
            // features to compare it is neither checked against the index nor added to it.
            (Verdict::Kept, None)
        } else {
            // `settle` asked the index about every record it did not settle itself, and every
            // caller answers every query.
            match answer.expect("every query to the index is answered") {
                Answer::Kept | Answer::KeptBefore => (Verdict::Kept, None),
                Answer::Duplicate { id, distance, similarity } => {
                    (Verdict::Duplicate, Some((id, distance, similarity)))
                }
            }
        };

        match verdict {
            Verdict::Kept => self.totals.kept += 1,
            Verdict::Duplicate => self.totals.duplicates += 1,
            _ => self.totals.empty += 1,
        }
        self.totals.urls_removed += s.removed_links.len() as u64;
        for (_, r) in &s.removed_links {
            *self.totals.urls_by_reason.entry((*r).to_owned()).or_default() += 1;
        }
        self.totals.paragraphs_removed += removed_paras.len() as u64;
        for r in &removed_paras {
            let name = serde_json::to_value(r.reason).expect("reasons serialise").as_str().unwrap_or("").to_owned();
            *self.totals.paragraphs_by_reason.entry(name).or_default() += 1;
        }
        Decision {
            verdict,
            fp: s.fp,
            duplicate_of,
            removed_links: s.removed_links,
            pitched: s.pitched,
            campaign: s.campaign,
            removed_paras,
        }
    }
}

/// A record's stream phase paused where shared state is needed ([`State::stage`]): the local
/// decisions are taken; the boilerplate counts and the near-duplicate verdict are not.
/// [`State::decide`] completes it from the in-memory state, the shared index
/// (`src/shared/`) from Redis, with the same code on both sides of the pause.
#[derive(Debug)]
pub(crate) struct Staged {
    passthrough: bool,
    removed_links: Vec<(usize, &'static str)>,
    pitched: Vec<usize>,
    campaign: Vec<usize>,
    reason: Vec<Option<(ParagraphReason, Option<usize>)>>,
    /// Paragraphs that may be site boilerplate, and their counter keys.
    bp_paras: Vec<usize>,
    bp_keys: Vec<u64>,
    /// The simhash, once settled.
    fp: u64,
    /// Whether any kept paragraph holds features, once settled.
    kept_any: bool,
}

/// What a record asks the near-duplicate index ([`Staged::settle`]).
#[derive(Debug, Clone)]
pub(crate) struct Query {
    /// The record's fingerprint, from its kept paragraphs.
    pub(crate) fingerprint: Fingerprint,
    /// The largest distance for this record (`k`, `k_short`, or 0 below `min_features`).
    pub(crate) k: u32,
    /// Whether a near copy may be confirmed by sketches (enough features).
    pub(crate) near: bool,
    /// The record's id as JSON, named in later duplicates' `duplicate_of`.
    pub(crate) id: Vec<u8>,
    /// Boilerplate counter keys to count if the record is kept (distinct).
    pub(crate) record_keys: Vec<u64>,
    /// Documents inserted before this time are forgotten (the time window; 0: none).
    pub(crate) min_time: u32,
}

/// The index's answer to a [`Query`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Answer {
    /// New: inserted, and its paragraphs counted.
    Kept,
    /// Inserted before under the same token (a retry or a redelivery): kept, nothing changed.
    KeptBefore,
    /// A copy of an earlier kept record.
    Duplicate {
        /// The earlier record's id (JSON).
        id: String,
        /// Hamming distance of the simhashes.
        distance: u32,
        /// Estimated Jaccard similarity (1 for exact copies).
        similarity: f32,
    },
}

impl Staged {
    /// The boilerplate counter keys whose counts [`Staged::settle`] needs, in order.
    pub(crate) fn boilerplate_keys(&self) -> &[u64] {
        &self.bp_keys
    }

    /// Phase 2b: applies the boilerplate `counts` (one per [`Staged::boilerplate_keys`] entry,
    /// `None` for a paragraph never counted) and computes the fingerprint of what is left.
    /// Returns what to ask the index, or `None` when the verdict needs no index (passthrough,
    /// an empty record, or no features left).
    pub(crate) fn settle(
        &mut self,
        an: &Analyzer,
        line: &str,
        a: &Analysis,
        counts: &[Option<u32>],
        now: u32,
    ) -> Option<Query> {
        if self.passthrough {
            return None;
        }
        let bp = &an.boilerplate;
        for (&p, &c) in self.bp_paras.iter().zip(counts) {
            if self.reason[p].is_none()
                && boilerplate::reaches(c, a.paras[p].tokens(), bp.min_docs, bp.long_min_docs, bp.long_tokens)
            {
                self.reason[p] = Some((ParagraphReason::Boilerplate, None));
            }
        }

        // The document's fingerprint, from the kept paragraphs.
        let mut bits = BitCounts::default();
        let mut mins = MinSketch::default();
        let mut digits = 0u128;
        // The exact hash covers the whole normalised text, before any removal, so that two
        // identical inputs always match however the stream's boilerplate counts have moved.
        let mut scratch = Vec::with_capacity(16 * a.paras.len());
        let mut kept_any = false;
        for (p, info) in a.paras.iter().enumerate() {
            if info.tokens() == 0 {
                continue;
            }
            scratch.extend_from_slice(&info.hash.to_le_bytes());
            if self.reason[p].is_some() {
                continue;
            }
            kept_any = true;
            bits.merge(&info.counts);
            mins.merge(&info.mins);
            digits |= info.digits;
        }
        let f = Fingerprint {
            fp: bits.fingerprint(),
            exact: xxh3_128_with_seed(&scratch, EXACT_SEED),
            sketch: mins.finish(),
            digits: DigitSketch::from_bits(digits),
            features: bits.total(),
        };
        let _ = a.tokens_total;
        self.fp = f.fp;
        self.kept_any = kept_any;
        if !kept_any || self.reason.iter().all(Option::is_some) {
            return None;
        }
        let nd = &an.neardup;
        let record_keys = if bp.enabled && a.site != 0 {
            let mut hs: Vec<u64> = a.paras.iter().filter(|p| p.tokens() > 0).map(|p| p.hash as u64).collect();
            hs.sort_unstable();
            hs.dedup();
            hs.into_iter().map(|h| boilerplate::key(a.site, h)).collect()
        } else {
            Vec::new()
        };
        let min_time = if nd.window_secs > 0 {
            u64::from(now).saturating_sub(nd.window_secs).min(u64::from(u32::MAX)) as u32
        } else {
            0
        };
        Some(Query {
            k: nd.k_for(f.features),
            near: f.features >= nd.min_features,
            fingerprint: f,
            id: a.id.get(line).as_bytes().to_vec(),
            record_keys,
            min_time,
        })
    }
}

/// Settles which member of each group of repeats survives: the first one that carried no
/// removed link and holds no kept link to another site with a positive score (the spun copy
/// around a pasted link the classifier let through), else the first one that carried no
/// removed link, else the first one. The others go, as `spam_carrier` if they carried a
/// removed link, else as `repeat` / `near_repeat` of the survivor.
fn resolve_repeats(a: &Analysis, carrier: &[bool], reason: &mut [Option<(ParagraphReason, Option<usize>)>]) {
    if a.repeats.is_empty() {
        return;
    }
    // Paragraphs holding a kept link to another site that scored above zero (removed ones
    // are `carrier`s): of a paragraph and its spun copy, the one around a pasted link the
    // classifier let through is not the one to keep.
    let mut off_site = vec![false; a.paras.len()];
    for l in &a.links {
        if let Some(p) = l.para
            && links::has_url_target(l)
            && l.scored.score > 0.0
            && l.off_site()
        {
            off_site[p] = true;
        }
    }
    // Groups by reference paragraph (every repeat names a reference that repeats nothing).
    let mut groups: std::collections::BTreeMap<usize, Vec<(usize, RepeatKind)>> = Default::default();
    // A loosely aligned copy counts only around a pasted link: the spun paragraph an injector
    // wraps its link in.
    let linked = |p: usize| carrier[p] || off_site[p];
    for r in &a.repeats {
        if r.kind.may_stay() && !linked(r.later) && !linked(r.earlier) {
            continue;
        }
        groups.entry(r.earlier).or_default().push((r.later, r.kind));
    }
    for (reference, members) in groups {
        let all: Vec<(usize, Option<RepeatKind>)> =
            std::iter::once((reference, None)).chain(members.iter().map(|(m, k)| (*m, Some(*k)))).collect();
        let survivor = all
            .iter()
            .find(|(p, _)| !carrier[*p] && !off_site[*p] && reason[*p].is_none())
            .or_else(|| all.iter().find(|(p, _)| !carrier[*p] && reason[*p].is_none()))
            .or_else(|| all.iter().find(|(p, _)| reason[*p].is_none()))
            .map(|(p, _)| *p);
        let Some(survivor) = survivor else { continue };
        for (p, kind) in all {
            if p == survivor || reason[p].is_some() {
                continue;
            }
            let r = if carrier[p] {
                ParagraphReason::SpamCarrier
            } else {
                match kind {
                    Some(RepeatKind::Exact) => ParagraphReason::Repeat,
                    // The reference itself, dropped for a clean copy: as near as the copy is.
                    None => match members.iter().find(|(m, _)| *m == survivor).map(|(_, k)| *k) {
                        Some(RepeatKind::Exact) => ParagraphReason::Repeat,
                        _ => ParagraphReason::NearRepeat,
                    },
                    _ => ParagraphReason::NearRepeat,
                }
            };
            reason[p] = Some((r, Some(survivor)));
        }
    }
}

/// The spans that remove link `i`: its pitch sentence when that goes too (`pitched`), else
/// the link (see [`LinkCleaner::removal`]).
fn link_removal(text: &str, a: &Analysis, i: usize, pitched: &[usize], out: &mut Vec<ByteSpan>) {
    match a.links[i].pitch {
        Some(s) if pitched.binary_search(&i).is_ok() => out.push(s),
        _ => LinkCleaner::removal(text, &a.links[i], out),
    }
}

/// Whether paragraph `p` keeps any letter or digit once its removed links (and the pitch
/// sentences that go with them) are gone.
fn has_words_left(text: &str, a: &Analysis, p: usize, removed: &[(usize, &'static str)], pitched: &[usize]) -> bool {
    let span = a.paras[p].span;
    let mut spans = Vec::new();
    for &(i, _) in removed {
        if a.links[i].para == Some(p) {
            link_removal(text, a, i, pitched, &mut spans);
        }
    }
    // Other links (kept ones) count as content; markup of HTML tags does not.
    let rest = apply_findings(
        span.of(text),
        &mut spans
            .iter()
            .map(|s| {
                ByteSpan::new(
                    s.start.saturating_sub(span.start).min(span.len()),
                    s.end.saturating_sub(span.start).min(span.len()),
                )
            })
            .collect::<Vec<_>>(),
    );
    let mut in_tag = false;
    rest.chars().any(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        !in_tag && c.is_alphanumeric()
    })
}

impl Engine {
    /// Builds an engine from its parts (see [`crate::Config::build`]).
    pub(crate) fn from_parts(analyzer: Analyzer, state: State) -> Self {
        Engine { analyzer: Arc::new(analyzer), state }
    }

    /// Processes one line: the cleaned record or a reject line, and the verdict.
    pub fn process_line(&mut self, line: &[u8], pos: LinePos, input: &str, opts: RenderOptions) -> Output {
        self.process_line_at(line, pos, input, opts, 0)
    }

    /// As [`Engine::process_line`], with the time (seconds) used by the time window.
    pub fn process_line_at(&mut self, line: &[u8], pos: LinePos, input: &str, opts: RenderOptions, now: u32) -> Output {
        self.process_line_laps(line, pos, input, opts, now, &mut ())
    }

    /// As [`Engine::process_line_at`], reporting the end of each [`Stage`] to `laps` (how
    /// `gleaner bench` finds where the time goes; the engine itself reads no clock).
    pub fn process_line_laps(
        &mut self,
        line: &[u8],
        pos: LinePos,
        input: &str,
        opts: RenderOptions,
        now: u32,
        laps: &mut impl Laps,
    ) -> Output {
        let mut line = line.to_vec();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let result = self.analyzer.analyze_laps(&line, pos, laps).map(Box::new);
        let decided = self.decide(Prepared { line, pos, result }, now);
        laps.lap(Stage::Decide);
        let out = self.analyzer.render_decided(&decided, input, opts);
        laps.lap(Stage::Render);
        out
    }

    /// Phase 2 of a [`Prepared`] record: the decisions that depend on the stream (campaigns,
    /// boilerplate, the near-duplicate index), in the order of calls. Callers that share an
    /// engine between threads hold their lock only around this call; `now` is the time in
    /// seconds for the optional time window.
    pub fn decide(&mut self, p: Prepared, now: u32) -> Decided {
        let decision = match &p.result {
            Ok(a) => {
                let s = std::str::from_utf8(p.line()).expect("analysed lines are UTF-8");
                Some(self.state.decide(&self.analyzer, s, a, now))
            }
            Err(e) => {
                self.state.count_malformed(e);
                None
            }
        };
        Decided { prepared: p, decision }
    }

    /// Totals so far.
    pub fn totals(&self) -> &Totals {
        &self.state.totals
    }

    /// Documents held by the near-duplicate index.
    pub fn indexed(&self) -> usize {
        self.state.neardup.index.len()
    }

    /// Sizes of the engine's state and lists.
    pub fn stats(&self) -> EngineStats {
        let s = &self.state;
        EngineStats {
            indexed: s.neardup.index.len(),
            index_bytes: s.neardup.index.memory_bytes(),
            index_id_bytes: s.neardup.index.id_bytes(),
            evicted: s.neardup.index.evicted(),
            boilerplate_entries: s.boilerplate.counts.len(),
            boilerplate_pruned: s.boilerplate.counts.pruned(),
            boilerplate_bytes: s.boilerplate.counts.memory_bytes(),
            campaign_bytes: s.campaign.map.memory_bytes(),
            campaign_targets: s.campaign.map.len(),
            lexicon_entries: self.analyzer.links.lists.lexicon.len(),
            blocklist_domains: self.analyzer.links.lists.blocklist.len(),
            index_tables: s.neardup.index.plan().masks.len(),
        }
    }

    /// Heap bytes of the near-duplicate index.
    pub fn index_memory(&self) -> usize {
        self.state.neardup.index.memory_bytes()
    }

    /// Parse and serialise only, skipping every stage (the floor `gleaner bench --stages none`
    /// measures).
    pub fn set_passthrough(&mut self, on: bool) {
        Arc::make_mut(&mut self.analyzer).passthrough = on;
    }

    #[doc(hidden)]
    pub fn set_keep_tokens(&mut self, on: bool) {
        Arc::make_mut(&mut self.analyzer).keep_tokens = on;
    }

    /// The shared analyzer (for the parallel phases).
    pub fn analyzer(&self) -> &Arc<Analyzer> {
        &self.analyzer
    }
}

/// The stages of one record, in the order they run (see [`Laps`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// JSON decoding and field validation.
    Parse,
    /// Finding and classifying URLs.
    Links,
    /// Paragraph split, normalization and word hashing.
    Tokenize,
    /// Shingles, simhash features and per-paragraph sketches.
    Features,
    /// Exact and near paragraph repeats, title echoes.
    Repeats,
    /// The stream's decisions: campaigns, boilerplate, the near-duplicate index.
    Decide,
    /// The cleaned text, the explanation and JSON serialization.
    Render,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 7] =
        [Stage::Parse, Stage::Links, Stage::Tokenize, Stage::Features, Stage::Repeats, Stage::Decide, Stage::Render];

    /// The stage's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Parse => "parse",
            Stage::Links => "urls",
            Stage::Tokenize => "tokenize",
            Stage::Features => "fingerprint",
            Stage::Repeats => "repeats",
            Stage::Decide => "decide+index",
            Stage::Render => "render+serialize",
        }
    }
}

/// Told when each stage of a record ends, in order (a stage a record skips is not reported).
/// The engine reads no clock; a caller that wants timings implements this with one.
pub trait Laps {
    /// `stage` has just ended.
    fn lap(&mut self, stage: Stage);
}

/// No laps: what the pipeline uses.
impl Laps for () {
    #[inline(always)]
    fn lap(&mut self, _: Stage) {}
}

/// A record after phase 1 ([`Prepared::new`]): parsed and analysed, owning its line. Made on
/// any thread without touching the engine's state.
#[derive(Debug)]
pub struct Prepared {
    line: Vec<u8>,
    pos: LinePos,
    result: Result<Box<Analysis>, RecordError>,
}

impl Prepared {
    /// Phase 1: decodes and analyses `line` (a trailing `\r` is ignored).
    pub fn new(analyzer: &Analyzer, line: Vec<u8>, pos: LinePos) -> Self {
        Self::with_default_id(analyzer, line, pos, None)
    }

    /// As [`Prepared::new`]; a record without an id is named by `default_id` (JSON) rather
    /// than its line number, when given (a stream entry's id).
    pub fn with_default_id(analyzer: &Analyzer, mut line: Vec<u8>, pos: LinePos, default_id: Option<&str>) -> Self {
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let result = analyzer.analyze_with_id(&line, pos, default_id).map(Box::new);
        Prepared { line, pos, result }
    }

    /// A line that failed before analysis (too long, or not a record at all).
    pub fn failed(line: Vec<u8>, pos: LinePos, error: RecordError) -> Self {
        Prepared { line, pos, result: Err(error) }
    }

    /// The analysis, when the line is a record.
    pub(crate) fn analysis(&self) -> Option<&Analysis> {
        self.result.as_ref().ok().map(|b| &**b)
    }

    /// The error, when the line is malformed.
    pub fn error(&self) -> Option<&RecordError> {
        self.result.as_ref().err()
    }

    /// The line (without its terminator).
    pub fn line(&self) -> &[u8] {
        &self.line
    }

    /// Where the line came from.
    pub fn pos(&self) -> LinePos {
        self.pos
    }
}

/// A record after phase 2 ([`Engine::decide`]), ready to be rendered.
#[derive(Debug)]
pub struct Decided {
    prepared: Prepared,
    decision: Option<Decision>,
}

/// What happened to one link of a record (see [`Decided::links`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkReport {
    /// The URL in the record's text.
    pub url: ByteSpan,
    /// The whole link (the element for anchors and Markdown links).
    pub outer: ByteSpan,
    /// Whether it was removed.
    pub removed: bool,
    /// Its score, campaign signal included.
    pub score: f32,
    /// The signals that fired.
    pub signals: Vec<String>,
}

impl Decided {
    /// A record and its decision (`None` for a malformed line), decided elsewhere (the shared
    /// index).
    pub(crate) fn new(prepared: Prepared, decision: Option<Decision>) -> Self {
        Decided { prepared, decision }
    }

    /// The verdict (`None` for a malformed line).
    pub fn verdict(&self) -> Option<Verdict> {
        self.decision.as_ref().map(|d| d.verdict)
    }

    /// Every link found in the record's text (byte spans into the decoded text field) and
    /// what was decided about it. Empty for a malformed line.
    pub fn links(&self) -> Vec<LinkReport> {
        let (Ok(a), Some(d)) = (&self.prepared.result, &self.decision) else { return Vec::new() };
        a.links
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let campaign = d.campaign.contains(&i);
                LinkReport {
                    url: l.link.url,
                    outer: l.link.outer(),
                    removed: d.removed_links.iter().any(|(j, _)| *j == i),
                    score: l.scored.score,
                    signals: l
                        .scored
                        .signals
                        .iter()
                        .map(|s| s.label())
                        .chain(campaign.then(|| "campaign".to_owned()))
                        .collect(),
                }
            })
            .collect()
    }

    /// The malformed line's error, if any.
    pub fn error(&self) -> Option<&RecordError> {
        self.prepared.error()
    }
}

impl Analyzer {
    /// Phase 3: the output line of a decided record (a cleaned record or a reject line), and
    /// where it goes. `input` names the input in reject lines.
    pub fn render_decided(&self, d: &Decided, input: &str, opts: RenderOptions) -> Output {
        let p = &d.prepared;
        let mut out = Vec::new();
        match (&p.result, &d.decision) {
            (Ok(a), Some(dec)) => {
                let s = std::str::from_utf8(&p.line).expect("analysed lines are UTF-8");
                let to_rejects = self.render(s, a, dec, opts, &mut out);
                Output { verdict: Some(dec.verdict), line: out, to_rejects }
            }
            (Err(e), _) => {
                Reject::new(p.pos.line, input, e, &p.line).write(&mut out);
                Output { verdict: None, line: out, to_rejects: true }
            }
            (Ok(_), None) => unreachable!("Engine::decide decides every analysed record"),
        }
    }
}

/// A line without its trailing `\r` (CRLF input).
pub(crate) fn strip_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn remembered_sites_equal_parsed_ones(
            picks in proptest::collection::vec((0usize..18, "[a-zA-Z0-9/?#.:%@_-]{0,12}"), 1..40),
        ) {
            let authorities = [
                "https://www.example.com", "http://news.example.co.uk", "https://EXAMPLE.org",
                "https://user:pw@shop.example.net:8443", "http://a.b.c.example.id", "https://xn--bcher-kva.example",
                "https://example.com:99999", "http://[::1]", "https://", "http://localhost",
                "https://münchen.example", "http://exa\tmple.com", "https://a.com@b.com", "http://1.2.3.4",
                "https://%61.example.com", "https://a..b", "http://example.com.", "https://:80",
            ];
            for (i, tail) in picks {
                for sep in ["/", "?", "#", "\\", ""] {
                    let url = format!("{}{sep}{tail}", authorities[i]);
                    prop_assert_eq!(site_hash(&url), site_of(url.trim()), "{}", url);
                }
            }
        }
    }
}
