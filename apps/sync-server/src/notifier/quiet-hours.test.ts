import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from './quiet-hours.ts';

describe('quiet hours in Moscow time', () => {
  const night = { from: 22, to: 8 };

  it('holds a message sent at 23:30 in Moscow until 08:00 there', () => {
    // 20:30 UTC is 23:30 in Moscow.
    expect(quietHoursEnd(new Date('2026-12-07T20:30:00Z'), night)?.toISOString()).toBe(
      '2026-12-08T05:00:00.000Z',
    );
  });

  it('holds one sent at 03:00 in Moscow until 08:00 the same morning', () => {
    expect(quietHoursEnd(new Date('2026-12-07T00:00:00Z'), night)?.toISOString()).toBe(
      '2026-12-07T05:00:00.000Z',
    );
  });

  it('lets one through in the day, at the hour the quiet ends, or with no quiet hours', () => {
    expect(quietHoursEnd(new Date('2026-12-07T09:00:00Z'), night)).toBeNull();
    expect(quietHoursEnd(new Date('2026-12-07T05:00:00Z'), night)).toBeNull();
    expect(quietHoursEnd(new Date('2026-12-07T20:30:00Z'), null)).toBeNull();
    expect(quietHoursEnd(new Date('2026-12-07T20:30:00Z'), { from: 5, to: 5 })).toBeNull();
  });

  it('knows a window within one day', () => {
    const lunch = { from: 13, to: 15 };
    expect(quietHoursEnd(new Date('2026-12-07T10:10:00Z'), lunch)?.toISOString()).toBe(
      '2026-12-07T12:00:00.000Z',
    );
    expect(quietHoursEnd(new Date('2026-12-07T12:00:00Z'), lunch)).toBeNull();
  });
});
