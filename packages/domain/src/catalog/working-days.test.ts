import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { RU_HOLIDAYS_2026, addWorkingDays, isWorkingDay } from './working-days.ts';
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
    // 30 December + 1 skips the 31st; 2027 holidays are not in the default list — pass them.
    expect(addWorkingDays('2026-12-30', 1)).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-30', 1, [...RU_HOLIDAYS_2026, '2027-01-01'])).toBe('2027-01-04');
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
