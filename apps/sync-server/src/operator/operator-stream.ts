import type { OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { errorResponses, jsonResponse } from '../http/openapi.ts';
import type { AuthedEnv } from '../http/session.ts';

const KEEPALIVE_MS = 25_000;
/** The desk's collections: an application moved, or a scan of one settled. */
const WATCHED = new Set(['applications', 'documents']);

/**
 * `GET /operator/stream`: the desk's live updates. `ready` on connect, then `changed`
 * whenever an application or a scan of any family moved (on this instance or, on
 * PostgreSQL, another: the store's commit feed carries both), so the desk reloads
 * instead of polling. The events name nothing: the desk reads through its own routes.
 */
export function addOperatorStream(app: OpenAPIHono<AuthedEnv>, deps: Deps): void {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/stream',
    tags: ['operator'],
    summary:
      "Live updates of the desk: `ready`, then `changed` when any family's applications or scans move",
    security: [{ bearer: [] }],
    responses: {
      200: {
        description:
          'An endless `text/event-stream`: `{"type":"ready"}` on connect, then `{"type":"changed"}`; a comment line every 25 s keeps it open',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      401: errorResponses[401],
      403: jsonResponse(z.object({ error: z.object({ code: z.string() }) }), 'Not an operator'),
      503: errorResponses[503],
    },
  });
  app.get('/stream', (c) =>
    streamSSE(c, async (stream) => {
      const queue: string[] = ['ready'];
      let wake: (() => void) | null = null;
      const stop = deps.store.onCommit((changes) => {
        if (!changes.some((change) => WATCHED.has(change.collection))) return;
        // Many commits in a burst are one reload.
        if (!queue.includes('changed')) queue.push('changed');
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      try {
        while (!stream.aborted && !stream.closed) {
          const type = queue.shift();
          if (type) {
            await stream.writeSSE({ event: type, data: JSON.stringify({ type }) });
            continue;
          }
          const idle = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(true), KEEPALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(false);
            };
          });
          wake = null;
          if (idle && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        stop();
      }
    }),
  );
}
