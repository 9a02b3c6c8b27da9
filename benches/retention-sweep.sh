#!/usr/bin/env bash
# Retention sweep benchmark (issue 6): N applications (default 1,000,000 on PostgreSQL,
# 200,000 on SQLite), one in ten due with a resume file (benches/seed-retention.sh),
# swept by the release binary's `careers retention run`. Reports the first run (which
# acts on the due tenth and removes their files) and a second run over the same table
# (nothing left to do: examining only), each with its elapsed time and peak memory
# (GNU time's maximum resident set size).
#
#   bash benches/retention-sweep.sh [postgres|sqlite] [applications] [socket|tcp]
#
# PostgreSQL is reached through its Unix socket by default (/var/run/postgresql), as a
# server on the same host would be; `tcp` uses 127.0.0.1:5432. Over TCP, sqlx 0.9.0 does
# not set TCP_NODELAY (sqlx issue #4335) and some statements wait ~40 ms for a delayed
# ACK, which the figures show.
set -euo pipefail
cd "$(dirname "$0")/.."
backend="${1:-postgres}"
if [ "$backend" = postgres ]; then count="${2:-1000000}"; else count="${2:-200000}"; fi
cargo build --release --quiet
work="$(mktemp -d)"
pg_admin="postgres://postgres@127.0.0.1:5432/postgres"
pg_db="careers_sweep_$$"
if [ "$backend" = postgres ]; then
  psql -q "$pg_admin" -c "CREATE DATABASE $pg_db"
  if [ "${3:-socket}" = tcp ]; then
    url="postgres://postgres@127.0.0.1:5432/$pg_db"
  else
    url="postgres://postgres@%2Fvar%2Frun%2Fpostgresql/$pg_db"
  fi
else
  url="sqlite:$work/careers.db"
fi
# psql and the generator always use TCP; only the sweep's connection differs.
seed_url="${url/\%2Fvar\%2Frun\%2Fpostgresql/127.0.0.1:5432}"
cleanup() {
  rm -rf "$work"
  if [ "$backend" = postgres ]; then psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)"; fi
}
trap cleanup EXIT
environment=(CAREERS_DATABASE_URL="$url" CAREERS_UPLOADS_DIR="$work/uploads" CAREERS_OUTBOX_DIR="$work/outbox"
  CAREERS_SECRET_KEY_FILE="$work/secret.key" ROCKET_SECRET_KEY="$(head -c 32 /dev/urandom | base64)" RUST_LOG=warn)
cli() { env "${environment[@]}" target/release/careers "$@"; }
cli seed-demo >/dev/null
start=$(date +%s.%N)
bash benches/seed-retention.sh "${seed_url:-$url}" "$work/uploads" "$count" | grep -v "^wal$"
echo "seeded in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-6) s; files: $(ls "$work/uploads" | wc -l)"
for run in first second; do
  /usr/bin/time -f "%e %M" -o "$work/time" env "${environment[@]}" target/release/careers retention run >"$work/summary"
  read -r seconds peak_kib <"$work/time"
  summary="$(cat "$work/summary")"
  examined=$(sed -n 's/^examined \([0-9]*\),.*/\1/p' <<<"$summary")
  acted=$(sed -n 's/.*anonymised \([0-9]*\), deleted \([0-9]*\),.*/\1 + \2/p' <<<"$summary" | bc)
  printf '%s run: %s\n  %s s, examined %.0f/s, anonymised or deleted %.0f/s, peak memory %.1f MB\n' \
    "$run" "$summary" "$seconds" "$(echo "$examined / $seconds" | bc -l)" \
    "$(echo "$acted / $seconds" | bc -l)" "$(echo "$peak_kib / 1024" | bc -l)"
done
echo "files left: $(ls "$work/uploads" | wc -l) (the not-due applications have none)"
