#!/usr/bin/env bash
# Quick load check of the public site: a release server on a throwaway SQLite database
# with the demo data, loaded by wrk (16 connections, 10 s) on loopback. /healthz is the
# baseline measured in the same run, so the ratio survives this machine's drifting speed.
#
#   bash benches/public-load.sh [runs]      (needs `apt-get install wrk`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port="${BENCH_PORT:-8199}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

cargo build --release --quiet
work="$(mktemp -d)"
CAREERS_DATABASE_URL="sqlite:$work/careers.db" CAREERS_UPLOADS_DIR="$work/uploads" \
  CAREERS_SECRET_KEY_FILE="$work/secret.key" ROCKET_PORT="$port" RUST_LOG=warn \
  target/release/careers serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

measure() { # prints "req/s p99"
  wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port$1" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}

printf '%-4s %-34s %10s %9s %7s\n' run route req/s p99 ratio
for run in $(seq "$runs"); do
  read -r base base_p99 < <(measure /healthz)
  printf '%-4s %-34s %10s %9s %7s\n' "$run" /healthz "$base" "$base_p99" 1.00
  for route in /jobs "/jobs?q=engineer&affiliate=US" /jobs/product-designer /api/v1/jobs; do
    read -r rps p99 < <(measure "$route")
    printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "$route" "$rps" "$p99" "$(echo "$rps / $base" | bc -l)"
  done
done
