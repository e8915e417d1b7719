import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  conflictKey,
  getField,
  isPlainObject,
  jsonEqual,
  mergeThreeWay,
  resolveField,
} from './merge.ts';
import type { FieldConflict } from './merge.ts';

type Doc = Record<string, unknown>;

// JSON values only, so a JSON round trip is a faithful deep copy.
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Small key and value spaces so both sides often touch the same fields.
const leaf = fc.oneof(
  fc.constantFrom<unknown>(1, 2, 'x', 'y', true, null),
  fc.array(fc.constantFrom(1, 2), { maxLength: 2 }),
);
const nested = fc.dictionary(fc.constantFrom('x', 'y', 'z'), leaf, { maxKeys: 3 });
const value = fc.oneof(leaf, nested, nested);
const doc: fc.Arbitrary<Doc> = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'address'), value, {
  maxKeys: 4,
});
const triple = fc.record({ base: fc.option(doc, { nil: undefined }), local: doc, remote: doc });

/** Paths to every non-object value (empty objects are containers, not edits). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix === '' ? [] : [prefix];
  return Object.keys(value).flatMap((key) =>
    leafPaths(value[key], prefix === '' ? key : `${prefix}.${key}`),
  );
}

/**
 * Whether `actual` carries the local value: equal to it, or, where the device
 * turned a value into an object, an object (its leaves are checked on their own).
 */
function carries(actual: unknown, want: unknown): boolean {
  if (isPlainObject(want)) return isPlainObject(actual);
  return jsonEqual(actual, want);
}

/** The local value at `path` is on the merged doc, or held by a conflict on it or a parent. */
function keptLocally(merged: Doc, conflicts: FieldConflict[], local: Doc, path: string): boolean {
  const want = getField(local, path);
  if (carries(getField(merged, path), want)) return true;
  return conflicts.some((c) => {
    if (c.field === path) return jsonEqual(c.localValue, want);
    if (!path.startsWith(`${c.field}.`)) return false;
    const inner = path.slice(c.field.length + 1);
    const held = isPlainObject(c.localValue) ? getField(c.localValue, inner) : undefined;
    return jsonEqual(held, want);
  });
}

describe('mergeThreeWay properties', () => {
  it('never loses a local edit: it is merged or kept as a conflict', () => {
    fc.assert(
      fc.property(triple, ({ base, local, remote }) => {
        const { merged } = mergeThreeWay({ base, local, remote });
        const conflicts = (merged.conflicts ?? []) as FieldConflict[];
        const b = base ?? {};
        for (const path of new Set([...leafPaths(local), ...leafPaths(b)])) {
          if (jsonEqual(getField(local, path), getField(b, path))) continue;
          expect(keptLocally(merged, conflicts, local, path), path).toBe(true);
        }
      }),
    );
  });

  it('re-applying every conflict restores every local edit', () => {
    fc.assert(
      fc.property(triple, ({ base, local, remote }) => {
        const result = mergeThreeWay({ base, local, remote });
        let merged: Doc = result.merged;
        for (const c of result.conflicts) {
          merged = resolveField(merged, c.field, { keep: 'local', key: conflictKey(c) });
        }
        const b = base ?? {};
        for (const path of new Set([...leafPaths(local), ...leafPaths(b)])) {
          if (jsonEqual(getField(local, path), getField(b, path))) continue;
          expect(carries(getField(merged, path), getField(local, path)), path).toBe(true);
        }
      }),
    );
  });

  it('keeps remote edits to fields the device did not touch', () => {
    fc.assert(
      fc.property(triple, ({ base, local, remote }) => {
        const { merged } = mergeThreeWay({ base, local, remote });
        const b = base ?? {};
        for (const path of new Set([...leafPaths(remote), ...leafPaths(b)])) {
          if (!jsonEqual(getField(local, path), getField(b, path))) continue;
          expect(getField(merged, path), path).toEqual(getField(remote, path));
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(triple, ({ base, local, remote }) => {
        const args = { base, local, remote, at: '2025-01-01T00:00:00Z' };
        expect(mergeThreeWay(args)).toEqual(mergeThreeWay(clone(args)));
      }),
    );
  });

  it('merges identical edits without conflict', () => {
    fc.assert(
      fc.property(fc.option(doc, { nil: undefined }), doc, (base, x) => {
        expect(mergeThreeWay({ base, local: x, remote: clone(x) })).toEqual({
          merged: x,
          conflicts: [],
        });
      }),
    );
  });

  it('takes the remote state when the device changed nothing', () => {
    fc.assert(
      fc.property(doc, doc, (base, remote) => {
        const result = mergeThreeWay({ base, local: clone(base), remote });
        expect(result).toEqual({ merged: remote, conflicts: [] });
      }),
    );
  });

  it('takes the local state when the server changed nothing', () => {
    fc.assert(
      fc.property(doc, doc, (base, local) => {
        const result = mergeThreeWay({ base, local, remote: clone(base) });
        expect(result).toEqual({ merged: local, conflicts: [] });
      }),
    );
  });
});

const stamp = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
const withoutConflicts = ({ conflicts: _c, serverSeq: _s, ...rest }: Doc): Doc => rest;

/**
 * N phones edit one field from the same card and push in an order the
 * scheduler picks. The server takes a push only when the phone saw its
 * current master (stamping `by` on the entries that lack it), otherwise it
 * answers with the master and the phone merges (its RxDB conflict handler)
 * and pushes again.
 */
function pushAll(values: string[], schedule: number[]): Doc {
  let master: Doc = { id: 'c1', serverSeq: 1, surname: 'Иванов', conflicts: [] };
  let clock = 0;
  const phones = values.map((value, i) => ({
    account: `acc-${i}`,
    assumed: master,
    local: { ...master, surname: value } as Doc,
    done: false,
  }));
  for (let step = 0; phones.some((p) => !p.done); step++) {
    const waiting = phones.filter((p) => !p.done);
    const phone = waiting[(schedule[step] ?? step) % waiting.length]!;
    if (
      jsonEqual(withoutConflicts(phone.assumed), withoutConflicts(master)) &&
      jsonEqual(phone.assumed.conflicts, master.conflicts)
    ) {
      const conflicts = ((phone.local.conflicts ?? []) as FieldConflict[]).map((c) => ({
        by: phone.account,
        ...c,
      }));
      master = { ...phone.local, conflicts, serverSeq: (master.serverSeq as number) + 1 };
      phone.done = true;
    } else {
      const { merged } = mergeThreeWay({
        base: phone.assumed,
        local: phone.local,
        remote: master,
        at: stamp(++clock),
      });
      phone.local = merged;
      phone.assumed = master;
      phone.done = jsonEqual(merged, master);
    }
  }
  return master;
}

describe('conflict lists across many phones', () => {
  const phones = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), {
    minLength: 2,
    maxLength: 8,
  });
  const schedule = fc.array(fc.nat(20), { maxLength: 40 });

  it('keeps every losing value when N phones edit one field: N − 1 survive, each with its phone', () => {
    fc.assert(
      fc.property(phones, schedule, (values, order) => {
        const master = pushAll(values, order);
        const kept = (master.conflicts as FieldConflict[]).filter((c) => c.field === 'surname');
        const winner = master.surname as string;
        expect(values).toContain(winner);
        expect(kept.map((c) => c.localValue).sort()).toEqual(
          values.filter((v) => v !== winner).sort(),
        );
        for (const c of kept) expect(c.by).toBe(`acc-${values.indexOf(c.localValue as string)}`);
      }),
    );
  });

  const entry = fc.record(
    {
      field: fc.constantFrom('a', 'b', 'address.x'),
      localValue: fc.constantFrom<unknown>(1, 'x', null, { y: 1 }),
      at: fc.constantFrom(stamp(1), stamp(2), stamp(3)),
    },
    { requiredKeys: ['field', 'at'] },
  );
  const list = fc.uniqueArray(entry, {
    maxLength: 6,
    selector: (c) => conflictKey(c as FieldConflict),
  });

  it('keeps the same set whichever side is local', () => {
    fc.assert(
      fc.property(doc, list, list, list, (state, b, l, r) => {
        const keys = (merged: Doc) =>
          ((merged.conflicts ?? []) as FieldConflict[]).map(conflictKey);
        const one = mergeThreeWay({
          base: { ...state, conflicts: b },
          local: { ...state, conflicts: l },
          remote: { ...state, conflicts: r },
        });
        const other = mergeThreeWay({
          base: { ...state, conflicts: b },
          local: { ...state, conflicts: r },
          remote: { ...state, conflicts: l },
        });
        expect(keys(one.merged)).toEqual(keys(other.merged));
      }),
    );
  });
});
