import { describe, expect, it } from 'vitest';
import { diaryCollection, isSchoolAge } from './diary.ts';

describe('diary', () => {
  it('counts a child as of school age from 6 until 18', () => {
    expect(isSchoolAge('2020-12-01', '2026-11-24')).toBe(false);
    expect(isSchoolAge('2020-11-24', '2026-11-24')).toBe(true);
    expect(isSchoolAge('2008-11-25', '2026-11-24')).toBe(true);
    expect(isSchoolAge('2008-11-24', '2026-11-24')).toBe(false);
  });

  it('lets a device write only the consent; grades are the server’s', () => {
    expect(Object.keys(diaryCollection.client.shape)).toEqual(['consent']);
    expect(diaryCollection.server.parse({})).toEqual({
      status: 'none',
      grades: [],
      homework: [],
      fetchedAt: null,
    });
    expect(
      diaryCollection.server.safeParse({
        grades: [{ subject: 'Математика', value: 6, date: '2026-11-23' }],
      }).success,
    ).toBe(false);
  });
});
