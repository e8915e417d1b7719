import { describe, it, expect } from 'vitest';
import { FieldConflict, getField, mergeThreeWay, resolveConflict } from './merge.ts';

const base = {
  id: 'c1',
  serverSeq: 4,
  surname: 'Иванов',
  givenName: 'Пётр',
  address: { region: 'Тверская', street: 'Лесная', house: '1' },
  tags: ['a'],
  status: 'draft',
};

describe('mergeThreeWay', () => {
  it('takes each side’s edits to different fields, inside nested objects too', () => {
    const local = { ...base, givenName: 'Павел', address: { ...base.address, street: 'Речная' } };
    const remote = { ...base, serverSeq: 7, address: { ...base.address, house: '2' } };
    const { merged, conflicts } = mergeThreeWay({ base, local, remote });
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      ...base,
      serverSeq: 7,
      givenName: 'Павел',
      address: { region: 'Тверская', street: 'Речная', house: '2' },
    });
    expect(merged).not.toHaveProperty('conflicts');
  });

  it('lets the server win a field both changed and keeps the local value as a conflict', () => {
    const local = { ...base, address: { ...base.address, street: 'Речная' } };
    const remote = { ...base, serverSeq: 5, address: { ...base.address, street: 'Полевая' } };
    const at = '2025-03-01T10:00:00.000Z';
    const { merged, conflicts } = mergeThreeWay({ base, local, remote, at });
    const expected = {
      field: 'address.street',
      localValue: 'Речная',
      remoteValue: 'Полевая',
      baseValue: 'Лесная',
      at,
    };
    expect(conflicts).toEqual([expected]);
    expect(merged).toMatchObject({ address: { street: 'Полевая' }, conflicts: [expected] });
    expect(FieldConflict.parse(expected)).toEqual(expected);
  });

  it('is not a conflict when both sides made the same edit', () => {
    const local = { ...base, surname: 'Петров' };
    const remote = { ...base, surname: 'Петров' };
    expect(mergeThreeWay({ base, local, remote }).conflicts).toEqual([]);
  });

  it('treats arrays as whole values', () => {
    const local = { ...base, tags: ['a', 'b'] };
    const remote = { ...base, tags: ['a', 'c'] };
    const { merged, conflicts } = mergeThreeWay({ base, local, remote });
    expect(merged.tags).toEqual(['a', 'c']);
    expect(conflicts).toEqual([
      { field: 'tags', localValue: ['a', 'b'], remoteValue: ['a', 'c'], baseValue: ['a'] },
    ]);
  });

  it('takes ignored and RxDB-owned fields from the server untouched', () => {
    const local = { ...base, status: 'verified', serverSeq: 99, givenName: 'Павел' };
    const remote = { ...base, status: 'submitted', serverSeq: 5 };
    const { merged, conflicts } = mergeThreeWay({ base, local, remote, ignore: ['status'] });
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ status: 'submitted', serverSeq: 5, givenName: 'Павел' });
  });

  it('treats a document created on both sides as having an empty base', () => {
    const local = { id: 'c1', surname: 'Иванов', givenName: 'Пётр' };
    const remote = { id: 'c1', surname: 'Иванова', givenName: 'Пётр' };
    const { merged, conflicts } = mergeThreeWay({ local, remote });
    expect(merged).toEqual({ ...remote, conflicts });
    expect(conflicts).toEqual([{ field: 'surname', localValue: 'Иванов', remoteValue: 'Иванова' }]);
  });

  it('keeps a local removal that lost to a server edit as a conflict without a local value', () => {
    const local = { ...base, address: { region: 'Тверская', house: '1' } };
    const remote = { ...base, address: { ...base.address, street: 'Полевая' } };
    const { merged, conflicts } = mergeThreeWay({ base, local, remote });
    expect(conflicts).toEqual([
      { field: 'address.street', remoteValue: 'Полевая', baseValue: 'Лесная' },
    ]);
    const roundTripped = JSON.parse(JSON.stringify(merged)) as typeof merged;
    const resolved = resolveConflict(roundTripped, 'address.street', 'local');
    expect(resolved.address).toEqual({ region: 'Тверская', house: '1' });
    expect(resolved.conflicts).toEqual([]);
  });

  it('keeps conflicts from either side, drops ones dismissed locally, replaces older ones', () => {
    const old = { field: 'surname', localValue: 'A', remoteValue: 'B', at: '2025-01-01T00:00:00Z' };
    const other = { field: 'givenName', localValue: 'C', remoteValue: 'D' };
    const b = { ...base, conflicts: [old, other] };
    // This device dismissed `givenName`; the server still lists both.
    const local = { ...base, surname: 'Сидоров', conflicts: [old] };
    const remote = { ...base, surname: 'Смирнов', conflicts: [old, other] };
    const at = '2025-03-01T10:00:00.000Z';
    const { merged } = mergeThreeWay({ base: b, local, remote, at });
    expect(merged.conflicts).toEqual([
      { field: 'surname', localValue: 'Сидоров', remoteValue: 'Смирнов', baseValue: 'Иванов', at },
    ]);
  });

  it('keeps a conflict another device added', () => {
    const added = { field: 'surname', localValue: 'A', remoteValue: 'B' };
    const local = { ...base, givenName: 'Павел', conflicts: [] };
    const remote = { ...base, conflicts: [added] };
    const { merged } = mergeThreeWay({ base: { ...base, conflicts: [] }, local, remote });
    expect(merged).toMatchObject({ givenName: 'Павел', conflicts: [added] });
  });

  it('does not modify its inputs', () => {
    const local = { ...base, address: { ...base.address, street: 'Речная' } };
    const remote = { ...base, address: { ...base.address, street: 'Полевая' } };
    const snapshot = JSON.stringify([base, local, remote]);
    mergeThreeWay({ base, local, remote });
    expect(JSON.stringify([base, local, remote])).toBe(snapshot);
  });
});

describe('resolveConflict', () => {
  const doc = {
    id: 'c1',
    address: { street: 'Полевая', house: '2' },
    conflicts: [
      { field: 'address.street', localValue: 'Речная', remoteValue: 'Полевая' },
      { field: 'surname', localValue: 'Петров', remoteValue: 'Иванов' },
    ],
  };

  it('re-applies the kept local value and drops the conflict', () => {
    const next = resolveConflict(doc, 'address.street', 'local');
    expect(next.address).toEqual({ street: 'Речная', house: '2' });
    expect(next.conflicts.map((c) => c.field)).toEqual(['surname']);
    expect(getField(next, 'address.street')).toBe('Речная');
    expect(doc.address.street).toBe('Полевая');
  });

  it('keeps the server value and drops the conflict', () => {
    const next = resolveConflict(doc, 'surname', 'remote');
    expect(next).toEqual({ ...doc, conflicts: [doc.conflicts[0]] });
  });

  it('returns the document unchanged for a field without a conflict', () => {
    expect(resolveConflict(doc, 'givenName', 'local')).toBe(doc);
  });
});

describe('mergeThreeWay on hostile input', () => {
  it('keeps a __proto__ key as plain data', () => {
    const local = JSON.parse('{"id":"c1","__proto__":{"polluted":true}}') as Record<
      string,
      unknown
    >;
    const { merged } = mergeThreeWay({ base: { id: 'c1' }, local, remote: { id: 'c1' } });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['id', '__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
