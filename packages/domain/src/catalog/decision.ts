import { z } from 'zod';
import { DocumentKind } from '../collections/documents.ts';
import type { ApplicationStatus } from '../status/application.machine.ts';
import type { Service } from './service.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoDateTime = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().trim().max(max);

/**
 * What happens next after a decision, as the operator wrote it: the place (a kindergarten, a
 * queue position, a school), the start date, a referral, what to bring and by when, the
 * number of an issued document, the monthly amount of a benefit. Each part is optional; the
 * service's `resultParts` say which the desk offers.
 */
export const DecisionResult = z.object({
  place: Text(300).nullable().default(null),
  startDate: IsoDate.nullable().default(null),
  referral: Text(300).nullable().default(null),
  bring: Text(1000).nullable().default(null),
  byDate: IsoDate.nullable().default(null),
  documentNumber: Text(60).nullable().default(null),
  amountRub: z.number().min(0).max(10_000_000).nullable().default(null),
});
export type DecisionResult = z.infer<typeof DecisionResult>;

/** What a refusal lets the family correct before a corrected resend. */
export const Correctable = z.object({
  fields: z.array(z.string().max(200)).max(100),
  documentKinds: z.array(DocumentKind).max(20),
});
export type Correctable = z.infer<typeof Correctable>;

const Localized = z.object({ ru: z.string().max(300), en: z.string().max(300) });

/** A certificate or an extract an approval delivers: text the phone shows, prints and reads aloud. */
export const IssuedDocument = z.object({
  title: Localized,
  number: z.string().max(60),
  issuedAt: IsoDateTime,
  lines: z.array(z.object({ label: Localized, value: z.string().max(500) })).max(20),
});
export type IssuedDocument = z.infer<typeof IssuedDocument>;

/** One line of the question-and-answer history: it survives every resend. */
export const ConversationEntry = z.object({
  by: z.enum(['operator', 'family']),
  text: z.string().max(2000),
  at: IsoDateTime,
});
export type ConversationEntry = z.infer<typeof ConversationEntry>;

export const PaymentStatus = z.enum(['awaiting-payment', 'paid', 'scheduled', 'failed']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/** Money after an approval, as the `Payments` port last told it (a payout or a charge). */
export const PaymentState = z.object({
  kind: z.enum(['payout', 'charge']),
  status: PaymentStatus,
  amountRub: z.number().min(0).max(10_000_000),
  reference: z.string().max(80),
  history: z
    .array(z.object({ at: IsoDateTime, status: PaymentStatus, amountRub: z.number().min(0) }))
    .max(60),
  checkedAt: IsoDateTime,
});
export type PaymentState = z.infer<typeof PaymentState>;

/**
 * Whether a refused application may be corrected and sent again: the service allows it and
 * the operator named what to correct.
 */
export function mayCorrectAndResend(
  service: Service | undefined,
  application: { status: ApplicationStatus; decision: { correctable?: Correctable | null } | null },
): boolean {
  return (
    service?.correctableRefusal === true &&
    application.status === 'rejected' &&
    application.decision?.correctable != null
  );
}
