import { describe, expect, it } from 'vitest';
import type { ChildDoc } from '@rodnik/sync-client';
import {
  canonicalDraft,
  changedFields,
  checkDraft,
  fieldId,
  reverifying,
  correctionFields,
  issueMessage,
  maskValue,
  messagesByField,
  readPath,
  shownStatus,
  writePath,
  type Draft,
} from './card-form.ts';

const TODAY = '2026-11-24';
const anna: Draft = {
  surname: ' иванова ',
  givenName: 'анна',
  patronymic: 'Сергеевна',
  birthDate: '14.05.2021',
  sex: 'female',
  birthPlace: 'г. Тверь',
  address: { region: 'Тверская область', settlement: 'Тверь', house: '5', postcode: '170 100' },
  birthCertificate: {
    kind: 'ru',
    series: 'iv-мю',
    number: '100001',
    issueDate: '20.05.2021',
    issuedBy: 'Отдел ЗАГС г. Твери',
  },
  snils: '11223344595',
  relation: 'mother',
  consent: { given: true, at: '2026-11-24T09:00:00.000Z' },
};

describe('child card form rules', () => {
  it('reads and writes nested paths without mutating', () => {
    const next = writePath(anna, 'address.street', 'Советская');
    expect(readPath(next, 'address.street')).toBe('Советская');
    expect(readPath(anna, 'address.street')).toBe('');
    expect(readPath(next, 'address.region')).toBe('Тверская область');
  });

  it('names the field and the fix for each problem, in either language', () => {
    const errors = checkDraft({ ...anna, surname: 'Ivanova', birthDate: '31.02.2021' }, TODAY);
    const ru = messagesByField(errors, 'ru');
    expect([...ru.keys()]).toEqual(expect.arrayContaining(['surname', 'birthDate']));
    expect(ru.get('surname')).toMatch(/^Фамилия/);
    expect(messagesByField(errors, 'en').get('surname')).toMatch(/^Surname/);
  });

  it('stores canonical values on submit, dates still as ДД.ММ.ГГГГ', () => {
    const canonical = canonicalDraft(anna, TODAY);
    expect(canonical).toMatchObject({
      surname: 'Иванова',
      givenName: 'Анна',
      birthDate: '14.05.2021',
      snils: '11223344595',
      address: { postcode: '170100' },
      birthCertificate: { series: 'IV-МЮ', issueDate: '20.05.2021' },
    });
    expect(checkDraft(canonical!, TODAY)).toEqual([]);
    expect(canonicalDraft({ ...anna, surname: '' }, TODAY)).toBeNull();
  });

  it('shows a submission as waiting until the server has taken it', () => {
    const base = { status: 'draft', submittedAt: null, verification: null } as Pick<
      ChildDoc,
      'status' | 'submittedAt' | 'verification'
    >;
    expect(shownStatus(base)).toBe('draft');
    const sent = { ...base, submittedAt: '2026-11-24T09:00:00.000Z' };
    expect(shownStatus(sent)).toBe('waiting');
    const taken = {
      ...sent,
      status: 'submitted' as const,
      verification: { submittedAt: sent.submittedAt, checkedAt: null, issues: [] },
    };
    expect(shownStatus(taken)).toBe('submitted');
    // A re-submission after a verdict waits again.
    expect(
      shownStatus({
        ...taken,
        status: 'needs_correction',
        submittedAt: '2026-11-24T10:00:00.000Z',
      }),
    ).toBe('waiting');
  });

  it('highlights only the fields the server named', () => {
    const doc = {
      status: 'needs_correction' as const,
      verification: {
        submittedAt: '2026-11-24T09:00:00.000Z',
        checkedAt: '2026-11-24T09:00:01.000Z',
        issues: [{ field: 'surname', code: 'registry-name-mismatch' }],
      },
    };
    expect([...correctionFields(doc)]).toEqual(['surname']);
    expect([...correctionFields({ ...doc, status: 'verified' })]).toEqual([]);
    expect(issueMessage({ field: 'surname', code: 'registry-name-mismatch' }, 'ru')).toMatch(
      /^Фамилия/,
    );
    expect(issueMessage({ field: 'surname', code: 'not-a-known-code' }, 'en')).toBe(
      'Surname: not-a-known-code',
    );
  });

  it('masks a number down to its last two characters', () => {
    expect(maskValue('112-233-445 95')).toMatch(/^•+ 95$/);
    expect(maskValue('112-233-445 95')).not.toContain('112');
  });
});

describe('the card form for issue 17', () => {
  const complete: Draft = anna;

  it('marks each part of an empty address block, not a block with no field of its own', () => {
    const fields = checkDraft({ ...complete, address: undefined }, TODAY).map((e) => e.field);
    expect(fields).toEqual([
      'address.region',
      'address.settlement',
      'address.house',
      'address.postcode',
    ]);
    expect(fields.map(fieldId)).toContain('f-address-region');
  });

  it('asks for the residence address part by part only when the box is cleared', () => {
    expect(checkDraft({ ...complete, residenceSameAsRegistration: true }, TODAY)).toEqual([]);
    const fields = checkDraft({ ...complete, residenceSameAsRegistration: false }, TODAY).map(
      (e) => e.field,
    );
    expect(fields).toEqual([
      'residenceAddress.region',
      'residenceAddress.settlement',
      'residenceAddress.house',
      'residenceAddress.postcode',
    ]);
  });

  it('asks every card for the relation to the child, and stores none without it', () => {
    const { relation: _none, ...unsaid } = anna;
    expect(checkDraft(unsaid, TODAY).map((e) => `${e.field}:${e.code}`)).toEqual([
      'relation:required',
    ]);
    expect(canonicalDraft(unsaid, TODAY)).toBeNull();
    expect(canonicalDraft(complete, TODAY)).toMatchObject({ relation: 'mother' });
  });

  it('stores a citizenship typed by name as its code', () => {
    expect(canonicalDraft({ ...complete, citizenship: 'РФ' }, TODAY)?.citizenship).toBe('RU');
  });

  it('lists the fields an edit of a verified card changed', () => {
    expect(
      changedFields(complete, {
        ...complete,
        surname: 'Петрова',
        address: { ...complete.address, street: 'Советская' },
        consent: { given: true, at: '2026-12-01T09:00:00.000Z' },
      }),
    ).toEqual(['surname', 'address.street']);
    expect(changedFields(complete, { ...complete, patronymic: '' })).toEqual(['patronymic']);
    expect(changedFields({ ...complete, inn: '' }, complete)).toEqual([]);
  });

  it('tells a verified card sent again with changes from a first submission', () => {
    const history = [{ status: 'verified', at: '2026-11-20T09:00:00.000Z', by: 'server' }];
    const verifiedOnce = { status: 'submitted', statusHistory: history } as unknown as ChildDoc;
    expect(reverifying(verifiedOnce, 'submitted')).toBe(true);
    expect(reverifying(verifiedOnce, 'waiting')).toBe(true);
    expect(reverifying({ ...verifiedOnce, statusHistory: [] }, 'submitted')).toBe(false);
    expect(reverifying(verifiedOnce, 'verified')).toBe(false);
  });
});
