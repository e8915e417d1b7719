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
data_dir=$(mktemp -d)
port=18787
log="$data_dir/server.log"

echo "::: container start command: ${cmd[*]}"
NODE_ENV=production DATA_DIR="$data_dir" PORT=$port HOST=127.0.0.1 "${cmd[@]}" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data_dir" "$app"' EXIT

for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $pid 2>/dev/null; then cat "$log"; echo "server exited"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/readyz"; echo
# The same probe the HEALTHCHECK runs.
PORT=$port node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
test -f "$data_dir/rodnik.sqlite" || { echo "no SQLite file under DATA_DIR"; exit 1; }
# The development outbox stays closed without DEV_OUTBOX=1.
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/dev/outbox")
test "$status" = 404 || { echo "dev outbox open in production: $status"; exit 1; }
# The built web app is served at / beside the API.
curl -fsS "http://127.0.0.1:$port/" | grep -q '<html' || { echo "web app not served at /"; exit 1; }
curl -fsS -o /dev/null "http://127.0.0.1:$port/manifest.webmanifest" || { echo "no manifest"; exit 1; }
kill -TERM $pid
wait $pid || true
echo "container start command: ok"
