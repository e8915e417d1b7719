/**
 * The service worker's `sync` handler for scans: real ports (IndexedDB,
 * Web Locks, fetch) around `finishPendingUploads`. Imports nothing of
 * tus-js-client, RxDB or Svelte, so the worker stays small.
 */
import { API_BASE, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../api/api-client.ts';
import { openFileStore } from '../file-store.ts';
import { BUSY, webScanLock } from '../scan-lock.ts';
import { finishPendingUploads, type ScanOutcome } from './background-upload.ts';
import { UPLOAD_SYNC_TAG } from './sync-tag.ts';
import { indexedDbWorkerState } from './worker-state.ts';

interface SyncEventLike extends ExtendableEvent {
  readonly tag: string;
}

export function listenForUploadSync(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('sync', (event) => {
    const sync = event as SyncEventLike;
    if (sync.tag !== UPLOAD_SYNC_TAG) return;
    // A rejected promise tells the browser to fire the sync again later (with its own backoff).
    sync.waitUntil(
      runUploadSync(worker).then((left) => {
        if (left) throw new Error('uploads left for a later try');
      }),
    );
  });
}

/** Sends what waits; true when something is left that a later try may finish. */
async function runUploadSync(worker: ServiceWorkerGlobalScope): Promise<boolean> {
  const lock = webScanLock(worker.navigator.locks);
  const run = await finishPendingUploads({
    state: indexedDbWorkerState(worker.indexedDB),
    async readBlob(accountId, documentId) {
      const files = await openFileStore(accountId);
      try {
        return await files.get(documentId);
      } finally {
        files.close();
      }
    },
    fetch: (input, init) => worker.fetch(input, init),
    endpoint: new URL(`${API_BASE}/uploads`, worker.location.origin).href,
    withLock: async (documentId, work) => {
      const outcome = await lock(documentId, work);
      return outcome === BUSY ? ('busy' satisfies ScanOutcome) : outcome;
    },
    extraHeaders: { [PROTOCOL_HEADER]: PROTOCOL_VERSION },
  });
  return run.retryLater;
}
