import type { Account } from '../api/api-client.ts';
import { childrenRepo, type ChildrenRepo } from '../child-card/children-repo.ts';
import { openFamilyDatabase, type FamilyDatabase } from '../db/database.ts';
import {
  browserNetwork,
  startFamilySync,
  type FamilySync,
  type SyncListener,
} from '../sync/family-sync.ts';
import { PendingChanges } from '../sync/pending-changes.ts';
import { createTransport } from '../sync/transport.ts';

/**
 * Everything that exists only after sign-in, loaded as its own chunk (RxDB,
 * the domain's schemas, replication): the account's database, its sync and
 * the repositories the screens write through.
 */
export interface FamilyApp {
  db: FamilyDatabase;
  sync: FamilySync;
  pending: PendingChanges;
  children: ChildrenRepo;
  close(): Promise<void>;
}

export async function openFamilyApp(options: {
  account: Account;
  token: () => string | null;
  listener: SyncListener;
  storage: Storage;
}): Promise<FamilyApp> {
  const { account } = options;
  const db = await openFamilyDatabase({ accountId: account.id });
  const pending = new PendingChanges(options.storage, `rodnik.pending.${account.id}`);
  const sync = startFamilySync({
    db,
    transport: createTransport({ token: options.token, isOnline: () => navigator.onLine }),
    network: browserNetwork,
    pending,
    listener: options.listener,
  });
  const children = childrenRepo({
    db,
    familyId: account.familyId,
    pending,
    now: () => new Date(),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
  });
  return {
    db,
    sync,
    pending,
    children,
    async close() {
      await sync.stop();
      await db.close();
    },
  };
}
