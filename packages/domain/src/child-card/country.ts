import { codedString } from '../errors/coded-string.ts';

/** An ISO 3166-1 alpha-2 country code (`RU`, `KZ`, …); input is upper-cased. */
export const CountryCode = codedString(
  (s) => s.trim().toUpperCase(),
  (s) => {
    if (s === '') return 'required';
    return /^[A-Z]{2}$/.test(s) ? undefined : 'country-code-format';
  },
);
