import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { call, type SignedIn } from './api-client.ts';
import { childCardDoc, newDocId } from './child-cards.ts';

type Fetchable = { request(input: string, init?: RequestInit): Response | Promise<Response> };

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The `Upload-Metadata` header value: `key base64(value)` pairs. */
export function tusMetadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

/** Pushes a new child card, as a parent's device does; answers its id. */
export async function pushChildCard(app: Fetchable, who: SignedIn): Promise<string> {
  const id = newDocId();
  const pushed = await call(
    app,
    'POST',
    '/api/v1/sync/children/push',
    [{ newDocumentState: childCardDoc(who.familyId, id) }],
    who.token,
  );
  expect(pushed.status).toBe(200);
  return id;
}

/** Pushes a `documents` record describing `bytes`, as a device does before uploading. */
export async function pushDocumentRecord(
  app: Fetchable,
  who: SignedIn,
  bytes: Uint8Array,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const id = (fields.id as string | undefined) ?? newDocId();
  const pushed = await call(
    app,
    'POST',
    '/api/v1/sync/documents/push',
    [
      {
        newDocumentState: {
          id,
          familyId: who.familyId,
          kind: 'other',
          fileName: 'скан.png',
          mimeType: 'image/png',
          size: bytes.length,
          sha256: sha256(bytes),
          createdAt: '2026-11-24T08:00:00.000Z',
          _deleted: false,
          ...fields,
        },
      },
    ],
    who.token,
  );
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  return id;
}

const TUS = { 'tus-resumable': '1.0.0' };

/** POST to the tus endpoint: the creation request. */
export async function createUpload(
  app: Fetchable,
  token: string | undefined,
  documentId: string,
  length: number,
): Promise<Response> {
  return app.request('/api/v1/uploads', {
    method: 'POST',
    headers: {
      ...TUS,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'upload-length': String(length),
      'upload-metadata': tusMetadata({ documentId, filename: 'скан.png' }),
    },
  });
}

/** PATCH a slice at an offset; answers the response (204 with the new Upload-Offset). */
export function patchUpload(
  app: Fetchable,
  token: string,
  location: string,
  offset: number,
  bytes: Uint8Array,
): Response | Promise<Response> {
  return app.request(location, {
    method: 'PATCH',
    headers: {
      ...TUS,
      authorization: `Bearer ${token}`,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
}

export function headUpload(app: Fetchable, token: string, location: string) {
  return app.request(location, {
    method: 'HEAD',
    headers: { ...TUS, authorization: `Bearer ${token}` },
  });
}

/** Creates an upload for a record and sends all its bytes in one PATCH. */
export async function uploadWhole(
  app: Fetchable,
  token: string,
  documentId: string,
  bytes: Uint8Array,
): Promise<Response> {
  const created = await createUpload(app, token, documentId, bytes.length);
  expect(created.status, await created.clone().text()).toBe(201);
  return patchUpload(app, token, uploadPath(created), 0, bytes);
}

/** The upload's path from a creation response's (relative) `Location`. */
export function uploadPath(created: Response): string {
  const location = created.headers.get('location');
  if (!location) throw new Error('no Location on the creation response');
  return new URL(location, 'http://localhost/api/v1/uploads').pathname;
}
