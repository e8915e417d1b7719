import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { buildServer } from '../server.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { call, signUpAndSignIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { TestClock, type TestServer } from '../test-support/test-server.ts';

/** A real PostgreSQL, like the store tests (`sudo .ci/postgres.sh` starts one). */
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://rodnik:rodnik@127.0.0.1:5432/rodnik_test';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let schema = '';
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  if (schema) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  schema = '';
});

describe('applications on PostgreSQL', () => {
  it('numbers many sends of two server instances without gaps or repeats', async () => {
    schema = `rodnik_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    const clock = new TestClock();
    const secret = randomBytes(32);
    const config = parseConfig({ DEV_OUTBOX: '1', RATE_LIMITS: 'off', LOG_LEVEL: 'silent' });
    const instances = await Promise.all(
      [0, 1].map(async () => {
        const store = await openPostgresStore(DATABASE_URL, { schema });
        stores.push(store);
        const parts = buildServer({
          config,
          store,
          secret,
          clock,
          logger: pino({ level: 'silent' }),
        });
        return { app: parts.app, parts, store, clock } as unknown as TestServer;
      }),
    );
    const [a, b] = instances as [TestServer, TestServer];
    const parent = await signUpAndSignIn(a.app);
    await confirmIdentity(a.store, parent);
    const child = await verifiedChild(a, parent);
    for (const kind of KINDERGARTEN_DOCUMENTS) {
      await putDocumentRecord(a.store, { familyId: parent.familyId, kind, childId: child });
    }
    // As many as one family may have numbered in a day (the send quota).
    const ids = Array.from({ length: SENDS_PER_FAMILY_PER_DAY }, () => newDocId());
    const pushed = await Promise.all(
      ids.map((id, index) =>
        call(
          (index % 2 === 0 ? a : b).app,
          'POST',
          '/api/v1/sync/applications/push',
          [
            {
              newDocumentState: applicationDoc(parent.familyId, id, child, {
                submittedAt: '2026-11-24T09:00:00.000Z',
              }),
            },
          ],
          parent.token,
        ),
      ),
    );
    expect(pushed.map((result) => result.status)).toEqual(ids.map(() => 200));
    // Both instances' workers take jobs at once; each job is claimed once.
    await Promise.all([a.parts.worker.drain(), b.parts.worker.drain()]);
    await Promise.all([a.parts.worker.drain(), b.parts.worker.drain()]);
    const pulled = await call(
      a.app,
      'GET',
      '/api/v1/sync/applications/pull?after=0&limit=500',
      undefined,
      parent.token,
    );
    const docs = pulled.json.documents as { status: string; requestNumber: string }[];
    expect(docs.map((doc) => doc.status)).toEqual(ids.map(() => 'in_review'));
    expect(docs.map((doc) => doc.requestNumber).sort()).toEqual(
      ids.map((_, index) => `2026-${String(index + 1).padStart(6, '0')}`),
    );
  }, 60_000);
});
