#!/usr/bin/env bash
# Load test of the staff dashboard (issue 5): a release server on SQLite or PostgreSQL
# with 100,000 applications (benches/seed-applications.sh), a signed-in recruiter of
# the US affiliate (42,857 of them in scope) and an HR admin (all), wrk with 16
# connections for 10 s per page, /healthz measured in the same run as the baseline.
#
#   bash benches/review-load.sh [sqlite|postgres] [applications] [socket|tcp]
#        (needs wrk, curl, psql and python3: apt-get install wrk curl)
#
# The server reaches PostgreSQL through its Unix socket by default, as one on the same
# host would; `tcp` uses 127.0.0.1:5432, where sqlx 0.9.0's missing TCP_NODELAY (issue
# #4335) costs some statements a delayed ACK.
set -euo pipefail
cd "$(dirname "$0")/.."
backend="${1:-sqlite}"
count="${2:-100000}"
port="${BENCH_PORT:-8196}"
source benches/server.sh
source benches/sqlite.sh
pg_admin="postgres://postgres@127.0.0.1:5432/postgres"
pg_db="careers_bench_$$"
if [ "$backend" = postgres ]; then
  psql -q "$pg_admin" -c "CREATE DATABASE $pg_db"
  url="postgres://postgres@127.0.0.1:5432/$pg_db"
  server_url="$url"
  if [ "${3:-socket}" != tcp ]; then server_url="postgres://postgres@%2Fvar%2Frun%2Fpostgresql/$pg_db"; fi
else
  url="sqlite:$work/careers.db"
  server_url="$url"
fi
cleanup() {
  kill "${server:-0}" 2>/dev/null || true
  wait "${server:-0}" 2>/dev/null || true
  rm -rf "$work"
  if [ "$backend" = postgres ]; then psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)"; fi
}
trap cleanup EXIT
cli() {
  CAREERS_DATABASE_URL="$url" CAREERS_SECRET_KEY_FILE="$work/secret.key" ROCKET_SECRET_KEY="$key" RUST_LOG=warn \
    target/release/careers "$@"
}
key="$(head -c 32 /dev/urandom | base64)"
cli seed-demo >/dev/null
start=$(date +%s.%N)
bash benches/seed-applications.sh "$url" "$count" >/dev/null
echo "seeded $count applications in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
password="a long benchmark password"
cli user create --email rec@panopto.test --role recruiter --affiliate US --password-stdin <<<"$password" >/dev/null
cli user create --email hr@panopto.test --role hr_admin --password-stdin <<<"$password" >/dev/null
# One US application with 10 interviews and 30 scorecards (issue "interviews"), its three
# interviewers hiring managers of the US affiliate.
for n in 1 2 3; do
  cli user create --email "panel$n@panopto.test" --role hiring_manager --affiliate US --password-stdin <<<"$password" >/dev/null
done
query() {
  if [ "$backend" = postgres ]; then psql -qAt "$url" -c "$1"
  else sqlite_script_query "${url#sqlite:}" "$1"; fi
}
interviewed=$(query "SELECT MIN(a.id) FROM applications a JOIN affiliates f ON f.id = a.affiliate_id WHERE f.code = 'US'")
plain=$(query "SELECT MAX(a.id) FROM applications a JOIN affiliates f ON f.id = a.affiliate_id WHERE f.code = 'US'")
panel=$(query "SELECT id FROM staff_users WHERE email LIKE 'panel%' ORDER BY id" | tr '\n' ' ')
# shellcheck disable=SC2086
bash benches/seed-interviews.sh "$url" "$interviewed" $panel
# The HR admin measures pages, not the second factor its role needs by default.
start_server CAREERS_DATABASE_URL="$server_url" ROCKET_SECRET_KEY="$key" CAREERS_DATABASE_POOL_SIZE="${BENCH_POOL:-4}" \
  CAREERS_REQUIRE_2FA=none
trap cleanup EXIT

sign_in() {
  local jar="$work/cookies-$1"
  local form csrf
  form="$(curl -fs -c "$jar" "$base/staff/login")"
  csrf="$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' <<<"$form" | head -n1)"
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=$1" \
    --data-urlencode "password=$password" --data-urlencode "csrf_token=$csrf" "$base/staff/login"
  echo "careers_session=$(awk '$6 == "careers_session" {print $7}' "$jar")"
}
recruiter="$(sign_in rec@panopto.test)"
admin="$(sign_in hr@panopto.test)"

run() {
  local label="$1" cookie="$2" path="$3" connections="${4:-16}"
  local status
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookie" "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  echo "== $label: GET $path ($connections connections)"
  wrk -t2 -c"$connections" -d10s --latency -H "Cookie: $cookie" "$base$path" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
}
echo "== baseline: GET /healthz"
wrk -t2 -c16 -d10s --latency "$base/healthz" | grep -E "Requests/sec|  50%|  99%"
# BENCH_PAGES=application measures only the application pages below.
if [ "${BENCH_PAGES:-all}" != application ]; then
run "recruiter (US), stage filter" "$recruiter" "/staff?stage=interview"
run "recruiter (US), stage + flagged filter" "$recruiter" "/staff?stage=submitted&flagged=yes"
# Every seeded name holds "applicant" and "benchmark": seven of this search's eleven
# trigrams are in all 100,000 rows, the worst case for the trigram index.
run "recruiter (US), text search, common trigrams" "$recruiter" "/staff?q=applicant4242"
run "recruiter (US), text search" "$recruiter" "/staff?q=42424"
run "recruiter (US), text search + stage" "$recruiter" "/staff?q=4242&stage=interview"
run "recruiter (US), no filter" "$recruiter" "/staff"
run "recruiter (US), page 100" "$recruiter" "/staff?stage=offer&page=100"
run "HR admin (all), stage filter" "$admin" "/staff?stage=interview"
fi
run "recruiter (US), an application with 10 interviews and 30 scorecards" "$recruiter" "/staff/applications/$interviewed"
run "recruiter (US), an application without interviews" "$recruiter" "/staff/applications/$plain"
# As many connections as cores: each request's own time, without queueing behind others.
run "recruiter (US), an application with 10 interviews and 30 scorecards" "$recruiter" "/staff/applications/$interviewed" 2
run "recruiter (US), an application without interviews" "$recruiter" "/staff/applications/$plain" 2
