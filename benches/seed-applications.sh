#!/usr/bin/env bash
# Data generator for the staff benchmarks: N applicants, one application each, spread
# over every existing job (and so over the three affiliates), through the seven stages,
# one in fifty flagged, submitted one a minute going back from now. Runs inside the
# database (a recursive CTE on SQLite, generate_series on PostgreSQL), so 100,000 rows
# take seconds. The database must be migrated and seeded (`careers seed-demo`).
#
#   bash benches/seed-applications.sh sqlite:<file> [N]
#   bash benches/seed-applications.sh postgres://…  [N]
set -euo pipefail
source "$(dirname "$0")/sqlite.sh"
url="$1"
n="${2:-100000}"

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
INSERT INTO candidates (email, full_name, country, search_text, created_at, updated_at)
  SELECT 'applicant' || i || '@example.com', 'Applicant ' || i || ' Benchmark', 'US',
         'applicant ' || i || ' benchmark applicant' || i || '@example.com',
         strftime('%Y-%m-%dT%H:%M:%S', 'now', '-' || i || ' minutes') || '.000000000+00:00',
         strftime('%Y-%m-%dT%H:%M:%S', 'now', '-' || i || ' minutes') || '.000000000+00:00'
  FROM seq;
INSERT INTO applications (public_ref, status_token_hash, candidate_id, job_id, affiliate_id, stage,
    sensitive_categories, sensitive_acknowledged, consent_privacy_at, age_verified_at, submitted_at,
    last_activity_at, created_at, updated_at)
  SELECT 'APP-' || substr(printf('%010d', s.i), 1, 5) || '-' || substr(printf('%010d', s.i), 6, 5),
         printf('%064d', s.i), c.id, j.id, j.affiliate_id,
         CASE s.i % 7 WHEN 0 THEN 'submitted' WHEN 1 THEN 'screening' WHEN 2 THEN 'interview'
           WHEN 3 THEN 'offer' WHEN 4 THEN 'hired' WHEN 5 THEN 'rejected' ELSE 'withdrawn' END,
         CASE WHEN s.i % 50 = 0 THEN 'health' END, 0,
         c.created_at, c.created_at, c.created_at, c.created_at, c.created_at, c.created_at
  FROM seq s
  JOIN candidates c ON c.email = 'applicant' || s.i || '@example.com'
  JOIN job_list j ON j.k = s.i % (SELECT COUNT(*) FROM job_list);
COMMIT;
ANALYZE;
SQL
  ;;
postgres://*)
  psql -q "$url" <<SQL
BEGIN;
CREATE TEMP TABLE job_list AS
  SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, affiliate_id FROM jobs;
INSERT INTO candidates (email, full_name, country, search_text, created_at, updated_at)
  SELECT 'applicant' || i || '@example.com', 'Applicant ' || i || ' Benchmark', 'US',
         'applicant ' || i || ' benchmark applicant' || i || '@example.com',
         now() - make_interval(mins => i), now() - make_interval(mins => i)
  FROM generate_series(1, $n) AS i;
INSERT INTO applications (public_ref, status_token_hash, candidate_id, job_id, affiliate_id, stage,
    sensitive_categories, sensitive_acknowledged, consent_privacy_at, age_verified_at, submitted_at,
    last_activity_at, created_at, updated_at)
  SELECT 'APP-' || substr(lpad(s.i::text, 10, '0'), 1, 5) || '-' || substr(lpad(s.i::text, 10, '0'), 6, 5),
         lpad(s.i::text, 64, '0'), c.id, j.id, j.affiliate_id,
         (ARRAY['withdrawn','submitted','screening','interview','offer','hired','rejected'])[s.i % 7 + 1],
         CASE WHEN s.i % 50 = 0 THEN 'health' END, false,
         c.created_at, c.created_at, c.created_at, c.created_at, c.created_at, c.created_at
  FROM generate_series(1, $n) AS s(i)
  JOIN candidates c ON c.email = 'applicant' || s.i || '@example.com'
  JOIN job_list j ON j.k = s.i % (SELECT COUNT(*) FROM job_list);
COMMIT;
-- What autovacuum does after a bulk insert: statistics, and the visibility map that
-- lets pages be read from the indexes alone.
VACUUM ANALYZE;
SQL
  ;;
*)
  echo "usage: $0 sqlite:<file>|postgres://… [N]" >&2
  exit 1
  ;;
esac
echo "seeded $n applications"
