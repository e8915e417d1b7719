import Database from 'better-sqlite3';
import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { sentKeys } from './move-status.ts';

let server: TestServer;
let parent: SignedIn;
let child: string;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, parent);
  child = await verifiedChild(server, parent);
  for (const kind of KINDERGARTEN_DOCUMENTS) {
    await putDocumentRecord(server.store, { familyId: parent.familyId, kind, childId: child });
  }
});
afterEach(async () => {
  await server.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
type Wire = any;

async function send(): Promise<string> {
  const id = newDocId();
  const now = server.clock.now().toISOString();
  const pushed = await call(
    server.app,
    'POST',
    '/api/v1/sync/applications/push',
    [{ newDocumentState: applicationDoc(parent.familyId, id, child, { submittedAt: now }) }],
    parent.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  return id;
}

async function application(id: string): Promise<Wire> {
  const pulled = await call(
    server.app,
    'GET',
    '/api/v1/sync/applications/pull?after=0&limit=500',
    undefined,
    parent.token,
  );
  return pulled.json.documents.find((doc: Wire) => doc.id === id);
}

/** The family's earlier sends of today, numbered, as the arrival job left them. */
async function numberedSendsToday(count: number): Promise<void> {
  const receivedAt = server.clock.now().toISOString();
  for (let n = 1; n <= count; n += 1) {
    const id = newDocId();
    await server.store.transaction((tx) =>
      tx.putDoc({
        collection: 'applications',
        id,
        familyId: parent.familyId,
        childId: child,
        deleted: false,
        data: {
          ...applicationDoc(parent.familyId, id, child, { submittedAt: receivedAt }),
          status: 'in_review',
          receivedAt,
          requestNumber: `2026-${String(900_000 + n).padStart(6, '0')}`,
        },
        keys: sentKeys(parent.accountId),
      }),
    );
  }
}

describe('the daily send quota of a family', () => {
  it('leaves a send over the quota submitted, numberless, with the reason, and numbers it when the quota resets', async () => {
    await numberedSendsToday(SENDS_PER_FAMILY_PER_DAY);
    const id = await send();
    expect(await application(id)).toMatchObject({
      status: 'submitted',
      requestNumber: null,
      issues: [{ field: '', code: 'quota-exceeded' }],
    });

    // Midnight in Moscow (21:00 UTC): the waiting send is numbered and checked.
    server.clock.advance(12 * 3_600_000);
    await server.parts.worker.drain();
    expect(await application(id)).toMatchObject({
      status: 'in_review',
      requestNumber: '2026-000001',
      issues: [],
    });
  });

  it('lets a family send up to its quota', async () => {
    await numberedSendsToday(SENDS_PER_FAMILY_PER_DAY - 1);
    expect(await application(await send())).toMatchObject({ status: 'in_review' });
  });
});

describe('request numbers never run out', () => {
  it('numbers past the old maximum of 999 999', async () => {
    const db = new Database(server.file);
    try {
      db.prepare('INSERT INTO request_counters (year, last_number) VALUES (2026, 999999)').run();
    } finally {
      db.close();
    }
    expect(await application(await send())).toMatchObject({
      status: 'in_review',
      requestNumber: '2026-1000000',
    });
  });
});
