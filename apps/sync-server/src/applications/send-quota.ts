import { sendQuotaExceeded, sendQuotaResetsAt, serviceDay } from '@rodnik/domain';
import { familyDocs } from '../store/family-docs.ts';
import type { StoredDoc, StoreWrites } from '../store/store.ts';
import { arrivalJobId, enqueueArrival, type ArrivalJob } from './arrival-job.ts';

/** An application's issue: a field (or '' for the whole send) and a code. */
type FieldIssue = { field: string; code: string };

/** The issue a send over the family's daily quota carries while it waits. */
export const QUOTA_ISSUE: FieldIssue = { field: '', code: 'quota-exceeded' };

/** Whether the family of `doc` already had its quota of sends numbered today (Moscow's day). */
export async function overSendQuota(
  tx: StoreWrites,
  doc: StoredDoc,
  now: string,
): Promise<boolean> {
  const today = serviceDay(now);
  const sent = await familyDocs(tx, 'applications', doc.familyId);
  const numberedToday = sent.filter(
    (other) =>
      other.id !== doc.id &&
      typeof other.data.requestNumber === 'string' &&
      typeof other.data.receivedAt === 'string' &&
      serviceDay(other.data.receivedAt) === today,
  ).length;
  return sendQuotaExceeded(numberedToday);
}

/**
 * A send over the quota stays `submitted` without a number, says why in its
 * issues, and is checked again when the quota resets (a stored job, so a
 * restart keeps it). No number is used up meanwhile.
 */
export async function waitForSendQuota(
  tx: StoreWrites,
  doc: StoredDoc,
  job: ArrivalJob,
  now: string,
): Promise<void> {
  const issues = (doc.data.issues as FieldIssue[] | undefined) ?? [];
  if (!issues.some((issue) => issue.code === QUOTA_ISSUE.code)) {
    await tx.putDoc({ ...doc, data: { ...doc.data, issues: [...issues, QUOTA_ISSUE] } });
  }
  const resetsAt = sendQuotaResetsAt(now);
  await enqueueArrival(tx, {
    ...job,
    now: resetsAt,
    id: `${arrivalJobId(job.applicationId, job.submittedAt)}:after:${resetsAt}`,
  });
}
