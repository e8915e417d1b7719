/**
 * The server the journeys run against: the real sync server (auth, replication,
 * SSE, the verification worker) on a temporary SQLite file, with the
 * development outbox and the fixture registry, listening on a real port, and
 * the built web app served beside `/api/v1`.
 *
 * Run: node --import tsx e2e/server/e2e-server.ts (Playwright's webServer does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { parseConfig } from '../../apps/sync-server/src/config.ts';
import { buildServer } from '../../apps/sync-server/src/server.ts';
import { openSqliteStore } from '../../apps/sync-server/src/store/sqlite/sqlite-store.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4319);
const buildDir = resolve(here, '../../apps/web/build');

const dir = mkdtempSync(join(tmpdir(), 'rodnik-e2e-'));
const config = parseConfig({
  DEV_OUTBOX: '1',
  RATE_LIMITS: 'off',
  REGISTRY_MODE: 'fixture',
  LOG_LEVEL: 'silent',
  DATA_DIR: dir,
  WEB_DIR: buildDir,
});
const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
const parts = buildServer({
  config,
  store,
  secret: randomBytes(32),
  logger: pino({ level: 'silent' }),
});
parts.worker.start();
const server = serve(
  {
    port,
    hostname: '127.0.0.1',
    // The server serves the built app itself (WEB_DIR), exactly as `npm start` does.
    fetch: parts.app.fetch,
  },
  (info) => console.log(`e2e server on http://127.0.0.1:${info.port} (data in ${dir})`),
);

async function stop(): Promise<void> {
  server.close();
  await parts.worker.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
