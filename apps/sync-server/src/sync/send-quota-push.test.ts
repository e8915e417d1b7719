import { REFUSED_MARKER, SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { buildServer } from '../server.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { applicationDoc, confirmIdentity, verifiedChild } from '../test-support/applications.ts';
import { cheapPasswords } from '../test-support/cheap-passwords.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { TEST_DATABASE_URL } from '../test-support/postgres-schema.ts';
import { startTestServer, TestClock, type TestServer } from '../test-support/test-server.ts';

/**
 * The daily send quota at push time (issue 12): every push's read-compare-
 * write is serialized per family, so sends fired at once — on one SQLite
 * server, or on two PostgreSQL instances sharing a database — cannot pass it.
 */

const OVER = 5;
const SENT = '2026-11-24T09:00:00.000Z';
type App = Pick<TestServer, 'app'>;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Fires one send per push, all at once, spread over the given servers. */
async function sendAtOnce(apps: App[], who: SignedIn, child: string, count: number) {
  const ids = Array.from({ length: count }, () => newDocId());
  const answers = await Promise.all(
    ids.map((id, index) =>
      call(
        apps[index % apps.length]!.app,
        'POST',
        '/api/v1/sync/applications/push',
        [{ newDocumentState: applicationDoc(who.familyId, id, child, { submittedAt: SENT }) }],
        who.token,
      ),
    ),
  );
  expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
  return answers.flatMap((answer) => answer.json as Record<string, unknown>[]);
}

async function pulled(app: App, who: SignedIn) {
  const page = await call(
    app.app,
    'GET',
    '/api/v1/sync/applications/pull?after=0&limit=500',
    undefined,
    who.token,
  );
  return page.json.documents as { id: string; status: string; submittedAt: string | null }[];
}

async function expectQuotaHeld(apps: App[], who: SignedIn, child: string): Promise<void> {
  const refused = await sendAtOnce(apps, who, child, SENDS_PER_FAMILY_PER_DAY + OVER);
  // Each send over the quota is answered: its draft, marked with the reason.
  expect(refused).toHaveLength(OVER);
  for (const answer of refused) {
    expect(answer).toMatchObject({ status: 'draft', submittedAt: null });
    expect(answer[REFUSED_MARKER]).toBe('send-quota');
  }
  const docs = await pulled(apps[0]!, who);
  // Sent (the arrival job may have moved them on meanwhile: no documents, so needs_info).
  expect(docs.filter((doc) => doc.status !== 'draft')).toHaveLength(SENDS_PER_FAMILY_PER_DAY);
  // Nothing typed is lost: the refused ones are stored as drafts, never marked on a pull.
  expect(docs.filter((doc) => doc.status === 'draft')).toHaveLength(OVER);
  expect(docs.some((doc) => REFUSED_MARKER in doc)).toBe(false);
}

describe('the send quota at push time', () => {
  it('lets exactly the quota of concurrent sends through on SQLite, and the rest tomorrow', async () => {
    const server = await startTestServer();
    closers.push(() => server.close());
    const parent = await signUpAndSignIn(server.app);
    await confirmIdentity(server.store, parent);
    const child = await verifiedChild(server, parent);
    await expectQuotaHeld([server], parent, child);

    // 21:00 UTC is midnight in Moscow: a new day, a new quota.
    server.clock.advance(12 * 3_600_000);
    const draft = (await pulled(server, parent)).find((doc) => doc.status === 'draft')!;
    const again = await call(
      server.app,
      'POST',
      '/api/v1/sync/applications/push',
      [
        {
          assumedMasterState: draft,
          newDocumentState: { ...draft, submittedAt: server.clock.now().toISOString() },
        },
      ],
      parent.token,
    );
    expect(again.json).toEqual([]);
    const sent = (await pulled(server, parent)).find((doc) => doc.id === draft.id);
    expect(sent?.status).not.toBe('draft');
  }, 60_000);

  it('counts sends per family: another family sends its own quota the same day', async () => {
    const server = await startTestServer();
    closers.push(() => server.close());
    const [first, second] = [await signUpAndSignIn(server.app), await signUpAndSignIn(server.app)];
    for (const who of [first, second]) await confirmIdentity(server.store, who);
    const [a, b] = [await verifiedChild(server, first), await verifiedChild(server, second)];
    const [overA, overB] = await Promise.all([
      sendAtOnce([server], first, a, SENDS_PER_FAMILY_PER_DAY),
      sendAtOnce([server], second, b, SENDS_PER_FAMILY_PER_DAY),
    ]);
    expect([overA, overB]).toEqual([[], []]);
  }, 60_000);

  it('holds across two instances on one PostgreSQL database', async () => {
    const schema = `rodnik_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE SCHEMA ${schema}`);
    closers.push(() => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    const clock = new TestClock();
    const secret = randomBytes(32);
    const config = parseConfig({
      DEV_OUTBOX: '1',
      RATE_LIMITS: 'off',
      REGISTRY_MODE: 'fixture',
      LOG_LEVEL: 'silent',
    });
    const instances: { app: TestServer['app']; parts: TestServer['parts']; store: Store }[] = [];
    for (let n = 0; n < 2; n += 1) {
      const store = await openPostgresStore(TEST_DATABASE_URL, { schema });
      const parts = buildServer({
        config,
        store,
        secret,
        clock,
        logger: pino({ level: 'silent' }),
        passwords: cheapPasswords,
      });
      closers.push(async () => {
        await parts.worker.stop();
        await store.close();
      });
      instances.push({ app: parts.app, parts, store });
    }
    const [a] = instances as [(typeof instances)[number]];
    const parent = await signUpAndSignIn(a.app);
    await confirmIdentity(a.store, parent);
    const child = await verifiedChild({ ...a, clock } as unknown as TestServer, parent);
    await expectQuotaHeld(instances, parent, child);
  }, 90_000);
});

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
