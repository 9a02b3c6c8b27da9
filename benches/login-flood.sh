#!/usr/bin/env bash
# Staff sign-in under load (issue 4): a release server with the default argon2id
# parameters (19 MiB, 2 passes, 1 lane) on 2 hashing threads behind a queue of 16.
#   1. one client signing in with wrong passwords: the time per hash;
#   2. 200 concurrent clients flooding sign-in (a new unknown email each time, so no
#      lock stops them), while /healthz and /jobs are asked every 0.2 s: their answers
#      and latencies, the sign-in answers by status, and the server's peak RSS;
#   3. 16 clients signing in with the right password to 32 accounts: logins per second
#      (each a hash, a new session and an audit event).
#
#   bash benches/login-flood.sh [seconds]      (needs wrk and curl: apt-get install wrk curl)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
port="${BENCH_PORT:-8197}"
source benches/server.sh
password="a long benchmark password"
for n in $(seq 32); do
  CAREERS_DATABASE_URL="sqlite:$work/careers.db" CAREERS_SECRET_KEY_FILE="$work/secret.key" RUST_LOG=warn \
    target/release/careers user create --email "bench-$n@panopto.test" --role recruiter \
    --affiliate US --password-stdin <<<"$password" >/dev/null
done
start_server ${BENCH_ENV:-}

curl -fs -c "$work/cookies" "$base/staff/login" >"$work/login.html"
export BENCH_CSRF="$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n1)"
export BENCH_COOKIE="careers_csrf=$(awk '$6 == "careers_csrf" {print $7}' "$work/cookies")"

echo "== baseline: GET /healthz, 16 connections, 10 s"
wrk -t2 -c16 -d10s --latency "$base/healthz" | grep -E "Requests/sec|  50%|  99%"

echo "== one client, wrong passwords, 10 s (time per hash)"
wrk -t1 -c1 -d10s --latency -s benches/login.lua "$base" | grep -E "Requests/sec|  50%|  99%|answers"

echo "== 200 concurrent clients flooding sign-in, ${seconds} s"
echo 5 >"/proc/$server/clear_refs" 2>/dev/null || true
grep VmRSS "/proc/$server/status" | sed 's/^/before: /'
probe() {
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" --max-time 5 "$base$1" >>"$work/probe-$2" || echo "000 5" >>"$work/probe-$2"
    sleep 0.2
  done
}
probe /healthz healthz & probe_a=$!
probe /jobs jobs & probe_b=$!
wrk -t2 -c200 -d"${seconds}s" --timeout 10s --latency -s benches/login.lua "$base" |
  grep -E "requests in|Requests/sec|  50%|  99%|Socket errors|answers"
wait $probe_a $probe_b
grep -E "VmHWM|VmRSS" "/proc/$server/status" | sed 's/^/after: /'
for page in healthz jobs; do
  sort -n -k2 "$work/probe-$page" | awk -v page="$page" '
    { codes[$1]++; t[NR] = $2 }
    END { c = ""; for (k in codes) c = c k ":" codes[k] " ";
          printf "%s during the flood: %d probes, statuses %s, median %.1f ms, max %.1f ms\n",
            page, NR, c, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'
done

sleep 5 # let the flood's queued hashes drain
echo "== 16 clients signing in with the right password, 10 s (logins/s)"
BENCH_ACCOUNTS=32 BENCH_PASSWORD="$password" \
  wrk -t2 -c16 -d10s --latency -s benches/login.lua "$base" | grep -E "Requests/sec|  50%|  99%|answers"
