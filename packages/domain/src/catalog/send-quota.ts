import { serviceDay } from '../dates/service-day.ts';

/**
 * How many applications one family may have numbered in one day (Moscow's
 * calendar): a family sends a few; a script sending thousands would otherwise
 * use up the year's request numbers of every family. Sends over the quota wait,
 * numberless, for the next day.
 */
export const SENDS_PER_FAMILY_PER_DAY = 20;

/** Moscow keeps UTC+3 all year (no daylight saving since 2014). */
const MOSCOW_OFFSET = '+03:00';

/** When the day's quota of the instant `now` starts again: the next midnight in Moscow. */
export function sendQuotaResetsAt(now: Date | string): string {
  const day = serviceDay(now);
  const next = new Date(`${day}T00:00:00${MOSCOW_OFFSET}`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** Whether a family that already had `numberedToday` sends numbered today is over the quota. */
export function sendQuotaExceeded(numberedToday: number): boolean {
  return numberedToday >= SENDS_PER_FAMILY_PER_DAY;
}
