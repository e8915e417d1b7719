import { z } from 'zod';
import { ageOn } from '../dates/age.ts';
import { defineCollection } from './collection-def.ts';
import { IsoDateTime } from './shared-fields.ts';

/** A school-day date, ISO `YYYY-MM-DD`. */
const SchoolDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DiaryGrade = z.object({
  subject: z.string().min(1).max(80),
  /** The Russian five-point scale. */
  value: z.number().int().min(1).max(5),
  date: SchoolDate,
});
export type DiaryGrade = z.infer<typeof DiaryGrade>;

export const DiaryHomework = z.object({
  /** The day it is due. */
  date: SchoolDate,
  subject: z.string().min(1).max(80),
  text: z.string().min(1).max(500),
});
export type DiaryHomework = z.infer<typeof DiaryHomework>;

/**
 * Where a child's diary stands: `waiting` (consent given, the school not yet
 * asked), `ready` (grades fetched), `not-school-age`, `card-not-verified`
 * (only a verified card is looked up), `withdrawn` (consent withdrawn: nothing kept).
 */
export const DiaryStatus = z.enum([
  'none',
  'waiting',
  'ready',
  'not-school-age',
  'card-not-verified',
  'withdrawn',
]);
export type DiaryStatus = z.infer<typeof DiaryStatus>;

/** What a diary keeps: the newest grades, the nearest homework (the registry may send more). */
export const DIARY_LIMITS = { grades: 500, homework: 200 } as const;

/**
 * What the registry answered, bounded as the collection stores it: the newest
 * grades and the homework due soonest, so a long answer never breaks the write.
 */
export function boundedDiary(answer: { grades: DiaryGrade[]; homework: DiaryHomework[] }): {
  grades: DiaryGrade[];
  homework: DiaryHomework[];
} {
  const grades = [...answer.grades].sort((a, b) => b.date.localeCompare(a.date));
  const homework = [...answer.homework].sort((a, b) => a.date.localeCompare(b.date));
  return {
    grades: grades.slice(0, DIARY_LIMITS.grades),
    homework: homework.slice(0, DIARY_LIMITS.homework),
  };
}

/** Ages the school registry keeps a diary for (1st to 11th grade). */
export const SCHOOL_AGE = { from: 6, until: 18 } as const;

/** Whether a child born on `birthIso` is of school age on `todayIso`. */
export function isSchoolAge(birthIso: string, todayIso: string): boolean {
  const age = ageOn(birthIso, todayIso);
  return age >= SCHOOL_AGE.from && age < SCHOOL_AGE.until;
}

/**
 * A child's electronic diary (issue 13), one document per child, its id the
 * card's id. The family owns only the consent to share with the school's
 * diary; grades and homework are the server's, read-only on every phone.
 */
export const diaryCollection = defineCollection({
  name: 'diary',
  version: 0,
  client: z.object({
    /** The parent's consent to fetch the child's diary from the school registry. */
    consent: z.object({ given: z.boolean(), at: IsoDateTime }).nullable().default(null),
  }),
  server: z.object({
    status: DiaryStatus.default('none'),
    grades: z.array(DiaryGrade).max(DIARY_LIMITS.grades).default([]),
    homework: z.array(DiaryHomework).max(DIARY_LIMITS.homework).default([]),
    /** When the school registry was last read (server clock). */
    fetchedAt: IsoDateTime.nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: false,
  childField: 'id',
});
