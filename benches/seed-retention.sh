#!/usr/bin/env bash
# Data generator for the retention benchmark: N applicants with one application each,
# spread over every existing job. One in ten is due now, each with a resume row and a
# file under <uploads>: half withdrawn 40 days ago (deleted by the default rules), half
# rejected 400 days ago (anonymised). The other nine in ten are not due: open at every
# stage, hired, rejected 100 days ago or withdrawn 10 days ago. Runs inside the
# database; the files are written by python3. The database must be migrated and seeded
# (`careers seed-demo`).
#
#   bash benches/seed-retention.sh sqlite:<file> <uploads> [N]
#   bash benches/seed-retention.sh postgres://…  <uploads> [N]
set -euo pipefail
source "$(dirname "$0")/sqlite.sh"
url="$1"
uploads="$2"
n="${3:-1000000}"
mkdir -p "$uploads"

# Stage and days since the decision (or the last activity) by i % 10, and whether due.
case "$url" in
sqlite:*)
  db="${url#sqlite:}"
  sqlite_script "$db" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE seq AS
  WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $n) SELECT i FROM s;
CREATE TEMP TABLE job_list AS
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, affiliate_id FROM jobs;
CREATE TEMP TABLE plan AS
  SELECT i,
    CASE i % 10 WHEN 0 THEN (CASE WHEN i % 20 = 0 THEN 'withdrawn' ELSE 'rejected' END)
      WHEN 1 THEN 'submitted' WHEN 2 THEN 'screening' WHEN 3 THEN 'interview' WHEN 4 THEN 'offer'
      WHEN 5 THEN 'hired' WHEN 6 THEN 'rejected' WHEN 7 THEN 'withdrawn' ELSE 'screening' END AS stage,
    CASE i % 10 WHEN 0 THEN (CASE WHEN i % 20 = 0 THEN 40 ELSE 400 END)
      WHEN 5 THEN 200 WHEN 6 THEN 100 WHEN 7 THEN 10 ELSE 5 END AS days
  FROM seq;
INSERT INTO candidates (email, full_name, country, search_text, created_at, updated_at)
  SELECT 'retention' || i || '@example.com', 'Retention ' || i, 'US',
         'retention ' || i || ' retention' || i || '@example.com',
         strftime('%Y-%m-%dT%H:%M:%S', 'now', '-500 days') || '.000000000+00:00',
         strftime('%Y-%m-%dT%H:%M:%S', 'now', '-500 days') || '.000000000+00:00'
  FROM seq;
INSERT INTO applications (public_ref, status_token_hash, candidate_id, job_id, affiliate_id, stage,
    cover_letter, sensitive_acknowledged, consent_privacy_at, age_verified_at, submitted_at,
    decided_at, last_activity_at, created_at, updated_at)
  SELECT 'RET-' || p.i, printf('r%063d', p.i), c.id, j.id, j.affiliate_id, p.stage, 'Cover letter', 0,
         c.created_at, c.created_at, c.created_at,
         CASE WHEN p.stage IN ('hired', 'rejected', 'withdrawn')
           THEN strftime('%Y-%m-%dT%H:%M:%S', 'now', '-' || p.days || ' days') || '.000000000+00:00' END,
         strftime('%Y-%m-%dT%H:%M:%S', 'now', '-' || p.days || ' days') || '.000000000+00:00',
         c.created_at, c.created_at
  FROM plan p
  JOIN candidates c ON c.email = 'retention' || p.i || '@example.com'
  JOIN job_list j ON j.k = p.i % (SELECT COUNT(*) FROM job_list);
INSERT INTO resumes (application_id, storage_key, original_filename, content_type, size_bytes, sha256,
    extracted_text, created_at)
  SELECT a.id, printf('%032x', p.i), 'cv.txt', 'text/plain', 20, printf('%064d', 0), 'Resume text',
         a.created_at
  FROM plan p JOIN applications a ON a.public_ref = 'RET-' || p.i
  WHERE p.i % 10 = 0;
COMMIT;
ANALYZE;
SQL
  ;;
postgres://*)
  psql -q "$url" <<SQL
BEGIN;
CREATE TEMP TABLE job_list AS
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, affiliate_id FROM jobs;
CREATE TEMP TABLE plan AS
  SELECT i,
    CASE i % 10 WHEN 0 THEN (CASE WHEN i % 20 = 0 THEN 'withdrawn' ELSE 'rejected' END)
      WHEN 1 THEN 'submitted' WHEN 2 THEN 'screening' WHEN 3 THEN 'interview' WHEN 4 THEN 'offer'
      WHEN 5 THEN 'hired' WHEN 6 THEN 'rejected' WHEN 7 THEN 'withdrawn' ELSE 'screening' END AS stage,
    CASE i % 10 WHEN 0 THEN (CASE WHEN i % 20 = 0 THEN 40 ELSE 400 END)
      WHEN 5 THEN 200 WHEN 6 THEN 100 WHEN 7 THEN 10 ELSE 5 END AS days
  FROM generate_series(1, $n) AS i;
INSERT INTO candidates (email, full_name, country, search_text, created_at, updated_at)
  SELECT 'retention' || i || '@example.com', 'Retention ' || i, 'US',
         'retention ' || i || ' retention' || i || '@example.com',
         now() - interval '500 days', now() - interval '500 days'
  FROM plan;
INSERT INTO applications (public_ref, status_token_hash, candidate_id, job_id, affiliate_id, stage,
    cover_letter, sensitive_acknowledged, consent_privacy_at, age_verified_at, submitted_at,
    decided_at, last_activity_at, created_at, updated_at)
  SELECT 'RET-' || p.i, 'r' || lpad(p.i::text, 63, '0'), c.id, j.id, j.affiliate_id, p.stage,
         'Cover letter', false, c.created_at, c.created_at, c.created_at,
         CASE WHEN p.stage IN ('hired', 'rejected', 'withdrawn') THEN now() - make_interval(days => p.days) END,
         now() - make_interval(days => p.days), c.created_at, c.created_at
  FROM plan p
  JOIN candidates c ON c.email = 'retention' || p.i || '@example.com'
  JOIN job_list j ON j.k = p.i % (SELECT COUNT(*) FROM job_list);
INSERT INTO resumes (application_id, storage_key, original_filename, content_type, size_bytes, sha256,
    extracted_text, created_at)
  SELECT a.id, lpad(to_hex(p.i), 32, '0'), 'cv.txt', 'text/plain', 20, repeat('0', 64), 'Resume text',
         a.created_at
  FROM plan p JOIN applications a ON a.public_ref = 'RET-' || p.i
  WHERE p.i % 10 = 0;
COMMIT;
ANALYZE;
SQL
  ;;
*)
  echo "usage: $0 sqlite:<file>|postgres://… <uploads> [N]" >&2
  exit 1
  ;;
esac
python3 - "$uploads" "$n" <<'PY'
import os, sys
folder, n = sys.argv[1], int(sys.argv[2])
for i in range(10, n + 1, 10):
    with open(os.path.join(folder, f"{i:032x}"), "w") as f:
        f.write("resume of benchmark\n")
PY
echo "seeded $n applications, $((n / 10)) due with a file each"
