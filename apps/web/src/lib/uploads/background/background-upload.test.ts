import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryFileStore } from '../file-store.ts';
import { uploadFingerprint } from '../fingerprint.ts';
import { BUSY, memoryScanLock } from '../scan-lock.ts';
import { tusTransferrer } from '../tus-transfer.ts';
import { finishPendingUploads, metadataHeader, type ScanOutcome } from './background-upload.ts';
import { sharedUrlStorage } from './shared-url-storage.ts';
import { memoryWorkerState, type PendingScan } from './worker-state.ts';

/**
 * The service worker's upload routine against a real @tus/server on a real
 * port (the app's server mounts the same library) with Node's real fetch:
 * creation, HEAD, PATCH, the contract's 401/404/409, and resuming the same
 * upload as the page's tus-js-client through the shared URL storage.
 */

const json = (code: string) => JSON.stringify({ error: { code, message: code, messageEn: code } });

let dir: string;
let http: HttpServer;
let endpoint: string;
const requests: { method: string; url: string; offset: string | null }[] = [];
const metadataSeen = new Map<string, Record<string, string | null>>();
/** Answers every request with this status when set: a server that is down. */
let down: number | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rodnik-bg-tus-'));
  const tus = new TusServer({
    path: '/api/v1/uploads',
    datastore: new FileStore({ directory: dir }),
    namingFunction: (_req, metadata) => String(metadata?.['documentId']),
    async onUploadCreate(req, upload) {
      if (req.headers.get('authorization') !== 'Bearer tok') {
        throw { status_code: 401, body: json('session-expired') };
      }
      const id = String(upload.metadata?.['documentId']);
      metadataSeen.set(id, { ...upload.metadata });
      if (id.startsWith('not-pushed')) throw { status_code: 404, body: json('not-found') };
      if (id.startsWith('decided')) throw { status_code: 409, body: json('conflict') };
      return {};
    },
  });
  http = createServer((req, res) => {
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      offset: (req.headers['upload-offset'] as string | undefined) ?? null,
    });
    if (down !== null) {
      res.writeHead(down).end();
      return;
    }
    void tus.handle(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v1/uploads`;
});

afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  requests.length = 0;
  down = null;
});

function bytes(size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) b[i] = (i * 7 + (i >> 9)) & 255;
  return b;
}

async function setup(scans: { id: string; size: number; onServer?: boolean; name?: string }[]) {
  const state = memoryWorkerState();
  await state.saveSession({ token: 'tok', accountId: 'acc' });
  const files = memoryFileStore();
  const data = new Map<string, Uint8Array<ArrayBuffer>>();
  const pending: PendingScan[] = [];
  for (const s of scans) {
    const b = bytes(s.size);
    data.set(s.id, b);
    await files.put(s.id, new Blob([b]));
    pending.push({
      documentId: s.id,
      size: s.size,
      fileName: s.name ?? 'scan.jpg',
      onServer: s.onServer ?? true,
    });
  }
  await state.savePending(pending);
  const lock = memoryScanLock();
  const run = () =>
    finishPendingUploads({
      state,
      readBlob: async (accountId, id) => (accountId === 'acc' ? files.get(id) : null),
      fetch: (input, init) => fetch(input, init),
      endpoint,
      withLock: async (id, work) => {
        const outcome = await lock(id, work);
        return outcome === BUSY ? ('busy' satisfies ScanOutcome) : outcome;
      },
      chunkBytes: 64 * 1024,
    });
  return { state, files, data, lock, run };
}

/** Bytes compared by digest: a deep equality walks them one by one, seconds per MiB. */
const sha256 = (data: Uint8Array | undefined) =>
  createHash('sha256')
    .update(data ?? new Uint8Array())
    .digest('hex');
const stored = (id: string) => sha256(readFileSync(join(dir, id)));

describe('finishPendingUploads (the service worker on a background sync)', () => {
  it('creates the upload, sends it in chunks, and drops the scan from the list', async () => {
    const { state, data, run } = await setup([
      { id: 'bg-new', size: 200 * 1024, name: 'Свидетельство.jpg' },
    ]);
    const result = await run();
    expect(result.outcomes.get('bg-new')).toBe('done');
    expect(result.retryLater).toBe(false);
    expect(stored('bg-new')).toBe(sha256(data.get('bg-new')));
    expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'PATCH']);
    // UTF-8 metadata arrives as the page's tus-js-client would send it.
    expect(metadataSeen.get('bg-new')).toMatchObject({
      documentId: 'bg-new',
      filename: 'Свидетельство.jpg',
    });
    expect(await state.readPending()).toEqual([]);
    expect(await state.urls.all()).toEqual([]);
  });

  it('resumes an upload the page started: HEAD for the offset, then only the rest', async () => {
    const size = 512 * 1024;
    const { state, files, data, run } = await setup([{ id: 'bg-resume', size }]);
    // The page's tus-js-client, sharing the URL storage, is stopped a third of the way.
    const page = tusTransferrer({
      accountId: 'acc',
      files,
      token: () => 'tok',
      isOnline: () => true,
      endpoint,
      chunkSize: 64 * 1024,
      urlStorage: sharedUrlStorage(state.urls),
      source: async (blob) => Buffer.from(await blob.arrayBuffer()),
    });
    const job = { documentId: 'bg-resume', size, onServer: true };
    let stopped = false;
    const transfer = page.start(job, (sent) => {
      if (sent >= 150 * 1024 && !stopped) {
        stopped = true;
        transfer.abort();
      }
    });
    await transfer.result;
    const remembered = await state.urls.get(uploadFingerprint('acc', 'bg-resume'));
    expect(remembered?.uploadUrl).toMatch(/\/api\/v1\/uploads\//);

    requests.length = 0;
    const result = await run();
    expect(result.outcomes.get('bg-resume')).toBe('done');
    expect(requests[0]?.method).toBe('HEAD');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    const firstPatch = requests.find((r) => r.method === 'PATCH');
    expect(Number(firstPatch?.offset)).toBeGreaterThan(0);
    expect(stored('bg-resume')).toBe(sha256(data.get('bg-resume')));
    expect(await state.urls.all()).toEqual([]);
  });

  it('counts a scan the server has already decided (409) as done', async () => {
    const { state, run } = await setup([{ id: 'decided-1', size: 1000 }]);
    const result = await run();
    expect(result.outcomes.get('decided-1')).toBe('done');
    expect(await state.readPending()).toEqual([]);
  });

  it('stops at 401 and forgets the session, so nothing more is sent until the next sign-in', async () => {
    const { state, run } = await setup([
      { id: 'bg-a', size: 1000 },
      { id: 'bg-b', size: 1000 },
    ]);
    await state.saveSession({ token: 'stale', accountId: 'acc' });
    const result = await run();
    expect(result.outcomes.get('bg-a')).toBe('signed-out');
    expect(result.outcomes.has('bg-b')).toBe(false);
    expect(result.retryLater).toBe(false);
    expect(await state.readSession()).toBeNull();
    // The scans still wait: the app sends them once the person signs in again.
    expect(await state.readPending()).toHaveLength(2);
    const again = await run();
    expect(again.outcomes.size).toBe(0);
  });

  it('asks to be tried later when the server is down or the record is missing (404), keeping the scan', async () => {
    const { state, run } = await setup([
      { id: 'bg-down', size: 1000 },
      { id: 'not-pushed-1', size: 1000 },
    ]);
    down = 503;
    let result = await run();
    expect(result.outcomes.get('bg-down')).toBe('retry');
    expect(result.retryLater).toBe(true);
    down = null;
    result = await run();
    expect(result.outcomes.get('bg-down')).toBe('done');
    expect(result.outcomes.get('not-pushed-1')).toBe('retry');
    expect(result.retryLater).toBe(true);
    expect((await state.readPending()).map((s) => s.documentId)).toEqual(['not-pushed-1']);
  });

  it('asks to be tried later when the network fails, and keeps the upload URL for the next try', async () => {
    const { state, run } = await setup([{ id: 'bg-net', size: 100 * 1024 }]);
    const failingPatch = await finishPendingUploads({
      state,
      readBlob: async () => new Blob([bytes(100 * 1024)]),
      fetch: async (input, init) => {
        if (init?.method === 'PATCH') throw new TypeError('Failed to fetch');
        return fetch(input, init);
      },
      endpoint,
      withLock: (_id, work) => work(),
    });
    expect(failingPatch.retryLater).toBe(true);
    expect(await state.urls.get(uploadFingerprint('acc', 'bg-net'))).not.toBeNull();
    requests.length = 0;
    expect((await run()).outcomes.get('bg-net')).toBe('done');
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'PATCH', 'PATCH']);
  });

  it('leaves a scan the page is sending (its lock is taken) and one whose record is not on the server', async () => {
    const { state, lock, run } = await setup([
      { id: 'bg-held', size: 1000 },
      { id: 'bg-local', size: 1000, onServer: false },
    ]);
    lock.held.add('bg-held');
    const result = await run();
    expect(result.outcomes.get('bg-held')).toBe('busy');
    expect(result.outcomes.has('bg-local')).toBe(false);
    expect(result.retryLater).toBe(true);
    expect(requests).toEqual([]);
    expect(await state.readPending()).toHaveLength(2);
  });

  it('drops a scan whose bytes are gone from the device and does nothing without a session', async () => {
    const { state, files, run } = await setup([{ id: 'bg-gone', size: 1000 }]);
    await files.delete('bg-gone');
    expect((await run()).outcomes.get('bg-gone')).toBe('missing');
    expect(await state.readPending()).toEqual([]);

    await state.savePending([{ documentId: 'bg-x', size: 1, onServer: true }]);
    await state.clearSession();
    expect((await run()).outcomes.size).toBe(0);
    expect(requests).toEqual([]);
  });
});

describe('the page while the service worker sends', () => {
  it('skips a scan whose lock is taken (counted as a failed try, so the queue backs off)', async () => {
    const files = memoryFileStore();
    await files.put('held', new Blob([bytes(10)]));
    const lock = memoryScanLock();
    lock.held.add('held');
    const transfer = tusTransferrer({
      accountId: 'acc',
      files,
      token: () => 'tok',
      isOnline: () => true,
      endpoint,
      lock,
    }).start({ documentId: 'held', size: 10, onServer: true }, () => undefined);
    expect(await transfer.result).toEqual({ kind: 'failed', status: null, code: 'busy' });
    expect(requests).toEqual([]);
  });
});

it('encodes tus metadata as base64 of UTF-8', () => {
  expect(metadataHeader({ filename: 'Паспорт.jpg', documentId: 'd1' })).toBe(
    `filename ${Buffer.from('Паспорт.jpg').toString('base64')},documentId ${Buffer.from('d1').toString('base64')}`,
  );
});
