import { codedString } from '../errors/coded-string.ts';

/** Control numbers are only assigned above 001-001-998; lower numbers carry any two digits. */
const CHECKED_FROM = 1_001_998;

/** Digits only: users type `123-456-789 01`, `123 456 789 01` or `12345678901`. */
export function normalizeSnils(input: string): string {
  return input.trim().replace(/[\s-]/g, '');
}

/**
 * The two-digit control number of a SNILS from its first 9 digits:
 * sum of digit_i × (9 − i); below 100 it is the sum, 100 and 101 give 00,
 * above 101 it is the sum mod 101 (where 100 again gives 00).
 */
export function snilsControl(first9: string): string {
  if (!/^\d{9}$/.test(first9)) throw new RangeError('snilsControl expects 9 digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (9 - i);
  let control = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101;
  if (control === 100) control = 0;
  return String(control).padStart(2, '0');
}

/** True for 11 digits whose control number is right (or not checked for low numbers). */
export function isValidSnils(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const first9 = digits.slice(0, 9);
  return Number(first9) <= CHECKED_FROM || snilsControl(first9) === digits.slice(9);
}

/** `12345678901` → `123-456-789 01`; anything that is not 11 digits comes back unchanged. */
export function formatSnils(digits: string): string {
  const d = normalizeSnils(digits);
  if (!/^\d{11}$/.test(d)) return digits;
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
}

/** SNILS as typed by a user; outputs the 11 digits. */
export const Snils = codedString(normalizeSnils, (d) => {
  if (d === '') return 'required';
  if (!/^\d{11}$/.test(d)) return 'snils-format';
  if (!isValidSnils(d)) return 'snils-checksum';
  return undefined;
});
