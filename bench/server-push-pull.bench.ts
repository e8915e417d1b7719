/**
 * DESIGN §7: server push and pull at ≥ 70 % of the speed of raw inserts and
 * selects on the same store. Both sides write the same documents in the same
 * batches to the same kind of SQLite file; the baseline is plain SQL, the
 * measured side is the whole push/pull route (HTTP parsing, zod, auth,
 * conflict check, sequence) through `app.request()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { call, signUpAndSignIn } from '../apps/sync-server/src/test-support/api-client.ts';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';
import { startTestServer } from '../apps/sync-server/src/test-support/test-server.ts';

const DOCS = 5_000;
const BATCH = 100;

function ids(prefix: string): string[] {
  return Array.from(
    { length: DOCS },
    (_, i) => `0193a000-0000-7000-8${prefix}-${String(i).padStart(12, '0')}`,
  );
}

function rawBaseline(familyId: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rodnik-bench-raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE docs (collection TEXT NOT NULL, id TEXT NOT NULL, family_id TEXT NOT NULL,
    child_id TEXT, seq INTEGER NOT NULL UNIQUE, deleted INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (collection, id)); CREATE INDEX docs_pull ON docs(collection, family_id, seq);`);
  const insert = db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, 0, ?)');
  const docs = ids('001').map((id) => childCardDoc(familyId, id));
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
  const readStarted = performance.now();
  let after = 0;
  let read = 0;
  for (;;) {
    const rows = select.all('children', familyId, after, BATCH) as { seq: number; data: string }[];
    if (rows.length === 0) break;
    read += rows.map((row) => JSON.parse(row.data)).length;
    after = rows.at(-1)!.seq;
  }
  const selectMs = performance.now() - readStarted;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { insertMs, selectMs, read };
}

/** The storage port itself: the same writes and reads, without the sync route around them. */
async function storeBaseline(
  server: Awaited<ReturnType<typeof startTestServer>>,
  familyId: string,
) {
  const docs = ids('003').map((id) => childCardDoc(familyId, id));
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
  const readStarted = performance.now();
  let after = 0;
  for (;;) {
    const page = await server.store.pullDocs('notifications', { familyId }, after, BATCH);
    if (page.length === 0) break;
    after = page.at(-1)!.seq;
  }
  return { insertMs, selectMs: performance.now() - readStarted };
}

export async function benchPushPull() {
  const server = await startTestServer();
  try {
    const parent = await signUpAndSignIn(server.app);
    const baseline = rawBaseline(parent.familyId);
    const port = await storeBaseline(server, parent.familyId);
    const docs = ids('002').map((id) => childCardDoc(parent.familyId, id));
    const pushStarted = performance.now();
    for (let i = 0; i < docs.length; i += BATCH) {
      const rows = docs.slice(i, i + BATCH).map((doc) => ({ newDocumentState: doc }));
      const result = await call(
        server.app,
        'POST',
        '/api/v1/sync/children/push',
        rows,
        parent.token,
      );
      if (result.status !== 200) throw new Error(`push failed: ${result.status}`);
    }
    const pushMs = performance.now() - pushStarted;
    const pullStarted = performance.now();
    let after = 0;
    let pulled = 0;
    for (;;) {
      const page = await call(
        server.app,
        'GET',
        `/api/v1/sync/children/pull?after=${after}&limit=${BATCH}`,
        undefined,
        parent.token,
      );
      if (page.json.documents.length === 0) break;
      pulled += page.json.documents.length;
      after = page.json.checkpoint.seq;
    }
    const pullMs = performance.now() - pullStarted;
    if (pulled !== DOCS || baseline.read !== DOCS) throw new Error('documents missing');
    return {
      name: 'server push/pull vs raw SQLite',
      documents: DOCS,
      batch: BATCH,
      rawInsertDocsPerSec: Math.round(DOCS / (baseline.insertMs / 1000)),
      pushDocsPerSec: Math.round(DOCS / (pushMs / 1000)),
      pushRatio: round(baseline.insertMs / pushMs),
      rawSelectDocsPerSec: Math.round(DOCS / (baseline.selectMs / 1000)),
      pullDocsPerSec: Math.round(DOCS / (pullMs / 1000)),
      pullRatio: round(baseline.selectMs / pullMs),
      storePortPushRatio: round(port.insertMs / pushMs),
      storePortPullRatio: round(port.selectMs / pullMs),
      target: 'ratio ≥ 0.70',
    };
  } finally {
    await server.close();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
