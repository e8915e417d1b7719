import {
  clientOwnedFields,
  clientView,
  COLLECTIONS,
  issuesToFieldErrors,
  jsonEqual,
  type CollectionName,
  type FieldError,
  type PushBody,
  type WireDocument,
} from '@rodnik/domain';
import type { z } from 'zod';
import { ApiFailure, badInput } from '../http/api-failure.ts';
import type { Store, StoredDoc, StoreWrites } from '../store/store.ts';
import type { Actor } from './actor.ts';
import { applyChildSubmission, certificateKey, refusesChildPush } from './children-rules.ts';
import { judgeApplicationPush } from './applications-rules.ts';
import { enqueueArrival } from '../applications/arrival-job.ts';
import { moveApplication, sentKeys } from '../applications/move-status.ts';
import { issueLinkCode } from '../family/link-codes.ts';
import { isIdentityConfirmed } from '../identity/members.ts';
import {
  applyIdentitySubmission,
  mayWriteMember,
  refusesMemberPush,
} from '../identity/member-push.ts';
import { enqueueIdentityCheck } from '../identity/verify-identity.ts';
import { enqueueChildCheck } from '../verification/verify-child-card.ts';
import {
  afterDeletion,
  editsRecordDeletedElsewhere,
  isSoftDeleted,
  judgeDeviceDeletion,
  mayRemoveScan,
  softDeletedNow,
} from './deletion-rules.ts';
import { changesOnlyConflicts, stampClientConflicts } from './conflict-entries.ts';
import { tellDeletedElsewhere } from './deletion-notifications.ts';
import { schedulePurge } from '../maintenance/soft-deletion-purge.ts';
import { pushFingerprint, receiptKey, replayedAnswer } from './push-receipts.ts';

export { VERIFY_CHILD_JOB } from '../verification/verify-child-card.ts';

export interface PushContext {
  store: Store;
  actor: Actor;
  now: Date;
  newId(): string;
  /** Keys the linking codes issued by a `links` push. */
  secret: Uint8Array;
}

/** What a child account may write (docs/family-linking.md): its own documents, applications, `readAt`. */
const CHILD_WRITABLE: ReadonlySet<CollectionName> = new Set([
  'documents',
  'applications',
  'notifications',
]);

interface ParsedRow {
  id: string;
  /** The client-owned fields of the master state the device last saw, if any. */
  assumed: { client: Record<string, unknown>; deleted: boolean; serverSeq: number } | null;
  client: Record<string, unknown>;
  deleted: boolean;
  familyId: string | undefined;
  /** What the row is (`pushFingerprint`), to know it again when it is replayed. */
  fingerprint: string;
}

/**
 * Applies a push batch (DESIGN §2, docs/sync-rules.md) in one transaction and
 * returns the master state of every row it did not apply (the route shows it
 * as a pull would). Only client-owned fields are read from the device;
 * server-owned ones are kept from the master. A row whose client fields equal
 * the master's was already applied: resending it writes nothing, and answers
 * the master when the device's assumed `serverSeq` is not the master's (its
 * first answer was lost: it learns the server's version). A row applied
 * before whose write a newer one followed (its push receipt says so) writes
 * nothing and answers the master marked as replayed. The collections'
 * rules live in their homes (children-, applications-, deletion-rules).
 * Any invalid row rejects the whole batch with nothing written.
 */
export async function applyPush(
  ctx: PushContext,
  collection: CollectionName,
  rows: PushBody,
): Promise<{ conflicts: StoredDoc[]; jobsQueued: boolean; arrivalQueued: boolean }> {
  const def = COLLECTIONS[collection];
  const clientKeys = clientOwnedFields(def);
  const parsed: ParsedRow[] = [];
  const errors: FieldError[] = [];
  rows.forEach((row, index) => {
    const state = row.newDocumentState;
    const result = def.client.safeParse(pick(state, clientKeys));
    if (!result.success) {
      for (const error of issuesToFieldErrors(result.error.issues)) {
        errors.push({ ...error, field: `${index}.${error.field}` });
      }
      return;
    }
    const client = result.data as Record<string, unknown>;
    const deleted = state._deleted === true;
    const assumedSeq = row.assumedMasterState ? (row.assumedMasterState.serverSeq ?? 0) : null;
    parsed.push({
      id: state.id,
      assumed: assumedClientState(row.assumedMasterState, clientKeys, def.client),
      client,
      deleted,
      familyId: state.familyId,
      // Taken before any server stamp changes `client`, so a replay gets the same one.
      fingerprint: pushFingerprint(assumedSeq, client, deleted),
    });
  });
  if (errors.length > 0) throw badInput(errors);

  const { actor } = ctx;
  const now = ctx.now.toISOString();
  return ctx.store.transaction(async (tx) => {
    const conflicts: StoredDoc[] = [];
    let jobsQueued = false;
    let arrivalQueued = false;
    // One read for the whole batch; later rows see the writes of earlier ones.
    const masters = new Map<string, StoredDoc>();
    const ids = [...new Set(parsed.map((row) => row.id))];
    for (const doc of await tx.getDocs(collection, ids)) masters.set(doc.id, doc);
    // The seq each applied row produced, by `receiptKey` (docs/sync-rules.md, "Replays").
    const receipts = new Map<string, number>();
    for (const receipt of await tx.getPushReceipts(collection, ids)) {
      receipts.set(receiptKey(receipt.id, receipt.fingerprint), receipt.seq);
    }
    for (const row of parsed) {
      if (row.familyId !== undefined && row.familyId !== actor.familyId) throw forbiddenRow();
      const master = masters.get(row.id) ?? null;
      if (master && master.familyId !== actor.familyId) throw forbiddenRow();
      if (actor.role === 'child') {
        if (!CHILD_WRITABLE.has(collection)) throw forbiddenRow();
        if (master && master.childId !== actor.childId) throw forbiddenRow();
        if (collection !== 'notifications') {
          // A child's device may leave the child out; it can only ever mean its own.
          const own = row.client.childId ?? actor.childId;
          if (own !== actor.childId) throw forbiddenRow();
          row.client.childId = own;
        }
      }
      if (collection === 'members' && !mayWriteMember(actor, master)) throw forbiddenRow();
      const linkedCard =
        collection === 'links' ? await checkLinkTarget(tx, actor, row, master) : null;
      if (linkedCard?.deleted) {
        refuse(conflicts, master);
        continue;
      }
      const deletion = judgeDeviceDeletion(def, master, row.deleted);
      // Created and deleted before it reached the server: nothing to keep.
      if (deletion === 'skip') continue;
      if (deletion === 'refuse') {
        refuse(conflicts, master);
        continue;
      }
      let data: Record<string, unknown>;
      const deleted = def.clientMayDelete ? row.deleted : (master?.deleted ?? false);
      // Changes to the conflicts list alone pass every collection's rule.
      let conflictsOnly = false;
      if (!master) {
        if (!def.clientMayCreate) throw forbiddenRow();
        stampClientConflicts(row.client, {}, actor.accountId);
        // Every server-owned field of a collection devices may create has a default.
        data = { ...def.server.parse({}), ...row.client };
      } else {
        // Read like the assumed state (defaults filled), so a field the server never wrote
        // (a member document made at sign-up) does not look like an unseen change.
        const masterClient = clientView(def, master.data);
        // The server's stamp of who lost (`by`) is no change a device must have seen.
        if (row.assumed) stampClientConflicts(row.assumed.client, masterClient);
        stampClientConflicts(row.client, masterClient, actor.accountId);
        const sameAsMaster = jsonEqual(masterClient, row.client) && master.deleted === deleted;
        if (sameAsMaster) {
          // A replay whose first answer was lost: the device learns the current master.
          if (row.assumed?.serverSeq !== master.seq) conflicts.push(master);
          continue;
        }
        const landedAt = receipts.get(receiptKey(row.id, row.fingerprint));
        if (landedAt !== undefined && landedAt !== master.seq) {
          // Applied before, and a newer write followed: applying it again would undo that
          // write (A → B → A': a restore after this deletion). The device takes the master.
          conflicts.push(replayedAnswer(master));
          continue;
        }
        // A conflict is a change to client-owned fields the device has not seen.
        // Server-owned changes (a new status) cannot clash with a device's edit,
        // and a device's own earlier push, still unpulled, is what it assumed.
        const seen =
          row.assumed !== null &&
          jsonEqual(masterClient, row.assumed.client) &&
          master.deleted === row.assumed.deleted;
        if (!seen) {
          if (
            row.assumed &&
            editsRecordDeletedElsewhere(row.assumed.client, row.client, master, masterClient)
          ) {
            await tellDeletedElsewhere(tx, master, now);
          }
          conflicts.push(master);
          continue;
        }
        data = { ...master.data, ...row.client };
        conflictsOnly =
          master.deleted === deleted && changesOnlyConflicts(masterClient, row.client);
        if (collection === 'documents' && deleted && !master.deleted) {
          if (!(await mayRemoveScan(tx, master))) {
            conflicts.push(master);
            continue;
          }
        }
      }
      let application: Exclude<
        ReturnType<typeof judgeApplicationPush>,
        { kind: 'refused' }
      > | null = null;
      if (collection === 'applications' && !conflictsOnly) {
        // Parents apply: a child's account may keep drafts (docs/family-linking.md) but never
        // sends or withdraws one.
        if (actor.role !== 'parent' && asksToSendOrWithdraw(master?.data ?? null, data)) {
          throw forbiddenRow();
        }
        const newChild = !master || !jsonEqual(master.data.childId, data.childId);
        if (newChild && !(await checkApplicationChild(tx, actor, data))) {
          refuse(conflicts, master);
          continue;
        }
        const judged = judgeApplicationPush(master?.data ?? null, data, now);
        if (judged.kind === 'refused') {
          refuse(conflicts, master);
          continue;
        }
        application = judged;
        data = judged.data;
      }
      let keys: string[] | undefined;
      if (application?.process) keys = sentKeys(actor.accountId);
      let childId = childIdOf(collection, row.id, data);
      if (collection === 'children') {
        if (refusesChildPush(master?.data ?? null, data)) {
          refuse(conflicts, master);
          continue;
        }
        const outcome = applyChildSubmission(row.id, master?.data ?? null, data, now);
        data = outcome.data;
        const key = certificateKey(data);
        // The lookup key is rewritten only when the certificate changed.
        if (!master || key !== certificateKey(master.data)) keys = key ? [key] : [];
        childId = row.id;
        if (outcome.verify) {
          await enqueueChildCheck(tx, ctx.newId(), outcome.verify, now);
          jobsQueued = true;
        }
      }
      if (collection === 'members') {
        if (master && refusesMemberPush(master.data, data)) {
          refuse(conflicts, master);
          continue;
        }
        const outcome = applyIdentitySubmission(row.id, data);
        data = outcome.data;
        if (outcome.verify) {
          await enqueueIdentityCheck(tx, ctx.newId(), outcome.verify, now);
          jobsQueued = true;
        }
      }
      // A child whose account is already linked gets no code; an unconfirmed parent gets it
      // once their identity is confirmed (the request stays pending until then).
      if (
        linkedCard &&
        !linkedCard.data.accountId &&
        // A card in «Недавно удалённые» is not linked: the request waits for a restore.
        !isSoftDeleted(linkedCard.data) &&
        asksForNewCode(master?.data ?? null, data) &&
        (await isIdentityConfirmed(tx, actor.accountId))
      ) {
        const issued = await issueLinkCode(
          tx,
          ctx.secret,
          { id: row.id, familyId: actor.familyId, childId: String(data.childId) },
          ctx.now,
        );
        data = {
          ...data,
          status: 'code-issued',
          codeIssuedAt: issued.codeIssuedAt,
          codeExpiresAt: issued.codeExpiresAt,
        };
        // One live code per child: a link still showing the voided one goes back to pending.
        if (issued.replaced && issued.replaced.linkId !== row.id) {
          const old =
            masters.get(issued.replaced.linkId) ??
            (await tx.getDoc('links', issued.replaced.linkId));
          if (old && old.data.status === 'code-issued') {
            const voided = await tx.putDoc({
              ...old,
              data: { ...old.data, status: 'pending', codeIssuedAt: null, codeExpiresAt: null },
            });
            masters.set(old.id, voided);
          }
        }
      }
      const written = await tx.putDoc({
        collection,
        id: row.id,
        familyId: actor.familyId,
        childId,
        deleted,
        data,
        keys,
      });
      masters.set(row.id, written);
      await tx.putPushReceipt({
        collection,
        id: row.id,
        fingerprint: row.fingerprint,
        seq: written.seq,
      });
      receipts.set(receiptKey(row.id, row.fingerprint), written.seq);
      const trashedAt = softDeletedNow(master?.data ?? null, data);
      if (trashedAt && (collection === 'children' || collection === 'applications')) {
        const purge = { collection, id: row.id, deletedAt: trashedAt };
        await schedulePurge(tx, ctx.newId(), purge, now);
      }
      if (deleted && !master?.deleted) {
        if (await afterDeletion(tx, collection, row.id, master, ctx.newId, now)) jobsQueued = true;
      }
      if (application?.process) {
        await enqueueArrival(tx, {
          applicationId: row.id,
          submittedAt: application.process,
          accountId: actor.accountId,
          now,
        });
        arrivalQueued = true;
      }
      if (application?.withdraw) {
        const withdrawn = await moveApplication(tx, written, 'withdrawn', {
          by: 'client',
          now,
          notificationId: ctx.newId(),
        });
        masters.set(row.id, withdrawn);
      }
    }
    return { conflicts, jobsQueued, arrivalQueued };
  });
}

/**
 * A row a rule refused: the device gets the master back; a new document
 * (no master) is simply not written.
 */
function refuse(conflicts: StoredDoc[], master: StoredDoc | null): void {
  if (master) conflicts.push(master);
}

/**
 * A link names a card of the actor's own family, and keeps naming the same
 * one. The card may be a tombstone (purged): the caller refuses that row
 * instead of failing the batch, so the device's other changes still go.
 */
async function checkLinkTarget(
  tx: StoreWrites,
  actor: Actor,
  row: ParsedRow,
  master: StoredDoc | null,
): Promise<StoredDoc> {
  const childId = row.client.childId;
  if (master && master.data.childId !== childId) throw forbiddenRow();
  const card = typeof childId === 'string' ? await tx.getDoc('children', childId) : null;
  if (!card || card.familyId !== actor.familyId) throw forbiddenRow();
  return card;
}

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
async function checkApplicationChild(
  tx: StoreWrites,
  actor: Actor,
  data: Record<string, unknown>,
): Promise<boolean> {
  const childId = data.childId;
  if (childId === null || childId === undefined) return true;
  const card = typeof childId === 'string' ? await tx.getDoc('children', childId) : null;
  if (!card || card.familyId !== actor.familyId) throw forbiddenRow();
  return !card.deleted;
}

/**
 * A parent's device asks for a code by setting a `codeRequestedAt` newer than
 * the one the server last answered; an already linked child gets none.
 */
function asksForNewCode(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): boolean {
  const requested = after.codeRequestedAt;
  if (typeof requested !== 'string' || after.status === 'linked') return false;
  const previous = before?.codeRequestedAt;
  return typeof previous !== 'string' || Date.parse(requested) > Date.parse(previous);
}

function assumedClientState(
  assumed: WireDocument | null | undefined,
  clientKeys: string[],
  schema: z.ZodObject,
): ParsedRow['assumed'] {
  if (!assumed) return null;
  const parsed = schema.safeParse(pick(assumed, clientKeys));
  // An assumed state we cannot read is treated as unseen: the device gets the master.
  const serverSeq = assumed.serverSeq ?? 0;
  if (!parsed.success) return { client: { unreadable: true }, deleted: false, serverSeq };
  return {
    client: parsed.data as Record<string, unknown>,
    deleted: assumed._deleted === true,
    serverSeq,
  };
}

function forbiddenRow(): ApiFailure {
  return new ApiFailure(403, 'forbidden');
}

/** The named fields `data` holds; a plain loop, as this runs for every pushed row. */
function pick(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (key in data) picked[key] = data[key];
  return picked;
}

function childIdOf(collection: CollectionName, id: string, data: Record<string, unknown>) {
  if (collection === 'children') return id;
  const field = COLLECTIONS[collection].childField;
  const value = data[field];
  return typeof value === 'string' ? value : null;
}
