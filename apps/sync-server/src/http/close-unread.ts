import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';

/**
 * An answer given before the request's body was read (a 413, a refusal before
 * an upload's bytes) closes the connection. Kept alive, the socket would still
 * hold the rest of that body, and the server drops it half-read a moment later:
 * the client's next request on it would fail.
 */
export function closeUnreadConnections(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Only Node's own server has the socket; `app.request()` in tests has none.
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    if (incoming && !incoming.complete) c.header('Connection', 'close');
  };
}
