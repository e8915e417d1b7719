import { z } from 'zod';
import { ApplicationStatus, statusHistoryField } from '../status/index.ts';
import { defineCollection } from './collection-def.ts';
import { DocumentKind } from './documents.ts';
import {
  ConversationEntry,
  Correctable,
  DecisionResult,
  IssuedDocument,
  PaymentState,
} from '../catalog/decision.ts';
import { AppointmentState } from '../appointments/slots.ts';
import { conflictsField, deletedAtField, FieldIssue, Id, IsoDateTime } from './shared-fields.ts';

/** What an operator (or the arrival check) asks the family to change before resending. */
export const InfoRequest = z.object({
  /** In words, as the operator wrote it; empty when the arrival check asks. */
  question: z.string().max(2000),
  /** Answer field ids the family should change (only these are editable). */
  fields: z.array(z.string().max(200)).max(100),
  /** Document kinds to attach or retake. */
  documentKinds: z.array(DocumentKind).max(20),
  askedAt: IsoDateTime,
});
export type InfoRequest = z.infer<typeof InfoRequest>;

export const ApplicationDecision = z.object({
  outcome: z.enum(['approved', 'rejected']),
  /** Required for a rejection; shown to the family as written. */
  reason: z.string().max(2000).nullable(),
  decidedAt: IsoDateTime,
  /** v3: what happens next (place, start date, what to bring and by when). */
  result: DecisionResult.nullable().default(null),
  /** v3: a refusal's parts the family may correct and resend. */
  correctable: Correctable.nullable().default(null),
  /** v3: the certificate or extract an approval delivers. */
  document: IssuedDocument.nullable().default(null),
});
export type ApplicationDecision = z.infer<typeof ApplicationDecision>;

/**
 * A service request. The device writes answers and asks to send (`submittedAt`;
 * a later `submittedAt` after `needs_info` is the resend) or to withdraw
 * (`withdrawnAt`); everything else is the server's: the catalog re-check, the
 * request number, the expected decision date, the operator's decision.
 */
/**
 * The most an application's answers may hold, as JSON text: a filled form is a few
 * hundred characters (the catalog's sample answers: at most 267), so this only stops
 * a draft being used as storage.
 */
export const MAX_ANSWERS_CHARS = 16_384;

export const applicationsCollection = defineCollection({
  name: 'applications',
  // v2: `deletedAt` (a discarded draft, docs/sync-rules.md).
  // v3: the family's written `reply`, `correctsId`, the `conversation`, `payment` and the
  // decision's result, correctable parts and issued document.
  // v4: the booking a doctor appointment holds (`appointment`).
  version: 4,
  client: z.object({
    serviceId: z.string().min(1).max(80),
    childId: Id.nullable().default(null),
    answers: z
      .record(z.string().max(80), z.unknown())
      .default({})
      .superRefine((answers, ctx) => {
        if (JSON.stringify(answers).length > MAX_ANSWERS_CHARS) {
          ctx.addIssue({ code: 'custom', message: 'too-long', params: { max: MAX_ANSWERS_CHARS } });
        }
      }),
    documentIds: z.array(Id).max(50).default([]),
    consent: z.object({ given: z.boolean(), at: IsoDateTime }).optional(),
    submittedAt: IsoDateTime.nullable().default(null),
    withdrawnAt: IsoDateTime.nullable().default(null),
    /** The family's answer in words to the operator's question, sent with the resend. */
    reply: z.string().max(2000).default(''),
    /** A corrected resend of this refused application (its decision named what to correct). */
    correctsId: Id.nullable().default(null),
    conflicts: conflictsField,
    deletedAt: deletedAtField,
  }),
  server: z.object({
    status: ApplicationStatus.default('draft'),
    requestNumber: z.string().max(20).nullable().default(null),
    statusHistory: statusHistoryField,
    /** ISO date (`YYYY-MM-DD`) by which a decision is due, in working days. */
    expectedDecisionDate: z.string().max(10).nullable().default(null),
    /** When the server first received the application (the receipt's date). */
    receivedAt: IsoDateTime.nullable().default(null),
    /** Which send (`submittedAt`) the server last processed: a replay is a no-op. */
    processedSubmittedAt: IsoDateTime.nullable().default(null),
    /** Problems the server's check found in the answers and documents. */
    issues: z.array(FieldIssue).max(100).default([]),
    infoRequest: InfoRequest.nullable().default(null),
    decision: ApplicationDecision.nullable().default(null),
    /** Every question and written answer, kept across resends. */
    conversation: z.array(ConversationEntry).max(100).default([]),
    payment: PaymentState.nullable().default(null),
    /** A doctor appointment's slot as the server holds it (appointments/slots.ts). */
    appointment: AppointmentState.nullable().default(null),
  }),
  clientMayCreate: true,
  clientMayDelete: false,
  childField: 'childId',
});
