#!/usr/bin/env python3
"""Builds src/stages/neardup/stopwords.txt: words in >= 20% of IndoSum articles or >= 25% of
the article-extraction benchmark's English bodies (document frequency; no running text kept).

    python3 eval/prep/build_stopwords.py ../shared/data
"""
import collections, json, os, re, sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
W = re.compile(r"[^\W_]+(?:['.][^\W_]+)*", re.U)


def df(texts):
    c, n = collections.Counter(), 0
    for t in texts:
        n += 1
        c.update({w.lower() for w in W.findall(t)})
    return c, n


ind = [json.loads(l)["text"] for l in open(os.path.join(data, "indonesian-indosum/indosum-dev.jsonl"), encoding="utf-8")]
gt = json.load(open(os.path.join(data, "article-extraction-benchmark/ground-truth.json"), encoding="utf-8"))
en = [v["articleBody"] for v in gt.values() if v.get("articleBody") and sum(c.isascii() for c in v["articleBody"]) / len(v["articleBody"]) > 0.97]
words = set()
for texts, th in [(ind, 0.2), (en, 0.25)]:
    c, n = df(texts)
    words |= {w for w, v in c.items() if v / n >= th and not any(ch.isdigit() for ch in w)}
path = os.path.join(os.path.dirname(__file__), "..", "..", "src", "stages", "neardup", "stopwords.txt")
# Keep the file's comment header as it is; replace the words.
header = [l for l in open(path, encoding="utf-8").read().splitlines() if l.startswith("#")] if os.path.exists(path) else []
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(header + sorted(words)) + "\n")
print(len(words), "words")
