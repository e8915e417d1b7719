import { belongsTo } from '../applications/application-documents.ts';
import { senderOf } from '../applications/sender.ts';
import { familyDocs } from '../store/family-docs.ts';
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
 * its own child's documents, and operators for the scans on their desk (see
 * `onOperatorsDesk`). A document on a parent's own profile (their passport)
 * only its owner, and operators when it goes with a sent application. Only
 * accepted scans have bytes to give; for anything else the answer is the
 * same "no such thing".
 */
export async function mayReadDocumentContent(
  store: StoreReads,
  actor: Actor,
  doc: StoredDoc,
): Promise<boolean> {
  if (doc.collection !== 'documents' || doc.deleted || doc.data.status !== 'accepted') return false;
  if (actor.role === 'operator') return onOperatorsDesk(store, doc);
  if (doc.familyId !== actor.familyId) return false;
  const accountId = doc.data.accountId as string | null | undefined;
  if (accountId && accountId !== actor.accountId) return false;
  if (actor.role === 'child') return !!actor.childId && doc.childId === actor.childId;
  return true;
}

/**
 * A scan is on the operators' desk when it goes with an application the
 * family has sent (any status but a draft, not deleted): attached to it or
 * listed in it, on its child's card (reused), or the sender's passport — what
 * the desk's application view lists (`applicationDocuments`). Any other scan
 * of any family stays the family's own.
 */
export async function onOperatorsDesk(store: StoreReads, scan: StoredDoc): Promise<boolean> {
  const applications = await familyDocs(store, 'applications', scan.familyId);
  for (const application of applications) {
    if (application.data.status === 'draft') continue;
    const ref = {
      applicationId: application.id,
      childId: (application.data.childId as string | null) ?? null,
      documentIds: (application.data.documentIds as string[] | undefined) ?? [],
      senderAccountId: null as string | null,
    };
    // The sender is looked up only for a passport: it costs a query per parent.
    if (scan.data.kind === 'parent-passport')
      ref.senderAccountId = await senderOf(store, application);
    if (belongsTo(ref, scan)) return true;
  }
  return false;
}
