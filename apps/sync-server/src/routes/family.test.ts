import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  codeFromOutbox,
  PASSWORD,
  signUpAndSignIn,
  type SignedIn,
} from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { confirmIdentity } from '../test-support/identity.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  // Linking codes go only to a confirmed parent («Подтверждённая учётная запись»).
  await confirmIdentity(server.app, parent, () => server.parts.worker.drain());
});
afterEach(async () => {
  await server.close();
});

const HOUR = 3_600_000;
const api = (method: string, path: string, body?: unknown, token?: string) =>
  call(server.app, method, `/api/v1${path}`, body, token);
const push = (collection: string, rows: unknown, token: string) =>
  api('POST', `/sync/${collection}/push`, rows, token);
const pull = async (collection: string, token: string, after = 0) => {
  const result = await api(
    'GET',
    `/sync/${collection}/pull?after=${after}&limit=500`,
    undefined,
    token,
  );
  expect(result.status, JSON.stringify(result.json)).toBe(200);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
  return result.json.documents as any[];
};
/** The parent's own passport scan (from confirming the account) is not what these tests count. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
const withoutPassportScans = (docs: any[]) => docs.filter((d) => d.kind !== 'parent-passport');
const nowIso = () => server.clock.now().toISOString();

/** Петров Илья Андреевич, 02.03.2011: a teenager in the fixture registry. */
const TEEN = {
  surname: 'Петров',
  givenName: 'Илья',
  patronymic: 'Андреевич',
  birthDate: '02.03.2011',
  sex: 'male',
  snils: undefined,
  birthCertificate: {
    kind: 'ru',
    series: 'II-АК',
    number: '100002',
    issueDate: '10.03.2011',
    issuedBy: 'Отдел ЗАГС Калининского района',
  },
};
/** Смирнова Мария Олеговна, 01.09.2019: another child under 14. */
const MARIA = {
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
    issuedBy: 'Отдел ЗАГС Калининского района',
  },
};

async function addCard(who: SignedIn, fields: Record<string, unknown> = {}, verify = true) {
  const id = newDocId();
  const pushed = await push(
    'children',
    [
      {
        newDocumentState: childCardDoc(who.familyId, id, {
          ...fields,
          submittedAt: verify ? nowIso() : null,
        }),
      },
    ],
    who.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  if (verify) {
    await server.parts.worker.drain();
    const card = await server.store.getDoc('children', id);
    expect(card?.data.status, JSON.stringify(card?.data.verification)).toBe('verified');
  }
  return id;
}

async function requestCode(who: SignedIn, childId: string, linkId = newDocId()) {
  const master = await server.store.getDoc('links', linkId);
  const state = { id: linkId, familyId: who.familyId, childId, codeRequestedAt: nowIso() };
  const pushed = await push(
    'links',
    [
      {
        assumedMasterState: master ? { ...master.data, id: linkId } : undefined,
        newDocumentState: state,
      },
    ],
    who.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  const link = (await pull('links', who.token)).find((doc) => doc.id === linkId);
  return { linkId, link, code: link?.code as string };
}

async function signUpTeen(): Promise<SignedIn> {
  return signUpAndSignIn(server.app, { surname: 'Петров', givenName: 'Илья' }, { role: 'child' });
}

const link = (teen: SignedIn, code: string, series = 'II-АК', number = '100002') =>
  api('POST', '/family/link', { series, number, code }, teen.token);

function wrongCode(code: string): string {
  return code.startsWith('A') ? 'BBBB-BBBB' : 'AAAA-AAAA';
}

describe('linking codes: the life cycle', () => {
  it('issues a code from a pushed request; only a parent’s pull shows it, never the store', async () => {
    const childId = await addCard(parent, TEEN, false);
    const { linkId, link: doc, code } = await requestCode(parent, childId);
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}$/);
    expect(doc).toMatchObject({
      status: 'code-issued',
      codeIssuedAt: nowIso(),
      codeExpiresAt: new Date(server.clock.now().getTime() + 24 * HOUR).toISOString(),
    });
    // Resending the same request changes nothing: the same code, no reissue. Its first
    // answer lost, the device gets the link back as its pull shows it.
    const again = await push(
      'links',
      [
        {
          newDocumentState: {
            id: linkId,
            familyId: parent.familyId,
            childId,
            codeRequestedAt: doc.codeRequestedAt,
          },
        },
      ],
      parent.token,
    );
    expect(again.json).toEqual(await pull('links', parent.token));
    expect((await pull('links', parent.token))[0].code).toBe(code);

    // Not stored: not in the document, not in any table, not anywhere in the files.
    const stored = await server.store.getDoc('links', linkId);
    expect(stored?.data).not.toHaveProperty('code');
    const record = await server.store.getLinkCode(childId);
    expect(JSON.stringify(record)).not.toContain(code.replace('-', ''));
    await server.close({ keepFiles: true });
    for (const file of readdirSync(server.dir)) {
      if (!statSync(join(server.dir, file)).isFile()) continue; // uploads/, blobs/
      const bytes = readFileSync(join(server.dir, file)).toString('latin1');
      expect(bytes, file).not.toContain(code);
      expect(bytes, file).not.toContain(code.replace('-', ''));
    }
    server = await startTestServer({ dir: server.dir, secret: server.secret, clock: server.clock });
  });

  it('never shows the code to a child account, even its own link', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    const first = await requestCode(parent, childId);
    expect((await link(teen, first.code)).status).toBe(200);
    // A linked child gets no new code, from the same link document or a new one.
    server.clock.advance(60_000);
    expect((await requestCode(parent, childId, first.linkId)).code).toBeUndefined();
    const other = await requestCode(parent, childId);
    expect(other.link).toMatchObject({ status: 'pending', codeIssuedAt: null });
    expect(other.code).toBeUndefined();
    const seen = await pull('links', teen.token);
    expect(seen).toHaveLength(2);
    expect(seen.find((doc) => doc.id === first.linkId)).toMatchObject({
      status: 'linked',
      childAccountId: teen.accountId,
    });
    for (const doc of seen) expect(doc).not.toHaveProperty('code');
  });

  it('voids the old code when a new one is issued, also from another link document', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    const first = await requestCode(parent, childId);
    server.clock.advance(60_000);
    const second = await requestCode(parent, childId, first.linkId);
    expect(second.code).not.toBe(first.code);
    // A second parent device made its own link document: it takes over the one live code.
    server.clock.advance(60_000);
    const third = await requestCode(parent, childId);
    expect(third.code).not.toBe(second.code);
    const firstDoc = (await pull('links', parent.token)).find((doc) => doc.id === first.linkId);
    expect(firstDoc).toMatchObject({ status: 'pending', codeExpiresAt: null });
    expect(firstDoc).not.toHaveProperty('code');
    // The code just replaced is named so, and costs no attempt; an older one is a wrong code.
    const replaced = await link(teen, second.code);
    expect(replaced.status).toBe(422);
    expect(replaced.json.error.code).toBe('link-code-replaced');
    expect(replaced.json.error.message).toBe(
      'Этот код заменён новым — попросите родителя показать новый код.',
    );
    expect(replaced.json.error.params).toBeUndefined();
    const older = await link(teen, first.code);
    expect(older.json.error).toMatchObject({
      code: 'link-code-invalid',
      params: { attemptsLeft: 4 },
    });
    expect((await link(teen, third.code.toLowerCase().replace('-', ''))).status).toBe(200);
  });

  it('expires after 24 hours', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    const { code } = await requestCode(parent, childId);
    server.clock.advance(24 * HOUR);
    const expired = await link(teen, code);
    expect(expired.status).toBe(422);
    expect(expired.json.error).toMatchObject({ code: 'link-code-expired' });
    expect(expired.json.error.message).toContain('истёк');
    const fresh = await requestCode(parent, childId);
    server.clock.advance(24 * HOUR - 1000);
    expect((await link(teen, fresh.code)).status).toBe(200);
  });

  it('locks linking for 30 minutes after five wrong tries, with the time in words', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    const { code } = await requestCode(parent, childId);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await link(teen, wrongCode(code));
      expect(wrong.status).toBe(422);
      expect(wrong.json.error).toMatchObject({
        code: 'link-code-invalid',
        params: { attemptsLeft: 5 - attempt },
      });
    }
    // A certificate with no code asked for is no guess at a code: it costs nothing.
    const noCard = await link(teen, '2222-3333', 'IV-МЮ', '999999');
    expect(noCard.json.error.code).toBe('link-code-not-requested');
    const fifth = await link(teen, wrongCode(code));
    expect(fifth.status).toBe(423);
    // An instant on the wire; 09:00 UTC + 30 min = 12:30 Moscow in the words.
    expect(fifth.json.error).toMatchObject({
      code: 'link-locked',
      params: { until: expect.stringMatching(/T09:30:00(\.000)?Z$/) },
    });
    expect(fifth.json.error.message).toContain('после 12:30');
    expect((await link(teen, code)).status).toBe(423);
    server.clock.advance(30 * 60_000);
    const lifted = await link(teen, code);
    expect(lifted.status, JSON.stringify(lifted.json)).toBe(200);
  });

  it('says what to do, without spending an attempt, when no code was asked for that certificate', async () => {
    const childId = await addCard(parent, TEEN, false);
    await addCard(parent, MARIA, false); // a card with no code
    const teen = await signUpTeen();
    const { code } = await requestCode(parent, childId);
    for (const [series, number] of [
      ['IV-МЮ', '100003'],
      ['II-АК', '100009'],
    ] as const) {
      const refused = await link(teen, code, series, number);
      expect(refused.status).toBe(422);
      // A card without a code and no card at all answer alike: nobody learns a child is here.
      expect(refused.json.error.code).toBe('link-code-not-requested');
      expect(refused.json.error.message).toContain('Получить код привязки');
    }
    // Five of them and more: no lock, as nothing was guessed.
    for (let i = 0; i < 5; i += 1) {
      expect((await link(teen, code, 'II-АК', '100009')).status).toBe(422);
    }
    const badFormat = await link(teen, code, 'II-AK-X', '12');
    expect(badFormat.status).toBe(422);
    expect(badFormat.json.error.code).toBe('validation-failed');
    expect((await link(teen, code)).status).toBe(200);
  });

  it('tells a teen whose parent is not yet confirmed to wait for that, spending no attempt', async () => {
    const unconfirmed = await signUpAndSignIn(server.app);
    const childId = await addCard(unconfirmed, TEEN, false);
    const teen = await signUpTeen();
    const asked = await requestCode(unconfirmed, childId);
    expect(asked.link).toMatchObject({ status: 'pending' });
    for (let i = 0; i < 6; i += 1) {
      const refused = await link(teen, 'ABCD-EFGH');
      expect(refused.status).toBe(422);
      expect(refused.json.error.code).toBe('link-code-pending');
    }
    expect((await link(teen, 'ABCD-EFGH')).json.error.message).toContain('ещё не подтверждена');
    // Once confirmed, the request is answered without asking again, and the code links.
    await confirmIdentity(server.app, unconfirmed, () => server.parts.worker.drain());
    const issued = (await pull('links', unconfirmed.token)).find((d) => d.id === asked.linkId);
    expect(issued.status).toBe('code-issued');
    expect((await link(teen, issued.code)).status).toBe(200);
  });

  it('answers a family’s pending requests with one code per child, which its pull carries', async () => {
    // Two devices of an unconfirmed parent each asked, with their own link document.
    const unconfirmed = await signUpAndSignIn(server.app);
    const childId = await addCard(unconfirmed, TEEN, false);
    const first = await requestCode(unconfirmed, childId);
    server.clock.advance(60_000);
    const second = await requestCode(unconfirmed, childId);
    await confirmIdentity(server.app, unconfirmed, () => server.parts.worker.drain());
    const links = await pull('links', unconfirmed.token);
    // Before: both were issued in turn, the first kept `code-issued` with a voided code, and a
    // device showing it waited for ever («Код готовится…»).
    for (const doc of links) {
      if (doc.status === 'code-issued') expect(doc.code, doc.id).toMatch(/^\w{4}-\w{4}$/);
    }
    expect(links.find((d) => d.id === second.linkId).status).toBe('code-issued');
    expect(links.find((d) => d.id === first.linkId)).toMatchObject({ status: 'pending' });
  });

  it('moves the teenager into the family: both sides see the link, the card and the teen’s own data', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    // The teenager's own earlier records, made before linking.
    const documentId = newDocId();
    const applicationId = newDocId();
    expect(
      (
        await push(
          'documents',
          [{ newDocumentState: documentDoc(teen.familyId, documentId, null) }],
          teen.token,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await push(
          'applications',
          [
            {
              newDocumentState: {
                id: applicationId,
                familyId: teen.familyId,
                serviceId: 'school-enrolment',
              },
            },
          ],
          teen.token,
        )
      ).status,
    ).toBe(200);
    const teenCheckpoint = Math.max(
      ...(await pull('documents', teen.token)).map((d) => d.serverSeq),
    );
    // Parent's older documents about the child (numbered before the teen's checkpoint? no matter).
    const parentDoc = newDocId();
    await push(
      'documents',
      [{ newDocumentState: documentDoc(parent.familyId, parentDoc, childId) }],
      parent.token,
    );

    const { code } = await requestCode(parent, childId);
    const linked = await link(teen, code);
    expect(linked.status, JSON.stringify(linked.json)).toBe(200);
    expect(linked.json).toEqual({ familyId: parent.familyId, childId });

    const me = await api('GET', '/auth/me', undefined, teen.token);
    expect(me.json).toMatchObject({ role: 'child', familyId: parent.familyId, childId });

    // The parent: the link, the card's account, the teen's documents and applications, a notification.
    expect((await pull('links', parent.token))[0]).toMatchObject({
      status: 'linked',
      childAccountId: teen.accountId,
    });
    expect((await pull('children', parent.token))[0]).toMatchObject({
      id: childId,
      accountId: teen.accountId,
    });
    const parentDocs = withoutPassportScans(await pull('documents', parent.token));
    expect(parentDocs.map((d) => d.id).sort()).toEqual([documentId, parentDoc].sort());
    expect(parentDocs.find((d) => d.id === documentId)).toMatchObject({
      childId,
      familyId: parent.familyId,
    });
    expect((await pull('applications', parent.token)).map((d) => d.id)).toEqual([applicationId]);
    expect((await pull('notifications', parent.token)).map((d) => d.kind)).toContain('link');
    const members = (await pull('members', parent.token)).filter((d) => !d._deleted);
    expect(members.map((m) => m.role).sort()).toEqual(['child', 'parent']);

    // The teenager, pulling on from its old checkpoint, receives the card, the link and everything of its own.
    expect((await pull('children', teen.token)).map((d) => d.id)).toEqual([childId]);
    expect((await pull('links', teen.token))[0]).toMatchObject({ status: 'linked' });
    expect((await pull('documents', teen.token, teenCheckpoint)).map((d) => d.id).sort()).toEqual(
      [documentId, parentDoc].sort(),
    );
    // The code is used up.
    expect(await server.store.getLinkCode(childId)).toBeNull();
    expect((await link(teen, code)).json.error.code).toBe('already-in-family');
  });

  it('refuses a link request for a card of another family, and a child pushing links', async () => {
    const childId = await addCard(parent, TEEN, false);
    const outsider = await signUpAndSignIn(server.app);
    const forged = await push(
      'links',
      [
        {
          newDocumentState: {
            id: newDocId(),
            familyId: outsider.familyId,
            childId,
            codeRequestedAt: nowIso(),
          },
        },
      ],
      outsider.token,
    );
    expect(forged.status).toBe(403);
    const teen = await signUpTeen();
    const byChild = await push(
      'links',
      [
        {
          newDocumentState: {
            id: newDocId(),
            familyId: teen.familyId,
            childId,
            codeRequestedAt: nowIso(),
          },
        },
      ],
      teen.token,
    );
    expect(byChild.status).toBe(403);
    expect(
      (
        await api(
          'POST',
          '/family/link',
          { series: 'II-АК', number: '100002', code: 'AAAA-AAAA' },
          parent.token,
        )
      ).status,
    ).toBe(403);
  });
});

function documentDoc(familyId: string, id: string, childId: string | null) {
  return {
    id,
    familyId,
    kind: 'other',
    childId,
    applicationId: null,
    fileName: 'scan.pdf',
    mimeType: 'application/pdf',
    size: 1000,
    sha256: 'a'.repeat(64),
    createdAt: '2026-11-24T08:00:00.000Z',
  };
}

async function createChildAccount(childId: string, login: string, who = parent) {
  return api(
    'POST',
    `/family/children/${childId}/account`,
    { login, password: PASSWORD },
    who.token,
  );
}

async function signInChild(login: string): Promise<SignedIn> {
  const result = await api('POST', '/auth/sign-in', { login, password: PASSWORD });
  expect(result.status, JSON.stringify(result.json)).toBe(200);
  return {
    token: result.json.token,
    accountId: result.json.account.id,
    familyId: result.json.account.familyId,
    phone: '',
    email: '',
  };
}

describe('a simplified account for a child under 14', () => {
  it('is made from a verified card; the child signs in with login and password and sees only its own', async () => {
    const anna = await addCard(parent);
    const maria = await addCard(parent, MARIA);
    const created = await createChildAccount(anna, 'Anna.Ivanova');
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.login).toBe('anna.ivanova');

    const child = await signInChild('anna.ivanova');
    const me = await api('GET', '/auth/me', undefined, child.token);
    expect(me.json).toMatchObject({
      role: 'child',
      childId: anna,
      familyId: parent.familyId,
      login: 'anna.ivanova',
    });
    expect((await pull('children', child.token)).map((d) => d.id)).toEqual([anna]);
    const notes = await pull('notifications', child.token);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.childId === anna)).toBe(true);
    expect((await pull('notifications', parent.token)).some((n) => n.childId === maria)).toBe(true);
    // The card now names its account; the family lists the child as a member.
    expect((await pull('children', parent.token)).find((d) => d.id === anna).accountId).toBe(
      child.accountId,
    );
    expect((await pull('members', parent.token)).map((m) => m.role).sort()).toEqual([
      'child',
      'parent',
    ]);
    // A wrong password is refused like any other.
    expect(
      (await api('POST', '/auth/sign-in', { login: 'anna.ivanova', password: 'Wrong-2026!' }))
        .status,
    ).toBe(401);
    // One account per card, one card per login.
    expect((await createChildAccount(anna, 'anna.two')).json.error.code).toBe('account-exists');
    expect((await createChildAccount(maria, 'anna.ivanova')).json.error.code).toBe(
      'account-exists',
    );
  });

  it('is refused for an unverified card and for a child of 14 or older', async () => {
    const draft = await addCard(parent, {}, false);
    const refused = await createChildAccount(draft, 'anna.draft');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('child-not-verified');
    const teen = await addCard(parent, TEEN);
    const tooOld = await createChildAccount(teen, 'ilya.petrov');
    expect(tooOld.status).toBe(422);
    expect(tooOld.json.error.code).toBe('child-too-old');
    const badLogin = await createChildAccount(draft, '1anna');
    expect(badLogin.status).toBe(422);
    expect(badLogin.json.error.fields[0]).toMatchObject({ field: 'login', code: 'login-format' });
    const outsider = await signUpAndSignIn(server.app);
    expect((await createChildAccount(draft, 'anna.other', outsider)).status).toBe(404);
  });

  it('can be made with an e-mail: the child sets the password with the code sent there', async () => {
    const anna = await addCard(parent);
    const created = await api(
      'POST',
      `/family/children/${anna}/account`,
      { email: 'anna@example.ru' },
      parent.token,
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const code = await codeFromOutbox(server.app, 'anna@example.ru', 'password-reset');
    const set = await api('POST', '/auth/password-reset/confirm', {
      login: 'anna@example.ru',
      code,
      password: PASSWORD,
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    const signIn = await api('POST', '/auth/sign-in', {
      login: 'anna@example.ru',
      password: PASSWORD,
    });
    expect(signIn.status, JSON.stringify(signIn.json)).toBe(200);
    expect(signIn.json.channel).toBe('email');
  });
});

async function invite(invitee: SignedIn, by = parent) {
  const sent = await api('POST', '/family/invitations', { login: invitee.phone }, by.token);
  expect(sent.status).toBe(202);
  return codeFromOutbox(server.app, invitee.phone, 'family-invitation');
}

async function joinAsSecondParent(): Promise<SignedIn> {
  const second = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
  const code = await invite(second);
  const accepted = await api('POST', '/family/invitations/accept', { code }, second.token);
  expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
  return { ...second, familyId: accepted.json.familyId };
}

describe('a second parent', () => {
  it('joins with the invitation code; both parents pull and edit the same children', async () => {
    const anna = await addCard(parent, {}, false);
    const second = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
    const code = await invite(second);
    const wrong = await api(
      'POST',
      '/family/invitations/accept',
      { code: code === '000000' ? '111111' : '000000' },
      second.token,
    );
    expect(wrong.status).toBe(422);
    expect(wrong.json.error).toMatchObject({ code: 'code-invalid', params: { attemptsLeft: 4 } });
    const accepted = await api('POST', '/family/invitations/accept', { code }, second.token);
    expect(accepted.json).toEqual({ familyId: parent.familyId });
    const again = await api('POST', '/family/invitations/accept', { code }, second.token);
    expect(again.json.error.code).toBe('code-not-requested');

    const seen = await pull('children', second.token);
    expect(seen.map((d) => d.id)).toEqual([anna]);
    // The second parent edits, the first sees it; and the other way round.
    const edit = await push(
      'children',
      [{ assumedMasterState: seen[0], newDocumentState: { ...seen[0], birthPlace: 'г. Ржев' } }],
      second.token,
    );
    expect(edit.json).toEqual([]);
    const firstView = (await pull('children', parent.token))[0];
    expect(firstView.birthPlace).toBe('г. Ржев');
    await push(
      'children',
      [
        {
          assumedMasterState: firstView,
          newDocumentState: { ...firstView, birthPlace: 'г. Тверь' },
        },
      ],
      parent.token,
    );
    expect((await pull('children', second.token))[0].birthPlace).toBe('г. Тверь');
    expect(
      (await pull('members', parent.token))
        .filter((m) => !m._deleted)
        .map((m) => m.accountId)
        .sort(),
    ).toEqual([parent.accountId, second.accountId].sort());
  });

  it('cannot join from a family with children, nor with an expired code', async () => {
    const second = await signUpAndSignIn(server.app, { surname: 'Иванов', givenName: 'Сергей' });
    await addCard(second, {}, false);
    const code = await invite(second);
    const refused = await api('POST', '/family/invitations/accept', { code }, second.token);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('family-not-empty');
    const third = await signUpAndSignIn(server.app, { surname: 'Сидоров', givenName: 'Пётр' });
    const late = await invite(third);
    server.clock.advance(24 * HOUR);
    const expired = await api('POST', '/family/invitations/accept', { code: late }, third.token);
    expect(expired.json.error.code).toBe('code-expired');
  });

  it('unlinking a child and leaving the family keep all data', async () => {
    const childId = await addCard(parent, TEEN, false);
    const teen = await signUpTeen();
    await link(teen, (await requestCode(parent, childId)).code);
    const second = await joinAsSecondParent();
    const documentId = newDocId();
    await push(
      'documents',
      [{ newDocumentState: documentDoc(parent.familyId, documentId, childId) }],
      teen.token,
    );

    const unlinked = await api(
      'POST',
      `/family/children/${childId}/unlink`,
      undefined,
      second.token,
    );
    expect(unlinked.status, JSON.stringify(unlinked.json)).toBe(200);
    const me = await api('GET', '/auth/me', undefined, teen.token);
    expect(me.json.childId).toBeNull();
    expect(me.json.familyId).not.toBe(parent.familyId);
    expect(await pull('children', teen.token)).toEqual([]);
    expect((await pull('links', parent.token))[0]).toMatchObject({ status: 'unlinked' });
    expect((await pull('children', parent.token))[0]).toMatchObject({
      id: childId,
      accountId: null,
      _deleted: false,
    });
    expect(withoutPassportScans(await pull('documents', parent.token)).map((d) => d.id)).toEqual([
      documentId,
    ]);
    expect(
      (await api('POST', `/family/children/${childId}/unlink`, undefined, parent.token)).json.error
        .code,
    ).toBe('child-has-no-account');

    const left = await api('POST', '/family/leave', undefined, second.token);
    expect(left.status).toBe(200);
    expect(await pull('children', second.token)).toEqual([]);
    expect((await pull('children', parent.token)).map((d) => d.id)).toEqual([childId]);
    expect(withoutPassportScans(await pull('documents', parent.token)).map((d) => d.id)).toEqual([
      documentId,
    ]);
    const alone = await api('POST', '/family/leave', undefined, parent.token);
    expect(alone.status).toBe(409);
    expect(alone.json.error.code).toBe('family-last-parent');
  });
});

type Role = 'parent' | 'second parent' | 'child' | 'other child' | 'outsider';
type Collection = 'children' | 'documents' | 'applications' | 'links' | 'notifications' | 'members';

/** Allowed (✓) or refused (✗) per role, for the documents of one child (Анна). */
const MATRIX: Record<Collection, Record<Role, { read: boolean; write: boolean }>> = {
  children: cells({
    parent: 'rw',
    'second parent': 'rw',
    child: 'r',
    'other child': '',
    outsider: '',
  }),
  documents: cells({
    parent: 'rw',
    'second parent': 'rw',
    child: 'rw',
    'other child': '',
    outsider: '',
  }),
  applications: cells({
    parent: 'rw',
    'second parent': 'rw',
    child: 'rw',
    'other child': '',
    outsider: '',
  }),
  links: cells({
    parent: 'rw',
    'second parent': 'rw',
    child: 'r',
    'other child': '',
    outsider: '',
  }),
  notifications: cells({
    parent: 'rw',
    'second parent': 'rw',
    child: 'rw',
    'other child': '',
    outsider: '',
  }),
  members: cells({
    parent: 'r',
    'second parent': 'r',
    child: 'r',
    'other child': '',
    outsider: '',
  }),
};

function cells(spec: Record<Role, string>): Record<Role, { read: boolean; write: boolean }> {
  return Object.fromEntries(
    Object.entries(spec).map(([role, rights]) => [
      role,
      { read: rights.includes('r'), write: rights.includes('w') },
    ]),
  ) as Record<Role, { read: boolean; write: boolean }>;
}

/**
 * A change each role tries to make to a document, and how to tell it landed.
 * `with` travels alongside: a verified card's data changes only as a new
 * submission (docs/decisions.md, "Verified records change only through their machines").
 */
const EDITS: Record<
  Collection,
  { field: string; value: (role: Role) => unknown; with?: () => Record<string, unknown> }
> = {
  children: {
    field: 'birthPlace',
    value: (role) => `г. Тверь (${role})`,
    with: () => ({ submittedAt: nowIso() }),
  },
  documents: { field: 'fileName', value: (role) => `${role}.pdf` },
  applications: { field: 'answers', value: (role) => ({ note: role }) },
  links: { field: 'codeRequestedAt', value: () => nowIso() },
  notifications: { field: 'readAt', value: () => nowIso() },
  members: { field: 'displayName', value: (role) => role },
};

describe('access rules: roles × collections × read/write', () => {
  it('matches the matrix for every cell, by pull visibility and by push status and effect', async () => {
    const anna = await addCard(parent);
    const maria = await addCard(parent, MARIA);
    expect((await createChildAccount(anna, 'anna.ivanova')).status).toBe(201);
    expect((await createChildAccount(maria, 'maria.smirnova')).status).toBe(201);
    const tokens: Record<Role, string> = {
      parent: parent.token,
      'second parent': (await joinAsSecondParent()).token,
      child: (await signInChild('anna.ivanova')).token,
      'other child': (await signInChild('maria.smirnova')).token,
      outsider: (await signUpAndSignIn(server.app, { surname: 'Чужая', givenName: 'Ольга' })).token,
    };
    // One document of Анна's in every collection.
    const documentId = newDocId();
    const applicationId = newDocId();
    await push(
      'documents',
      [{ newDocumentState: documentDoc(parent.familyId, documentId, anna) }],
      parent.token,
    );
    await push(
      'applications',
      [
        {
          newDocumentState: {
            id: applicationId,
            familyId: parent.familyId,
            serviceId: 'kindergarten',
            childId: anna,
          },
        },
      ],
      parent.token,
    );
    const { linkId } = await requestCode(parent, anna);
    const docIds: Record<Collection, string> = {
      children: anna,
      documents: documentId,
      applications: applicationId,
      links: linkId,
      notifications: (await pull('notifications', parent.token)).find((n) => n.childId === anna).id,
      members: (await pull('members', parent.token)).find((m) => m.childId === anna).id,
    };

    const verdicts: string[] = [];
    const expected: string[] = [];
    for (const collection of Object.keys(MATRIX) as Collection[]) {
      for (const role of Object.keys(MATRIX[collection]) as Role[]) {
        const token = tokens[role];
        const id = docIds[collection];
        const readable = (await pull(collection, token)).some((doc) => doc.id === id);
        server.clock.advance(1000);
        const master = (await server.store.getDoc(collection, id))!;
        const current = {
          ...master.data,
          id,
          familyId: master.familyId,
          serverSeq: master.seq,
          _deleted: false,
        };
        const { field, value, with: alongside } = EDITS[collection];
        const wanted = value(role);
        const edited = { ...current, ...alongside?.(), [field]: wanted };
        const pushed = await push(
          collection,
          [{ assumedMasterState: current, newDocumentState: edited }],
          token,
        );
        const after = (await server.store.getDoc(collection, id))!;
        const landed =
          pushed.status === 200 && JSON.stringify(after.data[field]) === JSON.stringify(wanted);
        // A refused write is either 403 or (members: nothing a device may write) a no-op.
        if (!landed) expect([200, 403], `${role} ${collection}`).toContain(pushed.status);
        if (!landed) expect(after.seq, `${role} ${collection} left untouched`).toBe(master.seq);
        verdicts.push(`${collection} ${role}: ${readable ? 'r' : '-'}${landed ? 'w' : '-'}`);
        const cell = MATRIX[collection][role];
        expected.push(`${collection} ${role}: ${cell.read ? 'r' : '-'}${cell.write ? 'w' : '-'}`);
      }
    }
    expect(verdicts).toEqual(expected);
  });
});
