// `npm run test:e2e`: builds the web app when its build is missing or stale,
// then runs the Playwright journeys in Debian's Chromium.
import { execFileSync, spawnSync } from 'node:child_process';

execFileSync('node', [new URL('../apps/web/scripts/ensure-build.mjs', import.meta.url).pathname], {
  stdio: 'inherit',
});
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
