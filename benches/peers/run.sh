#!/usr/bin/env bash
# Peers benchmark (issue #5): the Python `simhash` package (SimhashIndex, k = 3) and datasketch
# (MinHash, 128 permutations, MinHashLSH at threshold 0.8) against gleaner, on the same JSONL
# file, one process each, printed side by side with the duplicates each one finds.
#
#   benches/peers/run.sh [DOCS] [JSONL]
#
# DOCS (default 5000) records of the `gleaner bench` corpus are generated unless a JSONL file
# is given. The Python packages go into benches/peers/.venv (created on first use, pip).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
docs="${1:-5000}"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet simhash==2.1.2 datasketch==1.6.5
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="${CARGO_TARGET_DIR:-$root/target}/release/gleaner"
if [ $# -ge 2 ]; then
    corpus="$2"
else
    corpus="$(mktemp -d)/corpus.jsonl"
    "$bin" bench --docs "$docs" --write-corpus "$corpus"
fi
"$venv/bin/python" "$here/peers.py" --gleaner "$bin" "$corpus"
