import type { ApplicationStatus } from './application.machine.ts';

/**
 * What a family may do with an application in each status — one home for
 * the server's push policy and the web's screens alike.
 *
 * - The form (service, child, answers, documents, consent) is the family's
 *   while it is a draft, and again under `needs_info` (then only what was asked).
 * - A sent application the server has not finished is open: the family may
 *   withdraw it (a draft is deleted instead, it was never sent).
 * - Approved, rejected and withdrawn applications are final: nothing changes.
 */
export const FAMILY_EDITABLE_APPLICATION_STATUSES = [
  'draft',
  'needs_info',
] as const satisfies readonly ApplicationStatus[];

export const OPEN_APPLICATION_STATUSES = [
  'submitted',
  'in_review',
  'needs_info',
  'resubmitted',
] as const satisfies readonly ApplicationStatus[];

export const FINAL_APPLICATION_STATUSES = [
  'approved',
  'rejected',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];

const editable: ReadonlySet<ApplicationStatus> = new Set(FAMILY_EDITABLE_APPLICATION_STATUSES);
const open: ReadonlySet<ApplicationStatus> = new Set(OPEN_APPLICATION_STATUSES);
const final: ReadonlySet<ApplicationStatus> = new Set(FINAL_APPLICATION_STATUSES);

/** Whether the family may change the form in this status (a draft, or an answer to `needs_info`). */
export function familyMayEditApplication(status: ApplicationStatus): boolean {
  return editable.has(status);
}

/** Whether the family's «Отправить» sends (a draft) or resends (after `needs_info`) in this status. */
export function familyMaySendApplication(status: ApplicationStatus): boolean {
  return editable.has(status);
}

/**
 * A draft never sent is deleted (softly, `deletedAt`) or restored; a sent
 * application never is — it is withdrawn instead.
 */
export function familyMayDeleteApplication(application: {
  status: ApplicationStatus;
  submittedAt: string | null;
}): boolean {
  return application.status === 'draft' && application.submittedAt === null;
}

/** Sent, and not finished: the family may withdraw it. */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return open.has(status);
}

/** Approved, rejected or withdrawn: nothing changes any more. */
export function isFinalApplication(status: ApplicationStatus): boolean {
  return final.has(status);
}
