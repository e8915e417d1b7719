import { COUNTRY_NAMES_RU } from './country-names.ru.ts';

export type CountryCode2 = keyof typeof COUNTRY_NAMES_RU;

export interface Country {
  code: CountryCode2;
  /** The Russian short name shown in the list. */
  name: string;
}

/** Other names people type for a country (official, former, abbreviated, English). */
const ALIASES: Partial<Record<CountryCode2, readonly string[]>> = {
  RU: ['РФ', 'Российская Федерация', 'Russia', 'Russian Federation', 'RUS', 'Рф.'],
  US: ['Соединённые Штаты Америки', 'Соединенные Штаты', 'Америка', 'USA'],
  GB: ['Великобритания', 'Англия', 'Соединённое Королевство', 'United Kingdom', 'UK'],
  AE: ['Объединённые Арабские Эмираты', 'Эмираты', 'UAE'],
  BY: ['Белоруссия', 'Республика Беларусь', 'Belarus'],
  KZ: ['Республика Казахстан', 'Kazakhstan'],
  KG: ['Кыргызстан', 'Кыргызская Республика'],
  MD: ['Молдавия', 'Республика Молдова'],
  KP: ['Северная Корея'],
  KR: ['Южная Корея', 'Корея'],
  CZ: ['Чешская Республика'],
  DE: ['ФРГ', 'Germany'],
  UA: ['Ukraine'],
  UZ: ['Uzbekistan'],
  TJ: ['Tajikistan'],
  AM: ['Armenia'],
  AZ: ['Azerbaijan'],
  GE: ['Georgia'],
  CN: ['КНР', 'China'],
};

/** Lower case, «ё» as «е», no dots, one space: how two spellings are compared. */
export function normalizeCountryQuery(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .replace(/[.,’'"«»]/g, '')
    .replace(/[\s\-–—]+/g, ' ');
}

const CODES = Object.keys(COUNTRY_NAMES_RU) as CountryCode2[];
const byName = (a: Country, b: Country) => a.name.localeCompare(b.name, 'ru');

/** Every country, Russia first, then the rest by their Russian names. */
export const COUNTRIES: readonly Country[] = [
  { code: 'RU', name: COUNTRY_NAMES_RU.RU },
  ...CODES.filter((code) => code !== 'RU')
    .map((code) => ({ code, name: COUNTRY_NAMES_RU[code] }))
    .sort(byName),
];

/** Each spelling (code, name, alias), normalised → its country. */
const SPELLINGS = new Map<string, CountryCode2>();
for (const code of CODES) {
  SPELLINGS.set(normalizeCountryQuery(code), code);
  SPELLINGS.set(normalizeCountryQuery(COUNTRY_NAMES_RU[code]), code);
  for (const alias of ALIASES[code] ?? []) SPELLINGS.set(normalizeCountryQuery(alias), code);
}

export function isCountryCode(code: string): code is CountryCode2 {
  return Object.hasOwn(COUNTRY_NAMES_RU, code);
}

/** «Россия», «РФ», «Российская Федерация», «ru» → `RU`; undefined when it names no country. */
export function findCountry(text: string): CountryCode2 | undefined {
  return SPELLINGS.get(normalizeCountryQuery(text));
}

/** The Russian name of a code (`RU` → «Россия»), or the code itself when unknown. */
export function countryName(code: string): string {
  return isCountryCode(code) ? COUNTRY_NAMES_RU[code] : code;
}

/**
 * The countries a typed text may mean, best first: an exact spelling, then
 * names and aliases starting with it, then those containing it. An empty
 * text lists every country, Russia first.
 */
export function searchCountries(text: string, limit = COUNTRIES.length): Country[] {
  const query = normalizeCountryQuery(text);
  if (query === '') return COUNTRIES.slice(0, limit);
  const rank = new Map<CountryCode2, number>();
  for (const [spelling, code] of SPELLINGS) {
    const score =
      spelling === query ? 0 : spelling.startsWith(query) ? 1 : spelling.includes(query) ? 2 : 3;
    if (score < 3 && score < (rank.get(code) ?? 3)) rank.set(code, score);
  }
  return COUNTRIES.filter((c) => rank.has(c.code))
    .sort((a, b) => (rank.get(a.code) ?? 3) - (rank.get(b.code) ?? 3))
    .slice(0, limit);
}
