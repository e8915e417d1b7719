import { Password } from '@rodnik/domain';
import { newToken } from '../auth/secrets.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { familyDocs } from '../store/family-docs.ts';
import type { Account, StoredDoc, StoreReads, StoreWrites } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';

/**
 * A parent manages a child's account after it was made: sees its login,
 * gives it a new password, deletes it (the card stays). Only a simplified
 * account, the one a parent made for a child under 14: a teenager's own
 * account, linked with a code, belongs to the teenager (the parent unlinks it).
 */

export interface ChildAccountDeps {
  passwords: PasswordHasher;
  randomBytes(size: number): Uint8Array;
  now(): Date;
  newId(): string;
}

/** What the parent's screen shows of the child's account. */
export interface ChildAccountView {
  accountId: string;
  login: string | null;
  email: string | null;
  emailConfirmed: boolean;
  /** `simplified`: made by a parent; `own`: the teenager's own account, linked with a code. */
  kind: 'simplified' | 'own';
  createdAt: string;
}

export async function childAccountView(
  tx: StoreReads,
  actor: Actor,
  childId: string,
): Promise<ChildAccountView> {
  const { account, own } = await childAccountOf(tx, actor, childId);
  return {
    accountId: account.id,
    login: account.login,
    email: account.email,
    emailConfirmed: account.emailConfirmedAt !== null,
    kind: own ? 'own' : 'simplified',
    createdAt: account.createdAt,
  };
}

/**
 * A new password for the child's simplified account: the one the parent typed,
 * or one made here and answered once (never stored in plain text). The
 * child's sessions end: whoever held the old password is signed out.
 */
export async function resetChildPassword(
  tx: StoreWrites,
  deps: ChildAccountDeps,
  actor: Actor,
  childId: string,
  typed: string | undefined,
): Promise<{ password: string | null }> {
  const { account, own } = await childAccountOf(tx, actor, childId);
  if (own) throw new ApiFailure(409, 'child-account-own');
  const password = typed ?? oneTimePassword(deps.randomBytes);
  await tx.updateAccount(account.id, { passwordHash: await deps.passwords.hash(password) });
  await tx.revokeSessionsOf(account.id, deps.now().toISOString());
  return { password: typed === undefined ? password : null };
}

/**
 * Deletes the child's simplified account: its login, e-mail and name are
 * erased, it can no longer sign in, its sessions end and it leaves the family
 * (the row stays, empty, in a family of its own, so nothing refers to a
 * missing account). The card and every document of the child stay.
 */
export async function deleteChildAccount(
  tx: StoreWrites,
  deps: ChildAccountDeps,
  actor: Actor,
  childId: string,
): Promise<void> {
  const { account, own, card } = await childAccountOf(tx, actor, childId);
  if (own) throw new ApiFailure(409, 'child-account-own');
  const at = deps.now().toISOString();
  const familyId = deps.newId();
  await tx.insertFamily(familyId, at);
  await tx.updateAccount(account.id, {
    familyId,
    childId: null,
    login: null,
    email: null,
    phone: null,
    emailConfirmedAt: null,
    phoneConfirmedAt: null,
    surname: '',
    givenName: '',
    patronymic: null,
    // Nobody knows this password: there is nothing left to sign in with anyway.
    passwordHash: await deps.passwords.hash(newToken(deps.randomBytes)),
  });
  await tx.revokeSessionsOf(account.id, at);
  for (const member of await familyDocs(tx, 'members', actor.familyId)) {
    if (!member.deleted && member.data.accountId === account.id) {
      await tx.putDoc({ ...member, deleted: true });
    }
  }
  await tx.putDoc({ ...card, data: { ...card.data, accountId: null } });
}

async function childAccountOf(
  tx: StoreReads,
  actor: Actor,
  childId: string,
): Promise<{ account: Account; own: boolean; card: StoredDoc }> {
  if (actor.role !== 'parent') throw new ApiFailure(403, 'forbidden');
  const card = await tx.getDoc('children', childId);
  if (!card || card.deleted || card.familyId !== actor.familyId) {
    throw new ApiFailure(404, 'not-found');
  }
  const account = (await tx.listFamilyAccounts(actor.familyId)).find(
    (candidate) => candidate.role === 'child' && candidate.childId === childId,
  );
  if (!account) throw new ApiFailure(404, 'child-has-no-account');
  // A teenager's account came in through a link; a simplified one never has a link.
  const own = (await familyDocs(tx, 'links', actor.familyId)).some(
    (link) => link.data.childAccountId === account.id && link.data.status === 'linked',
  );
  return { account, own, card };
}

const UPPER = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const LOWER = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

/**
 * A password to read aloud or copy from the parent's screen: `ABCD-efgh-2345`,
 * 14 characters without look-alikes (0/O, 1/l/I). It passes the domain's
 * password rule, checked rather than assumed, as that rule may change.
 */
export function oneTimePassword(randomBytes: (size: number) => Uint8Array): string {
  for (;;) {
    const group = (alphabet: string) => [...pick(randomBytes, alphabet, 4)].join('');
    const candidate = `${group(UPPER)}-${group(LOWER)}-${group(DIGITS)}`;
    if (Password.safeParse(candidate).success) return candidate;
  }
}

/** `count` characters of `alphabet`, uniformly (rejection sampling, no modulo bias). */
function pick(randomBytes: (size: number) => Uint8Array, alphabet: string, count: number): string {
  const ceiling = Math.floor(256 / alphabet.length) * alphabet.length;
  let out = '';
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte < ceiling && out.length < count) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
