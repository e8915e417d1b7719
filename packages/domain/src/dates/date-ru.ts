import { codedString } from '../errors/coded-string.ts';
import type { Problem } from '../errors/coded-string.ts';
import { isRealDate, parseIsoDate, toIsoDate } from './calendar.ts';
import type { YMD } from './calendar.ts';

/** Earliest date the forms accept; anything older is a typo in the year. */
export const MIN_DATE = '1900-01-01';

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `ДД.ММ.ГГГГ` (or an already-stored ISO date) → its parts, whether or not they are real. */
function readParts(input: string): YMD | undefined {
  const ru = RU_DATE.exec(input);
  if (ru) return { day: Number(ru[1]), month: Number(ru[2]), year: Number(ru[3]) };
  const iso = ISO_SHAPE.exec(input);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return undefined;
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

/** Normalise typing: trim and turn common separators (`/`, `-`, space) between ДД ММ ГГГГ into dots. */
function normalizeDateInput(input: string): string {
  const s = input.trim().replace(/^(\d{1,2})[/\s-](\d{1,2})[/\s-](\d{4})$/, '$1.$2.$3');
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
