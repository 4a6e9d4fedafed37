#!/usr/bin/env python3
"""Near-duplicate evaluation on the real corpora in ../shared/data (not shipped: their texts
are not ours to redistribute, so this runs outside the test suite).

    cargo build --release
    python3 eval/neardup.py                       # bbc, detik, livedoor with the default config
    python3 eval/neardup.py --k 0 3 6 8 --sets bbc   # recall/precision for several k
    python3 eval/neardup.py --show 20             # also print reported pairs a reader should check

For each set, gleaner cleans the corpus with --keep-duplicates (so every record comes out with
its simhash and verdict), and its duplicate links are clustered. Ground truth:

* bbc-news, livedoor: `near-duplicate-pairs.jsonl` (5-shingle Jaccard; words for bbc, characters
  for livedoor). A labelled pair with Jaccard >= 0.8 must be found (recall).
* detik-1000: the same plus records sharing a URL (byte-identical copies).

Every reported pair is scored with the same Jaccard; pairs below 0.8 are listed as
"disagreements" for a reader to judge (the README lists them).
"""
import argparse, json, os, subprocess, sys, tempfile, re, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
SETS = {
    "bbc": ("bbc-news/bbc-news.jsonl", "bbc-news/near-duplicate-pairs.jsonl", "word"),
    "detik": ("indonesian-detik-1000/detik-1000.jsonl", "indonesian-detik-1000/near-duplicate-pairs.jsonl", "word"),
    "livedoor": ("japanese-livedoor-news/livedoor-sample.jsonl", "japanese-livedoor-news/near-duplicate-pairs.jsonl", "char"),
}
WORD = re.compile(r"\w+", re.U)


def shingles(text, mode, n=5):
    if mode == "word":
        t = [w.lower() for w in WORD.findall(text)]
    else:
        t = [c for c in text if not c.isspace()]
    return {tuple(t[i:i + n]) for i in range(max(1, len(t) - n + 1))}


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def run_gleaner(path, config):
    exe = os.path.join(ROOT, "target", "release", "gleaner")
    args = [exe, "clean", "-q", "--keep-duplicates", path]
    if config:
        args[2:2] = ["--config", config]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def evaluate(name, k, show, data):
    corpus, pairs_file, mode = SETS[name]
    path = os.path.join(data, corpus)
    cfg = None
    if k is not None:
        fd, cfg = tempfile.mkstemp(suffix=".toml")
        os.write(fd, f"[neardup]\nk = {k}\nk_short = {min(k, 3)}\n".encode())
        os.close(fd)
    recs = run_gleaner(path, cfg)
    if cfg:
        os.unlink(cfg)
    src = {}
    with open(path, encoding="utf-8") as f:
        for l in f:
            r = json.loads(l)
            src[r["id"]] = r
    # Cluster reported duplicates.
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reported = []
    for r in recs:
        g = r["gleaner"]
        if g["verdict"] == "duplicate":
            a, b = r["id"], g["duplicate_of"]
            reported.append((b, a, g["distance"]))
            parent[find(a)] = find(b)
    labelled = {}
    with open(os.path.join(data, pairs_file), encoding="utf-8") as f:
        for l in f:
            p = json.loads(l)
            labelled[frozenset((p["a"], p["b"]))] = p["jaccard"]
    if name == "detik":
        by_url = collections.defaultdict(list)
        for i, r in src.items():
            by_url[r["url"]].append(i)
        for ids in by_url.values():
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    labelled[frozenset((ids[x], ids[y]))] = 1.0
    # Byte-identical texts: every such pair must be found (distance 0, exact hash).
    by_text = collections.defaultdict(list)
    for i, r in src.items():
        by_text[r["text"]].append(i)
    identical = [frozenset((ids[x], ids[y])) for ids in by_text.values() for x in range(len(ids)) for y in range(x + 1, len(ids))]
    pos = [p for p, j in labelled.items() if j >= 0.8]
    found = [p for p in pos if find(min(p)) == find(max(p))]
    cache = {}

    def sh(i):
        if i not in cache:
            cache[i] = shingles(src[i]["text"], mode)
        return cache[i]

    disagreements = []
    for a, b, d in reported:
        j = labelled.get(frozenset((a, b)))
        if j is None:
            j = jaccard(sh(a), sh(b))
        if j < 0.8:
            disagreements.append((round(j, 3), d, a, b))
    disagreements.sort()
    missed = [tuple(sorted(p)) + (labelled[p],) for p in pos if p not in found]
    identical_found = sum(1 for p in identical if find(min(p)) == find(max(p)))
    return {
        "set": name,
        "k": k,
        "records": len(recs),
        "identical_pairs": len(identical),
        "identical_found": identical_found,
        "duplicates_reported": len(reported),
        "positive_pairs": len(pos),
        "found": len(found),
        "recall": round(len(found) / max(1, len(pos)), 4),
        "reported_below_0.8": len(disagreements),
        "disagreements": disagreements[:show] if show else [],
        "missed": missed[:show] if show else [],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--k", nargs="*", type=int, default=[None])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--data", default=DATA)
    a = ap.parse_args()
    for s in a.sets:
        for k in a.k:
            print(json.dumps(evaluate(s, k, a.show, a.data), ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
