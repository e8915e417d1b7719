import {
  clientView,
  COLLECTIONS,
  issuesToFieldErrors,
  jsonEqual,
  REFUSED_MARKER,
  withoutHeldConflicts,
  type CollectionName,
  type ConflictReason,
  type FieldError,
  type PushBody,
  type WireDocument,
} from '@rodnik/domain';
import type { z } from 'zod';
import { badInput } from '../http/api-failure.ts';
import type { Store, StoredDoc, StoreWrites } from '../store/store.ts';
import type { Actor } from './actor.ts';
import { editsRecordDeletedElsewhere, judgeDeviceDeletion } from './deletion-rules.ts';
import { changesOnlyConflicts, stampClientConflicts } from './conflict-entries.ts';
import { tellDeletedElsewhere } from './deletion-notifications.ts';
import { POLICIES } from './policies/index.ts';
import {
  forbiddenRow,
  typed,
  type Change,
  type ClientOf,
  type DataOf,
  type PolicyContext,
  type PushedRow,
} from './policy.ts';

/** The loop serves every collection: a row's fields as the collection's policy reads them. */
type Client = ClientOf<CollectionName>;
type Data = DataOf<CollectionName>;
import { pushFingerprint, receiptKey, replayedAnswer } from './push-receipts.ts';
import { holdRecordQuota, quotaDelta } from './record-quota.ts';

export { VERIFY_CHILD_JOB } from '../verification/verify-child-card.ts';

export interface PushContext {
  store: Store;
  actor: Actor;
  now: Date;
  newId(): string;
  /** Keys the linking codes issued by a `links` push. */
  secret: Uint8Array;
  /** Whether FAMILY_RECORD_LIMITS hold (config `RECORD_QUOTAS`; on unless a benchmark says). */
  recordQuotas?: boolean;
}

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
 * server-owned ones are kept from the master. What is the same for every
 * collection lives here: the family, deletion, replays, conflicts. What
 * differs is the collection's policy (`policies/`, docs/sync-rules.md
 * «Policies per collection»): `authorize`, `beforeWrite`, `afterWrite`.
 * A row whose client fields equal the master's was already applied: resending
 * it writes nothing, and answers the master when the device's assumed
 * `serverSeq` is not the master's (its first answer was lost). A row applied
 * before whose write a newer one followed (its push receipt says so) writes
 * nothing and answers the master marked as replayed. Any invalid row rejects
 * the whole batch with nothing written.
 */
export async function applyPush(
  ctx: PushContext,
  collection: CollectionName,
  rows: PushBody,
): Promise<{ conflicts: StoredDoc[]; jobsQueued: boolean; arrivalQueued: boolean }> {
  const def = COLLECTIONS[collection];
  const policy = POLICIES[collection];
  const parsed = parseRows(def, rows);
  const { actor } = ctx;
  const now = ctx.now.toISOString();
  return ctx.store.transaction(async (tx) => {
    const conflicts: StoredDoc[] = [];
    // One read for the whole batch; later rows see the writes of earlier ones.
    const masters = new Map<string, StoredDoc>();
    const ids = [...new Set(parsed.map((row) => row.id))];
    for (const doc of await tx.getDocs(collection, ids)) masters.set(doc.id, doc);
    // The seq each applied row produced, by `receiptKey` (docs/sync-rules.md, "Replays").
    const receipts = new Map<string, number>();
    for (const receipt of await tx.getPushReceipts(collection, ids)) {
      receipts.set(receiptKey(receipt.id, receipt.fingerprint), receipt.seq);
    }
    const pctx: PolicyContext = {
      tx,
      actor,
      now,
      at: ctx.now,
      newId: ctx.newId,
      secret: ctx.secret,
      masters,
      queued: { verification: false, arrival: false },
    };
    const refuse = (master: StoredDoc | null, reason?: ConflictReason) => {
      // A new document (no master) is simply not written.
      if (master) conflicts.push(reason ? marked(master, reason) : master);
    };
    const foreign = (familyId: string | undefined) => familyId && familyId !== actor.familyId;
    // Records this batch made count against the family's limit, less those it freed.
    let grew = 0;
    for (const row of parsed) {
      const master = masters.get(row.id) ?? null;
      if (foreign(row.familyId) || foreign(master?.familyId)) throw forbiddenRow();
      const pushed: PushedRow<CollectionName> = { ...row, client: row.client as Client };
      if ((await policy.authorize(pctx, pushed, typed(master))) === 'refuse') {
        refuse(master);
        continue;
      }
      const landedAt = receipts.get(receiptKey(row.id, row.fingerprint));
      const judged = await againstMaster(tx, actor, def, row, master, landedAt, now);
      if (judged.kind === 'answer') {
        if (judged.master) conflicts.push(judged.master);
        continue;
      }
      const verdict = await policy.beforeWrite(pctx, judged.change);
      if (verdict.kind === 'refuse') {
        refuse(master, verdict.reason);
        continue;
      }
      const written = await tx.putDoc({
        collection,
        id: row.id,
        familyId: actor.familyId,
        childId: childIdOf(def, row.id, verdict.data),
        deleted: judged.change.deleted,
        // A kept value the device retyped into its field lost nothing any more.
        data: withoutHeldConflicts(verdict.data),
        keys: verdict.keys,
      });
      grew += quotaDelta(collection, master, written);
      masters.set(row.id, written);
      const receipt = { collection, id: row.id, fingerprint: row.fingerprint, seq: written.seq };
      await tx.putPushReceipt(receipt);
      receipts.set(receiptKey(row.id, row.fingerprint), written.seq);
      await policy.afterWrite(pctx, typed(written), judged.change, verdict.effects);
      // Stored, but not all of it: the device learns what was refused, and why.
      if (verdict.refusedPart) refuse(masters.get(row.id) ?? written, verdict.refusedPart);
    }
    if (ctx.recordQuotas !== false) await holdRecordQuota(tx, collection, actor.familyId, grew);
    return {
      conflicts,
      jobsQueued: pctx.queued.verification,
      arrivalQueued: pctx.queued.arrival,
    };
  });
}

/** What the generic check makes of a row: a change for the policy, or the answer it gets. */
type Judged =
  | { kind: 'change'; change: Change<CollectionName> }
  /** Nothing to write; the device gets `master` back when there is one. */
  | { kind: 'answer'; master: StoredDoc | null };

/**
 * The same for every collection (docs/sync-rules.md): a device's deletion,
 * a replay, a change the device has not seen. A row that passes becomes the
 * change its policy judges: the master with the device's client-owned fields
 * over it.
 */
async function againstMaster(
  tx: StoreWrites,
  actor: Actor,
  def: (typeof COLLECTIONS)[CollectionName],
  row: ParsedRow,
  master: StoredDoc | null,
  landedAt: number | undefined,
  now: string,
): Promise<Judged> {
  const deletion = judgeDeviceDeletion(def, master, row.deleted);
  // Created and deleted before it reached the server: nothing to keep.
  if (deletion === 'skip') return { kind: 'answer', master: null };
  if (deletion === 'refuse') return { kind: 'answer', master };
  const deleted = def.clientMayDelete ? row.deleted : (master?.deleted ?? false);
  if (!master) {
    if (!def.clientMayCreate) throw forbiddenRow();
    stampClientConflicts(row.client, {}, actor.accountId);
    // Every server-owned field of a collection devices may create has a default.
    const data = overlay(def.server.parse({}), row.client) as Data;
    return { kind: 'change', change: { id: row.id, master, data, deleted, conflictsOnly: false } };
  }
  // Read like the assumed state (defaults filled), so a field the server never wrote
  // (a member document made at sign-up) does not look like an unseen change.
  const masterClient = clientView(def, master.data);
  // The server's stamp of who lost (`by`) is no change a device must have seen.
  if (row.assumed) stampClientConflicts(row.assumed.client, masterClient);
  stampClientConflicts(row.client, masterClient, actor.accountId);
  if (jsonEqual(masterClient, row.client) && master.deleted === deleted) {
    // A replay whose first answer was lost: the device learns the current master.
    return { kind: 'answer', master: row.assumed?.serverSeq !== master.seq ? master : null };
  }
  if (landedAt !== undefined && landedAt !== master.seq) {
    // Applied before, and a newer write followed: applying it again would undo that
    // write (A → B → A': a restore after this deletion). The device takes the master.
    return { kind: 'answer', master: replayedAnswer(master) };
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
    return { kind: 'answer', master };
  }
  const data = overlay(master.data, row.client) as Data;
  // Changes to the conflicts list alone pass every collection's rule.
  const conflictsOnly =
    master.deleted === deleted && changesOnlyConflicts(masterClient, row.client);
  return {
    kind: 'change',
    change: { id: row.id, master: typed(master), data, deleted, conflictsOnly },
  };
}

/** Every row's client-owned fields, parsed; any invalid row rejects the batch (422). */
function parseRows(def: (typeof COLLECTIONS)[CollectionName], rows: PushBody): ParsedRow[] {
  const parsed: ParsedRow[] = [];
  const errors: FieldError[] = [];
  rows.forEach((row, index) => {
    const state = row.newDocumentState;
    // The schema keeps only its own (client-owned) fields: the row is read as sent, no copy first.
    const result = def.client.safeParse(state);
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
      assumed: assumedClientState(row.assumedMasterState, def.client),
      client,
      deleted,
      familyId: state.familyId,
      // Taken before any server stamp changes `client`, so a replay gets the same one.
      fingerprint: pushFingerprint(assumedSeq, client, deleted),
    });
  });
  if (errors.length > 0) throw badInput(errors);
  return parsed;
}

/** The child a document concerns, so a child's account pulls only its own. */
function childIdOf(
  def: (typeof COLLECTIONS)[CollectionName],
  id: string,
  data: Record<string, unknown>,
): string | null {
  const value = def.childField === 'id' ? id : data[def.childField];
  return typeof value === 'string' ? value : null;
}

/** A refused row's answer, naming the reason its master alone would not show. */
function marked(master: StoredDoc, reason: ConflictReason): StoredDoc {
  return { ...master, data: { ...master.data, [REFUSED_MARKER]: reason } };
}

function assumedClientState(
  assumed: WireDocument | null | undefined,
  schema: z.ZodObject,
): ParsedRow['assumed'] {
  if (!assumed) return null;
  const parsed = schema.safeParse(assumed);
  // An assumed state we cannot read is treated as unseen: the device gets the master.
  const serverSeq = assumed.serverSeq ?? 0;
  if (!parsed.success) return { client: { unreadable: true }, deleted: false, serverSeq };
  return {
    client: parsed.data as Record<string, unknown>,
    deleted: assumed._deleted === true,
    serverSeq,
  };
}

/**
 * `{ ...base, ...top }` for JSON data, the same keys in the same order. V8
 * copies the second of two spreads one property at a time, ≈ 20 µs for a
 * child card, where `Object.assign` onto a fresh object takes ≈ 0.3 µs
 * (issue 14's push profile). A `__proto__` key (JSON.parse makes one) takes
 * the spread, which defines it as data instead of setting a prototype.
 */
function overlay(base: Record<string, unknown>, top: Record<string, unknown>) {
  return Object.hasOwn(base, '__proto__') || Object.hasOwn(top, '__proto__')
    ? { ...base, ...top }
    : Object.assign({}, base, top);
}
