import type { MiddlewareHandler } from 'hono';
import { ApiFailure } from './api-failure.ts';
import type { AuthedEnv } from './session.ts';

/**
 * Family data (replication, live stream, family management) is for family
 * members only. An operator belongs to no family and reads applications
 * through the operator API instead. Runs after `requireSession`.
 */
export function refuseOperators(): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    if (c.get('actor').role === 'operator') throw new ApiFailure(403, 'forbidden');
    await next();
  };
}

/** The operator API is for operators only. Runs after `requireSession`. */
export function requireOperator(): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    if (c.get('actor').role !== 'operator') throw new ApiFailure(403, 'operator-only');
    await next();
  };
}
