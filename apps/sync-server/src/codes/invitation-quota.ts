import { WindowCounter } from '../http/rate-limit.ts';

/**
 * How many invitations may go out (issue 12): 3 a day to one phone or
 * e-mail, whichever families send them, and 10 a day from one family.
 */
export const INVITATION_QUOTA = {
  perRecipient: 3,
  perFamily: 10,
  windowMs: 24 * 3_600_000,
} as const;

export interface InvitationQuota {
  /** The limit already reached and when it frees, or null when one more may go out. */
  exceeded(
    familyId: string,
    contact: string,
    now: Date,
  ): { limit: number; retryAfter: number } | null;
  /** Counts one invitation sent. */
  spend(familyId: string, contact: string, now: Date): void;
}

/** In memory, per instance (like the address limits); `enabled: false` is `RATE_LIMITS=off`. */
export function invitationQuota(enabled: boolean): InvitationQuota {
  const toRecipient = new WindowCounter(INVITATION_QUOTA.windowMs, INVITATION_QUOTA.perRecipient);
  const fromFamily = new WindowCounter(INVITATION_QUOTA.windowMs, INVITATION_QUOTA.perFamily);
  return {
    exceeded(familyId, contact, now) {
      if (!enabled) return null;
      for (const [counter, key] of [
        [toRecipient, contact],
        [fromFamily, familyId],
      ] as const) {
        const retryAfter = counter.blockedFor(key, now.getTime());
        if (retryAfter > 0) return { limit: counter.max, retryAfter };
      }
      return null;
    },
    spend(familyId, contact, now) {
      if (!enabled) return;
      toRecipient.hit(contact, now.getTime());
      fromFamily.hit(familyId, now.getTime());
    },
  };
}
