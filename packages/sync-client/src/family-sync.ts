import {
  MAX_PULL_LIMIT,
  COLLECTION_NAMES,
  PullResponse,
  PushResponse,
  StreamEvent,
  type Checkpoint,
  type CollectionName,
  type WireDocument,
} from '@rodnik/domain';
import type { RxReplicationPullStreamItem, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject, type Subscription } from 'rxjs';
import { stripInternals, type AnyDoc } from './collections.ts';
import { replicatedCollection, type FamilyDatabase } from './database.ts';
import { readEventStream } from './event-stream.ts';
import { writeFirstSync, type PulledPage } from './first-sync.ts';
import type { PendingChanges } from './pending-changes.ts';
import { pushProblemOf, type PushProblem } from './push-problem.ts';
import { AuthFailure, OfflineFailure, OutdatedFailure, type Transport } from './transport.ts';
import { repushUnsent, unsentDocuments } from './unsent-documents.ts';

/** A document as RxDB replicates it: the wire leaves `_deleted` out when false. */
function withDeleted(doc: WireDocument): WithDeleted<AnyDoc> {
  return { ...doc, _deleted: doc._deleted ?? false };
}

/** What the status bar and the session banner hear from sync. */
export interface SyncListener {
  online(online: boolean): void;
  synced(at: string): void;
  /** Share of collections through their first sync (0…1); null when done. */
  progress(share: number | null): void;
  active(active: boolean): void;
  authExpired(): void;
  outdated(): void;
  /** Why changes still wait (the last push failed), or null once a push got through. */
  pushProblem?(problem: PushProblem | null): void;
}

/**
 * The device's network (navigator.onLine and its events in the web app,
 * `apps/web/src/lib/app/browser-network.ts`), behind a port so tests and the
 * chaos harness can cut it; this package uses no browser globals.
 */
export interface Network {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface FamilySyncOptions {
  db: FamilyDatabase;
  transport: Transport;
  network: Network;
  pending: PendingChanges;
  listener: SyncListener;
  now?: () => Date;
  /** First wait before a failed request is retried; doubles up to `maxRetryTime`. */
  retryTime?: number;
  maxRetryTime?: number;
  batchSize?: number;
  pullBatchSize?: number;
  /** Only one tab replicates when the database is shared (RxDB leader election). */
  waitForLeadership?: boolean;
  collections?: readonly CollectionName[];
  /**
   * The live stream is dropped and reopened after this long without a byte
   * (the server sends a keep-alive every 25 s): a stalled connection otherwise
   * hides every change until the next local write.
   */
  streamIdleMs?: number;
}

export interface FamilySync {
  readonly replications: ReadonlyMap<CollectionName, RxReplicationState<AnyDoc, Checkpoint>>;
  /** Resolves when every collection is in sync with the server (tests, sign-out). */
  awaitInSync(): Promise<void>;
  /** Pull every collection now and reconnect the live stream (the account's scope changed). */
  resync(): void;
  stop(): Promise<void>;
}

/**
 * Replicates every family collection with RxDB's `replicateRxCollection`
 * against the HTTP pull/push endpoints and pulls at once on the SSE stream's
 * events. Replication is never paused while it runs (docs/decisions.md,
 * «Offline mid-push»): offline, the transport fails fast and RxDB retries;
 * online again, the back-off resets and every collection re-syncs. A 401 or
 * 426 ends it. On start, anything that differs from what the server is known
 * to hold is pushed again, and the pending marks follow what is really unsent.
 * A collection's first sync writes its pages itself (`first-sync.ts`) and
 * hands RxDB the checkpoint.
 */
export function startFamilySync(options: FamilySyncOptions): FamilySync {
  const { db, transport, network, pending, listener } = options;
  const now = options.now ?? (() => new Date());
  const baseRetry = options.retryTime ?? 2_000;
  const maxRetry = options.maxRetryTime ?? 60_000;
  const batchSize = options.batchSize ?? 100;
  // Pull pages as large as the server allows: the first sync of a family is
  // many round trips otherwise, each with RxDB's own write overhead.
  const pullBatchSize = options.pullBatchSize ?? MAX_PULL_LIMIT;
  const names = options.collections ?? COLLECTION_NAMES;
  const streamIdleMs = options.streamIdleMs ?? 60_000;
  const problems = new Map<CollectionName, PushProblem>();
  const subscriptions: Subscription[] = [];
  const streams = new Map<
    CollectionName,
    Subject<RxReplicationPullStreamItem<AnyDoc, Checkpoint>>
  >();
  const replications = new Map<CollectionName, RxReplicationState<AnyDoc, Checkpoint>>();
  let halted: 'auth' | 'outdated' | null = null;
  let stopped = false;
  let streamAbort: AbortController | null = null;

  const succeeded = (replication: RxReplicationState<AnyDoc, Checkpoint>) => {
    replication.retryTime = baseRetry;
    listener.synced(now().toISOString());
  };

  for (const name of names) {
    const collection = replicatedCollection(db, name);
    const stream$ = new Subject<RxReplicationPullStreamItem<AnyDoc, Checkpoint>>();
    streams.set(name, stream$);
    const pullPage = async (after: number, size: number): Promise<PulledPage> => {
      const page = PullResponse.parse(await transport.pull(name, after, size));
      succeeded(replication);
      return { documents: page.documents.map(withDeleted), checkpoint: page.checkpoint };
    };
    const replication: RxReplicationState<AnyDoc, Checkpoint> = replicateRxCollection<
      AnyDoc,
      Checkpoint
    >({
      collection,
      replicationIdentifier: `rodnik-${name}-v1`,
      live: true,
      retryTime: baseRetry,
      // Offline too: requests fail fast and RxDB retries; pausing could strand a push.
      autoStart: true,
      waitForLeadership: options.waitForLeadership ?? db.multiInstance,
      // Network state, not tab visibility, decides when to sync.
      toggleOnDocumentVisible: false,
      pull: {
        batchSize: pullBatchSize,
        stream$: stream$.asObservable(),
        async handler(checkpoint, size) {
          const state = replication.internalReplicationState;
          // Nothing on the device yet to compare with: the first sync's own write path.
          if (!checkpoint && state) {
            const handBack = await writeFirstSync(state, (after) => pullPage(after, size), size);
            return handBack ?? { documents: [], checkpoint: undefined };
          }
          return pullPage(checkpoint?.seq ?? 0, size);
        },
      },
      push: {
        batchSize,
        async handler(rows) {
          const body = rows.map((row) => ({
            assumedMasterState: row.assumedMasterState
              ? stripInternals(row.assumedMasterState)
              : undefined,
            newDocumentState: stripInternals(row.newDocumentState),
          }));
          let conflicts: PushResponse;
          try {
            conflicts = PushResponse.parse(await transport.push(name, body));
          } catch (error) {
            reportProblem(name, pushProblemOf(error, network.isOnline()));
            throw error;
          }
          reportProblem(name, null);
          succeeded(replication);
          return conflicts.map(withDeleted);
        },
      },
    });
    replications.set(name, replication);

    const settle = settlerOf(name, replication);
    subscriptions.push(
      replication.error$.subscribe((error) => void onError(replication, error)),
      replication.active$.subscribe((active) => {
        listener.active([...replications.values()].some((r) => r.subjects.active.getValue()));
        if (!active) settle();
      }),
      // A push or a settled conflict may have made a pending change the server's state.
      replication.sent$.subscribe(() => settle()),
      replication.conflict$.subscribe(() => settle()),
    );
    void replication.startPromise
      .then(() => repushUnsent(replication))
      .then(() => settle())
      .catch(() => undefined);
  }

  /**
   * Clears the pending marks of one collection whose documents now equal the
   * master the server is known to hold, once the upstream is through what it
   * queued. Runs one at a time; a request while running runs it once more.
   */
  function settlerOf(
    name: CollectionName,
    replication: RxReplicationState<AnyDoc, Checkpoint>,
  ): () => void {
    let running = false;
    let again = false;
    const run = async () => {
      do {
        again = false;
        const marks = pending.marksOf(name);
        if (marks.size === 0) continue;
        await replication.internalReplicationState?.streamQueue.up;
        const unsent = new Set(
          (await unsentDocuments(replication, [...marks.keys()])).map((d) => d.id),
        );
        for (const [id, mark] of marks) {
          if (!unsent.has(id)) pending.clear(name, id, mark);
        }
      } while (again && !stopped);
    };
    return () => {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      void run()
        .catch(() => undefined)
        .finally(() => (running = false));
    };
  }

  function reportProblem(name: CollectionName, problem: PushProblem | null): void {
    if (problem) problems.set(name, problem);
    else problems.delete(name);
    listener.pushProblem?.(problems.values().next().value ?? null);
  }

  function causeOf(error: unknown): unknown[] {
    // RxDB wraps handler errors (RC_PULL / RC_PUSH) and keeps the originals as plain JSON.
    const params = (error as { parameters?: { errors?: unknown[] } }).parameters;
    return params?.errors ?? [error];
  }

  function isA(error: unknown, type: string): boolean {
    return causeOf(error).some((e) =>
      String((e as { message?: unknown } | null)?.message ?? '').startsWith(type),
    );
  }

  async function onError(
    replication: RxReplicationState<AnyDoc, Checkpoint>,
    error: unknown,
  ): Promise<void> {
    if (isA(error, 'unauthorized')) return halt('auth');
    if (isA(error, 'app outdated')) return halt('outdated');
    if (isA(error, 'offline')) return;
    // Anything else: back off so a struggling server is not hammered.
    replication.retryTime = Math.min((replication.retryTime ?? baseRetry) * 2, maxRetry);
  }

  async function halt(reason: 'auth' | 'outdated'): Promise<void> {
    if (halted) return;
    halted = reason;
    closeStream();
    // Cancelled, not paused: a cancelled replication stores no checkpoint, so whatever
    // was in flight is pushed again by the next start (a pause loses it).
    await Promise.all([...replications.values()].map((r) => r.cancel()));
    if (reason === 'auth') listener.authExpired();
    else listener.outdated();
  }

  // --- the live stream -------------------------------------------------------

  function closeStream(): void {
    streamAbort?.abort();
    streamAbort = null;
  }

  function openStream(): void {
    if (streamAbort || stopped || halted) return;
    const controller = new AbortController();
    streamAbort = controller;
    void (async () => {
      let wait = 1_000;
      while (!controller.signal.aborted && network.isOnline()) {
        const connection = new AbortController();
        const dropConnection = () => connection.abort();
        controller.signal.addEventListener('abort', dropConnection);
        let idle: ReturnType<typeof setTimeout> | undefined;
        const heard = () => {
          clearTimeout(idle);
          idle = setTimeout(dropConnection, streamIdleMs);
        };
        try {
          heard();
          const body = await transport.openStream(connection.signal);
          wait = 1_000;
          await readEventStream(
            body,
            (data) => {
              const event = StreamEvent.safeParse(data);
              if (!event.success) return;
              if (event.data.type === 'resync') {
                for (const s of streams.values()) s.next('RESYNC');
              } else {
                streams.get(event.data.collection)?.next('RESYNC');
              }
            },
            heard,
          );
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof AuthFailure) return void halt('auth');
          if (error instanceof OutdatedFailure) return void halt('outdated');
          if (!(error instanceof OfflineFailure)) wait = Math.min(wait * 2, 30_000);
        } finally {
          clearTimeout(idle);
          controller.signal.removeEventListener('abort', dropConnection);
        }
        // The stream dropped: reconnect with backoff, then catch up by pulling.
        await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * 250));
        wait = Math.min(wait * 2, 30_000);
      }
      if (streamAbort === controller) streamAbort = null;
    })();
  }

  // --- online / offline ----------------------------------------------------------

  function goOnline(): void {
    listener.online(true);
    if (halted || stopped) return;
    for (const replication of replications.values()) {
      replication.retryTime = baseRetry;
      replication.reSync();
    }
    if (firstPullsDone) openStream();
  }

  function goOffline(): void {
    listener.online(false);
    closeStream();
  }

  const unsubscribeNetwork = network.subscribe((online) => (online ? goOnline() : goOffline()));
  listener.online(network.isOnline());

  // First-sync progress: the share of collections through their initial pull and push.
  // The live stream opens once they are all through: on a slow link its connection and
  // the pulls its `resync` would ask for at once only share the link with the first
  // pages. Nothing is missed meanwhile: on connect the stream says `resync`, and every
  // collection pulls what arrived since its checkpoint.
  let done = 0;
  let firstPullsDone = false;
  listener.progress(0);
  void Promise.all(
    [...replications.values()].map((r) =>
      r.awaitInitialReplication().then(() => {
        done += 1;
        listener.progress(done === replications.size ? null : done / replications.size);
      }),
    ),
  )
    .catch(() => listener.progress(null))
    .then(() => {
      firstPullsDone = true;
      if (network.isOnline()) openStream();
    });

  return {
    replications,
    async awaitInSync() {
      await Promise.all([...replications.values()].map((r) => r.awaitInSync()));
    },
    resync() {
      if (stopped || halted) return;
      closeStream();
      for (const s of streams.values()) s.next('RESYNC');
      if (network.isOnline()) openStream();
    },
    async stop() {
      stopped = true;
      unsubscribeNetwork();
      closeStream();
      for (const s of subscriptions) s.unsubscribe();
      for (const s of streams.values()) s.complete();
      await Promise.all([...replications.values()].map((r) => r.cancel()));
    },
  };
}
