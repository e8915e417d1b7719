// `npm run test:e2e`: builds the web app when its build is missing or stale,
// finds a Chromium (installing Debian's when it may), then runs the
// Playwright journeys in it. Extra arguments go to `playwright test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';

/** Where a Chromium may already be, in order: the caller's, Playwright's own, the system's. */
async function candidates() {
  const found = [];
  if (process.env.CHROMIUM_PATH) found.push(process.env.CHROMIUM_PATH);
  try {
    const { chromium } = await import('playwright-core');
    found.push(chromium.executablePath());
  } catch {
    // No Playwright browser registry: the system's are still there.
  }
  found.push(
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  );
  return found;
}

async function findBrowser() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    stop(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  return (await candidates()).find((path) => existsSync(path)) ?? null;
}

/** Debian's package, when this process may install it (root on Debian); else null. */
function installDebianChromium() {
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isDebian || userInfo().uid !== 0) return null;
  console.log("e2e: no Chromium found; installing Debian's: apt-get install -y chromium");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

function stop(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

const browser = (await findBrowser()) ?? installDebianChromium();
if (!browser) {
  stop(
    'no Chromium found. Install one, then run again:\n' +
      '  sudo apt-get install -y chromium      # Debian, Ubuntu\n' +
      '  npx playwright install chromium       # anywhere Playwright can download\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
console.log(`e2e: browser ${browser}`);

execFileSync('node', [new URL('../apps/web/scripts/ensure-build.mjs', import.meta.url).pathname], {
  stdio: 'inherit',
});
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: browser } },
);
process.exit(result.status ?? 1);
