#!/usr/bin/env python3
"""URL removal on real data in ../shared/data (not shipped: most of these texts are not ours to
redistribute, so this is a command, never a test).

    cargo build --release && python3 eval/urls_real.py [--bin target/release/gleaner] [--show]

Two questions, answered with the default configuration:

* Real news (detik-1000, IndoSum dev, BBC, the article-extraction benchmark's ground truth, the
  WARC samples' extracted text): every URL found there is the article's own or a citation, so
  every removal is a false positive. Prints URLs found and removed per corpus.
* Real injections (spam-injection-examples, 30 excerpts of injected pages): every URL found
  there was put in by a spammer, so every URL kept is a miss. Prints found and removed.

`--show` lists each removal in the news and each URL kept in the injections, with its signals.
"""

import argparse
import json
import os
import subprocess
import tempfile
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")

NEWS = [
    ("indonesian-detik-1000", "detik-1000.jsonl"),
    ("indonesian-indosum", "indosum-dev.jsonl"),
    ("bbc-news", "bbc-news.jsonl"),
    ("article-extraction-benchmark", "pages.jsonl"),
    ("web-warc-samples", "pages.jsonl"),
]
SPAM = ("spam-injection-examples", "examples.jsonl")


def records(path):
    """The corpus as gleaner records (id, url, title, text); rows without text are skipped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            text = r.get("text") or r.get("body") or ""
            if not isinstance(text, str) or not text.strip():
                continue
            out.append({"id": str(r.get("id", n)), "url": r.get("url") or "", "title": r.get("title") or "", "text": text})
    return out


def run(bin_path, recs):
    """Every URL gleaner found, per record: (id, url, removed, score, signals)."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()
    # Duplicates are kept (marked) so that every record's URLs are judged; boilerplate and
    # repeats do not touch URL decisions.
    # Records left empty by cleaning (a pitch and its link, nothing else) go to the rejects
    # with their explanation: read both streams.
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as rej:
        p = subprocess.run(
            [bin_path, "clean", "--explain", "--keep-duplicates", "--no-progress", "-q", "--rejects", rej.name],
            input=data,
            capture_output=True,
            check=True,
        )
        rejected = open(rej.name, "rb").read()
    found = []
    for line in (p.stdout + rejected).decode().split("\n"):
        if not line:
            continue
        r = json.loads(line)
        for u in r.get("gleaner", {}).get("urls", []):
            found.append((r["id"], u["url"], u["removed"], u["score"], u["signals"]))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "gleaner"))
    ap.add_argument("--show", action="store_true", help="list removals in news and misses in spam")
    a = ap.parse_args()
    total_found = total_removed = 0
    print("| real news corpus | records | URLs found | URLs removed (false positives) |")
    print("| --- | --- | --- | --- |")
    for name, fname in NEWS:
        path = os.path.join(DATA, name, fname)
        if not os.path.exists(path):
            print(f"| {name} | missing: {path} | | |")
            continue
        recs = records(path)
        found = run(a.bin, recs)
        removed = [f for f in found if f[2]]
        total_found += len(found)
        total_removed += len(removed)
        print(f"| {name} | {len(recs)} | {len(found)} | {len(removed)} |")
        if a.show:
            for f in removed:
                print(f"    removed in {f[0]}: {f[1]} score {f[3]} {f[4]}", file=sys.stderr)
    print(f"| all | | {total_found} | {total_removed} |")
    print()
    name, fname = SPAM
    recs = records(os.path.join(DATA, name, fname))
    found = run(a.bin, recs)
    removed = [f for f in found if f[2]]
    print(f"real injections ({name}, {len(recs)} excerpts): {len(found)} URLs found, "
          f"{len(removed)} removed, {len(found) - len(removed)} kept")
    if a.show:
        for f in found:
            if not f[2]:
                print(f"    kept in {f[0]}: {f[1]} score {f[3]} {f[4]}", file=sys.stderr)


if __name__ == "__main__":
    main()
