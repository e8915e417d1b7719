import type { CollectionName } from '@rodnik/domain';
import { schedulePurge } from '../../maintenance/soft-deletion-purge.ts';
import { afterDeletion, softDeletedNow } from '../deletion-rules.ts';
import type { StoredDoc } from '../../store/store.ts';
import type { Change, PolicyContext, TypedDoc } from '../policy.ts';

/**
 * What a write sets going for a record that can be deleted
 * (docs/sync-rules.md, «Deletion»): moved into «Недавно удалённые» (a new
 * `deletedAt`), its purge is scheduled; turned into a tombstone, what it held
 * goes with it (`afterDeletion`).
 */
export async function afterRecordWrite<C extends CollectionName>(
  ctx: PolicyContext,
  written: TypedDoc<C>,
  change: Change<C>,
  /** The collection, when its records go through «Недавно удалённые» first. */
  softDeletable: 'children' | 'applications' | null,
): Promise<void> {
  const { master } = change;
  if (softDeletable) {
    const trashedAt = softDeletedNow(master?.data ?? null, written.data);
    if (trashedAt) {
      const purge = { collection: softDeletable, id: written.id, deletedAt: trashedAt };
      await schedulePurge(ctx.tx, ctx.newId(), purge, ctx.now);
    }
  }
  if (written.deleted && !master?.deleted) {
    const queued = await afterDeletion(
      ctx.tx,
      written.collection,
      written.id,
      master as StoredDoc | null,
      ctx.newId,
      ctx.now,
    );
    if (queued) ctx.queued.verification = true;
  }
}
