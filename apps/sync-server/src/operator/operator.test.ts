import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  signedInOperator,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
let child: string;
let operator: { token: string; accountId: string };
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, parent);
  child = await verifiedChild(server, parent);
  for (const kind of KINDERGARTEN_DOCUMENTS) {
    await putDocumentRecord(server.store, { familyId: parent.familyId, kind, childId: child });
  }
  await putDocumentRecord(server.store, {
    familyId: parent.familyId,
    kind: 'parent-passport',
    accountId: parent.accountId,
  });
  operator = await signedInOperator(server.app, server.store);
});
afterEach(async () => {
  await server.close();
});

const api = (method: string, path: string, body?: unknown, token?: string) =>
  call(server.app, method, `/api/v1${path}`, body, token);

async function sendApplication(submittedAt = '2026-11-24T09:00:00.000Z', id = newDocId()) {
  const pushed = await api(
    'POST',
    '/sync/applications/push',
    [{ newDocumentState: applicationDoc(parent.familyId, id, child, { submittedAt }) }],
    parent.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  return id;
}
const decide = (id: string, body: unknown, token = operator.token) =>
  api('POST', `/operator/applications/${id}/decision`, body, token);
async function familyView(id: string) {
  const pulled = await api('GET', '/sync/applications/pull?after=0', undefined, parent.token);
  return pulled.json.documents.find((doc: { id: string }) => doc.id === id);
}

describe('the operator API', () => {
  it('signs an operator in with login and password; /auth/me says operator', async () => {
    const me = await api('GET', '/auth/me', undefined, operator.token);
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ role: 'operator', login: 'ivanova.op', surname: 'Иванова' });
  });

  it('refuses parents and children (403 operator-only) and anyone not signed in (401)', async () => {
    const id = await sendApplication();
    for (const path of ['/operator/applications', `/operator/applications/${id}`]) {
      const asParent = await api('GET', path, undefined, parent.token);
      expect(asParent.status).toBe(403);
      expect(asParent.json.error.code).toBe('operator-only');
      expect((await api('GET', path)).status).toBe(401);
    }
    const made = await api(
      'POST',
      `/family/children/${child}/account`,
      { login: 'anna.ivanova', password: 'Rodnik-2026!' },
      parent.token,
    );
    expect(made.status).toBe(201);
    const kid = await api('POST', '/auth/sign-in', {
      login: 'anna.ivanova',
      password: 'Rodnik-2026!',
    });
    const asChild = await decide(id, { action: 'approve' }, kid.json.token);
    expect(asChild.status).toBe(403);
    expect(asChild.json.error.code).toBe('operator-only');
    expect((await decide(id, { action: 'approve' }, '')).status).toBe(401);
  });

  it('keeps operators out of family replication, the live stream and family routes', async () => {
    const pulled = await api('GET', '/sync/applications/pull?after=0', undefined, operator.token);
    expect(pulled.status).toBe(403);
    const pushed = await api('POST', '/sync/children/push', [], operator.token);
    expect(pushed.status).toBe(403);
    const stream = await api('GET', '/sync/stream', undefined, operator.token);
    expect(stream.status).toBe(403);
    const invite = await api(
      'POST',
      '/family/invitations',
      { login: '+79161234567' },
      operator.token,
    );
    expect(invite.status).toBe(403);
  });

  it('lists sent applications by status and service, newest first, never drafts', async () => {
    const draft = newDocId();
    await api(
      'POST',
      '/sync/applications/push',
      [{ newDocumentState: applicationDoc(parent.familyId, draft, child) }],
      parent.token,
    );
    const first = await sendApplication();
    server.clock.advance(60_000);
    const second = await sendApplication('2026-11-24T09:01:00.000Z');
    const listed = await api('GET', '/operator/applications', undefined, operator.token);
    expect(listed.status).toBe(200);
    expect(listed.json.applications.map((a: { id: string }) => a.id)).toEqual([second, first]);
    expect(listed.json.applications[0]).toEqual({
      id: second,
      requestNumber: '2026-000002',
      serviceId: 'kindergarten-enrolment',
      status: 'in_review',
      receivedAt: '2026-11-24T09:01:00.000Z',
      expectedDecisionDate: '2026-12-03',
      child: {
        surname: 'Иванова',
        givenName: 'Анна',
        patronymic: 'Сергеевна',
        birthDate: '14.05.2021',
      },
    });
    const byStatus = await api(
      'GET',
      '/operator/applications?status=approved',
      undefined,
      operator.token,
    );
    expect(byStatus.json.applications).toEqual([]);
    const byService = await api(
      'GET',
      '/operator/applications?serviceId=school-enrolment',
      undefined,
      operator.token,
    );
    expect(byService.json.applications).toEqual([]);
    const badStatus = await api(
      'GET',
      '/operator/applications?status=lost',
      undefined,
      operator.token,
    );
    expect(badStatus.status).toBe(422);
    expect(badStatus.json.error.fields[0].field).toBe('status');
  });

  it('pages the list: each page continues where the last ended, none repeated or missed', async () => {
    const sent: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      sent.unshift(await sendApplication());
      server.clock.advance(60_000);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const query: string = after ? `?limit=2&after=${after}` : '?limit=2';
      const listed = await api('GET', `/operator/applications${query}`, undefined, operator.token);
      expect(listed.status).toBe(200);
      seen.push(...listed.json.applications.map((a: { id: string }) => a.id));
      after = listed.json.next;
      if (!after) break;
    }
    expect(seen).toEqual(sent);
    expect(after).toBeNull();

    const broken = await api(
      'GET',
      '/operator/applications?after=not-a-cursor',
      undefined,
      operator.token,
    );
    expect(broken.status).toBe(422);
    expect(broken.json.error.fields[0].field).toBe('after');
  });

  it('shows an application with its child and documents, the sender’s passport included', async () => {
    const id = await sendApplication();
    const shown = await api('GET', `/operator/applications/${id}`, undefined, operator.token);
    expect(shown.status).toBe(200);
    expect(shown.json.application).toMatchObject({
      id,
      status: 'in_review',
      familyId: parent.familyId,
    });
    expect(shown.json.child).toMatchObject({
      surname: 'Иванова',
      birthCertificate: expect.objectContaining({ number: '100001' }),
    });
    expect(shown.json.documents.map((doc: { kind: string }) => doc.kind).sort()).toEqual(
      [...KINDERGARTEN_DOCUMENTS, 'parent-passport'].sort(),
    );
    const missing = await api(
      'GET',
      `/operator/applications/${newDocId()}`,
      undefined,
      operator.token,
    );
    expect(missing.status).toBe(404);
  });
});

describe('operator decisions', () => {
  it('asks for more, the family fixes the named field and resends, then the operator approves', async () => {
    const id = await sendApplication();
    const asked = await decide(id, {
      action: 'request-info',
      question: 'Уточните желаемую дату начала посещения.',
      fields: ['startDate'],
      documentKinds: [],
    });
    expect(asked.status, JSON.stringify(asked.json)).toBe(200);
    expect(asked.json.application).toMatchObject({
      status: 'needs_info',
      infoRequest: {
        question: 'Уточните желаемую дату начала посещения.',
        fields: ['startDate'],
        documentKinds: [],
      },
    });
    const seen = await familyView(id);
    const fixed = await api(
      'POST',
      '/sync/applications/push',
      [
        {
          assumedMasterState: seen,
          newDocumentState: {
            ...seen,
            answers: { ...seen.answers, startDate: '2027-10-01' },
            submittedAt: '2026-11-25T09:00:00.000Z',
          },
        },
      ],
      parent.token,
    );
    expect(fixed.json).toEqual([]);
    await server.parts.worker.drain();
    expect((await familyView(id)).status).toBe('in_review');

    const approved = await decide(id, { action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.json.application).toMatchObject({
      status: 'approved',
      decision: { outcome: 'approved', reason: null },
    });
    const final = await familyView(id);
    expect(final.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'in_review',
      'needs_info',
      'resubmitted',
      'in_review',
      'approved',
    ]);
    const notes = await api('GET', '/sync/notifications/pull?after=0', undefined, parent.token);
    expect(
      notes.json.documents
        .filter((n: { kind: string }) => n.kind === 'application-status')
        .map((n: { title: { ru: string } }) => n.title.ru),
    ).toEqual([
      'Запись в детский сад: на рассмотрении',
      'Запись в детский сад: нужны уточнения',
      'Запись в детский сад: на рассмотрении',
      'Запись в детский сад: одобрено',
    ]);
  });

  it('rejects with the reason as written; a reason is required', async () => {
    const id = await sendApplication();
    const noReason = await decide(id, { action: 'reject', reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(noReason.json.error.fields[0]).toMatchObject({ field: 'reason', code: 'required' });
    const rejected = await decide(id, { action: 'reject', reason: 'Нет мест в выбранных садах.' });
    expect(rejected.json.application.decision).toMatchObject({
      outcome: 'rejected',
      reason: 'Нет мест в выбранных садах.',
    });
  });

  it('names a field the service form does not have, and wants at least one field or document', async () => {
    const id = await sendApplication();
    const unknown = await decide(id, {
      action: 'request-info',
      question: 'Уточните.',
      fields: ['startDate', 'shoeSize'],
      documentKinds: [],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.fields).toEqual([
      expect.objectContaining({ field: 'fields.1', code: 'invalid-value' }),
    ]);
    const nothing = await decide(id, { action: 'request-info', question: 'Уточните.' });
    expect(nothing.status).toBe(422);
    expect(nothing.json.error.fields[0]).toMatchObject({ field: 'fields', code: 'required' });
    expect((await familyView(id)).status).toBe('in_review');
  });

  it('decides only what is in review: 409 after a decision or a withdrawal', async () => {
    const id = await sendApplication();
    expect((await decide(id, { action: 'approve' })).status).toBe(200);
    const twice = await decide(id, { action: 'reject', reason: 'Передумали.' });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('illegal-transition');

    const other = await sendApplication('2026-11-24T09:05:00.000Z');
    const open = await familyView(other);
    await api(
      'POST',
      '/sync/applications/push',
      [
        {
          assumedMasterState: open,
          newDocumentState: { ...open, withdrawnAt: '2026-11-24T10:00:00.000Z' },
        },
      ],
      parent.token,
    );
    expect((await decide(other, { action: 'approve' })).status).toBe(409);
  });
});
