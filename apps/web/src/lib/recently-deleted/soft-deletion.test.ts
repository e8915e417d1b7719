import { describe, expect, it } from 'vitest';
import { byLatestDeletion, daysLeft, isDeleted } from './soft-deletion.ts';

describe('soft deletion on the device', () => {
  it('counts the whole days left of the 30, down to 0 when they are over', () => {
    const deletedAt = '2026-11-24T09:00:00.000Z';
    expect(daysLeft(deletedAt, new Date('2026-11-24T09:00:00.000Z'))).toBe(30);
    expect(daysLeft(deletedAt, new Date('2026-11-27T10:00:00.000Z'))).toBe(27);
    expect(daysLeft(deletedAt, new Date('2026-12-24T08:00:00.000Z'))).toBe(1);
    expect(daysLeft(deletedAt, new Date('2026-12-24T09:00:00.000Z'))).toBe(0);
    expect(daysLeft(deletedAt, new Date('2027-01-24T09:00:00.000Z'))).toBe(0);
  });

  it('knows a deleted record by deletedAt and lists the latest deletion first', () => {
    expect(isDeleted({ deletedAt: null })).toBe(false);
    expect(isDeleted({})).toBe(false);
    expect(isDeleted({ deletedAt: '2026-11-24T09:00:00.000Z' })).toBe(true);
    const older = { deletedAt: '2026-11-20T09:00:00.000Z' };
    const newer = { deletedAt: '2026-11-24T09:00:00.000Z' };
    expect([older, newer].sort(byLatestDeletion)).toEqual([newer, older]);
  });
});
