import { WindowCounter } from '../http/rate-limit.ts';
import type { SentCodePurpose } from '../store/store.ts';

/**
 * How many messages one account may be sent, whoever asks: 5 an hour per
 * purpose. Past that a request is still answered as usual (202) and simply
 * not sent, so the limit says nothing about whether the account exists;
 * only the owner's own sign-in (after the password) is told when to retry.
 */
export const SEND_RULES = { perWindow: 5, windowMs: 3_600_000 } as const;

/** A sign-up with a contact that already has an account sends that account a notice. */
export type SendKind = SentCodePurpose | 'account-exists-notice';

export interface SendBudget {
  /** Seconds until the account may be sent another message of this kind; 0 when it may now. */
  retryAfter(accountId: string, kind: SendKind, now: Date): number;
  /** Counts one message sent. */
  spend(accountId: string, kind: SendKind, now: Date): void;
}

/** In memory, per instance (like the address limits); `enabled: false` is `RATE_LIMITS=off`. */
export function sendBudget(enabled: boolean): SendBudget {
  const sent = new WindowCounter(SEND_RULES.windowMs, SEND_RULES.perWindow);
  const key = (accountId: string, kind: SendKind) => `${accountId}|${kind}`;
  return {
    retryAfter: (accountId, kind, now) =>
      enabled ? sent.blockedFor(key(accountId, kind), now.getTime()) : 0,
    spend(accountId, kind, now) {
      if (enabled) sent.hit(key(accountId, kind), now.getTime());
    },
  };
}
