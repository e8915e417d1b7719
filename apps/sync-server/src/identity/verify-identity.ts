import {
  identityMachine,
  jsonEqual,
  PassportRu,
  transition,
  validate,
  type FieldIssue,
} from '@rodnik/domain';
import type { Clock } from '../deps.ts';
import { enqueue } from '../jobs/job-registry.ts';
import { issuePendingLinkCodes } from '../family/link-codes.ts';
import type { Registry } from '../registry/registry.ts';
import type { NewDoc, Store, StoredDoc, StoreReads, StoreWrites } from '../store/store.ts';
import { familyDocs, parsedDoc, readDoc } from '../store/family-docs.ts';
import type { DataOf, TypedDoc } from '../sync/policy.ts';
import { VERIFY_IDENTITY_JOB, type VerifyIdentityJob } from './member-push.ts';

export interface VerifyIdentityDeps {
  store: Store;
  registry: Registry;
  clock: Clock;
  secret: Uint8Array;
  newId(): string;
}

type Identity = DataOf<'members'>['identity'];

const WAIT_FOR_SCAN = Symbol('wait for the scan');

/**
 * Checks one identity submission («Подтверждённая учётная запись»): the
 * passport by the domain's strict rules, an accepted scan of it on the
 * parent's own profile, and the passport registry. A scan still on its way
 * leaves the identity `submitted`; the document-settled listener runs the
 * check again. A superseded submission does nothing. A verdict is for the
 * passport it checked: one changed between the check's read and its write
 * gets no verdict, and the same request is checked again (a stored job).
 */
export async function verifyIdentity(
  deps: VerifyIdentityDeps,
  job: VerifyIdentityJob,
): Promise<void> {
  const member = await currentSubmission(deps.store, job);
  if (!member) return;
  const checked = member.data.passport ?? null;
  const issues = await findIssues(deps, member);
  if (issues === WAIT_FOR_SCAN) return;
  await deps.store.transaction(async (tx) => {
    const current = await currentSubmission(tx, job);
    if (!current) return;
    const now = deps.clock.now().toISOString();
    if (!jsonEqual(current.data.passport ?? null, checked)) {
      await enqueueIdentityCheck(tx, deps.newId(), job, now);
      return;
    }
    const moved = transition(
      identityMachine,
      'submitted',
      issues.length ? 'rejected' : 'confirmed',
      'server',
    );
    if (!moved.ok) return;
    const confirmed = moved.to === 'confirmed';
    const identity: Identity = {
      status: moved.to,
      submittedAt: job.submittedAt,
      checkedAt: now,
      issues,
    };
    await tx.putDoc({ ...current, data: { ...current.data, identity } });
    await tx.putDoc(identityNotification(deps.newId(), current, confirmed, now));
    if (confirmed) await issuePendingLinkCodes(tx, deps.secret, current.familyId, deps.clock.now());
  });
}

/** The document-settled listener: a passport scan that settled re-runs a waiting check. */
export function identityScanListener(
  deps: VerifyIdentityDeps,
): (documentId: string) => Promise<void> {
  return async (documentId) => {
    const doc = await readDoc(deps.store, 'documents', documentId);
    const accountId = doc?.data.accountId;
    if (!doc || doc.data.kind !== 'parent-passport' || !accountId) return;
    const members = await familyDocs(deps.store, 'members', doc.familyId);
    const found = members.find((m) => m.data.accountId === accountId);
    if (!found) return;
    const member = parsedDoc('members', found);
    const { identity } = member.data;
    if (identity.status !== 'submitted' || !identity.submittedAt) return;
    await verifyIdentity(deps, { memberId: member.id, submittedAt: identity.submittedAt });
  };
}

export async function enqueueIdentityCheck(
  tx: StoreWrites,
  jobId: string,
  payload: VerifyIdentityJob,
  now: string,
): Promise<void> {
  await enqueue(tx, VERIFY_IDENTITY_JOB, payload, { id: jobId, now });
}

async function currentSubmission(
  store: StoreReads,
  job: VerifyIdentityJob,
): Promise<TypedDoc<'members'> | null> {
  const member = await readDoc(store, 'members', job.memberId);
  if (!member || member.deleted) return null;
  const { identity } = member.data;
  return identity.status === 'submitted' && identity.submittedAt === job.submittedAt
    ? member
    : null;
}

async function findIssues(
  deps: VerifyIdentityDeps,
  member: StoredDoc,
): Promise<FieldIssue[] | typeof WAIT_FOR_SCAN> {
  const checked = validate(PassportRu, member.data.passport ?? {});
  if (!checked.success) {
    return checked.errors.map((error) => ({ field: `passport.${error.field}`, code: error.code }));
  }
  const scan = await scanState(deps.store, member);
  if (scan === 'pending') return WAIT_FOR_SCAN;
  if (scan === 'missing') return [{ field: 'passport', code: 'identity-scan-missing' }];
  if (scan === 'rejected') return [{ field: 'passport', code: 'identity-scan-not-accepted' }];

  const passport = checked.data;
  const holder = await deps.registry.lookupPassport({
    series: passport.series,
    number: passport.number,
  });
  if (holder === null) return [{ field: 'passport.number', code: 'registry-passport-not-found' }];
  if (holder === 'any-holder') return [];
  const same = (a: string | null | undefined, b: string | null | undefined) =>
    normalise(a) === normalise(b);
  const issues: FieldIssue[] = [];
  if (!same(holder.surname, passport.surname)) issues.push(mismatch('passport.surname'));
  if (!same(holder.givenName, passport.givenName)) issues.push(mismatch('passport.givenName'));
  if (!same(holder.patronymic, passport.patronymic)) issues.push(mismatch('passport.patronymic'));
  if (holder.birthDate !== passport.birthDate) issues.push(mismatch('passport.birthDate'));
  return issues;
}

const mismatch = (field: string): FieldIssue => ({ field, code: 'registry-passport-mismatch' });
const normalise = (value: string | null | undefined) =>
  (value ?? '').trim().toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** The parent's own passport scans: any accepted is enough; any still travelling is worth waiting for. */
async function scanState(
  store: StoreReads,
  member: StoredDoc,
): Promise<'accepted' | 'pending' | 'rejected' | 'missing'> {
  const scans = (await familyDocs(store, 'documents', member.familyId)).filter(
    (doc) => doc.data.kind === 'parent-passport' && doc.data.accountId === member.data.accountId,
  );
  if (scans.length === 0) return 'missing';
  if (scans.some((doc) => doc.data.status === 'accepted')) return 'accepted';
  if (scans.some((doc) => doc.data.status !== 'rejected')) return 'pending';
  return 'rejected';
}

function identityNotification(
  id: string,
  member: StoredDoc,
  confirmed: boolean,
  now: string,
): NewDoc {
  return {
    collection: 'notifications',
    id,
    familyId: member.familyId,
    childId: null,
    deleted: false,
    data: {
      // The catalogue has no identity kind yet; documents' status is the nearest.
      kind: 'document-status',
      title: confirmed
        ? { ru: 'Учётная запись подтверждена', en: 'Account confirmed' }
        : { ru: 'Учётная запись не подтверждена', en: 'Account not confirmed' },
      body: confirmed
        ? {
            ru: 'Паспорт проверен: ваша учётная запись теперь подтверждённая.',
            en: 'Your passport is checked: your account is now confirmed.',
          }
        : {
            ru: 'Паспортные данные или скан не прошли проверку — откройте профиль и исправьте.',
            en: 'The passport details or scan did not pass the check — open your profile to fix them.',
          },
      childId: null,
      subject: { collection: 'members', id: member.id },
      createdAt: now,
      readAt: null,
    },
  };
}
