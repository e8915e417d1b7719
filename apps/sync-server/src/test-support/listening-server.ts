import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { parseConfig } from '../config.ts';
import { buildServer } from '../server.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { cheapPasswords } from './cheap-passwords.ts';

export interface ListeningServer {
  base: string;
  dir: string;
  parts: ReturnType<typeof buildServer>;
  close(): Promise<void>;
}

/**
 * The real server on a real port over a temporary SQLite file, with the
 * development outbox, the fixture registry, the verification worker and the
 * built web app beside `/api/v1` (as `npm start` serves it): what the
 * end-to-end journeys and the browser benchmarks run against.
 */
export async function startListeningServer(options: {
  port: number;
  /** Without it only the API is served (server tests through real sockets). */
  webDir?: string;
}): Promise<ListeningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-listening-'));
  const config = parseConfig({
    DEV_OUTBOX: '1',
    RATE_LIMITS: 'off',
    REGISTRY_MODE: 'fixture',
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    ...(options.webDir ? { WEB_DIR: options.webDir } : {}),
  });
  const store = await openSqliteStore(join(dir, 'rodnik.sqlite'));
  const parts = buildServer({
    config,
    store,
    secret: randomBytes(32),
    logger: pino({ level: 'silent' }),
    passwords: cheapPasswords,
  });
  parts.worker.start();
  const server = serve({ fetch: parts.app.fetch, port: options.port, hostname: '127.0.0.1' });
  await new Promise((ready) => server.once('listening', ready));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    dir,
    parts,
    async close() {
      server.close();
      await parts.worker.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
