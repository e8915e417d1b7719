import type { StoreWrites } from '../store/store.ts';

export const APPLICATION_ARRIVAL_JOB = 'application-arrival';

/** One send of an application to check; the sender is recorded for the eligibility check. */
export interface ArrivalJob {
  applicationId: string;
  submittedAt: string;
  /** The account whose device sent it (its confirmation and passport count). */
  accountId: string;
}

/** One job per send: its id is derived from the send, so a send is queued once. */
export function arrivalJobId(applicationId: string, submittedAt: string): string {
  return `${APPLICATION_ARRIVAL_JOB}:${applicationId}:${submittedAt}`;
}

export async function enqueueArrival(
  tx: StoreWrites,
  job: ArrivalJob & { now: string; id?: string },
): Promise<void> {
  const payload: ArrivalJob = {
    applicationId: job.applicationId,
    submittedAt: job.submittedAt,
    accountId: job.accountId,
  };
  await tx.enqueueJob({
    id: job.id ?? arrivalJobId(job.applicationId, job.submittedAt),
    kind: APPLICATION_ARRIVAL_JOB,
    payload: { ...payload },
    status: 'pending',
    attempts: 0,
    runAfter: job.now,
    lastError: null,
  });
}
