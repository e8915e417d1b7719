import {
  countsAgainstLimit,
  FAMILY_RECORD_LIMITS,
  isLimitedCollection,
  type CollectionName,
} from '@rodnik/domain';
import { ApiFailure } from '../http/api-failure.ts';
import { familyDocs } from '../store/family-docs.ts';
import type { StoredDoc, StoreWrites } from '../store/store.ts';

/** +1 when a write made a record count against its family's limit, −1 when it stopped, else 0. */
export function quotaDelta(
  collection: CollectionName,
  before: StoredDoc | null,
  after: StoredDoc,
): number {
  if (!isLimitedCollection(collection)) return 0;
  const counted = (doc: StoredDoc | null) =>
    doc !== null && countsAgainstLimit(collection, doc.data, doc.deleted);
  return Number(counted(after)) - Number(counted(before));
}

/**
 * Refuses a push that leaves its family above the limit with more counted
 * records than before (FAMILY_RECORD_LIMITS): 429 `record-quota`, the whole
 * batch rolled back, so the device keeps the records and retries. A batch
 * that deletes as many as it creates always passes, so deleting drafts is the
 * way out the message names.
 */
export async function holdRecordQuota(
  tx: StoreWrites,
  collection: CollectionName,
  familyId: string,
  grew: number,
): Promise<void> {
  if (grew <= 0 || !isLimitedCollection(collection)) return;
  const max = FAMILY_RECORD_LIMITS[collection];
  const docs = await familyDocs(tx, collection, familyId);
  const counted = docs.filter((doc) => countsAgainstLimit(collection, doc.data, doc.deleted));
  if (counted.length > max) {
    throw new ApiFailure(429, 'record-quota', { collection, max });
  }
}
