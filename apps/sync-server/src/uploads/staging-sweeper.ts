import type { FileStore } from '@tus/file-store';
import type { Upload } from '@tus/utils';
import type { Logger } from 'pino';
import type { Clock } from '../deps.ts';
import type { Store } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';
import type { JobWorker } from '../verification/job-worker.ts';
import { periodicTask } from '../maintenance/periodic-task.ts';

export interface SweepDeps {
  staging: FileStore;
  store: Store;
  clock: Clock;
  logger: Logger;
  expiryMs: number;
  /** Settles a staged upload whose last byte arrived (and drops it). */
  settleStaged(upload: Upload, actor: Actor): Promise<void>;
  dropStaged(id: string): Promise<void>;
}

/** The uploader, from what the server wrote into the upload's metadata at creation. */
export async function uploaderOf(store: Store, upload: Upload): Promise<Actor | null> {
  const accountId = upload.metadata?.accountId;
  const account = accountId ? await store.getAccount(accountId) : null;
  if (!account || account.familyId !== upload.metadata?.familyId) return null;
  return {
    accountId: account.id,
    familyId: account.familyId,
    role: account.role,
    childId: account.role === 'child' ? account.childId : null,
  };
}

/**
 * Looks through the staging area: an upload whose bytes all arrived but that
 * was never settled (the server stopped in between) is settled now; one left
 * unfinished past its expiry is dropped, and its record goes back to `queued`
 * so the device knows to start over.
 */
export async function sweepStaging(deps: SweepDeps): Promise<{ settled: number; expired: number }> {
  let settled = 0;
  let expired = 0;
  const ids = (await deps.staging.configstore.list?.()) ?? [];
  const now = deps.clock.now().getTime();
  for (const id of ids) {
    const upload = await deps.staging.getUpload(id).catch(() => null);
    if (!upload) continue;
    if (upload.size !== undefined && upload.offset === upload.size) {
      const actor = await uploaderOf(deps.store, upload);
      if (actor) await deps.settleStaged(upload, actor);
      else await deps.dropStaged(id);
      settled += 1;
      continue;
    }
    const created = createdAt(upload) ?? now;
    if (now - created < deps.expiryMs) continue;
    await deps.dropStaged(id);
    expired += 1;
    const documentId = upload.metadata?.documentId;
    if (documentId) await backToQueued(deps.store, documentId);
  }
  if (settled + expired > 0) deps.logger.info({ settled, expired }, 'upload staging swept');
  return { settled, expired };
}

/** When the server created the upload, by its own clock; tus's `creation_date` for older uploads. */
function createdAt(upload: Upload): number | null {
  const stamp = upload.metadata?.createdAt ?? upload.creation_date;
  const time = stamp ? Date.parse(stamp) : NaN;
  return Number.isNaN(time) ? null : time;
}

async function backToQueued(store: Store, documentId: string): Promise<void> {
  await store.transaction(async (tx) => {
    const doc = await tx.getDoc('documents', documentId);
    if (!doc || doc.deleted || doc.data.status !== 'uploading') return;
    await tx.putDoc({ ...doc, data: { ...doc.data, status: 'queued' } });
  });
}

/** Sweeps at start and then every `everyMs`, beside the job workers. */
export function stagingSweeper(deps: SweepDeps, everyMs = 3_600_000): JobWorker {
  return periodicTask({
    name: 'upload sweep',
    everyMs,
    logger: deps.logger,
    task: () => sweepStaging(deps),
  });
}
