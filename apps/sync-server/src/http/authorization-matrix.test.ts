import { COLLECTIONS } from '@rodnik/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, nextPhone, PASSWORD, signUpAndSignIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  signedInOperator,
  verifiedChild,
} from '../test-support/applications.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { encodePng } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  createUpload,
  pushDocumentRecord,
  tusMetadata,
  uploadPath,
  uploadWhole,
} from '../test-support/uploads.ts';

/**
 * Every route the server serves × every kind of caller: the status each gets,
 * and that no answer carries another family's data. A route added later
 * without a row here fails "every served route has a row".
 */

const ROLES = ['anonymous', 'parent A', 'parent B', 'second parent A', 'child A', 'operator'];
type Role = (typeof ROLES)[number];

let server: TestServer;
const tokens: Partial<Record<Role, string>> = {};
/** Strings that belong to one family only: ids and names. */
const markers = { A: [] as string[], B: [] as string[] };
const fixture = {
  childA: '',
  applicationA: '',
  documentA: '',
  pendingDocumentA: '',
  docsA: {} as Record<string, unknown>,
};

const api = (method: string, path: string, body?: unknown, token?: string) =>
  call(server.app, method, `/api/v1${path}`, body, token);

async function submittedApplicationOfA(): Promise<string> {
  const id = newDocId();
  const pushed = await api(
    'POST',
    '/sync/applications/push',
    [
      {
        newDocumentState: applicationDoc(markers.A[0]!, id, fixture.childA, {
          submittedAt: '2026-11-24T09:00:00.000Z',
        }),
      },
    ],
    tokens['parent A'],
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  return id;
}

async function freshUploadOfA(): Promise<string> {
  const scan = encodePng(1200, 900);
  const who = { token: tokens['parent A']!, familyId: markers.A[0]! };
  const id = await pushDocumentRecord(
    server.app,
    { ...who, accountId: '', phone: '', email: '' },
    scan,
  );
  const created = await createUpload(server.app, who.token, id, scan.length);
  expect(created.status).toBe(201);
  return uploadPath(created);
}

/** A fresh card of family A with a simplified account, for a cell that changes or deletes it. */
async function childAccountOfA(): Promise<string> {
  const card = (await server.store.getDoc('children', fixture.childA))!;
  const childId = newDocId();
  // A copy of A's verified card (the registry knows each certificate once).
  await server.store.transaction((tx) =>
    tx.putDoc({ ...card, id: childId, data: { ...card.data, accountId: null }, keys: [] }),
  );
  const login = `kid.${newDocId().slice(-6)}`;
  const made = await api(
    'POST',
    `/family/children/${childId}/account`,
    { login, password: PASSWORD },
    tokens['parent A'],
  );
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  return childId;
}

beforeAll(async () => {
  server = await startTestServer();
  const parentA = await signUpAndSignIn(server.app, { surname: 'Альфова', givenName: 'Агата' });
  await confirmIdentity(server.store, parentA);
  const parentB = await signUpAndSignIn(server.app, { surname: 'Бетова', givenName: 'Белла' });
  await confirmIdentity(server.store, parentB);
  tokens['parent A'] = parentA.token;
  tokens['parent B'] = parentB.token;

  const second = await signUpAndSignIn(server.app, { surname: 'Альфов', givenName: 'Аркадий' });
  const invited = await api('POST', '/family/invitations', { login: second.phone }, parentA.token);
  expect(invited.status, JSON.stringify(invited.json)).toBeLessThan(300);
  const { json: outbox } = await api('GET', '/dev/outbox');
  const invitation = (outbox.messages as { to: string; purpose: string; text: string }[]).find(
    (m) => m.to === second.phone && m.purpose === 'family-invitation',
  );
  const code = /[A-Z0-9]{4}-[A-Z0-9]{4}|\d{6}/.exec(invitation!.text)![0];
  const accepted = await api('POST', '/family/invitations/accept', { code }, second.token);
  expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
  tokens['second parent A'] = second.token;

  fixture.childA = await verifiedChild(server, parentA);
  const made = await api(
    'POST',
    `/family/children/${fixture.childA}/account`,
    { login: 'anna.alfova', password: PASSWORD },
    parentA.token,
  );
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  const child = await api('POST', '/auth/sign-in', { login: 'anna.alfova', password: PASSWORD });
  expect(child.status).toBe(200);
  tokens['child A'] = child.json.token;
  tokens.operator = (await signedInOperator(server.app, server.store)).token;

  // What a kindergarten application needs, so that a sent one goes to the operator's desk.
  for (const kind of KINDERGARTEN_DOCUMENTS) {
    await putDocumentRecord(server.store, {
      familyId: parentA.familyId,
      kind,
      childId: fixture.childA,
    });
  }
  fixture.applicationA = await submittedApplicationOfA();
  const scan = encodePng(1200, 900);
  fixture.documentA = await pushDocumentRecord(server.app, parentA, scan, {
    childId: fixture.childA,
  });
  expect((await uploadWhole(server.app, parentA.token, fixture.documentA, scan)).status).toBe(204);
  fixture.pendingDocumentA = await pushDocumentRecord(server.app, parentA, SCAN);
  // A link request, so that every collection holds a document of family A.
  await api(
    'POST',
    '/sync/links/push',
    [
      {
        newDocumentState: {
          id: newDocId(),
          familyId: parentA.familyId,
          childId: fixture.childA,
          codeRequestedAt: server.clock.now().toISOString(),
        },
      },
    ],
    parentA.token,
  );
  // The consent to read the child's diary (issue 13).
  await api(
    'POST',
    '/sync/diary/push',
    [
      {
        newDocumentState: {
          id: fixture.childA,
          familyId: parentA.familyId,
          consent: { given: true, at: server.clock.now().toISOString() },
        },
      },
    ],
    parentA.token,
  );

  // Family B: a card and a draft of its own.
  const cardB = newDocId();
  const draftB = newDocId();
  await api(
    'POST',
    '/sync/children/push',
    [{ newDocumentState: childCardDoc(parentB.familyId, cardB, { surname: 'Бетова' }) }],
    parentB.token,
  );
  await api(
    'POST',
    '/sync/applications/push',
    [{ newDocumentState: applicationDoc(parentB.familyId, draftB, cardB) }],
    parentB.token,
  );
  await server.parts.worker.drain();

  for (const name of Object.keys(COLLECTIONS)) {
    const pulled = await api(
      'GET',
      `/sync/${name}/pull?after=0&limit=500`,
      undefined,
      parentA.token,
    );
    const docs = pulled.json.documents as { accountId?: string }[];
    fixture.docsA[name] =
      name === 'members' ? docs.find((doc) => doc.accountId === parentA.accountId) : docs[0];
  }
  markers.A.push(parentA.familyId, parentA.accountId, second.accountId, child.json.account.id);
  markers.A.push(parentA.phone, parentA.email, 'Альфов', fixture.childA, fixture.applicationA);
  markers.A.push(fixture.documentA);
  markers.B.push(parentB.familyId, parentB.accountId, parentB.phone, parentB.email);
  markers.B.push('Бетова', cardB, draftB);
});
afterAll(async () => {
  await server?.close();
});

interface Cell {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Row {
  /** Today's answer per role, in ROLES order. */
  expected: [number, number, number, number, number, number];
  request: (target: string) => Cell;
  /** A fresh object of family A for each cell, where one cell would spend it. */
  target?: () => Promise<string>;
  /** Public by design, not a family's data: the body is not searched. */
  noLeakCheck?: string;
}

const json = (method: string, path: string, body?: unknown) => () => ({ method, path, body });
const TUS = { 'tus-resumable': '1.0.0' };
const SCAN = encodePng(1200, 900);
const unknownLogin = '+79990000000';

/** Pushing family A's document: B never; the child only where it may write; never an operator. */
// prettier-ignore
const PUSH_EXPECTED: Record<string, Row['expected']> = {
  // anon  A    B  2ndA child op
  children: [401, 200, 403, 200, 403, 403],
  documents: [401, 200, 403, 200, 200, 403],
  applications: [401, 200, 403, 200, 200, 403],
  links: [401, 200, 403, 200, 403, 403],
  notifications: [401, 200, 403, 200, 200, 403],
  // Parent A's own member document: nobody else writes it.
  members: [401, 200, 403, 403, 403, 403],
  // A parent gives or withdraws the consent; a child's account only reads its diary.
  diary: [401, 200, 403, 200, 403, 403],
};

/** The answer each role gets from pushing family A's first document back unchanged. */
function pushRow(name: string, expected: Row['expected']): Row {
  return {
    expected,
    request: () => {
      const doc = fixture.docsA[name];
      const rows = doc ? [{ assumedMasterState: doc, newDocumentState: doc }] : [];
      return { method: 'POST', path: `/api/v1/sync/${name}/push`, body: rows };
    },
  };
}
const pullRow = (name: string, expected: Row['expected']): Row => ({
  expected,
  request: json('GET', `/api/v1/sync/${name}/pull?after=0&limit=500`),
});

// prettier-ignore
const ROWS: Record<string, Row> = {
  // ROLES:                                  anon  A    B  2ndA child op
  'GET /healthz': { expected: [200, 200, 200, 200, 200, 200], request: json('GET', '/healthz'), noLeakCheck: 'no data' },
  'GET /readyz': { expected: [200, 200, 200, 200, 200, 200], request: json('GET', '/readyz'), noLeakCheck: 'no data' },
  'GET /api/v1/openapi.json': { expected: [200, 200, 200, 200, 200, 200], request: json('GET', '/api/v1/openapi.json'), noLeakCheck: 'the API description' },
  'GET /api/v1/dev/outbox': { expected: [200, 200, 200, 200, 200, 200], request: json('GET', '/api/v1/dev/outbox'), noLeakCheck: 'development only: served with DEV_OUTBOX, never in production' },
  'POST /api/v1/auth/sign-up': { expected: [202, 202, 202, 202, 202, 202], request: () => ({ method: 'POST', path: '/api/v1/auth/sign-up', body: { surname: 'Гостева', givenName: 'Гала', phone: nextPhone(), email: `${newDocId()}@example.ru`, password: PASSWORD } }) },
  'POST /api/v1/auth/confirm': { expected: [422, 422, 422, 422, 422, 422], request: json('POST', '/api/v1/auth/confirm', { login: unknownLogin, channel: 'phone', code: '000000' }) },
  'POST /api/v1/auth/sign-in': { expected: [401, 401, 401, 401, 401, 401], request: json('POST', '/api/v1/auth/sign-in', { login: unknownLogin, password: PASSWORD }) },
  'POST /api/v1/auth/sign-in/verify': { expected: [422, 422, 422, 422, 422, 422], request: json('POST', '/api/v1/auth/sign-in/verify', { login: unknownLogin, code: '000000' }) },
  'POST /api/v1/auth/codes/resend': { expected: [202, 202, 202, 202, 202, 202], request: json('POST', '/api/v1/auth/codes/resend', { login: unknownLogin, purpose: 'sign-in' }) },
  'POST /api/v1/auth/password-reset': { expected: [202, 202, 202, 202, 202, 202], request: json('POST', '/api/v1/auth/password-reset', { login: unknownLogin }) },
  'POST /api/v1/auth/password-reset/confirm': { expected: [422, 422, 422, 422, 422, 422], request: json('POST', '/api/v1/auth/password-reset/confirm', { login: unknownLogin, code: '000000', password: PASSWORD }) },
  'GET /api/v1/auth/me': { expected: [401, 200, 200, 200, 200, 200], request: json('GET', '/api/v1/auth/me') },
  'POST /api/v1/family/children/{childId}/account': { expected: [401, 409, 404, 409, 403, 403], request: () => ({ method: 'POST', path: `/api/v1/family/children/${fixture.childA}/account`, body: { login: `kid.${newDocId().slice(-6)}`, password: PASSWORD } }) },
  'POST /api/v1/family/link': { expected: [401, 403, 403, 403, 409, 403], request: json('POST', '/api/v1/family/link', { series: 'II-АК', number: '100002', code: 'AAAA-AAAA' }) },
  'POST /api/v1/family/invitations': { expected: [401, 202, 202, 202, 403, 403], request: () => ({ method: 'POST', path: '/api/v1/family/invitations', body: { login: nextPhone() } }) },
  'POST /api/v1/family/invitations/accept': { expected: [401, 422, 422, 422, 422, 403], request: json('POST', '/api/v1/family/invitations/accept', { code: 'AAAA-AAAA' }) },
  'GET /api/v1/operator/applications': { expected: [401, 403, 403, 403, 403, 200], request: json('GET', '/api/v1/operator/applications') },
  'GET /api/v1/operator/applications/{id}': { expected: [401, 403, 403, 403, 403, 200], request: () => ({ method: 'GET', path: `/api/v1/operator/applications/${fixture.applicationA}` }) },
  'POST /api/v1/operator/applications/{id}/decision': { expected: [401, 403, 403, 403, 403, 200], target: submittedApplicationOfA, request: (id) => ({ method: 'POST', path: `/api/v1/operator/applications/${id}/decision`, body: { action: 'approve' } }) },
  'GET /api/v1/operator/stream': { expected: [401, 403, 403, 403, 403, 200], request: json('GET', '/api/v1/operator/stream') },
  'GET /api/v1/sync/stream': { expected: [401, 200, 200, 200, 200, 403], request: json('GET', '/api/v1/sync/stream') },
  'GET /api/v1/documents/{id}/content': { expected: [401, 200, 404, 200, 200, 200], request: () => ({ method: 'GET', path: `/api/v1/documents/${fixture.documentA}/content` }) },
  'POST /api/v1/uploads': { expected: [401, 201, 404, 201, 404, 403], request: () => ({ method: 'POST', path: '/api/v1/uploads', headers: { ...TUS, 'upload-length': String(SCAN.length), 'upload-metadata': tusMetadata({ documentId: fixture.pendingDocumentA, filename: 'скан.png' }) } }) },
  'HEAD /api/v1/uploads/{uploadId}': { expected: [401, 200, 404, 404, 404, 403], target: freshUploadOfA, request: (path) => ({ method: 'HEAD', path, headers: TUS }) },
  'PATCH /api/v1/uploads/{uploadId}': { expected: [401, 204, 404, 404, 404, 403], target: freshUploadOfA, request: (path) => ({ method: 'PATCH', path, body: new Uint8Array(10), headers: { ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' } }) },
  'DELETE /api/v1/uploads/{uploadId}': { expected: [401, 204, 404, 404, 404, 403], target: freshUploadOfA, request: (path) => ({ method: 'DELETE', path, headers: TUS }) },
  ...Object.fromEntries(Object.keys(COLLECTIONS).flatMap((name) => [
    [`GET /api/v1/sync/${name}/pull`, pullRow(name, [401, 200, 200, 200, 200, 403])],
    [`POST /api/v1/sync/${name}/push`, pushRow(name, PUSH_EXPECTED[name]!)],
  ])),
  'GET /api/v1/family/children/{childId}/account': { expected: [401, 200, 404, 200, 403, 403], request: () => ({ method: 'GET', path: `/api/v1/family/children/${fixture.childA}/account` }) },
  'POST /api/v1/family/children/{childId}/account/password': { expected: [401, 200, 404, 200, 403, 403], target: childAccountOfA, request: (id) => ({ method: 'POST', path: `/api/v1/family/children/${id}/account/password`, body: {} }) },
  'DELETE /api/v1/family/children/{childId}/account': { expected: [401, 200, 404, 200, 403, 403], target: childAccountOfA, request: (id) => ({ method: 'DELETE', path: `/api/v1/family/children/${id}/account` }) },
  // Last: these spend the caller's family or session.
  'POST /api/v1/family/children/{childId}/unlink': { expected: [401, 200, 404, 422, 403, 403], request: () => ({ method: 'POST', path: `/api/v1/family/children/${fixture.childA}/unlink` }) },
  'PUT /api/v1/family/notification-settings': { expected: [401, 200, 200, 200, 200, 403], request: json('PUT', '/api/v1/family/notification-settings', { sms: true, email: false, events: ['decision'], quiet: { from: 22, to: 8 } }) },
  'GET /api/v1/family/schedule/{clinicId}': { expected: [401, 200, 200, 200, 200, 403], request: json('GET', '/api/v1/family/schedule/clinic-ram-child') },
  'POST /api/v1/family/leave': { expected: [401, 200, 409, 409, 403, 403], request: json('POST', '/api/v1/family/leave') },
  'POST /api/v1/auth/password': { expected: [401, 422, 422, 422, 422, 422], request: json('POST', '/api/v1/auth/password', { currentPassword: 'Wrong-2026!', password: 'три зелёных кота' }) },
  'POST /api/v1/auth/contact': { expected: [401, 202, 202, 202, 202, 202], request: () => ({ method: 'POST', path: '/api/v1/auth/contact', body: { channel: 'email', value: `${newDocId()}@example.ru` } }) },
  'POST /api/v1/auth/contact/confirm': { expected: [401, 422, 422, 422, 422, 422], request: json('POST', '/api/v1/auth/contact/confirm', { channel: 'email', value: 'new@example.ru', code: '000000' }) },
  'POST /api/v1/auth/sign-out': { expected: [401, 200, 200, 200, 200, 200], request: json('POST', '/api/v1/auth/sign-out') },
};

/** Every route the app answers: its OpenAPI document, plus Hono's own table, per collection. */
async function servedRoutes(): Promise<Set<string>> {
  const served = new Set<string>();
  const described = await server.app.request('/api/v1/openapi.json');
  const paths = ((await described.json()) as { paths: Record<string, object> }).paths;
  for (const [path, methods] of Object.entries(paths)) {
    for (const method of Object.keys(methods)) served.add(`${method.toUpperCase()} ${path}`);
  }
  for (const route of server.app.routes) {
    if (route.method === 'ALL' || route.method === 'OPTIONS' || route.path.includes('*')) continue;
    served.add(`${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return new Set(
    [...served].flatMap((key) =>
      key.includes('{collection}')
        ? Object.keys(COLLECTIONS).map((name) => key.replace('{collection}', name))
        : [key],
    ),
  );
}

/** Family A's roles must not see B; B must not see A; nobody signed out sees either. */
function foreignMarkers(role: Role): string[] {
  if (role === 'operator') return []; // reads every family's sent applications by design
  if (role === 'parent B') return markers.A;
  if (role === 'anonymous') return [...markers.A, ...markers.B];
  return markers.B;
}

it('the leak search would see each family’s data: its markers are in its own reads', async () => {
  const asA = await api(
    'GET',
    '/sync/children/pull?after=0&limit=500',
    undefined,
    tokens['parent A'],
  );
  const asB = await api(
    'GET',
    '/sync/children/pull?after=0&limit=500',
    undefined,
    tokens['parent B'],
  );
  expect(JSON.stringify(asA.json)).toContain(fixture.childA);
  expect(JSON.stringify(asB.json)).toContain('Бетова');
});

it('every served route has a row, and every row is served', async () => {
  expect(Object.keys(ROWS).sort()).toEqual([...(await servedRoutes())].sort());
});

// Before the matrix: its last rows sign out and leave families.
/**
 * An operator reads the scans on the desk, and no other (docs/decisions.md):
 * those that go with an application a family has sent — attached, listed, or
 * reused from its child's card. A scan of a draft, or of a child with nothing
 * sent, is "not found", as for anyone it is not for.
 */
const content = (id: string, token: string) =>
  server.app.request(`/api/v1/documents/${id}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
it('lets an operator download only the scans that go with a sent application', async () => {
  const parentB = {
    token: tokens['parent B']!,
    familyId: markers.B[0]!,
    accountId: '',
    phone: '',
    email: '',
  };
  const [cardB, draftB] = [markers.B.at(-2)!, markers.B.at(-1)!];
  const offDesk = [
    await pushDocumentRecord(server.app, parentB, SCAN, { childId: cardB, applicationId: draftB }),
    await pushDocumentRecord(server.app, parentB, SCAN, { childId: cardB }),
  ];
  for (const id of offDesk) {
    expect((await uploadWhole(server.app, parentB.token, id, SCAN)).status).toBe(204);
    // The family itself reads it; the operator does not even learn it exists.
    expect((await content(id, parentB.token)).status).toBe(200);
    const asOperator = await content(id, tokens.operator!);
    expect(asOperator.status).toBe(404);
    expect(((await asOperator.json()) as { error: { code: string } }).error.code).toBe('not-found');
  }
  // Family A's card scan goes with A's sent application: on the desk.
  expect((await content(fixture.documentA, tokens.operator!)).status).toBe(200);
});

/**
 * An upload is its uploader's (docs/decisions.md): the upload URL is a
 * capability of the device and account that started it. Another parent of
 * the family gets "no such upload" and starts their own upload of the same
 * record, which the server accepts.
 */
it('lets a second parent start their own upload of a record whose upload the first parent left', async () => {
  const path = await freshUploadOfA();
  const documentId = fixture.pendingDocumentA;
  const head = await server.app.request(path, {
    method: 'HEAD',
    headers: { ...TUS, authorization: `Bearer ${tokens['second parent A']}` },
  });
  expect(head.status).toBe(404);
  const own = await createUpload(server.app, tokens['second parent A']!, documentId, SCAN.length);
  expect(own.status).toBe(201);
});

it('answers each role as the matrix says and never shows one family another’s data', async () => {
  const failures: string[] = [];
  const leaks: string[] = [];
  let tried = 0;
  for (const [key, row] of Object.entries(ROWS)) {
    for (const [index, role] of ROLES.entries()) {
      const cell = row.request(row.target ? await row.target() : '');
      const headers: Record<string, string> = { ...cell.headers };
      const token = tokens[role];
      if (token) headers.authorization = `Bearer ${token}`;
      let body: RequestInit['body'];
      if (cell.body instanceof Uint8Array) body = cell.body as RequestInit['body'];
      else if (cell.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(cell.body);
      }
      const response = await server.app.request(cell.path, { method: cell.method, headers, body });
      tried += 1;
      const streaming = response.headers.get('content-type')?.includes('text/event-stream');
      let text = '';
      if (streaming) await response.body?.cancel();
      else text = await response.text();
      if (response.status !== row.expected[index]) {
        failures.push(`${key} as ${role}: ${response.status} ${text.slice(0, 200)}`);
      }
      if (row.noLeakCheck) continue;
      const sent = typeof body === 'string' ? body : '';
      for (const marker of foreignMarkers(role)) {
        // What the caller sent itself is no leak (a push of A's document echoed back).
        if (text.includes(marker) && !sent.includes(marker)) {
          leaks.push(`${key} as ${role}: ${marker}`);
        }
      }
    }
  }
  console.log(
    `authorization matrix: ${Object.keys(ROWS).length} routes × ${ROLES.length} roles = ${tried} requests, ${leaks.length} leaks`,
  );
  expect(failures).toEqual([]);
  expect(leaks).toEqual([]);
});
