import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { parseConfig } from './config.ts';
import { buildServer, createLogger } from './server.ts';
import { openPostgresStore } from './store/postgres/postgres-store.ts';
import { openSqliteStore } from './store/sqlite/sqlite-store.ts';

/** The secret that keys code hashes: made once, kept beside the data. */
function loadSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, 'server-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/** The web app built beside this server in the repository, when it is there. */
function defaultWebDir(): string | undefined {
  const built = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/build');
  return existsSync(built) ? built : undefined;
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  const config = { ...parsed, WEB_DIR: parsed.WEB_DIR ? resolve(parsed.WEB_DIR) : defaultWebDir() };
  const logger = createLogger(config.LOG_LEVEL);
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const store = config.DATABASE_URL
    ? await openPostgresStore(config.DATABASE_URL)
    : await openSqliteStore(join(dataDir, 'rodnik.sqlite'));
  const { app, worker } = buildServer({ config, store, secret: loadSecret(dataDir), logger });
  worker.start();
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info(
      {
        port: info.port,
        store: config.DATABASE_URL ? 'postgresql' : 'sqlite',
        devOutbox: config.DEV_OUTBOX,
      },
      'Rodnik sync server listening',
    );
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.close();
    await worker.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
