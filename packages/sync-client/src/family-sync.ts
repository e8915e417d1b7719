import {
  MAX_PULL_LIMIT,
  COLLECTION_NAMES,
  COLLECTIONS,
  isRefusedPush,
  PullResponse,
  PushResponse,
  StreamEvent,
  type Checkpoint,
  type CollectionName,
} from '@rodnik/domain';
import type { RxReplicationPullStreamItem, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject, type Subscription } from 'rxjs';
import { stripInternals, type AnyDoc } from './collections.ts';
import type { FamilyDatabase } from './database.ts';
import { readEventStream } from './event-stream.ts';
import type { PendingChanges } from './pending-changes.ts';
import { AuthFailure, OfflineFailure, OutdatedFailure, type Transport } from './transport.ts';

/** What the status bar and the session banner hear from sync. */
export interface SyncListener {
  online(online: boolean): void;
  synced(at: string): void;
  /** Share of collections through their first sync (0…1); null when done. */
  progress(share: number | null): void;
  active(active: boolean): void;
  authExpired(): void;
  outdated(): void;
}

/** navigator.onLine and its events, behind a port so tests can cut the network. */
export interface Network {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

export const browserNetwork: Network = {
  isOnline: () => navigator.onLine,
  subscribe(listener) {
    const on = () => listener(true);
    const off = () => listener(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  },
};

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
 * against the HTTP pull/push endpoints, pulls at once on the SSE stream's
 * events, pauses offline and on a 401/426, and resumes with backoff.
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
    const collection = db.collections[
      name
    ] as unknown as FamilyDatabase['collections']['documents'];
    const stream$ = new Subject<RxReplicationPullStreamItem<AnyDoc, Checkpoint>>();
    streams.set(name, stream$);
    const replication: RxReplicationState<AnyDoc, Checkpoint> = replicateRxCollection<
      AnyDoc,
      Checkpoint
    >({
      collection,
      replicationIdentifier: `rodnik-${name}-v1`,
      live: true,
      retryTime: baseRetry,
      autoStart: network.isOnline(),
      waitForLeadership: options.waitForLeadership ?? db.multiInstance,
      // Network state, not tab visibility, decides when to sync.
      toggleOnDocumentVisible: false,
      pull: {
        batchSize: pullBatchSize,
        stream$: stream$.asObservable(),
        async handler(checkpoint, size) {
          const after = checkpoint?.seq ?? 0;
          const page = PullResponse.parse(
            await transport.request('GET', `/sync/${name}/pull?after=${after}&limit=${size}`),
          );
          succeeded(replication);
          return {
            documents: page.documents as unknown as WithDeleted<AnyDoc>[],
            checkpoint: page.checkpoint,
          };
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
          const conflicts = PushResponse.parse(
            await transport.request('POST', `/sync/${name}/push`, body),
          );
          succeeded(replication);
          // A refused change is settled too: the device takes the server's state and sends
          // nothing more (the conflict handler), so nothing waits any longer.
          for (const master of conflicts) {
            const row = body.find((r) => r.newDocumentState.id === master.id);
            if (row && isRefusedPush(COLLECTIONS[name], row.assumedMasterState, master)) {
              pending.clear(name, master.id);
            }
          }
          return conflicts as unknown as WithDeleted<AnyDoc>[];
        },
      },
    });
    replications.set(name, replication);

    subscriptions.push(
      replication.error$.subscribe((error) => void onError(replication, error)),
      replication.active$.subscribe(() => {
        listener.active([...replications.values()].some((r) => r.subjects.active.getValue()));
      }),
      // A sent state that is still the local state means that change has arrived.
      replication.sent$.subscribe((sent) => {
        void (async () => {
          const local = await collection.findOne(sent.id).exec();
          const localState = local ? stripInternals(local.toJSON(true)) : null;
          if (!localState || JSON.stringify(localState) === JSON.stringify(stripInternals(sent))) {
            pending.clear(name, sent.id);
          }
        })();
      }),
    );
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
    await Promise.all([...replications.values()].map((r) => r.pause()));
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
        try {
          const body = await transport.openStream(controller.signal);
          wait = 1_000;
          await readEventStream(body, (data) => {
            const event = StreamEvent.safeParse(data);
            if (!event.success) return;
            if (event.data.type === 'resync') {
              for (const s of streams.values()) s.next('RESYNC');
            } else {
              streams.get(event.data.collection)?.next('RESYNC');
            }
          });
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof AuthFailure) return void halt('auth');
          if (error instanceof OutdatedFailure) return void halt('outdated');
          if (!(error instanceof OfflineFailure)) wait = Math.min(wait * 2, 30_000);
        }
        // The stream dropped: reconnect with backoff, then catch up by pulling.
        await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * 250));
        wait = Math.min(wait * 2, 30_000);
      }
      if (streamAbort === controller) streamAbort = null;
    })();
  }

  // --- online / offline ----------------------------------------------------------

  async function goOnline(): Promise<void> {
    listener.online(true);
    if (halted || stopped) return;
    for (const replication of replications.values()) {
      replication.retryTime = baseRetry;
      await replication.start();
    }
    openStream();
  }

  async function goOffline(): Promise<void> {
    listener.online(false);
    closeStream();
    await Promise.all([...replications.values()].map((r) => r.pause()));
  }

  const unsubscribeNetwork = network.subscribe((online) => {
    void (online ? goOnline() : goOffline());
  });
  listener.online(network.isOnline());
  if (network.isOnline()) openStream();

  // First-sync progress: the share of collections through their initial pull and push.
  let done = 0;
  listener.progress(0);
  void Promise.all(
    [...replications.values()].map((r) =>
      r.awaitInitialReplication().then(() => {
        done += 1;
        listener.progress(done === replications.size ? null : done / replications.size);
      }),
    ),
  ).catch(() => listener.progress(null));

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
