//! Scoring a found link: is it injected promotion or a legitimate link?
//!
//! Every signal adds a weight (positive for promotion, negative for legitimacy) and a link is
//! removed when the sum reaches the configured threshold. No single list decides: real
//! injections mostly point at hijacked `.go.id` / `.ac.id` pages, shorteners and throwaway
//! domains that no blocklist holds, while real articles cite, mention and even report on
//! gambling sites. The signals and their default weights are documented in
//! `config/gleaner.toml`; each one that fires is named in the explanation.

use super::extract::{self, FoundLink, LinkForm, ParsedUrl, Target};
use super::lists::{DomainSet, Lexicon, LexiconHit, TldWeights, tokens};
use crate::text::ByteSpan;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The lists a classifier consults, loaded once.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lists {
    pub blocklist: DomainSet,
    pub allowlist: DomainSet,
    pub shorteners: DomainSet,
    pub free_hosting: DomainSet,
    pub lexicon: Lexicon,
    pub tlds: TldWeights,
    pub cues: Vec<String>,
    pub reporting: super::reporting::Reporting,
}

/// Weights of the URL signals. Positive weights push towards removal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignalWeights {
    /// Host or one of its parents is on a blocklist.
    pub blocklist: f32,
    /// Registrable domain is on the allowlist (negative).
    pub allowlist: f32,
    /// Same registrable domain as the record's own `url`, or a relative link (negative).
    pub own_site: f32,
    /// Multiplies the weight of the strongest lexicon term found in the host.
    pub lexicon_host: f32,
    /// Multiplies the weight of the strongest lexicon term found in the path and query.
    pub lexicon_path: f32,
    /// Multiplies the weight of the strongest lexicon term found in the anchor text.
    pub lexicon_anchor: f32,
    /// Multiplies the listed weight of a spam-favoured TLD.
    pub spam_tld: f32,
    /// The host is a URL shortener or link-in-bio service.
    pub shortener: f32,
    /// A messaging contact link (`wa.me/<number>`, `t.me/<name>`, `lin.ee/<id>`) beside
    /// promotional words: a pitch's call to action. Newsrooms give their channels so too, so it
    /// counts only where the link or its line is promotional.
    pub contact: f32,
    /// A homepage written with a scheme or `www.` pasted between two words of a sentence.
    pub homepage_mid_sentence: f32,
    /// A bare domain (no scheme) in lowercase pasted between two words of a sentence (a brand
    /// written in its own case, like `Kompas.com`, is a mention, not a paste).
    pub bare_domain_mid_sentence: f32,
    /// A deeper URL with a scheme, or a bare domain with a path, pasted between two words.
    pub url_mid_sentence: f32,
    /// A citation cue (`Sumber:`, `according to`, `dilansir dari`, ...) in the few words just
    /// before the link (negative). It also cancels the mid-sentence signals.
    pub citation_cue: f32,
    /// On a "read also" line (`Baca juga:`, `Also read:`, `Leia também:`) of an article whose
    /// site is known, pointing at another site: newsrooms link their own stories there, so the
    /// line is a disguise, not a citation.
    pub related_off_site: f32,
    /// On a line labelled as an advertisement (`Sponsored:`, `Advertisement:`, `Iklan:`,
    /// `Publicidade:`, `Anzeige:`, `Реклама:`), pointing at another site than the record's.
    pub ad_label: f32,
    /// A homepage of another site in a paragraph that is a reworded copy of another paragraph
    /// of the article, which does not name that site: the spun copy a spammer wraps a pasted
    /// link in (`… as https://spam.example describes …` beside `… as RFC 9110 describes …`).
    pub spun_copy: f32,
    /// In parentheses right after the name it stands for, `kumparan (kumparan.com)` (negative).
    pub parenthetical: f32,
    /// User info in the URL (`http://good.com@evil.com`).
    pub userinfo: f32,
    /// Host label mixes scripts or is made of look-alike characters.
    pub homoglyph: f32,
    /// `hxxp`, `[.]`, `(dot)` and similar obfuscations (times `reporting_factor` in a report,
    /// where they are defanged).
    pub obfuscated: f32,
    /// An anchor or Markdown link to an off-site homepage: editorial links point at pages.
    pub anchor_homepage: f32,
    /// A homepage pasted at the end of a labelled pitch with a strong promise (lexicon weight
    /// 0.7 or more): the site pitched.
    pub pitched_homepage: f32,
    /// An anchor whose text is an ordinary lowercase word sharing nothing with the linked host
    /// (`<a href="https://pets-outdoor.co/">penyidik</a>`): links bought into prose.
    pub anchor_unrelated: f32,
    /// A referral or affiliate query on the link (`?ref=`, `?aff=`, `?affiliate=`).
    pub referral: f32,
    /// `rel="dofollow"` on an anchor: not an HTML value at all, only link sellers write it.
    pub seo_rel: f32,
    /// An HTML anchor in a paragraph of nothing but links (an injected link block).
    pub link_block: f32,
    /// Multiplies the weight of the strongest lexicon term on the link's line outside the link
    /// ("LINK DAFTAR:", "slot gacor hari ini").
    pub promo_context: f32,
    /// The host is a free hosting or site-builder service (vercel.app, blogspot.com, ...).
    pub free_hosting: f32,
    /// The path starts with a redirect, affiliate or sign-up segment (`/go/`, `/recommends/`,
    /// `/signup/`, `/daftar`).
    pub cta_path: f32,
    /// The site's name is a word followed by three or more digits (`hoki805`, `naga303`): the
    /// naming pattern of throwaway promotion domains. For free-hosting and shortener links the
    /// name looked at is the subdomain or the first path segment.
    pub brand_number: f32,
    /// Full-width or ideographic dots between labels, or a host in full-width letters.
    pub wide_dot: f32,
    /// Zero-width characters inside the URL.
    pub invisible: f32,
    /// The host is an IP address.
    pub ip_host: f32,
    /// The same off-site target linked from records of many different sites in the stream.
    pub campaign: f32,
    /// Factor applied to lexicon, blocklist, TLD and obfuscation weights when the article itself
    /// reports on gambling (reporting is not promotion).
    pub reporting_factor: f32,
}

impl Default for SignalWeights {
    fn default() -> Self {
        SignalWeights {
            blocklist: 1.5,
            allowlist: -1.0,
            own_site: -3.0,
            lexicon_host: 1.15,
            lexicon_path: 1.15,
            lexicon_anchor: 1.0,
            spam_tld: 1.0,
            shortener: 0.4,
            contact: 0.5,
            homepage_mid_sentence: 1.0,
            bare_domain_mid_sentence: 1.0,
            url_mid_sentence: 0.7,
            citation_cue: -0.4,
            related_off_site: 0.5,
            ad_label: 0.7,
            spun_copy: 1.0,
            parenthetical: -0.6,
            userinfo: 1.5,
            homoglyph: 1.5,
            obfuscated: 0.5,
            anchor_homepage: 0.6,
            pitched_homepage: 0.3,
            anchor_unrelated: 0.5,
            referral: 0.3,
            seo_rel: 1.0,
            link_block: 0.4,
            promo_context: 0.5,
            free_hosting: 0.3,
            cta_path: 0.3,
            brand_number: 0.3,
            wide_dot: 0.8,
            invisible: 1.0,
            ip_host: 0.3,
            campaign: 0.8,
            reporting_factor: 0.4,
        }
    }
}

/// One signal that fired for a link.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Signal {
    pub name: &'static str,
    pub detail: Option<String>,
    pub weight: f32,
}

impl Signal {
    pub(crate) fn label(&self) -> String {
        match &self.detail {
            Some(d) => format!("{}:{}={:+.2}", self.name, d, self.weight),
            None => format!("{}={:+.2}", self.name, self.weight),
        }
    }
}

/// The record-level facts the classifier needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DocContext<'a> {
    /// The record's text.
    pub text: &'a str,
    /// Registrable domain of the record's own URL.
    pub own_domain: Option<&'a str>,
    /// The article reports on gambling in its own words.
    pub reporting: bool,
    /// Every link of the text, in text order: its outer span, and the span of the run of
    /// links it stands in (links separated by blanks only); see [`reading_spans`].
    pub links: &'a [(ByteSpan, ByteSpan)],
}

/// For each link (outer spans, in text order, not overlapping): the span of the run of links
/// it belongs to, where neighbours are separated by spaces or tabs only. Linear in the text.
pub(crate) fn reading_spans(text: &str, outers: &[ByteSpan]) -> Vec<(ByteSpan, ByteSpan)> {
    let adjacent = |a: ByteSpan, b: ByteSpan| text.as_bytes()[a.end..b.start].iter().all(|c| matches!(c, b' ' | b'\t'));
    let n = outers.len();
    let mut start: Vec<usize> = outers.iter().map(|o| o.start).collect();
    let mut end: Vec<usize> = outers.iter().map(|o| o.end).collect();
    for i in 1..n {
        if adjacent(outers[i - 1], outers[i]) {
            start[i] = start[i - 1];
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        if adjacent(outers[i], outers[i + 1]) {
            end[i] = end[i + 1];
        }
    }
    (0..n).map(|i| (outers[i], ByteSpan::new(start[i], end[i]))).collect()
}

/// A link's static score (everything but the cross-document campaign signal).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scored {
    pub score: f32,
    pub signals: Vec<Signal>,
    /// The anchor text itself is promotional: remove it with the link.
    pub promo_anchor: bool,
    /// Whether the link may take part in a link campaign: an off-site homepage, shortener or
    /// promotional link, not allowlisted.
    pub campaign_eligible: bool,
}

impl Scored {
    /// The strongest positive signal, named as the removal reason.
    pub(crate) fn reason(&self) -> &'static str {
        self.signals
            .iter()
            .filter(|s| s.weight > 0.0)
            .max_by(|a, b| a.weight.total_cmp(&b.weight))
            .map_or("score", |s| s.name)
    }

    pub(crate) fn push(&mut self, name: &'static str, detail: Option<String>, weight: f32) {
        if weight != 0.0 {
            self.score += weight;
            self.signals.push(Signal { name, detail, weight });
        }
    }
}

/// Words that introduce a link legitimately ("visit", "at", "di", "melalui", ...): a link after
/// one of them is not pasted into the middle of a sentence. Indonesian and English, the
/// languages of the labelled set; [`MORE_INTRO_WORDS`] holds other languages'.
const INTRO_WORDS: &[&str] = &[
    "di", "ke", "dari", "pada", "untuk", "melalui", "lewat", "via", "yakni", "yaitu", "dalam", "kunjungi", "akses",
    "buka", "laman", "situs", "website", "web", "link", "tautan", "alamat", "url", "portal", "sumber", "at", "on",
    "in", "to", "from", "visit", "see", "read", "the", "of", "by", "oleh", "kepada", "dengan", "lihat", "cek", "unduh",
    "download", "go", "site", "page", "blog", "domain",
];

/// The prepositions and verbs with which Vietnamese, Spanish, Portuguese, French and German news
/// cite a site, in that order (`đăng ký tại`, `según`, `acesse`, `sur`, `unter`): without them
/// every site cited so in those languages looked pasted. Bare articles (`la`, `el`, `die`) are
/// left out: `juara La urlink.id/x Liga` is a paste.
const MORE_INTRO_WORDS: &[&str] = &[
    // Indonesian and English nouns and verbs naming what a link is (`layanan https://...`),
    // kept out of the glued-word check: `housinghttps://` is not `using` a site.
    "layanan",
    "aplikasi",
    "platform",
    "using",
    "tại",
    // The last syllables of `hệ thống` (system) and `cổng thông tin` (information portal).
    "thống",
    "tin",
    "trên",
    "theo",
    "qua",
    "ở",
    "từ",
    "xem",
    "trang",
    "cập",
    "của",
    "en",
    "según",
    "desde",
    "vía",
    "visite",
    "visita",
    "consulte",
    "consultar",
    "sitio",
    "página",
    "enlace",
    "de",
    "del",
    "em",
    "no",
    "na",
    "nos",
    "nas",
    "pelo",
    "pela",
    "segundo",
    "acesse",
    "acessar",
    "através",
    "do",
    "da",
    "sur",
    "à",
    "au",
    // Arabic: `على الرابط https://…` (at the link), `عبر` (via), `منصة` (platform), `موقع` (site).
    "الرابط",
    "رابط",
    "الموقع",
    "موقع",
    "عبر",
    "منصة",
    "المنصة",
    "الإلكتروني",
    "aux",
    "selon",
    "consultez",
    // Hindi `वेबसाइट` (website) and `पोर्टल` (portal).
    "वेबसाइट",
    "पोर्टल",
    // English `through`, `including`, `as` (`such as`), `service`; Indonesian `termasuk`,
    // `seperti`; Russian `через` (through), `портал`, `сайт`.
    "through",
    "including",
    "as",
    "service",
    "termasuk",
    "seperti",
    "через",
    "портал",
    "портале",
    "сайт",
    "сайте",
    "voir",
    "du",
    "des",
    "auf",
    "unter",
    "bei",
    "siehe",
    "von",
];

/// Domain suffixes that are also common file extensions (`main.py`, `setup.sh`, `README.md`,
/// `lib.rs`, `script.pl`, `notes.zip`): a bare name ending so is not held to be pasted.
const FILE_EXTENSION_TLDS: &[&str] = &["py", "sh", "md", "rs", "pl", "zip", "mov", "cc", "so", "ps", "ml", "mk"];

/// Nouns that name a document or a page (`laporan`, `laman resmi`, `the report`): an anchor on
/// one of them is how editors link what they cite, not a word a link was bought into.
const REFERENCE_NOUNS: &[&str] = &[
    "laporan",
    "laman",
    "situs",
    "website",
    "pernyataan",
    "keterangan",
    "rilis",
    "siaran",
    "dokumen",
    "studi",
    "penelitian",
    "riset",
    "survei",
    "data",
    "unggahan",
    "tautan",
    "berikut",
    "sini",
    "report",
    "study",
    "statement",
    "page",
    "site",
    "paper",
    "survey",
    "article",
    "here",
    "release",
    "filing",
    "document",
    "post",
    "video",
];

/// First path segments of redirect, affiliate and sign-up pages (`/go/`, `/recommends/`,
/// `/signup/`, `/daftar`): where promotional links send readers, rarely what a source cites.
const CTA_SEGMENTS: &[&str] = &[
    "go",
    "out",
    "visit",
    "recommends",
    "refer",
    "aff",
    "affiliate",
    "redirect",
    "click",
    "signup",
    "sign-up",
    "register",
    "join",
    "daftar",
    "login",
    "claim",
    "promo",
    "bonus",
];

/// The weight a second lexicon term around a link needs to add to the first's
/// ([`Around::promo_context`]).
const SECOND_TERM_MIN_WEIGHT: f32 = 0.4;

/// The lexicon weight of a promise around a link above which an intro word before the link
/// (`di`, `at`, `visit`) no longer makes it a citation (see [`Around::mid_sentence`]).
const PITCH_INTRO_MIN_WEIGHT: f32 = 0.7;

fn is_intro_word(w: &str) -> bool {
    let w = w.to_lowercase();
    INTRO_WORDS.contains(&w.as_str()) || MORE_INTRO_WORDS.contains(&w.as_str())
}

/// Scores one link. Pure: the same link in the same context always gets the same score.
pub(crate) fn score(link: &FoundLink, ctx: &DocContext<'_>, lists: &Lists, w: &SignalWeights) -> Scored {
    let outer = score_target(link, ctx, lists, w);
    // A redirector (`google.com/url?q=`, `l.facebook.com/l.php?u=`, a share button's `?url=`)
    // sends the reader to the URL in its query: the link is scored as that URL too, in the same
    // place, and the higher score stands. The wrapper's own standing (an allowlisted platform)
    // does not cover what it wraps; a share button wrapping the article's own page stays.
    let Some(inner) = redirect_target(link, ctx.text) else { return outer };
    let (target, obfuscation) = extract::parse_target(&inner, true);
    if !matches!(target, Target::Url(_)) {
        return outer;
    }
    let wrapped = FoundLink { target, obfuscation, has_scheme: true, ..link.clone() };
    let mut s = score_target(&wrapped, ctx, lists, w);
    if s.score <= outer.score {
        return outer;
    }
    let host = wrapped.parsed().map(|p| p.host.clone());
    s.signals.insert(0, Signal { name: "redirect_to", detail: host, weight: 0.0 });
    s
}

/// Query keys under which redirectors and share buttons carry their destination.
const REDIRECT_KEYS: &[&str] = &["q", "u", "url", "target", "dest", "destination", "redirect", "to", "link", "goto"];

/// The absolute URL a link's query sends the reader to, if any (`?q=https://...`), or the page
/// an AMP cache serves (`https://x-y.cdn.ampproject.org/c/s/x.y/path`: the origin in the path).
fn redirect_target(link: &FoundLink, text: &str) -> Option<String> {
    if let Some(p) = link.parsed()
        && p.host.ends_with(".cdn.ampproject.org")
    {
        let rest = ["/c/", "/v/", "/i/"].iter().find_map(|k| p.path.strip_prefix(k))?;
        return Some(match rest.strip_prefix("s/") {
            Some(https) => format!("https://{https}"),
            None => format!("http://{rest}"),
        });
    }
    let raw = link.url.of(text);
    let raw = html_escape::decode_html_entities(raw);
    let query = raw.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, v)| {
            REDIRECT_KEYS.contains(&k.to_ascii_lowercase().as_str()) && {
                let v = v.trim_start();
                v.get(..7).is_some_and(|h| h.eq_ignore_ascii_case("http://"))
                    || v.get(..8).is_some_and(|h| h.eq_ignore_ascii_case("https://"))
            }
        })
        .map(|(_, v)| v.trim().to_owned())
}

/// [`score`] of the link's own target.
fn score_target(link: &FoundLink, ctx: &DocContext<'_>, lists: &Lists, w: &SignalWeights) -> Scored {
    let mut s = Scored { score: 0.0, signals: Vec::new(), promo_anchor: false, campaign_eligible: false };
    let anchor_text = link.element.map(|e| e.anchor.of(ctx.text)).unwrap_or("");
    let anchor_hit = if anchor_text.is_empty() { None } else { lists.lexicon.best(&tokens(anchor_text)) };
    let rf = if ctx.reporting { w.reporting_factor } else { 1.0 };

    let p = match &link.target {
        Target::Url(p) => p,
        Target::Relative => {
            s.push("own_site", Some("relative".into()), w.own_site);
            return s;
        }
        // Nothing is promoted by a link without a target.
        Target::Empty | Target::Invalid => return s,
    };

    if ctx.own_domain.is_some_and(|d| d == p.domain) {
        s.push("own_site", Some(p.domain.clone()), w.own_site);
        return s;
    }
    // A brand written in its own case (`Kompas.com`, `WordPress.com`) is a mention.
    // Written all in capitals (`SLOTGACOR88.COM`) it is shouted, not cased.
    let as_written = link.url.of(ctx.text);
    let cased =
        !link.has_scheme && as_written.starts_with(char::is_uppercase) && as_written.contains(char::is_lowercase);
    let allowed_as = lists.allowlist.matches(&p.host);
    let allowed = allowed_as.is_some();
    if allowed {
        s.push("allowlist", Some(p.domain.clone()), w.allowlist);
    }
    // The allowlist is curated for the sites a public gambling blocklist also holds (state
    // lotteries, licensed monopolies): its entry overrides a blocklist entry for the same site
    // or a parent of it (`www.fdj.fr` against `fdj.fr`), never one for a subdomain below it
    // (`slot88.blogspot.com` stays blocked on an allowlisted platform).
    let overridden = |d: &str| {
        let d = d.strip_prefix("www.").unwrap_or(d);
        allowed_as.is_some_and(|a| a == d || a.strip_suffix(d).is_some_and(|r| r.ends_with('.')))
    };
    let blocklisted = lists.blocklist.matches(&p.host).filter(|d| !overridden(d));
    if let Some(d) = blocklisted {
        // A listed bookmaker named the way a brand is written (`a sponsorship with Stake.com`:
        // no scheme, no path, a capital) is a mention as often as a paste: the list alone then
        // weighs half, and removal needs a second signal.
        let f = if cased && link.element.is_none() && p.is_homepage() { 0.5 } else { 1.0 };
        s.push("blocklist", Some(d.to_owned()), w.blocklist * rf * f);
    }
    let host_toks = tokens(host_without_suffix(p));
    let host_hit = lists.lexicon.best(&host_toks).or_else(|| lists.lexicon.best(&lists.lexicon.segmented(&host_toks)?));
    // In a report, a listed host's name holding the trade's words is the same fact twice (a
    // bookmaker's site is what the report is about); what counts there is whether it is
    // pitched.
    if let Some(h) = host_hit.as_ref().filter(|_| !(ctx.reporting && blocklisted.is_some())) {
        s.push("lexicon_host", Some(h.term.clone()), w.lexicon_host * h.weight * rf);
    }
    let path_hit = path_lexicon(p, lists, ctx.text, link);
    if let Some(h) = &path_hit {
        s.push("lexicon_path", Some(h.term.clone()), w.lexicon_path * h.weight * rf);
    }
    if let Some(h) = &anchor_hit {
        s.push("lexicon_anchor", Some(h.term.clone()), w.lexicon_anchor * h.weight * rf);
        s.promo_anchor = h.weight >= 0.5;
    }
    if let Some((tld, tw)) = lists.tlds.weight(&p.host, &p.suffix) {
        s.push("spam_tld", Some(tld.to_owned()), w.spam_tld * tw * rf);
    }
    let shortener = lists.shorteners.matches(&p.host).is_some();
    if shortener {
        s.push("shortener", Some(p.domain.clone()), w.shortener);
    }
    let bare_host = p.host.strip_prefix("www.").unwrap_or(&p.host);
    if p.userinfo {
        s.push("userinfo", None, w.userinfo);
    }
    if let Some(label) = homoglyph_label(&p.unicode_host) {
        s.push("homoglyph", Some(label), w.homoglyph);
    }
    // In a report, `judol[.]xyz` and `hxxp://` are defanged: quoted so that no one follows them.
    if link.obfuscation.scheme || link.obfuscation.bracket_dot {
        s.push("obfuscated", None, w.obfuscated * rf);
    }
    if link.obfuscation.wide_dot {
        s.push("wide_dot", None, w.wide_dot);
    }
    if link.obfuscation.invisible {
        s.push("invisible", None, w.invisible);
    }
    if p.is_ip {
        s.push("ip_host", None, w.ip_host);
    }

    if p.has_query {
        let raw = link.url.of(ctx.text).to_ascii_lowercase();
        if ["ref=", "aff=", "affid=", "affiliate=", "refid=", "partner="]
            .iter()
            .any(|k| raw.contains(&format!("?{k}")) || raw.contains(&format!("&{k}")))
        {
            s.push("referral", None, w.referral);
        }
    }
    // A user's site on the service (`x.vercel.app`, `sites.google.com/view/x`), not the
    // service's own homepage (`WordPress.com`).
    let free_hosted = lists
        .free_hosting
        .matches(bare_host)
        .is_some_and(|d| d != bare_host || (d.matches('.').count() >= 2 && !p.is_homepage()));
    if free_hosted {
        s.push("free_hosting", Some(p.domain.clone()), w.free_hosting);
    }
    let first_segment = p.path.trim_start_matches('/').split('/').next().unwrap_or("").to_ascii_lowercase();
    if CTA_SEGMENTS.contains(&first_segment.as_str()) {
        s.push("cta_path", Some(first_segment.clone()), w.cta_path);
    }
    let name = if shortener {
        first_segment.as_str()
    } else if free_hosted {
        p.host.split('.').next().unwrap_or("")
    } else {
        p.domain.split('.').next().unwrap_or("")
    };
    if is_brand_number(name) {
        s.push("brand_number", Some(name.to_owned()), w.brand_number);
    }
    // An anchor whose text is the URL itself reads like a pasted URL, and is judged like one.
    let anchor_is_url = link.element.is_some() && anchor_names_url(anchor_text, p);
    if let Some(e) = link.element {
        if p.is_homepage() && !anchor_is_url {
            s.push("anchor_homepage", None, w.anchor_homepage);
        }
        if anchor_unrelated(anchor_text, p) {
            s.push("anchor_unrelated", None, w.anchor_unrelated);
        }
        if e.open.of(ctx.text).to_ascii_lowercase().contains("dofollow") {
            s.push("seo_rel", None, w.seo_rel);
        }
    }

    let around = Around::of(ctx.text, link, ctx.links);
    // A chat link is a call to action: the pitch it serves may be the link next to it, whose
    // words are then its context too (`… di https://jokiskripsi.example, konsultasi lewat
    // https://wa.me/62…`).
    let chat = is_contact_url(p);
    let promo_context = around.promo_context(lists, is_institutional(&p.suffix), chat);
    // A "read also" line sends readers to the site's own stories; one pointing elsewhere (the
    // link is not the article's own, or scoring would have stopped above) is a disguise.
    let related_off_site = ctx.own_domain.is_some() && around.read_also_line();
    // A cue on a promotional line is part of the pitch ("kunjungi ... untuk info link gacor"),
    // and a cue does not cite a link that names the trade itself in its host or path
    // (`dapat dilihat di https://dpmd.x.go.id/wp-content/uploads/slot-gacor-maxwin/`: a page
    // planted on a hijacked site), unless the article reports on the trade.
    let self_promoting = [&host_hit, &path_hit].iter().any(|h| h.as_ref().is_some_and(|h| h.weight >= 0.8));
    let cue = around
        .cue(&lists.cues)
        .filter(|_| (promo_context.is_none() && !self_promoting || ctx.reporting) && !related_off_site);
    if related_off_site {
        s.push("related_off_site", None, w.related_off_site * rf);
    }
    // An advertisement that says so: the article's own site is scored above and never gets
    // here, so the link points elsewhere.
    if around.ad_line() {
        s.push("ad_label", None, w.ad_label * rf);
    }
    if let Some(cue) = &cue {
        s.push("citation_cue", Some(cue.clone()), w.citation_cue);
    } else if around.names_host(p) {
        s.push("parenthetical", None, w.parenthetical);
    }
    let pasted = link.element.is_none() || anchor_is_url;
    let scheme_homepage = p.is_homepage() && (link.has_scheme || anchor_is_url);
    let paste = if scheme_homepage {
        Paste::SchemeHomepage
    } else if p.is_homepage() && link.form == LinkForm::Www {
        Paste::Www
    } else if p.is_homepage() {
        Paste::Name
    } else {
        Paste::Url
    };
    // `running main.py with`: a bare name whose suffix is also a file extension is a file name
    // as often as a site.
    let file_name = paste == Paste::Name && FILE_EXTENSION_TLDS.contains(&p.suffix.as_str());
    // Between two commas a link may be an apposition, unless something about it is already
    // suspect (a spammer's second comma does not make a pasted spam host a name).
    let suspect = s.signals.iter().any(|x| x.weight > 0.0);
    // `ajukan di https://x.id sekarang`, `order a custom essay at https://x.net today`: after a
    // word that introduces a site, a link is cited, unless it is a homepage (pages deeper in a
    // site are what sources are cited by), its words around are a strong promise (a lexicon
    // phrase of weight 0.7 or more), the article does not report on the trade, and it is not
    // a public body's site. Then the introduction is the pitch's.
    let institutional = is_institutional(&p.suffix);
    let body_homepage = institutional && bare_host == p.domain;
    let pitched = paste != Paste::Url
        && promo_context.as_ref().is_some_and(|(h, _)| h.weight >= PITCH_INTRO_MIN_WEIGHT)
        && !ctx.reporting
        && !institutional;
    // A public body's homepage is cited from everywhere, in every word order (`yang dirilis
    // https://www.kemkes.go.id menunjukkan`); spammers take pages deep inside such sites, or
    // whole subdomains (`bogor.perpusnas.go.id`), not the body's own homepage. And a homepage
    // right after the name it stands for (`Gojek https://www.gojek.com dan`, `The American
    // Heart Association https://www.heart.org recommends`) is how a site is cited, unless
    // something about it is already suspect or promotional words stand around it (`order a
    // custom essay at https://essaywriters.example`).
    let cited = paste != Paste::Url
        && (body_homepage
            || around.particle_after()
            || (!suspect && promo_context.is_none() && (around.named_before(p) || named_in_text(ctx, p))));
    // A report names the sites it is about (`sites such as x.com and y.net`): a bare name is
    // quoted there, not pasted.
    let quoted = ctx.reporting && paste == Paste::Name;
    if cue.is_none()
        && pasted
        && !cased
        && !file_name
        && !cited
        && !quoted
        && around.mid_sentence(paste, !suspect, pitched)
    {
        let name = match paste {
            Paste::SchemeHomepage => "homepage_mid_sentence",
            Paste::Name | Paste::Www => "bare_domain_mid_sentence",
            Paste::Url => "url_mid_sentence",
        };
        let weight = match paste {
            Paste::SchemeHomepage => w.homepage_mid_sentence,
            Paste::Name | Paste::Www => w.bare_domain_mid_sentence,
            Paste::Url => w.url_mid_sentence,
        };
        s.push(name, None, weight);
    }
    if let Some((h, label)) = &promo_context {
        // On a short line that is nothing but a label and the link, the label is the link's.
        let f = if *label { 2.0 } else { 1.0 };
        s.push("promo_context", Some(h.term.clone()), w.promo_context * f * h.weight * rf);
        // A homepage pasted as the end of a strong labelled pitch is the site pitched, as an
        // anchor on pitch words pointing at a homepage is (`anchor_homepage`).
        if *label && h.weight >= STRONG_PROMISE && pasted && p.is_homepage() && !institutional {
            s.push("pitched_homepage", None, w.pitched_homepage * rf);
        }
    }
    let promotional = host_hit.is_some() || path_hit.is_some() || anchor_hit.as_ref().is_some_and(|h| h.weight >= 0.5);
    // A chat link is a pitch's call to action only beside the pitch.
    if (promotional || promo_context.is_some()) && chat {
        s.push("contact", Some(bare_host.to_owned()), w.contact * rf);
    }
    // Homepages of government, military and academic sites are cited from everywhere; what
    // spammers take there are pages deep inside, which the lexicon sees (`institutional`).
    // An anchor on a name pointing at a homepage is how companies and institutions are cited;
    // only a pasted homepage counts towards a campaign.
    // A brand written in its own case (`WordPress.com`) is a mention, not a link.
    s.campaign_eligible =
        !allowed && (shortener || promotional || (p.is_homepage() && !institutional && pasted && !cased));
    s
}

/// A public suffix of government, military and academic sites (`go.id`, `gov.uk`, `ac.id`,
/// `edu`, `sch.id`).
pub(crate) fn is_institutional(suffix: &str) -> bool {
    suffix.split('.').any(|l| matches!(l, "go" | "gov" | "ac" | "edu" | "mil" | "sch"))
}

/// The site's name stands capitalised in the article's prose, outside links (`Vietlott`,
/// `RBI ने कहा`, `PAGASA`): the homepage of a site the article talks about, cited in whatever
/// words its language has for that. The name is the first label of the registrable domain or
/// of the host; a spammer's host is not a name the article uses.
fn named_in_text(ctx: &DocContext<'_>, p: &ParsedUrl) -> bool {
    let host = p.host.strip_prefix("www.").unwrap_or(&p.host);
    let domain_label = p.domain.split('.').next().unwrap_or("");
    let host_label = host.split('.').next().unwrap_or("");
    mentioned(ctx, domain_label) || (host_label != domain_label && mentioned(ctx, host_label))
}

/// `label` (lowercase ASCII, three bytes or more, starting with a letter) as a whole word of
/// `ctx.text` outside its links, its first letter a capital.
fn mentioned(ctx: &DocContext<'_>, label: &str) -> bool {
    let l = label.as_bytes();
    if l.len() < 3 || !l[0].is_ascii_lowercase() || !l.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') {
        return false;
    }
    let t = ctx.text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'/' | b'@' | b'.');
    memchr::memchr_iter(l[0].to_ascii_uppercase(), t).any(|i| {
        let end = i + l.len();
        end <= t.len()
            && t[i + 1..end].eq_ignore_ascii_case(&l[1..])
            && (i == 0 || !word(t[i - 1]))
            && t.get(end)
                .is_none_or(|&c| !word(c) || (c == b'.' && t.get(end + 1).is_none_or(|c| !c.is_ascii_alphanumeric())))
            && {
                let k = ctx.links.partition_point(|(o, _)| o.end <= i);
                ctx.links.get(k).is_none_or(|(o, _)| o.start > i)
            }
    })
}

/// An anchor text that is one or two ordinary lowercase words, none of which appears in the
/// host: not a name for what the link points to.
fn anchor_unrelated(anchor: &str, p: &ParsedUrl) -> bool {
    let a = anchor.trim();
    let words: Vec<&str> = a.split_whitespace().collect();
    if words.is_empty() || words.len() > 2 || !a.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if a.contains(['.', '/', ':']) {
        return false;
    }
    let toks = tokens(a);
    if toks.iter().any(|t| REFERENCE_NOUNS.contains(&t.as_str())) {
        return false;
    }
    let host = p.host.to_lowercase();
    !toks.iter().any(|t| t.len() >= 3 && host.contains(t.as_str()))
}

/// The anchor text is the URL or its host (`[https://x.io/](https://x.io/)`).
fn anchor_names_url(anchor: &str, p: &ParsedUrl) -> bool {
    let a = anchor.trim().to_ascii_lowercase();
    let a = a.strip_prefix("https://").or_else(|| a.strip_prefix("http://")).unwrap_or(&a);
    let a = a.strip_prefix("www.").unwrap_or(a).trim_end_matches('/');
    let host = p.host.strip_prefix("www.").unwrap_or(&p.host);
    !a.is_empty() && (a == host || a.starts_with(&format!("{host}/")))
}

/// A name made of at least three letters followed by at least three digits (`naga303`,
/// `hoki805`, `sultan1000`); a year (`euro2024`) does not count.
fn is_brand_number(name: &str) -> bool {
    let digits = name.bytes().rev().take_while(u8::is_ascii_digit).count();
    let letters = name[..name.len() - digits].bytes().filter(u8::is_ascii_alphabetic).count();
    let tail = &name[name.len() - digits..];
    let year = digits == 4 && (tail.starts_with("19") || tail.starts_with("20"));
    digits >= 3 && letters >= 3 && !year
}

/// The host's labels without the public suffix (`slot.gacor.co.id` → `slot.gacor`).
fn host_without_suffix(p: &ParsedUrl) -> &str {
    let h = p.unicode_host.as_str();
    if !p.suffix.is_empty() && h.len() > p.suffix.len() && h.ends_with(p.suffix.as_str()) {
        &h[..h.len() - p.suffix.len() - 1]
    } else {
        h
    }
}

fn path_lexicon(p: &ParsedUrl, lists: &Lists, text: &str, link: &FoundLink) -> Option<LexiconHit> {
    let mut toks = tokens(&p.path);
    if p.has_query {
        // The query is part of what the link promotes (`?ref=slotgacor`); take it from the text.
        let raw = link.url.of(text);
        if let Some(q) = raw.split_once('?').map(|(_, q)| q) {
            toks.extend(tokens(q));
        }
    }
    lists.lexicon.best(&toks)
}

/// Labels that mix Latin with Cyrillic or Greek, or are made only of characters that look like
/// Latin letters without being Latin: the tricks of look-alike domains.
fn homoglyph_label(unicode_host: &str) -> Option<String> {
    for label in unicode_host.split('.') {
        if label.is_ascii() {
            continue;
        }
        let mut latin = false;
        let mut other = false;
        let mut all_confusable = true;
        for c in label.chars() {
            if c.is_ascii_alphabetic() {
                latin = true;
            } else if matches!(c as u32, 0x0370..=0x052F) {
                // Greek, Cyrillic and Cyrillic Supplement.
                other = true;
                all_confusable &= is_latin_lookalike(c);
            } else if !(c.is_ascii_digit() || c == '-') {
                all_confusable = false;
            }
        }
        if other && (latin || all_confusable) {
            return Some(label.to_owned());
        }
    }
    None
}

fn is_latin_lookalike(c: char) -> bool {
    matches!(
        c,
        'а' | 'в'
            | 'е'
            | 'к'
            | 'м'
            | 'н'
            | 'о'
            | 'р'
            | 'с'
            | 'т'
            | 'у'
            | 'х'
            | 'ѕ'
            | 'і'
            | 'ј'
            | 'ԁ'
            | 'һ'
            | 'ԛ'
            | 'ԝ'
            | 'ӏ'
            | 'ɡ'
            | 'ο'
            | 'α'
            | 'ν'
            | 'ρ'
            | 'ι'
            | 'κ'
            | 'τ'
            | 'υ'
            | 'χ'
            | 'ε'
    )
}

/// The text around a link on its line, at most [`AROUND_BYTES`] on each side.
struct Around<'a> {
    before: &'a str,
    after: &'a str,
    /// `before` reaches back to the start of the line.
    from_line_start: bool,
    /// For a link alone on its line, the line above it past other such lines, when it ends
    /// with a colon: the label of a list of links (`You may also like:`).
    label_above: Option<&'a str>,
    /// `before` and `after` as the link's own words ([`own_words`]): what its promotional
    /// context is read from.
    own_before: Cow<'a, str>,
    own_after: Cow<'a, str>,
}

/// The words of `text[lo..hi]` (one side of a link's line) that belong to the link: other
/// links' anchors are cut out, their texts being theirs (`[Using slots](mdn) · [slot
/// gacor](spam) · [Shadow DOM](web.dev)`: the middle anchor's words are not the others'), and
/// a sentence that holds another link is that link's (`… at https://www.corvalpay.com and
/// https://www.northwaycu.org. Buy high-DA backlinks today at https://spam.example.`): the
/// window stops at the end of the link's own sentence when another link stands past it, or
/// starts after the end of the sentence before when another link stands there.
fn own_words<'a>(text: &'a str, lo: usize, hi: usize, links: &[(ByteSpan, ByteSpan)], after: bool) -> Cow<'a, str> {
    let (mut lo, mut hi) = (lo, hi);
    let first = links.partition_point(|(o, _)| o.end <= lo);
    let last = first + links[first..].partition_point(|(o, _)| o.start < hi);
    let others = &links[first..last];
    if others.is_empty() {
        return Cow::Borrowed(&text[lo..hi]);
    }
    let b = text.as_bytes();
    // Anchors (`[text](url)`, `<a …>text</a>`) are cut out whole; a bare URL stays, its host
    // being words of the line it stands on (`Links: https://casino-bonus.example | https://
    // payday.example`).
    let anchor = |o: &ByteSpan| matches!(b.get(o.start), Some(b'[' | b'<'));
    let ends_sentence =
        |i: usize| matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(u8::is_ascii_whitespace);
    if after {
        let next = others[0].0.start.max(lo);
        if let Some(p) = (lo..next).find(|&i| ends_sentence(i)) {
            hi = p + 1;
        }
    } else {
        let prev = others[others.len() - 1].0.end.min(hi);
        if let Some(p) = (prev..hi).rev().find(|&i| ends_sentence(i)) {
            lo = p + 1;
        }
    }
    if !others.iter().any(|(o, _)| anchor(o) && o.start < hi && o.end > lo) {
        return Cow::Borrowed(&text[lo..hi]);
    }
    let mut out = String::with_capacity(hi - lo);
    let mut at = lo;
    for (o, _) in others.iter().filter(|(o, _)| anchor(o)) {
        let (s, e) = (o.start.clamp(lo, hi), o.end.clamp(lo, hi));
        if s > at {
            out.push_str(&text[at..s]);
        }
        if e > s {
            out.push(' ');
        }
        at = at.max(e);
    }
    if at < hi {
        out.push_str(&text[at..hi]);
    }
    Cow::Owned(out)
}

/// The label of a list of links whose items hold one link each, read up from the line before
/// `start` (the start of an item's line): the first line that is not blank and not a bare URL,
/// if it is short and ends with a colon.
fn list_label_above(text: &str, start: usize) -> Option<&str> {
    let mut lines = text[..start].lines().rev();
    for line in lines.by_ref().take(12) {
        let l = line.trim();
        let bare_url = !l.contains(char::is_whitespace)
            && ["http://", "https://", "www."]
                .iter()
                .any(|p| l.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)));
        if l.is_empty() || bare_url {
            continue;
        }
        return (l.chars().count() <= 40 && l.ends_with([':', '：'])).then_some(l);
    }
    None
}

/// Least weight of a promise that makes a sentence of up to [`PITCH_SENTENCE_WORDS`] words
/// ending in a link its label, and such a link, if a homepage, the pitched site
/// ([`SignalWeights::pitched_homepage`]).
const STRONG_PROMISE: f32 = 0.7;
const PITCH_SENTENCE_WORDS: usize = 14;

/// Most words of the question, of the sentence after it and past the link, in a
/// [`Around::question_hook`].
const HOOK_QUESTION_WORDS: usize = 12;
const HOOK_SENTENCE_WORDS: usize = 25;
const HOOK_TAIL_WORDS: usize = 3;

/// Distinct promotional terms (weight [`SECOND_TERM_MIN_WEIGHT`] or more) around a link that
/// make its words a pitch however many there are ([`Around::promo_context`]).
const DENSE_PITCH_TERMS: usize = 3;

/// Bytes of its line read on each side of a link: what the signals look at (a few words, a
/// label, the start of a short line) lies well within, and the work per link stays bounded on
/// a line of thousands of links (reading whole lines made it quadratic: 11 s for a line of
/// 100,000 domains).
const AROUND_BYTES: usize = 1024;

impl<'a> Around<'a> {
    /// The text around `link`, looking past the links next to it (`links`: all links of the
    /// text), which are not words: so a link reads the same whether its neighbour is still
    /// there or already removed, and cleaning stays idempotent.
    fn of(text: &'a str, link: &FoundLink, links: &[(ByteSpan, ByteSpan)]) -> Self {
        let o = link.outer();
        let (start, end) = match links.binary_search_by_key(&o.start, |(l, _)| l.start) {
            Ok(i) => (links[i].1.start, links[i].1.end),
            Err(_) => (o.start, o.end),
        };
        let from = floor_boundary(text, start.saturating_sub(AROUND_BYTES));
        let to = ceil_boundary(text, (end + AROUND_BYTES).min(text.len()));
        let line_start = text[from..start].rfind('\n').map(|p| from + p + 1);
        let line_end = text[end..to].find('\n').map_or(to, |p| end + p);
        let from_line_start = line_start.is_some() || from == 0;
        let before = &text[line_start.unwrap_or(from)..start];
        let after = &text[end..line_end];
        let alone = from_line_start && before.trim().is_empty() && after.trim().is_empty();
        let label_above = if alone { list_label_above(text, start - before.len()) } else { None };
        let own_before = own_words(text, start - before.len(), start, links, false);
        let own_after = own_words(text, end, end + after.len(), links, true);
        Around { before, after, from_line_start, label_above, own_before, own_after }
    }

    /// `name (link)` where `name` is the link's own site name (`kumparan (kumparan.com)`): the
    /// way outlets and sources are cited.
    fn names_host(&self, p: &ParsedUrl) -> bool {
        let b = self.before.trim_end();
        if !b.ends_with('(') || !self.after.trim_start().starts_with(')') {
            return false;
        }
        let name: String =
            b.trim_end_matches('(').trim_end().chars().rev().take_while(|c| c.is_alphanumeric()).collect();
        let name: String = name.chars().rev().collect::<String>().to_lowercase();
        let label = p.domain.split('.').next().unwrap_or("");
        name.len() >= 3 && (label.starts_with(&name) || name.starts_with(label))
    }

    /// The few words just before the link name its site: one of the last four words (three
    /// letters or more) is part of the site's name or holds all of it (`Telkomsel
    /// https://www.telkomsel.com`, `American Heart Association https://www.heart.org`), or the
    /// initials of the capitalised words before it spell the name (`Komisi Pemberantasan
    /// Korupsi https://www.kpk.go.id`).
    fn named_before(&self, p: &ParsedUrl) -> bool {
        let label = p.domain.split('.').next().unwrap_or("").to_lowercase();
        if label.len() < 3 {
            return false;
        }
        let tail = tail_chars(self.before, 96);
        // Only the current clause counts.
        let clause = tail.rfind(['.', '!', '?', ';', ':', '(', '\n']).map_or(tail, |at| &tail[at + 1..]);
        let words: Vec<String> = clause
            .split_whitespace()
            .map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect())
            .filter(|w: &String| !w.is_empty())
            .collect();
        let last = &words[words.len().saturating_sub(4)..];
        if last.iter().any(|w| w.chars().count() >= 3 && (label.contains(w.as_str()) || w.contains(label.as_str()))) {
            return true;
        }
        // The last run of capitalised words, up to two lowercase words before the link
        // (`Türkiye Futbol Federasyonu'nun resmi sitesi https://www.tff.org`).
        let initials: String = clause
            .split_whitespace()
            .rev()
            .skip_while({
                let mut lower = 0;
                move |w| {
                    lower += 1;
                    lower <= 2 && !w.starts_with(char::is_uppercase)
                }
            })
            .take_while(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        initials.chars().count() >= 2 && label == initials
    }

    /// A Korean particle glued to the link (`https://www.bok.or.kr에 게시한`, "posted at"): the
    /// link is a word of the sentence, named, not pasted into it.
    fn particle_after(&self) -> bool {
        self.after.chars().next().is_some_and(|c| matches!(c as u32, 0xAC00..=0xD7A3))
    }

    /// The strongest lexicon term on the link's line outside the link, within 80 bytes (240 for
    /// a label before a colon), with half the weight of a second one added, and
    /// whether it labels the link (a line of at most eight words besides it, a short sentence
    /// ending in it, a label before a colon, or, unless the link is to a public body's site,
    /// [`DENSE_PITCH_TERMS`] promises around it). The words are the link's own ([`own_words`]),
    /// or, `with_links`, all of its line's words within reach, other links' included.
    fn promo_context(&self, lists: &Lists, institutional: bool, with_links: bool) -> Option<(LexiconHit, bool)> {
        // A label before a colon is read whole (up to 240 bytes).
        let colon_label = self.colon_label();
        let reach = if colon_label { 240 } else { 80 };
        let (before, after) =
            if with_links { (self.before, self.after) } else { (&*self.own_before, &*self.own_after) };
        let around = format!("{} {}", tail_chars(before, reach), head_chars(after, 80));
        let toks = tokens(&around);
        let (best, second) = lists.lexicon.best_two(&toks);
        let mut hit = best.filter(|h| h.weight >= 0.5)?;
        // A second promise of its own (weight 0.4 or more) adds half its weight, up to 1.
        if let Some(s) = second.filter(|s| s.weight >= SECOND_TERM_MIN_WEIGHT) {
            hit.weight = (hit.weight + 0.5 * s.weight).min(1.0);
            hit.term = format!("{} + {}", hit.term, s.term);
        }
        let words = self.before.split_whitespace().count() + self.after.split_whitespace().count();
        // Three promises or more around a link, and no word of reporting among them, are a
        // pitch whatever its length (`Same-day payday loans up to £1,000, bad credit accepted,
        // apply in 2 minutes at https://…`): the words label the link as a short line would.
        // A public body's page is not what such words sell (`… atau lihat data di
        // https://www.bps.go.id/…`).
        let dense = !institutional
            && lists.lexicon.distinct_hits(&toks, SECOND_TERM_MIN_WEIGHT) >= DENSE_PITCH_TERMS
            && !lists.reporting.has_cue(&around, &toks);
        // A longer sentence that the link ends is its label when it holds a strong promise and
        // no word of reporting (`Compra antibióticos sin receta con envío en 24 horas en x.net.`).
        let pitch_sentence = hit.weight >= STRONG_PROMISE
            && self.ended_sentence().is_some_and(|s| {
                s.split_whitespace().count() <= PITCH_SENTENCE_WORDS && !lists.reporting.has_cue(s, &tokens(s))
            });
        Some((
            hit,
            words <= 8 || self.label_sentence() || colon_label || dense || self.question_hook() || pitch_sentence,
        ))
    }

    /// The link's line starts with a "read also" label (`Baca juga:`, `Also read:`, `Leia
    /// também:`, `Xem thêm:`, ...).
    fn read_also_line(&self) -> bool {
        if !self.from_line_start {
            return false;
        }
        let is_label = |s: &str| {
            let b = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '>' | '-' | '•'));
            let head: String = b.chars().take(20).flat_map(char::to_lowercase).collect();
            READ_ALSO.iter().any(|l| head.starts_with(l))
        };
        // The label on the link's line, or above a list of links (`You may also like:`, then
        // one link per line).
        is_label(self.before) || self.label_above.is_some_and(is_label)
    }

    /// The link's line starts with a label that says it is an advertisement (`Sponsored:`,
    /// `Iklan:`, `Anzeige:`: [`AD_LABELS`]), the colon included.
    fn ad_line(&self) -> bool {
        if !self.from_line_start {
            return false;
        }
        let b = self
            .before
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '>' | '-' | '•' | '['));
        let head: String = b.chars().take(24).flat_map(char::to_lowercase).collect();
        AD_LABELS.iter().any(|l| {
            head.strip_prefix(l)
                .is_some_and(|rest| rest.trim_start_matches([' ', '*', '_', ']']).starts_with([':', '：']))
        })
    }

    /// The link ends its line after a colon (`…, fast respon: https://wa.me/…`): what comes
    /// before the colon is the link's label, however long.
    fn colon_label(&self) -> bool {
        self.before.trim_end().ends_with([':', '：']) && self.after.trim().trim_end_matches(['.', '!']).is_empty()
    }

    /// The link ends a sentence of at most six words before it (`Situs gacor rb.gy/x.`,
    /// `Top rated bonus site https://x/!`): the sentence is the link's label.
    fn label_sentence(&self) -> bool {
        self.ended_sentence().is_some_and(|s| (1..=6).contains(&s.split_whitespace().count()))
    }

    /// The sentence the link ends (its words before the link), if it ends one.
    fn ended_sentence(&self) -> Option<&'a str> {
        let a = self.after.trim_start_matches(['\'', '"', '”', '’', ')', ']', ' ']);
        if !(a.is_empty() || a.starts_with(['.', '!', '?', '。', '।'])) {
            return None;
        }
        let b = self.before.trim_end_matches(['\'', '"', '“', '‘', '(', '[', ' ', ':']);
        Some(match b.rfind(['.', '!', '?', '\n']) {
            Some(p) => &b[p + 1..],
            None => b,
        })
    }

    /// The link ends, within [`HOOK_TAIL_WORDS`] words, a sentence of at most
    /// [`HOOK_SENTENCE_WORDS`] words that follows a question of at most [`HOOK_QUESTION_WORDS`]
    /// words on its line (`Need cash fast? Apply in minutes at https://…`, `Nome sujo?
    /// Empréstimo sem consulta: https://…`): the hook and call of a pitch, the question its
    /// label.
    fn question_hook(&self) -> bool {
        let a = self.after.trim_start_matches(['\'', '"', '”', '’', ')', ']', ' ']);
        let tail = a.find(['.', '!', '?', '。', '।', '\n']).map_or(a, |p| &a[..p]);
        if tail.split_whitespace().count() > HOOK_TAIL_WORDS {
            return false;
        }
        let b = self.before;
        let Some(q) = b.rfind(['?', '？', '؟']) else { return false };
        let sentence = &b[q..];
        let ends = |s: &str| s.contains(". ") || s.contains("! ") || s.contains('\n');
        if ends(sentence) || sentence.split_whitespace().count() > HOOK_SENTENCE_WORDS {
            return false;
        }
        let head = &b[..q];
        let start = head.rfind(['.', '!', '?', '\n']).map_or(0, |p| p + 1);
        (1..=HOOK_QUESTION_WORDS).contains(&head[start..].split_whitespace().count())
    }

    /// The citation cue in the last few words before the link, if any: a cue introduces the
    /// link it stands next to (`Sumber: url`, `dilansir dari Kompas.com`), so it must end
    /// within two words of it, in the same clause.
    fn cue(&self, cues: &[String]) -> Option<String> {
        let tail = tail_chars(self.before, 64);
        // Only the current sentence counts.
        let sentence = match tail.rfind(['.', '!', '?']) {
            Some(p) if tail[p + 1..].starts_with(' ') => &tail[p + 1..],
            _ => tail,
        };
        let lower = sentence.to_lowercase();
        // The byte pairs of the sentence, so that a cue with a pair the sentence lacks is passed
        // over without setting up a substring search (there are a hundred cues).
        let pairs = BytePairs::of(lower.as_bytes());
        cues.iter()
            .find(|c| {
                pairs.may_hold(c.as_bytes())
                    && lower.match_indices(c.as_str()).any(|(i, m)| {
                        let start_ok = i == 0 || !lower[..i].chars().next_back().is_some_and(char::is_alphanumeric);
                        let rest = &lower[i + m.len()..];
                        // A cue ends at a word boundary (`via` is not `viagra`), or runs straight
                        // into the link when a scraper glued them (`lamanhttps://`).
                        let end_ok = rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
                        // Within two words of the link, in the same clause.
                        let near = rest.split_whitespace().count() <= 2 && !rest.contains([',', ';', '.']);
                        start_ok && end_ok && near
                    })
            })
            .cloned()
    }

    /// Pasted between two words of one sentence: a word (not an intro word) before it, possibly
    /// with a comma or a dash, and a word after it, possibly after a dash, on a line of prose
    /// (eight words or more besides the link). A quote or bracket pair around the link is
    /// looked through. A homepage written with a scheme also counts when it is pasted between
    /// two sentences of a paragraph (`... ke Kapuas. https://x.info Alhamdulillah`). Between two
    /// commas it is an apposition, not pasted, when `apposition` allows (nothing else about the
    /// link is suspect). A word that introduces a site (`di`, `at`, `visit`) just before it
    /// makes it cited, not pasted, unless the words around it are a pitch (`pitched`).
    ///
    /// A homepage without a scheme is held to more: written so, it is how a site is named, so
    /// it is a mention when it stands in a list (a comma before it, `and` or `dan` around it),
    /// after an article or a copula (`an fbi.gov address`, `was suprnova.org`), or before a
    /// word that makes it a name (`huaral.org website`, `georgewbush.com was`).
    fn mid_sentence(&self, paste: Paste, apposition: bool, pitched: bool) -> bool {
        let (mut b, mut a) = (self.before, self.after);
        for (o, c) in [('"', '"'), ('\'', '\''), ('“', '”'), ('‘', '’'), ('[', ']')] {
            if let (Some(b2), Some(a2)) = (b.strip_suffix(o), a.strip_prefix(c)) {
                (b, a) = (b2, a2);
                break;
            }
        }
        if self.before.split_whitespace().count() + self.after.split_whitespace().count() < 8 {
            return false;
        }
        const SPACE: [char; 3] = [' ', '\t', '\u{a0}'];
        const DASHES: [char; 6] = [' ', '\t', '\u{a0}', '-', '–', '—'];
        let trimmed = b.trim_end_matches(SPACE);
        let glued = trimmed.len() == b.len();
        let mut b = trimmed.trim_end_matches(DASHES);
        let mut comma_before = false;
        if let Some(b2) = b.strip_suffix([',', ';', ')']) {
            if paste == Paste::Name {
                return false;
            }
            comma_before = b.ends_with(',');
            b = b2;
        }
        if paste == Paste::SchemeHomepage && !glued {
            b = b.strip_suffix(['.', '!', '?']).unwrap_or(b);
        }
        // A word's letters and its combining marks (the virama of `पोर्टल`), in scripts that
        // space their words: in Thai, Lao, Khmer or Burmese a run of letters is a phrase, not
        // a word, and a mark ends it as before.
        let unspaced =
            |c: char| matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}');
        let prev: String = b
            .chars()
            .rev()
            .take_while(|&c| c.is_alphanumeric() || (unicode_normalization::char::is_combining_mark(c) && !unspaced(c)))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if prev.is_empty() || (!pitched && is_intro_word(&prev)) {
            return false;
        }
        if glued && !pitched && is_intro_word_suffix(&prev) {
            return false;
        }
        let a = a.trim_start_matches(DASHES);
        // `Puluhan https://s.id/x, ribu warga`: a comma or `!` glued to a URL with a scheme
        // does not end the sentence when a lowercase word follows.
        let a = match a.strip_prefix([',', '!']) {
            // Between two commas the link is an apposition, the name of what the words before
            // it describe (`di portal Semak Mule PDRM, https://semakmule.rmp.gov.my, sebelum`,
            // `Salah satu sponsor, www.bankjatim.co.id, menyediakan`); after one comma only, it
            // is pasted (`mulai Jumat, www.harimau100.vip 26 Januari`), and so is a link
            // already suspect (`apposition` false) between two.
            Some(rest) if paste != Paste::Name && rest.starts_with(' ') => {
                return !(apposition && comma_before && a.starts_with(','))
                    && rest.trim_start_matches(SPACE).starts_with(char::is_lowercase);
            }
            Some(_) => return false,
            None => a,
        };
        if paste != Paste::Url {
            // A homepage followed by what names it (`huaral.org website`, `https://www.tcmb.gov.tr/
            // adresinde`, "at the address") is cited, in any form.
            let next: String = a.chars().take_while(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
            if SITE_NOUNS.contains(&next.as_str()) {
                return false;
            }
            let prev = prev.to_lowercase();
            if paste == Paste::Name
                && (MENTION_BEFORE.contains(&prev.as_str())
                    || MENTION_AFTER.contains(&next.as_str())
                    || OTHER_CONJUNCTIONS.contains(&prev.as_str())
                    || OTHER_CONJUNCTIONS.contains(&next.as_str()))
            {
                return false;
            }
        }
        a.chars().next().is_some_and(|c| c.is_alphanumeric() || matches!(c, '[' | '“' | '"'))
    }
}

/// How a link was written, for [`Around::mid_sentence`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Paste {
    /// A homepage written with a scheme (or as an anchor whose text is the URL).
    SchemeHomepage,
    /// A bare homepage (`example.com`): how a site is named.
    Name,
    /// A homepage written `www.example.com`: an address, named or pasted.
    Www,
    /// A URL with a path, in any form.
    Url,
}

/// Labels of "read also" lines, lowercase.
const READ_ALSO: &[&str] = &[
    "baca juga",
    "simak juga",
    "lihat juga",
    "also read",
    "read also",
    "leia também",
    "leia mais",
    "lee también",
    "xem thêm",
    "đọc thêm",
    "you may also like",
    "you might also like",
    "related:",
    "related stories",
    "related articles",
    "related news",
    "see also",
    "artikel terkait",
    "berita terkait",
];

/// Labels of an advertisement, each followed by a colon at the start of its line
/// ([`Around::ad_line`]), in the languages gleaner meets. `sponsored by` is not one: a story's
/// sponsor is named, not pitched.
const AD_LABELS: &[&str] = &[
    "sponsored",
    "advertisement",
    "advertorial",
    "ad",
    "ads",
    "promoted",
    "paid content",
    "iklan",
    "advertensi",
    "publicidade",
    "publicidad",
    "anuncio",
    "anzeige",
    "werbung",
    "publicité",
    "quảng cáo",
    "реклама",
    "reklam",
    "広告",
    "广告",
    "廣告",
    "광고",
    "โฆษณา",
];

/// Whether `link` is a chat with a number or an account (`wa.me/62…`, `t.me/…`): a messaging
/// host of [`CONTACT_HOSTS`] with a path.
pub(crate) fn is_contact_link(link: &FoundLink) -> bool {
    link.parsed().is_some_and(is_contact_url)
}

/// [`is_contact_link`] on a parsed URL.
fn is_contact_url(p: &ParsedUrl) -> bool {
    let bare = p.host.strip_prefix("www.").unwrap_or(&p.host);
    !p.is_homepage() && CONTACT_HOSTS.contains(&bare)
}

/// Hosts of messaging contact links: a chat with a number or an account (see
/// [`SignalWeights::contact`]).
const CONTACT_HOSTS: &[&str] = &[
    "wa.me",
    "api.whatsapp.com",
    "chat.whatsapp.com",
    "wa.link",
    "t.me",
    "telegram.me",
    "telegram.dog",
    "line.me",
    "lin.ee",
    "m.me",
    "zalo.me",
    "viber.me",
    "kakao.me",
    "open.kakao.com",
];

/// Words before a bare domain that make it a name in a list or a sentence.
const MENTION_BEFORE: &[&str] = &[
    "and",
    "or",
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "as",
    "like",
    "including",
    "around",
    "dan",
    "atau",
    "serta",
    "adalah",
    "seperti",
    "termasuk",
    "yakni",
    "bernama",
    // Naming words: `a site called goldenpeak-invest.com` names the site it reports on.
    "called",
    "named",
    "dubbed",
    "disebut",
    // `like` and `such as` of other languages (`مثل uae-bank-update.com`).
    "مثل",
    "như",
    "como",
    "comme",
    "llamado",
    "llamada",
    "chamado",
    "chamada",
];

/// Words after a bare domain that make it the subject of a sentence or an item of a list
/// (`georgewbush.com was`, `kumparan.com yang`).
const MENTION_AFTER: &[&str] = &[
    "and",
    "or",
    "is",
    "was",
    "has",
    "had",
    "will",
    "which",
    "dan",
    "atau",
    "serta",
    "yang",
    "adalah",
    "merupakan",
    "telah",
    "sudah",
    "juga",
    // The Turkish postposition `gibi` ("like").
    "gibi",
];

/// `and` and `or` of other languages (Turkish, Vietnamese, Spanish, Portuguese, French, German,
/// Hindi, Russian, Korean), on either side of a bare domain that they make an item
/// of a list (`betkral-giris.com ve bahisdunyasi365.net`).
const OTHER_CONJUNCTIONS: &[&str] = &[
    // Turkish, Vietnamese, Spanish, Portuguese, French, German.
    "ve",
    "veya",
    "và",
    "hoặc",
    "y",
    "o",
    "e",
    "ou",
    "et",
    "und",
    "oder",
    // Hindi, Russian, Korean.
    "और",
    "या",
    "तथा",
    "и",
    "или",
    "및",
    "또는",
];

/// Nouns after a domain that make it a name (`huaral.org website`, `an fbi.gov address`).
const SITE_NOUNS: &[&str] = &[
    "site",
    "sites",
    "website",
    "websites",
    "address",
    "addresses",
    "page",
    "pages",
    "domain",
    "domains",
    "account",
    "accounts",
    "email",
    "emails",
    "users",
    "situs",
    "laman",
    "portal",
    "akun",
    // Turkish nouns of an address with their case endings (`https://www.tcmb.gov.tr/
    // adresinde`, "at the address"; `sitesinde`, "on the site").
    "adresinde",
    "adresinden",
    "adresine",
    "adresi",
    "sitesinde",
    "sitesinden",
    "sayfasında",
    "sayfasından",
];

/// A glued word (`dihttps://`, `lamanhttps://`) that ends with an intro word: Indonesian and
/// English ones only, where this glue is seen; the short words of other languages (`no`, `da`,
/// `en`) end too many words (`casinohttps://`).
fn is_intro_word_suffix(w: &str) -> bool {
    let w = w.to_lowercase();
    INTRO_WORDS.iter().any(|i| i.len() >= 2 && w.ends_with(i))
}

fn head_chars(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut end = max_bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The char boundary at or after `i` (`i` at most `text.len()`).
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn tail_chars(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut start = s.len() - max_bytes;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// A 1,024-bit set of the adjacent byte pairs of a short text: a needle with a pair not in the
/// set does not occur in the text (the converse need not hold).
struct BytePairs([u64; 16]);

impl BytePairs {
    fn bit(a: u8, b: u8) -> usize {
        (usize::from(a) * 31 + usize::from(b).wrapping_mul(0x9E)) & 1023
    }

    fn of(text: &[u8]) -> Self {
        let mut set = [0u64; 16];
        for w in text.windows(2) {
            let i = Self::bit(w[0], w[1]);
            set[i / 64] |= 1 << (i % 64);
        }
        BytePairs(set)
    }

    /// False only when `needle` cannot occur in the text.
    fn may_hold(&self, needle: &[u8]) -> bool {
        needle.windows(2).all(|w| {
            let i = Self::bit(w[0], w[1]);
            self.0[i / 64] >> (i % 64) & 1 == 1
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract::find_links;
    use super::*;

    proptest::proptest! {
        #[test]
        fn byte_pairs_never_rule_out_a_needle_that_occurs(text in "[a-d :é]{0,64}", from in 0usize..64, len in 0usize..8) {
            let b = text.as_bytes();
            let from = from.min(b.len());
            let needle = &b[from..(from + len).min(b.len())];
            proptest::prop_assert!(BytePairs::of(b).may_hold(needle));
        }
    }

    fn lists() -> Lists {
        let mut l = Lists::default();
        l.lexicon.add_file("1.0 *gacor*\n0.5 slot\n0.9 judi online\n0.3 esports\n", "gambling").unwrap();
        l.blocklist.add_file("bet365.com\n");
        l.allowlist.add_file("kompas.com\n");
        l.shorteners.add_file("bit.ly\n");
        l.tlds.add_file("0.6 vip\n").unwrap();
        l.cues = super::super::lists::phrases("sumber\ndilansir dari\naccording to\nlaman\n");
        l
    }

    fn score_in(text: &str, own: Option<&str>) -> Vec<(String, f32, &'static str)> {
        let l = lists();
        let w = SignalWeights::default();
        let outers: Vec<ByteSpan> = find_links(text).iter().map(|l| l.outer()).collect();
        let spans = reading_spans(text, &outers);
        let ctx = DocContext { text, own_domain: own, reporting: false, links: &spans };
        find_links(text)
            .iter()
            .map(|k| {
                let s = score(k, &ctx, &l, &w);
                (k.url.of(text).to_owned(), s.score, s.reason())
            })
            .collect()
    }

    #[test]
    fn a_link_next_to_another_reads_as_if_the_other_were_gone() {
        // Regression (issue 7): the second of two injected links was not "mid-sentence" while
        // the first stood next to it, so it survived the first cleaning and went in the second.
        let both =
            score_in("Dow component Home Depot https://parlaygacor889.vip/ betemerald(.)live reported earnings", None);
        let alone = score_in("Dow component Home Depot betemerald(.)live reported earnings", None);
        assert_eq!(both[1].0, "betemerald(.)live");
        assert_eq!(both[1].1, alone[0].1, "{both:?} {alone:?}");
    }

    #[test]
    fn glued_intro_words_are_indonesian_and_english_ones() {
        assert!(is_intro_word_suffix("lamandi"));
        assert!(!is_intro_word_suffix("casino"));
        assert!(is_intro_word("según") && is_intro_word("tại"));
    }

    #[test]
    fn a_redirector_is_scored_as_its_destination() {
        let t = "Promo https://l.facebook.com/l.php?u=https%3A%2F%2Fsitus-slot-gacor.vip%2F&h=AT0x sekarang juga";
        let r = score_in(t, None);
        assert!(r[0].1 >= 1.0, "{r:?}");
        // A share button wrapping the article's own page stays, wrapper and all.
        let t = "Bagikan https://www.facebook.com/sharer.php?u=https://news.example.com/a/1 ke teman";
        let r = score_in(t, Some("example.com"));
        assert!(r[0].1 < 1.0, "{r:?}");
    }

    #[test]
    fn seed_homepage_mid_sentence_is_spam() {
        let r = score_in(
            "Negara-negara Barat telah lama https://esports-indonesia.com/ mencurigai Moskow berada di balik serangan itu",
            None,
        );
        assert!(r[0].1 >= 1.0, "{r:?}");
        assert_eq!(r[0].2, "homepage_mid_sentence");
    }

    #[test]
    fn keeps_own_site_links() {
        let r = score_in("lihat https://news.example.com/a/b sekarang", Some("example.com"));
        assert!(r[0].1 < 0.0);
    }

    #[test]
    fn cited_and_introduced_links_are_not_spam() {
        for t in [
            "Sumber: https://www.reuters.com/world/asia/",
            "dilansir dari Kompas.com, Senin",
            "melalui laman resmi KPPU dihttps://kppu.go.id/jadwal-sidang/.",
            "Informasi di https://cekbansos.kemensos.go.id. Caranya",
            "kini hadir Nikah.id dengan semangat",
            // Sites cited with the prepositions of other languages.
            "Thí sinh đăng ký tại https://thisinh.thitotnghiepthpt.edu.vn và xem hướng dẫn trên trang chủ của bộ",
            "Los datos, según https://www.sepe.es, que publicó el informe ayer por la tarde en Madrid",
            "Os candidatos devem acessar https://enem.inep.gov.br para consultar o resultado final hoje",
            // A listed bookmaker named as a brand, in a sports story.
            "The club extended its shirt sponsorship with Stake.com for two more seasons on Monday",
            // A file name is not a pasted site.
            "Developers can try it by running main.py with the new flag enabled on their machines",
            // A site named in a report about it.
            "Victims were lured to a site called northridge-invest.com that promised daily returns",
            // A portal named between commas, and a service introduced by its kind.
            "Warga dinasihatkan menyemak akaun di portal Semak Mule, https://semakmule.rmp.gov.my, sebelum membuat pemindahan",
            "Masyarakat dapat mengakses layanan https://sehatjiwa-kita.id yang tersedia 24 jam bagi remaja",
            // Sites cited in the word order of other languages: a Turkish address noun after
            // the link, Arabic `on the link` and Vietnamese `on the system` before it, and a
            // crackdown's list of blocked names joined by `ve` (and).
            "Kurulun karar metni https://www.tcmb.gov.tr/ adresinde yayımlandı ve piyasalar olumlu karşıladı",
            "ودعت الوزارة الحجاج إلى متابعة التعليمات على الرابط https://www.nusuk.sa/ وتطبيقها الرسمي يوميا",
            "Thí sinh có thể tra cứu điểm thi trên hệ thống https://thisinh.thitotnghiepthpt.edu.vn từ ngày 17/7",
            "Erişim engeli getirilen adresler arasında betkral-giris.com ve bahis-dunyasi.net de bulunuyor bu hafta",
            // A newsroom's channel: a contact link alone is no pitch.
            "Ikuti kanal berita kami https://t.me/kabarkotaharian untuk kabar terbaru setiap pagi dan malam",
        ] {
            let r = score_in(t, None);
            assert!(r[0].1 < 1.0, "{t}: {r:?}");
        }
    }

    #[test]
    fn pasted_spam_is_not_hidden_by_capitals_commas_or_glued_words() {
        for t in [
            // Shouted, not a brand in its own case.
            "Harga cabai naik lagi hari ini SLOTGACOR88.COM lalu pedagang mengeluh di pasar induk",
            // A second comma does not make a suspect host an apposition.
            "Pendaftaran lomba dibuka mulai Jumat, https://harimau100.vip, dan peserta diminta datang pagi",
            // `housing` ends in `using`, but glued to a URL it is not an intro word.
            "Pemerintah membangun affordable housinghttps://harimau100.com yang ditujukan bagi warga kota",
        ] {
            let r = score_in(t, None);
            assert!(r[0].1 >= 1.0, "{t}: {r:?}");
        }
    }

    #[test]
    fn an_amp_cache_link_is_scored_as_the_page_it_serves() {
        let r = score_in("Berita lengkap https://kabar-harian.cdn.ampproject.org/c/s/kabar-harian.vip/berita/", None);
        assert_eq!(r[0].2, "spam_tld", "{r:?}");
    }

    #[test]
    fn a_contact_link_weighs_beside_a_pitch() {
        let pitch = |host: &str| {
            score_in(&format!("Info situs gacor malam ini, silakan chat admin kami {host}/6281234567890"), None)[0].1
        };
        // The short pitch labels any link it ends (`pitched_homepage`'s sentence rule); the chat
        // link weighs more.
        let (contact, other) = (pitch("https://wa.me"), pitch("https://example.org"));
        assert!(contact >= 1.0 && contact > other, "{contact} {other}");
    }

    #[test]
    fn hijacked_government_page_with_promo_path_is_spam() {
        let r = score_in(r#"<a href="https://dinsos.merauke.go.id/berita/slot-gacor/">Slot Gacor</a>"#, None);
        assert!(r[0].1 >= 1.0, "{r:?}");
        assert!(r[0].2.starts_with("lexicon_"), "{r:?}");
    }

    #[test]
    fn deceptive_urls_score_high() {
        assert!(score_in("lihat http://good.com@evil.com/ ya", None)[0].1 >= 1.0);
        assert!(score_in("buka https://аpple.com/ ya", None)[0].1 >= 1.0);
        assert_eq!(homoglyph_label("пример.рф"), None);
        assert!(homoglyph_label("раураl.com").is_some());
    }
}
