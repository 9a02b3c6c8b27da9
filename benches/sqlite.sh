# Sourced by the benchmark scripts: `sqlite_script <db file>` runs the SQL on stdin with
# the SQLite the portal itself bundles (3.51), not Debian's sqlite3 CLI (3.40), whose
# FTS5 cannot write the candidates' search index (migration 9 turns on `secure-delete`,
# a format 3.40 refuses). pysqlite3-binary comes from PyPI into target/bench-venv once.
sqlite_script() {
  local venv
  venv="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)/target/bench-venv"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pysqlite3" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q pysqlite3-binary
  fi
  "$venv/bin/python" -c '
import sys, pysqlite3
db = pysqlite3.connect(sys.argv[1], isolation_level=None)
db.executescript(sys.stdin.read())
' "$1"
}

# `sqlite_script_query <db file> <sql>`: the rows of one query, a value per line.
sqlite_script_query() {
  sqlite_script "$1" >/dev/null </dev/null
  "$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)/target/bench-venv/bin/python" -c '
import sys, pysqlite3
db = pysqlite3.connect(sys.argv[1])
for row in db.execute(sys.argv[2]):
    print(*row)
' "$1" "$2"
}
