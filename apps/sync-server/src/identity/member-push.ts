import {
  identityDataOpen,
  identityMachine,
  jsonEqual,
  transition,
  type IdentityStatus,
} from '@rodnik/domain';
import type { JobPayload } from '../jobs/job-registry.ts';
import type { StoredDoc } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';

export const VERIFY_IDENTITY_JOB = 'verify-identity';

export type VerifyIdentityJob = JobPayload<typeof VERIFY_IDENTITY_JOB>;

/**
 * A device may write only its own parent account's member document, and only
 * the passport draft and `identitySubmittedAt`; everything else on members is
 * the server's.
 */
export function mayWriteMember(actor: Actor, master: StoredDoc | null): boolean {
  return (
    actor.role === 'parent' &&
    master !== null &&
    !master.deleted &&
    master.data.accountId === actor.accountId
  );
}

/** The identity as the server keeps it; a document written before it existed has none. */
function identityOf(data: Record<string, unknown>): {
  status: IdentityStatus;
  submittedAt?: string | null;
} {
  const identity = data.identity as
    { status?: IdentityStatus; submittedAt?: string | null } | undefined;
  return { ...identity, status: identity?.status ?? 'none' };
}

/** Whether `after` carries an `identitySubmittedAt` the server has not taken yet. */
function asksForCheck(after: Record<string, unknown>): boolean {
  const submittedAt = after.identitySubmittedAt;
  return typeof submittedAt === 'string' && submittedAt !== identityOf(after).submittedAt;
}

/**
 * A passport being checked (`submitted`) or confirmed changes only with a new
 * `identitySubmittedAt` — a new request, checked again. A quiet edit would
 * leave the account «Подтверждённая» for a passport nobody checked: the
 * device gets its member document back.
 */
export function refusesMemberPush(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  if (asksForCheck(after) || identityDataOpen(identityOf(before).status)) return false;
  return !jsonEqual(before.passport ?? {}, after.passport ?? {});
}

/**
 * A new `identitySubmittedAt` asks for a check: the identity becomes
 * `submitted` for that submission (the client's move of the identity
 * machine, or a newer request replacing one still `submitted`) and a job is
 * due. The same submission twice asks for nothing.
 */
export function applyIdentitySubmission(
  memberId: string,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; verify: VerifyIdentityJob | null } {
  if (!asksForCheck(data)) return { data, verify: null };
  const submittedAt = data.identitySubmittedAt as string;
  const from = identityOf(data).status;
  if (from !== 'submitted' && !transition(identityMachine, from, 'submitted', 'client').ok) {
    return { data, verify: null };
  }
  return {
    data: {
      ...data,
      identity: { status: 'submitted', submittedAt, checkedAt: null, issues: [] },
    },
    verify: { memberId, submittedAt },
  };
}

/** Another member's pull leaves the passport out: only its owner sees it. */
export function hidePassportOfOthers<T extends Record<string, unknown>>(
  actor: Actor,
  doc: StoredDoc,
  wire: T,
): T {
  if (doc.data.accountId === actor.accountId || !('passport' in wire)) return wire;
  const { passport: _hidden, ...rest } = wire;
  return rest as T;
}
