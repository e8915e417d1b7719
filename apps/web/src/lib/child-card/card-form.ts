import {
  fieldError,
  fieldLabel,
  formatDateRu,
  isErrorCode,
  makeChildCardSchema,
  messageFor,
  validate,
  type ChildCardDraft,
  type ChildCardStatus,
  type FieldError,
  type Locale,
} from '@rodnik/domain';
import type { ChildDoc } from '@rodnik/sync-client';

/**
 * The child card form's rules, kept out of the component so they are tested
 * on their own: which fields have what message, what is stored on submit,
 * and which status the parent sees.
 */

/** Dot paths of every text input of the form, in screen (and focus) order. */
export const TEXT_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'birthDate',
  'birthPlace',
  'citizenship',
  'address.region',
  'address.district',
  'address.settlement',
  'address.street',
  'address.house',
  'address.building',
  'address.apartment',
  'address.postcode',
  'residenceAddress.region',
  'residenceAddress.district',
  'residenceAddress.settlement',
  'residenceAddress.street',
  'residenceAddress.house',
  'residenceAddress.building',
  'residenceAddress.apartment',
  'residenceAddress.postcode',
  'birthCertificate.series',
  'birthCertificate.number',
  'birthCertificate.issueDate',
  'birthCertificate.issuedBy',
  'birthCertificate.country',
  'snils',
  'inn',
  'omsPolicy',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Numbers hidden until «Показать» (DESIGN §3: sensitive child fields). */
export const MASKED_FIELDS: readonly string[] = [
  'snils',
  'inn',
  'omsPolicy',
  'birthCertificate.series',
  'birthCertificate.number',
];

export type Draft = ChildCardDraft;

/** The parts of an address block, in screen order. */
export const ADDRESS_PARTS = [
  'region',
  'district',
  'settlement',
  'street',
  'house',
  'building',
  'apartment',
  'postcode',
] as const;

/**
 * Fields marked required (a star and `aria-required`): what the schema asks
 * for, and the relation to the child, which the form asks of every new card.
 */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set([
  'surname',
  'givenName',
  'birthDate',
  'sex',
  'birthPlace',
  'citizenship',
  ...['region', 'settlement', 'house', 'postcode'].flatMap((k) => [
    `address.${k}`,
    `residenceAddress.${k}`,
  ]),
  'relation',
  'birthCertificate.series',
  'birthCertificate.number',
  'birthCertificate.issueDate',
  'birthCertificate.issuedBy',
  'birthCertificate.country',
  'consent',
]);

/** The id of a field's input (the first radio of a group): where an error link and focus go. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/** Whether the residence address is asked for: the box «совпадает…» is clear. */
export const residenceDiffers = (draft: Draft): boolean =>
  draft.residenceSameAsRegistration === false;

export function readPath(draft: Draft, path: string): string {
  let value: unknown = draft;
  for (const part of path.split('.')) {
    value = (value as Record<string, unknown> | undefined)?.[part];
  }
  return typeof value === 'string' ? value : '';
}

/** A copy of `draft` with `path` set; nested objects are copied, never mutated. */
export function writePath(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const record = draft as Record<string, unknown>;
  if (rest.length === 0) return { ...record, [head]: value } as Draft;
  const inner = (record[head] as Record<string, unknown> | undefined) ?? {};
  return { ...record, [head]: writePath(inner as Draft, rest.join('.'), value) } as Draft;
}

/** The client-owned draft fields of a stored card. */
export function draftOf(doc: ChildDoc): Draft {
  const {
    surname,
    givenName,
    patronymic,
    birthDate,
    sex,
    birthPlace,
    citizenship,
    address,
    residenceSameAsRegistration,
    residenceAddress,
    relation,
    birthCertificate,
    snils,
    inn,
    omsPolicy,
    consent,
  } = doc;
  return withoutUndefined({
    surname,
    givenName,
    patronymic,
    birthDate,
    sex,
    birthPlace,
    citizenship,
    address,
    residenceSameAsRegistration,
    residenceAddress,
    relation,
    birthCertificate: birthCertificate ?? { kind: 'ru' },
    snils,
    inn,
    omsPolicy,
    consent,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The form's check: the schema's rules, with an empty address block checked
 * part by part (so each empty part is marked, not a block with no input of its
 * own), and the relation to the child asked for.
 */
export function checkDraft(draft: Draft, today: string): FieldError[] {
  const checked: Draft = {
    ...draft,
    address: draft.address ?? {},
    ...(residenceDiffers(draft) ? { residenceAddress: draft.residenceAddress ?? {} } : {}),
  };
  const result = validate(makeChildCardSchema({ today: () => today }), checked);
  const errors = result.success ? [] : [...result.errors];
  if (!draft.relation) errors.push(fieldError('relation', 'required'));
  return errors;
}

/** The paths whose values differ between two drafts (an edit of a verified card). */
export function changedFields(before: Draft, after: Draft): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, prefix: string) => {
    const plain = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    if (plain(a) || plain(b)) {
      const x = plain(a) ? a : {};
      const y = plain(b) ? b : {};
      if (prefix === 'consent') {
        if ((x.given === true) !== (y.given === true)) out.push(prefix);
        return;
      }
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        walk(x[key], y[key], prefix ? `${prefix}.${key}` : key);
      }
      return;
    }
    const empty = (v: unknown) => v === undefined || v === null || v === '';
    if (!(empty(a) && empty(b)) && a !== b) out.push(prefix);
  };
  walk(before, after, '');
  return out;
}

/** The first message per field, in the requested language. */
export function messagesByField(
  errors: readonly FieldError[],
  locale: Locale,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const error of errors) {
    if (!out.has(error.field))
      out.set(error.field, locale === 'ru' ? error.message : error.messageEn);
  }
  return out;
}

/** A server issue (`{ field, code }`) worded like every other message. */
export function issueMessage(issue: { field: string; code: string }, locale: Locale): string {
  const field = fieldLabel(issue.field, locale);
  return isErrorCode(issue.code)
    ? messageFor(issue.code, { field }, locale)
    : `${field}: ${issue.code}`;
}

/**
 * What is stored when the parent submits: the canonical values (trimmed,
 * capitalised, SNILS formatted…) the schema produces, with dates shown again
 * as ДД.ММ.ГГГГ so the form reads the way it was typed. Null if invalid.
 */
export function canonicalDraft(draft: Draft, today: string): Draft | null {
  if (checkDraft(draft, today).length > 0) return null;
  const result = validate(makeChildCardSchema({ today: () => today }), draft);
  if (!result.success) return null;
  const data = result.data;
  return withoutUndefined({
    ...data,
    birthDate: formatDateRu(data.birthDate),
    address: { ...data.address },
    birthCertificate:
      data.birthCertificate.kind === 'ru'
        ? { ...data.birthCertificate, issueDate: formatDateRu(data.birthCertificate.issueDate) }
        : { ...data.birthCertificate, issueDate: formatDateRu(data.birthCertificate.issueDate) },
  }) as Draft;
}

/** What the parent sees: the server's status, or «waiting» while a submission has not reached it. */
export type ShownStatus = ChildCardStatus | 'waiting';

/** A verified card sent again with changes, and not yet checked again. */
export function reverifying(
  doc: Pick<ChildDoc, 'status' | 'statusHistory'>,
  shown: ShownStatus,
): boolean {
  const open = shown === 'waiting' || shown === 'submitted' || shown === 'verifying';
  return open && (doc.statusHistory ?? []).some((entry) => entry.status === 'verified');
}

export function shownStatus(
  doc: Pick<ChildDoc, 'status' | 'submittedAt' | 'verification'>,
): ShownStatus {
  if (doc.submittedAt && doc.verification?.submittedAt !== doc.submittedAt) return 'waiting';
  return doc.status;
}

/** Fields the server asked to correct for the current submission. */
export function correctionFields(doc: Pick<ChildDoc, 'status' | 'verification'>): Set<string> {
  if (doc.status !== 'needs_correction') return new Set();
  return new Set((doc.verification?.issues ?? []).map((i) => i.field));
}

/** The display name of a card in the family list. */
export function childName(doc: Pick<ChildDoc, 'surname' | 'givenName' | 'patronymic'>): string {
  return [doc.surname, doc.givenName, doc.patronymic].filter((p) => p && p.trim()).join(' ');
}

/** 11223344595 → •••-•••-••• 95: enough to recognise, not enough to read out. */
export function maskValue(value: string): string {
  const tail = value.replace(/\s/g, '').slice(-2);
  return `${'•'.repeat(Math.max(4, Math.min(value.length - 2, 9)))} ${tail}`;
}
