import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFileStore } from './file-store.ts';
import { tusTransferrer, uploadFingerprint, type TusUrlStorage } from './tus-transfer.ts';
import type { TransferOutcome, UploadJob } from './upload-queue.ts';

/**
 * The tus adapter against a real @tus/server on a real port (the app's own
 * server mounts the same library under /api/v1/uploads): creation with the
 * Bearer header and metadata, 256 KiB-style chunks, resuming after an abort
 * from the server's offset, and the contract's 401/404/409 answers.
 */

type PreviousUpload = Awaited<ReturnType<TusUrlStorage['findAllUploads']>>[number];

/** tus-js-client's URL storage, in memory: what localStorage holds across reloads in a browser. */
class MemoryUrlStorage implements TusUrlStorage {
  uploads = new Map<string, PreviousUpload & { fingerprint: string }>();
  private n = 0;
  async findAllUploads() {
    return [...this.uploads.values()];
  }
  async findUploadsByFingerprint(fingerprint: string) {
    return [...this.uploads.values()].filter((u) => u.fingerprint === fingerprint);
  }
  async removeUpload(key: string) {
    this.uploads.delete(key);
  }
  async addUpload(fingerprint: string, upload: PreviousUpload) {
    const key = `tus::${fingerprint}::${(this.n += 1)}`;
    this.uploads.set(key, { ...upload, urlStorageKey: key, fingerprint });
    return key;
  }
}

const json = (code: string) => JSON.stringify({ error: { code, message: code, messageEn: code } });

let dir: string;
let http: HttpServer;
let endpoint: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rodnik-tus-'));
  const tus = new TusServer({
    path: '/api/v1/uploads',
    datastore: new FileStore({ directory: dir }),
    namingFunction: (_req, metadata) => String(metadata?.['documentId']),
    async onUploadCreate(req, upload) {
      if (req.headers.get('authorization') !== 'Bearer tok') {
        throw { status_code: 401, body: json('session-expired') };
      }
      const id = upload.metadata?.['documentId'];
      if (id === 'not-pushed') throw { status_code: 404, body: json('not-found') };
      if (id === 'decided') throw { status_code: 409, body: json('conflict') };
      return {};
    },
  });
  http = createServer((req, res) => void tus.handle(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v1/uploads`;
});

afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Files are compared by digest: Vitest's deep equality walks a typed array
 * element by element, seconds per MiB, which once made these tests look slow.
 */
function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function bytes(size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) b[i] = (i * 31 + (i >> 8)) & 255;
  return b;
}

async function setup(documentId: string, size: number, token = 'tok') {
  const files = memoryFileStore();
  const data = bytes(size);
  await files.put(documentId, new Blob([data]));
  const urlStorage = new MemoryUrlStorage();
  const make = () =>
    tusTransferrer({
      accountId: 'acc',
      files,
      token: () => token,
      isOnline: () => true,
      endpoint,
      chunkSize: 64 * 1024,
      urlStorage,
      source: async (blob) => Buffer.from(await blob.arrayBuffer()),
    });
  const job: UploadJob = { documentId, size, fileName: 'scan.jpg', onServer: true };
  return { data, urlStorage, make, job };
}

describe('tusTransferrer', () => {
  it('resumes after an abort from the offset the server holds, re-sending at most one chunk', async () => {
    const size = 1024 * 1024;
    const { data, urlStorage, make, job } = await setup('resume-me', size);

    // First try: stop once about a third is across (the app was closed).
    let aborted = false;
    let sentFirst = 0;
    const first = make().start(job, (sent) => {
      sentFirst = Math.max(sentFirst, sent);
      if (sent >= 300 * 1024 && !aborted) {
        aborted = true;
        first.abort();
      }
    });
    // An aborted transfer settles as "aborted" (the queue has moved on and ignores it).
    expect(await first.result).toEqual({ kind: 'failed', status: null, code: 'aborted' });
    expect(aborted).toBe(true);
    expect([...urlStorage.uploads.values()][0]?.fingerprint).toBe(
      uploadFingerprint('acc', 'resume-me'),
    );
    // What the server holds (tus HEAD): everything sent but the chunk in flight.
    const url = [...urlStorage.uploads.values()][0]!.uploadUrl!;
    const head = await fetch(url, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(sentFirst - offset).toBeLessThanOrEqual(64 * 1024);

    // A new start (a reload: a fresh Upload) finds the stored URL and sends only the rest.
    const progress: number[] = [];
    const outcome = await make().start(job, (sent) => progress.push(sent)).result;
    expect(outcome).toEqual({ kind: 'done' });
    expect(Math.min(...progress)).toBeGreaterThanOrEqual(offset);
    expect(sha256(readFileSync(join(dir, 'resume-me')))).toBe(sha256(data));
    // Done: the remembered URL is dropped.
    expect(urlStorage.uploads.size).toBe(0);
  });

  it("passes the contract's answers to the queue: 401, 404 (record not pushed), 409 (decided)", async () => {
    const outcomeOf = async (documentId: string, token = 'tok'): Promise<TransferOutcome> => {
      const { make, job } = await setup(documentId, 1000, token);
      return make().start(job, () => undefined).result;
    };
    expect(await outcomeOf('some-doc', 'wrong')).toEqual({
      kind: 'failed',
      status: 401,
      code: 'session-expired',
    });
    expect(await outcomeOf('not-pushed')).toEqual({
      kind: 'failed',
      status: 404,
      code: 'not-found',
    });
    expect(await outcomeOf('decided')).toEqual({ kind: 'failed', status: 409, code: 'conflict' });
  });

  it('says so when the bytes are no longer on the device', async () => {
    const transfer = tusTransferrer({
      accountId: 'acc',
      files: memoryFileStore(),
      token: () => 'tok',
      endpoint,
    }).start({ documentId: 'gone', size: 10, onServer: true }, () => undefined);
    expect(await transfer.result).toEqual({ kind: 'missing' });
  });
});

describe('tusTransferrer over a link that drops', () => {
  it('gets a 4 MiB scan across byte-identical, re-sending at most one chunk per cut', async () => {
    const size = 4 * 1024 * 1024;
    const chunk = 256 * 1024;
    const cutEvery = 300 * 1024;
    // A TCP proxy in front of the tus server that drops the connection after every 300 KiB sent.
    let forwarded = 0;
    let nextCut = cutEvery;
    let cuts = 0;
    const sockets = new Set<Socket>();
    const proxy = createNetServer((client) => {
      const upstream = connect((http.address() as AddressInfo).port, '127.0.0.1');
      sockets.add(client).add(upstream);
      client.on('close', () => sockets.delete(client));
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('data', (d) => client.write(d));
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
      client.on('data', (d: Buffer) => {
        if (forwarded + d.length < nextCut) {
          forwarded += d.length;
          upstream.write(d);
          return;
        }
        const keep = nextCut - forwarded;
        forwarded += keep;
        nextCut += cutEvery;
        cuts += 1;
        upstream.write(d.subarray(0, keep), () => {
          upstream.destroy();
          client.destroy();
        });
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    try {
      const files = memoryFileStore();
      const data = bytes(size);
      await files.put('flaky', new Blob([data]));
      const transfer = tusTransferrer({
        accountId: 'acc',
        files,
        token: () => 'tok',
        isOnline: () => true,
        endpoint: `http://127.0.0.1:${port}/api/v1/uploads`,
        chunkSize: chunk,
        urlStorage: new MemoryUrlStorage(),
        source: async (blob) => Buffer.from(await blob.arrayBuffer()),
      }).start(
        { documentId: 'flaky', size, fileName: 'flaky.jpg', onServer: true },
        () => undefined,
      );
      expect(await transfer.result).toEqual({ kind: 'done' });
      expect(sha256(readFileSync(join(dir, 'flaky')))).toBe(sha256(data));
      expect(cuts).toBeGreaterThanOrEqual(12);
      // Everything that crossed the link (headers included) beyond the file itself.
      expect(forwarded - size).toBeLessThanOrEqual(cuts * chunk);
      // The server keeps what reached it before a cut, so little is sent twice (DESIGN §7: ≤ 1.1×).
      expect(forwarded / size).toBeLessThanOrEqual(1.1);
    } finally {
      // The client keeps its last connection alive; closing waits for open
      // connections, so without this the test lasts until the server's
      // keep-alive timeout (5 s) drops it.
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
