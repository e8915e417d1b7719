import { afterEach, expect, it } from 'vitest';
import { call, PASSWORD, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { confirmIdentity } from '../test-support/applications.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { DIARY_REFRESH_MS } from './diary-fetch.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Registry children (fixture-registry.ts): two of school age on the test clock's 24.11.2026, one under. */
const MATVEY = {
  surname: 'Иванов',
  givenName: 'Матвей',
  patronymic: 'Сергеевич',
  sex: 'male',
  birthDate: '12.02.2018',
  birthCertificate: {
    kind: 'ru',
    series: 'IV-МЮ',
    number: '100008',
    issueDate: '20.02.2018',
    issuedBy: 'Отдел ЗАГС',
  },
  snils: '087-654-321 02',
};
const ILYA = {
  surname: 'Петров',
  givenName: 'Илья',
  patronymic: 'Андреевич',
  sex: 'male',
  birthDate: '02.03.2011',
  birthCertificate: {
    kind: 'ru',
    series: 'II-АК',
    number: '100002',
    issueDate: '10.03.2011',
    issuedBy: 'Отдел ЗАГС',
  },
  snils: '',
};
/** The default card: Анна, born 14.05.2021. */
const ANNA = {};

/** A verified card of the family. */
async function verifiedCard(
  s: TestServer,
  who: SignedIn,
  fields: Record<string, unknown>,
): Promise<string> {
  const id = newDocId();
  const pushed = await call(
    s.app,
    'POST',
    '/api/v1/sync/children/push',
    [
      {
        newDocumentState: childCardDoc(who.familyId, id, {
          ...fields,
          submittedAt: '2026-11-24T08:10:00.000Z',
        }),
      },
    ],
    who.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await s.parts.worker.drain();
  const card = await s.store.getDoc('children', id);
  expect(card?.data.status, JSON.stringify(card?.data.verification)).toBe('verified');
  return id;
}

async function pushConsent(s: TestServer, who: SignedIn, childId: string, given: boolean) {
  const pulled = await pullDiary(s, who.token, childId);
  const consent = { given, at: s.clock.now().toISOString() };
  const row = pulled
    ? { assumedMasterState: pulled, newDocumentState: { ...pulled, consent } }
    : { newDocumentState: { id: childId, familyId: who.familyId, consent } };
  return call(s.app, 'POST', '/api/v1/sync/diary/push', [row], who.token);
}

async function pullDiary(s: TestServer, token: string, childId: string) {
  const pulled = await call(
    s.app,
    'GET',
    '/api/v1/sync/diary/pull?after=0&limit=100',
    undefined,
    token,
  );
  expect(pulled.status).toBe(200);
  const docs = pulled.json.documents as Record<string, unknown>[];
  return docs.find((doc) => doc.id === childId) ?? null;
}

it("fetches the diary after consent, replicates it to the parent and the child's account, and withdrawal removes it", async () => {
  server = await startTestServer();
  const parent = await signUpAndSignIn(server.app, { surname: 'Иванова', givenName: 'Елена' });
  await confirmIdentity(server.store, parent);
  const childId = await verifiedCard(server, parent, MATVEY);
  const made = await call(
    server.app,
    'POST',
    `/api/v1/family/children/${childId}/account`,
    { login: 'petya.shkolny', password: PASSWORD },
    parent.token,
  );
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  const child = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
    login: 'petya.shkolny',
    password: PASSWORD,
  });
  const childToken = child.json.token as string;

  const given = await pushConsent(server, parent, childId, true);
  expect(given.status, JSON.stringify(given.json)).toBe(200);
  expect(await pullDiary(server, parent.token, childId)).toMatchObject({ status: 'waiting' });
  await server.parts.worker.drain();

  const forParent = await pullDiary(server, parent.token, childId);
  expect(forParent).toMatchObject({ status: 'ready', fetchedAt: server.clock.now().toISOString() });
  expect((forParent!.grades as unknown[]).length).toBeGreaterThan(0);
  expect((forParent!.homework as unknown[]).length).toBeGreaterThan(0);
  const forChild = await pullDiary(server, childToken, childId);
  expect(forChild).toEqual(forParent);
  // A sibling's diary stays the parents' and the sibling's.
  const sibling = await verifiedCard(server, parent, ILYA);
  await pushConsent(server, parent, sibling, true);
  await server.parts.worker.drain();
  expect(await pullDiary(server, parent.token, sibling)).toMatchObject({ status: 'ready' });
  const childPull = await call(
    server.app,
    'GET',
    '/api/v1/sync/diary/pull?after=0&limit=100',
    undefined,
    childToken,
  );
  expect((childPull.json.documents as { id: string }[]).map((doc) => doc.id)).toEqual([childId]);

  // The child's account reads, never withdraws.
  const byChild = await call(
    server.app,
    'POST',
    '/api/v1/sync/diary/push',
    [
      {
        assumedMasterState: forChild,
        newDocumentState: {
          ...forChild,
          consent: { given: false, at: server.clock.now().toISOString() },
        },
      },
    ],
    childToken,
  );
  expect(byChild.status).toBe(403);

  const withdrawn = await pushConsent(server, parent, childId, false);
  expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
  await server.parts.worker.drain();
  for (const token of [parent.token, childToken]) {
    expect(await pullDiary(server, token, childId)).toMatchObject({
      status: 'withdrawn',
      grades: [],
      homework: [],
      fetchedAt: null,
    });
  }
});

it('refreshes a consented diary periodically and never one whose consent was withdrawn', async () => {
  server = await startTestServer();
  const parent = await signUpAndSignIn(server.app, { surname: 'Иванова', givenName: 'Елена' });
  await confirmIdentity(server.store, parent);
  const kept = await verifiedCard(server, parent, MATVEY);
  const gone = await verifiedCard(server, parent, ILYA);
  await pushConsent(server, parent, kept, true);
  await pushConsent(server, parent, gone, true);
  await server.parts.worker.drain();
  await pushConsent(server, parent, gone, false);

  server.clock.advance(DIARY_REFRESH_MS + 60_000);
  // The combined worker's drain runs a refresh, then the reads it queued.
  await server.parts.worker.drain();
  const refreshedAt = server.clock.now().toISOString();
  expect(await pullDiary(server, parent.token, kept)).toMatchObject({
    status: 'ready',
    fetchedAt: refreshedAt,
  });
  expect(await pullDiary(server, parent.token, gone)).toMatchObject({
    status: 'withdrawn',
    grades: [],
  });
});

it('keeps no diary for a child under school age', async () => {
  server = await startTestServer();
  const parent = await signUpAndSignIn(server.app, { surname: 'Иванова', givenName: 'Елена' });
  await confirmIdentity(server.store, parent);
  const toddler = await verifiedCard(server, parent, ANNA);
  await pushConsent(server, parent, toddler, true);
  await server.parts.worker.drain();
  expect(await pullDiary(server, parent.token, toddler)).toMatchObject({
    status: 'not-school-age',
    grades: [],
  });
});
