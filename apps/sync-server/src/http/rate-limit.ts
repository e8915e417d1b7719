import type { Context, MiddlewareHandler } from 'hono';
import type { TrustProxy } from '../config.ts';
import { ApiFailure } from './api-failure.ts';

/**
 * Fixed-window counters per key, in memory. Enough for one instance; several
 * instances behind a balancer each count their own share (noted in the README).
 */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    /** Length of one counting window. */
    private readonly windowMs: number,
    /** Hits allowed per key in one window. */
    readonly max: number,
  ) {}

  /** Counts one hit; the answer says whether it was still within the limit. */
  hit(key: string, now: number): { allowed: boolean; retryAfter: number } {
    const window = this.current(key, now) ?? this.open(key, now);
    window.count += 1;
    return { allowed: window.count <= this.max, retryAfter: this.secondsLeft(window, now) };
  }

  /** Seconds until the key may be hit again, or 0 when it may be now; counts nothing. */
  blockedFor(key: string, now: number): number {
    const window = this.current(key, now);
    return window && window.count >= this.max ? this.secondsLeft(window, now) : 0;
  }

  clear(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number) {
    const window = this.windows.get(key);
    return window && now - window.start < this.windowMs ? window : undefined;
  }

  private open(key: string, now: number) {
    const window = { start: now, count: 0 };
    this.windows.set(key, window);
    if (this.windows.size > 50_000) this.pruneExpired(now);
    return window;
  }

  private secondsLeft(window: { start: number }, now: number): number {
    return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
  }

  private pruneExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}

/** 429 `rate-limited` in the error shape, with `retryAfter` in seconds and the header. */
export function rateLimited(retryAfter: number): ApiFailure {
  return new ApiFailure(429, 'rate-limited', { retryAfter }, undefined, {
    'Retry-After': String(retryAfter),
  });
}

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

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const counter = new WindowCounter(options.windowMs, options.max);
  return async (c, next) => {
    if (!options.enabled) return next();
    const { allowed, retryAfter } = counter.hit(options.key(c), options.now());
    if (!allowed) throw rateLimited(retryAfter);
    return next();
  };
}

/**
 * The client's address. Without `TRUST_PROXY` it is the socket's peer (set by
 * the Node adapter). Behind trusted proxies it is read from
 * `X-Forwarded-For`, right to left: each trusted proxy appends the address it
 * saw, so the entries a client wrote itself (on the left) are never taken.
 */
export function clientAddress(c: Context, trust: TrustProxy): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress ?? 'local';
  if (trust.kind === 'none') return socket;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  let index = chain.length - 1;
  while (index > 0 && trust.addresses.includes(plainAddress(chain[index]!))) index -= 1;
  return chain[index]!;
}

/** `::ffff:10.0.0.5` (an IPv4 peer on a dual-stack socket) is `10.0.0.5`. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
