import { serve, type ServerType } from '@hono/node-server';
import type { ChildDoc } from '@rodnik/sync-client';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RxReplicationConflict } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { childCardDoc, newDocId } from '../test-support/child-cards.ts';
import { startSyncDevice, type Doc, type SyncDevice } from '../test-support/chaos/device.ts';
import { canonical } from '../test-support/chaos/oracle.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

/**
 * Devices of one parent, each running the device code that ships
 * (`@rodnik/sync-client`: the family database, `startFamilySync`, the
 * transport) on RxDB's memory storage, against the real sync server over
 * HTTP and its SSE stream (DESIGN §2). Offline means what it means on a
 * phone: the network port says so, requests fail as fetch does without
 * network, and the stream drops.
 */

interface Phone {
  device: SyncDevice;
  /** Conflicts RxDB's conflict handler resolved for the children collection. */
  resolved: RxReplicationConflict<Doc>[];
}

let server: TestServer;
let listener: ServerType;
let parent: SignedIn;
let baseUrl: string;
let phones: Phone[];

beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
  listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => listener.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  phones = [];
});

afterEach(async () => {
  await Promise.all(phones.map((p) => p.device.stop()));
  (listener as Server).closeAllConnections();
  await new Promise((resolve) => listener.close(resolve));
  await server.close();
});

async function startPhones(names: string[]): Promise<Phone[]> {
  for (const name of names) {
    const device = await startSyncDevice({
      name,
      family: 0,
      familyId: parent.familyId,
      accountId: parent.accountId,
      token: parent.token,
      baseUrl,
      retryTime: 100,
      maxRetryTime: 1_000,
    });
    const resolved: RxReplicationConflict<Doc>[] = [];
    device.sync.replications.get('children')!.conflict$.subscribe((c) => resolved.push(c));
    phones.push({ device, resolved });
  }
  await Promise.all(phones.map((p) => p.device.sync.awaitInSync()));
  return phones;
}

/** Polls until `probe` returns a value, failing early on any sync error a device reported. */
async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  explain: () => unknown = () => undefined,
  timeoutMs = 8_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    for (const { device } of phones) {
      if (device.errors.size > 0) {
        throw new Error(
          `${device.name} reported errors while waiting for ${what}: ${JSON.stringify([...device.errors])}`,
        );
      }
    }
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    last = value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}: ${JSON.stringify(explain() ?? last, null, 1)}`,
      );
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

/** A device's replicated state of a card, RxDB's bookkeeping stripped. */
async function cardOn(device: SyncDevice, id: string): Promise<ChildDoc | null> {
  const docs = await device.documents('children', [id]);
  return (docs.get(id) as unknown as ChildDoc | undefined) ?? null;
}

/** A card as the app inserts it: no `_deleted` (RxDB owns it), no sequence yet. */
function newCard(id: string, fields: Record<string, unknown> = {}) {
  const { _deleted: _ignored, ...card } = childCardDoc(parent.familyId, id, fields);
  return { ...card, serverSeq: 0, deletedAt: null } as unknown as ChildDoc;
}

/** The app's write: into local RxDB, marked pending (apps/web's children repository). */
async function insertCard(device: SyncDevice, card: ChildDoc): Promise<void> {
  await device.db.children.insert(card);
  device.pending.mark('children', card.id);
}

async function editCard(device: SyncDevice, id: string, change: (doc: ChildDoc) => ChildDoc) {
  const doc = await device.db.children.findOne(id).exec();
  await doc!.incrementalModify(change);
  device.pending.mark('children', id);
}

/** Every phone holds exactly the server's state of `id` (server-owned fields and sequence too). */
async function converged(id: string): Promise<ChildDoc> {
  let seen: unknown;
  return waitFor(
    `every device to converge on ${id}`,
    async () => {
      const master = await serverDoc(id);
      const local = await Promise.all(phones.map((p) => cardOn(p.device, id)));
      seen = { server: master, devices: local };
      const same = local.every((doc) => doc && master && canonical(doc) === canonical(master));
      return same && phones.every((p) => p.device.pending.count === 0) ? master : undefined;
    },
    () => seen,
  );
}

const fieldConflicts = (phone: Phone) =>
  phone.resolved.flatMap(
    (c) => ((c.output as { conflicts?: unknown[] }).conflicts ?? []) as unknown[],
  );

describe('devices running @rodnik/sync-client through the real server', () => {
  it('merges offline edits from both devices field by field; nothing typed is lost', async () => {
    const [a, b] = await startPhones(['device-a', 'device-b']);
    // 1. A creates a card online; B receives it live.
    const id = newDocId();
    await insertCard(a!.device, newCard(id));
    await a!.device.sync.awaitInSync();
    const original = await waitFor('B to receive the card', () => cardOn(b!.device, id));
    expect(original).toMatchObject({ givenName: 'Анна', status: 'draft' });
    expect(original.serverSeq).toBeGreaterThan(0);

    // 2. Both go offline and edit.
    a!.device.setOnline(false);
    b!.device.setOnline(false);
    await editCard(a!.device, id, (doc) => ({ ...doc, givenName: 'Алина' }));
    await editCard(a!.device, id, (doc) => ({ ...doc, address: { ...doc.address, house: '7А' } }));
    await editCard(b!.device, id, (doc) => ({ ...doc, birthPlace: 'г. Клин' }));
    await editCard(b!.device, id, (doc) => ({ ...doc, givenName: 'Алёна' }));
    expect((await serverDoc(id))?.givenName).toBe('Анна');

    // 3. A comes back first, then B.
    a!.device.setOnline(true);
    await waitFor('A’s edit to reach the server', async () => {
      const master = await serverDoc(id);
      return master?.givenName === 'Алина' && master.address?.house === '7А';
    });
    await a!.device.sync.awaitInSync();
    b!.device.setOnline(true);
    const master = await converged(id);

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
    expect(master.conflicts).toEqual([
      expect.objectContaining({
        field: 'givenName',
        localValue: 'Алёна',
        remoteValue: 'Алина',
        baseValue: 'Анна',
      }),
    ]);
    // The merge happened on B, in RxDB's conflict handler, once the server
    // refused B's push made against the stale master.
    expect(fieldConflicts(a!)).toEqual([]);
    expect(fieldConflicts(b!)).toEqual([
      expect.objectContaining({ field: 'givenName', localValue: 'Алёна' }),
    ]);
  });

  it('keeps every unresolved losing value of a field, not only the latest', async () => {
    // Two phones is all one process may run (RxDB's open-source collection limit), so the
    // second losing value comes from a second round rather than a third phone.
    const [a, b] = await startPhones(['device-a', 'device-b']);
    const id = newDocId();
    await insertCard(a!.device, newCard(id));
    await waitFor('B to receive the card', () => cardOn(b!.device, id));

    for (const [mine, theirs] of [
      ['Алина', 'Алёна'],
      ['Алла', 'Ася'],
    ] as const) {
      a!.device.setOnline(false);
      b!.device.setOnline(false);
      await editCard(a!.device, id, (doc) => ({ ...doc, givenName: mine }));
      await editCard(b!.device, id, (doc) => ({ ...doc, givenName: theirs }));
      // A gets there first and wins the field; B's value loses.
      a!.device.setOnline(true);
      await waitFor(
        `A’s ${mine} to reach the server`,
        async () => (await serverDoc(id))?.givenName === mine,
      );
      b!.device.setOnline(true);
      await converged(id);
    }
    const master = await converged(id);
    expect(master.givenName).toBe('Алла');
    // Nobody resolved the first one: the second did not replace it.
    expect(master.conflicts.map((x) => x.localValue).sort()).toEqual(['Алёна', 'Ася']);
  });

  it('a card created offline on B reaches A live, through the stream, once B is back', async () => {
    const [a, b] = await startPhones(['device-a', 'device-b']);
    const before = newDocId();
    await insertCard(a!.device, newCard(before));
    await waitFor('B to receive the first card', () => cardOn(b!.device, before));

    b!.device.setOnline(false);
    const id = newDocId();
    await insertCard(b!.device, newCard(id, { givenName: 'Пётр', sex: 'male' }));
    expect(await serverDoc(id)).toBeUndefined();
    expect(await cardOn(a!.device, id)).toBeNull();

    const pullsByA = a!.device.requests.filter((r) =>
      r.startsWith('GET /sync/children/pull'),
    ).length;
    const eventsOnA = a!.device.streamEvents.length;
    b!.device.setOnline(true);
    const master = await converged(id);
    expect(master).toMatchObject({ givenName: 'Пётр', sex: 'male', status: 'draft' });
    // A did nothing but listen: the stream told it of the new checkpoint, and
    // that (not a timer) is what made it pull.
    expect(a!.device.streamEvents.slice(eventsOnA)).toContainEqual({
      type: 'checkpoint',
      collection: 'children',
      checkpoint: { seq: master.serverSeq },
    });
    expect(
      a!.device.requests.filter((r) => r.startsWith('GET /sync/children/pull')).length,
    ).toBeGreaterThan(pullsByA);
    expect(await cardOn(a!.device, before)).not.toBeNull();
  });

  it('server-owned changes (status, verification) reach both devices, and later edits apply cleanly', async () => {
    const [a, b] = await startPhones(['device-a', 'device-b']);
    const id = newDocId();
    await insertCard(a!.device, newCard(id));
    await waitFor('B to receive the card', () => cardOn(b!.device, id));

    // The parent submits on A; the server moves the status and verifies.
    await editCard(a!.device, id, (doc) => ({ ...doc, submittedAt: '2026-11-24T09:00:00.000Z' }));
    await a!.device.sync.awaitInSync();
    await server.parts.worker.drain();
    const verified = await converged(id);
    expect(['verified', 'needs_correction']).toContain(verified.status);
    expect(verified.verification?.submittedAt).toBe('2026-11-24T09:00:00.000Z');

    // Each device's assumed master is the server's current state, so a
    // follow-up edit is applied directly, with no conflict round trip. The
    // card's data was checked: a change is sent again for a check.
    const pushesBefore = b!.device.requests.filter((r) => r.startsWith('POST')).length;
    await editCard(b!.device, id, (doc) => ({
      ...doc,
      patronymic: 'Петровна',
      submittedAt: '2026-11-24T09:10:00.000Z',
    }));
    await b!.device.sync.awaitInSync();
    const edited = await converged(id);
    expect(edited).toMatchObject({ patronymic: 'Петровна', conflicts: [] });
    expect(b!.device.requests.filter((r) => r.startsWith('POST')).length - pushesBefore).toBe(1);
    expect(phones.flatMap((p) => p.resolved)).toEqual([]);
  });

  it('keeps a quiet edit of a verified card beside the field: the card stays verified with its checked data', async () => {
    const [a] = await startPhones(['device-a']);
    const id = newDocId();
    await insertCard(a!.device, newCard(id));
    await editCard(a!.device, id, (doc) => ({ ...doc, submittedAt: '2026-11-24T09:00:00.000Z' }));
    await a!.device.sync.awaitInSync();
    await server.parts.worker.drain();
    const verified = await converged(id);
    expect(verified.status).toBe('verified');

    await editCard(a!.device, id, (doc) => ({ ...doc, patronymic: 'Петровна' }));
    await a!.device.sync.awaitInSync();
    const kept = await converged(id);
    expect(kept).toMatchObject({ status: 'verified', patronymic: verified.patronymic });
    expect(kept.conflicts).toEqual([
      expect.objectContaining({
        field: 'patronymic',
        localValue: 'Петровна',
        reason: 'card-checked',
      }),
    ]);
  });
});
