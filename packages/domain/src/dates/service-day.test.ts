import { describe, expect, it } from 'vitest';
import { serviceDay, serviceToday } from './service-day.ts';

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

describe('serviceToday', () => {
  it('is Moscow’s day: at 23:30 UTC it is already tomorrow there', () => {
    expect(serviceToday(new Date('2026-11-24T23:30:00.000Z'))).toBe('2026-11-25');
  });

  it('stays today until 21:00 UTC (midnight in Moscow)', () => {
    expect(serviceToday(new Date('2026-11-24T20:59:59.999Z'))).toBe('2026-11-24');
    expect(serviceToday(new Date('2026-11-24T21:00:00.000Z'))).toBe('2026-11-25');
  });

  it('turns the year at 21:00 UTC on 31 December', () => {
    expect(serviceToday(new Date('2026-12-31T21:00:00.000Z'))).toBe('2027-01-01');
  });
});
