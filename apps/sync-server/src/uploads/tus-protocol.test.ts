import { stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAndSignIn, type SignedIn } from '../test-support/api-client.ts';
import { encodePng } from '../test-support/png.ts';
import { startListeningServer } from '../test-support/listening-server.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  createUpload,
  patchUpload,
  pushDocumentRecord,
  tusMetadata,
  uploadPath,
} from '../test-support/uploads.ts';

let server: TestServer;
let parent: SignedIn;
beforeAll(async () => {
  server = await startTestServer();
  parent = await signUpAndSignIn(server.app);
});
afterAll(async () => {
  await server.close();
});

const status = async (id: string) => (await server.store.getDoc('documents', id))!.data.status;

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as {
    error: { code: string; message: string; messageEn: string };
  };
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.messageEn.length).toBeGreaterThan(0);
  return body.error;
}

/** A record and a started upload for a real scan. */
async function started() {
  const scan = encodePng(1000, 800, { noise: true });
  const documentId = await pushDocumentRecord(server.app, parent, scan);
  const created = await createUpload(server.app, parent.token, documentId, scan.length);
  expect(created.status).toBe(201);
  return { scan, documentId, location: uploadPath(created) };
}

function tusRequest(method: string, path: string, headers: Record<string, string> = {}) {
  return server.app.request(path, {
    method,
    headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${parent.token}`, ...headers },
  });
}

describe('tus to the letter', () => {
  it('advertises only the extensions that work, and refuses a deferred length in the error shape', async () => {
    const options = await server.app.request('/api/v1/uploads', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('tus-version')).toBe('1.0.0');
    expect(options.headers.get('tus-extension')?.split(',')).toEqual([
      'creation',
      'creation-with-upload',
      'termination',
      'expiration',
    ]);
    const deferred = await tusRequest('POST', '/api/v1/uploads', {
      'upload-defer-length': '1',
      'upload-metadata': tusMetadata({ documentId: 'x', filename: 'a.png' }),
    });
    expect(deferred.status).toBe(400);
    expect((await errorOf(deferred)).code).toBe('bad-request');
  });

  it('answers another Tus-Resumable with 412 and Tus-Version, in the error shape', async () => {
    const { location } = await started();
    for (const [method, path] of [
      ['POST', '/api/v1/uploads'],
      ['HEAD', location],
      ['PATCH', location],
    ] as const) {
      const response = await tusRequest(method, path, { 'tus-resumable': '0.2.2' });
      expect(response.status, method).toBe(412);
      expect(response.headers.get('tus-version')).toBe('1.0.0');
      if (method !== 'HEAD') expect((await errorOf(response)).code).toBe('tus-version-unsupported');
    }
  });

  it('answers a PATCH of another content type with 415 in the error shape', async () => {
    const { scan, location } = await started();
    const response = await server.app.request(location, {
      method: 'PATCH',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${parent.token}`,
        'upload-offset': '0',
        'content-type': 'application/json',
      },
      body: scan,
    });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported-media-type');
  });

  it("words tus's own refusals in the error shape: a wrong offset is 409 conflict", async () => {
    const { scan, location } = await started();
    const response = await patchUpload(server.app, parent.token, location, 5, scan.subarray(5));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('conflict');
    expect(response.headers.get('tus-resumable')).toBe('1.0.0');
  });

  it('takes the whole file with the creation request (creation-with-upload)', async () => {
    const scan = encodePng(1000, 800, { noise: true });
    const documentId = await pushDocumentRecord(server.app, parent, scan);
    const created = await server.app.request('/api/v1/uploads', {
      method: 'POST',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${parent.token}`,
        'upload-length': String(scan.length),
        'upload-metadata': tusMetadata({ documentId, filename: 'скан.png' }),
        'content-type': 'application/offset+octet-stream',
      },
      body: scan,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('upload-offset')).toBe(String(scan.length));
    expect(await status(documentId)).toBe('accepted');
  });

  it('returns the record to queued when the upload is terminated', async () => {
    const { scan, documentId, location } = await started();
    await patchUpload(server.app, parent.token, location, 0, scan.subarray(0, 1000));
    expect(await status(documentId)).toBe('uploading');
    const terminated = await tusRequest('DELETE', location);
    expect(terminated.status).toBe(204);
    expect(await status(documentId)).toBe('queued');
    const after = await tusRequest('HEAD', location);
    expect(after.status).toBe(404);
  });

  it('answers 409, not 204, to a DELETE after the last PATCH settled the scan', async () => {
    const { scan, documentId, location } = await started();
    expect((await patchUpload(server.app, parent.token, location, 0, scan)).status).toBe(204);
    const late = await tusRequest('DELETE', location);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).code).toBe('conflict');
    expect(await status(documentId)).toBe('accepted');
  });

  it('resolves a DELETE racing the last PATCH to one truth', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { scan, documentId, location } = await started();
      const [patched, deleted] = await Promise.all([
        patchUpload(server.app, parent.token, location, 0, scan),
        tusRequest('DELETE', location),
      ]);
      const record = await status(documentId);
      if (deleted.status === 204) {
        // Terminated first: the bytes were never taken, the record waits to be sent again.
        expect(patched.status).toBe(404);
        expect(record).toBe('queued');
      } else {
        expect(deleted.status).toBe(409);
        expect(patched.status).toBe(204);
        expect(record).toBe('accepted');
      }
    }
  });
});

describe('a PATCH whose sender went silent', () => {
  it('is ended by a DELETE of the same upload, which terminates it at once', async () => {
    const listening = await startListeningServer({ port: 0 });
    const app = listening.parts.app;
    try {
      const who = await signUpAndSignIn(app);
      const scan = encodePng(1000, 800, { noise: true });
      const documentId = await pushDocumentRecord(app, who, scan);
      const created = await createUpload(app, who.token, documentId, scan.length);
      const location = uploadPath(created);
      // A phone that sent 100 KiB and went silent, its connection never closed.
      const stalled = httpRequest(`${listening.base}${location}`, {
        method: 'PATCH',
        headers: {
          'tus-resumable': '1.0.0',
          authorization: `Bearer ${who.token}`,
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          'content-length': String(scan.length),
        },
      });
      stalled.on('error', () => {});
      stalled.write(scan.subarray(0, 100 * 1024));
      // Wait for the bytes on disk (a HEAD would itself end the PATCH: tus's own lock).
      const staged = join(listening.dir, 'uploads', location.split('/').pop()!);
      const received = () =>
        stat(staged).then(
          (file) => file.size,
          () => 0,
        );
      while ((await received()) < 100 * 1024) await new Promise((next) => setImmediate(next));

      const terminated = await app.request(location, {
        method: 'DELETE',
        headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${who.token}` },
      });
      expect(terminated.status).toBe(204);
      const record = await listening.parts.deps.store.getDoc('documents', documentId);
      expect(record!.data.status).toBe('queued');
      stalled.destroy();
    } finally {
      await listening.close();
    }
  });
});
