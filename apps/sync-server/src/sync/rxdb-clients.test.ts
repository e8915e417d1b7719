import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startRxdbClient, type ChildDoc, type RxdbClient } from '../test-support/rxdb-client.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * Two devices of one parent, each a real RxDB database (memory storage)
 * replicating through RxDB's own `replicateRxCollection` with the real sync
 * server over HTTP and its SSE stream (DESIGN §2). Offline means what it
 * means on a phone: every request fails like fetch does without network and
 * the stream drops; RxDB keeps running and retries on its own.
 */

let server: TestServer;
let listener: ServerType;
let parent: SignedIn;
let clients: RxdbClient[];
let deviceA: RxdbClient;
let deviceB: RxdbClient;

beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => listener.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  clients = [];
  for (const name of ['device-a', 'device-b']) {
    clients.push(await startRxdbClient({ name, baseUrl, token: parent.token }));
  }
  [deviceA, deviceB] = clients as [RxdbClient, RxdbClient];
  await Promise.all(clients.map((c) => c.replication.awaitInitialReplication()));
});

afterEach(async () => {
  await Promise.all((clients ?? []).map((c) => c.close()));
  (listener as Server).closeAllConnections();
  await new Promise((resolve) => listener.close(resolve));
  await server.close();
});

/** Polls until `probe` returns a value, failing early on any error RxDB reported. */
async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 8_000,
  explain: () => unknown = () => undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    for (const client of clients) {
      if (client.unexpectedErrors.length > 0) {
        throw new Error(
          `${client.name} reported errors while waiting for ${what}: ` +
            JSON.stringify(client.unexpectedErrors, null, 1).slice(0, 3000),
        );
      }
    }
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    last = value;
    if (Date.now() > deadline) {
      const details = JSON.stringify(explain() ?? last, null, 1);
      throw new Error(`timed out waiting for ${what}: ${details}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function serverDoc(id: string): Promise<ChildDoc | undefined> {
  const documents: ChildDoc[] = [];
  for (let after = 0; ;) {
    const page = await call(
      server.app,
      'GET',
      `/api/v1/sync/children/pull?after=${after}&limit=500`,
      undefined,
      parent.token,
    );
    expect(page.status).toBe(200);
    if (page.json.documents.length === 0) break;
    documents.push(...page.json.documents);
    after = page.json.checkpoint.seq;
  }
  return documents.find((doc) => doc.id === id);
}

/** A card as a device inserts it: no `_deleted` (RxDB owns it), no sequence yet. */
function newCard(id: string, fields: Record<string, unknown> = {}) {
  const { _deleted: _ignored, ...card } = childCardDoc(parent.familyId, id, fields);
  return { ...card, serverSeq: 0 } as unknown as ChildDoc;
}

/** Both devices hold exactly the server's state of `id` (server-owned fields and sequence too). */
async function converged(id: string): Promise<ChildDoc> {
  let seen: unknown;
  return waitFor(
    `both devices to converge on ${id}`,
    async () => {
      const master = await serverDoc(id);
      const [a, b] = [await deviceA.get(id), await deviceB.get(id)];
      seen = { server: master, deviceA: a, deviceB: b };
      return master && a && b && jsonSame(a, master) && jsonSame(b, master) ? master : undefined;
    },
    8_000,
    () => seen,
  );
}

function jsonSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

describe('two RxDB devices through the real server', () => {
  it('merges offline edits from both devices field by field; nothing typed is lost', async () => {
    // 1. A creates a card online; B receives it live.
    const id = newDocId();
    await deviceA.children.insert(newCard(id));
    await deviceA.replication.awaitInSync();
    const original = await waitFor('B to receive the card', () => deviceB.get(id));
    expect(original).toMatchObject({ givenName: 'Анна', status: 'draft', conflicts: [] });
    expect(original.serverSeq).toBeGreaterThan(0);

    // 2. Both go offline and edit.
    deviceA.goOffline();
    deviceB.goOffline();
    const onA = (await deviceA.children.findOne(id).exec())!;
    await onA.incrementalPatch({ givenName: 'Алина' });
    await onA.incrementalModify((doc) => ({ ...doc, address: { ...doc.address, house: '7А' } }));
    const onB = (await deviceB.children.findOne(id).exec())!;
    await onB.incrementalPatch({ birthPlace: 'г. Клин' });
    await onB.incrementalPatch({ givenName: 'Алёна' });
    // Each device failed to push its edits: they did try, and reached nobody.
    await waitFor('both devices to try pushing offline', async () =>
      clients.every((c) => c.requests.includes('OFFLINE POST /sync/children/push')),
    );
    expect((await serverDoc(id))?.givenName).toBe('Анна');

    // 3. A comes back first, then B.
    deviceA.goOnline();
    await waitFor('A’s edit to reach the server', async () => {
      const master = await serverDoc(id);
      return master?.givenName === 'Алина' && master.address?.house === '7А';
    });
    await deviceA.replication.awaitInSync();
    deviceB.goOnline();
    const master = await converged(id);
    await Promise.all(clients.map((c) => c.replication.awaitInSync()));

    // 4. Edits to different fields both survive; the same field goes to the
    // server's value (A's, which got there first) and B's value stays visible.
    expect(master).toMatchObject({
      id,
      familyId: parent.familyId,
      givenName: 'Алина',
      birthPlace: 'г. Клин',
      address: { ...original.address, house: '7А' },
      surname: 'Иванова',
      status: 'draft',
      _deleted: false,
    });
    expect(master.conflicts).toHaveLength(1);
    expect(master.conflicts[0]).toMatchObject({
      field: 'givenName',
      localValue: 'Алёна',
      remoteValue: 'Алина',
      baseValue: 'Анна',
    });
    for (const client of clients) {
      expect(await client.get(id), client.name).toEqual(master);
    }
    // The merge happened on B, in RxDB's conflict handler, once the server
    // refused B's push made against the stale master. (A may also see a
    // conflict: its second queued push still assumes the sequence number its
    // first push started from. Merging that one must not invent a conflict.)
    const fieldConflicts = (client: RxdbClient) =>
      client.resolvedConflicts.flatMap((c) => c.output.conflicts);
    expect(fieldConflicts(deviceA)).toEqual([]);
    expect(fieldConflicts(deviceB)).toEqual([
      expect.objectContaining({ field: 'givenName', localValue: 'Алёна' }),
    ]);
  });

  it('a card created offline on B reaches A live, through the stream, once B is back', async () => {
    const before = newDocId();
    await deviceA.children.insert(newCard(before));
    await waitFor('B to receive the first card', () => deviceB.get(before));

    deviceB.goOffline();
    const id = newDocId();
    await deviceB.children.insert(newCard(id, { givenName: 'Пётр', sex: 'male' }));
    await waitFor('B to try pushing offline', async () =>
      deviceB.requests.includes('OFFLINE POST /sync/children/push'),
    );
    expect(await serverDoc(id)).toBeUndefined();
    expect(await deviceA.get(id)).toBeNull();

    const pullsByA = deviceA.requests.filter((r) => r.startsWith('GET')).length;
    const eventsOnA = deviceA.streamEvents.length;
    deviceB.goOnline();
    const master = await converged(id);
    expect(master).toMatchObject({ givenName: 'Пётр', sex: 'male', status: 'draft' });
    // A did nothing but listen: the stream told it of the new checkpoint, and
    // that (not a timer) is what made it pull.
    const told = deviceA.streamEvents.slice(eventsOnA);
    expect(told).toContainEqual({
      type: 'checkpoint',
      collection: 'children',
      checkpoint: { seq: master.serverSeq },
    });
    expect(deviceA.requests.filter((r) => r.startsWith('GET')).length).toBeGreaterThan(pullsByA);
    expect(await deviceA.get(before)).not.toBeNull();
  });

  it('server-owned changes (status, verification) reach both devices, and later edits apply cleanly', async () => {
    const id = newDocId();
    await deviceA.children.insert(newCard(id));
    await waitFor('B to receive the card', () => deviceB.get(id));

    // The parent submits on A; the server moves the status and verifies.
    const onA = (await deviceA.children.findOne(id).exec())!;
    await onA.incrementalPatch({ submittedAt: '2026-11-24T09:00:00.000Z' });
    await deviceA.replication.awaitInSync();
    await server.parts.worker.drain();
    const verified = await converged(id);
    expect(['verified', 'needs_correction']).toContain(verified.status);
    expect(verified.verification?.submittedAt).toBe('2026-11-24T09:00:00.000Z');

    // Each device's assumed master is the server's current state, so a
    // follow-up edit is applied directly, with no conflict round trip.
    const onB = (await deviceB.children.findOne(id).exec())!;
    await onB.incrementalPatch({ patronymic: 'Петровна' });
    await deviceB.replication.awaitInSync();
    const edited = await converged(id);
    expect(edited).toMatchObject({ patronymic: 'Петровна', conflicts: [] });
    expect(deviceB.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    expect(clients.flatMap((c) => c.resolvedConflicts)).toEqual([]);
  });
});
