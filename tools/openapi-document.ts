import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startTestServer } from '../apps/sync-server/src/test-support/test-server.ts';

/**
 * Writes the OpenAPI document the sync server serves to the file named on the
 * command line, for `redocly lint` (`npm run lint:openapi`). The app is built
 * as the tests build it — a temporary SQLite file, no network — with the
 * development outbox off, so the document is production's.
 */
const target = resolve(process.argv[2] ?? 'node_modules/.cache/rodnik/openapi.json');
const server = await startTestServer({ env: { DEV_OUTBOX: '' } });
try {
  const served = await server.app.request('/api/v1/openapi.json');
  if (served.status !== 200) throw new Error(`openapi.json answered ${served.status}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(await served.json(), null, 2)}\n`);
  console.info(`OpenAPI document written to ${target}`);
} finally {
  await server.close();
}
