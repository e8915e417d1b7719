import { describe, expect, it } from 'vitest';
import { boundedDiary, DIARY_LIMITS, diaryCollection, isSchoolAge } from './diary.ts';

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

  it('keeps the newest grades and the soonest homework of a registry answer past the bounds', () => {
    const day = (i: number) =>
      new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString().slice(0, 10);
    const grades = Array.from({ length: 700 }, (_, i) => ({
      subject: 'Чтение',
      value: 5,
      date: day(i),
    }));
    const homework = Array.from({ length: 260 }, (_, i) => ({
      subject: 'Чтение',
      text: 'с. 5',
      date: day(259 - i),
    }));
    const kept = boundedDiary({ grades, homework });
    expect(kept.grades).toHaveLength(DIARY_LIMITS.grades);
    expect(kept.grades[0]?.date).toBe(day(299));
    expect(kept.homework).toHaveLength(DIARY_LIMITS.homework);
    expect(kept.homework[0]?.date).toBe(day(0));
    expect(diaryCollection.server.safeParse({ ...kept, status: 'ready' }).success).toBe(true);
  });
});
