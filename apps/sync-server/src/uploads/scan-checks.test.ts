import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { encodeJpeg, encodePng, fakePdf, pngBomb } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { pushDocumentRecord, uploadWhole } from '../test-support/uploads.ts';
import { boundedPool } from './bounded-pool.ts';

let server: TestServer;
let parent: SignedIn;
beforeAll(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterAll(async () => {
  await server.close();
});

/** Uploads `bytes` for a new record declaring them, and answers the settled record's data. */
async function settle(bytes: Buffer, declared: Record<string, unknown> = {}) {
  const documentId = await pushDocumentRecord(server.app, parent, bytes, declared);
  const done = await uploadWhole(server.app, parent.token, documentId, bytes);
  expect(done.status).toBe(204);
  return (await server.store.getDoc('documents', documentId))!.data;
}

const html = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>\n');
/** The end of a ZIP archive: a local file header and its end-of-central-directory record. */
const zip = Buffer.concat([
  Buffer.from('PK\x03\x04', 'latin1'),
  Buffer.alloc(26),
  Buffer.from('PK\x05\x06', 'latin1'),
  Buffer.alloc(18),
]);

describe('scans are decoded, not sniffed', () => {
  it('accepts a real PNG, a real JPEG and a well-formed PDF', async () => {
    expect((await settle(encodePng(1000, 800, { noise: true }))).status).toBe('accepted');
    const jpeg = await encodeJpeg(1200, 900);
    expect((await settle(jpeg, { mimeType: 'image/jpeg', fileName: 'скан.jpg' })).status).toBe(
      'accepted',
    );
    const pdf = fakePdf(20_000);
    expect((await settle(pdf, { mimeType: 'application/pdf', fileName: 'скан.pdf' })).status).toBe(
      'accepted',
    );
  });

  it('rejects a 33-byte PNG that claims 1000×800: there is no image in it', async () => {
    const headerOnly = encodePng(1000, 800).subarray(0, 33);
    expect(await settle(Buffer.from(headerOnly))).toMatchObject({
      status: 'rejected',
      rejection: { code: 'file-unreadable' },
    });
  });

  it('rejects a PNG whose chunks are whole but whose pixels do not decode', async () => {
    const png = encodePng(1000, 800, { noise: true });
    // Overwrite the compressed pixels (after the 33-byte header and IDAT's length and type).
    const broken = Buffer.from(png);
    broken.fill(0xa5, 41 + 100, broken.length - 12 - 4);
    expect(await settle(broken)).toMatchObject({
      status: 'rejected',
      rejection: { code: 'file-unreadable' },
    });
  });

  it('rejects a 20000×20000 decompression bomb of a few hundred KiB', async () => {
    const bomb = pngBomb(20_000);
    expect(bomb.length).toBeLessThan(500 * 1024);
    expect(await settle(bomb)).toMatchObject({
      status: 'rejected',
      rejection: { code: 'file-image-too-large', params: { max: 50_000_000 } },
    });
  });

  it('rejects polyglots: a PNG with a web page after IEND, a PDF with a ZIP appended', async () => {
    const png = Buffer.concat([encodePng(1000, 800, { noise: true }), html]);
    expect((await settle(png)).rejection).toMatchObject({ code: 'file-trailing-data' });
    const jpeg = Buffer.concat([await encodeJpeg(1000, 800), html]);
    expect(
      (await settle(jpeg, { mimeType: 'image/jpeg', fileName: 'скан.jpg' })).rejection,
    ).toMatchObject({ code: 'file-trailing-data' });
    const pdf = Buffer.concat([fakePdf(20_000), zip]);
    expect(
      (await settle(pdf, { mimeType: 'application/pdf', fileName: 'скан.pdf' })).rejection,
    ).toMatchObject({ code: 'file-trailing-data' });
  });
});

describe('boundedPool', () => {
  it('runs at most its size at once, the rest in order', async () => {
    const pool = boundedPool(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, () => {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      return { promise, resolve };
    });
    const tasks = gates.map((gate, index) =>
      pool.run(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(index);
        await gate.promise;
        running -= 1;
      }),
    );
    for (const gate of gates) {
      await Promise.resolve();
      gate.resolve();
    }
    await Promise.all(tasks);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
