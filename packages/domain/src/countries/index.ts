export {
  COUNTRIES,
  countryName,
  findCountry,
  isCountryCode,
  normalizeCountryQuery,
  searchCountries,
} from './countries.ts';
export type { Country, CountryCode2 } from './countries.ts';
export { COUNTRY_NAMES_RU } from './country-names.ru.ts';
