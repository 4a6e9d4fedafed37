"""Runs the Python `simhash` package, datasketch and gleaner on one JSONL file (see run.sh).

Each tool reads the same records, decides for each one whether it near-duplicates an earlier
one, and is timed from the first read to the last decision (for gleaner: the whole `clean`
process, output written). When the records come from `gleaner bench --write-corpus`, the
true duplicates are known (their url holds `?copy=`), and precision and recall are printed.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    recs = [json.loads(line) for line in raw.splitlines() if line.strip()]
    return recs, len(raw)


def truth(recs):
    if not all("url" in r for r in recs) or not any("?copy=" in r["url"] for r in recs):
        return None
    return {r["id"] for r in recs if "?copy=" in r["url"]}


def run_simhash(recs):
    from simhash import Simhash, SimhashIndex

    index = SimhashIndex([], k=3)
    flagged = set()
    t0 = time.perf_counter()
    for r in recs:
        s = Simhash(r["text"])
        if index.get_near_dups(s):
            flagged.add(r["id"])
        else:
            index.add(r["id"], s)
    return time.perf_counter() - t0, flagged


WORD = re.compile(r"\w+", re.UNICODE)


def run_datasketch(recs):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    flagged = set()
    t0 = time.perf_counter()
    for r in recs:
        words = WORD.findall(r["text"].lower())
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(words[i : i + 3]).encode("utf8") for i in range(max(1, len(words) - 2))])
        if lsh.query(m):
            flagged.add(r["id"])
        else:
            lsh.insert(r["id"], m)
    return time.perf_counter() - t0, flagged


def run_gleaner(binary, path, threads):
    with tempfile.TemporaryDirectory() as d:
        rejects = os.path.join(d, "rejects.jsonl")
        cmd = [binary, "clean", "-q", "--no-progress", "-j", str(threads), "--rejects", rejects, path]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        secs = time.perf_counter() - t0
        flagged = set()
        with open(rejects) as f:
            for line in f:
                r = json.loads(line)
                if r.get("gleaner", {}).get("verdict") == "duplicate":
                    flagged.add(r["id"])
    return secs, flagged


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("jsonl")
    ap.add_argument("--gleaner", required=True, help="path of the gleaner binary")
    ap.add_argument("--threads", type=int, default=1, help="gleaner threads (default 1: one core each)")
    args = ap.parse_args()
    recs, size = load(args.jsonl)
    true = truth(recs)
    rows = []
    for name, fn in [
        ("gleaner clean (1 thread)" if args.threads == 1 else f"gleaner clean ({args.threads} threads)",
         lambda: run_gleaner(args.gleaner, args.jsonl, args.threads)),
        ("datasketch MinHashLSH (128 perms, t=0.8)", lambda: run_datasketch(recs)),
        ("simhash SimhashIndex (k=3)", lambda: run_simhash(recs)),
    ]:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        secs, flagged = fn()
        rows.append((name, secs, flagged))
    g = rows[0][1]
    print(f"{len(recs)} records, {size / 1e6:.1f} MB: {args.jsonl}")
    print(f"{'tool':44} {'seconds':>8} {'MB/s':>8} {'docs/s':>9} {'dups':>6} {'prec':>6} {'recall':>6} {'gleaner is':>11}")
    for name, secs, flagged in rows:
        if true is not None:
            tp = len(flagged & true)
            prec = f"{tp / len(flagged):.3f}" if flagged else "-"
            rec = f"{tp / len(true):.3f}" if true else "-"
        else:
            prec = rec = "-"
        speed = f"{secs / g:.0f}x" if name != rows[0][0] else "-"
        print(f"{name:44} {secs:8.2f} {size / 1e6 / secs:8.2f} {len(recs) / secs:9.0f} {len(flagged):6d} {prec:>6} {rec:>6} {speed:>11}")


if __name__ == "__main__":
    main()
