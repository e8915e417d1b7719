import { issuesToFieldErrors } from '@rodnik/domain';
import type { Context, Env } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { StoreUnavailableError } from '../store/postgres/store-unavailable.ts';
import { ApiFailure, failureResponse } from './api-failure.ts';

/** The validation hook every route shares: zod's issues become field errors. */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError; target?: string },
  c: Context,
) {
  if (result.success) return;
  const fields = issuesToFieldErrors(result.error.issues);
  return failureResponse(c, new ApiFailure(422, 'validation-failed', {}, fields));
}

/** One error handler: every failure leaves with the same shape, never a bare 500 page. */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context<Env>): Response => {
    if (error instanceof ApiFailure) return failureResponse(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status === 413) return failureResponse(c, new ApiFailure(413, 'payload-too-large'));
      if (status === 400 && /json/i.test(error.message)) {
        return failureResponse(c, new ApiFailure(400, 'malformed-json'));
      }
      if (status === 401) return failureResponse(c, new ApiFailure(401, 'unauthorized'));
      if (status >= 400 && status < 500) {
        return failureResponse(c, new ApiFailure(status as 400, 'bad-request'));
      }
    }
    // The database is down or restarting: not a bug, the client tries again later.
    if (error instanceof StoreUnavailableError) {
      logger.warn({ path: c.req.path }, 'database unavailable');
      return failureResponse(c, new ApiFailure(503, 'internal-error'));
    }
    // Log the kind of failure and where, never the request body: it holds personal data.
    logger.error(
      { err: { name: error.name, stack: error.stack }, path: c.req.path },
      'request failed',
    );
    return failureResponse(c, new ApiFailure(500, 'internal-error'));
  };
}

export function notFoundHandler(c: Context): Response {
  return failureResponse(c, new ApiFailure(404, 'not-found'));
}
