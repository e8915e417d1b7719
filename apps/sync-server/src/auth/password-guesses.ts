import { WindowCounter } from '../http/rate-limit.ts';

/**
 * Wrong passwords per login, whatever the source address: 10 in 15 minutes,
 * then 429 until the window ends. Counted per login as typed (phone, e-mail
 * or child login), not per account, so an unknown login is throttled exactly
 * like a known one and the answer reveals nothing. A right password clears
 * the count; a throttled try is refused before any password is checked.
 */
export const GUESS_RULES = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

export interface PasswordGuesses {
  /** Seconds until this login may be tried again; 0 when it may now. */
  retryAfter(loginKey: string, now: Date): number;
  failed(loginKey: string, now: Date): void;
  succeeded(loginKey: string): void;
}

/** In memory, per instance (like the address limits); `enabled: false` is `RATE_LIMITS=off`. */
export function passwordGuesses(enabled: boolean): PasswordGuesses {
  const failures = new WindowCounter(GUESS_RULES.windowMs, GUESS_RULES.maxFailures);
  return {
    retryAfter: (loginKey, now) => (enabled ? failures.blockedFor(loginKey, now.getTime()) : 0),
    failed(loginKey, now) {
      if (enabled) failures.hit(loginKey, now.getTime());
    },
    succeeded: (loginKey) => failures.clear(loginKey),
  };
}
