import { describe, expect, it } from 'vitest';
import {
  canonicalPassport,
  checkPassport,
  identityIssues,
  passportMessages,
  shownIdentity,
} from './passport-form.ts';

const ELENA = {
  surname: 'иванова',
  givenName: 'Елена',
  patronymic: 'Петровна',
  birthDate: '02.02.1990',
  series: '45 06',
  number: '123456',
  issueDate: '15.02.2010',
  issuedBy: 'ОВД района Тверской г. Москвы',
  departmentCode: '772001',
};

const identity = (
  status: 'none' | 'submitted' | 'confirmed' | 'rejected',
  submittedAt: string | null,
  issues: { field: string; code: string }[] = [],
) => ({
  status,
  submittedAt,
  checkedAt: null,
  issues,
});

describe('passport form', () => {
  it('accepts a real passport and stores it canonical, dates as typed', () => {
    expect(checkPassport(ELENA)).toEqual([]);
    expect(canonicalPassport(ELENA)).toMatchObject({
      surname: 'Иванова',
      series: '4506',
      departmentCode: '772-001',
      birthDate: '02.02.1990',
      issueDate: '15.02.2010',
    });
  });

  it("takes dates as a phone keypad types them (the card form's date parsing)", () => {
    const typed = { ...ELENA, birthDate: '02021990', issueDate: '15/2/2010' };
    expect(checkPassport(typed)).toEqual([]);
    expect(canonicalPassport(typed)).toMatchObject({
      birthDate: '02.02.1990',
      issueDate: '15.02.2010',
    });
  });

  it('names each wrong field and the fix, in both languages', () => {
    const draft = { ...ELENA, series: '45', departmentCode: '77', surname: 'Ivanova' };
    const ru = passportMessages(draft, 'ru');
    expect(ru.get('series')).toContain('4 цифры');
    expect(ru.get('departmentCode')).toContain('123-456');
    expect(ru.get('surname')).toContain('кириллицей');
    expect(passportMessages(draft, 'en').get('series')).toMatch(/4 digits/i);
    expect(canonicalPassport(draft)).toBeNull();
  });
});

describe('shownIdentity', () => {
  it('waits while the request has not reached the server, then shows its verdict', () => {
    expect(shownIdentity(null)).toBe('none');
    expect(shownIdentity({ identitySubmittedAt: null, identity: identity('none', null) })).toBe(
      'none',
    );
    const at = '2026-11-24T08:00:00.000Z';
    expect(shownIdentity({ identitySubmittedAt: at, identity: identity('none', null) })).toBe(
      'waiting',
    );
    expect(shownIdentity({ identitySubmittedAt: at, identity: identity('submitted', at) })).toBe(
      'submitted',
    );
    expect(shownIdentity({ identitySubmittedAt: at, identity: identity('confirmed', at) })).toBe(
      'confirmed',
    );
  });

  it('a confirmed account stays confirmed while a new request travels', () => {
    const later = '2026-11-25T08:00:00.000Z';
    expect(
      shownIdentity({
        identitySubmittedAt: later,
        identity: identity('confirmed', '2026-11-24T08:00:00.000Z'),
      }),
    ).toBe('confirmed');
  });

  it("words the server's issues per form field", () => {
    const member = {
      identity: identity('rejected', 'x', [
        { field: 'passport.number', code: 'registry-passport-mismatch' },
        { field: 'file', code: 'identity-scan-missing' },
      ]),
    };
    const issues = identityIssues(member, 'ru');
    expect(issues.get('number')).toContain('Номер паспорта');
    expect(issues.get('number')).toContain('реестре');
    expect(issues.get('file')).toContain('скан');
  });
});

describe('a member document from before identity existed', () => {
  it('counts as not confirmed, without failing', () => {
    expect(shownIdentity({})).toBe('none');
    expect(identityIssues({}, 'ru').size).toBe(0);
  });
});
