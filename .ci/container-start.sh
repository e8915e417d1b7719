#!/usr/bin/env bash
# No Docker engine runs in CI, so prove the next best thing: the exact start
# command of the Dockerfile (its CMD, read from the file) starts the server on
# the host with the container's environment, and the health check passes.
set -euo pipefail
cd "$(dirname "$0")/.."

root=$(pwd)
# Stage /app the way the Dockerfile's build stage does: production
# dependencies only, then the sources, so a runtime import of a
# development-only package fails here as it would in the image.
app=$(mktemp -d)
cp package.json package-lock.json .npmrc tsconfig.base.json "$app/"
mkdir -p "$app/packages/domain" "$app/apps/sync-server"
cp packages/domain/package.json "$app/packages/domain/"
cp apps/sync-server/package.json "$app/apps/sync-server/"
(cd "$app" && npm ci --omit=dev --workspace @rodnik/sync-server --no-audit --no-fund --loglevel=error)
cp -r packages/domain/src "$app/packages/domain/src"
cp -r apps/sync-server/src "$app/apps/sync-server/src"
# The image's web stage builds the app; `npm test` has just built the same sources.
node apps/web/scripts/ensure-build.mjs
mkdir -p "$app/apps/web" && cp -r apps/web/build "$app/apps/web/build"
find "$app" -path '*/node_modules' -prune -o \( -name '*.test.ts' -o -name test-support \) -print0 | xargs -0 rm -rf
cd "$app"

cmd_json=$(grep -E '^CMD \[' "$root/Dockerfile" | sed -E 's/^CMD //')
mapfile -t cmd < <(node -e 'for (const part of JSON.parse(process.argv[1])) console.log(part)' "$cmd_json")
trap 'rm -rf "$app"' EXIT

# Runs the image's CMD with the container's environment plus `$@` (extra
# VAR=value settings) and probes it the way the HEALTHCHECK and a user would.
check_start() {
  local label=$1
  shift
  local data_dir port=18787 pid status
  data_dir=$(mktemp -d)
  echo "::: container start command ($label): ${cmd[*]}"
  env NODE_ENV=production DATA_DIR="$data_dir" PORT=$port HOST=127.0.0.1 "$@" "${cmd[@]}" \
    >"$data_dir/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
    if ! kill -0 $pid 2>/dev/null; then cat "$data_dir/server.log"; echo "server exited"; exit 1; fi
    sleep 0.5
  done
  # The same probe the HEALTHCHECK runs.
  PORT=$port node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" ||
    { cat "$data_dir/server.log"; echo "not ready"; exit 1; }
  # The development outbox stays closed without DEV_OUTBOX=1.
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/dev/outbox")
  test "$status" = 404 || { echo "dev outbox open in production: $status"; exit 1; }
  # The built web app is served at / beside the API.
  curl -fsS "http://127.0.0.1:$port/" | grep -q '<html' || { echo "web app not served at /"; exit 1; }
  curl -fsS -o /dev/null "http://127.0.0.1:$port/manifest.webmanifest" || { echo "no manifest"; exit 1; }
  # A real request through the store: an unknown login is refused in words.
  curl -s -X POST -H 'content-type: application/json' -d '{"login":"+79990000000","password":"x"}' \
    "http://127.0.0.1:$port/api/v1/auth/sign-in" | grep -q 'invalid-credentials' ||
    { cat "$data_dir/server.log"; echo "sign-in route failed"; exit 1; }
  # The tus endpoint answers without a session in words (401), a preflight with 204; never a 500.
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'tus-resumable: 1.0.0' -H 'upload-length: 10' \
    "http://127.0.0.1:$port/api/v1/uploads")
  test "$status" = 401 || { cat "$data_dir/server.log"; echo "uploads without a session: $status"; exit 1; }
  status=$(curl -s -o /dev/null -w '%{http_code}' -X OPTIONS "http://127.0.0.1:$port/api/v1/uploads")
  test "$status" = 204 || { echo "uploads preflight: $status"; exit 1; }
  kill -TERM $pid
  wait $pid || true
  if [ "$label" = sqlite ]; then
    test -f "$data_dir/rodnik.sqlite" || { echo "no SQLite file under DATA_DIR"; exit 1; }
  fi
  rm -rf "$data_dir"
  echo "container start command ($label): ok"
}

check_start sqlite
# The same command on PostgreSQL, as compose.postgres.yaml runs it
# (.ci/run starts PostgreSQL first).
check_start postgresql DATABASE_URL="${SMOKE_DATABASE_URL:-postgres://rodnik:rodnik@127.0.0.1:5432/rodnik_test}"
