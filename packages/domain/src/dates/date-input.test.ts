import { describe, expect, it } from 'vitest';
import { readDateParts, shapeDateTyping } from './date-input.ts';
import { DateRu, parseDateRu, tidyDateRu } from './date-ru.ts';

describe('readDateParts / DateRu: what a phone keypad types', () => {
  it.each([
    ['14.05.2021', '2021-05-14'],
    ['14/05/2021', '2021-05-14'],
    ['14-05-2021', '2021-05-14'],
    ['14 05 2021', '2021-05-14'],
    ['14,05,2021', '2021-05-14'],
    ['14. 05. 2021', '2021-05-14'],
    ['1.5.2021', '2021-05-01'],
    ['1/5/2021', '2021-05-01'],
    ['01.5.2021', '2021-05-01'],
    ['14052021', '2021-05-14'],
    [' 14052021 ', '2021-05-14'],
    ['2021-05-14', '2021-05-14'],
  ])('%s → %s', (typed, iso) => {
    expect(parseDateRu(typed)).toBe(iso);
    expect(DateRu.parse(typed)).toBe(iso);
  });

  it.each([
    ['14.05.21'],
    ['1405202'],
    ['140520211'],
    ['14.05'],
    ['14..05.2021.1'],
    ['14 мая 2021'],
    ['14052021.3.2022'],
  ])('%s is not a date', (typed) => {
    expect(readDateParts(typed)).toBeUndefined();
    expect(DateRu.safeParse(typed).success).toBe(false);
  });

  it('shows a typed real date as ДД.ММ.ГГГГ and leaves the rest as typed', () => {
    expect(tidyDateRu('1/5/2021')).toBe('01.05.2021');
    expect(tidyDateRu('14052021')).toBe('14.05.2021');
    expect(tidyDateRu('31.02.2021')).toBe('31.02.2021');
    expect(tidyDateRu('14.05')).toBe('14.05');
  });
});

describe('shapeDateTyping', () => {
  it.each([
    ['1', '1'],
    ['14', '14'],
    ['140', '14.0'],
    ['1405', '14.05'],
    ['14052', '14.05.2'],
    ['14052021', '14.05.2021'],
    ['140520215', '14.05.2021'],
    ['14.', '14.'],
    ['1.', '1.'],
    ['1.5', '1.5'],
    ['1.5.2021', '1.5.2021'],
    ['1/5/2021', '1.5.2021'],
    ['14-05-2021', '14.05.2021'],
    ['14 05 2021', '14.05.2021'],
    ['14,05,2021', '14.05.2021'],
    ['14..05', '14.05'],
    ['.14', '14'],
    ['14.05.2021.', '14.05.2021'],
    ['14.052021', '14.05.2021'],
    ['14.0.2021', '14.0.2021'],
    ['1a4', '14'],
    ['', ''],
  ])('%s → %s', (typed, shaped) => {
    expect(shapeDateTyping(typed)).toBe(shaped);
  });

  it('is stable: shaping a shaped value changes nothing', () => {
    for (const s of ['14.05.2021', '1.5.', '14.0', '14.05.2']) {
      expect(shapeDateTyping(shapeDateTyping(s))).toBe(shapeDateTyping(s));
    }
  });
});
