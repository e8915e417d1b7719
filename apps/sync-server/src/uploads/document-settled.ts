import type { Logger } from 'pino';
import { enqueue } from '../jobs/job-registry.ts';
import type { StoreWrites } from '../store/store.ts';

/** The stored job enqueued whenever a scan is accepted, rejected or deleted. */
export const DOCUMENT_SETTLED_JOB = 'document-settled';

/**
 * Called once a `documents` record reached `accepted` or `rejected`, or was
 * deleted, from a stored job (so a restart does not lose it). Listeners must be safe to run
 * twice: a failed job is retried with every listener.
 */
export type DocumentSettledListener = (documentId: string) => Promise<void>;

export async function enqueueDocumentSettled(
  tx: StoreWrites,
  jobId: string,
  documentId: string,
  now: string,
): Promise<void> {
  await enqueue(tx, DOCUMENT_SETTLED_JOB, { documentId }, { id: jobId, now });
}

/** Runs every registered listener; one failing fails the job, which then retries. */
export async function runDocumentSettled(
  listeners: readonly DocumentSettledListener[],
  documentId: string,
  logger: Logger,
): Promise<void> {
  const failures: unknown[] = [];
  for (const listener of listeners) {
    try {
      await listener(documentId);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    logger.warn({ documentId, failed: failures.length }, 'document-settled listener failed');
    throw failures[0];
  }
}
