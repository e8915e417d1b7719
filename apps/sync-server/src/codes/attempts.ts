import type { CodePurpose, StoreWrites } from '../store/store.ts';

/**
 * Wrong tries and lock-out of a purpose that has no code of its own in the
 * `codes` table (linking a child account, accepting an invitation), counted
 * per account. Only a signed-in account can make these tries, so the lock
 * shuts out nobody but the one guessing. A wrong try must be committed even
 * though the request fails, so these return results instead of throwing.
 */
export const ATTEMPT_RULES = { maxAttempts: 5, lockMs: 30 * 60_000 } as const;

export async function activeLock(
  tx: StoreWrites,
  accountId: string,
  purpose: CodePurpose,
  now: Date,
): Promise<string | null> {
  const record = await tx.getCode(accountId, purpose);
  return record?.lockedUntil && Date.parse(record.lockedUntil) > now.getTime()
    ? record.lockedUntil
    : null;
}

export type FailureResult =
  { locked: true; until: string } | { locked: false; attemptsLeft: number };

export async function recordFailure(
  tx: StoreWrites,
  accountId: string,
  purpose: CodePurpose,
  now: Date,
): Promise<FailureResult> {
  const record = await tx.getCode(accountId, purpose);
  // Tries made before a lock that has run out do not count again.
  const before = record?.lockedUntil ? 0 : (record?.attempts ?? 0);
  const attempts = before + 1;
  const locked = attempts >= ATTEMPT_RULES.maxAttempts;
  const until = locked ? new Date(now.getTime() + ATTEMPT_RULES.lockMs).toISOString() : null;
  await tx.putCode({
    accountId,
    purpose,
    codeHash: null,
    expiresAt: null,
    attempts,
    lockedUntil: until,
    lastSentAt: null,
  });
  return until
    ? { locked: true, until }
    : { locked: false, attemptsLeft: ATTEMPT_RULES.maxAttempts - attempts };
}

export async function clearFailures(
  tx: StoreWrites,
  accountId: string,
  purpose: CodePurpose,
): Promise<void> {
  const record = await tx.getCode(accountId, purpose);
  if (record && (record.attempts > 0 || record.lockedUntil)) {
    await tx.putCode({ ...record, attempts: 0, lockedUntil: null });
  }
}
