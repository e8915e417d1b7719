import {
  familyMayDeleteApplication,
  familyMayEditApplication,
  familyMaySendApplication,
  isOpenApplication,
  jsonEqual,
  type ApplicationStatus,
  type StatusHistoryEntry,
  withStatus,
} from '@rodnik/domain';

/**
 * What a family edits in an application; frozen once it is sent, open again
 * on `needs_info` (in which statuses: `familyMayEditApplication`, in the domain).
 * `correctsId` (the refused application a corrected copy stands for) is part of
 * what was sent.
 */
const FORM_FIELDS = [
  'serviceId',
  'childId',
  'answers',
  'documentIds',
  'consent',
  'correctsId',
] as const;

export type ApplicationPushOutcome =
  | { kind: 'refused' }
  | {
      kind: 'write';
      data: Record<string, unknown>;
      /** The send (`submittedAt`) to process on arrival, when this write made one. */
      process: string | null;
      /** The family withdrew: the caller moves the status with a notification. */
      withdraw: boolean;
    };

/**
 * A device's write to an application, judged against the stored one. The
 * device asks; the server moves the status: a first `submittedAt` sends a
 * draft, a newer one resends after `needs_info`, `withdrawnAt` withdraws an
 * open application. A second press of «Отправить» (a newer `submittedAt`
 * while already sent) is stored but starts nothing: one application, one number.
 * Changing the form while it is not editable, anything once it is closed, or
 * the deletion of a sent application is refused and the device gets the
 * stored state back as a conflict.
 */
export function judgeApplicationPush(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  now: string,
): ApplicationPushOutcome {
  if (!mayChangeDeletion(before, after)) return { kind: 'refused' };
  const status = (before?.status as ApplicationStatus | undefined) ?? 'draft';
  const formChanged =
    before !== null && FORM_FIELDS.some((field) => !jsonEqual(before[field], after[field]));
  if (formChanged && !familyMayEditApplication(status)) return { kind: 'refused' };
  // The written answer to the operator's question: only while a question is open.
  if (before !== null && !jsonEqual(before.reply ?? null, after.reply ?? null)) {
    if (status !== 'needs_info') return { kind: 'refused' };
  }
  if (status === 'needs_info' && before !== null && !onlyWhatWasAsked(before, after)) {
    return { kind: 'refused' };
  }
  if (!familyMayEditApplication(status) && !isOpenApplication(status)) return { kind: 'refused' };

  const withdrawnAt = after.withdrawnAt as string | null;
  if (withdrawnAt && withdrawnAt !== before?.withdrawnAt) {
    // A draft was never sent: the family deletes it instead, so nothing moves.
    return { kind: 'write', data: after, process: null, withdraw: status !== 'draft' };
  }
  const submittedAt = after.submittedAt as string | null;
  const newSend = submittedAt !== null && submittedAt !== (before?.submittedAt ?? null);
  // A draft in «Недавно удалённые» is not sent: the family restores it first.
  if (newSend && after.deletedAt) return { kind: 'refused' };
  const history = (after.statusHistory as StatusHistoryEntry[] | undefined) ?? [];
  if (newSend && familyMaySendApplication(status)) {
    const to: ApplicationStatus = status === 'draft' ? 'submitted' : 'resubmitted';
    return {
      kind: 'write',
      data: {
        ...after,
        status: to,
        statusHistory: withStatus(history, { status: to, at: now, by: 'client' }),
      },
      process: submittedAt,
      withdraw: false,
    };
  }
  return { kind: 'write', data: after, process: null, withdraw: false };
}

/**
 * Only a draft is deleted (docs/sync-rules.md): `deletedAt` is set or cleared
 * (restored) while the application is a draft that was never sent. A sent one
 * is withdrawn instead.
 */
function mayChangeDeletion(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  if ((after.deletedAt ?? null) === (before?.deletedAt ?? null)) return true;
  if (before === null) return true;
  const status = (before.status as ApplicationStatus | undefined) ?? 'draft';
  const submittedAt = (before.submittedAt as string | null | undefined) ?? null;
  return familyMayDeleteApplication({ status, submittedAt });
}

/**
 * After `needs_info` the family changes only what it was asked about: the
 * named answer fields (and documents and consent). The service never changes
 * once sent; the child only when the check named `childId`.
 */
function onlyWhatWasAsked(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  if (!jsonEqual(before.serviceId, after.serviceId)) return false;
  const issues = (before.issues as { field: string }[] | undefined) ?? [];
  if (!jsonEqual(before.childId, after.childId) && !issues.some((i) => i.field === 'childId')) {
    return false;
  }
  const asked = new Set((before.infoRequest as { fields?: string[] } | null)?.fields ?? []);
  const was = (before.answers ?? {}) as Record<string, unknown>;
  const now = (after.answers ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  return [...keys].every((key) => asked.has(key) || jsonEqual(was[key], now[key]));
}

/**
 * A scan attached to an application is part of what was sent: the family may
 * remove it while the application is a draft, or under `needs_info` when its
 * kind was asked for; after that the operator's case file keeps it.
 */
export function mayRemoveApplicationScan(
  application: Record<string, unknown> | null,
  kind: unknown,
): boolean {
  const status = (application?.status as ApplicationStatus | undefined) ?? 'draft';
  if (status === 'draft') return true;
  if (status !== 'needs_info') return false;
  const asked = (application?.infoRequest as { documentKinds?: unknown[] } | null)?.documentKinds;
  return (asked ?? []).includes(kind);
}
