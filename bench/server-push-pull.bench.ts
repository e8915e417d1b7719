/**
 * DESIGN §7: server push and pull at ≥ 70 % of the speed of raw inserts and
 * selects on the same store. Both sides write the same documents in the same
 * batches to the same kind of SQLite file; the baseline is plain SQL, the
 * measured side is the whole push/pull route (HTTP parsing, zod, auth,
 * conflict check, sequence) through `app.request()`.
 *
 * The route is timed from the request to the last byte of its answer: the
 * client's own work (encoding the push body, decoding and parsing a pulled
 * page) happens outside the clock, as the baseline has no client. Every side
 * first runs a discarded warm-up round, so none is measured while the JIT is
 * still compiling it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MAX_PULL_LIMIT } from '@rodnik/domain';
import { signUpAndSignIn } from '../apps/sync-server/src/test-support/api-client.ts';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';
import { startTestServer } from '../apps/sync-server/src/test-support/test-server.ts';

const DOCS = 5_000;
/** The web client's push batch (`family-sync.ts`). */
const BATCH = 100;
/** The web client pulls pages of `MAX_PULL_LIMIT`; pages of 100 are measured too, as the worst case. */
const PULL_PAGES = [MAX_PULL_LIMIT, 100] as const;
/** Each side reads everything this many times per page size: a 5,000-card read is only 3 big pages. */
const PULL_REPEATS = 5;

const WARM_UP_DOCS = 1_000;
/** Measured rounds use ids 8000-…, warm-up rounds 8100-…, so no round meets another's documents. */
const WARM_UP_IDS = 100;

function ids(side: number, count: number): string[] {
  const prefix = String((count === DOCS ? 0 : WARM_UP_IDS) + side).padStart(3, '0');
  return Array.from(
    { length: count },
    (_, i) => `0193a000-0000-7000-8${prefix}-${String(i).padStart(12, '0')}`,
  );
}

function rawBaseline(familyId: string, count = DOCS) {
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-bench-raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE docs (collection TEXT NOT NULL, id TEXT NOT NULL, family_id TEXT NOT NULL,
    child_id TEXT, seq INTEGER NOT NULL UNIQUE, deleted INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (collection, id)); CREATE INDEX docs_pull ON docs(collection, family_id, seq);`);
  const insert = db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, 0, ?)');
  const docs = ids(1, count).map((id) => childCardDoc(familyId, id));
  let seq = 0;
  const started = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) {
    db.transaction(() => {
      for (const doc of docs.slice(i, i + BATCH)) {
        seq += 1;
        insert.run('children', doc.id, familyId, doc.id, seq, JSON.stringify(doc));
      }
    })();
  }
  const insertMs = performance.now() - started;
  const select = db.prepare(
    'SELECT * FROM docs WHERE collection = ? AND family_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const readAll = (pageSize: number) => {
    let after = 0;
    let read = 0;
    for (;;) {
      const rows = select.all('children', familyId, after, pageSize) as {
        seq: number;
        data: string;
      }[];
      if (rows.length === 0) break;
      read += rows.map((row) => JSON.parse(row.data)).length;
      after = rows.at(-1)!.seq;
    }
    if (read !== count) throw new Error('documents missing');
  };
  const selectMs = PULL_PAGES.map((pageSize) => timed(() => repeat(() => readAll(pageSize))));
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { insertMs, selectMs };
}

/** The storage port itself: the same writes and reads, without the sync route around them. */
async function storeBaseline(
  server: Awaited<ReturnType<typeof startTestServer>>,
  familyId: string,
  count = DOCS,
) {
  const docs = ids(3, count).map((id) => childCardDoc(familyId, id));
  const started = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) {
    await server.store.transaction(async (tx) => {
      for (const doc of docs.slice(i, i + BATCH)) {
        await tx.putDoc({
          collection: 'notifications',
          id: doc.id,
          familyId,
          childId: doc.id,
          deleted: false,
          data: doc,
        });
      }
    });
  }
  const insertMs = performance.now() - started;
  const readAll = async (pageSize: number) => {
    let after = 0;
    for (;;) {
      const page = await server.store.pullDocs('notifications', { familyId }, after, pageSize);
      if (page.length === 0) break;
      after = page.at(-1)!.seq;
    }
  };
  const selectMs: number[] = [];
  for (const pageSize of PULL_PAGES) {
    const started = performance.now();
    for (let round = 0; round < PULL_REPEATS; round += 1) await readAll(pageSize);
    selectMs.push(performance.now() - started);
  }
  return { insertMs, selectMs };
}

/** The route, timed only while the server holds a request (see the header). */
async function routeRound(
  server: Awaited<ReturnType<typeof startTestServer>>,
  parent: { familyId: string; token: string },
  count = DOCS,
) {
  const headers = { authorization: `Bearer ${parent.token}` };
  const encoder = new TextEncoder();
  const docs = ids(2, count).map((id) => childCardDoc(parent.familyId, id));
  const bodies: Uint8Array<ArrayBuffer>[] = [];
  for (let i = 0; i < docs.length; i += BATCH) {
    const rows = docs.slice(i, i + BATCH).map((doc) => ({ newDocumentState: doc }));
    bodies.push(encoder.encode(JSON.stringify(rows)));
  }
  let pushMs = 0;
  for (const body of bodies) {
    const started = performance.now();
    const response = await server.app.request('/api/v1/sync/children/push', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
    const answer = await response.arrayBuffer();
    pushMs += performance.now() - started;
    if (response.status !== 200) throw new Error(`push failed: ${response.status}`);
    if (new TextDecoder().decode(answer) !== '[]') throw new Error('push conflicted');
  }
  const pullAll = async (pageSize: number) => {
    let pullMs = 0;
    let after = 0;
    let pulled = 0;
    for (;;) {
      const started = performance.now();
      const response = await server.app.request(
        `/api/v1/sync/children/pull?after=${after}&limit=${pageSize}`,
        { headers },
      );
      const answer = await response.arrayBuffer();
      pullMs += performance.now() - started;
      const page = JSON.parse(new TextDecoder().decode(answer)) as {
        documents: unknown[];
        checkpoint: { seq: number };
      };
      if (page.documents.length === 0) break;
      pulled += page.documents.length;
      after = page.checkpoint.seq;
    }
    if (pulled !== count) throw new Error('documents missing');
    return pullMs;
  };
  const pullMs: number[] = [];
  for (const pageSize of PULL_PAGES) {
    let total = 0;
    for (let round = 0; round < PULL_REPEATS; round += 1) total += await pullAll(pageSize);
    pullMs.push(total);
  }
  return { pushMs, pullMs };
}

export async function benchPushPull() {
  // One family of 5,000 cards: far over a family's quota (30 cards), which is not what this times.
  const server = await startTestServer({ env: { RECORD_QUOTAS: 'off' } });
  try {
    const warmUp = await signUpAndSignIn(server.app);
    rawBaseline(warmUp.familyId, WARM_UP_DOCS);
    await storeBaseline(server, warmUp.familyId, WARM_UP_DOCS);
    await routeRound(server, warmUp, WARM_UP_DOCS);

    const parent = await signUpAndSignIn(server.app);
    const baseline = rawBaseline(parent.familyId);
    const port = await storeBaseline(server, parent.familyId);
    const { pushMs, pullMs } = await routeRound(server, parent);
    return {
      name: 'server push/pull vs raw SQLite',
      documents: DOCS,
      batch: BATCH,
      rawInsertDocsPerSec: Math.round(DOCS / (baseline.insertMs / 1000)),
      pushDocsPerSec: Math.round(DOCS / (pushMs / 1000)),
      pushRatio: round(baseline.insertMs / pushMs),
      pullPage: PULL_PAGES[0],
      rawSelectDocsPerSec: Math.round((DOCS * PULL_REPEATS) / (baseline.selectMs[0]! / 1000)),
      pullDocsPerSec: Math.round((DOCS * PULL_REPEATS) / (pullMs[0]! / 1000)),
      pullRatio: round(baseline.selectMs[0]! / pullMs[0]!),
      pullRatioPagesOf100: round(baseline.selectMs[1]! / pullMs[1]!),
      storePortPushRatio: round(port.insertMs / pushMs),
      // The storage port's own writes against the raw inserts: what the store adapter costs.
      storePortVsRawInsertRatio: round(baseline.insertMs / port.insertMs),
      storePortPullRatio: round(port.selectMs[0]! / pullMs[0]!),
      target: 'ratio ≥ 0.70',
    };
  } finally {
    await server.close();
  }
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function repeat(work: () => void): void {
  for (let round = 0; round < PULL_REPEATS; round += 1) work();
}

const round = (value: number) => Math.round(value * 100) / 100;
