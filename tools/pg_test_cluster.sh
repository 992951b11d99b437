#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's server binaries, run as the
# postgres user, listening on a Unix socket in a temporary folder only (no TCP).
#   tools/pg_test_cluster.sh start DIR   -> prints the DESK_TEST_DB URL on stdout
#   tools/pg_test_cluster.sh stop DIR
# DESK_PG_DURABLE=1 keeps fsync on (for benchmarks); the tests run without it.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?folder for the cluster}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; exit 1; }
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}
case "$action" in
  start)
    mkdir -p "$dir"
    chown postgres "$dir"
    chmod 0755 "$dir"
    if [ ! -s "$dir/data/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    opts="-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=200"
    if [ "${DESK_PG_DURABLE:-0}" != 1 ]; then
      opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_postgres "$bin/psql" -h "$dir" -U postgres -d postgres -qAt \
      -c "SELECT 1 FROM pg_database WHERE datname = 'desk_test'" | grep -q 1 \
      || as_postgres "$bin/createdb" -h "$dir" -U postgres desk_test
    echo "postgresql://postgres@/desk_test?host=$dir"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *) echo "start or stop" >&2; exit 2 ;;
esac
