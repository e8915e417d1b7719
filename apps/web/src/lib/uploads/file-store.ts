/**
 * The scans' bytes on the device: an IndexedDB database of its own per
 * account (`rodnik-files-<accountId>`), one object store keyed by the
 * `documents` record's id. Kept apart from RxDB on purpose: RxDB would
 * replicate attachments through our handlers and re-read them on every
 * document change, and the bytes travel by tus, not by replication.
 *
 * Policy: bytes stay until their record is removed (here or on another
 * device), so an accepted scan can still be opened offline; bytes with no
 * record for a day (an attach interrupted between the two writes) are swept.
 */

export interface StoredFile {
  readonly documentId: string;
  readonly blob: Blob;
  /** ms since epoch, for sweeping orphans. */
  readonly storedAt: number;
  /** The picked file's size when the device compressed it, so the saving still shows later. */
  readonly originalSize?: number;
}

/** What `list` tells of each stored file. */
export interface StoredFileInfo {
  documentId: string;
  storedAt: number;
  size: number;
  originalSize?: number;
}

export interface FileStore {
  put(documentId: string, blob: Blob, originalSize?: number): Promise<void>;
  get(documentId: string): Promise<Blob | null>;
  has(documentId: string): Promise<boolean>;
  delete(documentId: string): Promise<void>;
  list(): Promise<StoredFileInfo[]>;
  close(): void;
}

const STORE = 'files';

export function filesDatabaseName(accountId: string): string {
  return `rodnik-files-${accountId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export function openIndexedDb(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) {
      open.result.createObjectStore(STORE, { keyPath: 'documentId' });
    }
  };
  return request(open);
}

function storedFile(
  documentId: string,
  blob: Blob,
  storedAt: number,
  originalSize: number | undefined,
): StoredFile {
  return originalSize === undefined
    ? { documentId, blob, storedAt }
    : { documentId, blob, storedAt, originalSize };
}

function infoOf(f: StoredFile): StoredFileInfo {
  const info: StoredFileInfo = {
    documentId: f.documentId,
    storedAt: f.storedAt,
    size: f.blob.size,
  };
  if (f.originalSize !== undefined) info.originalSize = f.originalSize;
  return info;
}

export async function openFileStore(
  accountId: string,
  now: () => number = Date.now,
): Promise<FileStore> {
  const db = await openIndexedDb(filesDatabaseName(accountId));
  // Another tab upgrading or deleting the database: let it, this tab reopens on next start.
  db.onversionchange = () => db.close();

  const read = <T>(fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    request(fn(db.transaction(STORE, 'readonly').objectStore(STORE)));
  const write = async (fn: (store: IDBObjectStore) => void): Promise<void> => {
    const tx = db.transaction(STORE, 'readwrite');
    fn(tx.objectStore(STORE));
    await done(tx);
  };

  return {
    put: (documentId, blob, originalSize) =>
      write((s) => s.put(storedFile(documentId, blob, now(), originalSize))),
    async get(documentId) {
      const found = (await read((s) => s.get(documentId))) as StoredFile | undefined;
      return found?.blob ?? null;
    },
    async has(documentId) {
      return (await read((s) => s.count(documentId))) > 0;
    },
    delete: (documentId) => write((s) => s.delete(documentId)),
    async list() {
      const all = (await read((s) => s.getAll())) as StoredFile[];
      return all.map(infoOf);
    },
    close: () => db.close(),
  };
}

/** An in-memory FileStore with the same behaviour, for unit tests of what sits on top. */
export function memoryFileStore(now: () => number = Date.now): FileStore {
  const files = new Map<string, StoredFile>();
  return {
    put: async (documentId, blob, originalSize) =>
      void files.set(documentId, storedFile(documentId, blob, now(), originalSize)),
    get: async (documentId) => files.get(documentId)?.blob ?? null,
    has: async (documentId) => files.has(documentId),
    delete: async (documentId) => void files.delete(documentId),
    list: async () => [...files.values()].map(infoOf),
    close: () => undefined,
  };
}
