# Sourced by .ci/run: a throw-away PostgreSQL cluster for the Postgres store tests.
# start_postgres installs Debian's postgresql when missing, runs initdb and pg_ctl as the postgres
# user (the server refuses root) in a temp directory that user owns, on a free port, listening on
# 127.0.0.1 only, and exports AFTERCARE_TEST_POSTGRES_URL. stop_postgres stops it and deletes it.

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_postgres() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "Installing Debian's postgresql for the Postgres store tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) || return 1
  fi
  local bin port
  bin="$(pg_bin_dir)"
  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/aftercare-ci-pg.XXXXXX")"
  PG_AS=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  port="$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
  # trust: only this machine's loopback can reach it, and it lives for one CI run.
  "${PG_AS[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
  export AFTERCARE_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "Throw-away PostgreSQL on 127.0.0.1:$port for the Postgres store tests"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
  PG_DIR=""
}
