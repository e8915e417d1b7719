import { fieldError, passwordProblem } from '@rodnik/domain';
import { checkCode, issueCode } from '../codes/one-time-codes.ts';
import { badInput } from '../http/api-failure.ts';
import type { Account, StoreWrites } from '../store/store.ts';
import { liveHolderOf } from './sign-up-expiry.ts';

/**
 * «Настройки» (issue 17): a signed-in person changes their password, phone
 * or e-mail. A new contact counts only once a code sent to it comes back;
 * the code is bound to that value (`issueCode`'s `bound`), so nothing
 * pending is stored. A contact another account holds gets no code — that
 * account is told instead — and the answer is the same, so nobody learns
 * whose a phone or an address is.
 */

export type ContactChannel = 'phone' | 'email';

interface CodeContext {
  secret: Uint8Array;
  now: Date;
  randomBytes(size: number): Uint8Array;
}

const purposeOf = (channel: ContactChannel) =>
  channel === 'phone' ? ('change-phone' as const) : ('change-email' as const);

/** What an account signs in with: a new password must not be one of these. */
export function loginsOf(account: Account): string[] {
  return [account.phone, account.email, account.login].filter((v): v is string => !!v);
}

/** Refuses a new password by the domain's one rule, the account's logins included. */
export function assertNewPassword(password: string, logins: readonly string[]): void {
  const problem = passwordProblem(password, logins);
  if (problem === undefined) return;
  throw badInput([
    typeof problem === 'string'
      ? fieldError('password', problem)
      : fieldError('password', problem.code, problem.params),
  ]);
}

export type ContactRequest =
  /** Send this code to the new contact. */
  | { kind: 'code'; code: string; expiresAt: string }
  /** Another account holds the contact: tell it, send no code. */
  | { kind: 'held'; holder: Account }
  /** Nothing to send: already this account's confirmed contact, or a code went out under a minute ago. */
  | { kind: 'none' };

/** Step one of a contact change, in one transaction. */
export async function requestContactChange(
  tx: StoreWrites,
  ctx: CodeContext,
  account: Account,
  channel: ContactChannel,
  value: string,
): Promise<ContactRequest> {
  const holder = await liveHolderOf(tx, channel, value, ctx.now);
  if (holder && holder.id !== account.id) return { kind: 'held', holder };
  const confirmed = channel === 'phone' ? account.phoneConfirmedAt : account.emailConfirmedAt;
  if (holder && confirmed) return { kind: 'none' };
  const issued = await issueCode(tx, ctx, account.id, purposeOf(channel), value);
  return issued.ok
    ? { kind: 'code', code: issued.code, expiresAt: issued.expiresAt }
    : { kind: 'none' };
}

/**
 * Step two: the code sent to `value` makes it the account's confirmed
 * contact. False for every failure alike (wrong, expired, burned, never
 * sent, or the contact taken meanwhile); a wrong try is written either way.
 */
export async function confirmContactChange(
  tx: StoreWrites,
  ctx: Omit<CodeContext, 'randomBytes'>,
  account: Account,
  channel: ContactChannel,
  value: string,
  code: string,
): Promise<boolean> {
  const checked = await checkCode(tx, ctx, account.id, purposeOf(channel), code, value);
  if (!checked.ok) return false;
  const holder = await liveHolderOf(tx, channel, value, ctx.now);
  if (holder && holder.id !== account.id) return false;
  const at = ctx.now.toISOString();
  await tx.updateAccount(
    account.id,
    channel === 'phone'
      ? { phone: value, phoneConfirmedAt: at }
      : { email: value, emailConfirmedAt: at },
  );
  return true;
}
