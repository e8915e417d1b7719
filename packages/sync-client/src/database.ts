import type { CollectionName } from '@rodnik/domain';
import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionCreators, type AnyDoc, type FamilyCollections } from './collections.ts';
import { leadByWebLock, webLocksAvailable } from './database-leadership.ts';

export type FamilyDatabase = RxDatabase<FamilyCollections>;

/**
 * One collection as replication handles it: every kind alike, its documents
 * plain JSON (`AnyDoc`). RxDB's collection type is invariant in its document
 * type, so the typed collection reaches replication through this one
 * declaration instead of a cast at each use.
 */
export function replicatedCollection(
  db: FamilyDatabase,
  name: CollectionName,
): RxCollection<AnyDoc>;
export function replicatedCollection(
  db: { collections: Partial<Record<CollectionName, RxCollection>> },
  name: CollectionName,
): RxCollection {
  const collection = db.collections[name];
  if (!collection) throw new Error(`the database has no collection named ${name}`);
  return collection;
}

let pluginsAdded = false;

/** One database per signed-in account: `rodnik-<accountId>` (DESIGN §5). */
export function databaseName(accountId: string): string {
  return `rodnik-${accountId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

export async function openFamilyDatabase(options: {
  accountId: string;
  /** Dexie (IndexedDB) in the browser; the memory storage in unit tests. */
  storage?: RxStorage<unknown, unknown>;
  multiInstance?: boolean;
}): Promise<FamilyDatabase> {
  if (!pluginsAdded) {
    addRxPlugin(RxDBLeaderElectionPlugin);
    addRxPlugin(RxDBMigrationSchemaPlugin);
    pluginsAdded = true;
  }
  const storage =
    options.storage ?? (await import('rxdb/plugins/storage-dexie')).getRxStorageDexie();
  const db = await createRxDatabase<FamilyCollections>({
    name: databaseName(options.accountId),
    storage,
    multiInstance: options.multiInstance ?? true,
    eventReduce: true,
    closeDuplicates: true,
  });
  // A Web Lock where there is one: RxDB's election would add an `unload` listener (issue 14).
  if (db.multiInstance && webLocksAvailable()) leadByWebLock(db);
  await db.addCollections(collectionCreators());
  return db;
}
