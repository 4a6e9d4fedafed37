#!/usr/bin/env python3
"""Build the IndoSum duplicate-detection fixture (tests/fixtures/indosum/).

Command (from the repository root; Python 3 standard library only, output is byte-for-byte
deterministic for a given input file and seed):

    python3 eval/prep/build_indosum_fixture.py \
        --input /work/shared/data/indonesian-indosum/indosum-dev.jsonl \
        --out tests/fixtures/indosum --seed 20180901

Writes
  articles.jsonl.gz  2,000 distinct IndoSum articles (random sample, random order) plus 150 exact
                     and 150 edited copies, each copy placed somewhere *after* its original.
                     gzip with mtime 0 and no file name in the header.
  labels.jsonl       one line per copy: {"id","of","kind","edit","word_edit_fraction"}.
and prints statistics (5-word-shingle Jaccard of every copy vs its original, per edit kind; near-
duplicate pairs among the base articles) to stderr.

Input: IndoSum (Kurniawan & Louvan, IALP 2018), CC BY-SA 4.0 -> the fixture is CC BY-SA 4.0 too.
The edits, the footer/header lines and the spam URLs below are our own; "Baca juga: ..." lines
are real lines harvested from other IndoSum articles.

Edit kinds of the edited copies (25 copies each):
  a  word substitutions / typos on 1-3 % of the whitespace-separated words
  b  one paragraph removed (originals with >= 5 paragraphs; never the first paragraph)
  c  one short paragraph added ("Baca juga: <real headline>" mid-text, or a site header/footer)
  d  whitespace / line-ending / case changes only (identical after NFKC + case-fold +
     whitespace collapse)
  e  a spam URL spliced into a paragraph after its 2nd-5th word
  f  (a) at <= 1.5 % of the words plus (c)
Exact copies: same text; the url is kept, gets tracking parameters, or moves to another
outlet's domain (syndication) - recorded in "edit".
"""

import argparse
import bisect
import gzip
import io
import json
import math
import os
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from random import Random

N_BASE = 2000
N_EXACT_ORIGINALS = 140  # 10 of them get a second exact copy -> 150 exact copies
N_DOUBLE_EXACT = 10
EDIT_KINDS = "abcdef"
PER_KIND = 25  # -> 150 edited copies
MIN_WORDS = 120  # originals of copies must have at least this many words
NEAR_GAP_PROB = 0.4  # share of copies placed within NEAR_GAP base articles of the original
NEAR_GAP = 20

OUTLETS = {
    # outlet field -> (host used for syndicated urls, display name used in footers)
    "cnn indonesia": ("www.cnnindonesia.com", "CNN Indonesia"),
    "kumparan": ("kumparan.com", "kumparan"),
    "dailysocial.id": ("dailysocial.id", "DailySocial.id"),
    "antaranews": ("www.antaranews.com", "Antaranews.com"),
    "merdeka": ("www.merdeka.com", "Merdeka.com"),
    "juara.net": ("www.juara.net", "Juara.net"),
    "suara": ("www.suara.com", "Suara.com"),
    "rimanews": ("rimanews.com", "Rimanews"),
    "goal indonesia": ("www.goal.com", "Goal Indonesia"),
    "poskotanews": ("poskotanews.com", "Poskotanews"),
}

# Our own short site lines for edit kind (c). {name} = outlet display name, {host} = its host.
FOOTERS = [
    "Ikuti berita terkini dan terpopuler lainnya dari {name} di Google News.",
    "Simak berita menarik lainnya hanya di {name}.",
    "Dapatkan update berita pilihan setiap hari dari {name}.",
    "Artikel ini telah tayang di {host}.",
    "(Sumber: {name})",
]
HEADERS = [
    "ADVERTISEMENT",
    "Laporan wartawan {name}",
    "{name} - Berita Terkini",
]

# Fictional-looking gambling hosts in the style of real Indonesian injections (never fetch).
SPAM_URLS = [
    "https://slotgacor-88.vip/",
    "https://gacor-maxwin77.xyz/",
    "http://situs-toto88.site/daftar",
    "https://rtp-slot-hari-ini.online/",
    "https://link-alternatif-sbobet99.com/",
    "https://bit.ly/slot-gacor-88",
]

# Common Indonesian spelling / wording variants used as "substitutions" in edit (a).
SUBSTITUTIONS = {
    "mengatakan": "menyatakan", "menyatakan": "mengatakan", "kata": "ujar", "ujar": "kata",
    "tidak": "tak", "yang": "yg", "dengan": "dgn", "sudah": "telah", "telah": "sudah",
    "akan": "bakal", "juga": "jg", "karena": "karna", "saat": "ketika", "ketika": "saat",
    "namun": "tetapi", "tetapi": "namun", "hanya": "cuma", "sangat": "amat", "bisa": "dapat",
    "dapat": "bisa", "banyak": "sejumlah", "menjadi": "jadi", "sebagai": "selaku",
    "untuk": "buat", "kepada": "pada", "saja": "aja", "tersebut": "itu", "lebih": "lbh",
    "sekitar": "sekira", "setelah": "sesudah", "sebelum": "sebelumnya", "masih": "msh",
    "mereka": "mrk", "bahwa": "bahwasanya", "hingga": "sampai", "sampai": "hingga",
}
KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm".split()

WORD_TOKEN = re.compile(r"^([^A-Za-z]*)([A-Za-z]{4,})([^A-Za-z]*)$")


# ----------------------------------------------------------------------------- helpers

def words(text):
    return text.split()


def paragraphs(text):
    return text.split("\n\n")


def shingles(text, n=5):
    toks = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return {tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1))}


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def normalised(text):
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def match_case(src, dst):
    if src.isupper():
        return dst.upper()
    if src[:1].isupper():
        return dst[:1].upper() + dst[1:]
    return dst


def neighbour(ch, rng):
    low = ch.lower()
    for row in KEYBOARD:
        i = row.find(low)
        if i >= 0:
            opts = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            out = rng.choice(opts)
            return out.upper() if ch.isupper() else out
    return ch


def typo(word, rng):
    """Return (new_word, op) with new_word != word; first letter is kept."""
    while True:
        op = rng.choice(["swap", "drop", "double", "key"])
        i = rng.randrange(1, len(word) - 1) if op == "swap" else rng.randrange(1, len(word))
        if op == "swap":
            new = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == "drop":
            new = word[:i] + word[i + 1:]
        elif op == "double":
            new = word[:i] + word[i] + word[i:]
        else:
            new = word[:i] + neighbour(word[i], rng) + word[i + 1:]
        if new != word:
            return new, op


# ----------------------------------------------------------------------------- edits

def edit_words(text, frac_lo, frac_hi, rng):
    """Typos/substitutions on a fraction of the words. Returns (text, changed, total, detail)."""
    toks = list(re.finditer(r"\S+", text))
    total = len(toks)
    # keep the realised fraction inside [frac_lo, frac_hi] (at least one word is always changed)
    lo, hi = max(1, math.ceil(frac_lo * total)), max(1, math.floor(frac_hi * total))
    target = min(hi, max(lo, round(rng.uniform(frac_lo, frac_hi) * total)))
    eligible = [i for i, m in enumerate(toks) if WORD_TOKEN.match(m.group())]
    chosen = sorted(rng.sample(eligible, min(target, len(eligible))))
    ops = Counter()
    repl = {}
    for i in chosen:
        pre, core, post = WORD_TOKEN.match(toks[i].group()).groups()
        sub = SUBSTITUTIONS.get(core.lower())
        if sub and rng.random() < 0.6:
            new, op = match_case(core, sub), "substitution"
        else:
            new, op = typo(core, rng)
            op = "typo"
        ops[op] += 1
        repl[i] = pre + new + post
    out, last = [], 0
    for i, m in enumerate(toks):
        if i in repl:
            out.append(text[last:m.start()])
            out.append(repl[i])
            last = m.end()
    out.append(text[last:])
    detail = f"{len(chosen)} of {total} words ({ops['typo']} typos, {ops['substitution']} substitutions)"
    return "".join(out), len(chosen), total, detail


def edit_remove_paragraph(text, rng):
    paras = paragraphs(text)
    cands = [i for i in range(1, len(paras)) if paras[i].strip()]
    i = rng.choice(cands)
    removed = paras[i]
    new = "\n\n".join(paras[:i] + paras[i + 1:])
    return new, (f"paragraph {i + 1} of {len(paras)} removed "
                 f"({len(words(removed))} of {len(words(text))} words)")


def edit_add_paragraph(text, outlet, baca_juga, rng):
    paras = paragraphs(text)
    host, name = OUTLETS[outlet]
    kind = rng.choice(["baca-juga", "baca-juga", "footer", "header"])
    if kind == "baca-juga":
        own = {normalised(p) for p in paras}
        line = rng.choice([b for b in baca_juga if normalised(b) not in own])
        pos = rng.randrange(2, len(paras)) if len(paras) > 2 else len(paras)
    elif kind == "footer":
        line = rng.choice(FOOTERS).format(name=name, host=host)
        pos = len(paras)
    else:
        line = rng.choice(HEADERS).format(name=name, host=host)
        pos = 0
    new = "\n\n".join(paras[:pos] + [line] + paras[pos:])
    return new, f"{kind} paragraph inserted as paragraph {pos + 1}: {json.dumps(line, ensure_ascii=False)}"


def edit_whitespace(text, rng):
    ops = rng.sample(["single-newline", "crlf", "double-space", "trailing-space", "nbsp",
                      "outer-whitespace", "lowercase", "uppercase-first-paragraph"],
                     rng.choice([1, 2, 2, 3]))
    # apply in a fixed order so the composition is well defined
    order = ["lowercase", "uppercase-first-paragraph", "double-space", "nbsp", "trailing-space",
             "single-newline", "crlf", "outer-whitespace"]
    ops = [o for o in order if o in ops]
    for op in ops:
        if op == "lowercase":
            text = text.lower()
        elif op == "uppercase-first-paragraph":
            p = paragraphs(text)
            text = "\n\n".join([p[0].upper()] + p[1:])
        elif op == "double-space":
            text = re.sub(r"([.!?]) (?=\S)", lambda m: m.group(1) + ("  " if rng.random() < 0.5 else " "), text)
        elif op == "nbsp":
            text = re.sub(r" ", lambda m: "\u00a0" if rng.random() < 0.1 else " ", text)
        elif op == "trailing-space":
            text = "\n".join(l + rng.choice([" ", "  ", "\t", ""]) if l else l for l in text.split("\n"))
        elif op == "single-newline":
            text = re.sub(r"\n\n+", "\n", text)
        elif op == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        elif op == "outer-whitespace":
            text = "\n " + text + "\n\n"
    return text, "whitespace/case only: " + ", ".join(ops)


def edit_spam(text, rng):
    paras = paragraphs(text)
    cands = [i for i, p in enumerate(paras) if len(words(p)) >= 10 and "http" not in p]
    i = rng.choice(cands)
    k = rng.choice([2, 3, 3, 3, 4, 5])
    url = rng.choice(SPAM_URLS)
    toks = list(re.finditer(r"\S+", paras[i]))
    cut = toks[k - 1].end()
    paras[i] = paras[i][:cut] + " " + url + paras[i][cut:]
    new = "\n\n".join(paras)
    offset = len("\n\n".join(paras[:i])) + (2 if i else 0) + cut + 1
    return new, (f"spam url {url} spliced after word {k} of paragraph {i + 1} "
                 f"(char offset {offset} in the copy)")


# ----------------------------------------------------------------------------- urls

def url_variant(rec, rng, how):
    """Return (url, outlet, description) for a copy."""
    url = rec["url"]
    if how == "same-url":
        return url, rec["outlet"], "url unchanged"
    if how == "tracking":
        sep = "&" if "?" in url else "?"
        return url + sep + "utm_source=shortir&utm_medium=referral", rec["outlet"], "url + tracking parameters"
    other = rng.choice(sorted(o for o in OUTLETS if o != rec["outlet"]))
    host = OUTLETS[other][0]
    slug = [s for s in url.split("?")[0].split("/") if s][-1]
    slug = re.sub(r"\.html?$", "", slug)
    return f"https://{host}/berita/{slug}", other, f"syndicated to {host}"


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default="/work/shared/data/indonesian-indosum/indosum-dev.jsonl")
    ap.add_argument("--out", default="tests/fixtures/indosum")
    ap.add_argument("--seed", type=int, default=20180901)
    args = ap.parse_args()
    rng = Random(args.seed)

    with open(args.input, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    recs.sort(key=lambda r: r["id"])  # independent of the input file's order
    assert len({r["id"] for r in recs}) == len(recs)
    assert len({r["text"] for r in recs}) == len(recs)

    base = rng.sample(recs, N_BASE)  # random subset in random order = stream order
    base_ids = {r["id"] for r in base}
    pos = {r["id"]: i for i, r in enumerate(base)}

    # real "Baca juga: <headline>" lines from IndoSum articles that are NOT in the base sample
    baca_juga = sorted({p.strip() for r in recs if r["id"] not in base_ids
                        for p in paragraphs(r["text"])
                        if re.match(r"(?i)baca juga\s*:\s*\S", p.strip()) and len(words(p)) >= 5})

    eligible = [r for r in base if len(words(r["text"])) >= MIN_WORDS]
    eligible_b = [r for r in eligible
                  if sum(1 for p in paragraphs(r["text"]) if p.strip()) >= 5]
    # edited originals: kind b first (it has the extra constraint), then the others
    edit_orig = {}
    used = set()
    for kind in "b" + "acdef":
        pool = [r for r in (eligible_b if kind == "b" else eligible) if r["id"] not in used]
        for r in rng.sample(pool, PER_KIND):
            edit_orig.setdefault(kind, []).append(r)
            used.add(r["id"])
    pool = [r for r in eligible if r["id"] not in used]
    exact_orig = rng.sample(pool, N_EXACT_ORIGINALS)
    doubles = {r["id"] for r in rng.sample(exact_orig, N_DOUBLE_EXACT)}

    url_modes = ["same-url", "tracking", "syndicated"]
    copies = []  # (record, label)

    def place(orig_id, n):
        """n (slot, tiebreak) keys after the original: the copy goes right after base item s
        (s >= the original's position), after any copy of the same slot with a smaller tiebreak."""
        p = pos[orig_id]
        keys = []
        for _ in range(n):
            if rng.random() < NEAR_GAP_PROB:
                s = min(N_BASE - 1, p + rng.randint(0, NEAR_GAP - 1))
            else:
                s = rng.randint(p, N_BASE - 1)
            keys.append((s, rng.random()))
        return sorted(keys)

    mode_cycle = 0
    for r in exact_orig:
        n = 2 if r["id"] in doubles else 1
        for j, key in enumerate(place(r["id"], n), 1):
            how = url_modes[mode_cycle % 3]
            mode_cycle += 1
            url, outlet, udesc = url_variant(r, rng, how)
            rec = {"id": f"{r['id']}#copy{j}", "url": url, "title": r["title"], "text": r["text"],
                   "outlet": outlet, "category": r["category"]}
            lab = {"id": rec["id"], "of": r["id"], "kind": "exact",
                   "edit": f"exact copy; {udesc}", "word_edit_fraction": None}
            copies.append((key, rec, lab))

    for kind in EDIT_KINDS:
        for n_in_kind, r in enumerate(edit_orig[kind]):
            how = url_modes[n_in_kind % 3]
            url, outlet, udesc = url_variant(r, rng, how)
            text, frac = r["text"], None
            if kind == "a":
                text, ch, tot, desc = edit_words(text, 0.01, 0.03, rng)
                frac = round(ch / tot, 4)
                desc = "word substitutions/typos on " + desc
            elif kind == "b":
                text, desc = edit_remove_paragraph(text, rng)
            elif kind == "c":
                text, desc = edit_add_paragraph(text, outlet, baca_juga, rng)
            elif kind == "d":
                text, desc = edit_whitespace(text, rng)
                assert normalised(text) == normalised(r["text"])
            elif kind == "e":
                text, desc = edit_spam(text, rng)
            else:
                text, ch, tot, d1 = edit_words(text, 0.005, 0.015, rng)
                frac = round(ch / tot, 4)
                text, d2 = edit_add_paragraph(text, outlet, baca_juga, rng)
                desc = f"word substitutions/typos on {d1} + {d2}"
            assert text != r["text"]
            rec = {"id": f"{r['id']}#edit1", "url": url, "title": r["title"], "text": text,
                   "outlet": outlet, "category": r["category"]}
            lab = {"id": rec["id"], "of": r["id"], "kind": "edited",
                   "edit": f"{kind}: {desc}; {udesc}", "word_edit_fraction": frac}
            copies.append((place(r["id"], 1)[0], rec, lab))

    # ---- assemble the stream: base item i has key (i, -1); a copy (s, t) sorts right after it
    items = [((i, -1.0), {k: r[k] for k in ("id", "url", "title", "text", "outlet", "category")})
             for i, r in enumerate(base)]
    items += [(key, rec) for key, rec, _ in copies]
    items.sort(key=lambda kv: kv[0])
    stream = [rec for _, rec in items]
    order = {rec["id"]: i for i, rec in enumerate(stream)}
    labels = sorted((lab for _, _, lab in copies), key=lambda l: order[l["id"]])
    for lab in labels:
        assert order[lab["of"]] < order[lab["id"]], lab
    # exact copy 2 comes after copy 1
    for lab in labels:
        if lab["id"].endswith("#copy2"):
            assert order[lab["id"][:-1] + "1"] < order[lab["id"]]

    os.makedirs(args.out, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        for rec in stream:
            gz.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    with open(os.path.join(args.out, "articles.jsonl.gz"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    report(base, stream, labels, order, pos, buf.getvalue())


def report(base, stream, labels, order, pos, gz_bytes):
    err = sys.stderr
    by_id = {r["id"]: r for r in stream}
    raw = sum(len((json.dumps(r, ensure_ascii=False) + "\n").encode()) for r in stream)
    print(f"records: {len(stream)} = {len(base)} base + "
          f"{sum(l['kind'] == 'exact' for l in labels)} exact + "
          f"{sum(l['kind'] == 'edited' for l in labels)} edited copies; "
          f"{raw} bytes JSONL, {len(gz_bytes)} bytes gzip", file=err)
    wc = [len(words(r["text"])) for r in base]
    print(f"base words/article: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; "
          f"outlets {Counter(r['outlet'] for r in base).most_common()}", file=err)
    # Jaccard per kind
    groups = defaultdict(list)
    gaps = []
    for lab in labels:
        j = jaccard(shingles(by_id[lab["id"]]["text"]), shingles(by_id[lab["of"]]["text"]))
        k = "exact" if lab["kind"] == "exact" else lab["edit"][0]
        groups[k].append((j, lab))
        gaps.append(order[lab["id"]] - order[lab["of"]])
    print("5-word-shingle Jaccard copy vs original (n, min, median, max):", file=err)
    for k in ["exact"] + list(EDIT_KINDS):
        js = sorted(j for j, _ in groups[k])
        print(f"  {k:5s} n={len(js):3d} min={js[0]:.3f} median={statistics.median(js):.3f} "
              f"max={js[-1]:.3f}", file=err)
    fr = defaultdict(list)
    for lab in labels:
        if lab["word_edit_fraction"] is not None:
            fr[lab["edit"][0]].append(lab["word_edit_fraction"])
    for k, v in sorted(fr.items()):
        print(f"  word_edit_fraction {k}: min {min(v):.4f} median {statistics.median(v):.4f} "
              f"max {max(v):.4f}", file=err)
    gaps.sort()
    print(f"stream distance copy - original: min {gaps[0]} median {statistics.median(gaps)} "
          f"max {gaps[-1]}; <= 25: {sum(g <= 25 for g in gaps)}", file=err)
    # near-duplicates among base articles (and copies vs base articles other than the original)
    sh = [shingles(r["text"]) for r in stream]
    inv = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            inv[g].append(i)
    inter = Counter()
    for g, docs in inv.items():
        if 1 < len(docs) < 200:
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    inter[(docs[x], docs[y])] += 1
    of = {l["id"]: l["of"] for l in labels}
    root = lambda i: of.get(stream[i]["id"], stream[i]["id"])
    base_pairs, cross_pairs, base_max = 0, 0, 0.0
    for (x, y), c in inter.items():
        j = c / (len(sh[x]) + len(sh[y]) - c)
        if root(x) == root(y):
            continue
        is_base = stream[x]["id"] not in of and stream[y]["id"] not in of
        if is_base:
            base_max = max(base_max, j)
        if j >= 0.5:
            if is_base:
                base_pairs += 1
            else:
                cross_pairs += 1
    print(f"base-article pairs with Jaccard >= 0.5: {base_pairs} (max Jaccard between distinct "
          f"base articles {base_max:.3f}); copy vs unrelated article >= 0.5: {cross_pairs}", file=err)
    norm = Counter(normalised(r["text"]) for r in stream)
    print(f"distinct texts: {len({r['text'] for r in stream})}; distinct after normalisation: "
          f"{len(norm)}", file=err)


if __name__ == "__main__":
    main()
