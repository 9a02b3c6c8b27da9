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
source benches/server.sh
start_server

measure() { # route [header]: prints "req/s p99"
  wrk -t2 -c16 -d10s --latency ${2:+-H "$2"} "$base$1" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}

printf '%-4s %-34s %10s %9s %7s\n' run route req/s p99 ratio
for run in $(seq "$runs"); do
  read -r baseline baseline_p99 < <(measure /healthz)
  printf '%-4s %-34s %10s %9s %7s\n' "$run" /healthz "$baseline" "$baseline_p99" 1.00
  for route in /jobs "/jobs?q=engineer&affiliate=US" /jobs/product-designer /api/v1/jobs; do
    read -r rps p99 < <(measure "$route")
    printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "$route" "$rps" "$p99" "$(echo "$rps / $baseline" | bc -l)"
  done
  # As browsers ask: compressed (the kept page's brotli copy).
  read -r rps p99 < <(measure /jobs "Accept-Encoding: gzip, deflate, br")
  printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "/jobs (Accept-Encoding: br)" "$rps" "$p99" "$(echo "$rps / $baseline" | bc -l)"
  # Every request a new search (benches/unique-search.lua): a page made afresh each time,
  # in English and in three other languages (docs/languages.md: within 10% of English).
  for prefix in "" /de /ja /ar; do
    read -r rps p99 < <(LANG_PREFIX=$prefix wrk -t2 -c16 -d10s --latency -s benches/unique-search.lua "$base/" |
      awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}')
    printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "$prefix/jobs?q=<new word each time>" "$rps" "$p99" "$(echo "$rps / $baseline" | bc -l)"
  done
  # The kept pages in a language.
  for route in /de/jobs /ja/jobs/product-designer /ar/jobs; do
    read -r rps p99 < <(measure "$route")
    printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "$route" "$rps" "$p99" "$(echo "$rps / $baseline" | bc -l)"
  done
done
