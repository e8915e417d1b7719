import { describe, expect, it } from 'vitest';
import { gradesBySubject, homeworkByDate, shownDiaryStatus } from './diary-view.ts';

describe('diary view', () => {
  it('groups grades by subject alphabetically, newest first within a subject', () => {
    const groups = gradesBySubject([
      { subject: 'Математика', value: 4, date: '2026-11-20' },
      { subject: 'Литература', value: 5, date: '2026-11-21' },
      { subject: 'Математика', value: 5, date: '2026-11-23' },
    ]);
    expect(groups.map((g) => g.subject)).toEqual(['Литература', 'Математика']);
    expect(groups[1]!.grades.map((g) => g.value)).toEqual([5, 4]);
  });

  it('groups homework by the day it is due, the nearest first', () => {
    const days = homeworkByDate([
      { date: '2026-11-26', subject: 'Математика', text: '№ 245' },
      { date: '2026-11-25', subject: 'Русский язык', text: 'Упр. 112' },
      { date: '2026-11-26', subject: 'Литература', text: 'Глава 3' },
    ]);
    expect(days.map((d) => [d.date, d.items.length])).toEqual([
      ['2026-11-25', 1],
      ['2026-11-26', 2],
    ]);
  });

  it('shows the phone’s own consent until the server answers', () => {
    const given = { given: true, at: '2026-11-24T09:00:00.000Z' };
    expect(shownDiaryStatus(null)).toBe('none');
    expect(shownDiaryStatus({ consent: given, status: 'none' })).toBe('waiting');
    expect(shownDiaryStatus({ consent: given, status: 'withdrawn' })).toBe('waiting');
    expect(shownDiaryStatus({ consent: given, status: 'ready' })).toBe('ready');
    expect(shownDiaryStatus({ consent: { ...given, given: false }, status: 'ready' })).toBe('none');
    expect(shownDiaryStatus({ consent: { ...given, given: false }, status: 'withdrawn' })).toBe(
      'withdrawn',
    );
  });
});
