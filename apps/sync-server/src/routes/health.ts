import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { jsonResponse, openApiApp } from '../http/openapi.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'The process is up (it answers without touching the store)',
  responses: {
    200: jsonResponse(z.object({ status: z.literal('ok') }), 'Alive'),
  },
});

const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['health'],
  summary: 'The store answers and the change feed runs: send traffic here',
  responses: {
    200: jsonResponse(z.object({ status: z.literal('ready') }), 'Ready'),
    503: jsonResponse(
      z.object({ status: z.literal('unavailable') }),
      'The store does not answer (PostgreSQL went away, or its change feed is down): not ready',
    ),
  },
});

export function healthRoutes(deps: Deps) {
  return openApiApp()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      const ready = await deps.store.ping().catch(() => false);
      return ready
        ? c.json({ status: 'ready' as const }, 200)
        : c.json({ status: 'unavailable' as const }, 503);
    });
}
