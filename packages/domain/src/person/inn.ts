import { codedString } from '../errors/coded-string.ts';

const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => (sum += w * Number(digits[i])));
  return (sum % 11) % 10;
}

/** The 11th and 12th digits of a personal INN, from its first 10 digits. */
export function innControlDigits(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('innControlDigits expects 10 digits');
  const d11 = weighted(first10, W11);
  const d12 = weighted(first10 + String(d11), W12);
  return `${d11}${d12}`;
}

export function normalizeInn(input: string): string {
  return input.trim().replace(/[\s-]/g, '');
}

/** True for a 12-digit personal INN with both control digits right. */
export function isValidInn(digits: string): boolean {
  return /^\d{12}$/.test(digits) && innControlDigits(digits.slice(0, 10)) === digits.slice(10);
}

/** A person's INN (12 digits); outputs the digits. */
export const Inn = codedString(normalizeInn, (d) => {
  if (d === '') return 'required';
  if (!/^\d{12}$/.test(d)) return 'inn-format';
  if (!isValidInn(d)) return 'inn-checksum';
  return undefined;
});
