import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Snils, formatSnils, isValidSnils, snilsControl } from './snils.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(Snils, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

// First 9 digits above 001-001-998, where the control number is checked.
const checkedFirst9 = fc
  .integer({ min: 1_001_999, max: 999_999_999 })
  .map((n) => String(n).padStart(9, '0'));

describe('Snils', () => {
  it('accepts the usual ways of typing and outputs 11 digits', () => {
    for (const input of ['112-233-445 95', '112 233 445 95', '11223344595', '  112-233-445 95 ']) {
      expect(Snils.parse(input)).toBe('11223344595');
    }
  });

  it('computes the control number per the rule', () => {
    expect(snilsControl('112233445')).toBe('95');
    expect(snilsControl('000000091')).toBe('19'); // 9·2 + 1·1: below 100 it is the sum
    expect(snilsControl('920000010')).toBe('99'); // 81 + 16 + 2
    expect(snilsControl('920000100')).toBe('00'); // sum 100
    expect(snilsControl('920000101')).toBe('00'); // sum 101
    expect(snilsControl('920000102')).toBe('01'); // 102 mod 101
    expect(snilsControl('990800000')).toBe('00'); // 201 mod 101 = 100 → 00
  });

  it('rejects a wrong control number', () => {
    expect(codes('112-233-445 96')).toEqual(['snils-checksum']);
  });

  it('does not check the control number up to 001-001-998', () => {
    expect(isValidSnils('00100199812')).toBe(true);
    expect(isValidSnils('00100199912')).toBe(snilsControl('001001999') === '12');
  });

  it('reports the format when it is not 11 digits', () => {
    expect(codes('123-456-789')).toEqual(['snils-format']);
    expect(codes('123-456-789 0a')).toEqual(['snils-format']);
    expect(codes('')).toEqual(['required']);
    expect(codes(undefined)).toEqual(['required']);
    expect(codes(12345678901)).toEqual(['invalid-value']);
  });

  it('formats 11 digits for display', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils('oops')).toBe('oops');
  });

  it('accepts a correct number in every input format (property)', () => {
    fc.assert(
      fc.property(checkedFirst9, fc.constantFrom(0, 1, 2), (first9, style) => {
        const d = first9 + snilsControl(first9);
        const typed = [d, formatSnils(d), formatSnils(d).replace(/-/g, ' ')][style] ?? d;
        expect(Snils.parse(typed)).toBe(d);
        expect(Snils.parse(Snils.parse(typed))).toBe(d);
      }),
    );
  });

  it('rejects the same number with any other control number (property)', () => {
    fc.assert(
      fc.property(checkedFirst9, fc.integer({ min: 0, max: 99 }), (first9, c) => {
        const control = String(c).padStart(2, '0');
        fc.pre(control !== snilsControl(first9));
        expect(codes(formatSnils(first9 + control))).toEqual(['snils-checksum']);
      }),
    );
  });
});
