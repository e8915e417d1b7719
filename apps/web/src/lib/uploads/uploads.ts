import { holderOf, type AttachedScan, type DocumentKind } from '@rodnik/domain';
import { createApiClient, ok } from '../api/api-client.ts';
import type { FamilyDatabase, PendingChanges } from '@rodnik/sync-client';
import { compressPhoto } from './compress-photo.ts';
import {
  documentsRepo,
  readDocuments,
  type AttachTarget,
  type DocumentDoc,
} from './documents-repo.ts';
import { prepareFile, type PhotoCompressor, type PreparedFile, type Refusal } from './file-prep.ts';
import { openFileStore, type FileStore } from './file-store.ts';
import { backgroundUploads, registerUploadSync } from './background/page-side.ts';
import { sharedUrlStorage } from './background/shared-url-storage.ts';
import { indexedDbWorkerState, type WorkerState } from './background/worker-state.ts';
import { webScanLock } from './scan-lock.ts';
import { tusTransferrer } from './tus-transfer.ts';
import {
  UploadQueue,
  type QueueNetwork,
  type QueueSnapshot,
  type Transferrer,
  type UploadJob,
} from './upload-queue.ts';

/** Bytes with no record for this long are from an attach cut short: swept on start. */
const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;

export interface AttachResult {
  /** Stored and queued: what was picked, what is kept (the saving shows). */
  added: {
    id: string;
    fileName: string;
    originalSize: number;
    size: number;
    compressed: boolean;
  }[];
  /** Refused at once, each naming its file; the others were kept all the same. */
  refused: Refusal[];
}

/**
 * Scans on this device: prepare and store picked files, keep their records,
 * and run the upload queue over every local scan the server has not decided
 * on yet. Loaded as its own chunk after sign-in.
 */
export interface Uploads {
  readonly files: FileStore;
  readonly queue: UploadQueue;
  attach(target: AttachTarget, kind: DocumentKind, picked: readonly File[]): Promise<AttachResult>;
  retake(id: string, picked: File): Promise<AttachResult>;
  remove(id: string): Promise<void>;
  retry(id: string): void;
  /** Ids of the scans whose bytes this device holds (changes as scans are added and removed). */
  subscribeLocal(listener: (ids: ReadonlySet<string>) => void): () => void;
  /** What compressing a scan on this device saved, if it was compressed here. */
  saving(id: string): Saving | undefined;
  /** The scan's bytes: from the device when it has them, else from the server (online). */
  open(id: string): Promise<Blob>;
  close(): void;
}

/** A scan compressed on this device: the picked file's size and what is kept. */
export interface Saving {
  originalSize: number;
  size: number;
  compressed: true;
}

export interface UploadsOptions {
  db: FamilyDatabase;
  accountId: string;
  familyId: string;
  pending: PendingChanges;
  token: () => string | null;
  network: QueueNetwork;
  onAuthExpired: () => void;
  now?: () => Date;
  random?: (bytes: number) => Uint8Array;
  /** Ports for tests; the browser ones otherwise. */
  files?: FileStore;
  transferrer?: Transferrer;
  compress?: PhotoCompressor;
  fetch?: typeof fetch;
  /** What the service worker reads to finish uploads in the background. */
  workerState?: WorkerState;
  /** Asks the browser for a background sync (a no-op where it has none). */
  registerSync?: () => Promise<void>;
}

/** The jobs for the queue: local bytes whose record waits for its bytes (not uploaded or decided). */
export function uploadJobs(docs: readonly DocumentDoc[], local: ReadonlySet<string>): UploadJob[] {
  return docs
    .filter((d) => local.has(d.id) && (d.status === 'queued' || d.status === 'uploading'))
    .map((d) => ({
      documentId: d.id,
      size: d.size,
      fileName: d.fileName,
      onServer: d.serverSeq > 0,
    }));
}

export async function startUploads(options: UploadsOptions): Promise<Uploads> {
  const now = options.now ?? (() => new Date());
  const files = options.files ?? (await openFileStore(options.accountId));
  const compress = options.compress ?? compressPhoto;
  const repo = documentsRepo({
    db: options.db,
    familyId: options.familyId,
    pending: options.pending,
    files,
    now,
    random: options.random ?? ((n) => crypto.getRandomValues(new Uint8Array(n))),
  });
  const workerState = options.workerState ?? indexedDbWorkerState();
  const queue = new UploadQueue({
    transferrer:
      options.transferrer ??
      tusTransferrer({
        accountId: options.accountId,
        files,
        token: options.token,
        // Shared with the service worker: both resume one upload, and never send a scan at once.
        urlStorage: sharedUrlStorage(workerState.urls),
        lock: webScanLock(),
      }),
    network: options.network,
    onAuthExpired: options.onAuthExpired,
  });
  const background = backgroundUploads(workerState, options.registerSync ?? registerUploadSync());
  const stopBackground = queue.subscribe((snapshot) => background.snapshot(snapshot));

  const stored = await files.list();
  const local = new Set(stored.map((f) => f.documentId));
  // Known from the stored files, so «Сжато: …» still shows after a reload.
  const savings = new Map<string, Saving>();
  for (const f of stored) {
    if (f.originalSize !== undefined) {
      savings.set(f.documentId, { originalSize: f.originalSize, size: f.size, compressed: true });
    }
  }
  const localListeners = new Set<(ids: ReadonlySet<string>) => void>();
  const localChanged = () => {
    for (const l of localListeners) l(new Set(local));
  };
  /** Records seen this session: one that disappears was removed (here or elsewhere). */
  const seen = new Set<string>();
  let latest: DocumentDoc[] = [];

  const documents = options.db.documents;
  let firstEmission = true;
  // One tab sends (RxDB's leader election, like replication); the others only show.
  let leading = false;
  const feed = () => {
    if (!leading) return;
    const jobs = uploadJobs(latest, local);
    queue.sync(jobs);
    background.jobs(jobs);
  };
  void options.db.waitForLeadership().then(() => {
    leading = true;
    feed();
  });
  const subscription = documents.find().$.subscribe((found) => {
    latest = readDocuments(found);
    // Every record's id, read or not: bytes are only swept when their record is gone.
    const ids = new Set(found.map((d) => d.primary));
    void sweep(ids, firstEmission);
    firstEmission = false;
    for (const id of ids) seen.add(id);
    feed();
  });

  /** Bytes whose record is gone (removed on another device) or never came (an old, cut-short attach). */
  async function sweep(ids: ReadonlySet<string>, atStart: boolean): Promise<void> {
    const cutoff = now().getTime() - ORPHAN_AGE_MS;
    for (const f of atStart ? stored : []) {
      if (!ids.has(f.documentId) && f.storedAt < cutoff) await forget(f.documentId);
    }
    for (const id of [...local]) {
      if (seen.has(id) && !ids.has(id)) await forget(id);
    }
  }

  async function forget(id: string): Promise<void> {
    await files.delete(id);
    savings.delete(id);
    if (local.delete(id)) localChanged();
  }

  /**
   * Checks and shrinks the picked files for one box, one at a time (decoding
   * several camera photos at once can run a phone out of memory). A refused
   * file is not stored, so nothing of it is queued or sent; a file picked
   * twice in one go is refused the second time like one already attached.
   */
  async function prepareAll(
    target: AttachTarget,
    kind: DocumentKind,
    picked: readonly File[],
    replacing?: string,
  ) {
    const ready: PreparedFile[] = [];
    const refused: Refusal[] = [];
    const attached: AttachedScan[] = await repo.attachedScans(target, replacing);
    for (const file of picked) {
      const prepared = await prepareFile(file, compress, attached);
      if (prepared.ok) {
        ready.push(prepared.file);
        attached.push({ sha256: prepared.file.sha256, kind, holder: holderOf(target) });
      } else refused.push(prepared.refusal);
    }
    return { ready, refused };
  }

  function added(ids: string[], ready: PreparedFile[]): AttachResult['added'] {
    ids.forEach((id, i) => {
      local.add(id);
      const { originalSize, size, compressed } = ready[i]!;
      if (compressed) savings.set(id, { originalSize, size, compressed });
    });
    localChanged();
    feed();
    return ids.map((id, i) => ({
      id,
      fileName: ready[i]!.fileName,
      originalSize: ready[i]!.originalSize,
      size: ready[i]!.size,
      compressed: ready[i]!.compressed,
    }));
  }

  // One write at a time: two attaches racing would number their pages alike.
  let chain: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = chain.then(work, work);
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    files,
    queue,
    attach: (target, kind, picked) =>
      serial(async () => {
        const { ready, refused } = await prepareAll(target, kind, picked);
        if (ready.length === 0) return { added: [], refused };
        // Known before the insert lands, so the first emission already sees the bytes.
        const ids = await repo.attach(target, kind, ready);
        return { added: added(ids, ready), refused };
      }),
    retake: (id, picked) =>
      serial(async () => {
        const old = await repo.get(id);
        if (!old) return { added: [], refused: [] };
        const { ready, refused } = await prepareAll(old, old.kind, [picked], id);
        if (ready.length === 0) return { added: [], refused };
        const newId = await repo.retake(id, ready[0]!);
        if (!newId) return { added: [], refused };
        local.delete(id);
        savings.delete(id);
        return { added: added([newId], ready), refused };
      }),
    remove: (id) =>
      serial(async () => {
        await repo.remove(id);
        savings.delete(id);
        if (local.delete(id)) localChanged();
        feed();
      }),
    retry: (id) => queue.retry(id),
    subscribeLocal(listener) {
      localListeners.add(listener);
      listener(new Set(local));
      return () => localListeners.delete(listener);
    },
    saving: (id) => savings.get(id),
    async open(id) {
      const blob = await files.get(id);
      if (blob) return blob;
      return download(id, options);
    },
    close() {
      subscription.unsubscribe();
      stopBackground();
      queue.stop();
      files.close();
    },
  };
}

/** `GET /documents/{id}/content` with the session in the header (never in the URL). */
function download(id: string, options: UploadsOptions): Promise<Blob> {
  const api = createApiClient({ token: options.token, fetch: options.fetch });
  return ok(
    api.GET('/api/v1/documents/{id}/content', { params: { path: { id } }, parseAs: 'blob' }),
  );
}

export type { QueueSnapshot };
