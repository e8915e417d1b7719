import {
  API_BASE,
  API_VERSION,
  COLLECTIONS,
  PROTOCOL_HEADER,
  PullResponse,
  PushResponse,
  StreamEvent,
  documentSchema,
  jsonEqual,
  mergeThreeWay,
  serverOwnedFields,
  toRxJsonSchema,
  type Checkpoint,
  type DocumentFrame,
} from '@rodnik/domain';
import {
  createRxDatabase,
  type RxCollection,
  type RxConflictHandler,
  type RxDatabase,
  type RxReplicationConflict,
  type RxReplicationPullStreamItem,
  type WithDeleted,
} from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { Subject } from 'rxjs';
import type { z } from 'zod';

/**
 * An RxDB device for tests, wired the way the web app wires it (DESIGN §2):
 * RxDB's own `replicateRxCollection` against the HTTP pull/push endpoints,
 * the SSE stream turned into RESYNC events, and the domain's three-way merge
 * as the collection's conflict handler.
 */

export const ChildDocument = documentSchema(COLLECTIONS.children);
/**
 * Spelled out from its parts: `z.output<typeof ChildDocument>` is only
 * `Record<string, unknown>`, as `documentSchema()`'s inferred type loses the fields.
 */
export type ChildDoc = z.output<typeof DocumentFrame> &
  z.output<typeof COLLECTIONS.children.client> &
  z.output<typeof COLLECTIONS.children.server>;
export type ChildCheckpoint = Checkpoint;

/** RxDB's local bookkeeping; it never travels and never takes part in a comparison. */
const RXDB_INTERNALS = ['_meta', '_rev', '_attachments'] as const;

export function stripInternals<T extends object>(doc: T): T {
  const copy = { ...doc } as Record<string, unknown>;
  for (const key of RXDB_INTERNALS) delete copy[key];
  return copy as T;
}

/**
 * The children collection's conflict handler.
 *
 * `isEqual` compares the whole replicated state, server-owned fields and
 * `serverSeq` included. It must not ignore them: RxDB's downstream skips
 * writing a pulled master state into the local document whenever
 * `isEqual(master, local)` holds, so a handler blind to server-owned fields
 * would never show a new status, and would keep a stale `serverSeq` as the
 * assumed master (every later edit then comes back as a conflict).
 *
 * `resolve` is the domain's three-way merge: base = the master state the
 * device last saw, local = the device's state, remote = the server's.
 */
export function childrenConflictHandler(
  stamp: () => string = () => new Date().toISOString(),
): RxConflictHandler<ChildDoc> {
  const ignore = [...serverOwnedFields(COLLECTIONS.children), 'serverSeq'];
  return {
    isEqual: (a, b) => jsonEqual(stripInternals(a), stripInternals(b)),
    resolve: (input) =>
      Promise.resolve(
        mergeThreeWay<Record<string, unknown>>({
          base: input.assumedMasterState,
          local: input.newDocumentState,
          remote: input.realMasterState,
          ignore,
          at: stamp(),
        }).merged as WithDeleted<ChildDoc>,
      ),
  };
}

/** What a browser's fetch throws when the device has no network. */
export class OfflineError extends TypeError {
  constructor() {
    super('fetch failed: device is offline');
  }
}

export interface RxdbClient {
  name: string;
  db: RxDatabase<{ children: RxCollection<ChildDoc> }>;
  children: RxCollection<ChildDoc>;
  replication: RxReplicationState<ChildDoc, ChildCheckpoint>;
  /** Every SSE event this device received, in order. */
  streamEvents: StreamEvent[];
  /** Every request this device made (`GET /sync/…`), `OFFLINE …` when it failed for lack of network. */
  requests: string[];
  /** Conflicts the server reported on push, with what the conflict handler made of them. */
  resolvedConflicts: RxReplicationConflict<ChildDoc>[];
  /** Errors RxDB reported that were not the simulated network failure. */
  unexpectedErrors: unknown[];
  isOnline(): boolean;
  /** Cuts the network: every request fails as fetch does offline, the stream drops. */
  goOffline(): void;
  /** Restores the network and reconnects the stream (which starts with `resync`). */
  goOnline(): void;
  /** A local document's replicated state, without RxDB's bookkeeping. */
  get(id: string): Promise<ChildDoc | null>;
  close(): Promise<void>;
}

function errorChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    parts.push(current instanceof Error ? current.message : JSON.stringify(current));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(' <- ');
}

function isOfflineError(error: unknown): boolean {
  // RxDB wraps handler errors (RC_PULL / RC_PUSH) with the original as plain JSON.
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) + errorChain(error);
  return text.includes('device is offline');
}

export async function startRxdbClient(options: {
  name: string;
  baseUrl: string;
  token: string;
  /** How long RxDB waits before retrying a failed request; short in tests. */
  retryTime?: number;
}): Promise<RxdbClient> {
  const { baseUrl, token } = options;
  let online = true;
  let closed = false;
  const streamEvents: StreamEvent[] = [];
  const requests: string[] = [];
  const unexpectedErrors: unknown[] = [];
  const resolvedConflicts: RxReplicationConflict<ChildDoc>[] = [];

  const db = await createRxDatabase<{ children: RxCollection<ChildDoc> }>({
    name: `${options.name}-${Math.random().toString(36).slice(2)}`,
    // The validator makes the memory storage as strict as a real device's:
    // a pulled document that does not fit the derived schema is refused.
    storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
    multiInstance: false,
    eventReduce: true,
  });
  const { children } = await db.addCollections({
    children: {
      schema: toRxJsonSchema(ChildDocument, { version: 0, primaryKey: 'id' }),
      conflictHandler: childrenConflictHandler(),
    },
  });

  async function request(method: string, path: string, body?: unknown): Promise<unknown> {
    if (!online) {
      requests.push(`OFFLINE ${method} ${path}`);
      throw new OfflineError();
    }
    requests.push(`${method} ${path}`);
    const response = await fetch(`${baseUrl}${API_BASE}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        [PROTOCOL_HEADER]: String(API_VERSION),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  }

  // The live stream: a `resync` (sent on every connect) or a new checkpoint
  // of this collection makes RxDB pull; the server sends no documents on it.
  const stream$ = new Subject<RxReplicationPullStreamItem<ChildDoc, ChildCheckpoint>>();
  let streamAbort: AbortController | null = null;

  async function readStream(signal: AbortSignal): Promise<void> {
    const response = await fetch(`${baseUrl}${API_BASE}/sync/stream`, {
      headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(API_VERSION) },
      signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (!data) continue; // a keep-alive comment
        const event = StreamEvent.parse(JSON.parse(data));
        streamEvents.push(event);
        if (event.type === 'resync' || event.collection === 'children') stream$.next('RESYNC');
      }
    }
  }

  /** Keeps one stream open while online, reconnecting like an EventSource does. */
  function connectStream(): void {
    const controller = new AbortController();
    streamAbort = controller;
    void (async () => {
      while (online && !closed && !controller.signal.aborted) {
        try {
          await readStream(controller.signal);
        } catch (error) {
          if (controller.signal.aborted) return;
          unexpectedErrors.push(new Error(`stream failed: ${errorChain(error)}`));
        }
        if (!controller.signal.aborted) await new Promise((r) => setTimeout(r, 100));
      }
    })();
  }

  const replication = replicateRxCollection<ChildDoc, ChildCheckpoint>({
    collection: children,
    replicationIdentifier: `rodnik-children-${baseUrl}`,
    live: true,
    retryTime: options.retryTime ?? 150,
    waitForLeadership: false,
    pull: {
      batchSize: 50,
      stream$: stream$.asObservable(),
      async handler(checkpoint, batchSize) {
        const after = checkpoint?.seq ?? 0;
        const page = PullResponse.parse(
          await request('GET', `/sync/children/pull?after=${after}&limit=${batchSize}`),
        );
        return {
          documents: page.documents as unknown as WithDeleted<ChildDoc>[],
          checkpoint: page.checkpoint,
        };
      },
    },
    push: {
      batchSize: 50,
      async handler(rows) {
        const body = rows.map((row) => ({
          assumedMasterState: row.assumedMasterState
            ? stripInternals(row.assumedMasterState)
            : undefined,
          newDocumentState: stripInternals(row.newDocumentState),
        }));
        const conflicts = PushResponse.parse(await request('POST', '/sync/children/push', body));
        return conflicts as unknown as WithDeleted<ChildDoc>[];
      },
    },
  });
  replication.error$.subscribe((error) => {
    if (!isOfflineError(error)) unexpectedErrors.push(error);
  });
  replication.conflict$.subscribe((conflict) => resolvedConflicts.push(conflict));
  connectStream();

  return {
    name: options.name,
    db,
    children,
    replication,
    streamEvents,
    requests,
    unexpectedErrors,
    resolvedConflicts,
    isOnline: () => online,
    goOffline() {
      online = false;
      streamAbort?.abort();
      streamAbort = null;
    },
    goOnline() {
      if (online) return;
      online = true;
      connectStream();
    },
    async get(id) {
      const doc = await children.findOne(id).exec();
      // toJSON(true) keeps `_deleted`, which the plain toJSON() drops.
      return doc ? stripInternals(doc.toJSON(true) as ChildDoc) : null;
    },
    async close() {
      closed = true;
      streamAbort?.abort();
      stream$.complete();
      await replication.cancel();
      await db.remove();
    },
  };
}
