import type { Account, StoreWrites } from '../store/store.ts';

/**
 * A sign-up's contacts are held for 24 hours while unconfirmed (issue 12).
 * After that a sign-up that confirmed neither is gone: the auth routes treat
 * it as no account, and the next sign-up with its phone or e-mail frees them.
 * A contact still unconfirmed on an account that confirmed the other is freed
 * the same way. Checked at sign-up time, in the sign-up's own transaction, so
 * it holds on SQLite and PostgreSQL alike with no sweeper.
 */
export const SIGN_UP_TTL_MS = 24 * 3_600_000;

type ContactField = 'phone' | 'email';

/** Only sign-ups expire: they carry a phone, which a parent-made child account or an operator never has. */
const fromSignUp = (account: Account) => account.role !== 'operator' && account.phone !== null;

function isOld(account: Account, now: Date): boolean {
  return Date.parse(account.createdAt) + SIGN_UP_TTL_MS <= now.getTime();
}

const hasConfirmedContact = (account: Account) =>
  account.phoneConfirmedAt !== null || account.emailConfirmedAt !== null;

/** A sign-up that confirmed nothing in 24 hours: no longer an account. */
export function isExpiredSignUp(account: Account, now: Date): boolean {
  return fromSignUp(account) && !hasConfirmedContact(account) && isOld(account, now);
}

function holdsExpired(account: Account, field: ContactField, now: Date): boolean {
  const confirmed = field === 'phone' ? account.phoneConfirmedAt : account.emailConfirmedAt;
  return fromSignUp(account) && confirmed === null && isOld(account, now);
}

/**
 * The account that really holds this phone or e-mail, or null; a hold that
 * has expired is released on the way (the contact is taken off the old
 * account, and an account that confirmed nothing loses both, so it can
 * never be reached).
 */
export async function liveHolderOf(
  tx: StoreWrites,
  field: ContactField,
  value: string,
  now: Date,
): Promise<Account | null> {
  const holder = await tx.findAccountByLogin({ [field]: value });
  if (!holder) return null;
  if (!holdsExpired(holder, field, now)) return holder;
  await tx.updateAccount(
    holder.id,
    hasConfirmedContact(holder) ? { [field]: null } : { phone: null, email: null },
  );
  return null;
}

/** The accounts that really hold these contacts (`liveHolderOf` each). */
export async function liveHolders(
  tx: StoreWrites,
  contacts: { phone: string; email: string },
  now: Date,
): Promise<Account[]> {
  const holders: Account[] = [];
  for (const field of ['phone', 'email'] as const) {
    const holder = await liveHolderOf(tx, field, contacts[field], now);
    if (holder && !holders.some((known) => known.id === holder.id)) holders.push(holder);
  }
  return holders;
}
