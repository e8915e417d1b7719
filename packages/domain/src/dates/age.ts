import { isLeapYear, parseIsoDate } from './calendar.ts';
import type { YMD } from './calendar.ts';

/** From this age a child has their own account and is linked to a parent by a code. */
export const STANDARD_ACCOUNT_AGE = 14;
export const AGE_OF_MAJORITY = 18;

export type AccountKind = 'simplified' | 'standard';

function mustParse(iso: string, name: string): YMD {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD)`);
  return d;
}

/**
 * Age in full years on a date (negative when `onIso` is before the birth).
 * Someone born on 29 February gets a year older on 28 February in common years:
 * a term in years ends on the last day of the month when it has no such day
 * (Civil Code of the Russian Federation, art. 192).
 */
export function ageOn(birthIso: string, onIso: string): number {
  const b = mustParse(birthIso, 'birthIso');
  const on = mustParse(onIso, 'onIso');
  let years = on.year - b.year;
  const day = b.month === 2 && b.day === 29 && !isLeapYear(on.year) ? 28 : b.day;
  if (on.month < b.month || (on.month === b.month && on.day < day)) years -= 1;
  return years;
}

/** Simplified (parent-created, auto-linked) under 14, standard from 14. */
export function accountKindFor(birthIso: string, todayIso: string): AccountKind {
  return ageOn(birthIso, todayIso) < STANDARD_ACCOUNT_AGE ? 'simplified' : 'standard';
}

/** Under 18. */
export function isMinor(birthIso: string, todayIso: string): boolean {
  return ageOn(birthIso, todayIso) < AGE_OF_MAJORITY;
}
