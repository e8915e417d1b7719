import {
  COLLECTIONS,
  documentSchema,
  formatDateRu,
  MemberPassport,
  PassportRu,
  validate,
  type FieldError,
  type Locale,
  type PassportDraft,
} from '@rodnik/domain';
import type { z } from 'zod';
import { issueMessage, messagesByField } from '../child-card/card-form.ts';

export const MemberDocument = documentSchema(COLLECTIONS.members);
export type MemberDoc = z.output<typeof MemberDocument>;

/** The passport form's inputs, in screen (and focus) order. */
export const PASSPORT_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'birthDate',
  'series',
  'number',
  'issueDate',
  'issuedBy',
  'departmentCode',
] as const satisfies readonly (keyof PassportDraft)[];
export type PassportField = (typeof PASSPORT_FIELDS)[number];

/** The strict `PassportRu` rules over the draft as typed: the same check the server runs. */
export function checkPassport(draft: PassportDraft): FieldError[] {
  const result = validate(MemberPassport, { passport: draft });
  return result.success ? [] : result.errors;
}

/** Messages by form field (`series`, not `passport.series`). */
export function passportMessages(draft: PassportDraft, locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const [field, text] of messagesByField(checkPassport(draft), locale)) {
    out.set(field.replace(/^passport\./, ''), text);
  }
  return out;
}

/**
 * What is stored on «Подтвердить»: the canonical values (capitalised names,
 * «4506» series, «123-456» code) with dates shown as ДД.ММ.ГГГГ again. Null when invalid.
 */
export function canonicalPassport(draft: PassportDraft): PassportDraft | null {
  const result = validate(PassportRu, draft);
  if (!result.success) return null;
  const asTyped = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDateRu(d) : d);
  const data = result.data;
  return Object.fromEntries(
    Object.entries({
      ...data,
      birthDate: asTyped(data.birthDate),
      issueDate: asTyped(data.issueDate),
    }).filter(([, v]) => v !== undefined && v !== ''),
  ) as PassportDraft;
}

/** What the parent sees: the server's verdict, or «waiting» while the request has not reached it. */
export type ShownIdentity = 'none' | 'waiting' | 'submitted' | 'confirmed' | 'rejected';

/** What a member document written before identity existed counts as. */
const NO_IDENTITY: MemberDoc['identity'] = {
  status: 'none',
  submittedAt: null,
  checkedAt: null,
  issues: [],
};

/** The server's identity fields, or «none» on a member document from before they existed. */
export function identityOf(
  member: Partial<Pick<MemberDoc, 'identity'>> | null,
): MemberDoc['identity'] {
  return member?.identity ?? NO_IDENTITY;
}

export function shownIdentity(
  member: Partial<Pick<MemberDoc, 'identitySubmittedAt' | 'identity'>> | null,
): ShownIdentity {
  if (!member) return 'none';
  const identitySubmittedAt = member.identitySubmittedAt ?? null;
  const identity = identityOf(member);
  if (identitySubmittedAt && identity.submittedAt !== identitySubmittedAt) {
    // A confirmed account stays confirmed while a later request is on its way.
    return identity.status === 'confirmed' ? 'confirmed' : 'waiting';
  }
  return identity.status;
}

/** The server's issues by form field (`passport.series` → `series`), worded like the form's own. */
export function identityIssues(
  member: Partial<Pick<MemberDoc, 'identity'>> | null,
  locale: Locale,
): Map<string, string> {
  const out = new Map<string, string>();
  const identity = identityOf(member);
  if (identity.status !== 'rejected') return out;
  for (const issue of identity.issues) {
    out.set(issue.field.replace(/^passport\./, ''), issueMessage(issue, locale));
  }
  return out;
}
