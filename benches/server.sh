# Sourced by the load benchmarks: builds the release binary and starts it on port
# $port with a throwaway SQLite database and folders under $work, with any extra
# environment given as arguments; stops it and removes $work on exit. Sets $server
# (its pid) and $base (its address).
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
# BENCH_BINARY=path runs that binary instead (to compare two builds in one session).
[ -n "${BENCH_BINARY:-}" ] || cargo build --release --quiet
binary="${BENCH_BINARY:-target/release/careers}"
work="$(mktemp -d)"
start_server() {
  env CAREERS_DATABASE_URL="sqlite:$work/careers.db" CAREERS_UPLOADS_DIR="$work/uploads" \
    CAREERS_OUTBOX_DIR="$work/outbox" CAREERS_SECRET_KEY_FILE="$work/secret.key" \
    ROCKET_PORT="$port" RUST_LOG=warn "$@" "$binary" serve >"$work/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; [ -n "${BENCH_KEEP:-}" ] && cp "$work/server.log" /tmp/bench-server.log; rm -rf "$work"' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 50); do curl -fs "$base/healthz" >/dev/null && return; sleep 0.2; done
  echo "the server did not start: $(tail -n 3 "$work/server.log")" >&2
  exit 1
}
