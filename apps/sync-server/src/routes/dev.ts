import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { errorResponses, jsonResponse, openApiApp } from '../http/openapi.ts';

const OutboxMessage = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  to: z.string(),
  purpose: z.string(),
  text: z.string(),
  createdAt: z.string().meta({ format: 'date-time' }),
});

/**
 * Development only (`DEV_OUTBOX=1`): the recent outbox, so tests and local
 * development can read one-time codes. Never mounted otherwise, so never in
 * production's OpenAPI document either.
 */
export function devRoutes(deps: Deps) {
  const app = openApiApp();
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/outbox',
    tags: ['development'],
    summary: 'The last 100 messages the development outbox holds (one-time codes, notices)',
    responses: {
      200: jsonResponse(z.object({ messages: z.array(OutboxMessage) }), 'Newest first'),
      503: errorResponses[503],
    },
  });
  return app.get('/outbox', async (c) => {
    const messages = await deps.store.listOutbox(100);
    return c.json({ messages });
  });
}
