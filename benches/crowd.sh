#!/usr/bin/env bash
# Issue 7, load: a crowd of applicants at once against the release server, loopback
# only (benches/crowd.py: each opens the form, then all post together; one in twenty
# is a minor, one a program renamed .pdf, one a repeat of an accepted person).
#
#   1. one server on SQLite;
#   2. two servers on one PostgreSQL database, sharing the uploads folder, each with its
#      own outbox folder and its retention sweep due a minute after start (the crowd
#      arrives then), over a table where 2,000 of 20,000 older applications are due.
#
# Each phase fails (exit 1) unless: every valid applicant got 303 and is stored once
# with its resume row and file (or, when the database pool stayed busy past its
# timeout, 503 and nothing kept), every refusal is its clear status (422, 415, 409) and
# left nothing, no request failed or got a 5xx, no file is left without its row (no
# `.part` either), the server logs hold no applicant address, and (phase 2) each due
# application was acted on exactly once by one of the two sweeps, and each mail was
# sent by exactly one server.
#
#   bash benches/crowd.sh [applicants]        (default 1000; needs psql, python3, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
cargo build --release --quiet
work="$(mktemp -d)"
pg_admin="postgres://postgres@127.0.0.1:5432/postgres"
pg_db="careers_crowd_$$"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  mkdir -p target/crowd && cp "$work"/*.log "$work"/*.json target/crowd/ 2>/dev/null || true
  psql -q "$pg_admin" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# 1,000 connections plus the files being written need more than the usual 1,024.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
key="$(head -c 32 /dev/urandom | base64)"
job=/jobs/senior-software-engineer-video-platform/apply
python3 benches/make_resume_pdf.py "$work/resume.pdf" $((30 * 1024))
export CROWD_PDF="$work/resume.pdf"

# serve <name> <port> <database url> [VAR=value…]: starts a server, waits for it.
serve() {
  local name="$1" port="$2" url="$3"
  shift 3
  mkdir -p "$work/outbox-$name"
  env CAREERS_DATABASE_URL="$url" CAREERS_UPLOADS_DIR="$work/uploads" \
    CAREERS_OUTBOX_DIR="$work/outbox-$name" ROCKET_SECRET_KEY="$key" ROCKET_PORT="$port" \
    CAREERS_MIN_FILL_SECONDS=0 CAREERS_APPLY_RATE_LIMIT=0 RUST_LOG="warn,careers=info" "$@" \
    target/release/careers serve >"$work/server-$name.log" 2>&1 &
  pids+=($!)
  eval "pid_$name=$!"
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.2; done
  echo "server $name did not start: $(tail -n 3 "$work/server-$name.log")" >&2
  exit 1
}

# resources <pid>: open file descriptors and resident memory.
resources() { echo "fds $(ls "/proc/$1/fd" | wc -l), rss $(awk '/VmRSS/ {print $2 " " $3}' "/proc/$1/status")"; }

# check <database url> <crowd report> [due]: the invariants above.
check() {
  python3 - "$1" "$2" "$work" "${3:-0}" <<'PY'
import glob, json, os, re, sqlite3, subprocess, sys
url, report, work, due = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3], int(sys.argv[4])

def query(sql):
    if url.startswith("sqlite:"):
        return [tuple(map(str, r)) for r in sqlite3.connect(url[7:]).execute(sql)]
    out = subprocess.run(["psql", "-At", "-F", "\t", url, "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [tuple(line.split("\t")) for line in out.splitlines() if line]

problems = []
# 503 (with Retry-After) is the answer when every database connection stayed busy past
# the pool's acquire timeout: clear, and it must have kept nothing. A person who applies
# twice gets one 303 and one 409, in whichever order the two arrive.
expected = {"valid": {"303", "409", "503"}, "minor": {"422"}, "program": {"415"},
            "repeat": {"303", "409", "503"}}
per_email = {}
for email, kind, status in report["results"]:
    if status not in expected[kind] | {"form 503"}:
        problems.append(f"{kind} {email} answered {status}")
    per_email.setdefault(email, []).append(status)
for email, statuses in per_email.items():
    if statuses.count("303") > 1 or ("409" in statuses and "303" not in statuses):
        problems.append(f"{email} answered {statuses}")
accepted = set(e for e, s in per_email.items() if "303" in s)
stored = query("SELECT c.email, COUNT(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
               "WHERE c.email LIKE 'crowd%' GROUP BY c.email")
stored = [(e, n) for e, n in stored if re.fullmatch(rf"crowd{report['wave']}\d+@example\.com", e)]
if set(e for e, _ in stored) != accepted:
    problems.append(f"stored {len(stored)} people, accepted {len(accepted)}")
problems += [f"{e} stored {n} times" for e, n in stored if n != "1"]
keys = set(k for (k,) in query("SELECT storage_key FROM resumes"))
files = set(os.path.basename(f) for f in glob.glob(f"{work}/uploads/*"))
if files != keys:
    problems.append(f"files without rows: {sorted(files - keys)[:5]}, rows without files: {sorted(keys - files)[:5]}")
no_resume = query("SELECT COUNT(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                  "LEFT JOIN resumes r ON r.application_id = a.id "
                  "WHERE r.id IS NULL AND c.email LIKE 'crowd%'")[0][0]
if no_resume != "0":
    problems.append(f"{no_resume} applications without their resume")
for log in glob.glob(f"{work}/server-*.log"):
    if re.search(r"crowd\d+@|@example\.com", open(log).read()):
        problems.append(f"an applicant address in {os.path.basename(log)}")
if due:
    acted = query("SELECT subject_id, COUNT(*) FROM audit_events WHERE action IN "
                  "('application.anonymised', 'application.deleted') GROUP BY subject_id")
    if len(acted) != due or any(n != "1" for _, n in acted):
        problems.append(f"{len(acted)} applications acted on (due {due}), "
                        f"{sum(n != '1' for _, n in acted)} more than once")
    runs = query("SELECT detail FROM audit_events WHERE action = 'retention.sweep_run'")
    acting = [r for (r,) in runs if json.loads(r)["anonymised"] + json.loads(r)["deleted"] > 0]
    print(f"sweep runs: {len(runs)}, of which acted: {len(acting)}")
    if len(acting) != 1:
        problems.append(f"{len(acting)} sweep runs acted")
    mails = [os.path.basename(f) for f in glob.glob(f"{work}/outbox-*/*.eml")]
    sent = int(query("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NOT NULL")[0][0])
    if len(mails) != len(set(mails)) or len(mails) != sent:
        problems.append(f"{len(mails)} mail files ({len(set(mails))} distinct) for {sent} sent")
print(json.dumps({k: v for k, v in report.items() if k not in ("results", "wave")}))
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
PY
}

echo "== phase 1: $n applicants at once, one server on SQLite"
url="sqlite:$work/careers.db"
serve one 8311 "$url" CAREERS_RUN_BACKGROUND_JOBS=false
echo "before:       $(resources "$pid_one")"
python3 benches/crowd.py "$n" "$job" 8311 >"$work/crowd-1.json"
sleep 1
echo "after crowd:  $(resources "$pid_one")"
check "$url" "$work/crowd-1.json"
# A second crowd of new people: memory and descriptors must not keep growing.
CROWD_WAVE=w python3 benches/crowd.py "$n" "$job" 8311 >"$work/crowd-1w.json"
sleep 1
echo "after second: $(resources "$pid_one")"
check "$url" "$work/crowd-1w.json"
kill "$pid_one"
wait "$pid_one" 2>/dev/null || true
rm -rf "$work/uploads" "$work"/outbox-*

echo "== phase 2: $n applicants at once, two servers on one PostgreSQL, both sweeping"
psql -q "$pg_admin" -c "CREATE DATABASE $pg_db"
url="postgres://postgres@127.0.0.1:5432/$pg_db"
CAREERS_DATABASE_URL="$url" ROCKET_SECRET_KEY="$key" RUST_LOG=warn target/release/careers seed-demo >/dev/null
bash benches/seed-retention.sh "$url" "$work/uploads" 20000 >/dev/null
due=$(psql -At "$url" -c "SELECT COUNT(*) FROM resumes")
serve a 8312 "$url" CAREERS_SWEEP_INTERVAL=60
serve b 8313 "$url" CAREERS_SWEEP_INTERVAL=60
started=$(date +%s)
# Both sweeps fall due a minute after start: the crowd opens its forms just before.
sleep 55
python3 benches/crowd.py "$n" "$job" 8312 8313 >"$work/crowd-2.json"
sweeps() { cat "$work"/server-a.log "$work"/server-b.log | grep -cE 'retention sweep (done|skipped)' || true; }
until [ "$(sweeps)" -ge 2 ]; do
  [ $(($(date +%s) - started)) -lt 300 ] || { echo "the sweeps did not run" >&2; exit 1; }
  sleep 2
done
# Then for the outbox senders to send every mail.
until [ "$(psql -At "$url" -c "SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL")" = 0 ]; do
  [ $(($(date +%s) - started)) -lt 400 ] || { echo "the outbox did not drain" >&2; exit 1; }
  sleep 2
done
grep -hE 'retention sweep (done|skipped)' "$work"/server-a.log "$work"/server-b.log | sed -E 's/\x1b\[[0-9;]*m//g; s/^/  /'
echo "after: a $(resources "$pid_a"); b $(resources "$pid_b")"
check "$url" "$work/crowd-2.json" "$due"
