/**
 * Request numbers: `2026-000123` — the year and a per-year sequence of at
 * least six digits. Past `2026-999999` the sequence simply grows a digit
 * (`2026-1000000`): numbering never stops, and a number, once given, never
 * changes. Within one length they sort like their sequence.
 */

/** The largest sequence that fits the six-digit form; later ones are longer. */
export const REQUEST_NUMBER_MAX = 999_999;

const REQUEST_NUMBER = /^(\d{4})-(\d{6,15})$/;

export type RequestNumberParts = { year: number; n: number };

/** `(2026, 123)` → `2026-000123`; RangeError outside years 2000–9999 or for n < 1. */
export function formatRequestNumber(year: number, n: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) {
    throw new RangeError('year must be an integer from 2000 to 9999');
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError('n must be a positive integer');
  }
  return `${year}-${String(n).padStart(6, '0')}`;
}

/** `2026-000123` → `{ year: 2026, n: 123 }`; undefined for anything else. */
export function parseRequestNumber(s: string): RequestNumberParts | undefined {
  const m = REQUEST_NUMBER.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const n = Number(m[2]);
  // A longer form is only what the counter gives past the six-digit maximum.
  if (
    year < 2000 ||
    n < 1 ||
    (m[2]!.length > 6 && (m[2]!.startsWith('0') || n <= REQUEST_NUMBER_MAX))
  )
    return undefined;
  return { year, n };
}
