import { describe, expect, it } from 'vitest';
import { SENDS_PER_FAMILY_PER_DAY, sendQuotaExceeded, sendQuotaResetsAt } from './send-quota.ts';

describe('the daily send quota', () => {
  it('resets at the next midnight in Moscow', () => {
    expect(sendQuotaResetsAt('2026-11-24T09:00:00.000Z')).toBe('2026-11-24T21:00:00.000Z');
    // 22:30 UTC is already 25 November in Moscow.
    expect(sendQuotaResetsAt('2026-11-24T22:30:00.000Z')).toBe('2026-11-25T21:00:00.000Z');
    expect(sendQuotaResetsAt('2026-12-31T20:59:59.000Z')).toBe('2026-12-31T21:00:00.000Z');
  });

  it('lets a family send its quota, and no more', () => {
    expect(sendQuotaExceeded(SENDS_PER_FAMILY_PER_DAY - 1)).toBe(false);
    expect(sendQuotaExceeded(SENDS_PER_FAMILY_PER_DAY)).toBe(true);
  });
});
