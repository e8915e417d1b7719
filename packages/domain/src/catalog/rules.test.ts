import { describe, it, expect } from 'vitest';
import { eligibility, requiredDocumentsFor } from './rules.ts';
import {
  CHILD_BENEFIT,
  KINDERGARTEN_ENROLMENT,
  POLYCLINIC_ATTACHMENT,
  SCHOOL_ENROLMENT,
} from './catalog.ts';
import { apiError } from '../errors/api-error.ts';

describe('requiredDocumentsFor', () => {
  it('lists the documents of each service', () => {
    expect(requiredDocumentsFor(KINDERGARTEN_ENROLMENT, {})).toEqual([
      'birth-certificate',
      'proof-of-address',
      'oms-policy',
      'medical-record',
    ]);
    expect(requiredDocumentsFor(CHILD_BENEFIT, {})).toEqual(['income-statement']);
    expect(requiredDocumentsFor(POLYCLINIC_ATTACHMENT, {})).toEqual([
      'birth-certificate',
      'parent-passport',
      'oms-policy',
    ]);
  });

  it('asks for the school certificate for grades 10 and 11 only', () => {
    const base = ['birth-certificate', 'proof-of-address', 'oms-policy'];
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, { grade: 1 })).toEqual(base);
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, { grade: '9' })).toEqual(base);
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, { grade: '10' })).toEqual([
      ...base,
      'school-certificate',
    ]);
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, { grade: 11 })).toEqual([
      ...base,
      'school-certificate',
    ]);
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, 'garbage')).toEqual(base);
  });
});

describe('eligibility', () => {
  const today = '2026-03-02';

  it('allows a child of the right age with a confirmed account', () => {
    expect(
      eligibility(KINDERGARTEN_ENROLMENT, {
        childBirthDate: '2023-05-01',
        today,
        accountConfirmed: true,
      }),
    ).toEqual([]);
  });

  it('gives every reason, with the age bound for the message', () => {
    const reasons = eligibility(KINDERGARTEN_ENROLMENT, {
      childBirthDate: '2016-01-01',
      today,
      accountConfirmed: false,
    });
    expect(reasons).toEqual([
      { code: 'service-child-too-old', params: { max: 7 } },
      { code: 'account-not-confirmed', params: {} },
    ]);
    const first = reasons[0];
    if (first === undefined) throw new Error('no reason');
    expect(apiError(first.code, first.params).error.message).toBe(
      'Услуга доступна для детей не старше 7 лет — ребёнок уже старше.',
    );
  });

  it('counts full years, both bounds inclusive', () => {
    const school = (childBirthDate: string) =>
      eligibility(SCHOOL_ENROLMENT, { childBirthDate, today, accountConfirmed: true }).map(
        (r) => r.code,
      );
    expect(school('2020-03-02')).toEqual([]); // 6 today
    expect(school('2020-03-03')).toEqual(['service-child-too-young']);
    expect(school('2008-03-03')).toEqual([]); // 17
    expect(school('2008-03-02')).toEqual(['service-child-too-old']); // 18 today
  });
});
