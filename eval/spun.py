#!/usr/bin/env python3
"""How well gleaner finds spun copies of a paragraph inside a document, and what it removes
from untouched articles (the cost of looser near-repeat rules).

Usage (Python 3 standard library only; reads the corpora, writes nothing but temporary files):

    python3 eval/spun.py --bin target/release/gleaner [--data DIR] [--rates 0,0.1,0.2,0.3]
        [--corpus bbc,detik,indosum,livedoor] [--docs 400] [--show N] [--config FILE]

DIR defaults to /work/shared/data (third-party corpora, several not redistributable: nothing
read here is shipped). For each article with at least four paragraphs (of the corpora written
with spaces), one paragraph of at least 20 words is copied with a share of its words replaced ("spun") by other words of the same
corpus (a stand-in for a spinner's synonyms: replacing with a synonym changes the same tokens),
and the copy is put after the first paragraph, the way the seed's spam site did; half of the
copies also carry a pasted promotional link after their third word (the seed's pattern).

Printed per rate: the share of spun copies gleaner removes (either the copy or the original,
keeping one), and, on every article of two paragraphs or more without a copy, every paragraph removed as a repeat
(`--show` prints them: each is a false removal unless the article really repeats itself).
"""

import argparse
import json
import os
import random
import subprocess
import tempfile

DATA = "/work/shared/data"
FILES = {
    "bbc": "bbc-news/bbc-news.jsonl",
    "detik": "indonesian-detik-1000/detik-1000.jsonl",
    "indosum": "indonesian-indosum/indosum-dev.jsonl",
    "livedoor": "japanese-livedoor-news/livedoor-sample.jsonl",
}
REPEAT_REASONS = {"repeat", "near_repeat", "spam_carrier"}


def paragraphs(text):
    """Non-blank lines, as gleaner counts paragraphs."""
    return [p.strip() for p in text.split("\n") if p.strip()]


def load(data, corpus, docs):
    out = []
    with open(os.path.join(data, FILES[corpus]), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            ps = paragraphs(r.get("text") or "")
            if len(ps) >= 2:
                out.append((corpus, r, ps))
            if len(out) >= docs:
                break
    return out


def spin(p, rate, vocab, rng):
    words = p.split()
    out = []
    for w in words:
        core = w.strip(".,;:!?\"'()")
        # A spinner swaps common words for synonyms and keeps names.
        if rate > 0 and len(core) >= 3 and core.isalpha() and core.islower() and rng.random() < rate:
            out.append(w.replace(core, rng.choice(vocab)))
        else:
            out.append(w)
    return " ".join(out)


def run(binary, records, config=None):
    with tempfile.TemporaryDirectory() as d:
        inp = os.path.join(d, "in.jsonl")
        rej = os.path.join(d, "rej.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(inp, "rb") as f:
            res = subprocess.run(
                [binary, "clean", "-q", "--no-progress", "--keep-duplicates", "--rejects", rej]
                + (["--config", config] if config else []),
                stdin=f,
                capture_output=True,
                check=True,
            )
        out = {}
        for line in res.stdout.decode("utf-8").split("\n"):
            if not line:
                continue
            r = json.loads(line)
            out[r["id"]] = r["gleaner"]
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/gleaner")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--rates", default="0,0.1,0.2,0.3")
    ap.add_argument("--corpus", default="bbc,detik,indosum,livedoor")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--config", help="a gleaner configuration file (to try other settings)")
    args = ap.parse_args()

    arts = []
    for c in args.corpus.split(","):
        arts.extend(load(args.data, c, args.docs))
    vocab = {}
    for c, _, ps in arts:
        for p in ps:
            vocab.setdefault(c, []).extend(w for w in p.split() if w.isalpha() and w.islower() and len(w) >= 3)

    # Untouched articles: what is removed as a repeat without any copy.
    base = [{"id": f"{c}:{i}:base", "url": r.get("url", ""), "title": r.get("title", ""), "text": "\n\n".join(ps)}
            for i, (c, r, ps) in enumerate(arts)]
    got = run(args.bin, base, args.config)
    fp = []
    for rec in base:
        for rp in got[rec["id"]]["removed_paragraphs"]:
            if rp["reason"] in ("repeat", "near_repeat"):
                ps = rec["text"].split("\n\n")
                fp.append((rec["id"], rp, ps[rp["index"]], ps[rp["of"]] if rp.get("of") is not None else ""))
    print(f"{len(base)} untouched articles: {len(fp)} paragraphs removed as repeats")
    for rid, rp, p, q in fp[: args.show]:
        print(f"  {rid} #{rp['index']} {rp['reason']} of #{rp['of']}\n    - {p[:300]}\n    - {q[:300]}")

    # Articles spun: at least four paragraphs, one of 20 words or more after the first.
    arts = [a for a in arts if len(a[2]) >= 4 and any(len(p.split()) >= 20 for p in a[2][1:])]
    for rate in [float(x) for x in args.rates.split(",")]:
        rng = random.Random(f"spun-{rate}")
        recs, want = [], {}
        for i, (c, r, ps) in enumerate(arts):
            cands = [j for j in range(1, len(ps)) if len(ps[j].split()) >= 20]
            j = rng.choice(cands)
            copy = spin(ps[j], rate, vocab[c], rng)
            link = i % 2 == 0
            if link:
                w = copy.split(" ")
                copy = " ".join(w[:3] + ["https://slot-gacor-resmi.com/"] + w[3:])
            new = [ps[0], copy] + ps[1:]
            rid = f"{c}:{i}:{rate}"
            recs.append({"id": rid, "url": r.get("url", ""), "title": r.get("title", ""), "text": "\n\n".join(new)})
            want[rid] = (1, j + 1, link)
        got = run(args.bin, recs, args.config)
        found = {True: [0, 0], False: [0, 0]}
        for rid, (ci, oi, link) in want.items():
            removed = {rp["index"]: rp["reason"] for rp in got[rid]["removed_paragraphs"]}
            ok = removed.get(ci) in REPEAT_REASONS or removed.get(oi) in REPEAT_REASONS
            found[link][0] += ok
            found[link][1] += 1
        tot = found[True][0] + found[False][0]
        n = found[True][1] + found[False][1]
        print(
            f"spun at {rate:.2f}: {tot}/{n} copies found ({tot / n:.3f}); "
            f"with a link {found[True][0]}/{found[True][1]}, without {found[False][0]}/{found[False][1]}"
        )


if __name__ == "__main__":
    main()
