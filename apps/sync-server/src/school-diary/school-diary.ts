import type { DiaryGrade, DiaryHomework } from '@rodnik/domain';

/** What the school registry is asked with: the verified card's identifying fields. */
export interface DiaryPupil {
  childId: string;
  birthDate: string;
  /** `IV-МЮ 123456`: the registry keys pupils on the birth certificate. */
  certificate: string;
}

export type DiaryAnswer =
  | { kind: 'found'; grades: DiaryGrade[]; homework: DiaryHomework[] }
  /** The registry keeps no diary for this child (too young, or not a pupil). */
  | { kind: 'not-a-pupil' };

/**
 * The school registry's electronic diary, read-only. The fixture adapter ships
 * (`fixture-school-diary.ts`); a real registry gateway plugs in behind this method.
 */
export interface SchoolDiary {
  read(pupil: DiaryPupil, now: Date): Promise<DiaryAnswer>;
}
