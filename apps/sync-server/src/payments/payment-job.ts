import type { Clock } from '../deps.ts';
import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import type { Store, StoreWrites } from '../store/store.ts';
import type { Payments } from './payments.ts';

export const APPLICATION_PAYMENT_JOB = 'application-payment';

export type PaymentJob = JobPayload<typeof APPLICATION_PAYMENT_JOB>;

/** Queued with the approval, so the payment opens once the decision is committed. */
export async function enqueuePayment(tx: StoreWrites, job: PaymentJob, now: string): Promise<void> {
  await enqueue(tx, APPLICATION_PAYMENT_JOB, job, {
    id: `${APPLICATION_PAYMENT_JOB}:${job.applicationId}`,
    now,
  });
}

/** Opens the payment through the port and writes its state on the application (replicated). */
export async function openPayment(
  deps: { store: Store; clock: Clock; payments: Payments },
  job: PaymentJob,
): Promise<void> {
  const state = await deps.payments.open(
    { reference: job.reference, kind: job.kind, amountRub: job.amountRub },
    deps.clock.now(),
  );
  await deps.store.transaction(async (tx) => {
    const doc = await tx.getDoc('applications', job.applicationId);
    if (!doc || doc.deleted) return;
    await tx.putDoc({ ...doc, data: { ...doc.data, payment: state } });
  });
}
