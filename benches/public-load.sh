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

fresh() { # language prefix: a new search every request, "req/s p99"
  LANG_PREFIX=$1 wrk -t2 -c16 -d10s --latency -s benches/unique-search.lua "$base/" |
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
  # Every request a new search (benches/unique-search.lua): a page made afresh each time.
  read -r rps p99 < <(fresh "")
  printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "/jobs?q=<new word each time>" "$rps" "$p99" "$(echo "$rps / $baseline" | bc -l)"
  # Other languages against English (docs/languages.md: within 10%), each measured
  # between two English runs of the same page so the machine's drift cancels: the
  # ratio here is to the mean of those two, not to /healthz.
  for pair in "/jobs /de/jobs" "/jobs /ar/jobs" "/jobs/product-designer /ja/jobs/product-designer" \
    "fresh /de" "fresh /ja" "fresh /ar"; do
    set -- $pair
    if [ "$1" = fresh ]; then
      label="$2/jobs?q=<new word> ÷ English"
      read -r a1 _ < <(fresh ""); read -r rps p99 < <(fresh "$2"); read -r a2 _ < <(fresh "")
    else
      label="$2 ÷ $1"
      read -r a1 _ < <(measure "$1"); read -r rps p99 < <(measure "$2"); read -r a2 _ < <(measure "$1")
    fi
    printf '%-4s %-34s %10s %9s %7.3f\n' "$run" "$label" "$rps" "$p99" "$(echo "$rps * 2 / ($a1 + $a2)" | bc -l)"
  done
done
