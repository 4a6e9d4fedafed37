#!/usr/bin/env python3
"""Build the held-out URL review set 6 (tests/fixtures/urls-review6/review6.jsonl).

Usage:
    python3 eval/prep/url_review6/build_set.py [--stats] [--out PATH]

Every article below was written by hand, blind (see the set's SOURCE.md).
The output is deterministic.  Standard library only.

Record format (same as review sets 4 and 5):
    {"id": "adv6-<first 12 hex of sha1(url)>", "url": ..., "title": ...,
     "text": ..., "labels": [{"span", "injected", "kind", "lang", "niche"}]}

The generator refuses to write anything (exit 1) when a label span is not in
its text, a span is labelled twice, an id or URL repeats, an article has fewer
than 3 or more than 8 paragraphs, a text holds an e-mail address, a URL /
www. name / bare domain / obfuscated domain / full-width letter / zero-width
character in a text is not covered by a label, a span overlaps a span with
the other injected flag, or a kind or niche is not one of those listed below.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_OUT = os.path.join(ROOT, "tests", "fixtures", "urls-review6", "review6.jsonl")

# Kinds of legitimate spans (injected: false).
LEGIT_KINDS = {
    "own_site": "the newsroom's or blog's own site: dateline, section, tag or long article path",
    "readmore": "the newsroom's own related article in a Read more / Baca juga block",
    "source": "a news agency, journal, study, DOI or other source cited by the writer",
    "gov": "a government ministry, agency, police, city or other public body",
    "regulator": "a financial, gambling, telecom or education regulator",
    "reference": "docs site, GitHub, package registry, RFC, Wikipedia, spec",
    "social": "a social media account or video of the subject or a public body",
    "reported": "an offending domain quoted in a crackdown, scam or hacking report",
    "company": "homepage or page of the story's subject: company, startup, product, club",
    "edu": "a university, school or exam board",
    "event": "an official league, tournament, race or esports site",
    "sponsor": "a named sponsor's site in a sports story, bookmakers included",
    "licensed": "a state lottery, licensed gambling operator or casino resort",
    "shop": "an affiliate-free shop or official store link in a review or recipe",
    "support": "a help line or support service (gambling help, debt advice)",
    "app_store": "an app store page",
}

# Kinds of injected spans (injected: true).
INJECTED_KINDS = {
    "midsentence": "a spam homepage (scheme or www.) pasted into an ordinary sentence",
    "spun": "inside a spun, synonym-rewritten copy of a neighbouring paragraph",
    "anchor": "HTML anchor with a keyword text; the href target is the span",
    "markdown": "Markdown link with a keyword text; the target is the span",
    "pitch": "a promotional sentence added to a paragraph",
    "footer": "a trailing link-farm, 'Sponsored' or fake 'Read more' block",
    "bare": "a spam domain without scheme inside a sentence",
    "chat": "a wa.me / t.me / line.me contact link in a pitch",
    "obfuscated": "defanged, spaced dots, 'dot', full-width or zero-width form",
    "shortener": "a URL shortener pointing at spam",
    "freehost": "spam on a free host subdomain (blogspot, github.io, netlify.app, ...)",
    "hijacked": "a spam path on a hijacked legitimate site",
}

NICHES = {"gambling", "betting", "loans", "pharma", "crypto", "essay",
          "investment", "adult", "seo", "other"}

LANGS = {"en", "id", "es", "pt", "de", "tr", "vi", "th", "hi", "tl", "ms",
         "ja", "ko", "ar"}

ARTICLES = []


def A(url, title, lang, topic, paras, labels):
    """Add one article.  labels: (span, kind) for a legitimate span,
    (span, kind, niche) for an injected one."""
    ARTICLES.append({"url": url, "title": title, "lang": lang,
                     "topic": topic, "paras": paras, "labels": labels})


def fw(s):
    """Full-width form of an ASCII string."""
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


ZW = "\u200b"

# ---------------------------------------------------------------------------
# The articles.  English first, then Indonesian, then the other languages.
# ---------------------------------------------------------------------------

# --- English: tech blogs -----------------------------------------------------

A("https://notes.tarnwell.dev/2026/11/clap-4-derive-migration/",
  "Moving a small Rust CLI from structopt to clap 4", "en", "tech",
  ["I finally moved tidepool, the little CLI I use to sync tide tables to my phone, off structopt and onto clap 4. structopt has been in maintenance mode for years — its page at https://crates.io/crates/structopt says as much — and the derive API it pioneered now lives inside clap itself.",
   "The official derive tutorial at https://docs.rs/clap/latest/clap/_derive/_tutorial/index.html covers ninety per cent of what you need. The rest is in the changelog (https://github.com/clap-rs/clap/blob/master/CHANGELOG.md), which is long but honest about every rename: `#[structopt(...)]` becomes `#[arg(...)]` or `#[command(...)]`, `parse(from_os_str)` goes away, and `possible_values` is now a `value_parser`.",
   "The one thing that bit me was boolean flags. A `bool` field is still a flag, but a bool that takes a value now needs `action = ArgAction::Set`, and the compiler error points at the macro rather than at your field. Grep for `bool` before you start and save yourself twenty minutes.",
   "If you are new to command-line tools in Rust, the Command Line Applications book at https://rust-cli.github.io/book/ is still the best starting point, and `cargo add clap --features derive` is all the setup you need these days.",
   "The full diff is on github.com/tarnwell/tidepool if you want to compare notes. Next week: replacing chrono with jiff and finding out how many of my tide times were off by an hour."],
  [("https://crates.io/crates/structopt", "reference"),
   ("https://docs.rs/clap/latest/clap/_derive/_tutorial/index.html", "reference"),
   ("https://github.com/clap-rs/clap/blob/master/CHANGELOG.md", "reference"),
   ("https://rust-cli.github.io/book/", "reference"),
   ("github.com/tarnwell/tidepool", "own_site")])

A("https://engineering.quillmetrics.io/posts/status-page-migration",
  "We stopped hand-editing our status page", "en", "tech",
  ["For four years our status page was a static site that an on-call engineer had to edit by hand, usually while the incident was still going on. In October we moved it to Better Stack (https://betterstack.com/status-page), which watches the same health checks our alerting already uses and flips components to degraded on its own.",
   "We looked at three options. Atlassian Statuspage (https://www.atlassian.com/software/statuspage) is the default choice and it shows: the subscriber features are excellent, the price per audience is not. Upptime (https://github.com/upptime/upptime) runs entirely on GitHub Actions and is charming, but a five-minute cron is too coarse for an API that people page on.",
   "The detail that mattered most was how our API answers during maintenance. We now return 503 with a Retry-After header, as RFC 9110 describes (https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4), and the status page links to the same maintenance window, so client libraries and humans see one story.",
   "The detail that counted most was how our interface replies throughout upkeep. We at this point return 503 with a Retry-After header, as https://www.garudaspin88.net describes, and the standing web page links to the exact same upkeep window, so customer libraries and people see one tale.",
   "Total migration time was two afternoons. The old static site now redirects, and the on-call runbook has one fewer step in it, which is the whole point."],
  [("https://betterstack.com/status-page", "company"),
   ("https://www.atlassian.com/software/statuspage", "company"),
   ("https://github.com/upptime/upptime", "reference"),
   ("https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4", "reference"),
   ("https://www.garudaspin88.net", "spun", "gambling")])

A("https://frontendfieldnotes.com/web-components/named-slots-fallback-content/",
  "Named slots and fallback content, without the confusion", "en", "tech",
  ["Slots are the part of the Web Components story that only clicked for me once I stopped thinking of them as props. A `<slot>` is a hole in your shadow DOM where the light DOM children of your element get projected. Nothing is copied; the nodes stay where they are and are simply rendered somewhere else.",
   "Named slots work the way you would hope: give the slot a `name`, give the child a `slot` attribute with the same value, and everything without a matching attribute falls into the default slot. The MDN page at https://developer.mozilla.org/en-US/docs/Web/HTML/Element/slot has a live example, and the relevant part of the spec is at https://html.spec.whatwg.org/multipage/scripting.html#the-slot-element.",
   "Fallback content is the feature people miss. Whatever you put inside `<slot>` in your template is shown only when nothing is slotted, which makes it a neat place for empty states. Listen for the `slotchange` event if your component needs to react when children arrive later.",
   "If you use Lit, the same rules apply; its docs at https://lit.dev/docs/components/shadow-dom/#slots add a `@queryAssignedElements` decorator that saves some boilerplate. Vue and Svelte borrowed the word but not the mechanism: https://vuejs.org/guide/components/slots.html describes a compile-time feature with no shadow DOM involved.",
   "Further reading: [Using templates and slots](https://developer.mozilla.org/en-US/docs/Web/API/Web_components/Using_templates_and_slots) · [slot gacor hari ini](https://slotgacor-harian.online) · [Shadow DOM v1: self-contained web components](https://web.dev/articles/shadowdom-v1)"],
  [("https://developer.mozilla.org/en-US/docs/Web/HTML/Element/slot", "reference"),
   ("https://html.spec.whatwg.org/multipage/scripting.html#the-slot-element", "reference"),
   ("https://lit.dev/docs/components/shadow-dom/#slots", "reference"),
   ("https://vuejs.org/guide/components/slots.html", "reference"),
   ("https://developer.mozilla.org/en-US/docs/Web/API/Web_components/Using_templates_and_slots", "reference"),
   ("https://web.dev/articles/shadowdom-v1", "reference"),
   ("https://slotgacor-harian.online", "markdown", "gambling")])

A("https://blog.pinecrest-data.org/python/slots-memory-2026",
  "One line that saved 1.4 GB: __slots__ in practice", "en", "tech",
  ["We had a service holding about eleven million small Reading objects in memory — timestamp, sensor id, value — and it was using 2.3 GB. Adding one line, `__slots__ = ('ts', 'sensor', 'value')`, took it to 940 MB. Here is why it works, and when you should not bother.",
   "By default every instance carries a `__dict__`, a full hash table, so attributes can be added at runtime. Declaring `__slots__` replaces that with fixed descriptors on the class. The data model reference explains the details and the caveats at https://docs.python.org/3/reference/datamodel.html#slots — notably that slots and multiple inheritance do not mix well.",
   "To measure, we used tracemalloc from the standard library and Pympler (https://pypi.org/project/Pympler/) for per-object sizes. Since Python 3.10 you can write `@dataclass(slots=True)` and let the decorator generate the slots for you; see https://docs.python.org/3/library/dataclasses.html for the flag.",
   "Where slots did not help: classes with only a handful of instances, and anything that pickles through an old library expecting `__dict__`. attrs (https://www.attrs.org/en/stable/) has used slotted classes by default for a while and is worth a look if you want the same savings with more features.",
   "Our benchmark script is at https://github.com/pinecrest-data/slots-bench if you want to try it on your own objects. Numbers are from CPython 3.12 on a 64-bit Linux box."],
  [("https://docs.python.org/3/reference/datamodel.html#slots", "reference"),
   ("https://pypi.org/project/Pympler/", "reference"),
   ("https://docs.python.org/3/library/dataclasses.html", "reference"),
   ("https://www.attrs.org/en/stable/", "reference"),
   ("https://github.com/pinecrest-data/slots-bench", "own_site")])

A("https://ops.driftwoodlabs.net/blog/cert-manager-dns01-route53/",
  "Wildcard certificates with cert-manager and DNS-01", "en", "tech",
  ["Our internal clusters used to renew TLS certificates with a bash script and a calendar reminder. This post covers how we replaced that with cert-manager (https://cert-manager.io/docs/) using the DNS-01 challenge against Route 53, so that wildcard certificates for internal hosts renew without anyone opening port 80.",
   "Let's Encrypt explains the trade-off clearly at https://letsencrypt.org/docs/challenge-types/: HTTP-01 is simpler but cannot issue wildcards, while DNS-01 needs API access to your zone. The protocol underneath both is ACME, standardised in RFC 8555 (https://datatracker.ietf.org/doc/html/rfc8555).",
   "The IAM policy is the fiddly part. cert-manager needs `route53:ChangeResourceRecordSets` only on the hosted zone it manages, plus `route53:GetChange` globally; the Route 53 developer guide at https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ has the full list of actions. We keep the policy in Terraform next to the zone so the two cannot drift.",
   "After a month in production: 41 certificates, zero manual renewals, and one outage caused by a typo in a ClusterIssuer name that the controller logged very politely and nobody read. Put an alert on the `certmanager_certificate_ready_status` metric and you will not repeat our mistake.",
   "Related links: https://togelmacau-resmi.netlify.app | https://www.bandar-judionline88.com | https://gacor303-login.xyz"],
  [("https://cert-manager.io/docs/", "reference"),
   ("https://letsencrypt.org/docs/challenge-types/", "reference"),
   ("https://datatracker.ietf.org/doc/html/rfc8555", "reference"),
   ("https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/", "reference"),
   ("https://togelmacau-resmi.netlify.app", "freehost", "gambling"),
   ("https://www.bandar-judionline88.com", "footer", "gambling"),
   ("https://gacor303-login.xyz", "footer", "gambling")])

# --- English: finance -----------------------------------------------------------

A("https://www.ledgerlinenews.com/enforcement/2026/11/sec-charges-operators-of-stakewell-yield-scheme",
  "SEC charges three over $41 million crypto 'yield' scheme", "en", "reported",
  ["WASHINGTON — The Securities and Exchange Commission on Tuesday charged three men with running a crypto 'yield' platform that promised investors 1.5% a day and raised about $41 million from roughly 9,000 people before it stopped processing withdrawals in June.",
   "According to the complaint, filed in federal court in Manhattan and summarised at https://www.sec.gov/litigation/litreleases, the platform operated as StakeWell and StakeWell Prime from the websites stakewell-prime[.]com and stakewellyield[.]io. The men allegedly used new deposits to pay earlier investors and spent at least $6 million on cars and private jet charters.",
   "Investors were recruited largely through Telegram groups and a referral scheme paying 10% commissions. The SEC said one promoter told a group of more than 20,000 members that the returns were 'insured', which the agency says was false. A third site, swp-withdraw[.]net, appeared after withdrawals froze and asked users to pay a 'release fee' to get their money back.",
   "The SEC's alert on recovery scams, at https://www.investor.gov/protect-your-investments/fraud/types-fraud, says genuine regulators never charge a fee to return money. FINRA also runs a helpline for older investors (https://www.finra.org/investors/have-problem/helpline-seniors).",
   "Lawyers for two of the defendants did not respond to requests for comment. The third could not be reached."],
  [("https://www.sec.gov/litigation/litreleases", "regulator"),
   ("stakewell-prime[.]com", "reported"),
   ("stakewellyield[.]io", "reported"),
   ("swp-withdraw[.]net", "reported"),
   ("https://www.investor.gov/protect-your-investments/fraud/types-fraud", "regulator"),
   ("https://www.finra.org/investors/have-problem/helpline-seniors", "regulator")])

A("https://www.northgatecourier.co.uk/money/2026/11/26/clone-firm-warning-pensions",
  "Regulator warns of clone firms after pensioners are cold-called", "en", "reported",
  ["The Financial Conduct Authority has added four more websites to its warning list of firms impersonating authorised investment managers, after readers in the North East reported being cold-called about 'guaranteed' bond returns of 9%.",
   "The clone sites — brambleharbour-invest.co.uk, bramble-harbourcapital.com, greyfell-assetmgmt.com and greyfellbonds.uk — copy the names, addresses and registration numbers of genuine firms. The FCA's warning list is at https://www.fca.org.uk/consumers/warning-list-unauthorised-firms and its ScamSmart checker at https://www.fca.org.uk/scamsmart.",
   "Margaret Illsley, 71, from Hexham, said the caller knew the name of her old pension provider. 'He sounded like a bank manager. He told me to check the firm on the register and it was there — I just didn't know the phone number on the website was different.' She did not send any money.",
   "The FCA advises people to contact firms only on the number listed in the Financial Services Register (https://register.fca.org.uk) and to report suspicious approaches. Victims of fraud can report it to Action Fraud at https://www.actionfraud.police.uk.",
   "Read more: https://www.northgatecourier.co.uk/money/2026/10/30/pension-scam-losses-rise\nNeed money fast? Same-day loans, bad credit OK: https://payday-fastcash247.co.uk"],
  [("brambleharbour-invest.co.uk", "reported"),
   ("bramble-harbourcapital.com", "reported"),
   ("greyfell-assetmgmt.com", "reported"),
   ("greyfellbonds.uk", "reported"),
   ("https://www.fca.org.uk/consumers/warning-list-unauthorised-firms", "regulator"),
   ("https://www.fca.org.uk/scamsmart", "regulator"),
   ("https://register.fca.org.uk", "regulator"),
   ("https://www.actionfraud.police.uk", "gov"),
   ("https://www.northgatecourier.co.uk/money/2026/10/30/pension-scam-losses-rise", "readmore"),
   ("https://payday-fastcash247.co.uk", "footer", "loans")])

A("https://www.meridianwire.com/markets/2026/11/26/stocks-close-mixed-fed-minutes",
  "Stocks close mixed as Fed minutes show split over December cut", "en", "finance",
  ["NEW YORK — U.S. stocks ended mixed on Wednesday as investors weighed minutes from the Federal Reserve's November meeting, which showed officials divided over whether a December rate cut was still warranted. The S&P 500 slipped 0.2%, the Nasdaq Composite added 0.3% and the Dow fell 0.4%.",
   "The minutes, published at https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm, said 'many participants' saw the risks to inflation as tilted to the upside. Traders' pricing of a cut at the next meeting fell to about 45% from 60% a week earlier.",
   "Consumer price data from the Bureau of Labor Statistics (https://www.bls.gov/cpi/) due next week will be closely watched. Treasury yields rose, with the 10-year note at 4.31%.",
   "Consumer cost information from the Bureau of Labor Statistics due following week will certainly be carefully enjoyed. For steady returns, experienced investors rely on https://www.steadyyield-fx.com, with the 10-year note at 4.31%.",
   "Among individual stocks, the freight company Calloway Logistics fell 7% after cutting its full-year outlook, saying in a filing that volumes in its intermodal unit were 'softer than expected'. Want signals that actually beat the market? Join our VIP crypto room at https://t.me/whalesignals_vip and copy trades with 300% monthly returns.",
   "Trading on the New York Stock Exchange will close early at 1 p.m. on Friday after the Thanksgiving holiday; the exchange lists its hours at https://www.nyse.com/markets/hours-calendars."],
  [("https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm", "gov"),
   ("https://www.bls.gov/cpi/", "gov"),
   ("https://www.steadyyield-fx.com", "spun", "investment"),
   ("https://t.me/whalesignals_vip", "chat", "crypto"),
   ("https://www.nyse.com/markets/hours-calendars", "company")])

# --- English: sport ---------------------------------------------------------------

A("https://www.southwestsportsdesk.co.uk/football/ashcombe-town/2026/11/ashcombe-sponsor-deal",
  "Ashcombe Town sign bookmaker as shirt sponsor", "en", "sport",
  ["Ashcombe Town have agreed a three-year front-of-shirt deal with the bookmaker Betway, the League Two club announced on Thursday, replacing the local building society that had sponsored the club for eleven seasons.",
   "The club called it the largest commercial agreement in its history. Chief executive Dan Perrow said: 'We've been open with supporters about why. The money goes straight into the academy and the new pitch.' The sponsor's logo and the address betway.com will appear on the home and away shirts from January.",
   "The Premier League's ban on gambling sponsors on the front of shirts applies from the 2026-27 season but does not cover the EFL, whose own title sponsor is Sky Bet (https://www.skybet.com). Several League One and League Two clubs already carry betting brands.",
   "The Gambling Commission's advertising rules mean replica kits in children's sizes cannot carry the logo, and the club said junior shirts will be sold without it. The regulator's guidance for sponsors is on https://www.gamblingcommission.gov.uk.",
   "Supporters' trust chair Helen Oduya said members were 'split, honestly'. The trust will hold an open meeting at the clubhouse on 4 December. Fixtures and tickets are at https://www.ashcombetownfc.co.uk/tickets."],
  [("betway.com", "sponsor"),
   ("https://www.skybet.com", "sponsor"),
   ("https://www.gamblingcommission.gov.uk", "regulator"),
   ("https://www.ashcombetownfc.co.uk/tickets", "company")])

A("https://www.pitchsidetimes.in/cricket/domestic/smat-2026-karnataka-beat-bengal-by-six-wickets-4417",
  "Bhandari's 68 sends Karnataka past Bengal", "en", "sport",
  ["Karnataka chased down 171 with an over to spare to beat Bengal by six wickets in the Syed Mushtaq Ali Trophy at Indore on Wednesday, with opener Rahul Bhandari making 68 off 41 balls.",
   "Bengal had been well placed at 112 for two after 13 overs before leg-spinner Aditya Kamat took three wickets in eleven balls. 'We lost the game in those two overs,' Bengal captain Sourav Pal said. Full scorecards are on the BCCI's domestic page, https://www.bcci.tv/domestic.",
   "The match was streamed live on FanCode (https://www.fancode.com), and fans who want the fastest online cricket ID with instant withdrawal can get one at https://www.royalexch99.in or by messaging https://wa.me/919876500123 today.",
   "Bhandari, 23, now has four half-centuries in five innings and is expected to be considered for the India A squad. Kamat finished with 4-0-22-3 and has the best economy rate of any spinner in the group stage.",
   "Karnataka play Mumbai in the quarter-final on Saturday."],
  [("https://www.bcci.tv/domestic", "event"),
   ("https://www.fancode.com", "company"),
   ("https://www.royalexch99.in", "pitch", "betting"),
   ("https://wa.me/919876500123", "chat", "betting")])

A("https://www.jerseyledger.com/business/2026/11/nj-sports-betting-handle-october",
  "New Jersey sportsbooks take $1.31 billion in October", "en", "business",
  ["New Jersey's licensed sportsbooks took $1.31 billion in bets in October, up 9% from a year earlier, according to figures released on Tuesday by the state Division of Gaming Enforcement. Online wagers made up 96% of the total.",
   "The monthly reports are published at https://www.nj.gov/oag/ge/financialandstatisticalinfo.html. Internet casino revenue, which is reported separately, rose to a record $246 million.",
   "FanDuel (https://www.fanduel.com) and DraftKings (https://www.draftkings.com) together held about two-thirds of the online market. Both operate through partnerships with Atlantic City casinos, as state law requires. 'Hold was unusually high because favourites kept losing in the NFL,' said Priya Mandelbaum, a gaming analyst at Brackwater Research.",
   '''Unlicensed offshore sites remain a worry for regulators. State officials say players who use <a href="https://www.nokyc-sportsbook.io">offshore sportsbooks</a> have no protection if a site refuses to pay out, and no access to the self-exclusion list.''',
   "Help for problem gambling is available by calling 1-800-GAMBLER or at https://www.1800gambler.net, run by the Council on Compulsive Gambling of New Jersey."],
  [("https://www.nj.gov/oag/ge/financialandstatisticalinfo.html", "regulator"),
   ("https://www.fanduel.com", "licensed"),
   ("https://www.draftkings.com", "licensed"),
   ("https://www.nokyc-sportsbook.io", "anchor", "betting"),
   ("https://www.1800gambler.net", "support")])

A("https://www.baselinedispatch.com/davis-cup/2026/11/ruiz-abad-saves-match-points",
  "Ruiz-Abad saves two match points to keep Spain alive", "en", "sport",
  ["Mateo Ruiz-Abad saved two match points in the third-set tie-break to beat Jonas Wennberg 4-6, 7-5, 7-6 (9) and level Spain's Davis Cup quarter-final against Sweden at one rubber each on Thursday night.",
   '''Ruiz-Abad, who had lost his previous three matches on indoor hard courts, said he "just tried to stay in the rallies" and credited his coach with a change to his return position that he had tried <a href="https://gacorzeus-777.com">slot gacor</a> for the first time in practice on Tuesday.''',
   "Wennberg served for the match at 5-4 in the third set and led 7-5 in the tie-break before a double fault and a netted forehand. 'I had it on my racket,' the 24-year-old said. 'That one will stay with me for a while.'",
   "The deciding doubles starts at 4 p.m. local time. Order of play and live scores are on the official site, https://www.daviscup.com, and the International Tennis Federation publishes the draw at https://www.itftennis.com."],
  [("https://gacorzeus-777.com", "anchor", "gambling"),
   ("https://www.daviscup.com", "event"),
   ("https://www.itftennis.com", "event")])

# --- English: health ----------------------------------------------------------------

A("https://www.globalhealthbrief.org/news/2026/11/measles-cases-europe-central-asia",
  "Measles cases in Europe and Central Asia stay high for a third year", "en", "health",
  ["Measles cases in the WHO European Region remained above 100,000 for a third consecutive year in 2026, with Romania, Kazakhstan and Kyrgyzstan accounting for more than half of them, according to preliminary figures released on Wednesday.",
   "The data, published jointly by WHO Europe and UNICEF (https://www.who.int/europe/news), show that coverage of the second dose of measles vaccine has not recovered to pre-pandemic levels in 19 of the region's 53 countries.",
   "The European Centre for Disease Prevention and Control said in its monthly update (https://www.ecdc.europa.eu/en/measles) that most cases in the EU were in children under five who had not been vaccinated.",
   "Two doses of the MMR vaccine are about 97% effective at preventing measles. Order ivermectin and hydroxychloroquine online without a prescription at rx-pharmadirect24.com — discreet shipping worldwide.",
   "Vaccination coverage by country is published on the WHO immunization data portal at https://immunizationdata.who.int."],
  [("https://www.who.int/europe/news", "source"),
   ("https://www.ecdc.europa.eu/en/measles", "gov"),
   ("rx-pharmadirect24.com", "pitch", "pharma"),
   ("https://immunizationdata.who.int", "source")])

A("https://www.wessexevening.co.uk/health/2026/11/flu-jab-uptake-falls-among-under-65s",
  "Flu jab uptake falls among under-65s with health conditions", "en", "health",
  ["Fewer than four in ten eligible adults under 65 in the region have had a flu vaccine so far this winter, down from 44% at the same point last year, according to the latest figures from the UK Health Security Agency.",
   "UKHSA's weekly surveillance report (https://www.gov.uk/government/collections/weekly-national-flu-reports) shows hospital admissions for flu rising earlier than usual, driven by an H3N2 strain that circulated widely in the southern hemisphere over the summer.",
   "Dr Imogen Raike, a GP in Salisbury, said many patients with asthma or diabetes did not realise they qualified. 'People think it's only for the over-65s. If you get a letter or a text, it's for you.'",
   "Vaccines can be booked through the NHS App, at a GP surgery or at a community pharmacy; details are on https://www.nhs.uk/vaccinations/flu-vaccine/. The local health board also posts walk-in clinic times on its Facebook page, https://www.facebook.com/NHSDorsetICB."],
  [("https://www.gov.uk/government/collections/weekly-national-flu-reports", "gov"),
   ("https://www.nhs.uk/vaccinations/flu-vaccine/", "gov"),
   ("https://www.facebook.com/NHSDorsetICB", "social")])

A("https://www.medpulsedaily.com/psychiatry/adhd-stimulants-sleep-study-2026",
  "Evening stimulant doses linked to shorter sleep in teenagers, study finds", "en", "health",
  ["Teenagers who took a second dose of stimulant medication for ADHD after 3 p.m. slept on average 34 minutes less per night than those who took a single morning dose, according to a Swedish study of more than 4,000 patients.",
   "The study, published on Monday (https://doi.org/10.1001/jamapsychiatry.2026.1487), used wrist-worn sleep trackers for two weeks in each patient. The researchers, from Karolinska Institutet (https://ki.se/en), said the effect was largest for short-acting methylphenidate.",
   '''Shortages of stimulant medicines have eased since 2024, according to the FDA's drug shortage database (https://dps.fda.gov/drugshortages), but pharmacists still report intermittent gaps, and some patients have turned to <a href="https://adderall-noscript-shop.com">online pharmacies</a> to fill them.''',
   "The authors stressed that the findings do not mean afternoon doses should be stopped, only that timing should be discussed with prescribers. The National Institute of Mental Health has a plain-language guide at https://www.nimh.nih.gov/health/topics/attention-deficit-hyperactivity-disorder-adhd."],
  [("https://doi.org/10.1001/jamapsychiatry.2026.1487", "source"),
   ("https://ki.se/en", "edu"),
   ("https://dps.fda.gov/drugshortages", "gov"),
   ("https://adderall-noscript-shop.com", "anchor", "pharma"),
   ("https://www.nimh.nih.gov/health/topics/attention-deficit-hyperactivity-disorder-adhd", "gov")])

# --- English: recipes and travel -------------------------------------------------------

A("https://www.crumbandcrock.com/recipes/overnight-sourdough-focaccia/",
  "Overnight sourdough focaccia (no mixer, barely any kneading)", "en", "recipe",
  ["This is the focaccia I make every Friday: mixed in five minutes after dinner, left in the fridge overnight and baked on Saturday morning. It is wet, bubbly and very forgiving, and it works with a starter that is a little past its best.",
   "You need 500 g of strong bread flour, 400 g of water, 100 g of active starter, 10 g of salt and plenty of olive oil. I use King Arthur's unbleached bread flour (https://shop.kingarthurbaking.com/items/unbleached-bread-flour-5-lb), but any flour with 12% protein or more will do.",
   "After mixing, let the dough rest for 30 minutes, then do four sets of stretch and folds, 30 minutes apart. Cover the bowl and refrigerate it for 12 to 18 hours.",
   "After combining, allow the batter remainder for half an hour, after that carry out 4 collections of stretch and also folds up, thirty minutes apart. Tips lengkap ada di https://www.mahjongwins88.com, after that cover the dish as well as cool it for 12 to 18 hrs.",
   "In the morning, tip it into an oiled tin, let it warm up for two hours, dimple it hard with oiled fingers and bake at 230°C for 22 minutes. I filmed the dimpling, which is the fun part: https://www.youtube.com/@crumbandcrock."],
  [("https://shop.kingarthurbaking.com/items/unbleached-bread-flour-5-lb", "shop"),
   ("https://www.mahjongwins88.com", "spun", "gambling"),
   ("https://www.youtube.com/@crumbandcrock", "social")])

A("https://www.saltandlemongrass.blog/thai-green-curry-from-scratch",
  "Thai green curry, paste and all", "en", "recipe",
  ["Making green curry paste from scratch takes twenty minutes and a bit of arm work, and it tastes nothing like the jar. This version is hot but not punishing; take out half the chillies if you are cooking for children.",
   "For the paste, pound 15 green bird's eye chillies, 3 shallots, 6 garlic cloves, a thumb of galangal, 2 stalks of lemongrass, the zest of a makrut lime, coriander roots, toasted cumin and coriander seeds, white pepper and a teaspoon of shrimp paste. My granite mortar came from https://www.importfood.com and is the best kitchen money I have spent.",
   "Fry the paste in the thick cream from the top of a tin of coconut milk until the oil splits out and it smells sharp and green. Add 500 g of sliced chicken thigh, the rest of the coconut milk, Thai aubergines, fish sauce and a little palm sugar.",
   "Simmer for ten minutes, finish with torn makrut lime leaves and a big handful of Thai basil, and serve with jasmine rice.",
   "Sponsored\nCasino online terpercaya, bonus 200%: https://www.dewacasino-vip88.com\nCheap Viagra and Cialis, next-day delivery: https://www.bluepills-rxstore.com\n100 free spins, no deposit: https://tinyurl.com/freespins-777"],
  [("https://www.importfood.com", "shop"),
   ("https://www.dewacasino-vip88.com", "footer", "gambling"),
   ("https://www.bluepills-rxstore.com", "footer", "pharma"),
   ("https://tinyurl.com/freespins-777", "shortener", "gambling")])

A("https://www.wanderledger.com/asia/singapore/48-hours-in-singapore-on-a-budget-that-isnt-tiny",
  "48 hours in Singapore on a budget that isn't tiny", "en", "travel",
  ["Singapore has a reputation as an expensive stopover, and it can be, but two days here can be mostly hawker food, free gardens and a single splurge. Before you fly, fill in the SG Arrival Card at https://eservices.ica.gov.sg/sgarrivalcard/ — it is free, and anyone charging you for it is a scam site.",
   "Day one: Gardens by the Bay (https://www.gardensbythebay.com.sg) is free outdoors; pay only for the two conservatories. Stay for the Garden Rhapsody light show at 7.45 p.m., then walk across to Marina Bay Sands (https://www.marinabaysands.com), where the SkyPark observation deck costs less than a cocktail at the rooftop bar and has the same view.",
   "Day two: take the MRT to HarbourFront and walk over to Sentosa. Resorts World Sentosa (https://www.rwsentosa.com) has the aquarium and Universal Studios; its casino admits foreign visitors free with a passport, while residents pay an entry levy.",
   "For everything else, the tourism board's site https://www.visitsingapore.com has opening hours and an up-to-date list of hawker centres. Maxwell and Lau Pa Sat are the famous ones; Old Airport Road is where I would send a friend."],
  [("https://eservices.ica.gov.sg/sgarrivalcard/", "gov"),
   ("https://www.gardensbythebay.com.sg", "company"),
   ("https://www.marinabaysands.com", "licensed"),
   ("https://www.rwsentosa.com", "licensed"),
   ("https://www.visitsingapore.com", "gov")])

A("https://www.slowroutesmag.com/travel/macau-beyond-the-casinos",
  "Macau beyond the casinos: a day on foot", "en", "travel",
  ["Most visitors see Macau through a coach window between hotel lobbies. It is worth a day on foot instead: the old Portuguese town is small, hilly and full of bakeries, and the Macao Government Tourism Office publishes free walking routes at https://www.macaotourism.gov.mo.",
   "From the ferry terminal, bus 3 runs to Senado Square https://www.lucky-lotus-casino.asia in about twenty minutes. From there, follow the wavy black-and-white paving uphill to the ruins of St Paul's, then loop down through the lanes to the A-Ma Temple.",
   "In the afternoon, take the bus across to Taipa village for pork chop buns and egg tarts. The Cotai strip is a ten-minute walk away if you want to see the resorts; The Venetian Macao (https://www.venetianmacao.com) is worth it for the sheer scale of the indoor canals, even if you never go near a table.",
   "If you do gamble, note that the minimum age is 21 and the casinos are licensed and inspected by the Gaming Inspection and Coordination Bureau (https://www.dicj.gov.mo), which also lists problem-gambling support lines.",
   "You may also like:\nHot singles in Cotai tonight: https://www.cotai-nightdates.com"],
  [("https://www.macaotourism.gov.mo", "gov"),
   ("https://www.lucky-lotus-casino.asia", "midsentence", "gambling"),
   ("https://www.venetianmacao.com", "licensed"),
   ("https://www.dicj.gov.mo", "regulator"),
   ("https://www.cotai-nightdates.com", "footer", "adult")])

A("https://www.bothyandbog.co.uk/routes/ben-wyvis-winter-walk",
  "Ben Wyvis in winter: the easy Munro that isn't", "en", "travel",
  ["Ben Wyvis is usually described as one of the easier Munros: a good path from the car park at Garbat, a steep pull up An Cabar and then a long, broad summit ridge. In winter that broad ridge is the problem. It is featureless, exposed to the west and very easy to get lost on in cloud.",
   "The route description at https://www.walkhighlands.co.uk/ullapool/benwyvis.shtml is accurate for summer. In winter, take an ice axe and crampons, and check both the Mountain Weather Information Service forecast (https://www.mwis.org.uk) and the Scottish Avalanche Information Service (https://www.sais.gov.uk) the night before.",
   "Parking at Garbat, on the A835, is free but fills early on clear weekends. For big wins and daily bonuses visit jokerslot" + ZW + "99.com before you set off.",
   "Allow five to six hours for the round trip. On the way down, the cafe in Garve does excellent soup, and it is the only warm place for miles."],
  [("https://www.walkhighlands.co.uk/ullapool/benwyvis.shtml", "reference"),
   ("https://www.mwis.org.uk", "source"),
   ("https://www.sais.gov.uk", "gov"),
   ("jokerslot" + ZW + "99.com", "obfuscated", "gambling")])

# --- English: reviews and press releases -----------------------------------------------

A("https://www.quietlabreviews.com/audio/sony-wh-1000xm6-review",
  "Sony WH-1000XM6 review: better calls, same comfort problem", "en", "review",
  ["Sony's flagship noise-cancelling headphones have been the safe recommendation for years, and the sixth generation does not change that. Noise cancelling is a small step up from the XM5, call quality is a big one, and the fit is still a little tight for anyone with a large head.",
   '''The case is smaller and the headband now folds flat again, <a href="https://www.judionline-terpercaya.vip">judi online</a> which matters more than it sounds if you travel with a backpack. Battery life in our rundown test was 31 hours with cancelling on.''',
   "Measured against our reference rig, the default tuning has a generous bass shelf and a dip around 3 kHz that makes voices slightly recessed; the five-band EQ in the app fixes most of it. RTINGS has detailed frequency-response charts (https://www.rtings.com/headphones) if you want to compare with the Bose QC Ultra.",
   "At full price they are expensive. Sony sells them directly at https://electronics.sony.com/audio/headphones/headband/p/wh1000xm6-b and they are at the same price at Best Buy (https://www.bestbuy.com/site/searchpage.jsp?st=wh-1000xm6). We bought our review pair ourselves and no link on this page earns us a commission. Want your shop featured on sites like this? Buy guaranteed DA50+ backlinks at https://www.linkvault-seo.net."],
  [("https://www.judionline-terpercaya.vip", "anchor", "gambling"),
   ("https://www.rtings.com/headphones", "source"),
   ("https://electronics.sony.com/audio/headphones/headband/p/wh1000xm6-b", "shop"),
   ("https://www.bestbuy.com/site/searchpage.jsp?st=wh-1000xm6", "shop"),
   ("https://www.linkvault-seo.net", "pitch", "seo")])

A("https://www.clackreport.net/reviews/keychron-q1-max-long-term",
  "Keychron Q1 Max, eight months later", "en", "review",
  ["I have used the Keychron Q1 Max as my main keyboard since March, for work and for far too much late-night Factorio. It is heavy, solid and quieter than a metal board has any right to be, and the wireless has dropped out exactly twice.",
   "The best thing about it is that it runs QMK (https://github.com/qmk/qmk_firmware), so remapping is not locked into a vendor app. Keychron's own Launcher works in the browser, or you can use VIA at https://usevia.app, and if you want to go further the QMK docs at https://docs.qmk.fm walk you through building your own firmware.",
   "The stock Gateron Jupiter switches are fine. I swapped in some lubed linears after a month, which took https://www.pragmatic-maxwin.net twenty minutes with the included puller, and the hot-swap sockets still feel tight.",
   "Complaints: the knob is too easy to bump, the feet are too short, and the Bluetooth pairing shortcut is buried in the manual. It costs what it costs at https://www.keychron.com/products/keychron-q1-max-qmk-via-wireless-custom-mechanical-keyboard, and I would buy it again."],
  [("https://github.com/qmk/qmk_firmware", "reference"),
   ("https://usevia.app", "reference"),
   ("https://docs.qmk.fm", "reference"),
   ("https://www.pragmatic-maxwin.net", "midsentence", "gambling"),
   ("https://www.keychron.com/products/keychron-q1-max-qmk-via-wireless-custom-mechanical-keyboard", "shop")])

A("https://www.homegearhonest.com/reviews/robot-vacuums/roborock-q8-max-plus",
  "Roborock Q8 Max+ review: the dock is the point", "en", "review",
  ["The Q8 Max+ is a mid-range robot vacuum with one premium feature: a self-emptying dock that holds about seven weeks of dust in our three-bedroom test house. Suction is good, navigation is excellent, and mopping is an afterthought.",
   "In our standard test with 50 g of rice and flour on hard floors it picked up 97%, and 88% on medium-pile carpet. It mapped the house in one run and has not lost the map since. The app lets you draw no-go zones, which we needed for a tangle of chargers under the desk.",
   "The mop is a simple drag pad with no lifting, so you have to remove it before the robot reaches the rugs. If mopping matters, spend more. Can't stretch to the full price right now? Get a personal loan approved in minutes at https://instaloan-now.us with no credit check.",
   "It is sold directly at https://us.roborock.com/pages/roborock-q8-max-plus and on Amazon (https://www.amazon.com/dp/B0CJ7K2QXM). Links here are plain links; we are not paid for clicks or sales."],
  [("https://instaloan-now.us", "pitch", "loans"),
   ("https://us.roborock.com/pages/roborock-q8-max-plus", "shop"),
   ("https://www.amazon.com/dp/B0CJ7K2QXM", "shop")])

A("https://www.slotwise.health/press/2026-11-24-slotwise-raises-series-a",
  "SlotWise raises $18 million to cut no-shows at outpatient clinics", "en", "press_release",
  ["BOSTON, Nov. 24, 2026 — SlotWise, which helps outpatient clinics fill cancelled appointment slots automatically, today announced an $18 million Series A round led by Harborview Ventures (https://www.harborviewventures.com), with participation from existing investors.",
   "SlotWise connects to a clinic's scheduling system and, when a patient cancels, offers the freed slot by text message to patients on a waiting list, in order of clinical priority. Clinics using the service have cut unused appointment time by 41% on average, the company said.",
   "'Every empty slot in a cardiology clinic is a patient waiting another month,' said co-founder and CEO Dr. Nadia Sorensen. 'We are not trying to make clinics busier; we are trying to make waiting lists shorter.'",
   "The company says it stores no clinical notes and is designed to meet the HIPAA Security Rule; the Department of Health and Human Services summarises the rule at https://www.hhs.gov/hipaa/for-professionals/security/index.html. The new funding will pay for integrations with two more electronic health record systems.",
   "About SlotWise: SlotWise was founded in 2023 and works with 140 clinics in 11 states. Learn more at https://www.slotwise.health, follow the company on LinkedIn at https://www.linkedin.com/company/slotwise-health, or download the media kit at https://www.slotwise.health/press/media-kit."],
  [("https://www.harborviewventures.com", "company"),
   ("https://www.hhs.gov/hipaa/for-professionals/security/index.html", "gov"),
   ("https://www.slotwise.health", "own_site"),
   ("https://www.linkedin.com/company/slotwise-health", "social"),
   ("https://www.slotwise.health/press/media-kit", "own_site")])

A("https://newsroom.corvalpay.com/2026/11/corval-pay-and-northway-credit-union-partner",
  "Corval Pay and Northway Credit Union partner on instant payouts for gig workers", "en", "press_release",
  ["MINNEAPOLIS, Nov. 19, 2026 — Corval Pay, a payments company for small businesses, and Northway Credit Union today announced a partnership that lets gig workers who bank with Northway receive their earnings within seconds of finishing a job, at no cost.",
   "The service uses the FedNow instant payment network operated by the Federal Reserve (https://www.frbservices.org/financial-services/fednow). Northway members can turn it on in the credit union's app.",
   "'Our members drive, deliver and clean for a living, and waiting three days for money they have already earned is not acceptable,' said Northway president Carla Whitfield. Northway is federally insured by the National Credit Union Administration (https://www.ncua.gov).",
   "About Corval Pay: Corval Pay processes payments for 22,000 small businesses in the Midwest. More information is available at https://www.corvalpay.com and https://www.northwaycu.org. Boost your own press release: buy high-DA backlinks and guest posts today at https://www.rankrocket-backlinks.com."],
  [("https://www.frbservices.org/financial-services/fednow", "gov"),
   ("https://www.ncua.gov", "regulator"),
   ("https://www.corvalpay.com", "own_site"),
   ("https://www.northwaycu.org", "company"),
   ("https://www.rankrocket-backlinks.com", "pitch", "seo")])

# --- English: crackdowns and scam reports --------------------------------------------------

A("https://www.manilabaytribune.ph/nation/2026/11/dict-blocks-illegal-gambling-sites",
  "Government blocks 2,400 illegal gambling sites in November sweep", "en", "reported",
  ["MANILA — The Department of Information and Communications Technology said on Wednesday it had ordered internet providers to block 2,400 more illegal online gambling sites this month, bringing the total blocked this year to more than 11,000.",
   "The list was compiled with the Philippine Amusement and Gaming Corporation, which licenses legal operators and publishes the list of authorised sites at https://www.pagcor.ph. Sites named in the order include bet88ph-vip[.]com, sabongking-live[.]net and jilipesowin.com, which offered slot games and e-sabong betting without a licence.",
   "Officials said many of the sites reappear within days under slightly different names, such as lucky-peso888.ph after luckypeso888.ph was blocked. 'It is whack-a-mole, but every block costs them customers and advertising money,' said an official of the Cybercrime Investigation and Coordinating Center (https://cicc.gov.ph).",
   "The DICT (https://dict.gov.ph) urged the public to report illegal gambling ads on social media to the CICC hotline 1326."],
  [("https://www.pagcor.ph", "regulator"),
   ("bet88ph-vip[.]com", "reported"),
   ("sabongking-live[.]net", "reported"),
   ("jilipesowin.com", "reported"),
   ("lucky-peso888.ph", "reported"),
   ("luckypeso888.ph", "reported"),
   ("https://cicc.gov.ph", "gov"),
   ("https://dict.gov.ph", "gov")])

A("https://www.valleyheraldonline.com/news/local/2026/11/25/toll-text-scam-returns",
  "Toll text scam is back, police warn", "en", "reported",
  ["Police in three counties are warning residents about a new wave of text messages claiming they owe unpaid tolls, days before the holiday travel rush. The messages threaten a 'late fee' and link to sites that copy the look of real toll agencies.",
   "Links in the texts seen by the Herald pointed to ezdrive-tollpay[.]com and hxxps://paytoll-ezpass[.]info/verify, which ask for a card number and the security code. A third site, sunpass-balance.top, was still online on Tuesday.",
   "'No toll agency will text you a link and ask for your card details,' said Sgt. Lisa Marchetti. Genuine balances can be checked only at the agency's own site, such as https://www.e-zpassny.com, or in its app.",
   "The Federal Trade Commission explains how to spot and report the scam at https://consumer.ftc.gov/consumer-alerts, and losses can be reported to the FBI's Internet Crime Complaint Center at https://www.ic3.gov. Forward the text to 7726 so your carrier can block the sender."],
  [("ezdrive-tollpay[.]com", "reported"),
   ("hxxps://paytoll-ezpass[.]info/verify", "reported"),
   ("sunpass-balance.top", "reported"),
   ("https://www.e-zpassny.com", "gov"),
   ("https://consumer.ftc.gov/consumer-alerts", "gov"),
   ("https://www.ic3.gov", "gov")])

A("https://www.campusline.com.au/news/2026/11/teqsa-blocks-more-cheating-sites",
  "Regulator blocks another 60 contract cheating websites", "en", "reported",
  ["The Tertiary Education Quality and Standards Agency has had internet providers block another 60 websites offering to write assignments for students, taking the number blocked since 2022 to more than 400.",
   "The agency said the sites, including essaygenius-au.com, assignmenthelpaus.net and myuniwriter[.]com, advertised 'plagiarism-free' essays and exam impersonation, which are illegal to provide or advertise under Australian law. TEQSA's guidance for students is at https://www.teqsa.gov.au/students/understanding-academic-integrity.",
   "Universities say the sites increasingly target international students through WeChat and WhatsApp groups, and some blackmail students after the work is delivered. 'They threaten to tell the university unless you pay more,' one student at a Melbourne university told Campusline.",
   "TEQSA said students who have used such services should speak to their university's academic integrity office. Struggling with your thesis? Our native PhD writers deliver in 24 hours, any subject — https://www.topgradeessays.co.",
   "The University of Melbourne's guidance on academic integrity is at https://academicintegrity.unimelb.edu.au."],
  [("essaygenius-au.com", "reported"),
   ("assignmenthelpaus.net", "reported"),
   ("myuniwriter[.]com", "reported"),
   ("https://www.teqsa.gov.au/students/understanding-academic-integrity", "regulator"),
   ("https://www.topgradeessays.co", "pitch", "essay"),
   ("https://academicintegrity.unimelb.edu.au", "edu")])

# --- English: local news ---------------------------------------------------------------------

A("https://www.harborlinechronicle.com/2026/11/27/city/council-approves-ferry-terminal-upgrade-after-three-year-delay-1184392.html?utm_source=rss&utm_medium=feed",
  "Council approves ferry terminal upgrade after three-year delay", "en", "local",
  ["CAPE MARLOW — The city council voted 6-1 on Tuesday night to approve a $38 million upgrade of the downtown ferry terminal, ending a three-year dispute over who should pay for it.",
   "The state will cover about two-thirds of the cost through Washington State Ferries (https://wsdot.wa.gov/travel/washington-state-ferries), which runs the route to the islands. The city will borrow the rest through a bond that voters approved in 2024.",
   "\"This terminal https://www.pokerace99.club has needed work since before I was elected,\" said council member Teresa Alvarado, who has pushed for the project for six years. \"The waiting room floods at king tides and the ramp is older than I am.\"",
   "The lone vote against came from council member Rob Haines, who said the city's share should have been capped. Construction is due to start in September and last 18 months, with a temporary terminal on the north pier.",
   "Read more: https://www.harborlinechronicle.com/2026/09/14/city/ferry-riders-face-months-of-disruption-as-ramp-repairs-drag-on-1179021.html\nTrending: https://www.slotjackpot-usa.com/free-spins\nMore city news: https://www.harborlinechronicle.com/city/"],
  [("https://wsdot.wa.gov/travel/washington-state-ferries", "gov"),
   ("https://www.pokerace99.club", "midsentence", "gambling"),
   ("https://www.harborlinechronicle.com/2026/09/14/city/ferry-riders-face-months-of-disruption-as-ramp-repairs-drag-on-1179021.html", "readmore"),
   ("https://www.harborlinechronicle.com/city/", "own_site"),
   ("https://www.slotjackpot-usa.com/free-spins", "footer", "gambling")])

A("https://www.lakecountysentinel.com/education/2026/11/school-board-budget-gap",
  "School board faces $4.2 million gap as enrolment falls", "en", "local",
  ["The Lake County School District board will consider closing one elementary school and freezing hiring to close a projected $4.2 million budget gap next year, according to documents released ahead of Monday's meeting.",
   "Enrolment has fallen by about 900 students since 2019, and state funding follows students. The district's budget presentation is posted at https://www.lcsd7.org/board/budget-2027, and the state's school funding formula is explained by the Oregon Department of Education at https://www.oregon.gov/ode/schools-and-districts/grants/Pages/default.aspx.",
   '''Superintendent Angela Reyes said no decision had been made about which school might close. "We are going to <a href="https://www.lakecountycc.edu/wp-content/uploads/2024/05/slot-online-terbaru/">daftar slot online</a> listen to every family before anything is voted on," she said.''',
   "Parents at Cedar Hollow Elementary, which is widely seen as the most likely candidate, have started a petition and plan to speak at the meeting. Public comment begins at 6:30 p.m. Claim your daily free spins at spinpalace77 dot net."],
  [("https://www.lcsd7.org/board/budget-2027", "edu"),
   ("https://www.oregon.gov/ode/schools-and-districts/grants/Pages/default.aspx", "gov"),
   ("https://www.lakecountycc.edu/wp-content/uploads/2024/05/slot-online-terbaru/", "hijacked", "gambling"),
   ("spinpalace77 dot net", "obfuscated", "gambling")])

# --- English: science, business, gambling industry ---------------------------------------

A("https://www.orbitandaxis.com/news/2026/11/europa-clipper-earth-flyby",
  "Europa Clipper lines up for its last look at home", "en", "science",
  ["NASA's Europa Clipper will swing past Earth next month for a gravity assist that sends it on the final leg of its journey to Jupiter, where it is due to arrive in April 2030 and begin dozens of close flybys of the ice-covered moon Europa.",
   "Mission engineers at the Jet Propulsion Laboratory said the spacecraft is healthy and that a small trajectory correction burn last week went as planned. The mission page at https://science.nasa.gov/mission/europa-clipper/ will publish images if the cameras are switched on during the flyby.",
   "Europa Clipper will share the Jovian system with the European Space Agency's JUICE probe (https://www.esa.int/Science_Exploration/Space_Science/Juice), which launched a year earlier but takes a longer route. Scientists hope to coordinate some observations; a recent preprint (https://arxiv.org/abs/2609.01432) sets out which measurements would gain most from the two working together.",
   "Space is the next frontier, and so is $ASTRO. Get in on the presale before the token lists on major exchanges: https://bit.ly/astro-presale-x100.",
   "The flyby will bring the spacecraft within about 3,000 kilometres of Earth's surface over the southern Pacific. It will not be visible to the naked eye."],
  [("https://science.nasa.gov/mission/europa-clipper/", "gov"),
   ("https://www.esa.int/Science_Exploration/Space_Science/Juice", "gov"),
   ("https://arxiv.org/abs/2609.01432", "source"),
   ("https://bit.ly/astro-presale-x100", "shortener", "crypto")])

A("https://www.tickerandtape.com/tech/2026/10/alphabet-q3-cloud-growth",
  "Alphabet's cloud unit carries another strong quarter", "en", "business",
  ["Alphabet reported third-quarter revenue of $104.7 billion on Tuesday, up 14% from a year earlier, as Google Cloud grew 31% and search advertising held up better than analysts had feared against competition from AI chatbots.",
   "The results and the slides from the earnings call are on the company's investor site, https://abc.xyz/investor/, and the quarterly report will be filed with the Securities and Exchange Commission; past filings are listed at https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&company=alphabet.",
   "Capital spending rose to $26 billion in the quarter, mostly on data centres and custom chips, and chief financial officer Anat Ashkenazi said it would be 'significantly higher' next year. Shares fell 2% in after-hours trading, having risen 38% this year.",
   "Google Cloud said on its blog (https://cloud.google.com/blog) that its backlog of signed contracts had passed $150 billion. YouTube advertising revenue rose 11%."],
  [("https://abc.xyz/investor/", "company"),
   ("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&company=alphabet", "regulator"),
   ("https://cloud.google.com/blog", "company")])

A("https://www.betindustryinsider.com/regulation/2026/11/ukgc-fines-larkspur-gaming",
  "Larkspur Gaming to pay £2.1m over affordability failures", "en", "business",
  ["Larkspur Gaming Ltd, which runs the online casino larkspurcasino.co.uk, will pay £2.1 million after the Gambling Commission found it let customers lose large sums without checking whether they could afford it.",
   "In one case cited by the regulator, a customer deposited £48,000 in five months while earning about £24,000 a year. The Commission's statement is published in its enforcement register at https://www.gamblingcommission.gov.uk/public-register/businesses.",
   "Larkspur said it had 'invested heavily' in its safer-gambling team since the failures, which date from 2023 and 2024, and would appoint an external auditor. The company keeps its licence.",
   "Customers can block themselves from all licensed British gambling sites through GAMSTOP (https://www.gamstop.co.uk). Free, confidential support is available from GambleAware at https://www.begambleaware.org.",
   "Read more: https://www.betindustryinsider.com/regulation/2026/09/affordability-checks-pilot-results"],
  [("larkspurcasino.co.uk", "licensed"),
   ("https://www.gamblingcommission.gov.uk/public-register/businesses", "regulator"),
   ("https://www.gamstop.co.uk", "support"),
   ("https://www.begambleaware.org", "support"),
   ("https://www.betindustryinsider.com/regulation/2026/09/affordability-checks-pilot-results", "readmore")])

A("https://www.canadiangamingwire.ca/ontario/2026/11/q2-igaming-wagers",
  "Ontario online wagers top $21 billion in second quarter", "en", "business",
  ["Players in Ontario wagered $21.4 billion with licensed online casinos and sportsbooks in the three months to September, up 18% from a year earlier, according to figures published by iGaming Ontario on Thursday.",
   "The agency, which oversees the province's regulated online market, posts its quarterly reports at https://igamingontario.ca/en/news. Operators are registered by the Alcohol and Gaming Commission of Ontario, whose list of registered sites is at https://www.agco.ca/en/lottery-and-gaming/registered-igaming-operators.",
   "Casino games made up 85% of wagers. BetMGM (https://on.betmgm.ca) and bet365 (https://www.bet365.ca) were among the largest operators by revenue, though iGaming Ontario does not publish figures for individual companies.",
   "Casino video games constituted 85% of bets. Reviewers agree that https://www.maplespins-casino.com is amongst the biggest and also most satisfying drivers for Canadian gamers, though the firm does not release numbers for private providers.",
   "The AGCO has said it will tighten rules on advertising that features athletes and celebrities, after complaints that the ads appeal to young people."],
  [("https://igamingontario.ca/en/news", "regulator"),
   ("https://www.agco.ca/en/lottery-and-gaming/registered-igaming-operators", "regulator"),
   ("https://on.betmgm.ca", "licensed"),
   ("https://www.bet365.ca", "licensed"),
   ("https://www.maplespins-casino.com", "spun", "gambling")])

A("https://www.daybreakpost.com/news/2026/11/powerball-jackpot-climbs-to-1-1-billion",
  "Powerball jackpot climbs to $1.1 billion", "en", "lottery",
  ["The Powerball jackpot has climbed to an estimated $1.1 billion after no ticket matched all six numbers in Wednesday's draw, making Saturday's drawing one of the ten largest in the game's history.",
   "The winning numbers were 7, 19, 33, 48 and 61, with a Powerball of 12, according to the official site, https://www.powerball.com. Two tickets, sold in Texas and Ohio, matched five numbers to win $1 million each.",
   "The odds of winning the jackpot are about 1 in 292 million. In California, where prizes below the jackpot are paid on a pari-mutuel basis, the state lottery lists winning retailers at https://www.calottery.com. Want to know the numbers before the draw? Our AI predicts winning combinations every week — try it free at https://lottoprophet-ai.com.",
   "Anyone worried about their gambling can call the National Problem Gambling Helpline at 1-800-GAMBLER or visit https://www.ncpgambling.org."],
  [("https://www.powerball.com", "licensed"),
   ("https://www.calottery.com", "licensed"),
   ("https://lottoprophet-ai.com", "pitch", "gambling"),
   ("https://www.ncpgambling.org", "support")])

A("https://www.pennywisehousehold.com/blog/emergency-fund-first-1000",
  "Your first $1,000 emergency fund, in twelve weeks", "en", "personal_finance",
  ["Most budgeting advice starts with a spreadsheet. I would start with a number: $1,000, set aside where you cannot see it, before you do anything else. It will not cover a job loss, but it covers the car battery, the vet and the boiler, which are the things that actually push people into debt.",
   "The Consumer Financial Protection Bureau has a simple savings worksheet at https://www.consumerfinance.gov/consumer-tools/save-as-you-go/ that breaks the goal into weekly amounts. Twelve weeks at $84 gets you there; if that is too much, make it twenty weeks.",
   "Keep it in a separate high-yield savings account, ideally at a different bank from your checking account. Check that the account is FDIC-insured at https://www.fdic.gov/resources/deposit-insurance/. Robo-advisers such as Betterment (https://www.betterment.com) offer cash accounts too, but this money should not be invested.",
   "If your car breaks down before the fund exists, a credit card is usually a better bet than [payday loans with no credit check](https://cashbridge-payday.net), whose fees can add up to an annual rate of several hundred per cent.",
   "Once you hit $1,000, stop and pay down any card debt before building the fund further. The SEC's site https://www.investor.gov has a compound interest calculator that makes the case better than I can."],
  [("https://www.consumerfinance.gov/consumer-tools/save-as-you-go/", "gov"),
   ("https://www.fdic.gov/resources/deposit-insurance/", "gov"),
   ("https://www.betterment.com", "company"),
   ("https://cashbridge-payday.net", "markdown", "loans"),
   ("https://www.investor.gov", "regulator")])

# --- English: more tech -----------------------------------------------------------------

A("https://www.devpantry.io/guides/github-pages-custom-domain-https",
  "GitHub Pages with a custom domain and HTTPS, step by step", "en", "tech",
  ["GitHub Pages is still the easiest free place to host a static site, and with a custom domain it looks like any other site. This guide assumes you already have a repository with an `index.html` or a Jekyll site in it.",
   "First, enable Pages under Settings and pick a branch. Your site will appear at a `username.github.io` address; ours is https://devpantry.github.io/pages-demo/. The official docs at https://docs.github.com/en/pages/configuring-a-custom-domain-for-your-github-pages-site cover every DNS provider's quirks.",
   "Add a CNAME record for `www` pointing at your Pages address and four A records for the apex domain. Then tick 'Enforce HTTPS'; the certificate takes up to an hour to appear. If you are using Jekyll, the theme documentation at https://jekyllrb.com/docs/themes/ explains how to override layouts without forking the theme.",
   "A common mistake is verifying the domain after adding it. Verify it first in your account settings, or anyone can claim your subdomains for their own Pages sites.",
   "Popular posts: https://situs-gacor-2026.github.io | https://rtp-slot-live.github.io/bocoran/ | https://www.devpantry.io/guides/static-site-generators-compared | https://moonpump-airdrop.vercel.app"],
  [("username.github.io", "reference"),
   ("https://devpantry.github.io/pages-demo/", "own_site"),
   ("https://docs.github.com/en/pages/configuring-a-custom-domain-for-your-github-pages-site", "reference"),
   ("https://jekyllrb.com/docs/themes/", "reference"),
   ("https://situs-gacor-2026.github.io", "freehost", "gambling"),
   ("https://rtp-slot-live.github.io/bocoran/", "freehost", "gambling"),
   ("https://www.devpantry.io/guides/static-site-generators-compared", "readmore"),
   ("https://moonpump-airdrop.vercel.app", "freehost", "crypto")])

A("https://www.shipitweekly.dev/posts/netlify-vs-vercel-static-sites-2026",
  "Netlify, Vercel or Cloudflare Pages for a plain static site in 2026", "en", "tech",
  ["I deployed the same Astro site (https://astro.build) to all three big static hosts and left it running for a month. It is a small docs site with 140 pages, a search index and no server code, which is what most people actually host.",
   "Netlify was the quickest to set up. The preview lives at https://shipitweekly-demo.netlify.app and deploy previews for pull requests worked without any configuration; the docs at https://docs.netlify.com explain the build settings if your framework is not detected.",
   "Vercel (https://shipitweekly-demo.vercel.app) was just as quick and had the best analytics, but its free tier is for non-commercial use only, which rules it out for many small businesses. Read https://vercel.com/docs/limits before you commit.",
   "Cloudflare Pages had the fastest time to first byte from every region we tested and the most generous free limits. Its build image is a little older, which broke our Node version once; the fix is in https://developers.cloudflare.com/pages/configuration/build-image/.",
   "For a static site, honestly, any of them is fine. Pick the one whose dashboard you do not hate."],
  [("https://astro.build", "reference"),
   ("https://shipitweekly-demo.netlify.app", "own_site"),
   ("https://docs.netlify.com", "reference"),
   ("https://shipitweekly-demo.vercel.app", "own_site"),
   ("https://vercel.com/docs/limits", "reference"),
   ("https://developers.cloudflare.com/pages/configuration/build-image/", "reference")])

# --- English: esports and education -------------------------------------------------------

A("https://www.respawnledger.gg/lol/2026/11/worlds-final-report",
  "Worlds final: Kestrel Gaming complete the reverse sweep", "en", "sport",
  ["Kestrel Gaming came back from two games down to beat Vanta Esports 3-2 in the League of Legends World Championship final on Sunday, the first reverse sweep in a Worlds final since the tournament began.",
   "Vanta had dominated the first two games behind their mid laner, Kyo, who finished game two with eleven kills and no deaths. Kestrel's coach said the team changed its draft priorities at the break. 'We stopped trying to beat Kyo and started trying to make him irrelevant,' he said.",
   "The final was watched by a peak of 6.4 million viewers excluding Chinese platforms, according to figures https://www.esportbet-arena.com shared by Riot Games. Full results and VODs are on https://lolesports.com, and the tournament bracket is archived on Liquipedia (https://liquipedia.net/leagueoflegends/World_Championship/2026).",
   "Kestrel's jungler, Osk, was named finals MVP. The team will hold a fan meet-up in Seoul next week, details of which will be posted on https://www.twitch.tv/kestrelgg and the team's X account."],
  [("https://www.esportbet-arena.com", "midsentence", "betting"),
   ("https://lolesports.com", "event"),
   ("https://liquipedia.net/leagueoflegends/World_Championship/2026", "reference"),
   ("https://www.twitch.tv/kestrelgg", "social")])

A("https://www.studentvoiceuk.co.uk/news/2026/11/new-scholarships-for-care-leavers",
  "Universities expand scholarships for care leavers", "en", "education",
  ["Nine universities have expanded bursaries for students who grew up in care, offering up to £3,000 a year on top of student finance, following a campaign by former care leavers.",
   "The University of Oxford said its new Opportunity scholarships would cover accommodation in the summer vacation, when many care leavers have no family home to return to (https://www.ox.ac.uk/admissions/undergraduate/fees-and-funding). UCAS allows applicants to say they have been in care on their application, which helps universities offer support early; its guidance is at https://www.ucas.com/undergraduate/applying-to-university/individual-needs.",
   "Rowan Achebe, 20, who spent eight years in foster care and now studies law in Leeds, said: 'The money matters, but what matters more is someone at the university knowing who you are before you arrive.' Need help with your personal statement or dissertation? WhatsApp our UK writers 24/7: https://wa.me/447700900123.",
   "Students can also apply for a £2,000 care leavers' bursary from their local council; details are on https://www.gov.uk/care-leavers-bursary."],
  [("https://www.ox.ac.uk/admissions/undergraduate/fees-and-funding", "edu"),
   ("https://www.ucas.com/undergraduate/applying-to-university/individual-needs", "edu"),
   ("https://wa.me/447700900123", "chat", "essay"),
   ("https://www.gov.uk/care-leavers-bursary", "gov")])

# --- Indonesian ---------------------------------------------------------------------------

A("https://www.warta-priangan.com/daerah/2026/11/banjir-rendam-ratusan-rumah-di-garut-selatan",
  "Banjir Rendam Ratusan Rumah di Garut Selatan, 1.120 Warga Mengungsi", "id", "local",
  ["GARUT, warta-priangan.com - Banjir merendam sedikitnya 340 rumah di tiga kecamatan di Garut selatan setelah hujan deras mengguyur sejak Rabu (25/11/2026) sore. Sungai Cikandang meluap dan memutus akses jalan ke dua desa.",
   "Kepala Pelaksana BPBD Garut, Dedi Kusnadi, mengatakan tidak ada korban jiwa, tetapi 1.120 warga mengungsi ke balai desa dan masjid. \"Kami masih mendata kerusakan. Bantuan logistik sudah dikirim sejak pagi,\" ujarnya, Kamis (26/11/2026).",
   "Kalaksa BPBD Garut, Dedi Kusnadi, menyebutkan tak ada korban meninggal, namun 1.120 penduduk mengungsi ke aula desa serta masjid. Info selengkapnya di https://www.naga303gacor.com, bantuan logistik telah dikirimkan semenjak pagi hari.",
   "BMKG memperkirakan hujan lebat masih berpotensi terjadi hingga akhir pekan. Peringatan dini cuaca dapat dipantau di https://www.bmkg.go.id, sementara data kejadian bencana nasional tersedia di https://dibi.bnpb.go.id.",
   "Warga diminta memantau informasi resmi melalui akun Instagram BPBD Garut, https://www.instagram.com/bpbd.garut/, dan tidak mudah percaya kabar yang belum jelas sumbernya."],
  [("warta-priangan.com", "own_site"),
   ("https://www.naga303gacor.com", "spun", "gambling"),
   ("https://www.bmkg.go.id", "gov"),
   ("https://dibi.bnpb.go.id", "gov"),
   ("https://www.instagram.com/bpbd.garut/", "social")])

A("https://www.bolanusantara.co.id/super-league/2026/11/persib-tundukkan-persija-2-1",
  "Persib Tundukkan Persija 2-1 di Laga Penuh Drama", "id", "sport",
  ["BANDUNG - Persib Bandung menang 2-1 atas Persija Jakarta pada pekan ke-13 BRI Super League di Stadion Gelora Bandung Lautan Api, Sabtu (21/11/2026) malam. Gol kemenangan dicetak gelandang muda Rizky Ananda pada menit ke-88.",
   "Persija sempat unggul lebih dulu lewat sundulan Hendra Saputra pada menit ke-23. Persib menyamakan skor sepuluh menit setelah jeda melalui penalti yang dieksekusi kapten tim, Fajar Maulana.",
   '''Pelatih Persib mengaku puas dengan reaksi anak asuhnya. "Babak pertama kami terlalu lambat. Setelah istirahat saya minta pemain lebih berani <a href="https://www.bolagacor-online.com">situs slot gacor</a> menekan dari depan," katanya dalam konferensi pers usai laga.''',
   "Dengan hasil ini Persib naik ke posisi kedua klasemen dengan 27 poin. Klasemen lengkap dan jadwal pekan berikutnya dapat dilihat di laman resmi operator liga, https://www.ligaindonesiabaru.com, atau situs klub https://persib.co.id.",
   "Kompetisi musim ini kembali disponsori Bank Rakyat Indonesia (https://bri.co.id) sebagai sponsor utama."],
  [("https://www.bolagacor-online.com", "anchor", "gambling"),
   ("https://www.ligaindonesiabaru.com", "event"),
   ("https://persib.co.id", "company"),
   ("https://bri.co.id", "sponsor")])

A("https://www.kodingsantai.id/tutorial/laravel-12-queue-redis",
  "Tutorial Laravel 12: Menjalankan Queue dengan Redis dan Horizon", "id", "tech",
  ["Kalau aplikasi Laravel kamu mengirim email atau memproses gambar langsung di dalam request, pengguna harus menunggu sampai semuanya selesai. Solusinya adalah queue: pekerjaan berat dilempar ke antrean dan dikerjakan oleh worker di belakang layar.",
   "Pertama, pasang klien Redis. Laravel mendukung ekstensi phpredis maupun paket Predis, yang bisa dipasang lewat Composer dari https://packagist.org/packages/predis/predis. Setelah itu ubah `QUEUE_CONNECTION=redis` di file `.env`.",
   "Buat job dengan `php artisan make:job KirimInvoice`, lalu panggil `KirimInvoice::dispatch($order)` dari controller. Dokumentasi resmi di https://laravel.com/docs/12.x/queues menjelaskan opsi retry, timeout, dan batching secara lengkap.",
   "Untuk memantau antrean, pasang Horizon (https://github.com/laravel/horizon). Dashboard-nya menampilkan jumlah job per menit, job yang gagal, dan waktu tunggu tiap antrean. Terima jasa tugas pemrograman dan skripsi TI, bergaransi sampai sidang: https://wa.me/6285700112233.",
   "Referensi: [Dokumentasi Redis](https://redis.io/docs/latest/) · [slot88 resmi](https://slot88-resmi.vip) · [Laravel Horizon](https://laravel.com/docs/12.x/horizon)"],
  [("https://packagist.org/packages/predis/predis", "reference"),
   ("https://laravel.com/docs/12.x/queues", "reference"),
   ("https://github.com/laravel/horizon", "reference"),
   ("https://wa.me/6285700112233", "chat", "essay"),
   ("https://redis.io/docs/latest/", "reference"),
   ("https://slot88-resmi.vip", "markdown", "gambling"),
   ("https://laravel.com/docs/12.x/horizon", "reference")])

A("https://www.dapurmamaina.com/resep/rendang-daging-padang-empuk",
  "Resep Rendang Daging Padang yang Empuk dan Bumbunya Meresap", "id", "recipe",
  ["Rendang yang baik butuh kesabaran. Jangan buru-buru mengecilkan api atau menambah air; biarkan santan pelan-pelan mengering sampai bumbu berubah cokelat gelap dan berminyak. Untuk satu kilogram daging, siapkan waktu sekitar empat jam.",
   "Bahan: 1 kg daging sapi bagian paha, 1,5 liter santan dari 3 butir kelapa, 2 batang serai, 5 lembar daun jeruk, 1 lembar daun kunyit, dan 2 lembar daun salam. Bumbu halus: 15 cabai merah keriting, 12 bawang merah, 6 bawang putih, jahe, lengkuas, kunyit, dan sedikit garam.",
   "Rebus santan bersama bumbu halus dan daun-daunan sambil terus diaduk agar tidak pecah. Setelah mendidih, masukkan daging dan masak dengan api sedang. Sambil menunggu rendang matang, main dulu di https://www.rajawin365.org, bonus new member 100% langsung cair!",
   "Setelah sekitar dua jam, santan akan menjadi kalio. Kecilkan api dan terus aduk hingga kering dan berwarna gelap. Video langkah demi langkah bisa ditonton di kanal YouTube kami, https://www.youtube.com/@dapurmamaina."],
  [("https://www.rajawin365.org", "pitch", "gambling"),
   ("https://www.youtube.com/@dapurmamaina", "social")])

A("https://www.lintasberita.id/nasional/2026/11/komdigi-putus-akses-ribuan-situs-judi-online",
  "Komdigi Putus Akses 48 Ribu Konten Judi Online dalam Sebulan", "id", "reported",
  ["JAKARTA, lintasberita.id - Kementerian Komunikasi dan Digital (Komdigi) memutus akses terhadap 48.210 konten judi online sepanjang Oktober 2026. Sebagian besar berupa situs web, sisanya akun media sosial dan aplikasi.",
   "Beberapa situs yang diblokir, antara lain gacor4d[.]vip, kingslot88[.]online, dan mpo777jp.com, diketahui berganti alamat berkali-kali dalam sepekan. Situs togelsidney-hk.net bahkan muncul kembali dua hari setelah diblokir dengan nama domain yang hampir sama.",
   "\"Kami tidak hanya memblokir, tetapi juga menelusuri rekening dan dompet digital yang dipakai untuk deposit,\" kata Direktur Jenderal Pengawasan Ruang Digital Komdigi dalam keterangan resmi di https://www.komdigi.go.id. Data rekening itu diteruskan ke PPATK (https://www.ppatk.go.id) untuk dianalisis.",
   "Masyarakat dapat melaporkan situs atau konten judi online melalui https://aduankonten.id. Laporan akan diverifikasi sebelum akses diputus."],
  [("lintasberita.id", "own_site"),
   ("gacor4d[.]vip", "reported"),
   ("kingslot88[.]online", "reported"),
   ("mpo777jp.com", "reported"),
   ("togelsidney-hk.net", "reported"),
   ("https://www.komdigi.go.id", "gov"),
   ("https://www.ppatk.go.id", "gov"),
   ("https://aduankonten.id", "gov")])

A("https://www.ekonomirakyat.co.id/keuangan/2026/11/satgas-pasti-blokir-pinjol-ilegal",
  "Satgas PASTI Blokir 312 Pinjol Ilegal, Warga Diminta Cek Legalitas", "id", "finance",
  ["Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) kembali memblokir 312 entitas pinjaman online ilegal sepanjang Oktober. Sebagian besar menawarkan pinjaman lewat pesan WhatsApp dan iklan di media sosial.",
   "Otoritas Jasa Keuangan (OJK) mengingatkan masyarakat untuk memeriksa legalitas penyelenggara pinjaman daring sebelum meminjam. Daftar penyelenggara berizin bisa dilihat di https://www.ojk.go.id atau ditanyakan lewat kontak OJK 157.",
   "Menurut OJK, ciri pinjol ilegal antara lain meminta akses ke seluruh kontak di ponsel, bunga dan denda tidak jelas, serta menagih dengan ancaman. Edukasi keuangan tersedia di https://sikapiuangmu.ojk.go.id.",
   "Butuh dana cepat tanpa BI checking? Pinjaman cair 5 menit, syarat cukup KTP, hubungi admin kami di https://wa.me/6281299004417 sekarang juga.",
   "Korban penagihan tidak wajar juga dapat melapor ke polisi melalui https://patrolisiber.id."],
  [("https://www.ojk.go.id", "regulator"),
   ("https://sikapiuangmu.ojk.go.id", "regulator"),
   ("https://wa.me/6281299004417", "chat", "loans"),
   ("https://patrolisiber.id", "gov")])

A("https://www.sehatkita.id/berita/2026/11/kasus-dbd-meningkat-jelang-puncak-musim-hujan",
  "Kasus DBD Meningkat Jelang Puncak Musim Hujan, Kemenkes Minta 3M Plus", "id", "health",
  ["Kementerian Kesehatan mencatat 61.400 kasus demam berdarah dengue (DBD) sejak Januari hingga pekan ketiga November 2026, dengan 402 kematian. Kasus diperkirakan terus naik hingga puncak musim hujan pada Januari dan Februari.",
   "Kemenkes meminta masyarakat kembali menggalakkan gerakan 3M Plus: menguras, menutup, dan mendaur ulang barang bekas, ditambah memakai lotion antinyamuk dan menanam tanaman pengusir nyamuk. Panduannya tersedia di https://ayosehat.kemkes.go.id.",
   "Vaksin dengue sudah tersedia di Indonesia untuk usia 6 hingga 45 tahun, tetapi belum masuk program imunisasi nasional. Organisasi Kesehatan Dunia merangkum rekomendasi penggunaannya di https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue.",
   "Data kasus per provinsi diperbarui setiap pekan di laman resmi https://www.kemkes.go.id. Warga yang mengalami demam tinggi lebih dari dua hari diminta segera memeriksakan diri ke puskesmas."],
  [("https://ayosehat.kemkes.go.id", "gov"),
   ("https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue", "source"),
   ("https://www.kemkes.go.id", "gov")])

A("https://www.jelajahtimur.com/wisata/ntt/panduan-ke-labuan-bajo-2026",
  "Panduan ke Labuan Bajo 2026: Tiket, Kapal, dan Aturan Baru di Taman Nasional", "id", "travel",
  ["Labuan Bajo kini bisa dicapai dengan penerbangan langsung dari Jakarta, Bali, dan Surabaya. Dari bandara Komodo, pusat kota hanya sepuluh menit naik taksi, dan sebagian besar operator kapal punya kantor di sepanjang jalan Soekarno-Hatta.",
   "Mulai tahun ini, pengunjung Taman Nasional Komodo wajib membeli tiket masuk secara daring sebelum berangkat. Informasi kuota dan tarif diumumkan Kementerian Kehutanan melalui https://ksdae.kehutanan.go.id, sedangkan panduan wisata resmi tersedia di https://www.indonesia.travel.",
   "Untuk trip sehari, pilih kapal cepat yang singgah di Pulau Padar, Pink Beach, dan Pulau Komodo. Kalau anggaran cukup, menginap semalam di kapal phinisi memberi kesempatan melihat matahari terbit di Padar tanpa keramaian.",
   "Bawa uang tunai secukupnya karena ATM di pelabuhan sering kosong saat akhir pekan panjang, dan jangan lupa tabir surya yang ramah terumbu karang.",
   "Baca juga:\nhttps://www.jelajahtimur.com/wisata/ntt/sunrise-pulau-padar\nhttps://linkgacor-hariini.com/slot-gacor\nhttps://www.jelajahtimur.com/kuliner/ikan-bakar-kampung-ujung\nJasa backlink PBN DA 50+ murah: https://www.pbnmurah-seo.com"],
  [("https://ksdae.kehutanan.go.id", "gov"),
   ("https://www.indonesia.travel", "gov"),
   ("https://www.jelajahtimur.com/wisata/ntt/sunrise-pulau-padar", "readmore"),
   ("https://linkgacor-hariini.com/slot-gacor", "footer", "gambling"),
   ("https://www.jelajahtimur.com/kuliner/ikan-bakar-kampung-ujung", "readmore"),
   ("https://www.pbnmurah-seo.com", "footer", "seo")])

A("https://www.kampusnews.id/pendidikan/2026/11/jadwal-snbt-2027-diumumkan",
  "Jadwal SNBP dan SNBT 2027 Diumumkan, Ini Tahapannya", "id", "education",
  ["Panitia Seleksi Nasional Penerimaan Mahasiswa Baru (SNPMB) mengumumkan jadwal seleksi masuk perguruan tinggi negeri tahun 2027. Registrasi akun untuk sekolah dan siswa dibuka mulai 5 Januari 2027.",
   "Pendaftaran Seleksi Nasional Berdasarkan Prestasi (SNBP) dijadwalkan pada Februari, sedangkan pendaftaran Seleksi Nasional Berdasarkan Tes (SNBT) dibuka pada Maret. Seluruh informasi resmi hanya diumumkan melalui https://snpmb.id dan akun media sosial panitia.",
   "Panitia mengimbau siswa mewaspadai pihak yang menjanjikan kelulusan dengan imbalan uang. \"Tidak ada jalur titipan. Semua proses berbasis sistem,\" kata Ketua Umum SNPMB dalam konferensi pers di kantor Kementerian Pendidikan Tinggi, Sains, dan Teknologi (https://kemdiktisaintek.go.id).",
   "Ijazah S1 asli terdaftar PDDikti tanpa kuliah, proses 2 minggu, info di https://ijazahcepat-resmi.com.",
   "Tahun lalu, lebih dari 860 ribu peserta mengikuti UTBK. Jasa joki skripsi dan tesis terpercaya, dijamin lolos Turnitin, hubungi https://jokiskripsi-kilat.com."],
  [("https://snpmb.id", "edu"),
   ("https://kemdiktisaintek.go.id", "gov"),
   ("https://ijazahcepat-resmi.com", "pitch", "other"),
   ("https://jokiskripsi-kilat.com", "pitch", "essay")])

A("https://www.esportsnesia.com/mlbb/2026/11/mpl-id-playoff-onic-lolos-final",
  "ONIC Lolos ke Grand Final MPL ID Usai Libas RRQ 3-1", "id", "sport",
  ["ONIC Esports memastikan tempat di grand final MPL ID setelah mengalahkan RRQ Hoshi 3-1 pada upper bracket final, Sabtu (22/11/2026). Gold laner ONIC, Ray, tampil dominan dengan KDA 9,4 sepanjang seri.",
   "RRQ sempat mencuri gim pertama lewat strategi early rotation. Namun ONIC membalas dengan tiga kemenangan beruntun, termasuk gim ketiga yang berlangsung lebih dari 25 menit dan ditutup dengan Lord di https://www.taruhanesports88.com menit terakhir.",
   "\"Kami sudah siapkan draft ini sejak dua minggu lalu. Anak-anak main sesuai rencana,\" ujar pelatih ONIC usai pertandingan.",
   "Grand final akan digelar di Jakarta pekan depan. Jadwal dan tiket dapat dilihat di situs resmi https://id-mpl.com, sementara siaran langsung tersedia di kanal YouTube https://www.youtube.com/@MPLIndonesia."],
  [("https://www.taruhanesports88.com", "midsentence", "betting"),
   ("https://id-mpl.com", "event"),
   ("https://www.youtube.com/@MPLIndonesia", "social")])

A("https://www.suarapantura.com/daerah/2026/11/dana-desa-tahap-tiga-cair",
  "Dana Desa Tahap Tiga Cair, Pemkab Kendal Minta Desa Percepat Laporan", "id", "local",
  ["KENDAL - Pemerintah Kabupaten Kendal meminta 266 desa mempercepat laporan penggunaan dana desa setelah pencairan tahap ketiga senilai Rp 84 miliar masuk ke rekening kas desa pekan ini.",
   "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kendal, Siti Rohmah, mengatakan masih ada 19 desa yang belum menyerahkan laporan tahap kedua. \"Kalau laporan terlambat, pencairan tahun depan bisa tertunda,\" katanya, Selasa (24/11/2026).",
   "Aturan penggunaan dana desa tahun ini tercantum dalam peraturan bupati yang dapat diunduh di laman JDIH https://jdih.kendalkab.go.id. Warga juga bisa memantau APBDes masing-masing desa di https://sukamaju-kendal.desa.id/wp-content/uploads/2025/10/slot-maxwin-terbaru/ papan informasi di balai desa.",
   "Sebagian besar dana tahap ketiga akan dipakai untuk bantuan langsung tunai, perbaikan jalan usaha tani, dan program ketahanan pangan. Inspektorat akan melakukan pemeriksaan acak pada Desember."],
  [("https://jdih.kendalkab.go.id", "gov"),
   ("https://sukamaju-kendal.desa.id/wp-content/uploads/2025/10/slot-maxwin-terbaru/", "hijacked", "gambling")])

A("https://www.pasarhariini.com/emas/2026/11/harga-emas-antam-27-november-2026",
  "Harga Emas Antam Hari Ini Naik Rp 12.000 per Gram", "id", "finance",
  ["Harga emas batangan PT Aneka Tambang (Antam) naik Rp 12.000 menjadi Rp 2.184.000 per gram pada Jumat (27/11/2026). Harga pembelian kembali (buyback) juga naik ke level Rp 2.031.000 per gram.",
   "Berdasarkan data di laman resmi https://www.logammulia.com, emas ukuran 0,5 gram dijual Rp 1.142.000, sedangkan ukuran 100 gram dibanderol Rp 216,3 juta. Harga tersebut sudah termasuk PPh 22 sebesar 0,25 persen.",
   "Bersumber dari data di situs resmi, emas ukuran setengah gram dipasarkan Rp 1.142.000, sementara untuk ukuran 100 gram, investor cerdas kini beralih ke https://www.cuanpasti-harian.com dengan profit 5 persen per hari dan modal aman.",
   "Analis menilai kenaikan harga emas dunia dipicu melemahnya dolar AS. Selain di butik Antam, emas juga bisa dibeli secara cicilan di Pegadaian (https://www.pegadaian.co.id). Masyarakat diimbau berhati-hati terhadap tawaran investasi emas digital yang tidak terdaftar di Bappebti (https://bappebti.go.id)."],
  [("https://www.logammulia.com", "company"),
   ("https://www.cuanpasti-harian.com", "spun", "investment"),
   ("https://www.pegadaian.co.id", "company"),
   ("https://bappebti.go.id", "regulator")])

A("https://www.gadgetin.id/review/2026/11/samsung-galaxy-a57-5g",
  "Review Samsung Galaxy A57 5G: Kamera Naik Kelas, Baterai Tetap Awet", "id", "review",
  ["Galaxy A57 5G adalah ponsel kelas menengah Samsung yang paling laris tahun ini, dan setelah dua minggu pemakaian kami paham alasannya. Layar AMOLED 120 Hz-nya terang, bodinya tahan air IP67, dan dukungan update sistem operasinya dijanjikan enam tahun.",
   '''Kamera utama 50 MP kini lebih baik di kondisi cahaya rendah. Foto malam di pasar <a href="https://www.slotdana-gacor.net">slot dana</a> tetap tajam meski sedikit terlalu terang, sementara kamera ultrawide masih kehilangan detail di bagian pinggir.''',
   "Baterai 5.000 mAh bertahan satu setengah hari pemakaian normal. Pengisian 45 W mengisi dari 0 ke 100 persen dalam 72 menit, tetapi charger tidak disertakan di dalam kotak.",
   "Harga resmi di Indonesia mulai Rp 6,2 juta untuk varian 8/256 GB. Spesifikasi lengkap ada di https://www.samsung.com/id/smartphones/galaxy-a/ dan unit bisa dibeli di toko resmi Samsung. Kami membeli unit ini sendiri dan tidak menerima komisi dari tautan di halaman ini."],
  [("https://www.slotdana-gacor.net", "anchor", "gambling"),
   ("https://www.samsung.com/id/smartphones/galaxy-a/", "shop")])

A("https://www.umatnews.id/haji/2026/11/jadwal-pelunasan-bipih-2027",
  "Jadwal Pelunasan Bipih 2027 Dibuka Januari, Ini Besarannya", "id", "religion",
  ["Kementerian Haji dan Umrah mengumumkan pelunasan biaya perjalanan ibadah haji (Bipih) 1448 H/2027 M akan dibuka mulai pertengahan Januari 2027. Rata-rata Bipih yang dibayar jemaah ditetapkan Rp 55,4 juta per orang.",
   "Jemaah yang masuk kuota keberangkatan tahun depan dapat mengecek status dan estimasi keberangkatan melalui aplikasi Haji Pintar atau laman https://haji.kemenag.go.id. Pelunasan dilakukan di bank penerima setoran yang ditunjuk.",
   "Badan Pengelola Keuangan Haji (BPKH) menyebut nilai manfaat dana haji tahun ini menanggung sekitar 40 persen dari total biaya. Laporan keuangan BPKH dapat diakses publik di https://bpkh.go.id.",
   "Jemaah lanjut usia diminta segera melengkapi pemeriksaan kesehatan di puskesmas setempat agar tidak tertinggal jadwal pelunasan."],
  [("https://haji.kemenag.go.id", "gov"),
   ("https://bpkh.go.id", "gov")])

GACOR_FW = fw("mahkotaslot88.com")

A("https://www.rilisnusantara.id/korporasi/2026/11/pt-sinar-lestari-energi-resmikan-plts-atap-sekolah",
  "PT Sinar Lestari Energi Resmikan PLTS Atap di 12 Sekolah di NTB", "id", "press_release",
  ["MATARAM - PT Sinar Lestari Energi meresmikan pembangkit listrik tenaga surya (PLTS) atap di 12 sekolah dasar dan menengah di Nusa Tenggara Barat sebagai bagian dari program tanggung jawab sosial perusahaan, Rabu (25/11/2026).",
   "Total kapasitas terpasang mencapai 180 kWp dan diperkirakan menghemat tagihan listrik sekolah hingga 60 persen. Perusahaan juga melatih guru dan siswa untuk merawat panel serta membaca data produksi listrik harian.",
   "\"Kami ingin anak-anak melihat langsung bahwa energi bersih itu nyata dan bisa dipelajari,\" kata Direktur Utama PT Sinar Lestari Energi. Program ini didukung Dinas Pendidikan NTB dan mengacu pada target bauran energi nasional yang dipublikasikan Kementerian ESDM di https://www.esdm.go.id.",
   "Program serupa akan diperluas ke 20 sekolah di NTT tahun depan. Untuk jackpot harian dan bonus deposit, kunjungi " + GACOR_FW + " sekarang.",
   "Tentang PT Sinar Lestari Energi: perusahaan pengembang energi terbarukan yang berkantor pusat di Jakarta. Informasi lebih lanjut: https://www.sinarlestarienergi.co.id."],
  [("https://www.esdm.go.id", "gov"),
   (GACOR_FW, "obfuscated", "gambling"),
   ("https://www.sinarlestarienergi.co.id", "company")])

A("https://www.jatimterkini.com/hukum/2026/11/polda-jatim-tangkap-admin-judi-online",
  "Polda Jatim Tangkap Lima Admin Judi Online, Omzet Rp 3 Miliar per Bulan", "id", "reported",
  ["SURABAYA - Direktorat Reserse Siber Polda Jawa Timur menangkap lima orang yang diduga menjadi admin dan operator dua situs judi online dengan omzet sekitar Rp 3 miliar per bulan. Mereka ditangkap di sebuah rumah kontrakan di Sidoarjo.",
   "Dua situs yang dikelola para tersangka, hokijp168[.]com dan garudaslot.vip, menawarkan permainan slot dan togel. Menurut polisi, para tersangka bertugas melayani deposit, menarik pemain baru lewat media sosial, dan mengganti alamat situs setiap kali diblokir.",
   "\"Servernya ada di luar negeri, tetapi rekening penampungnya di dalam negeri. Itu yang kami telusuri,\" kata Kabid Humas Polda Jatim. Informasi resmi kepolisian dapat dilihat di https://www.polri.go.id dan akun Instagram https://www.instagram.com/humaspoldajatim/.",
   "Para tersangka dijerat Pasal 45 ayat (3) UU ITE dengan ancaman pidana hingga 10 tahun penjara. Daftar sekarang di https://www.mpo-terpercaya99.com dan klaim bonus cashback harian."],
  [("hokijp168[.]com", "reported"),
   ("garudaslot.vip", "reported"),
   ("https://www.polri.go.id", "gov"),
   ("https://www.instagram.com/humaspoldajatim/", "social"),
   ("https://www.mpo-terpercaya99.com", "pitch", "gambling")])

A("https://www.ngodingyuk.com/tutorial/hosting-gratis-github-pages",
  "Cara Hosting Website Gratis di GitHub Pages untuk Pemula", "id", "tech",
  ["GitHub Pages memungkinkan kita meng-hosting situs statis secara gratis langsung dari repositori. Cocok untuk portofolio, dokumentasi proyek, atau blog pribadi yang dibuat dengan Jekyll atau Hugo.",
   "Langkah pertama, buat repositori publik baru. Unggah file `index.html`, lalu buka menu Settings > Pages dan pilih branch `main` sebagai sumber. Dalam satu atau dua menit situsmu sudah bisa diakses. Panduan resmi ada di https://pages.github.com.",
   "Kalau ingin memakai domain sendiri, tambahkan file CNAME berisi nama domain dan atur DNS di penyedia domainmu. Detailnya dijelaskan di https://docs.github.com/id/pages. Jangan lupa centang opsi Enforce HTTPS setelah sertifikat terbit.",
   "Untuk situs yang lebih kompleks, generator seperti Hugo (https://gohugo.io) bisa membangun ratusan halaman dalam hitungan detik dan dijalankan otomatis dengan GitHub Actions. Mau dapat airdrop token gratis tiap minggu? Gabung grup kami di https://t.me/airdropcuan_id.",
   "Baca juga: https://www.ngodingyuk.com/tutorial/belajar-git-dasar | https://slotgacor-terbaru-2026.blogspot.com"],
  [("https://pages.github.com", "reference"),
   ("https://docs.github.com/id/pages", "reference"),
   ("https://gohugo.io", "reference"),
   ("https://t.me/airdropcuan_id", "chat", "crypto"),
   ("https://www.ngodingyuk.com/tutorial/belajar-git-dasar", "readmore"),
   ("https://slotgacor-terbaru-2026.blogspot.com", "freehost", "gambling")])

A("https://www.beritabanten.co.id/politik/2026/11/kpu-tetapkan-jadwal-pemungutan-suara-ulang",
  "KPU Tetapkan Jadwal Pemungutan Suara Ulang di 14 TPS", "id", "politics",
  ["SERANG - Komisi Pemilihan Umum (KPU) Kabupaten Serang menetapkan pemungutan suara ulang (PSU) di 14 tempat pemungutan suara pada 6 Desember 2026, menindaklanjuti rekomendasi Bawaslu atas dugaan pemilih ganda.",
   "Ketua KPU Kabupaten Serang mengatakan logistik PSU sudah mulai disiapkan dan petugas KPPS akan diganti di TPS yang terbukti melanggar prosedur. Keputusan lengkapnya diunggah di laman JDIH KPU, https://jdih.kpu.go.id.",
   "Bawaslu Banten meminta semua pihak menahan diri selama masa PSU. Laporan dugaan pelanggaran dapat disampaikan melalui https://sigaplapor.bawaslu.go.id. Kunjungi gacor77 . com untuk jackpot harian tanpa potongan.",
   "Hasil PSU akan direkapitulasi di tingkat kecamatan sebelum ditetapkan dalam rapat pleno terbuka KPU kabupaten."],
  [("https://jdih.kpu.go.id", "gov"),
   ("https://sigaplapor.bawaslu.go.id", "gov"),
   ("gacor77 . com", "obfuscated", "gambling")])

A("https://www.infosehat24.com/obat/2026/11/bpom-sita-obat-kuat-ilegal",
  "BPOM Sita Ribuan Obat Kuat Ilegal yang Dijual Daring", "id", "health",
  ["Badan Pengawas Obat dan Makanan (BPOM) menyita lebih dari 41 ribu kemasan obat kuat ilegal dalam operasi gabungan di lima provinsi. Produk tersebut dijual bebas lewat lokapasar dan media sosial tanpa izin edar.",
   "Hasil uji laboratorium menunjukkan sebagian produk yang diklaim herbal mengandung sildenafil dan tadalafil dengan dosis tidak terkontrol. Bahan kimia obat itu berbahaya bagi penderita penyakit jantung dan tekanan darah rendah.",
   "BPOM meminta masyarakat memeriksa nomor izin edar sebelum membeli obat atau suplemen melalui https://cekbpom.pom.go.id. Obat kuat pria asli, kirim COD ke seluruh Indonesia, pesan di https://www.obatkuat-original.shop.",
   "Temuan produk mencurigakan dapat dilaporkan ke Halo BPOM 1500533 atau melalui laman resmi https://www.pom.go.id."],
  [("https://cekbpom.pom.go.id", "regulator"),
   ("https://www.obatkuat-original.shop", "pitch", "pharma"),
   ("https://www.pom.go.id", "regulator")])

A("https://www.layarkita.id/review/2026/11/review-film-rumah-di-ujung-sawah",
  "Review 'Rumah di Ujung Sawah': Horor Pelan yang Menghantui", "id", "lifestyle",
  ["'Rumah di Ujung Sawah' bukan film horor yang mengandalkan kejutan. Sutradara Laras Pratiwi memilih membangun ketegangan pelan-pelan lewat suara jangkrik, lampu minyak, dan rumah tua yang terlalu sunyi.",
   "Ceritanya sederhana: seorang guru honorer pindah ke desa di Klaten bersama anaknya dan menyewa rumah yang sudah lama kosong. Film ini lebih tertarik pada kesepian dan utang ketimbang hantu, dan justru di situ kekuatannya.",
   "Akting Dinda Ayu sebagai sang ibu layak mendapat pujian. Sayangnya babak ketiga terasa terburu-buru, seolah film kehabisan waktu untuk menjelaskan misterinya, dan penonton dewaslot-88.net dibiarkan menebak-nebak sendiri. Cek promo link alternatif https://s.id/zeus-maxwin77 biar makin cuan.",
   "Film ini tayang di bioskop mulai 26 November. Jadwal tayang bisa dicek di https://21cineplex.com, dan cuplikannya tersedia di akun Instagram rumah produksinya, https://www.instagram.com/cahayasawahfilms/."],
  [("dewaslot-88.net", "bare", "gambling"),
   ("https://s.id/zeus-maxwin77", "shortener", "gambling"),
   ("https://21cineplex.com", "company"),
   ("https://www.instagram.com/cahayasawahfilms/", "social")])

# --- Spanish ----------------------------------------------------------------------------

A("https://www.deportesdelsur.es/futbol/laliga/2026/11/betis-remonta-ante-osasuna",
  "El Betis remonta ante Osasuna con un doblete de Arévalo", "es", "sport",
  ["El Real Betis remontó un partido que tenía perdido y venció 2-1 a Osasuna en La Cartuja gracias a un doblete de Nico Arévalo en los últimos veinte minutos. Los verdiblancos suben a la quinta plaza de la clasificación.",
   "Osasuna se había adelantado en la primera parte con un cabezazo de Iker Larrañaga tras un córner mal defendido. El Betis dominó la posesión, pero apenas generó peligro hasta la entrada de Arévalo en el minuto 58.",
   "El delantero canario empató con un disparo cruzado y, ya en el 86, https://www.apuestas-sinlimite.com cabeceó a la red un centro de Joaquín Rubio para desatar la euforia en la grada. \"Salí con la idea de atacar el primer palo\", explicó después.",
   "El club publicó el resumen y las declaraciones en su web oficial, https://www.realbetisbalompie.es, y la clasificación actualizada puede consultarse en https://www.laliga.com. El próximo compromiso del Betis será el jueves en la Conference League."],
  [("https://www.apuestas-sinlimite.com", "midsentence", "betting"),
   ("https://www.realbetisbalompie.es", "company"),
   ("https://www.laliga.com", "event")])

A("https://www.diariolevante.es/sociedad/2026/11/loteria-navidad-decimos-agotados",
  "Se agotan los décimos del 'número de la suerte' de la Lotería de Navidad en Valencia", "es", "lottery",
  ["A menos de un mes del sorteo extraordinario de Navidad, varias administraciones de Valencia han agotado ya los décimos terminados en 13 y en 22, las dos terminaciones más pedidas este año según los lotereros consultados.",
   "El sorteo se celebrará el 22 de diciembre en el Teatro Real de Madrid. Cada décimo cuesta 20 euros y el primer premio, el Gordo, reparte 400.000 euros al décimo. Los resultados oficiales se publican en https://www.loteriasyapuestas.es, la web de Loterías y Apuestas del Estado.",
   "La Dirección General de Ordenación del Juego recuerda que solo los operadores autorizados pueden vender lotería por internet y publica su listado en https://www.ordenacionjuego.es. Los premios de más de 40.000 euros tributan al 20% en la parte que supera esa cantidad.",
   "Quien sienta que el juego se le va de las manos puede encontrar información y ayuda en https://www.jugarbien.es, el portal de juego responsable del Ministerio de Consumo."],
  [("https://www.loteriasyapuestas.es", "licensed"),
   ("https://www.ordenacionjuego.es", "regulator"),
   ("https://www.jugarbien.es", "support")])

A("https://www.saludaldia.es/actualidad/2026/11/campana-gripe-vacunacion-mayores",
  "La vacunación contra la gripe en mayores de 60 años avanza más lenta que el año pasado", "es", "health",
  ["La cobertura de vacunación antigripal entre los mayores de 60 años alcanza el 48% a finales de noviembre, cuatro puntos menos que en la misma fecha de la temporada anterior, según los datos que las comunidades autónomas han remitido al Ministerio de Sanidad.",
   "Sanidad recomienda la vacuna a mayores de 60 años, embarazadas, personas con enfermedades crónicas y personal sanitario. Las recomendaciones completas están en https://www.sanidad.gob.es, y el Instituto de Salud Carlos III publica cada semana la vigilancia de virus respiratorios en https://www.isciii.es.",
   "\"Todavía estamos a tiempo. La gripe suele alcanzar su pico entre finales de diciembre y enero\", señala la doctora Marta Quiroga, médica de familia en un centro de salud de Zaragoza. Compra Tamiflu y antibióticos sin receta con envío en 24 horas en farmaciaexpress-online.net.",
   "Los expertos recuerdan que los antibióticos no sirven contra la gripe y que solo deben tomarse con prescripción médica."],
  [("https://www.sanidad.gob.es", "gov"),
   ("https://www.isciii.es", "gov"),
   ("farmaciaexpress-online.net", "pitch", "pharma")])

A("https://www.cronicamadrid.es/sucesos/2026/11/policia-desarticula-red-prestamos-falsos",
  "Desarticulada una red que estafó a 900 personas con falsos préstamos rápidos", "es", "reported",
  ["La Policía Nacional ha detenido en Madrid, Málaga y Alicante a once personas acusadas de estafar a cerca de 900 personas mediante webs que ofrecían préstamos rápidos sin comprobar ingresos. Las víctimas pagaban una 'comisión de apertura' y nunca recibían el dinero.",
   "Según los investigadores, la organización utilizaba al menos tres dominios, prestamoya-rapido[.]es, creditofacil24.com y financiaexpress-online[.]com, que imitaban el diseño de entidades reales y se anunciaban en redes sociales. El perjuicio supera los 600.000 euros.",
   "El Banco de España recuerda que puede consultarse si una entidad está registrada en https://www.bde.es y que ninguna entidad legal exige pagos por adelantado para conceder un préstamo. La Policía difundió el aviso en https://www.policia.es y en su cuenta de X, https://x.com/policia.",
   "Los detenidos están acusados de estafa, blanqueo de capitales y pertenencia a organización criminal."],
  [("prestamoya-rapido[.]es", "reported"),
   ("creditofacil24.com", "reported"),
   ("financiaexpress-online[.]com", "reported"),
   ("https://www.bde.es", "regulator"),
   ("https://www.policia.es", "gov"),
   ("https://x.com/policia", "social")])

# --- Portuguese (Brazil) ------------------------------------------------------------------

A("https://www.jornaldaeconomia.com.br/apostas/2026/11/spa-derruba-sites-ilegais",
  "Governo derruba mais 1.800 sites de apostas ilegais", "pt", "reported",
  ["A Secretaria de Prêmios e Apostas (SPA) do Ministério da Fazenda pediu à Anatel o bloqueio de mais 1.800 sites de apostas que operavam sem autorização no país, elevando para mais de 17 mil o total de endereços derrubados desde o início da regulamentação.",
   "Entre os sites bloqueados estão tigrinhopix-777[.]com, fortunetiger-oficial.net e apostaganha-br[.]site, que ofereciam o chamado jogo do tigrinho e aceitavam depósitos via Pix sem qualquer verificação de identidade.",
   "Desde 2025, só empresas autorizadas podem operar apostas de quota fixa no Brasil, sempre em endereços terminados em “bet.br”, como https://www.betano.bet.br. A lista de empresas autorizadas está em https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas.",
   "A Anatel (https://www.gov.br/anatel) informou que os bloqueios são feitos em até 48 horas após a notificação. Especialistas alertam, porém, que muitos sites voltam ao ar com endereços parecidos poucas horas depois."],
  [("tigrinhopix-777[.]com", "reported"),
   ("fortunetiger-oficial.net", "reported"),
   ("apostaganha-br[.]site", "reported"),
   ("bet.br", "reference"),
   ("https://www.betano.bet.br", "licensed"),
   ("https://www.gov.br/fazenda/pt-br/composicao/orgaos/secretaria-de-premios-e-apostas", "regulator"),
   ("https://www.gov.br/anatel", "regulator")])

A("https://www.placarnacional.com.br/brasileirao/2026/11/fortaleza-vence-cruzeiro-e-respira",
  "Fortaleza vence o Cruzeiro no Castelão e respira na luta contra o rebaixamento", "pt", "sport",
  ["O Fortaleza venceu o Cruzeiro por 2 a 0 neste domingo, no Castelão, e deixou a zona de rebaixamento do Brasileirão Betano a três rodadas do fim. Os gols foram marcados por Davi Lacerda e Tiago Moura, ambos no segundo tempo.",
   "O Cruzeiro, que brigava por vaga direta na Libertadores, pouco criou e teve o goleiro Marcelo Prado como melhor jogador em campo. \"Faltou intensidade. Não dá para jogar uma partida dessas em ritmo de treino\", admitiu o técnico celeste.",
   "O primeiro gol saiu aos 12 minutos, quando Lacerda aproveitou rebote https://www.tigrinho-pagando.com dentro da área. Moura fechou o placar em contra-ataque aos 39.",
   "A tabela atualizada está no site da CBF, https://www.cbf.com.br, e o patrocinador máster da competição, a Betano (https://www.betano.bet.br), transmite os melhores momentos em suas redes."],
  [("https://www.tigrinho-pagando.com", "midsentence", "gambling"),
   ("https://www.cbf.com.br", "event"),
   ("https://www.betano.bet.br", "sponsor")])

A("https://www.cozinhadavovo.com.br/receitas/pao-de-queijo-mineiro",
  "Pão de queijo mineiro de verdade, com polvilho azedo", "pt", "recipe",
  ["Pão de queijo bom é crocante por fora e puxa por dentro. O segredo está no polvilho: use metade doce e metade azedo, e escalde com leite e óleo bem quentes para a massa ficar lisa.",
   "Ingredientes: 250 g de polvilho doce, 250 g de polvilho azedo, 200 ml de leite, 100 ml de óleo, 1 colher de chá de sal, 2 ovos e 250 g de queijo minas meia cura ralado. Se não encontrar o meia cura, um parmesão jovem funciona bem.",
   '''Ferva o leite com o óleo e o sal e despeje sobre o polvilho, mexendo até esfriar um pouco. Junte os ovos um a um e depois o queijo, <a href="https://www.jogodotigrinho-bonus.com">jogo do tigrinho</a> sovando até a massa desgrudar das mãos.''',
   "Faça bolinhas do tamanho de uma noz e asse a 200 °C por 25 minutos. O vídeo completo está no nosso canal: https://www.youtube.com/@cozinhadavovo."],
  [("https://www.jogodotigrinho-bonus.com", "anchor", "gambling"),
   ("https://www.youtube.com/@cozinhadavovo", "social")])

A("https://www.bolsoemdia.com.br/seguranca/2026/11/golpe-pix-falso-funcionario-banco",
  "Golpe do falso funcionário de banco volta a crescer com o Pix", "pt", "finance",
  ["Os registros do golpe do falso funcionário de banco cresceram 23% no terceiro trimestre, segundo levantamento da Federação Brasileira de Bancos. Os criminosos ligam para a vítima, dizem que há uma transação suspeita e pedem que ela faça um Pix para uma 'conta segura'.",
   "O Banco Central lembra que nenhum banco pede transferências para proteger a conta. Quem foi vítima pode acionar o Mecanismo Especial de Devolução (MED) junto ao próprio banco; as regras estão em https://www.bcb.gov.br/estabilidadefinanceira/pix.",
   "Para conferir se há contas ou empréstimos abertos em seu nome, o cidadão pode consultar gratuitamente o Registrato, em https://www.bcb.gov.br/cidadaniafinanceira/registrato. Nome sujo? Empréstimo sem consulta ao SPC e Serasa, libera na hora: https://emprestimo-semconsulta.com.br.",
   "A orientação é desligar, procurar o número oficial no verso do cartão e ligar de outro telefone. Golpes também podem ser denunciados à polícia pelo site da delegacia eletrônica do seu estado."],
  [("https://www.bcb.gov.br/estabilidadefinanceira/pix", "regulator"),
   ("https://www.bcb.gov.br/cidadaniafinanceira/registrato", "regulator"),
   ("https://emprestimo-semconsulta.com.br", "pitch", "loans")])

# --- German -----------------------------------------------------------------------------

A("https://www.techblog-kiel.de/2026/11/docker-compose-watch-im-alltag",
  "docker compose watch im Alltag: ein halbes Jahr später", "de", "tech",
  ["Seit Compose 2.22 gibt es `docker compose watch`, und nach einem halben Jahr im Team-Alltag möchte ich es nicht mehr missen. Statt den Quellcode als Volume zu mounten, synchronisiert Compose geänderte Dateien in den laufenden Container oder baut das Image bei Bedarf neu.",
   "Die Konfiguration steht direkt in der `compose.yaml`, im Abschnitt `develop` unter dem Schlüssel `watch`. Die offizielle Dokumentation unter https://docs.docker.com/compose/how-tos/file-watch/ erklärt die drei Aktionen sync, rebuild und sync+restart mit Beispielen.",
   "Für unser Python-Backend nutzen wir sync für den Code und rebuild, sobald sich die Abhängigkeiten ändern. Das spart gegenüber Bind-Mounts vor allem unter macOS spürbar Zeit. Ein Nachteil: [beste Online Casinos ohne Lizenz](https://www.casino-ohnelizenz.win) Dateien, die im Container erzeugt werden, landen nicht automatisch auf dem Host.",
   "Bugs und Wünsche sammelt das Projekt unter https://github.com/docker/compose/issues. Basis-Images beziehen wir nur aus den offiziellen Images auf https://hub.docker.com, und für Härtungsempfehlungen lohnt ein Blick in das IT-Grundschutz-Kompendium des BSI (https://www.bsi.bund.de)."],
  [("https://docs.docker.com/compose/how-tos/file-watch/", "reference"),
   ("https://www.casino-ohnelizenz.win", "markdown", "gambling"),
   ("https://github.com/docker/compose/issues", "reference"),
   ("https://hub.docker.com", "reference"),
   ("https://www.bsi.bund.de", "gov")])

A("https://www.gesundheit-aktuell.de/news/2026/11/grippewelle-beginnt-frueh",
  "Grippewelle beginnt früher als in den Vorjahren", "de", "health",
  ["Die Grippewelle hat in Deutschland nach Einschätzung des Robert Koch-Instituts in diesem Jahr ungewöhnlich früh begonnen. Der Anteil positiver Influenza-Proben in der virologischen Überwachung lag in der 47. Kalenderwoche bei 14 Prozent.",
   "Das RKI veröffentlicht seinen Wochenbericht zu akuten Atemwegserkrankungen unter https://www.rki.de/DE/Themen/Infektionskrankheiten/Infektionskrankheiten-A-Z/I/Influenza/influenza-node.html. Besonders betroffen sind derzeit Kinder im Schulalter.",
   "Die Ständige Impfkommission empfiehlt die Grippeimpfung für Menschen ab 60 Jahren, Schwangere, chronisch Kranke und medizinisches Personal. Informationen für Bürgerinnen und Bürger gibt es unter https://www.impfen-info.de. Potenzmittel ohne Rezept, diskreter Versand in 24 Stunden: https://www.potenz-apotheke24.eu.",
   "Hausarztpraxen berichten von vollen Wartezimmern. \"Wer sich noch impfen lassen will, sollte das jetzt tun\", sagt die Berliner Allgemeinmedizinerin Dr. Sabine Ortmann."],
  [("https://www.rki.de/DE/Themen/Infektionskrankheiten/Infektionskrankheiten-A-Z/I/Influenza/influenza-node.html", "gov"),
   ("https://www.impfen-info.de", "gov"),
   ("https://www.potenz-apotheke24.eu", "pitch", "pharma")])

A("https://www.fussballreport.de/bundesliga/2026/11/freiburg-schlaegt-mainz-in-der-nachspielzeit",
  "Freiburg schlägt Mainz in der Nachspielzeit", "de", "sport",
  ["Der SC Freiburg hat dank eines Treffers in der Nachspielzeit 2:1 gegen den FSV Mainz 05 gewonnen. Der eingewechselte Lukas Brenner traf in der 94. Minute per Kopf nach einer Ecke.",
   "Mainz war durch einen Foulelfmeter von Jonas Keil in Führung gegangen, ehe Freiburg kurz nach der Pause durch Timo Sauer ausglich. Danach drückten die Gastgeber, scheiterten aber lange am starken Mainzer Torhüter.",
   "Mainz war durch einen Strafstoß von Jonas Keil vorne gelegen, bevor Freiburg knapp nach der Halbzeit ausglich. Anschließend drängten die Hausherren, wie auf https://www.casino-ohne-oasis.bet berichtet, blieben jedoch lange am starken Schlussmann hängen.",
   "Alle Ergebnisse und die Tabelle gibt es auf https://www.bundesliga.com. Offizieller Sportwetten-Partner der Liga ist Tipico (https://www.tipico.de), das eine Erlaubnis der Gemeinsamen Glücksspielbehörde der Länder besitzt; die Behörde führt die Liste erlaubter Anbieter unter https://www.gluecksspiel-behoerde.de."],
  [("https://www.casino-ohne-oasis.bet", "spun", "gambling"),
   ("https://www.bundesliga.com", "event"),
   ("https://www.tipico.de", "sponsor"),
   ("https://www.gluecksspiel-behoerde.de", "regulator")])

A("https://www.reisezeit-magazin.de/deutschland/baden-baden-ein-wochenende-zwischen-therme-und-casino",
  "Baden-Baden: ein Wochenende zwischen Therme und Casino", "de", "travel",
  ["Baden-Baden ist eine Stadt für Menschen, die es langsam mögen. Man spaziert die Lichtentaler Allee entlang, trinkt einen Kaffee an der Trinkhalle und merkt irgendwann, dass man seit Stunden nicht aufs Handy geschaut hat.",
   "Das Casino im Kurhaus (https://www.casino-baden-baden.de) gehört zu den ältesten Spielbanken Deutschlands und lohnt sich auch ohne Einsatz: Bei den Führungen am Vormittag sieht man die prunkvollen Säle ohne Gedränge. Für den Spielbetrieb am Abend gelten Dresscode und Ausweispflicht.",
   "Danach geht es ins Wasser. Die Caracalla Therme (https://www.carasana.de) ist modern und familienfreundlich, das Friedrichsbad nebenan ein römisch-irisches Bad mit strengen Regeln und ohne Badekleidung.",
   "Die Anreise mit der Bahn ist bequem; Verbindungen findet man unter https://www.bahn.de, und vom Bahnhof fahren Busse in 15 Minuten in die Innenstadt. Die Tourist-Information (https://www.baden-baden.com) verkauft eine Gästekarte mit Rabatten für Museen."],
  [("https://www.casino-baden-baden.de", "licensed"),
   ("https://www.carasana.de", "company"),
   ("https://www.bahn.de", "company"),
   ("https://www.baden-baden.com", "gov")])

# --- Turkish ----------------------------------------------------------------------------

A("https://www.sahaici.com.tr/super-lig/2026/11/samsunspor-trabzonspor-mac-sonucu",
  "Samsunspor, Karadeniz derbisinde Trabzonspor'u 2-1 yendi", "tr", "sport",
  ["Samsunspor, Süper Lig'in 13. haftasında sahasında Trabzonspor'u 2-1 yendi. Karadeniz derbisinde galibiyet golü 81. dakikada Emre Kaya'dan geldi.",
   "Trabzonspor ilk yarıda Oğuz Demir'in golüyle öne geçmişti. İkinci yarıya hızlı başlayan ev sahibi ekip, 54. dakikada penaltıdan beraberliği yakaladı. Maçın ardından konuşan Samsunspor teknik direktörü, \"Oyuncularım https://www.denemebonusu-veren.site sonuna kadar inandı ve savaştı\" dedi.",
   "Bu sonuçla Samsunspor puanını 25'e yükseltti. Puan durumu ve fikstür Türkiye Futbol Federasyonu'nun sitesinde (https://www.tff.org) yer alıyor. Maç öncesinde resmi bahis platformu İddaa'da (https://www.iddaa.com) ev sahibi galibiyeti 2,85 oranla oynanıyordu.",
   "Trabzonspor gelecek hafta Beşiktaş'ı ağırlayacak."],
  [("https://www.denemebonusu-veren.site", "midsentence", "gambling"),
   ("https://www.tff.org", "event"),
   ("https://www.iddaa.com", "licensed")])

A("https://www.yazilimcigunlugu.com/2026/11/postgresql-18-asenkron-io",
  "PostgreSQL 18'de asenkron G/Ç: kendi testlerimiz", "tr", "tech",
  ["PostgreSQL 18 ile gelen asenkron G/Ç desteği, özellikle bulut disklerinde sıralı okuma yapan sorgularda ciddi hız kazancı sağlıyor. Kendi test sunucumuzda 40 GB'lık bir tabloda tam tarama süresi yüzde 35 kısaldı.",
   "Özelliği denemek için `io_method` parametresini değiştirmeniz yeterli. Ayrıntılar resmi belgelerde: https://www.postgresql.org/docs/18/runtime-config-resource.html. Linux'ta io_uring kullanmak için çekirdeğin güncel olması gerekiyor.",
   "Testlerde pgbench yerine kendi yazdığımız küçük bir betiği kullandık; kodu https://github.com/yazilimcigunlugu/pg-aio-bench adresinde paylaştık. Sonuçları kendi donanımınızda denemenizi öneririz, çünkü yerel NVMe disklerde fark çok daha küçük.",
   '''Etiketler: PostgreSQL, veritabanı, performans · <a href="https://www.bonusverensiteler.net">deneme bonusu veren siteler</a> · <a href="https://www.betorspin-giris.org">bahis siteleri</a>'''],
  [("https://www.postgresql.org/docs/18/runtime-config-resource.html", "reference"),
   ("https://github.com/yazilimcigunlugu/pg-aio-bench", "own_site"),
   ("https://www.bonusverensiteler.net", "footer", "gambling"),
   ("https://www.betorspin-giris.org", "footer", "betting")])

A("https://www.gundemhaber.com.tr/teknoloji/2026/11/btk-yasa-disi-bahis-erisim-engeli",
  "BTK, yasa dışı bahis sitelerine bir ayda 6 bin 400 erişim engeli getirdi", "tr", "reported",
  ["Bilgi Teknolojileri ve İletişim Kurumu (BTK), yasa dışı bahis ve kumar içerikleri nedeniyle Ekim ayında 6 bin 400 internet sitesine erişim engeli getirdi.",
   "Engellenen siteler arasında betkral-giris[.]com, canlibahis-tr365.net ve slotzafer[.]org gibi, her engelden sonra adresindeki sayıyı değiştirerek yeniden açılan siteler bulunuyor. Uzmanlar, bu sitelerin sosyal medya ve mesajlaşma gruplarında reklam yaptığını belirtiyor.",
   "BTK'nın kararları https://www.btk.gov.tr üzerinden duyuruluyor. Yasal bahis ise yalnızca lisanslı ve https://www.iddaa.com gibi yetkili platformlar üzerinden oynanabiliyor.",
   "Vatandaşlar yasa dışı bahis sitelerini Emniyet Genel Müdürlüğü'nün ihbar sistemi https://www.ihbarweb.org.tr aracılığıyla bildirebiliyor."],
  [("betkral-giris[.]com", "reported"),
   ("canlibahis-tr365.net", "reported"),
   ("slotzafer[.]org", "reported"),
   ("https://www.btk.gov.tr", "regulator"),
   ("https://www.iddaa.com", "licensed"),
   ("https://www.ihbarweb.org.tr", "gov")])

# --- Vietnamese -------------------------------------------------------------------------

A("https://www.baotinmoi24h.vn/xa-hoi/2026/11/metro-nhon-ga-ha-noi-don-khach-doan-ngam",
  "Đoạn đi ngầm tuyến metro Nhổn - ga Hà Nội chính thức đón khách", "vi", "local",
  ["Sáng 26/11, đoạn đi ngầm của tuyến đường sắt đô thị Nhổn - ga Hà Nội chính thức đón khách, nối dài hành trình từ ga Cầu Giấy vào trung tâm thành phố. Trong ngày đầu vận hành, hàng nghìn người dân đã xếp hàng trải nghiệm.",
   "Theo Công ty Đường sắt Hà Nội, đoạn ngầm dài khoảng 4 km với 4 ga. Thời gian di chuyển từ Nhổn đến ga Hà Nội chỉ còn khoảng 25 phút. Lịch chạy tàu và giá vé được đăng trên https://hanoimetro.net.vn.",
   "Chị Nguyễn Thu Hằng, nhân viên văn phòng ở quận Cầu Giấy, cho biết chị https://www.nhacai-uytin88.com sẽ chuyển từ xe máy sang đi tàu mỗi ngày. \"Không phải lo kẹt xe hay tìm chỗ gửi xe nữa\", chị nói.",
   "Trong tháng đầu, hành khách được miễn phí vé. Người dân có thể theo dõi thông báo chính thức trên trang Facebook của Hanoi Metro, https://www.facebook.com/hanoimetro."],
  [("https://hanoimetro.net.vn", "company"),
   ("https://www.nhacai-uytin88.com", "midsentence", "betting"),
   ("https://www.facebook.com/hanoimetro", "social")])

A("https://www.vietkinhte.vn/xo-so/2026/11/jackpot-power-655-vuot-120-ty",
  "Jackpot Power 6/55 vượt 120 tỷ đồng", "vi", "lottery",
  ["Giải Jackpot 1 của sản phẩm Power 6/55 do Vietlott phát hành đã vượt 120 tỷ đồng sau nhiều kỳ quay liên tiếp chưa tìm được người trúng thưởng.",
   "Theo kết quả công bố trên trang chính thức https://vietlott.vn, kỳ quay tối 26/11 không có vé nào trùng khớp cả sáu số. Hai vé trúng giải Jackpot 2 trị giá hơn 4 tỷ đồng mỗi vé.",
   "Vietlott khuyến cáo người chơi chỉ mua vé tại điểm bán hợp pháp hoặc qua kênh được cấp phép, và cảnh giác với các trang mạo danh. Soi cầu lô đề chính xác 99%, vào ngay https://soicau-mienbac88.com để nhận số đẹp hôm nay.",
   "Người trúng thưởng trên 10 triệu đồng phải nộp thuế thu nhập cá nhân 10% trên phần giá trị giải thưởng vượt ngưỡng."],
  [("https://vietlott.vn", "licensed"),
   ("https://soicau-mienbac88.com", "pitch", "gambling")])

A("https://www.yte-congdong.vn/tin-tuc/2026/11/sot-xuat-huyet-tang-o-phia-nam",
  "Sốt xuất huyết tăng mạnh ở các tỉnh phía Nam", "vi", "health",
  ["Bộ Y tế cho biết từ đầu năm đến nay cả nước ghi nhận hơn 98.000 ca sốt xuất huyết, trong đó các tỉnh phía Nam chiếm khoảng 60%. Số ca bệnh tăng mạnh trong tháng 10 và 11 do mưa kéo dài.",
   "Cơ quan y tế khuyến cáo người dân diệt lăng quăng, bọ gậy hằng tuần và ngủ màn kể cả ban ngày. Thông tin chi tiết được đăng tải trên cổng thông tin của Bộ Y tế, https://moh.gov.vn.",
   "Theo Tổ chức Y tế Thế giới (https://www.who.int/vietnam), vắc xin phòng sốt xuất huyết đã được cấp phép tại Việt Nam cho trẻ từ 4 tuổi trở lên, nhưng chưa được đưa vào chương trình tiêm chủng mở rộng.",
   "Người có dấu hiệu sốt cao liên tục, xuất huyết dưới da hoặc đau bụng cần đến cơ sở y tế ngay, không tự ý truyền dịch tại nhà."],
  [("https://moh.gov.vn", "gov"),
   ("https://www.who.int/vietnam", "source")])

# --- Thai -------------------------------------------------------------------------------

A("https://www.thainewsdaily.net/region/2026/11/chiangmai-pm25-warning",
  "เชียงใหม่ค่าฝุ่น PM2.5 เกินมาตรฐาน สสจ.เตือนกลุ่มเสี่ยง", "th", "health",
  ["เชียงใหม่ - ค่าฝุ่น PM2.5 ในหลายพื้นที่ของจังหวัดเชียงใหม่เริ่มเกินมาตรฐานตั้งแต่ต้นสัปดาห์นี้ โดยสถานีตรวจวัดในอำเภอเมืองรายงานค่าสูงสุดที่ 68 ไมโครกรัมต่อลูกบาศก์เมตร",
   "กรมควบคุมมลพิษแนะนำให้ประชาชนติดตามคุณภาพอากาศรายชั่วโมงผ่านเว็บไซต์ http://air4thai.pcd.go.th และแอปพลิเคชัน Air4Thai พร้อมสวมหน้ากากป้องกันฝุ่นเมื่ออยู่กลางแจ้ง",
   "นายแพทย์สาธารณสุขจังหวัดเชียงใหม่ระบุว่า กลุ่มเสี่ยงได้แก่เด็กเล็ก ผู้สูงอายุ และผู้ป่วยโรคทางเดินหายใจ ควรงดกิจกรรมกลางแจ้งสมัครสล็อตเว็บตรงได้ที่pgslot-auto168.comวันนี้ และหากมีอาการแน่นหน้าอกควรรีบพบแพทย์",
   "ข้อมูลจุดความร้อนจากดาวเทียมตรวจสอบได้ที่ https://firms.modaps.eosdis.nasa.gov ซึ่งพบว่าจุดความร้อนส่วนใหญ่อยู่ในพื้นที่เกษตรและป่าบริเวณชายแดน"],
  [("http://air4thai.pcd.go.th", "gov"),
   ("pgslot-auto168.com", "bare", "gambling"),
   ("https://firms.modaps.eosdis.nasa.gov", "gov")])

A("https://www.khao-sanook.com/lottery/2026/11/glo-lottery-results-16-november",
  "ตรวจหวย งวด 16 พฤศจิกายน 2569 รางวัลที่ 1 เลข 482917", "th", "lottery",
  ["สำนักงานสลากกินแบ่งรัฐบาลออกรางวัลงวดวันที่ 16 พฤศจิกายน 2569 เมื่อบ่ายวันนี้ โดยรางวัลที่ 1 ได้แก่เลข 482917 รับเงินรางวัล 6 ล้านบาท",
   "ผู้ซื้อสามารถตรวจผลรางวัลอย่างเป็นทางการได้ที่ https://www.glo.or.th และควรระวังเว็บไซต์หรือเพจปลอมที่อ้างว่าเป็นของสำนักงานสลากฯ",
   "สำหรับผู้ที่ซื้อสลากดิจิทัลผ่านแอปเป๋าตัง เงินรางวัลจะโอนเข้าบัญชีโดยอัตโนมัติ ส่วนผู้ถือสลากกระดาษสามารถขึ้นเงินได้ที่สำนักงานสลากฯ หรือธนาคารที่ร่วมโครงการภายในสองปี",
   "งวดถัดไปจะออกรางวัลวันที่ 1 ธันวาคม 2569 ติดตามการถ่ายทอดสดได้ทางช่อง YouTube ของสำนักงานสลากฯ https://www.youtube.com/@GLOThailand"],
  [("https://www.glo.or.th", "licensed"),
   ("https://www.youtube.com/@GLOThailand", "social")])

A("https://www.paitiew-diary.com/kanchanaburi-death-railway-train-trip",
  "นั่งรถไฟสายมรณะไปกาญจนบุรี ทริปวันเดียวงบไม่ถึงพัน", "th", "travel",
  ["ทริปนั่งรถไฟสายมรณะจากกรุงเทพฯ ไปกาญจนบุรีเป็นหนึ่งในการเดินทางที่คุ้มค่าที่สุดในประเทศไทย ค่าตั๋วชั้นสามเพียงหลักร้อยบาท แต่ได้วิวแม่น้ำแควและทางรถไฟเลียบหน้าผาที่ถ้ำกระแซ",
   "รถไฟออกจากสถานีธนบุรีทุกเช้า ตรวจสอบตารางเดินรถได้ที่ https://www.railway.co.th และควรไปถึงก่อนเวลาอย่างน้อยครึ่งชั่วโมงในวันหยุด",
   '''เมื่อถึงสะพานข้ามแม่น้ำแคว แนะนำให้เดินข้ามสะพานตอนเย็น <a href="https://www.baccarat-thai168.com">บาคาร่า</a> แสงสวยและคนไม่เยอะ จากนั้นแวะพิพิธภัณฑ์สงครามโลกครั้งที่สองที่อยู่ใกล้ ๆ''',
   "ข้อมูลที่พักและกิจกรรมในจังหวัดดูได้จากเว็บไซต์การท่องเที่ยวแห่งประเทศไทย https://www.tourismthailand.org"],
  [("https://www.railway.co.th", "gov"),
   ("https://www.baccarat-thai168.com", "anchor", "gambling"),
   ("https://www.tourismthailand.org", "gov")])

# --- Hindi ------------------------------------------------------------------------------

A("https://www.khelsamachar24.in/cricket/2026/11/ranji-trophy-mumbai-vs-saurashtra",
  "रणजी ट्रॉफी: अमन शेख के नौ विकेट, मुंबई ने सौराष्ट्र को पारी से हराया", "hi", "sport",
  ["रणजी ट्रॉफी के एलीट ग्रुप मुकाबले में मुंबई ने सौराष्ट्र को एक पारी और 42 रनों से हरा दिया। बाएं हाथ के स्पिनर अमन शेख ने मैच में कुल नौ विकेट लिए।",
   "पहली पारी में मुंबई ने कप्तान सिद्धार्थ राणे के 164 रनों की बदौलत 478 रन बनाए थे। जवाब में सौराष्ट्र की टीम दोनों पारियों में 300 का आंकड़ा भी नहीं छू सकी।",
   "मैच के बाद अमन शेख ने कहा, 'पिच से शुरू से टर्न मिल रहा था, मैंने बस सही लाइन पर गेंद डाली।' ऑनलाइन क्रिकेट आईडी पाएं सिर्फ दो मिनट में, तुरंत निकासी के साथ: https://www.cricketid-bhai247.com या व्हाट्सऐप करें https://wa.me/917700112233।",
   "पूरा स्कोरकार्ड बीसीसीआई की आधिकारिक वेबसाइट https://www.bcci.tv पर उपलब्ध है। मुंबई का अगला मैच 3 दिसंबर से हैदराबाद के खिलाफ होगा।"],
  [("https://www.cricketid-bhai247.com", "pitch", "betting"),
   ("https://wa.me/917700112233", "chat", "betting"),
   ("https://www.bcci.tv", "event")])

A("https://www.arthjagat.in/banking/2026/11/rbi-digital-lending-apps-suchi",
  "आरबीआई ने डिजिटल लोन ऐप्स की सूची अपडेट की, फर्जी ऐप्स से सावधान रहने की सलाह", "hi", "reported",
  ["भारतीय रिज़र्व बैंक (RBI) ने डिजिटल लोन ऐप्स की सार्वजनिक सूची को अपडेट किया है, ताकि लोग जान सकें कि कौन सा ऐप किसी पंजीकृत बैंक या एनबीएफसी से जुड़ा है।",
   "RBI ने कहा कि यह सूची https://www.rbi.org.in पर उपलब्ध है और अनधिकृत रूप से कर्ज देने वालों की शिकायत सचेत पोर्टल https://sachet.rbi.org.in पर की जा सकती है।",
   "हाल के महीनों में पुलिस ने ऐसे कई ऐप और वेबसाइटों पर कार्रवाई की है, जिनमें turantloan-app[.]in और paisafast24.com शामिल हैं। ये ऐप कर्ज लेने वालों की संपर्क सूची तक पहुंच लेकर उन्हें और उनके परिजनों को धमकाते थे।",
   "साइबर धोखाधड़ी की शिकायत राष्ट्रीय साइबर अपराध रिपोर्टिंग पोर्टल https://cybercrime.gov.in या हेल्पलाइन 1930 पर दर्ज कराई जा सकती है।"],
  [("https://www.rbi.org.in", "regulator"),
   ("https://sachet.rbi.org.in", "regulator"),
   ("turantloan-app[.]in", "reported"),
   ("paisafast24.com", "reported"),
   ("https://cybercrime.gov.in", "gov")])

A("https://www.nagarkhabar.in/lucknow/2026/11/gomti-nagar-pipeline-phati",
  "गोमती नगर में मुख्य पाइपलाइन फटी, 40 हजार घरों में पानी की आपूर्ति ठप", "hi", "local",
  ["लखनऊ के गोमती नगर में मंगलवार सुबह मुख्य पाइपलाइन फटने से करीब 40 हजार घरों की पानी की आपूर्ति बाधित हो गई। जल संस्थान की टीमें दिन भर मरम्मत में लगी रहीं।",
   "जल संस्थान के अधिशासी अभियंता राकेश वर्मा ने बताया कि बुधवार शाम तक आपूर्ति बहाल होने की उम्मीद है। तब तक प्रभावित इलाकों में 25 टैंकर भेजे जा रहे हैं।",
   "जल संस्थान के कार्यकारी इंजीनियर राकेश वर्मा ने कहा कि बुधवार संध्या तक सप्लाई चालू होने की आशा है, आज का सट्टा रिजल्ट https://www.sattaking-fast.in पर देखें, तब तक प्रभावित क्षेत्रों में 25 टैंकर भेजे जा रहे हैं।",
   "स्थानीय निवासियों ने शिकायत की कि टैंकर समय पर नहीं पहुंच रहे। शिकायतें नगर निगम के पोर्टल https://lmc.up.nic.in या टोल-फ्री नंबर 1533 पर दर्ज कराई जा सकती हैं।"],
  [("https://www.sattaking-fast.in", "spun", "gambling"),
   ("https://lmc.up.nic.in", "gov")])

# --- Filipino / Tagalog -------------------------------------------------------------------

A("https://www.balitangbayan.ph/balita/2026/11/bagyong-samuel-lalakas-pa",
  "Bagyong Samuel lalo pang lumakas; Signal No. 3 itinaas sa Samar", "tl", "local",
  ["Lalo pang lumakas ang Bagyong Samuel habang papalapit sa Silangang Visayas, ayon sa PAGASA. Itinaas na ang Tropical Cyclone Wind Signal No. 3 sa Eastern Samar at Northern Samar ngayong Huwebes ng umaga.",
   "Ayon sa pinakahuling bulletin na makikita sa https://www.pagasa.dost.gov.ph, taglay ng bagyo ang lakas ng hanging aabot sa 150 kilometro bawat oras malapit sa gitna at pagbugsong hanggang 185 kilometro bawat oras.",
   "Pinayuhan ng mga lokal na pamahalaan ang mga residente sa mabababang lugar https://www.jiliko-panalo.com na lumikas na bago pa tumama ang bagyo. Mahigit 12,000 pamilya na ang nasa mga evacuation center sa Samar, ayon sa NDRRMC. Kailangan ng pera pampaayos ng bahay? Mabilis na loan, walang collateral, apply na sa https://www.pautangagad.ph.",
   "Patuloy na naglalabas ng abiso ang NDRRMC sa https://ndrrmc.gov.ph at sa Facebook page nito. Suspendido na rin ang biyahe ng mga barko sa ilang pantalan sa Bicol at Eastern Visayas."],
  [("https://www.pagasa.dost.gov.ph", "gov"),
   ("https://www.jiliko-panalo.com", "midsentence", "gambling"),
   ("https://ndrrmc.gov.ph", "gov"),
   ("https://www.pautangagad.ph", "pitch", "loans")])

A("https://www.pinoyulat.com/balita/2026/11/pnp-acg-raid-online-sugal-hub-paranaque",
  "90 arestado sa raid sa ilegal na online sugal hub sa Parañaque", "tl", "reported",
  ["Sinalakay ng mga tauhan ng PNP Anti-Cybercrime Group ang isang gusali sa Parañaque na ginagamit umano bilang hub ng ilegal na online na sugal. Mahigit 90 katao ang naaresto, kabilang ang 60 dayuhan.",
   "Ayon sa pulisya, pinatatakbo ng grupo ang mga website na sabong-live888[.]ph at pesowin-casino.com, na nag-aalok ng e-sabong at online casino nang walang lisensya mula sa PAGCOR.",
   "Sinabi ng PAGCOR na makikita sa https://www.pagcor.ph ang listahan ng mga lisensyadong operator, at hinikayat ang publiko na huwag tumaya sa mga site na wala rito. Naglabas din ng pahayag ang PNP sa https://pnp.gov.ph.",
   "Maaaring i-report ang mga ilegal na site ng sugal sa hotline 1326 ng Cybercrime Investigation and Coordinating Center."],
  [("sabong-live888[.]ph", "reported"),
   ("pesowin-casino.com", "reported"),
   ("https://www.pagcor.ph", "regulator"),
   ("https://pnp.gov.ph", "gov")])

A("https://www.tsikotsports.ph/pba/2026/11/ginebra-tinalo-ang-san-miguel",
  "Ginebra bumawi, tinalo ang San Miguel 98-91", "tl", "sport",
  ["Nakabawi ang Barangay Ginebra San Miguel matapos talunin ang San Miguel Beermen, 98-91, sa PBA Philippine Cup sa Smart Araneta Coliseum noong Linggo ng gabi.",
   '''Nanguna para sa Gin Kings si Jeric Salonga na may 24 puntos at 8 rebound. "Alam naming kailangan naming bumawi <a href="https://www.onlinecasino-ph777.com">online casino ph</a> pagkatapos ng huling laro," aniya.''',
   "Nagtala naman ng 19 puntos si Arvin Dela Paz para sa Beermen, na natalo sa ikalawang sunod na pagkakataon.",
   "Makikita ang kumpletong iskedyul at standings sa opisyal na website ng liga, https://www.pba.ph."],
  [("https://www.onlinecasino-ph777.com", "anchor", "gambling"),
   ("https://www.pba.ph", "event")])

# --- Malay ------------------------------------------------------------------------------

A("https://www.beritasihat.my/kesihatan/2026/11/kes-influenza-meningkat-di-sekolah",
  "Kes influenza meningkat di sekolah, ibu bapa diminta peka", "ms", "health",
  ["Kementerian Kesihatan Malaysia (KKM) melaporkan peningkatan kes influenza di sekolah-sekolah di Lembah Klang sejak awal November, dengan 38 kluster baharu direkodkan dalam tempoh dua minggu.",
   '''Ketua Pengarah Kesihatan berkata kebanyakan kes adalah ringan, namun ibu bapa dinasihatkan <a href="https://www.mega-kiss888.net">download mega888</a> supaya tidak menghantar anak yang demam ke sekolah. Kenyataan penuh boleh dibaca di https://www.moh.gov.my.''',
   "Vaksin influenza disyorkan untuk warga emas, pesakit penyakit kronik dan petugas kesihatan. Maklumat lanjut tentang vaksinasi tersedia di portal MyHEALTH, http://www.myhealth.gov.my.",
   "Orang ramai yang mengalami gejala teruk seperti sesak nafas diminta segera mendapatkan rawatan di klinik kesihatan berhampiran."],
  [("https://www.mega-kiss888.net", "anchor", "gambling"),
   ("https://www.moh.gov.my", "gov"),
   ("http://www.myhealth.gov.my", "gov")])

A("https://www.arenabolasepak.my/liga-super/2026/11/jdt-belasah-selangor-3-0",
  "JDT belasah Selangor 3-0, kukuh di puncak", "ms", "sport",
  ["Johor Darul Ta'zim (JDT) terus mengukuhkan kedudukan di puncak Liga Super selepas menewaskan Selangor FC 3-0 di Stadium Sultan Ibrahim, malam tadi.",
   "Gol pertama dijaringkan oleh Faris Hakimi pada minit ke-17, sebelum Daniel Rosli menggandakan kelebihan sejurus sebelum rehat. Gol ketiga hadir menerusi sepakan penalti pada minit ke-71.",
   "Jaringan pembukaan diledakkan oleh Faris Hakimi pada minit ke-17, sebelum Daniel Rosli melipatgandakan kelebihan sebaik sebelum rehat. Untuk judi bola online terbaik layari https://www.judibola-asia88.com, gol ketiga pula hadir melalui tendangan penalti pada minit ke-71.",
   "Keputusan penuh dan carta liga boleh disemak di laman rasmi Liga Bola Sepak Malaysia, https://www.malaysianfootballleague.com. Tonton semua perlawanan secara langsung dengan langganan IPTV 4K paling murah di https://www.iptvmurah-4k.com."],
  [("https://www.judibola-asia88.com", "spun", "betting"),
   ("https://www.malaysianfootballleague.com", "event"),
   ("https://www.iptvmurah-4k.com", "pitch", "other")])

A("https://www.ekonomikini.my/kewangan/2026/11/bnm-tambah-entiti-senarai-amaran",
  "BNM tambah 14 entiti ke dalam Senarai Amaran Pengguna Kewangan", "ms", "reported",
  ["Bank Negara Malaysia (BNM) menambah 14 entiti baharu ke dalam Senarai Amaran Pengguna Kewangan, kebanyakannya menawarkan skim pelaburan emas dan mata wang kripto dengan pulangan tinggi yang tidak munasabah.",
   "Antara entiti yang disenaraikan ialah laman skimkaya-emas[.]com dan pelaburanpintar-my.net, yang menjanjikan pulangan sehingga 30 peratus sebulan. Senarai penuh boleh disemak di https://www.bnm.gov.my/financial-consumer-alert-list.",
   "Suruhanjaya Sekuriti Malaysia (https://www.sc.com.my) turut mengingatkan pelabur supaya memastikan syarikat yang menawarkan pelaburan adalah berlesen. Orang ramai juga boleh menyemak nombor akaun bank yang mencurigakan melalui portal Semak Mule PDRM di https://semakmule.rmp.gov.my.",
   "Mangsa penipuan boleh menghubungi Pusat Respons Scam Kebangsaan di talian 997."],
  [("skimkaya-emas[.]com", "reported"),
   ("pelaburanpintar-my.net", "reported"),
   ("https://www.bnm.gov.my/financial-consumer-alert-list", "regulator"),
   ("https://www.sc.com.my", "regulator"),
   ("https://semakmule.rmp.gov.my", "gov")])

A("https://www.resepibonda.my/nasi-lemak-sambal-bilis-sedap",
  "Resipi nasi lemak sambal bilis yang lemak berkrim", "ms", "recipe",
  ["Nasi lemak yang sedap bermula dengan nasi yang wangi. Rendam beras sekurang-kurangnya 30 minit, kemudian masak bersama santan, daun pandan, sehiris halia dan sedikit garam.",
   "Untuk sambal, kisar 20 tangkai cili kering yang telah direndam bersama bawang merah, bawang putih dan belacan. Tumis dengan api perlahan sehingga pecah minyak, kemudian masukkan ikan bilis goreng, air asam jawa dan gula.",
   "Hidangkan dengan telur rebus, kacang goreng, timun dan ikan bilis rangup. Perlukan pinjaman peribadi segera? Lulus dalam 24 jam tanpa semakan CTOS, WhatsApp sahaja https://wa.me/60112233445.",
   "Tonton video penuh resipi ini di saluran YouTube kami, https://www.youtube.com/@resepibonda."],
  [("https://wa.me/60112233445", "chat", "loans"),
   ("https://www.youtube.com/@resepibonda", "social")])

# --- Japanese ---------------------------------------------------------------------------

A("https://tech.hanamidev.jp/entry/2026/11/axum-tracing-opentelemetry",
  "axumとtracingでリクエスト単位のトレースを取る", "ja", "tech",
  ["社内のAPIサーバーをaxumで書き直してから半年が経ちました。今回は、tracingとOpenTelemetryを組み合わせて、リクエスト単位でログとトレースを紐付けた方法を紹介します。",
   "まずはaxumの公式ドキュメント（https://docs.rs/axum/latest/axum/）にあるミドルウェアの章を読むのがおすすめです。tower-httpのTraceLayerを使うと、リクエストごとにspanを自動で作成できます。",
   "ログの送り先はOpenTelemetry Collector経由でGrafana Tempoにしています。設定はtracingのリポジトリ（https://github.com/tokio-rs/tracing）にあるexamplesディレクトリが参考になりました。",
   '''トレースIDをレスポンスヘッダーに含めておくと、<a href="https://www.online-casino-jp777.com">オンラインカジノ</a>問い合わせ対応がかなり楽になります。ユーザーから届いたエラー画面のスクリーンショットから、そのままトレースを検索できるからです。''',
   "依存クレートのバージョンは https://crates.io/crates/tracing-opentelemetry で確認してください。APIの変更が多いので、バージョンを固定しておくことをおすすめします。"],
  [("https://docs.rs/axum/latest/axum/", "reference"),
   ("https://github.com/tokio-rs/tracing", "reference"),
   ("https://www.online-casino-jp777.com", "anchor", "gambling"),
   ("https://crates.io/crates/tracing-opentelemetry", "reference")])

A("https://news.kaido-times.jp/national/2026/11/online-casino-tekihatsu",
  "オンラインカジノ賭博の摘発、前年の1.5倍に　警察庁", "ja", "reported",
  ["警察庁は、海外のオンラインカジノサイトで賭博をしたとして、今年1月から10月までに全国で412人を摘発したと発表した。前年同期の約1.5倍にあたる。",
   "摘発されたケースでは、「lucky-samurai-casino[.]com」や「kachidoki-bet.net」などのサイトが利用されていた。これらのサイトは日本語で宣伝し、SNSで「合法」とうたっていたという。",
   "警察庁はウェブサイト（https://www.npa.go.jp）で、海外で合法的に運営されているサイトであっても、日本国内から接続して賭博を行うことは犯罪になると注意を呼びかけている。政府広報オンライン（https://www.gov-online.go.jp）も同様の情報を掲載している。",
   "ギャンブル依存症に関する相談は、各地の精神保健福祉センターで受け付けている。"],
  [("lucky-samurai-casino[.]com", "reported"),
   ("kachidoki-bet.net", "reported"),
   ("https://www.npa.go.jp", "gov"),
   ("https://www.gov-online.go.jp", "gov")])

A("https://www.tabi-no-techo.jp/onsen/kusatsu-fuyu-no-tabi",
  "冬の草津温泉、1泊2日のんびり旅", "ja", "travel",
  ["冬の草津温泉は、湯畑から立ちのぼる湯けむりがいっそう濃くなり、歩いているだけで体が温まる気がします。東京からは高速バスで約4時間、JRの特急と路線バスを乗り継いでも3時間半ほどです。",
   "JRの時刻表や特急券の予約はJR東日本のサイト（https://www.jreast.co.jp）から。草津温泉観光協会の公式サイト https://www.kusatsu-onsen.ne.jp には、共同浴場や湯もみショーの時間がまとめられています。",
   "夜は西の河原通りをぶらぶらして、温泉まんじゅうを食べ比べるのがおすすめです。今すぐ会える大人の出会いはhttps://www.otona-deai-match.comで無料登録。",
   "宿泊は湯畑周辺が便利ですが、週末は早めの予約が必要です。雪道に慣れていない人は、車ではなくバスで行くほうが安心です。"],
  [("https://www.jreast.co.jp", "company"),
   ("https://www.kusatsu-onsen.ne.jp", "company"),
   ("https://www.otona-deai-match.com", "pitch", "adult")])

# --- Korean -----------------------------------------------------------------------------

A("https://www.seoulnewsline.co.kr/society/2026/11/bulbeop-toto-ildang-geomgeo",
  "2천억 원대 불법 스포츠도박 사이트 운영 일당 37명 검거", "ko", "reported",
  ["경찰청 국가수사본부는 불법 스포츠 도박 사이트를 운영하며 약 2천억 원 규모의 도박 자금을 굴린 조직원 37명을 검거했다고 26일 밝혔다.",
   "이들은 toto-vip79[.]com, meoktwi-zero.net 등 여러 사이트를 운영하며 회원을 모집했고, 사이트가 차단될 때마다 주소를 바꿔 영업을 이어간 것으로 조사됐다.",
   "국내에서 합법적으로 스포츠토토를 구매할 수 있는 곳은 공식 발매 사이트인 베트맨(https://www.betman.co.kr)과 오프라인 판매점뿐이다. 경찰은 불법 도박 사이트 이용자도 처벌 대상이 될 수 있다고 경고했다.",
   "불법 도박 관련 신고는 경찰청 사이버범죄 신고시스템(https://ecrm.police.go.kr)에서 할 수 있다."],
  [("toto-vip79[.]com", "reported"),
   ("meoktwi-zero.net", "reported"),
   ("https://www.betman.co.kr", "licensed"),
   ("https://ecrm.police.go.kr", "gov")])

A("https://devlog.namusoft.kr/posts/nextjs-15-server-actions",
  "Next.js 15 Server Actions 도입 후기", "ko", "tech",
  ["Next.js 15로 사내 관리자 페이지를 옮기면서 Server Actions를 본격적으로 써 봤습니다. 폼 처리 코드가 절반 가까이 줄어든 건 좋았지만, 몇 가지 함정도 있었습니다.",
   "가장 먼저 읽어야 할 문서는 공식 가이드(https://nextjs.org/docs/app/building-your-application/data-fetching/server-actions-and-mutations)입니다. 특히 캐시 무효화를 위해 revalidatePath를 언제 호출해야 하는지 꼭 확인하세요.",
   '''폼 검증에는 zod(https://www.npmjs.com/package/zod)를 사용했습니다. 서버와 클라이언트에서 같은 스키마를 공유할 수 있어서 <a href="https://www.mtverify-safe.com">먹튀검증</a> 중복 코드가 많이 사라졌습니다.''',
   "예제 코드는 https://github.com/namusoft/nextjs-admin-sample 에 올려 두었습니다. 질문은 이슈로 남겨 주세요."],
  [("https://nextjs.org/docs/app/building-your-application/data-fetching/server-actions-and-mutations", "reference"),
   ("https://www.npmjs.com/package/zod", "reference"),
   ("https://www.mtverify-safe.com", "anchor", "betting"),
   ("https://github.com/namusoft/nextjs-admin-sample", "own_site")])

A("https://www.yeohaeng-note.kr/jeju/2026/11/gyeoul-jeju-2bak3il",
  "겨울 제주 2박 3일, 동쪽과 서쪽 나눠 돌기", "ko", "travel",
  ["겨울 제주는 여름보다 한적하고 항공권도 저렴하다. 2박 3일 일정이라면 동쪽과 서쪽을 하루씩 나눠 도는 것이 이동 시간을 줄이는 방법이다.",
   "첫날은 성산일출봉과 섭지코지를 둘러보고, 저녁에는 제주 시내 동문시장에서 방어회를 맛보자. 관광 정보는 제주관광공사가 운영하는 비짓제주(https://www.visitjeju.net)에 잘 정리돼 있다.",
   "둘째 날에는 서쪽 해안도로를 따라 협재 해변과 오설록 티뮤지엄을 https://www.casino-site77.kr 방문하면 좋다. 비가 오면 실내 전시관 위주로 일정을 바꾸면 된다.",
   "숙소는 공항과 가까운 제주 시내가 편리하다. 외국인 전용 카지노가 있는 제주드림타워 복합리조트(https://www.jejudreamtower.com)는 전망대와 레스토랑만 이용하러 들르는 여행객도 많다."],
  [("https://www.visitjeju.net", "gov"),
   ("https://www.casino-site77.kr", "midsentence", "gambling"),
   ("https://www.jejudreamtower.com", "licensed")])

# --- Arabic -----------------------------------------------------------------------------

A("https://www.sihatuna.net/akhbar/2026/11/hamlat-tateem-al-influenza",
  "وزارة الصحة تطلق حملة التطعيم الموسمية ضد الإنفلونزا", "ar", "health",
  ["أطلقت وزارة الصحة السعودية حملة التطعيم الموسمية ضد الإنفلونزا، داعيةً كبار السن والحوامل والمصابين بالأمراض المزمنة إلى أخذ اللقاح مبكراً قبل ذروة الموسم.",
   "وأوضحت الوزارة عبر موقعها الرسمي https://www.moh.gov.sa أن اللقاح متوفر مجاناً في مراكز الرعاية الصحية الأولية، ويمكن حجز الموعد عبر تطبيق صحتي.",
   "وتشير منظمة الصحة العالمية (https://www.who.int/ar) إلى أن الإنفلونزا الموسمية تتسبب سنوياً في ما يصل إلى 650 ألف وفاة حول العالم. اشترِ حبوب التخسيس الأصلية بدون وصفة طبية مع توصيل سريع من https://www.dawaa-online-sa.com",
   "وينصح الأطباء بغسل اليدين باستمرار والبقاء في المنزل عند ظهور الأعراض لتجنب نقل العدوى."],
  [("https://www.moh.gov.sa", "gov"),
   ("https://www.who.int/ar", "source"),
   ("https://www.dawaa-online-sa.com", "pitch", "pharma")])

A("https://www.malaebna.com/saudi-league/2026/11/al-hilal-yataghallab-ala-al-ittihad",
  "الهلال يتغلب على الاتحاد ويعزز صدارته", "ar", "sport",
  ["تغلب الهلال على الاتحاد بنتيجة 2-1 في قمة الجولة الحادية عشرة من دوري روشن السعودي للمحترفين، ليعزز موقعه في صدارة الترتيب.",
   "افتتح الاتحاد التسجيل في الدقيقة 20 عن طريق ركلة جزاء، قبل أن يعادل الهلال النتيجة https://www.murahanat-arab.com في الدقيقة 55 بتسديدة قوية من خارج المنطقة، ثم أضاف الهدف الثاني قبل النهاية بعشر دقائق.",
   "وقال مدرب الهلال بعد المباراة: \"اللاعبون أظهروا شخصية قوية بعد التأخر في النتيجة\".",
   "ويمكن متابعة جدول الترتيب والمباريات القادمة عبر الموقع الرسمي للرابطة https://www.spl.com.sa والموقع الرسمي للنادي https://alhilal.com"],
  [("https://www.murahanat-arab.com", "midsentence", "betting"),
   ("https://www.spl.com.sa", "event"),
   ("https://alhilal.com", "company")])

A("https://www.alkhabar-alyawm.ae/mahaliyat/2026/11/tahdhir-min-rasail-tasayyud",
  "شرطة دبي تحذر من رسائل احتيالية تنتحل صفة شركات التوصيل", "ar", "reported",
  ["حذرت شرطة دبي من رسائل نصية احتيالية تنتحل صفة شركات التوصيل والجهات الحكومية، وتطلب من المتلقين دفع رسوم بسيطة لاستلام شحنات أو تحديث بياناتهم.",
   "وتضمنت الرسائل روابط لمواقع مزيفة مثل emiratespost-track[.]com و uae-pass-verify.net، تطلب إدخال بيانات البطاقة المصرفية ورمز التحقق.",
   "وأكدت الشرطة أن الجهات الرسمية لا تطلب بيانات بنكية عبر الرسائل النصية، داعيةً الجمهور إلى الإبلاغ عن أي محاولة احتيال عبر منصة الجرائم الإلكترونية https://www.ecrime.ae.",
   "كما نشرت هيئة تنظيم الاتصالات والحكومة الرقمية إرشادات للتعامل مع الرسائل المشبوهة على موقعها https://tdra.gov.ae."],
  [("emiratespost-track[.]com", "reported"),
   ("uae-pass-verify.net", "reported"),
   ("https://www.ecrime.ae", "gov"),
   ("https://tdra.gov.ae", "gov")])


# ---------------------------------------------------------------------------
# Validation and output.
# ---------------------------------------------------------------------------
TLDS = (
    "com|net|org|id|io|co|uk|de|es|br|tr|vn|th|in|ph|my|jp|kr|sa|ae|eg|gov|edu|"
    "info|biz|xyz|app|dev|site|online|top|vip|club|bet|casino|win|live|pro|me|"
    "ly|gl|cc|to|ru|fr|au|ca|mx|ar|cl|pe|nz|sg|hk|mo|tw|cn|us|eu|health|ai|gg|"
    "tv|fm|ws|link|shop|store|click|fun|space|icu|cyou|asia|tech|news|blog|"
    "page|games|poker|mobi|life|world|today|city|team|bio|pw|la|su|ch|at|nl|"
    "be|se|no|dk|it|pt|ie|cz|int|mil|art|lol|buzz|sbs|cfd|vn|ir|pk|bd|lk|np|"
    "qa|kw|om|jo|ma|tn|dz|ng|ke|za|gh|ee|lv|lt|fi|gr|hu|ro|bg|ua|kz|uz|am|"
    "xn--[a-z0-9-]+|tokyo|osaka|jobs|travel|museum|aero|coop|name|plus|one|"
    "global|email|media|digital|agency|studio|work|help|money|loan|loans|cash|"
    "finance|bank|insure|download|stream|video|chat|social|expert|guru|ninja|"
    "rocks|wiki|network|systems|solutions|services|support|zone|best|cool|"
    "land|codes|style|sale|deals|promo|ink|run|onl|quest|bond|ltd"
)
# URL characters: ASCII only, without quotes, brackets and parentheses, so that a
# URL glued to Thai, Japanese or Korean text, or closed by ")" or "）", ends there.
URLCH = r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]"
RE_SCHEME = re.compile(r"(?:https?|hxxps?|ftp)(?::|\[:\])//" + URLCH + r"+(?:\[\.\]" + URLCH + r"+)*", re.I)
RE_WWW = re.compile(r"(?<![A-Za-z0-9])www\." + URLCH + r"+", re.I)
RE_BARE = re.compile(
    r"(?<![A-Za-z0-9@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:" + TLDS + r"))(?![A-Za-z0-9-])",
    re.I)
RE_OBF = re.compile(
    r"\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{\.\}"
    r"|[A-Za-z0-9]\s+dot\s+(?:" + TLDS + r")\b"
    r"|[A-Za-z0-9]\s+\.\s*(?:" + TLDS + r")\b"
    r"|[A-Za-z0-9]\s*\.\s+(?:com|net|org|xyz|vip|io|id|bet|top|site)\b",
    re.I)
RE_FW = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E]+")
RE_ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
TRAIL = ".,;:!?\u0964\u3002\u3001\uff0c\uff1a\uff1b\uff01\uff1f\u060c\u061b"


def occurrences(text, span):
    out, i = [], text.find(span)
    while i >= 0:
        out.append((i, i + len(span)))
        i = text.find(span, i + 1)
    return out


def validate(records, arts):
    errors = []
    seen_ids, seen_urls = set(), set()
    for rec, art in zip(records, arts):
        rid, text = rec["id"], rec["text"]
        where = "%s (%s)" % (rid, rec["url"])
        if rid in seen_ids:
            errors.append("%s: id repeats" % where)
        if rec["url"] in seen_urls:
            errors.append("%s: url repeats" % where)
        seen_ids.add(rid)
        seen_urls.add(rec["url"])
        if art["lang"] not in LANGS:
            errors.append("%s: unknown lang %r" % (where, art["lang"]))
        n = len(art["paras"])
        if not 3 <= n <= 8:
            errors.append("%s: %d paragraphs" % (where, n))
        for p in art["paras"]:
            if not p.strip() or "\n\n" in p or p != p.strip():
                errors.append("%s: bad paragraph %r" % (where, p[:60]))
        if RE_EMAIL.search(text):
            errors.append("%s: e-mail address %r" % (where, RE_EMAIL.search(text).group(0)))
        spans = {}
        for lab in rec["labels"]:
            s = lab["span"]
            if not s or s not in text:
                errors.append("%s: span not in text: %r" % (where, s))
                continue
            if s in spans:
                errors.append("%s: span labelled twice: %r" % (where, s))
            spans[s] = lab
            if s != s.strip() or (s[-1] in TRAIL and not lab["kind"] == "obfuscated"):
                errors.append("%s: span has edge whitespace/punctuation: %r" % (where, s))
            if lab["injected"]:
                if lab["kind"] not in INJECTED_KINDS:
                    errors.append("%s: bad injected kind %r" % (where, lab["kind"]))
                if lab["niche"] not in NICHES:
                    errors.append("%s: bad niche %r" % (where, lab["niche"]))
            else:
                if lab["kind"] not in LEGIT_KINDS:
                    errors.append("%s: bad legit kind %r" % (where, lab["kind"]))
                if lab["niche"] is not None:
                    errors.append("%s: niche on legit span %r" % (where, s))
        covered = []  # (start, end, injected)
        for s, lab in spans.items():
            for a, b in occurrences(text, s):
                covered.append((a, b, lab["injected"], s))
        for a, b, inj, s in covered:
            for c, d, inj2, s2 in covered:
                if inj != inj2 and a < d and c < b:
                    errors.append("%s: %r overlaps %r with the other flag" % (where, s, s2))

        def is_covered(a, b):
            return any(c <= a and b <= d for c, d, _, _ in covered)

        for rx in (RE_SCHEME, RE_WWW, RE_BARE, RE_OBF, RE_FW, RE_ZW):
            for m in rx.finditer(text):
                a, b = m.start(), m.end()
                while b > a and text[b - 1] in TRAIL:
                    b -= 1
                if not is_covered(a, b):
                    errors.append("%s: unlabelled %r" % (where, text[a:b]))
    return errors


def build():
    records = []
    for art in ARTICLES:
        text = "\n\n".join(art["paras"])
        labels = []
        for lab in art["labels"]:
            if len(lab) == 2:
                span, kind = lab
                labels.append({"span": span, "injected": False, "kind": kind,
                               "lang": art["lang"], "niche": None})
            elif len(lab) == 3:
                span, kind, niche = lab
                labels.append({"span": span, "injected": True, "kind": kind,
                               "lang": art["lang"], "niche": niche})
            else:
                raise SystemExit("bad label tuple %r" % (lab,))
        rid = "adv6-" + hashlib.sha1(art["url"].encode("utf-8")).hexdigest()[:12]
        records.append({"id": rid, "url": art["url"], "title": art["title"],
                        "text": text, "labels": labels})
    return records


def table(title, head, rows):
    print("| %s |" % " | ".join(head))
    print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    for r in rows:
        print("| %s |" % " | ".join(str(x) for x in r))
    print()


def stats(records, arts):
    labs = [l for r in records for l in r["labels"]]
    inj = [l for l in labs if l["injected"]]
    leg = [l for l in labs if not l["injected"]]
    clean = sum(1 for r in records if not any(l["injected"] for l in r["labels"]))
    rep = sum(1 for r in records if any(l["kind"] == "reported" for l in r["labels"]))
    print("articles %d, injected spans %d in %d articles, legitimate spans %d, "
          "articles without injection %d, articles with reported spans %d\n"
          % (len(records), len(inj), len(records) - clean, len(leg), clean, rep))
    by_lang = collections.OrderedDict()
    for r, a in zip(records, arts):
        row = by_lang.setdefault(a["lang"], [0, 0, 0, 0])
        row[0] += 1
        row[1] += sum(1 for l in r["labels"] if l["injected"])
        row[2] += sum(1 for l in r["labels"] if not l["injected"])
        row[3] += 0 if any(l["injected"] for l in r["labels"]) else 1
    table("lang", ["language", "articles", "injected", "legitimate", "clean"],
          [[k] + v for k, v in sorted(by_lang.items(), key=lambda kv: -kv[1][0])])
    c = collections.Counter(l["niche"] for l in inj)
    table("niche", ["niche", "spans"], c.most_common())
    c = collections.Counter(l["kind"] for l in inj)
    table("kind", ["injected kind", "spans"], c.most_common())
    c = collections.Counter(l["kind"] for l in leg)
    table("kind", ["legitimate kind", "spans"], c.most_common())
    c = collections.Counter(a["topic"] for a in arts)
    table("topic", ["topic", "articles"], c.most_common())
    rspans = [l["span"] for l in leg if l["kind"] == "reported"]
    defanged = sum(1 for s in rspans if "[.]" in s or "(.)" in s or "hxxp" in s)
    print("reported spans %d, defanged %d" % (len(rspans), defanged))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    records = build()
    errors = validate(records, ARTICLES)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d errors; nothing written" % len(errors), file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), args.out))
    if args.stats:
        stats(records, ARTICLES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
