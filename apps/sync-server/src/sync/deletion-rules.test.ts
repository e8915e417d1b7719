import { COLLECTIONS } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import type { StoredDoc } from '../store/store.ts';
import {
  editsRecordDeletedElsewhere,
  judgeDeviceDeletion,
  softDeletedNow,
} from './deletion-rules.ts';

const stored = (fields: Partial<StoredDoc> = {}): StoredDoc => ({
  collection: 'children',
  id: 'card',
  familyId: 'family',
  childId: 'card',
  seq: 7,
  deleted: false,
  data: {},
  ...fields,
});

describe('judgeDeviceDeletion', () => {
  it('lets a device delete a scan, never a card or a draft', () => {
    expect(judgeDeviceDeletion(COLLECTIONS.documents, stored(), true)).toBe('apply');
    expect(judgeDeviceDeletion(COLLECTIONS.children, stored(), true)).toBe('refuse');
    expect(judgeDeviceDeletion(COLLECTIONS.applications, stored(), true)).toBe('refuse');
  });

  it('writes nothing for a card deleted before it reached the server', () => {
    expect(judgeDeviceDeletion(COLLECTIONS.children, null, true)).toBe('skip');
  });

  it('has nothing to refuse on a tombstone or a live push', () => {
    expect(judgeDeviceDeletion(COLLECTIONS.children, stored({ deleted: true }), true)).toBe(
      'apply',
    );
    expect(judgeDeviceDeletion(COLLECTIONS.children, stored(), false)).toBe('apply');
  });
});

describe('editsRecordDeletedElsewhere', () => {
  const live = { surname: 'Иванов', deletedAt: null, conflicts: [] };
  const trashed = { ...live, deletedAt: '2026-11-24T09:30:00.000Z' };

  it('is an edit made from the live record, reaching it soft-deleted', () => {
    const edit = { ...live, surname: 'Иванова' };
    expect(editsRecordDeletedElsewhere(live, edit, stored(), trashed)).toBe(true);
  });

  it('is not a change to the conflicts list alone, the device’s own deletion, or a tombstone', () => {
    const kept = { ...live, conflicts: [{ field: 'surname', localValue: 'Петров' }] };
    expect(editsRecordDeletedElsewhere(live, kept, stored(), trashed)).toBe(false);
    const ownDeletion = { ...live, surname: 'Иванова', deletedAt: '2026-11-24T09:31:00.000Z' };
    expect(editsRecordDeletedElsewhere(live, ownDeletion, stored(), trashed)).toBe(false);
    const edit = { ...live, surname: 'Иванова' };
    expect(editsRecordDeletedElsewhere(live, edit, stored({ deleted: true }), trashed)).toBe(false);
    expect(editsRecordDeletedElsewhere(live, edit, stored(), live)).toBe(false);
  });
});

describe('softDeletedNow', () => {
  it('names a deletion this write made, and nothing for a restore or an unchanged one', () => {
    const at = '2026-11-24T09:30:00.000Z';
    expect(softDeletedNow({ deletedAt: null }, { deletedAt: at })).toBe(at);
    expect(softDeletedNow(null, { deletedAt: at })).toBe(at);
    expect(softDeletedNow({ deletedAt: at }, { deletedAt: at })).toBeNull();
    expect(softDeletedNow({ deletedAt: at }, { deletedAt: null })).toBeNull();
  });
});
