#!/usr/bin/env bash
# Load test of `gleaner serve` (README, "Running the daemon"): builds in release mode, starts the
# daemon on 127.0.0.1, posts REQUESTS single articles over CONNECTIONS keep-alive connections and
# reports requests/s, p50/p99 latency and resident memory after CHECKPOINT requests and at the
# end. Needs only the Rust toolchain; the load generator is benches/load/main.rs.
#
#   benches/load/run.sh                      # 1,000,000 requests, 64 connections
#   REQUESTS=200000 benches/load/run.sh --json
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo bench --bench load -- \
  --requests "${REQUESTS:-1000000}" --connections "${CONNECTIONS:-64}" --checkpoint "${CHECKPOINT:-100000}" "$@"
