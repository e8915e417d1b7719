import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { applicationDoc } from '../test-support/applications.ts';
import { encodePng } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  createUpload,
  patchUpload,
  pushChildCard,
  pushDocumentRecord,
  sha256,
  uploadPath,
  uploadWhole,
} from '../test-support/uploads.ts';
import { SOFT_DELETION_KEEP_MS } from '../maintenance/soft-deletion-purge.ts';
import { toWire } from '../sync/wire.ts';
import { settleUpload } from '../uploads/settle-upload.ts';
import { scanDecoder } from '../uploads/decode-scan.ts';
import { blobKey, type BlobStore } from './blob-store.ts';

let server: TestServer;
let parent: SignedIn;

// Records, lookup keys and jobs are involved: the suite runs on both adapters.
describe.each(['sqlite', 'postgresql'] as const)('forgetting deleted scans on %s', (store) => {
  beforeEach(async () => {
    // A card's deletion is purged 30 days on: the parent's session outlives it.
    server = await startTestServer({ store, env: { SESSION_TTL_HOURS: String(24 * 90) } });
    parent = await signUpAndSignIn(server.app);
  });
  afterEach(async () => {
    await server.close();
  });

  const hasBytes = (scan: Buffer) =>
    server.parts.deps.blobs.has(blobKey(parent.familyId, sha256(scan)));
  const download = (documentId: string) =>
    server.app.request(`/api/v1/documents/${documentId}/content`, {
      headers: { authorization: `Bearer ${parent.token}` },
    });

  /**
   * What a device sends when the parent deletes a record it has seen: a scan's
   * tombstone; a card's `deletedAt`, which the purge makes a tombstone 30 days on.
   */
  async function deleteRecord(collection: 'documents' | 'children', id: string) {
    const master = await server.store.getDoc(collection, id);
    const seen = toWire(master!);
    const deleted =
      collection === 'children'
        ? { ...seen, deletedAt: server.clock.now().toISOString() }
        : { ...seen, _deleted: true };
    const pushed = await call(
      server.app,
      'POST',
      `/api/v1/sync/${collection}/push`,
      [{ newDocumentState: deleted, assumedMasterState: seen }],
      parent.token,
    );
    expect(pushed.json).toEqual([]);
    if (collection === 'children') server.clock.advance(SOFT_DELETION_KEEP_MS + 60_000);
    await server.parts.worker.drain();
  }

  async function acceptedScan(scan: Buffer, fields: Record<string, unknown> = {}) {
    const documentId = await pushDocumentRecord(server.app, parent, scan, fields);
    expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
    expect((await server.store.getDoc('documents', documentId))?.data.status).toBe('accepted');
    return documentId;
  }

  const addChild = () => pushChildCard(server.app, parent);

  it('deletes the bytes of a scan whose record the parent deleted', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const documentId = await acceptedScan(scan);
    expect(await hasBytes(scan)).toBe(true);

    await deleteRecord('documents', documentId);
    expect(await hasBytes(scan)).toBe(false);
    expect((await download(documentId)).status).toBe(404);
  });

  it('keeps bytes another live record of the family holds, until that one goes too', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const onChild = await acceptedScan(scan, { childId: await addChild() });
    const onProfile = await acceptedScan(scan, { accountId: parent.accountId });

    await deleteRecord('documents', onChild);
    expect(await hasBytes(scan)).toBe(true);
    expect((await download(onProfile)).status).toBe(200);

    await deleteRecord('documents', onProfile);
    expect(await hasBytes(scan)).toBe(false);
  });

  it('takes a deleted child card’s scans along, on every device, bytes and all', async () => {
    const childId = await addChild();
    const scan = encodePng(1000, 800, { noise: true });
    const pages = [
      await acceptedScan(scan, { childId, kind: 'birth-certificate' }),
      await pushDocumentRecord(server.app, parent, encodePng(900, 700), { childId }),
    ];
    const otherChild = await acceptedScan(encodePng(1100, 800, { noise: true }), {
      childId: await addChild(),
    });
    // A scan attached to the child's application names the child too; the application keeps it.
    const applicationId = newDocId();
    const draft = applicationDoc(parent.familyId, applicationId, childId);
    expect(
      (
        await call(
          server.app,
          'POST',
          '/api/v1/sync/applications/push',
          [{ newDocumentState: draft }],
          parent.token,
        )
      ).json,
    ).toEqual([]);
    const onApplication = await acceptedScan(encodePng(1200, 800, { noise: true }), {
      childId,
      applicationId,
    });

    await deleteRecord('children', childId);
    for (const id of pages) {
      expect((await server.store.getDoc('documents', id))?.deleted).toBe(true);
    }
    expect(await hasBytes(scan)).toBe(false);
    expect((await server.store.getDoc('documents', otherChild))?.deleted).toBe(false);
    expect((await server.store.getDoc('documents', onApplication))?.deleted).toBe(false);
    // The tombstones reach the family's other devices through an ordinary pull.
    const pulled = await call(
      server.app,
      'GET',
      '/api/v1/sync/documents/pull?after=0&limit=100',
      undefined,
      parent.token,
    );
    const deleted = (pulled.json as { documents: { id: string; _deleted: boolean }[] }).documents
      .filter((doc) => doc._deleted)
      .map((doc) => doc.id);
    expect(deleted.sort()).toEqual([...pages].sort());
  });

  it('keeps no bytes of a scan whose record was deleted while it was uploading', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const documentId = await pushDocumentRecord(server.app, parent, scan);
    const location = uploadPath(
      await createUpload(server.app, parent.token, documentId, scan.length),
    );
    await deleteRecord('documents', documentId);
    expect((await patchUpload(server.app, parent.token, location, 0, scan)).status).toBe(204);
    expect(await hasBytes(scan)).toBe(false);
  });

  it('keeps no bytes of a scan whose record is deleted while its bytes are being stored', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const documentId = await pushDocumentRecord(server.app, parent, scan);
    const path = join(server.dir, 'arrived.png');
    writeFileSync(path, scan);
    const blobs = server.parts.deps.blobs;
    const deletedMeanwhile: BlobStore = {
      ...blobs,
      async put(key, source) {
        await blobs.put(key, source);
        await deleteRecord('documents', documentId);
      },
    };
    const outcome = await settleUpload(
      {
        ...server.parts.deps,
        blobs: deletedMeanwhile,
        newId: newDocId,
        kickJobs: () => {},
        decodeScan: scanDecoder(),
      },
      {
        documentId,
        path,
        actor: {
          accountId: parent.accountId,
          familyId: parent.familyId,
          role: 'parent',
          childId: null,
        },
      },
    );
    expect(outcome).toBe('ignored');
    expect(await hasBytes(scan)).toBe(false);
  });
});
