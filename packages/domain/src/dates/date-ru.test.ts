import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DateRu, formatDateRu, parseDateRu } from './date-ru.ts';
import { daysInMonth, toIsoDate } from './calendar.ts';
import { validate } from '../validate.ts';

const codes = (input: unknown) => {
  const r = validate(DateRu, input);
  return r.success ? [] : r.errors.map((e) => e.code);
};

const realDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2199 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    toIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }),
  );

describe('DateRu', () => {
  it('reads ДД.ММ.ГГГГ and outputs ISO', () => {
    expect(DateRu.parse('01.02.2020')).toBe('2020-02-01');
    expect(DateRu.parse(' 1.2.2020 ')).toBe('2020-02-01');
    expect(DateRu.parse('01/02/2020')).toBe('2020-02-01');
  });

  it('accepts a stored ISO date unchanged', () => {
    expect(DateRu.parse('2020-02-01')).toBe('2020-02-01');
  });

  it('accepts only real calendar dates, leap years included', () => {
    expect(codes('31.02.2020')).toEqual(['date-not-real']);
    expect(codes('2020-02-31')).toEqual(['date-not-real']);
    expect(codes('29.02.2021')).toEqual(['date-not-real']);
    expect(codes('29.02.2020')).toEqual([]);
    expect(codes('29.02.2000')).toEqual([]);
    expect(codes('29.02.1900')).toEqual(['date-not-real']);
    expect(codes('00.01.2020')).toEqual(['date-not-real']);
    expect(codes('01.13.2020')).toEqual(['date-not-real']);
  });

  it('reports the format for anything that is not a date', () => {
    expect(codes('1 февраля 2020')).toEqual(['date-format']);
    expect(codes('01.02.20')).toEqual(['date-format']);
    expect(codes('')).toEqual(['required']);
  });

  it('rejects dates before 1900 as a typo in the year', () => {
    expect(codes('31.12.1899')).toEqual(['date-too-old']);
  });

  it('formats and parses helpers', () => {
    expect(formatDateRu('2020-02-01')).toBe('01.02.2020');
    expect(formatDateRu('garbage')).toBe('garbage');
    expect(parseDateRu('31.02.2020')).toBeUndefined();
    expect(parseDateRu('01.02.2020')).toBe('2020-02-01');
  });

  it('round-trips through formatDateRu (property)', () => {
    fc.assert(
      fc.property(realDate, (iso) => {
        expect(DateRu.parse(formatDateRu(iso))).toBe(iso);
        expect(DateRu.parse(iso)).toBe(iso);
        expect(parseDateRu(formatDateRu(iso))).toBe(iso);
      }),
    );
  });
});
