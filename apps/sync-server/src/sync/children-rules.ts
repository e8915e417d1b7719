import {
  BirthCertificateSeries,
  CHILD_CARD_DRAFT_FIELDS,
  childCardDataOpen,
  childCardMachine,
  jsonEqual,
  transition,
  type ChildCardStatus,
  type StatusHistoryEntry,
  type VerificationResult,
  withStatus,
} from '@rodnik/domain';

/** Lookup key of a Russian birth certificate, for the duplicate check. */
export function certificateKey(data: Record<string, unknown>): string | null {
  const certificate = data.birthCertificate as
    { kind?: string; series?: string; number?: string } | undefined;
  if (!certificate?.series || !certificate.number || certificate.kind === 'foreign') return null;
  const series = BirthCertificateSeries.safeParse(certificate.series);
  const number = certificate.number.replace(/\s+/g, '');
  return `cert:${series.success ? series.data : certificate.series.trim().toUpperCase()}:${number}`;
}

export interface SubmissionOutcome {
  data: Record<string, unknown>;
  /** The submission to verify, when this write asked for one. */
  verify: { childId: string; submittedAt: string } | null;
}

/**
 * The card's data: every field the verification checks, so everything but
 * the submission, the conflicts list and `deletedAt`.
 */
export function cardData(data: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of CHILD_CARD_DRAFT_FIELDS) if (data[key] !== undefined) picked[key] = data[key];
  return picked;
}

/** Whether `after` carries a `submittedAt` the server has not taken yet: a new check is asked for. */
function asksForCheck(before: Record<string, unknown> | null, after: Record<string, unknown>) {
  const submittedAt = after.submittedAt ?? null;
  const previous = before?.verification as VerificationResult | null | undefined;
  return submittedAt !== null && submittedAt !== previous?.submittedAt;
}

/**
 * The rules a card push must pass, or the device gets the stored card back
 * (and keeps its change beside the field):
 * - a card in «Недавно удалённые» (`deletedAt`) is not verified: a new
 *   `submittedAt` on one is refused;
 * - data being checked or checked already (`submitted`, `verifying`,
 *   `verified`) changes only with a new `submittedAt` — a resubmission,
 *   which the machine allows and which is checked again. A quiet edit would
 *   leave the card claiming a check its data never had.
 */
export function refusesChildPush(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  const submittedAt = after.submittedAt ?? null;
  const newSubmittedAt = submittedAt !== null && submittedAt !== (before?.submittedAt ?? null);
  if (typeof after.deletedAt === 'string' && newSubmittedAt) return true;
  if (!before || asksForCheck(before, after)) return false;
  const status = (before.status as ChildCardStatus | undefined) ?? 'draft';
  return !childCardDataOpen(status) && !jsonEqual(cardData(before), cardData(after));
}

/**
 * A child card asks for verification by carrying a new `submittedAt`. The
 * server, not the device, moves the status, so a status can never be forged.
 */
export function applyChildSubmission(
  childId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  now: string,
): SubmissionOutcome {
  if (!asksForCheck(before, after)) return { data: after, verify: null };
  const submittedAt = after.submittedAt as string;
  const status = (before?.status as ChildCardStatus | undefined) ?? 'draft';
  const history = (after.statusHistory as StatusHistoryEntry[] | undefined) ?? [];
  const verification: VerificationResult = { submittedAt, checkedAt: null, issues: [] };
  const moved = transition(childCardMachine, status, 'submitted', 'client');
  if (moved.ok) {
    return {
      data: {
        ...after,
        status: 'submitted',
        statusHistory: withStatus(history, { status: 'submitted', at: now, by: 'client' }),
        verification,
      },
      verify: { childId, submittedAt },
    };
  }
  // Already being verified: the newest submission is the one that gets checked.
  if (status === 'submitted' || status === 'verifying') {
    return { data: { ...after, verification }, verify: { childId, submittedAt } };
  }
  return { data: after, verify: null };
}
