import type { StoredDoc, StoreReads } from '../store/store.ts';

const PAGE = 500;

/** A new member document's identity fields: nothing submitted, nothing checked. */
export const NO_IDENTITY = {
  identitySubmittedAt: null,
  identity: { status: 'none', submittedAt: null, checkedAt: null, issues: [] },
} as const;

/** Every live document of a collection in a family, all pages. */
export async function familyDocs(
  store: StoreReads,
  collection: 'members' | 'documents' | 'links',
  familyId: string,
): Promise<StoredDoc[]> {
  const out: StoredDoc[] = [];
  for (let after = 0; ;) {
    const page = await store.pullDocs(collection, { familyId }, after, PAGE);
    out.push(...page.filter((doc) => !doc.deleted));
    if (page.length < PAGE) return out;
    after = page.at(-1)!.seq;
  }
}

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
