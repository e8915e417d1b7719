import { serve, type ServerType } from '@hono/node-server';
import {
  createTransport,
  openFamilyDatabase,
  PendingChanges,
  startFamilySync,
  stripInternals,
  unsentDocuments,
  type FamilyDatabase,
  type FamilySync,
} from '@rodnik/sync-client';
import { API_BASE } from '@rodnik/domain';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getAssumedMasterState, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { canonical } from '../test-support/chaos/oracle.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * A collection's first sync takes the sync client's own write path (issue 14:
 * each page written with one bulk write of the documents and one of their
 * assumed masters, no read first) and hands its checkpoint to RxDB's
 * replication. The shipped device code on RxDB's memory storage, against the
 * real server over HTTP.
 */

const CARDS = 25;
/** Small pages, so the first sync writes several and resumes from a stacked checkpoint. */
const PAGE = 10;

let server: TestServer;
let listener: ServerType;
let parent: SignedIn;
let baseUrl: string;
let storage: RxStorage<unknown, unknown>;
let running: { db: FamilyDatabase; sync: FamilySync } | null;

beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => listener.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  storage = getRxStorageMemory();
  running = null;
});

afterEach(async () => {
  await running?.sync.stop();
  await running?.db.close();
  (listener as Server).closeAllConnections();
  await new Promise((resolve) => listener.close(resolve));
  await server.close();
});

/** Cards another device of the family pushed before this phone ever synced. */
async function cardsOnServer(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newDocId());
  const rows = ids.map((id) => ({ newDocumentState: childCardDoc(parent.familyId, id) }));
  const pushed = await call(server.app, 'POST', '/api/v1/sync/children/push', rows, parent.token);
  expect(pushed.json).toEqual([]);
  return ids;
}

async function serverCards(): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const page = await call(
    server.app,
    'GET',
    `/api/v1/sync/children/pull?after=0&limit=500`,
    undefined,
    parent.token,
  );
  for (const doc of page.json.documents) found.set(doc.id, doc);
  return found;
}

/** The phone: the family database (the same one on every start) and the sync loop. */
async function startPhone() {
  const requests: string[] = [];
  const db = await openFamilyDatabase({
    accountId: parent.accountId,
    storage,
    multiInstance: false,
  });
  const countingFetch: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    requests.push(`${init?.method ?? 'GET'} ${url.pathname.slice(API_BASE.length)}${url.search}`);
    return fetch(input, init);
  };
  const sync = startFamilySync({
    db,
    transport: createTransport({
      baseUrl,
      token: () => parent.token,
      isOnline: () => true,
      fetch: countingFetch,
    }),
    network: { isOnline: () => true, subscribe: () => () => undefined },
    pending: new PendingChanges({ getItem: () => null, setItem: () => undefined }, 'pending'),
    listener: {
      online: () => undefined,
      synced: () => undefined,
      progress: () => undefined,
      active: () => undefined,
      authExpired: () => undefined,
      outdated: () => undefined,
    },
    waitForLeadership: false,
    pullBatchSize: PAGE,
    retryTime: 100,
    collections: ['children'],
  });
  running = { db, sync };
  const replication = sync.replications.get('children')!;
  const conflicts: unknown[] = [];
  replication.conflict$.subscribe((c) => conflicts.push(c));
  const errors: unknown[] = [];
  replication.error$.subscribe((e) => errors.push(e));
  return { db, sync, replication, requests, conflicts, errors };
}

async function stopPhone(phone: { db: FamilyDatabase; sync: FamilySync }): Promise<void> {
  await phone.sync.stop();
  await phone.db.close();
  running = null;
}

async function localCards(db: FamilyDatabase): Promise<Map<string, Record<string, unknown>>> {
  const docs = await db.children.find().exec();
  return new Map(
    docs.map((d) => [d.id, stripInternals(d.toJSON(true)) as Record<string, unknown>]),
  );
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pulls = (requests: string[]) =>
  requests.filter((r) => r.startsWith('GET /sync/children/pull'));
const pushes = (requests: string[]) => requests.filter((r) => r.startsWith('POST '));

describe('a first sync written by the sync client', () => {
  it('stores every document with its assumed master, without RxDB reading or pushing them, and a second start downloads nothing again', async () => {
    const ids = await cardsOnServer(CARDS);
    const phone = await startPhone();
    await phone.sync.awaitInSync();

    const master = await serverCards();
    const local = await localCards(phone.db);
    expect([...local.keys()].sort()).toEqual([...ids].sort());
    for (const [id, doc] of local) expect(canonical(doc)).toBe(canonical(master.get(id)));
    // Each card's assumed master is the server's state: nothing counts as a local change.
    const state = phone.replication.internalReplicationState!;
    const assumed = await getAssumedMasterState(state, ids);
    for (const id of ids) expect(stripInternals(assumed[id]!.docData)).toEqual(master.get(id));
    expect(await unsentDocuments(phone.replication)).toEqual([]);
    // RxDB's downstream never wrote a page (its path reads before it writes); nothing was pushed.
    expect(state.stats.down.persistFromMaster).toBe(0);
    expect(pushes(phone.requests)).toEqual([]);
    // Three pages of ten, the last one short, each after the previous page; later pulls
    // (the live stream's resync on connect) start after the last card.
    const last = Math.max(...[...master.values()].map((d) => Number(d.serverSeq)));
    const seqOf = (index: number) => master.get(ids[index]!)!['serverSeq'];
    const [first, second, third, ...later] = pulls(phone.requests);
    expect([first, second, third]).toEqual([
      `GET /sync/children/pull?after=0&limit=${PAGE}`,
      `GET /sync/children/pull?after=${seqOf(PAGE - 1)}&limit=${PAGE}`,
      `GET /sync/children/pull?after=${seqOf(2 * PAGE - 1)}&limit=${PAGE}`,
    ]);
    for (const pull of later)
      expect(pull).toBe(`GET /sync/children/pull?after=${last}&limit=${PAGE}`);
    await stopPhone(phone);

    const again = await startPhone();
    await again.sync.awaitInSync();
    expect(pulls(again.requests).length).toBeGreaterThan(0);
    for (const pull of pulls(again.requests)) {
      expect(pull).toBe(`GET /sync/children/pull?after=${last}&limit=${PAGE}`);
    }
    expect(pushes(again.requests)).toEqual([]);
    expect((await localCards(again.db)).size).toBe(CARDS);
    expect(again.errors).toEqual([]);
  });

  it('pushes a local edit after the first sync against the master it pulled (no conflict)', async () => {
    const [id] = await cardsOnServer(CARDS);
    const phone = await startPhone();
    await phone.sync.awaitInSync();

    const card = await phone.db.children.findOne(id!).exec();
    await card!.incrementalPatch({ givenName: 'Алина' });
    await waitFor('the edit to reach the server', async () => {
      const doc = (await serverCards()).get(id!);
      return doc?.['givenName'] === 'Алина' ? doc : false;
    });
    await phone.sync.awaitInSync();
    // The server took it as an edit of the state it holds: no conflict came back.
    expect(phone.conflicts).toEqual([]);
    expect(pushes(phone.requests)).toHaveLength(1);
    const master = (await serverCards()).get(id!)!;
    expect(canonical((await localCards(phone.db)).get(id!))).toBe(canonical(master));
    expect(await unsentDocuments(phone.replication)).toEqual([]);
  });

  it('pulls a change another device makes after the first sync', async () => {
    const [id] = await cardsOnServer(CARDS);
    const phone = await startPhone();
    await phone.sync.awaitInSync();

    const before = (await serverCards()).get(id!)!;
    const changed = { ...before, _deleted: false, birthPlace: 'г. Клин' };
    const pushed = await call(
      server.app,
      'POST',
      '/api/v1/sync/children/push',
      [{ assumedMasterState: { ...before, _deleted: false }, newDocumentState: changed }],
      parent.token,
    );
    expect(pushed.json).toEqual([]);
    // The live stream says so; the pull continues from the first sync's checkpoint.
    const arrived = await waitFor('the change to arrive', async () => {
      const doc = (await localCards(phone.db)).get(id!);
      return doc?.['birthPlace'] === 'г. Клин' ? doc : false;
    });
    expect(canonical(arrived)).toBe(canonical((await serverCards()).get(id!)));
    expect(pulls(phone.requests).filter((r) => r.includes('after=0&'))).toHaveLength(1);
    expect(pushes(phone.requests)).toEqual([]);
  });

  it('leaves a page holding a document already on the device to RxDB, which keeps the local change', async () => {
    const ids = await cardsOnServer(CARDS);
    // A card typed on this phone before its first sync ever finished, already on the server.
    const db = await openFamilyDatabase({
      accountId: parent.accountId,
      storage,
      multiInstance: false,
    });
    const { _deleted: _ignored, ...typed } = childCardDoc(parent.familyId, ids[3]!, {
      givenName: 'Алёна',
    });
    await db.children.insert({ ...typed, serverSeq: 0, deletedAt: null } as never);
    await db.close();

    const phone = await startPhone();
    await phone.sync.awaitInSync();
    // RxDB wrote that page itself: its comparison finds the local change and pushes it.
    expect(
      phone.replication.internalReplicationState!.stats.down.persistFromMaster,
    ).toBeGreaterThan(0);
    const settled = await waitFor('the card to settle on the server and the phone', async () => {
      const master = (await serverCards()).get(ids[3]!);
      const local = (await localCards(phone.db)).get(ids[3]!);
      const unsent = await unsentDocuments(phone.replication);
      return unsent.length === 0 && canonical(local) === canonical(master) ? local : false;
    });
    // Merged with the server's card, the typed name is kept (in the card or beside it).
    expect(JSON.stringify(settled)).toContain('Алёна');
    const local = await localCards(phone.db);
    expect([...local.keys()].sort()).toEqual([...ids].sort());
    expect(phone.errors).toEqual([]);
  });
});
