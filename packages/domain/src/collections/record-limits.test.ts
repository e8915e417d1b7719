import { describe, expect, it } from 'vitest';
import { countsAgainstLimit, FAMILY_RECORD_LIMITS, isLimitedCollection } from './record-limits.ts';

describe('family record limits', () => {
  it('limit what a device creates, not what the server writes', () => {
    expect(isLimitedCollection('children')).toBe(true);
    expect(isLimitedCollection('applications')).toBe(true);
    expect(isLimitedCollection('notifications')).toBe(false);
    expect(isLimitedCollection('members')).toBe(false);
  });

  it('count a live card, not a tombstone nor one in «Недавно удалённые»', () => {
    expect(countsAgainstLimit('children', { deletedAt: null }, false)).toBe(true);
    expect(countsAgainstLimit('children', { deletedAt: '2026-12-01T10:00:00Z' }, false)).toBe(
      false,
    );
    expect(countsAgainstLimit('children', {}, true)).toBe(false);
  });

  it('count application drafts only: a sent application is history', () => {
    expect(countsAgainstLimit('applications', { status: 'draft', deletedAt: null }, false)).toBe(
      true,
    );
    expect(countsAgainstLimit('applications', { status: 'submitted' }, false)).toBe(false);
    expect(countsAgainstLimit('applications', { status: 'approved' }, false)).toBe(false);
  });

  it('are far above what a family keeps', () => {
    expect(FAMILY_RECORD_LIMITS.children).toBeGreaterThanOrEqual(20);
    expect(FAMILY_RECORD_LIMITS.applications).toBeGreaterThan(20); // a day's sends fit as drafts
  });
});
