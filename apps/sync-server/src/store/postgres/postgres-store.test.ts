import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocChange, NewDoc, Store } from '../store.ts';
import { describeStoreContract } from '../store-contract.ts';
import { MIGRATIONS } from '../migrations.ts';
import { notificationPayloads, openPostgresStore } from './postgres-store.ts';

/**
 * Runs against a real PostgreSQL (no mocks, no silent skip): DATABASE_URL, or
 * the one the project's global setup finds or starts. Every test
 * works in a fresh schema that is dropped afterwards, so runs are isolated.
 */
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://rodnik:rodnik@127.0.0.1:5432/rodnik_test';

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const where = DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@');
    throw new Error(
      `PostgreSQL is not reachable at ${where} (${(error as Error).message}). ` +
        'Start the local test server with `sudo .ci/postgres.sh` (Debian: installs, starts ' +
        'and creates role/database rodnik), or set DATABASE_URL to a reachable server.',
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createSchema(): Promise<string> {
  const schema = `rodnik_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE SCHEMA ${schema}`));
  return schema;
}

async function dropSchema(schema: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

let contractSchema = '';
describeStoreContract('PostgreSQL', {
  async open() {
    contractSchema = await createSchema();
    return openPostgresStore(DATABASE_URL, { schema: contractSchema });
  },
  reopen: () => openPostgresStore(DATABASE_URL, { schema: contractSchema }),
  async cleanup() {
    await dropSchema(contractSchema);
  },
});

const doc = (id: string, familyId = 'f1'): NewDoc => ({
  collection: 'children',
  id,
  familyId,
  childId: id,
  deleted: false,
  data: { id },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

const MARKERS = 'family-markers';
const withoutMarkers = (changes: DocChange[]) =>
  changes.filter((change) => change.familyId !== MARKERS);

/**
 * Commits a marker through `writer` and waits until `heard` has it. PostgreSQL
 * delivers notifications in commit order, so anything committed before the
 * marker that was going to be heard has been heard by then: a wait for an
 * event instead of a pause for one that should not come.
 */
async function heardUpTo(writer: Store, heard: DocChange[], id: string): Promise<void> {
  await writer.transaction((tx) => tx.putDoc(doc(id, MARKERS)));
  await waitFor(() => heard.some((change) => change.childId === id), `the marker ${id}`);
}

describe('PostgreSQL store with several instances', () => {
  let schema = '';
  const open: Store[] = [];
  const instance = async (): Promise<Store> => {
    const store = await openPostgresStore(DATABASE_URL, { schema });
    open.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close().catch(() => undefined)));
    if (schema) await dropSchema(schema);
    schema = '';
  });

  it('migrates once when instances start together', async () => {
    schema = await createSchema();
    await Promise.all([instance(), instance(), instance()]);
    const versions = await withAdmin(async (client) => {
      const result = await client.query(`SELECT version FROM ${schema}.schema_migrations`);
      return result.rows.map((row: { version: number }) => row.version);
    });
    expect(versions).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(await open[0]?.ping()).toBe(true);
  });

  it('announces a change committed on one instance to the others via LISTEN/NOTIFY', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    const onA: DocChange[] = [];
    const onB: DocChange[] = [];
    a.onCommit((changes) => onA.push(...changes));
    b.onCommit((changes) => onB.push(...changes));

    const written = await a.transaction((tx) => tx.putDoc(doc('child-1', 'family-x')));
    const expected: DocChange = {
      collection: 'children',
      familyId: 'family-x',
      childId: 'child-1',
      seq: written.seq,
    };
    await waitFor(() => onB.length > 0, 'the other instance to hear the change');
    expect(onB).toEqual([expected]);
    // The writer announced its own change once, after COMMIT, and ignores
    // its own notification.
    await heardUpTo(b, onA, 'marker-1');
    expect(withoutMarkers(onA)).toEqual([expected]);

    // A rolled-back transaction notifies nobody.
    await expect(
      b.transaction(async (tx) => {
        await tx.putDoc(doc('lost', 'family-x'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await heardUpTo(b, onA, 'marker-2');
    expect(withoutMarkers(onA)).toEqual([expected]);
  });

  it('says changes may have been missed once its change feed is back after a drop', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    let missed = 0;
    b.onMissedChanges(() => (missed += 1));
    // Cut this schema's change-feed connections (as a failover or a network blip would).
    await withAdmin((admin) =>
      admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
        [`rodnik-changes:${schema}`],
      ),
    );
    await waitFor(() => missed > 0, 'the feed to come back and say so', 10_000);
    // And it hears other instances again.
    const heard: DocChange[] = [];
    b.onCommit((changes) => heard.push(...changes));
    await a.transaction((tx) => tx.putDoc(doc('after-drop', 'family-y')));
    await waitFor(() => heard.length > 0, 'a change after the reconnect');
  });

  it('does not hear instances working on another schema', async () => {
    schema = await createSchema();
    const other = await createSchema();
    try {
      const a = await instance();
      const heard: DocChange[] = [];
      a.onCommit((changes) => heard.push(...changes));
      const elsewhere = await openPostgresStore(DATABASE_URL, { schema: other });
      await elsewhere.transaction((tx) => tx.putDoc(doc('x')));
      await elsewhere.close();
      await heardUpTo(await instance(), heard, 'marker');
      expect(withoutMarkers(heard)).toEqual([]);
    } finally {
      await dropSchema(other);
    }
  });

  it('numbers concurrent writers of two instances in commit order; checkpoints never skip', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    const reader = await instance();
    const heardOnA = new Set<number>();
    const heardOnB = new Set<number>();
    a.onCommit((changes) => changes.forEach((c) => heardOnA.add(c.seq)));
    b.onCommit((changes) => changes.forEach((c) => heardOnB.add(c.seq)));

    const writers = 50;
    const jitter = () => sleep(Math.floor(Math.random() * 6));
    let running = true;
    const seen: string[] = [];
    let checkpoint = 0;
    let reads = 0;

    // A client pulling with its checkpoint while the writers run, plus a
    // full snapshot each round: the visible seqs must always be 1..max.
    const pulling = (async () => {
      for (;;) {
        const finished = !running;
        const batch = await reader.pullDocs('children', { familyId: 'f1' }, checkpoint, 1000);
        for (const d of batch) seen.push(d.id);
        checkpoint = batch.at(-1)?.seq ?? checkpoint;
        const snapshot = await reader.pullDocs('children', { familyId: 'f1' }, 0, 1000);
        expect(snapshot.map((d) => d.seq)).toEqual(snapshot.map((_, index) => index + 1));
        reads += 1;
        if (finished) return;
        await sleep(1);
      }
    })();
    // Awaited below; a failure must not count as unhandled meanwhile.
    pulling.catch(() => undefined);

    const results = await Promise.all(
      Array.from({ length: writers }, async (_, index) => {
        await sleep(Math.floor(Math.random() * 20));
        const store = index % 2 === 0 ? a : b;
        return store.transaction(async (tx) => {
          await jitter();
          const written = await tx.putDoc(doc(`w${index}`));
          await jitter();
          return written;
        });
      }),
    );
    running = false;
    await pulling;

    const seqs = results.map((r) => r.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: writers }, (_, index) => index + 1));
    expect(reads).toBeGreaterThan(1);
    expect([...seen].sort()).toEqual(results.map((r) => r.id).sort());
    expect(new Set(seen).size).toBe(writers);
    // Every instance hears every change: its own after COMMIT, the other's
    // through NOTIFY.
    await waitFor(
      () => heardOnA.size === writers && heardOnB.size === writers,
      'both instances to hear all changes',
    );
    expect(await a.currentSeq()).toBe(writers);
  });

  /** A transaction of `store` that writes `written` and holds its locks until `release()`. */
  function held(store: Store, written: NewDoc, scope?: { familyId: string }) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
    const done = store.transaction(async (tx) => {
      const stored = await tx.putDoc(written);
      // A read writes the held-back batch, so the row is in the table before the pause.
      await tx.getDoc(written.collection, written.id);
      wrote();
      await released;
      return stored;
    }, scope);
    done.catch(() => undefined);
    return { done, hasWritten, release };
  }

  /** Connections of this schema's stores waiting on a lock (a writer parked behind another). */
  async function waitingOnLocks(): Promise<number> {
    const [row] = await withAdmin((client) =>
      client
        .query(
          `SELECT count(*) AS n FROM pg_stat_activity
           WHERE application_name = $1 AND wait_event_type = 'Lock'`,
          [`rodnik-store:${schema}`.slice(0, 63)],
        )
        .then((result) => result.rows as { n: string }[]),
    );
    return Number(row?.n ?? 0);
  }

  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(10);
    }
  }

  it('PostgreSQL: writers of different families on two instances never wait on each other', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    const first = held(a, doc('a-card', 'fam-a'), { familyId: 'fam-a' });
    await first.hasWritten;
    // fam-a's transaction is still open on instance a; fam-b's commits meanwhile on b.
    const other = await b.transaction((tx) => tx.putDoc(doc('b-card', 'fam-b')), {
      familyId: 'fam-b',
    });
    expect((await b.pullDocs('children', { familyId: 'fam-b' }, 0, 10)).map((d) => d.id)).toEqual([
      'b-card',
    ]);
    first.release();
    const mine = await first.done;
    // Numbered apart: different families' numbers need no common order.
    expect(mine.seq).not.toBe(other.seq);
  });

  it('PostgreSQL: a checkpoint never skips a row of its family committed late by another instance', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    const reader = await instance();
    const scope = { familyId: 'f1' };
    // `early` takes its number first and commits last.
    const early = held(a, doc('early'), scope);
    await early.hasWritten;
    const late = b.transaction((tx) => tx.putDoc(doc('late')), scope);
    let lateDone = false;
    void late.then(() => (lateDone = true)).catch(() => undefined);
    // The same family's second writer waits for the first (or, were it not to, commits now).
    await until(async () => lateDone || (await waitingOnLocks()) > 0, 'the second writer');
    const seen: string[] = [];
    let checkpoint = 0;
    const pull = async () => {
      const page = await reader.pullDocs('children', scope, checkpoint, 100);
      seen.push(...page.map((d) => d.id));
      checkpoint = page.at(-1)?.seq ?? checkpoint;
    };
    await pull();
    early.release();
    await Promise.all([early.done, late]);
    await pull();
    expect(seen).toEqual(['early', 'late']);
    // An unscoped writer (a job, an operator) waits for every family's writers too.
    const open = held(a, doc('open'), scope);
    await open.hasWritten;
    const job = b.transaction((tx) => tx.putDoc(doc('job-card', 'f9')));
    await until(async () => (await waitingOnLocks()) > 0, 'the unscoped writer');
    open.release();
    const [opened, jobbed] = await Promise.all([open.done, job]);
    expect(jobbed.seq).toBeGreaterThan(opened.seq);
  });

  it('PostgreSQL: a transaction scoped to one family cannot write another family’s document', async () => {
    schema = await createSchema();
    const a = await instance();
    await expect(
      a.transaction((tx) => tx.putDoc(doc('x', 'fam-b')), { familyId: 'fam-a' }),
    ).rejects.toThrow('scoped to one family');
    expect(await a.getDoc('children', 'x')).toBeNull();
  });

  it('numbers requests of two instances sending at once without gaps or repeats', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    const senders = 40;
    const numbers = await Promise.all(
      Array.from({ length: senders }, async (_, index) => {
        await sleep(Math.floor(Math.random() * 10));
        return (index % 2 === 0 ? a : b).transaction(async (tx) => {
          // Half read a document first, half take the number first: no lock-order deadlock.
          if (index % 4 < 2) await tx.getDoc('applications', `app-${index}`);
          const n = await tx.nextRequestNumber(2026);
          await tx.putDoc({ ...doc(`app-${index}`), collection: 'applications' });
          return n;
        });
      }),
    );
    expect([...numbers].sort((x, y) => x - y)).toEqual(
      Array.from({ length: senders }, (_, index) => index + 1),
    );
  });

  it('claims each due job on one instance only', async () => {
    schema = await createSchema();
    const a = await instance();
    const b = await instance();
    await a.transaction(async (tx) => {
      for (let i = 0; i < 20; i += 1) {
        await tx.enqueueJob({
          id: `job-${String(i).padStart(2, '0')}`,
          kind: 'k',
          payload: { i },
          status: 'pending',
          attempts: 0,
          runAfter: '2026-01-01T00:00:00.000Z',
          lastError: null,
        });
      }
    });
    const now = '2026-06-01T00:00:00.000Z';
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        (index % 2 === 0 ? a : b).transaction((tx) => tx.claimJobs('k', now, 3)),
      ),
    );
    const ids = claims.flat().map((job) => job.id);
    expect(ids.length).toBe(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('a starting instance leaves the jobs another live instance is running alone', async () => {
    schema = await createSchema();
    const a = await instance();
    await a.transaction((tx) =>
      tx.enqueueJob({
        id: 'busy',
        kind: 'k',
        payload: {},
        status: 'pending',
        attempts: 0,
        runAfter: '2026-01-01T00:00:00.000Z',
        lastError: null,
      }),
    );
    const now = '2026-06-01T00:00:00.000Z';
    expect((await a.transaction((tx) => tx.claimJobs('k', now, 10))).map((j) => j.id)).toEqual([
      'busy',
    ]);
    const b = await instance();
    expect(await b.recoverJobs()).toBe(0);
    expect(await b.transaction((tx) => tx.claimJobs('k', now, 10))).toEqual([]);
  });

  it('answers ping while open and not after close', async () => {
    schema = await createSchema();
    const a = await instance();
    expect(await a.ping()).toBe(true);
    await a.close();
    await a.close();
    expect(await a.ping()).toBe(false);
  });
});

describe('PostgreSQL change notifications', () => {
  it('collapse per collection, family and child and stay under 8000 bytes each', () => {
    const changes: DocChange[] = [];
    for (let i = 0; i < 400; i += 1) {
      const familyId = `0190a8b2-7c4e-7def-8a12-${String(i).padStart(12, '0')}`;
      changes.push({ collection: 'children', familyId, childId: `c-${i}`, seq: 2 * i + 1 });
      changes.push({ collection: 'children', familyId, childId: `c-${i}`, seq: 2 * i + 2 });
    }
    const payloads = notificationPayloads('instance', 'public', changes);
    expect(payloads.length).toBeGreaterThan(1);
    const sent: DocChange[] = [];
    for (const payload of payloads) {
      expect(Buffer.byteLength(payload)).toBeLessThan(8000);
      sent.push(...(JSON.parse(payload) as { changes: DocChange[] }).changes);
    }
    expect(sent.map((c) => c.seq)).toEqual(Array.from({ length: 400 }, (_, i) => 2 * i + 2));
  });
});
