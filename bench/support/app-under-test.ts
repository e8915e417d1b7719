/**
 * What the browser benchmarks measure against: the production build of the
 * web app, served by the real server (as `npm start` does) on a temporary
 * SQLite file, and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startListeningServer } from '../../apps/sync-server/src/test-support/listening-server.ts';

export const WEB_BUILD = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../apps/web/build',
);

export interface AppUnderTest {
  base: string;
  app: Awaited<ReturnType<typeof startListeningServer>>['parts']['app'];
  browser: Browser;
  close(): Promise<void>;
}

/** The offline start's floor page and its service worker (`/floor/page.html`). */
const FLOOR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'floor');

/**
 * `withFloor`: the build is served from a copy that also holds `/floor/` (a
 * static page of the same origin with its own service worker, and Dexie), so
 * the floor and raw baselines are measured beside the app in the same browser.
 */
export async function startAppUnderTest(
  options: { withFloor?: boolean } = {},
): Promise<AppUnderTest> {
  execFileSync('node', [resolve(WEB_BUILD, '../scripts/ensure-build.mjs')], { stdio: 'ignore' });
  let webDir = WEB_BUILD;
  let copy: string | null = null;
  if (options.withFloor) {
    copy = mkdtempSync(join(tmpdir(), 'rodnik-web-floor-'));
    cpSync(WEB_BUILD, copy, { recursive: true });
    cpSync(FLOOR, join(copy, 'floor'), { recursive: true });
    // Dexie for the raw baselines, as a file: the CSP refuses inline scripts.
    cpSync(
      resolve(WEB_BUILD, '../../../node_modules/dexie/dist/dexie.js'),
      join(copy, 'floor/dexie.js'),
    );
    webDir = copy;
  }
  const server = await startListeningServer({ port: 0, webDir });
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
    base: server.base,
    app: server.parts.app,
    browser,
    async close() {
      await browser.close();
      await server.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    },
  };
}
