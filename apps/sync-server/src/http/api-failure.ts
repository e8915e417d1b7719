import { apiError, type ErrorCode, type FieldError, type MessageParams } from '@rodnik/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A failure the client caused or must know about. Thrown anywhere in a
 * request; the app's one error handler turns it into
 * `{ error: { code, message, messageEn, fields? } }` with its 4xx status.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly fields?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export function failureResponse(c: Context, failure: ApiFailure): Response {
  for (const [name, value] of Object.entries(failure.headers)) c.header(name, value);
  return c.json(apiError(failure.code, failure.params, failure.fields), failure.status);
}

export const badInput = (fields: FieldError[]) =>
  new ApiFailure(422, 'validation-failed', {}, fields);
export const unauthorized = (code: ErrorCode = 'unauthorized') => new ApiFailure(401, code);
export const forbidden = () => new ApiFailure(403, 'forbidden');
export const notFound = () => new ApiFailure(404, 'not-found');
