#!/usr/bin/env bash
# Benchmark: the real Payments window over a cache of 1,000,000 payments. Fills the cache once with
# the cache benchmark (kept in $ANTOM_BENCH_DIR, default target/bench-cache; later runs reuse it),
# then drives the debug app under Xvfb like the e2e suite and prints the timings as JSON.
# Needs what scripts/setup installs, plus the sqlite3 command (apt install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || { echo "bench-scroll: needs sqlite3 (sudo apt-get install sqlite3)" >&2; exit 1; }
export ANTOM_BENCH_DIR=${ANTOM_BENCH_DIR:-$PWD/target/bench-cache}
mkdir -p "$ANTOM_BENCH_DIR"
cargo bench -q -p console --bench cache_queries
npm run --silent build:ui
cargo build -q -p antom-console
ANTOM_SCROLL_DB="$ANTOM_BENCH_DIR/cache.db" ANTOM_E2E_SPECS=tests/e2e-bench/scroll.bench.mjs scripts/e2e
