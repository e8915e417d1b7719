import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { parseConfig, type AppConfig } from '../config.ts';
import type { Clock } from '../deps.ts';
import type { Registry } from '../registry/registry.ts';
import { buildServer } from '../server.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { cheapPasswords } from './cheap-passwords.ts';
import { openPostgresTestStore } from './postgres-schema.ts';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-24T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestServer {
  app: ReturnType<typeof buildServer>['app'];
  parts: ReturnType<typeof buildServer>;
  store: Store;
  clock: TestClock;
  dir: string;
  file: string;
  secret: Uint8Array;
  /** Stops the worker and the store; removes the files unless asked to keep them. */
  close(options?: { keepFiles?: boolean }): Promise<void>;
}

/** A real server on a temporary SQLite file, with the development outbox on. */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    registry?: Registry;
    dir?: string;
    secret?: Uint8Array;
    clock?: TestClock;
    logger?: Logger;
    /** `postgresql`: a real PostgreSQL in a fresh schema instead of the SQLite file. */
    store?: 'sqlite' | 'postgresql';
  } = {},
): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rodnik-test-'));
  const file = join(dir, 'rodnik.sqlite');
  const config: AppConfig = parseConfig({
    DEV_OUTBOX: '1',
    RATE_LIMITS: 'off',
    REGISTRY_MODE: 'fixture',
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    ...options.env,
  });
  const store =
    options.store === 'postgresql' ? await openPostgresTestStore() : await openSqliteStore(file);
  const clock = options.clock ?? new TestClock();
  const secret = options.secret ?? randomBytes(32);
  const parts = buildServer({
    config,
    store,
    secret,
    clock,
    logger: options.logger ?? pino({ level: 'silent' }),
    passwords: cheapPasswords,
    ...(options.registry ? { registry: options.registry } : {}),
  });
  return {
    app: parts.app,
    parts,
    store,
    clock,
    dir,
    file,
    secret,
    async close(closing = {}) {
      await parts.worker.stop();
      await store.close();
      if (!closing.keepFiles) rmSync(dir, { recursive: true, force: true });
    },
  };
}
