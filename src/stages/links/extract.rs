//! Finding URLs in scraped text, in every form they take there.
//!
//! One left-to-right pass over the bytes looks for the few bytes that can start a link
//! (`<` of an HTML anchor, `[` of a Markdown link, `:` of `scheme://`, `w` of `www.`, and the
//! dots of a bare domain, obfuscated or not). Each candidate is expanded once and the scan
//! resumes after it, so the work is linear in the text, and at most [`MAX_LINKS`] links are
//! taken from one record. A hand-written scanner rather than a regex: the regex crate's
//! `find_iter` can go quadratic on adversarial input, and obfuscations (`example[.]com`,
//! `hxxps://`, full-width dots, zero-width characters) need context a regex cannot carry.
//!
//! Each found link reports byte spans (the URL itself, and for anchors the whole element, the
//! anchor text and the tags) and a parsed, normalised form: punycode host, registrable domain
//! by the Public Suffix List (`psl`), path, and what was odd about it.

use crate::text::ByteSpan;

/// Most links taken from one record; past it the rest of the text is not searched.
pub(crate) const MAX_LINKS: usize = 4096;
/// Longest URL considered; a longer run of URL characters is cut here.
pub(crate) const MAX_URL_BYTES: usize = 8192;
/// Longest anchor text looked at when searching for `</a>`.
const MAX_ANCHOR_BYTES: usize = 1024;
/// Longest `<a ...>` tag.
const MAX_TAG_BYTES: usize = 4096;

/// How a link is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LinkForm {
    /// `scheme://...`
    Scheme,
    /// `www.example.com/...`
    Www,
    /// `example.com/...`
    Bare,
    /// `<a href="...">anchor</a>`
    HtmlAnchor,
    /// `[anchor](...)`
    Markdown,
    /// `[url=...]anchor[/url]` or `[url]...[/url]` (forum BBCode)
    BbCode,
}

/// Obfuscations seen in a link, as bit flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Obfuscation {
    /// `hxxp://`, `h**p://` or `[:]`.
    pub scheme: bool,
    /// `[.]`, `(.)`, `{.}`, `[dot]`, `(dot)` or a dot surrounded by spaces.
    pub bracket_dot: bool,
    /// A full-width or ideographic dot used as a label separator.
    pub wide_dot: bool,
    /// Zero-width or soft-hyphen characters inside the URL.
    pub invisible: bool,
}

/// A parsed, normalised URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParsedUrl {
    /// Lowercase ASCII host (punycode for internationalised names).
    pub host: String,
    /// The host in Unicode, for script checks.
    pub unicode_host: String,
    /// Registrable domain (eTLD+1) by the Public Suffix List, or the host itself.
    pub domain: String,
    /// Public suffix of the host, e.g. `co.id`.
    pub suffix: String,
    /// Path, percent-decoded where it is valid UTF-8.
    pub path: String,
    /// Whether a query string is present.
    pub has_query: bool,
    /// Whether the URL carries a user name or password (`http://good.com@evil.com`).
    pub userinfo: bool,
    /// Whether the host is an IP address.
    pub is_ip: bool,
}

impl ParsedUrl {
    /// A homepage: no path beyond `/`, no query.
    pub(crate) fn is_homepage(&self) -> bool {
        (self.path.is_empty() || self.path == "/") && !self.has_query
    }
}

/// What a link points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// An absolute URL.
    Url(ParsedUrl),
    /// A relative reference (`/path`, `page.html`, `#frag`): the page's own site.
    Relative,
    /// An empty `href`.
    Empty,
    /// Something that does not parse as a URL (`javascript:`, garbage).
    Invalid,
}

/// The markup around a link: an HTML anchor or a Markdown link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Element {
    /// The whole element, from `<a` to `</a>` or `[` to `)`.
    pub whole: ByteSpan,
    /// The anchor text.
    pub anchor: ByteSpan,
    /// The opening part (`<a ...>` or `[`).
    pub open: ByteSpan,
    /// The closing part (`</a>` or `](url)`); empty for an anchor without `</a>`.
    pub close: ByteSpan,
}

/// One link found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundLink {
    /// The URL as written (for anchors, the `href` value).
    pub url: ByteSpan,
    /// How it is written.
    pub form: LinkForm,
    /// The surrounding markup, for anchors and Markdown links.
    pub element: Option<Element>,
    /// Where it points.
    pub target: Target,
    /// Obfuscations used.
    pub obfuscation: Obfuscation,
    /// The URL was written with an explicit scheme.
    pub has_scheme: bool,
}

impl FoundLink {
    /// The span a removal of the whole link covers: the element if any, else the URL.
    pub(crate) fn outer(&self) -> ByteSpan {
        self.element.map_or(self.url, |e| e.whole)
    }

    pub(crate) fn parsed(&self) -> Option<&ParsedUrl> {
        match &self.target {
            Target::Url(p) => Some(p),
            _ => None,
        }
    }
}

/// Finds the links in `text`, in order, without overlaps.
pub(crate) fn find_links(text: &str) -> Vec<FoundLink> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // The next trigger byte: `.`, `:`, `<` (common) and `[`, and the lead bytes of full-width
    // and ideographic dots (rare), each found by a vectorised memchr.
    let mut next_common = 0;
    let mut next_rare = 0;
    let mut next_brace = 0;
    while i < b.len() && out.len() < MAX_LINKS {
        if next_common < i {
            next_common = memchr::memchr3(b'.', b':', b'<', &b[i..]).map_or(usize::MAX, |p| i + p);
        }
        if next_rare < i {
            next_rare = memchr::memchr3(b'[', 0xEF, 0xE3, &b[i..]).map_or(usize::MAX, |p| i + p);
        }
        if next_brace < i {
            next_brace = memchr::memchr2(b'(', b'{', &b[i..]).map_or(usize::MAX, |p| i + p);
        }
        i = next_common.min(next_rare).min(next_brace);
        if i == usize::MAX {
            break;
        }
        let c = b[i];
        let found = match c {
            b'<' => html_anchor(text, i).or_else(|| autolink(text, i)),
            b'[' => bbcode_link(text, i)
                .or_else(|| markdown_link(text, i))
                .or_else(|| bracket_colon_scheme(text, i))
                .or_else(|| bare_domain(text, i))
                // A spaced bracketed dot (`example [dot] com`) is seen from its bracket.
                .or_else(|| if i >= 1 && b[i - 1] == b' ' { bare_domain(text, i - 1) } else { None }),
            b':' => scheme_url(text, i),
            // `www.` is seen from its dot, as is a spaced dot (`example . com`).
            b'.' if i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www") => {
                www_url(text, i - 3).or_else(|| bare_domain(text, i))
            }
            b'.' if i >= 1 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') => bare_domain(text, i - 1),
            // `(.)` and `{.}` are seen from their dot too.
            b'.' if i >= 1 && matches!(b[i - 1], b'(' | b'{') => bare_domain(text, i - 1)
                .or_else(|| if i >= 2 && b[i - 2] == b' ' { bare_domain(text, i - 2) } else { None }),
            // A full-width colon may separate a scheme (`https：//`).
            0xEF if b[i..].starts_with("\u{FF1A}".as_bytes()) => scheme_url(text, i),
            b'.' | 0xEF | 0xE3 => bare_domain(text, i),
            // A dot spelled in brackets (`slot88(dot)com`, `slot88 {dot} com`) has no dot to
            // be seen from.
            b'(' | b'{' if b[i + 1..].len() >= 4 && b[i + 1..i + 4].eq_ignore_ascii_case(b"dot") => {
                bare_domain(text, i)
                    .or_else(|| if i >= 1 && b[i - 1] == b' ' { bare_domain(text, i - 1) } else { None })
            }
            _ => None,
        };
        match found {
            // A link is found from a trigger inside it, and a bare domain reaches back from its
            // dot to its first label: that label may lie inside the link found before
            // (`a。b.uk/x)c。d.uk/y`, the first path cut at the wide dot); links never overlap.
            Some(link) if link.outer().start >= out.last().map_or(0, |l: &FoundLink| l.outer().end) => {
                let end = link.outer().end;
                debug_assert!(end > i);
                out.push(link);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Character classes

/// Characters that end a URL's path written in running text without a space: the letters of
/// scripts written without spaces (Han, kana, Thai, ...) and Hangul, whose particles are glued
/// to the word before (`https://x.kr에서`). In `専門家はhttps://x.vip/夜間も…` the sentence
/// goes on after the URL; taken as its path, it would be removed with it. A path really written
/// in these scripts is cut short, which leaves its tail as text when the link is removed and
/// changes nothing when it is kept. Inside `[text](url)` the parenthesis ends the URL instead.
fn starts_glued_prose(c: char) -> bool {
    crate::text::is_unspaced_script(c) || matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// Bytes and chars that end a URL written in running text.
fn is_url_terminator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '“'
                | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '<'
                | '>'
                | '`'
                | '{'
                | '}'
                | '|'
                | '\\'
                | '^'
                | '\''
                | '、'
                | '。'
                | '，'
                | '「'
                | '」'
                | '『'
                | '』'
                | '（'
                | '）'
                | '【'
                | '】'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '\u{3000}'
        )
}

/// A full-width ASCII letter or digit (`ｓｌｏｔ８８`), written to slip past filters: NFKC, and
/// hosts, read it as its ASCII letter.
fn fullwidth_ascii(c: char) -> Option<char> {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(c as u32 - 0xFEE0)
        }
        _ => None,
    }
}

/// An ASCII letter or digit, or its full-width form.
fn latin_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || fullwidth_ascii(c).is_some()
}

/// `latin` (an ASCII letter or digit, or its full-width form) meets `glued`, a character of a
/// script written without spaces: a name ends there (`www.bok.or.kr에`, "at";
/// `全員がもらえるUltrabook.jp`), since names in those scripts are written wholly in them.
fn script_changes(latin: char, glued: char) -> bool {
    latin_alnum(latin) && starts_glued_prose(glued)
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// A character that may be part of a domain label as written in text.
fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '-'
        || (!c.is_ascii() && (c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)))
        || is_invisible(c)
}

/// Dot separators between labels: `(len, kind)` of the separator starting at `i`, if any.
/// kind: 0 plain dot, 1 bracketed or spaced dot, 2 wide dot.
fn dot_at(b: &[u8], i: usize) -> Option<(usize, u8)> {
    let rest = &b[i..];
    if rest.first() == Some(&b'.') {
        return Some((1, 0));
    }
    for pat in [
        &b"[.]"[..],
        b"(.)",
        b"{.}",
        b"[dot]",
        b"(dot)",
        b"{dot}",
        b" . ",
        b" [.] ",
        b" (.) ",
        b" [dot] ",
        b" (dot) ",
        b" {dot} ",
    ] {
        if rest.len() >= pat.len() && rest[..pat.len()].eq_ignore_ascii_case(pat) {
            return Some((pat.len(), 1));
        }
    }
    // U+FF0E FULLWIDTH FULL STOP, U+3002 IDEOGRAPHIC FULL STOP, U+FF61 HALFWIDTH IDEOGRAPHIC
    for pat in [&[0xEF, 0xBC, 0x8E][..], &[0xE3, 0x80, 0x82], &[0xEF, 0xBD, 0xA1]] {
        if rest.starts_with(pat) {
            return Some((3, 2));
        }
    }
    None
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

// ---------------------------------------------------------------------------------------------
// Host scanning

struct HostScan {
    end: usize,
    labels: usize,
    tld_start: usize,
    obf: Obfuscation,
}

/// Scans labels separated by (possibly obfuscated) dots from `start`. Stops before anything
/// that is not a label or a dot followed by a label.
fn scan_host(text: &str, start: usize) -> Option<HostScan> {
    let b = text.as_bytes();
    let mut i = start;
    let mut labels = 0;
    let mut obf = Obfuscation::default();
    let mut tld_start;
    let limit = (start + 300).min(b.len());
    loop {
        let label_start = i;
        while i < limit {
            let c = char_at(text, i)?;
            if !is_label_char(c) {
                break;
            }
            if is_invisible(c) {
                obf.invisible = true;
            }
            if fullwidth_ascii(c).is_some() {
                obf.wide_dot = true;
            }
            // A particle glued to an ASCII label (`www.bok.or.kr에`, "at") is prose.
            if i > label_start
                && char_before(text, i).is_some_and(|p| script_changes(p, c) || (p == '-' && starts_glued_prose(c)))
            {
                break;
            }
            i += c.len_utf8();
        }
        if i == label_start {
            return None;
        }
        labels += 1;
        tld_start = label_start;
        match dot_at(b, i) {
            Some((len, kind)) if i + len < b.len() && char_at(text, i + len).is_some_and(is_label_char) => {
                // A spaced dot only counts when what follows looks like a TLD, checked by
                // the caller; mark it now.
                match kind {
                    1 => obf.bracket_dot = true,
                    2 => obf.wide_dot = true,
                    _ => {}
                }
                i += len;
            }
            _ => break,
        }
    }
    Some(HostScan { end: i, labels, tld_start, obf })
}

/// True when `tld` (as written) is a known top-level domain in lowercase ASCII or punycode.
fn is_known_tld(tld: &str) -> bool {
    if tld.len() < 2 || tld.len() > 63 {
        return false;
    }
    if let Some(rest) = tld.strip_prefix("xn--") {
        return !rest.is_empty() && rest.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
    }
    if !tld.bytes().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    psl::suffix(tld.as_bytes()).is_some_and(|s| s.is_known() && s.as_bytes() == tld.as_bytes())
}

/// Scans a URL's path/query/fragment from `i` (just after the host, possibly at `:port`).
/// Returns the end, with trailing punctuation and unbalanced closing brackets trimmed.
fn scan_rest(text: &str, mut i: usize, stop_at_paren: bool) -> usize {
    let b = text.as_bytes();
    let start = i;
    let limit = (start + MAX_URL_BYTES).min(b.len());
    while i < limit {
        let Some(c) = char_at(text, i) else { break };
        if is_url_terminator(c) || (stop_at_paren && c == ')') || (!stop_at_paren && starts_glued_prose(c)) {
            break;
        }
        i += c.len_utf8();
    }
    trim_url_end(text, start, i)
}

/// The end of a found link whose rest was scanned from `start` to `end`. A URL longer than
/// MAX_URL_BYTES is analysed from its beginning only, but removed whole: its span runs on to
/// its real end. Called for found links only, which the search then skips, so it stays
/// linear.
fn full_url_end(text: &str, start: usize, end: usize) -> usize {
    let mut i = end;
    while let Some(c) = char_at(text, i) {
        if is_url_terminator(c) || starts_glued_prose(c) {
            break;
        }
        i += c.len_utf8();
    }
    if i == end { end } else { trim_url_end(text, start, i).max(end) }
}

fn trim_url_end(text: &str, start: usize, mut end: usize) -> usize {
    let b = text.as_bytes();
    // Bracket counts of `start..end`, taken once and kept up to date as the end moves, so a
    // long run of closing brackets is trimmed in linear time.
    let mut brackets: Option<[usize; 4]> = None;
    loop {
        if end <= start {
            return start;
        }
        let c = b[end - 1];
        let trim = match c {
            b'.' | b',' | b':' | b';' | b'!' | b'?' | b'*' | b'\'' | b'"' => true,
            b')' | b']' => {
                let n = brackets.get_or_insert_with(|| {
                    let s = &b[start..end];
                    [count(s, b'('), count(s, b')'), count(s, b'['), count(s, b']')]
                });
                let (open, close) = if c == b')' { (0, 1) } else { (2, 3) };
                if n[open] < n[close] {
                    n[close] -= 1;
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if trim {
            end -= 1;
            continue;
        }
        // Trailing ellipsis or CJK/full-width punctuation.
        if let Some(ch) = text[start..end].chars().next_back()
            && matches!(ch, '…' | '．' | '！' | '？' | '：' | '；' | '।' | '॥' | '۔')
        {
            end -= ch.len_utf8();
            continue;
        }
        return end;
    }
}

fn count(b: &[u8], c: u8) -> usize {
    memchr::memchr_iter(c, b).count()
}

// ---------------------------------------------------------------------------------------------
// Link forms

const SCHEMES: &[(&str, bool)] = &[
    ("https", false),
    ("http", false),
    ("hxxps", true),
    ("hxxp", true),
    ("hxtps", true),
    ("hxtp", true),
    ("h**ps", true),
    ("h**p", true),
    ("ftp", false),
];

/// Where the scheme ending just before `sep` starts, and whether it is an obfuscated one: the
/// longest known scheme, read over invisible characters (`h\u{2060}ttps`). Letters before it
/// are a word glued to the URL by a scraper (`dihttps://...`).
fn scheme_start(text: &str, sep: usize) -> Option<(usize, bool)> {
    // The scheme's characters, last first, with their offsets (at most the longest scheme,
    // however many invisible characters sit between them).
    let mut chars = [(0usize, 0u8); 5];
    let mut n = 0;
    let mut at = sep;
    while n < chars.len() {
        let Some(c) = char_before(text, at) else { break };
        if c.is_ascii_alphabetic() || c == '*' {
            at -= 1;
            chars[n] = (at, c.to_ascii_lowercase() as u8);
            n += 1;
        } else if is_invisible(c) {
            at -= c.len_utf8();
        } else {
            break;
        }
    }
    SCHEMES.iter().find_map(|(s, obf)| {
        let k = s.len();
        (k <= n && s.bytes().rev().zip(&chars[..k]).all(|(a, &(_, b))| a == b)).then(|| (chars[k - 1].0, *obf))
    })
}

/// `scheme://...` with `colon` at the `:` (or at a full-width colon, `https：//`), slashes
/// maybe full-width too.
fn scheme_url(text: &str, colon: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    let (sep_len, wide) = if b[colon..].starts_with(b"://") {
        (3, false)
    } else {
        let rest = &text[colon..];
        let colon_len = if b[colon] == b':' {
            1
        } else if rest.starts_with('\u{FF1A}') {
            3
        } else {
            return None;
        };
        match &rest[colon_len..] {
            r if r.starts_with("//") => (colon_len + 2, true),
            r if r.starts_with("\u{FF0F}\u{FF0F}") => (colon_len + 6, true),
            _ => return None,
        }
    };
    let (start, obf_scheme) = scheme_start(text, colon)?;
    finish_scheme_url(text, start, colon + sep_len, obf_scheme || wide)
}

/// `http[:]//...` with `br` at the `[`.
fn bracket_colon_scheme(text: &str, br: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    if !b[br..].starts_with(b"[:]//") {
        return None;
    }
    let (start, _) = scheme_start(text, br)?;
    finish_scheme_url(text, start, br + 5, true)
}

fn finish_scheme_url(text: &str, start: usize, after: usize, obf_scheme: bool) -> Option<FoundLink> {
    // Cheap check first: a candidate whose host cannot parse is dropped after reading its
    // authority only, before the rest of the URL (up to MAX_URL_BYTES) is scanned and parsed.
    // The authority of one candidate ends at the `//` (or `／／`, `：`) of the next, so a run of
    // failed candidates (`http://http://...`) costs linear time, not MAX_URL_BYTES each.
    // Leading slashes are skipped as URL parsers do (`http:///a.com` has host `a.com`).
    let b = text.as_bytes();
    let limit = (after + MAX_URL_BYTES).min(b.len());
    let mut i = after;
    while i < limit && (b[i] == b'/' || b[i..].starts_with("\u{FF0F}".as_bytes())) {
        i += if b[i] == b'/' { 1 } else { 3 };
    }
    while i < limit {
        let Some(c) = char_at(text, i) else { break };
        if is_url_terminator(c) || matches!(c, '/' | '?' | '#' | '\u{FF0F}' | '\u{FF1A}') {
            break;
        }
        if i > after && char_before(text, i).is_some_and(|p| script_changes(p, c)) {
            break;
        }
        i += c.len_utf8();
    }
    let auth_end = trim_url_end(text, after, i);
    if auth_end <= after || matches!(parse_target(&text[start..auth_end], true).0, Target::Invalid) {
        return None;
    }
    // The rest is scanned from the end of the authority: an internationalised host may be
    // written in a script that ends a path (`https://แทงบอล.com/`, `https://例え.jp/`).
    let end = scan_rest(text, auth_end, false);
    if end <= after {
        return None;
    }
    let raw = &text[start..end];
    let (target, mut obf) = parse_target(raw, true);
    if matches!(target, Target::Invalid) {
        return None;
    }
    let end = full_url_end(text, after, end);
    obf.scheme |= obf_scheme;
    Some(FoundLink {
        url: ByteSpan::new(start, end),
        form: LinkForm::Scheme,
        element: None,
        target,
        obfuscation: obf,
        has_scheme: true,
    })
}

/// `www.` at a word start.
fn www_url(text: &str, i: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    if b.len() < i + 5 || !b[i..i + 4].eq_ignore_ascii_case(b"www.") {
        return None;
    }
    if char_before(text, i).is_some_and(|c| is_label_char(c) || c == '.' || c == '/' || c == '@') {
        return None;
    }
    let host = scan_host(text, i)?;
    if host.labels < 3 || !is_known_tld(&normalize_host_text(&text[host.tld_start..host.end]).0) {
        return None;
    }
    let end = scan_rest(text, host.end, false);
    let raw = &text[i..end];
    let (target, obf) = parse_target(raw, false);
    if matches!(target, Target::Invalid) {
        return None;
    }
    let end = full_url_end(text, host.end, end);
    Some(FoundLink {
        url: ByteSpan::new(i, end),
        form: LinkForm::Www,
        element: None,
        target,
        obfuscation: obf,
        has_scheme: false,
    })
}

/// A bare domain (`example.com/path`), found from one of its dots at `i`.
fn bare_domain(text: &str, i: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    let (len, _) = dot_at(b, i)?;
    // Most dots end sentences: a label must follow, and one must precede.
    if !char_at(text, i + len).is_some_and(is_label_char) || !char_before(text, i).is_some_and(is_label_char) {
        return None;
    }
    // Walk back over the label before the dot.
    let mut start = i;
    let back_limit = i.saturating_sub(256);
    while start > back_limit {
        let Some(c) = char_before(text, start) else { break };
        if !is_label_char(c) {
            break;
        }
        if char_at(text, start).is_some_and(|next| script_changes(next, c)) {
            break;
        }
        start -= c.len_utf8();
    }
    if start == i {
        return None;
    }
    // A network-path reference (`//example.com/`) written in text: the link starts at its
    // slashes.
    let slashes = start >= 2
        && &b[start - 2..start] == b"//"
        && char_before(text, start - 2).is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '>'));
    // Not part of an e-mail address, a path or a longer dotted token.
    if !slashes
        && let Some(c) = char_before(text, start)
        && matches!(c, '@' | '/' | '.' | ':' | '=' | '&' | '?' | '#' | '%' | '_' | '\\')
    {
        return None;
    }
    let host = scan_host(text, start)?;
    if host.labels < 2 || host.end <= i {
        return None;
    }
    // An e-mail address: `user@host` seen from the host side is excluded above; `host@...`
    // (a user part that looks like a domain) is excluded here.
    if b.get(host.end) == Some(&b'@') {
        return None;
    }
    let (host_norm, _) = normalize_host_text(&text[start..host.end]);
    let tld = host_norm.rsplit('.').next().unwrap_or("");
    // The TLD must be a known TLD (`e.g` and `3.14` are not domains), and the label before it
    // must not be a lone letter or a number.
    if !is_known_tld(&text[host.tld_start..host.end]) && !is_known_tld(tld) {
        return None;
    }
    let labels: Vec<&str> = host_norm.split('.').collect();
    let second = labels[labels.len() - 2];
    // A TLD written in capitals is an abbreviation or a product (`ASP.NET`), unless the whole
    // name is in capitals and its name part holds a digit as throwaway promotion names do
    // (`SLOTGACOR88.COM`), or a path follows.
    if text[host.tld_start..host.end].bytes().any(|c| c.is_ascii_uppercase()) {
        let shouted = !text[start..host.end].bytes().any(|c| c.is_ascii_lowercase());
        let named = second.len() >= 4 && second.is_ascii() && second.bytes().any(|c| c.is_ascii_digit());
        if !(shouted && (named || b.get(host.end) == Some(&b'/'))) {
            return None;
        }
    }
    // An ideographic or full-width full stop after a sentence in a script written without
    // spaces ends the sentence (`…しております。au`): only an ASCII name before it is a host.
    if host.obf.wide_dot && !second.is_ascii() {
        return None;
    }
    let has_path = b.get(host.end) == Some(&b'/');
    // A one-letter label is an abbreviation (`e.g`, `a.m.`) unless a path follows (`s.id/x`).
    // A number is not a name (`3.14`), unless it is long: throwaway Chinese gambling sites are
    // named by five or more digits (`敬请关注245757.com`).
    if (second.len() < 2 && !has_path) || (second.bytes().all(|c| c.is_ascii_digit()) && second.len() < 5) {
        return None;
    }
    let end = if b.get(host.end) == Some(&b'/') || b.get(host.end) == Some(&b':') {
        scan_rest(text, host.end, false).max(host.end)
    } else {
        host.end
    };
    let start = if slashes { start - 2 } else { start };
    let raw = &text[start..end];
    let (target, mut obf) = parse_target(raw, false);
    if matches!(target, Target::Invalid) {
        return None;
    }
    let end = if end > host.end { full_url_end(text, host.end, end) } else { end };
    obf.bracket_dot |= host.obf.bracket_dot;
    obf.wide_dot |= host.obf.wide_dot;
    obf.invisible |= host.obf.invisible;
    Some(FoundLink {
        url: ByteSpan::new(start, end),
        form: LinkForm::Bare,
        element: None,
        target,
        obfuscation: obf,
        has_scheme: false,
    })
}

/// `<https://example.com/>` (a Markdown or e-mail autolink) starting at `lt`: the URL found as
/// written, the brackets its element, so that a removal takes them too. The URL is its own
/// anchor, so it is judged as a pasted URL.
fn autolink(text: &str, lt: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    let scheme_len = b[lt + 1..].iter().take(16).take_while(|c| c.is_ascii_alphabetic()).count();
    let colon = lt + 1 + scheme_len;
    if scheme_len < 2 || b.get(colon) != Some(&b':') {
        return None;
    }
    let mut link = scheme_url(text, colon)?;
    if link.url.start != lt + 1 || b.get(link.url.end) != Some(&b'>') {
        return None;
    }
    let gt = link.url.end;
    link.element = Some(Element {
        whole: ByteSpan::new(lt, gt + 1),
        anchor: link.url,
        open: ByteSpan::new(lt, lt + 1),
        close: ByteSpan::new(gt, gt + 1),
    });
    Some(link)
}

/// `<a ... href="..." ...>anchor</a>` starting at `lt`.
fn html_anchor(text: &str, lt: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    if b.len() < lt + 3 || !(b[lt + 1] == b'a' || b[lt + 1] == b'A') || !b[lt + 2].is_ascii_whitespace() {
        return None;
    }
    // Find the end of the tag, honouring quotes.
    let limit = (lt + MAX_TAG_BYTES).min(b.len());
    let mut i = lt + 2;
    let mut quote = 0u8;
    let mut href: Option<ByteSpan> = None;
    let mut tag_end = None;
    while i < limit {
        let c = b[i];
        // A `<` inside a tag (quoted or not) means the tag is broken; stopping there keeps a
        // run of unclosed `<a href="` linear instead of MAX_TAG_BYTES per candidate. A link
        // stays inside its paragraph (a line), so a tag does not run over a line break.
        if c == b'<' || c == b'\n' {
            return None;
        }
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
            i += 1;
            continue;
        }
        match c {
            b'"' | b'\'' => quote = c,
            b'>' => {
                tag_end = Some(i + 1);
                break;
            }
            b'h' | b'H'
                if href.is_none()
                    && b[i - 1].is_ascii_whitespace()
                    && b.len() >= i + 4
                    && b[i..i + 4].eq_ignore_ascii_case(b"href") =>
            {
                let mut j = i + 4;
                while j < limit && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j < limit && b[j] == b'=' {
                    j += 1;
                    while j < limit && b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j < limit && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        let vs = j + 1;
                        let ve = memchr::memchr(q, &b[vs..limit]).map(|k| vs + k)?;
                        if memchr::memchr(b'\n', &b[vs..ve]).is_some() {
                            return None;
                        }
                        href = Some(ByteSpan::new(vs, ve));
                        i = ve + 1;
                        continue;
                    }
                    let vs = j;
                    let mut ve = j;
                    while ve < limit && !b[ve].is_ascii_whitespace() && b[ve] != b'>' {
                        ve += 1;
                    }
                    href = Some(ByteSpan::new(vs, ve));
                    i = ve;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let tag_end = tag_end?;
    let href = href?;
    let open = ByteSpan::new(lt, tag_end);
    // The anchor text runs to `</a>`, if it comes soon and no other anchor starts first.
    let search_end = (tag_end + MAX_ANCHOR_BYTES).min(b.len());
    // ... and its anchor text ends on the line it starts on.
    let search_end = memchr::memchr(b'\n', &b[tag_end..search_end]).map_or(search_end, |k| tag_end + k);
    let mut close = None;
    let mut k = tag_end;
    while let Some(off) = memchr::memchr(b'<', &b[k..search_end]) {
        let p = k + off;
        if b.len() >= p + 4 && b[p..p + 4].eq_ignore_ascii_case(b"</a>") {
            close = Some(ByteSpan::new(p, p + 4));
            break;
        }
        if b.len() >= p + 3 && (b[p + 1] == b'a' || b[p + 1] == b'A') && b[p + 2].is_ascii_whitespace() {
            break;
        }
        k = p + 1;
    }
    let (anchor, close, whole) = match close {
        Some(c) => (ByteSpan::new(tag_end, c.start), c, ByteSpan::new(lt, c.end)),
        None => (ByteSpan::new(tag_end, tag_end), ByteSpan::new(tag_end, tag_end), open),
    };
    // An attribute's value may be written with character references (`&amp;` in a query,
    // or `https&#58;&#47;&#47;` to slip past a filter): read as the browser reads it.
    let decoded = html_escape::decode_html_entities(href.of(text));
    let raw = decoded.trim();
    let (target, obf) = if raw.is_empty() { (Target::Empty, Obfuscation::default()) } else { parse_target(raw, false) };
    let has_scheme = raw.contains("://");
    Some(FoundLink {
        url: href,
        form: LinkForm::HtmlAnchor,
        element: Some(Element { whole, anchor, open, close }),
        target: match target {
            Target::Invalid if !raw.contains(':') => Target::Relative,
            t => t,
        },
        obfuscation: obf,
        has_scheme,
    })
}

/// `[url=target]anchor[/url]` or `[url]target[/url]` (forum BBCode, any case) starting at `br`.
/// The whole element goes when the link is removed: the tags alone would leave a shell such as
/// `[url= slot gacor[/url]`.
fn bbcode_link(text: &str, br: usize) -> Option<FoundLink> {
    let b = text.as_bytes();
    let head = b.get(br..br + 5)?;
    if !head[..4].eq_ignore_ascii_case(b"[url") || !matches!(head[4], b'=' | b']') {
        return None;
    }
    let limit = (br + MAX_URL_BYTES).min(b.len());
    let (url, open_end) = if head[4] == b'=' {
        // The target runs to the first `]`, on the same line, quotes allowed around it.
        let from = br + 5;
        let close = from + b[from..limit].iter().position(|&c| c == b']' || c == b'\n')?;
        if b[close] != b']' {
            return None;
        }
        let (mut s, mut e) = (from, close);
        if e > s + 1 && matches!(b[s], b'"' | b'\'') && b[e - 1] == b[s] {
            (s, e) = (s + 1, e - 1);
        }
        (ByteSpan::new(s, e), close + 1)
    } else {
        (ByteSpan::new(br + 5, br + 5), br + 5)
    };
    let search_end = (open_end + MAX_ANCHOR_BYTES.max(MAX_URL_BYTES)).min(b.len());
    let rel = b[open_end..search_end].windows(6).position(|w| w.eq_ignore_ascii_case(b"[/url]"))?;
    let close = ByteSpan::new(open_end + rel, open_end + rel + 6);
    let anchor = ByteSpan::new(open_end, close.start);
    // `[url]target[/url]`: the text between the tags is the target.
    let url = if url.is_empty() { anchor } else { url };
    let raw = url.of(text).trim();
    if raw.is_empty() || raw.contains(char::is_whitespace) {
        return None;
    }
    let (target, obf) = parse_target(raw, false);
    if !matches!(target, Target::Url(_)) {
        return None;
    }
    Some(FoundLink {
        url,
        form: LinkForm::BbCode,
        element: Some(Element {
            whole: ByteSpan::new(br, close.end),
            anchor,
            open: ByteSpan::new(br, open_end),
            close,
        }),
        target,
        obfuscation: obf,
        has_scheme: raw.contains("://"),
    })
}

/// `[anchor](url)` starting at `br`; an image `![alt](src)` whole, with its `!`; and a linked
/// image `[![alt](src)](url)` as one link to `url` whose anchor is the image's alt text (a
/// banner ad): removing it removes the image too.
fn markdown_link(text: &str, br: usize) -> Option<FoundLink> {
    markdown_link_at(text, br, true)
}

/// [`markdown_link`], looking for a linked image inside only when `linked_image` (one level:
/// `[![![...` must not recurse).
fn markdown_link_at(text: &str, br: usize, linked_image: bool) -> Option<FoundLink> {
    let b = text.as_bytes();
    let image =
        if linked_image && b.get(br + 1..br + 3) == Some(b"![") { markdown_link_at(text, br + 2, false) } else { None };
    let (anchor, i) = match image.and_then(|m| m.element) {
        Some(img) if b.get(img.whole.end..img.whole.end + 2) == Some(b"](") => (img.anchor, img.whole.end),
        _ => {
            let limit = (br + 1 + MAX_ANCHOR_BYTES).min(b.len());
            let mut i = br + 1;
            while i < limit && b[i] != b']' && b[i] != b'\n' && b[i] != b'[' {
                i += 1;
            }
            if i >= limit || b[i] != b']' || b.get(i + 1) != Some(&b'(') {
                return None;
            }
            (ByteSpan::new(br + 1, i), i)
        }
    };
    // An image's `!` starts a word (`Wow![x](u)` is an exclamation before a link).
    let image_mark = br > 0
        && b[br - 1] == b'!'
        && char_before(text, br - 1).is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '>'));
    let start = if image_mark { br - 1 } else { br };
    let us = i + 2;
    // The destination ends before the next `](` (no real URL holds one): that is where the
    // next candidate's destination starts, so a run of failed candidates (`[x](a[x](a...`)
    // is scanned once, not MAX_URL_BYTES per candidate.
    let scan_end = (us + MAX_URL_BYTES).min(b.len());
    let dest_end = memchr::memmem::find(&b[us..scan_end], b"](").map_or(b.len(), |k| us + k);
    let ue = scan_rest(&text[..dest_end], us, true);
    // `[text](url "title")`: a title in quotes may follow the destination.
    let close_paren = match (b.get(ue), b.get(ue + 1)) {
        (Some(b' '), Some(&q @ (b'"' | b'\''))) => {
            let from = ue + 2;
            let to = dest_end.min(from + MAX_ANCHOR_BYTES);
            let k = b.get(from..to).and_then(|t| memchr::memchr(q, t))?;
            from + k + 1
        }
        _ => ue,
    };
    if b.get(close_paren) != Some(&b')') {
        return None;
    }
    let raw = &text[us..ue];
    let (target, obf) = if raw.is_empty() { (Target::Empty, Obfuscation::default()) } else { parse_target(raw, false) };
    if matches!(target, Target::Invalid) {
        return None;
    }
    let whole = ByteSpan::new(start, close_paren + 1);
    Some(FoundLink {
        url: ByteSpan::new(us, ue),
        form: LinkForm::Markdown,
        element: Some(Element {
            whole,
            anchor,
            open: ByteSpan::new(start, anchor.start),
            close: ByteSpan::new(anchor.end, close_paren + 1),
        }),
        target,
        obfuscation: obf,
        has_scheme: raw.contains("://"),
    })
}

// ---------------------------------------------------------------------------------------------
// Normalisation and parsing

/// Undoes dot obfuscations and drops invisible characters in a host as written.
fn normalize_host_text(s: &str) -> (String, Obfuscation) {
    let mut obf = Obfuscation::default();
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some((len, kind)) = dot_at(b, i) {
            match kind {
                1 => obf.bracket_dot = true,
                2 => obf.wide_dot = true,
                _ => {}
            }
            out.push('.');
            i += len;
            continue;
        }
        let c = char_at(s, i).expect("i is on a char boundary: it only advances by whole chars");
        if is_invisible(c) {
            obf.invisible = true;
        } else if let Some(a) = fullwidth_ascii(c) {
            obf.wide_dot = true;
            out.push(a);
        } else {
            out.push(c);
        }
        i += c.len_utf8();
    }
    (out.to_lowercase(), obf)
}

/// The first scheme separator in `raw`: `(offset, length, obfuscated)`. Besides `://`, the
/// forms written to slip past filters: `[:]//`, and a full-width colon or slashes (`https：//`,
/// `https：／／`, `https:／／`).
fn scheme_separator(raw: &str) -> Option<(usize, usize, bool)> {
    const SEPARATORS: [(&str, bool); 5] = [
        ("://", false),
        ("[:]//", true),
        ("\u{FF1A}//", true),
        ("\u{FF1A}\u{FF0F}\u{FF0F}", true),
        (":\u{FF0F}\u{FF0F}", true),
    ];
    // Only after something that can be a scheme: `//x.vip/?u=https://y.org` is a network-path
    // reference whose query holds a URL.
    let scheme_like =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic() || c == '*' || is_invisible(c));
    SEPARATORS
        .iter()
        .filter_map(|&(sep, odd)| raw.find(sep).map(|at| (at, sep.len(), odd)))
        .min_by_key(|s| s.0)
        .filter(|&(at, _, _)| scheme_like(&raw[..at]))
}

/// Parses a URL as written (maybe obfuscated, maybe without scheme) into a [`Target`].
pub(crate) fn parse_target(raw: &str, has_scheme: bool) -> (Target, Obfuscation) {
    let mut obf = Obfuscation::default();
    let mut s = String::with_capacity(raw.len() + 7);
    let sep = scheme_separator(raw);
    let rest = if let Some((at, len, odd)) = sep {
        let (scheme, rest) = (&raw[..at], &raw[at + len..]);
        obf.scheme |= odd;
        let scheme = if scheme.chars().any(is_invisible) {
            obf.invisible = true;
            scheme.chars().filter(|c| !is_invisible(*c)).collect::<String>().to_ascii_lowercase()
        } else {
            scheme.to_ascii_lowercase()
        };
        let scheme = match scheme.as_str() {
            "http" | "https" | "ftp" => scheme,
            "hxxp" | "hxtp" | "h**p" => {
                obf.scheme = true;
                "http".to_owned()
            }
            "hxxps" | "hxtps" | "h**ps" => {
                obf.scheme = true;
                "https".to_owned()
            }
            _ => return (Target::Invalid, obf),
        };
        s.push_str(&scheme);
        s.push_str("://");
        rest
    } else if has_scheme {
        return (Target::Invalid, obf);
    } else if let Some(rest) = raw.strip_prefix("//").filter(|r| !r.starts_with('/')) {
        // A network-path reference (`//host/path`): another site, in the page's scheme.
        s.push_str("http://");
        rest
    } else if raw.starts_with('/') || raw.starts_with('#') || raw.starts_with('?') || raw.starts_with('.') {
        return (Target::Relative, obf);
    } else if raw.contains(':') && !raw.split(':').next().is_some_and(|h| h.contains('.')) {
        // mailto:, javascript:, tel: and the like.
        return (Target::Invalid, obf);
    } else {
        s.push_str("http://");
        raw
    };
    // The authority ends at the first `/`, `?` or `#`.
    let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host_text, host_obf) = normalize_host_text(&rest[..auth_end]);
    obf.bracket_dot |= host_obf.bracket_dot;
    obf.wide_dot |= host_obf.wide_dot;
    obf.invisible |= host_obf.invisible;
    s.push_str(&host_text);
    let tail = &rest[auth_end..];
    if tail.chars().any(is_invisible) {
        obf.invisible = true;
        s.extend(tail.chars().filter(|c| !is_invisible(*c)));
    } else {
        s.push_str(tail);
    }
    let Ok(url) = url::Url::parse(&s) else { return (Target::Invalid, obf) };
    let Some(host) = url.host_str() else { return (Target::Invalid, obf) };
    if host.is_empty() {
        return (Target::Invalid, obf);
    }
    let is_ip = matches!(url.host(), Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)));
    if !is_ip && !host.contains('.') {
        return (Target::Invalid, obf);
    }
    let host = host.trim_end_matches('.').to_owned();
    let unicode_host = if host.contains("xn--") { idna::domain_to_unicode(&host).0 } else { host.clone() };
    let (domain, suffix) = if is_ip {
        (host.clone(), String::new())
    } else {
        let suffix = psl::suffix_str(&host).unwrap_or("").to_owned();
        (psl::domain_str(&host).unwrap_or(&host).to_owned(), suffix)
    };
    let path = percent_decode(url.path());
    let parsed = ParsedUrl {
        domain,
        suffix,
        unicode_host,
        path,
        has_query: url.query().is_some_and(|q| !q.is_empty()),
        userinfo: !url.username().is_empty() || url.password().is_some(),
        is_ip,
        host,
    };
    (Target::Url(parsed), obf)
}

fn percent_decode(p: &str) -> String {
    if !p.contains('%') {
        return p.to_owned();
    }
    let b = p.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = h {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| p.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(t: &str) -> Vec<&str> {
        find_links(t).into_iter().map(|l| l.url.of(t)).collect()
    }

    fn hosts(t: &str) -> Vec<String> {
        find_links(t).into_iter().filter_map(|l| l.parsed().map(|p| p.host.clone())).collect()
    }

    #[test]
    fn finds_scheme_urls_and_trims_punctuation() {
        let t = "Barat telah lama https://esports-indonesia.com/ mencurigai (lihat https://a.org/x_(y)). Lalu http://b.co.id/p?q=1.";
        assert_eq!(urls(t), vec!["https://esports-indonesia.com/", "https://a.org/x_(y)", "http://b.co.id/p?q=1"]);
    }

    #[test]
    fn a_url_glued_to_unspaced_prose_ends_where_the_script_changes() {
        // The sentence after the URL is prose, not path: removing the URL must not take it.
        let t = "専門家はhttps://nekketsu-casino.vip/夜間も冷房を使うことが重要だと話しています。";
        assert_eq!(urls(t), vec!["https://nekketsu-casino.vip/"]);
        let t = "ข่าวนี้https://example.co.th/newsอ่านต่อ และ 자세한 내용은 https://example.kr/a에서 확인";
        assert_eq!(urls(t), vec!["https://example.co.th/news", "https://example.kr/a"]);
        // Within Markdown's parentheses the path may hold those scripts.
        let t = "[東京](https://ja.wikipedia.org/wiki/東京) は";
        assert_eq!(urls(t), vec!["https://ja.wikipedia.org/wiki/東京"]);
    }

    #[test]
    fn an_internationalised_host_keeps_its_combining_marks() {
        // U+0E4C, a Thai mark that is not alphanumeric, ended the host: the link was not found.
        let t = "เล่นที่ https://แทงบอล-ออนไลน์.com/ ได้เลย และ https://例え.jp/a です";
        let found = urls(t);
        assert_eq!(found, vec!["https://แทงบอล-ออนไลน์.com/", "https://例え.jp/a"]);
    }

    #[test]
    fn reads_character_references_in_an_href() {
        let t = r#"Main <a href="https&#58;&#47;&#47;jpslot-gacor.top/">slot gacor</a> dan <a href="&#104;ttps://togel.vip/?a=1&amp;b=2">x</a>."#;
        let l = find_links(t);
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].parsed().unwrap().domain, "jpslot-gacor.top");
        assert_eq!(l[1].parsed().unwrap().domain, "togel.vip");
    }

    #[test]
    fn a_bare_domain_does_not_reach_back_into_the_link_before() {
        // Found by the `urls` fuzz target: the first link's path ends at the ideographic full
        // stop, which is also the dot of a second bare domain whose first label the first
        // link's path holds.
        let t = "As lectoralcommissi\u{3002}on.org.uk/research)reports-andissi\u{3002}on.org.uk/research)reports-and-data, \
                 and an #rchived c um -data, and an #rchived c um ano, admitiu a ta ter\u{e7}a-feira.";
        crate::probe::check_links(t);
    }

    #[test]
    fn finds_bbcode_links_whole() {
        let t = "Main di [url=https://gacor-maxwin88.vip/]situs slot gacor[/url] dan [URL]https://a.example.org/x[/URL] ya.";
        let l = find_links(t);
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].url.of(t), "https://gacor-maxwin88.vip/");
        assert_eq!(l[0].element.unwrap().anchor.of(t), "situs slot gacor");
        assert_eq!(l[0].element.unwrap().whole.of(t), "[url=https://gacor-maxwin88.vip/]situs slot gacor[/url]");
        assert_eq!(l[1].url.of(t), "https://a.example.org/x");
        assert_eq!(l[1].element.unwrap().whole.of(t), "[URL]https://a.example.org/x[/URL]");
        // Not BBCode: no closing tag, or not a URL.
        assert!(find_links("[url=nothing]x[/url] and [url=https://a.org/]").iter().all(|l| l.form != LinkForm::BbCode));
    }

    #[test]
    fn finds_markdown_links_with_a_title() {
        let t = r#"Try [best online casino](https://royalspin.xyz/ "Top rated") now."#;
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].url.of(t), "https://royalspin.xyz/");
        assert_eq!(l[0].element.unwrap().anchor.of(t), "best online casino");
        assert_eq!(l[0].element.unwrap().whole.of(t), r#"[best online casino](https://royalspin.xyz/ "Top rated")"#);
    }

    #[test]
    fn finds_url_glued_to_a_word() {
        let t = "melalui laman resmi KPPU dihttps://kppu.go.id/jadwal-sidang/.\n";
        assert_eq!(urls(t), vec!["https://kppu.go.id/jadwal-sidang/"]);
    }

    #[test]
    fn finds_www_and_bare_domains_but_not_other_dotted_words() {
        let t = "kunjungi www.Example.co.id/promo, atau slotgacor88.vip sekarang. ASP.NET, e.g. 3.14, Rp1.000.000 dan info@kompas.com bukan.";
        assert_eq!(urls(t), vec!["www.Example.co.id/promo", "slotgacor88.vip"]);
        assert_eq!(hosts("dikutip dari Kompas.com, Senin"), vec!["kompas.com"]);
    }

    #[test]
    fn finds_obfuscated_domains() {
        let cases = [
            ("buka hxxps://judi[.]com/x sekarang", "judi.com"),
            ("buka slot-gacor[.]xyz sekarang", "slot-gacor.xyz"),
            ("buka gacor．vip sekarang", "gacor.vip"),
            ("buka gac\u{200B}or.vip sekarang", "gacor.vip"),
            ("buka http[:]//gacor.vip sekarang", "gacor.vip"),
        ];
        for (t, h) in cases {
            let l = find_links(t);
            assert_eq!(l.len(), 1, "{t}");
            assert_eq!(l[0].parsed().unwrap().host, h, "{t}");
            let o = l[0].obfuscation;
            assert!(o.scheme || o.bracket_dot || o.wide_dot || o.invisible, "{t}");
        }
    }

    #[test]
    fn finds_links_written_to_slip_past_filters() {
        // (text, the link as found, its host, obfuscated)
        let cases = [
            (
                "di https\u{FF1A}//sawahtoto\u{FF0E}com/ ya",
                "https\u{FF1A}//sawahtoto\u{FF0E}com/",
                "sawahtoto.com",
                true,
            ),
            (
                "di https\u{FF1A}\u{FF0F}\u{FF0F}gacor.vip/x ya",
                "https\u{FF1A}\u{FF0F}\u{FF0F}gacor.vip/x",
                "gacor.vip",
                true,
            ),
            ("di http:\u{FF0F}\u{FF0F}gacor.vip ya", "http:\u{FF0F}\u{FF0F}gacor.vip", "gacor.vip", true),
            (
                "di h\u{2060}ttps://judi\u{2060}bola88.net/ ya",
                "h\u{2060}ttps://judi\u{2060}bola88.net/",
                "judibola88.net",
                true,
            ),
            ("main di //bandartoto-resmi.club/ malam", "//bandartoto-resmi.club/", "bandartoto-resmi.club", false),
            ("kunjungi SLOTGACOR88.COM sekarang", "SLOTGACOR88.COM", "slotgacor88.com", false),
            ("kunjungi slot88resmi [dot] com sekarang", "slot88resmi [dot] com", "slot88resmi.com", true),
            ("kunjungi slot88resmi (.) com sekarang", "slot88resmi (.) com", "slot88resmi.com", true),
            ("kunjungi slot88resmi(dot)com sekarang", "slot88resmi(dot)com", "slot88resmi.com", true),
            ("kunjungi slot88resmi (dot) com sekarang", "slot88resmi (dot) com", "slot88resmi.com", true),
            ("kunjungi slot88resmi{dot}net/daftar sekarang", "slot88resmi{dot}net/daftar", "slot88resmi.net", true),
            // Full-width letters and digits read as their ASCII letters.
            (
                "kunjungi \u{FF53}\u{FF4C}\u{FF4F}\u{FF54}\u{FF18}\u{FF18}\u{FF0E}\u{FF43}\u{FF4F}\u{FF4D} sekarang",
                "\u{FF53}\u{FF4C}\u{FF4F}\u{FF54}\u{FF18}\u{FF18}\u{FF0E}\u{FF43}\u{FF4F}\u{FF4D}",
                "slot88.com",
                true,
            ),
            (
                "kunjungi \u{FF53}\u{FF4C}\u{FF4F}\u{FF54}88.vip sekarang",
                "\u{FF53}\u{FF4C}\u{FF4F}\u{FF54}88.vip",
                "slot88.vip",
                true,
            ),
        ];
        for (t, url, host, odd) in cases {
            let l = find_links(t);
            assert_eq!(l.len(), 1, "{t}");
            assert_eq!(l[0].url.of(t), url, "{t}");
            assert_eq!(l[0].parsed().unwrap().host, host, "{t}");
            let o = l[0].obfuscation;
            assert_eq!(o.scheme || o.bracket_dot || o.wide_dot || o.invisible, odd, "{t}");
        }
        // Capitals in a name without digits or hyphens are a product or an abbreviation, and
        // `//` inside a path or after a word is not a network-path reference.
        for t in [
            "built with ASP.NET today",
            "THE DOT COM ERA",
            "see a//b.com now",
            "x:////y.com",
            "ANTI-GRAFT.NO MORE",
            "the dot com boom (dot) and",
            "(dot",
            "x (dot)",
            "{dot}com",
        ] {
            assert!(find_links(t).iter().all(|l| l.form != LinkForm::Bare), "{t}: {:?}", urls(t));
        }
        // A protocol-relative href is another site, not a relative link to the article's own.
        let t = r#"<a href="//gacor.vip/">slot</a>"#;
        assert_eq!(find_links(t)[0].parsed().unwrap().host, "gacor.vip");
        // ... also when its query carries a URL.
        let t = r#"<a href="//gacor.vip/?u=https://example.org/">slot</a>"#;
        assert_eq!(find_links(t)[0].parsed().unwrap().host, "gacor.vip");
    }

    #[test]
    fn a_particle_glued_to_a_host_is_not_part_of_it() {
        for (t, url) in [
            ("한국은행은 https://www.bok.or.kr에 게시한 결정문에서", "https://www.bok.or.kr"),
            ("자세한 내용은 www.bok.or.kr에서 확인", "www.bok.or.kr"),
            ("詳しくはhttps://example.jpで確認", "https://example.jp"),
        ] {
            let l = find_links(t);
            assert_eq!(l.len(), 1, "{t}");
            assert_eq!(l[0].url.of(t), url, "{t}");
        }
        assert!(find_links("予約機能を具備しております。auから").is_empty());
        let t = "敬请关注245757.com";
        assert_eq!(find_links(t)[0].url.of(t), "245757.com");
        assert!(find_links("it costs 3.14 or 2024.in").is_empty());
        let t = "请访问\u{FF42}\u{FF4F}\u{FF43}\u{FF41}\u{FF49}\u{FF13}\u{FF16}\u{FF15}\u{3002}\u{FF56}\u{FF49}\u{FF50}注册";
        assert_eq!(find_links(t)[0].parsed().unwrap().host, "bocai365.vip");
        let t = "全員がもらえるUltrabook.jpで";
        assert_eq!(find_links(t)[0].url.of(t), "Ultrabook.jp");
        // A host written wholly in such a script stays whole.
        let t = "ดูที่ https://แทงบอล.com/ ครับ";
        assert_eq!(find_links(t)[0].url.of(t), "https://แทงบอล.com/");
    }

    #[test]
    fn autolinks_are_taken_with_their_brackets() {
        let t = "a <https://gacor.vip/daftar> b";
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].outer().of(t), "<https://gacor.vip/daftar>");
        assert_eq!(l[0].url.of(t), "https://gacor.vip/daftar");
        // Not an autolink: a space inside, or no closing bracket; the URL is still found.
        for t in ["a <https://gacor.vip/ daftar> b", "a <https://gacor.vip/daftar b", "<http:"] {
            assert!(find_links(t).iter().all(|l| l.element.is_none()), "{t}");
        }
    }

    #[test]
    fn markdown_images_are_taken_whole() {
        let t = "a ![promo](https://img.x.xyz/a.gif) b";
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].outer().of(t), "![promo](https://img.x.xyz/a.gif)");
        // A linked image is one link to its target, the image's alt text its anchor.
        let t = "a [![daftar](https://i.img.cc/d.gif)](https://gacor.vip/daftar) b";
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].url.of(t), "https://gacor.vip/daftar");
        assert_eq!(l[0].element.unwrap().anchor.of(t), "daftar");
        assert_eq!(l[0].outer().of(t), "[![daftar](https://i.img.cc/d.gif)](https://gacor.vip/daftar)");
        // `!` ending a word is an exclamation, not an image.
        let t = "Wow![Baca juga](https://x.vip/a) b";
        assert_eq!(find_links(t)[0].outer().of(t), "[Baca juga](https://x.vip/a)");
        // Nested images do not recurse.
        let deep = "[![".repeat(200_000);
        assert!(find_links(&deep).is_empty());
    }

    #[test]
    fn finds_html_anchors_with_anchor_text() {
        let t = r#"Permainan <a href="https://dor123.vercel.app/" rel="dofollow">judi online</a> itu <A HREF='/berita/1'>baca</a> dan <a href="">slot</a>."#;
        let l = find_links(t);
        assert_eq!(l.len(), 3);
        let e = l[0].element.unwrap();
        assert_eq!(e.anchor.of(t), "judi online");
        assert_eq!(e.whole.of(t), r#"<a href="https://dor123.vercel.app/" rel="dofollow">judi online</a>"#);
        assert_eq!(l[0].parsed().unwrap().domain, "dor123.vercel.app");
        assert_eq!(l[1].target, Target::Relative);
        assert_eq!(l[2].target, Target::Empty);
    }

    #[test]
    fn finds_markdown_links() {
        let t = "British players discussed [betblast casino](https://betblastcasino-gb.com/) in debates.";
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].url.of(t), "https://betblastcasino-gb.com/");
        assert_eq!(l[0].element.unwrap().whole.of(t), "[betblast casino](https://betblastcasino-gb.com/)");
    }

    #[test]
    fn parses_idn_userinfo_and_suffixes() {
        let l = find_links(
            "lihat http://good.com@evil.com/x dan https://bücher.de/ juga https://a.b.sragenkab.go.id/galeri/slot-gacor/",
        );
        let p: Vec<&ParsedUrl> = l.iter().filter_map(|l| l.parsed()).collect();
        assert!(p[0].userinfo);
        assert_eq!(p[0].host, "evil.com");
        assert_eq!(p[1].host, "xn--bcher-kva.de");
        assert_eq!(p[1].unicode_host, "bücher.de");
        assert_eq!(p[2].domain, "sragenkab.go.id");
        assert_eq!(p[2].suffix, "go.id");
        assert_eq!(p[2].path, "/galeri/slot-gacor/");
    }

    #[test]
    fn linear_on_adversarial_input() {
        let t = "a.".repeat(50_000) + &"x.com ".repeat(20_000);
        let l = find_links(&t);
        assert!(l.len() <= MAX_LINKS);
        // Runs of failed candidates with full-width separators: each authority ends at the
        // next separator, not MAX_URL_BYTES on.
        for run in ["https\u{FF1A}\u{FF0F}\u{FF0F}", "http:\u{FF0F}\u{FF0F}", "http\u{FF1A}//"] {
            assert!(find_links(&run.repeat(100_000)).is_empty());
        }
        let long = format!("see https://e.com/{} now", "a".repeat(100_000));
        let l = find_links(&long);
        assert_eq!(l.len(), 1);
        // Analysed from its first MAX_URL_BYTES, removed whole.
        assert_eq!(l[0].url.len(), "https://e.com/".len() + 100_000);
    }

    #[test]
    fn runs_of_failed_candidates_do_not_hide_the_real_link() {
        // Regression (issue 7): each of these runs cost MAX_URL_BYTES (or MAX_TAG_BYTES) per
        // candidate, seconds per megabyte; they are now read once. The link after them is
        // still found.
        let after = " see https://spam-gacor.vip/x now";
        for run in ["http://", "hxxp[:]//", "[x](a", "[](]", "<a href=\"", "<a x='\"", "http:///"] {
            let t = run.repeat(3000) + after;
            let got = urls(&t);
            assert_eq!(got.last(), Some(&"https://spam-gacor.vip/x"), "{run}");
        }
        let t = "[x](a".repeat(100) + "[y](https://b.com/z)";
        assert_eq!(urls(&t), vec!["https://b.com/z"]);
        let t = "<a href=\"".repeat(100) + "<a href=\"https://c.com/\">c</a>";
        assert_eq!(urls(&t), vec!["https://c.com/"]);
        let t = format!("x https://a.com/{} y", ")".repeat(10_000));
        assert_eq!(urls(&t), vec!["https://a.com/"]);
    }

    #[test]
    fn an_anchor_does_not_run_over_a_line_break() {
        // Regression (issue 7, found by the `urls` fuzz target): an anchor whose `</a>` was on
        // the next line made a link span two paragraphs, and the tokenizer sliced backwards.
        let t = "one <a href=\"https://a.com/\">two\nthree</a> four";
        let l = find_links(t);
        assert_eq!(l.len(), 1);
        assert!(!l[0].outer().of(t).contains('\n'), "{:?}", l[0]);
        assert!(find_links("x <a\nhref=\"https://a.com/\">y</a>").iter().all(|l| l.element.is_none()));
        assert!(find_links("x <a href=\"https://a.com/\ny\">y</a>").iter().all(|l| l.element.is_none()));
    }

    #[test]
    fn a_url_longer_than_the_cap_is_taken_whole() {
        // Regression (issue 7): a 100 KB spam URL was removed up to MAX_URL_BYTES, leaving the
        // rest of its path in the text.
        for (head, host) in
            [("https://spam.vip/", "spam.vip"), ("www.spam.vip/", "www.spam.vip"), ("spam.vip/", "spam.vip")]
        {
            let url = format!("{head}{}", "a".repeat(100_000));
            let t = format!("x {url}. y");
            let l = find_links(&t);
            assert_eq!(l.len(), 1, "{head}");
            assert_eq!(l[0].url.of(&t), url, "{head}");
            assert_eq!(l[0].parsed().unwrap().host, host);
        }
    }

    #[test]
    fn scheme_urls_parse_as_before_the_authority_check() {
        assert_eq!(hosts("go http:///a.com/x now"), vec!["a.com"]);
        assert_eq!(hosts("go http://user@b.com:8080/x now"), vec!["b.com"]);
        assert_eq!(hosts("go (http://c.com) now"), vec!["c.com"]);
        assert_eq!(hosts("go [http://d.com] now"), vec!["d.com"]);
        assert!(hosts("go http://localhost/x now").is_empty());
        assert!(hosts("go http://http://e.com now").contains(&"e.com".to_owned()));
    }
}
