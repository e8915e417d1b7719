import { OpenAPIHono } from '@hono/zod-openapi';
import { API_BASE } from '@rodnik/domain';
import type { Context, Next } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Deps } from './deps.ts';
import { compressApi } from './http/api-compression.ts';
import { closeUnreadConnections } from './http/close-unread.ts';
import { errorHandler, notFoundHandler } from './http/error-handling.ts';
import { serveOpenApiDocument } from './http/openapi-document.ts';
import { bodyGuard, FORM_BODY_LIMITS, SYNC_BODY_LIMITS } from './http/input-limits.ts';
import { staticWeb } from './http/static-web.ts';
import { authRoutes } from './routes/auth.ts';
import { devRoutes } from './routes/dev.ts';
import { familyRoutes } from './routes/family.ts';
import { operatorRoutes } from './operator/operator-routes.ts';
import { notificationSettingsRoutes } from './notifier/notification-settings-routes.ts';
import { healthRoutes } from './routes/health.ts';
import { replicationRoutes } from './routes/replication.ts';
import { scheduleRoutes } from './schedule/schedule-routes.ts';
import { streamRoutes } from './routes/stream.ts';
import { documentContentRoutes } from './routes/document-content.ts';
import { registerUploadDocs } from './uploads/upload-docs.ts';
import {
  TUS_ALLOW_HEADERS,
  TUS_EXPOSE_HEADERS,
  UPLOADS_PATH,
  uploadRoutes,
} from './uploads/upload-routes.ts';

/**
 * The whole HTTP surface, built from injected parts so tests drive it with
 * `app.request()` and `main.ts` wires the real adapters.
 */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono();
  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use('*', requestLog(deps));
  app.use('*', closeUnreadConnections());
  app.use('*', secureHeaders());
  if (deps.config.CORS_ORIGINS.length > 0) {
    app.use(
      `${API_BASE}/*`,
      cors({
        origin: deps.config.CORS_ORIGINS,
        allowHeaders: ['authorization', 'content-type', 'x-rodnik-protocol', ...TUS_ALLOW_HEADERS],
        exposeHeaders: TUS_EXPOSE_HEADERS,
        maxAge: 600,
      }),
    );
  }
  // Every client JSON body is bounded before it is parsed; tus bounds uploads (MAX_FILE_BYTES).
  const syncBodies = bodyGuard(SYNC_BODY_LIMITS);
  const formBodies = bodyGuard(FORM_BODY_LIMITS);
  app.use(`${API_BASE}/*`, (c, next) =>
    c.req.path.startsWith(UPLOADS_PATH)
      ? next()
      : c.req.path.startsWith(`${API_BASE}/sync/`)
        ? syncBodies(c, next)
        : formBodies(c, next),
  );

  app.use(`${API_BASE}/*`, compressApi());

  app.route('/', healthRoutes(deps));
  app.route(`${API_BASE}/auth`, authRoutes(deps));
  app.route(`${API_BASE}/family`, familyRoutes(deps));
  app.route(`${API_BASE}/family/notification-settings`, notificationSettingsRoutes(deps));
  app.route(`${API_BASE}/family/schedule`, scheduleRoutes(deps));
  app.route(`${API_BASE}/operator`, operatorRoutes(deps));
  app.route(`${API_BASE}/sync`, streamRoutes(deps));
  app.route(`${API_BASE}/sync`, replicationRoutes(deps));
  app.route(UPLOADS_PATH, uploadRoutes(deps));
  app.route(`${API_BASE}/documents`, documentContentRoutes(deps));
  if (deps.config.DEV_OUTBOX) app.route(`${API_BASE}/dev`, devRoutes(deps));
  if (deps.config.WEB_DIR) {
    app.use('*', compress(), staticWeb(deps.config.WEB_DIR, `${API_BASE}/`));
  }

  registerUploadDocs(app);
  serveOpenApiDocument(app);
  return app;
}

/** One line per request: method, route, status, time. No bodies, no query strings. */
function requestLog(deps: Deps) {
  return async (c: Context, next: Next) => {
    const started = performance.now();
    await next();
    deps.logger.debug(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
