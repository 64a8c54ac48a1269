#!/usr/bin/env bash
# Fills a payment cache with 1,000,000 rows and prints page/count latencies (p95) and the insert
# rate as a ratio to a plain rusqlite loop measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -q -p console --bench cache_queries
