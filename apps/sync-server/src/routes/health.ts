import { Hono } from 'hono';
import type { Deps } from '../deps.ts';

export function healthRoutes(deps: Deps) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      const ready = await deps.store.ping().catch(() => false);
      return c.json({ status: ready ? 'ready' : 'unavailable' }, ready ? 200 : 503);
    });
}
