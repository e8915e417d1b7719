import { codedString } from '../errors/coded-string.ts';

/** Digits only: users paste `04 45 25 225` or `044-525-225`. */
export function normalizeBik(input: string): string {
  return input.trim().replace(/[\s-]/g, '');
}

/**
 * A Russian bank identifier (БИК) of a credit institution: 9 digits starting with `04`
 * (the country code of Russia). Treasury БИКи (`00…`, since 2021) are not bank accounts
 * a benefit is paid to, so they are refused here.
 */
export function isBik(digits: string): boolean {
  return /^04\d{7}$/.test(digits);
}

/**
 * Whether accounts at this БИК are keyed as accounts held at a Bank of Russia division
 * (РКЦ): digits 7–9 `000`, `001` or `002` mark a division of the Bank of Russia itself.
 */
export function isBankOfRussiaBik(digits: string): boolean {
  return isBik(digits) && /^00[0-2]$/.test(digits.slice(6));
}

/** БИК as typed; outputs its 9 digits. */
export const Bik = codedString(normalizeBik, (d) => {
  if (d === '') return 'required';
  return isBik(d) ? undefined : 'bik-format';
});
