import {
  createTransport,
  readEventStream,
  openFamilyDatabase,
  PendingChanges,
  startFamilySync,
  stripInternals,
  type FamilyDatabase,
  type FamilySync,
  type Network,
} from '@rodnik/sync-client';
import { API_BASE, COLLECTION_NAMES, type CollectionName } from '@rodnik/domain';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { setMaxListeners } from 'node:events';

export type Doc = Record<string, unknown> & { id: string };

/** Every request of an online spell listens to one signal: no listener cap. */
function linkSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** The phone's network, switched by the chaos schedule (the `Network` port of the sync). */
class SwitchableNetwork implements Network {
  private online = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  private lostLink = linkSignal();

  isOnline(): boolean {
    return this.online;
  }
  subscribe(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    if (!online) {
      this.lostLink.abort();
      this.lostLink = linkSignal();
    }
    for (const listener of this.listeners) listener(online);
  }
  /** Aborted when the link goes down: requests on the wire fail then, as on a phone. */
  get signal(): AbortSignal {
    return this.lostLink.signal;
  }
}

export interface SyncDevice {
  readonly name: string;
  readonly family: number;
  readonly familyId: string;
  readonly accountId: string;
  readonly db: FamilyDatabase;
  readonly sync: FamilySync;
  readonly pending: PendingChanges;
  /** Sync errors other than a lost link, by message (a 403, a 500, a halt). */
  readonly errors: Map<string, number>;
  /** Requests that went out (`POST /sync/children/push`), the latest ones. */
  readonly requests: string[];
  /** Every event the live stream delivered, in order. */
  readonly streamEvents: unknown[];
  /** When the sync last asked for the live stream (ms), 0 if never. */
  lastStreamRequestAt(): number;
  /** Whether a live stream is open right now. */
  streamOpen(): boolean;
  /** Requests waiting for their answer's headers, as `METHOD path` with how long (ms). */
  waiting(): string[];
  isOnline(): boolean;
  setOnline(online: boolean): void;
  /** Every local document of `collection` with these ids or live, RxDB internals stripped. */
  documents(collection: CollectionName, ids: readonly string[]): Promise<Map<string, Doc>>;
  stop(): Promise<void>;
}

/**
 * One phone: the shipped device code (`@rodnik/sync-client`) on RxDB's memory
 * storage, talking to the server at `baseUrl` (directly, or the chaos proxy) with its
 * own session. Going offline fails new and in-flight requests the way a
 * phone's fetch does (a TypeError), and tells the sync through its port.
 */
export async function startSyncDevice(options: {
  name: string;
  family: number;
  familyId: string;
  accountId: string;
  token: string;
  baseUrl: string;
  retryTime: number;
  maxRetryTime: number;
}): Promise<SyncDevice> {
  const network = new SwitchableNetwork();
  const errors = new Map<string, number>();
  const note = (message: string) => errors.set(message, (errors.get(message) ?? 0) + 1);
  // Several phones of one account live in this process: each needs its own database name.
  const db = await openFamilyDatabase({
    accountId: `${options.accountId}${options.name}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const storage = new Map<string, string>();
  const pending = new PendingChanges(
    {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    },
    `pending-${options.name}`,
  );

  const requests: string[] = [];
  const streamEvents: unknown[] = [];
  let lastStreamRequest = 0;
  let openStreams = 0;
  const inFlight = new Map<object, { line: string; since: number }>();
  const remember = (line: string) => {
    requests.push(line);
    if (requests.length > 2_000) requests.splice(0, 1_000);
  };

  const phoneFetch: typeof fetch = async (input, init) => {
    if (!network.isOnline()) throw new TypeError('fetch failed: offline');
    const lost = network.signal;
    const signal = init?.signal ? AbortSignal.any([init.signal, lost]) : lost;
    const path = String(input).slice(options.baseUrl.length + API_BASE.length);
    remember(`${init?.method ?? 'GET'} ${path}`);
    if (path === '/sync/stream') lastStreamRequest = Date.now();
    let response: Response;
    const ticket = {};
    inFlight.set(ticket, { line: `${init?.method ?? 'GET'} ${path}`, since: Date.now() });
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      if (lost.aborted && !init?.signal?.aborted) throw new TypeError('fetch failed: link lost');
      throw error;
    } finally {
      inFlight.delete(ticket);
    }
    if (path !== '/sync/stream' || !response.body) return response;
    // What the live stream said, read from a copy of the body the sync reads too.
    const [forSync, forLog] = response.body.tee();
    openStreams += 1;
    void readEventStream(forLog, (event) => streamEvents.push(event))
      .catch(() => undefined)
      .finally(() => (openStreams -= 1));
    return new Response(forSync, { status: response.status, headers: response.headers });
  };

  const sync = startFamilySync({
    db,
    transport: createTransport({
      baseUrl: options.baseUrl,
      token: () => options.token,
      isOnline: () => network.isOnline(),
      fetch: phoneFetch,
    }),
    network,
    pending,
    listener: {
      online: () => undefined,
      synced: () => undefined,
      progress: () => undefined,
      active: () => undefined,
      authExpired: () => note('halted: session expired'),
      outdated: () => note('halted: app outdated'),
    },
    waitForLeadership: false,
    retryTime: options.retryTime,
    maxRetryTime: options.maxRetryTime,
  });
  for (const replication of sync.replications.values()) {
    replication.error$.subscribe((error) => {
      const text = describe(error);
      if (!/offline|fetch failed|link lost/.test(text)) note(text.slice(0, 160));
    });
  }

  return {
    name: options.name,
    family: options.family,
    familyId: options.familyId,
    accountId: options.accountId,
    db,
    sync,
    pending,
    errors,
    requests,
    streamEvents,
    lastStreamRequestAt: () => lastStreamRequest,
    streamOpen: () => openStreams > 0,
    waiting: () => [...inFlight.values()].map((r) => `${r.line} ${Date.now() - r.since} ms`),
    isOnline: () => network.isOnline(),
    setOnline: (online) => network.set(online),
    async documents(collection, ids) {
      const rx = db.collections[collection];
      const found = new Map<string, Doc>();
      // Ids the server knows, tombstones included (a plain query hides `_deleted` ones).
      const stored = await rx.storageInstance.findDocumentsById([...ids], true);
      for (const doc of stored) found.set(doc.id, stripInternals(doc) as unknown as Doc);
      for (const doc of await rx.find().exec()) {
        if (!found.has(doc.primary)) {
          found.set(doc.primary, stripInternals(doc.toJSON(true)) as unknown as Doc);
        }
      }
      return found;
    },
    async stop() {
      await sync.stop();
      await db.remove();
    },
  };
}

function describe(error: unknown): string {
  // RxDB wraps handler errors (RC_PULL / RC_PUSH) and keeps the originals as plain JSON.
  const inner = (error as { parameters?: { errors?: unknown[] } }).parameters?.errors ?? [];
  const messages = [error, ...inner].map((e) => String((e as { message?: unknown })?.message ?? e));
  return messages.join(' <- ');
}

export const SYNCED_COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES;
