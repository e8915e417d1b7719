import { createHash } from 'node:crypto';
import { Upload } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobKey } from '../blobs/blob-store.ts';
import { signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { startCuttingProxy, type CuttingProxy } from '../test-support/cutting-proxy.ts';
import { startListeningServer, type ListeningServer } from '../test-support/listening-server.ts';
import { fakePdf } from '../test-support/png.ts';
import { pushDocumentRecord } from '../test-support/uploads.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const CHUNK = 5 * MiB; // one PATCH for the rest of the file: a cut loses only what was in flight

let server: ListeningServer;
let proxy: CuttingProxy;
let parent: SignedIn;
beforeAll(async () => {
  server = await startListeningServer({ port: 0 });
  const api = { request: (path: string, init?: RequestInit) => fetch(server.base + path, init) };
  parent = await signUpAndSignIn(api);
  proxy = await startCuttingProxy({
    target: { host: '127.0.0.1', port: Number(new URL(server.base).port) },
    cutAfterBytes: 300 * KiB,
  });
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('a 4 MiB scan over a link that drops every 300 KiB', () => {
  it('arrives byte-identical, re-sending at most one chunk per cut', async () => {
    const api = { request: (path: string, init?: RequestInit) => fetch(server.base + path, init) };
    const file = fakePdf(4 * MiB);
    const documentId = await pushDocumentRecord(api, parent, file, {
      mimeType: 'application/pdf',
      fileName: 'справка.pdf',
    });
    await new Promise<void>((resolve, reject) => {
      const upload = new Upload(file, {
        endpoint: `http://127.0.0.1:${proxy.port}/api/v1/uploads`,
        headers: { authorization: `Bearer ${parent.token}` },
        metadata: { documentId, filename: 'справка.pdf' },
        chunkSize: CHUNK,
        retryDelays: [0, 50, 100, 200],
        onSuccess: () => resolve(),
        onError: reject,
      });
      upload.start();
    });

    const doc = await server.parts.deps.store.getDoc('documents', documentId);
    expect(doc?.data.status).toBe('accepted');
    const stored = await server.parts.deps.blobs.get(
      blobKey(parent.familyId, String(doc?.data.sha256)),
    );
    const hash = createHash('sha256');
    for await (const chunk of stored!) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(file).digest('hex'));

    expect(proxy.cuts).toBeGreaterThanOrEqual(10);
    // What a cut costs is what was in flight: the server keeps every byte that reached it.
    // Well under one 256 KiB chunk per cut, headers (a HEAD and a PATCH per cut) included.
    const oneChunkPerCut = file.length + proxy.cuts * 256 * KiB;
    expect(proxy.upstreamBytes).toBeLessThanOrEqual(oneChunkPerCut);
    expect(proxy.upstreamBytes / file.length).toBeLessThanOrEqual(1.1);
    console.info(
      JSON.stringify({
        cuts: proxy.cuts,
        sent: proxy.upstreamBytes,
        ratio: proxy.upstreamBytes / file.length,
      }),
    );
  }, 60_000);
});
