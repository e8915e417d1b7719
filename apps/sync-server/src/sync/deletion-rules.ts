import { enqueueReleaseIfAccepted } from '../blobs/release-blob.ts';
import { jsonEqual, type CollectionDef, type CollectionName } from '@rodnik/domain';
import type { StoredDoc, StoreWrites } from '../store/store.ts';
import { mayRemoveApplicationScan } from './applications-rules.ts';
import { enqueueDocumentSettled } from '../uploads/document-settled.ts';

const PAGE = 500;

/**
 * What a device's `_deleted` may do (docs/sync-rules.md, «Deletion»). Scans
 * are deleted at once; cards and drafts only by `deletedAt`, so a device's
 * tombstone on one is refused (`refuse`: it gets the master back), and one
 * that never reached the server is not written at all (`skip`).
 */
export function judgeDeviceDeletion(
  def: CollectionDef,
  master: StoredDoc | null,
  pushedDeleted: boolean,
): 'apply' | 'refuse' | 'skip' {
  if (!pushedDeleted || def.clientMayDelete) return 'apply';
  if (!master) return 'skip';
  return master.deleted ? 'apply' : 'refuse';
}

/**
 * Whether a push the server answers as a conflict is an edit to a record
 * another device deleted (`deletedAt`) meanwhile: the device saw it live,
 * changed something other than the deletion or its conflicts list, and the
 * master is soft-deleted, not yet a tombstone. The edit merges into the deleted
 * record on the device; the family is told (`deleted-elsewhere-notice.ts`).
 */
export function editsRecordDeletedElsewhere(
  assumed: Record<string, unknown>,
  pushed: Record<string, unknown>,
  master: StoredDoc,
  masterClient: Record<string, unknown>,
): boolean {
  if (master.deleted || !isSoftDeleted(masterClient)) return false;
  if (isSoftDeleted(assumed) || isSoftDeleted(pushed)) return false;
  const fields = new Set([...Object.keys(assumed), ...Object.keys(pushed)]);
  return [...fields].some(
    (field) =>
      field !== 'deletedAt' && field !== 'conflicts' && !jsonEqual(assumed[field], pushed[field]),
  );
}

/** A card or draft in «Недавно удалённые»: `deletedAt` set. */
export function isSoftDeleted(data: Record<string, unknown>): boolean {
  return typeof data.deletedAt === 'string';
}

/** Whether this write moved a record into the trash (a new `deletedAt`). */
export function softDeletedNow(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string | null {
  const deletedAt = after.deletedAt;
  return typeof deletedAt === 'string' && deletedAt !== (before?.deletedAt ?? null)
    ? deletedAt
    : null;
}

/**
 * Deletes the family's scans `belongs` picks, on every device of the family,
 * and releases their bytes; an application counting on one learns it is gone.
 */
async function deleteScans(
  tx: StoreWrites,
  scope: { familyId: string; childId?: string },
  belongs: (scan: StoredDoc) => boolean,
  newId: () => string,
  now: string,
): Promise<boolean> {
  let queued = false;
  let after = 0;
  for (;;) {
    const page = await tx.pullDocs('documents', scope, after, PAGE);
    if (page.length === 0) return queued;
    after = page.at(-1)!.seq;
    for (const scan of page) {
      if (scan.deleted || !belongs(scan)) continue;
      await tx.putDoc({ ...scan, deleted: true });
      await enqueueReleaseIfAccepted(tx, newId(), scan, now);
      await enqueueDocumentSettled(tx, newId(), scan.id, now);
      queued = true;
    }
  }
}

/**
 * A deleted child card takes the scans attached to it along. Scans attached
 * to the child's applications (which name the child too) stay with the applications.
 */
export function deleteChildScans(
  tx: StoreWrites,
  card: { familyId: string; childId: string },
  newId: () => string,
  now: string,
): Promise<boolean> {
  return deleteScans(
    tx,
    card,
    (scan) => scan.data.childId === card.childId && typeof scan.data.applicationId !== 'string',
    newId,
    now,
  );
}

/** A deleted draft takes its scans along: nobody else keeps a draft's scans. */
function deleteDraftScans(
  tx: StoreWrites,
  draft: StoredDoc,
  newId: () => string,
  now: string,
): Promise<boolean> {
  return deleteScans(
    tx,
    { familyId: draft.familyId },
    (scan) =>
      scan.data.applicationId === draft.id && mayRemoveApplicationScan(draft.data, scan.data.kind),
    newId,
    now,
  );
}

/** A scan on a sent application stays with it (see `mayRemoveApplicationScan`). */
export async function mayRemoveScan(tx: StoreWrites, scan: StoredDoc): Promise<boolean> {
  const applicationId = scan.data.applicationId;
  if (typeof applicationId !== 'string') return true;
  const application = await tx.getDoc('applications', applicationId);
  return mayRemoveApplicationScan(application?.data ?? null, scan.data.kind);
}

/**
 * What a record's tombstone sets going, in its transaction (forgetting is the
 * server's job too): a scan's bytes are released and the checks waiting for it
 * re-run; a child card or a draft takes its scans along. Runs when a device
 * deletes a scan, and when the purge turns a soft deletion into a tombstone.
 * Answers whether a job was queued.
 */
export async function afterDeletion(
  tx: StoreWrites,
  collection: CollectionName,
  id: string,
  master: StoredDoc | null,
  newId: () => string,
  now: string,
): Promise<boolean> {
  if (collection === 'documents') {
    if (master) await enqueueReleaseIfAccepted(tx, newId(), master, now);
    // Applications and identity checks waiting for this scan learn it is gone.
    await enqueueDocumentSettled(tx, newId(), id, now);
    return true;
  }
  if (collection === 'children' && master) {
    return deleteChildScans(tx, { familyId: master.familyId, childId: id }, newId, now);
  }
  if (collection === 'applications' && master) return deleteDraftScans(tx, master, newId, now);
  return false;
}
