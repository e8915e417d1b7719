// Builds the web app when its build is missing or older than its sources
// (the app, its static files, the domain it imports). Used by `npm start`
// and `npm run test:e2e`, so neither serves a stale or missing app.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = new URL('../', import.meta.url).pathname;
const built = join(web, 'build/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(join(web, 'src')),
  newest(join(web, 'static')),
  newest(new URL('../../../packages/domain/src/', import.meta.url).pathname),
  statSync(join(web, 'vite.config.ts')).mtimeMs,
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  execFileSync('npm', ['run', 'build', '-w', '@rodnik/web'], { stdio: 'inherit' });
}
