import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { answersSchema } from './answers.ts';
import { CHILDCARE_ALLOWANCE, LARGE_FAMILY_STATUS, UNIFIED_BENEFIT } from './benefit-services.ts';
import { SCHOOL_ENROLMENT, SERVICE_CATALOG } from './catalog.ts';
import { mayCorrectAndResend } from './decision.ts';
import { directoryEntries, isDirectoryValue } from './directories.ts';
import {
  OMS_POLICY_CHILD,
  REGISTER_EXTRACT,
  SNILS_CHILD,
  STUDY_CERTIFICATE,
} from './document-services.ts';
import { CLUBS_AND_SECTIONS } from './leisure-services.ts';
import { paymentPlan, priceOf } from './payments.ts';
import { eligibility, requiredDocumentsFor } from './rules.ts';
import { SAMPLE_ANSWERS } from './sample-answers.ts';
import type { Service } from './service.ts';

const deps = { today: () => '2026-03-02' };
const errorsOf = (service: Service, input: unknown) => {
  const r = validate(answersSchema(service, deps), input);
  return r.success ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};
const sample = (s: Service) => SAMPLE_ANSWERS[s.id]!;
const parse = (s: Service, input: unknown) => answersSchema(s, deps).parse(input);

describe('school enrolment: district, age and the OMS policy', () => {
  it('asks for the OMS policy and its scan', () => {
    const { omsPolicy: _omitted, ...rest } = sample(SCHOOL_ENROLMENT);
    expect(errorsOf(SCHOOL_ENROLMENT, rest)).toEqual(['omsPolicy:required']);
    expect(requiredDocumentsFor(SCHOOL_ENROLMENT, sample(SCHOOL_ENROLMENT))).toContain(
      'oms-policy',
    );
  });

  it('lists the schools of the chosen district that take a child of this age', () => {
    const ids = (district: string, age?: number) =>
      directoryEntries('schools', district, age).map((e) => e.id);
    expect(ids('ramenskoye', 7)).toEqual(['school-ram-1', 'school-ram-nsh']);
    expect(ids('ramenskoye', 13)).toEqual(['school-ram-1', 'school-ram-9']);
    expect(ids('kolomna', 7)).toEqual(['school-kol-2']);
    expect(ids('kolomna')).toEqual(['school-kol-2', 'school-kol-lyc']);
    expect(isDirectoryValue('schools', 'school-ram-9', 'ramenskoye', 7)).toBe(false);
    expect(isDirectoryValue('schools', 'school-ram-1', 'kolomna', 7)).toBe(false);
  });
});

describe('OMS policy for a child', () => {
  it('asks where to collect a plastic card only', () => {
    expect(parse(OMS_POLICY_CHILD, sample(OMS_POLICY_CHILD))).toEqual({
      insurer: 'ins-sogaz',
      policyForm: 'plastic',
      municipality: 'zaraysk',
    });
    expect(errorsOf(OMS_POLICY_CHILD, { insurer: 'ins-sogaz', policyForm: 'plastic' })).toEqual([
      'municipality:required',
    ]);
    expect(parse(OMS_POLICY_CHILD, { insurer: 'ins-sogaz', policyForm: 'electronic' })).toEqual({
      insurer: 'ins-sogaz',
      policyForm: 'electronic',
    });
    expect(requiredDocumentsFor(OMS_POLICY_CHILD, {})).toEqual([
      'birth-certificate',
      'parent-passport',
    ]);
    expect(OMS_POLICY_CHILD.issuesDocument.title.ru).toBe('Выписка о полисе ОМС');
  });
});

describe('SNILS for a child', () => {
  it('needs the place of birth, citizenship and address', () => {
    expect(errorsOf(SNILS_CHILD, sample(SNILS_CHILD))).toEqual([]);
    expect(errorsOf(SNILS_CHILD, {})).toEqual([
      'birthPlace:required',
      'citizenship:required',
      'address:required',
    ]);
    expect(errorsOf(SNILS_CHILD, { ...sample(SNILS_CHILD), citizenship: 'mars' })).toEqual([
      'citizenship:invalid-value',
    ]);
  });
});

describe('certificates and extracts', () => {
  it('a certificate of study names the school, grade and purpose, and is delivered as a document', () => {
    expect(parse(STUDY_CERTIFICATE, sample(STUDY_CERTIFICATE))).toMatchObject({ grade: 3 });
    expect(errorsOf(STUDY_CERTIFICATE, { ...sample(STUDY_CERTIFICATE), grade: '12' })).toEqual([
      'grade:number-too-large',
    ]);
    expect(requiredDocumentsFor(STUDY_CERTIFICATE, {})).toEqual([]);
    expect(STUDY_CERTIFICATE.issuesDocument.title.ru).toBe('Справка об обучении');
    expect(
      eligibility(STUDY_CERTIFICATE, {
        childBirthDate: '2022-03-03',
        today: '2026-03-02',
        accountConfirmed: true,
      }).map((r) => r.code),
    ).toEqual(['service-child-too-young']);
  });

  it('an extract from the register asks only what it is for', () => {
    expect(errorsOf(REGISTER_EXTRACT, sample(REGISTER_EXTRACT))).toEqual([]);
    expect(errorsOf(REGISTER_EXTRACT, {})).toEqual(['purpose:required']);
    expect(REGISTER_EXTRACT.issuesDocument).toBeDefined();
  });
});

describe('clubs and sections', () => {
  it('shows the price of a paid group and charges it on approval', () => {
    const answers = parse(CLUBS_AND_SECTIONS, sample(CLUBS_AND_SECTIONS));
    expect(priceOf(CLUBS_AND_SECTIONS, answers)).toBe(1500);
    expect(paymentPlan(CLUBS_AND_SECTIONS, answers)).toEqual({ kind: 'charge', priceRub: 1500 });
    expect(paymentPlan(CLUBS_AND_SECTIONS, { ...answers, groupFormat: 'free' })).toEqual({
      kind: 'none',
    });
  });

  it('names the group choice when a paid group is asked of a club that has none', () => {
    const answers = { ...sample(CLUBS_AND_SECTIONS), club: 'club-ram-robot' };
    expect(paymentPlan(CLUBS_AND_SECTIONS, parse(CLUBS_AND_SECTIONS, answers))).toEqual({
      kind: 'no-price',
      field: 'groupFormat',
    });
  });

  it('asks a doctor’s note for a sports section only', () => {
    expect(requiredDocumentsFor(CLUBS_AND_SECTIONS, { club: 'club-ram-swim' })).toEqual([
      'birth-certificate',
      'medical-record',
    ]);
    expect(requiredDocumentsFor(CLUBS_AND_SECTIONS, { club: 'club-ram-chess' })).toEqual([
      'birth-certificate',
    ]);
  });

  it('offers only the clubs that take a child of this age', () => {
    expect(directoryEntries('clubs', 'ramenskoye', 6).map((e) => e.id)).toEqual([
      'club-ram-chess',
      'club-ram-swim',
    ]);
  });
});

describe('benefit programmes', () => {
  it('each has its own form, documents and a payout', () => {
    for (const s of [UNIFIED_BENEFIT, LARGE_FAMILY_STATUS, CHILDCARE_ALLOWANCE]) {
      expect(errorsOf(s, sample(s)), s.id).toEqual([]);
      expect(paymentPlan(s, sample(s))).toEqual({ kind: 'payout' });
      expect(s.category).toBe('benefits');
    }
    expect(requiredDocumentsFor(UNIFIED_BENEFIT, {})).toEqual(['income-statement']);
    expect(requiredDocumentsFor(LARGE_FAMILY_STATUS, {})).toEqual([
      'birth-certificate',
      'proof-of-address',
    ]);
  });

  it('a large family has three children or more', () => {
    expect(
      errorsOf(LARGE_FAMILY_STATUS, { ...sample(LARGE_FAMILY_STATUS), childrenCount: '2' }),
    ).toEqual(['childrenCount:number-too-small']);
  });

  it('the childcare allowance asks the employer only of an employed parent', () => {
    const unemployed = { ...sample(CHILDCARE_ALLOWANCE), employment: 'unemployed' };
    expect(parse(CHILDCARE_ALLOWANCE, unemployed)).not.toHaveProperty('employer');
    expect(requiredDocumentsFor(CHILDCARE_ALLOWANCE, unemployed)).toEqual(['birth-certificate']);
    expect(
      errorsOf(CHILDCARE_ALLOWANCE, { ...sample(CHILDCARE_ALLOWANCE), otherParentNotPaid: false }),
    ).toEqual(['otherParentNotPaid:required']);
    const twoYears = eligibility(CHILDCARE_ALLOWANCE, {
      childBirthDate: '2024-01-01',
      today: '2026-03-02',
      accountConfirmed: true,
    });
    expect(twoYears.map((r) => r.code)).toEqual(['service-child-too-old']);
  });
});

describe('a refusal that may be corrected', () => {
  it('allows a corrected resend only when the service and the operator allow it', () => {
    const correctable = { fields: ['startDate'], documentKinds: [] };
    const rejected = { status: 'rejected' as const, decision: { correctable } };
    expect(mayCorrectAndResend(CLUBS_AND_SECTIONS, rejected)).toBe(true);
    expect(mayCorrectAndResend(REGISTER_EXTRACT, rejected)).toBe(false);
    expect(
      mayCorrectAndResend(CLUBS_AND_SECTIONS, { ...rejected, decision: { correctable: null } }),
    ).toBe(false);
    expect(mayCorrectAndResend(CLUBS_AND_SECTIONS, { ...rejected, status: 'approved' })).toBe(
      false,
    );
  });

  it('every service has a sample answer set', () => {
    for (const s of SERVICE_CATALOG) expect(SAMPLE_ANSWERS[s.id], s.id).toBeDefined();
  });
});
