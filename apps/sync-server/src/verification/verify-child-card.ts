import {
  childCardMachine,
  jsonEqual,
  makeChildCardSchema,
  serviceToday,
  transition,
  validate,
  withStatus,
  type ChildCardStatus,
  type FieldIssue,
  type VerificationResult,
} from '@rodnik/domain';
import type { Clock } from '../deps.ts';
import { enqueue, type JobPayload } from '../jobs/job-registry.ts';
import type { Registry } from '../registry/registry.ts';
import { readDoc } from '../store/family-docs.ts';
import type { Store, StoredDoc, StoreWrites } from '../store/store.ts';
import type { TypedDoc } from '../sync/policy.ts';
import { cardData, certificateKey } from '../sync/children-rules.ts';
import { childCardNotification } from './notifications.ts';
import { legalRepresentativeIssues, representativeFacts } from './legal-representative.ts';

export const VERIFY_CHILD_JOB = 'verify-child-card';

export interface VerifyDeps {
  store: Store;
  registry: Registry;
  clock: Clock;
  newId(): string;
}

export type VerifyJob = JobPayload<typeof VERIFY_CHILD_JOB>;

/**
 * Verifies one submission of a child card: the domain schema again (the
 * server trusts nothing), the same certificate in another family, and the
 * registries. The verdict is written back as server-owned fields and a
 * notification, and reaches the family's devices through replication.
 * A job whose submission was superseded does nothing: the newer job decides.
 * A verdict is for the data it checked: if the card's data changed between
 * the check's read and its write, the verdict is dropped and the same
 * submission is checked again (a stored job), on the data it holds now.
 */
export async function verifyChildCard(deps: VerifyDeps, job: VerifyJob): Promise<void> {
  const started = await deps.store.transaction(async (tx) => {
    const doc = await currentSubmission(tx, job);
    if (!doc) return null;
    if (doc.data.status === 'submitted') {
      await moveStatus(tx, doc, 'verifying', deps.clock.now().toISOString());
    }
    return doc;
  });
  if (!started) return;
  const checked = cardData(started.data);

  const issues = await findIssues(deps, started);

  await deps.store.transaction(async (tx) => {
    const doc = await currentSubmission(tx, job);
    if (!doc) return;
    const now = deps.clock.now().toISOString();
    if (!jsonEqual(cardData(doc.data), checked)) {
      await enqueueChildCheck(tx, deps.newId(), job, now);
      return;
    }
    const verdict: ChildCardStatus = issues.length === 0 ? 'verified' : 'needs_correction';
    const verification: VerificationResult = {
      submittedAt: job.submittedAt,
      checkedAt: now,
      issues,
    };
    await moveStatus(tx, doc, verdict, now, { verification });
    await tx.putDoc(childCardNotification(deps.newId(), doc, verdict, issues.length, now));
  });
}

/** A stored check of one submission; the job worker runs it (it survives a restart). */
export async function enqueueChildCheck(
  tx: StoreWrites,
  jobId: string,
  job: VerifyJob,
  now: string,
): Promise<void> {
  await enqueue(
    tx,
    VERIFY_CHILD_JOB,
    { childId: job.childId, submittedAt: job.submittedAt },
    { id: jobId, now },
  );
}

async function currentSubmission(
  tx: StoreWrites,
  job: VerifyJob,
): Promise<TypedDoc<'children'> | null> {
  const doc = await readDoc(tx, 'children', job.childId);
  if (!doc || doc.deleted) return null;
  return doc.data.verification?.submittedAt === job.submittedAt ? doc : null;
}

async function moveStatus(
  tx: StoreWrites,
  doc: TypedDoc<'children'>,
  to: ChildCardStatus,
  at: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const from = doc.data.status;
  const moved = transition(childCardMachine, from, to, 'server');
  if (!moved.ok) return;
  const history = doc.data.statusHistory;
  await tx.putDoc({
    ...doc,
    data: {
      ...doc.data,
      ...extra,
      status: to,
      statusHistory: withStatus(history, { status: to, at, by: 'server' }),
    },
  });
}

async function findIssues(deps: VerifyDeps, doc: StoredDoc): Promise<FieldIssue[]> {
  const today = serviceToday(deps.clock.now());
  const checked = validate(makeChildCardSchema({ today: () => today }), doc.data);
  if (!checked.success) {
    return checked.errors.map((error) => ({ field: error.field, code: error.code }));
  }
  const card = checked.data;
  const issues: FieldIssue[] = [];
  const key = certificateKey(doc.data);
  if (key) {
    const holders = await deps.store.findDocsByKey('children', key);
    if (holders.some((holder) => holder.familyId !== doc.familyId)) {
      issues.push({ field: 'birthCertificate.number', code: 'certificate-duplicate' });
    }
  }
  const certificate = card.birthCertificate;
  const answer = await deps.registry.checkChild({
    surname: card.surname,
    givenName: card.givenName,
    patronymic: card.patronymic,
    birthDate: card.birthDate,
    certificate: {
      kind: certificate.kind,
      series: certificate.kind === 'ru' ? certificate.series : undefined,
      number: certificate.number,
    },
    snils: card.snils,
  });
  issues.push(...answer.issues);
  if (card.relation !== undefined) {
    const facts = await representativeFacts(deps.store, doc.familyId, doc.id);
    issues.push(
      ...legalRepresentativeIssues({ relation: card.relation, parents: answer.parents, ...facts }),
    );
  }
  return issues;
}
