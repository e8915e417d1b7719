import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { CollectionName, StreamEvent } from '@rodnik/domain';
import type { Deps } from '../deps.ts';
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
  const app = new Hono<AuthedEnv>();
  app.use('*', requireProtocol(), requireSession(deps), refuseOperators());
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
