import type { CodePurpose, OneTimeCode, StoreWrites } from '../store/store.ts';
import { hashCode, sameHash } from '../auth/secrets.ts';

/** The rules of one-time codes (DESIGN §4, issue 3). */
export const CODE_RULES = {
  digits: 6,
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  lockMs: 30 * 60_000,
  resendAfterMs: 60_000,
} as const;

export type IssueResult =
  | { ok: true; code: string; expiresAt: string }
  | { ok: false; reason: 'code-locked'; until: string }
  | { ok: false; reason: 'code-resend-too-soon'; seconds: number };

export type CheckResult =
  | { ok: true }
  | { ok: false; reason: 'code-not-requested' | 'code-expired' }
  | { ok: false; reason: 'code-invalid'; attemptsLeft: number }
  | { ok: false; reason: 'code-locked'; until: string };

interface CodeContext {
  secret: Uint8Array;
  now: Date;
  randomBytes(size: number): Uint8Array;
}

/** A uniformly random 6-digit code (rejection sampling avoids modulo bias). */
export function randomDigits(randomBytes: (size: number) => Uint8Array, digits: number): string {
  const limit = 10 ** digits;
  const ceiling = Math.floor(2 ** 32 / limit) * limit;
  for (;;) {
    const bytes = randomBytes(4);
    const value = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    if (value < ceiling) return String(value % limit).padStart(digits, '0');
  }
}

const scopeOf = (accountId: string, purpose: CodePurpose) => `${accountId}:${purpose}`;

/** Issues a new code for one purpose, voiding the previous one. */
export async function issueCode(
  tx: StoreWrites,
  ctx: CodeContext,
  accountId: string,
  purpose: CodePurpose,
): Promise<IssueResult> {
  const existing = await tx.getCode(accountId, purpose);
  const now = ctx.now.getTime();
  if (existing?.lockedUntil && Date.parse(existing.lockedUntil) > now) {
    return { ok: false, reason: 'code-locked', until: existing.lockedUntil };
  }
  // The wait applies to resending a live code, not to a new sign-in after one was used.
  if (existing?.lastSentAt && existing.codeHash) {
    const wait = Date.parse(existing.lastSentAt) + CODE_RULES.resendAfterMs - now;
    if (wait > 0)
      return { ok: false, reason: 'code-resend-too-soon', seconds: Math.ceil(wait / 1000) };
  }
  const code = randomDigits(ctx.randomBytes, CODE_RULES.digits);
  const expiresAt = new Date(now + CODE_RULES.ttlMs).toISOString();
  const lockExpired = existing?.lockedUntil && Date.parse(existing.lockedUntil) <= now;
  const record: OneTimeCode = {
    accountId,
    purpose,
    codeHash: hashCode(ctx.secret, scopeOf(accountId, purpose), code),
    expiresAt,
    // A resend gives a new code but not new tries: the limit is per purpose.
    attempts: lockExpired ? 0 : (existing?.attempts ?? 0),
    lockedUntil: null,
    lastSentAt: ctx.now.toISOString(),
  };
  await tx.putCode(record);
  return { ok: true, code, expiresAt };
}

/**
 * Checks a typed code. A wrong try is counted and must be committed even
 * though the request fails, so this returns a result instead of throwing.
 */
export async function checkCode(
  tx: StoreWrites,
  ctx: Omit<CodeContext, 'randomBytes'>,
  accountId: string,
  purpose: CodePurpose,
  typed: string,
): Promise<CheckResult> {
  const record = await tx.getCode(accountId, purpose);
  const now = ctx.now.getTime();
  if (record?.lockedUntil && Date.parse(record.lockedUntil) > now) {
    return { ok: false, reason: 'code-locked', until: record.lockedUntil };
  }
  if (!record?.codeHash || !record.expiresAt) return { ok: false, reason: 'code-not-requested' };
  if (Date.parse(record.expiresAt) <= now) return { ok: false, reason: 'code-expired' };
  const lockExpired = record.lockedUntil !== null;
  const attemptsSoFar = lockExpired ? 0 : record.attempts;
  const expected = hashCode(ctx.secret, scopeOf(accountId, purpose), typed.trim());
  if (sameHash(expected, record.codeHash)) {
    await tx.putCode({
      ...record,
      codeHash: null,
      expiresAt: null,
      attempts: 0,
      lockedUntil: null,
    });
    return { ok: true };
  }
  const attempts = attemptsSoFar + 1;
  if (attempts >= CODE_RULES.maxAttempts) {
    const until = new Date(now + CODE_RULES.lockMs).toISOString();
    // Locking also voids the code: after the lock a new one must be requested.
    await tx.putCode({ ...record, codeHash: null, expiresAt: null, attempts, lockedUntil: until });
    return { ok: false, reason: 'code-locked', until };
  }
  await tx.putCode({ ...record, attempts, lockedUntil: null });
  return { ok: false, reason: 'code-invalid', attemptsLeft: CODE_RULES.maxAttempts - attempts };
}
