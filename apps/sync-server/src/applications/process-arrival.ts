import {
  addWorkingDays,
  formatRequestNumber,
  mayCorrectAndResend,
  serviceById,
  type Correctable,
  serviceDay,
  type ApplicationStatus,
  type InfoRequest,
} from '@rodnik/domain';
import type { Clock } from '../deps.ts';
import type { Store, StoredDoc, StoreWrites } from '../store/store.ts';
import { checkArrival } from './arrival-checks.ts';
import type { ArrivalJob } from './arrival-job.ts';
import { familyDocs } from '../store/family-docs.ts';
import { moveApplication } from './move-status.ts';
import { applicationNotification } from './notifications.ts';
import { overSendQuota, waitForSendQuota } from './send-quota.ts';
import { isSoftDeleted } from '../sync/deletion-rules.ts';

export interface ArrivalDeps {
  store: Store;
  clock: Clock;
  newId(): string;
}

const WAITING: readonly ApplicationStatus[] = ['submitted', 'resubmitted'];

/**
 * Processes one send of an application, all in one transaction: the first
 * arrival gets `receivedAt` and the year's next request number (a rollback
 * gives the number back), then the catalog check decides: `needs_info` naming
 * what to fix, `in_review` with the expected decision date, or — required
 * documents still uploading — stay sent and wait for the document listener.
 * Safe to run twice: a send already decided is left alone.
 */
export async function processArrival(deps: ArrivalDeps, job: ArrivalJob): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const doc = await tx.getDoc('applications', job.applicationId);
    if (!doc || doc.deleted) return;
    const status = doc.data.status as ApplicationStatus;
    // A send already decided (or withdrawn) is left alone. The newest send is what gets
    // checked: a second press of «Отправить» while waiting only moved `submittedAt` on.
    if (!WAITING.includes(status)) return;
    const submittedAt = String(doc.data.submittedAt ?? job.submittedAt);
    const now = deps.clock.now().toISOString();
    let current = doc;
    const firstArrival = !doc.data.requestNumber || !doc.data.receivedAt;
    // Over the family's daily quota, a first send waits for tomorrow without using up a number.
    if (!doc.data.requestNumber && (await overSendQuota(tx, doc, now))) {
      return waitForSendQuota(tx, doc, job, now);
    }
    if (firstArrival) current = await numberIt(tx, doc, now);
    else if (doc.data.processedSubmittedAt !== submittedAt) {
      current = await tx.putDoc({
        ...doc,
        data: {
          ...doc.data,
          processedSubmittedAt: submittedAt,
          conversation: withReply(doc.data, now),
        },
      });
    }
    const verdict = await judge(tx, current, job, now);
    if (verdict.issues.length > 0) {
      const infoRequest: InfoRequest = {
        question: '',
        fields: verdict.fields,
        documentKinds: verdict.documentKinds,
        askedAt: now,
      };
      await moveApplication(tx, current, 'needs_info', {
        by: 'server',
        now,
        notificationId: deps.newId(),
        extra: { issues: verdict.issues, infoRequest },
      });
      return;
    }
    if (verdict.pending.length > 0) {
      if ((current.data.issues as unknown[]).length > 0) {
        current = await tx.putDoc({ ...current, data: { ...current.data, issues: [] } });
      }
      // Waiting for documents: the family still learns its number now.
      if (firstArrival) {
        await tx.putDoc(applicationNotification(deps.newId(), current, status, now));
      }
      return;
    }
    const service = serviceById(String(current.data.serviceId))!;
    const receivedDay = serviceDay(String(current.data.receivedAt));
    await moveApplication(tx, current, 'in_review', {
      by: 'server',
      now,
      notificationId: deps.newId(),
      extra: {
        issues: [],
        expectedDecisionDate: addWorkingDays(receivedDay, service.decisionWorkingDays),
      },
    });
  });
}

/**
 * A resend's written answer joins the question-and-answer history, where it stays after
 * later resends; the same words sent again (a second resend) are not repeated.
 */
function withReply(data: Record<string, unknown>, now: string): unknown[] {
  const conversation = (data.conversation as { by: string; text: string }[] | undefined) ?? [];
  const reply = typeof data.reply === 'string' ? data.reply.trim().slice(0, 2000) : '';
  if (reply === '') return conversation;
  const lastFamily = [...conversation].reverse().find((entry) => entry.by === 'family');
  const lastOperator = conversation.findLastIndex((entry) => entry.by === 'operator');
  const lastFamilyIndex = conversation.findLastIndex((entry) => entry.by === 'family');
  if (lastFamily?.text === reply && lastFamilyIndex > lastOperator) return conversation;
  return [...conversation, { by: 'family', text: reply, at: now }];
}

/** The first arrival: the receipt's date and number, and a notification that names it. */
async function numberIt(tx: StoreWrites, doc: StoredDoc, now: string): Promise<StoredDoc> {
  const receivedAt = (doc.data.receivedAt as string | null) ?? now;
  // The service's year, in Moscow: 01:30 on 1 January there is numbered in the new year.
  const year = Number(serviceDay(receivedAt).slice(0, 4));
  const requestNumber =
    (doc.data.requestNumber as string | null) ??
    formatRequestNumber(year, await tx.nextRequestNumber(year));
  return tx.putDoc({
    ...doc,
    data: { ...doc.data, receivedAt, requestNumber, processedSubmittedAt: doc.data.submittedAt },
  });
}

async function judge(tx: StoreWrites, doc: StoredDoc, job: ArrivalJob, now: string) {
  const childId = (doc.data.childId as string | null) ?? null;
  const card = childId ? await tx.getDoc('children', childId) : null;
  // A card in «Недавно удалённые» counts as gone: the family restores it or names another.
  const live = card && !card.deleted && !isSoftDeleted(card.data);
  const child = live && card.familyId === doc.familyId ? card.data : null;
  const members = await familyDocs(tx, 'members', doc.familyId);
  const sender = members.find((member) => member.data.accountId === job.accountId);
  const identity = sender?.data.identity as { status?: string } | undefined;
  const documents = await familyDocs(tx, 'documents', doc.familyId);
  const listed = (doc.data.documentIds as string[] | undefined) ?? [];
  // A listed record that arrived deleted is gone, not on its way.
  const gone = new Set(
    (await tx.getDocs('documents', listed)).filter((d) => d.deleted).map((d) => d.id),
  );
  const verdict = checkArrival({
    applicationId: doc.id,
    service: serviceById(String(doc.data.serviceId)),
    childId,
    answers: doc.data.answers,
    documentIds: listed.filter((id) => !gone.has(id)),
    consentGiven: (doc.data.consent as { given?: boolean } | undefined)?.given === true,
    child,
    senderAccountId: job.accountId,
    senderConfirmed: identity?.status === 'confirmed',
    documents,
    today: serviceDay(now),
  });
  // A doctor's appointment whose slot another family held first: the family picks another.
  if ((doc.data.appointment as { status?: string } | null | undefined)?.status === 'slot-taken') {
    verdict.issues.push({ field: 'slot', code: 'slot-taken' });
    if (!verdict.fields.includes('slot')) verdict.fields.push('slot');
  }
  const correctsId = (doc.data.correctsId as string | null | undefined) ?? null;
  if (correctsId !== null) {
    // A corrected resend stands in for a refusal that allowed it: same family, same service.
    const refused = await tx.getDoc('applications', correctsId);
    const service = serviceById(String(doc.data.serviceId));
    const ok =
      refused !== null &&
      !refused.deleted &&
      refused.familyId === doc.familyId &&
      refused.data.serviceId === doc.data.serviceId &&
      mayCorrectAndResend(service, {
        status: refused.data.status as ApplicationStatus,
        decision: refused.data.decision as { correctable?: Correctable | null } | null,
      });
    if (!ok) verdict.issues.push({ field: 'correctsId', code: 'invalid-value' });
  }
  return verdict;
}
