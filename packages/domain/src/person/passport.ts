import { z } from 'zod';
import { codedString, optionalField, requiredText } from '../errors/coded-string.ts';
import { DateRu } from '../dates/date-ru.ts';
import { PersonNamePart } from './name.ts';

/** Passport series: 4 digits, printed «45 06». */
export const PassportSeries = codedString(
  (s) => s.trim().replace(/\s/g, ''),
  (s) => {
    if (s === '') return 'required';
    return /^\d{4}$/.test(s) ? undefined : 'passport-series-format';
  },
);

/** Passport number: 6 digits. */
export const PassportNumber = codedString(
  (s) => s.trim().replace(/[\s№]/g, ''),
  (s) => {
    if (s === '') return 'required';
    return /^\d{6}$/.test(s) ? undefined : 'passport-number-format';
  },
);

/** Department code «123-456»; typed with or without the hyphen. */
export const PassportDepartmentCode = codedString(
  (s) => {
    const d = s.replace(/\D/g, '');
    return d.length === 6 ? `${d.slice(0, 3)}-${d.slice(3)}` : s.trim();
  },
  (s) => {
    if (s === '') return 'required';
    return /^\d{3}-\d{3}$/.test(s) ? undefined : 'passport-department-code-format';
  },
);

/**
 * A parent's Russian passport, as entered to confirm the account
 * («Подтверждённая учётная запись»): checked through the Registry port
 * together with a scan of the passport's main page.
 */
export const PassportRu = z.object({
  surname: PersonNamePart,
  givenName: PersonNamePart,
  patronymic: optionalField(PersonNamePart),
  birthDate: DateRu,
  series: PassportSeries,
  number: PassportNumber,
  issueDate: DateRu,
  issuedBy: requiredText(300),
  departmentCode: PassportDepartmentCode,
});
export type PassportRuInput = z.input<typeof PassportRu>;
export type PassportRuData = z.output<typeof PassportRu>;
