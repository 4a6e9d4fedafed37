#!/usr/bin/env python3
"""Builds the word lists and paragraph-length histograms that `gleaner bench` and the
criterion benches draw their synthetic corpus from (src/corpus/*.txt).

    python3 eval/prep/build_corpus_vocab.py ../shared/data

Sources (both shippable, see src/corpus/SOURCE.md): IndoSum dev folds (CC BY-SA 4.0) for
Indonesian, the article-extraction benchmark's ground-truth bodies (MIT) for English.
Only word frequencies and length histograms are kept, never running text.
"""
import collections, json, re, sys, os

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "corpus")
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.U)

def texts_indosum():
    with open(os.path.join(data, "indonesian-indosum", "indosum-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]

def texts_aeb():
    gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.json"), encoding="utf-8"))
    for v in gt.values():
        body = v.get("articleBody") or ""
        # English pages only: a crude ASCII-share test.
        if body and sum(c.isascii() for c in body) / len(body) > 0.97:
            yield body

def build(name, texts, top):
    words = collections.Counter()
    lengths = collections.Counter()
    for t in texts:
        for para in t.split("\n"):
            ws = WORD.findall(para)
            if not ws:
                continue
            lengths[min(len(ws), 200)] += 1
            words.update(w for w in ws if not w.isdigit() and len(w) < 30)
    with open(os.path.join(out, f"vocab-{name}.txt"), "w", encoding="utf-8") as f:
        for w, c in words.most_common(top):
            f.write(f"{w}\t{c}\n")
    with open(os.path.join(out, f"paragraphs-{name}.txt"), "w", encoding="utf-8") as f:
        for n in sorted(lengths):
            f.write(f"{n}\t{lengths[n]}\n")

build("id", texts_indosum(), 20000)
build("en", texts_aeb(), 12000)
