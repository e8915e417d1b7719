import type { YMD } from './calendar.ts';

/**
 * What a phone keypad types into a date field. Numeric keypads often have no
 * dot, so a date comes as `14052021`, `14/05/2021`, `14-5-2021`, `14 5 2021`,
 * `14,05,2021` or `1.5.2021`; all of them mean ДД.ММ.ГГГГ.
 */

/** Separators people type between day, month and year. */
const SEPARATORS = /[./\\\-\s,]+/;
const SEPARATOR_CHAR = /[./\\\-\s,]/;

/**
 * The parts of a typed date, whether or not they make a real date; undefined
 * unless it has the shape of a day, a month and a four-digit year (or an ISO
 * date as stored).
 */
export function readDateParts(input: string): YMD | undefined {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (digits) return { day: Number(digits[1]), month: Number(digits[2]), year: Number(digits[3]) };
  const parts = s.split(SEPARATORS);
  if (parts.length !== 3) return undefined;
  const [day, month, year] = parts as [string, string, string];
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return undefined;
  }
  return { day: Number(day), month: Number(month), year: Number(year) };
}

/**
 * As-you-type shaping of a date field: separators become dots, and digits
 * typed without one get a dot after the day's and the month's two digits
 * (`1405` → `14.05`). At most ДД.ММ.ГГГГ is kept; a dot is never added at the
 * end, so deleting one backwards does not bring it back.
 */
export function shapeDateTyping(input: string): string {
  const segments: string[] = [''];
  let pendingDot = false;
  for (const char of input) {
    const last = segments.length - 1;
    if (/\d/.test(char)) {
      if (pendingDot && segments.length < 3) {
        segments.push('');
        pendingDot = false;
      }
      const index = segments.length - 1;
      const max = index < 2 ? 2 : 4;
      if ((segments[index] ?? '').length >= max) {
        if (index >= 2) continue;
        segments.push(char);
      } else segments[index] = (segments[index] ?? '') + char;
    } else if (SEPARATOR_CHAR.test(char)) {
      if ((segments[last] ?? '') !== '' && segments.length < 3) pendingDot = true;
    }
  }
  const shaped = segments.join('.');
  return pendingDot ? `${shaped}.` : shaped;
}
