import {
  BirthCertificateSeries,
  childCardMachine,
  transition,
  type ChildCardStatus,
  type StatusHistoryEntry,
  type VerificationResult,
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
 * A card in «Недавно удалённые» (`deletedAt`) is not verified: a new
 * `submittedAt` on one is refused, and the device gets the stored card back.
 */
export function refusesChildPush(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  const submittedAt = after.submittedAt ?? null;
  return (
    typeof after.deletedAt === 'string' &&
    submittedAt !== null &&
    submittedAt !== (before?.submittedAt ?? null)
  );
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
  const submittedAt = after.submittedAt as string | null | undefined;
  const previous = before?.verification as VerificationResult | null | undefined;
  if (!submittedAt || submittedAt === previous?.submittedAt) return { data: after, verify: null };
  const status = (before?.status as ChildCardStatus | undefined) ?? 'draft';
  const history = (after.statusHistory as StatusHistoryEntry[] | undefined) ?? [];
  const verification: VerificationResult = { submittedAt, checkedAt: null, issues: [] };
  const moved = transition(childCardMachine, status, 'submitted', 'client');
  if (moved.ok) {
    return {
      data: {
        ...after,
        status: 'submitted',
        statusHistory: [...history, { status: 'submitted', at: now, by: 'client' }],
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
