#!/usr/bin/env python3
"""Score a gleaner binary on the blind repeats-review set (paragraph level).

Usage: score.py [BINARY] [--set DIR] [--quiet]
  BINARY  defaults to /tmp/gleaner-spun
  --set   directory holding articles.jsonl and labels.jsonl
          (default: tests/fixtures/repeats-review under the repository root)

Runs: BINARY clean -q --no-progress --keep-duplicates --rejects /dev/null articles.jsonl
and compares removed_paragraphs with the labels:
  * each label item {"accept": [...], "count": k} wants k of its accepted indices
    removed; up to k removals inside it are true positives, the rest (a clean copy
    keeps one copy) are wrong removals of that item's category;
  * removals of "optional" indices are ignored;
  * any other removal is a wrong removal, charged to hard_negative when the
    paragraph is a marked hard negative, otherwise to the record's category.
Prints precision/recall overall and per category, every miss and every wrong
removal with the paragraph text.  Always exits 0 (unless it cannot run at all).
"""

import argparse
import collections
import json
import os
import subprocess
import sys

CATS = ["spun_link", "spun", "repeat", "title_echo", "boilerplate", "hard_negative"]


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def short(text, n=240):
    return text if len(text) <= n else text[: n - 1] + "…"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("binary", nargs="?", default="/tmp/gleaner-spun")
    ap.add_argument("--set", default=os.path.join(root, "tests", "fixtures", "repeats-review"))
    ap.add_argument("--quiet", action="store_true", help="figures only, no per-paragraph lists")
    args = ap.parse_args()

    arts_path = os.path.join(args.set, "articles.jsonl")
    articles = {a["id"]: a for a in load_jsonl(arts_path)}
    labels = load_jsonl(os.path.join(args.set, "labels.jsonl"))

    cmd = [args.binary, "clean", "-q", "--no-progress", "--keep-duplicates",
           "--rejects", "/dev/null", arts_path]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        print("warning: %s exited with %d" % (" ".join(cmd), proc.returncode))
    if proc.stderr.strip():
        print("stderr: " + short(proc.stderr.decode("utf-8", "replace").strip(), 2000))
    outputs = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            outputs[rec.get("id")] = rec

    tp = collections.Counter()
    fn = collections.Counter()
    fp = collections.Counter()
    reasons = collections.defaultdict(collections.Counter)
    misses, wrongs, verdicts, missing, nonkept = [], [], collections.Counter(), [], []

    for lab in labels:
        rid = lab["id"]
        paras = [p for p in articles[rid]["text"].split("\n") if p.strip()]
        out = outputs.get(rid)
        if out is None:
            missing.append(rid)
            removed = {}
        else:
            g = out.get("gleaner", {})
            verdicts[g.get("verdict")] += 1
            if g.get("verdict") not in (None, "kept"):
                nonkept.append("%s=%s(of %s)" % (rid, g.get("verdict"), g.get("duplicate_of")))
            removed = {r["index"]: r for r in g.get("removed_paragraphs", [])}
        used = set()
        for item in lab["drop"]:
            hits = [i for i in item["accept"] if i in removed]
            good = hits[: item["count"]]
            for i in good:
                tp[item["category"]] += 1
                reasons[item["category"]][removed[i]["reason"]] += 1
            for i in hits[item["count"]:]:
                fp[item["category"]] += 1
                wrongs.append((lab, i, removed[i], item["category"],
                               "every copy removed (one must stay)"))
            used.update(hits)
            if len(good) < item["count"]:
                fn[item["category"]] += item["count"] - len(good)
                misses.append((lab, item, [i for i in item["accept"] if i not in removed]))
        for i, r in sorted(removed.items()):
            if i in used or i in lab["optional"]:
                continue
            cat = "hard_negative" if i in lab["hard_negatives"] else lab["category"]
            fp[cat] += 1
            wrongs.append((lab, i, r, cat, "must stay"))

    def pr(t, p, n):
        prec = t / (t + p) if t + p else float("nan")
        rec = t / (t + n) if t + n else float("nan")
        return prec, rec

    print("binary: %s   records: %d   output records: %d" % (args.binary, len(labels), len(outputs)))
    print("verdicts: %s" % ", ".join("%s=%d" % (k, v) for k, v in sorted(verdicts.items()) ))
    if nonkept:
        print("records not 'kept': %s" % ", ".join(nonkept))
    if missing:
        print("records missing from output: %s" % ", ".join(missing))
    print()
    print("%-14s %5s %5s %5s %9s %7s" % ("category", "TP", "FP", "FN", "precision", "recall"))
    for c in CATS:
        p, r = pr(tp[c], fp[c], fn[c])
        print("%-14s %5d %5d %5d %9s %7s" % (c, tp[c], fp[c], fn[c],
                                            "-" if p != p else "%.3f" % p,
                                            "-" if r != r else "%.3f" % r))
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = pr(T, P, N)
    print("%-14s %5d %5d %5d %9.3f %7.3f" % ("OVERALL", T, P, N, p, r))
    print()
    print("reasons given for correct removals:")
    for c in CATS:
        if reasons[c]:
            print("  %-12s %s" % (c, ", ".join("%s=%d" % kv for kv in reasons[c].most_common())))

    if args.quiet:
        return 0
    print()
    print("=== MISSES (%d paragraphs) ===" % N)
    for lab, item, left in misses:
        paras = [p for p in articles[lab["id"]]["text"].split("\n") if p.strip()]
        print("- %s [%s/%s] %s  wanted %d of %s dropped%s" % (
            lab["id"], lab["lang"], item["category"], lab["site"], item["count"], item["accept"],
            ("  (" + item["note"] + ")") if item.get("note") else ""))
        for i in item["accept"]:
            print("    p%d%s: %s" % (i, "" if i in left else " (removed)", short(paras[i])))
    print()
    print("=== WRONG REMOVALS (%d paragraphs) ===" % P)
    for lab, i, r, cat, why in wrongs:
        paras = [p for p in articles[lab["id"]]["text"].split("\n") if p.strip()]
        of = r.get("of")
        print("- %s [%s/%s] %s  p%d removed as %s (of=%s): %s" % (
            lab["id"], lab["lang"], cat, lab["site"], i, r["reason"], of, why))
        print("    p%d: %s" % (i, short(paras[i])))
        if isinstance(of, int) and 0 <= of < len(paras):
            print("    of p%d: %s" % (of, short(paras[of])))
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
