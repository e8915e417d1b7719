import { z } from 'zod';
import { codedString, missingOrInvalid, requiredText } from '../errors/coded-string.ts';
import { DateRu } from '../dates/date-ru.ts';
import { CountryCode } from './country.ts';

/** Cyrillic letters that people type for Roman digits: «І», «Ӏ», «Х», «С», «Ѵ». */
const ROMAN_LOOKALIKES: Readonly<Record<string, string>> = {
  І: 'I',
  Ӏ: 'I',
  Х: 'X',
  С: 'C',
  Ѵ: 'V',
};
/** Latin letters that look like the Cyrillic ones of the letter part. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

// Roman numerals from the letters I, V, X, L, C only (1–399).
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const SERIES = /^([IVXLC]+)-([А-ЯЁ]{2})$/;

const mapChars = (s: string, table: Readonly<Record<string, string>>): string =>
  [...s].map((c) => table[c] ?? c).join('');

/**
 * «iv-мю», «IV МЮ», «ІV–MЮ» → «IV-МЮ»: upper-case, one hyphen, Cyrillic look-alikes in the
 * Roman part turned Latin and Latin look-alikes in the letter part turned Cyrillic.
 * Without a separator the last two characters are the letter part.
 */
export function normalizeCertificateSeries(input: string): string {
  const s = input
    .trim()
    .toLocaleUpperCase('ru')
    .replace(/[‐‑‒–—−]/g, '-');
  const compact = s.replace(/\s+/g, s.includes('-') ? '' : '-').replace(/-+/g, '-');
  const cut = compact.includes('-') ? compact.lastIndexOf('-') : compact.length - 2;
  if (cut <= 0) return compact;
  const roman = mapChars(compact.slice(0, cut), ROMAN_LOOKALIKES);
  const letters = mapChars(compact.slice(cut).replace(/^-/, ''), CYRILLIC_LOOKALIKES);
  return `${roman}-${letters}`;
}

export function isCertificateSeries(series: string): boolean {
  const m = SERIES.exec(series);
  return m !== null && ROMAN.test(m[1] ?? '');
}

/** Series of a Russian birth certificate: `IV-МЮ`. */
export const BirthCertificateSeries = codedString(normalizeCertificateSeries, (s) => {
  if (s === '') return 'required';
  return isCertificateSeries(s) ? undefined : 'certificate-series-format';
});

/** Number of a Russian birth certificate: 6 digits. */
export const BirthCertificateNumber = codedString(
  (s) => s.trim().replace(/[\s№]/g, ''),
  (s) => {
    if (s === '') return 'required';
    return /^\d{6}$/.test(s) ? undefined : 'certificate-number-format';
  },
);

export const RussianBirthCertificate = z.object({
  kind: z.literal('ru'),
  series: BirthCertificateSeries,
  number: BirthCertificateNumber,
  issueDate: DateRu,
  /** The ZAGS office as printed on the certificate. */
  issuedBy: requiredText(300),
});

/** A foreign certificate is free form; an officer verifies it in person. */
export const ForeignBirthCertificate = z.object({
  kind: z.literal('foreign'),
  country: CountryCode,
  number: requiredText(50),
  issueDate: DateRu,
  issuedBy: requiredText(300),
});

export const BirthCertificate = z.discriminatedUnion(
  'kind',
  [RussianBirthCertificate, ForeignBirthCertificate],
  { error: (iss) => missingOrInvalid(discriminatorInput(iss.input)) },
);

/** The union issue's input is the whole object (or a non-object); report on its `kind`. */
function discriminatorInput(input: unknown): { input?: unknown } {
  if (input === undefined) return {};
  if (typeof input === 'object' && input !== null) {
    return { input: (input as { kind?: unknown }).kind };
  }
  return { input };
}

export type BirthCertificateInput = z.input<typeof BirthCertificate>;
export type BirthCertificateData = z.output<typeof BirthCertificate>;
