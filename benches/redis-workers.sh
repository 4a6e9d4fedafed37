#!/usr/bin/env bash
# Throughput of N `gleaner worker` processes sharing one local Redis (README, "Many workers on
# Redis"). Starts its own redis-server on 127.0.0.1 (a free port, a temporary directory,
# append-only file on, as the tests do), writes the `gleaner bench` corpus, and for each worker
# count: empties Redis, loads the corpus into a stream (untimed), starts the workers, waits
# until every entry has a result and nothing is pending, and prints documents per second.
#
#   benches/redis-workers.sh            # 1, 2 and 4 workers; DOCS=20000 THREADS=1 BATCH=128
#   benches/redis-workers.sh 1 3 6      # other worker counts
#
# Needs redis-server and redis-cli (Debian package redis-server) and the Rust toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${DOCS:-20000}
THREADS=${THREADS:-1}
BATCH=${BATCH:-128}
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1 2 4)

command -v redis-server >/dev/null || { echo "redis-server not found (apt-get install redis-server)" >&2; exit 1; }
cargo build --release -q
BIN=${CARGO_TARGET_DIR:-target}/release/gleaner

tmp=$(mktemp -d)
pids=()
redis_pid=""
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A free port: try random ones until redis-server stays up on one.
for _ in $(seq 20); do
  port=$((20000 + RANDOM % 20000))
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly yes --dir "$tmp" \
    --logfile "$tmp/redis.log" &
  redis_pid=$!
  for _ in $(seq 50); do
    redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break
  kill "$redis_pid" 2>/dev/null || true
  redis_pid=""
done
[ -n "$redis_pid" ] || { echo "could not start redis-server" >&2; exit 1; }
rcli() { redis-cli -p "$port" "$@"; }
url="redis://127.0.0.1:$port/"

"$BIN" bench -q --docs "$DOCS" --write-corpus "$tmp/corpus.jsonl"
# Redis protocol for `XADD in * record LINE`, lengths in bytes (LC_ALL=C).
LC_ALL=C awk '{ printf "*5\r\n$4\r\nXADD\r\n$2\r\nin\r\n$1\r\n*\r\n$6\r\nrecord\r\n$%d\r\n%s\r\n", length($0), $0 }' \
  "$tmp/corpus.jsonl" > "$tmp/load.resp"

now() { date +%s.%N; }
echo "corpus: $DOCS documents (gleaner bench --docs $DOCS), $(wc -c < "$tmp/corpus.jsonl") bytes;" \
  "workers: --threads $THREADS --batch $BATCH; cores: $(nproc)"

t0=$(now)
"$BIN" clean -q --no-progress -j "$THREADS" --rejects /dev/null "$tmp/corpus.jsonl" > /dev/null
t1=$(now)
awk -v n="$DOCS" -v a="$t0" -v b="$t1" 'BEGIN { printf "gleaner clean (in memory, one process):   %8.0f docs/s\n", n / (b - a) }'
rcli flushall > /dev/null
t0=$(now)
"$BIN" clean -q --no-progress -j "$THREADS" --rejects /dev/null --index "$url" "$tmp/corpus.jsonl" > /dev/null
t1=$(now)
awk -v n="$DOCS" -v a="$t0" -v b="$t1" 'BEGIN { printf "gleaner clean --index (one process):       %8.0f docs/s\n", n / (b - a) }'

for n in "${COUNTS[@]}"; do
  rcli flushall > /dev/null
  rcli config resetstat > /dev/null
  rcli --pipe < "$tmp/load.resp" > /dev/null
  pids=()
  t0=$(now)
  for i in $(seq "$n"); do
    "$BIN" worker -q --redis "$url" --input in --output out --rejects rej --group g \
      --consumer "w$i" -j "$THREADS" --batch "$BATCH" &
    pids+=($!)
  done
  while :; do
    done_n=$(( $(rcli xlen out) + $(rcli xlen rej) ))
    if [ "$done_n" -ge "$DOCS" ] && [ "$(rcli xpending in g | head -1)" = 0 ]; then break; fi
    sleep 0.05
  done
  t1=$(now)
  for p in "${pids[@]}"; do kill -TERM "$p"; done
  for p in "${pids[@]}"; do wait "$p"; done
  pids=()
  kept=$(rcli xlen out)
  script_us=$(rcli info commandstats | tr -d '\r' | awk -F'[=,]' '/cmdstat_evalsha/ { print $6 }')
  awk -v n="$DOCS" -v w="$n" -v a="$t0" -v b="$t1" -v k="$kept" -v s="$script_us" 'BEGIN {
    printf "%d worker(s):                              %8.0f docs/s  (%.2f s, %d kept, Redis %.0f us per EVALSHA)\n",
      w, n / (b - a), b - a, k, s }'
done
