import { describe, it, expect } from 'vitest';
import {
  conflictKey,
  dismissConflict,
  FieldConflict,
  getField,
  mergeThreeWay,
  resolveField,
} from './merge.ts';

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
    const key = conflictKey(conflicts[0]!);
    const resolved = resolveField(roundTripped, 'address.street', { keep: 'local', key });
    expect(resolved.address).toEqual({ region: 'Тверская', house: '1' });
    expect(resolved.conflicts).toEqual([]);
  });

  it('keeps conflicts from either side, drops ones dismissed locally, keeps older ones', () => {
    const old = { field: 'surname', localValue: 'A', remoteValue: 'B', at: '2025-01-01T00:00:00Z' };
    const other = { field: 'givenName', localValue: 'C', remoteValue: 'D' };
    const b = { ...base, conflicts: [old, other] };
    // This device dismissed `givenName`; the server still lists both.
    const local = { ...base, surname: 'Сидоров', conflicts: [old] };
    const remote = { ...base, surname: 'Смирнов', conflicts: [old, other] };
    const at = '2025-03-01T10:00:00.000Z';
    const { merged } = mergeThreeWay({ base: b, local, remote, at });
    expect(merged.conflicts).toEqual([
      old,
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

describe('resolveField', () => {
  const street1 = { field: 'address.street', localValue: 'Речная', at: '2025-03-01T10:00:00Z' };
  const street2 = { field: 'address.street', localValue: 'Садовая', at: '2025-03-02T10:00:00Z' };
  const surname = { field: 'surname', localValue: 'Петров', remoteValue: 'Иванов' };
  const doc = {
    id: 'c1',
    address: { street: 'Полевая', house: '2' },
    conflicts: [street1, street2, surname],
  };

  it('«Оставить моё» applies the chosen value and settles every entry of the field', () => {
    const next = resolveField(doc, 'address.street', { keep: 'local', key: conflictKey(street2) });
    expect(next.address).toEqual({ street: 'Садовая', house: '2' });
    expect(next.conflicts).toEqual([surname]);
    expect(getField(next, 'address.street')).toBe('Садовая');
    expect(doc.address.street).toBe('Полевая');
  });

  it('«Оставить с другого устройства» keeps the current value and settles the field', () => {
    const next = resolveField(doc, 'address.street', { keep: 'remote' });
    expect(next).toEqual({ ...doc, conflicts: [surname] });
  });

  it('removes the field when the kept value was a removal', () => {
    const removal = { field: 'surname', remoteValue: 'Иванов' };
    const card = { id: 'c1', surname: 'Иванов', conflicts: [removal] };
    const next = resolveField(card, 'surname', { keep: 'local', key: conflictKey(removal) });
    expect(next).toEqual({ id: 'c1', conflicts: [] });
  });

  it('changes nothing for an entry settled elsewhere or a field without conflicts', () => {
    const gone = conflictKey({ field: 'address.street', localValue: 'Нет такой' });
    expect(resolveField(doc, 'address.street', { keep: 'local', key: gone })).toBe(doc);
    expect(resolveField(doc, 'givenName', { keep: 'remote' })).toBe(doc);
  });
});

describe('dismissConflict', () => {
  const refused = { field: 'answers.x', localValue: 'новое', at: '2025-03-01T10:00:00Z' };
  const other = { field: 'answers.x', localValue: 'другое', at: '2025-03-02T10:00:00Z' };
  const doc = { id: 'a1', answers: { x: 'старое' }, conflicts: [refused, other] };

  it('«Убрать» drops that one entry and leaves the field alone', () => {
    expect(dismissConflict(doc, conflictKey(refused))).toEqual({ ...doc, conflicts: [other] });
  });

  it('changes nothing for an unknown key', () => {
    expect(dismissConflict(doc, 'nope')).toBe(doc);
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
