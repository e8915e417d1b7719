import type { DiaryGrade, DiaryHomework, DiaryStatus } from '@rodnik/domain';

/** Grades grouped by subject (in the order of first appearance), newest first within each. */
export function gradesBySubject(
  grades: readonly DiaryGrade[],
): { subject: string; grades: DiaryGrade[] }[] {
  const groups = new Map<string, DiaryGrade[]>();
  for (const grade of grades)
    groups.set(grade.subject, [...(groups.get(grade.subject) ?? []), grade]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'ru'))
    .map(([subject, list]) => ({
      subject,
      grades: [...list].sort((a, b) => b.date.localeCompare(a.date)),
    }));
}

/** Homework grouped by the day it is due, the nearest day first. */
export function homeworkByDate(
  homework: readonly DiaryHomework[],
): { date: string; items: DiaryHomework[] }[] {
  const groups = new Map<string, DiaryHomework[]>();
  for (const item of homework) groups.set(item.date, [...(groups.get(item.date) ?? []), item]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]) => ({ date, items }));
}

/**
 * The state to show: the phone's own consent wins until the server answers
 * (consent given → waiting; taken back → not connected, then withdrawn).
 */
export function shownDiaryStatus(
  diary: { consent?: { given: boolean } | null; status?: DiaryStatus } | null | undefined,
): DiaryStatus {
  const status = diary?.status ?? 'none';
  if (diary?.consent?.given === true)
    return status === 'none' || status === 'withdrawn' ? 'waiting' : status;
  return status === 'withdrawn' ? 'withdrawn' : 'none';
}
