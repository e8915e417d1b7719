import { COLLECTIONS } from '@rodnik/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, PASSWORD, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  putDocumentRecord,
  verifiedChild,
} from '../test-support/applications.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * A young child's own account (made by a parent from a verified card) sees
 * only what is its own (docs/family-linking.md): its card, its links, the
 * notifications, scans and drafts about it — never a sibling's, never a
 * parent's identity, never the family's other news.
 */

let server: TestServer;
let parent: SignedIn;
let anna = '';
let sibling = '';
let childToken = '';
let childAccountId = '';

const pull = async (name: string, token: string) =>
  (await call(server.app, 'GET', `/api/v1/sync/${name}/pull?after=0&limit=500`, undefined, token))
    .json.documents as Record<string, unknown>[];

beforeAll(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, parent);
  anna = await verifiedChild(server, parent);
  sibling = newDocId();
  const certificate = {
    ...childCardDoc(parent.familyId, sibling).birthCertificate,
    number: '100777',
  };
  const pushed = await call(
    server.app,
    'POST',
    '/api/v1/sync/children/push',
    [
      {
        newDocumentState: childCardDoc(parent.familyId, sibling, {
          givenName: 'Ольга',
          birthCertificate: certificate,
          submittedAt: '2026-11-24T08:20:00.000Z',
        }),
      },
    ],
    parent.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  // The sibling's scan and draft, and Anna's, so each collection holds both.
  for (const childId of [anna, sibling]) {
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'oms-policy',
      childId,
    });
    await call(
      server.app,
      'POST',
      '/api/v1/sync/applications/push',
      [{ newDocumentState: applicationDoc(parent.familyId, newDocId(), childId) }],
      parent.token,
    );
  }
  const made = await call(
    server.app,
    'POST',
    `/api/v1/family/children/${anna}/account`,
    { login: 'anna.small', password: PASSWORD },
    parent.token,
  );
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  const signedIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
    login: 'anna.small',
    password: PASSWORD,
  });
  childToken = signedIn.json.token;
  childAccountId = signedIn.json.account.id;
});
afterAll(async () => {
  await server?.close();
});

describe('a child’s own account pulls only what is its own', () => {
  it('gets its own card and only the notifications about itself, while the family has more', async () => {
    expect((await pull('children', childToken)).map((card) => card.id)).toEqual([anna]);
    const familyNews = await pull('notifications', parent.token);
    expect(familyNews.some((note) => note.childId === sibling)).toBe(true);
    const own = await pull('notifications', childToken);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((note) => note.childId !== anna)).toEqual([]);
  });

  it('gets nothing of a sibling or of the parents in any collection', async () => {
    for (const name of Object.keys(COLLECTIONS)) {
      const docs = await pull(name, childToken);
      const foreign = docs.filter((doc) =>
        name === 'children'
          ? doc.id !== anna
          : name === 'members'
            ? doc.accountId !== childAccountId
            : doc.childId !== anna,
      );
      expect(foreign, name).toEqual([]);
      expect(JSON.stringify(docs), name).not.toContain(sibling);
    }
  });
});
