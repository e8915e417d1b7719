import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
let other: SignedIn;
let expiredToken: string;
let theirCard: Record<string, unknown>;

beforeAll(async () => {
  server = await startTestServer();
  other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
  const expiring = await signUpAndSignIn(server.app, { surname: 'Орлова', givenName: 'Инна' });
  await call(server.app, 'POST', '/api/v1/auth/sign-out', undefined, expiring.token);
  expiredToken = expiring.token;
  parent = await signUpAndSignIn(server.app);
  const id = newDocId();
  await call(
    server.app,
    'POST',
    '/api/v1/sync/children/push',
    [{ newDocumentState: childCardDoc(other.familyId, id) }],
    other.token,
  );
  const pulled = await call(
    server.app,
    'GET',
    '/api/v1/sync/children/pull',
    undefined,
    other.token,
  );
  theirCard = pulled.json.documents[0];
});
afterAll(async () => {
  await server.close();
});

interface BadRequest {
  name: string;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  token?: () => string | undefined;
  status: number;
  code: string;
}

const json = { 'content-type': 'application/json' };
const mine = () => parent.token;
const huge = JSON.stringify([
  { newDocumentState: { id: 'x', familyId: 'y', surname: 'А'.repeat(5 * 1024 * 1024) } },
]);

const CASES: BadRequest[] = [
  {
    name: 'malformed JSON on sign-up',
    method: 'POST',
    path: '/api/v1/auth/sign-up',
    body: '{"surname": "Ив',
    headers: json,
    status: 400,
    code: 'malformed-json',
  },
  {
    name: 'a JSON array where an object belongs',
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    body: '[1,2]',
    headers: json,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'wrong types on sign-in',
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    body: '{"login": 7, "password": false}',
    headers: json,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'a huge sign-up body',
    method: 'POST',
    path: '/api/v1/auth/sign-up',
    body: JSON.stringify({ surname: 'А'.repeat(200_000) }),
    headers: json,
    status: 413,
    code: 'payload-too-large',
  },
  {
    name: 'a huge push body',
    method: 'POST',
    path: '/api/v1/sync/children/push',
    body: huge,
    headers: json,
    token: mine,
    status: 413,
    code: 'payload-too-large',
  },
  {
    name: 'malformed JSON on push',
    method: 'POST',
    path: '/api/v1/sync/children/push',
    body: '[{',
    headers: json,
    token: mine,
    status: 400,
    code: 'malformed-json',
  },
  {
    name: 'a push that is not an array',
    method: 'POST',
    path: '/api/v1/sync/children/push',
    body: '{"a":1}',
    headers: json,
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'a push row with wrong field types',
    method: 'POST',
    path: '/api/v1/sync/children/push',
    body: JSON.stringify([{ newDocumentState: { id: 'c1', surname: 42, sex: 'robot' } }]),
    headers: json,
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'an unknown collection',
    method: 'GET',
    path: '/api/v1/sync/passwords/pull',
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'a negative checkpoint',
    method: 'GET',
    path: '/api/v1/sync/children/pull?after=-5',
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'a limit beyond the maximum',
    method: 'GET',
    path: '/api/v1/sync/children/pull?limit=100000',
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'a non-numeric checkpoint',
    method: 'GET',
    path: '/api/v1/sync/children/pull?after=abc',
    token: mine,
    status: 422,
    code: 'validation-failed',
  },
  {
    name: 'no token',
    method: 'GET',
    path: '/api/v1/sync/children/pull',
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a forged token',
    method: 'GET',
    path: '/api/v1/sync/children/pull',
    token: () => 'A'.repeat(43),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'an expired token',
    method: 'GET',
    path: '/api/v1/sync/children/pull',
    token: () => expiredToken,
    status: 401,
    code: 'session-expired',
  },
  {
    name: 'an outdated protocol',
    method: 'GET',
    path: '/api/v1/sync/children/pull',
    headers: { 'x-rodnik-protocol': '0' },
    token: mine,
    status: 426,
    code: 'upgrade-required',
  },
  {
    name: 'an unknown route',
    method: 'GET',
    path: '/api/v1/nothing-here',
    status: 404,
    code: 'not-found',
  },
  {
    name: 'a method the route does not take',
    method: 'DELETE',
    path: '/api/v1/auth/me',
    token: mine,
    status: 404,
    code: 'not-found',
  },
];

describe('bad input never gets a 5xx and never changes the store', () => {
  it.each(CASES)('$name → $status $code', async (bad) => {
    const before = await server.store.currentSeq();
    const headers: Record<string, string> = { ...bad.headers };
    const token = bad.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await server.app.request(bad.path, {
      method: bad.method,
      headers,
      body: bad.body,
    });
    expect(response.status).toBe(bad.status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as {
      error: { code: string; message: string; messageEn: string };
    };
    expect(body.error.code).toBe(bad.code);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(body.error.messageEn.length).toBeGreaterThan(0);
    expect(await server.store.currentSeq()).toBe(before);
  });

  it('names the field and the row of an invalid push row', async () => {
    const result = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [
        { newDocumentState: childCardDoc(parent.familyId, newDocId()) },
        { newDocumentState: { ...childCardDoc(parent.familyId, newDocId()), sex: 'robot' } },
      ],
      parent.token,
    );
    expect(result.status).toBe(422);
    expect(result.json.error.fields).toEqual([
      expect.objectContaining({ field: '1.sex', code: 'invalid-value' }),
    ]);
  });

  it('refuses another family’s document id, writing none of the batch', async () => {
    const before = await server.store.currentSeq();
    const result = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [
        { newDocumentState: childCardDoc(parent.familyId, newDocId()) },
        {
          assumedMasterState: theirCard,
          newDocumentState: { ...theirCard, familyId: parent.familyId, surname: 'Чужая' },
        },
      ],
      parent.token,
    );
    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe('forbidden');
    expect(await server.store.currentSeq()).toBe(before);
  });
});
