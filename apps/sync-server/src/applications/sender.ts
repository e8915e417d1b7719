import type { StoredDoc, StoreReads } from '../store/store.ts';
import { senderKey } from './move-status.ts';

/** The account that sent an application last (its lookup key names it), if still in the family. */
export async function senderOf(store: StoreReads, application: StoredDoc): Promise<string | null> {
  for (const account of await store.listFamilyAccounts(application.familyId)) {
    if (account.role !== 'parent') continue;
    const sent = await store.findDocsByKey('applications', senderKey(account.id));
    if (sent.some((doc) => doc.id === application.id)) return account.id;
  }
  return null;
}
