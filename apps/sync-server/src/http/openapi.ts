import { OpenAPIHono } from '@hono/zod-openapi';
import { ERROR_CODES } from '@rodnik/domain';
import type { Env } from 'hono';
import { z } from 'zod';
import { validationHook } from './error-handling.ts';

/** A sub-app whose routes validate with zod and report errors in the one shape. */
export function openApiApp<E extends Env = Env>() {
  return new OpenAPIHono<E>({ defaultHook: validationHook });
}

/** Every refusal's one shape; a component of the document (`ApiError`), named once. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      messageEn: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      fields: z
        .array(
          z.object({
            field: z.string(),
            code: z.string(),
            message: z.string(),
            messageEn: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'ApiError' });

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The error responses every route may give, documented once. */
export const errorResponses = {
  400: jsonResponse(
    ErrorBody,
    'Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request`',
  ),
  401: jsonResponse(
    ErrorBody,
    '`unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`)',
  ),
  413: jsonResponse(
    ErrorBody,
    '`payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise)',
  ),
  422: jsonResponse(
    ErrorBody,
    '`validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …)',
  ),
  429: jsonResponse(
    ErrorBody,
    '`rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait',
  ),
  503: jsonResponse(
    ErrorBody,
    '`internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back',
  ),
} as const;
