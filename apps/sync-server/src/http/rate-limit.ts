import type { Context, MiddlewareHandler } from 'hono';
import { ApiFailure } from './api-failure.ts';

export interface RateLimitOptions {
  /** Length of one counting window. */
  windowMs: number;
  /** Requests allowed per key in one window. */
  max: number;
  /** What is being limited: an address, a login, or both. */
  key(c: Context): string;
  now(): number;
  enabled: boolean;
}

/**
 * A fixed-window counter per key, in memory. Enough for one instance; several
 * instances behind a balancer each count their own share (noted in the README).
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (!options.enabled) return next();
    const now = options.now();
    const key = options.key(c);
    let window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) {
      window = { start: now, count: 0 };
      windows.set(key, window);
      if (windows.size > 50_000) pruneExpired(windows, now, options.windowMs);
    }
    window.count += 1;
    if (window.count > options.max) {
      const retryAfter = Math.ceil((window.start + options.windowMs - now) / 1000);
      throw new ApiFailure(429, 'rate-limited', { seconds: retryAfter }, undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    return next();
  };
}

function pruneExpired(
  windows: Map<string, { start: number; count: number }>,
  now: number,
  windowMs: number,
): void {
  for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
}

/** The client's address as the socket saw it (set by the Node adapter). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
