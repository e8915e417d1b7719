import {
  CLUBS_AND_SECTIONS,
  KINDERGARTEN_ENROLMENT,
  POLYCLINIC_ATTACHMENT,
  SCHOOL_ENROLMENT,
} from '@rodnik/domain';
import { describe, expect, it } from 'vitest';
import { checkArrival, type ArrivalFacts } from './arrival-checks.ts';

const base: ArrivalFacts = {
  applicationId: 'app-1',
  service: POLYCLINIC_ATTACHMENT,
  childId: 'child-1',
  answers: {},
  documentIds: [],
  consentGiven: true,
  child: { birthDate: '14.05.2021' },
  senderAccountId: 'parent-1',
  senderConfirmed: true,
  documents: [],
  today: '2026-11-24',
};
const doc = (id: string, data: Record<string, unknown>) => ({
  id,
  data: { childId: null, applicationId: null, accountId: null, status: 'accepted', ...data },
});

describe('the arrival check', () => {
  it('counts a passport on the sender’s profile, not one on the other parent’s', () => {
    const facts = { ...base, answers: { clinic: 'clinic-ram-child', omsPolicy: '' } };
    const other = checkArrival({
      ...facts,
      documents: [doc('p', { kind: 'parent-passport', accountId: 'parent-2' })],
    });
    expect(other.issues).toContainEqual({
      field: 'documents.parent-passport',
      code: 'document-missing',
    });
    const own = checkArrival({
      ...facts,
      documents: [doc('p', { kind: 'parent-passport', accountId: 'parent-1' })],
    });
    expect(own.issues.map((issue) => issue.field)).not.toContain('documents.parent-passport');
  });

  it('does not count a page of another child, and waits for one still uploading', () => {
    const verdict = checkArrival({
      ...base,
      service: KINDERGARTEN_ENROLMENT,
      documents: [
        doc('a', { kind: 'birth-certificate', childId: 'child-2' }),
        doc('b', { kind: 'oms-policy', childId: 'child-1', status: 'uploading' }),
      ],
    });
    expect(verdict.issues).toContainEqual({
      field: 'documents.birth-certificate',
      code: 'document-missing',
    });
    expect(verdict.pending).toEqual(['oms-policy']);
  });

  it('waits for listed scans whose records have not reached the server yet', () => {
    const facts = { ...base, service: KINDERGARTEN_ENROLMENT, documentIds: ['on-its-way'] };
    const verdict = checkArrival(facts);
    expect(verdict.issues.map((issue) => issue.code)).not.toContain('document-missing');
    expect(verdict.pending).toContain('birth-certificate');
    // Once every listed record is here, a kind nobody attached is missing.
    const landed = checkArrival({
      ...facts,
      documents: [doc('on-its-way', { kind: 'oms-policy', applicationId: 'app-1' })],
    });
    expect(landed.issues).toContainEqual({
      field: 'documents.birth-certificate',
      code: 'document-missing',
    });
  });

  it('says a child too old for the service, on the child field', () => {
    const verdict = checkArrival({
      ...base,
      service: KINDERGARTEN_ENROLMENT,
      child: { birthDate: '01.01.2015' },
    });
    expect(verdict.issues).toContainEqual({ field: 'childId', code: 'service-child-too-old' });
  });

  it('names an unknown service and checks nothing else', () => {
    expect(checkArrival({ ...base, service: undefined }).issues).toEqual([
      { field: 'serviceId', code: 'unknown-service' },
    ]);
  });

  it('refuses a school of another district or one that does not take a child of this age', () => {
    const school = {
      municipality: 'ramenskoye',
      school: 'school-ram-9',
      grade: '1',
      startDate: '01.09.2027',
      omsPolicy: '1234567890123456',
    };
    // Born 14.05.2019: seven on the day; the gymnasium takes children from ten.
    const facts = { ...base, service: SCHOOL_ENROLMENT, child: { birthDate: '14.05.2019' } };
    expect(checkArrival({ ...facts, answers: school }).issues).toContainEqual({
      field: 'school',
      code: 'invalid-value',
    });
    const elsewhere = { ...school, municipality: 'kolomna', school: 'school-ram-1' };
    expect(checkArrival({ ...facts, answers: elsewhere }).fields).toContain('school');
    const fine = checkArrival({ ...facts, answers: { ...school, school: 'school-ram-1' } });
    expect(fine.fields).toEqual([]);
  });

  it('names the group when a paid group is asked of a club that has none', () => {
    const answers = {
      municipality: 'ramenskoye',
      club: 'club-ram-robot',
      groupFormat: 'paid',
      startDate: '01.12.2026',
    };
    const facts = { ...base, service: CLUBS_AND_SECTIONS, child: { birthDate: '14.05.2016' } };
    expect(checkArrival({ ...facts, answers }).issues).toContainEqual({
      field: 'groupFormat',
      code: 'invalid-value',
    });
    expect(checkArrival({ ...facts, answers: { ...answers, groupFormat: 'free' } }).fields).toEqual(
      [],
    );
  });
});
