import type { QueueSnapshot, UploadJob } from '../upload-queue.ts';
import { UPLOAD_SYNC_TAG } from './sync-tag.ts';
import type { PendingScan, WorkerState } from './worker-state.ts';

/** Phases in which a scan waits for a connection or a later try: the worker may finish it. */
const WAITING = new Set(['offline', 'retrying', 'waiting-record']);

export interface BackgroundUploads {
  /** The scans the queue sends now (the leading tab's list). */
  jobs(jobs: readonly UploadJob[]): void;
  /** The queue's state: some scan waits → ask the browser for a background sync. */
  snapshot(snapshot: QueueSnapshot): void;
}

/**
 * The page's half of background uploads: keeps the worker's list of waiting
 * scans current and registers the one-off sync while any of them waits, so
 * the browser wakes the service worker when a connection comes back, even
 * if the app was closed meanwhile.
 */
export function backgroundUploads(
  state: WorkerState,
  register: () => Promise<void>,
  onError: (error: unknown) => void = () => undefined,
): BackgroundUploads {
  let written = '';
  let chain: Promise<unknown> = Promise.resolve();
  let registered = false;
  return {
    jobs(jobs) {
      const scans: PendingScan[] = jobs.map((j) => ({
        documentId: j.documentId,
        size: j.size,
        ...(j.fileName === undefined ? {} : { fileName: j.fileName }),
        onServer: j.onServer,
      }));
      const json = JSON.stringify(scans);
      if (json === written) return;
      written = json;
      chain = chain.then(() => state.savePending(scans)).catch(onError);
    },
    snapshot(snapshot) {
      const waits = [...snapshot.items.values()].some((i) => WAITING.has(i.phase.kind));
      // Once per wait: registering the same tag again changes nothing until it has fired.
      if (!waits) {
        registered = false;
        return;
      }
      if (registered) return;
      registered = true;
      // After the list is written (the sync may fire at once when the connection is back),
      // but outside the chain: without a service worker (dev) `ready` never settles.
      chain = chain.then(() => {
        register().catch((error: unknown) => {
          registered = false;
          onError(error);
        });
      });
    },
  };
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Registers the uploads tag where the browser has Background Sync (Chromium); a no-op elsewhere. */
export function registerUploadSync(
  container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker,
): () => Promise<void> {
  return async () => {
    if (!container) return;
    const registration = (await container.ready) as ServiceWorkerRegistration & {
      sync?: SyncManagerLike;
    };
    await registration.sync?.register(UPLOAD_SYNC_TAG);
  };
}
