import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { PendingChanges, openFamilyDatabase, type FamilyDatabase } from '@rodnik/sync-client';
import { nextPlacement, readDocuments, type DocumentDoc } from './documents-repo.ts';
import { memoryWorkerState } from './background/worker-state.ts';
import { memoryFileStore } from './file-store.ts';
import type { Transfer, TransferOutcome, Transferrer, UploadJob } from './upload-queue.ts';
import { halvingCompressor, jpegBytes, picked, pngBytes } from './scan-fixtures.test-util.ts';
import { startUploads, uploadJobs, type Uploads } from './uploads.ts';

/** A 1600×1200 photo; its name makes its bytes its own. */
const photo = (name: string, size = 4000) => picked(name, jpegBytes(1600, 1200, size, name));
/** A compressor that halves the photo (the real one needs a browser canvas). */
const halve = halvingCompressor();

class RecordingTransferrer implements Transferrer {
  started: UploadJob[] = [];
  finishers = new Map<string, (o: TransferOutcome) => void>();
  start(job: UploadJob): Transfer {
    this.started.push(job);
    return {
      result: new Promise((resolve) => this.finishers.set(job.documentId, resolve)),
      abort: () => undefined,
    };
  }
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

/** Waits for a condition; no deadline of its own: on a loaded machine only the test's timeout decides. */
const until = async (check: () => boolean | Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
};

let db: FamilyDatabase;
let uploads: Uploads;
let transfers: RecordingTransferrer;
let workerState: ReturnType<typeof memoryWorkerState>;
let syncRegistrations = 0;
const files = memoryFileStore();
const network = { isOnline: () => true, subscribe: () => () => undefined };

async function open(): Promise<void> {
  db = await openFamilyDatabase({
    accountId: `acc${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  transfers = new RecordingTransferrer();
  workerState = memoryWorkerState();
  syncRegistrations = 0;
  uploads = await start();
}

/** The uploads service on the current database and files, as the app starts it. */
function start(): Promise<Uploads> {
  return startUploads({
    db,
    accountId: 'acc',
    familyId: 'fam',
    pending: new PendingChanges(memoryStorage(), 'p'),
    token: () => 'tok',
    network,
    onAuthExpired: () => undefined,
    files,
    transferrer: transfers,
    compress: halve,
    workerState,
    registerSync: async () => void (syncRegistrations += 1),
  });
}

afterEach(async () => {
  uploads?.close();
  await db?.remove();
});

describe('uploads', () => {
  it('stores the bytes, inserts the record, and sends once the record is on the server', async () => {
    await open();
    const result = await uploads.attach({ childId: 'child-1' }, 'birth-certificate', [
      photo('IMG_1.jpg'),
      photo('notes.txt').slice(4, 100) as unknown as File,
      photo('IMG_2.jpg'),
    ]);
    expect(result.refused).toHaveLength(1);
    expect(result.added.map((a) => [a.originalSize, a.size, a.compressed])).toEqual([
      [4000, 2000, true],
      [4000, 2000, true],
    ]);

    const docs = readDocuments(await db.documents.find().exec());
    const [first, second] = docs.sort((a, b) => a.page - b.page);
    expect(first).toMatchObject({
      childId: 'child-1',
      applicationId: null,
      accountId: null,
      kind: 'birth-certificate',
      page: 1,
      bundleId: first!.id,
      mimeType: 'image/jpeg',
      fileName: 'IMG_1.jpg',
      size: 2000,
      status: 'queued',
      serverSeq: 0,
    });
    expect(second).toMatchObject({ page: 2, bundleId: first!.id });
    expect(await files.get(first!.id)).not.toBeNull();

    // Not on the server yet: the queue holds it and sends nothing.
    await until(
      () => uploads.queue.snapshot().items.get(first!.id)?.phase.kind === 'waiting-record',
    );
    expect(transfers.started).toEqual([]);

    // Replication brings the server's number: the bytes go.
    await db.documents
      .findOne(first!.id)
      .exec()
      .then((d) => d!.incrementalPatch({ serverSeq: 7 }));
    await until(() => transfers.started.length === 1);
    expect(transfers.started[0]).toMatchObject({
      documentId: first!.id,
      size: 2000,
      onServer: true,
    });
  });

  it('lists waiting scans for the service worker and asks for a background sync when a try fails', async () => {
    await open();
    const { added } = await uploads.attach({ childId: 'child-9' }, 'snils', [photo('s.jpg')]);
    const id = added[0]!.id;
    await until(async () => (await workerState.readPending()).length === 1);
    expect(await workerState.readPending()).toEqual([
      { documentId: id, size: 2000, fileName: 's.jpg', onServer: false },
    ]);
    expect(syncRegistrations).toBe(1); // waits for its record: the worker may finish it later

    await db.documents
      .findOne(id)
      .exec()
      .then((d) => d!.incrementalPatch({ serverSeq: 3 }));
    await until(async () => (await workerState.readPending())[0]?.onServer === true);
    await until(() => transfers.finishers.has(id));
    transfers.finishers.get(id)!({ kind: 'failed', status: 503, code: null });
    await until(() => syncRegistrations === 2);

    // The server took the bytes (the worker or a later try): the record says so, the list empties.
    await db.documents
      .findOne(id)
      .exec()
      .then((d) => d!.incrementalPatch({ status: 'accepted' }));
    await until(async () => (await workerState.readPending()).length === 0);
  });

  it("«Переснять» puts a new scan in the rejected page's place and drops the old one", async () => {
    await open();
    const target = { childId: 'child-2' };
    const { added } = await uploads.attach(target, 'snils', [photo('a.jpg'), photo('b.jpg')]);
    const [first, second] = added.map((a) => a.id);
    await db.documents
      .findOne(second!)
      .exec()
      .then((d) =>
        d!.incrementalPatch({
          status: 'rejected',
          rejection: { code: 'file-unreadable', params: {} },
        }),
      );
    const retaken = await uploads.retake(second!, photo('b2.jpg'));
    const newId = retaken.added[0]!.id;
    const docs = readDocuments(
      await db.documents.find({ selector: { childId: 'child-2' } }).exec(),
    );
    expect(docs.map((d) => [d.fileName, d.page, d.bundleId]).sort()).toEqual([
      ['a.jpg', 1, first],
      ['b2.jpg', 2, first],
    ]);
    expect(await files.get(second!)).toBeNull();
    expect(await files.get(newId)).not.toBeNull();
  });

  it('numbers pages right when two attaches overlap', async () => {
    await open();
    const target = { childId: 'child-3' };
    await Promise.all([
      uploads.attach(target, 'other', [photo('one.jpg', 9000)]),
      uploads.attach(target, 'other', [photo('two.jpg')]),
    ]);
    const docs = readDocuments(
      await db.documents.find({ selector: { childId: 'child-3' } }).exec(),
    );
    expect(docs.map((d) => [d.fileName, d.page]).sort()).toEqual([
      ['one.jpg', 1],
      ['two.jpg', 2],
    ]);
  });

  it('a page removed on another device takes its bytes off this one', async () => {
    await open();
    const { added } = await uploads.attach({ childId: 'child-4' }, 'other', [photo('x.jpg')]);
    const id = added[0]!.id;
    // Once the queue holds it, this device has seen the record.
    await until(() => uploads.queue.snapshot().items.has(id));
    // Replication brings the tombstone: the record goes from the local database.
    await db.documents
      .findOne(id)
      .exec()
      .then((d) => d!.remove());
    await until(async () => (await files.get(id)) === null);
  });

  it('still knows what compression saved after the app restarts', async () => {
    await open();
    const { added } = await uploads.attach({ childId: 'child-1' }, 'oms-policy', [
      photo('IMG_3.jpg'),
    ]);
    const id = added[0]!.id;
    expect(uploads.saving(id)).toEqual({ originalSize: 4000, size: 2000, compressed: true });
    uploads.close();
    uploads = await start();
    expect(uploads.saving(id)).toEqual({ originalSize: 4000, size: 2000, compressed: true });
    await uploads.remove(id);
    expect(uploads.saving(id)).toBeUndefined();
  });

  it('removing a page deletes its bytes and tombstones its record', async () => {
    await open();
    const { added } = await uploads.attach({ accountId: 'acc' }, 'parent-passport', [
      photo('p.jpg'),
    ]);
    const id = added[0]!.id;
    await uploads.remove(id);
    expect(await files.get(id)).toBeNull();
    expect(await db.documents.findOne(id).exec()).toBeNull();
  });
});

describe('checks before a byte is sent (issue 13)', () => {
  /** Nothing of a refused file is anywhere: no record, no stored bytes, no job, no transfer. */
  async function expectNothingQueued(storedBefore: number): Promise<void> {
    expect(await db.documents.find().exec()).toHaveLength(0);
    expect(await files.list()).toHaveLength(storedBefore);
    expect(uploads.queue.snapshot().items.size).toBe(0);
    expect(await workerState.readPending()).toEqual([]);
    expect(transfers.started).toEqual([]);
  }

  it('a 400×300 picture, a text file called .jpg and a PDF over 5 MB are refused and nothing is queued', async () => {
    await open();
    const storedBefore = (await files.list()).length;
    const pdf = new Uint8Array(5 * 1024 * 1024 + 1);
    pdf.set([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)));
    const result = await uploads.attach({ childId: 'child-5' }, 'snils', [
      picked('melkiy.png', pngBytes(400, 300, 3000)),
      new File(['это не картинка'], 'scan.jpg', { type: 'image/jpeg' }),
      picked('big.pdf', pdf),
    ]);
    expect(result.added).toEqual([]);
    expect(result.refused.map((r) => [r.fileName, r.code])).toEqual([
      ['melkiy.png', 'file-image-too-small'],
      ['scan.jpg', 'file-type-unsupported'],
      ['big.pdf', 'file-too-large'],
    ]);
    await expectNothingQueued(storedBefore);
  });

  it('the same file twice in one pick: the first is queued, the second refused as a duplicate', async () => {
    await open();
    const storedBefore = (await files.list()).length;
    const result = await uploads.attach({ childId: 'child-6' }, 'oms-policy', [
      photo('oms.jpg'),
      photo('oms.jpg'),
    ]);
    expect(result.added).toHaveLength(1);
    expect(result.refused).toEqual([
      {
        fileName: 'oms.jpg',
        code: 'file-duplicate',
        params: {},
        held: {
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          kind: 'oms-policy',
          holder: 'card',
        },
      },
    ]);
    expect(await files.list()).toHaveLength(storedBefore + 1);
    expect(await db.documents.find().exec()).toHaveLength(1);
  });

  it("a scan already on the child's card is refused in the application's box, naming the card's box; another child's is not", async () => {
    await open();
    await uploads.attach({ childId: 'child-7' }, 'birth-certificate', [photo('svid.jpg')]);
    const application = { applicationId: 'app-7', childId: 'child-7' };
    const again = await uploads.attach(application, 'snils', [photo('svid.jpg')]);
    expect(again.added).toEqual([]);
    expect(again.refused[0]).toMatchObject({
      code: 'file-duplicate',
      held: { kind: 'birth-certificate', holder: 'card' },
    });
    expect(await db.documents.find().exec()).toHaveLength(1);
    const elsewhere = await uploads.attach({ childId: 'child-8' }, 'birth-certificate', [
      photo('svid.jpg'),
    ]);
    expect(elsewhere.added).toHaveLength(1);
  });

  it('once the card’s copy is rejected, the same file may be tried again', async () => {
    await open();
    const { added } = await uploads.attach({ childId: 'child-9' }, 'snils', [photo('s.jpg')]);
    await db.documents
      .findOne(added[0]!.id)
      .exec()
      .then((d) => d!.incrementalPatch({ status: 'rejected' }));
    const again = await uploads.attach({ childId: 'child-9' }, 'snils', [photo('s.jpg')]);
    expect(again.refused).toEqual([]);
    expect(again.added).toHaveLength(1);
  });
});

describe('uploadJobs', () => {
  it('queues only local scans the server has not received or decided', () => {
    const d = (id: string, status: DocumentDoc['status'], serverSeq = 1) =>
      ({ id, status, serverSeq, size: 10, fileName: `${id}.jpg` }) as DocumentDoc;
    const jobs = uploadJobs(
      [
        d('a', 'queued', 0),
        d('b', 'uploading'),
        d('c', 'accepted'),
        d('e', 'uploaded'),
        d('f', 'queued'),
      ],
      new Set(['a', 'b', 'c', 'e']),
    );
    expect(jobs.map((j) => [j.documentId, j.onServer])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });
});

describe('nextPlacement', () => {
  it('appends after live pages and ignores rejected ones', () => {
    expect(nextPlacement([])).toEqual({ bundleId: null, page: 1 });
    expect(
      nextPlacement([
        { id: 'x', page: 1, bundleId: 'x', status: 'accepted' },
        { id: 'y', page: 2, bundleId: 'x', status: 'rejected' },
      ]),
    ).toEqual({ bundleId: 'x', page: 2 });
  });
});
