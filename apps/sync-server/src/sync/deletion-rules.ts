import { enqueueReleaseIfAccepted } from '../blobs/release-blob.ts';
import type { StoreWrites } from '../store/store.ts';
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
      await tx.putDoc({ ...scan, deleted: true });
      await enqueueReleaseIfAccepted(tx, newId(), scan, now);
      // An application counting on the card's scan learns it is gone.
      await enqueueDocumentSettled(tx, newId(), scan.id, now);
      queued = true;
    }
  }
}
