import { describe, it, expect } from 'vitest';
import { StatusHistoryEntry } from './index.ts';

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
