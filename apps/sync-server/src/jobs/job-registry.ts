import { ApplicationStatus } from '@rodnik/domain';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../deps.ts';
import type { Job, Store, StoreWrites } from '../store/store.ts';
import { createJobWorker, type JobWorker } from '../verification/job-worker.ts';

/**
 * Every kind of stored job and the payload it carries, in one place. A
 * payload is parsed when it is queued and again when a worker takes it up
 * (it may have been written by an older version of the server), so a handler
 * gets a typed payload and a malformed one fails its job with the field named
 * instead of running on a guess.
 */
export const JOB_PAYLOADS = {
  /** Registry check of one submission of a child card (verification/verify-child-card.ts). */
  'verify-child-card': z.object({ childId: z.string(), submittedAt: z.string() }),
  /** Passport check of one submission of a parent's identity (identity/verify-identity.ts). */
  'verify-identity': z.object({ memberId: z.string(), submittedAt: z.string() }),
  /** A scan was accepted, rejected or deleted: its listeners run (uploads/document-settled.ts). */
  'document-settled': z.object({ documentId: z.string() }),
  /** A deleted record's accepted bytes are forgotten (blobs/release-blob.ts). */
  'release-blob': z.object({ familyId: z.string(), sha256: z.string() }),
  /** One send of an application to check; the sender's account counts (applications/arrival-job.ts). */
  'application-arrival': z.object({
    applicationId: z.string(),
    submittedAt: z.string(),
    accountId: z.string(),
  }),
  /** A soft-deleted card or draft becomes a tombstone (maintenance/soft-deletion-purge.ts). */
  'purge-soft-deleted': z.object({
    collection: z.enum(['children', 'applications']),
    id: z.string(),
    /** The deletion this job purges; a restore (or a later deletion) makes the job a no-op. */
    deletedAt: z.string(),
  }),
  /** One status change of an application told to the family by SMS and e-mail (notifier/family-notify.ts). */
  'family-notify': z.object({
    applicationId: z.string(),
    status: ApplicationStatus,
    /** When the status changed. */
    at: z.string(),
    /** The in-app notification of the same move: one job per move, even at the same instant. */
    moveId: z.string(),
    /** Set when the job was held by quiet hours: only this member, this channel. */
    only: z.object({ accountId: z.string(), channel: z.enum(['sms', 'email']) }).optional(),
  }),
  /** A payout or a paid group's charge opened after an approval (payments/payment-job.ts). */
  'application-payment': z.object({
    applicationId: z.string(),
    /** The request number: one payment per application, so opening twice opens one. */
    reference: z.string(),
    kind: z.enum(['payout', 'charge']),
    amountRub: z.number(),
  }),
  /** One read of a child's electronic diary for the consent given at `consentAt` (school-diary/diary-fetch.ts). */
  'school-diary-fetch': z.object({ childId: z.string(), consentAt: z.string() }),
} satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type JobKind = keyof typeof JOB_PAYLOADS;
export type JobPayload<K extends JobKind> = z.output<(typeof JOB_PAYLOADS)[K]>;

/** A stored job's payload, parsed as its kind says. Throws (the job fails and retries) if it is not. */
export function jobPayload<K extends JobKind>(kind: K, job: Pick<Job, 'kind' | 'payload'>) {
  if (job.kind !== kind) throw new Error(`a ${job.kind} job given to the ${kind} worker`);
  return JOB_PAYLOADS[kind].parse(job.payload) as JobPayload<K>;
}

/**
 * Queues a job of `kind` in the caller's transaction, so it is stored with
 * the write that asks for it, or not at all. `runAfter` defaults to now.
 */
export async function enqueue<K extends JobKind>(
  tx: Pick<StoreWrites, 'enqueueJob'>,
  kind: K,
  payload: JobPayload<K>,
  job: { id: string; now: string; runAfter?: string },
): Promise<void> {
  await tx.enqueueJob({
    id: job.id,
    kind,
    payload: JOB_PAYLOADS[kind].parse(payload),
    status: 'pending',
    attempts: 0,
    runAfter: job.runAfter ?? job.now,
    lastError: null,
  });
}

/** A worker for one kind whose handler receives the parsed payload. */
export function jobWorker<K extends JobKind>(options: {
  kind: K;
  store: Store;
  clock: Clock;
  logger: Logger;
  pollMs?: number;
  handle(payload: JobPayload<K>, job: Job): Promise<void>;
}): JobWorker {
  const { handle, ...rest } = options;
  return createJobWorker({
    ...rest,
    handle: (job) => handle(jobPayload(options.kind, job), job),
  });
}
