import type { CodePurpose, OneTimeCode, StoreWrites } from '../store/store.ts';
import { hashCode, sameHash } from '../auth/secrets.ts';

/**
 * The rules of one-time codes (DESIGN §4, issue 3; issue 12). Wrong tries
 * burn the code, never the owner's access: after the fifth the code is void
 * and a new one must be asked for. How many codes an account may be sent is
 * the send budget's rule (`codes/send-budget.ts`).
 */
export const CODE_RULES = {
  digits: 6,
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  resendAfterMs: 60_000,
} as const;

export type IssueResult =
  | { ok: true; code: string; expiresAt: string }
  | { ok: false; reason: 'code-resend-too-soon'; seconds: number };

/**
 * Why a check failed, for the server's own use: the routes answer every
 * failure alike, so a stranger learns nothing about an account's codes.
 */
export type CheckResult =
  | { ok: true }
  | { ok: false; reason: 'code-not-requested' | 'code-expired' | 'code-burned' }
  | { ok: false; reason: 'code-invalid'; attemptsLeft: number };

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

/**
 * A code's hash covers what it was sent for; `bound` ties it to one value too
 * (the new phone or e-mail a contact change sends it to), so the check needs
 * that value again and nothing else has to be stored.
 */
const scopeOf = (accountId: string, purpose: CodePurpose, bound: string) =>
  bound === '' ? `${accountId}:${purpose}` : `${accountId}:${purpose}:${bound}`;

/** Issues a new code for one purpose, voiding the previous one; a new code has its own tries. */
export async function issueCode(
  tx: StoreWrites,
  ctx: CodeContext,
  accountId: string,
  purpose: CodePurpose,
  bound = '',
): Promise<IssueResult> {
  const existing = await tx.getCode(accountId, purpose);
  const now = ctx.now.getTime();
  // The wait applies to resending a live code, not to a new sign-in after one was used.
  if (existing?.lastSentAt && existing.codeHash) {
    const wait = Date.parse(existing.lastSentAt) + CODE_RULES.resendAfterMs - now;
    if (wait > 0)
      return { ok: false, reason: 'code-resend-too-soon', seconds: Math.ceil(wait / 1000) };
  }
  const code = randomDigits(ctx.randomBytes, CODE_RULES.digits);
  const expiresAt = new Date(now + CODE_RULES.ttlMs).toISOString();
  const record: OneTimeCode = {
    accountId,
    purpose,
    codeHash: hashCode(ctx.secret, scopeOf(accountId, purpose, bound), code),
    expiresAt,
    attempts: 0,
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
  bound = '',
): Promise<CheckResult> {
  const record = await tx.getCode(accountId, purpose);
  const now = ctx.now.getTime();
  if (!record?.codeHash || !record.expiresAt) {
    const burned = record !== null && record.attempts >= CODE_RULES.maxAttempts;
    return { ok: false, reason: burned ? 'code-burned' : 'code-not-requested' };
  }
  if (Date.parse(record.expiresAt) <= now) return { ok: false, reason: 'code-expired' };
  const expected = hashCode(ctx.secret, scopeOf(accountId, purpose, bound), typed.trim());
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
  const attempts = record.attempts + 1;
  if (attempts >= CODE_RULES.maxAttempts) {
    // The fifth wrong try voids the code; the account itself stays open.
    await tx.putCode({ ...record, codeHash: null, expiresAt: null, attempts, lockedUntil: null });
    return { ok: false, reason: 'code-burned' };
  }
  await tx.putCode({ ...record, attempts, lockedUntil: null });
  return { ok: false, reason: 'code-invalid', attemptsLeft: CODE_RULES.maxAttempts - attempts };
}
