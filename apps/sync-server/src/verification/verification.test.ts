import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { encodePng } from '../test-support/png.ts';
import { pushDocumentRecord, uploadWhole } from '../test-support/uploads.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const SUBMITTED = '2026-11-24T09:00:00.000Z';

async function submit(fields: Record<string, unknown> = {}, id = newDocId(), who = parent) {
  const result = await call(
    server.app,
    'POST',
    '/api/v1/sync/children/push',
    [{ newDocumentState: childCardDoc(who.familyId, id, { submittedAt: SUBMITTED, ...fields }) }],
    who.token,
  );
  expect(result.status, JSON.stringify(result.json)).toBe(200);
  return id;
}

async function card(id: string, who = parent) {
  const pulled = await call(
    server.app,
    'GET',
    '/api/v1/sync/children/pull?after=0',
    undefined,
    who.token,
  );
  return pulled.json.documents.find((doc: { id: string }) => doc.id === id);
}

describe('verification of a submitted child card', () => {
  it('verifies a card the registry knows, records the history and notifies the family', async () => {
    const id = await submit();
    await server.parts.worker.drain();
    const verified = await card(id);
    expect(verified.status).toBe('verified');
    expect(verified.verification).toMatchObject({ submittedAt: SUBMITTED, issues: [] });
    expect(verified.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'verifying',
      'verified',
    ]);
    const notes = await call(
      server.app,
      'GET',
      '/api/v1/sync/notifications/pull?after=0',
      undefined,
      parent.token,
    );
    expect(notes.json.documents).toEqual([
      expect.objectContaining({ kind: 'child-card-verified', childId: id, readAt: null }),
    ]);
  });

  it.each([
    [
      'an unknown certificate',
      {
        birthCertificate: {
          kind: 'ru',
          series: 'IV-МЮ',
          number: '000000',
          issueDate: '20.05.2021',
          issuedBy: 'ЗАГС',
        },
      },
      'birthCertificate.number',
      'registry-not-found',
    ],
    [
      'a name the registry holds otherwise',
      { surname: 'Петрова' },
      'surname',
      'registry-name-mismatch',
    ],
    [
      'another birth date',
      { birthDate: '15.05.2021' },
      'birthDate',
      'registry-birth-date-mismatch',
    ],
    [
      'the SNILS of another person',
      {
        snils: '112-233-445 95',
        birthCertificate: {
          kind: 'ru',
          series: 'IV-МЮ',
          number: '100004',
          issueDate: '20.01.2019',
          issuedBy: 'ЗАГС',
        },
        surname: 'Кузнецов',
        givenName: 'Артём',
        birthDate: '10.01.2019',
      },
      'snils',
      'registry-snils-mismatch',
    ],
    [
      'a Latin surname (the schema re-check)',
      { surname: 'Ivanova' },
      'surname',
      'name-latin-letters',
    ],
  ])('asks for correction of the named field on %s', async (_case, fields, field, code) => {
    const id = await submit(fields);
    await server.parts.worker.drain();
    const checked = await card(id);
    expect(checked.status).toBe('needs_correction');
    expect(checked.verification.issues).toContainEqual({ field, code });
  });

  it('re-verifies a corrected card: only the named field changes, and it verifies', async () => {
    const id = await submit({ surname: 'Петрова' });
    await server.parts.worker.drain();
    const wrong = await card(id);
    expect(wrong.verification.issues).toEqual([
      { field: 'surname', code: 'registry-name-mismatch' },
    ]);
    const corrected = { ...wrong, surname: 'Иванова', submittedAt: '2026-11-24T09:10:00.000Z' };
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [{ assumedMasterState: wrong, newDocumentState: corrected }],
      parent.token,
    );
    expect(pushed.json).toEqual([]);
    await server.parts.worker.drain();
    const fixed = await card(id);
    expect(fixed.status).toBe('verified');
    expect(fixed.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'verifying',
      'needs_correction',
      'submitted',
      'verifying',
      'verified',
    ]);
  });

  it('flags the same birth certificate on a card in another family', async () => {
    const first = await submit();
    await server.parts.worker.drain();
    expect((await card(first)).status).toBe('verified');
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const second = await submit({}, newDocId(), other);
    await server.parts.worker.drain();
    const duplicate = await card(second, other);
    expect(duplicate.status).toBe('needs_correction');
    expect(duplicate.verification.issues).toContainEqual({
      field: 'birthCertificate.number',
      code: 'certificate-duplicate',
    });
  });

  it('does not verify a draft that was never submitted', async () => {
    const id = newDocId();
    await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [{ newDocumentState: childCardDoc(parent.familyId, id) }],
      parent.token,
    );
    await server.parts.worker.drain();
    expect((await card(id)).status).toBe('draft');
  });
});

describe('verification jobs survive a restart', () => {
  it('resumes a job that was running when the server stopped', async () => {
    // A server whose registry never answers: it dies in the middle of the job.
    let asked: () => void = () => undefined;
    const registryAsked = new Promise<void>((resolve) => (asked = resolve));
    const hanging = await startTestServer({
      dir: server.dir,
      secret: server.secret,
      clock: server.clock,
      registry: {
        checkChild: () => {
          asked();
          return new Promise(() => undefined);
        },
        lookupPassport: async () => null,
      },
    });
    await server.close({ keepFiles: true });
    server = hanging;
    const id = await submit();
    await registryAsked; // the job is claimed and running
    expect((await card(id)).status).toBe('verifying');
    await hanging.store.close(); // the process dies: no clean stop, files stay

    const restarted = await startTestServer({
      dir: server.dir,
      secret: server.secret,
      clock: server.clock,
    });
    server = restarted;
    restarted.parts.worker.start();
    await restarted.parts.worker.drain();
    expect((await card(id)).status).toBe('verified');
  });
});

describe('the legal-representative check (issue 17)', () => {
  // The server tests' parent is Мария Иванова; the registry names her the mother of Пётр Иванов.
  const PETR = {
    surname: 'Иванов',
    givenName: 'Пётр',
    patronymic: undefined,
    birthDate: '06.06.2019',
    sex: 'male',
    birthCertificate: {
      kind: 'ru',
      series: 'IV-МЮ',
      number: '100007',
      issueDate: '20.06.2019',
      issuedBy: 'Отдел ЗАГС',
    },
    snils: undefined,
  };

  it('verifies a card whose parent the birth record names as stated', async () => {
    const id = await submit({ ...PETR, relation: 'mother' });
    await server.parts.worker.drain();
    expect((await card(id)).status).toBe('verified');
  });

  it('asks a parent the record does not name for a guardianship or adoption decision', async () => {
    const id = await submit({ ...PETR, relation: 'father' });
    await server.parts.worker.drain();
    const checked = await card(id);
    expect(checked.status).toBe('needs_correction');
    expect(checked.verification.issues).toEqual([
      { field: 'relation', code: 'parent-not-on-certificate' },
    ]);
  });

  it('asks a guardian for the decision, and verifies a guardian who attached it', async () => {
    const without = await submit({ ...PETR, relation: 'guardian' });
    await server.parts.worker.drain();
    expect((await card(without)).verification.issues).toEqual([
      { field: 'relation', code: 'guardianship-document-required' },
    ]);
    // The decision goes up on the same card, which is then sent again.
    const scan = encodePng(1200, 900);
    const documentId = await pushDocumentRecord(server.app, parent, scan, {
      kind: 'guardianship',
      childId: without,
    });
    expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
    const master = await card(without);
    const resent = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [
        {
          assumedMasterState: master,
          newDocumentState: { ...master, submittedAt: '2026-11-24T10:00:00.000Z' },
        },
      ],
      parent.token,
    );
    expect(resent.json).toEqual([]);
    await server.parts.worker.drain();
    expect((await card(without)).status).toBe('verified');
  });

  it('leaves a card that states no relation (made before it was asked) as before', async () => {
    const id = await submit({ ...PETR });
    await server.parts.worker.drain();
    expect((await card(id)).status).toBe('verified');
  });
});
