#!/usr/bin/env bash
# Runs `openssl speed rsa2048` and the criterion signing benchmarks in the same run and prints
# our throughput as a ratio of OpenSSL's. Targets: sign >= 0.8x, notification >= 0.5x of verify.
# Usage: scripts/bench-signing.sh   (env: SECONDS_PER_RUN=3, CARGO_MANIFEST=<workspace Cargo.toml>)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="${CARGO_MANIFEST:-$repo/Cargo.toml}"
seconds="${SECONDS_PER_RUN:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v openssl >/dev/null || { echo "openssl not found" >&2; exit 2; }

echo "== openssl speed -seconds $seconds rsa2048" >&2
openssl speed -seconds "$seconds" rsa2048 >"$work/openssl.txt" 2>"$work/openssl.err" || {
  cat "$work/openssl.err" >&2; exit 2; }
# Line: "rsa 2048 bits 0.000717s 0.000021s   1394.6  47160.5" (sign/s, verify/s last two).
read -r ossl_sign ossl_verify < <(awk '/^rsa +2048 bits/ {print $(NF-1), $NF; exit}' "$work/openssl.txt")
if [[ -z "${ossl_sign:-}" || -z "${ossl_verify:-}" ]]; then
  echo "could not read openssl speed output:" >&2; cat "$work/openssl.txt" >&2; exit 2
fi

echo "== cargo bench -p antom --bench signing" >&2
export CRITERION_HOME="$work/criterion"
cargo bench --manifest-path "$manifest" -p antom --bench signing -- \
  --warm-up-time 1 --measurement-time "$seconds" --noplot >&2

# Mean time per iteration in ns from criterion's estimates.json.
mean_ns() {
  local file="$CRITERION_HOME/$1/new/estimates.json"
  [[ -f "$file" ]] || { echo "missing $file" >&2; exit 2; }
  grep -o '"mean":{"confidence_interval":{[^}]*},"point_estimate":[0-9.e+-]*' "$file" \
    | sed 's/.*"point_estimate"://'
}

ratio_line() { # name ours_ns openssl_ops
  awk -v n="$1" -v ns="$2" -v o="$3" 'BEGIN {
    ours = 1e9 / ns; printf "%s: ours %.0f/s, openssl %.0f/s, ratio %.2f\n", n, ours, o, ours / o }'
}

echo "== results (same machine, same run)"
ratio_line "sign" "$(mean_ns sign)" "$ossl_sign"
ratio_line "verify" "$(mean_ns verify)" "$ossl_verify"
ratio_line "notification verify+parse (vs openssl verify)" "$(mean_ns notification_verify_parse)" "$ossl_verify"
