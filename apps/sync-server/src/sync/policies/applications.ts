import { jsonEqual, sendQuotaExceeded, serviceDay, type StatusHistoryEntry } from '@rodnik/domain';
import { enqueueArrival } from '../../applications/arrival-job.ts';
import { moveApplication, sentKeys } from '../../applications/move-status.ts';
import { familyDocs } from '../../store/family-docs.ts';
import type { StoreWrites } from '../../store/store.ts';
import type { Actor } from '../actor.ts';
import { judgeApplicationPush } from '../applications-rules.ts';
import {
  asStored,
  forbiddenRow,
  refuse,
  type CollectionPolicy,
  type DataOf,
  type PolicyContext,
} from '../policy.ts';
import { requireOwnChild } from './own-child.ts';
import { afterRecordWrite } from './record-lifecycle.ts';
import {
  holdOnSend,
  judgeReschedule,
  mayCancel,
  releaseOnWithdrawal,
} from '../../schedule/appointment-push.ts';

interface Moves {
  /** The send (`submittedAt`) the arrival job processes, when this write made one. */
  process: string | null;
  /** The family withdrew: the status moves with a notification. */
  withdraw: boolean;
}

/**
 * Applications (applications-rules.ts): the device asks, the server moves the
 * status. Parents send and withdraw; a child's account keeps drafts of its
 * own. A first send counts against the family's daily quota, checked here in
 * the push's transaction (every push's read-compare-write is serialized), so
 * concurrent pushes cannot pass it: the send over it is refused with reason
 * `send-quota` and the draft, with any other change, is stored.
 */
export const applicationsPolicy: CollectionPolicy<'applications', Moves> = {
  collection: 'applications',
  authorize(ctx, row, master) {
    requireOwnChild(ctx, master, row.client);
    return Promise.resolve('pass');
  },
  async beforeWrite(ctx, change) {
    const { master, data, conflictsOnly } = change;
    const still: Moves = { process: null, withdraw: false };
    if (conflictsOnly) return { kind: 'write', data, effects: still };
    const before = master?.data ?? null;
    // Parents apply: a child's account may keep drafts (docs/family-linking.md) but never
    // sends or withdraws one.
    if (ctx.actor.role !== 'parent' && asksToSendOrWithdraw(before, data)) throw forbiddenRow();
    const newChild = !master || !jsonEqual(master.data.childId, data.childId);
    if (newChild && !(await childOfFamily(ctx.tx, ctx.actor, data.childId))) return refuse();
    // A held doctor's appointment moved to another slot (schedule/appointment-push.ts).
    const rescheduled = await judgeReschedule(ctx, master, data);
    if (rescheduled) return rescheduled;
    const judged = judgeApplicationPush(before, data, ctx.now);
    if (judged.kind === 'refused') return refuse();
    if (judged.withdraw && !mayCancel(before, ctx.at)) return refuse();
    let next = judged.data as DataOf<'applications'>;
    const firstSend = judged.process !== null && next.status === 'submitted';
    if (firstSend && (await overQuota(ctx))) {
      // The draft and its other changes are kept; only the send waits for tomorrow.
      const draft = { ...data, submittedAt: before?.submittedAt ?? null };
      return { kind: 'write', data: draft, refusedPart: 'send-quota', effects: still };
    }
    if (firstSend) countSend(ctx);
    // A doctor's appointment holds its slot as the send arrives.
    if (judged.process) next = await holdOnSend(ctx, change.id, next);
    const keys = judged.process ? sentKeys(ctx.actor.accountId) : undefined;
    const effects = { process: judged.process, withdraw: judged.withdraw };
    return { kind: 'write', data: next, keys, effects };
  },
  async afterWrite(ctx, written, change, moves) {
    await afterRecordWrite(ctx, written, change, 'applications');
    if (moves.process) {
      await enqueueArrival(ctx.tx, {
        applicationId: written.id,
        submittedAt: moves.process,
        accountId: ctx.actor.accountId,
        now: ctx.now,
      });
      ctx.queued.arrival = true;
    }
    if (moves.withdraw) {
      const withdrawn = await moveApplication(ctx.tx, written, 'withdrawn', {
        by: 'client',
        now: ctx.now,
        notificationId: ctx.newId(),
        extra: await releaseOnWithdrawal(ctx, written),
      });
      ctx.masters.set(written.id, withdrawn);
    }
  },
  projects: () => false,
  project: asStored,
};

function asksToSendOrWithdraw(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  return (['submittedAt', 'withdrawnAt'] as const).some(
    (field) => (after[field] ?? null) !== null && after[field] !== (before?.[field] ?? null),
  );
}

/**
 * A new or changed child of an application: none yet (a draft), or a card of
 * the family. Answers false for a tombstone (a purged card): the row is
 * refused, not the batch.
 */
async function childOfFamily(tx: StoreWrites, actor: Actor, childId: unknown): Promise<boolean> {
  if (childId === null || childId === undefined) return true;
  const card = typeof childId === 'string' ? await tx.getDoc('children', childId) : null;
  if (!card || card.familyId !== actor.familyId) throw forbiddenRow();
  return !card.deleted;
}

/** The family's first sends of today (Moscow's day) counted once per push, then kept up to date. */
const sendsToday = new WeakMap<PolicyContext, number>();

/**
 * Whether the family already sent its quota today. A first send leaves a
 * `submitted` line by the client in the history; resends (`resubmitted`) use
 * no new number and do not count, nor does a second press of «Отправить».
 */
async function overQuota(ctx: PolicyContext): Promise<boolean> {
  let count = sendsToday.get(ctx);
  if (count === undefined) {
    const today = serviceDay(ctx.now);
    const family = await familyDocs(ctx.tx, 'applications', ctx.actor.familyId);
    count = family.filter((doc) => sentOn(doc.data, today)).length;
    sendsToday.set(ctx, count);
  }
  return sendQuotaExceeded(count);
}

function countSend(ctx: PolicyContext): void {
  const count = sendsToday.get(ctx);
  if (count !== undefined) sendsToday.set(ctx, count + 1);
}

function sentOn(data: Record<string, unknown>, day: string): boolean {
  const history = (data.statusHistory as StatusHistoryEntry[] | undefined) ?? [];
  return history.some(
    (entry) =>
      entry.status === 'submitted' && entry.by === 'client' && serviceDay(entry.at) === day,
  );
}
