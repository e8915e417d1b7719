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

/** Years whose government transfer decree is known: their weekday holidays, as published. */
const PUBLISHED: Readonly<Record<number, readonly string[]>> = { 2026: RU_HOLIDAYS_2026 };

/** Labour Code art. 112, part 1: the New Year holidays and Christmas, 1–8 January. */
const NEW_YEAR_DAYS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Art. 112, part 1: the other public holidays, as [month, day]. */
const PUBLIC_HOLIDAYS: readonly (readonly [number, number])[] = [
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

function utcDay(iso: string): Date {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new RangeError('expected an ISO date (YYYY-MM-DD)');
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

const isoOf = (t: Date) =>
  toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
const isWeekend = (t: Date) => t.getUTCDay() === 0 || t.getUTCDay() === 6;

/**
 * The weekday holidays of a year with no published decree, from the Labour Code alone:
 * the 1–8 January weekdays, the other holidays on weekdays, and each of those falling on
 * a Saturday or Sunday moved to the next working day (art. 112, part 2). The decree's
 * extra transfers (the January weekend days, working Saturdays) cannot be known before it
 * is published; add the year to `PUBLISHED` then.
 */
export function statutoryHolidays(year: number): string[] {
  const off = new Set<string>();
  for (const day of NEW_YEAR_DAYS) {
    const t = new Date(Date.UTC(year, 0, day));
    if (!isWeekend(t)) off.add(isoOf(t));
  }
  for (const [month, day] of PUBLIC_HOLIDAYS) {
    const t = new Date(Date.UTC(year, month - 1, day));
    if (!isWeekend(t)) {
      off.add(isoOf(t));
      continue;
    }
    const moved = new Date(t);
    do moved.setUTCDate(moved.getUTCDate() + 1);
    while (isWeekend(moved) || off.has(isoOf(moved)));
    off.add(isoOf(moved));
  }
  return [...off].sort();
}

/** The weekday holidays of a year: published if known, else from the Labour Code. */
export function ruHolidays(year: number): readonly string[] {
  return PUBLISHED[year] ?? statutoryHolidays(year);
}

/** The Russian production calendar, year by year, remembered once built. */
function ruCalendar(): (iso: string) => boolean {
  const years = new Map<number, ReadonlySet<string>>();
  return (iso) => {
    const year = Number(iso.slice(0, 4));
    let off = years.get(year);
    if (!off) {
      off = new Set(ruHolidays(year));
      years.set(year, off);
    }
    return off.has(iso);
  };
}
const isRuHoliday = ruCalendar();

function holidayTest(holidays: readonly string[] | undefined): (iso: string) => boolean {
  if (!holidays) return isRuHoliday;
  const off = new Set(holidays);
  return (iso) => off.has(iso);
}

/** A weekday that is not a holiday (the Russian production calendar unless `holidays` is given). */
export function isWorkingDay(iso: string, holidays?: readonly string[]): boolean {
  return !isWeekend(utcDay(iso)) && !holidayTest(holidays)(iso);
}

/**
 * The date `n` working days after `isoDate` (the start day itself is not counted), skipping
 * Saturdays, Sundays and holidays (the Russian production calendar of each year, or
 * `holidays` when given): the expected decision date of an application that arrived on
 * `isoDate`. `n = 0` gives `isoDate` itself. Throws RangeError on a bad date or n.
 */
export function addWorkingDays(isoDate: string, n: number, holidays?: readonly string[]): string {
  if (!Number.isInteger(n) || n < 0 || n > 3660) {
    throw new RangeError('n must be an integer from 0 to 3660');
  }
  const isHoliday = holidayTest(holidays);
  const day = utcDay(isoDate);
  for (let left = n; left > 0;) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (!isWeekend(day) && !isHoliday(isoOf(day))) left -= 1;
  }
  return isoOf(day);
}
