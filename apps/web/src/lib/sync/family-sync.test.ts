import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { childrenRepo } from '../child-card/children-repo.ts';
import {
  PendingChanges,
  createTransport,
  openFamilyDatabase,
  startFamilySync,
  type FamilyDatabase,
  type FamilySync,
  type Network,
  type PushProblem,
  type SyncListener,
} from '@rodnik/sync-client';
import { FakeSyncServer, type HeldRequest } from './fake-sync-server.test-util.ts';

class FakeNetwork implements Network {
  online = true;
  private listeners = new Set<(online: boolean) => void>();
  isOnline = () => this.online;
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    for (const l of this.listeners) l(online);
  }
}

class RecordingListener implements SyncListener {
  events: string[] = [];
  lastSync: string | null = null;
  problem: PushProblem | null = null;
  pushProblem(problem: PushProblem | null) {
    this.problem = problem;
  }
  online(o: boolean) {
    this.events.push(o ? 'online' : 'offline');
  }
  synced(at: string) {
    this.lastSync = at;
  }
  progress(p: number | null) {
    if (p === null) this.events.push('progress-done');
  }
  active() {}
  authExpired() {
    this.events.push('auth-expired');
  }
  outdated() {
    this.events.push('outdated');
  }
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

let counter = 0;
let opened: { db: FamilyDatabase; syncs: FamilySync[] }[] = [];

async function device(server: FakeSyncServer) {
  counter += 1;
  const db = await openFamilyDatabase({
    accountId: `acc${counter}${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const network = new FakeNetwork();
  const listener = new RecordingListener();
  const pending = new PendingChanges(memoryStorage(), 'pending');
  let token: string | null = 'token';
  const entry = { db, syncs: [] as FamilySync[] };
  opened.push(entry);
  const startSync = (streamIdleMs?: number) => {
    const sync = startFamilySync({
      streamIdleMs,
      db,
      transport: createTransport({
        // Node's Request needs an absolute URL (a browser resolves the page's own).
        baseUrl: 'http://rodnik.test',
        fetch: server.fetch,
        token: () => token,
        isOnline: network.isOnline,
      }),
      network,
      pending,
      listener,
      retryTime: 20,
      waitForLeadership: false,
    });
    entry.syncs.push(sync);
    return sync;
  };
  const repo = childrenRepo({
    db,
    familyId: 'fam',
    pending,
    now: () => new Date('2026-11-24T09:00:00.000Z'),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
  });
  const d = {
    db,
    sync: startSync(),
    network,
    listener,
    pending,
    repo,
    setToken: (t: string | null) => (token = t),
    /** Stops sync and starts it again on the same database (the app reopened). */
    async restart(streamIdleMs?: number) {
      await d.sync.stop();
      d.sync = startSync(streamIdleMs);
    },
  };
  return d;
}

afterEach(async () => {
  for (const { db, syncs } of opened) {
    for (const sync of syncs) await sync.stop();
    await db.close();
  }
  opened = [];
});

describe('family sync wiring', () => {
  it('pushes a local card, clears it from pending, and records the sync time', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    const id = await d.repo.create();
    await d.repo.saveDraft(id, { surname: 'Иванова' });
    expect(d.pending.count).toBe(1);
    await until(() => server.get('children', id)?.['surname'] === 'Иванова');
    await until(() => d.pending.count === 0);
    expect(d.listener.lastSync).not.toBeNull();
    await until(() => d.listener.events.includes('progress-done'));
  });

  it('pulls at once when the stream announces a checkpoint, without polling', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    await d.sync.awaitInSync();
    server.put('children', {
      id: 'from-server',
      familyId: 'fam',
      status: 'verified',
      _deleted: false,
    });
    server.emit({ type: 'checkpoint', collection: 'children', checkpoint: { seq: server.seq } });
    await until(
      async () => (await d.db.children.findOne('from-server').exec())?.status === 'verified',
    );
  });

  it('keeps a change waiting offline and sends it on reconnect', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    await d.sync.awaitInSync();
    let failures = 0;
    d.sync.replications.get('children')!.error$.subscribe(() => (failures += 1));
    d.network.set(false);
    const id = await d.repo.create();
    await d.repo.submit(id, { surname: 'Иванова' });
    await until(() => failures >= 2);
    expect(server.get('children', id)).toBeUndefined();
    expect(d.pending.count).toBe(1);
    d.network.set(true);
    await until(() => typeof server.get('children', id)?.['submittedAt'] === 'string');
    await until(() => d.pending.count === 0);
    expect(d.listener.events).toEqual(expect.arrayContaining(['offline', 'online']));
  });

  it('stops on 401 and asks to sign in again without touching local data', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    await d.sync.awaitInSync();
    server.status = 401;
    const id = await d.repo.create();
    await d.repo.saveDraft(id, { surname: 'Иванова' });
    await until(() => d.listener.events.includes('auth-expired'));
    expect((await d.db.children.findOne(id).exec())?.surname).toBe('Иванова');
    expect(d.pending.count).toBe(1);
  });

  it('resolves a conflict with the domain merge and keeps the losing edit visible', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    const id = await d.repo.create();
    await d.repo.saveDraft(id, { surname: 'Иванова', givenName: 'Анна' });
    await until(() => server.get('children', id)?.['givenName'] === 'Анна');
    await d.sync.awaitInSync();
    // Another device changed the name meanwhile; this device goes offline and edits it too.
    d.network.set(false);
    server.put('children', { ...server.get('children', id), givenName: 'Анюта' });
    await d.repo.saveDraft(id, { surname: 'Иванова', givenName: 'Аня' });
    d.network.set(true);
    await until(async () => {
      const doc = await d.db.children.findOne(id).exec();
      return doc?.givenName === 'Анюта' && doc.conflicts.some((c) => c.field === 'givenName');
    });
    const conflict = (await d.db.children.findOne(id).exec())?.conflicts[0];
    expect(conflict).toMatchObject({ field: 'givenName', localValue: 'Аня' });
  });
});

describe('soft deletion across phones', () => {
  it('a deleted card leaves the other phone’s list for «Недавно удалённые», and a restore brings it back', async () => {
    const server = new FakeSyncServer();
    const [a, b] = [await device(server), await device(server)];
    const announce = () =>
      server.emit({ type: 'checkpoint', collection: 'children', checkpoint: { seq: server.seq } });
    let live: string[] = [];
    let trashed: string[] = [];
    const stops = [
      b.repo.watchLive((docs) => (live = docs.map((d) => d.id))),
      b.repo.watchTrashed((docs) => (trashed = docs.map((d) => d.id))),
    ];

    const id = await a.repo.create();
    await a.repo.saveDraft(id, { surname: 'Иванова' });
    await until(() => server.get('children', id)?.['surname'] === 'Иванова');
    announce();
    await until(() => live.includes(id));

    await a.repo.remove(id);
    await until(() => typeof server.get('children', id)?.['deletedAt'] === 'string');
    expect(server.get('children', id)?.['_deleted']).toBe(false);
    announce();
    await until(() => !live.includes(id) && trashed.includes(id));

    await a.repo.restore(id);
    await until(() => server.get('children', id)?.['deletedAt'] === null);
    announce();
    await until(() => live.includes(id) && !trashed.includes(id));
    expect((await b.db.children.findOne(id).exec())?.surname).toBe('Иванова');
    stops.forEach((stop) => stop());
  });
});

describe('what the status bar is told', () => {
  it('says why changes wait while pushes fail, and clears it when one gets through', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    await d.sync.awaitInSync();
    server.status = 503;
    const id = await d.repo.create();
    await until(() => d.listener.problem?.kind === 'server-error');
    expect(d.listener.problem).toEqual({ kind: 'server-error', status: 503 });
    expect(d.pending.count).toBe(1);
    server.status = null;
    await until(() => d.listener.problem === null && d.pending.count === 0);
    expect(server.get('children', id)).toBeDefined();
  });

  it('clears on start a mark whose document is already what the server holds', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    const id = await d.repo.create();
    await until(() => d.pending.count === 0);
    // A mark left by a run that ended before it saw the push through.
    await d.sync.stop();
    d.pending.mark('children', id);
    await d.restart();
    await until(() => d.pending.count === 0);
  });

  it('reopens a live stream that went silent', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    const streams = () => server.requests.filter((r) => r.endsWith('/sync/stream')).length;
    await until(() => streams() === 1);
    await d.restart(50);
    // Its first stream, then the one it opens after hearing nothing for 50 ms.
    await until(() => streams() === 3);
  });
});

describe('going offline while a push is in flight', { timeout: 10_000 }, () => {
  /**
   * A pull and the push of an edit are both in flight; the pull lands (a task with
   * nothing to push queues behind the push, and stores the upstream checkpoint), the
   * phone goes offline, then the push settles the way a flaky link settles it.
   */
  async function editInFlightWhileGoingOffline(settle: keyof HeldRequest) {
    const server = new FakeSyncServer();
    const d = await device(server);
    const id = await d.repo.create();
    await d.repo.saveDraft(id, { surname: 'Иванова' });
    await until(() => server.get('children', id)?.['surname'] === 'Иванова');
    await d.sync.awaitInSync();
    const replication = d.sync.replications.get('children')!;

    server.hold('pull', 'children');
    server.put('children', { id: 'other', familyId: 'fam', status: 'draft', _deleted: false });
    server.emit({ type: 'checkpoint', collection: 'children', checkpoint: { seq: server.seq } });
    const pull = await server.held('pull');
    server.hold('push', 'children');
    await d.repo.saveDraft(id, { surname: 'Иванова', givenName: 'Анна' });
    const push = await server.held('push');
    pull.answer();
    await until(async () => (await d.db.children.findOne('other').exec()) !== null);

    d.network.set(false);
    await new Promise((turn) => setImmediate(turn));
    let errors = 0;
    const counting = replication.error$.subscribe(() => (errors += 1));
    push[settle]();
    // Settled: the upstream went idle, or it is retrying (a second failure).
    await until(() => !replication.subjects.active.getValue() || errors >= 2);
    counting.unsubscribe();
    d.network.set(true);
    return { server, d, id };
  }

  it('pushes on start what an earlier run left unsent (RxDB paused mid-push)', async () => {
    const server = new FakeSyncServer();
    const d = await device(server);
    const id = await d.repo.create();
    await d.repo.saveDraft(id, { surname: 'Иванова' });
    await until(() => server.get('children', id)?.['surname'] === 'Иванова');
    await d.sync.awaitInSync();
    const replication = d.sync.replications.get('children')!;
    // What the app did before: pause while the push is in flight, with a pulled card queued.
    server.hold('pull', 'children');
    server.put('children', { id: 'other', familyId: 'fam', status: 'draft', _deleted: false });
    server.emit({ type: 'checkpoint', collection: 'children', checkpoint: { seq: server.seq } });
    const pull = await server.held('pull');
    server.hold('push', 'children');
    await d.repo.saveDraft(id, { surname: 'Иванова', givenName: 'Анна' });
    const push = await server.held('push');
    pull.answer();
    await until(async () => (await d.db.children.findOne('other').exec()) !== null);
    await replication.pause();
    push.fail();
    await until(() => !replication.subjects.active.getValue());
    await replication.internalReplicationState!.checkpointQueue;

    await d.restart();
    await until(() => server.get('children', id)?.['givenName'] === 'Анна');
    await until(() => d.pending.count === 0);
  });

  const localSeq = async (d: Awaited<ReturnType<typeof device>>, id: string) =>
    (await d.db.children.findOne(id).exec())?.serverSeq;

  it('sends an edit whose push failed as the phone went offline', async () => {
    const { server, d, id } = await editInFlightWhileGoingOffline('fail');
    await until(() => server.get('children', id)?.['givenName'] === 'Анна');
    await until(async () => (await localSeq(d, id)) === server.get('children', id)?.['serverSeq']);
    await until(() => d.pending.count === 0);
  });

  it('learns the server state of a push that landed but whose answer was lost', async () => {
    const { server, d, id } = await editInFlightWhileGoingOffline('commitAndDropAnswer');
    await until(async () => (await localSeq(d, id)) === server.get('children', id)?.['serverSeq']);
    await until(() => d.pending.count === 0);
    expect((await d.db.children.findOne(id).exec())?.conflicts).toEqual([]);
  });

  it('records a push answered just after the phone went offline', async () => {
    const { server, d, id } = await editInFlightWhileGoingOffline('answer');
    await until(async () => (await localSeq(d, id)) === server.get('children', id)?.['serverSeq']);
    await until(() => d.pending.count === 0);
  });
});
