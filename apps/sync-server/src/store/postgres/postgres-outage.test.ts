import { randomBytes } from 'node:crypto';
import { connect, createServer, type Socket } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config.ts';
import { buildServer } from '../../server.ts';
import { call } from '../../test-support/api-client.ts';
import { cheapPasswords } from '../../test-support/cheap-passwords.ts';
import { TEST_DATABASE_URL } from '../../test-support/postgres-schema.ts';
import { TestClock } from '../../test-support/test-server.ts';
import type { DocChange, NewDoc, Store } from '../store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { StoreUnavailableError } from './store-unavailable.ts';

/**
 * The database going away under a running server (a real PostgreSQL, its
 * backends killed or its port made unreachable): the process must survive,
 * requests fail with 503 while it is gone, and everything recovers after.
 */

async function admin(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** Kills the backends of connections with this application_name, as a crash or restart would. */
async function terminate(applicationName: string): Promise<void> {
  const { rows } = await admin(
    `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1`,
    [applicationName],
  );
  const pids = rows.map((row: { pid: number }) => row.pid);
  expect(pids.length, `backends named ${applicationName}`).toBeGreaterThan(0);
  // Wait until they are gone: by then their sockets are closed.
  while ((await admin('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [pids])).rowCount) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A TCP link to PostgreSQL that the test can cut (refusing new connections) and restore. */
async function startSwitchableLink(target: URL) {
  let up = true;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    down() {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    up() {
      up = true;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(done));
    },
  };
}

const doc = (id: string): NewDoc => ({
  collection: 'children',
  id,
  familyId: 'f1',
  childId: null,
  deleted: false,
  data: { id, name: id },
});

/** Resolves on the next call of a listener registered with `subscribe`. */
function next<T extends unknown[]>(subscribe: (listener: (...args: T) => void) => unknown) {
  return new Promise<T>((resolve) => subscribe((...args) => resolve(args)));
}

describe('PostgreSQL outage', () => {
  let schema = '';
  const stores: Store[] = [];
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);

  beforeEach(async () => {
    uncaught.length = 0;
    process.on('uncaughtException', record);
    schema = `rodnik_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
  });

  afterEach(async () => {
    process.off('uncaughtException', record);
    for (const store of stores.splice(0)) await store.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    expect(uncaught, 'no unhandled error').toEqual([]);
  });

  const open = async (url = TEST_DATABASE_URL) => {
    const store = await openPostgresStore(url, { schema });
    stores.push(store);
    return store;
  };

  it('PostgreSQL: a transaction whose backend is killed fails as unavailable, the process survives and the next one commits', async () => {
    const store = await open();
    const attempt = store.transaction(async (tx) => {
      await tx.putDoc(doc('before'));
      // The transaction is open and its connection idle: now the server goes away.
      await terminate(`rodnik-store:${schema}`);
      await tx.putDoc(doc('during'));
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(uncaught).toEqual([]);

    // The pool opens a fresh connection: the next transaction works.
    await store.transaction((tx) => tx.putDoc(doc('after')));
    expect(await store.getDoc('children', 'before')).toBeNull();
    expect(await store.getDoc('children', 'after')).not.toBeNull();
  });

  it('PostgreSQL: the idle LISTEN connection killed reconnects, tells streams to resync and hears changes sent afterwards', async () => {
    const listening = await open();
    const writer = await open();
    const missed = next((listener) => listening.onMissedChanges(listener));
    await terminate(`rodnik-changes:${schema}`);
    // Until the feed is back this instance would miss other instances' writes.
    expect(await listening.ping()).toBe(false);
    await missed;
    expect(await listening.ping()).toBe(true);

    const heard = next<[DocChange[]]>((listener) => listening.onCommit(listener));
    await writer.transaction((tx) => tx.putDoc(doc('after-reconnect')));
    const [changes] = await heard;
    expect(changes.map((change) => change.familyId)).toEqual(['f1']);
  });

  it('PostgreSQL: while the database is unreachable requests answer 503 in the error shape and /readyz is not ready; both recover', async () => {
    const link = await startSwitchableLink(new URL(TEST_DATABASE_URL));
    try {
      const store = await open(link.url);
      const { app, worker } = buildServer({
        config: parseConfig({ DEV_OUTBOX: '1', RATE_LIMITS: 'off', LOG_LEVEL: 'silent' }),
        store,
        secret: randomBytes(32),
        clock: new TestClock(),
        logger: pino({ level: 'silent' }),
        passwords: cheapPasswords,
      });
      try {
        expect((await call(app, 'GET', '/readyz')).status).toBe(200);

        link.down();
        const failed = await call(app, 'GET', '/api/v1/dev/outbox');
        expect(failed.status).toBe(503);
        expect(failed.json.error.code).toBe('internal-error');
        expect(failed.json.error.message).toMatch(/[а-я]/i);
        expect(failed.json.error.messageEn).toMatch(/[a-z]/i);
        expect(await call(app, 'GET', '/readyz')).toMatchObject({
          status: 503,
          json: { status: 'unavailable' },
        });

        const back = next((listener) => store.onMissedChanges(listener));
        link.up();
        await back;
        expect((await call(app, 'GET', '/api/v1/dev/outbox')).status).toBe(200);
        expect((await call(app, 'GET', '/readyz')).status).toBe(200);
      } finally {
        await worker.stop();
      }
    } finally {
      await link.close();
    }
  });
});
