import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { getField, isPlainObject, jsonEqual, mergeThreeWay, resolveConflict } from './merge.ts';
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
        let { merged } = mergeThreeWay({ base, local, remote });
        for (const c of (merged.conflicts ?? []) as FieldConflict[]) {
          merged = resolveConflict(merged, c.field, 'local');
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
