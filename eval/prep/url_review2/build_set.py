#!/usr/bin/env python3
"""Build tests/fixtures/urls-review2/review2.jsonl: a blind, hand-written evaluation set for
gleaner's injected-link removal (`python3 eval/prep/url_review2/build_set.py`). Articles live in arts_id.py / arts_en.py / arts_other.py
with inline markers (see common.py); this script strips the markers into labels,
validates that every URL/domain in the text is labelled, and prints statistics."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import arts_id, arts_en, arts_other  # noqa: E402

MARK = re.compile(r"⟦([IL])\|([a-z0-9-]+)\|(.*?)⟧", re.S)
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)

SHORTENERS = {"bit.ly", "s.id", "cutt.ly", "tinyurl.com", "maps.app.goo.gl", "rb.gy", "rebrand.ly", "t.co", "urlink.id"}
MESSAGING = {"wa.me", "t.me", "line.me", "whatsapp.com"}
PLATFORMS = ("pages.dev", "github.io", "vercel.app", "web.app", "netlify.app", "blogspot.com")
SPAMWORDS = re.compile(r"slot|gacor|toto|togel|bet|casino|kasino|kazino|pokies|jp\d|maxwin|zeus|olympus|mahjong|judi|bandar|jackpot|spin|sbo|tigrinho|nhacai|taixiu|nohu|soikeo|satta|aviator|baijiale|caipiao|tiyu|meoktwi|stavki|loan|cash|pinjol|danakilat|pills|viagra|cialis|rx-|obatkuat|essay|paperhelp|joki|btc|crypto|usdt|giveaway|doubler|mega|jili|sabong|ufa|pgslot|pachislot|pc28|rtp|kilat|hoki|naga|win\d|\d{2,}\.", re.I)
GOVEDU = re.compile(r"\.(go|ac|sch|mil|desa)\.id$|\.gov(\.[a-z]{2})?$|\.edu(\.[a-z]{2})?$|\.gob\.[a-z]{2}$|\.go\.[a-z]{2}$|\.ac\.[a-z]{2}$|\.gov\.[a-z]{2}$|\.desa\.id$|desa-[a-z]+\.id$", re.I)


def host_of(span):
    s = unicodedata.normalize("NFKC", span).translate(ZW)
    s = s.replace("[dot]", ".").replace("(.)", ".").replace(" dot ", ".").replace("。", ".").replace(" ", "")
    s = re.sub(r"^[a-z]+://", "", s, flags=re.I)
    if "@" in s.split("/")[0]:
        s = s.split("@", 1)[1]
    return s.split("/")[0].split("?")[0].split("#")[0].lower()


def host_type(span):
    h = host_of(span)
    if h in SHORTENERS:
        return "shortener"
    if h in MESSAGING:
        return "messaging"
    if h.endswith("cdn.ampproject.org") or h in ("www.google.com", "l.facebook.com"):
        return "redirect-or-cache"
    if h.endswith(PLATFORMS):
        return "free-hosting"
    if GOVEDU.search(h):
        return "gov-edu"
    if SPAMWORDS.search(h):
        return "spammy-host"
    return "plain-host"


TLDS = "com|net|org|id|co|io|vip|xyz|site|online|pro|win|live|store|shop|click|link|club|bet|br|ar|mx|ph|my|vn|th|jp|cn|kr|ru|in|uk|gov|edu|info|app|dev|fyi|int|ch|tv|de|es|au|travel"
URL_RX = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\)]+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:%s)\b(?![A-Za-z0-9-])" % TLDS)


def build_record(idx, art):
    labels, seen = [], {}
    def strip(s):
        def rep(m):
            inj, kind, span = m.group(1) == "I", m.group(2), m.group(3)
            if span in seen:
                if seen[span]["injected"] != inj:
                    raise SystemExit(f"conflicting labels for {span!r} in {idx}")
            else:
                lab = {"span": span, "injected": inj, "kind": kind, "lang": art["lang"], "host_type": host_type(span)}
                seen[span] = lab
                labels.append(lab)
            return span
        return MARK.sub(rep, s)
    paras = [strip(p) for p in art["paras"]]
    title = MARK.sub(lambda m: m.group(3), art["title"])
    text = "\n\n".join(paras)
    rid = f"adv2-{art['lang']}-{idx:03d}"
    # validation
    problems = []
    if not 3 <= len(paras) <= 8:
        problems.append(f"{len(paras)} paragraphs")
    if any(not p.strip() for p in paras) or "⟦" in text:
        problems.append("empty paragraph or leftover marker")
    covered = []
    for lab in labels:
        if lab["span"] not in text:
            problems.append(f"span not in text: {lab['span']!r}")
        for m in re.finditer(re.escape(lab["span"]), text):
            covered.append((m.start(), m.end()))
    for m in URL_RX.finditer(text):
        a, b = m.start(), m.end()
        if not any(a < e and s < b for s, e in covered):
            problems.append(f"unlabelled URL/domain: {m.group(0)!r}")
    if problems:
        raise SystemExit(f"{rid}: " + "; ".join(problems))
    return {"id": rid, "url": art["url"], "title": title, "text": text, "labels": labels}


def main():
    out = os.path.join(HERE, "..", "..", "..", "tests", "fixtures", "urls-review2", "review2.jsonl")
    arts = arts_id.ARTS + arts_en.ARTS + arts_other.ARTS
    recs = [build_record(i + 1, a) for i, a in enumerate(arts)]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # statistics
    labs = [l for r in recs for l in r["labels"]]
    inj = [l for l in labs if l["injected"]]
    clean = [r for r in recs if not any(l["injected"] for l in r["labels"])]
    langs = Counter(a["lang"] for a in arts)
    obf = [l for l in inj if l["kind"].startswith("obfuscated")]
    print(f"wrote {out}: {len(recs)} articles, {len(labs)} labels "
          f"({len(inj)} injected = {len(inj)/len(labs):.0%}, {len(labs)-len(inj)} legit); "
          f"{len(clean)} articles without injection ({len(clean)/len(recs):.0%}); "
          f"obfuscated {len(obf)}/{len(inj)} = {len(obf)/len(inj):.0%}", file=sys.stderr)
    print("articles per language: " + ", ".join(f"{k}={v} ({v/len(recs):.0%})" for k, v in langs.most_common()), file=sys.stderr)
    print("injected kinds: " + ", ".join(f"{k}={v}" for k, v in Counter(l["kind"] for l in inj).most_common()), file=sys.stderr)
    print("legit kinds: " + ", ".join(f"{k}={v}" for k, v in Counter(l["kind"] for l in labs if not l["injected"]).most_common()), file=sys.stderr)
    print("injected host types: " + ", ".join(f"{k}={v}" for k, v in Counter(l["host_type"] for l in inj).most_common()), file=sys.stderr)
    print("legit host types: " + ", ".join(f"{k}={v}" for k, v in Counter(l["host_type"] for l in labs if not l["injected"]).most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
