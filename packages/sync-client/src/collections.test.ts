import { COLLECTIONS, COLLECTION_NAMES, REPLAYED_MARKER } from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, conflictHandlerFor, rxSchemaOf, type AnyDoc } from './collections.ts';

describe('family collections', () => {
  it('derives a versioned RxDB schema for every collection', () => {
    for (const name of COLLECTION_NAMES) {
      const schema = rxSchemaOf(name);
      expect(schema.primaryKey).toBe('id');
      expect(schema.version).toBe(COLLECTIONS[name].version);
      expect(Object.keys(schema.properties)).toEqual(
        expect.arrayContaining(['id', 'familyId', 'serverSeq']),
      );
    }
  });

  it('has a migration strategy for every schema version above 0', () => {
    for (const name of COLLECTION_NAMES) {
      const versions = Object.keys(MIGRATIONS[name])
        .map(Number)
        .sort((a, b) => a - b);
      const wanted = Array.from({ length: COLLECTIONS[name].version }, (_, i) => i + 1);
      expect(versions, name).toEqual(wanted);
    }
  });

  it('merges a conflict three-way: server-owned fields from the server, both edits kept', async () => {
    const handler = conflictHandlerFor<AnyDoc>('children', () => '2026-11-24T09:00:00.000Z');
    const base = {
      id: 'c1',
      familyId: 'f',
      serverSeq: 1,
      surname: 'Иванова',
      givenName: 'Анна',
      status: 'draft',
      _deleted: false,
    };
    const local = { ...base, givenName: 'Аня', birthPlace: 'Тверь' };
    const remote = {
      ...base,
      serverSeq: 2,
      surname: 'Петрова',
      givenName: 'Анюта',
      status: 'verifying',
    };
    const merged = (await handler.resolve(
      { assumedMasterState: base, newDocumentState: local, realMasterState: remote },
      'test',
    )) as unknown as AnyDoc & { conflicts: { field: string; localValue: unknown }[] };
    expect(merged).toMatchObject({
      serverSeq: 2,
      surname: 'Петрова',
      birthPlace: 'Тверь',
      status: 'verifying',
    });
    expect(merged['givenName']).toBe('Анюта');
    expect(merged.conflicts).toEqual([
      expect.objectContaining({ field: 'givenName', localValue: 'Аня' }),
    ]);
    const withMeta = { ...remote, _meta: { lwt: 1 } } as unknown as typeof remote;
    expect(handler.isEqual(remote, withMeta, 'test')).toBe(true);
    expect(handler.isEqual(remote, { ...remote, status: 'verified' }, 'test')).toBe(false);
  });

  it('keeps a refused change beside its field and otherwise takes the server’s state', async () => {
    // Another parent sent the application; this device, offline, still edited the draft.
    const handler = conflictHandlerFor<AnyDoc>('applications', () => '2026-11-24T09:00:00.000Z');
    const assumed = {
      id: 'a1',
      familyId: 'f',
      serverSeq: 3,
      serviceId: 'kindergarten',
      childId: 'c1',
      answers: { groupType: 'general' },
      conflicts: [],
      status: 'draft',
      _deleted: false,
    };
    const local = { ...assumed, answers: { groupType: 'health' } };
    // The master moved on only in server-owned fields: the form is frozen, the edit refused.
    const master = { ...assumed, serverSeq: 5, status: 'in_review', requestNumber: '2026-000001' };
    const resolved = (await handler.resolve(
      { assumedMasterState: assumed, newDocumentState: local, realMasterState: master },
      'test',
    )) as unknown as AnyDoc & { conflicts: unknown[] };
    // The master wins; the refused value stays, with why.
    const { conflicts, ...rest } = resolved;
    expect({ ...rest, conflicts: [] }).toEqual(master);
    expect(conflicts).toEqual([
      expect.objectContaining({
        field: 'answers.groupType',
        localValue: 'health',
        remoteValue: 'general',
        reason: 'application-sent',
        at: '2026-11-24T09:00:00.000Z',
      }),
    ]);
    // It differs from the master in `conflicts` alone, which the server never refuses:
    // pushed again, it is accepted, and the same refusal is not recorded twice.
    const again = await handler.resolve(
      {
        assumedMasterState: master,
        newDocumentState: resolved as unknown as typeof master,
        realMasterState: master,
      },
      'test',
    );
    expect(again).toEqual(resolved);
  });

  it('takes a master marked replayed whole, without the marker, and compares past the marker', async () => {
    // This phone's deletion landed, its answer was lost; another phone restored the card.
    const handler = conflictHandlerFor<AnyDoc>('children', () => '2026-11-24T09:00:00.000Z');
    const assumed = {
      id: 'c1',
      familyId: 'f',
      serverSeq: 1,
      surname: 'Иванова',
      givenName: 'Анна',
      deletedAt: null,
      conflicts: [],
      status: 'draft',
      _deleted: false,
    };
    const local = { ...assumed, deletedAt: '2026-11-24T10:00:00.000Z' };
    const restored = { ...assumed, serverSeq: 3 };
    const answered = { ...restored, [REPLAYED_MARKER]: true };
    const resolved = await handler.resolve(
      { assumedMasterState: assumed, newDocumentState: local, realMasterState: answered },
      'test',
    );
    expect(resolved).toEqual(restored);
    // RxDB keeps the marked master as the state it assumes: the taken one is no change to send.
    expect(handler.isEqual(answered, resolved, 'test')).toBe(true);
  });

  it('never gives a collection without a conflicts field a conflicts list', async () => {
    const handler = conflictHandlerFor<AnyDoc>('notifications');
    const base = { id: 'n1', familyId: 'f', serverSeq: 1, readAt: null, _deleted: false };
    const merged = await handler.resolve(
      {
        assumedMasterState: base,
        newDocumentState: { ...base, readAt: '2026-11-24T09:00:00.000Z' },
        realMasterState: { ...base, serverSeq: 2, readAt: '2026-11-24T08:00:00.000Z' },
      },
      'test',
    );
    expect(merged).not.toHaveProperty('conflicts');
  });
});
