import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import type { StoreWrites } from '../store/store.ts';

export const APPLICATION_ARRIVAL_JOB = 'application-arrival';

/** One send of an application to check; the sender (`accountId`) is recorded for the eligibility check. */
export type ArrivalJob = JobPayload<typeof APPLICATION_ARRIVAL_JOB>;

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
  await enqueue(tx, APPLICATION_ARRIVAL_JOB, payload, {
    id: job.id ?? arrivalJobId(job.applicationId, job.submittedAt),
    now: job.now,
  });
}
