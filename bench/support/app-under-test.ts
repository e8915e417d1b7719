/**
 * What the browser benchmarks measure against: the production build of the
 * web app, served by the real server (as `npm start` does) on a temporary
 * SQLite file, and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
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

export async function startAppUnderTest(): Promise<AppUnderTest> {
  execFileSync('node', [resolve(WEB_BUILD, '../scripts/ensure-build.mjs')], { stdio: 'ignore' });
  const server = await startListeningServer({ port: 0, webDir: WEB_BUILD });
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
    },
  };
}
