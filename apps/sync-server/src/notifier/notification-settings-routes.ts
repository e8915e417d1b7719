import { createRoute } from '@hono/zod-openapi';
import { NotificationPrefs } from '@rodnik/domain';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { ApiFailure } from '../http/api-failure.ts';
import { refuseOperators } from '../http/family-only.ts';
import { ErrorBody, errorResponses, jsonBody, jsonResponse, openApiApp } from '../http/openapi.ts';
import { requireSession, type AuthedEnv } from '../http/session.ts';
import { familyDocs } from '../store/family-docs.ts';

const Settings = z.object({ settings: NotificationPrefs });

const putRoute = createRoute({
  method: 'put',
  path: '/',
  tags: ['family'],
  summary:
    "The caller's own choices of how to hear of the family's applications outside the app: SMS, e-mail, which events, quiet hours (Moscow time)",
  security: [{ bearer: [] }],
  request: { body: jsonBody(NotificationPrefs.strict()) },
  responses: {
    200: jsonResponse(
      Settings,
      'Saved; every device of the family sees them on its member document',
    ),
    403: jsonResponse(ErrorBody, '`forbidden`: operators have no family'),
    404: jsonResponse(ErrorBody, '`not-found`: the account has no member document yet; retry'),
    ...errorResponses,
  },
});

/**
 * Each member's notification choices live on their own `members` document, a server-owned
 * field (a device reads them offline through replication and changes them only here, so the
 * member push rules stay as they are).
 */
export function notificationSettingsRoutes(deps: Deps) {
  const app = openApiApp<AuthedEnv>();
  app.use('*', requireSession(deps), refuseOperators());
  return app.openapi(putRoute, async (c) => {
    const actor = c.get('actor');
    const settings = c.req.valid('json');
    const events = [...new Set(settings.events)];
    const saved = { ...settings, events };
    await deps.store.transaction(async (tx) => {
      const members = await familyDocs(tx, 'members', actor.familyId);
      const own = members.find((m) => m.data.accountId === actor.accountId);
      if (!own) throw new ApiFailure(404, 'not-found');
      await tx.putDoc({ ...own, data: { ...own.data, notify: saved } });
    });
    return c.json({ settings: saved }, 200);
  });
}
