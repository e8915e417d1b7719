import { enqueueReleaseIfAccepted } from '../blobs/release-blob.ts';
import type { CollectionName } from '@rodnik/domain';
import type { StoredDoc, StoreWrites } from '../store/store.ts';
import { mayRemoveApplicationScan } from './applications-rules.ts';
import { enqueueDocumentSettled } from '../uploads/document-settled.ts';

const PAGE = 500;

/**
 * A deleted child card takes the scans attached to it along: their records
 * are deleted on every device of the family and their bytes released.
 * Scans attached to the child's applications stay with the applications.
 */
export async function deleteChildScans(
  tx: StoreWrites,
  card: { familyId: string; childId: string },
  newId: () => string,
  now: string,
): Promise<boolean> {
  let queued = false;
  let after = 0;
  for (;;) {
    const page = await tx.pullDocs('documents', card, after, PAGE);
    if (page.length === 0) return queued;
    after = page.at(-1)!.seq;
    for (const scan of page) {
      if (scan.deleted || scan.data.childId !== card.childId) continue;
      // Attached to an application (which names the child too): the application keeps it.
      if (typeof scan.data.applicationId === 'string') continue;
      await tx.putDoc({ ...scan, deleted: true });
      await enqueueReleaseIfAccepted(tx, newId(), scan, now);
      // An application counting on the card's scan learns it is gone.
      await enqueueDocumentSettled(tx, newId(), scan.id, now);
      queued = true;
    }
  }
}

/** A scan on a sent application stays with it (see `mayRemoveApplicationScan`). */
export async function mayRemoveScan(tx: StoreWrites, scan: StoredDoc): Promise<boolean> {
  const applicationId = scan.data.applicationId;
  if (typeof applicationId !== 'string') return true;
  const application = await tx.getDoc('applications', applicationId);
  return mayRemoveApplicationScan(application?.data ?? null, scan.data.kind);
}

/**
 * What a device's deletion sets going, in its transaction (forgetting is the
 * server's job too): a scan's bytes are released and the checks waiting for it
 * re-run; a child card takes its scans along. Answers whether a job was queued.
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
  return false;
}
