import { familyDocs } from '../store/family-docs.ts';
import type { StoredDoc, StoreReads } from '../store/store.ts';

/** A new member document's identity fields: nothing submitted, nothing checked. */
export const NO_IDENTITY = {
  identitySubmittedAt: null,
  identity: { status: 'none', submittedAt: null, checkedAt: null, issues: [] },
} as const;

/** The account's own `members` document in its current family. */
export async function memberOf(store: StoreReads, accountId: string): Promise<StoredDoc | null> {
  const account = await store.getAccount(accountId);
  if (!account) return null;
  const members = await familyDocs(store, 'members', account.familyId);
  return members.find((doc) => doc.data.accountId === accountId) ?? null;
}

/**
 * Whether the account is «Подтверждённая»: passport and passport scan checked
 * through the registry. Linking codes and applications require it.
 */
export async function isIdentityConfirmed(store: StoreReads, accountId: string): Promise<boolean> {
  const member = await memberOf(store, accountId);
  const identity = member?.data.identity as { status?: string } | undefined;
  return identity?.status === 'confirmed';
}
