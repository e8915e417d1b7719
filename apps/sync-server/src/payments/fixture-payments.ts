import type { PaymentState } from '@rodnik/domain';
import type { PaymentRequest, Payments } from './payments.ts';

/** The 5th of the month after `now`, at 09:00 Moscow: when the fixture pays a benefit. */
function nextPayday(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 5, 6)).toISOString();
}

/**
 * Payments without money: a payout is scheduled monthly (each past payday shows as paid), a
 * charge waits for payment until `pay` (a test's, or a demo's) marks it paid.
 */
export function fixturePayments(): Payments & { pay(reference: string, now: Date): void } {
  const opened = new Map<string, { request: PaymentRequest; openedAt: Date; paidAt?: Date }>();

  function state(reference: string, now: Date): PaymentState | null {
    const entry = opened.get(reference);
    if (!entry) return null;
    const { request } = entry;
    const checkedAt = now.toISOString();
    if (request.kind === 'charge') {
      const paid = entry.paidAt !== undefined;
      return {
        kind: 'charge',
        status: paid ? 'paid' : 'awaiting-payment',
        amountRub: request.amountRub,
        reference,
        history: [
          {
            at: entry.openedAt.toISOString(),
            status: 'awaiting-payment',
            amountRub: request.amountRub,
          },
          ...(paid
            ? [
                {
                  at: entry.paidAt!.toISOString(),
                  status: 'paid' as const,
                  amountRub: request.amountRub,
                },
              ]
            : []),
        ],
        checkedAt,
      };
    }
    // Paydays from the month after approval; those passed are paid, the next is scheduled.
    const history: PaymentState['history'] = [];
    let day = new Date(nextPayday(entry.openedAt));
    while (day.getTime() <= now.getTime() && history.length < 59) {
      history.push({ at: day.toISOString(), status: 'paid', amountRub: request.amountRub });
      day = new Date(nextPayday(day));
    }
    history.push({ at: day.toISOString(), status: 'scheduled', amountRub: request.amountRub });
    return {
      kind: 'payout',
      status: 'scheduled',
      amountRub: request.amountRub,
      reference,
      history,
      checkedAt,
    };
  }

  return {
    open(request, now) {
      if (!opened.has(request.reference)) opened.set(request.reference, { request, openedAt: now });
      return Promise.resolve(state(request.reference, now)!);
    },
    status(reference, now) {
      return Promise.resolve(state(reference, now));
    },
    pay(reference, now) {
      const entry = opened.get(reference);
      if (entry && entry.request.kind === 'charge') entry.paidAt ??= now;
    },
  };
}
