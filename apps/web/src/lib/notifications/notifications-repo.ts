import type { FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import { isUnread } from './notifications.ts';

/**
 * Marks a notification read: the client-owned `readAt` in local RxDB, sent by
 * replication, so the family's other devices see it read too.
 */
export async function markNotificationRead(
  deps: { db: FamilyDatabase; pending: PendingChanges; now: () => Date },
  id: string,
): Promise<boolean> {
  const doc = await deps.db.notifications.findOne(id).exec();
  if (!doc || !isUnread(doc)) return false;
  await doc.incrementalPatch({ readAt: deps.now().toISOString() });
  deps.pending.mark('notifications', id);
  return true;
}
