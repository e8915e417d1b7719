import { describe, expect, it } from 'vitest';
import { serviceDay } from './service-day.ts';

describe('serviceDay', () => {
  it('is the Moscow date: late evening UTC is already tomorrow there', () => {
    expect(serviceDay('2026-12-31T22:30:00.000Z')).toBe('2027-01-01');
    expect(serviceDay('2026-12-31T20:59:59.000Z')).toBe('2026-12-31');
    expect(serviceDay(new Date('2026-11-24T09:00:00.000Z'))).toBe('2026-11-24');
  });

  it('takes another zone when told', () => {
    expect(serviceDay('2026-12-31T22:30:00.000Z', 'UTC')).toBe('2026-12-31');
    expect(serviceDay('2026-06-30T15:30:00.000Z', 'Asia/Vladivostok')).toBe('2026-07-01');
  });

  it('refuses something that is not an instant', () => {
    expect(() => serviceDay('завтра')).toThrow(RangeError);
  });
});
