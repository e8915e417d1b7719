import type { Logger } from 'pino';
import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import type { Store, StoredDoc, StoreWrites } from '../store/store.ts';
import { blobKey, type BlobStore } from './blob-store.ts';
import type { KeyLock } from './key-lock.ts';

/** The stored job enqueued when an accepted scan's record is deleted. */
export const RELEASE_BLOB_JOB = 'release-blob';

export type ReleaseBlobJob = JobPayload<typeof RELEASE_BLOB_JOB>;

export interface ReleaseDeps {
  store: Store;
  blobs: BlobStore;
  blobLocks: KeyLock;
  logger: Logger;
}

/** Lookup key of accepted bytes in a family: the duplicate check and the release both use it. */
export const fileKey = (familyId: string, sha256: string) => `file:${familyId}:${sha256}`;

/**
 * Queues the release of a deleted record's bytes, in the transaction that
 * deletes it, when it held accepted bytes. A parent who deletes a scan
 * expects the server to forget it, not to keep a passport page forever.
 */
export async function enqueueReleaseIfAccepted(
  tx: StoreWrites,
  jobId: string,
  deleted: Pick<StoredDoc, 'familyId' | 'data'>,
  now: string,
): Promise<boolean> {
  const { status, sha256 } = deleted.data;
  if (status !== 'accepted' || typeof sha256 !== 'string') return false;
  const payload: ReleaseBlobJob = { familyId: deleted.familyId, sha256 };
  await enqueue(tx, RELEASE_BLOB_JOB, payload, { id: jobId, now });
  return true;
}

/**
 * Deletes a family's bytes once no live record holds them: the same bytes
 * stay while another record of the family (another child, an application)
 * was accepted with them. Safe to run twice.
 */
export async function releaseBlob(deps: ReleaseDeps, job: ReleaseBlobJob): Promise<boolean> {
  const key = blobKey(job.familyId, job.sha256);
  return deps.blobLocks.run(key, () => releaseIfUnheld(deps, job));
}

/** The release itself; the caller holds the blob's lock. */
export async function releaseIfUnheld(
  deps: Pick<ReleaseDeps, 'store' | 'blobs' | 'logger'>,
  job: ReleaseBlobJob,
): Promise<boolean> {
  const holders = await deps.store.findDocsByKey('documents', fileKey(job.familyId, job.sha256));
  if (holders.some((doc) => doc.data.status === 'accepted')) return false;
  await deps.blobs.delete(blobKey(job.familyId, job.sha256));
  deps.logger.info('scan bytes released');
  return true;
}
