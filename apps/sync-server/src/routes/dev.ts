import { Hono } from 'hono';
import type { Deps } from '../deps.ts';

/**
 * Development only (`DEV_OUTBOX=1`): the recent outbox, so tests and local
 * development can read one-time codes. Never mounted otherwise.
 */
export function devRoutes(deps: Deps) {
  return new Hono().get('/outbox', async (c) => {
    const messages = await deps.store.listOutbox(100);
    return c.json({ messages });
  });
}
