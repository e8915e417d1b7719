import { issueCode } from '../codes/one-time-codes.ts';
import { NO_IDENTITY } from '../identity/members.ts';
import type { Account, Channel, StoreWrites } from '../store/store.ts';
import { liveHolders } from './sign-up-expiry.ts';

export interface SignUpInput {
  surname: string;
  givenName: string;
  patronymic?: string | undefined;
  phone: string;
  email: string;
  role: 'parent' | 'child';
}

export type SignUpOutcome =
  /** A new account, and the codes to send to its phone and e-mail. */
  | { created: true; accountId: string; phoneCode: string; emailCode: string }
  /** The contacts already have an account: each is told so, nothing is made. */
  | { created: false; notices: { holder: Account; channel: Channel; to: string }[] };

/**
 * A sign-up, in one transaction: an account with its own family and member
 * document and a code per contact, unless a live account already holds the
 * phone or the e-mail (an expired hold is released on the way).
 */
export async function signUp(
  tx: StoreWrites,
  ctx: {
    now: Date;
    newId(): string;
    secret: Uint8Array;
    randomBytes(size: number): Uint8Array;
  },
  input: SignUpInput,
  passwordHash: string,
): Promise<SignUpOutcome> {
  const holders = await liveHolders(tx, input, ctx.now);
  if (holders.length > 0) {
    return { created: false, notices: holders.flatMap((holder) => heldContacts(holder, input)) };
  }
  const at = ctx.now.toISOString();
  const accountId = ctx.newId();
  const familyId = ctx.newId();
  await tx.insertFamily(familyId, at);
  await tx.insertAccount({
    id: accountId,
    familyId,
    role: input.role,
    surname: input.surname,
    givenName: input.givenName,
    patronymic: input.patronymic || null,
    phone: input.phone,
    email: input.email,
    passwordHash,
    phoneConfirmedAt: null,
    emailConfirmedAt: null,
    createdAt: at,
    childId: null,
    login: null,
  });
  await tx.putDoc({
    collection: 'members',
    id: accountId,
    familyId,
    childId: null,
    deleted: false,
    data: {
      accountId,
      role: input.role,
      displayName: [input.surname, input.givenName, input.patronymic].filter(Boolean).join(' '),
      childId: null,
      ...NO_IDENTITY,
    },
  });
  // A brand-new account has no codes yet, so neither issue can wait for a resend.
  const phoneCode = await issueCode(tx, ctx, accountId, 'confirm-phone');
  const emailCode = await issueCode(tx, ctx, accountId, 'confirm-email');
  if (!phoneCode.ok || !emailCode.ok) throw new Error('a new account already had codes');
  return { created: true, accountId, phoneCode: phoneCode.code, emailCode: emailCode.code };
}

/** Which of a sign-up's contacts an existing account holds, as places to tell it. */
function heldContacts(
  holder: Account,
  input: { phone: string; email: string },
): { holder: Account; channel: Channel; to: string }[] {
  const out: { holder: Account; channel: Channel; to: string }[] = [];
  if (holder.phone === input.phone) out.push({ holder, channel: 'sms', to: input.phone });
  if (holder.email === input.email) out.push({ holder, channel: 'email', to: input.email });
  return out;
}
