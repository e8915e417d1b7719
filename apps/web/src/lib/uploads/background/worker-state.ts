/**
 * What the service worker needs to finish uploads after the app is closed,
 * kept in IndexedDB because a service worker cannot read localStorage:
 * the session (token and account id; written on sign-in, cleared on sign-out
 * and on 401), the scans still waiting for their bytes to go, and the tus
 * upload URLs (shared with the page's tus-js-client, so both resume the same
 * upload instead of starting a second one).
 */

const DB_NAME = 'rodnik-worker';
const KV = 'kv';
const URLS = 'tus-urls';
const SESSION_KEY = 'session';
const PENDING_KEY = 'pending';

export interface WorkerSession {
  readonly token: string;
  readonly accountId: string;
}

/** A scan whose bytes are not all on the server; `onServer` = its record has reached the server. */
export interface PendingScan {
  readonly documentId: string;
  readonly size: number;
  readonly fileName?: string;
  readonly onServer: boolean;
}

/** One remembered tus upload, in tus-js-client's own `PreviousUpload` shape. */
export interface StoredUploadUrl {
  readonly urlStorageKey: string;
  readonly uploadUrl: string;
  readonly size: number | null;
  readonly metadata: Record<string, string>;
  readonly creationTime: string;
}

export interface UploadUrls {
  get(fingerprint: string): Promise<StoredUploadUrl | null>;
  set(fingerprint: string, upload: Omit<StoredUploadUrl, 'urlStorageKey'>): Promise<void>;
  remove(fingerprint: string): Promise<void>;
  all(): Promise<StoredUploadUrl[]>;
}

export interface WorkerState {
  readSession(): Promise<WorkerSession | null>;
  saveSession(session: WorkerSession): Promise<void>;
  clearSession(): Promise<void>;
  readPending(): Promise<PendingScan[]>;
  savePending(scans: readonly PendingScan[]): Promise<void>;
  readonly urls: UploadUrls;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(KV)) db.createObjectStore(KV);
    if (!db.objectStoreNames.contains(URLS)) db.createObjectStore(URLS);
  };
  return request(open);
}

/**
 * The IndexedDB-backed state. Each call opens and closes the database, so a
 * page and a worker never hold it open against each other's upgrades.
 */
export function indexedDbWorkerState(factory: IDBFactory = indexedDB): WorkerState {
  async function run<T>(
    store: string,
    mode: IDBTransactionMode,
    fn: (s: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const db = await openDatabase(factory);
    try {
      const tx = db.transaction(store, mode);
      const result = await request(fn(tx.objectStore(store)));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
      return result;
    } finally {
      db.close();
    }
  }
  return {
    async readSession() {
      const value = (await run(KV, 'readonly', (s) => s.get(SESSION_KEY))) as unknown;
      return isWorkerSession(value) ? value : null;
    },
    saveSession: async (session) =>
      void (await run(KV, 'readwrite', (s) =>
        s.put({ token: session.token, accountId: session.accountId }, SESSION_KEY),
      )),
    clearSession: async () => void (await run(KV, 'readwrite', (s) => s.delete(SESSION_KEY))),
    async readPending() {
      const value = (await run(KV, 'readonly', (s) => s.get(PENDING_KEY))) as unknown;
      return Array.isArray(value) ? (value as PendingScan[]) : [];
    },
    savePending: async (scans) =>
      void (await run(KV, 'readwrite', (s) => s.put([...scans], PENDING_KEY))),
    urls: {
      async get(fingerprint) {
        const found = (await run(URLS, 'readonly', (s) => s.get(fingerprint))) as
          StoredUploadUrl | undefined;
        return found ?? null;
      },
      set: async (fingerprint, upload) =>
        void (await run(URLS, 'readwrite', (s) =>
          s.put({ ...upload, urlStorageKey: fingerprint }, fingerprint),
        )),
      remove: async (fingerprint) =>
        void (await run(URLS, 'readwrite', (s) => s.delete(fingerprint))),
      all: async () => (await run(URLS, 'readonly', (s) => s.getAll())) as StoredUploadUrl[],
    },
  };
}

/** The same behaviour in memory, for unit tests of what sits on top. */
export function memoryWorkerState(): WorkerState & { session: WorkerSession | null } {
  const urls = new Map<string, StoredUploadUrl>();
  let pending: PendingScan[] = [];
  const state = {
    session: null as WorkerSession | null,
    readSession: async () => state.session,
    saveSession: async (session: WorkerSession) => void (state.session = { ...session }),
    clearSession: async () => void (state.session = null),
    readPending: async () => [...pending],
    savePending: async (scans: readonly PendingScan[]) => void (pending = [...scans]),
    urls: {
      get: async (fp: string) => urls.get(fp) ?? null,
      set: async (fp: string, upload: Omit<StoredUploadUrl, 'urlStorageKey'>) =>
        void urls.set(fp, { ...upload, urlStorageKey: fp }),
      remove: async (fp: string) => void urls.delete(fp),
      all: async () => [...urls.values()],
    },
  };
  return state;
}

function isWorkerSession(value: unknown): value is WorkerSession {
  const v = value as Partial<WorkerSession> | null | undefined;
  return typeof v?.token === 'string' && typeof v.accountId === 'string';
}
