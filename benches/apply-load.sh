#!/usr/bin/env bash
# Load test of applying (issue 3): a release server on a throwaway SQLite database
# (WAL, synchronous=NORMAL, every resume fsync'd), wrk with 16 connections posting
# complete applications with a 300 KB PDF resume (text extracted and scanned), then
# 50 clients uploading 10 MiB resumes at once while the server's peak RSS is read.
#
#   bash benches/apply-load.sh [seconds]      (needs wrk and curl: apt-get install wrk curl)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
port="${BENCH_PORT:-8198}"
source benches/server.sh
python3 benches/make_resume_pdf.py "$work/resume-300k.pdf" $((300 * 1024))
python3 benches/make_resume_pdf.py "$work/resume-10m.pdf" $((10 * 1024 * 1024 - 4096))
# ${BENCH_ENV} adds variables (for example MALLOC_ARENA_MAX=2) to compare runs.
start_server CAREERS_MIN_FILL_SECONDS=0 CAREERS_APPLY_RATE_LIMIT=0 ${BENCH_ENV:-}

job=/jobs/senior-software-engineer-video-platform/apply
form="$(curl -fs -c "$work/cookies" "$base$job")"
value() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" <<<"$form" | head -n1; }
export BENCH_CSRF="$(value csrf_token)" BENCH_STARTED="$(value form_started)" BENCH_PATH="$job"
export BENCH_COOKIE="careers_csrf=$(awk '$6 == "careers_csrf" {print $7}' "$work/cookies")"

echo "== baseline: GET /healthz, 16 connections, 10 s"
wrk -t2 -c16 -d10s --latency "$base/healthz" | grep -E "Requests/sec|  50%|  99%"

if [ -z "${BENCH_ONLY_BIG:-}" ]; then
echo "== applications with a 300 KB PDF, 16 connections, ${seconds} s"
BENCH_PDF="$work/resume-300k.pdf" wrk -t2 -c16 -d"${seconds}s" --latency -s benches/apply.lua "$base$job" |
  grep -E "requests in|Requests/sec|Non-2xx|  50%|  90%|  99%|Socket errors"
sleep 3 # let requests cut off by wrk's stop finish or clean up
stored=$(sqlite3 "$work/careers.db" "SELECT COUNT(*) FROM applications")
files=$(find "$work/uploads" -type f | wc -l)
echo "stored applications: $stored, resume files: $files"
fi

echo "== 50 clients uploading 10 MiB resumes at once"
grep -E "VmRSS" "/proc/$server/status" | sed 's/^/before: /'
# Reset the peak so VmHWM below is this phase's own (Linux: clear_refs 5).
echo 5 >"/proc/$server/clear_refs" 2>/dev/null || true
pids=()
for i in $(seq 50); do
  curl -s -o /dev/null -w "%{http_code}\n" -b "$BENCH_COOKIE" \
    -F "csrf_token=$BENCH_CSRF" -F "form_started=$BENCH_STARTED" -F "website=" \
    -F "full_name=Big Upload $i" -F "email=big-$i-$RANDOM@example.com" -F "country=US" \
    -F "date_of_birth=1990-04-23" -F "consent_privacy=yes" \
    -F "resume=@$work/resume-10m.pdf;type=application/pdf" "$base$job" >>"$work/big-status" &
  pids+=($!)
done
wait "${pids[@]}"
echo "answers: $(sort "$work/big-status" | uniq -c | tr '\n' ' ')"
grep -E "VmHWM|VmRSS" "/proc/$server/status" | sed 's/^/after: /'
