import { createRoute } from '@hono/zod-openapi';
import { SlotStart } from '@rodnik/domain';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { refuseOperators } from '../http/family-only.ts';
import { ErrorBody, errorResponses, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { clinicSlots } from './clinic-slots.ts';
import { fixtureSchedule } from './fixture-schedule.ts';

const ClinicParam = z.object({
  clinicId: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: 'clinicId', in: 'path' }, example: 'clinic-ram-child' }),
});

const ClinicSlotsBody = z.object({
  clinicId: z.string(),
  readAt: z.string(),
  days: z.array(z.string()),
  doctors: z.array(z.object({ doctorId: z.string(), free: z.array(SlotStart) })),
});

const slotsRoute = createRoute({
  method: 'get',
  path: '/{clinicId}',
  tags: ['family'],
  summary:
    "A polyclinic's doctors and their free 20-minute slots for the next 14 days (Moscow time); the phone caches it to book offline, and the server holds the chosen slot when the send arrives",
  security: [{ bearer: [] }],
  request: { params: ClinicParam },
  responses: {
    200: jsonResponse(ClinicSlotsBody, 'Free slots per doctor, as of `readAt`'),
    403: jsonResponse(ErrorBody, '`forbidden`: operators have no family'),
    404: jsonResponse(ErrorBody, '`not-found`: no such polyclinic'),
    ...errorResponses,
  },
});

/** The schedule directory a phone fetches and keeps to pick a slot offline (docs/decisions.md). */
export function scheduleRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  const schedule = deps.schedule ?? fixtureSchedule();
  app.use('*', requireSession(deps), refuseOperators());
  return app.openapi(slotsRoute, async (c) => {
    const { clinicId } = c.req.valid('param');
    const slots = await clinicSlots({ store: deps.store, schedule }, clinicId, deps.clock.now());
    if (!slots) throw new ApiFailure(404, 'not-found');
    return c.json(slots, 200);
  });
}
