import { codedString } from '../errors/coded-string.ts';
import type { Problem } from '../errors/coded-string.ts';
import { isRealDate, parseIsoDate, toIsoDate } from './calendar.ts';
import { readDateParts } from './date-input.ts';

/** Earliest date the forms accept; anything older is a typo in the year. */
export const MIN_DATE = '1900-01-01';

/** `ДД.ММ.ГГГГ` as typed (any separator, or none), or an ISO date → its parts, real or not. */
const readParts = readDateParts;

/** A typed date shown the one way (`1/5/2021` → `01.05.2021`); anything else stays as typed. */
export function tidyDateRu(input: string): string {
  const iso = parseDateRu(input);
  return iso === undefined ? input : formatDateRu(iso);
}

/** `01.02.2020` or `2020-02-01` → `2020-02-01`; undefined unless it is a real date. */
export function parseDateRu(input: string): string | undefined {
  const parts = readParts(input.trim());
  return parts !== undefined && isRealDate(parts) ? toIsoDate(parts) : undefined;
}

/** `2020-02-01` → `01.02.2020`; anything that is not a real ISO date comes back unchanged. */
export function formatDateRu(iso: string): string {
  const d = parseIsoDate(iso);
  if (d === undefined) return iso;
  return `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${String(d.year).padStart(4, '0')}`;
}

/** Normalise typing: whatever separators (or none) a keypad gave, a real date becomes ISO. */
function normalizeDateInput(input: string): string {
  const s = input.trim();
  const parts = readParts(s);
  // Real dates become ISO; the rest stays as typed so the check can say what is wrong.
  return parts !== undefined && isRealDate(parts) ? toIsoDate(parts) : s;
}

function dateProblem(s: string): Problem | undefined {
  if (s === '') return 'required';
  if (parseIsoDate(s) === undefined) {
    return readParts(s) === undefined ? 'date-format' : 'date-not-real';
  }
  if (s < MIN_DATE) return { code: 'date-too-old', params: { min: formatDateRu(MIN_DATE) } };
  return undefined;
}

/** A calendar date typed as ДД.ММ.ГГГГ (an ISO date is accepted too); outputs ISO `YYYY-MM-DD`. */
export const DateRu = codedString(normalizeDateInput, dateProblem);
