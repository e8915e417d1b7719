import { createRoute } from '@hono/zod-openapi';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { blobKey } from '../blobs/blob-store.ts';
import type { Deps } from '../deps.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { errorResponses, jsonResponse, ErrorBody, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { mayReadDocumentContent } from '../uploads/document-access.ts';

const contentRoute = createRoute({
  method: 'get',
  path: '/{id}/content',
  tags: ['documents'],
  summary: 'The bytes of an accepted scan, for its family (or an operator, when it is on the desk)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: {
        'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
        'image/jpeg': { schema: z.string().meta({ format: 'binary' }) },
        'image/png': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    404: jsonResponse(ErrorBody, 'No accepted scan with this id that the caller may read'),
    ...errorResponses,
  },
});

/** `filename*` per RFC 6266/5987, with a plain ASCII fallback. */
function attachment(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'document';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * `GET /documents/{id}/content`: downloads a stored scan; "not found" for
 * anything not the caller's — for an operator, anything not on the desk.
 */
export function documentContentRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  app.use('*', requireSession(deps));
  return app.openapi(contentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await deps.store.getDoc('documents', id);
    if (!doc || !(await mayReadDocumentContent(deps.store, c.get('actor'), doc))) {
      throw new ApiFailure(404, 'not-found');
    }
    const key = blobKey(doc.familyId, String(doc.data.sha256));
    const [stream, size] = await Promise.all([deps.blobs.get(key), deps.blobs.size(key)]);
    if (!stream || size === null) throw new ApiFailure(404, 'not-found');
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      status: 200,
      headers: {
        'content-type': String(doc.data.mimeType),
        'content-length': String(size),
        'content-disposition': attachment(String(doc.data.fileName ?? 'document')),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    }) as never;
  });
}
