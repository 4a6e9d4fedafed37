#!/usr/bin/env python3
"""Paragraph-repeat measurements used to choose gleaner's repeat/boilerplate defaults.

Usage (Python 3 standard library only; prints a report to stdout, writes nothing):

    python3 eval/prep/repeat_stats.py [--data DIR] [--section 1,2,3,4] [--examples N]
        [--corpus indosum,detik,bbc,livedoor,aeb,warc] [--dump-repeats]
        [--cut-words 10] [--cut-chars 50]

DIR defaults to /work/shared/data (read-only third-party corpora; several are not
redistributable). The output quotes corpus lines: read it, never paste it into the repository.

A "paragraph" is a non-empty line of `text`. Lines are compared after NFKC, case-fold and
whitespace collapse. Length is counted in whitespace-separated words, or in non-space characters
for CJK lines (>= 30 % Han/Hiragana/Katakana characters).

Sections
  1  lines repeated inside one document: length histogram (distinct lines / extra copies),
     counts below/above a proposed minimum length (--cut-words / --cut-chars), and for the
     article-extraction benchmark (AEB) whether the human ground-truth body repeats the line
     itself (body >= 2 = a natural repeat that must survive).
  2  near repeats inside one document: paragraph P = paragraph Q plus <= 5 extra tokens at P's
     start and/or end (CJK: characters; a second band counts 6-15 extra characters). AEB:
     whether P and Q are in the ground-truth body.
  3  title echoes: a paragraph equal to the title, the title plus <= 5 tokens (CJK <= 15 chars)
     at its start/end, or part of the title (title minus <= 5 tokens). AEB has no title in
     pages.jsonl; <title> and og:title are read from the saved HTML.
  4  cross-document boilerplate per site (registrable domain approximated by the last two
     labels, three for co.id/ac.id/go.id/co.uk-style suffixes; empty url = one site per corpus):
     distinct lines with document frequency >= 2/3/5/10, counted over raw documents, over
     exact-duplicate groups and over near-duplicate clusters (the corpus's own
     near-duplicate-pairs.jsonl, Jaccard >= 0.5); removal volume two-pass vs streaming; lines
     shared across different sites; AEB ground truth.
"""

import argparse
import gzip
import html
import json
import os
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import urlparse

CORPORA = [
    # name, path under DIR, near-duplicate-pairs file used to collapse duplicate docs (or None)
    ("indosum", "indonesian-indosum/indosum-dev.jsonl", None),
    ("detik", "indonesian-detik-1000/detik-1000.jsonl", "indonesian-detik-1000/near-duplicate-pairs.jsonl"),
    ("bbc", "bbc-news/bbc-news.jsonl", "bbc-news/near-duplicate-pairs.jsonl"),
    ("livedoor", "japanese-livedoor-news/livedoor-sample.jsonl",
     "japanese-livedoor-news/near-duplicate-pairs.jsonl"),
    ("aeb", "article-extraction-benchmark/pages.jsonl", None),
    ("warc", "web-warc-samples/pages.jsonl", None),
]

CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
SECOND_LEVEL = {"co", "ac", "go", "or", "web", "my", "sch", "net", "com", "org", "gov", "edu",
                "ne", "mil", "biz", "ltd", "plc", "gob", "nic"}

WORD_BUCKETS = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 10),
                (11, 15), (16, 25), (26, 10 ** 9)]
CHAR_BUCKETS = [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 15), (16, 20), (21, 30),
                (31, 50), (51, 10 ** 9)]


# ----------------------------------------------------------------------------- basics

def norm(line):
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split())


def is_cjk(n):
    chars = n.replace(" ", "")
    return bool(chars) and len(CJK_RE.findall(chars)) / len(chars) >= 0.3


def length(n):
    """(unit, value): words for space-separated text, characters for CJK."""
    if is_cjk(n):
        return "c", len(n.replace(" ", ""))
    return "w", len(n.split())


def tokens(n):
    return list(n.replace(" ", "")) if is_cjk(n) else n.split()


def bucket(unit, v):
    for lo, hi in (CHAR_BUCKETS if unit == "c" else WORD_BUCKETS):
        if lo <= v <= hi:
            return f"{unit}{lo}" + ("" if lo == hi else ("+" if hi > 10 ** 8 else f"-{hi}"))
    raise ValueError(v)


def bucket_order(unit):
    return [bucket(unit, lo) for lo, _ in (CHAR_BUCKETS if unit == "c" else WORD_BUCKETS)]


def lines_of(text):
    return [l.strip() for l in re.split(r"\r\n|\r|\n", text) if l.strip()]


def site_of(url, corpus):
    if not url:
        return corpus  # bbc: no urls, one site
    host = (urlparse(url).hostname or "").lower()
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def aeb_titles(data, recs):
    """<title> and og:title from the saved HTML (pages.jsonl has an empty title)."""
    for r in recs:
        with gzip.open(os.path.join(data, "article-extraction-benchmark", r["html_file"]), "rb") as f:
            raw = f.read().decode("utf-8", "replace")
        m = re.search(r"<title[^>]*>(.*?)</title>", raw, re.S | re.I)
        r["title_tag"] = html.unescape(" ".join(m.group(1).split())) if m else ""
        m = (re.search(r'<meta[^>]+property=["\']og:title["\'][^>]*content=["\']([^"\']*)', raw, re.I)
             or re.search(r'<meta[^>]+content=["\']([^"\']*)["\'][^>]*property=["\']og:title', raw, re.I))
        r["og_title"] = html.unescape(" ".join(m.group(1).split())) if m else ""


def load(data, names):
    out = {}
    for name, path, pairs in CORPORA:
        if names and name not in names:
            continue
        with open(os.path.join(data, path), encoding="utf-8") as f:
            recs = [json.loads(l) for l in f if l.strip()]
        if name == "aeb":
            aeb_titles(data, recs)
        # duplicate clusters: exact text, plus the corpus's near-duplicate pairs (Jaccard >= 0.5)
        parent = {r["id"]: r["id"] for r in recs}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        by_text = {}
        for r in recs:
            k = norm(r["text"])
            if k in by_text:
                parent[find(r["id"])] = find(by_text[k])
            else:
                by_text[k] = r["id"]
        exact_cluster = {r["id"]: find(r["id"]) for r in recs}
        if pairs:
            with open(os.path.join(data, pairs), encoding="utf-8") as f:
                for l in f:
                    p = json.loads(l)
                    if p["a"] in parent and p["b"] in parent:
                        parent[find(p["a"])] = find(p["b"])
        for r in recs:
            r["_exact"] = exact_cluster[r["id"]]
            r["_near"] = find(r["id"])
            r["_lines"] = lines_of(r["text"])
            r["_norm"] = [norm(l) for l in r["_lines"]]
            r["_site"] = site_of(r.get("url", ""), name)
        out[name] = recs
    return out


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "-"


def short(s, n=90):
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n - 1] + "…"


# ----------------------------------------------------------------------------- section 1

NUMERIC = re.compile(r"^[\W\d_]+$")


def natural_guess(n):
    """Heuristic label used only to *sort* examples for reading; the report is by eye."""
    unit, v = length(n)
    if NUMERIC.match(n):
        return "number/punct"
    if n.endswith(":") and (v <= 4 if unit == "w" else v <= 8):
        return "label:"
    if (unit == "w" and v <= 3) or (unit == "c" and v <= 6):
        return "short"
    return "long"


def section1(corpora, nex, dump, cut_w=10, cut_c=50):
    print("=" * 100)
    print("1. Lines repeated inside one document (same normalised line 2+ times)")
    for name, recs in corpora.items():
        hist = Counter()       # bucket -> distinct repeated lines
        extra = Counter()      # bucket -> extra copies
        docs_with = 0
        examples = defaultdict(list)
        aeb = defaultdict(Counter)  # bucket -> {natural, body-once, boilerplate}
        for r in recs:
            c = Counter(r["_norm"])
            reps = [(n, k) for n, k in c.items() if k >= 2]
            if reps:
                docs_with += 1
            body = Counter(norm(l) for l in lines_of(r.get("article_body", ""))) if name == "aeb" else None
            for n, k in reps:
                unit, v = length(n)
                b = bucket(unit, v)
                hist[b] += 1
                extra[b] += k - 1
                examples[b].append((r["id"], n, k))
                if body is not None:
                    cb = body.get(n, 0)
                    aeb[b]["body>=2 (natural)" if cb >= 2 else "body=1" if cb == 1 else "body=0 (boilerplate)"] += 1
        units = sorted({b[0] for b in hist})
        print(f"\n--- {name}: {len(recs)} docs, {docs_with} with a repeated line, "
              f"{sum(hist.values())} distinct repeated lines, {sum(extra.values())} extra copies")
        side = Counter()
        for b, exs in examples.items():
            for _, n, k in exs:
                unit, v = length(n)
                above = v >= (cut_c if unit == "c" else cut_w)
                side[(above, "lines")] += 1
                side[(above, "copies")] += k - 1
        print(f"   cut {cut_w} words / {cut_c} CJK chars: below = {side[(False, 'lines')]} lines "
              f"({side[(False, 'copies')]} extra copies) kept; at or above = {side[(True, 'lines')]} lines "
              f"({side[(True, 'copies')]} extra copies) removed")
        for unit in units:
            row = [(b, hist[b], extra[b]) for b in bucket_order(unit) if hist[b]]
            print("   " + "  ".join(f"{b}:{h}/{e}" for b, h, e in row) + "   (bucket:distinct/extra copies)")
        if aeb:
            print("   AEB ground truth, per bucket: repeated page line occurs in article_body 0 / 1 / >=2 times")
            for unit in units:
                for b in bucket_order(unit):
                    if b in aeb:
                        a = aeb[b]
                        print(f"     {b:7s} body=0 {a['body=0 (boilerplate)']:4d}  body=1 {a['body=1']:4d}  "
                              f"body>=2 {a['body>=2 (natural)']:3d}")
        if dump:
            for unit in units:
                for b in bucket_order(unit):
                    for did, n, k in examples.get(b, []):
                        print(f"   DUMP {b}\t{k}x\t{natural_guess(n)}\t{did[:40]}\t{short(n, 140)}")
        else:
            for unit in units:
                for b in bucket_order(unit):
                    ex = examples.get(b, [])
                    if ex:
                        step = max(1, len(ex) // nex)
                        print(f"   e.g. {b}: " + " | ".join(f"{short(n, 60)!r}x{k}" for _, n, k in ex[::step][:nex]))


# ----------------------------------------------------------------------------- section 2

def contained(p, q, k):
    """q (token list) equals p with <= k tokens removed from p's start and/or end.
    Returns (start_extra, end_extra) or None."""
    d = len(p) - len(q)
    if d < 1 or d > k:
        return None
    for i in range(d + 1):
        if p[i:i + len(q)] == q:
            return i, d - i
    return None


def section2(corpora, nex):
    print("=" * 100)
    print("2. Near repeats inside one document: paragraph P = paragraph Q + <= K tokens at P's start/end")
    for name, recs in corpora.items():
        res = Counter()
        examples = defaultdict(list)
        docs = set()
        gt = Counter()  # AEB: (P in body, Q in body) for pairs with a long Q and K=5
        for r in recs:
            body = {norm(l) for l in lines_of(r.get("article_body", ""))} if name == "aeb" else None
            paras = sorted(set(r["_norm"]))
            toks = {n: tokens(n) for n in paras}
            for q in paras:
                tq = toks[q]
                unit, v = length(q)
                minq = 10 if unit == "c" else 5
                if v < 2:
                    continue
                for p in paras:
                    tp = toks[p]
                    if len(tp) <= len(tq):
                        continue
                    for k in ((5, 15) if unit == "c" else (5,)):
                        hit = contained(tp, tq, k)
                        if hit:
                            where = "start" if hit[1] == 0 else "end" if hit[0] == 0 else "both"
                            longq = v >= minq
                            res[(unit, k, longq, where)] += 1
                            if body is not None and longq and k == 5:
                                gt[(p in body, q in body)] += 1
                            if longq:
                                docs.add(r["id"])
                            if k == 5 and len(examples[(unit, longq)]) < 400:
                                examples[(unit, longq)].append((r["id"], p, q, hit))
                            break
        print(f"\n--- {name}: {len(docs)} docs with a near repeat of a Q >= 5 words / >= 10 CJK chars")
        if gt:
            print("   AEB ground truth for pairs with a long Q (K=5): " + ", ".join(
                f"P {'in' if a else 'not in'} body & Q {'in' if b else 'not in'} body: {n}"
                for (a, b), n in sorted(gt.items())))
        for key in sorted(res):
            unit, k, longq, where = key
            print(f"   unit={unit} extra {'<= 5' if k == 5 else '6-15'} Q {'>=' if longq else '< '}{10 if unit == 'c' else 5}"
                  f"{'ch' if unit == 'c' else 'w'} extra-at={where:5s}: {res[key]}")
        for key, ex in sorted(examples.items()):
            step = max(1, len(ex) // nex)
            for did, p, q, hit in ex[::step][:nex]:
                print(f"   e.g. [{key[0]} Q{'long' if key[1] else 'short'}] +{hit}  P={short(p, 110)!r}\n"
                      f"                                 Q={short(q, 110)!r}")


# ----------------------------------------------------------------------------- section 3

def echo_kind(title_n, para_n, k=5):
    if not title_n:
        return None
    if para_n == title_n:
        return "exact"
    tt, tp = tokens(title_n), tokens(para_n)
    kk = 15 if is_cjk(title_n) else k
    hit = contained(tp, tt, kk)
    if hit:
        return "title+extra"
    hit = contained(tt, tp, kk)
    if hit and len(tp) >= max(3, len(tt) // 2):
        return "part-of-title"
    return None


def section3(corpora, nex):
    print("=" * 100)
    print("3. Title echoes: paragraph == title, title + <= 5 tokens (CJK 15 chars), or title minus <= 5")
    for name, recs in corpora.items():
        fields = ["title_tag", "og_title"] if name == "aeb" else ["title"]
        for fld in fields:
            with_title = [r for r in recs if r.get(fld)]
            if not with_title:
                print(f"\n--- {name}.{fld}: no titles")
                continue
            cnt = Counter()
            docs = Counter()
            ex = defaultdict(list)
            gt = Counter()
            for r in with_title:
                tn = norm(r[fld])
                seen = set()
                body = {norm(l) for l in lines_of(r.get("article_body", ""))} if name == "aeb" else None
                for i, pn in enumerate(r["_norm"]):
                    kind = echo_kind(tn, pn)
                    if kind:
                        posn = "first line" if i == 0 else "later"
                        cnt[(kind, posn)] += 1
                        if body is not None:
                            gt[(kind, pn in body)] += 1
                        seen.add(kind)
                        if len(ex[kind]) < 200:
                            ex[kind].append((r[fld], r["_lines"][i], i))
                for s in seen:
                    docs[s] += 1
                if seen:
                    docs["any"] += 1
            print(f"\n--- {name}.{fld}: {len(with_title)} docs with a title; docs with any echo: {docs['any']} "
                  f"({pct(docs['any'], len(with_title))})")
            for key in sorted(cnt):
                print(f"   {key[0]:14s} {key[1]:10s} {cnt[key]:5d} paragraphs")
            if gt:
                print("   AEB ground truth: " + ", ".join(
                    f"{k} {'in' if b else 'not in'} body: {n}" for (k, b), n in sorted(gt.items())))
            for kind, e in ex.items():
                print(f"   [{kind}] docs: {docs[kind]}")
                step = max(1, len(e) // nex)
                for t, p, i in e[::step][:nex]:
                    print(f"      line {i}: T={short(t, 80)!r}  P={short(p, 100)!r}")


# ----------------------------------------------------------------------------- section 4

def section4(corpora, nex):
    print("=" * 100)
    print("4. Cross-document boilerplate per site (registrable domain); document frequency (df) of each line")
    for name, recs in corpora.items():
        sites = Counter(r["_site"] for r in recs)
        total_lines = sum(len(r["_norm"]) for r in recs)
        print(f"\n--- {name}: {len(recs)} docs, {total_lines} lines, {len(sites)} sites "
              f"({sum(1 for c in sites.values() if c >= 3)} with >= 3 docs); biggest {sites.most_common(5)}")
        dfs = {}
        for ident in ("id", "_exact", "_near"):
            df = defaultdict(lambda: defaultdict(set))  # site -> line -> set(doc identity)
            for r in recs:
                for n in set(r["_norm"]):
                    df[r["_site"]][n].add(r[ident])
            dfs[ident] = df
            tot = Counter()
            for lines in df.values():
                for ds in lines.values():
                    for t in (2, 3, 5, 10):
                        tot[t] += len(ds) >= t
            label = {"id": "raw documents", "_exact": "exact-duplicate docs collapsed",
                     "_near": "near-dup clusters (Jaccard >= 0.5) collapsed"}[ident]
            print(f"   distinct (site, line) with df >= 2 / 3 / 5 / 10 [{label}]: "
                  f"{tot[2]} / {tot[3]} / {tot[5]} / {tot[10]}")
        near = dfs["_near"]
        inflated = sum(1 for site, lines in dfs["id"].items() for n, ds in lines.items()
                       if len(ds) >= 3 and len(near[site][n]) < 3)
        print(f"   (site, line) reaching df >= 3 only because of duplicate documents: {inflated}")
        # removal volume at threshold t: two-pass (all copies) vs streaming (from the t-th cluster on)
        for t in (2, 3, 5):
            two_pass = streaming = 0
            seen = defaultdict(list)
            for r in recs:
                for n in r["_norm"]:
                    key = (r["_site"], n)
                    if len(near[r["_site"]][n]) >= t:
                        two_pass += 1
                    if r["_near"] not in seen[key]:
                        seen[key].append(r["_near"])
                    if len(seen[key]) >= t:
                        streaming += 1
            print(f"   t={t}: line occurrences removed two-pass {two_pass} ({pct(two_pass, total_lines)}), "
                  f"streaming {streaming} ({pct(streaming, total_lines)})")
        lens = Counter()
        for lines in near.values():
            for n, ds in lines.items():
                if len(ds) >= 3:
                    u, v = length(n)
                    lens[bucket(u, v)] += 1
        print("   length of (site, line) with df >= 3: " + "  ".join(
            f"{b}:{lens[b]}" for u in ("w", "c") for b in bucket_order(u) if lens[b]))
        top = sorted(((len(ds), site, n) for site, lines in near.items() for n, ds in lines.items()
                      if len(ds) >= 3), key=lambda x: (-x[0], x[1], x[2]))
        print("   top lines (df = distinct near-dup clusters of one site):")
        for d, site, n in top[:nex * 2]:
            u, v = length(n)
            print(f"      {d:4d} {site:22s} {u}{v:<4d} {short(n, 90)!r}")
        border = [x for x in top if x[0] <= 4]
        print(f"   borderline lines with df 3-4: {len(border)}, e.g.:")
        step = max(1, len(border) // nex)
        for d, site, n in border[::step][:nex]:
            u, v = length(n)
            print(f"      {d:4d} {site:22s} {u}{v:<4d} {short(n, 90)!r}")
        df2 = [(site, n) for site, lines in near.items() for n, ds in lines.items() if len(ds) == 2]
        print(f"   lines with df exactly 2: {len(df2)}, e.g.:")
        step = max(1, len(df2) // nex)
        for site, n in sorted(df2)[::step][:nex]:
            u, v = length(n)
            print(f"           {site:22s} {u}{v:<4d} {short(n, 90)!r}")
        # lines shared across sites
        cross = defaultdict(set)
        for r in recs:
            for n in set(r["_norm"]):
                cross[n].add(r["_site"])
        multi = sorted(((len(s), n) for n, s in cross.items() if len(s) >= 2), key=lambda x: (-x[0], x[1]))
        also = sum(1 for site, lines in near.items() for n, ds in lines.items()
                   if len(ds) >= 3 and len(cross[n]) >= 2)
        print(f"   lines on >= 2 different sites: {len(multi)} (>= 3 sites: "
              f"{sum(1 for k, _ in multi if k >= 3)}); per-site df>=3 lines also seen on another site: {also}")
        mlens = Counter(bucket(*length(n)) for _, n in multi)
        print("   length of cross-site lines: " + "  ".join(
            f"{b}:{mlens[b]}" for u in ("w", "c") for b in bucket_order(u) if mlens[b]))
        step = max(1, len(multi) // (nex * 2))
        for k, n in multi[:nex] + multi[nex::step][:nex]:
            u, v = length(n)
            print(f"      {k:3d} sites {u}{v:<4d} {short(n, 90)!r}")
        if name == "aeb":
            for t in (2, 3):
                inb = notb = 0
                ex = []
                for r in recs:
                    body = {norm(l) for l in lines_of(r.get("article_body", ""))}
                    for n in set(r["_norm"]):
                        if len(near[r["_site"]][n]) >= t:
                            if n in body:
                                inb += 1
                                ex.append(n)
                            else:
                                notb += 1
                print(f"   AEB ground truth t={t}: per-site boilerplate occurrences not in body {notb}, "
                      f"in body {inb} {[short(x, 50) for x in ex[:nex]]}")
                inb = notb = 0
                for r in recs:
                    body = {norm(l) for l in lines_of(r.get("article_body", ""))}
                    for n in set(r["_norm"]):
                        if len(cross[n]) >= t:
                            inb += n in body
                            notb += n not in body
                print(f"   AEB ground truth: lines on >= {t} sites: not in body {notb}, in body {inb}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--section", default="1,2,3,4")
    ap.add_argument("--examples", type=int, default=6)
    ap.add_argument("--corpus", default="")
    ap.add_argument("--dump-repeats", action="store_true", help="section 1: print every repeated line")
    ap.add_argument("--cut-words", type=int, default=10, help="section 1: proposed minimum length (words)")
    ap.add_argument("--cut-chars", type=int, default=50, help="section 1: proposed minimum length (CJK chars)")
    args = ap.parse_args()
    names = [c for c in args.corpus.split(",") if c]
    corpora = load(args.data, names)
    secs = set(args.section.split(","))
    if "1" in secs:
        section1(corpora, args.examples, args.dump_repeats, args.cut_words, args.cut_chars)
    if "2" in secs:
        section2(corpora, args.examples)
    if "3" in secs:
        section3(corpora, args.examples)
    if "4" in secs:
        section4(corpora, args.examples)


if __name__ == "__main__":
    main()
