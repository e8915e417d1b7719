import type { StoredDoc, StoreReads } from '../store/store.ts';
import type { Actor } from '../sync/actor.ts';

/**
 * Whether `actor` may attach bytes to this `documents` record: it is their
 * family's, a child account only for its own child, the record it names (child
 * card, application) is in the family, and a profile document (`accountId`) is
 * the uploader's own. Checked when an upload starts and again when it ends.
 */
export async function mayAttach(store: StoreReads, actor: Actor, doc: StoredDoc): Promise<boolean> {
  if (doc.collection !== 'documents' || doc.deleted || doc.familyId !== actor.familyId)
    return false;
  if (actor.role === 'operator') return false;
  const { childId, applicationId, accountId } = doc.data as {
    childId?: string | null;
    applicationId?: string | null;
    accountId?: string | null;
  };
  if (actor.role === 'child' && (!actor.childId || childId !== actor.childId)) return false;
  if (accountId && accountId !== actor.accountId) return false;
  for (const [collection, id] of [
    ['children', childId],
    ['applications', applicationId],
  ] as const) {
    if (!id) continue;
    const target = await store.getDoc(collection, id);
    if (!target || target.deleted || target.familyId !== doc.familyId) return false;
  }
  return true;
}

/**
 * Who may download a stored scan: the family's parents, a child account for
 * its own child's documents, and operators. A document on a parent's own
 * profile (their passport) only its owner and operators. Only accepted scans
 * have bytes to give; for anything else the answer is the same "no such thing".
 */
export function mayReadDocumentContent(actor: Actor, doc: StoredDoc): boolean {
  if (doc.collection !== 'documents' || doc.deleted || doc.data.status !== 'accepted') return false;
  if (actor.role === 'operator') return true;
  if (doc.familyId !== actor.familyId) return false;
  const accountId = doc.data.accountId as string | null | undefined;
  if (accountId && accountId !== actor.accountId) return false;
  if (actor.role === 'child') return !!actor.childId && doc.childId === actor.childId;
  return true;
}
