#!/usr/bin/env bash
# Starts a local PostgreSQL for the PostgreSQL store tests (Debian 12, run as
# root). Idempotent: installs the `postgresql` package only if it is missing,
# starts the cluster only if it is down, creates the role and database only if
# they do not exist. Afterwards the tests reach it at the default
#   DATABASE_URL=postgres://rodnik:rodnik@127.0.0.1:5432/rodnik_test
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres.sh: run as root (it may install packages and start the cluster)" >&2
  exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "::: installing postgresql"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

# The first cluster pg_lsclusters lists (Debian creates <major>/main on install).
version='' cluster='' port='' status=''
read -r version cluster port status < <(pg_lsclusters --no-header | awk 'NR == 1 { print $1, $2, $3, $4 }') || true
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  cluster=main
  echo "::: creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster"
  port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
  status=down
fi

if [ "$status" != "online" ]; then
  echo "::: starting cluster $version/$cluster on port $port"
  pg_ctlcluster "$version" "$cluster" start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port"

as_postgres() {
  runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAtX "$@"
}

if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = 'rodnik'")" != "1" ]; then
  echo "::: creating role rodnik"
  as_postgres -c "CREATE ROLE rodnik LOGIN PASSWORD 'rodnik'"
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = 'rodnik_test'")" != "1" ]; then
  echo "::: creating database rodnik_test"
  as_postgres -c "CREATE DATABASE rodnik_test OWNER rodnik"
fi

echo "::: PostgreSQL $version ready: postgres://rodnik:rodnik@127.0.0.1:$port/rodnik_test"
