import { isSchoolAge, serviceToday, type DiaryGrade, type DiaryHomework } from '@rodnik/domain';
import type { DiaryAnswer, DiaryPupil, SchoolDiary } from './school-diary.ts';

const SUBJECTS = ['Русский язык', 'Математика', 'Литература', 'Окружающий мир', 'Английский язык'];
const TASKS = [
  'Упражнение 112, выучить правило',
  '№ 245, 247 (письменно)',
  'Прочитать главу 3, ответить на вопросы',
  'Подготовить сообщение, 1 страница',
  'Выучить слова урока 7',
];

/** A small deterministic hash of the certificate, so each pupil gets their own marks. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A school registry without a school: a child of school age (6 to 17 on
 * Moscow's today) has a diary, the same marks for the same certificate and
 * day — grades on the last ten days, homework for the next three.
 */
export function fixtureSchoolDiary(): SchoolDiary {
  return {
    read(pupil: DiaryPupil, now: Date): Promise<DiaryAnswer> {
      const today = serviceToday(now);
      if (!isSchoolAge(pupil.birthDate, today)) return Promise.resolve({ kind: 'not-a-pupil' });
      const seed = seedOf(`${pupil.certificate}|${today}`);
      const grades: DiaryGrade[] = [];
      for (let day = 1; day <= 10; day += 1) {
        const subject = SUBJECTS[(seed + day) % SUBJECTS.length]!;
        const value = 3 + ((seed >>> day) % 3);
        grades.push({ subject, value, date: addDays(today, -day) });
      }
      const homework: DiaryHomework[] = [];
      for (let day = 1; day <= 3; day += 1) {
        const index = (seed + day * 7) % SUBJECTS.length;
        homework.push({
          date: addDays(today, day),
          subject: SUBJECTS[index]!,
          text: TASKS[index]!,
        });
      }
      return Promise.resolve({ kind: 'found', grades, homework });
    },
  };
}
