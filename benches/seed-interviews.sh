#!/usr/bin/env bash
# Data generator for the application page benchmark: on application APP_ID, 10
# interviews (one a day from tomorrow) with the three given interviewers, each of whom
# submitted a scorecard for each (30 in all, three rated attributes each).
#
#   bash benches/seed-interviews.sh sqlite:<file>|postgres://… APP_ID STAFF_ID STAFF_ID STAFF_ID
set -euo pipefail
source "$(dirname "$0")/sqlite.sh"
url="$1" app="$2"
shift 2
staff=("$@")
focus='[{"category":"Skills","name":"Role knowledge"},{"category":"Skills","name":"Problem solving"},{"category":"Communication","name":"Clarity"}]'
ratings='[{"category":"Skills","name":"Role knowledge","rating":"yes"},{"category":"Skills","name":"Problem solving","rating":"strong_yes"},{"category":"Communication","name":"Clarity","rating":"no"}]'
sql() { # $1: an expression for "now plus $2 days" in the database's dialect
  local when="$1"
  for i in $(seq 1 10); do
    echo "INSERT INTO interviews (application_id, step_name, focus, status, starts_at, duration_minutes, location, applicant_time_zone, calendar_uid, calendar_sequence, created_at, updated_at)
      VALUES ($app, 'Skills interview $i', '$focus', 'scheduled', ${when//DAYS/$i}, 60, 'Room $i', 'UTC', 'bench-$app-$i@careers', 0, ${when//DAYS/0}, ${when//DAYS/0});"
    for s in "${staff[@]}"; do
      echo "INSERT INTO interview_interviewers (interview_id, staff_user_id) SELECT id, $s FROM interviews WHERE calendar_uid = 'bench-$app-$i@careers';"
      echo "INSERT INTO scorecards (interview_id, application_id, interviewer_id, status, version, ratings, recommendation, takeaways, submitted_at, updated_at)
        SELECT id, $app, $s, 'submitted', 1, '$ratings', 'yes', 'Clear answers, good questions, would work well with the team.', ${when//DAYS/0}, ${when//DAYS/0}
        FROM interviews WHERE calendar_uid = 'bench-$app-$i@careers';"
    done
  done
}
case "$url" in
sqlite:*)
  { echo "BEGIN;"; sql "strftime('%Y-%m-%dT%H:%M:%S', 'now', '+DAYS days') || '.000000000+00:00'"; echo "COMMIT;"; } | sqlite_script "${url#sqlite:}"
  ;;
postgres://*)
  { echo "BEGIN;"; sql "now() + make_interval(days => DAYS)"; echo "COMMIT;"; } | psql -q "$url"
  ;;
*) echo "unknown database URL: $url" >&2; exit 1 ;;
esac
