import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from './index.ts';
import { isRefusedPush } from './refused-push.ts';

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
