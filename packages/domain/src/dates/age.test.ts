import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { accountKindFor, ageOn, isMinor } from './age.ts';
import { toIsoDate } from './calendar.ts';

describe('ageOn', () => {
  it('counts full years, turning older on the birthday itself', () => {
    expect(ageOn('2010-05-20', '2024-05-19')).toBe(13);
    expect(ageOn('2010-05-20', '2024-05-20')).toBe(14);
    expect(ageOn('2010-05-20', '2024-12-31')).toBe(14);
  });

  it('lets a 29 February birthday count on 28 February in common years', () => {
    expect(ageOn('2012-02-29', '2026-02-27')).toBe(13);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(14);
    expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
  });

  it('is negative before the birth and rejects non-ISO input', () => {
    expect(ageOn('2020-01-02', '2020-01-01')).toBe(-1);
    expect(() => ageOn('01.01.2020', '2020-01-01')).toThrow(RangeError);
  });

  it('never decreases as time passes (property)', () => {
    const day = fc
      .integer({ min: 0, max: 200 * 366 })
      .map((n) => new Date(Date.UTC(1900, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (b, x, y) => {
        const [a1, a2] = x <= y ? [x, y] : [y, x];
        expect(ageOn(b, a1)).toBeLessThanOrEqual(ageOn(b, a2));
      }),
    );
  });
});

describe('account kind and minority', () => {
  it('gives a simplified account under 14 and a standard one from 14', () => {
    expect(accountKindFor('2010-05-20', '2024-05-19')).toBe('simplified');
    expect(accountKindFor('2010-05-20', '2024-05-20')).toBe('standard');
  });

  it('treats under 18 as a minor', () => {
    expect(isMinor('2006-05-20', '2024-05-19')).toBe(true);
    expect(isMinor('2006-05-20', '2024-05-20')).toBe(false);
  });

  it('agrees with the year difference away from the birthday', () => {
    expect(ageOn(toIsoDate({ year: 2000, month: 1, day: 1 }), '2018-01-01')).toBe(18);
  });
});
