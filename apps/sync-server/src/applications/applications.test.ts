import { SENDS_PER_FAMILY_PER_DAY } from '@rodnik/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import {
  applicationDoc,
  confirmIdentity,
  KINDERGARTEN_ANSWERS,
  KINDERGARTEN_DOCUMENTS,
  putDocumentRecord,
  verifiedChild,
} from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { startTestServer, TestClock, type TestServer } from '../test-support/test-server.ts';
import { APPLICATION_ARRIVAL_JOB, enqueueArrival } from './arrival-job.ts';
import { sentKeys } from './move-status.ts';

let server: TestServer;
let parent: SignedIn;
let child: string;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  await confirmIdentity(server.store, parent);
  child = await verifiedChild(server, parent);
});
afterEach(async () => {
  await server.close();
});

const SENT = '2026-11-24T09:00:00.000Z';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire documents
type Wire = any;

async function push(rows: unknown[], who = parent) {
  return call(server.app, 'POST', '/api/v1/sync/applications/push', rows, who.token);
}
async function pullAll(collection: string, who = parent): Promise<Wire[]> {
  const pulled = await call(
    server.app,
    'GET',
    `/api/v1/sync/${collection}/pull?after=0&limit=500`,
    undefined,
    who.token,
  );
  expect(pulled.status, JSON.stringify(pulled.json)).toBe(200);
  return pulled.json.documents;
}
async function application(id: string, who = parent): Promise<Wire> {
  return (await pullAll('applications', who)).find((doc) => doc.id === id);
}
async function childDocuments(kinds = KINDERGARTEN_DOCUMENTS, status: 'accepted' = 'accepted') {
  for (const kind of kinds) {
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind,
      childId: child,
      status,
    });
  }
}
/** Sends a new application from the parent's device and lets the arrival job run. */
async function send(fields: Record<string, unknown> = {}, id = newDocId()) {
  const pushed = await push([
    {
      newDocumentState: applicationDoc(parent.familyId, id, child, {
        submittedAt: SENT,
        ...fields,
      }),
    },
  ]);
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  expect(pushed.json).toEqual([]);
  await server.parts.worker.drain();
  return id;
}
const statuses = (doc: Wire) => doc.statusHistory.map((entry: { status: string }) => entry.status);

describe('an application arriving at the server', () => {
  it('gets its number, the expected decision date, goes in review and tells the family', async () => {
    await childDocuments();
    const id = await send();
    const sent = await application(id);
    expect(sent).toMatchObject({
      status: 'in_review',
      requestNumber: '2026-000001',
      receivedAt: '2026-11-24T09:00:00.000Z',
      processedSubmittedAt: SENT,
      // 24.11.2026 (Tuesday) + 7 working days.
      expectedDecisionDate: '2026-12-03',
      issues: [],
    });
    expect(statuses(sent)).toEqual(['submitted', 'in_review']);
    const notes = (await pullAll('notifications')).filter((n) => n.kind === 'application-status');
    expect(notes).toEqual([
      expect.objectContaining({
        childId: child,
        subject: { collection: 'applications', id },
        title: {
          ru: 'Запись в детский сад: на рассмотрении',
          en: 'Kindergarten enrolment: in review',
        },
      }),
    ]);
    expect(notes[0].body.ru).toContain('2026-000001');
  });

  it('numbers and dates by Moscow’s day: sent at 01:30 on 1 January there, it is the new year’s first', async () => {
    await server.close();
    // 20:00 UTC on 31 December is 23:00 in Moscow, still 2026.
    server = await startTestServer({ clock: new TestClock(new Date('2026-12-31T20:00:00.000Z')) });
    parent = await signUpAndSignIn(server.app);
    await confirmIdentity(server.store, parent);
    child = await verifiedChild(server, parent);
    await childDocuments();
    expect(await application(await send())).toMatchObject({ requestNumber: '2026-000001' });

    // 22:30 UTC is 01:30 on 1 January 2027 in Moscow.
    server.clock.advance(150 * 60_000);
    expect(await application(await send())).toMatchObject({
      status: 'in_review',
      requestNumber: '2027-000001',
      receivedAt: '2026-12-31T22:30:00.000Z',
      // From Friday 1 January 2027: the New Year holidays, then 7 working days from 11 January.
      expectedDecisionDate: '2027-01-19',
    });
  });

  it('makes no second application or number from a replayed push or a second press of «Отправить»', async () => {
    await childDocuments();
    const id = newDocId();
    const row = {
      newDocumentState: applicationDoc(parent.familyId, id, child, { submittedAt: SENT }),
    };
    expect((await push([row])).json).toEqual([]);
    // Its first answer lost, the device learns the master (and its serverSeq) from the replay.
    expect((await push([row])).json).toEqual([await application(id)]);
    await server.parts.worker.drain();
    const first = await application(id);
    const again = await push([
      {
        assumedMasterState: first,
        newDocumentState: { ...first, submittedAt: '2026-11-24T09:01:00.000Z' },
      },
    ]);
    expect(again.json).toEqual([]);
    await server.parts.worker.drain();
    const after = await application(id);
    expect(after.requestNumber).toBe('2026-000001');
    expect(statuses(after)).toEqual(['submitted', 'in_review']);
    expect((await pullAll('applications')).filter((doc) => doc.id === id)).toHaveLength(1);
    // The next application takes the next number: nothing was used up by the replays.
    expect((await application(await send())).requestNumber).toBe('2026-000002');
  });

  it('numbers many applications sent at once without gaps or repeats', async () => {
    await childDocuments();
    // As many as one family may have numbered in a day (the send quota).
    const ids = Array.from({ length: SENDS_PER_FAMILY_PER_DAY }, () => newDocId());
    const results = await Promise.all(
      ids.map((id) =>
        push([
          { newDocumentState: applicationDoc(parent.familyId, id, child, { submittedAt: SENT }) },
        ]),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(ids.map(() => 200));
    await server.parts.worker.drain();
    const numbers = (await pullAll('applications')).map((doc) => doc.requestNumber).sort();
    expect(numbers).toEqual(ids.map((_, index) => `2026-${String(index + 1).padStart(6, '0')}`));
  });

  it('asks for the missing and the rejected documents, naming each kind', async () => {
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'birth-certificate',
      childId: child,
    });
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'oms-policy',
      childId: child,
      status: 'rejected',
    });
    const id = await send();
    const sent = await application(id);
    expect(sent.status).toBe('needs_info');
    expect(sent.requestNumber).toBe('2026-000001');
    expect(sent.issues).toEqual([
      { field: 'documents.proof-of-address', code: 'document-missing' },
      { field: 'documents.oms-policy', code: 'document-not-accepted' },
      { field: 'documents.medical-record', code: 'document-missing' },
    ]);
    expect(sent.infoRequest).toMatchObject({
      question: '',
      fields: [],
      documentKinds: ['proof-of-address', 'oms-policy', 'medical-record'],
    });
    expect(statuses(sent)).toEqual(['submitted', 'needs_info']);
  });

  it('waits while a required document is still uploading, then moves on when it is accepted', async () => {
    await childDocuments(KINDERGARTEN_DOCUMENTS.slice(0, 3));
    const id = newDocId();
    const scan = await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'medical-record',
      applicationId: id,
      childId: child,
      status: 'uploading',
    });
    await send({}, id);
    const waiting = await application(id);
    expect(waiting).toMatchObject({
      status: 'submitted',
      requestNumber: '2026-000001',
      issues: [],
    });
    // «Отправить» pressed again while it waits: stored, but no second number or job.
    const again = await push([
      {
        assumedMasterState: waiting,
        newDocumentState: { ...waiting, submittedAt: '2026-11-24T09:30:00.000Z' },
      },
    ]);
    expect(again.json).toEqual([]);
    await server.parts.worker.drain();
    expect((await application(id)).status).toBe('submitted');

    // The uploads part accepts the scan and calls the registered listener.
    const accepted = await server.store.getDoc('documents', scan);
    await server.store.transaction((tx) =>
      tx.putDoc({ ...accepted!, data: { ...accepted!.data, status: 'accepted' } }),
    );
    await server.parts.applicationsDocumentListener(scan);
    await server.parts.worker.drain();
    const moved = await application(id);
    expect(moved.status).toBe('in_review');
    expect(moved.requestNumber).toBe('2026-000001');
    expect(moved.processedSubmittedAt).toBe('2026-11-24T09:30:00.000Z');
    expect(statuses(moved)).toEqual(['submitted', 'in_review']);
  });

  it('stops waiting for a listed scan whose record arrives deleted, and asks for that kind', async () => {
    await childDocuments(KINDERGARTEN_DOCUMENTS.slice(0, 3));
    const scan = newDocId();
    const id = await send({ documentIds: [scan] });
    expect((await application(id)).status).toBe('submitted');

    // The parent removed the page before it ever reached the server: only its tombstone comes.
    const tombstone = await call(
      server.app,
      'POST',
      '/api/v1/sync/documents/push',
      [
        {
          newDocumentState: {
            id: scan,
            familyId: parent.familyId,
            kind: 'medical-record',
            applicationId: id,
            fileName: 'карта.jpg',
            mimeType: 'image/jpeg',
            size: 1000,
            sha256: 'a'.repeat(64),
            createdAt: SENT,
            _deleted: true,
          },
        },
      ],
      parent.token,
    );
    expect(tombstone.json).toEqual([]);
    await server.parts.worker.drain();
    const asked = await application(id);
    expect(asked.status).toBe('needs_info');
    expect(asked.infoRequest.documentKinds).toEqual(['medical-record']);
  });

  it('asks to fix answers that fail the catalog, naming the field', async () => {
    await childDocuments();
    const id = await send({
      answers: { ...KINDERGARTEN_ANSWERS, startDate: '01.09.2025', municipality: 'atlantis' },
    });
    const sent = await application(id);
    expect(sent.status).toBe('needs_info');
    expect(sent.issues).toContainEqual({ field: 'startDate', code: 'date-in-past' });
    expect(sent.infoRequest.fields).toContain('startDate');
  });

  it('asks for the consent when it was not given', async () => {
    await childDocuments();
    const id = await send({ consent: { given: false, at: '2026-11-24T08:00:00.000Z' } });
    const sent = await application(id);
    expect(sent.status).toBe('needs_info');
    expect(sent.issues).toEqual([{ field: 'consent', code: 'consent-required' }]);
  });

  it('refuses a directory choice the directory does not hold', async () => {
    await childDocuments();
    const id = await send({
      answers: { ...KINDERGARTEN_ANSWERS, preferredKindergartens: ['dou-kol-3'] },
    });
    const sent = await application(id);
    expect(sent.issues).toEqual([{ field: 'preferredKindergartens.0', code: 'invalid-value' }]);
    expect(sent.infoRequest.fields).toEqual(['preferredKindergartens']);
  });

  it('asks a parent whose account is not confirmed to confirm it', async () => {
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const otherChild = await verifiedChild(server, other);
    for (const kind of KINDERGARTEN_DOCUMENTS) {
      await putDocumentRecord(server.store, {
        familyId: other.familyId,
        kind,
        childId: otherChild,
      });
    }
    const id = newDocId();
    await push(
      [{ newDocumentState: applicationDoc(other.familyId, id, otherChild, { submittedAt: SENT }) }],
      other,
    );
    await server.parts.worker.drain();
    const sent = await application(id, other);
    expect(sent.status).toBe('needs_info');
    expect(sent.issues).toEqual([{ field: 'account', code: 'account-not-confirmed' }]);
  });
});

describe('a family answering and withdrawing', () => {
  it('resends after needs_info: resubmitted, then in review, all in the history', async () => {
    await childDocuments(KINDERGARTEN_DOCUMENTS.slice(0, 3));
    const id = await send();
    const asked = await application(id);
    expect(asked.status).toBe('needs_info');
    await putDocumentRecord(server.store, {
      familyId: parent.familyId,
      kind: 'medical-record',
      applicationId: id,
      childId: child,
    });
    const resent = await push([
      {
        assumedMasterState: asked,
        newDocumentState: { ...asked, submittedAt: '2026-11-25T10:00:00.000Z' },
      },
    ]);
    expect(resent.json).toEqual([]);
    await server.parts.worker.drain();
    const reviewed = await application(id);
    expect(reviewed.status).toBe('in_review');
    expect(reviewed.requestNumber).toBe('2026-000001');
    expect(reviewed.receivedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(reviewed.processedSubmittedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(statuses(reviewed)).toEqual(['submitted', 'needs_info', 'resubmitted', 'in_review']);
  });

  it('keeps a sent application’s scans: removable in a draft and when asked for, else given back', async () => {
    await childDocuments(KINDERGARTEN_DOCUMENTS.slice(0, 2));
    const id = newDocId();
    const scanOn = (kind: (typeof KINDERGARTEN_DOCUMENTS)[number]) =>
      putDocumentRecord(server.store, {
        familyId: parent.familyId,
        kind,
        applicationId: id,
        status: 'accepted',
      });
    const removeScan = async (scanId: string) => {
      const seen = (await pullAll('documents')).find((doc) => doc.id === scanId);
      const pushed = await call(
        server.app,
        'POST',
        '/api/v1/sync/documents/push',
        [{ assumedMasterState: seen, newDocumentState: { ...seen, _deleted: true } }],
        parent.token,
      );
      expect(pushed.status).toBe(200);
      return pushed.json as Wire[];
    };
    const isDeleted = async (scanId: string) =>
      (await server.store.getDoc('documents', scanId))?.deleted;

    // A draft's scan goes like any other.
    const draftScan = await scanOn('oms-policy');
    await push([{ newDocumentState: applicationDoc(parent.familyId, id, child) }]);
    expect(await removeScan(draftScan)).toEqual([]);
    expect(await isDeleted(draftScan)).toBe(true);

    // Sent without the medical record: the check asks for it.
    const oms = await scanOn('oms-policy');
    const draft = await application(id);
    await push([{ assumedMasterState: draft, newDocumentState: { ...draft, submittedAt: SENT } }]);
    await server.parts.worker.drain();
    const asked = await application(id);
    expect(asked.status).toBe('needs_info');
    expect(asked.infoRequest.documentKinds).toEqual(['medical-record']);
    // What was not asked for stays: the device gets the record back.
    expect(await removeScan(oms)).toEqual([expect.objectContaining({ id: oms, _deleted: false })]);
    expect(await isDeleted(oms)).toBe(false);
    // A page of the asked-for kind may be retaken.
    const medical = await scanOn('medical-record');
    expect(await removeScan(medical)).toEqual([]);
    expect(await isDeleted(medical)).toBe(true);
  });

  it('withdraws an open application with a notification; a closed one no longer changes', async () => {
    await childDocuments();
    const id = await send();
    const open = await application(id);
    const withdrawn = await push([
      {
        assumedMasterState: open,
        newDocumentState: { ...open, withdrawnAt: '2026-11-24T10:00:00.000Z' },
      },
    ]);
    expect(withdrawn.json).toEqual([]);
    const closed = await application(id);
    expect(closed.status).toBe('withdrawn');
    expect(statuses(closed)).toEqual(['submitted', 'in_review', 'withdrawn']);
    const notes = (await pullAll('notifications')).filter((n) => n.kind === 'application-status');
    expect(notes.at(-1).title.ru).toBe('Запись в детский сад: отозвано');

    const edit = await push([
      {
        assumedMasterState: closed,
        newDocumentState: { ...closed, answers: { ...KINDERGARTEN_ANSWERS, groupType: 'health' } },
      },
    ]);
    expect(edit.status).toBe(200);
    expect(edit.json).toEqual([expect.objectContaining({ id, status: 'withdrawn' })]);
    expect((await application(id)).answers.groupType).toBe('general');
  });

  it('refuses to change the answers of an application in review (the device gets it back)', async () => {
    await childDocuments();
    const id = await send();
    const inReview = await application(id);
    const edit = await push([
      {
        assumedMasterState: inReview,
        newDocumentState: {
          ...inReview,
          answers: { ...KINDERGARTEN_ANSWERS, groupType: 'health' },
        },
      },
    ]);
    expect(edit.json).toEqual([expect.objectContaining({ id, status: 'in_review' })]);
    expect((await application(id)).answers.groupType).toBe('general');
  });
});

describe('who may write applications', () => {
  it('keeps a family out of another family’s applications', async () => {
    await childDocuments();
    const id = await send();
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const stolen = await push(
      [{ newDocumentState: applicationDoc(other.familyId, id, null, { withdrawnAt: SENT }) }],
      other,
    );
    expect(stolen.status).toBe(403);
    expect(await pullAll('applications', other)).toEqual([]);
    expect((await application(id)).status).toBe('in_review');
  });

  it('refuses an application for a child of another family', async () => {
    const other = await signUpAndSignIn(server.app, { surname: 'Смирнов', givenName: 'Олег' });
    const pushed = await push(
      [{ newDocumentState: applicationDoc(other.familyId, newDocId(), child) }],
      other,
    );
    expect(pushed.status).toBe(403);
  });

  it('lets a child’s own account read applications and keep a draft, but never send one', async () => {
    await childDocuments();
    const id = await send();
    const made = await call(
      server.app,
      'POST',
      `/api/v1/family/children/${child}/account`,
      { login: 'anna.ivanova', password: 'Rodnik-2026!' },
      parent.token,
    );
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const signIn = await call(server.app, 'POST', '/api/v1/auth/sign-in', {
      login: 'anna.ivanova',
      password: 'Rodnik-2026!',
    });
    const kid = {
      ...parent,
      token: signIn.json.token as string,
      accountId: signIn.json.account.id,
    };
    expect((await pullAll('applications', kid)).map((doc) => doc.id)).toEqual([id]);
    const draft = applicationDoc(parent.familyId, newDocId(), child);
    expect((await push([{ newDocumentState: draft }], kid)).status).toBe(200);
    const seen = await application(draft.id, kid);
    const sent = await push(
      [{ assumedMasterState: seen, newDocumentState: { ...seen, submittedAt: SENT } }],
      kid,
    );
    expect(sent.status).toBe(403);
    expect((await application(draft.id)).status).toBe('draft');
  });
});

describe('answering a request for information', () => {
  it('lets the family change only the named fields; any other answer comes back as a conflict', async () => {
    await childDocuments();
    const id = await send({ answers: { ...KINDERGARTEN_ANSWERS, startDate: '01.09.2025' } });
    const asked = await application(id);
    expect(asked.infoRequest.fields).toEqual(['startDate']);
    const wrong = await push([
      {
        assumedMasterState: asked,
        newDocumentState: {
          ...asked,
          answers: { ...asked.answers, groupType: 'health', startDate: '2027-09-01' },
          submittedAt: '2026-11-25T10:00:00.000Z',
        },
      },
    ]);
    expect(wrong.json).toEqual([expect.objectContaining({ id, status: 'needs_info' })]);
    const right = await push([
      {
        assumedMasterState: asked,
        newDocumentState: {
          ...asked,
          answers: { ...asked.answers, startDate: '2027-09-01' },
          submittedAt: '2026-11-25T10:00:00.000Z',
        },
      },
    ]);
    expect(right.json).toEqual([]);
    await server.parts.worker.drain();
    expect((await application(id)).status).toBe('in_review');
  });
});

describe('arrival jobs survive a restart', () => {
  it('finishes a send whose job was running when the server stopped', async () => {
    await childDocuments();
    const id = newDocId();
    // What a push leaves behind when the process dies just as the worker took the job.
    await server.store.transaction(async (tx) => {
      await tx.putDoc({
        collection: 'applications',
        id,
        familyId: parent.familyId,
        childId: child,
        deleted: false,
        keys: sentKeys(parent.accountId),
        data: {
          ...applicationDoc(parent.familyId, id, child, { submittedAt: SENT }),
          status: 'submitted',
          statusHistory: [{ status: 'submitted', at: SENT, by: 'client' }],
          requestNumber: null,
          receivedAt: null,
          processedSubmittedAt: null,
          expectedDecisionDate: null,
          issues: [],
          infoRequest: null,
          decision: null,
        },
      });
      await enqueueArrival(tx, {
        applicationId: id,
        submittedAt: SENT,
        accountId: parent.accountId,
        now: SENT,
      });
      await tx.claimJobs(APPLICATION_ARRIVAL_JOB, SENT, 10);
    });
    await server.close({ keepFiles: true });
    server = await startTestServer({ dir: server.dir, secret: server.secret, clock: server.clock });
    server.parts.worker.start();
    await server.parts.worker.drain();
    const done = await application(id);
    expect(done).toMatchObject({ status: 'in_review', requestNumber: '2026-000001' });
  });
});
