import type { StoredDoc } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';

export const VERIFY_IDENTITY_JOB = 'verify-identity';

export interface VerifyIdentityJob {
  memberId: string;
  submittedAt: string;
}

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

/**
 * A new `identitySubmittedAt` asks for a check: the identity becomes
 * `submitted` for that submission and a job is due. The same submission twice
 * asks for nothing.
 */
export function applyIdentitySubmission(
  memberId: string,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; verify: VerifyIdentityJob | null } {
  const submittedAt = data.identitySubmittedAt;
  const identity = data.identity as { submittedAt?: string | null } | undefined;
  if (typeof submittedAt !== 'string' || submittedAt === identity?.submittedAt) {
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
