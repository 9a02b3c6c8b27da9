#!/usr/bin/env bash
# Fresh job-list pages (a new search every request, benches/unique-search.lua) in
# English, Arabic and German, taken in turns for ROUNDS rounds of 6 s each, so that
# the machine's drift falls on every language alike (docs/languages.md).
#
#   bash benches/languages-ab.sh [rounds]      (needs `apt-get install wrk`)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
port="${BENCH_PORT:-8197}"
source benches/server.sh
start_server
printf '%-6s %-4s %10s\n' round lang req/s
for round in $(seq "$rounds"); do
  for prefix in "" /ar /de; do
    rps=$(LANG_PREFIX=$prefix wrk -t2 -c16 -d6s -s benches/unique-search.lua "$base/" |
      awk '/Requests\/sec/ {print $2}')
    printf '%-6s %-4s %10s\n' "$round" "${prefix:-/en}" "$rps"
  done
done
