import { parseIsoDate, toIsoDate } from '../dates/calendar.ts';

/**
 * Non-working weekdays of 2026 in Russia (Labour Code art. 112 and the government's 2026
 * transfer decree). Only weekdays are listed: Saturdays and Sundays are skipped anyway.
 *
 * Confident: 1–8 January are holidays; 23 February (Mon), 1 May (Fri), 12 June (Fri) and
 * 4 November (Wed) fall on weekdays; 8 March and 9 May fall on Sunday and Saturday, so the
 * day off moves to Monday 9 March and Monday 11 May (art. 112, part 2).
 * Less certain (from the 2026 transfer decree as I remember it — check against the
 * official production calendar): Saturday 3 January moves to Friday 9 January and Sunday
 * 4 January to Thursday 31 December. No working Saturdays in 2026.
 */
export const RU_HOLIDAYS_2026: readonly string[] = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-05',
  '2026-01-06',
  '2026-01-07',
  '2026-01-08',
  '2026-01-09',
  '2026-02-23',
  '2026-03-09',
  '2026-05-01',
  '2026-05-11',
  '2026-06-12',
  '2026-11-04',
  '2026-12-31',
];

function dayOfWeek(iso: string): number {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new RangeError('expected an ISO date (YYYY-MM-DD)');
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function nextDay(iso: string): string {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new RangeError('expected an ISO date (YYYY-MM-DD)');
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

export function isWorkingDay(iso: string, holidays: readonly string[] = RU_HOLIDAYS_2026): boolean {
  const dow = dayOfWeek(iso);
  return dow !== 0 && dow !== 6 && !holidays.includes(iso);
}

/**
 * The date `n` working days after `isoDate` (the start day itself is not counted), skipping
 * Saturdays, Sundays and `holidays`: the expected decision date of an application that
 * arrived on `isoDate`. `n = 0` gives `isoDate` itself. Throws RangeError on a bad date or n.
 */
export function addWorkingDays(
  isoDate: string,
  n: number,
  holidays: readonly string[] = RU_HOLIDAYS_2026,
): string {
  if (!Number.isInteger(n) || n < 0 || n > 3660) {
    throw new RangeError('n must be an integer from 0 to 3660');
  }
  const off = new Set(holidays);
  let day = isoDate;
  dayOfWeek(day); // validates
  for (let left = n; left > 0;) {
    day = nextDay(day);
    const dow = dayOfWeek(day);
    if (dow !== 0 && dow !== 6 && !off.has(day)) left -= 1;
  }
  return day;
}
