import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '@rodnik/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobKey } from '../blobs/blob-store.ts';
import { call, signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { applicationDoc } from '../test-support/applications.ts';
import { newDocId } from '../test-support/child-cards.ts';
import { encodePng, fakePdf } from '../test-support/png.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  createUpload,
  headUpload,
  patchUpload,
  pushChildCard,
  pushDocumentRecord,
  sha256,
  uploadPath,
  uploadWhole,
} from '../test-support/uploads.ts';

let server: TestServer;
let parent: SignedIn;

// The store is involved (records, lookup keys, jobs): the suite runs on both adapters.
describe.each(['sqlite', 'postgresql'] as const)('uploads on %s', (store) => {
  beforeEach(async () => {
    server = await startTestServer({ store });
    parent = await signUpAndSignIn(server.app);
  });
  afterEach(async () => {
    await server.close();
  });

  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;
  const record = (id: string) => server.store.getDoc('documents', id);
  const stagedFiles = () => readdirSync(join(server.dir, 'uploads'));
  const blobFiles = (familyId: string) => {
    try {
      return readdirSync(join(server.dir, 'blobs', familyId));
    } catch {
      return [];
    }
  };
  const addChild = (who: SignedIn) => pushChildCard(server.app, who);

  describe('tus uploads: a scan arrives across several requests', () => {
    it('resumes from the offset the server holds, then accepts the scan', async () => {
      const scan = encodePng(1200, 900, { noise: true });
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      const created = await createUpload(server.app, parent.token, documentId, scan.length);
      expect(created.status).toBe(201);
      expect((await record(documentId))?.data.status).toBe('uploading');
      const location = uploadPath(created);
      expect(location).toMatch(/^\/api\/v1\/uploads\/[A-Za-z0-9_-]{32}$/);

      const first = await patchUpload(
        server.app,
        parent.token,
        location,
        0,
        scan.subarray(0, 300_000),
      );
      expect(first.status).toBe(204);
      const head = await headUpload(server.app, parent.token, location);
      expect(head.status).toBe(200);
      expect(head.headers.get('upload-offset')).toBe('300000');
      expect(head.headers.get('upload-length')).toBe(String(scan.length));

      const rest = await patchUpload(
        server.app,
        parent.token,
        location,
        300_000,
        scan.subarray(300_000),
      );
      expect(rest.status).toBe(204);
      const doc = await record(documentId);
      expect(doc?.data).toMatchObject({ status: 'accepted', rejection: null });
      expect(doc?.data.uploadedAt).toBe(server.clock.now().toISOString());
      expect(blobFiles(parent.familyId)).toEqual([sha256(scan)]);
      expect(stagedFiles()).toEqual([]);
      // The upload is gone once settled: a device resuming it is told so and starts over (409 then).
      expect((await headUpload(server.app, parent.token, location)).status).toBe(404);
      const again = await createUpload(server.app, parent.token, documentId, scan.length);
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe('conflict');
    });

    it('tells the family devices at once: the settled record has a new serverSeq', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      const before = (await record(documentId))!.seq;
      expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
      expect((await record(documentId))!.seq).toBeGreaterThan(before);
    });
  });

  describe('tus uploads: what the server refuses when the bytes arrive', () => {
    async function settle(bytes: Buffer, declared: Record<string, unknown> = {}) {
      const documentId = await pushDocumentRecord(server.app, parent, bytes, declared);
      const done = await uploadWhole(server.app, parent.token, documentId, bytes);
      expect(done.status).toBe(204);
      return (await record(documentId))!;
    }

    it('rejects bytes whose SHA-256 is not the declared one, and keeps none of them', async () => {
      const doc = await settle(encodePng(1000, 800), { sha256: 'f'.repeat(64) });
      expect(doc.data).toMatchObject({
        status: 'rejected',
        rejection: { code: 'file-hash-mismatch' },
      });
      expect(blobFiles(parent.familyId)).toEqual([]);
      expect(stagedFiles()).toEqual([]);
    });

    it('rejects a text file called .jpg: the type is told by the bytes, not the name', async () => {
      const text = Buffer.from('#!/bin/sh\necho не картинка\n'.repeat(50));
      const doc = await settle(text, { fileName: 'паспорт.jpg', mimeType: 'image/jpeg' });
      expect(doc.data.rejection).toMatchObject({ code: 'file-type-unsupported' });
    });

    it('rejects an image too small to read, saying both sizes, and tells the family', async () => {
      const doc = await settle(encodePng(640, 480));
      expect(doc.data.rejection).toEqual({
        code: 'file-image-too-small',
        params: { min: '800×600', actual: '640×480' },
      });
      const notes = await call(
        server.app,
        'GET',
        '/api/v1/sync/notifications/pull?after=0&limit=50',
        undefined,
        parent.token,
      );
      const note = notes.json.documents.find(
        (n: { subject?: { id: string } }) => n.subject?.id === doc.id,
      );
      expect(note).toMatchObject({ kind: 'document-status' });
      expect(note.body.ru).toContain('640×480');
      expect(note.body.en).toContain('640×480');
    });

    it('refuses an oversize upload at creation with 413, before any byte is sent', async () => {
      const documentId = await pushDocumentRecord(server.app, parent, encodePng(1000, 800));
      const created = await createUpload(server.app, parent.token, documentId, MAX_FILE_BYTES + 1);
      expect(created.status).toBe(413);
      const error = await errorOf(created);
      expect(error.code).toBe('file-too-large');
      expect(error.message).toContain('5 МБ');
    });

    it('refuses a length other than the declared size with 400, nothing staged', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      const created = await createUpload(server.app, parent.token, documentId, scan.length + 10);
      expect(created.status).toBe(400);
      expect((await errorOf(created)).code).toBe('file-size-mismatch');
      expect((await record(documentId))?.data.status).toBe('queued');
    });

    it('stores the same bytes once: a second record on the same child with them is a duplicate', async () => {
      const childId = await addChild(parent);
      const scan = encodePng(1200, 900, { noise: true });
      const first = await settle(scan, { childId, kind: 'birth-certificate' });
      expect(first.data.status).toBe('accepted');
      const second = await settle(scan, { childId, kind: 'medical-record' });
      expect(second.data).toMatchObject({
        status: 'rejected',
        rejection: { code: 'file-duplicate' },
      });
      // On another record the same bytes are fine, and still stored once.
      const third = await settle(scan, { childId: null });
      expect(third.data.status).toBe('accepted');
      expect(blobFiles(parent.familyId)).toEqual([sha256(scan)]);
    });

    it('accepts a PDF', async () => {
      const doc = await settle(fakePdf(20_000), {
        mimeType: 'application/pdf',
        fileName: 'справка.pdf',
      });
      expect(doc.data.status).toBe('accepted');
    });
  });

  describe('tus uploads: only the family’s own record, only by its uploader', () => {
    it('answers 401 in the one error shape without a session, 204 to a preflight', async () => {
      const created = await createUpload(server.app, undefined, newDocId(), 10);
      expect(created.status).toBe(401);
      expect((await errorOf(created)).code).toBe('unauthorized');
      const preflight = await server.app.request('/api/v1/uploads', { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
    });

    it('answers 404 for a record not pushed yet and for another family’s record', async () => {
      expect((await createUpload(server.app, parent.token, newDocId(), 10)).status).toBe(404);
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      const outsider = await signUpAndSignIn(server.app, { surname: 'Чужая', givenName: 'Ольга' });
      const refused = await createUpload(server.app, outsider.token, documentId, scan.length);
      expect(refused.status).toBe(404);
      expect((await errorOf(refused)).code).toBe('not-found');
    });

    it('hides an upload from anyone but its uploader: HEAD and PATCH get 404', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      const location = uploadPath(
        await createUpload(server.app, parent.token, documentId, scan.length),
      );
      const outsider = await signUpAndSignIn(server.app, { surname: 'Чужая', givenName: 'Ольга' });
      expect((await headUpload(server.app, outsider.token, location)).status).toBe(404);
      expect((await patchUpload(server.app, outsider.token, location, 0, scan)).status).toBe(404);
      expect(
        (await headUpload(server.app, parent.token, location)).headers.get('upload-offset'),
      ).toBe('0');
    });

    it('refuses a profile record of another account, even in the same family', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan, {
        kind: 'parent-passport',
        accountId: newDocId(),
      });
      expect((await createUpload(server.app, parent.token, documentId, scan.length)).status).toBe(
        404,
      );
    });
  });

  describe('downloading a stored scan', () => {
    it('gives the owner the bytes as an attachment, and nobody else anything', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan, {
        fileName: 'Свидетельство о рождении.png',
      });
      expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
      const path = `/api/v1/documents/${documentId}/content`;
      const own = await server.app.request(path, {
        headers: { authorization: `Bearer ${parent.token}` },
      });
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('image/png');
      expect(own.headers.get('cache-control')).toBe('private, no-store');
      expect(own.headers.get('x-content-type-options')).toBe('nosniff');
      expect(own.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('Свидетельство о рождении.png')}`,
      );
      expect(Buffer.from(await own.arrayBuffer()).equals(scan)).toBe(true);

      const outsider = await signUpAndSignIn(server.app, { surname: 'Чужая', givenName: 'Ольга' });
      const theirs = await server.app.request(path, {
        headers: { authorization: `Bearer ${outsider.token}` },
      });
      expect(theirs.status).toBe(404);
      expect((await server.app.request(path)).status).toBe(401);
    });

    it('lets an operator read a scan once it goes with a sent application, and not before', async () => {
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(server.app, parent, scan);
      expect((await uploadWhole(server.app, parent.token, documentId, scan)).status).toBe(204);
      const operator = await signUpAndSignIn(server.app, {
        surname: 'Операторова',
        givenName: 'Ирина',
      });
      await server.store.transaction((tx) =>
        tx.updateAccount(operator.accountId, { role: 'operator' }),
      );
      const read = () =>
        server.app.request(`/api/v1/documents/${documentId}/content`, {
          headers: { authorization: `Bearer ${operator.token}` },
        });
      // A scan of the family's own, on no sent application: not the operator's to see.
      expect((await read()).status).toBe(404);
      const applicationId = newDocId();
      await server.store.transaction((tx) =>
        tx.putDoc({
          collection: 'applications',
          id: applicationId,
          familyId: parent.familyId,
          childId: null,
          deleted: false,
          data: {
            ...applicationDoc(parent.familyId, applicationId, null, { documentIds: [documentId] }),
            status: 'submitted',
          },
        }),
      );
      const sent = await read();
      expect(sent.status).toBe(200);
      expect(sha256(Buffer.from(await sent.arrayBuffer()))).toBe(sha256(scan));
    });

    it('answers 404 for a record that is not accepted', async () => {
      const documentId = await pushDocumentRecord(server.app, parent, encodePng(1000, 800));
      const read = await server.app.request(`/api/v1/documents/${documentId}/content`, {
        headers: { authorization: `Bearer ${parent.token}` },
      });
      expect(read.status).toBe(404);
      expect(await server.parts.deps.blobs.has(blobKey(parent.familyId, 'a'.repeat(64)))).toBe(
        false,
      );
    });
  });
});

describe('tus uploads from another origin (CORS_ORIGINS)', () => {
  it('lets the allowed origin send tus headers and read Location and Upload-Offset', async () => {
    const cors = await startTestServer({ env: { CORS_ORIGINS: 'https://app.rodnik.example' } });
    try {
      const preflight = await cors.app.request('/api/v1/uploads', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.rodnik.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'tus-resumable,upload-length,upload-metadata,authorization',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(
        'https://app.rodnik.example',
      );
      const allowed = preflight.headers.get('access-control-allow-headers') ?? '';
      for (const header of ['tus-resumable', 'upload-length', 'upload-metadata', 'upload-offset']) {
        expect(allowed).toContain(header);
      }
      const who = await signUpAndSignIn(cors.app);
      const scan = encodePng(1000, 800);
      const documentId = await pushDocumentRecord(cors.app, who, scan);
      const created = await cors.app.request('/api/v1/uploads', {
        method: 'POST',
        headers: {
          origin: 'https://app.rodnik.example',
          authorization: `Bearer ${who.token}`,
          'tus-resumable': '1.0.0',
          'upload-length': String(scan.length),
          'upload-metadata': `documentId ${Buffer.from(documentId).toString('base64')}`,
        },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('access-control-allow-origin')).toBe('https://app.rodnik.example');
      const exposed = (created.headers.get('access-control-expose-headers') ?? '').toLowerCase();
      expect(exposed).toContain('location');
      expect(exposed).toContain('upload-offset');
    } finally {
      await cors.close();
    }
  });
});
