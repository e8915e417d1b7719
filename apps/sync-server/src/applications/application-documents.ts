import type { StoredDoc, StoreReads } from '../store/store.ts';
import { familyDocs } from '../store/family-docs.ts';

/** What decides whether a document record belongs with an application. */
export interface ApplicationRef {
  applicationId: string;
  childId: string | null;
  documentIds: readonly string[];
  senderAccountId: string | null;
}

/**
 * A document belongs with an application when it is attached to it or listed
 * in it, when it lies on its child's card (the birth certificate, OMS policy…
 * scanned once for the child), or — a parent's passport — on the sender's
 * own profile.
 */
export function belongsTo(
  ref: ApplicationRef,
  document: { id: string; data: Record<string, unknown> },
): boolean {
  const { id, data } = document;
  if (data.applicationId === ref.applicationId || ref.documentIds.includes(id)) return true;
  if (data.kind === 'parent-passport') {
    return ref.senderAccountId !== null && data.accountId === ref.senderAccountId;
  }
  return (
    ref.childId !== null &&
    data.childId === ref.childId &&
    (data.applicationId ?? null) === null &&
    (data.accountId ?? null) === null
  );
}

/** The document records an operator sees with an application. */
export async function applicationDocuments(
  store: StoreReads,
  application: StoredDoc,
  senderAccountId: string | null,
): Promise<StoredDoc[]> {
  const ref: ApplicationRef = {
    applicationId: application.id,
    childId: (application.data.childId as string | null) ?? null,
    documentIds: (application.data.documentIds as string[] | undefined) ?? [],
    senderAccountId,
  };
  return (await familyDocs(store, 'documents', application.familyId)).filter((doc) =>
    belongsTo(ref, doc),
  );
}
