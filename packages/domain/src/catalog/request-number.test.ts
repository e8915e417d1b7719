import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { REQUEST_NUMBER_MAX, formatRequestNumber, parseRequestNumber } from './request-number.ts';

describe('request numbers', () => {
  it('formats the year and six digits', () => {
    expect(formatRequestNumber(2026, 123)).toBe('2026-000123');
    expect(formatRequestNumber(2026, 999_999)).toBe('2026-999999');
  });

  it('never runs out: past 999 999 the sequence grows a digit', () => {
    expect(formatRequestNumber(2026, 1_000_000)).toBe('2026-1000000');
    expect(formatRequestNumber(2026, 12_345_678)).toBe('2026-12345678');
    expect(parseRequestNumber('2026-1000000')).toEqual({ year: 2026, n: 1_000_000 });
    // Only the counter's own form: no padded long numbers.
    expect(parseRequestNumber('2026-0000123')).toBeUndefined();
    expect(parseRequestNumber('2026-0999999')).toBeUndefined();
  });

  it('refuses numbers that do not fit', () => {
    expect(() => formatRequestNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatRequestNumber(26, 1)).toThrow(RangeError);
    expect(() => formatRequestNumber(2026, 1.5)).toThrow(RangeError);
  });

  it('parses only the exact form', () => {
    expect(parseRequestNumber('2026-000123')).toEqual({ year: 2026, n: 123 });
    expect(parseRequestNumber(' 2026-000123 ')).toEqual({ year: 2026, n: 123 });
    expect(parseRequestNumber('2026-123')).toBeUndefined();
    expect(parseRequestNumber('2026-000000')).toBeUndefined();
    expect(parseRequestNumber('2026–000123')).toBeUndefined();
  });

  it('round-trips any number, and sorts like its numbers within a year and a length (property)', () => {
    const year = fc.integer({ min: 2000, max: 9999 });
    const anyN = fc.integer({ min: 1, max: 1_000_000_000 });
    fc.assert(
      fc.property(year, anyN, (y, a) => {
        expect(parseRequestNumber(formatRequestNumber(y, a))).toEqual({ year: y, n: a });
      }),
    );
    const n = fc.integer({ min: 1, max: REQUEST_NUMBER_MAX });
    fc.assert(
      fc.property(year, n, n, (y, a, b) => {
        expect(parseRequestNumber(formatRequestNumber(y, a))).toEqual({ year: y, n: a });
        expect(formatRequestNumber(y, a) < formatRequestNumber(y, b)).toBe(a < b);
      }),
    );
  });
});
