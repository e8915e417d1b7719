import { openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';

export {
  createTransport,
  PendingChanges,
  startFamilySync,
  type FamilyDatabase,
} from '@rodnik/sync-client';

/** A phone's family database in memory (RxDB's memory storage), for benchmarks in Node. */
export function openMemoryFamilyDatabase(accountId: string): Promise<FamilyDatabase> {
  return openFamilyDatabase({ accountId, storage: getRxStorageMemory(), multiInstance: false });
}
