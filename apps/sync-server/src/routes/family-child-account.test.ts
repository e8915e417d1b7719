import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Password } from '@rodnik/domain';
import { call, PASSWORD, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { oneTimePassword } from '../family/child-account.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const api = (method: string, path: string, body?: unknown, token?: string) =>
  call(server.app, method, `/api/v1${path}`, body, token);
const account = (childId: string) => `/family/children/${childId}/account`;

async function verifiedCard(who: SignedIn): Promise<string> {
  const id = newDocId();
  const card = childCardDoc(who.familyId, id, {
    submittedAt: server.clock.now().toISOString(),
  });
  const pushed = await api('POST', '/sync/children/push', [{ newDocumentState: card }], who.token);
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await server.parts.worker.drain();
  expect((await server.store.getDoc('children', id))?.data.status).toBe('verified');
  return id;
}

async function withAccount(login = 'anna.ivanova'): Promise<string> {
  const childId = await verifiedCard(parent);
  const made = await api('POST', account(childId), { login, password: PASSWORD }, parent.token);
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  return childId;
}

const signIn = (login: string, password: string) =>
  api('POST', '/auth/sign-in', { login, password });

describe("a parent manages a child's simplified account", () => {
  it('sees the login at any later time, not only when it was made', async () => {
    const childId = await withAccount();
    const shown = await api('GET', account(childId), undefined, parent.token);
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({
      login: 'anna.ivanova',
      email: null,
      emailConfirmed: false,
      kind: 'simplified',
    });
    expect(shown.json).not.toHaveProperty('passwordHash');
    const none = await api('GET', account(await verifiedCard(parent)), undefined, parent.token);
    expect(none.status).toBe(404);
    expect(none.json.error.code).toBe('child-has-no-account');
  });

  it('sets a new password the parent typed; the old one stops working and the child is signed out', async () => {
    const childId = await withAccount();
    const before = await signIn('anna.ivanova', PASSWORD);
    expect(before.status).toBe(200);
    const reset = await api(
      'POST',
      `${account(childId)}/password`,
      { password: 'Новый-пароль-2026' },
      parent.token,
    );
    expect(reset.status, JSON.stringify(reset.json)).toBe(200);
    expect(reset.json).toEqual({ password: null });
    expect((await signIn('anna.ivanova', PASSWORD)).status).toBe(401);
    expect((await signIn('anna.ivanova', 'Новый-пароль-2026')).status).toBe(200);
    const old = await api('GET', '/auth/me', undefined, before.json.token);
    expect(old.status).toBe(401);
  });

  it('makes a one-time password, answered once and never stored in plain text', async () => {
    const childId = await withAccount();
    const reset = await api('POST', `${account(childId)}/password`, {}, parent.token);
    expect(reset.status, JSON.stringify(reset.json)).toBe(200);
    const password = reset.json.password as string;
    expect(password).toMatch(/^[A-Z]{4}-[a-z]{4}-[2-9]{4}$/);
    expect((await signIn('anna.ivanova', password)).status).toBe(200);
    const stored = await server.store.getAccount(
      (await api('GET', account(childId), undefined, parent.token)).json.accountId,
    );
    expect(JSON.stringify(stored)).not.toContain(password);
  });

  it('refuses a weak password in words naming the field', async () => {
    const childId = await withAccount();
    const weak = await api(
      'POST',
      `${account(childId)}/password`,
      { password: '123' },
      parent.token,
    );
    expect(weak.status).toBe(422);
    expect(weak.json.error.fields[0].field).toBe('password');
    expect((await signIn('anna.ivanova', PASSWORD)).status).toBe(200);
  });

  it('deletes the account: no sign-in, the login is free again, the card and its data stay', async () => {
    const childId = await withAccount();
    const session = await signIn('anna.ivanova', PASSWORD);
    const deleted = await api('DELETE', account(childId), undefined, parent.token);
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    expect((await signIn('anna.ivanova', PASSWORD)).status).toBe(401);
    expect((await api('GET', '/auth/me', undefined, session.json.token)).status).toBe(401);
    const card = await server.store.getDoc('children', childId);
    expect(card?.deleted).toBe(false);
    expect(card?.data.accountId).toBeNull();
    expect(card?.data.status).toBe('verified');
    const members = await api(
      'GET',
      '/sync/members/pull?after=0&limit=50',
      undefined,
      parent.token,
    );
    expect(members.json.documents.filter((m: { _deleted: boolean }) => !m._deleted)).toHaveLength(
      1,
    );
    // The account row keeps nothing of the child.
    const row = await server.store.getAccount(session.json.account.id);
    expect(row).toMatchObject({
      login: null,
      email: null,
      surname: '',
      givenName: '',
      childId: null,
    });
    expect(row?.familyId).not.toBe(parent.familyId);
    // A new account for the same card, even with the same login.
    const again = await api(
      'POST',
      account(childId),
      { login: 'anna.ivanova', password: PASSWORD },
      parent.token,
    );
    expect(again.status, JSON.stringify(again.json)).toBe(201);
  });

  it('is for parents of that family only', async () => {
    const childId = await withAccount();
    const stranger = await signUpAndSignIn(server.app);
    for (const [method, path, body] of [
      ['GET', account(childId), undefined],
      ['POST', `${account(childId)}/password`, {}],
      ['DELETE', account(childId), undefined],
    ] as const) {
      const refused = await api(method, path, body, stranger.token);
      expect(refused.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(refused.json)).not.toContain('anna.ivanova');
    }
    const child = await signIn('anna.ivanova', PASSWORD);
    const asChild = await api('POST', `${account(childId)}/password`, {}, child.json.token);
    expect(asChild.status).toBe(403);
    expect((await signIn('anna.ivanova', PASSWORD)).status).toBe(200);
  });
});

describe('the one-time password', () => {
  it('always passes the domain password rule and has no look-alike characters', () => {
    let seed = 7;
    const bytes = (n: number) =>
      Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255);
    for (let i = 0; i < 200; i += 1) {
      const password = oneTimePassword(bytes);
      expect(Password.safeParse(password).success, password).toBe(true);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });
});
