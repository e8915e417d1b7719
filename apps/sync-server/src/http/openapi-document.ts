import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { API_BASE } from '@rodnik/domain';
import { z } from 'zod';
import { completeDocument } from './openapi-complete.ts';

export const OPENAPI_PATH = `${API_BASE}/openapi.json`;

/**
 * Serves the app's OpenAPI document at `/api/v1/openapi.json`: what the
 * routes registered, completed (`openapi-complete.ts`), built on the first
 * request and kept, since the routes do not change while the process runs.
 */
export function serveOpenApiDocument<E extends Env>(app: OpenAPIHono<E>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The session token `POST /api/v1/auth/sign-in` answers; it travels only here',
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: OPENAPI_PATH,
    tags: ['meta'],
    summary: 'This document',
    responses: {
      200: {
        description: 'The OpenAPI 3.1 document of every route this server serves',
        content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } },
      },
    },
  });
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get(OPENAPI_PATH, (c) => c.json((document ??= openApiDocument(app))));
}

/** The completed document, as served; for tools that write it to a file. */
export function openApiDocument<E extends Env>(app: OpenAPIHono<E>) {
  return completeDocument(
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Rodnik sync server',
        version: '1.0.0',
        description:
          'Accounts, one-time codes, family management, RxDB replication, scan uploads (tus) and the operator desk for Rodnik. Every refusal is an `ApiError`: a kebab-case `code`, the same words in Russian (`message`) and English (`messageEn`), and `fields` naming each field to fix.',
      },
      tags: [
        { name: 'auth', description: 'Accounts, one-time codes, sessions' },
        { name: 'family', description: 'Children’s accounts, linking, a second parent' },
        { name: 'sync', description: 'RxDB replication: pull, push and the live event stream' },
        { name: 'uploads', description: 'Resumable scan uploads (tus 1.0.0)' },
        { name: 'documents', description: 'Accepted scans’ bytes' },
        { name: 'operator', description: 'The operator’s desk: sent applications' },
        { name: 'health', description: 'Liveness and readiness probes' },
        { name: 'meta', description: 'This document' },
        { name: 'development', description: 'Served only with DEV_OUTBOX=1' },
      ],
    }),
  );
}
