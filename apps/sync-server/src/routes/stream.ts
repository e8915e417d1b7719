import { streamSSE } from 'hono/streaming';
import type { CollectionName, StreamEvent } from '@rodnik/domain';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { ErrorBody, errorResponses, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { refuseOperators } from '../http/family-only.ts';
import { requireProtocol } from './replication.ts';

const KEEPALIVE_MS = 25_000;

/**
 * Server-Sent Events: a `resync` on connect (the device may have missed
 * changes while away) and whenever this instance may have missed other
 * instances' changes (its PostgreSQL change feed reconnected), then the new checkpoint of each collection the
 * family's data moved in, so devices pull at once instead of polling.
 */
export function streamRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  app.use('*', requireProtocol(), requireSession(deps), refuseOperators());
  // Documented beside the route; served with a plain `get`, since an event stream has no JSON body to type.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/stream',
    tags: ['sync'],
    summary:
      'Live events: `resync` on connect, then the new checkpoint of each collection that moved',
    security: [{ bearer: [] }],
    responses: {
      200: {
        description:
          'An endless `text/event-stream`. Each event is named by its `type`; its `data` is JSON: `{"type":"resync"}` (pull everything since your checkpoints) or `{"type":"checkpoint","collection":"children","checkpoint":{"seq":42}}` (that collection moved: pull it). A comment line every 25 s keeps the connection open',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      401: errorResponses[401],
      403: jsonResponse(ErrorBody, '`forbidden`: an operator belongs to no family'),
      503: errorResponses[503],
    },
  });
  app.get('/stream', (c) => {
    const actor = c.get('actor');
    return streamSSE(c, async (stream) => {
      const queue: StreamEvent[] = [{ type: 'resync' }];
      let wake: (() => void) | null = null;
      const unsubscribe = deps.events.subscribe(actor.familyId, (event) => {
        if (event.type === 'resync') queue.push({ type: 'resync' });
        const checkpoints = event.type === 'checkpoints' ? event.checkpoints : {};
        for (const [collection, seq] of Object.entries(checkpoints)) {
          queue.push({
            type: 'checkpoint',
            collection: collection as CollectionName,
            checkpoint: { seq: seq ?? 0 },
          });
        }
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      try {
        while (!stream.aborted && !stream.closed) {
          const event = queue.shift();
          if (event) {
            await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
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
        unsubscribe();
      }
    });
  });
  return app;
}
