import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { ErrorBody, errorResponses, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { refuseOperators } from '../http/family-only.ts';
import { requireProtocol } from './replication.ts';
import { createLiveStreams, eventFrames, RESYNC_FRAME } from '../sync/live-streams.ts';

/**
 * Server-Sent Events: a `resync` on connect (the device may have missed
 * changes while away) and whenever this instance may have missed other
 * instances' changes (its PostgreSQL change feed reconnected), then the new checkpoint of each collection the
 * family's data moved in, so devices pull at once instead of polling.
 * The fan-out itself (one encoding per family event, one keep-alive timer for
 * every stream) is `sync/live-streams.ts`.
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
  const live = createLiveStreams();
  app.get('/stream', (c) => {
    const actor = c.get('actor');
    let close = (): void => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const stream = live.open(controller);
        stream.send(RESYNC_FRAME);
        const unsubscribe = deps.events.subscribe(actor.familyId, (event) =>
          stream.send(eventFrames(event)),
        );
        close = () => {
          unsubscribe();
          stream.close();
        };
      },
      // The device went away (the server cancels the body when its socket closes).
      cancel: () => close(),
    });
    return c.body(body, 200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'transfer-encoding': 'chunked',
    });
  });
  return app;
}
