import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from './index.ts';
import { isRefusedPush, keepRefusedChange, refusalReason } from './refused-push.ts';

const scan = {
  id: 'd1',
  familyId: 'f1',
  kind: 'oms-policy',
  applicationId: 'a1',
  fileName: 'полис.jpg',
  mimeType: 'image/jpeg',
  size: 1000,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-24T09:00:00.000Z',
  status: 'accepted',
  serverSeq: 7,
  _deleted: false,
};

describe('isRefusedPush', () => {
  it('is a refusal when the master still holds what the device assumed', () => {
    // The device deleted a scan its sent application keeps; the server gave the master back.
    expect(isRefusedPush(COLLECTIONS.documents, scan, { ...scan, serverSeq: 8 })).toBe(true);
  });

  it('ignores server-owned changes: a new status is no edit of the family’s', () => {
    expect(isRefusedPush(COLLECTIONS.documents, scan, { ...scan, status: 'rejected' })).toBe(true);
  });

  it('is a concurrent edit when the master’s client-owned fields or deletion moved on', () => {
    const renamed = { ...scan, fileName: 'полис-2.jpg' };
    expect(isRefusedPush(COLLECTIONS.documents, scan, renamed)).toBe(false);
    expect(isRefusedPush(COLLECTIONS.documents, scan, { ...scan, _deleted: true })).toBe(false);
  });

  it('cannot tell without an assumed state (a first push): merge as usual', () => {
    expect(isRefusedPush(COLLECTIONS.documents, undefined, scan)).toBe(false);
  });
});

const sentApplication = {
  id: 'a1',
  familyId: 'f1',
  serverSeq: 9,
  serviceId: 'kindergarten-enrolment',
  childId: 'c1',
  answers: { school: 'Школа № 1', grade: '1', address: { street: 'Лесная' } },
  documentIds: [],
  submittedAt: '2026-11-24T09:00:00.000Z',
  withdrawnAt: null,
  conflicts: [],
  deletedAt: null,
  status: 'submitted',
  _deleted: false,
};
const at = '2026-11-24T10:00:00.000Z';

describe('refusalReason', () => {
  it('names a sent application, a kept scan, or a plain refusal', () => {
    const apps = COLLECTIONS.applications;
    expect(refusalReason(apps, sentApplication)).toBe('application-sent');
    expect(refusalReason(apps, { ...sentApplication, status: 'needs_info' })).toBe(
      'application-sent',
    );
    expect(refusalReason(apps, { ...sentApplication, status: 'draft' })).toBe('refused');
    expect(refusalReason(COLLECTIONS.documents, scan)).toBe('scan-kept');
    expect(refusalReason(COLLECTIONS.documents, { ...scan, applicationId: null })).toBe('refused');
    expect(refusalReason(COLLECTIONS.children, { id: 'c1' })).toBe('refused');
    expect(refusalReason(COLLECTIONS.children, { id: 'c1', status: 'verified' })).toBe(
      'card-checked',
    );
    expect(refusalReason(COLLECTIONS.children, { id: 'c1', status: 'needs_correction' })).toBe(
      'refused',
    );
  });
});

describe('keepRefusedChange', () => {
  const def = COLLECTIONS.applications;
  const local = {
    ...sentApplication,
    answers: { school: 'Школа № 2', grade: '1', address: { street: 'Речная' } },
    deletedAt: '2026-11-24T09:30:00.000Z',
  };
  const master = { ...sentApplication, serverSeq: 10 };

  it('takes the master and keeps every refused value beside its field, with the reason', () => {
    const kept = keepRefusedChange({ def, assumed: sentApplication, local, master, at });
    const { conflicts, ...rest } = kept;
    expect(rest).toEqual({ ...master, conflicts: undefined });
    // Oldest first, then by key: these were refused together.
    expect(conflicts).toEqual([
      {
        field: 'answers.address.street',
        localValue: 'Речная',
        remoteValue: 'Лесная',
        baseValue: 'Лесная',
        at,
        reason: 'application-sent',
      },
      {
        field: 'answers.school',
        localValue: 'Школа № 2',
        remoteValue: 'Школа № 1',
        baseValue: 'Школа № 1',
        at,
        reason: 'application-sent',
      },
      {
        field: 'deletedAt',
        localValue: local.deletedAt,
        remoteValue: null,
        baseValue: null,
        at,
        reason: 'application-sent',
      },
    ]);
  });

  it('records a refused value once however often the refusal comes back', () => {
    const once = keepRefusedChange({ def, assumed: sentApplication, local, master, at });
    // The list reached the server; the same push is refused again later.
    const replayed = keepRefusedChange({
      def,
      assumed: sentApplication,
      local,
      master: { ...once, serverSeq: 11 },
      at: '2026-11-24T11:00:00.000Z',
    });
    expect(replayed.conflicts).toEqual(once.conflicts);
  });

  it('keeps what the device did to the list itself and what other devices hold', () => {
    const other = { field: 'answers.grade', localValue: '2', at: '2026-11-20T09:00:00.000Z' };
    const dismissed = { field: 'answers.grade', localValue: '3', at: '2026-11-19T09:00:00.000Z' };
    const assumed = { ...sentApplication, conflicts: [dismissed] };
    const result = keepRefusedChange({
      def,
      assumed,
      local: { ...sentApplication, answers: local.answers, conflicts: [] },
      master: { ...assumed, conflicts: [dismissed, other] },
      at,
    });
    expect(result.conflicts.map((c) => c.field)).toEqual([
      'answers.grade',
      'answers.address.street',
      'answers.school',
    ]);
    expect(result.conflicts[0]).toEqual(other);
  });

  it('keeps a refused deletion of a scan a sent application holds', () => {
    const result = keepRefusedChange({
      def: COLLECTIONS.documents,
      assumed: scan,
      local: { ...scan, _deleted: true },
      master: { ...scan, serverSeq: 8 },
      at,
    });
    expect(result).toMatchObject({ _deleted: false, serverSeq: 8 });
    expect(result.conflicts).toEqual([
      { field: '_deleted', localValue: true, remoteValue: false, at, reason: 'scan-kept' },
    ]);
  });
});

describe('a refusal the server names on its answer (REFUSED_MARKER)', () => {
  const draft = {
    id: 'a1',
    familyId: 'f1',
    serviceId: 'kindergarten',
    childId: null,
    answers: { note: 'x' },
    documentIds: [],
    submittedAt: null,
    withdrawnAt: null,
    status: 'draft',
    serverSeq: 4,
    _deleted: false,
  };
  const sent = { ...draft, answers: { note: 'y' }, submittedAt: '2026-11-24T09:00:00.000Z' };
  // The server stored the edit but not the send, and said why.
  const answer = { ...draft, answers: { note: 'y' }, serverSeq: 5, _refused: 'send-quota' };

  it('is a refusal even though the master moved on, and even for a first push', () => {
    expect(isRefusedPush(COLLECTIONS.applications, draft, answer)).toBe(true);
    expect(isRefusedPush(COLLECTIONS.applications, undefined, answer)).toBe(true);
  });

  it('keeps the refused send beside its field with the named reason, and drops the marker', () => {
    expect(refusalReason(COLLECTIONS.applications, answer)).toBe('send-quota');
    const kept = keepRefusedChange({
      def: COLLECTIONS.applications,
      assumed: draft,
      local: sent,
      master: answer,
      at: '2026-11-24T09:00:01.000Z',
    });
    expect(kept).not.toHaveProperty('_refused');
    expect(kept.answers).toEqual({ note: 'y' });
    expect(kept.conflicts).toEqual([
      {
        field: 'submittedAt',
        localValue: '2026-11-24T09:00:00.000Z',
        remoteValue: null,
        baseValue: null,
        at: '2026-11-24T09:00:01.000Z',
        reason: 'send-quota',
      },
    ]);
  });

  it('ignores a marker that names no known reason', () => {
    const odd = { ...answer, _refused: 'because' };
    expect(isRefusedPush(COLLECTIONS.applications, draft, odd)).toBe(false);
  });
});
