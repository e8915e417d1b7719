import { describe, expect, it } from 'vitest';
import {
  conflictKey,
  MAX_CONFLICTS,
  MAX_CONFLICTS_PER_FIELD,
  mergeConflictLists,
  withoutHeldConflicts,
  type FieldConflict,
} from './field-conflicts.ts';
import { mergeThreeWay } from './merge.ts';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();
const lost = (field: string, localValue: unknown, minute: number): FieldConflict => ({
  field,
  localValue,
  at: t(minute),
});

describe('conflictKey', () => {
  it('names the field, the losing value and when it lost', () => {
    const a = lost('address', { street: 'Речная', house: '1' }, 1);
    expect(conflictKey(a)).toBe(
      conflictKey({ ...a, localValue: { house: '1', street: 'Речная' } }),
    );
    expect(conflictKey(a)).toBe(conflictKey({ ...a, by: 'acc-1', reason: 'refused' }));
    expect(conflictKey(a)).not.toBe(conflictKey({ ...a, at: t(2) }));
    expect(conflictKey(a)).not.toBe(conflictKey({ ...a, field: 'address.street' }));
    expect(conflictKey({ field: 'x', localValue: null })).not.toBe(conflictKey({ field: 'x' }));
  });
});

describe('the conflict list as a set', () => {
  const base = { id: 'c1', serverSeq: 3, surname: 'Иванов', givenName: 'Пётр' };

  it('keeps a third phone’s losing value beside the second’s', () => {
    // Phone A won with «Смирнов»; phone B's «Сидоров» is already kept on the master.
    const second = { ...lost('surname', 'Сидоров', 1), remoteValue: 'Смирнов', by: 'acc-b' };
    const remote = { ...base, serverSeq: 5, surname: 'Смирнов', conflicts: [second] };
    const local = { ...base, surname: 'Кузнецов' };
    const { merged } = mergeThreeWay({ base, local, remote, at: t(2) });
    expect(merged.surname).toBe('Смирнов');
    expect(merged.conflicts?.map((c) => c.localValue)).toEqual(['Сидоров', 'Кузнецов']);
  });

  it('drops an entry the base held and either side settled, keeps one either side added', () => {
    const [settled, kept, added] = [
      lost('surname', 'A', 1),
      lost('surname', 'B', 2),
      lost('givenName', 'C', 3),
    ];
    const b = { ...base, conflicts: [settled, kept] };
    const dismissedHere = mergeThreeWay({
      base: b,
      local: { ...base, conflicts: [kept] },
      remote: { ...base, conflicts: [settled, kept, added] },
    });
    expect(dismissedHere.merged.conflicts).toEqual([kept, added]);
    const dismissedThere = mergeThreeWay({
      base: b,
      local: { ...base, conflicts: [settled, kept, added] },
      remote: { ...base, conflicts: [kept] },
    });
    expect(dismissedThere.merged.conflicts).toEqual([kept, added]);
  });

  it('takes the server’s stamp of the same entry', () => {
    const mine = lost('surname', 'A', 1);
    const stamped = { ...mine, by: 'acc-1' };
    const { merged } = mergeThreeWay({
      base: { ...base, conflicts: [] },
      local: { ...base, conflicts: [mine] },
      remote: { ...base, conflicts: [stamped] },
    });
    expect(merged.conflicts).toEqual([stamped]);
  });

  it('does not keep a losing value its field holds now', () => {
    // Another phone typed the kept value back in: nothing is losing any more.
    const kept = lost('surname', 'Петров', 1);
    const { merged } = mergeThreeWay({
      base: { ...base, conflicts: [kept] },
      local: { ...base, givenName: 'Павел', conflicts: [kept] },
      remote: { ...base, surname: 'Петров', conflicts: [kept] },
    });
    expect(merged).toMatchObject({ surname: 'Петров', givenName: 'Павел', conflicts: [] });
  });

  it(`keeps the newest ${MAX_CONFLICTS_PER_FIELD} losing values of a field`, () => {
    const old = Array.from({ length: 25 }, (_, i) => lost('surname', `v${i}`, i));
    const remote = { ...base, surname: 'Смирнов', conflicts: old };
    const { merged } = mergeThreeWay({
      base,
      local: { ...base, surname: 'Новый' },
      remote,
      at: t(59),
    });
    const values = merged.conflicts?.map((c) => c.localValue);
    expect(values).toHaveLength(MAX_CONFLICTS_PER_FIELD);
    expect(values?.at(-1)).toBe('Новый');
    expect(values?.[0]).toBe('v6');
  });

  it(`never holds more than the schema’s ${MAX_CONFLICTS}`, () => {
    const many = Array.from({ length: 12 * MAX_CONFLICTS_PER_FIELD }, (_, i) =>
      lost(`f${i % 12}`, `v${i}`, Math.floor(i / 12)),
    );
    const list = mergeConflictLists({ base: [], local: many, remote: [], fresh: [], current: {} });
    expect(list).toHaveLength(MAX_CONFLICTS);
    // 12 a minute for 20 minutes: the 40 dropped are minutes 0–2 and four of minute 3.
    const minutes = list.map((c) => new Date(c.at!).getUTCMinutes());
    expect(minutes.filter((m) => m < 3)).toEqual([]);
    expect(minutes.filter((m) => m === 3)).toHaveLength(8);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it('orders by time, then key, whichever side held what', () => {
    const [a, b, c] = [lost('x', 'b', 5), lost('x', 'a', 5), lost('y', 'z', 1)];
    const one = mergeConflictLists({
      base: [],
      local: [a, c],
      remote: [b],
      fresh: [],
      current: {},
    });
    const other = mergeConflictLists({
      base: [],
      local: [b],
      remote: [c, a],
      fresh: [],
      current: {},
    });
    expect(one).toEqual([c, b, a]);
    expect(other).toEqual(one);
  });
});

describe('a kept value its field holds again', () => {
  it('is no longer losing after a write that is no merge (the field retyped to it)', () => {
    const held = lost('birthDate', '2020-04-03', 1);
    const other = lost('birthDate', '2020-04-05', 2);
    const doc = { birthDate: '2020-04-03', conflicts: [held, other] };
    expect(withoutHeldConflicts(doc).conflicts).toEqual([other]);
  });

  it('leaves a document with nothing held untouched', () => {
    const doc = { birthDate: '2020-04-01', conflicts: [lost('birthDate', '2020-04-03', 1)] };
    expect(withoutHeldConflicts(doc)).toBe(doc);
  });
});
