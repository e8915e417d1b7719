import { codedString } from '../errors/coded-string.ts';
import { findCountry, isCountryCode } from '../countries/countries.ts';

/**
 * A country as an ISO 3166-1 alpha-2 code (`RU`, `KZ`, …). A name or a common
 * spelling is read as its code («Россия», «РФ», «Российская Федерация», «ru» →
 * `RU`); anything that names no country is refused.
 */
export const CountryCode = codedString(
  (s) => findCountry(s) ?? s.trim().toUpperCase(),
  (s) => {
    if (s === '') return 'required';
    return isCountryCode(s) ? undefined : 'country-code-format';
  },
);
