import { describe, it, expect } from 'vitest';
import { MAX_STATUS_HISTORY, StatusHistoryEntry, statusHistoryField, withStatus } from './index.ts';

describe('StatusHistoryEntry', () => {
  it('accepts an entry with an ISO time and an actor', () => {
    const entry = { status: 'submitted', at: '2025-03-01T10:00:00.000Z', by: 'client' };
    expect(StatusHistoryEntry.parse(entry)).toEqual(entry);
  });

  it('refuses a local date and an unknown actor', () => {
    expect(
      StatusHistoryEntry.safeParse({ status: 'x', at: '01.03.2025', by: 'client' }).success,
    ).toBe(false);
    expect(
      StatusHistoryEntry.safeParse({ status: 'x', at: '2025-03-01T10:00:00Z', by: 'admin' })
        .success,
    ).toBe(false);
  });
});

describe('withStatus', () => {
  const line = (i: number): StatusHistoryEntry => ({
    status: i % 2 ? 'submitted' : 'verified',
    at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    by: 'server',
  });

  it('adds the new line at the end', () => {
    expect(withStatus([line(1)], line(2))).toEqual([line(1), line(2)]);
    expect(withStatus(undefined, line(1))).toEqual([line(1)]);
  });

  it('drops the oldest line past the bound, so a long-lived record still parses', () => {
    const full = Array.from({ length: MAX_STATUS_HISTORY }, (_, i) => line(i));
    const next = withStatus(full, line(MAX_STATUS_HISTORY));
    expect(next).toHaveLength(MAX_STATUS_HISTORY);
    expect(next[0]).toEqual(line(1));
    expect(next.at(-1)).toEqual(line(MAX_STATUS_HISTORY));
    expect(statusHistoryField.safeParse(next).success).toBe(true);
    expect(statusHistoryField.safeParse([...full, line(MAX_STATUS_HISTORY)]).success).toBe(false);
  });
});
