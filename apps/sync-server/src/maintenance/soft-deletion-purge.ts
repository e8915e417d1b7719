import type { Logger } from 'pino';
import { SOFT_DELETION_DAYS } from '@rodnik/domain';
import type { Clock } from '../deps.ts';
import type { Store, StoreWrites } from '../store/store.ts';
import { afterDeletion } from '../sync/deletion-rules.ts';
import { enqueue, jobWorker, type JobPayload } from '../jobs/job-registry.ts';
import type { JobWorker } from '../verification/job-worker.ts';

/**
 * The purge (docs/sync-rules.md, «Deletion»): a card or draft soft-deleted
 * (`deletedAt`) more than 30 days ago becomes a real tombstone, and what a
 * deletion sets going (a card's scans) happens then. Each soft deletion
 * schedules its own stored job, due 30 days later on the server's clock: a
 * device's clock, which wrote `deletedAt`, may be wrong, and nothing has to
 * scan every family's records to find the due ones.
 */
export const PURGE_SOFT_DELETED_JOB = 'purge-soft-deleted';

export const SOFT_DELETION_KEEP_MS = SOFT_DELETION_DAYS * 24 * 3_600_000;

export type PurgeJob = JobPayload<typeof PURGE_SOFT_DELETED_JOB>;

/** Schedules the tombstone of a record this write soft-deleted, in the same transaction. */
export async function schedulePurge(
  tx: StoreWrites,
  jobId: string,
  job: PurgeJob,
  now: string,
): Promise<void> {
  await enqueue(tx, PURGE_SOFT_DELETED_JOB, job, {
    id: jobId,
    now,
    runAfter: new Date(Date.parse(now) + SOFT_DELETION_KEEP_MS).toISOString(),
  });
}

/**
 * Turns the record into a tombstone unless it was restored or deleted again
 * meanwhile. Safe to run twice. Answers whether it queued more jobs.
 */
export function purgeSoftDeleted(
  deps: { store: Store; clock: Clock; newId(): string },
  job: PurgeJob,
): Promise<boolean> {
  return deps.store.transaction(async (tx) => {
    const record = await tx.getDoc(job.collection, job.id);
    if (!record || record.deleted || record.data.deletedAt !== job.deletedAt) return false;
    await tx.putDoc({ ...record, deleted: true });
    const now = deps.clock.now().toISOString();
    return afterDeletion(tx, job.collection, job.id, record, deps.newId, now);
  });
}

/** Runs the due purges beside the other job workers; they are due days apart, so it polls slowly. */
export function softDeletionPurger(
  deps: { store: Store; clock: Clock; logger: Logger; newId(): string; kickJobs(): void },
  pollMs = 60_000,
): JobWorker {
  return jobWorker({
    kind: PURGE_SOFT_DELETED_JOB,
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    pollMs,
    async handle(job) {
      if (await purgeSoftDeleted(deps, job)) deps.kickJobs();
    },
  });
}
