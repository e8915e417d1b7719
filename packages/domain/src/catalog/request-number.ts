/** Request numbers: `2026-000123` — the year and a per-year sequence of six digits. */

export const REQUEST_NUMBER_MAX = 999_999;

const REQUEST_NUMBER = /^(\d{4})-(\d{6})$/;

export type RequestNumberParts = { year: number; n: number };

/** `(2026, 123)` → `2026-000123`; RangeError outside years 2000–9999 or n 1–999 999. */
export function formatRequestNumber(year: number, n: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) {
    throw new RangeError('year must be an integer from 2000 to 9999');
  }
  if (!Number.isInteger(n) || n < 1 || n > REQUEST_NUMBER_MAX) {
    throw new RangeError(`n must be an integer from 1 to ${REQUEST_NUMBER_MAX}`);
  }
  return `${year}-${String(n).padStart(6, '0')}`;
}

/** `2026-000123` → `{ year: 2026, n: 123 }`; undefined for anything else. */
export function parseRequestNumber(s: string): RequestNumberParts | undefined {
  const m = REQUEST_NUMBER.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (year < 2000 || n < 1) return undefined;
  return { year, n };
}
