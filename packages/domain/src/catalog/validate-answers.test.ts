import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answerFieldLabel, validateAnswers } from './validate-answers.ts';
import {
  CHILD_BENEFIT,
  KINDERGARTEN_ENROLMENT,
  SCHOOL_ENROLMENT,
  SERVICE_CATALOG,
} from './catalog.ts';
import { answersSchema } from './answers.ts';
import { validate } from '../validate.ts';

const deps = { today: () => '2026-03-02' };

describe('answerFieldLabel', () => {
  it('uses the labels of the service, items of groups included', () => {
    expect(answerFieldLabel(SCHOOL_ENROLMENT, 'startDate', 'ru')).toBe('Дата начала обучения');
    expect(answerFieldLabel(KINDERGARTEN_ENROLMENT, 'startDate', 'en')).toBe('Wished start date');
    expect(answerFieldLabel(CHILD_BENEFIT, 'familyMembers.1.birthDate', 'ru')).toBe(
      'Член семьи 2 — Дата рождения',
    );
    expect(answerFieldLabel(CHILD_BENEFIT, 'familyMembers.0', 'en')).toBe('Family member 1');
    expect(answerFieldLabel(CHILD_BENEFIT, 'nope.1', 'en')).toBe('nope.1');
    expect(answerFieldLabel(CHILD_BENEFIT, '', 'en')).toBe('');
  });
});

describe('validateAnswers', () => {
  it('words nested problems with the item and field', () => {
    const r = validateAnswers(
      CHILD_BENEFIT,
      {
        familyMembers: [{ fullName: 'Иванова Анна', relation: 'mother', birthDate: '01.01.2030' }],
      },
      deps,
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    const e = r.errors.find((x) => x.field === 'familyMembers.0.birthDate');
    expect(e?.message).toBe('Член семьи 1 — Дата рождения: дата ещё не наступила — проверьте год');
    expect(e?.messageEn).toBe(
      'Family member 1 — Date of birth: the date is in the future — check the year',
    );
  });

  it('keeps parameters in the message', () => {
    const r = validateAnswers(SCHOOL_ENROLMENT, {
      municipality: 'kolomna',
      school: 's',
      grade: 12,
      startDate: '01.09.2026',
      omsPolicy: '1234567890123456',
    });
    expect(r.success ? [] : r.errors.map((e) => e.message)).toEqual(['Класс: не больше 11']);
  });

  it('agrees with validate() on fields and codes (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERVICE_CATALOG), fc.anything(), (s, input) => {
        const a = validateAnswers(s, input, deps);
        const b = validate(answersSchema(s, deps), input);
        const key = (r: typeof a) => (r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`));
        expect(key(a)).toEqual(key(b));
      }),
    );
  });
});
