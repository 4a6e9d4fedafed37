#!/usr/bin/env bash
# Seeds each fuzz target's corpus (fuzz/corpus/<target>, not committed) from the test fixtures:
# the bad-input corpus for the decoder, real articles' texts for URLs and paragraphs, a real
# snapshot for the loader (fuzz/seeds/snapshot).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/record_decoder corpus/urls corpus/paragraphs corpus/snapshot
python3 - <<'PY'
import json, os, glob, hashlib
def put(target, data):
    name = hashlib.sha1(data).hexdigest()
    open(f"corpus/{target}/{name}", "wb").write(data)
for f in glob.glob("../tests/fixtures/malformed/*.jsonl"):
    for line in open(f, "rb").read().split(b"\n"):
        if len(line) <= 4096:
            put("record_decoder", line)
for line in [l for f in ("urls/urls.jsonl", "urls-review/review.jsonl") for l in open("../tests/fixtures/" + f, "rb")]:
    d = json.loads(line)
    t = d["text"].encode()[:4000]
    put("urls", t)
    put("paragraphs", b"\x5a" + t)
    if len(line) <= 4096:
        put("record_decoder", line.rstrip(b"\n"))
PY
for t in seeds/*; do cp "$t"/* "corpus/$(basename "$t")/"; done
