/**
 * What the browser benchmarks measure against: the production build of the
 * web app, served by the real server (as `npm start` does) on a temporary
 * SQLite file, and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { chromium, type Browser } from 'playwright-core';
import { parseConfig } from '../../apps/sync-server/src/config.ts';
import { buildServer } from '../../apps/sync-server/src/server.ts';
import { openSqliteStore } from '../../apps/sync-server/src/store/sqlite/sqlite-store.ts';

export const WEB_BUILD = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../apps/web/build',
);

export interface AppUnderTest {
  base: string;
  app: ReturnType<typeof buildServer>['app'];
  browser: Browser;
  close(): Promise<void>;
}

export async function startAppUnderTest(): Promise<AppUnderTest> {
  execFileSync('node', [resolve(WEB_BUILD, '../scripts/ensure-build.mjs')], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-bench-web-'));
  const config = parseConfig({
    DEV_OUTBOX: '1',
    RATE_LIMITS: 'off',
    REGISTRY_MODE: 'fixture',
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    WEB_DIR: WEB_BUILD,
  });
  const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
  const parts = buildServer({
    config,
    store,
    secret: randomBytes(32),
    logger: pino({ level: 'silent' }),
  });
  const server = serve({ fetch: parts.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ready) => server.once('listening', ready));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    app: parts.app,
    browser,
    async close() {
      await browser.close();
      server.close();
      await parts.worker.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
