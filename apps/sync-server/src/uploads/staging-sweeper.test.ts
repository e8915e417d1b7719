import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { encodePng } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  createUpload,
  headUpload,
  patchUpload,
  pushDocumentRecord,
  uploadPath,
} from '../test-support/uploads.ts';
import { sweepStaging } from './staging-sweeper.ts';
import { stagedUploads, UPLOAD_EXPIRY_MS } from './upload-routes.ts';

let server: TestServer;
let parent: SignedIn;
beforeEach(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterEach(async () => {
  await server.close();
});

const sweep = () => {
  const staged = stagedUploads(server.parts.deps);
  return sweepStaging({
    staging: server.parts.deps.uploadStaging,
    store: server.store,
    clock: server.clock,
    logger: pino({ level: 'silent' }),
    expiryMs: UPLOAD_EXPIRY_MS,
    async settleStaged(upload, actor) {
      await staged.settle(upload, actor);
      await staged.drop(upload.id);
    },
    dropStaged: staged.drop,
  });
};
const stagedFiles = () => readdirSync(join(server.dir, 'uploads'));

/** An upload whose bytes all reached the disk, as if the server stopped before settling it. */
async function receivedButUnsettled(scan: Buffer) {
  const documentId = await pushDocumentRecord(server.app, parent, scan);
  const location = uploadPath(
    await createUpload(server.app, parent.token, documentId, scan.length),
  );
  const id = location.split('/').pop()!;
  await server.parts.deps.uploadStaging.write(Readable.from([scan]), id, 0);
  return { documentId, location };
}

describe('the upload staging area', () => {
  it('settles, at start, an upload whose last byte arrived before the server stopped', async () => {
    const { documentId } = await receivedButUnsettled(encodePng(1000, 800));
    expect((await server.store.getDoc('documents', documentId))?.data.status).toBe('uploading');
    expect(await sweep()).toEqual({ settled: 1, expired: 0 });
    expect((await server.store.getDoc('documents', documentId))?.data.status).toBe('accepted');
    expect(stagedFiles()).toEqual([]);
  });

  it('settles such an upload when its device asks for the offset, then says it is gone', async () => {
    const { documentId, location } = await receivedButUnsettled(encodePng(1000, 800));
    expect((await headUpload(server.app, parent.token, location)).status).toBe(404);
    expect((await server.store.getDoc('documents', documentId))?.data.status).toBe('accepted');
  });

  it('drops an upload left unfinished for a day; its record goes back to queued', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const documentId = await pushDocumentRecord(server.app, parent, scan);
    const location = uploadPath(
      await createUpload(server.app, parent.token, documentId, scan.length),
    );
    expect(
      (await patchUpload(server.app, parent.token, location, 0, scan.subarray(0, 1000))).status,
    ).toBe(204);
    expect(await sweep()).toEqual({ settled: 0, expired: 0 });
    server.clock.advance(UPLOAD_EXPIRY_MS + 3_600_000);
    expect(await sweep()).toEqual({ settled: 0, expired: 1 });
    expect(stagedFiles()).toEqual([]);
    expect((await server.store.getDoc('documents', documentId))?.data.status).toBe('queued');
    expect((await headUpload(server.app, parent.token, location)).status).toBe(404);
  });
});
