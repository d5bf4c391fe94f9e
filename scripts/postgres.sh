#!/usr/bin/env bash
# A local PostgreSQL 15 cluster for the review console (make run, make test, the integration tests).
#
#   scripts/postgres.sh start DIR [PORT]   initdb on first use, start on 127.0.0.1 (PORT, else a free one),
#                                          create database "vigil"; prints the DATABASE_URL and writes it to DIR/url
#   scripts/postgres.sh stop DIR           stop the cluster (fast shutdown)
#   scripts/postgres.sh url DIR            print the DATABASE_URL of a started cluster
#
# PostgreSQL refuses to run as root: as root the cluster runs as the "postgres" user, which owns DIR.
# Password authentication only (scram-sha-256), listening on the loopback address only; the generated
# password is in DIR/url (mode 0600), never printed anywhere else.
set -euo pipefail
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"; dir="${2:-}"
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop|url DIR [PORT]" >&2; exit 2; }
[[ -x "$PGBIN/postgres" ]] || { echo "postgres: $PGBIN/postgres is missing (make setup installs Debian's postgresql)" >&2; exit 1; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
data="$dir/data"

as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "$cmd" in
  start)
    if [[ "$(id -u)" == 0 ]]; then chown postgres "$dir"; chmod 700 "$dir"; fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
      pw="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
      umask 077
      printf '%s\n' "$pw" > "$dir/pwfile"
      [[ "$(id -u)" == 0 ]] && chown postgres "$dir/pwfile"
      as_pg "$PGBIN/initdb" -D "$data" -U vigil --pwfile="$dir/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    pw="$(cat "$dir/pwfile")"
    if as_pg "$PGBIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      port="$(sed -n 4p "$data/postmaster.pid" | tr -d ' ')"
    else
      port="${3:-$(free_port)}"
      as_pg "$PGBIN/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { tail -20 "$dir/postgres.log" >&2; exit 1; }
    fi
    url="postgres://vigil:$pw@127.0.0.1:$port/vigil"
    if ! PGPASSWORD="$pw" "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U vigil -d postgres -Atc "select 1 from pg_database where datname='vigil'" | grep -q 1; then
      PGPASSWORD="$pw" "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U vigil -d postgres -qc "create database vigil" >/dev/null
    fi
    (umask 077; printf '%s\n' "$url" > "$dir/url")
    echo "$url"
    ;;
  stop)
    if [[ -f "$data/postmaster.pid" ]]; then as_pg "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null && echo "postgres: stopped"; fi
    ;;
  url)
    cat "$dir/url"
    ;;
  *)
    echo "usage: $0 start|stop|url DIR [PORT]" >&2; exit 2
    ;;
esac
