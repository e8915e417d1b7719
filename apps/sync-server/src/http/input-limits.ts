import { sizeParams } from '@rodnik/domain';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiFailure } from './api-failure.ts';
import { jsonDepthExceeds } from './json-depth.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

/** How much a client's JSON body may hold before anything reads it. */
export interface BodyLimits {
  maxBytes: number;
  /** Nesting of objects and arrays: a push row's answers and conflicts need ≈ 10. */
  maxDepth: number;
}

/** Push batches (the device sends 100 records at a time) may be large; the rest are forms. */
export const SYNC_BODY_LIMITS: BodyLimits = { maxBytes: 1 * MiB, maxDepth: 16 };
export const FORM_BODY_LIMITS: BodyLimits = { maxBytes: 64 * KiB, maxDepth: 16 };

/**
 * The one guard on every client JSON body: over `maxBytes` is 413
 * `payload-too-large` (read no further), deeper than `maxDepth` is 400
 * `payload-too-deep`, both naming the limit. The text is read once here and
 * cached by Hono, so the route's validator parses it as before.
 */
export function bodyGuard(limits: BodyLimits): MiddlewareHandler {
  // A number and its unit; each client words it in its own language.
  const max = sizeParams(limits.maxBytes);
  const size = bodyLimit({
    maxSize: limits.maxBytes,
    onError: () => {
      throw new ApiFailure(413, 'payload-too-large', max);
    },
  });
  const depth = async (c: Context, next: Next) => {
    if (isJson(c) && jsonDepthExceeds(await c.req.text(), limits.maxDepth)) {
      throw new ApiFailure(400, 'payload-too-deep', { max: limits.maxDepth });
    }
    await next();
  };
  return (c, next) => size(c, () => depth(c, next));
}

function isJson(c: Context): boolean {
  return c.req.raw.body !== null && /json/i.test(c.req.header('content-type') ?? '');
}
