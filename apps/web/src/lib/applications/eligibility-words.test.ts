import { describe, expect, it } from 'vitest';
import { KINDERGARTEN_ENROLMENT, SCHOOL_ENROLMENT } from '@rodnik/domain';
import { ru } from '../i18n/messages.ru.ts';
import { childAgeOn, draftBlockers, ineligibilityWords } from './eligibility-words.ts';

const today = '2026-11-24';

describe('eligibility in words', () => {
  it('allows a young child of a confirmed parent', () => {
    expect(
      ineligibilityWords(
        KINDERGARTEN_ENROLMENT,
        { childBirthDate: '10.03.2023', today, accountConfirmed: true },
        ru,
      ),
    ).toEqual([]);
  });

  it('names the age limit and the unconfirmed account', () => {
    expect(
      ineligibilityWords(
        SCHOOL_ENROLMENT,
        { childBirthDate: '10.03.2023', today, accountConfirmed: false },
        ru,
      ),
    ).toEqual(['Услуга для детей от 6 лет.', ru.confirmAccountNeeded]);
  });

  it('asks for the birth date when the card has none', () => {
    expect(
      ineligibilityWords(
        KINDERGARTEN_ENROLMENT,
        { childBirthDate: undefined, today, accountConfirmed: true },
        ru,
      ),
    ).toEqual([ru.childBirthDateMissing]);
  });
});

describe('services a child cannot use', () => {
  it('blocks the draft for a four-year-old’s school, not for an unconfirmed account', () => {
    expect(draftBlockers(SCHOOL_ENROLMENT, { childBirthDate: '10.03.2022', today }, ru)).toEqual([
      'Услуга для детей от 6 лет.',
    ]);
    expect(
      draftBlockers(KINDERGARTEN_ENROLMENT, { childBirthDate: '10.03.2022', today }, ru),
    ).toEqual([]);
    expect(draftBlockers(SCHOOL_ENROLMENT, { childBirthDate: undefined, today }, ru)).toEqual([]);
  });

  it('knows the child’s age in full years from the card as typed', () => {
    expect(childAgeOn('10.03.2019', today)).toBe(7);
    expect(childAgeOn('2019-11-25', today)).toBe(6);
    expect(childAgeOn('', today)).toBeUndefined();
  });
});
