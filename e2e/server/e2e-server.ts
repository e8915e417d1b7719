/**
 * The server the journeys run against: the real sync server (auth, replication,
 * SSE, the verification worker) on a temporary SQLite file, with the
 * development outbox and the fixture registry, listening on a real port, and
 * the built web app served beside `/api/v1`.
 *
 * Run: node --import tsx e2e/server/e2e-server.ts (Playwright's webServer does).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { createOperator } from '../../apps/sync-server/src/operator/create-operator.ts';
import { cheapPasswords } from '../../apps/sync-server/src/test-support/cheap-passwords.ts';
import { startListeningServer } from '../../apps/sync-server/src/test-support/listening-server.ts';
import { E2E_OPERATOR } from '../support/operator.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const server = await startListeningServer({
  port: Number(process.env.E2E_PORT ?? 4319),
  webDir: resolve(here, '../../apps/web/build'),
});
// The operators' journeys sign in as this account (made as the CLI makes one).
await createOperator(
  server.parts.deps.store,
  E2E_OPERATOR,
  new Date(),
  (n) => randomBytes(n),
  cheapPasswords.hash,
);
console.log(`e2e server on ${server.base} (data in ${server.dir})`);

async function stop(): Promise<void> {
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
