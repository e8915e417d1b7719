import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answersSchema, conditionHolds, visibleFieldIds } from './answers.ts';
import {
  CHILD_BENEFIT,
  KINDERGARTEN_ENROLMENT,
  POLYCLINIC_ATTACHMENT,
  SCHOOL_ENROLMENT,
  SERVICE_CATALOG,
} from './catalog.ts';
import type { Service } from './service.ts';
import { SAMPLE_ANSWERS } from './sample-answers.ts';
import { validate } from '../validate.ts';

const TODAY = '2026-03-02';
const deps = { today: () => TODAY };

const errorsOf = (service: Service, input: unknown) => {
  const r = validate(answersSchema(service, deps), input);
  return r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};
const parse = (service: Service, input: unknown) => answersSchema(service, deps).parse(input);

const kindergarten = {
  municipality: 'mo-45',
  preferredKindergartens: ['ds-12', 'ds-7', 'ds-31'],
  startDate: '01.09.2026',
  groupType: 'general',
};
const school = {
  municipality: 'ramenskoye',
  school: 'sch-1',
  grade: '1',
  startDate: '01.09.2026',
  omsPolicy: '1234 5678 9012 3456',
};
const benefit = {
  familyMembers: [
    { fullName: ' Иванова  Анна Петровна ', relation: 'mother', birthDate: '12.04.1990' },
    { fullName: 'Иванов Пётр', relation: 'sibling', birthDate: '2015-06-01' },
  ],
  income12Months: '1 250 000,5',
  bik: '044525225',
  bankAccount: '40817 810 8 3812 3456789',
};
const polyclinic = { clinic: 'gp-3', omsPolicy: '1234 5678 9012 3456' };

describe('kindergarten enrolment form', () => {
  it('accepts a valid answer set and normalises it', () => {
    expect(parse(KINDERGARTEN_ENROLMENT, kindergarten)).toEqual({
      ...kindergarten,
      startDate: '2026-09-01',
    });
  });

  it('keeps the order of preferences and allows fewer than three', () => {
    const a = { ...kindergarten, preferredKindergartens: ['ds-31', 'ds-12'] };
    expect(parse(KINDERGARTEN_ENROLMENT, a).preferredKindergartens).toEqual(['ds-31', 'ds-12']);
  });

  it('rejects a fourth preference on that field, and repeats', () => {
    const four = { ...kindergarten, preferredKindergartens: ['a', 'b', 'c', 'd'] };
    expect(errorsOf(KINDERGARTEN_ENROLMENT, four)).toEqual([
      'preferredKindergartens:too-many-items',
    ]);
    const r = validate(answersSchema(KINDERGARTEN_ENROLMENT, deps), four);
    expect(r.success ? '' : r.errors[0]?.message).toBe(
      'Желаемые детские сады: не больше 3 — уберите лишние',
    );
    const twice = { ...kindergarten, preferredKindergartens: ['a', 'a'] };
    expect(errorsOf(KINDERGARTEN_ENROLMENT, twice)).toEqual([
      'preferredKindergartens:duplicate-choice',
    ]);
  });

  it('names every missing required field', () => {
    expect(errorsOf(KINDERGARTEN_ENROLMENT, {})).toEqual([
      'municipality:required',
      'preferredKindergartens:required',
      'startDate:required',
      'groupType:required',
    ]);
    expect(
      errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, preferredKindergartens: [] }),
    ).toEqual(['preferredKindergartens:required']);
  });

  it('rejects an option not in the list and a start date in the past', () => {
    expect(errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, groupType: 'vip' })).toEqual([
      'groupType:invalid-value',
    ]);
    expect(errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, startDate: '01.03.2026' })).toEqual([
      'startDate:date-in-past',
    ]);
    expect(errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, startDate: '31.09.2026' })).toEqual([
      'startDate:date-not-real',
    ]);
  });

  it('skips the clock checks when no clock is given', () => {
    const r = answersSchema(KINDERGARTEN_ENROLMENT).safeParse({
      ...kindergarten,
      startDate: '01.03.2020',
    });
    expect(r.success).toBe(true);
  });

  it('asks for the benefit category only when there is a benefit', () => {
    expect(errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, hasBenefit: false })).toEqual([]);
    expect(errorsOf(KINDERGARTEN_ENROLMENT, { ...kindergarten, hasBenefit: true })).toEqual([
      'benefitCategory:required',
    ]);
    const withCategory = { ...kindergarten, hasBenefit: true, benefitCategory: 'large-family' };
    expect(parse(KINDERGARTEN_ENROLMENT, withCategory).benefitCategory).toBe('large-family');
    // A hidden field is dropped, even when its stale value is invalid.
    const hidden = { ...kindergarten, hasBenefit: false, benefitCategory: 'nonsense' };
    expect(parse(KINDERGARTEN_ENROLMENT, hidden)).not.toHaveProperty('benefitCategory');
    expect(visibleFieldIds(KINDERGARTEN_ENROLMENT.form, hidden)).not.toContain('benefitCategory');
    expect(visibleFieldIds(KINDERGARTEN_ENROLMENT.form, withCategory)).toContain('benefitCategory');
  });

  it('drops keys that are not in the form', () => {
    expect(parse(KINDERGARTEN_ENROLMENT, { ...kindergarten, extra: 1 })).not.toHaveProperty(
      'extra',
    );
  });
});

describe('school enrolment form', () => {
  it('accepts a valid answer set, grade as typed text or a number', () => {
    expect(parse(SCHOOL_ENROLMENT, school)).toEqual({
      municipality: 'ramenskoye',
      school: 'sch-1',
      grade: 1,
      startDate: '2026-09-01',
      omsPolicy: '1234567890123456',
    });
    expect(parse(SCHOOL_ENROLMENT, { ...school, grade: 11 }).grade).toBe(11);
  });

  it('rejects grades outside 1–11 and fractions', () => {
    expect(errorsOf(SCHOOL_ENROLMENT, { ...school, grade: '12' })).toEqual([
      'grade:number-too-large',
    ]);
    expect(errorsOf(SCHOOL_ENROLMENT, { ...school, grade: 0 })).toEqual(['grade:number-too-small']);
    expect(errorsOf(SCHOOL_ENROLMENT, { ...school, grade: '2,5' })).toEqual([
      'grade:number-not-integer',
    ]);
    expect(errorsOf(SCHOOL_ENROLMENT, { ...school, grade: 'пятый' })).toEqual([
      'grade:number-format',
    ]);
  });
});

describe('child benefit form', () => {
  it('accepts a valid answer set and normalises it', () => {
    expect(parse(CHILD_BENEFIT, benefit)).toEqual({
      familyMembers: [
        { fullName: 'Иванова Анна Петровна', relation: 'mother', birthDate: '1990-04-12' },
        { fullName: 'Иванов Пётр', relation: 'sibling', birthDate: '2015-06-01' },
      ],
      income12Months: '1250000.50',
      bik: '044525225',
      bankAccount: '40817810838123456789',
    });
  });

  it('puts a wrong account key on the account field', () => {
    const wrong = { ...benefit, bankAccount: '40817810938123456789' };
    expect(errorsOf(CHILD_BENEFIT, wrong)).toEqual(['bankAccount:bank-account-key']);
    const r = validate(answersSchema(CHILD_BENEFIT, deps), wrong);
    expect(r.success ? '' : r.errors[0]?.message).toMatch(/^Номер счёта: счёт не подходит/);
  });

  it('checks the key even when other fields still have errors', () => {
    const wrong = { ...benefit, bankAccount: '40817810938123456789', income12Months: 'много' };
    expect(errorsOf(CHILD_BENEFIT, wrong)).toEqual([
      'income12Months:money-format',
      'bankAccount:bank-account-key',
    ]);
  });

  it('reports the BIK and account formats on their own fields', () => {
    expect(errorsOf(CHILD_BENEFIT, { ...benefit, bik: '12345', bankAccount: '123' })).toEqual([
      'bik:bik-format',
      'bankAccount:bank-account-format',
    ]);
  });

  it('names the family member and field with a problem', () => {
    const members = [
      benefit.familyMembers[0],
      { fullName: '', relation: 'cousin', birthDate: '01.01.2030' },
    ];
    // Missing fields come from the form-level rule, so after the per-field problems.
    expect(errorsOf(CHILD_BENEFIT, { ...benefit, familyMembers: members }).sort()).toEqual([
      'familyMembers.1.birthDate:date-in-future',
      'familyMembers.1.fullName:required',
      'familyMembers.1.relation:invalid-value',
    ]);
    expect(errorsOf(CHILD_BENEFIT, { ...benefit, familyMembers: [] })).toEqual([
      'familyMembers:required',
    ]);
    const many = Array.from({ length: 16 }, () => benefit.familyMembers[0]);
    expect(errorsOf(CHILD_BENEFIT, { ...benefit, familyMembers: many })).toEqual([
      'familyMembers:too-many-items',
    ]);
  });

  it('reads money in the usual ways and refuses the rest', () => {
    const money = (v: unknown) => parse(CHILD_BENEFIT, { ...benefit, income12Months: v });
    expect(money('480000').income12Months).toBe('480000.00');
    expect(money('480 000,00 ₽').income12Months).toBe('480000.00');
    expect(money(480000.5).income12Months).toBe('480000.50');
    expect(money('0').income12Months).toBe('0.00');
    for (const bad of ['-5', '1,234', '12.345', '1e5', 'сто']) {
      expect(errorsOf(CHILD_BENEFIT, { ...benefit, income12Months: bad })).toEqual([
        'income12Months:money-format',
      ]);
    }
  });
});

describe('polyclinic attachment form', () => {
  it('accepts a valid answer set', () => {
    expect(parse(POLYCLINIC_ATTACHMENT, polyclinic)).toEqual({
      clinic: 'gp-3',
      omsPolicy: '1234567890123456',
    });
  });

  it('rejects a 15-digit policy on the policy field', () => {
    expect(
      errorsOf(POLYCLINIC_ATTACHMENT, { ...polyclinic, omsPolicy: '123456789012345' }),
    ).toEqual(['omsPolicy:oms-format']);
  });
});

const VALID: Record<string, unknown> = {
  ...SAMPLE_ANSWERS,
  'kindergarten-enrolment': kindergarten,
  'school-enrolment': school,
  'child-benefit': benefit,
  'polyclinic-attachment': polyclinic,
};

describe('answersSchema on any input', () => {
  it('has a valid answer set for every catalog entry', () => {
    for (const s of SERVICE_CATALOG) expect(errorsOf(s, VALID[s.id]), s.id).toEqual([]);
  });

  it('never throws and reports only coded issues (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERVICE_CATALOG), fc.anything(), (s, input) => {
        const r = validate(answersSchema(s, deps), input);
        if (!r.success) for (const e of r.errors) expect(e.message).not.toBe('');
      }),
    );
  });

  it('puts problems from a replaced answer on that field or on fields that depend on it (property)', () => {
    const dependents = (s: Service, key: string) =>
      s.form
        .filter(
          (f) => f.visibleWhen?.field === key || (f.kind === 'bank-account' && f.bikField === key),
        )
        .map((f) => f.id);
    fc.assert(
      fc.property(fc.constantFrom(...SERVICE_CATALOG), fc.nat(), fc.anything(), (s, i, junk) => {
        const valid = VALID[s.id] as Record<string, unknown>;
        const key = s.form[i % s.form.length]?.id ?? '';
        const allowed = [key, ...dependents(s, key)];
        const r = validate(answersSchema(s, deps), { ...valid, [key]: junk });
        if (r.success) return;
        for (const e of r.errors) {
          expect(allowed.some((a) => e.field === a || e.field.startsWith(`${a}.`))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: parsed answers parse to themselves', () => {
    for (const s of SERVICE_CATALOG) {
      const once = parse(s, VALID[s.id]);
      expect(parse(s, once)).toEqual(once);
    }
  });
});

describe('conditions', () => {
  it('compare normalised values, so a typed grade counts', () => {
    const cond = { field: 'grade', oneOf: [10, 11] } as const;
    expect(conditionHolds(cond, SCHOOL_ENROLMENT.form, { grade: '10' })).toBe(true);
    expect(conditionHolds(cond, SCHOOL_ENROLMENT.form, { grade: 11 })).toBe(true);
    expect(conditionHolds(cond, SCHOOL_ENROLMENT.form, { grade: '9' })).toBe(false);
    expect(conditionHolds(cond, SCHOOL_ENROLMENT.form, { grade: 'x' })).toBe(false);
    expect(conditionHolds(cond, SCHOOL_ENROLMENT.form, null)).toBe(false);
    expect(conditionHolds({ field: 'nope', equals: 1 }, SCHOOL_ENROLMENT.form, {})).toBe(false);
  });
});
