import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { REQUEST_NUMBER_MAX, formatRequestNumber, parseRequestNumber } from './request-number.ts';

describe('request numbers', () => {
  it('formats the year and six digits', () => {
    expect(formatRequestNumber(2026, 123)).toBe('2026-000123');
    expect(formatRequestNumber(2026, 999_999)).toBe('2026-999999');
  });

  it('refuses numbers that do not fit', () => {
    expect(() => formatRequestNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatRequestNumber(2026, 1_000_000)).toThrow(RangeError);
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

  it('round-trips and sorts like its numbers within a year (property)', () => {
    const year = fc.integer({ min: 2000, max: 9999 });
    const n = fc.integer({ min: 1, max: REQUEST_NUMBER_MAX });
    fc.assert(
      fc.property(year, n, n, (y, a, b) => {
        expect(parseRequestNumber(formatRequestNumber(y, a))).toEqual({ year: y, n: a });
        expect(formatRequestNumber(y, a) < formatRequestNumber(y, b)).toBe(a < b);
      }),
    );
  });
});
