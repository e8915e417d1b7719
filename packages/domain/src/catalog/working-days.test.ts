import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  RU_HOLIDAYS_2026,
  addWorkingDays,
  isWorkingDay,
  ruHolidays,
  statutoryHolidays,
} from './working-days.ts';
import { isIsoDate } from '../dates/calendar.ts';

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays', () => {
    // Friday 2026-02-13 + 1 → Monday 2026-02-16.
    expect(addWorkingDays('2026-02-13', 1, [])).toBe('2026-02-16');
    // Saturday + 1 → Monday; Wednesday + 5 → next Wednesday.
    expect(addWorkingDays('2026-02-14', 1, [])).toBe('2026-02-16');
    expect(addWorkingDays('2026-02-11', 5, [])).toBe('2026-02-18');
  });

  it('skips the 2026 holidays by default', () => {
    // New Year holidays: the first working day of 2026 is Monday 12 January.
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-12');
    // Friday 20 February + 1 → Tuesday 24 February (23 February is a holiday).
    expect(addWorkingDays('2026-02-20', 1)).toBe('2026-02-24');
    // 30 April (Thu) + 1 → Monday 4 May; 8 May (Fri) + 1 → Tuesday 12 May.
    expect(addWorkingDays('2026-04-30', 1)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-08', 1)).toBe('2026-05-12');
    // A custom list replaces the calendar: 30 December + 1 is then the 31st.
    expect(addWorkingDays('2026-12-30', 1, [])).toBe('2026-12-31');
  });

  it('goes on into 2027 with the Labour Code’s holidays, not as if January were working', () => {
    // 31 December 2026 (decree), then 1–8 January 2027: the first working day is 11 January.
    expect(addWorkingDays('2026-12-30', 1)).toBe('2027-01-11');
    // 30 working days from 1 December 2026 (a kindergarten answer) lands after the holidays.
    expect(addWorkingDays('2026-12-01', 30)).toBe('2027-01-21');
    // 1 May 2027 is a Saturday and 9 May a Sunday: the days off move to 3 and 10 May.
    expect(addWorkingDays('2027-04-30', 1)).toBe('2027-05-04');
    expect(addWorkingDays('2027-05-07', 1)).toBe('2027-05-11');
    // 12 June 2027 is a Saturday: Monday 14 June is off.
    expect(addWorkingDays('2027-06-11', 1)).toBe('2027-06-15');
  });

  it('derives a year’s holidays from the Labour Code where no decree is known', () => {
    expect(statutoryHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-02-23',
      '2027-03-08',
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
      '2027-11-04',
    ]);
    // 2026 by the rules alone is the published calendar without the decree's two transfers.
    expect(statutoryHolidays(2026)).toEqual(
      RU_HOLIDAYS_2026.filter((day) => day !== '2026-01-09' && day !== '2026-12-31'),
    );
    expect(ruHolidays(2026)).toBe(RU_HOLIDAYS_2026);
  });

  it('moves a weekend holiday past another holiday to the next working day', () => {
    // 2028: 8 March is a Wednesday; 2037: 1 May is a Friday, 9 May a Saturday → Monday 11 May.
    expect(statutoryHolidays(2037)).toContain('2037-05-11');
    // Every statutory holiday is a weekday, once, in its year (property over a century).
    for (let year = 2000; year < 2100; year += 1) {
      const days = statutoryHolidays(year);
      expect(new Set(days).size).toBe(days.length);
      for (const day of days) {
        expect(day.startsWith(`${year}-`)).toBe(true);
        expect(isWorkingDay(day, [])).toBe(true);
      }
    }
  });

  it('takes a custom holiday list and n = 0', () => {
    expect(addWorkingDays('2026-02-11', 1, ['2026-02-12'])).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
  });

  it('rejects bad input', () => {
    expect(() => addWorkingDays('14.02.2026', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-14', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-14', 1.5)).toThrow(RangeError);
  });

  it('lists only real weekdays of 2026', () => {
    for (const d of RU_HOLIDAYS_2026) {
      expect(isIsoDate(d)).toBe(true);
      expect(d.startsWith('2026-')).toBe(true);
      expect(isWorkingDay(d, [])).toBe(true);
      expect(isWorkingDay(d)).toBe(false);
    }
  });

  it('lands on a working day strictly later and grows with n (property)', () => {
    const day = fc
      .integer({ min: 0, max: 2 * 366 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const r = addWorkingDays(d, n);
        expect(r > d).toBe(true);
        expect(isWorkingDay(r)).toBe(true);
        expect(addWorkingDays(d, n + 1) > r).toBe(true);
        expect(addWorkingDays(addWorkingDays(d, n), 1)).toBe(addWorkingDays(d, n + 1));
      }),
    );
  });
});
