/** Calendar arithmetic on plain ISO date strings (`YYYY-MM-DD`), no Date objects, no zones. */

export type YMD = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate({ year, month, day }: YMD): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2020-02-29` → parts, or undefined when it is not a real ISO calendar date. */
export function parseIsoDate(iso: string): YMD | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(ymd) ? ymd : undefined;
}

export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== undefined;
}

export function toIsoDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date part of an ISO datetime or date (`2024-05-01T10:00:00Z` → `2024-05-01`). */
export function isoDatePart(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}
