import { z } from 'zod';
import { missingOrInvalid, optionalField, requiredText } from '../errors/coded-string.ts';
import { PersonNamePart } from '../person/name.ts';
import { Snils } from '../person/snils.ts';
import { Inn } from '../person/inn.ts';
import { OmsPolicyNumber } from '../person/oms.ts';
import { DateRu } from '../dates/date-ru.ts';
import { isIsoDate, isoDatePart } from '../dates/calendar.ts';
import { Address } from './address.ts';
import { BirthCertificate } from './birth-certificate.ts';
import { CountryCode } from './country.ts';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * Who the parent filling the card is to the child. A mother or a father must be
 * named on the birth certificate; a guardian or an adoptive parent proves it
 * with a guardianship or adoption document attached to the card.
 */
export const RELATIONS = ['mother', 'father', 'adoptive-parent', 'guardian'] as const;
export type Relation = (typeof RELATIONS)[number];
/** Relations proven by the birth certificate; the others by a document. */
export const PARENT_RELATIONS: readonly Relation[] = ['mother', 'father'];

/** Consent to personal-data processing and when it was given (ISO datetime). */
export const Consent = z.object(
  {
    given: z.literal(true, { error: 'consent-required' }),
    at: z.iso.datetime({ offset: true, error: missingOrInvalid }),
  },
  { error: 'consent-required' },
);

/**
 * The client-owned fields of a child card, without the checks that need a clock.
 * Use it to derive storage JSON schemas (`z.toJSONSchema`) or to `.extend()`; validate
 * user input with `makeChildCardSchema`.
 */
export const ChildCardShape = z.object({
  surname: PersonNamePart,
  givenName: PersonNamePart,
  patronymic: optionalField(PersonNamePart),
  birthDate: DateRu,
  sex: z.enum(SEXES, { error: missingOrInvalid }),
  birthPlace: requiredText(300),
  // An emptied input means the default, Russian citizenship.
  citizenship: z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    CountryCode.default('RU'),
  ),
  address: Address,
  /**
   * Whether the child lives at the registration address. Absent on cards made
   * before it was asked, which reads as «yes»; `false` asks for `residenceAddress`.
   */
  residenceSameAsRegistration: z.boolean({ error: missingOrInvalid }).optional(),
  residenceAddress: optionalField(Address),
  /** Optional for cards made before it was asked; the form asks for it. */
  relation: optionalField(z.enum(RELATIONS, { error: missingOrInvalid })),
  birthCertificate: BirthCertificate,
  snils: optionalField(Snils),
  inn: optionalField(Inn),
  omsPolicy: optionalField(OmsPolicyNumber),
  consent: Consent,
});

export type ChildCardInput = z.input<typeof ChildCardShape>;
export type ChildCardData = z.output<typeof ChildCardShape>;

export const CHILD_CARD_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'birthDate',
  'sex',
  'birthPlace',
  'citizenship',
  'address',
  'residenceSameAsRegistration',
  'residenceAddress',
  'relation',
  'birthCertificate',
  'snils',
  'inn',
  'omsPolicy',
  'consent',
] as const satisfies readonly (keyof ChildCardData)[];

export type ChildCardField = (typeof CHILD_CARD_FIELDS)[number];

// Fails to compile when a field is added to the shape but not to CHILD_CARD_FIELDS.
const _allFieldsListed: Exclude<keyof ChildCardData, ChildCardField> extends never ? true : false =
  true;

/** Fields that identify the child: hidden in lists, never logged. */
export const SENSITIVE_CHILD_FIELDS = [
  'snils',
  'inn',
  'omsPolicy',
  'birthCertificate',
] as const satisfies readonly ChildCardField[];

export type ChildCardSchemaDeps = {
  /** Today's date as ISO `YYYY-MM-DD` (an ISO datetime is cut to its date). */
  today: () => string;
};

const DATE_ROOTS: ReadonlySet<PropertyKey> = new Set(['birthDate', 'birthCertificate']);

/**
 * The child card with its cross-field rules: neither the birth date nor the certificate's
 * issue date in the future, and no certificate issued before the birth.
 */
export function makeChildCardSchema({ today }: ChildCardSchemaDeps) {
  return z.preprocess(withoutHiddenResidence, refined(today));
}

/** The residence address counts only while the box «совпадает с адресом регистрации» is clear. */
function withoutHiddenResidence(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const card = input as Record<string, unknown>;
  if (card.residenceSameAsRegistration === false) return card;
  const { residenceAddress: _hidden, ...rest } = card;
  return rest;
}

/** Where the child lives: the residence address, or the registration one when they match. */
export function residenceOf(
  card: Pick<ChildCardData, 'address' | 'residenceSameAsRegistration' | 'residenceAddress'>,
) {
  return card.residenceSameAsRegistration === false && card.residenceAddress
    ? card.residenceAddress
    : card.address;
}

function refined(today: () => string) {
  return ChildCardShape.superRefine(
    (card, ctx) => {
      const now = isoDatePart(today());
      if (!isIsoDate(now)) throw new RangeError('today() must return an ISO date');
      if (card.residenceSameAsRegistration === false && card.residenceAddress === undefined) {
        ctx.addIssue({ code: 'custom', message: 'required', path: ['residenceAddress'] });
      }
      const issueDate = card.birthCertificate.issueDate;
      if (card.birthDate > now) {
        ctx.addIssue({ code: 'custom', message: 'date-in-future', path: ['birthDate'] });
      }
      if (issueDate > now) {
        ctx.addIssue({
          code: 'custom',
          message: 'date-in-future',
          path: ['birthCertificate', 'issueDate'],
        });
      } else if (card.birthDate > issueDate) {
        ctx.addIssue({
          code: 'custom',
          message: 'birth-after-certificate-issue',
          path: ['birthCertificate', 'issueDate'],
        });
      }
    },
    {
      // Run even while other fields are still wrong, as long as both dates parsed.
      when: (payload) =>
        payload.issues.every((i) => {
          const root = i.path?.[0];
          return root !== undefined && !DATE_ROOTS.has(root);
        }),
    },
  ).overwrite(withoutUndefinedKeys);
}

/**
 * Emptied optional inputs parse to `undefined`; drop those keys (deeply) so the stored
 * document has absent fields rather than `undefined` values.
 */
export function withoutUndefinedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefinedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) out[k] = withoutUndefinedKeys(v);
  }
  return out as T;
}

export type ChildCardSchema = ReturnType<typeof makeChildCardSchema>;
