import type { Answers } from './answers.ts';
import { conditionHolds } from './answers.ts';
import { directoryEntry } from './directories.ts';
import type { Service } from './service.ts';

/** What money an approval of these (parsed) answers sets in motion. */
export type PaymentPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'payout' }
  | { readonly kind: 'charge'; readonly priceRub: number }
  /** A paid group chosen at a place that has none: the answer the family must change. */
  | { readonly kind: 'no-price'; readonly field: string };

export function paymentPlan(
  service: Service,
  answers: Answers | Record<string, unknown>,
): PaymentPlan {
  const rule = service.payment;
  if (rule === undefined) return { kind: 'none' };
  if (rule.kind === 'payout') return { kind: 'payout' };
  if (!conditionHolds(rule.when, service.form, answers)) return { kind: 'none' };
  const field = service.form.find((f) => f.id === rule.priceField);
  const value = answers[rule.priceField];
  const entry =
    field &&
    field.kind === 'select' &&
    field.source.kind === 'directory' &&
    typeof value === 'string'
      ? directoryEntry(field.source.directory, value)
      : undefined;
  const when = rule.when.field;
  return entry?.priceRub === undefined
    ? { kind: 'no-price', field: when }
    : { kind: 'charge', priceRub: entry.priceRub };
}

/** The price a month of the place chosen in `field`, when it has a paid group (shown on the form). */
export function priceOf(service: Service, answers: Record<string, unknown>): number | undefined {
  const rule = service.payment;
  if (rule?.kind !== 'charge') return undefined;
  const field = service.form.find((f) => f.id === rule.priceField);
  const value = answers[rule.priceField];
  if (!field || field.kind !== 'select' || field.source.kind !== 'directory') return undefined;
  return typeof value === 'string'
    ? directoryEntry(field.source.directory, value)?.priceRub
    : undefined;
}
