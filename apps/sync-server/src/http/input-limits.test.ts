import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { applicationDoc, signedInOperator } from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { SENT_KEY } from '../applications/move-status.ts';
import { jsonDepthExceeds } from './json-depth.ts';

let server: TestServer;
let parent: SignedIn;
beforeAll(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterAll(async () => {
  await server.close();
});

/** `{ a: { a: … { a: 'end' } } }`, `levels` objects deep. */
function nested(levels: number): unknown {
  let value: unknown = 'end';
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

const pushDraft = (answers: unknown) =>
  call(
    server.app,
    'POST',
    '/api/v1/sync/applications/push',
    [{ newDocumentState: applicationDoc(parent.familyId, newDocId(), null, { answers }) }],
    parent.token,
  );

describe('every client JSON body is bounded before it is parsed', () => {
  it('refuses a draft whose answers nest 1,000 levels, naming the limit, and stores nothing', async () => {
    const before = await server.store.currentSeq();
    const pushed = await pushDraft(nested(1_000));
    expect(pushed.status).toBe(400);
    expect(pushed.json.error).toMatchObject({
      code: 'payload-too-deep',
      params: { max: 16 },
      message: expect.stringContaining('16'),
      messageEn: expect.stringContaining('16'),
    });
    expect(await server.store.currentSeq()).toBe(before);
  });

  it('answers 400, never a 500, for 4,114, 5,000 and 100,000 levels', async () => {
    const draft = JSON.stringify(applicationDoc(parent.familyId, newDocId(), null));
    for (const levels of [4_114, 5_000, 100_000]) {
      const answers = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
      const row = draft.replace(/"answers":\{[^}]*\}/, `"answers":${answers}`);
      const response = await server.app.request('/api/v1/sync/applications/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${parent.token}` },
        body: `[{"newDocumentState":${row}}]`,
      });
      expect(response.status, `${levels} levels`).toBe(400);
    }
  });

  it('still takes an ordinary draft', async () => {
    expect((await pushDraft({ municipality: 'ramenskoye', list: [{ a: [1, 2] }] })).status).toBe(
      200,
    );
  });

  it('bounds forms and pushes by size, naming the limit', async () => {
    const form = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: 'x',
      password: 'p'.repeat(70 * 1024),
    });
    expect(form.status).toBe(413);
    expect(form.json.error).toMatchObject({
      code: 'payload-too-large',
      params: { max: 64, unit: 'KiB' },
    });
    expect(form.json.error.message).toContain('64 КБ');
    expect(form.json.error.messageEn).toContain('64 KB');
    const push = await pushDraft({ note: 'а'.repeat(600 * 1024) });
    expect(push.status).toBe(413);
    expect(push.json.error).toMatchObject({
      code: 'payload-too-large',
      params: { max: 1, unit: 'MiB' },
    });
  });

  it('bounds the depth of form bodies too', async () => {
    const form = await call(server.app, 'POST', '/api/v1/auth/sign-in', nested(40));
    expect(form.status).toBe(400);
    expect(form.json.error.code).toBe('payload-too-deep');
  });
});

describe.each(['sqlite', 'postgresql'] as const)(
  'the operator desk on %s never fails on a row stored before the limit',
  (store) => {
    it('lists, filters and pages with a 1,000-level draft sent before the fix', async () => {
      const server = await startTestServer({ store });
      try {
        const parent = await signUpAndSignIn(server.app);
        const operator = await signedInOperator(server.app, server.store);
        const id = newDocId();
        // As an older server stored it: straight into the store, past today's guard.
        await server.store.transaction((tx) =>
          tx.putDoc({
            collection: 'applications',
            id,
            familyId: parent.familyId,
            childId: null,
            deleted: false,
            data: {
              ...applicationDoc(parent.familyId, id, null, { answers: nested(1_000) }),
              status: 'submitted',
              receivedAt: '2026-11-24T09:00:00.000Z',
              requestNumber: '2026-000001',
            },
            keys: [SENT_KEY],
          }),
        );
        for (const query of [
          '',
          '?status=submitted',
          '?serviceId=kindergarten-enrolment&limit=1',
        ]) {
          const listed = await call(
            server.app,
            'GET',
            `/api/v1/operator/applications${query}`,
            undefined,
            operator.token,
          );
          expect(listed.status, `${query}: ${JSON.stringify(listed.json)}`).toBe(200);
        }
      } finally {
        await server.close();
      }
    });
  },
);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ a: 'x\\"[[[[' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ a: '\\' }) + '[[', 1)).toBe(true);
    expect(jsonDepthExceeds('"unterminated [[[[', 1)).toBe(false);
  });
});

describe('the limits in the OpenAPI document', () => {
  it('documents 400 (too deep) and 413 (too large) for every operation that takes a body', async () => {
    const served = await call(server.app, 'GET', '/api/v1/openapi.json');
    const paths = served.json.paths as Record<
      string,
      Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
    >;
    const withBodies = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.requestBody && !path.includes('/uploads'))
        .map(([method, operation]) => ({ at: `${method} ${path}`, operation })),
    );
    expect(withBodies.length).toBeGreaterThan(10);
    for (const { at, operation } of withBodies) {
      expect(Object.keys(operation.responses), at).toEqual(expect.arrayContaining(['400', '413']));
    }
  });
});
