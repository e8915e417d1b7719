import type { DocumentKind } from '../collections/documents.ts';
import type { ErrorCode } from '../errors/codes.ts';
import { ageOn } from '../dates/age.ts';
import { conditionHolds } from './answers.ts';
import type { Service } from './service.ts';

/** The document kinds these answers (raw or parsed) need, in catalog order, without repeats. */
export function requiredDocumentsFor(service: Service, answers: unknown): DocumentKind[] {
  const out: DocumentKind[] = [];
  for (const rule of service.requiredDocuments) {
    if (rule.when !== undefined && !conditionHolds(rule.when, service.form, answers)) continue;
    if (!out.includes(rule.kind)) out.push(rule.kind);
  }
  return out;
}

/** Why a child may not apply: a code and the values its message is worded with. */
export type IneligibilityReason = {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, number>>;
};

export type EligibilityInput = {
  /** ISO `YYYY-MM-DD`. */
  readonly childBirthDate: string;
  /** ISO `YYYY-MM-DD`, from the injected clock. */
  readonly today: string;
  readonly accountConfirmed: boolean;
};

/**
 * The reasons this child may not apply for this service today; empty means allowed.
 * Ages are full years on `today`, both bounds inclusive. Throws RangeError on non-ISO dates.
 */
export function eligibility(
  service: Service,
  { childBirthDate, today, accountConfirmed }: EligibilityInput,
): IneligibilityReason[] {
  const rules = service.eligibility;
  const reasons: IneligibilityReason[] = [];
  const age = ageOn(childBirthDate, today);
  if (rules.minAge !== undefined && age < rules.minAge) {
    reasons.push({ code: 'service-child-too-young', params: { min: rules.minAge } });
  }
  if (rules.maxAge !== undefined && age > rules.maxAge) {
    reasons.push({ code: 'service-child-too-old', params: { max: rules.maxAge } });
  }
  if (rules.confirmedAccount === true && !accountConfirmed) {
    reasons.push({ code: 'account-not-confirmed', params: {} });
  }
  return reasons;
}
