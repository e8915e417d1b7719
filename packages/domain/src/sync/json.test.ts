import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, jsonEqual } from './json.ts';

/** The form push receipts were fingerprinted with before `canonicalJson` was rewritten as loops. */
function reference(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map((v) => reference(v) || 'null').join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const parts = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${reference(object[key])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? '';
}

// Keys in any order (sorted or not, non-Latin, escapes), values with `undefined` among them.
const key = fc.oneof(fc.constantFrom('a', 'b', 'Z', 'поле', '"q"', '__proto__x', ''), fc.string());
const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>(null, true, false, 0, -1.5, 'x', 'Иванова', undefined),
    fc.string(),
    fc.array(tie('json')),
    fc.dictionary(key, tie('json')),
  ),
})).json;

describe('canonicalJson', () => {
  it('writes exactly what the stored push receipts were fingerprinted with', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
    );
  });

  it('is equal for two values exactly when jsonEqual says so, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe(
      canonicalJson({ a: [1, { d: 2 }], b: 1 }),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(canonicalJson(a) === canonicalJson(b)).toBe(jsonEqual(a, b));
      }),
    );
  });
});
