import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  codeFromOutbox,
  PASSWORD,
  signUpAndSignIn,
  type SignedIn,
} from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import {
  confirmIdentity,
  MARIA_PASSPORT,
  ownMember,
  submitPassport,
  uploadPassportScan,
} from '../test-support/identity.ts';
import { encodePng } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { createUpload, pushDocumentRecord, uploadWhole } from '../test-support/uploads.ts';
import { isIdentityConfirmed } from './members.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const drain = () => server.parts.worker.drain();
const submittedAt = () => server.clock.now().toISOString();
async function identityAfter(passport: Record<string, string>) {
  const pushed = await submitPassport(server.app, parent, passport, submittedAt());
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  await drain();
  return (await ownMember(server.app, parent)).identity;
}

describe('identity confirmation («Подтверждённая учётная запись»)', () => {
  it('confirms a passport the registry holds for this person, with an accepted scan', async () => {
    expect(await isIdentityConfirmed(server.store, parent.accountId)).toBe(false);
    await uploadPassportScan(server.app, parent);
    const identity = await identityAfter(MARIA_PASSPORT);
    expect(identity).toMatchObject({ status: 'confirmed', issues: [], submittedAt: submittedAt() });
    expect(await isIdentityConfirmed(server.store, parent.accountId)).toBe(true);
    const notes = await call(
      server.app,
      'GET',
      '/api/v1/sync/notifications/pull?after=0&limit=50',
      undefined,
      parent.token,
    );
    expect(notes.json.documents.map((n: { title: { ru: string } }) => n.title.ru)).toContain(
      'Учётная запись подтверждена',
    );
  });

  it('rejects a passport held by someone else, naming the fields', async () => {
    await uploadPassportScan(server.app, parent);
    const identity = await identityAfter({ ...MARIA_PASSPORT, number: '100003' });
    expect(identity.status).toBe('rejected');
    expect(identity.issues).toEqual(
      expect.arrayContaining([
        { field: 'passport.surname', code: 'registry-passport-mismatch' },
        { field: 'passport.givenName', code: 'registry-passport-mismatch' },
        { field: 'passport.birthDate', code: 'registry-passport-mismatch' },
      ]),
    );
  });

  it('rejects a passport the registry does not know', async () => {
    await uploadPassportScan(server.app, parent);
    const identity = await identityAfter({ ...MARIA_PASSPORT, number: '000000' });
    expect(identity).toMatchObject({
      status: 'rejected',
      issues: [{ field: 'passport.number', code: 'registry-passport-not-found' }],
    });
  });

  it('rejects a badly typed passport field by field, before asking anyone', async () => {
    await uploadPassportScan(server.app, parent);
    const identity = await identityAfter({
      ...MARIA_PASSPORT,
      series: '45 0',
      departmentCode: '77',
    });
    expect(identity.status).toBe('rejected');
    expect(identity.issues).toEqual([
      { field: 'passport.series', code: 'passport-series-format' },
      { field: 'passport.departmentCode', code: 'passport-department-code-format' },
    ]);
  });

  it('rejects a submission with no passport scan on the profile', async () => {
    const identity = await identityAfter(MARIA_PASSPORT);
    expect(identity).toMatchObject({
      status: 'rejected',
      issues: [{ field: 'passport', code: 'identity-scan-missing' }],
    });
  });

  it('waits for a scan still on its way, and decides when it settles', async () => {
    const scan = encodePng(1200, 900);
    const documentId = await pushDocumentRecord(server.app, parent, scan, {
      kind: 'parent-passport',
      accountId: parent.accountId,
    });
    expect((await identityAfter(MARIA_PASSPORT)).status).toBe('submitted');
    expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
    await drain();
    expect((await ownMember(server.app, parent)).identity.status).toBe('confirmed');
  });
});

describe('member documents on push and pull', () => {
  async function secondParent(): Promise<SignedIn> {
    const second = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
    const sent = await call(
      server.app,
      'POST',
      '/api/v1/family/invitations',
      { login: second.phone },
      parent.token,
    );
    expect(sent.status).toBe(202);
    const code = await codeFromOutbox(server.app, second.phone, 'family-invitation');
    const accepted = await call(
      server.app,
      'POST',
      '/api/v1/family/invitations/accept',
      { code },
      second.token,
    );
    expect(accepted.status).toBe(200);
    return { ...second, familyId: parent.familyId };
  }

  it('refuses a push to another member’s document', async () => {
    const second = await secondParent();
    const theirs = await ownMember(server.app, second);
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/members/push',
      [
        {
          assumedMasterState: theirs,
          newDocumentState: { ...theirs, identitySubmittedAt: submittedAt() },
        },
      ],
      parent.token,
    );
    expect(pushed.status).toBe(403);
  });

  it('ignores server fields a device sends: nobody confirms themselves', async () => {
    const mine = await ownMember(server.app, parent);
    const forged = {
      ...mine,
      displayName: 'Кто-то другой',
      identity: { status: 'confirmed', submittedAt: null, checkedAt: null, issues: [] },
    };
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/members/push',
      [{ assumedMasterState: mine, newDocumentState: forged }],
      parent.token,
    );
    expect(pushed.status).toBe(200);
    const after = await ownMember(server.app, parent);
    expect(after.identity.status).toBe('none');
    expect(after.displayName).toBe(mine.displayName);
  });

  it('shows a passport only to its owner', async () => {
    const second = await secondParent();
    expect((await submitPassport(server.app, parent, MARIA_PASSPORT, submittedAt())).status).toBe(
      200,
    );
    expect((await ownMember(server.app, parent)).passport).toMatchObject({ number: '100002' });
    const seen = await call(
      server.app,
      'GET',
      '/api/v1/sync/members/pull?after=0&limit=500',
      undefined,
      second.token,
    );
    const mine = seen.json.documents.find(
      (m: { accountId: string }) => m.accountId === parent.accountId,
    );
    expect(mine).toBeDefined();
    expect(mine).not.toHaveProperty('passport');
  });
});

describe('linking codes need a confirmed parent', () => {
  it('keeps the request pending until the identity is confirmed, then issues the code', async () => {
    const childId = newDocId();
    const card = childCardDoc(parent.familyId, childId, {
      surname: 'Петров',
      givenName: 'Илья',
      patronymic: 'Андреевич',
      birthDate: '02.03.2011',
      birthCertificate: {
        kind: 'ru',
        series: 'II-АК',
        number: '100002',
        issueDate: '10.03.2011',
        issuedBy: 'Отдел ЗАГС',
      },
      snils: undefined,
    });
    await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [{ newDocumentState: card }],
      parent.token,
    );
    const linkId = newDocId();
    const asked = await call(
      server.app,
      'POST',
      '/api/v1/sync/links/push',
      [
        {
          newDocumentState: {
            id: linkId,
            familyId: parent.familyId,
            childId,
            codeRequestedAt: submittedAt(),
          },
        },
      ],
      parent.token,
    );
    expect(asked.status).toBe(200);
    const pullLink = async () =>
      (
        await call(
          server.app,
          'GET',
          '/api/v1/sync/links/pull?after=0&limit=50',
          undefined,
          parent.token,
        )
      ).json.documents.find((l: { id: string }) => l.id === linkId);
    expect(await pullLink()).toMatchObject({ status: 'pending' });
    expect((await pullLink()).code).toBeUndefined();

    await confirmIdentity(server.app, parent, drain);
    const link = await pullLink();
    expect(link.status).toBe('code-issued');
    expect(link.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });
});

describe('child accounts and scans', () => {
  it('a child account uploads to its own records, and gets 404 on its sibling’s', async () => {
    const verifiedCard = async (fields: Record<string, unknown>) => {
      const id = newDocId();
      const card = childCardDoc(parent.familyId, id, { ...fields, submittedAt: submittedAt() });
      const pushed = await call(
        server.app,
        'POST',
        '/api/v1/sync/children/push',
        [{ newDocumentState: card }],
        parent.token,
      );
      expect(pushed.status).toBe(200);
      await drain();
      expect((await server.store.getDoc('children', id))?.data.status).toBe('verified');
      return id;
    };
    const anna = await verifiedCard({});
    const maria = await verifiedCard({
      surname: 'Смирнова',
      givenName: 'Мария',
      patronymic: 'Олеговна',
      birthDate: '01.09.2019',
      snils: undefined,
      birthCertificate: {
        kind: 'ru',
        series: 'IV-МЮ',
        number: '100003',
        issueDate: '10.09.2019',
        issuedBy: 'Отдел ЗАГС',
      },
    });
    const made = await call(
      server.app,
      'POST',
      `/api/v1/family/children/${anna}/account`,
      { login: 'anna.ivanova', password: PASSWORD },
      parent.token,
    );
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const signedIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: 'anna.ivanova',
      password: PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const child: SignedIn = {
      token: signedIn.json.token,
      accountId: signedIn.json.account.id,
      familyId: signedIn.json.account.familyId,
      phone: '',
      email: '',
    };

    const scan = encodePng(1000, 800);
    const siblings = await pushDocumentRecord(server.app, parent, scan, { childId: maria });
    const refused = await createUpload(server.app, child.token, siblings, scan.length);
    expect(refused.status).toBe(404);
    const own = await pushDocumentRecord(server.app, child, scan, { childId: anna });
    expect((await uploadWhole(server.app, child.token, own, scan)).status).toBe(204);
    expect((await server.store.getDoc('documents', own))?.data.status).toBe('accepted');
    const read = (id: string) =>
      server.app.request(`/api/v1/documents/${id}/content`, {
        headers: { authorization: `Bearer ${child.token}` },
      });
    expect((await read(own)).status).toBe(200);
    expect((await uploadWhole(server.app, parent.token, siblings, scan)).status).toBe(204);
    expect((await read(siblings)).status).toBe(404);
  });
});
