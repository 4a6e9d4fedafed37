#!/usr/bin/env python3
"""Score a gleaner binary on the held-out URL review set 4.

Usage:
    python3 eval/prep/url_review4/score.py BINARY [--show] [--set PATH] [--keep DIR]

Runs `BINARY clean -q --no-progress --rejects R -o OUT IN` on
tests/fixtures/urls-review4/review4.jsonl, fed without the `labels` field.
Records are matched by `id`, in the output first and then in the rejects (a
record may be rejected, e.g. as a near-duplicate; its text is read from there).
A record found in neither counts as emptied: every span in it is removed.

A labelled span counts as removed when it no longer appears in the record's
cleaned `text`.  It still counts as present when it appears after Unicode NFKC
normalisation with zero-width characters dropped (and, for percent-encoded
spans, after percent-decoding), so that a normalised but kept spam host is not
counted as removed.

Prints recall (removed injected / injected), precision (removed injected /
all removed spans), the counts, recall per niche, kind and language, and wrong
removals per legitimate kind and language.  --show lists every miss and every
wrong removal with its id, kind and language.

Standard library only.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import unquote

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_SET = os.path.join(ROOT, "tests", "fixtures", "urls-review4", "review4.jsonl")
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def norm(s):
    return unicodedata.normalize("NFKC", s).translate(ZW)


def present(span, text, text_norm):
    if span in text:
        return True
    variants = {norm(span)}
    if "%" in span:
        variants.add(norm(unquote(span)))
    return any(v and v in text_norm for v in variants)


def load_set(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"score.py: {path}:{n}: bad JSON: {e}")
    return recs


def find_record(obj, ids, depth=0):
    """Return (id, text) for the first dict carrying a known id, searching
    nested dicts and JSON-encoded strings (the rejects format may wrap the
    original record)."""
    if depth > 4:
        return None
    if isinstance(obj, str):
        s = obj.strip()
        if s.startswith("{"):
            try:
                return find_record(json.loads(s), ids, depth + 1)
            except json.JSONDecodeError:
                return None
        return None
    if isinstance(obj, dict):
        rid = obj.get("id")
        if isinstance(rid, str) and rid in ids and isinstance(obj.get("text"), str):
            return rid, obj["text"]
        for v in obj.values():
            hit = find_record(v, ids, depth + 1)
            if hit:
                return hit
        # an id without a text at this level: the text may sit beside it
        if isinstance(rid, str) and rid in ids:
            for v in obj.values():
                if isinstance(v, dict) and isinstance(v.get("text"), str):
                    return rid, v["text"]
    if isinstance(obj, list):
        for v in obj:
            hit = find_record(v, ids, depth + 1)
            if hit:
                return hit
    return None


def read_jsonl_texts(path, ids):
    texts, unparsed = {}, 0
    if not os.path.exists(path):
        return texts, unparsed
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                unparsed += 1
                continue
            hit = find_record(obj, ids)
            if hit is None:
                unparsed += 1
                continue
            rid, text = hit
            texts.setdefault(rid, text)
    return texts, unparsed


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary", help="path to the gleaner binary")
    ap.add_argument("--show", action="store_true",
                    help="list every miss and every wrong removal")
    ap.add_argument("--set", default=DEFAULT_SET, help="labelled JSON Lines set")
    ap.add_argument("--keep", metavar="DIR",
                    help="keep the input, output and rejects files in DIR")
    args = ap.parse_args()

    recs = load_set(args.set)
    ids = {r["id"] for r in recs}
    if len(ids) != len(recs):
        sys.exit("score.py: duplicate ids in the set")

    work = args.keep or tempfile.mkdtemp(prefix="urls-review4-")
    os.makedirs(work, exist_ok=True)
    inp = os.path.join(work, "input.jsonl")
    out = os.path.join(work, "output.jsonl")
    rej = os.path.join(work, "rejects.jsonl")
    with open(inp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps({k: r[k] for k in ("id", "url", "title", "text")},
                               ensure_ascii=False) + "\n")
    for p in (out, rej):
        if os.path.exists(p):
            os.remove(p)

    cmd = [args.binary, "clean", "-q", "--no-progress", "--rejects", rej, "-o", out, inp]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"score.py: {' '.join(cmd)} exited with {proc.returncode}")
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr)

    out_texts, out_bad = read_jsonl_texts(out, ids)
    rej_texts, rej_bad = read_jsonl_texts(rej, ids)

    tot_i = rem_i = tot_l = rem_l = 0
    by_niche, by_kind_i, by_lang_i = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    by_kind_l, by_lang_l = defaultdict(Counter), defaultdict(Counter)
    misses, wrong = [], []
    in_rejects, missing = [], []
    clean_articles_hurt = 0

    for r in recs:
        rid = r["id"]
        if rid in out_texts:
            text = out_texts[rid]
        elif rid in rej_texts:
            text = rej_texts[rid]
            in_rejects.append(rid)
        else:
            text = ""
            missing.append(rid)
        tnorm = norm(text)
        has_injection = any(l["injected"] for l in r["labels"])
        hurt = False
        for lab in r["labels"]:
            gone = not present(lab["span"], text, tnorm)
            if lab["injected"]:
                tot_i += 1
                rem_i += gone
                for table, key in ((by_niche, lab["niche"]), (by_kind_i, lab["kind"]),
                                   (by_lang_i, lab["lang"])):
                    table[key]["n"] += 1
                    table[key]["removed"] += gone
                if not gone:
                    misses.append((rid, lab))
            else:
                tot_l += 1
                rem_l += gone
                for table, key in ((by_kind_l, lab["kind"]), (by_lang_l, lab["lang"])):
                    table[key]["n"] += 1
                    table[key]["removed"] += gone
                if gone:
                    wrong.append((rid, lab))
                    hurt = True
        if hurt and not has_injection:
            clean_articles_hurt += 1

    removed = rem_i + rem_l
    print(f"set: {os.path.relpath(args.set, ROOT)}  records: {len(recs)}  "
          f"in output: {len(out_texts)}  in rejects only: {len(in_rejects)}  "
          f"missing: {len(missing)}")
    if out_bad or rej_bad:
        print(f"lines not matched to a set record: output {out_bad}, rejects {rej_bad}")
    print()
    print(f"recall     {pct(rem_i, tot_i)}   removed injected {rem_i} / injected {tot_i}")
    print(f"precision  {pct(rem_i, removed)}   removed injected {rem_i} / all removed spans {removed}")
    print(f"legit kept {pct(tot_l - rem_l, tot_l)}   wrongly removed legitimate {rem_l} / legitimate {tot_l}")
    print(f"articles without injection that lost a legitimate span: {clean_articles_hurt}")

    def table(title, rows, what):
        print()
        print(f"{title:<24} {'n':>4} {what:>9} {'rate':>7}")
        for key, c in sorted(rows.items(), key=lambda kv: (-kv[1]["n"], str(kv[0]))):
            print(f"{str(key):<24} {c['n']:>4} {c['removed']:>9} {pct(c['removed'], c['n']):>7}")

    table("recall by niche", by_niche, "removed")
    table("recall by kind", by_kind_i, "removed")
    table("recall by language", by_lang_i, "removed")
    table("legit by kind", by_kind_l, "wrong")
    table("legit by language", by_lang_l, "wrong")

    if in_rejects:
        print()
        print("records read from the rejects: " + ", ".join(in_rejects))
    if missing:
        print("records missing from output and rejects: " + ", ".join(missing))

    if args.show:
        print()
        print(f"MISSES (injected spans still present): {len(misses)}")
        for rid, lab in misses:
            print(f"  {rid}  {lab['lang']:<3} {lab['kind']:<14} {lab['niche']:<10} {lab['span']!r}")
        print()
        print(f"WRONG REMOVALS (legitimate spans gone): {len(wrong)}")
        for rid, lab in wrong:
            print(f"  {rid}  {lab['lang']:<3} {lab['kind']:<14} {lab['span']!r}")

    if not args.keep:
        for p in (inp, out, rej):
            if os.path.exists(p):
                os.remove(p)
        try:
            os.rmdir(work)
        except OSError:
            pass


if __name__ == "__main__":
    main()
